"""``radiocheck review``: the page on disk, the terminal timeline, the line-by-line walk.

The interactive paths are driven as a panel would drive them, with answers from a
pipe: stdout is made to look like a terminal and stdin holds the keys pressed.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import RANGER, Run

Cli = Callable[..., Run]


def _terminal(monkeypatch: pytest.MonkeyPatch, keys: str) -> None:
    """Pretend a person is at a terminal who will press ``keys``."""
    monkeypatch.setattr("checker.commands.review.is_terminal", lambda stream: True)
    monkeypatch.setattr(sys, "stdin", io.StringIO(keys))


def test_review_writes_one_self_contained_page(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    run = cli("review", str(RANGER), "-o", str(out))
    assert run.code == 0, run.err
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'class="diagram"' in page
    assert "<link" not in page and "http://" not in page and "https://" not in page
    assert f"wrote {out}" in run.err


def test_review_page_to_stdout(cli: Cli) -> None:
    run = cli("review", str(RANGER), "-o", "-")
    assert run.code == 0 and run.out.startswith("<!DOCTYPE html>")


def test_unwritable_page_is_exit_2(cli: Cli, tmp_path: Path) -> None:
    run = cli("review", str(RANGER), "-o", str(tmp_path / "no" / "such" / "dir.html"))
    assert run.code == 2
    assert "cannot write the review page" in run.err and "Traceback" not in run.err


def test_static_view_when_not_a_terminal(cli: Cli) -> None:
    run = cli("review", str(RANGER))
    assert run.code == 0
    assert "DINGHY: 58 on board, in FR-TW, FR-SRR" in run.out
    for words in ("FR by region", "UK/RANGER by acquiescence", "nobody (aware)", "landed"):
        assert words in run.out
    assert "[Enter]" not in run.out  # never a prompt into a pipe
    assert "CH04" in run.out and "PR02" in run.out


def test_step_without_terminal_prints_every_line_without_prompts(cli: Cli) -> None:
    run = cli("review", str(RANGER), "--step")
    assert run.code == 0
    assert [n for n in range(44, 52) if f"line {n} ·" in run.out] == list(range(44, 52))
    assert "[Enter]" not in run.out
    assert "DINGHY rescue: UK/RANGER by acquiescence (confidence 0.85) from here" in run.out


def test_step_walks_line_by_line_until_q(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    _terminal(monkeypatch, "\n\n\n\nq\n")
    run = cli("review", str(RANGER), "--step")
    assert run.code == 0
    shown = [n for n in range(44, 52) if f"line {n} ·" in run.out]
    assert shown == [44, 45, 46, 47, 48]  # four Enters, then q on line 48
    assert run.out.count("[Enter] next line") == 5
    # after line 48: phase, operation and both holders
    after_48 = run.out.split("line 48 ·")[1]
    assert "distress" in after_48 and "shadowed" in after_48
    assert "FR by region" in after_48 and "UK/RANGER by acquiescence" in after_48


def test_step_to_the_end_then_verdicts(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    _terminal(monkeypatch, "\n" * 20)
    run = cli("review", str(RANGER), "--step")
    assert run.code == 0
    assert "line 51 ·" in run.out and "Verdicts (DINGHY)" in run.out


def test_step_stops_at_end_of_input(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    _terminal(monkeypatch, "")
    run = cli("review", str(RANGER), "--step")
    assert run.code == 0 and "line 44 ·" in run.out and "line 45 ·" not in run.out


def test_casualties_one_at_a_time(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    two = RANGER.parent.parent / "scenarios" / "two-casualties.radio"
    _terminal(monkeypatch, "q\n")
    run = cli("review", str(two))
    assert run.code == 0
    assert run.out.count("[Enter] next casualty") == 1
    assert run.out.count("Verdicts (") == 1  # q after the first casualty


def test_review_marks_overrides(cli: Cli) -> None:
    run = cli("review", str(RANGER), "--override", '49 act=refuse reason="disputed"')
    assert run.code == 0
    assert "refuse ✎ override" in run.out
    assert "UK/RANGER by assuming it" in run.out


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("49 act=nonsense", "unknown act kind"),
        ("44 act=refuse", "line 44 is a narration line"),
        ("999 act=refuse", "line 999 is not an utterance"),
        ("act=refuse", "expected LINE act=KIND"),
    ],
)
def test_bad_override_is_exit_2_with_a_diagnostic(cli: Cli, spec: str, message: str) -> None:
    run = cli("review", str(RANGER), "--override", spec)
    assert run.code == 2
    assert message in run.err and "RC114" in run.err and "Traceback" not in run.err
    assert run.err.startswith(str(RANGER))


def test_missing_file_is_exit_2(cli: Cli, tmp_path: Path) -> None:
    run = cli("review", str(tmp_path / "missing.radio"))
    assert run.code == 2 and "RC001" in run.err


def test_file_with_errors_is_exit_2(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.radio"
    bad.write_text("@date: 2025-13-45\n06:00 A -> B: hello\n", encoding="utf-8")
    run = cli("review", str(bad), "-o", str(tmp_path / "page.html"))
    assert run.code == 2 and f"{bad}:1:" in run.err
    assert not (tmp_path / "page.html").exists()


def test_terminal_review_wraps_and_never_cuts_a_word_at_80_columns() -> None:
    """Every word printed at 200 columns is printed at 80, whole (no "warshi…")."""
    import collections
    import os
    import re
    import subprocess
    import sys

    from tests.conftest import RANGER

    def words(columns: int) -> collections.Counter[str]:
        env = {**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1"}
        out = subprocess.run(
            [str(Path(sys.executable).parent / "radiocheck"), "review", str(RANGER)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        assert "…" not in out
        return collections.Counter(re.findall(r"[\w.'()-]+", out))

    narrow, wide = words(80), words(200)
    assert not wide - narrow, wide - narrow
