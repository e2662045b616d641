"""Orders that send a unit: an RCC's instruction or request to a vessel or an aircraft
to go to the casualty is a ``task`` (SPEECH-ACTS.md: "an authority sends a unit to a
casualty (takes precedence over instruction)").

The classifier reads "I'd like you to respond to that dinghy" or "could you go and
have a look at it for us?" as an order or a request: who speaks, to whom, it cannot
know. With the transcript's stations in view, an order of going, looking or taking
persons aboard, said by a co-ordinating centre to a unit about the casualty (a craft,
persons, a position, or "it"/"them"), sends the unit; one that holds it where it is
("stand by", "restez en veille") or sends it to port does not.
"""

from __future__ import annotations

from collections.abc import Mapping

from checker.phraseology.model import SpeechAct, primary_kind
from checker.protocol.model import Event

#: Verbs of an order that sends a unit to a casualty.
_SENDING = frozenset({
    "go", "proceed", "head", "respond", "investigate", "look", "have a look", "divert",
    "rescue", "recover", "pick up", "take", "assist", "intervene", "search", "rendre",
    "aller", "diriger", "intervenir", "recuperer", "secourir", "derouter", "faire route",
    "chercher", "rechercher", "porter", "rejoindre", "get", "get over", "get out", "make",
    "make way", "scramble", "launch", "sortir", "appareiller",
})  # fmt: skip
#: What the order is about: the casualty, its persons or where it is.
_ABOUT = frozenset({"casualty", "persons", "position"})
#: Pronouns that stand for the casualty said before ("have a look at it").
_IT = frozenset({"it", "them", "her", "les", "la", "le", "l", "y"})
#: Words of an order that sends a unit elsewhere than to the casualty.
_ELSEWHERE = frozenset(
    {"port", "harbour", "harbor", "quay", "quai", "berth", "anchorage", "mouillage"}
)
_UNITS = frozenset({"vessel", "aircraft"})


def sent_units(utterances: list[Event], roles: Mapping[str, str]) -> set[int]:
    """Relabel, in place, the orders that send a unit as ``task``; the lines changed."""
    changed: set[int] = set()
    for event in utterances:
        if (
            roles.get(event.speaker or "") != "rcc"
            or roles.get(event.addressee or "") not in _UNITS
        ):
            continue
        for act in event.acts:
            if act.kind in ("instruction", "request") and _sends(act):
                act.kind = "task"
                changed.add(event.line)
        if event.line in changed and not event.overridden:
            event.primary = primary_kind(event.acts)
    return changed


def _sends(act: SpeechAct) -> bool:
    """Whether an order's clause sends the addressee to the casualty."""
    clause = act.clause
    if clause is None or clause.get("polarity") != "positive":
        return False
    if clause.get("predicate") not in _SENDING:
        return False
    words = set((act.matched or "").lower().replace("'", " ").split())
    if not _ELSEWHERE.isdisjoint(words):
        return False
    objects = set(clause.get("objects") or ())
    if "landing" in objects or "port" in objects:
        return False  # "Proceed to Valletta to disembark the survivors": a landing
    return not _ABOUT.isdisjoint(objects) or not _IT.isdisjoint(words)
