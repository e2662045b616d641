"""The sequence diagram: who said what to whom, as inline SVG.

Stations are lifelines grouped under their party (casualties and stations of no
party last); each utterance is an arrow labelled with its primary act in plain words
(the act's id is in the arrow's tooltip and in the transcript table); each narration
line is a note across the stations it names. Every row is a link to its transcript
line and carries ``data-line`` so a click elsewhere highlights it here.

Every label is measured (:mod:`checker.report.html_metrics`) and wrapped onto as
many lines as it needs: columns are as wide as the widest word, rows and station
boxes as tall as their labels, so nothing is cut. The layout is computed here, not
by the browser, so the drawing is the same on every machine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from checker.context import ALL, Station
from checker.protocol.model import Event
from checker.report.explain import ACT_WORDS, says
from checker.report.html_build import Markup, h
from checker.report.html_common import Ids, parties, party_colour
from checker.report.html_metrics import longest_word, text_width, wrap
from checker.report.model import Report

GUTTER, MIN_COL, MIN_ROW = 96, 168, 44
#: Font sizes (px) of the labels, as review.css sets them.
ID_SIZE, KIND_SIZE, ACT_SIZE, NOTE_SIZE, BAND_SIZE = 13, 10, 12, 11.5, 12
#: Line heights (px) of wrapped labels.
ID_LINE, KIND_LINE, ACT_LINE, NOTE_LINE = 16, 13, 15, 14
PAD = 12  # between a label and the edge of its box


def lifelines(report: Report) -> list[Station]:
    """Stations in diagram order: by party (in order of appearance), then no party."""
    order = parties(report)
    rank = {p: i for i, p in enumerate(order)}
    seen = {e.speaker for e in report.events} | {e.addressee for e in report.events}
    stations = [s for s in report.stations if s.declared or s.id in seen]
    return sorted(stations, key=lambda s: rank.get(s.party or "", len(order)))


def _named(e: Event) -> list[str]:
    """The stations a line involves (speaker, addressee, narration object and target)."""
    out = [e.speaker, e.addressee]
    if e.narration is not None:
        out += [e.narration.object, e.narration.target]
    return [s for s in out if s]


def act_label(e: Event) -> str:
    """The arrow's words: the primary act in plain words (the one vocabulary of
    :data:`~checker.report.explain.ACT_WORDS`), its confidence when below 1, the
    medium when not radio, and a reviewer's override."""
    kind = e.primary or "unclassified"
    label = ACT_WORDS.get(kind, "no act recognised" if kind == "unclassified" else kind)
    if e.overridden:
        label = f"✎ {label} (override)"
    doubt = min((a.confidence for a in e.acts if a.kind == e.primary), default=1.0)
    if doubt < 1.0:
        label += f" ({doubt:.2f})"
    if e.medium != "radio":
        label = f"[{e.medium}] {label}"
    return label


def act_tooltip(e: Event) -> str:
    """The arrow's tooltip: the act ids as the transcript table shows them."""
    acts = ", ".join(f"{a.kind} {a.confidence:.2f}" for a in e.acts) or "unclassified"
    return f"line {e.line}: {acts}"


def _kind(s: Station, active: bool) -> str:
    return " · ".join(x for x in (s.role, s.unit) if x) + ("" if active else " · silent")


@dataclass
class _Layout:
    """Column width, header height and the top and height of every row."""

    col: int
    head: int
    tops: list[int]
    rows: list[int]
    width: int
    height: int


def _layout(report: Report, stations: list[Station], active: set[str]) -> _Layout:
    words = [0.0]
    for s in stations:
        words += [longest_word(s.id, ID_SIZE), longest_word(_kind(s, s.id in active), KIND_SIZE)]
        words.append(text_width(f"party {s.party}" if s.party else "no party", BAND_SIZE))
    words += [longest_word(act_label(e), ACT_SIZE) for e in report.events]
    col = max(MIN_COL, math.ceil(max(words)) + 2 * PAD + 8)
    inner = col - 2 * PAD - 8
    head = max(
        (
            len(wrap(s.id, ID_SIZE, inner)) * ID_LINE
            + len(wrap(_kind(s, s.id in active), KIND_SIZE, inner)) * KIND_LINE
            for s in stations
        ),
        default=ID_LINE + KIND_LINE,
    )
    width = GUTTER + col * max(len(stations), 1) + 8
    x = _xs(stations, col)
    tops, rows, y = [], [], 30 + head + 14 + 24
    for e in report.events:
        if e.kind == "narration":
            lines = len(wrap(says(e), NOTE_SIZE, width - GUTTER - 8 - 2 * PAD))
            rows.append(max(MIN_ROW, lines * NOTE_LINE + 22))
        else:
            lines = len(wrap(act_label(e), ACT_SIZE, _room(e, x, col, width)))
            rows.append(max(MIN_ROW, lines * ACT_LINE + 26))
        tops.append(y)
        y += rows[-1]
    return _Layout(col, head, tops, rows, width, y + 16)


