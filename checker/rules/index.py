"""The timeline indexed once per check, shared by every rule's view.

A rule asks the same few questions many times: the events about a casualty, what a
station said about it, the casualty's state or placement at a line, a ledger, the
last time of the transcript. Answered by a scan from the start, each question costs
the length of the transcript, and a rule that asks it per event or per casualty is
quadratic: on one file of 64,000 utterances (a day of a busy channel) the rules took
longer than everything else together. :class:`Index` answers each in constant or
logarithmic time from tables made once, on first use, for all the rules of a check.

Lines are in file order for a typed transcript, but a recording merged with its
sidecar interleaves the lines of two files by time; a look-up "up to line N" is
therefore made on the running maximum of the lines, which finds what a scan from the
start that stops at the first later line finds, sorted or not.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

from checker.protocol.model import Casualty, CasualtyState, Event, ResponsibilitySpan
from checker.protocol.timeline import Timeline
from checker.vocabulary import TAKING_CHARGE, NarrationVerb

#: Narration that moves the casualty: a unit escorting or towing it, or the casualty
#: itself proceeding or leaving. A rescuer that proceeds *to* it moves only itself.
MOVES_IT: frozenset[NarrationVerb] = frozenset({"escorts", "takes-in-tow"})
MOVES_ITSELF: frozenset[NarrationVerb] = frozenset({"proceeds", "departs"})


@dataclass(frozen=True)
class _States:
    """A casualty's states with the running maximum of their lines, and the line of
    the placement in force after each (None while it was in no zone)."""

    states: list[CasualtyState]
    reach: list[int]
    placed: list[int | None]

    def upto(self, line: int) -> int:
        """How many states a scan from the start reads before one after ``line``."""
        return bisect.bisect_right(self.reach, line)


def _verb(event: Event) -> str | None:
    return event.narration.verb if event.narration else None


class Index:
    """Tables of one timeline, each made on first use."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline

    @cached_property
    def lines(self) -> dict[int, Event]:
        """The event that starts at each line."""
        return {e.line: e for e in self.timeline.events}

    @cached_property
    def about(self) -> dict[str, tuple[Event, ...]]:
        """The events that concern each casualty, in order."""
        index: dict[str, list[Event]] = {}
        for e in self.timeline.events:
            for cid in dict.fromkeys(e.casualties):
                index.setdefault(cid, []).append(e)
        return {cid: tuple(events) for cid, events in index.items()}

    @cached_property
    def about_by(self) -> dict[tuple[str, str | None], tuple[Event, ...]]:
        """The events about each casualty by each speaker, in order."""
        index: dict[tuple[str, str | None], list[Event]] = {}
        for cid, events in self.about.items():
            for e in events:
                index.setdefault((cid, e.speaker), []).append(e)
        return {key: tuple(events) for key, events in index.items()}

    @cached_property
    def spoken_by(self) -> dict[str | None, list[int]]:
        """The lines of each speaker's events, in order."""
        index: dict[str | None, list[int]] = {}
        for e in self.timeline.events:
            index.setdefault(e.speaker, []).append(e.line)
        return index

    @cached_property
    def casualties(self) -> dict[str, Casualty]:
        """Each casualty by its id (the first, were an id given twice)."""
        index: dict[str, Casualty] = {}
        for cas in self.timeline.casualties:
            index.setdefault(cas.id, cas)
        return index

    @cached_property
    def ledgers(self) -> dict[tuple[str, str], tuple[ResponsibilitySpan, ...]]:
        """The intervals of each casualty and level, in order."""
        index: dict[tuple[str, str], list[ResponsibilitySpan]] = {}
        for s in self.timeline.responsibility:
            index.setdefault((s.casualty, s.level), []).append(s)
        return {key: tuple(spans) for key, spans in index.items()}

    @cached_property
    def distress(self) -> dict[str, int]:
        """The first line after which each casualty was in distress."""
        out: dict[str, int] = {}
        for cid, cas in self.casualties.items():
            line = next((s.line for s in cas.timeline if s.phase == "distress"), None)
            if line is not None:
                out[cid] = line
        return out

    def states(self, cid: str) -> _States | None:
        """The states of a casualty, ready for look-ups by line."""
        return self._states.get(cid)

    @cached_property
    def _states(self) -> dict[str, _States]:
        out: dict[str, _States] = {}
        for cid, cas in self.casualties.items():
            placed: list[int | None] = []
            found: int | None = None
            zones: list[str] = []
            for st in cas.timeline:
                if st.zones != zones:
                    found, zones = st.line, st.zones
                placed.append(found if zones else None)
            reach = list(accumulate((s.line for s in cas.timeline), max))
            out[cid] = _States(cas.timeline, reach, placed)
        return out

    @cached_property
    def moving(self) -> dict[str, tuple[Event, ...]]:
        """The events by which each casualty got under way: escorted, towed, or
        proceeding or leaving of its own."""
        return {
            cid: moves
            for cid, events in self.about.items()
            if (
                moves := tuple(
                    e
                    for e in events
                    if _verb(e) in MOVES_IT or (_verb(e) in MOVES_ITSELF and e.speaker == cid)
                )
            )
        }

    @cached_property
    def taking_charge(self) -> dict[tuple[str, str | None], tuple[Event, ...]]:
        """The narrated acts by which each station took charge of each casualty."""
        return {
            key: acts
            for key, events in self.about_by.items()
            if (acts := tuple(e for e in events if _verb(e) in TAKING_CHARGE))
        }

    @cached_property
    def last_time(self) -> float | None:
        """The time in seconds of the last timed line: how far the transcript reaches
        (the event at a line being the last that starts there, as :attr:`lines` has it)."""
        times = []
        for e in self.timeline.events:
            at = self.lines[e.line]
            t = at.time.timestamp() if at.time is not None else at.seconds
            if t is not None:
                times.append(t)
        return max(times) if times else None
