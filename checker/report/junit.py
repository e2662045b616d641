"""The ``junit`` format: JUnit XML, which every CI system can show as test results.

One ``<testsuite>`` per file. For ``check`` each verdict is a ``<testcase>``:
``violated`` fails, and every other outcome passes — ``not-applicable`` too, with
its reason in ``<system-out>``: a rule that has nothing to judge was still checked,
and a CI view that counts it as skipped would suggest that radiocheck left it out.
For ``test`` each expectation is one. A file that could not be checked is a testcase
with an ``<error>``. Built with :mod:`xml.etree.ElementTree` so that escaping is the
library's job.

``time`` is the measured time of each file's check in seconds (``Report._seconds``,
``FileResult._seconds``), on its ``<testsuite>``; a file's verdicts come from one
pass, so each ``<testcase>`` gets an equal share of it, and the shares add up to the
suite's time; ``<testsuites>`` has the sum. A report that was not measured (read
back from JSON, or built by hand) has no ``time`` attributes, so such output stays
reproducible.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import PurePath

from checker.diagnostics import Diagnostic, Severity, format_diagnostic
from checker.report.model import Report
from checker.report.results import FileResult, TestResult

#: Characters XML 1.0 cannot hold at all, not even escaped (ElementTree lets them through).
_NOT_XML = re.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _sanitise(root: ET.Element) -> None:
    """Control characters from a transcript become ``\\xNN``, so the XML stays valid."""
    for el in root.iter():
        if el.text:
            el.text = _xml_safe(el.text)
        for key, value in el.attrib.items():
            el.set(key, _xml_safe(value))


def classname(path: str) -> str:
    """A dotted class name for a file, as CI systems group them (``transcripts.channel.x``)."""
    p = PurePath(path)
    return ".".join((*p.parent.parts, p.stem)).lstrip("./") or path


def _suite(parent: ET.Element, name: str) -> ET.Element:
    return ET.SubElement(parent, "testsuite", name=name)


def _case(suite: ET.Element, name: str, cls: str, line: int | None) -> ET.Element:
    """A testcase; ``file`` and ``line`` (as pytest writes them) let CI link to the place."""
    case = ET.SubElement(suite, "testcase", name=name, classname=cls)
    case.set("file", suite.get("name", ""))
    if line:
        case.set("line", str(line))
    return case


def _error_case(suite: ET.Element, path: str, diagnostics: Sequence[Diagnostic]) -> None:
    errors = [d for d in diagnostics if d.severity is Severity.ERROR] or list(diagnostics)
    case = _case(suite, "read", classname(path), errors[0].line if errors else None)
    first = errors[0].message if errors else "could not be checked"
    err = ET.SubElement(case, "error", message=first, type="input")
    err.text = "\n".join(format_diagnostic(d) for d in errors)


def _timed(suite: ET.Element, seconds: float | None) -> None:
    """Put the measured ``seconds`` on ``suite`` and an equal share on each testcase."""
    if seconds is None:
        return
    suite.set("time", f"{seconds:.6f}")
    cases = suite.findall("testcase")
    for case in cases:
        case.set("time", f"{seconds / len(cases):.6f}")


def _count(root: ET.Element) -> str:
    """Fill in the counts of each suite and of the whole run; return the XML text."""
    totals = dict.fromkeys(("tests", "failures", "errors", "skipped"), 0)
    for suite in root:
        cases = suite.findall("testcase")
        counts = {
            "tests": len(cases),
            "failures": sum(1 for c in cases if c.find("failure") is not None),
            "errors": sum(1 for c in cases if c.find("error") is not None),
            "skipped": sum(1 for c in cases if c.find("skipped") is not None),
        }
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))
    times = [float(s.get("time", "")) for s in root if s.get("time")]
    if times:
        root.set("time", f"{sum(times):.6f}")
    _sanitise(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def format_junit(reports: Sequence[Report]) -> str:
    """JUnit XML for ``check``: one testcase per verdict."""
    root = ET.Element("testsuites", name="radiocheck check")
    for r in reports:
        path = r.source.path or "<input>"
        suite = _suite(root, path)
        if not r.checked:
            _error_case(suite, path, r.diagnostics)
            _timed(suite, r._seconds)
            continue
        for v in r.verdicts:
            name = v.rule + "".join(
                f" {k}={x}" for k, x in (("party", v.party), ("casualty", v.casualty)) if x
            )
            case = _case(suite, name, classname(path), min(v.evidence, default=0))
            evidence = v.evidence_text() or "none"
            detail = f"{v.explanation}\nevidence: lines {evidence}"
            if v.outcome == "violated" and not v.suppressed:
                fail = ET.SubElement(case, "failure", message=v.explanation, type=v.severity)
                fail.text = detail
            else:  # passes: satisfied, excused, uncertain, not-applicable, suppressed
                out = ET.SubElement(case, "system-out")
                out.text = f"{v.outcome}: {detail}"
        _timed(suite, r._seconds)
    return _count(root)


def _test_suite(root: ET.Element, f: FileResult) -> None:
    suite = _suite(root, f.path)
    _test_cases(suite, f)
    _timed(suite, f._seconds)


def _test_cases(suite: ET.Element, f: FileResult) -> None:
    if f.status == "error":
        _error_case(suite, f.path, f.diagnostics)
        return
    if f.status == "skipped":
        case = _case(suite, "read", classname(f.path), None)
        ET.SubElement(case, "skipped", message=f.note or "skipped")
        return
    for e in f.expectations:
        case = _case(suite, e.source, classname(f.path), e.line)
        case.set("file", f.expect_file)
        if not e.passed:
            fail = ET.SubElement(
                case, "failure", message=f"expected {e.expected}, got {e.actual}", type=e.form
            )
            lines = [f"expected: {e.expected}", f"actual:   {e.actual}"]
            lines += [f"line {n}: {f.excerpts[n]}" for n in e.lines if n in f.excerpts]
            fail.text = "\n".join(lines)


def format_junit_tests(result: TestResult) -> str:
    """JUnit XML for ``test``: one testcase per expectation."""
    root = ET.Element("testsuites", name="radiocheck test")
    for f in result.files:
        _test_suite(root, f)
    return _count(root)
