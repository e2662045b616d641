"""Persons a rescuer says are on board are persons it has rescued.

"Les quatre personnes sont à bord", "all four are aboard now": said by the casualty,
such a count is who is on board the craft in trouble (``report.persons``); said by a
rescuing vessel or aircraft after a distress, the persons are on board the rescuer
(``report.rescued``, SPEECH-ACTS.md). The classifier reads one utterance and does not
know who speaks, so the reading is made here, where the stations' roles are known.
Only a count whose subject is the persons ("the four persons are on board"), said
with "on board" and no other craft after it ("on board the yacht"), and not
"still" on board, is read so; a unit telling its own crew says "we" or "our crew".
"We" is read so only with persons already known, named definitely: "we have all four
persons on board", "we have the six on board now", "on a les quatre personnes à bord",
"we have all the people on board", with where they came from ("fifty-four persons
on board from lifeboat one") or said to be there now ("we have two fishermen on board
now") are those it took; "we have forty people on board" may be its own crew.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from checker.phraseology.model import SpeechAct, clause_agent
from checker.protocol.model import Event
from checker.vocabulary import ALERT_ACTS

#: the roles that rescue (not the casualty, not a centre)
_RESCUERS = frozenset({"vessel", "aircraft"})
#: "on board" with nothing after it that names another craft
_ABOARD = re.compile(
    r"\b(?:on\s+board|aboard|(?:à|a)\s+bord)\b(?!\s+(?:of|the|du|de|d'|des)\b)", re.I
)
#: still on board the craft in trouble: not yet rescued
_STILL = re.compile(r"\b(?:still|remain\w*|stay\w*|toujours|encore|rest\w*)\b", re.I)
#: persons already known, named definitely ("all four", "the six", "les quatre")
_KNOWN = re.compile(
    r"\b(?:all|both|the|them|everyone|everybody|les|tous|toutes|tout le monde|from)\b", re.I
)
#: persons said to be on board "now": taken since ("we have two fishermen on board
#: now"), not the crew the unit sailed with
_NOW = re.compile(r"\b(?:now|maintenant|d[ée]sormais)\b", re.I)
#: all of them, counted by no number ("we have all the people on board")
_ALL = re.compile(r"\b(?:all|everyone|everybody|tout le monde|tous|toutes)\b", re.I)
#: a unit's own people, not those it took (read by the timeline too: "on appareille,
#: trois équipiers" is no count of the casualty's)
OWN_PEOPLE = re.compile(
    r"\b(?:crew|crews|hands|[ée]quipiers?|[ée]quipage|doctor|paramedic|m[ée]decin"
    # "eleven are back on board": the speaker's own people, returned to its craft
    r"|back (?:on ?board|aboard)|(?:remont|revenu)\w* à bord)\b",
    re.I,
)


def rescued_aboard(utterances: list[Event], roles: Mapping[str, str]) -> set[int]:
    """Relabel a rescuer's count of persons on board as ``report.rescued``, in place;
    return the lines changed."""
    changed: set[int] = set()
    alerted: set[str] = set()  # who raised an alert, of their own or another's trouble
    in_trouble: set[str] = set()  # who raised one of their own
    for event in utterances:
        speaker = event.speaker or ""
        alerts = [a.kind for a in event.acts if a.kind in ALERT_ACTS]
        if alerts:
            alerted.add(speaker)
            if any(kind != "distress.relay" for kind in alerts):
                in_trouble.add(speaker)
            continue
        # (a yacht that relayed the collision it saw, then took the crew: "we have two
        # fishermen on board now")
        if speaker in in_trouble or not (alerted - {speaker} or speaker in alerted):
            continue
        if roles.get(speaker) not in _RESCUERS:
            continue
        for k, act in enumerate(event.acts):
            if _aboard(act):
                slots = {**act.slots, "condition": "rescued"}
                event.acts[k] = replace(act, kind="report.rescued", slots=slots)
                changed.add(event.line)
    return changed


def _aboard(act: SpeechAct) -> bool:
    """A count of persons said to be on board: the persons its subject, or persons
    already known that the speaker has."""
    c = act.clause
    count = act.slots.get("count")
    counted = isinstance(count, int) and not isinstance(count, bool)
    if c is None or "condition" in act.slots:
        return False
    matched = act.matched or ""
    if _casualty_aboard(act, c, matched):
        return True
    if act.kind == "information":
        # "we have all the people on board", "we've got the lady aboard": the persons
        # uncounted, already known, a statement
        return (
            "persons" in (c.get("objects") or [])
            and clause_agent(act) == "speaker"
            and c.get("predicate") in ("have", "avoir", "get")
            and bool(_ALL.search(matched) or _KNOWN.search(matched))
            and bool(_ABOARD.search(matched))
            and not _STILL.search(matched)
            and not OWN_PEOPLE.search(matched)
        )
    return (
        act.kind == "report.persons"
        and (counted or bool(_ALL.search(matched)))
        and bool(_ABOARD.search(matched))
        and not _STILL.search(matched)
        and (
            (
                clause_agent(act).startswith(("persons", "third"))
                and c.get("predicate") in ("be", "etre")
            )
            or (
                clause_agent(act) == "speaker"
                and c.get("predicate") in ("have", "avoir", "get")
                and bool(_KNOWN.search(matched) or _NOW.search(matched))
                and not OWN_PEOPLE.search(matched)
            )
        )
    )


def _casualty_aboard(act: SpeechAct, c: Mapping[str, object], matched: str) -> bool:
    """The casualty said by its name to be on board ("le kiteur est à bord", "we have
    the kiter on board"): the rescuer has it, counted or not."""
    objects = c.get("objects")
    if act.kind not in ("information", "report.persons") or not isinstance(objects, list):
        return False
    if "casualty" not in objects or not _ABOARD.search(matched) or _STILL.search(matched):
        return False
    agent, predicate = clause_agent(act), c.get("predicate")
    if agent.startswith(("third", "casualty")):
        return predicate in ("be", "etre")
    return (
        agent == "speaker"
        and predicate in ("have", "avoir", "get")
        and not OWN_PEOPLE.search(matched)
    )
