"""Every scenario transcript's ledger expectations, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.api import check
from checker.report.expect import evaluate
from checker.runner import discover
from tests.conftest import ROOT

FILES = [p for p in discover([ROOT / "transcripts"]) if p.suffix == ".radio"]
LEDGER_FORMS = ("ledger", "responsible")


def _with(forms: tuple[str, ...]) -> list[Path]:
    return [
        p
        for p in FILES
        if any(
            line.startswith(tuple(f"@expect {f} " for f in forms))
            for line in p.read_text(encoding="utf-8").splitlines()
        )
    ]


@pytest.mark.parametrize("path", _with(LEDGER_FORMS), ids=lambda p: p.stem)
def test_ledgers(path: Path) -> None:
    report = check(path)
    assert report.checked, [d.message for d in report.diagnostics]
    failed = [r for r in evaluate(report) if r.form in LEDGER_FORMS and not r.passed]
    assert not failed, "\n".join(
        f"line {r.line}: expected {r.expected}; got {r.actual}" for r in failed
    )


@pytest.mark.parametrize("path", _with(("act", "acts")), ids=lambda p: p.stem)
def test_acts(path: Path) -> None:
    report = check(path)
    failed = [r for r in evaluate(report) if r.form in ("act", "acts") and not r.passed]
    assert not failed, "\n".join(
        f"line {r.line}: expected {r.expected}; got {r.actual}" for r in failed
    )
