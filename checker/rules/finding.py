"""What a rule kind reports: findings, which the engine turns into verdicts.

A kind says what it saw (outcome, party, casualty, evidence lines, a plain
explanation, the confidence it rests on); the engine adds what is common to every
rule: names and severity, excuses, the ``--min-confidence`` floor, suppression.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.defaults import empty_list
from checker.rules.model import EVIDENCE_CAP
from checker.vocabulary import Outcome

#: The most line numbers an explanation lists before it counts the rest.
LINES_SHOWN = 20


@dataclass(frozen=True)
class ExcuseFacts:
    """What the excuse conditions of RULES.md ask about one violation.

    ``distress``: the casualty was in distress when the party acted; ``zone_party``:
    whose zone it was; ``zone_party_acted``: whether that party's units had taken
    charge; ``rescue_only``: whether the party's action was limited to rescue;
    ``note``: anything a reviewer should hear (a non-objection), with its lines.
    """

    distress: bool
    zone_party: str | None
    zone_party_acted: bool
    rescue_only: bool
    note: str | None = None
    lines: tuple[int, ...] = ()


@dataclass
class Finding:
    """One verdict as a kind sees it, before the engine's common steps."""

    outcome: Outcome
    explanation: str
    evidence: list[int] = field(default_factory=empty_list)
    party: str | None = None
    casualty: str | None = None
    station: str | None = None
    confidence: float = 1.0
    uncertain_because: str | None = None
    excuse: ExcuseFacts | None = None
    #: Evidence lines left out of ``evidence`` by the kind itself (a kind that bounds
    #: a list it would otherwise build per question: see :func:`first_lines`).
    omitted: int = 0

    def weak(self, reason: str | None) -> Finding:
        """Mark the finding as resting on weak ground (a near boundary, an
        approximate zone); the engine then makes a decided outcome ``uncertain``."""
        if reason and self.uncertain_because is None:
            self.uncertain_because = reason
        return self


def lines_text(lines: list[int] | tuple[int, ...], more: int = 0) -> str:
    """``line 46``, ``lines 47-49`` or ``lines 44, 46``: as a reviewer reads them.

    At most :data:`LINES_SHOWN` numbers are listed, then ``and N more`` (with ``more``,
    lines the caller already left out): an explanation stays a sentence, not a list
    of thousands of lines."""
    ordered = sorted(set(lines))
    if not ordered:
        return "no line"
    if len(ordered) == 1 and not more:
        return f"line {ordered[0]}"
    if not more and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"lines {ordered[0]}-{ordered[-1]}"
    more += max(0, len(ordered) - LINES_SHOWN)
    shown = "lines " + ", ".join(map(str, ordered[:LINES_SHOWN]))
    return f"{shown} and {more:,} more" if more else shown


def first_lines(lines: list[int], after: int) -> tuple[list[int], int]:
    """The first :data:`EVIDENCE_CAP` lines of a sorted list that come after line
    ``after``, and how many more there are: bounded work per question, however long
    the transcript after it."""
    import bisect

    start = bisect.bisect_right(lines, after)
    kept = lines[start : start + EVIDENCE_CAP]
    return kept, max(0, len(lines) - start - EVIDENCE_CAP)


def aggregate(items: list[Finding], none: str, every: str, evidence_cap: int = 12) -> list[Finding]:
    """Procedure rules judge each exchange: report what is wrong or unsure one by one,
    and, when everything held, one ``satisfied`` finding naming the lines checked.
    ``none`` explains a transcript with nothing to judge (``not-applicable``)."""
    if not items:
        return [Finding(outcome="not-applicable", explanation=none)]
    bad = [f for f in items if f.outcome != "satisfied" or f.uncertain_because]
    if bad:
        return bad
    lines = sorted({n for f in items for n in f.evidence})[:evidence_cap]
    said = items[0].explanation if len(items) == 1 else every
    confidence = min(f.confidence for f in items)
    return [Finding(outcome="satisfied", explanation=said, evidence=lines, confidence=confidence)]
