"""The responsibility timeline: per casualty, who held coordination and rescue, when.

Time runs left to right one column per transcript line (not to scale: a quiet hour
would otherwise squeeze the exchange that matters into a sliver). Above the two
ledger bars run the casualty's phase, operation and zones, so a reader sees at once
*where* the casualty was when each party held it. Bars carry their holder in words
and a party pattern; markers (H, A, R, X) flag handovers, acquiescence, redirects
and refusals, each explained in the legend and in its tooltip.
"""

from __future__ import annotations

from bisect import bisect_right

from checker.protocol.model import Casualty
from checker.report.explain import holder_text
from checker.report.html_build import Markup, h, join
from checker.report.html_common import (
    MARKERS,
    Ids,
    party_colour,
    party_fill,
    render_legend,
)
from checker.report.html_metrics import text_width
from checker.report.model import Report
from checker.vocabulary import LEVELS, ActKind

LABEL_W, BAND_H, BAR_H, AXIS_H = 112, 22, 32, 34
#: The segment labels' font size (px, review.css ``.seg-label``; bold in bars).
LABEL_PX = 11.5
REFUSALS: frozenset[ActKind] = frozenset(
    {
        "refuse",
        "assistance.decline",
        "permission.deny",
        "coordination.decline",
        "coordination.reject",
        "assistance.unable",
    }
)
REDIRECTS: frozenset[ActKind] = frozenset({"coordination.redirect"})


class _Grid:
    """Columns: one per event line; ``x(line)`` is the left edge of that line's column."""

    def __init__(self, lines: list[int], width: int) -> None:
        self.lines = lines
        self.col = max(44.0, min(110.0, (width - LABEL_W) / max(len(lines), 1)))
        self.right = LABEL_W + self.col * len(lines)

    def x(self, line: int | None) -> float:
        if line is None:
            return self.right
        return LABEL_W + self.col * max(bisect_right(self.lines, line - 1), 0)


def render_timelines(report: Report, ids: Ids) -> Markup:
    """One figure per casualty, then the legend."""
    figures = [_casualty(report, c, ids) for c in report.casualties]
    if not figures:
        return h("p", "No casualty was named in the transcript, so there is no ledger.")
    return join(figures, render_legend(report, ids))


def _casualty(report: Report, cas: Casualty, ids: Ids) -> Markup:
    lines = [e.line for e in report.events]
    grid = _Grid(lines, 1040)
    rows = ["phase", "operation", "zones", "coordination", "rescue"]
    tops, y = {}, 6.0
    for name in rows:
        tops[name] = y
        y += (BAR_H if name in ("coordination", "rescue") else BAND_H) + 6
    height = y + AXIS_H
    width = grid.right + 8
    body: list[Markup] = []
    notes: list[str] = []  # labels too long for their segment, given below the drawing
    for name in rows:
        body.append(h("text", name, x=LABEL_W - 8, y=tops[name] + 15, class_="row-label"))
    body += _bands(cas, grid, tops, notes)
    for level in LEVELS:
        body += _bars(report, cas.id, level, grid, ids, tops[level], notes)
    body += _markers(report, cas.id, grid, ids, tops)
    body.append(_axis(report, grid, height - AXIS_H + 4))
    body.append(_columns(report, grid, ids, height))  # on top: a highlight shows through
    persons = cas.persons.on_board
    caption = f"{cas.id}" + (f", {persons} on board" if persons is not None else "")
    return h(
        "figure",
        h("figcaption", h("strong", caption), " — who held the case, line by line"),
        h(
            "div",
            h(
                "svg",
                h("title", f"Responsibility timeline of {cas.id}"),
                body,
                width=f"{width:.0f}",
                height=f"{height:.0f}",
                viewBox=f"0 0 {width:.0f} {height:.0f}",
                role="group",
                aria_label=f"Responsibility timeline of {cas.id}",
            ),
            class_="scroll",
        ),
        _notes(notes),
        class_="timeline",
        id=ids.of(f"timeline-{cas.id}"),
    )


def _notes(notes: list[str]) -> Markup | None:
    """The labels too long for their run, whole, by their note number."""
    if not notes:
        return None
    return h(
        "ol",
        [h("li", note) for note in notes],
        class_="seg-notes",
        aria_label="labels of the runs marked [1], [2]…",
    )


def _columns(report: Report, grid: _Grid, ids: Ids, height: float) -> Markup:
    """Invisible column overlays that light up when their line is highlighted."""
    return h(
        "g",
        [
            h(
                "rect",
                x=f"{grid.x(n):.1f}",
                y=0,
                width=f"{grid.col:.1f}",
                height=f"{height:.0f}",
                class_="tl-col",
                data_line=n,
            )
            for n in grid.lines
        ],
    )


