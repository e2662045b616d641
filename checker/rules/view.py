"""A rule's view of the timeline: the questions every kind asks, answered once.

Kinds never reach into the pipeline: they read the :class:`Timeline` and the
:class:`Context` through this view (who a station is, where a casualty was at a
line, when it was in distress, how long between two lines), so that each kind
module says only what its rule checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from checker.context import Context, Station, ZoneInfo
from checker.phraseology.model import SpeechAct
from checker.protocol.model import Casualty, CasualtyState, Event, ResponsibilitySpan
from checker.protocol.timeline import Timeline
from checker.rules.index import Index
from checker.ruleset.schema import RuleSpec
from checker.vocabulary import Level, NarrationVerb, Role

#: Narration verbs that are rescue work, as opposed to enforcement or escort.
RESCUE_VERBS: frozenset[NarrationVerb] = frozenset(
    {"recovers", "takes-in-tow", "arrives-on-scene", "proceeds", "lands"}
)


@dataclass
class View:
    """The timeline and context of one check, as one rule sees them: every question
    about the timeline is answered from the check's :class:`~checker.rules.index.Index`,
    made once and shared by all the rules, never by a scan from the start."""

    index: Index
    context: Context
    spec: RuleSpec
    level: Level | None = None

    @property
    def timeline(self) -> Timeline:
        """The timeline the rule judges."""
        return self.index.timeline

    # -- events
    @property
    def events(self) -> list[Event]:
        """Every event, in file order."""
        return self.timeline.events

    def event(self, line: int) -> Event | None:
        """The event that starts at ``line``."""
        return self.index.lines.get(line)

    def about(self, cid: str) -> tuple[Event, ...]:
        """The events that concern a casualty, in order."""
        return self.index.about.get(cid, ())

    def about_by(self, cid: str, station: str | None) -> tuple[Event, ...]:
        """The events about a casualty that a station said or did, in order."""
        return self.index.about_by.get((cid, station), ())

    @property
    def spoken_by(self) -> dict[str | None, list[int]]:
        """The lines of each speaker's events, in order: where a kind looks for what a
        station said after a line without scanning the transcript again."""
        return self.index.spoken_by

    @staticmethod
    def acts(event: Event, *kinds: str) -> Iterator[SpeechAct]:
        """The event's acts of these kinds (every act when none is named)."""
        return (a for a in event.acts if not kinds or a.kind in kinds)

    def own_acts(self, event: Event, *kinds: str) -> Iterator[SpeechAct]:
        """The event's acts of these kinds that its speaker says of itself: "Malta
        does not take the case", said by Rome, is Malta's refusal told, not Rome's."""
        for act in self.acts(event, *kinds):
            by = act.slots.get("by")
            sid = self.context.station_id(by) if isinstance(by, str) else None
            if sid is None or sid == event.speaker:
                yield act

    @staticmethod
    def addressee(event: Event) -> str | None:
        """Whom an utterance is addressed to: its addressee, else the station its
        call-up names (a recording's cues have no addressee column)."""
        if event.addressee is not None:
            return event.addressee
        called = (a.slots.get("called_id") for a in event.acts if a.kind == "call")
        return next((str(c) for c in called if c), None)

    @staticmethod
    def verb(event: Event) -> NarrationVerb | None:
        """The narration verb of an event, if it is a narration line."""
        return event.narration.verb if event.narration else None

    def acted(self, cid: str, station: str | None, after: int = 0) -> list[int]:
        """Lines at which a station took charge of the casualty by a narrated act
        (recovered, towed, escorted, arrived on scene): observed, so certain, unlike
        an announcement it may have followed."""
        return [e.line for e in self.index.taking_charge.get((cid, station), ()) if e.line >= after]

    # -- stations
    def station(self, sid: str | None) -> Station | None:
        """The station with this id."""
        return self.context.station(sid) if sid else None

    def party(self, sid: str | None) -> str | None:
        """The party a station answers to (its flag when it has no party), as the
        protocol's ledgers name it."""
        return self.context.party_of(sid)

    def role(self, sid: str | None) -> Role | None:
        """The station's role: vessel, rcc, shore, aircraft, casualty, unknown."""
        st = self.station(sid)
        return st.role if st else None

    def state_unit(self, sid: str | None) -> bool:
        """Whether a station is a unit acting for its party (navy, border force...)."""
        st = self.station(sid)
        if st is None or st.role in ("casualty", "unknown"):
            return False
        unit = st.unit or ("state" if st.role in ("rcc", "aircraft") else "private")
        return unit == "state"

    def name(self, party: str | None) -> str:
        """A party's name for explanations ("France", "the United Kingdom"); its code
        when it has none."""
        if not party:
            return "nobody"
        name = self.context.parties.get(party, party)
        plural = name.split()[0] in ("United", "Netherlands", "Republic", "Kingdom")
        return f"the {name}" if plural else name

    # -- casualties
    @cached_property
    def casualties(self) -> list[Casualty]:
        """Every casualty of the transcript."""
        return list(self.timeline.casualties)

    def distress_line(self, cid: str) -> int | None:
        """The first line after which the casualty was in distress."""
        return self.index.distress.get(cid)

    def casualty(self, cid: str) -> Casualty | None:
        """The casualty with this id."""
        return self.index.casualties.get(cid)

    def state(self, cid: str, line: int) -> CasualtyState | None:
        """The casualty's state after ``line``."""
        st = self.index.states(cid)
        at = st.upto(line) if st else 0
        return st.states[at - 1] if st and at else None

    def ledger(self, cid: str, level: Level | None = None) -> list[ResponsibilitySpan]:
        """The intervals of a level (the rule's own by default) for a casualty."""
        return list(self.index.ledgers.get((cid, level or self.level or "coordination"), ()))

    # -- zones
    def zone(self, zid: str) -> ZoneInfo | None:
        """The zone with this id."""
        return self.context.zones.get(zid)

    def zones_at(self, cid: str, line: int) -> list[str]:
        """The zones the casualty was in after ``line`` (empty when unknown)."""
        st = self.state(cid, line)
        return list(st.zones) if st else []

    def placed_at(self, cid: str, line: int) -> int | None:
        """The line whose placement is in force at ``line``: the last state change
        before it that set the zones (the line a zone-based verdict rests on)."""
        st = self.index.states(cid)
        at = st.upto(line) if st else 0
        return st.placed[at - 1] if st and at else None

    def moved(self, cid: str, line: int) -> int | None:
        """A line between the placement in force at ``line`` and ``line`` itself at which
        the casualty got under way (escorted, towed, proceeding): its position at
        ``line`` is then no longer the one last reported."""
        at = self.placed_at(cid, line)
        if at is None:
            return None
        return next((e.line for e in self.index.moving.get(cid, ()) if at < e.line < line), None)

    def near(self, cid: str, line: int) -> bool:
        """Whether the placement in force at ``line`` lay within 0.1 nm of a border."""
        cas = self.casualty(cid)
        at = self.placed_at(cid, line)
        return bool(cas and at is not None and at in cas.near_boundary)

    def certain(self, zid: str, zones: list[str]) -> bool:
        """Whether membership of ``zid`` is certain: the zone is not approximate, or a
        zone the casualty is in that is not approximate lies within it (a position
        inside French waters is inside the French region, however the region's
        reported outer edge is drawn)."""
        zone = self.zone(zid)
        if zone is None or not zone.approximate:
            return True
        for other in zones:
            inner = self.zone(other)
            if inner is not None and not inner.approximate and zid in self._outer(other):
                return True
        return False

    def _outer(self, zid: str) -> list[str]:
        """The zones ``zid`` is part of, innermost first."""
        chain: list[str] = []
        z = self.zone(zid)
        while z is not None and z.part_of and z.part_of not in chain:
            chain.append(z.part_of)
            z = self.zone(z.part_of)
        return chain

    def zone_doubt(self, cid: str, line: int, zid: str) -> str | None:
        """Why a verdict resting on ``zid`` at ``line`` is uncertain, or None."""
        if self.near(cid, line):
            at = self.placed_at(cid, line)
            return f"the position (line {at}) lies within 0.1 nm of a border"
        if not self.certain(zid, self.zones_at(cid, line)):
            return f"{zid} is an approximate zone (reported, not published)"
        return None

    # -- time
    def seconds(self, line: int) -> float | None:
        """The time of a line in seconds (None when the line has no time)."""
        e = self.event(line)
        if e is None:
            return None
        if e.time is not None:
            return e.time.timestamp()
        return e.seconds

    def elapsed(self, start: int, end: int) -> float | None:
        """Seconds from one line to another (None when either has no time)."""
        a, b = self.seconds(start), self.seconds(end)
        return None if a is None or b is None else b - a

    def last_time(self) -> float | None:
        """The time of the last timed line: how far the transcript reaches."""
        return self.index.last_time
