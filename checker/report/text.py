"""The ``table`` format of ``check``: rich tables of reports, for a wide terminal.

(It was the ``text`` format until the linter-shaped :mod:`checker.report.lint` took
that name.)

Content never depends on the terminal's width, only its layout: tables wrap, they do
not truncate. Functions here build renderables; the CLI owns the console.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len
from rich.console import Console, Group, OverflowMethod, RenderableType
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from checker.protocol.model import Event, ResponsibilitySpan
from checker.report.model import Report
from checker.report.words import OUTCOME_STYLE, count, narration_text
from checker.vocabulary import LEVELS

#: Long words wrap onto the next line; they are never cut short with an ellipsis, so
#: that what the report says does not depend on the width of the terminal.
FOLD: OverflowMethod = "fold"


def _who(e: Event) -> Text:
    if e.kind == "narration":
        return Text("*", style="dim")
    who = Text(e.speaker or "?", style="bold")
    if e.addressee:
        who.append(" → ")
        who.append(e.addressee, style="bold")
    return who


def unsplit(table: Table) -> Table:
    """``table`` with each column at least as wide as its longest word, so that rich
    wraps between words and never splits one ("non-objectio|n") at any terminal width.

    ``overflow="fold"`` alone folds any word longer than the width rich picks for a
    column; a column's ``min_width`` is what keeps rich from picking less. Only a word
    wider than a whole terminal is still folded (never cut short)."""
    for column in table.columns:
        words = [w for cell in column.cells for w in _plain(cell).split()]
        header = _plain(column.header).split()
        column.min_width = max([column.min_width or 0, *map(len, words + header)])
    return table


def _plain(cell: object) -> str:
    return cell.plain if isinstance(cell, Text) else str(cell)


def timeline_table(report: Report) -> Table:
    """One row per utterance or narration line: line, time, who, medium, words, act."""
    table = Table(title="Timeline", title_justify="left", show_lines=False, expand=False)
    table.add_column("line", justify="right", style="dim", overflow=FOLD)
    table.add_column("time", overflow=FOLD)
    table.add_column("who", overflow=FOLD)
    table.add_column("medium", style="dim", overflow=FOLD)
    table.add_column("said or logged", ratio=1, overflow=FOLD)
    table.add_column("act", style="cyan", overflow=FOLD)
    for e in report.events:
        if e.kind == "narration" and e.narration is not None:
            words = Text(narration_text(e.narration), style="italic")
        else:
            words = Text(e.text or "")
        act: str = e.primary or ""
        if e.overridden:
            act += " (override)"
        medium: str = "" if e.medium == "radio" else e.medium
        if e.kind == "narration":
            medium = "log"
        table.add_row(str(e.line), (e.clock or "")[:8], _who(e), medium, words, act)
    return unsplit(table)


def _span_text(s: ResponsibilitySpan) -> Text:
    who = s.party or ("nobody, aware" if s.aware else "nobody")
    if s.station:
        who += f"/{s.station}"
    text = Text(f"line {s.from_line} ")
    text.append(who, style="bold")
    text.append(f" {s.how}" if s.how != "none" else "")
    if s.confidence < 1.0:
        text.append(f" (confidence {s.confidence:.2f})", style="magenta")
    return text


def ledger_table(report: Report) -> Table | None:
    """Each casualty's two ledgers as a compact timeline, with its final state."""
    if not report.casualties:
        return None
    table = Table(title="Responsibility", title_justify="left", show_lines=True)
    table.add_column("casualty", overflow=FOLD)
    table.add_column("level", overflow=FOLD)
    table.add_column("who held it, from which line", ratio=1, overflow=FOLD)
    table.add_column("evidence", overflow=FOLD)
    for cas in report.casualties:
        final = cas.final
        state = f"{final.phase}, {final.operation}" + (f", {final.closure}" if final.closed else "")
        head = Text(cas.id, style="bold")
        head.append(f"\n{state}", style="dim")
        if cas.zones:
            head.append("\n" + ", ".join(cas.zones), style="dim")
        for i, level in enumerate(LEVELS):
            spans = [s for s in report.responsibility if s.casualty == cas.id and s.level == level]
            line = Text(" → ").join(_span_text(s) for s in spans) if spans else Text("—")
            evidence = ", ".join(str(n) for n in spans[-1].evidence) if spans else ""
            table.add_row(head if i == 0 else Text(""), level, line, evidence)
    return unsplit(table)


