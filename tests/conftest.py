"""Shared fixtures: run the real CLI in-process and capture what it prints."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
RANGER = ROOT / "transcripts" / "channel" / "ranger-2025.radio"


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
