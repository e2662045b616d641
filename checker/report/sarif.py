"""The ``sarif`` format: SARIF 2.1.0, for code-scanning views (GitHub, IDEs).

Rules (``tool.driver.rules``) are described from the verdicts themselves (code, dotted
name, title, provenance), so the output needs no rule set. ``violated`` verdicts are
results with the level of the rule's severity; ``uncertain`` ones are ``note``
results of kind ``review``; suppressed violations carry an in-source suppression with
its reason. Input diagnostics are results too, under their ``RCnnn`` codes. Each
result points at the first evidence line; the other lines are related locations.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from checker._version import __version__
from checker.diagnostics import CATALOGUE, Diagnostic
from checker.report.model import Report
from checker.report.results import TestResult
from checker.rules.model import Verdict

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://pypi.org/project/radiocheck/"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_FORMS = {
    "responsible": "who holds responsibility last, for a casualty and level",
    "ledger": "the intervals of a responsibility ledger, in order",
    "outcome": "some verdict of a rule has this outcome",
    "not-violated": "no verdict of a rule is violated",
    "act": "the primary act of the first utterance containing a text",
    "acts": "the acts of the first utterance containing a text, in order",
    "undeclared": "a violated verdict that no @expect line names",
}


def _uri(path: str | None) -> str:
    return PurePath(path).as_posix() if path else "<input>"


def _location(path: str | None, line: int | None, index: int | None = None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
    if line:
        physical["region"] = {"startLine": line}
    loc: dict[str, Any] = {"physicalLocation": physical}
    if index is not None:
        loc["id"] = index
    return loc


def _locations(path: str | None, lines: Sequence[int]) -> dict[str, Any]:
    ordered = sorted(set(lines))
    out: dict[str, Any] = {"locations": [_location(path, ordered[0] if ordered else None)]}
    if len(ordered) > 1:
        out["relatedLocations"] = [
            _location(path, n, i) for i, n in enumerate(ordered[1:], start=1)
        ]
    return out


def _rule_of_verdict(v: Verdict) -> dict[str, Any]:
    props: dict[str, Any] = {"severity": v.severity}
    if v.provenance:
        props["provenance"] = v.provenance
    return {
        "id": v.rule,
        "name": v.name,
        "shortDescription": {"text": v.title or v.name},
        "defaultConfiguration": {"level": _LEVEL[v.severity]},
        "properties": props,
    }


def _rule_of_code(code: str) -> dict[str, Any]:
    info = CATALOGUE.get(code)
    title = info.title if info else code
    return {
        "id": code,
        "name": "input." + title.replace(" ", "-"),
        "shortDescription": {"text": title},
    }


def _diagnostic_result(d: Diagnostic, path: str | None) -> dict[str, Any]:
    return {
        "ruleId": d.code,
        "level": _LEVEL[d.severity.value],
        "message": {"text": d.message + (f" (hint: {d.hint})" if d.hint else "")},
        **_locations(d.path or path, [d.line] if d.line else []),
    }


def _verdict_result(v: Verdict, path: str | None) -> dict[str, Any]:
    who = ", ".join(f"{k}={x}" for k, x in (("party", v.party), ("casualty", v.casualty)) if x)
    result: dict[str, Any] = {
        "ruleId": v.rule,
        "kind": "fail" if v.outcome == "violated" else "review",
        "level": _LEVEL[v.severity] if v.outcome == "violated" else "note",
        "message": {
            "text": f"{v.rule} {v.outcome}" + (f" ({who})" if who else "") + f": {v.explanation}"
        },
        **_locations(path, v.evidence),
        "properties": {"outcome": v.outcome, "confidence": v.confidence},
    }
    if v.evidence_omitted:  # the related locations are the first EVIDENCE_CAP lines
        result["properties"]["evidenceOmitted"] = v.evidence_omitted
    if v.suppressed:
        result["suppressions"] = [{"kind": "inSource", "justification": v.suppressed}]
    return result


def _log(rules: dict[str, dict[str, Any]], results: list[dict[str, Any]]) -> str:
    run = {
        "tool": {
            "driver": {
                "name": "radiocheck",
                "version": __version__,
                "informationUri": INFO_URI,
                "rules": [rules[k] for k in sorted(rules)],
            }
        },
        "results": results,
        "columnKind": "unicodeCodePoints",
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def format_sarif(reports: Sequence[Report]) -> str:
    """SARIF 2.1.0 for ``check``: violated and uncertain verdicts, and input problems."""
    rules: dict[str, dict[str, Any]] = {}
    results: list[dict[str, Any]] = []
    for r in reports:
        for d in r.diagnostics:
            rules.setdefault(d.code, _rule_of_code(d.code))
            results.append(_diagnostic_result(d, r.source.path))
        for v in r.verdicts:
            if v.outcome in ("violated", "uncertain"):
                rules.setdefault(v.rule, _rule_of_verdict(v))
                results.append(_verdict_result(v, r.source.path))
    return _log(rules, results)


def format_sarif_tests(result: TestResult) -> str:
    """SARIF 2.1.0 for ``test``: one error result per expectation not met."""
    rules: dict[str, dict[str, Any]] = {}
    results: list[dict[str, Any]] = []
    for f in result.files:
        for d in f.diagnostics if f.status == "error" else []:
            rules.setdefault(d.code, _rule_of_code(d.code))
            results.append(_diagnostic_result(d, f.path))
        for e in f.failures:
            rule_id = f"expect.{e.form}"
            rules.setdefault(
                rule_id,
                {"id": rule_id, "name": rule_id, "shortDescription": {"text": _FORMS[e.form]}},
            )
            text = f"{e.source}: expected {e.expected}, got {e.actual}"
            results.append(
                {
                    "ruleId": rule_id,
                    "kind": "fail",
                    "level": "error",
                    "message": {"text": text},
                    **_locations(f.expect_file, [e.line] if e.line else []),
                }
            )
    return _log(rules, results)
