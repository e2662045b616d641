"""Orders that send the addressee to the casualty: a ``task`` (SPEECH-ACTS.md: "an
authority sends a unit to a casualty (takes precedence over instruction)").

"Proceed to the dinghy and take them aboard", "I'd like you to get over to that boat",
"can you make your way to the casualty": the clause's verb is one of going, looking or
taking persons aboard, and what it is about is the casualty (a craft, persons, a
position, or "it"/"them"). An order that holds the unit where it is ("stand by"), sends
it back or to port, or lands survivors sends nobody. The classifier reads the clause
alone; :mod:`checker.protocol.sent` reads it again with the stations in view, where
only a co-ordinating centre's order to a unit sends it.
"""

from __future__ import annotations

from collections.abc import Mapping

from checker.phraseology.clause_french import FR_SUBJECTS
from checker.phraseology.model import said_words

#: Verbs of an order that sends a unit to a casualty.
SENDING = frozenset({
    "go", "proceed", "head", "respond", "investigate", "look", "have a look", "divert",
    "rescue", "recover", "pick up", "take", "assist", "intervene", "search", "rendre",
    "aller", "diriger", "intervenir", "recuperer", "secourir", "derouter", "faire route",
    "chercher", "rechercher", "porter", "rejoindre", "get", "get over", "get out", "make",
    "make way", "scramble", "launch", "sortir", "appareiller", "go out", "head out", "rallier",
    "get alongside", "go alongside", "engager",
})  # fmt: skip
#: What the order is about: the casualty, its persons or where it is.
_ABOUT = frozenset({"casualty", "persons", "position"})
#: Pronouns that stand for the casualty said before ("have a look at it").
_IT = frozenset({"it", "them", "her"})
#: Words after "him" that carry him somewhere, or take him from someone.
_CARRIED_TO = frozenset({"into", "to", "in", "back", "ashore", "from", "off"})
#: Words after which a pronoun is the subject of what follows.
_SUBORDINATE = frozenset({
    "when", "if", "until", "till", "before", "after", "while", "once", "because", "since",
    "unless", "where", "as",
})  # fmt: skip
#: ... in French, where they are also articles: a pronoun after its subject or "ne"
#: ("vous les récupérez", "vous y allez"), an article before its noun ("récupérez
#: l'aile": the kite's wing, no casualty).
_IT_FR = frozenset({"les", "la", "le", "l", "y"})
_BEFORE_CLITIC = FR_SUBJECTS | {"je", "j", "ne", "n"}
#: ... and the stressed pronouns said after a preposition of going ("faites route sur
#: lui", "allez vers eux").
_HIM_FR = frozenset({"lui", "eux", "elle", "elles"})
_TOWARDS_FR = frozenset({"sur", "vers", "aupres"})


def it_said(words: list[str]) -> bool:
    """Whether an order's words name the casualty by a pronoun (not the subject of a
    clause said after it: "wave the lifeboat in when it comes round the point")."""
    if any(w in _IT and (k == 0 or words[k - 1] not in _SUBORDINATE) for k, w in enumerate(words)):
        return True
    # "get alongside him and get him aboard" ("take him into Yarmouth" carries him)
    if any(
        w == "him" and (k + 1 == len(words) or words[k + 1] not in _CARRIED_TO)
        for k, w in enumerate(words)
    ):
        return True
    return any(
        k > 0
        and (
            (w in _IT_FR and (words[k - 1] in _BEFORE_CLITIC or words[k - 1].endswith("-vous")))
            or (w in _HIM_FR and words[k - 1] in _TOWARDS_FR)
        )
        for k, w in enumerate(words)
    )


#: Words of an order that sends a unit elsewhere than to the casualty, or back.
_ELSEWHERE = frozenset({
    "port", "harbour", "harbor", "quay", "quai", "berth", "anchorage", "mouillage", "back",
    # let go on its way: "recover your boat and resume your passage"
    "passage", "resume",
})  # fmt: skip


def _elsewhere(clause: Mapping[str, object], spoken: list[str]) -> bool:
    """Whether an order of going sends the unit elsewhere than to a casualty: to port
    or back, on its way, to its own people, or nowhere ("take the way off her": stop
    the ship; "vous me rendez compte": report back, "vous vous rendez sur zone" goes)."""
    words = set(spoken)
    return (
        not _ELSEWHERE.isdisjoint(words)
        or _own_people(spoken)  # "récupérez vos plongeurs": the unit's own, no casualty
        or (clause.get("predicate") == "take" and "way" in words)
        or (clause.get("predicate") == "rendre" and "compte" in words)
    )


def _own_people(words: list[str]) -> bool:
    """Whether an order names the addressee's own people or craft as what to take
    ("récupérez vos plongeurs", "recover your boat"), or the addressee's people
    themselves ("make sure all three of you have lifejackets on"), not the casualty."""
    return any(
        k + 1 < len(words)
        and ((w in _YOURS and words[k + 1] in _OWN_NOUNS) or (w == "of" and words[k + 1] == "you"))
        for k, w in enumerate(words)
    )


#: Possessives of the addressee, and what it owns that an order may name.
_YOURS = frozenset({"your", "votre", "vos"})
_OWN_NOUNS = frozenset({
    "divers", "diver", "plongeurs", "plongeur", "crew", "equipage", "people", "gens",
    "hommes", "men", "boat", "rib", "canot", "tender", "annexe", "gars",
    "rescue", "fast",
})  # fmt: skip


def sends(clause: Mapping[str, object], said: str, *, to_position: bool = True) -> bool:
    """Whether an order's clause (its features, and the words ``said``) sends the
    addressee to the casualty. ``to_position``: a position alone is where the casualty
    is (said by a centre to its unit, in a transcript); without the stations in view
    it may be a course ("faites route au nord"), and the casualty must be named."""
    if clause.get("polarity") != "positive" or clause.get("predicate") not in SENDING:
        return False
    spoken = said_words(said)
    if _elsewhere(clause, spoken):
        return False
    raw = clause.get("objects")
    objects = set(raw) if isinstance(raw, list | tuple | set | frozenset) else set()
    if "landing" in objects or "port" in objects:
        return False  # "Proceed to Valletta to disembark the survivors": a landing
    about = _ABOUT if to_position else _ABOUT - {"position"}
    return not about.isdisjoint(objects) or it_said(spoken)
