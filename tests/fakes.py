"""A stand-in for ``checker.api.check`` while the classifier, ledgers and rules are built.

``fake_check`` reads the transcript with the real reader (so @expect lines, their line
numbers and every reading error are real) and returns the fixed Ranger report of
``tests/data/reports/ranger.json`` with that transcript's expectations. Tests of
``radiocheck test``, the pytest plugin and the reporters use it so that they test
their own logic, not the stages still being written. It is a module-level function
so that worker processes (``--jobs 2``) can import it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from checker.api import read_transcript
from checker.diagnostics import has_errors
from checker.report.model import Report, SourceInfo
from checker.transcript.model import Transcript
from tests.conftest import DATA

RANGER_JSON = DATA / "reports" / "ranger.json"


@cache
def _ranger_json() -> str:
    return RANGER_JSON.read_text(encoding="utf-8")


def ranger_report() -> Report:
    """A fresh copy of the fixed, realistic Ranger report (CASE-RANGER.md)."""
    return Report.model_validate_json(_ranger_json())


def fake_check(path: str | Path | Transcript, rules: object = None, **options: object) -> Report:
    """The Ranger report, re-labelled as the report of ``path`` (or of a transcript);
    ``options`` (``allow_outside``) are accepted as ``check`` accepts them."""
    t = path if isinstance(path, Transcript) else read_transcript(Path(path))
    path = t.path or "<text>"
    base = ranger_report()
    update: dict[str, object] = {
        "source": SourceInfo(path=str(path), format=t.format, sha256=t.sha256),
        "title": t.header.title,
        "expectations": t.expectations,
        "diagnostics": t.diagnostics,
    }
    if has_errors(t.diagnostics):
        update.update(checked=False, events=[], responsibility=[], verdicts=[])
    return base.model_copy(update=update)
