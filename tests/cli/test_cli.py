"""The CLI as users run it: formats, exit codes, the JSON report and its schema."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import RANGER, Run, write_pyproject


@pytest.fixture(scope="module")
def report_schema() -> dict[str, object]:
    from checker.report.model import report_json_schema

    return report_json_schema()


def test_ranger_json_validates_against_the_published_schema(
    cli: Callable[..., Run], report_schema: dict[str, object]
) -> None:
    run = cli("check", str(RANGER), "--format", "json", "--exit-zero")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    jsonschema.validate(data, report_schema)
    schema_run = cli("schema", "report")
    assert json.loads(schema_run.out) == json.loads(json.dumps(report_schema))


def test_ranger_speakers_are_declared_stations_and_summary_reconciles(
    cli: Callable[..., Run],
) -> None:
    report = json.loads(cli("check", str(RANGER), "--format", "json", "--exit-zero").out)[0]
    declared = {s["id"] for s in report["stations"] if s["declared"]}
    assert declared == {"RANGER", "FR-NAVY", "DINGHY", "HMCG"}
    for event in report["events"]:
        if event["kind"] == "utterance":
            assert event["speaker"] in declared and event["addressee"] in declared
    s = report["summary"]
    lines = RANGER.read_text(encoding="utf-8").splitlines()
    assert s["lines"] == len(lines)
    parts = (
        "utterances",
        "narrations",
        "continuations",
        "directives",
        "comments",
        "blanks",
        "invalid",
    )
    assert sum(s[k] for k in parts) == s["lines"]
    assert s["utterances"] == len([e for e in report["events"] if e["kind"] == "utterance"])
    assert s["invalid"] == 0 and report["checked"] is True
    assert report["ruleset"]["id"] == "uk-fr-channel"
    assert len(report["tool"]["grammar_sha256"]) == 64
    assert report["source"]["sha256"]


def test_json_is_an_array_in_argument_order(cli: Callable[..., Run], tmp_path: Path) -> None:
    other = tmp_path / "other.radio"
    other.write_text("@station A: vessel\nA: hello\n")
    data = json.loads(cli("check", str(other), str(RANGER), "--format", "json", "--exit-zero").out)
    assert [Path(r["source"]["path"]).name for r in data] == ["other.radio", RANGER.name]


def test_table_output_shows_the_timeline(cli: Callable[..., Run]) -> None:
    run = cli("check", str(RANGER), "--exit-zero", "--format", "table")
    assert run.code == 0
    for needle in (
        "Timeline",
        "FR-NAVY → RANGER",
        "What are your intentions with the dinghy?",
        "RANGER lands 58 persons at Dover",
        "Responsibility",
    ):
        assert needle in run.out, needle


def test_exit_codes(cli: Callable[..., Run], tmp_path: Path) -> None:
    clean = tmp_path / "clean.radio"
    clean.write_text("@station A: vessel\nA: hello\n")
    assert cli("check", str(clean)).code == 0
    bad = tmp_path / "bad.radio"
    bad.write_text("A hello\n")
    assert cli("check", str(bad)).code == 2
    assert cli("check", str(bad), "--exit-zero").code == 2  # could not check is never zero
    assert cli("check", "--format", "yaml", str(clean)).code == 2  # usage error


def test_internal_error_exits_3_without_traceback(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    import checker.api

    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(checker.api, "check", boom)
    run = cli("check", str(RANGER))
    assert run.code == 3
    assert "internal error" in run.err and "Traceback" not in run.err
    with pytest.raises(RuntimeError):
        cli("--debug", "check", str(RANGER))


def test_schema_rules_is_json_schema(cli: Callable[..., Run]) -> None:
    schema = json.loads(cli("schema", "rules").out)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "ruleset" in schema["properties"]


def test_console_script_runs() -> None:
    exe = Path(sys.executable).with_name("radiocheck")
    run = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=False)
    assert run.returncode == 0 and run.stdout.startswith("radiocheck ")


def test_no_color_output_has_no_escape_codes(cli: Callable[..., Run]) -> None:
    assert "\x1b[" not in cli("check", str(RANGER), "--exit-zero", "--no-color").out


@pytest.mark.parametrize("width", ["60", "80", "200"])
def test_text_content_does_not_depend_on_width(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch, width: str
) -> None:
    """Layout may wrap, but no word is cut short (REPORT.md, "Formats")."""
    monkeypatch.setenv("COLUMNS", width)
    out = cli("check", str(RANGER), "--exit-zero", "--format", "table").out
    assert "…" not in out  # folded onto the next line, never cut short
    if int(width) >= 200:
        for needle in ("question.intentions", "not-applicable", "acquiesced"):
            assert needle in out, needle


def test_check_and_review_take_the_table_too(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # keys spelled as the flags: one table for check, review and test alike (issue 17)
    root = tmp_path
    (root / "cases").mkdir()
    (root / "cases" / "ranger.radio").write_text(RANGER.read_text(encoding="utf-8"))
    monkeypatch.chdir(root)
    write_pyproject(root, 'select = ["CH04"]\nfail-on = "warning"\nmin-confidence = 0.9')
    run = cli("check", "cases/ranger.radio", "--format", "json")
    report = json.loads(run.out)[0]
    assert {v["rule"] for v in report["verdicts"]} == {"CH04"}
    # the command line wins over the table
    run = cli("check", "cases/ranger.radio", "--format", "json", "--select", "CH03")
    assert {v["rule"] for v in json.loads(run.out)[0]["verdicts"]} == {"CH03"}
    review = cli("review", "cases/ranger.radio", "-o", str(root / "page.html"))
    assert review.code in (0, 1) and (root / "page.html").is_file()
    write_pyproject(root, 'selct = ["CH04"]')
    bad = cli("check", "cases/ranger.radio")
    assert bad.code == 2 and "did you mean 'select'?" in bad.err
