"""The pytest plugin, run in throw-away projects with ``pytester``.

``checker.api.check`` is replaced by ``fake_check`` (the fixed Ranger report), so these
tests exercise collection, opt-in, failure reports and locations, not the pipeline.
"""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest

from tests.conftest import RANGER
from tests.fakes import fake_check

pytest_plugins = ["pytester"]

RANGER_TEXT = RANGER.read_text(encoding="utf-8")
RESCUE = "@expect responsible DINGHY rescue: UK/RANGER acquiesced"
RESCUE_LINE = RANGER_TEXT.splitlines().index(RESCUE) + 1


@pytest.fixture(autouse=True)
def _fake_checker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("checker.api.check", fake_check)


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """Another project: one ordinary test and a folder of transcripts."""
    pytester.makepyfile(test_plain="def test_plain():\n    assert True\n")
    cases = pytester.mkdir("cases")
    (cases / "ranger.radio").write_text(RANGER_TEXT, encoding="utf-8")
    (cases / "no-expectations.radio").write_text("@title: x\n06:00 A: hello\n")
    return pytester


def test_the_plugin_is_registered_through_the_pytest11_entry_point() -> None:
    [ep] = [ep for ep in entry_points(group="pytest11") if ep.name == "radiocheck"]
    assert ep.value == "checker.pytest_plugin"


def test_a_plain_run_of_another_project_is_unaffected(project: pytest.Pytester) -> None:
    result = project.runpytest("-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*test_plain.py::test_plain PASSED*"])
    result.stdout.no_fnmatch_line("*.radio*")


def test_radiocheck_collects_one_item_per_expectation(project: pytest.Pytester) -> None:
    result = project.runpytest("--radiocheck", "-v", "cases")
    result.assert_outcomes(passed=23)
    result.stdout.fnmatch_lines(
        [
            "cases/ranger.radio::L16-ledger-DINGHY-coordination-none-aware-FR-by-region PASSED*",
            "cases/ranger.radio::L40-acts-intentions-with-the-dinghy-call-question.intent* PASSED*",
        ]
    )
    result.stdout.no_fnmatch_line("*no-expectations*")


def test_a_failure_shows_the_domain_message_not_a_traceback(project: pytest.Pytester) -> None:
    path = project.path / "cases" / "ranger.radio"
    path.write_text(RANGER_TEXT.replace(RESCUE, "@expect responsible DINGHY rescue: FR"))
    result = project.runpytest("--radiocheck", "cases")
    result.assert_outcomes(passed=22, failed=1)
    result.stdout.fnmatch_lines(
        [
            "expected (-) and actual (+):",
            f"cases/ranger.radio:{RESCUE_LINE}: @expect responsible DINGHY rescue: FR",
            "    - FR",
            "    + UK/RANGER acquiesced",
            "    line 48: 06:41 Ranger -> French warship: I am going to escort that*",
        ]
    )
    for noise in ("*Traceback*", "*def runtest*", "*TranscriptProblem*", "*pytest_plugin.py*"):
        result.stdout.no_fnmatch_line(noise)


def test_reportinfo_points_at_the_expect_line(project: pytest.Pytester) -> None:
    items, _ = project.inline_genitems("--radiocheck", "cases")
    assert len(items) == 23
    item = next(i for i in items if i.name.startswith(f"L{RESCUE_LINE}-"))
    assert item.location[:2] == ("cases/ranger.radio", RESCUE_LINE - 1)
    path, line, label = item.reportinfo()
    assert (path, line) == (project.path / "cases" / "ranger.radio", RESCUE_LINE - 1)
    assert RESCUE in label


def test_an_unreadable_transcript_is_a_collection_error_with_diagnostics(
    project: pytest.Pytester,
) -> None:
    (project.path / "cases" / "bad.radio").write_text("@expect violated CH01\n06:40 Ranger hi\n")
    result = project.runpytest("--radiocheck", "cases")
    result.assert_outcomes(errors=1)  # pytest stops at collection errors, as for .py files
    result.stdout.fnmatch_lines(
        ["cases/bad.radio:2:7: RC100 no ':' after the speaker [docs/errors.md#rc100]"]
    )
    result.stdout.no_fnmatch_line("*Traceback*")


def test_a_file_the_checker_rejects_fails_each_item_with_its_diagnostics(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checker.diagnostics import InputError, make

    def reject(path: object, rules: object = None) -> object:
        raise InputError([make("RC200", "rule set not found: 'nope'", path=str(path), line=4)])

    monkeypatch.setattr("checker.api.check", reject)
    result = project.runpytest("--radiocheck", "cases")
    result.assert_outcomes(failed=23)
    result.stdout.fnmatch_lines(["*could not be checked*", "*ranger.radio:4: RC200 rule set*"])


def test_the_ini_option_enables_the_plugin_and_adds_its_paths(project: pytest.Pytester) -> None:
    project.makepyprojecttoml(
        '[tool.pytest.ini_options]\ntestpaths = ["test_plain.py"]\nradiocheck_paths = ["cases"]\n'
    )
    result = project.runpytest()
    result.assert_outcomes(passed=24)


def test_the_ini_option_collects_only_under_its_paths(project: pytest.Pytester) -> None:
    project.makepyprojecttoml('[tool.pytest.ini_options]\nradiocheck_paths = ["cases"]\n')
    other = project.mkdir("elsewhere")
    (other / "x.radio").write_text(RANGER_TEXT)
    result = project.runpytest("elsewhere", "cases", "test_plain.py")
    result.assert_outcomes(passed=24)


def test_a_sidecar_is_not_collected_on_its_own(project: pytest.Pytester) -> None:
    (project.path / "cases" / "ranger.vtt").write_text("WEBVTT\n")
    items, _ = project.inline_genitems("--radiocheck", "cases")
    assert {i.path.name for i in items} == {"ranger.vtt"}
    path, _, _ = items[0].reportinfo()
    assert path == project.path / "cases" / "ranger.radio"  # where the @expect lines are
