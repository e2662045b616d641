"""Read-backs said without the SMCP mark: figures heard back round a receipt.

SPEECH-ACTS.md names two: "understand position five zero one two north" (the receipt
first) and "zero four persons on board, good copy" (the receipt after). A station
that repeats the other's figures, its position, its count of persons or its state,
with no subject of its own ("my position is …" tells), confirms what it heard: a
``readback``, not a report. ``resolution.read_back_marked`` reads the marked form
("I read back: …"); this module reads the unmarked one, after the frames, from the
acts and the utterance's words.
"""

from __future__ import annotations

from itertools import pairwise

from checker.phraseology.clause_party import GOING_DOWN
from checker.phraseology.clause_words import phrases_by
from checker.phraseology.matcher import Cand
from checker.phraseology.model import clause_agent
from checker.vocabulary import ActKind

#: Receipts said before figures heard back ("understand position …", "bien compris,
#: quarante-sept zéro huit nord", "donc si je comprends bien, ils sont …").
_BEFORE: tuple[tuple[str, ...], ...] = (
    ("understand",), ("understood",), ("copy",), ("copied",), ("noted",), ("got", "that"),
    ("got", "all", "that"),
    ("compris",), ("recu",), ("copie",), ("note",), ("je", "note"), ("je", "relis"),
    ("comprends", "bien"), ("je", "comprends"), ("i", "understand"), ("i", "copy"),
    ("we", "copy"),
)  # fmt: skip
#: "I say again", said before the addressee's own figures ("je répète votre position
#: …"); before the speaker's own it repeats them ("je répète, notre position …").
_AGAIN = frozenset({("je", "repete"), ("i", "repeat")})
_YOURS = frozenset({"your", "votre", "vos"})
#: Receipts said after them, or a check of them ("… good copy", "… is that correct",
#: "… c'est bien ça").
_AFTER: tuple[tuple[str, ...], ...] = (
    ("good", "copy"), ("copy",), ("copied",), ("copied", "that"), ("copy", "that"),
    ("understood",), ("got", "that"), ("correct",), ("is", "that", "correct"),
    ("is", "that", "right"), ("confirm",), ("c'est", "bien", "ca"), ("c", "est", "bien", "ca"),
    ("c'est", "ca"), ("c", "est", "ca"), ("bien", "note"), ("bien", "recu"), ("recu",),
    ("note",), ("bien", "copie"), ("exact",), ("c'est", "exact"), ("c", "est", "exact"),
    ("d'accord",), ("d", "accord"),
)  # fmt: skip
#: Words between a receipt said first and the figures: "understand your position …".
_BETWEEN = frozenset({"your", "votre", "vos", "position", "the", "la", "le", "so", "donc", "that"})
#: What the figures heard back are: where, how many, in what state, what was said of
#: the addressee ("roger, you're landing the twelve at Dover, copied that").
_FIGURES: frozenset[ActKind] = frozenset(
    # (and persons said recovered: "deux jeunes récupérés, en bonne santé, bien copié")
    {"report.position", "report.persons", "report.status", "report.rescued", "information"}
)
#: Acts a check said last may confirm: figures, or a read-back the frames read ("so
#: I understand you can see a small boat …, is that right?").
_HEARD: frozenset[ActKind] = _FIGURES | {"readback"}
#: Their subjects: none ("four persons on board"), the addressee ("you're taking on
#: water"), the persons counted; after a receipt said first, a third party too ("si je
#: comprends bien, ils sont à un mille").
_TOLD_AGENTS = frozenset({"none", "addressee", "persons"})
_LED_AGENTS = _TOLD_AGENTS | {"third", "casualty"}
#: Acts said as the check of the figures, which the read-back takes in.
_CHECKS: frozenset[ActKind] = frozenset({"question", "answer.affirmative", "readback"})
_GAP = frozenset({",", "|", "?"})
#: Verbs of saying: figures reported as said are asked about, not heard back.
_SAID = frozenset({"say", "tell", "dire", "indiquer"})
_AND = frozenset({"and", "et"})
#: Words said with a receipt before it: "so I understand", "donc si je comprends bien".
_OPENING = frozenset({"so", "i", "donc", "si", "je", "alors", "okay", "ok", "roger", "d'accord"})
#: Acts the receipt's own words may be read as ("understand your" as an order).
_READ_INTO: frozenset[ActKind] = frozenset({"information", "instruction", "question"})
_END = frozenset({"over", "out"})
#: The addressee, named in a question about its craft ("what is your position?").
_YOUR = _YOURS | {"you", "vous"}


def _agent(c: Cand) -> str | None:
    """The subject of an act of figures, or None for an act of another kind (the
    grammar's coordinates have no clause: "none")."""
    if c.kind not in _FIGURES:
        return None
    if c.clause is None:
        return "none" if c.kind == "report.position" else None
    if c.kind == "information" and c.clause.features.get("agent") != "addressee":
        return None  # a statement is heard back only when it is the addressee's
    if c.clause.features.get("predicate") in _SAID:
        return None  # "you said forty people, is that correct?" asks about a saying
    agent = clause_agent(c).partition(":")[0]
    if agent == "third" and c.kind == "report.persons" and c.clause.features.get("count"):
        return "persons"  # "…, two of them injured, good copy": persons counted
    return agent


