"""The sequence diagram: who said what to whom, as inline SVG.

Stations are lifelines grouped under their party (casualties and stations of no
party last); each utterance is an arrow labelled with its primary act; each
narration line is a note across the stations it names. Every row is a link to its
transcript line and carries ``data-line`` so a click elsewhere highlights it here.
Laid out on a fixed grid so that the drawing is the same on every machine.
"""

from __future__ import annotations

from checker.context import ALL, Station
from checker.protocol.model import Event
from checker.report.explain import says
from checker.report.html_build import Markup, h
from checker.report.html_common import Ids, clip, parties, party_colour
from checker.report.model import Report

GUTTER, COL, ROW, TOP = 96, 168, 44, 84


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


def render_diagram(report: Report, ids: Ids) -> Markup:
    """The whole diagram as one ``<svg>``."""
    stations = lifelines(report)
    x = {s.id: GUTTER + COL * i + COL // 2 for i, s in enumerate(stations)}
    width = GUTTER + COL * max(len(stations), 1) + 8
    height = TOP + ROW * len(report.events) + 16
    spoke = {e.speaker for e in report.events if e.kind == "utterance"}
    heard = spoke | {s for e in report.events for s in _named(e)}
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
        _party_bands(report, stations),
    ]
    for i, s in enumerate(stations):
        body.append(_lifeline(report, s, GUTTER + COL * i, height, s.id in heard))
    for row, e in enumerate(report.events):
        body.append(_row(e, row, x, ids, marker, width))
    return h(
        "svg",
        h("title", "Sequence diagram of the exchange"),
        body,
        class_="diagram",
        width=str(width),
        height=str(height),
        viewBox=f"0 0 {width} {height}",
        role="group",
        aria_label="Sequence diagram: one row per transcript line, each a link to the line",
    )


def _party_bands(report: Report, stations: list[Station]) -> Markup:
    bands: list[Markup] = []
    i = 0
    while i < len(stations):
        party = stations[i].party
        j = i
        while j < len(stations) and stations[j].party == party:
            j += 1
        x0, w = GUTTER + COL * i + 4, COL * (j - i) - 8
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


def _lifeline(report: Report, s: Station, left: int, height: int, active: bool) -> Markup:
    cx = left + COL // 2
    kind = " · ".join(x for x in (s.role, s.unit) if x) + ("" if active else " · silent")
    return h(
        "g",
        h("title", f"{s.id}: {', '.join(s.aliases) or s.id} ({kind})"),
        h(
            "line",
            x1=cx,
            y1=TOP - 20,
            x2=cx,
            y2=height - 6,
            class_="lifeline" + ("" if active else " silent"),
        ),
        h(
            "rect",
            x=left + 10,
            y=30,
            width=COL - 20,
            height=36,
            rx=5,
            class_="station",
            stroke=party_colour(report, s.party),
        ),
        h("text", clip(s.id, 20), x=cx, y=46, class_="station-id"),
        h("text", clip(kind, 26), x=cx, y=60, class_="station-kind"),
        class_="lifeline-group",
    )


def _row(e: Event, row: int, x: dict[str, int], ids: Ids, marker: str, width: int) -> Markup:
    y = TOP + ROW * row + ROW // 2
    gutter = [
        h("text", (e.clock or "")[:5], x=8, y=y - 2, class_="clock"),
        h("text", f"line {e.line}", x=8, y=y + 12, class_="lineno"),
    ]
    drawing = _note(e, y, x, width) if e.kind == "narration" else _arrow(e, y, x, marker, width)
    return h(
        "a",
        h("title", f"line {e.line}: {says(e)}"),
        h("rect", x=0, y=y - ROW // 2 + 1, width=width, height=ROW - 2, class_="row-bg"),
        gutter,
        drawing,
        href="#" + ids.line(e.line),
        id=ids.seq(e.line),
        data_line=e.line,
        class_="seq-row",
    )


def _label(e: Event) -> str:
    label = e.primary or "unclassified"
    if e.overridden:
        label = f"✎ {label} (override)"
    doubt = min((a.confidence for a in e.acts if a.kind == e.primary), default=1.0)
    if doubt < 1.0:
        label += f" · {doubt:.2f}"
    if e.medium != "radio":
        label = f"[{e.medium}] {label}"
    return label


def _arrow(e: Event, y: int, x: dict[str, int], marker: str, width: int) -> Markup:
    x1 = x.get(e.speaker or "", GUTTER + 10)
    dashed = "" if e.medium == "radio" else " dashed"
    cls = "msg" + dashed + (" override" if e.overridden else "")
    if e.addressee == ALL or e.addressee not in x or e.addressee == e.speaker:
        to_all = e.addressee == ALL
        x2 = width - 12 if to_all else x1 + COL // 2 - 8
        text = ("to all stations: " if to_all else "") + _label(e)
        return h(
            "g",
            h("line", x1=x1, y1=y, x2=x2, y2=y, class_=cls, marker_end=f"url(#{marker})"),
            h("text", clip(text, 40), x=x1 + 6, y=y - 6, class_="act", text_anchor="start"),
        )
    x2 = x[e.addressee or ""]
    mid = (x1 + x2) / 2
    return h(
        "g",
        h("line", x1=x1, y1=y, x2=x2, y2=y, class_=cls, marker_end=f"url(#{marker})"),
        h("text", clip(_label(e), abs(x2 - x1) // 7 + 4), x=mid, y=y - 6, class_="act"),
    )


def _note(e: Event, y: int, x: dict[str, int], width: int) -> Markup:
    xs = [x[s] for s in _named(e) if s in x] or [GUTTER + COL // 2]
    room = (width - GUTTER - 8) / 2
    text = clip(says(e), int(room * 2 / 6.6))
    half = min(max((max(xs) - min(xs)) / 2 + 60, len(text) * 3.3 + 12), room)
    mid = (max(xs) + min(xs)) / 2
    left = min(max(GUTTER + 2, mid - half), width - 6 - 2 * half)
    return h(
        "g",
        h("rect", x=left, y=y - 12, width=2 * half, height=24, rx=3, class_="note"),
        h("text", text, x=left + half, y=y + 4, class_="note-text"),
    )
