"""The ``github`` format: GitHub Actions workflow commands that annotate the diff.

GitHub shows at most 10 annotations of each level (error, warning, notice) per step
and drops the rest silently. So annotations are sorted most severe first, and when a
level has more than 10 the tenth says how many more there are, pointing to the full
report; nothing important is hidden by the limit without saying so.

Escaping follows the runner's rules: in the message ``%``, CR and LF are escaped;
in properties (``file``, ``title``) also ``:`` and ``,``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from checker.diagnostics import Diagnostic, visible
from checker.report.model import Report
from checker.report.results import TestResult
from checker.vocabulary import Severity

LIMIT = 10
#: GitHub's annotation levels, most serious first (not the ledgers' levels).
ANNOTATION_LEVELS = ("error", "warning", "notice")
_FROM_SEVERITY: dict[Severity, str] = {"error": "error", "warning": "warning", "info": "notice"}


@dataclass(frozen=True)
class Annotation:
    """One workflow command, before escaping."""

    level: str
    file: str | None
    line: int | None
    title: str
    message: str
    col: int | None = None


def escape_data(text: str) -> str:
    """Escape a command's message; other control, bidirectional and zero-width
    characters are made visible, as everywhere radiocheck prints input text."""
    escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible(escaped)


def escape_property(text: str) -> str:
    """Escape a command property value (``file``, ``title``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(a: Annotation) -> str:
    """``::LEVEL file=...,line=...,title=...::message``."""
    props = []
    if a.file:
        props.append(f"file={escape_property(a.file)}")
    if a.line:
        props.append(f"line={a.line}")
    if a.col:
        props.append(f"col={a.col}")
    props.append(f"title={escape_property(a.title)}")
    return f"::{a.level} {','.join(props)}::{escape_data(a.message)}"


def render(annotations: Sequence[Annotation], what: str) -> str:
    """All annotations, most severe first, within the per-level limit."""
    lines: list[str] = []
    for level in ANNOTATION_LEVELS:
        group = [a for a in annotations if a.level == level]
        if len(group) > LIMIT:
            shown, rest = group[: LIMIT - 1], len(group) - (LIMIT - 1)
            more = Annotation(
                level,
                None,
                None,
                f"{rest} more {level}s",
                f"{rest} more {what} at level {level} are not annotated "
                "(GitHub shows 10 per level); see the full report (--format text or sarif).",
            )
            group = [*shown, more]
        lines.extend(command(a) for a in group)
    return "".join(line + "\n" for line in lines)


def _diagnostic(d: Diagnostic, path: str | None) -> Annotation:
    level = _FROM_SEVERITY[d.severity.value]
    message = d.message + (f" (hint: {d.hint})" if d.hint else "")
    return Annotation(level, d.path or path, d.line, d.code, message, d.column)


def format_github(reports: Sequence[Report]) -> str:
    """Annotations for ``check``: input problems and violated or uncertain verdicts."""
    notes: list[Annotation] = []
    for r in reports:
        notes.extend(_diagnostic(d, r.source.path) for d in r.diagnostics)
        for v in r.verdicts:
            if v.suppressed or v.outcome not in ("violated", "uncertain"):
                continue
            level = _FROM_SEVERITY[v.severity] if v.outcome == "violated" else "notice"
            who = " ".join(
                f"{k}={x}" for k, x in (("party", v.party), ("casualty", v.casualty)) if x
            )
            title = f"{v.rule} {v.outcome}" + (f" ({who})" if who else "")
            line = min(v.evidence, default=None)
            notes.append(Annotation(level, r.source.path, line, title, v.explanation))
    return render(notes, "findings")


def format_github_tests(result: TestResult) -> str:
    """Annotations for ``test``: each expectation not met, at its ``@expect`` line."""
    notes: list[Annotation] = []
    for f in result.files:
        if f.status == "error":
            notes.extend(_diagnostic(d, f.path) for d in f.diagnostics)
        for e in f.failures:
            message = f"{e.source}\nexpected: {e.expected}\nactual:   {e.actual}"
            title = "unexpected violation" if e.form == "undeclared" else "expectation not met"
            notes.append(Annotation("error", f.expect_file, e.line or None, title, message))
    return render(notes, "failed expectations")
