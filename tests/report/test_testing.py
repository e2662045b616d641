"""``radiocheck test``: every @expect form evaluated (``checker.report.expect``) on
reports built from a fixture, and the runner (``checker.runner``) on real files.

:func:`evaluate` is a pure function of a Report, so these tests build Reports from
``tests/data/reports/ranger.json`` (a realistic Ranger report with events, ledgers and
verdicts) and parse expectation lines with the real transcript reader.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.api import read_transcript
from checker.diagnostics import InputError, make
from checker.protocol.model import ResponsibilitySpan
from checker.report.expect import evaluate, undeclared
from checker.report.model import Report
from checker.report.results import ExpectationResult
from checker.runner import describe_failure, discover, file_result, recording_for
from checker.runner import test as run_tests
from checker.transcript.model import Expectation
from tests.conftest import RANGER
from tests.fakes import ranger_report


def expectations(*lines: str) -> list[Expectation]:
    """Parse ``@expect`` lines with the real reader."""
    t = read_transcript("\n".join([*lines, "06:00 A: hello", ""]))
    assert not t.diagnostics, t.diagnostics
    return t.expectations


def one(line: str, report: Report | None = None) -> ExpectationResult:
    """Evaluate a single ``@expect`` line against the Ranger report (or ``report``)."""
    r = (report or ranger_report()).model_copy(update={"expectations": expectations(line)})
    [result] = evaluate(r)
    return result


def test_every_expectation_of_the_ranger_transcript_holds_on_the_ranger_report() -> None:
    results = evaluate(ranger_report())
    assert len(results) == 23
    assert all(r.passed for r in results), [r for r in results if not r.passed]
    assert [r.line for r in results] == sorted(r.line for r in results)


# --- responsible ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "@expect responsible DINGHY rescue: UK/RANGER acquiesced",
        "@expect responsible DINGHY rescue: UK/RANGER",
        "@expect responsible DINGHY rescue: UK",
        "@expect responsible dinghy rescue: uk/ranger acquiesced",  # names are case-insensitive
        "@expect responsible DINGHY coordination: FR by-region",
    ],
)
def test_responsible_holds(line: str) -> None:
    result = one(line)
    assert result.passed, result


@pytest.mark.parametrize(
    ("line", "actual"),
    [
        ("@expect responsible DINGHY rescue: FR/FR-NAVY", "UK/RANGER acquiesced"),
        ("@expect responsible DINGHY rescue: UK/RANGER assumed", "UK/RANGER acquiesced"),
        ("@expect responsible DINGHY rescue: UK/HMCG acquiesced", "UK/RANGER acquiesced"),
        ("@expect responsible DINGHY coordination: none", "FR by-region"),
        ("@expect responsible OTHER rescue: UK", "no rescue interval for OTHER"),
    ],
)
def test_responsible_fails_with_the_last_interval_as_actual(line: str, actual: str) -> None:
    result = one(line)
    assert not result.passed
    assert result.actual == actual
    assert result.form == "responsible"


def test_responsible_names_the_lines_of_the_interval() -> None:
    result = one("@expect responsible DINGHY rescue: FR")
    assert result.lines == [47, 48, 49]
    assert result.expected == "FR"


def test_station_and_casualty_aliases_name_them() -> None:
    r = ranger_report()
    for s in r.stations:
        s.aliases.append({"RANGER": "BFR", "DINGHY": "BOAT-1"}.get(s.id, s.id + "-X"))
    assert one("@expect responsible BOAT-1 rescue: UK/BFR acquiesced", r).passed
    assert one("@expect violated CH01 casualty=boat-1", r).passed
    assert not one("@expect responsible BOAT-1 rescue: UK/FR-NAVY-X acquiesced", r).passed


def test_responsible_uses_the_last_interval_by_line_whatever_the_list_order() -> None:
    r = ranger_report()
    r.responsibility.reverse()
    assert one("@expect responsible DINGHY rescue: UK/RANGER acquiesced", r).passed


def _none_last(aware: bool) -> Report:
    r = ranger_report()
    r.responsibility.append(
        ResponsibilitySpan(
            casualty="DINGHY", level="rescue", party=None, how="none", from_line=51, aware=aware
        )
    )
    return r


@pytest.mark.parametrize(
    ("aware", "line", "passed"),
    [
        (True, "@expect responsible DINGHY rescue: none", True),
        (True, "@expect responsible DINGHY rescue: none aware", True),
        (True, "@expect responsible DINGHY rescue: none unaware", False),
        (False, "@expect responsible DINGHY rescue: none unaware", True),
        (False, "@expect responsible DINGHY rescue: none aware", False),
        (False, "@expect responsible DINGHY rescue: UK", False),
    ],
)
def test_none_matches_nobody_and_awareness(aware: bool, line: str, passed: bool) -> None:
    assert one(line, _none_last(aware)).passed is passed


# --- ledger --------------------------------------------------------------------


def test_ledger_holds_when_the_intervals_are_exactly_these() -> None:
    assert one("@expect ledger DINGHY rescue: none aware, UK/RANGER acquiesced").passed
    assert one("@expect ledger DINGHY coordination: none, FR by-region").passed


@pytest.mark.parametrize(
    "line",
    [
        "@expect ledger DINGHY rescue: UK/RANGER acquiesced",  # one missing
        "@expect ledger DINGHY rescue: none aware, UK/RANGER acquiesced, FR by-region",  # extra
        "@expect ledger DINGHY rescue: UK/RANGER acquiesced, none aware",  # order
        "@expect ledger DINGHY rescue: none unaware, UK/RANGER acquiesced",
        "@expect ledger DINGHY rescue: none aware, UK/RANGER assumed",
    ],
)
def test_ledger_fails_otherwise(line: str) -> None:
    result = one(line)
    assert not result.passed
    assert result.actual == "none aware, UK/RANGER acquiesced"
    assert result.lines == [46, 48]


# --- outcomes ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "@expect violated CH01",
        "@expect violated CH01 party=FR",
        "@expect violated CH01 party=fr casualty=dinghy",
        "@expect excused CH02 party=UK",
        "@expect uncertain SR01 party=FR",
        "@expect satisfied SR01 party=UK",
        "@expect not-applicable SR03",
    ],
)
def test_outcome_holds_when_some_verdict_matches(line: str) -> None:
    result = one(line)
    assert result.passed, result


def test_outcome_fails_and_shows_the_verdicts_of_that_rule() -> None:
    result = one("@expect satisfied CH03 party=UK")
    assert not result.passed
    assert result.expected == "satisfied CH03 party=UK"
    assert result.actual == "violated CH03 party=UK casualty=DINGHY"
    assert result.lines == [45, 50, 51]


def test_outcome_for_another_party_shows_all_verdicts_of_the_rule() -> None:
    result = one("@expect violated SR01 party=NL")
    assert not result.passed
    assert "satisfied SR01 party=UK" in result.actual
    assert "uncertain SR01 party=FR" in result.actual


def test_outcome_of_a_rule_without_verdicts() -> None:
    result = one("@expect violated ZZ99")
    assert (result.passed, result.actual, result.lines) == (False, "no verdict for ZZ99", [])


@pytest.mark.parametrize(
    ("line", "passed"),
    [
        ("@expect not-violated SR06", True),
        ("@expect not-violated SR01", True),
        ("@expect not-violated CH01 party=UK", True),
        ("@expect not-violated ZZ99", True),
        ("@expect not-violated CH01", False),
        ("@expect not-violated CH04 party=UK casualty=DINGHY", False),
    ],
)
def test_not_violated(line: str, passed: bool) -> None:
    assert one(line).passed is passed


def test_suppressed_violations_still_count() -> None:
    r = ranger_report()
    for v in r.verdicts:
        if v.rule == "CH03":
            v.suppressed = "landing agreed in advance"
    assert not one("@expect not-violated CH03", r).passed


# --- acts ----------------------------------------------------------------------


Q, CQ = "question.intentions", "call, question.intentions"


@pytest.mark.parametrize(
    ("line", "passed", "actual", "lines"),
    [
        ('@expect act "intentions with the dinghy": question.intentions', True, Q, [47]),
        ('@expect act "INTENTIONS   with the DINGHY": question.intentions', True, Q, [47]),
        ('@expect act "going to escort": intention', True, "intention", [48]),
        ('@expect act "going to escort": coordination.assume', False, "intention", [48]),
        ('@expect act "Ranger": question.intentions', True, Q, [47]),  # the first one
        ('@expect act "to land": permission.request', False, 'no utterance contains "to land"', []),
        ('@expect acts "intentions": call, question.intentions', True, CQ, [47]),
        ('@expect acts "intentions": question.intentions, call', False, CQ, [47]),
        ('@expect acts "intentions": question.intentions', False, CQ, [47]),
        ('@expect acts "co-operation": thanks', True, "thanks", [49]),
    ],
)
def test_acts(line: str, passed: bool, actual: str, lines: list[int]) -> None:
    result = one(line)
    assert (result.passed, result.actual, result.lines) == (passed, actual, lines)


def test_narration_lines_are_not_utterances() -> None:
    assert not one('@expect act "recovers": thanks').passed


def test_an_utterance_without_acts_is_unclassified() -> None:
    r = ranger_report()
    for e in r.events:
        e.acts, e.primary = [], None
    assert one('@expect act "co-operation": thanks', r).actual == "unclassified"
    assert one('@expect acts "co-operation": thanks', r).actual == "(no acts)"


# --- undeclared violations, file results ---------------------------------------


def test_undeclared_violations_at_or_above_the_threshold() -> None:
    r = ranger_report()
    assert undeclared(r, "error") == []  # all four violations are expected in the file
    r.expectations = [x for x in r.expectations if x.rule not in ("CH01", "CH04")]
    errors = undeclared(r, "error")
    assert [(u.rule, u.form, u.line, u.passed) for u in errors] == [
        ("CH01", "undeclared", 44, False)
    ]
    assert [u.rule for u in undeclared(r, "warning")] == ["CH01", "CH04"]


def test_file_result_of_a_failing_report_quotes_the_lines_involved() -> None:
    r = ranger_report()
    r.expectations = expectations("@expect responsible DINGHY rescue: FR/FR-NAVY assumed")
    f = file_result(r, "ranger.radio")
    assert f.status == "failed"
    assert f.excerpts == {
        47: "06:40 French warship -> Ranger: Ranger, this is French warship. "
        "What are your intentions with the dinghy? Over.",
        48: "06:41 Ranger -> French warship: I am going to escort that with the UK Coastguard. "
        "Over.",
        49: "06:41 French warship -> Ranger: Thank you for your co-operation. Out.",
    }
    assert describe_failure(f, f.failures[0]) == [
        "ranger.radio:1: @expect responsible DINGHY rescue: FR/FR-NAVY assumed",
        "    - FR/FR-NAVY assumed",
        "    + UK/RANGER acquiesced",
        *(f"    line {n}: {f.excerpts[n]}" for n in (47, 48, 49)),
    ]


def test_ledger_failures_are_diffed_item_by_item() -> None:
    r = ranger_report()
    r.expectations = expectations("@expect ledger DINGHY rescue: none aware, UK/RANGER assumed")
    f = file_result(r, "x.radio")
    assert describe_failure(f, f.failures[0])[1:4] == [
        "      none aware",
        "    - UK/RANGER assumed",
        "    + UK/RANGER acquiesced",
    ]
    assert f.excerpts[46] == "06:33 * DINGHY signals distress"


def test_file_result_statuses() -> None:
    r = ranger_report()
    assert file_result(r, "x").status == "passed"
    assert file_result(r.model_copy(update={"expectations": []}), "x").note == "no @expect lines"
    bad = make("RC100", "malformed line", path="x", line=3, column=1)
    unchecked = r.model_copy(update={"checked": False, "diagnostics": [bad]})
    assert (file_result(unchecked, "x").status, file_result(unchecked, "x").expectations) == (
        "error",
        [],
    )


# --- finding and running -------------------------------------------------------


def test_discover_finds_radio_files_recursively_in_order(tmp_path: Path) -> None:
    for name in ("b/two.radio", "a/one.radio", "a/notes.txt", ".hidden/x.radio", "top.radio"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("A: hi\n")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == ["top.radio", "a/one.radio", "b/two.radio"]


def test_a_sidecar_stands_for_its_recording(tmp_path: Path) -> None:
    (tmp_path / "call.radio").write_text("@rules: sar\n")
    (tmp_path / "call.vtt").write_text("WEBVTT\n")
    (tmp_path / "solo.radio").write_text("A: hi\n")
    assert recording_for(tmp_path / "call.radio") == tmp_path / "call.vtt"
    assert recording_for(tmp_path / "solo.radio") is None
    assert discover([tmp_path]) == [tmp_path / "call.vtt", tmp_path / "solo.radio"]
    assert discover([tmp_path / "call.radio", tmp_path / "call.vtt"]) == [tmp_path / "call.vtt"]


def test_recordings_are_skipped_until_they_can_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "call.radio").write_text("@rules: sar\n")
    (tmp_path / "call.vtt").write_text("WEBVTT\n")
    monkeypatch.setattr("checker.runner.recordings_supported", lambda: False)
    result = run_tests([tmp_path], jobs=1)
    assert [(f.status, f.note) for f in result.files] == [
        ("skipped", "recordings cannot be read by this version")
    ]
    assert result.passed


def test_run_tests_reports_unreadable_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "empty.radio").write_text("")
    result = run_tests([tmp_path, tmp_path / "nope.radio"], jobs=1)
    assert [(f.status, f.diagnostics[0].code) for f in result.files] == [
        ("error", "RC002"),
        ("error", "RC001"),
    ]
    assert result.errors == 2
    assert not result.passed


def test_run_tests_in_parallel_gives_the_same_result(tmp_path: Path) -> None:
    text = RANGER.read_text(encoding="utf-8")
    for i in range(4):
        changed = text.replace("@expect violated CH01", "@expect satisfied CH01") if i % 2 else text
        (tmp_path / f"case{i}.radio").write_text(changed, encoding="utf-8")
    seen: list[tuple[int, int]] = []
    one_job = run_tests([tmp_path], jobs=1)
    two_jobs = run_tests([tmp_path], jobs=2, progress=lambda d, t: seen.append((d, t)))
    assert one_job.model_dump_json() == two_jobs.model_dump_json()
    assert [f.status for f in two_jobs.files] == ["passed", "failed", "passed", "failed"]
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def _raises_input_error(path: Path, rules: str | None, **options: object) -> Report:
    raise InputError([make("RC200", "rule set not found: nope", path=str(path), line=5)])


def test_input_errors_of_the_checker_become_file_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "x.radio").write_text("A: hi\n")
    monkeypatch.setattr("checker.api.check", _raises_input_error)
    [f] = run_tests([tmp_path], jobs=1).files
    assert (f.status, f.diagnostics[0].code) == ("error", "RC200")


def test_the_result_serialises_and_reads_back() -> None:
    f = file_result(ranger_report(), "x")
    again = type(f).model_validate(json.loads(f.model_dump_json()))
    assert again == f


def test_a_recording_points_its_failures_at_the_sidecar() -> None:
    r = ranger_report()
    r.expectations = expectations("@expect violated SR06")
    f = file_result(r, "asr/call.vtt")
    assert (f.path, f.sidecar, f.expect_file) == (
        "asr/call.vtt",
        "asr/call.radio",
        "asr/call.radio",
    )
    assert describe_failure(f, f.failures[0])[0] == "asr/call.radio:1: @expect violated SR06"
