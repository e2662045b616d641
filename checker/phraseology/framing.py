"""Clause frames among the classifier's candidates: who decides each clause.

The islands of the grammar (call-ups, MAYDAY and other signals, procedure words) are
precise and stay. Every other clause is read into features (:mod:`.clause`) and given
the act of the frame it satisfies (:mod:`.frames`); where a frame explains a clause,
the phrase lexicon's acts in it give way, except the fixed formulas that no frame
says better (receipts, thanks, yes/no, "received MAYDAY", silence prowords). A
clause that no frame explains keeps what the lexicon found; if nothing found
anything, a statement with content words is ``information``.
"""

from __future__ import annotations

from checker.phraseology.clause import Clause, split
from checker.phraseology.frames import confidence, match, slots
from checker.phraseology.matcher import Cand
from checker.phraseology.parts import Tok

#: Lexicon acts that are fixed formulas: a frame never replaces them.
FIXED = frozenset({
    "call", "ack", "thanks", "answer.affirmative", "answer.negative", "comply",
    "distress.ack", "distress.silence", "distress.prudonce", "distress.end", "distress.cancel",
    "urgency.declare", "safety.declare", "readback",
})  # fmt: skip
#: Priority of frame acts in the overlap resolution: above the lexicon's general
#: families, so that a frame's reading of its clause stands.
FRAME_PRIORITY = 5
_ISLAND_PREFIXES = ("distress.", "urgency.", "safety.", "procedure.")


def frame_cands(
    text: str, toks: list[Tok], cands: list[Cand], lang: str | None
) -> tuple[list[Cand], list[Cand]]:
    """``cands`` with each clause's frame act added and the lexicon acts it replaces
    removed (see the module docstring); and the ``information`` acts of the clauses
    that no frame explains, for :func:`fill` once overlaps are resolved."""
    if lang not in (None, "en", "fr") or not toks:
        return cands, []
    skip: set[int] = set()
    for c in cands:
        if c.source == "grammar" and (c.kind == "call" or c.kind.startswith(_ISLAND_PREFIXES)):
            skip.update(range(c.i, c.j))
    clauses = split(toks, frozenset(skip), lang or "en", text)
    framed: list[tuple[int, int]] = []
    out: list[Cand] = []
    fallback: list[Cand] = []
    calls = {c.i for c in cands if c.kind == "call" and c.source == "grammar"}
    for cl in clauses:
        if cl.name or (cl.agent == "none" and cl.mood == "declarative" and _before_call(toks, cl, calls)):
            # a station named alone ("Humber, Sea Otter, over") or before "this is …"
            framed.append((cl.i, cl.j))
            if not any(cl.i < k <= cl.j + 1 for k in calls):
                out.append(_cand(cl, "call", "call#name", 0.6, {}))
            continue
        frame = match(cl)
        if frame is None:
            if _bare_statement(cl):
                fallback.append(_cand(cl, "information", None, 0.5, {}))
            continue
        framed.append((cl.i, cl.j))
        out.append(_cand(cl, frame.kind, frame.id, confidence(frame, cl), slots(frame, cl)))
    kept = [
        c
        for c in cands
        if c.source != "lexicon"
        or c.kind in FIXED
        or not any(i <= c.i < j for i, j in framed)
    ]
    return kept + out, fallback


def fill(acts: list[Cand], fallback: list[Cand]) -> list[Cand]:
    """The fallback ``information`` of each clause in which no act but a fixed
    formula stands once overlaps are resolved."""
    for f in fallback:
        if not any(f.i <= a.i < f.j and a.kind not in FIXED for a in acts):
            acts.append(f)
    return acts


def _before_call(toks: list[Tok], cl: Clause, calls: set[int]) -> bool:
    k = cl.j
    while k < len(toks) and toks[k].w == ",":
        k += 1
    return k in calls


def _bare_statement(cl: Clause) -> bool:
    """A statement with content words, or with a subject and a verb."""
    return cl.mood == "declarative" and (
        cl.content >= 2 or (cl.agent != "none" and cl.predicate is not None)
    )


def _cand(cl: Clause, kind: str, frame: str | None, conf: float, slot: dict[str, object]) -> Cand:
    c = Cand(kind, cl.i, cl.j, "frame", conf, FRAME_PRIORITY, dict(slot))
    c.frame = frame or f"{kind}#0"
    c.clause = {"span": [cl.i, cl.j], **cl.features()}
    return c
