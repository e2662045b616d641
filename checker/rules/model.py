"""The rules stage's public model: one verdict of one rule (see RULES.md, "Outcomes")."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from checker.vocabulary import Outcome, Severity

#: The most evidence lines a verdict lists; the rest are counted in
#: ``evidence_omitted``. Without a cap a report can grow with the square of the
#: transcript (measured: benchmarks/README.md, 'rules.model.EVIDENCE_CAP'); no
#: shipped verdict cites more than seven.
EVIDENCE_CAP = 20


class Verdict(BaseModel):
    """A rule's verdict for a party and a casualty (or an exchange), with evidence."""

    model_config = ConfigDict(extra="forbid")

    rule: str
    name: str
    title: str | None = None
    outcome: Outcome
    severity: Severity
    party: str | None = None
    casualty: str | None = None
    station: str | None = Field(default=None, description="The station the verdict is about")
    evidence: list[int] = Field(default_factory=list)
    evidence_omitted: int = Field(
        default=0,
        ge=0,
        description="Evidence lines beyond the first EVIDENCE_CAP, counted, not listed "
        "(the key is left out when none are)",
    )
    excused_by: str | None = None
    explanation: str
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    provenance: str | None = None
    suppressed: str | None = None

    def evidence_text(self) -> str:
        """The evidence lines as a report cell lists them: ``14, 15, 17``, then
        ``and 1,980 more`` when the list was bounded."""
        listed = ", ".join(map(str, self.evidence))
        if not self.evidence_omitted:
            return listed
        return f"{listed}, and {self.evidence_omitted:,} more"

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> Any:
        """Leave ``evidence_omitted`` out when it is 0: a report with every verdict's
        evidence listed in full stays byte-identical to one written before the key
        existed (REPORT.md: keys are added, never changed)."""
        data: dict[str, Any] = handler(self)
        if not data.get("evidence_omitted"):
            data.pop("evidence_omitted", None)
        return data
