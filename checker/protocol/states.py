"""A casualty's SAR phase, operation, closure and persons, driven by a data table.

The table (``data/transitions.toml``) says what each narration verb and speech act
does; this module only applies it. An event that makes no sense in the current
state (landing persons who were never recovered) is a warning, not an exception,
and the transition still applies: the transcript is evidence, and the reviewer must
see both what it says and why it looks wrong.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict

from checker.defaults import empty_dict, empty_list
from checker.protocol.model import (
    CasualtyFinal,
    CasualtyState,
    Closure,
    Operation,
    Persons,
    Phase,
    PhaseAssessment,
)

PHASES: tuple[Phase, ...] = ("unknown", "uncertainty", "alert", "distress")
PersonCount = Literal["on_board", "in_water", "recovered", "landed", "missing", "dead"]
#: Counts that are a state of the whole casualty, told rather than logged: however
#: many stations say them, and whoever says them, they are one count.
TOLD: tuple[PersonCount, ...] = ("missing", "in_water")


class Inconsistency(NamedTuple):
    """What an event makes no sense of: the diagnostic's code and its message. RC301: the
    event does not fit the casualty's operation; RC302: the persons do not add up."""

    code: Literal["RC301", "RC302"]
    message: str


class Transition(BaseModel):
    """One row of the transition table."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    phase: Phase | None = None
    operation: Operation | None = None
    closure: Closure | None = None
    persons: PersonCount | None = None
    invalid_when: tuple[Operation, ...] = ()
    reopens: bool = False


@cache
def table() -> dict[str, Transition]:
    """The transition table: ``narration:VERB`` and ``act:KIND`` keys."""
    raw = tomllib.loads((Path(__file__).parent / "data" / "transitions.toml").read_text("utf-8"))
    out: dict[str, Transition] = {}
    for group in ("narration", "act"):
        for key, row in raw.get(group, {}).items():
            out[f"{group}:{key}"] = Transition.model_validate(row)
    return out


@dataclass
class Tracker:
    """The running state of one casualty."""

    id: str
    phase: Phase = "unknown"
    operation: Operation = "none"
    closure: Closure | None = None
    persons: Persons = field(default_factory=Persons)
    zones: tuple[str, ...] = ()
    zones_seen: list[str] = field(default_factory=empty_list)
    timeline: list[CasualtyState] = field(default_factory=empty_list)
    distress_line: int | None = None
    #: the latest phase assessment, and whether the phase was last set by one
    assessment: PhaseAssessment | None = None
    assessed_phase: bool = False
    #: the casualty itself said how many are on board: others' counts do not replace it
    own_count: bool = False
    #: persons counted, by (count, unit): what was logged (summed), what was said (the
    #: largest told)
    logged: dict[tuple[str, str | None], int] = field(default_factory=empty_dict)
    said: dict[tuple[str, str | None], int] = field(default_factory=empty_dict)

    def apply(
        self, key: str, line: int, count: int | None = None, by: str | None = None
    ) -> list[Inconsistency]:
        """Apply one trigger; return what it made no sense of (``by``: the unit that
        logged or said a count of its own, None for a centre's or nobody's)."""
        row = table().get(key)
        if row is None:
            return []
        problems: list[Inconsistency] = []
        if self.operation in row.invalid_when:
            what = key.split(":", 1)[1]
            problems.append(
                Inconsistency(
                    code="RC301", message=f"{what} while the casualty is {self.operation}"
                )
            )
        if self.closure is not None and row.reopens:
            self.closure = None
        if row.phase is not None and PHASES.index(row.phase) > PHASES.index(self.phase):
            self.phase = row.phase
            self.assessed_phase = False
            if row.phase == "distress" and self.distress_line is None:
                self.distress_line = line
        if row.operation is not None:
            self.operation = row.operation
        if row.closure is not None:
            self.closure = row.closure
        if row.persons is not None and count is not None:
            # what is said ("we have recovered three", "reports 4 persons missing") is
            # a state told, what is logged (recoveries, landings, bodies) adds up
            said = key.startswith("act:") or row.persons in TOLD
            problems.extend(self.count(row.persons, count, said=said, by=by))
        return problems

    def assess(self, assessment: PhaseAssessment) -> None:
        """A station's assessment of the phase (``phase.assess``), recorded in force.

        A positive one raises the phase, or revises one that an earlier assessment set;
        it never lowers a phase set by what happened (a MAYDAY, persons in the water).
        A negated one ("I'm not in the distress phase") changes no phase: it is kept
        beside the phase, for the rules and the report to cite."""
        self.assessment = assessment
        if assessment.negated:
            return
        rank, now = PHASES.index(assessment.phase), PHASES.index(self.phase)
        if rank > now or (rank < now and self.assessed_phase):
            self.phase = assessment.phase
            self.assessed_phase = True
            if assessment.phase == "distress" and self.distress_line is None:
                self.distress_line = assessment.line

    def count(
        self, which: PersonCount, n: int, *, said: bool = False, by: str | None = None
    ) -> list[Inconsistency]:
        """Add persons to a count; say when the counts stop adding up.

        The number on board is the latest said, but once the casualty itself has said
        it, only the casualty changes it (a relay that says three of the four its
        MAYDAY gave does not make the fourth disappear). A count
        logged (``* X recovers 3 persons``) adds up; a count said in speech ("nous avons
        récupéré trois personnes", "four missing") is the state the speaker tells, so
        the same persons told again, or told and logged, are not counted twice. Per
        unit (``by``), the larger of what it logged and what it said counts, and the
        units add up; what a centre tells, or a state of the whole casualty (the
        missing, those in the water), is the casualty's count when it is larger."""
        p = self.persons
        if which == "on_board":
            own = by == self.id
            if p.on_board is None or own or not self.own_count:
                p.on_board = n
                self.own_count = self.own_count or own
            return []
        unit = None if which in TOLD else by
        tally = self.said if said else self.logged
        key = (which, unit)
        tally[key] = max(tally.get(key, 0), n) if said else tally.get(key, 0) + n
        units = {u for w, u in (*self.said, *self.logged) if w == which and u is not None}
        summed = sum(
            max(self.said.get((which, u), 0), self.logged.get((which, u), 0)) for u in units
        )
        told = max(self.said.get((which, None), 0), self.logged.get((which, None), 0))
        setattr(p, which, max(summed, told))
        if which == "landed" and p.landed > p.recovered:
            msg = f"{p.landed} persons landed but only {p.recovered} recovered"
            return [Inconsistency(code="RC302", message=msg)]
        if which == "recovered" and p.on_board is not None and p.recovered + p.dead > p.on_board:
            msg = f"{p.recovered} persons recovered of {p.on_board} reported on board"
            return [Inconsistency(code="RC302", message=msg)]
        return []

    def place(self, zones: tuple[str, ...]) -> None:
        """The casualty is now in these zones."""
        self.zones = zones
        for z in zones:
            if z not in self.zones_seen:
                self.zones_seen.append(z)

    def snapshot(self, line: int) -> None:
        """Record the state after a line, if it changed."""
        state = CasualtyState(
            line=line,
            phase=self.phase,
            operation=self.operation,
            zones=list(self.zones),
            closed=self.closure is not None,
            closure=self.closure,
            assessment=self.assessment,
        )
        last = self.timeline[-1] if self.timeline else None
        if last is None or replace(last, line=line) != state:
            self.timeline.append(state)

    def final(self) -> CasualtyFinal:
        """The state at the end of the transcript."""
        return CasualtyFinal(
            phase=self.phase,
            operation=self.operation,
            closed=self.closure is not None,
            closure=self.closure,
        )
