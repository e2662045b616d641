"""The ``Report``: everything a check found about one file (REPORT.md).

``radiocheck check --format json`` prints ``[report.model_dump(mode="json"), ...]``;
``radiocheck schema report`` prints :func:`report_json_schema`. Add keys freely; never
remove or rename one without bumping :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from checker.context import Station
from checker.diagnostics import Diagnostic
from checker.protocol.model import Casualty, Event, ResponsibilitySpan
from checker.protocol.speakers import SpeakerMapping
from checker.rules.model import Verdict
from checker.ruleset.schema import SCHEMA_ID_BASE, RuleSpec
from checker.transcript.model import Expectation, LineCounts

SCHEMA_VERSION = 1


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


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
    chain: list[str] = Field(default_factory=list)


class Summary(LineCounts):
    """Counts that reconcile with the file (``lines`` is the sum of the line kinds, as
    the reader counted them), and what the check found."""

    unclassified: int = 0
    violations: int = 0
    errors: int = 0
    uncertain: int = 0
    diagnostics: int = 0


class Report(_Model):
    """One checked file."""

    schema_version: int = SCHEMA_VERSION
    tool: ToolInfo
    source: SourceInfo
    title: str | None = None
    checked: bool = Field(
        description="False when the file had errors and was only read, not checked"
    )
    stages: list[str] = Field(default_factory=list, description="The pipeline stages that ran")
    ruleset: RulesetInfo | None = None
    stations: list[Station] = Field(default_factory=list)
    speakers: list[SpeakerMapping] = Field(
        default_factory=list,
        description="Anonymous recogniser speaker labels mapped to stations by call-ups",
    )
    events: list[Event] = Field(default_factory=list)
    casualties: list[Casualty] = Field(default_factory=list)
    responsibility: list[ResponsibilitySpan] = Field(default_factory=list)
    verdicts: list[Verdict] = Field(default_factory=list)
    expectations: list[Expectation] = Field(default_factory=list)
    diagnostics: list[Diagnostic] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)

    #: Seconds the check took (``None`` when not measured, as for a report read back
    #: from JSON). Private, so neither the JSON nor its schema changes, and a re-run of
    #: the same file gives the same JSON; JUnit's ``time`` attributes read it.
    _seconds: float | None = PrivateAttr(default=None)
    #: The specs of the rules the verdicts came from, by code, so that SARIF can give
    #: each rule its rationale and source without loading the rule set again.
    _rules: dict[str, RuleSpec] = PrivateAttr(default_factory=dict)

    def __eq__(self, other: object) -> bool:
        """Two reports are equal when they say the same: the private timing and rule
        specs (which pydantic would compare too) are not part of what a report says."""
        if not isinstance(other, Report):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # mutable, as every pydantic model


def report_json_schema() -> dict[str, Any]:
    """The JSON Schema of ``check --format json`` output: an array of reports."""
    schema = Report.model_json_schema(mode="serialization")
    defs = schema.pop("$defs", {})
    # A verdict drops its ``evidence_omitted`` key when it is 0 (a wrap serializer,
    # which hides the fields from the serialization schema): its fields are the
    # validation schema's.
    defs["Verdict"] = Verdict.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_ID_BASE}:report:v{SCHEMA_VERSION}",
        "title": "radiocheck report",
        "type": "array",
        "items": {"$ref": "#/$defs/Report"},
        "$defs": {**defs, "Report": schema},
    }
