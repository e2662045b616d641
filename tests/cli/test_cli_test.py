"""``radiocheck test`` through the real CLI, with ``check`` replaced by ``fake_check``.

``fake_check`` reads each transcript for real and returns the fixed Ranger report, so
these tests exercise discovery, evaluation, formats, exit codes and configuration
while the classifier, ledgers and rules are still being written (issues 3-5).
"""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import RANGER, ROOT, Run, write_pyproject
from tests.fakes import fake_check

EXPECT_LINES = [
    (n, line)
    for n, line in enumerate(RANGER.read_text(encoding="utf-8").splitlines(), 1)
    if line.startswith("@expect ")
]
#: How to break each form of expectation (the first replacement that applies).
BREAKS = [
    (" acquiesced", " assumed"),
    (" by-region", " first-contact"),
    ("@expect violated", "@expect satisfied"),
    ("@expect satisfied", "@expect violated"),
    ("@expect excused", "@expect violated"),
    ("@expect uncertain", "@expect satisfied"),
    ("@expect not-applicable", "@expect violated"),
    (": thanks", ": ack"),
    (": intention", ": coordination.assume"),
    (": call, question.intentions", ": question.intentions"),
]


@pytest.fixture(autouse=True)
def _fake_checker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("checker.api.check", fake_check)


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with one copy of the Ranger transcript, as the current folder."""
    (tmp_path / "cases").mkdir()
    (tmp_path / "cases" / "ranger.radio").write_text(RANGER.read_text(encoding="utf-8"))
    monkeypatch.chdir(tmp_path)
    return tmp_path / "cases"


def _break(line: str) -> str:
    for old, new in BREAKS:
        if old in line:
            return line.replace(old, new, 1)
    raise AssertionError(f"no way to break {line!r}")


def test_a_corpus_whose_expectations_hold_exits_0(cli: Callable[..., Run], corpus: Path) -> None:
    run = cli("test", "cases", "--jobs", "1")
    assert run.code == 0, run.out + run.err
    assert "cases/ranger.radio" in run.out
    assert "passed" in run.out
    assert "1 transcripts: 23 expectations met, 0 not met." in run.out
    assert run.err == ""


@pytest.mark.parametrize(("number", "line"), EXPECT_LINES, ids=[str(n) for n, _ in EXPECT_LINES])
def test_changing_any_single_expectation_exits_1(
    cli: Callable[..., Run], corpus: Path, number: int, line: str
) -> None:
    path = corpus / "ranger.radio"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[number - 1] = _break(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = cli("test", "cases", "--jobs", "1")
    assert run.code == 1, run.out
    assert f"cases/ranger.radio:{number}: {_break(line)}" in run.out
    assert "22 expectations met, 1 not met" in run.out


def test_a_failure_is_shown_as_a_diff_with_the_lines(cli: Callable[..., Run], corpus: Path) -> None:
    path = corpus / "ranger.radio"
    path.write_text(path.read_text().replace("rescue: UK/RANGER acquiesced\n", "rescue: FR\n"))
    run = cli("test", "cases", "--jobs", "1")
    assert run.code == 1
    assert "    - FR\n    + UK/RANGER acquiesced\n" in run.out
    assert "    line 48: 06:41 Ranger -> French warship: I am going to escort that" in run.out


def test_unreadable_transcripts_exit_2_with_located_diagnostics(
    cli: Callable[..., Run], corpus: Path
) -> None:
    (corpus / "bad.radio").write_text("@title: x\n06:40 Ranger hello there\n")
    run = cli("test", "cases", "--jobs", "1")
    assert run.code == 2
    assert "cases/bad.radio:2:7: RC100" in run.err
    assert "1 could not be checked" in run.out


def test_a_missing_path_exits_2(cli: Callable[..., Run], corpus: Path) -> None:
    run = cli("test", "nowhere", "--jobs", "1")
    assert run.code == 2
    assert "nowhere: RC001" in run.err


def test_nothing_to_test_exits_2(cli: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    run = cli("test", str(tmp_path / "empty"))
    assert run.code == 2
    assert "no transcripts found" in run.err


def test_bad_jobs_is_a_usage_error(cli: Callable[..., Run]) -> None:
    run = cli("test", "--jobs", "0")
    assert run.code == 2 and "--jobs" in run.err


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown", "junit", "sarif", "github", "text"])
def test_every_format_is_written(cli: Callable[..., Run], corpus: Path, fmt: str) -> None:
    run = cli("test", "cases", "--jobs", "1", "--format", fmt)
    assert run.code == 0
    if fmt == "json":
        assert json.loads(run.out)["files"][0]["status"] == "passed"
    elif fmt == "jsonl":
        assert [json.loads(line)["type"] for line in run.out.splitlines()][-1] == "file"
    elif fmt == "junit":
        assert ET.fromstring(run.out).get("tests") == "23"
    elif fmt == "sarif":
        assert json.loads(run.out)["runs"][0]["results"] == []
    elif fmt == "github":
        assert run.out == ""
    else:
        assert run.out.strip()


def test_output_file(cli: Callable[..., Run], corpus: Path, tmp_path: Path) -> None:
    run = cli("test", "cases", "--jobs", "1", "--format", "junit", "-o", "out/report.xml")
    assert run.code == 2 and "cannot write out/report.xml" in run.err
    (tmp_path / "out").mkdir()
    run = cli("test", "cases", "--jobs", "1", "--format", "junit", "-o", "out/report.xml")
    assert run.code == 0 and run.out == ""
    assert ET.parse(tmp_path / "out" / "report.xml").getroot().tag == "testsuites"


def test_two_jobs_give_byte_identical_json(
    cli: Callable[..., Run], corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Worker processes run the real ``check`` (the runner calls the API itself, and a
    spawned process does not inherit a monkeypatch), so here one job does too."""
    monkeypatch.undo()
    monkeypatch.chdir(corpus.parent)
    text = (corpus / "ranger.radio").read_text()
    for i in range(5):
        (corpus / f"copy{i}.radio").write_text(text.replace("06:02", f"06:0{i}") if i else text)
    one = cli("test", "cases", "--jobs", "1", "--format", "json")
    two = cli("test", "cases", "--jobs", "2", "--format", "json")
    assert one.code == two.code == 0
    assert one.out == two.out
    assert len(json.loads(one.out)["files"]) == 6


