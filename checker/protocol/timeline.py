"""The protocol stage: events in, a :class:`Timeline` out.

For every event, in file order: bind it to the casualties it concerns, link replies,
place the casualty in zones (narration positions, reported positions, zone phrases),
move its state through the transition table, and update both responsibility ledgers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from checker import geo
from checker.context import Context, Station
from checker.defaults import empty_dict, empty_list
from checker.diagnostics import Diagnostic, make
from checker.phraseology.model import SpeechAct, clause_agent
from checker.protocol.aboard import OWN_PEOPLE
from checker.protocol.answers import link, name_casualties
from checker.protocol.bind import bind_all
from checker.protocol.model import (
    Casualty,
    CasualtyState,
    Event,
    PhaseAssessment,
    ResponsibilitySpan,
)
from checker.protocol.responsibility import Responsibility
from checker.protocol.states import Inconsistency, PersonCount, Tracker
from checker.ruleset.marks import direction_bearing, offset_position
from checker.transcript.model import Position
from checker.transcript.positions import CoordinateError, parse_coordinates
from checker.transcript.track import Track
from checker.vocabulary import Level

#: Below this confidence a count of persons (a number said alone, which the classifier
#: reads at 0.4) does not set the number on board.
BARE_COUNT = 0.5
_PERSON_CONDITIONS: dict[str, PersonCount] = {
    "on board": "on_board",
    "on_board": "on_board",
    "in the water": "in_water",
    "in_water": "in_water",
    "missing": "missing",
    "dead": "dead",
}


#: Persons said to be in the water, and words that deny there are any.
_IN_WATER = re.compile(
    r"\b(?:in the water|in water|overboard|(?:à|a) l['’]eau|(?:à|a) la mer|dans l['’]eau)\b",
    re.I,
)
_NONE_THERE = re.compile(
    r"\b(?:no|nobody|no one|none|not|never|personne|pas|plus|aucune?|if|si|still no)\b|n't",
    re.I,
)


def _in_water(act: SpeechAct) -> bool:
    """Whether a report of persons says some are in the water (and denies nothing)."""
    said = act.matched or ""
    clause = act.clause or {}
    return (
        clause.get("polarity", "positive") == "positive"
        and clause.get("mood", "declarative") == "declarative"
        and bool(_IN_WATER.search(said))
        and not _NONE_THERE.search(said)
    )


@dataclass(slots=True, kw_only=True)
class Timeline:
    """What happened: events with their casualties, each casualty's states, the ledgers.

    The protocol stage's result, read by the rules and the report, never validated
    nor written as it is: a plain dataclass."""

    events: list[Event] = field(default_factory=empty_list)
    casualties: list[Casualty] = field(default_factory=empty_list)
    responsibility: list[ResponsibilitySpan] = field(default_factory=empty_list)
    diagnostics: list[Diagnostic] = field(default_factory=empty_list)

    def state_at(self, casualty: str, line: int) -> CasualtyState | None:
        """The casualty's state after ``line`` (None before it was known)."""
        cas = next((c for c in self.casualties if c.id == casualty), None)
        if cas is None:
            return None
        found = None
        for state in cas.timeline:
            if state.line > line:
                break
            found = state
        return found

    def assessments(self, casualty: str) -> list[PhaseAssessment]:
        """The phase assessments made about a casualty (``phase.assess``), in order."""
        cas = next((c for c in self.casualties if c.id == casualty), None)
        found: dict[int, PhaseAssessment] = {}
        for state in cas.timeline if cas else []:
            if state.assessment is not None:
                found.setdefault(state.assessment.line, state.assessment)
        return list(found.values())

    def ledger(self, casualty: str, level: Level) -> list[ResponsibilitySpan]:
        """The intervals of one level for one casualty, in order."""
        return [s for s in self.responsibility if s.casualty == casualty and s.level == level]


#: Nautical miles per unit of a spoken distance.
_UNIT_NM = {"nm": 1.0, "cables": 0.1, "cable": 0.1, "km": 0.539957, "m": 0.000539957}

#: An AIS fix older than this is not taken as where a station is now.
TRACK_MAX_AGE = timedelta(minutes=30)


