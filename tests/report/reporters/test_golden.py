"""Golden-file tests: each reporter's output for fixed inputs, byte for byte.

Inputs are built from ``tests/data/reports/ranger.json`` (the Ranger case with its
events, ledgers and verdicts, as CASE-RANGER.md specifies them), so the goldens do
not move while the pipeline stages are written. After an intended change to a
format, run ``pytest --update-goldens`` and review the diff of ``goldens/``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from checker.diagnostics import make
from checker.report import github, jsonl, junit, markdown, sarif
from checker.report.model import Report, SourceInfo
from checker.report.results import FileResult, TestResult
from checker.runner import file_result
from checker.transcript.reader import read_text
from tests.conftest import RANGER
from tests.fakes import ranger_report

BROKEN = "transcripts/broken.radio"
#: ``%SRCROOT%`` of the SARIF goldens: a fixed folder, so that they do not name this machine's.
ROOT_FOR_SARIF = Path("/work/radiocheck")
Golden = Callable[[str, str], None]


def check_reports() -> list[Report]:
    """The Ranger report, and a file that could not be checked."""
    ranger = ranger_report()
    bad = make(
        "RC100",
        "malformed line: expected ':' after the speaker",
        path=BROKEN,
        line=7,
        column=14,
        hint="write SPEAKER: TEXT",
        source_line="06:40 Ranger hello there",
    )
    broken = Report(
        tool=ranger.tool,
        source=SourceInfo(path=BROKEN, format="radio", sha256="3" * 64),
        title="A broken transcript",
        checked=False,
        diagnostics=[bad],
    )
    return [ranger, broken]


def sample_result() -> TestResult:
    """A run with a passing, a failing, an unreadable and a skipped transcript."""
    text = RANGER.read_text(encoding="utf-8")
    broken = (
        text.replace("rescue: UK/RANGER acquiesced\n", "rescue: FR/FR-NAVY assumed\n")
        .replace("@expect satisfied SR06 party=UK", "@expect violated SR06 party=UK")
        .replace('"going to escort that": intention', '"going to escort that": coordination.assume')
        .replace("@expect violated CH04 party=UK casualty=DINGHY\n", "\n")
    )
    failing = ranger_report()
    failing.expectations = read_text(broken).expectations
    ok = file_result(ranger_report(), "transcripts/channel/ranger-2025.radio")
    bad = check_reports()[1].diagnostics
    return TestResult(
        files=[
            ok,
            file_result(failing, "transcripts/channel/ranger-changed.radio", fail_on="warning"),
            FileResult(path=BROKEN, status="error", diagnostics=bad),
            FileResult(
                path="transcripts/asr/ranger.vtt",
                status="skipped",
                note="recordings cannot be read by this version",
            ),
        ]
    )


CHECK_FORMATS = {
    "check.xml": junit.format_junit,
    "check.sarif": partial(sarif.format_sarif, root=ROOT_FOR_SARIF),
    "check.github": github.format_github,
    "check.md": markdown.format_markdown,
    "check.jsonl": jsonl.format_jsonl,
}
TEST_FORMATS = {
    "test.xml": junit.format_junit_tests,
    "test.sarif": partial(sarif.format_sarif_tests, root=ROOT_FOR_SARIF),
    "test.github": github.format_github_tests,
    "test.md": markdown.format_markdown_tests,
    "test.jsonl": jsonl.format_jsonl_tests,
}


@pytest.mark.parametrize("name", CHECK_FORMATS)
def test_check_output(name: str, golden: Golden) -> None:
    golden(name, CHECK_FORMATS[name](check_reports()))


@pytest.mark.parametrize("name", TEST_FORMATS)
def test_test_output(name: str, golden: Golden) -> None:
    golden(name, TEST_FORMATS[name](sample_result()))


def test_test_text_output(golden: Golden) -> None:
    from rich.console import Console

    from checker.commands.test import render_text

    out = io.StringIO()
    Console(file=out, width=100, no_color=True, force_terminal=False).print(
        render_text(sample_result())
    )
    golden("test.txt", out.getvalue())


def test_test_json_output(golden: Golden) -> None:
    from checker.commands.test import format_output

    golden("test.json", format_output(sample_result(), "json"))


def test_reporters_are_pure() -> None:
    reports, result = check_reports(), sample_result()
    for fmt in CHECK_FORMATS.values():
        assert fmt(reports) == fmt(reports)
    for fmt_tests in TEST_FORMATS.values():
        assert fmt_tests(result) == fmt_tests(result)
    assert reports == check_reports()
