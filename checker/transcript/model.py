"""The ``Transcript`` model: a file as written, before anything is interpreted.

The read stage records names exactly as typed (``French warship``), times as written
plus their absolute reading, and where each thing sits in the file. Resolving names to
stations, and words to speech acts, belongs to later stages.

A :class:`Line` is a slotted stdlib dataclass, as
:class:`~checker.phraseology.model.SpeechAct` is (see there why): a long file holds
one per line, made by the reader from what it parsed. What comes from outside and is
worth validating stays pydantic: the directives, and what a recogniser said
(:class:`Recognition`, :class:`Word`, read from its JSON).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from checker.defaults import empty_dict, empty_list
from checker.diagnostics import Diagnostic
from checker.transcript.track import Track
from checker.vocabulary import ActKind, Level, LineKind, Medium, NarrationVerb, Role, Unit, ZoneKind


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class StationDecl(_Model):
    """An ``@station`` directive."""

    id: str
    role: Role
    party: str | None = None
    unit: Unit | None = None
    flag: str | None = None
    aliases: list[str] = Field(default_factory=empty_list)
    persons: int | None = None
    persons_approx: bool = False
    mmsi: str | None = None
    callsign: str | None = None
    line: int


class ZoneDecl(_Model):
    """An ``@zone`` directive: a zone of this file, or aliases for a rule-set zone."""

    id: str
    kind: ZoneKind | None = None
    party: str | None = None
    aliases: list[str] = Field(default_factory=empty_list)
    part_of: str | None = None
    line: int


class PortDecl(_Model):
    """An ``@port`` directive."""

    name: str
    party: str
    aliases: list[str] = Field(default_factory=empty_list)
    line: int


ExpectForm = Literal["responsible", "ledger", "outcome", "not-violated", "act", "acts"]


class LedgerEntry(_Model):
    """One ``PARTY[/STATION] HOW`` item of an expectation (``party`` None for ``none``)."""

    party: str | None
    station: str | None = None
    how: str | None = None


class Expectation(_Model):
    """An ``@expect`` line, parsed into its form and fields (docs/transcripts.md)."""

    form: ExpectForm
    line: int
    casualty: str | None = None
    level: Level | None = None
    entries: list[LedgerEntry] = Field(default_factory=empty_list)
    outcome: str | None = None
    rule: str | None = None
    party: str | None = None
    text: str | None = None
    kinds: list[str] = Field(default_factory=empty_list)
    source: str


class Annotation(_Model):
    """A ``# radiocheck:`` annotation: a suppression, a reviewer's override, or what a
    recogniser said about the line (``confidence=0.90 doubtful="export:0.40"``, as
    ``radiocheck convert`` writes it, so that a converted file keeps its doubt)."""

    kind: Literal["ignore", "act", "recognised"]
    rules: list[str] = Field(default_factory=empty_list)
    act: ActKind | None = None
    reason: str = ""
    confidence: float | None = None
    doubtful: dict[str, float] = Field(default_factory=empty_dict)
    line: int


class Position(_Model):
    """A position as written in a narration line, before any geometry is applied.

    ``kind`` says which form was used: ``coordinates`` (``lat``/``lon`` in decimal
    degrees), ``zone`` (a zone id or alias, in ``zone``), ``inside`` (``distance_nm``
    inside ``zone``), ``mark`` (``distance_nm`` in ``direction`` of ``mark``),
    ``median-line``.
    """

    kind: Literal["coordinates", "zone", "inside", "mark", "median-line"]
    text: str
    lat: float | None = None
    lon: float | None = None
    zone: str | None = None
    distance_nm: float | None = None
    direction: str | None = None
    mark: str | None = None


class Narration(_Model):
    """A narration line's meaning: ``SUBJECT VERB ...`` with its objects as written."""

    subject: str
    verb: NarrationVerb
    object: str | None = None
    target: str | None = None
    count: int | None = None
    position: Position | None = None
    port: str | None = None


class Word(_Model):
    """A recognised word with its timing and the recogniser's probability for it."""

    text: str
    start: float | None = None
    end: float | None = None
    probability: float | None = None
    speaker: str | None = None


class Recognition(_Model):
    """What a speech recogniser said about one cue or segment.

    ``start``/``end`` are offsets in seconds from the start of the recording;
    ``confidence`` is the segment's overall confidence in [0, 1] (from word
    probabilities or the Whisper heuristics); ``low_confidence_words`` are the words
    under the threshold, which verdicts resting on them must name.
    """

    format: str
    cue: int
    start: float | None = None
    end: float | None = None
    speaker_label: str | None = None
    words: list[Word] = Field(default_factory=empty_list)
    avg_logprob: float | None = None
    compression_ratio: float | None = None
    no_speech_prob: float | None = None
    confidence: float = 1.0
    low_confidence_words: list[str] = Field(default_factory=empty_list)


@dataclass(slots=True, kw_only=True)
class Line:
    """An utterance or a narration line, with its continuation lines joined.

    For recordings, ``line`` is the line of the ``radiocheck convert`` output (so that
    numbers are unique and follow the merged order), ``recognition`` holds the cue
    number and what the recogniser said about it, and ``source`` is the format (or
    ``sidecar`` for a line of the sidecar).
    """

    __pydantic_config__: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    kind: LineKind
    line: int
    end_line: int
    clock: str | None = None
    time: datetime | None = None
    seconds: float | None = None
    speaker: str | None = None
    speaker_column: int | None = None
    addressee: str | None = None
    addressee_column: int | None = None
    medium: Medium = "radio"
    text: str = ""
    text_column: int | None = None
    narration: Narration | None = None
    comment: str | None = None
    annotations: list[Annotation] = field(default_factory=empty_list)
    recognition: Recognition | None = None
    source: str | None = None


class LineCounts(_Model):
    """How every physical line of the file was read; the counts add up to ``lines``."""

    lines: int = 0
    utterances: int = 0
    narrations: int = 0
    continuations: int = 0
    directives: int = 0
    comments: int = 0
    blanks: int = 0
    invalid: int = 0


class Header(_Model):
    """The file-level directives."""

    title: str | None = None
    date: str | None = None
    timezone: str | None = None
    start: str | None = None
    rules: str | None = None
    rules_line: int | None = None


class Transcript(_Model):
    """Everything read from one input file."""

    path: str | None = None
    format: str = "radio"
    sha256: str
    header: Header = Field(default_factory=Header)
    stations: list[StationDecl] = Field(default_factory=empty_list)
    zones: list[ZoneDecl] = Field(default_factory=empty_list)
    ports: list[PortDecl] = Field(default_factory=empty_list)
    expectations: list[Expectation] = Field(default_factory=empty_list)
    lines: list[Line] = Field(default_factory=empty_list)
    counts: LineCounts = Field(default_factory=LineCounts)
    diagnostics: list[Diagnostic] = Field(default_factory=empty_list)
    source_lines: list[str] = Field(default_factory=empty_list, exclude=True, repr=False)
    #: AIS positions given with ``--track``, for placing stations with ``mmsi=`` in zones.
    track: Track | None = None