@dataclass
class _Walk:
    context: Context
    path: str | None
    track: Track | None = None
    trackers: dict[str, Tracker] = field(default_factory=empty_dict)
    diagnostics: list[Diagnostic] = field(default_factory=empty_list)
    near: dict[str, set[int]] = field(default_factory=empty_dict)

    def tracker(self, cid: str) -> Tracker:
        if cid not in self.trackers:
            st = self.context.stations.get(cid)
            t = Tracker(cid)
            if st is not None and st.persons is not None:
                t.persons.on_board = st.persons
            self.trackers[cid] = t
        return self.trackers[cid]

    def warn(self, code: str, message: str, line: int) -> None:
        self.diagnostics.append(make(code, message, path=self.path, line=line, column=1))

    # -- positions
    def placement(self, pos: Position) -> geo.Placement | None:
        zones = self.context.zones
        if pos.kind == "coordinates" and pos.lat is not None and pos.lon is not None:
            return geo.place(pos.lat, pos.lon, zones)
        if pos.kind == "median-line":
            return geo.median_line(zones)
        if pos.kind in ("zone", "inside") and pos.zone:
            ids = self.context.zone_ids(pos.zone)
            return geo.by_phrase(ids, zones, pos.distance_nm if pos.kind == "inside" else None)
        if pos.kind == "mark" and pos.mark and pos.direction and pos.distance_nm is not None:
            mark = self.context.mark(pos.mark)
            bearing = direction_bearing(pos.direction)
            if mark is not None and bearing is not None:
                lat, lon = offset_position(mark.lat, mark.lon, bearing, pos.distance_nm)
                return geo.place(lat, lon, zones)
        return None

    def act_placement(self, event: Event) -> geo.Placement | None:
        """Where an utterance places its casualty: a reported position, or the
        position slot of a distress message or relay."""
        for act in event.acts:
            s = act.slots
            if isinstance(s.get("position"), dict):
                s = {**s, **s["position"]}  # MAYDAY ... my position is ...
            elif act.kind != "report.position":
                continue
            lat, lon = s.get("lat"), s.get("lon")
            if isinstance(lat, int | float) and isinstance(lon, int | float):
                return geo.place(float(lat), float(lon), self.context.zones)
            from_mark = self.mark_placement(s)
            if from_mark is not None:
                return from_mark
            if s.get("relation") == "median-line":
                return geo.median_line(self.context.zones)
            text = s.get("position")
            if isinstance(text, str):
                try:
                    coords = parse_coordinates(text)
                except CoordinateError:
                    coords = None
                if coords is not None:
                    return geo.place(coords[0], coords[1], self.context.zones)
            zone = s.get("zone")
            if isinstance(zone, list | tuple):
                zone = next((z for z in zone if isinstance(z, str)), None)
            if isinstance(zone, str):
                ids = self.context.zone_ids(zone)  # ids and aliases alike, with part-of
                inside = s.get("distance_nm")
                return geo.by_phrase(
                    ids,
                    self.context.zones,
                    float(inside) if isinstance(inside, int | float) else None,
                )
        return None

    def place(self, event: Event, tracker: Tracker) -> bool:
        pos: geo.Placement | None = None
        n = event.narration
        if n is not None and n.position is not None and event.speaker == tracker.id:
            pos = self.placement(n.position)
            if pos is not None and not pos.zones:
                self.warn(
                    "RC304", f"{n.position.text!r} is not in any zone of the rule set", event.line
                )
        elif event.kind == "utterance":
            pos = self.act_placement(event)
        if (pos is None or not pos.zones) and event.time is not None:
            pos = self.track_placement(tracker.id, event.time) or pos
        if pos is None or not pos.zones:
            return False
        tracker.place(pos.zones)
        if pos.near:
            self.near.setdefault(tracker.id, set()).add(event.line)
        return True

    def mark_placement(self, slots: dict[str, object]) -> geo.Placement | None:
        """A spoken position from a charted mark: "two miles north-west of Cap
        Gris-Nez", "bearing two seven zero from South Foreland, distance three miles"."""
        name, distance = slots.get("mark"), slots.get("distance")
        if not isinstance(name, str) or not isinstance(distance, int | float):
            return None
        mark = self.context.mark(name)
        bearing = slots.get("bearing")
        if not isinstance(bearing, int | float):
            direction = slots.get("direction")
            bearing = direction_bearing(direction) if isinstance(direction, str) else None
        if mark is None or bearing is None:
            return None
        nm = float(distance) * _UNIT_NM.get(str(slots.get("unit", "nm")), 1.0)
        lat, lon = offset_position(mark.lat, mark.lon, float(bearing), nm)
        return geo.place(lat, lon, self.context.zones)

    def track_placement(self, station_id: str, moment: datetime) -> geo.Placement | None:
        """Where the AIS track (``--track``) puts a station with an ``mmsi=`` at a time,
        so that whose waters it was in does not depend on what was said."""
        station = self.context.stations.get(station_id)
        if self.track is None or station is None or not station.mmsi:
            return None
        fix = self.track.at(station.mmsi, moment)
        if fix is None or moment - fix.time > TRACK_MAX_AGE:
            return None
        return geo.place(fix.lat, fix.lon, self.context.zones)

    # -- states
    def advance(self, event: Event, tracker: Tracker) -> None:
        problems: list[Inconsistency] = []
        n = event.narration
        # whose count it is: a unit's own; a centre tells of others' (None)
        st = self.context.stations.get(event.speaker) if event.speaker else None
        by = event.speaker if st is not None and st.role not in ("rcc", "shore") else None
        if n is not None:
            problems += tracker.apply(f"narration:{n.verb}", event.line, n.count, by)
        for act in event.acts:
            if act.kind == "phase.assess":
                assessment = _assessment(act, event)
                if assessment is not None:
                    tracker.assess(assessment)
                continue
            count = _count(act.slots.get("count"))
            problems += tracker.apply(f"act:{act.kind}", event.line, count, by)
            aboard = _count(act.slots.get("persons"))
            if act.kind in ("distress.declare", "distress.relay") and aboard is not None:
                # "MAYDAY … four persons on board": the message's count of those aboard
                problems += tracker.count("on_board", aboard, said=True, by=by)
            if act.kind == "report.persons" and count is None and _in_water(act):
                # "we've got a man in the water": persons in the water are in distress,
                # however many
                problems += tracker.apply("narration:reports-in-water", event.line)
            if act.kind == "report.persons" and count is not None:
                which = _whose_count(act, by, tracker, st)
                if which is not None:
                    problems += tracker.count(which, count, said=True, by=by)
                    if which == "in_water":
                        problems += tracker.apply("narration:reports-in-water", event.line)
        for problem in problems:
            self.warn(problem.code, problem.message, event.line)


