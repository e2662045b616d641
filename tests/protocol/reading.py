"""What the whole-incident protocol tests read off a report (test_discourse.py,
test_incident_readings.py, test_rescuers_and_replies.py,
test_handovers_in_conversation.py): a ledger as "STATION how" strings, and the event
that said some words."""

from __future__ import annotations

from checker.protocol.model import Event
from checker.report.model import Report


def ledger(report: Report, level: str, cid: str | None = None) -> list[str]:
    """The intervals of one ledger ("coordination" or "rescue"), in order, as
    "STATION how" ("none none" for nobody); of casualty ``cid`` only, when given."""
    return [
        f"{s.station or 'none'} {s.how}"
        for s in report.responsibility
        if s.level == level and (cid is None or s.casualty == cid)
    ]


def said(report: Report, words: str) -> Event:
    """The first event whose text contains ``words``."""
    return next(e for e in report.events if e.text and words in e.text)
