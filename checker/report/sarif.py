"""The ``sarif`` format: SARIF 2.1.0, for code-scanning views (GitHub, IDEs).

Rules (``tool.driver.rules``) are described from the verdicts themselves (code, dotted
name, title, provenance), so the output needs no rule set. ``violated`` verdicts are
results with the level of the rule's severity; ``uncertain`` ones are ``note``
results of kind ``review``; suppressed violations carry an in-source suppression with
its reason. Input diagnostics are results too, under their ``RCnnn`` codes. Each
result points at the first evidence line (and the column, where a diagnostic has
one); the other lines are related locations.

Rules carry a ``fullDescription`` and a ``help`` (text and Markdown) made of the rule
set's ``title``, ``rationale``, ``source`` and ``provenance``: from the specs that
:func:`checker.api.check` keeps on the report, or, for a report built otherwise, from
the shipped rule sets of its chain when a rule there has the verdict's code and name.
``helpUri`` needs a web address for docs/rules.md; pyproject.toml has no
``[project.urls]``, so it is written only when the installed package's metadata has
a ``Source``, ``Repository`` or ``Homepage`` URL (:func:`help_uri`).

Artifact URIs are what GitHub code scanning resolves: a file under the folder of the
run is a relative URI with ``uriBaseId: "%SRCROOT%"``, and the run's
``originalUriBaseIds`` says that ``%SRCROOT%`` is that folder (a ``file://`` URI); a
file elsewhere gets its absolute ``file://`` URI.

``partialFingerprints["radiocheck/v1"]`` lets a code-scanning view follow a finding
from run to run, even when lines are added above it: the SHA-256 (first 32 hex
digits) of, joined by U+001F, the rule id, the party, the casualty, and the first
evidence line's text normalised (speaker id and text, case-folded, runs of white
space made one space). A diagnostic's uses its code and its source line (or message).
Line numbers and the file's name are not part of it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from checker._version import __version__
from checker.diagnostics import CATALOGUE, Diagnostic
from checker.report.model import Report
from checker.report.results import TestResult
from checker.rules.model import Verdict
from checker.ruleset.schema import RuleSpec
from checker.vocabulary import Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT = "radiocheck/v1"
INFO_URI = "https://pypi.org/project/radiocheck/"
_LEVEL: dict[Severity, str] = {"error": "error", "warning": "warning", "info": "note"}
_FORMS = {
    "responsible": "who holds responsibility last, for a casualty and level",
    "ledger": "the intervals of a responsibility ledger, in order",
    "outcome": "some verdict of a rule has this outcome",
    "not-violated": "no verdict of a rule is violated",
    "act": "the primary act of the first utterance containing a text",
    "acts": "the acts of the first utterance containing a text, in order",
    "undeclared": "a violated verdict that no @expect line names",
}


def _artifact(path: str | None, root: Path) -> dict[str, Any]:
    """A file's ``artifactLocation``: relative to ``%SRCROOT%`` (the run's folder) when
    it is inside it, else an absolute ``file://`` URI. URIs are percent-encoded (RFC
    3986), so that a space, ``#``, ``%`` or ``?`` in a file name names the file."""
    if not path:
        return {"uri": "<input>"}
    p = Path(path)
    absolute = p if p.is_absolute() else root / p
    try:
        relative = absolute.resolve(strict=False).relative_to(root.resolve(strict=False))
    except ValueError:
        return {"uri": "file://" + _percent(absolute.resolve(strict=False).as_posix())}
    named = p if not p.is_absolute() and ".." not in p.parts else relative
    # a relative path as given, so that a symbolic link in the folder stays as named
    return {"uri": _percent(named.as_posix()), "uriBaseId": SRCROOT}


#: What a URI path may hold as it is: RFC 3986's unreserved characters and ``/``.
_KEPT = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")


def _percent(text: str) -> str:
    """``text`` percent-encoded as UTF-8, as ``urllib.parse.quote(text, safe="/")``
    does (radiocheck imports no network module, urllib included)."""
    data = text.encode("utf-8", "surrogateescape")
    return "".join(chr(b) if b in _KEPT else f"%{b:02X}" for b in data)


def _location(
    where: dict[str, Any], line: int | None, column: int | None = None, index: int | None = None
) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": dict(where)}
    if line:
        physical["region"] = {"startLine": line}
        if column:
            physical["region"]["startColumn"] = column
    loc: dict[str, Any] = {"physicalLocation": physical}
    if index is not None:
        loc["id"] = index
    return loc