def _whose_count(
    act: SpeechAct, by: str | None, tracker: Tracker, st: Station | None
) -> PersonCount | None:
    """Which count of the casualty's a ``report.persons`` with a count gives, or None
    when it counts nobody of the casualty's."""
    which = _PERSON_CONDITIONS.get(str(act.slots.get("condition", "on board")).lower())
    if which != "on_board":
        return which
    if by not in (None, tracker.id) and OWN_PEOPLE.search(act.matched or ""):
        return None  # "on appareille, trois équipiers": the unit's own crew
    if st is not None and st.bystander and clause_agent(act) == "speaker":
        return None  # a witness ashore: "I've got the two kids with me"
    if (
        by not in (None, tracker.id)
        and st is not None
        and st.role in ("vessel", "aircraft")
        and clause_agent(act) == "speaker"
    ):
        # "so I've got eleven on board", said by the dive boat a diver is missing
        # from: the unit's own people (a rescuer's count of those it took aboard is
        # read as report.rescued before this)
        return None
    if act.confidence < BARE_COUNT:
        return None  # "Okay, okay. One six.": a number said alone counts nobody aboard
    return which


def _assessment(act: SpeechAct, event: Event) -> PhaseAssessment | None:
    """A ``phase.assess`` act as an assessment, if it names a phase."""
    phase = act.slots.get("phase")
    if phase not in ("uncertainty", "alert", "distress"):
        return None
    reason = act.slots.get("reason")
    return PhaseAssessment(
        line=event.line,
        phase=phase,
        negated=act.slots.get("negated") is True,
        by=event.speaker,
        reason=reason if isinstance(reason, str) else None,
    )


def _count(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("~").isdigit():
        return int(value.strip().lstrip("~"))
    return None


def build_timeline(
    events: list[Event], context: Context, path: str | None = None, track: Track | None = None
) -> Timeline:
    """Run the protocol stage over resolved events (``track``: AIS positions)."""
    link(events, {sid: st.role for sid, st in context.stations.items()})
    binder = bind_all(events, context, path)
    name_casualties(events)
    walk = _Walk(context=context, path=path, track=track, diagnostics=list(binder.diagnostics))
    duty = Responsibility(context, binder.scope)
    for event in events:
        for cid in event.casualties:
            tracker = walk.tracker(cid)
            placed = walk.place(event, tracker)
            walk.advance(event, tracker)
            duty.on_event(event, tracker, placed)
            tracker.snapshot(event.line)
    casualties = [
        Casualty(
            id=cid,
            persons=t.persons,
            zones=t.zones_seen,
            timeline=t.timeline,
            final=t.final(),
            near_boundary=sorted(walk.near.get(cid, set())),
        )
        for cid, t in walk.trackers.items()
    ]
    spans = [
        s for cid in walk.trackers for s in (*duty.coordination[cid].spans, *duty.rescue[cid].spans)
    ]
    return Timeline(
        events=events, casualties=casualties, responsibility=spans, diagnostics=walk.diagnostics
    )
