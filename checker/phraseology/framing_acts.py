"""The act a clause frame makes, and numbers said alone as counts.

Helpers of :mod:`.framing`, kept apart so that each module reads in one sitting: the
candidate act of a clause (:func:`frame_cand`, from the clause's first word after its
leads), and the numbers that answer "how many" when said alone or in the words an
answer wraps them in ("Yeah, 40.", "it's 52").
"""

from __future__ import annotations

from checker.phraseology.callup_names import collapse
from checker.phraseology.clause import PLACE, Placed
from checker.phraseology.clause_forms import (
    CALL_SIGN_DIGITS,
    DIGIT_WORDS,
    digits_said,
    figures_said,
)
from checker.phraseology.clause_words import W
from checker.phraseology.counts import UNSURE, bare_count, count_in_answer, who_alone
from checker.phraseology.matcher import Cand
from checker.phraseology.model import ClauseFacts
from checker.phraseology.parts import Tok
from checker.vocabulary import ActKind

#: Priority of frame acts in the overlap resolution: above the lexicon's general
#: families, so that a frame's reading of its clause stands.
FRAME_PRIORITY = 5


def call_sign_alone(p: Placed, toks: list[Tok]) -> bool:
    """Whether a clause is a call sign said digit by digit before the message ("Humber,
    nine one two, say again the name of the fishing vessel", "Solent, one seven five,
    wilco"): three digit words or more, all its words, a comma after them."""
    said = [t.w for t in toks[p.i : p.j] if t.w != ","]
    before_more = toks[p.j - 1].w == "," or (p.j < len(toks) and toks[p.j].w == ",")
    return before_more and (figures_said(said) or digits_said(said)) and p.j < len(toks)


def count_alone(p: Placed, toks: list[Tok]) -> Cand | None:
    """The count of a clause that is a number said alone, after its leads ("Yeah,
    40.", "Roger, forty-five") or in the words an answer wraps it in ("it's 52",
    "maybe forty, forty-five", "52 in total"): it answers "how many", as a number
    said alone does, at the same low confidence."""
    said = [t.w for t in toks[act_start(p) : p.j]]
    before_more = toks[p.j - 1].w == "," or (p.j < len(toks) and toks[p.j].w == ",")
    if before_more and sum(w in DIGIT_WORDS for w in said) >= CALL_SIGN_DIGITS:
        # "Solent, one seven five, wilco": a call sign said digit by digit, before the
        # message ("four one two." said alone may still count)
        return None
    counted = count_in_answer(said)
    if counted is None:
        # who said alone answers as a number does ("Everybody.", "Tout le monde." whose
        # "tout" reads as a lead); not when it calls those it names ("Everybody,
        # listen"), nor after a lead or a clause ("Yes, both of them." answers yes)
        said_all = [t.w for t in toks[p.i : p.j]]
        vocative = toks[p.j - 1].w == "," or (p.j < len(toks) and toks[p.j].w == ",")
        first = bool(said) and (p.i == 0 or toks[p.i - 1].w == "|")
        alone = first and said_all[0] in (said[0], "tout") and not vocative
        who = alone and (who_alone(said) or who_alone(said_all))
        return frame_cand(p, "report.persons", "report.persons#bare-who", 0.4, {}) if who else None
    return frame_cand(p, "report.persons", "report.persons#bare-number", 0.4, {"count": counted[0]})


#: What takes back what was just said: "quarante-neuf... non pardon, cinquante et un".
_RETRACTING = (("non", "pardon"), ("no", "sorry"), ("sorry", "no"), ("pardon", "non"))


def retracted(p: Placed, toks: list[Tok]) -> bool:
    """Whether the speaker takes the clause back at once ("49... non pardon, 51"): a
    number so said is no count."""
    after = [t.w for t in toks[p.j : p.j + 4] if t.w[0].isalnum()]
    return tuple(after[:2]) in _RETRACTING


def numbers_alone(placed: list[Placed], toks: list[Tok]) -> int:
    """How many clauses are a number said alone or open with one: three or more are a
    list ("one, two, three" checks the radio; "cap à 3, 6, 0 degrés" says a heading
    digit by digit), not counts."""
    return sum(_opens_with_number(toks[act_start(p)].w) for p in placed if p.i < p.j)


def _opens_with_number(w: str) -> bool:
    return w.isdecimal() or w in W.number_words


def goes_on(p: Placed, cands: list[Cand], toks: list[Tok]) -> bool:
    """Whether a number said alone after clause ``p`` goes on with what ``p`` said: a
    position ("29 19 north, 131") or a number that is no count
    ("changez votre cap à 3, 6, 0 degrés"), not a count of its own."""
    if (
        PLACE in p.clause.words
        or "position" in p.clause.objects
        or any(
            c.source == "grammar" and c.kind == "report.position" and p.i <= c.i < p.j
            for c in cands
        )
    ):
        return True
    words = [t.w for t in toks[act_start(p) : p.j] if t.w not in (",", "|")]
    return bool(words) and _opens_with_number(words[-1]) and bare_count(words) is None


def unsure(c: Cand, toks: list[Tok]) -> bool:
    """Whether a clause only says the speaker is not sure ("I don't know")."""
    return tuple(t.w for t in toks[c.i : c.j] if t.w not in (",", "|")) in UNSURE


def act_start(p: Placed) -> int:
    """The first token of a clause's act: after its leads ("roger", "oui")."""
    return p.start if p.i <= p.start < p.j else p.i


def frame_cand(
    p: Placed, kind: ActKind, frame: str | None, conf: float, slot: dict[str, object]
) -> Cand:
    c = Cand(kind, act_start(p), p.j, "frame", conf, FRAME_PRIORITY, dict(slot))
    c.frame = frame or f"{kind}#0"
    c.clause = ClauseFacts(p.chars, p.clause.features())  # features: never changed
    return c


#: Words of a French call-up that are not the caller's name: "ici le Marie-Jeanne, à vous".
_NOT_NAME = frozenset({"ici", "le", "la", "l", "les", "a", "vous", "over", "out", "termine"})


def ici_slots(p: Placed, toks: list[Tok], last: Cand | None) -> dict[str, object]:
    """The caller of a French call-up, "ici" and a name ("Etel, ici Korrigan"), as the
    grammar gives "this is"'s, so that the protocol and PR01 know who called; the
    station named in the clause just before it (``last``, a call by name) is then the
    station called and gets its slot. The name ends at the first pause, four words at
    most ("ici Korrigan, une embarcation coule": the caller is "korrigan")."""
    if toks[p.i].w != "ici":
        return {}
    name: list[str] = []
    for t in toks[p.i + 1 : p.j]:
        if not t.w[0].isalnum():
            break
        if t.w not in _NOT_NAME:
            name.append(t.w)
    if not name or len(name) > 4:
        return {}
    if last is not None and last.frame == "call#name" and not last.slots and p.i - last.j <= 1:
        called = [t.w for t in toks[last.i : last.j] if t.w[0].isalnum() and t.w not in _NOT_NAME]
        if called:
            last.slots["called"] = " ".join(collapse(called))
    return {"caller": " ".join(collapse(name))}
