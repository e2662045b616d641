"""Help said to be on its way: a unit's movement with its time of arrival is an offer.

SPEECH-ACTS.md defines ``assistance.offer`` as help offered *or announced* ("I am
proceeding to your assistance"). Units rarely say "assistance": they say where they
go and when they will be there — "I am proceeding to the North Star, ETA twenty
minutes", "we are making way towards the casualty, on scene in one five minutes",
"nous faisons route vers le voilier, arrivée estimée dans trente-cinq minutes", "the
Border Force is on its way to them, ETA about thirty minutes". Without the time of
arrival the same words are a plan (``intention``) or a statement; with it they
announce help. The movement must be the utterance's first substantive act, said in
the positive, and not after a receipt (then it carries out an order: ``comply``,
:func:`checker.phraseology.resolution.receipt_then_will` runs first). A passage to a
port ("heading back to the harbour, ETA one hour", "ETA Bridlington") is no help.
With a transcript in view, :mod:`checker.protocol.answers` reads an offer that
answers a task back as ``comply``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from checker.phraseology.clause_words import W, numeral, phrases_by
from checker.phraseology.matcher import Cand
from checker.phraseology.model import NOT_SUBSTANTIVE
from checker.phraseology.parts import Tok

#: The acts a movement is read as before its arrival time is seen.
_READ_AS = frozenset({"intention", "information", "warning", "report.position"})
#: Acts said before the substantive one that do not decide it (a read-back does here:
#: "copied, proceeding, ETA twenty" says back what it was told).
_MINOR = NOT_SUBSTANTIVE - {"readback"}
#: Words that may follow "ETA" before its time ("ETA about twenty", "ETA is one hour").
_ETA_GLUE = frozenset(
    {"about", "around", "approximately", "approx", "roughly", "maybe", "is", "of", "in",
     "will", "would", "be", "at", "my", "our", "environ", "dans", "vers", "a", "un",
     "une", "plus", "moins", "uh", "er", "euh", ":", ","}
)  # fmt: skip
#: "elle sera là dans vingt minutes": "là" after a form of "être" is a place.
_BE = frozenset({"sera", "serons", "seront", "serai", "est", "sont", "suis"})


def help_on_the_way(acts: list[Cand], toks: list[Tok], said: list[str]) -> None:
    """Relabel the first substantive act as ``assistance.offer`` where it says the
    speaker or a unit is moving (:data:`W.moving_verbs`, or "on its way", "en route")
    and a time of arrival is said in or after it. ``said`` are the tokens' words
    (``Tok.w``, listed once an utterance by the classifier)."""
    for a in sorted(acts, key=lambda c: c.i):
        if a.kind in _MINOR or a.kind.startswith("procedure"):
            continue
        if a.kind in _READ_AS and _moving(a, toks) and _arrival_from(said, a.i, _arriving(a)):
            a.kind = "assistance.offer"
            a.frame = f"{a.frame or a.source}+eta"
        return


def _moving(a: Cand, toks: list[Tok]) -> bool:
    """Whether the act's clause says the speaker or a unit is moving, in the positive,
    towards somewhere other than home or a port."""
    if a.clause is None or not _said_of_a_unit(a.clause.features):
        return False
    f = a.clause.features
    start, end = a.clause.span
    # the clause's words as looked up (accents folded), an elided article cut off
    # ("l'hôpital" is "hopital", "là" is "la")
    said = [t.w.rpartition("'")[2] for t in toks if start <= t.s and t.e <= end]
    if not W.passage_words.isdisjoint(said):
        return False
    if f.get("predicate") in W.moving_verbs:
        return True
    if _will_be(f):
        # "the cutter will be alongside in about ten minutes": the arrival itself
        return not W.arrival_places.isdisjoint(said) or "la" in said
    return any(
        tuple(said[k : k + len(p)]) == p for k, w in enumerate(said) for p in _ON_THE_WAY.get(w, ())
    )


#: The phrases of :data:`W.on_the_way` by their first word.
_ON_THE_WAY = phrases_by(W.on_the_way, 0)


def _will_be(f: Mapping[str, Any]) -> bool:
    """Whether a clause says where its subject will be ("will be alongside", "sera là")."""
    return f.get("predicate") in ("be", "etre") and f.get("modality") == "will"


def _said_of_a_unit(f: Mapping[str, Any]) -> bool:
    """Whether a clause states, in the positive, what the speaker or a unit does or
    will do: not the addressee, not the casualty's craft ("l'embarcation fait route
    …, elle sera à la ligne dans vingt minutes") unless help is named with it."""
    if f.get("agent") == "casualty" and "help" not in f.get("objects", ()):
        return False
    return (
        f.get("mood") == "declarative"
        and f.get("polarity") == "positive"
        and f.get("agent", "none") != "addressee"
        and f.get("modality", "none") in ("none", "will", "going")
    )


def _arriving(a: Cand) -> bool:
    """Whether the act's clause says an arrival itself ("la vedette arrive", "the
    cutter will be alongside"), whose time to go may follow bare ("dans quinze
    minutes"); a launch's "in five minutes" is when it starts."""
    f = a.clause.features if a.clause is not None else {}
    return f.get("predicate") in W.arriving_verbs or _will_be(f)


def _arrival_from(words: list[str], i: int, arriving: bool = False) -> bool:
    """Whether a time of arrival is said at or after token ``i``, as a time to go:
    "ETA twenty minutes", "on scene in one five minutes", "sur zone dans vingt
    minutes", "arrivée estimée dans trente-cinq minutes". A clock time is a passage's
    ("ETA about six tomorrow morning", "arrivée vers sept heures et demie"), and so
    is a port after "ETA" ("ETA Bridlington one hour")."""
    for k in range(i, len(words)):
        w = words[k]
        if w == "eta":
            nxt = next((x for x in words[k + 1 : k + 4] if x not in _ETA_GLUE), "")
            if (numeral(nxt) or nxt in W.eta_units) and _duration(words, k):
                return True
        elif w in ("arrival", "arrivee"):
            if not W.arrival_next.isdisjoint(words[k + 1 : k + 3]) and _duration(words, k):
                return True
        elif w in W.arrival_places or (w == "la" and k > 0 and words[k - 1] in _BE):
            after = words[k + 1 : k + 3]
            if ("in" in after or "dans" in after) and _duration(words, k):
                return True
        elif (
            arriving
            and w in ("in", "dans")
            and k > i
            and any(numeral(x) or x in W.eta_units for x in words[k + 1 : k + 4])
            and _duration(words, k)
        ):
            return True  # "la vedette arrive dans quinze minutes", "there in ten minutes"
    return False


def _duration(words: list[str], k: int) -> bool:
    """Whether a unit of time to go follows token ``k`` closely ("… twenty
    minutes", "… une demi-heure", "… one hour")."""
    return not W.eta_units.isdisjoint(words[k + 1 : k + 8])