def _locations(
    where: dict[str, Any], lines: Sequence[int], column: int | None = None
) -> dict[str, Any]:
    ordered = sorted(set(lines))
    first = _location(where, ordered[0] if ordered else None, column)
    out: dict[str, Any] = {"locations": [first]}
    if len(ordered) > 1:
        out["relatedLocations"] = [
            _location(where, n, None, i) for i, n in enumerate(ordered[1:], start=1)
        ]
    return out


def fingerprint(*parts: str | None) -> str:
    """The ``radiocheck/v1`` partial fingerprint of ``parts`` (see the module's doc)."""
    text = "\x1f".join(" ".join((p or "").casefold().split()) for p in parts)
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def _evidence_text(r: Report, line: int | None) -> str:
    """The speaker and text of the event at ``line`` (or spanning it), or ``""``."""
    for e in r.events if line else []:
        if e.line <= line <= e.end_line:  # type: ignore[operator]
            return f"{e.speaker or ''} {e.text or ''}"
    return ""


def help_uri(base: str | None, kind: str) -> str | None:
    """The address of a rule kind's section of docs/rules.md under the project's web
    address ``base`` (a repository page), or ``None`` without one."""
    return f"{base.rstrip('/')}/blob/HEAD/docs/rules.md#{kind}" if base else None


@cache
def project_url() -> str | None:
    """The project's repository address from the installed package's metadata
    (``[project.urls]``: ``Source``, ``Repository`` or ``Homepage``), if it has one."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("radiocheck").get_all("Project-URL") or []
    except PackageNotFoundError:
        return None
    named = dict(u.split(", ", 1) for u in urls if ", " in u)
    found = [str(named[k]) for k in ("Source", "Repository", "Homepage") if k in named]
    return next((u for u in found if u.startswith("https://")), None)


@cache
def _shipped_specs(chain: tuple[str, ...]) -> Mapping[str, RuleSpec]:
    """The rules of the shipped rule sets of ``chain``, by code (later sets winning)."""
    from checker.ruleset.loader import load_ruleset, shipped_ids

    specs: dict[str, RuleSpec] = {}
    for rid in chain:
        if rid in shipped_ids():
            specs.update({s.code: s for s in load_ruleset(rid).rules})
    return specs


def _spec_for(r: Report, v: Verdict) -> RuleSpec | None:
    spec = r._rules.get(v.rule)
    if spec is None and r.ruleset is not None:
        spec = _shipped_specs(tuple(r.ruleset.chain)).get(v.rule)
    return spec if spec is not None and spec.name == v.name else None


def _rule_of_verdict(v: Verdict, spec: RuleSpec | None) -> dict[str, Any]:
    props: dict[str, Any] = {"severity": v.severity}
    if v.provenance:
        props["provenance"] = v.provenance
    title = v.title or v.name
    rule: dict[str, Any] = {
        "id": v.rule,
        "name": v.name,
        "shortDescription": {"text": title},
        "fullDescription": {"text": title},
        "defaultConfiguration": {"level": _LEVEL[v.severity]},
        "properties": props,
    }
    if spec is not None:
        why = " ".join(spec.rationale.split()) or title
        source = f"Source: {spec.source} ({spec.provenance})."
        rule["fullDescription"] = {"text": why}
        rule["help"] = {
            "text": f"{title}. {why}\n\n{source}",
            "markdown": f"**{title}**\n\n{why}\n\n*Source:* {spec.source} ({spec.provenance}).",
        }
        uri = help_uri(project_url(), spec.kind)
        if uri:
            rule["helpUri"] = uri
        props["source"] = spec.source
    return rule


def _rule_of_code(code: str) -> dict[str, Any]:
    info = CATALOGUE.get(code)
    title = info.title if info else code
    where = f"docs/errors.md, section {code}"
    return {
        "id": code,
        "name": "input." + title.replace(" ", "-"),
        "shortDescription": {"text": title},
        "fullDescription": {"text": f"Input problem {code}: {title}."},
        "help": {
            "text": f"{title}. See {where}, or run `radiocheck explain {code}`.",
            "markdown": f"**{title}**\n\nSee {where}.",
        },
    }


def _diagnostic_result(d: Diagnostic, where: dict[str, Any]) -> dict[str, Any]:
    return {
        "ruleId": d.code,
        "level": _LEVEL[d.severity.value],
        "message": {"text": d.message + (f" (hint: {d.hint})" if d.hint else "")},
        **_locations(where, [d.line] if d.line else [], d.column),
        "partialFingerprints": {FINGERPRINT: fingerprint(d.code, d.source_line or d.message)},
    }


def _verdict_result(v: Verdict, r: Report, where: dict[str, Any]) -> dict[str, Any]:
    who = ", ".join(f"{k}={x}" for k, x in (("party", v.party), ("casualty", v.casualty)) if x)
    first = min(v.evidence, default=None)
    result: dict[str, Any] = {
        "ruleId": v.rule,
        "kind": "fail" if v.outcome == "violated" else "review",
        "level": _LEVEL[v.severity] if v.outcome == "violated" else "note",
        "message": {
            "text": f"{v.rule} {v.outcome}" + (f" ({who})" if who else "") + f": {v.explanation}"
        },
        **_locations(where, v.evidence),
        "partialFingerprints": {
            FINGERPRINT: fingerprint(v.rule, v.party, v.casualty, _evidence_text(r, first))
        },
        "properties": {"outcome": v.outcome, "confidence": v.confidence},
    }
    if v.evidence_omitted:  # the related locations are the first EVIDENCE_CAP lines
        result["properties"]["evidenceOmitted"] = v.evidence_omitted
    if v.suppressed:
        result["suppressions"] = [{"kind": "inSource", "justification": v.suppressed}]
    return result


def _log(rules: dict[str, dict[str, Any]], results: list[dict[str, Any]], root: Path) -> str:
    run = {
        "tool": {
            "driver": {
                "name": "radiocheck",
                "version": __version__,
                "informationUri": INFO_URI,
                "rules": [rules[k] for k in sorted(rules)],
            }
        },
        "originalUriBaseIds": {SRCROOT: {"uri": _folder_uri(root)}},
        "results": results,
        "columnKind": "unicodeCodePoints",
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _folder_uri(root: Path) -> str:
    """``root`` as a ``file://`` URI ending in ``/``, as SARIF asks of a base URI."""
    return "file://" + _percent(root.resolve(strict=False).as_posix().rstrip("/") + "/")