def _xs(stations: list[Station], col: int) -> dict[str, int]:
    return {s.id: GUTTER + col * i + col // 2 for i, s in enumerate(stations)}


def _span(e: Event, x: dict[str, int], col: int, width: int) -> tuple[int, int, bool]:
    """Where the arrow starts and ends, and whether its label starts at its tail."""
    x1 = x.get(e.speaker or "", GUTTER + 10)
    if e.addressee == ALL:
        return x1, width - 12, True
    if e.addressee not in x or e.addressee == e.speaker:
        return x1, x1 + col // 2 - 8, True
    return x1, x[e.addressee or ""], False


def _room(e: Event, x: dict[str, int], col: int, width: int) -> float:
    """The width the arrow's label may take: the arrow's length, or to the page's
    edge for an arrow to all stations or to itself."""
    x1, x2, from_tail = _span(e, x, col, width)
    return (width - x1 - PAD) if from_tail else abs(x2 - x1) - PAD


def render_diagram(report: Report, ids: Ids) -> Markup:
    """The whole diagram as one ``<svg>``."""
    stations = lifelines(report)
    spoke = {e.speaker for e in report.events if e.kind == "utterance"}
    heard = {s for s in spoke | {s for e in report.events for s in _named(e)} if s}
    lay = _layout(report, stations, heard)
    x = _xs(stations, lay.col)
    marker = ids.of("arrow")
    body = [
        h(
            "defs",
            h(
                "marker",
                h("path", d="M0,0 L10,5 L0,10 z", fill="#222"),
                id=marker,
                viewBox="0 0 10 10",
                refX="10",
                refY="5",
                markerWidth="8",
                markerHeight="8",
                orient="auto-start-reverse",
            ),
        ),
        _party_bands(report, stations, lay.col),
    ]
    for i, s in enumerate(stations):
        body.append(_lifeline(report, s, GUTTER + lay.col * i, lay, s.id in heard))
    for row, e in enumerate(report.events):
        body.append(_row(e, lay.tops[row], lay.rows[row], x, ids, marker, lay))
    return h(
        "svg",
        h("title", "Sequence diagram of the exchange"),
        body,
        class_="diagram",
        width=str(lay.width),
        height=str(lay.height),
        viewBox=f"0 0 {lay.width} {lay.height}",
        role="group",
        aria_label="Sequence diagram: one row per transcript line, each a link to the line",
    )


def _party_bands(report: Report, stations: list[Station], col: int) -> Markup:
    bands: list[Markup] = []
    i = 0
    while i < len(stations):
        party = stations[i].party
        j = i
        while j < len(stations) and stations[j].party == party:
            j += 1
        x0, w = GUTTER + col * i + 4, col * (j - i) - 8
        label = f"party {party}" if party else "no party"
        bands.append(
            h(
                "g",
                h("rect", x=x0, y=4, width=w, height=20, rx=4, fill=party_colour(report, party)),
                h("text", label, x=x0 + w / 2, y=18, class_="band-label"),
                class_="band",
            )
        )
        i = j
    return h("g", bands)


def _lines(lines: list[str], x: float, first_y: float, step: int) -> list[Markup]:
    """Wrapped lines as ``<tspan>``\\ s, each placed on its own baseline."""
    return [h("tspan", t, x=x, y=first_y + step * k) for k, t in enumerate(lines)]


def _lifeline(report: Report, s: Station, left: int, lay: _Layout, active: bool) -> Markup:
    cx = left + lay.col // 2
    kind = _kind(s, active)
    inner = lay.col - 2 * PAD - 8
    name, about = wrap(s.id, ID_SIZE, inner), wrap(kind, KIND_SIZE, inner)
    return h(
        "g",
        h("title", f"{s.id}: {', '.join(s.aliases) or s.id} ({kind})"),
        h(
            "line",
            x1=cx,
            y1=30 + lay.head + 14,
            x2=cx,
            y2=lay.height - 6,
            class_="lifeline" + ("" if active else " silent"),
        ),
        h(
            "rect",
            x=left + 10,
            y=30,
            width=lay.col - 20,
            height=lay.head + 14,
            rx=5,
            class_="station",
            stroke=party_colour(report, s.party),
        ),
        h("text", _lines(name, cx, 46, ID_LINE), x=cx, y=46, class_="station-id"),
        h(
            "text",
            _lines(about, cx, 46 + ID_LINE * (len(name) - 1) + 14, KIND_LINE),
            x=cx,
            y=46 + ID_LINE * (len(name) - 1) + 14,
            class_="station-kind",
        ),
        class_="lifeline-group",
    )


def _row(
    e: Event, top: int, height: int, x: dict[str, int], ids: Ids, marker: str, lay: _Layout
) -> Markup:
    y = top + height - 16 if e.kind == "utterance" else top + height // 2
    gutter = [
        h("text", (e.clock or "")[:5], x=8, y=top + height // 2 - 2, class_="clock"),
        h("text", f"line {e.line}", x=8, y=top + height // 2 + 12, class_="lineno"),
    ]
    drawing = (
        _note(e, top, height, x, lay.width)
        if e.kind == "narration"
        else _arrow(e, y, x, marker, lay)
    )
    return h(
        "a",
        h("title", f"line {e.line}: {says(e)}"),
        h("rect", x=0, y=top + 1, width=lay.width, height=height - 2, class_="row-bg"),
        gutter,
        drawing,
        href="#" + ids.line(e.line),
        id=ids.seq(e.line),
        data_line=e.line,
        class_="seq-row",
    )


def _arrow(e: Event, y: int, x: dict[str, int], marker: str, lay: _Layout) -> Markup:
    x1, x2, from_tail = _span(e, x, lay.col, lay.width)
    dashed = "" if e.medium == "radio" else " dashed"
    cls = "msg" + dashed + (" override" if e.overridden else "")
    text = ("to all stations: " if e.addressee == ALL else "") + act_label(e)
    lines = wrap(text, ACT_SIZE, _room(e, x, lay.col, lay.width))
    first = y - 6 - ACT_LINE * (len(lines) - 1)
    at = x1 + 6 if from_tail else (x1 + x2) / 2
    return h(
        "g",
        h("title", act_tooltip(e)),
        h("line", x1=x1, y1=y, x2=x2, y2=y, class_=cls, marker_end=f"url(#{marker})"),
        h(
            "text",
            _lines(lines, at, first, ACT_LINE),
            x=at,
            y=first,
            class_="act start" if from_tail else "act",
        ),
        class_="arrow",
        data_x1=min(x1, x2) if not from_tail else x1,
        data_x2=max(x1, x2) if not from_tail else lay.width,
    )


def _note(e: Event, top: int, height: int, x: dict[str, int], width: int) -> Markup:
    xs = [x[s] for s in _named(e) if s in x] or [GUTTER + MIN_COL // 2]
    room = width - GUTTER - 8 - 2 * PAD
    lines = wrap(says(e), NOTE_SIZE, room)
    widest = max(text_width(t, NOTE_SIZE) for t in lines)
    half = min(max((max(xs) - min(xs)) / 2 + 60, widest / 2 + PAD), (width - GUTTER - 8) / 2)
    mid = (max(xs) + min(xs)) / 2
    left = max(GUTTER + 2, min(mid - half, width - 6 - 2 * half))
    box = len(lines) * NOTE_LINE + 10
    box_top = top + (height - box) / 2
    first = box_top + 5 + NOTE_LINE - 3
    return h(
        "g",
        h("rect", x=left, y=box_top, width=2 * half, height=box, rx=3, class_="note"),
        h(
            "text",
            _lines(lines, left + half, first, NOTE_LINE),
            x=left + half,
            y=first,
            class_="note-text",
        ),
    )