def verdict_table(report: Report) -> Table | None:
    """Every verdict with its outcome, party, evidence and explanation."""
    if not report.verdicts:
        return None
    table = Table(title="Verdicts", title_justify="left")
    for name in ("rule", "outcome", "sev.", "party", "casualty", "lines", "explanation"):
        table.add_column(name, ratio=1 if name == "explanation" else None, overflow=FOLD)
    for v in report.verdicts:
        outcome = Text(v.outcome, style=OUTCOME_STYLE.get(v.outcome, ""))
        if v.excused_by:
            outcome.append(f" by {v.excused_by}")
        table.add_row(
            v.rule,
            outcome,
            v.severity if v.outcome == "violated" else "",  # a rule held costs nothing
            v.party or "—",
            v.casualty or "—",
            v.evidence_text(),
            v.explanation,
        )
    return unsplit(table)


def summary_text(report: Report) -> Text:
    """The closing line: counts that reconcile with the file."""
    s = report.summary
    text = Text(
        f"{s.lines} lines: {s.utterances} utterances, {s.narrations} narration, "
        f"{s.continuations} continuation, {s.directives} directives, {s.comments} comments, "
        f"{s.blanks} blank, {s.invalid} invalid. "
    )
    if not report.checked:
        text.append("Not checked: fix the errors above.", style="bold red")
    else:
        text.append(
            f"{s.unclassified} unclassified; {s.violations} violated "
            f"({count(s.errors, 'error')}), {s.uncertain} uncertain."
        )
    return text


def fit(console: Console, renderable: Group) -> None:
    """Give each column of the tables in ``renderable`` a fixed width: at least its
    longest word (see :func:`unsplit`), the rest of the terminal shared by how much
    more each column's longest line wants. rich's own layout would split words or crop
    the last column when the columns' minimums leave it too little room. When even the
    minimums do not fit, ``console`` is widened: the terminal folds the long lines,
    rather than rich cutting them at its edge."""
    need = 0
    for table in renderable.renderables:
        if not isinstance(table, Table):
            need = max(need, Measurement.get(console, console.options, table).minimum)
            continue
        columns = table.columns
        chrome = 3 * len(columns) + 1  # a border and a blank either side of each cell
        mins = [c.min_width or 1 for c in columns]
        maxs = [
            max(
                [
                    m,
                    *(
                        cell_len(x)
                        for cell in (c.header, *c.cells)
                        for x in _plain(cell).split("\n")
                    ),
                ]
            )
            for m, c in zip(mins, columns, strict=True)
        ]
        room = console.width - chrome - sum(mins)
        wants = [b - a for a, b in zip(mins, maxs, strict=True)]
        if room >= sum(wants):
            widths = maxs
        else:
            share = [w * max(room, 0) // max(sum(wants), 1) for w in wants]
            widths = [a + s for a, s in zip(mins, share, strict=True)]
        for column, width in zip(columns, widths, strict=True):
            column.width = width
        need = max(need, sum(widths) + chrome)
    console.width = max(console.width, need)


def render(reports: Iterable[Report]) -> Group:
    """Everything the text format shows for the given reports."""
    parts: list[RenderableType] = []
    for r in reports:
        head = Text(r.title or r.source.path or "transcript", style="bold")
        head.append(f"\n{r.source.path}")
        if r.ruleset:
            head.append(f" · rules {r.ruleset.id} {r.ruleset.version}")
        parts.append(head)
        if r.events:
            parts.append(timeline_table(r))
        for table in (ledger_table(r), verdict_table(r)):
            if table is not None:
                parts.append(table)
        parts.append(summary_text(r))
        parts.append(Text(""))
    return Group(*parts)
