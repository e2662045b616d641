"""The rules stage's public model: one verdict of one rule (see RULES.md, "Outcomes").

:class:`Verdict` is a slotted stdlib dataclass, as
:class:`~checker.phraseology.model.SpeechAct` is (see there why); pydantic validates,
dumps and describes it inside a report as it did the model it replaces.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar

from pydantic import ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from checker.defaults import empty_list
from checker.vocabulary import Outcome, Severity

#: The most evidence lines a verdict lists; the rest are counted in
#: ``evidence_omitted``. Without a cap a report can grow with the square of the
#: transcript (measured: benchmarks/README.md, 'rules.model.EVIDENCE_CAP'); no
#: shipped verdict cites more than seven.
EVIDENCE_CAP = 20


@dataclass(slots=True, kw_only=True)
class Verdict:
    """A rule's verdict for a party and a casualty (or an exchange), with evidence."""

    __pydantic_config__: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    rule: str
    name: str
    title: str | None = None
    outcome: Outcome
    severity: Severity
    party: str | None = None
    casualty: str | None = None
    station: Annotated[str | None, Field(description="The station the verdict is about")] = None
    evidence: list[int] = field(default_factory=empty_list)
    evidence_omitted: Annotated[
        int,
        Field(
            ge=0,
            description="Evidence lines beyond the first EVIDENCE_CAP, counted, not listed "
            "(the key is left out when none are)",
        ),
    ] = 0
    excused_by: str | None = None
    explanation: str
    confidence: Annotated[float, Field(ge=0.0, le=1.0)] = 1.0
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
