"""The terminal review: the ledger timeline with rich, for panels without a browser.

Three views, all built from the Report through :mod:`checker.report.explain` so that
they tell the same story as the HTML page: one casualty's timeline (state and both
ledger holders after every line, then its verdicts by party), one step of a
line-by-line walk, and one verdict's chain of evidence. The CLI owns the console and
the prompts; these functions only build renderables.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from checker.protocol.model import Casualty, Event
from checker.report.explain import (
    Explanation,
    changes_at,
    holder_at,
    holder_text,
    reading,
    says,
    state_at,
    who,
)
from checker.report.model import Report
from checker.vocabulary import LEVELS

ICON = {"violated": "✗", "uncertain": "?", "excused": "≈", "satisfied": "✓", "not-applicable": "–"}
OUTCOME_STYLE = {
    "violated": "bold red",
    "uncertain": "magenta",
    "excused": "yellow",
    "satisfied": "green",
    "not-applicable": "dim",
}


class Fit:
    """A table when the terminal is wide enough for every word of it, else the same
    cells as stacked lines ("column: value"), so that a narrow terminal wraps the words
    instead of cutting them ("warshi…") or splitting them mid-word."""

    def __init__(self, table: Table, title: str = "") -> None:
        self.table, self.title = table, title

    def _need(self) -> int:
        """The narrowest the table can be with no word cut: each column as wide as its
        longest word (header included), plus padding and rules."""
        total = 1
        for column in self.table.columns:
            texts = [str(column.header), *(str(c) for c in column.cells)]
            total += max(cell_len(w) for t in texts for w in [*t.split(), ""]) + 3
        return total

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if self._need() <= options.max_width:
            yield self.table
            return
        names = [c.header for c in self.table.columns]
        if self.title:
            yield Text(self.title, style="italic")
        cells = [list(c.cells) for c in self.table.columns]
        for row in range(self.table.row_count):
            text = Text()
            for i, name in enumerate(names):
                value = cells[i][row]
                text.append(f"{name}: ", style="dim")
                text.append(value if isinstance(value, Text) else Text(str(value)))
                text.append("\n" if i + 1 < len(names) else "")
            yield text
            yield Text("")


def header(report: Report) -> Text:
    """Title, file and rule set: the first thing on screen."""
    text = Text(report.title or report.source.path or "transcript", style="bold")
    text.append(f"\n{report.source.path or '(text)'}")
    if report.ruleset:
        text.append(f" · rules {report.ruleset.id} {report.ruleset.version}")
    return text


def _state_cells(report: Report, cas: str, line: int) -> list[str]:
    state = state_at(report, cas, line)
    if state is None:
        return ["not yet", "—", "—"]
    return [state.phase, state.operation, ", ".join(state.zones) or "unknown"]


def casualty_view(report: Report, cas: Casualty) -> RenderableType:
    """One casualty: after each line, its phase, operation, zones and both holders."""
    table = Table(show_lines=False, expand=False, title_justify="left")
    for name in ("line", "time", "what happened", "phase", "operation", "zones", *LEVELS):
        wide = 2 if name == "what happened" else None
        table.add_column(name, no_wrap=name in ("line", "time"), ratio=wide)
    before: list[str] = []
    for e in report.events:
        cells = _state_cells(report, cas.id, e.line) + [
            holder_text(holder_at(report, cas.id, level, e.line)) for level in LEVELS
        ]
        styled = [
            Text(c, style="bold" if not before or c != before[i] else "dim")
            for i, c in enumerate(cells)
        ]
        table.add_row(str(e.line), (e.clock or "")[:5], _happened(e), *styled)
        before = cells
    p = cas.persons
    title = f"{cas.id}: {p.on_board if p.on_board is not None else '?'} on board, in " + (
        ", ".join(cas.zones) or "no known zone"
    )
    return Panel(
        Group(Fit(table), verdicts_view(report, cas.id)), title=Text(title), title_align="left"
    )


def _happened(e: Event) -> Text:
    if e.kind == "narration":
        return Text(says(e), style="italic")
    text = Text(f"{who(e)}: ", style="bold")
    text.append(says(e))
    text.append(f" [{e.primary}{' ✎ override' if e.overridden else ''}]", style="cyan")
    return text


def verdicts_view(report: Report, casualty: str | None) -> RenderableType:
    """The verdicts about one casualty (``None``: the exchange's procedure rules)."""
    table = Table(title=f"Verdicts ({casualty or 'procedure'})", title_justify="left")
    for name in ("party", "outcome", "rule", "evidence", "why"):
        table.add_column(name, ratio=1 if name == "why" else None)
    rank = {o: i for i, o in enumerate(ICON)}
    chosen = [v for v in report.verdicts if v.casualty == casualty]
    for v in sorted(chosen, key=lambda v: (v.party or "~", rank.get(v.outcome, 9))):
        outcome = Text(
            f"{ICON.get(v.outcome, '')} {v.outcome}", style=OUTCOME_STYLE.get(v.outcome, "")
        )
        if v.excused_by:
            outcome.append(f" by {v.excused_by}")
        outcome.append(f" ({v.severity})", style="dim")
        evidence = v.evidence_text()
        table.add_row(v.party or "—", outcome, v.rule, evidence, v.explanation)
    return Fit(table, f"Verdicts ({casualty or 'procedure'})")


def static_review(report: Report) -> RenderableType:
    """Every casualty's view and the procedure verdicts: what a pipe or file gets."""
    parts: list[RenderableType] = [header(report)]
    parts += [casualty_view(report, c) for c in report.casualties]
    if not report.casualties:
        parts.append(Text("No casualty is named in this transcript, so there is no ledger."))
    if any(v.casualty is None for v in report.verdicts):
        parts.append(verdicts_view(report, None))
    return Group(*parts)


def step_view(report: Report, e: Event) -> RenderableType:
    """One line of the walk: what it says, how it was read, and where things stand."""
    body = Text()
    body.append(f"{who(e)}", style="bold")
    body.append(f" ({e.medium}): " if e.kind == "utterance" else ": ")
    body.append(says(e), style="italic" if e.kind == "narration" else "")
    body.append(f"\nread as: {reading(e)}", style="cyan")
    for change in changes_at(report, e.line):
        body.append(f"\n→ {change}", style="yellow")
    cited = sorted({v.rule for v in report.verdicts if e.line in v.evidence})
    if cited:
        body.append(f"\ncited by: {', '.join(cited)}", style="dim")
    table = Table(box=None, show_header=True, pad_edge=False)
    for name in ("casualty", "phase", "operation", "zones", *LEVELS):
        table.add_column(name)
    for cas in report.casualties:
        holders = [holder_text(holder_at(report, cas.id, level, e.line)) for level in LEVELS]
        table.add_row(cas.id, *_state_cells(report, cas.id, e.line), *holders)
    title = f"line {e.line}" + (f" · {e.clock[:5]}" if e.clock else "")
    return Panel(Group(body, Text(""), table), title=Text(title), title_align="left")


def explanation_view(x: Explanation) -> RenderableType:
    """``radiocheck explain``: the verdict, its evidence line by line, its reasoning."""
    v = x.verdict
    head = Text(x.heading, style="bold")
    head.append("\n")
    head.append(f"{ICON.get(v.outcome, '')} {x.outcome}", style=OUTCOME_STYLE.get(v.outcome, ""))
    head.append(f"\n{' · '.join(x.facts)}", style="dim")
    parts: list[RenderableType] = [head, Text("\nEvidence, line by line:", style="bold")]
    if not x.steps:
        parts.append(Text("  (no evidence lines: the verdict rests on what the transcript lacks)"))
    for s in x.steps:
        t = Text(f"  line {s.line}", style="bold")
        t.append(f" {s.clock} {s.who}: " if s.who else " ")
        t.append(s.says, style="italic")
        t.append(f"\n      read as: {s.reading}", style="cyan")
        for effect in s.effects:
            t.append(f"\n      → {effect}", style="yellow")
        parts.append(t)
    parts.append(Text("\nReasoning: ", style="bold") + Text(x.reasoning))
    parts.append(Text("Outcome: ", style="bold") + Text(x.outcome))
    return Group(*parts)
