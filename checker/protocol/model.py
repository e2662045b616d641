"""The protocol stage's public models: events, casualties and responsibility spans.

Field names and values are the contract of REPORT.md ("Contract values").

They are slotted stdlib dataclasses, as :class:`~checker.phraseology.model.SpeechAct`
is (see there why): a long file holds an :class:`Event` per line. pydantic validates,
dumps and describes them inside a report as it did the models they replace.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated, ClassVar, Literal

from pydantic import ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from checker.defaults import empty_list
from checker.phraseology.model import PublishedActKind, SpeechAct, omit_none
from checker.transcript.model import Narration
from checker.vocabulary import Ending, Level, LineKind, Medium

Phase = Literal["unknown", "uncertainty", "alert", "distress"]
Operation = Literal[
    "none",
    "shadowed",
    "escorted",
    "tasked",
    "on-scene",
    "rescue",
    "recovered",
    "landed",
    "lost-contact",
]
Closure = Literal["case-closed", "search-suspended", "search-terminated", "distress-ended"]
How = Literal[
    "first-contact",
    "by-region",
    "assumed",
    "handed-over",
    "none",
    "tasked",
    "consented",
    "acquiesced",
]


@dataclass(slots=True, kw_only=True)
class Event:
    """An utterance or narration line with its stations resolved and its acts.

    ``speaker`` and ``addressee`` are station ids (``ALL`` for all stations);
    ``speaker_name`` and ``addressee_name`` keep the names as written.
    """

    __pydantic_config__: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    line: int
    end_line: int
    kind: LineKind
    time: datetime | None = None
    clock: str | None = None
    seconds: float | None = None
    speaker: str | None = None
    speaker_name: str | None = None
    addressee: str | None = None
    addressee_name: str | None = None
    medium: Medium = "radio"
    text: str | None = None
    primary: PublishedActKind | None = None
    acts: list[SpeechAct] = field(default_factory=empty_list)
    overridden: bool = False
    override_reason: str | None = None
    ends_with: Ending | None = None
    markers: list[str] = field(default_factory=empty_list)
    language: str | None = None
    narration: Narration | None = None
    suppressed: list[str] = field(default_factory=empty_list)
    casualties: list[str] = field(default_factory=empty_list)
    confidence: Annotated[float, Field(ge=0.0, le=1.0)] = 1.0
    low_confidence_words: list[str] = field(default_factory=empty_list)


@dataclass(slots=True, kw_only=True)
class Persons:
    """Persons of a casualty; ``on_board`` as first reported or declared."""

    __pydantic_config__: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    on_board: int | None = None
    in_water: int = 0
    recovered: int = 0
    landed: int = 0
    missing: int = 0
    dead: int = 0


@dataclass(slots=True, kw_only=True)
class PhaseAssessment:
    """A ``phase.assess`` act about a casualty: the SAR phase a station says it holds
    the case in (``negated``: that it is *not* in that phase), from which line."""

    __pydantic_config__: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    line: int
    phase: Literal["uncertainty", "alert", "distress"]
    negated: bool = False
    by: str | None = None
    reason: str | None = None


@dataclass(slots=True, kw_only=True)
class CasualtyState:
    """A casualty's state after one line. ``assessment`` is the latest phase
    assessment in force (left out of the JSON when there is none): a negated one does
    not lower the phase, so a rule can set what the RCC said beside what was known."""

    __pydantic_config__: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    line: int
    phase: Phase
    operation: Operation
    zones: list[str] = field(default_factory=empty_list)
    closed: bool = False
    closure: Closure | None = None
    assessment: PhaseAssessment | None = None

    # No return annotation: pydantic would take it for the JSON schema of the state.
    @model_serializer(mode="wrap")
    def _omit_absent(self, handler: SerializerFunctionWrapHandler):  # type: ignore[no-untyped-def]
        return omit_none(handler(self), self, ("assessment",))


@dataclass(slots=True, kw_only=True)
class CasualtyFinal:
    """A casualty's state at the end of the transcript."""

    __pydantic_config__: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    phase: Phase
    operation: Operation
    closed: bool = False
    closure: Closure | None = None


@dataclass(slots=True, kw_only=True)
class Casualty:
    """A vessel or persons in distress, declared or first named in speech."""

    __pydantic_config__: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    id: str
    persons: Persons = field(default_factory=Persons)
    zones: list[str] = field(default_factory=empty_list)
    timeline: list[CasualtyState] = field(default_factory=empty_list)
    final: CasualtyFinal
    near_boundary: Annotated[
        list[int], Field(description="Lines whose position lies within 0.1 nm of a border")
    ] = field(default_factory=empty_list)


@dataclass(slots=True, kw_only=True)
class ResponsibilitySpan:
    """One interval of a responsibility ledger (docs/architecture.md, "The protocol
    and the two ledgers")."""

    __pydantic_config__: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    casualty: str
    level: Level
    party: str | None
    station: str | None = None
    how: How
    from_line: int
    to_line: int | None = None
    evidence: list[int] = field(default_factory=empty_list)
    confidence: Annotated[float, Field(ge=0.0, le=1.0)] = 1.0
    aware: bool | None = None
    note: str | None = None
