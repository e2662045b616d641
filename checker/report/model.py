"""The ``Report``: everything a check found about one file (REPORT.md).

``radiocheck check --format json`` prints ``[report.model_dump(mode="json"), ...]``;
``radiocheck schema report`` prints :func:`report_json_schema`. Add keys freely; never
remove or rename one without bumping :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from checker._version import __version__
from checker.context import Context, Station
from checker.defaults import empty_dict, empty_list
from checker.diagnostics import Diagnostic
from checker.protocol.model import Casualty, Event, ResponsibilitySpan
from checker.protocol.speakers import SpeakerMapping
from checker.report.dump import adapter
from checker.resources import grammar_sha256
from checker.rules.model import Verdict
from checker.ruleset.schema import SCHEMA_ID_BASE, RuleSet, RuleSpec
from checker.transcript.model import Expectation, LineCounts, Transcript

if TYPE_CHECKING:
    from checker.phraseology.utterances import Classified
    from checker.protocol.resolve import Resolved
    from checker.protocol.timeline import Timeline

SCHEMA_VERSION = 1
#: The stages a checked report ran, and those of one that was only read (its
#: transcript or context had errors): the lines are still resolved into events.
CHECKED_STAGES = ("read", "load", "context", "classify", "resolve", "protocol", "rules")
READ_STAGES = ("read", "load", "context", "resolve")


class _Model(BaseModel):
    # defer_build, as every radiocheck model: a model's schema, validator and serialiser
    # are made when it is first used, so that a run builds only the models it validates
    # or dumps (measured: benchmarks/README.md, 'defer_build')
    model_config = ConfigDict(extra="forbid", defer_build=True)


class ToolInfo(_Model):
    """The tool and the exact grammar and lexicon that produced the report."""

    name: str = "radiocheck"
    version: str
    grammar_sha256: str
    lexicon_sha256: str | None = None


class SourceInfo(_Model):
    """The input file."""

    path: str | None
    format: str
    sha256: str


class RulesetInfo(_Model):
    """The rule set the transcript was judged by."""

    id: str
    title: str
    version: str
    sha256: str
    chain: list[str] = Field(default_factory=empty_list)


class Summary(LineCounts):
    """Counts that reconcile with the file (``lines`` is the sum of the line kinds, as
    the reader counted them), and what the check found."""

    unclassified: int = 0
    violations: int = 0
    errors: int = 0
    uncertain: int = 0
    diagnostics: int = 0

    @classmethod
    def of(
        cls,
        counts: LineCounts,
        events: Sequence[Event],
        verdicts: Sequence[Verdict],
        diagnostics: Sequence[Diagnostic],
    ) -> Summary:
        """The summary of a report: how every line was read (``counts``: they add up
        to ``lines``), and what the check found; suppressed verdicts are not counted."""
        counted = [v for v in verdicts if not v.suppressed]
        return cls.model_construct(  # of counts: not validated
            **dict(counts),
            unclassified=sum(1 for e in events if e.primary == "unclassified"),
            violations=sum(1 for v in counted if v.outcome == "violated"),
            errors=sum(1 for v in counted if v.outcome == "violated" and v.severity == "error"),
            uncertain=sum(1 for v in counted if v.outcome == "uncertain"),
            diagnostics=len(diagnostics),
        )


class Report(_Model):
    """One checked file."""

    schema_version: int = SCHEMA_VERSION
    tool: ToolInfo
    source: SourceInfo
    title: str | None = None
    checked: bool = Field(
        description="False when the file had errors and was only read, not checked"
    )
    stages: list[str] = Field(
        default_factory=empty_list, description="The pipeline stages that ran"
    )
    ruleset: RulesetInfo | None = None
    stations: list[Station] = Field(default_factory=empty_list)
    speakers: list[SpeakerMapping] = Field(
        default_factory=empty_list,
        description="Anonymous recogniser speaker labels mapped to stations by call-ups",
    )
    events: list[Event] = Field(default_factory=empty_list)
    casualties: list[Casualty] = Field(default_factory=empty_list)
    responsibility: list[ResponsibilitySpan] = Field(default_factory=empty_list)
    verdicts: list[Verdict] = Field(default_factory=empty_list)
    expectations: list[Expectation] = Field(default_factory=empty_list)
    diagnostics: list[Diagnostic] = Field(default_factory=empty_list)
    summary: Summary = Field(default_factory=Summary)

    #: Seconds the check took (``None`` when not measured, as for a report read back
    #: from JSON). Private, so neither the JSON nor its schema changes, and a re-run of
    #: the same file gives the same JSON; JUnit's ``time`` attributes read it.
    _seconds: float | None = PrivateAttr(default=None)
    #: The specs of the rules the verdicts came from, by code, so that SARIF can give
    #: each rule its rationale and source without loading the rule set again.
    _rules: dict[str, RuleSpec] = PrivateAttr(default_factory=empty_dict)

    def __eq__(self, other: object) -> bool:
        """Two reports are equal when they say the same: the private timing and rule
        specs (which pydantic would compare too) are not part of what a report says."""
        if not isinstance(other, Report):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # mutable, as every pydantic model

    @classmethod
    def of(  # noqa: PLR0913, PLR0917  one argument per stage's result, in pipeline order
        cls,
        transcript: Transcript,
        rules: RuleSet,
        context: Context,
        diagnostics: list[Diagnostic],
        started: float,
        classified: Classified,
        resolved: Resolved,
        timeline: Timeline,
        verdicts: list[Verdict],
    ) -> Report:
        """The report of a checked transcript, from the result of each stage; the
        diagnostics of reading are followed by those of each later stage in turn.
        ``started`` is the :func:`time.perf_counter` at which the check began."""
        report = cls._made(
            transcript,
            rules,
            context,
            [*diagnostics, *classified.diagnostics, *resolved.diagnostics, *timeline.diagnostics],
            checked=True,
            lexicon_sha256=classified.lexicon_sha256,
            speakers=resolved.speakers,
            events=resolved.events,
            casualties=timeline.casualties,
            responsibility=timeline.responsibility,
            verdicts=verdicts,
        )
        codes = {v.rule for v in verdicts}
        report._rules = {r.code: r for r in rules.rules if r.code in codes}
        report._seconds = time.perf_counter() - started
        return report

    @classmethod
    def unchecked(  # noqa: PLR0913, PLR0917  what the stages before the failed one made
        cls,
        transcript: Transcript,
        rules: RuleSet,
        context: Context,
        events: list[Event],
        diagnostics: list[Diagnostic],
        started: float,
    ) -> Report:
        """The report of a transcript that was read but not checked (it has errors):
        its lines as events, and the diagnostics that say why."""
        report = cls._made(transcript, rules, context, diagnostics, checked=False, events=events)
        report._seconds = time.perf_counter() - started
        return report

    @classmethod
    def _made(  # noqa: PLR0913  a report's fields, keyword-only past its source
        cls,
        t: Transcript,
        rules: RuleSet,
        context: Context,
        diagnostics: list[Diagnostic],
        *,
        checked: bool,
        events: list[Event],
        lexicon_sha256: str | None = None,
        speakers: list[SpeakerMapping] | None = None,
        casualties: list[Casualty] | None = None,
        responsibility: list[ResponsibilitySpan] | None = None,
        verdicts: list[Verdict] | None = None,
    ) -> Report:
        """What every report says of its source, tool and rule set, with what was found.

        Made of the stages' own values, it is constructed, not validated: its lists are
        copied as validation copied them, and its schema (the costliest of all) is built
        only when a report is dumped, never for the text formats (measured:
        benchmarks/README.md, 'report.model.Report._made')."""
        return cls.model_construct(
            tool=ToolInfo.model_construct(
                version=__version__, grammar_sha256=grammar_sha256(), lexicon_sha256=lexicon_sha256
            ),
            source=SourceInfo.model_construct(path=t.path, format=t.format, sha256=t.sha256),
            title=t.header.title,
            checked=checked,
            stages=list(CHECKED_STAGES if checked else READ_STAGES),
            ruleset=RulesetInfo.model_construct(
                id=rules.id,
                title=rules.title,
                version=rules.version,
                sha256=rules.sha256,
                chain=list(rules.chain),
            ),
            stations=list(context.stations.values()),
            speakers=list(speakers or ()),
            events=list(events),
            casualties=list(casualties or ()),
            responsibility=list(responsibility or ()),
            verdicts=list(verdicts or ()),
            expectations=list(t.expectations),
            diagnostics=list(diagnostics),
            summary=Summary.of(t.counts, events, verdicts or [], diagnostics),
        )

    def warn(self, diagnostics: Sequence[Diagnostic]) -> None:
        """Add diagnostics found on the finished report (unmet ``@expect`` lines)."""
        self.diagnostics.extend(diagnostics)
        self.summary.diagnostics = len(self.diagnostics)


def report_json_schema() -> dict[str, Any]:
    """The JSON Schema of ``check --format json`` output: an array of reports."""
    schema = Report.model_json_schema(mode="serialization")
    defs = schema.pop("$defs", {})
    # A verdict drops its ``evidence_omitted`` key when it is 0 (a wrap serializer,
    # which hides the fields from the serialization schema): its fields are the
    # validation schema's.
    defs["Verdict"] = adapter(Verdict).json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_ID_BASE}:report:v{SCHEMA_VERSION}",
        "title": "radiocheck report",
        "type": "array",
        "items": {"$ref": "#/$defs/Report"},
        "$defs": {**defs, "Report": schema},
    }