def format_sarif(reports: Sequence[Report], *, root: Path | None = None) -> str:
    """SARIF 2.1.0 for ``check``: violated and uncertain verdicts, and input problems.
    ``root`` is ``%SRCROOT%``, the folder relative paths are from (default: the
    current folder)."""
    base = root or Path.cwd()
    rules: dict[str, dict[str, Any]] = {}
    results: list[dict[str, Any]] = []
    for r in reports:
        where = _artifact(r.source.path, base)
        for d in r.diagnostics:
            rules.setdefault(d.code, _rule_of_code(d.code))
            at = _artifact(d.path, base) if d.path and d.path != r.source.path else where
            results.append(_diagnostic_result(d, at))
        for v in r.verdicts:
            if v.outcome in ("violated", "uncertain"):
                rules.setdefault(v.rule, _rule_of_verdict(v, _spec_for(r, v)))
                results.append(_verdict_result(v, r, where))
    return _log(rules, results, base)


def format_sarif_tests(result: TestResult, *, root: Path | None = None) -> str:
    """SARIF 2.1.0 for ``test``: one error result per expectation not met."""
    base = root or Path.cwd()
    rules: dict[str, dict[str, Any]] = {}
    results: list[dict[str, Any]] = []
    for f in result.files:
        for d in f.diagnostics if f.status == "error" else []:
            rules.setdefault(d.code, _rule_of_code(d.code))
            results.append(_diagnostic_result(d, _artifact(d.path or f.path, base)))
        for e in f.failures:
            rule_id = f"expect.{e.form}"
            what = _FORMS[e.form]
            rules.setdefault(
                rule_id,
                {
                    "id": rule_id,
                    "name": rule_id,
                    "shortDescription": {"text": what},
                    "fullDescription": {"text": f"An @expect {e.form} line: {what}."},
                    "help": {
                        "text": f"The @expect forms are described in docs/transcripts.md. {what}.",
                        "markdown": f"`@expect {e.form}`: {what}. See docs/transcripts.md.",
                    },
                },
            )
            text = f"{e.source}: expected {e.expected}, got {e.actual}"
            results.append(
                {
                    "ruleId": rule_id,
                    "kind": "fail",
                    "level": "error",
                    "message": {"text": text},
                    **_locations(_artifact(f.expect_file, base), [e.line] if e.line else []),
                    "partialFingerprints": {FINGERPRINT: fingerprint(rule_id, e.source)},
                }
            )
    return _log(rules, results, base)