def _segment(
    x0: float,
    x1: float,
    top: float,
    height: float,
    fill: str,
    label: str,
    cls: str,
    href: str | None = None,
    title: str | None = None,
    stroke: str | None = None,
    indent: float = 0.0,
    *,
    notes: list[str],
) -> Markup:
    """A run of a band or ledger bar with its value in words (on a light pill over a
    patterned bar, so the words stay readable). A label wider than its run is never
    cut: the run shows its note number and the label is given whole under the
    drawing (:func:`_notes`)."""
    width = max(x1 - x0, 2.0)
    text = label
    if text_width(label, LABEL_PX) + 12 > width - indent:
        notes.append(label)
        text = f"[{len(notes)}]"
    pill = None
    if cls == "bar":
        pill = h("rect", x=f"{x0 + indent + 2:.1f}", y=f"{top + height / 2 - 9:.1f}",
                 width=f"{min(text_width(text, LABEL_PX) + 8, width - indent - 4):.1f}",
                 height="18", rx="3", class_="pill")  # fmt: skip
    shape = [
        h("title", title or label),
        h(
            "rect",
            x=f"{x0:.1f}",
            y=f"{top:.1f}",
            width=f"{width:.1f}",
            height=f"{height:.1f}",
            fill=fill,
            stroke=stroke,
            class_=cls,
        ),
        pill,
        h(
            "text",
            text,
            x=f"{x0 + indent + 6:.1f}",
            y=f"{top + height / 2 + 4:.1f}",
            class_="seg-label",
        ),
    ]
    return h("a", shape, href=href) if href else h("g", shape)


def _bands(cas: Casualty, grid: _Grid, tops: dict[str, float], notes: list[str]) -> list[Markup]:
    """Phase, operation and zones, each merged into runs of the same value."""
    values: dict[str, list[str]] = {
        "phase": [s.phase for s in cas.timeline],
        "operation": [s.operation + (f" · {s.closure}" if s.closed else "") for s in cas.timeline],
        "zones": [", ".join(s.zones) or "position unknown" for s in cas.timeline],
    }
    lines = [s.line for s in cas.timeline]
    out = []
    for band, seq in values.items():
        start = 0
        for i in range(1, len(seq) + 1):
            if i < len(seq) and seq[i] == seq[start]:
                continue
            x1 = grid.x(lines[i]) if i < len(seq) else grid.right
            cls = f"{band} ph-{seq[start]}" if band == "phase" else band
            out.append(
                _segment(
                    grid.x(lines[start]), x1, tops[band], BAND_H, "", seq[start], cls,
                    notes=notes,
                )
            )  # fmt: skip
            start = i
    return out


def _bars(
    report: Report, cas: str, level: str, grid: _Grid, ids: Ids, top: float, notes: list[str]
) -> list[Markup]:
    out = []
    for s in report.responsibility:
        if s.casualty != cas or s.level != level:
            continue
        label = holder_text(s)
        title = f"{level}: {label}, from line {s.from_line}" + (
            f" to line {s.to_line}" if s.to_line else " to the end"
        )
        title += f"; evidence: lines {', '.join(map(str, s.evidence))}" if s.evidence else ""
        title += f"; {s.note}" if s.note else ""
        out.append(
            _segment(
                grid.x(s.from_line),
                grid.x(s.to_line),
                top,
                BAR_H,
                party_fill(report, ids, s.party),
                label,
                "bar",
                "#" + ids.line(s.from_line),
                title,
                party_colour(report, s.party),
                indent=22 if s.how in ("handed-over", "acquiesced") else 0,
                notes=notes,
            )
        )
    return out


def _markers(
    report: Report, cas: str, grid: _Grid, ids: Ids, tops: dict[str, float]
) -> list[Markup]:
    found: list[tuple[str, str, int, str]] = []
    for s in report.responsibility:
        if s.casualty == cas and s.how in ("handed-over", "acquiesced"):
            letter = "H" if s.how == "handed-over" else "A"
            found.append((letter, s.level, s.from_line, holder_text(s)))
    for e in report.events:
        if cas in e.casualties or not e.casualties:
            if e.primary in REDIRECTS:
                found.append(("R", "coordination", e.line, e.text or ""))
            elif e.primary in REFUSALS:
                level = "coordination" if (e.primary or "").startswith("coord") else "rescue"
                found.append(("X", level, e.line, e.text or ""))
    out = []
    for letter, level, line, what in found:
        at_start = letter in "HA"
        cx = grid.x(line) + (12 if at_start else grid.col / 2)
        cy = tops[level] + BAR_H / 2
        name, meaning = MARKERS[letter]
        out.append(
            h(
                "a",
                h("title", f"{name} at line {line} ({level}): {what}"),
                h("circle", cx=f"{cx:.1f}", cy=f"{cy:.1f}", r="8", class_=f"marker m-{letter}"),
                h("text", letter, x=f"{cx:.1f}", y=f"{cy + 4:.1f}", class_="marker-letter"),
                href="#" + ids.line(line),
                aria_label=f"{name} at line {line}: {meaning}",
            )
        )
    return out


def _axis(report: Report, grid: _Grid, y: float) -> Markup:
    clocks = {e.line: (e.clock or "")[:5] for e in report.events}
    ticks = []
    for n in grid.lines:
        cx = grid.x(n) + grid.col / 2
        ticks.append(h("text", clocks.get(n, ""), x=f"{cx:.1f}", y=f"{y + 10:.0f}", class_="tick"))
        ticks.append(h("text", f"L{n}", x=f"{cx:.1f}", y=f"{y + 24:.0f}", class_="tick lineno"))
    return h(
        "g", h("text", "time / line", x=LABEL_W - 8, y=f"{y + 10:.0f}", class_="row-label"), ticks
    )
