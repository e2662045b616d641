"""The ``markdown`` format: GitHub-flavoured Markdown for pull-request comments.

Tables of ledgers and verdicts per file for ``check``; a summary table and the
failed expectations (as a ``diff`` block: ``-`` expected, ``+`` actual) for
``test``. Cell text is escaped so that a ``|`` or a newline in an explanation
cannot break a table, ``<`` and ``&`` cannot open an HTML tag or character reference
(``&#x202E;`` would reorder the comment), and a backtick cannot open a code span; a
file name or expectation shown as code gets a fence longer than any backtick run in
it. The whole document then goes through :func:`~checker.diagnostics.visible`, the
boundary every printed input passes, for control, bidirectional and zero-width
characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.diagnostics import visible
from checker.report.model import Report
from checker.report.results import FileResult, TestResult
from checker.report.words import count

_ICON = {
    "violated": "❌",
    "excused": "⚠️",
    "uncertain": "❔",
    "satisfied": "✅",
    "not-applicable": "➖",
}
_TICKS = re.compile("`+")
_STATUS = {
    "passed": "✅ passed",
    "failed": "❌ failed",
    "error": "💥 error",
    "skipped": "➖ skipped",
}


class Code(str):
    """An inline code span made by :func:`code`: in a table cell only its pipes are
    escaped (GitHub reads ``\\|`` inside a span in a table as ``|``)."""

    __slots__ = ()


def cell(text: object) -> str:
    """Text safe inside a table cell (and as the text of a heading or list item)."""
    if isinstance(text, Code):
        return text.replace("|", "\\|")
    out = str(text).replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`")
    out = out.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return out.replace("\r", "").replace("\n", "<br>")


def code(text: object) -> Code:
    """``text`` as an inline code span that no backtick or newline in it can end."""
    body = visible(str(text))  # a newline would end the line, and with it the span
    longest = max((len(run) for run in _TICKS.findall(body)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if body.startswith("`") or body.endswith("`") else ""
    return Code(f"{fence}{pad}{body}{pad}{fence}")


def _done(lines: list[str]) -> str:
    """The document, its input text shown and not obeyed."""
    return visible("\n".join(lines).rstrip("\n") + "\n", "\n")


def table(head: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """A Markdown table."""
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out.extend("| " + " | ".join(cell(c) for c in row) + " |" for row in rows)
    return out


def _report(r: Report) -> list[str]:
    out = [f"### {cell(r.title or r.source.path or 'transcript')}", ""]
    rules = f" · rules {code(r.ruleset.id)} {cell(r.ruleset.version)}" if r.ruleset else ""
    out += [f"{code(r.source.path)}{rules}", ""]
    if not r.checked:
        out += ["**Not checked**: the file has errors.", ""]
        out += [f"- line {d.line}: {code(d.code)} {cell(d.message)}" for d in r.diagnostics]
        return [*out, ""]
    rows: list[tuple[object, ...]]
    if r.responsibility:
        rows = [
            (
                s.casualty,
                s.level,
                s.party or ("nobody (aware)" if s.aware else "nobody"),
                s.station or "",
                s.how,
                f"{s.from_line}–{s.to_line or 'end'}",
                f"{s.confidence:.2f}",
            )
            for s in r.responsibility
        ]
        head = ("casualty", "level", "party", "station", "how", "lines", "conf.")
        out += ["**Responsibility**", "", *table(head, rows), ""]
    if r.verdicts:
        rows = [
            (
                v.rule,
                f"{_ICON.get(v.outcome, '')} {v.outcome}"
                + (f" by {v.excused_by}" if v.excused_by else "")
                + (" (suppressed)" if v.suppressed else ""),
                v.severity,
                v.party or "—",
                v.casualty or "—",
                v.evidence_text(),
                v.explanation,
            )
            for v in r.verdicts
        ]
        head = ("rule", "outcome", "severity", "party", "casualty", "lines", "why")
        out += ["**Verdicts**", "", *table(head, rows), ""]
    s = r.summary
    out += [
        f"{s.utterances} utterances, {s.narrations} narration lines; "
        f"{s.violations} violated ({count(s.errors, 'error')}), {s.uncertain} uncertain.",
        "",
    ]
    return out


def format_markdown(reports: Sequence[Report]) -> str:
    """Markdown for ``check``."""
    out = ["## radiocheck", ""]
    for r in reports:
        out += _report(r)
    return _done(out)


def _failures(f: FileResult) -> list[str]:
    out = [f"#### {code(f.path)}", ""]
    if f.sidecar:
        out += [f"Expectations in {code(f.sidecar)}.", ""]
    for d in f.diagnostics if f.status == "error" else []:
        out.append(f"- line {d.line}: {code(d.code)} {cell(d.message)}")
    for e in f.failures:
        out += [f"line {e.line}: {code(e.source)}" if e.line else code(e.source), "", "```diff"]
        out += e.diff()
        out += [f"  line {n}: {f.excerpts[n]}" for n in e.lines if n in f.excerpts]
        out += ["```", ""]
    return out


def format_markdown_tests(result: TestResult) -> str:
    """Markdown for ``test``: one row per transcript, then each failure."""
    passed, failed = result.count(True), result.count(False)
    verdict = "✅ all expectations met" if result.passed else "❌ some expectations not met"
    out = ["## radiocheck test", "", f"{verdict}: {passed} passed, {failed} failed.", ""]
    rows = [
        (code(f.path), _STATUS[f.status], sum(e.passed for e in f.expectations), len(f.failures))
        for f in result.files
    ]
    out += [*table(("transcript", "status", "passed", "failed"), rows), ""]
    for f in result.files:
        if f.status in ("failed", "error"):
            out += _failures(f)
    return _done(out)