@pytest.mark.parametrize(
    ("terminal", "total", "shown"), [(True, 6, True), (True, 5, False), (False, 50, False)]
)
def test_progress_bar_only_on_a_terminal_for_more_than_a_handful(
    terminal: bool, total: int, shown: bool
) -> None:
    from rich.console import Console

    from checker.commands.test import _Bar

    out = io.StringIO()
    bar = _Bar(Console(file=out, force_terminal=terminal, width=80))
    for done in range(1, total + 1):
        bar(done, total)
    assert (bar.progress is not None) is shown
    bar.stop()
    assert ("checking" in out.getvalue()) is shown


def test_fail_on_catches_violations_no_expectation_names(
    cli: Callable[..., Run], corpus: Path
) -> None:
    path = corpus / "ranger.radio"
    path.write_text(
        path.read_text().replace("@expect violated CH04 party=UK casualty=DINGHY\n", "")
    )
    assert cli("test", "cases", "--jobs", "1").code == 0
    assert cli("test", "cases", "--jobs", "1", "--fail-on", "error").code == 0
    run = cli("test", "cases", "--jobs", "1", "--fail-on", "warning")
    assert run.code == 1
    assert "(no @expect line for violated CH04 party=UK casualty=DINGHY)" in run.out


# --- [tool.radiocheck] ---------------------------------------------------------


def test_pyproject_paths_are_the_default(cli: Callable[..., Run], corpus: Path) -> None:
    root = corpus.parent
    write_pyproject(root, 'paths = ["cases"]\njobs = 1')
    (root / "sub").mkdir()
    assert cli("test").code == 0  # from the project's root
    run = cli("test", "--format", "json")
    assert json.loads(run.out)["files"][0]["path"] == "cases/ranger.radio"


def test_pyproject_paths_are_relative_to_thewrite_pyproject(
    cli: Callable[..., Run], corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = corpus.parent
    write_pyproject(root, 'paths = ["cases"]\njobs = 1')
    (root / "sub").mkdir()
    monkeypatch.chdir(root / "sub")
    run = cli("test", "--format", "json")
    assert run.code == 0
    assert json.loads(run.out)["files"][0]["path"] == "../cases/ranger.radio"


def test_the_command_line_wins_overwrite_pyproject(
    cli: Callable[..., Run], corpus: Path, tmp_path: Path
) -> None:
    root = corpus.parent
    write_pyproject(root, 'paths = ["nowhere"]\nfail_on = "warning"')
    path = corpus / "ranger.radio"
    path.write_text(
        path.read_text().replace("@expect violated CH04 party=UK casualty=DINGHY\n", "")
    )
    assert cli("test", "cases", "--jobs", "1").code == 1  # fail_on from pyproject
    assert cli("test", "cases", "--jobs", "1", "--fail-on", "error").code == 0  # CLI wins


def test_rules_from_pyproject_reach_the_checker(
    cli: Callable[..., Run], corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[object] = []

    def spy(path: Path, rules: object = None, **options: object) -> object:
        seen.append(rules)
        return fake_check(path, rules)

    monkeypatch.setattr("checker.api.check", spy)
    write_pyproject(corpus.parent, 'rules = "uk-fr-channel"\njobs = 1')
    assert cli("test", "cases").code == 0
    assert cli("test", "cases", "--rules", "sar").code == 0
    assert seen == ["uk-fr-channel", "sar"]


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('colour = "red"', "unknown key 'colour' (keys: rules, paths, jobs, fail-on"),
        ('fail_onn = "warning"', "unknown key 'fail_onn': did you mean 'fail-on'?"),
        ("min-confidence = 2", "min-confidence: Input should be less than or equal to 1"),
        ('jobs = "many"', "jobs: Input should be a valid integer"),
        ('fail_on = "never"', "fail_on: Input should be 'error', 'warning' or 'info'"),
        ("paths = [", "cannot read"),
    ],
)
def test_a_bad_pyproject_table_is_a_usage_error(
    cli: Callable[..., Run], corpus: Path, table: str, message: str
) -> None:
    write_pyproject(corpus.parent, table)
    run = cli("test", "cases")
    assert run.code == 2
    assert message in run.err
    assert "pyproject.toml" in run.err


# --- check --format ------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "markdown", "junit", "sarif", "github"])
def test_check_writes_the_machine_formats(
    cli: Callable[..., Run], fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checker.report.formats import format_reports
    from tests.fakes import ranger_report

    monkeypatch.chdir(ROOT)
    run = cli("check", "transcripts/channel/ranger-2025.radio", "--format", fmt)
    assert run.code == 1  # CH01 and CH03 are violated errors
    assert run.out == "".join(format_reports(fmt, [ranger_report()]))
