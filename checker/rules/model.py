"""The rules stage's public model: one verdict of one rule (see RULES.md, "Outcomes")."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Outcome = Literal["satisfied", "violated", "excused", "not-applicable", "uncertain"]
OUTCOMES: tuple[str, ...] = ("satisfied", "violated", "excused", "not-applicable", "uncertain")


class Verdict(BaseModel):
    """A rule's verdict for a party and a casualty (or an exchange), with evidence."""

    model_config = ConfigDict(extra="forbid")

    rule: str
    name: str
    title: str | None = None
    outcome: Outcome
    severity: Literal["error", "warning", "info"]
    party: str | None = None
    casualty: str | None = None
    station: str | None = Field(default=None, description="The station the verdict is about")
    evidence: list[int] = Field(default_factory=list)
    excused_by: str | None = None
    explanation: str
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    provenance: str | None = None
    suppressed: str | None = None
