"""Orders that send a unit: an RCC's instruction or request to a vessel or an aircraft
to go to the casualty is a ``task`` (SPEECH-ACTS.md: "an authority sends a unit to a
casualty (takes precedence over instruction)").

The classifier reads "I'd like you to respond to that dinghy" or "could you go and
have a look at it for us?" as an order or a request: who speaks, to whom, it cannot
know. With the transcript's stations in view, an order of going, looking or taking
persons aboard, said by a co-ordinating centre to a unit about the casualty (a craft,
persons, a position, or "it"/"them"), sends the unit; one that holds it where it is
("stand by", "restez en veille") or sends it to port does not. Help such a centre
asks of a unit ("requesting an immediate launch of the all-weather lifeboat") is the
unit's to give: it sends the unit too.
"""

from __future__ import annotations

from collections.abc import Mapping

from checker.phraseology.model import SpeechAct, primary_kind, said_words
from checker.phraseology.sending import sends
from checker.protocol.model import Event

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
        held = _held_there(event)
        for act in event.acts:
            if held and not _TO_IT.intersection((act.clause or {}).get("objects") or ()):
                continue
            if (act.kind in ("instruction", "request") and _sends(act)) or _help_asked(act):
                act.kind = "task"
                changed.add(event.line)
        if event.line in changed and not event.overridden:
            event.primary = primary_kind(event.acts)
    return changed


def _help_asked(act: SpeechAct) -> bool:
    """Whether help a centre asks of a unit is help the unit is to give ("Howth
    lifeboat, Dublin Coast Guard. Requesting an immediate launch of the all-weather
    lifeboat"): a centre asks no help for itself; the classifier, which does not know
    who speaks, reads the words as a casualty's request (and, after a yes, as help
    taken up: "Oui, Gris-Nez. Vous pouvez envoyer le jet-ski chercher …")."""
    asked = act.kind == "request.assistance" or (
        act.kind == "assistance.accept" and (act.frame or "").startswith("request.assistance")
    )
    return asked and not _GIVING.isdisjoint(said_words(act.matched or ""))


#: Words of help a unit gives ("a launch", "your assistance", "envoyer le jet-ski
#: chercher une paddleuse"): help a centre asks of the craft a casualty is aboard
#: ("the doctor wants him off", "I need you to head north-east") is no tasking to help.
_GIVING = frozenset({
    "launch", "launching", "assistance", "assist", "search", "lancement", "engagement",
    "recherche", "recherches", "secours", "send", "envoyer", "chercher", "rechercher",
})  # fmt: skip


def _held_there(event: Event) -> bool:
    """Whether an order holds the unit where it is sent: "could you make your way to
    position five one zero four north … and hold there please" puts it where the
    casualty will come; it is sent to the casualty only when the casualty is named
    ("go to the dinghy and stand by her")."""
    return any(
        a.kind in ("instruction", "request")
        and (a.clause or {}).get("predicate") in _HOLDING
        and (a.clause or {}).get("polarity") == "positive"
        for a in event.acts
    )


#: Verbs of an order that holds a unit where it is.
_HOLDING = frozenset({"hold", "wait", "remain", "attendre", "patienter"})
#: What an order must name to send a unit it also holds: the casualty or its persons.
_TO_IT = frozenset({"casualty", "persons"})


def _sends(act: SpeechAct) -> bool:
    """Whether an order's clause sends the addressee to the casualty."""
    return act.clause is not None and sends(act.clause, act.matched or "")
