"""Shared fixtures: run the real CLI in-process and capture what it prints."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from checker.cli import main

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


def write_pyproject(folder: Path, table: str) -> None:
    """A ``pyproject.toml`` in ``folder`` with ``table`` as its ``[tool.radiocheck]``."""
    (folder / "pyproject.toml").write_text(f"[project]\nname = 'x'\n\n[tool.radiocheck]\n{table}\n")