def _by_last(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases by their last word, longer first: one look-up a sentence end."""
    return phrases_by(sorted(phrases, key=len, reverse=True), -1)


_BEFORE_BY_LAST = _by_last(_BEFORE)
#: Receipts that lead figures heard back only before the addressee's possessive.
_PLAIN_RECEIPTS = frozenset({"roger", "ok", "okay", "d'accord", "entendu"})
#: Every word of a receipt: an utterance with none of them hears nothing back.
_RECEIPT_WORDS = frozenset(w for p in (*_BEFORE, *_AFTER, *_AGAIN) for w in p) | _PLAIN_RECEIPTS
#: Receipts said in the first person that only hear ("I copy", "je note"; "I
#: understand that …" is also what one was told), and the agents the figures after
#: them are read with (the receipt's subject, or no clause).
_RECEIVED = frozenset({("i", "copy"), ("we", "copy"), ("je", "note"), ("je", "relis")})
_OWN_AGENTS = frozenset({"speaker", None})
#: The words a receipt said first ends on.
_BEFORE_LAST = frozenset(p[-1] for p in (*_BEFORE, *_AGAIN))
_AFTER_BY_LAST = _by_last(_AFTER)


def _phrase_ending(
    words: list[str], end: int, phrases: dict[str, tuple[tuple[str, ...], ...]]
) -> int:
    """The start of a phrase of ``phrases`` (by last word) that ends at ``end`` in
    ``words``, or -1."""
    if end <= 0:
        return -1
    for p in phrases.get(words[end - 1], ()):
        start = end - len(p)
        if start >= 0 and tuple(words[start:end]) == p:
            return start
    return -1


def _lead(said: list[str], i: int) -> int:
    """Where a receipt said before word ``i`` starts (commas and "your position"
    between), or -1; a plain "roger" leads only the addressee's own figures ("roger,
    your position fifty zero four north …"; "roger, four on board" may be the
    speaker's)."""
    end = i
    yours = False
    while end > 0 and (said[end - 1] in _GAP or said[end - 1] in _BETWEEN):
        if (start := _phrase_ending(said, end, _BEFORE_BY_LAST)) >= 0:
            return start  # "I've got that, sixty persons": "that" ends the receipt
        yours = yours or said[end - 1] in _YOURS
        end -= 1
    if yours and end > 0 and said[end - 1] in _PLAIN_RECEIPTS:
        return end - 1
    return _phrase_ending(said, end, _BEFORE_BY_LAST)


def _tails(said: list[str]) -> list[tuple[int, int]]:
    """Where each receipt or check said last in a sentence starts and ends (before
    "over"): "…, lovely, got that. Are they in any difficulty?"."""
    found: list[tuple[int, int]] = []
    stops = [len(said)]
    k = -1
    while "|" in said[k + 1 :]:  # (sentence ends found in C)
        k = said.index("|", k + 1)
        stops.append(k)
    for stop in stops:
        end = stop
        while end > 0 and (said[end - 1] in _GAP or said[end - 1] in _END):
            end -= 1
        start = _phrase_ending(said, end, _AFTER_BY_LAST)
        if start >= 0 and (start, end) not in found:
            found.append((start, end))
    return found


def read_back_receipted(acts: list[Cand], said: list[str]) -> None:
    """Mark the figures heard back round a receipt as ``readback`` (see the module
    docstring): those said after a receipt, those said before a receipt or a check
    said last, and figures that run on from either with only commas between."""
    if _RECEIPT_WORDS.isdisjoint(said) or not any(a.kind in _HEARD for a in acts):
        _going_down(acts, said)
        _distress_named_back(acts, said)
        return  # (most utterances: no receipt, nothing heard back; set look-ups in C)
    acts = sorted(acts, key=lambda a: (a.i, a.j))  # (not yet in spoken order here)
    if any(a.kind == "call" for a in acts):
        # "Reçu Saint-Malo, remorque passée, deux personnes": the station named between
        # the receipt and the figures is a pause in the read-back
        said = list(said)
        for a in acts:
            if a.kind == "call":
                said[a.i : a.j] = [","] * (a.j - a.i)
    _led(acts, said)
    _checked(acts, said)
    for a, b in pairwise(acts):
        if a.kind == "readback" and _agent(b) in _LED_AGENTS and _only_gaps(said, a.j, b.i):
            b.kind = "readback"  # "…, ils sont à un mille et le boudin est dégonflé"
    for a, b in pairwise(acts[::-1]):
        if a.kind == "readback" and _agent(b) in _TOLD_AGENTS and _only_gaps(said, b.j, a.i):
            b.kind = "readback"
    _going_down(acts, said)


def _distress_named_back(acts: list[Cand], said: list[str]) -> None:
    """Mark the distress named right after a receipt, with no subject, as the distress
    heard: "reçu, homme à la mer, quelle est votre position", "received man overboard"
    (SPEECH-ACTS.md distress.ack), and the distress named before a question about the
    addressee's craft ("man overboard, what is your position?"). Said by the craft in
    distress it has its subject ("bien reçu, on a un homme à la mer")."""
    kinds = {a.kind for a in acts}
    if "distress.declare" not in kinds or ("ack" not in kinds and "question" not in kinds):
        return
    spoken = sorted(acts, key=lambda a: (a.i, a.j))
    for a, b in pairwise(spoken):
        if not _only_gaps(said, a.j, b.i):
            continue
        if a.kind == "ack" and b.kind == "distress.declare" and b.clause is None:
            b.kind = "distress.ack"
        elif (
            a.kind == "distress.declare"
            and a.clause is None
            and b.kind == "question"
            and not _YOUR.isdisjoint(said[b.i : b.j])
        ):
            a.kind = "distress.ack"  # "man overboard, what is your position?"


def _going_down(acts: list[Cand], said: list[str]) -> None:
    """Mark a read-back that tells the addressee its own grave danger as the distress
    heard: "received, understand you are sinking", "bien reçu, vous coulez", "I
    understand you are in the water" (SPEECH-ACTS.md distress.ack)."""
    for a in acts:
        if a.kind == "readback" and (
            _going_down_said_back(a) or _in_water_said_back(a, said[a.i : a.j])
        ):
            a.kind = "distress.ack"


#: The addressee said to be in the water ("you are in the water", "vous êtes à l'eau").
_IN_WATER = (("in", "the", "water"), ("a", "l", "eau"), ("dans", "l", "eau"), ("a", "l'eau"))


def _in_water_said_back(c: Cand, words: list[str]) -> bool:
    features = c.clause.features if c.clause is not None else {}
    # (the addressee itself: "you have forty on board and one person in the water"
    # tells of others)
    return (
        features.get("agent") == "addressee"
        and features.get("predicate") in ("be", "etre")
        and any(tuple(words[k : k + len(p)]) == p for p in _IN_WATER for k in range(len(words)))
    )


#: What a craft in grave danger does, said back to it: going down or being abandoned
#: ("taking on water" is a state).
_GOING_DOWN = GOING_DOWN | {"abandon", "abandonner"}


def _going_down_said_back(c: Cand) -> bool:
    """Whether a read-back tells the addressee its own grave danger ("you are
    sinking", "vous coulez")."""
    features = c.clause.features if c.clause is not None else {}
    return features.get("agent") == "addressee" and features.get("predicate") in _GOING_DOWN


def _led(acts: list[Cand], said: list[str]) -> None:
    """Figures said after a receipt ("understand position …"); the acts read into the
    receipt's own words ("understand your" read as an order) are the receipt."""
    if _BEFORE_LAST.isdisjoint(said) and _PLAIN_RECEIPTS.isdisjoint(said):
        return
    for c in acts:
        agent = _agent(c)
        if agent not in _LED_AGENTS and not (c.kind in _FIGURES and agent in _OWN_AGENTS):
            continue
        start = _lead(said, c.i)
        if start < 0 and any(tuple(said[c.i : c.i + len(p)]) == p for p in _BEFORE):
            start = c.i  # "understand four persons on board": the receipt in the clause
        if start < 0 and _said_again(said, c.i):
            start = c.i - 2  # "je répète votre position …": the addressee's, said again
        if start < 0 or (
            agent not in _LED_AGENTS and tuple(said[start : start + 2]) not in _RECEIVED
        ):
            continue  # ("I copy five persons on board": the first person is the receipt's)
        c.kind = "readback"
        while start > 0 and (said[start - 1] in _OPENING or said[start - 1] in _GAP):
            start -= 1  # "donc si je comprends bien, …": the receipt's own words
        for a in acts:
            if a is not c and a.kind in _READ_INTO and start <= a.i < c.i:
                a.kind = "ack"


def _said_again(said: list[str], i: int) -> bool:
    """Whether "I say again" and the addressee's possessive open the figures at ``i``."""
    return i >= 2 and tuple(said[i - 2 : i]) in _AGAIN and said[i] in _YOURS


def _checked(acts: list[Cand], said: list[str]) -> None:
    """The last figures before a receipt or a check said last in a sentence, with nothing said
    between but words no act reads ("…, ETA two zero minutes, copied"); the check is
    part of the read-back ("…, is that correct?")."""
    for tail, end in _tails(said):
        told = [
            a for a in acts if a.i < tail and (a.kind == "readback" or _agent(a) in _TOLD_AGENTS)
        ]
        if not told:
            continue
        last = told[-1]
        if any(last.j <= a.i < tail for a in acts if a is not last and a.kind not in _CHECKS):
            continue
        last.kind = "readback"
        for a in acts:
            if a.j > tail and a.i < end and a.kind in _CHECKS:
                a.kind = "readback"


def _only_gaps(said: list[str], j: int, i: int) -> bool:
    """Whether only commas (or an "and") lie between two acts' words."""
    return all(w in _GAP or w in _AND for w in said[j:i])
