"""Shared fixtures: run the real CLI in-process and capture what it prints."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from checker.api import check
from checker.cli import main
from checker.report.model import Report

#: The repository root and the test data, for every test folder (tests/README.md).
ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
RANGER = ROOT / "transcripts" / "channel" / "ranger-2025.radio"


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-goldens`` for tests/report/reporters/conftest.py.

    pytest takes options only from the conftest files it loads at start-up (the one in
    ``tests/`` and those of its ``test*`` folders), so the reporters' option lives here.
    """
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite the reporters' golden files from the current output",
    )


@dataclass
class Run:
    """The outcome of one CLI run."""

    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Run ``radiocheck ARGS...`` in this process (the real CLI code, not a mock)."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "160")

    def run(*args: str) -> Run:
        code = main(list(args))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def checked_radio(tmp_path: Path) -> Callable[[str], Report]:
    """Check the text of a ``.radio`` transcript, written as a file, with the real
    pipeline (:func:`checker.api.check`); it must have been read without errors."""

    def checked(text: str) -> Report:
        path = tmp_path / "case.radio"
        path.write_text(text, encoding="utf-8")
        report = check(path)
        assert report.checked, report.diagnostics
        return report

    return checked


def write_pyproject(folder: Path, table: str) -> None:
    """A ``pyproject.toml`` in ``folder`` with ``table`` as its ``[tool.radiocheck]``."""
    (folder / "pyproject.toml").write_text(f"[project]\nname = 'x'\n\n[tool.radiocheck]\n{table}\n")
