"""A responsibility ledger: intervals of who held a level for a casualty.

A ledger is a list of :class:`ResponsibilitySpan`; opening a new holder closes the
current interval at that line. Re-opening the same holder the same way changes
nothing, so repeated evidence does not fragment the ledger.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.defaults import empty_list
from checker.protocol.model import How, ResponsibilitySpan
from checker.vocabulary import Level

#: Holders by default rather than by anything said or done.
DEFAULTS = ("none", "by-region")


@dataclass
class Ledger:
    """The intervals of one level for one casualty."""

    casualty: str
    level: Level
    spans: list[ResponsibilitySpan] = field(default_factory=empty_list)
    #: the default superseded on the line that opened it, while the interval that
    #: superseded it is the first: what a retraction of that interval leaves
    _superseded: ResponsibilitySpan | None = None

    @property
    def current(self) -> ResponsibilitySpan | None:
        """The open interval, if any."""
        return self.spans[-1] if self.spans else None

    def rewind(self, line: int) -> int:
        """Drop the defaults opened after ``line`` (a position narrated between a
        MAYDAY and the answer that heard it), so that what happened at ``line`` can be
        recorded from there; return where it may start: ``line``, or the start of the
        interval still open when that is later."""
        while (
            len(self.spans) > 1
            and self.spans[-1].how in DEFAULTS
            and self.spans[-1].from_line > line
            and self.spans[-2].how in DEFAULTS
        ):
            self.spans.pop()
            self.spans[-1].to_line = None
        cur = self.current
        return line if cur is None else max(line, cur.from_line)

    def retract(self) -> None:
        """Take back the open interval (a unit's word that the co-ordinator then
        turned into a tasking): the interval before it is open again."""
        if len(self.spans) > 1:
            self.spans.pop()
            self.spans[-1].to_line = None
        elif self.spans and self._superseded is not None:
            # the first interval, taken back: the default it superseded on its line
            self.spans[0] = self._superseded
            self._superseded = None

    def holder(self) -> tuple[str | None, str | None]:
        """(party, station) of the open interval."""
        cur = self.current
        return (cur.party, cur.station) if cur else (None, None)

    def open(  # noqa: PLR0913  a span's fields, keyword-only past its holder
        self,
        line: int,
        how: How,
        *,
        party: str | None = None,
        station: str | None = None,
        evidence: list[int] | None = None,
        confidence: float = 1.0,
        aware: bool | None = None,
        note: str | None = None,
    ) -> ResponsibilitySpan | None:
        """Start a new interval at ``line`` (closing the open one); None if unchanged."""
        cur = self.current
        if cur is not None and (cur.party, cur.station, cur.how) == (party, station, how):
            if how == "none" and aware and not cur.aware:
                cur.aware = True
            return None
        if (
            cur is not None
            and cur.from_line == line
            and (
                (cur.how in DEFAULTS and how != "none")
                or (cur.how == "first-contact" and how == "assumed" and cur.station == station)
            )
        ):
            # A default (nobody, or the region's party) superseded on the line that
            # opened it held the case for no time at all: not an interval. Nor is a
            # centre's first contact made by the very line in which it takes the case
            # ("… CROSS Gris-Nez coordonne", its first word about the boat).
            popped = self.spans.pop()
            self._superseded = popped if not self.spans and popped.how in DEFAULTS else None
        elif cur is not None:
            cur.to_line = line
        span = ResponsibilitySpan(
            casualty=self.casualty,
            level=self.level,
            party=party,
            station=station,
            how=how,
            from_line=line,
            evidence=sorted(set(evidence or [line])),
            confidence=round(min(max(float(confidence), 0.0), 1.0), 3),
            aware=aware if how == "none" else None,
            note=note,
        )
        self.spans.append(span)
        return span
