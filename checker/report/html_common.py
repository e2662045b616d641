"""What the review page's sections share: party colours and patterns, element ids.

Colour is never the only signal on the page: each party gets a colour from the
Okabe-Ito palette (distinguishable with the common colour-vision deficiencies) *and*
a fill pattern, and every bar carries its party in text. Ids carry a per-report
prefix so that several reports can share one page.
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.report.html_build import Markup, h, join
from checker.report.model import Report

#: (colour, light tint) per party, in order of appearance.
PALETTE = (
    ("#0072B2", "#d6e9f5"),
    ("#D55E00", "#f9e0cf"),
    ("#009E73", "#d1efe6"),
    ("#CC79A7", "#f5e2ed"),
    ("#E69F00", "#fbedcc"),
    ("#56B4E9", "#ddf0fb"),
)
PATTERNS = ("solid", "stripes", "dots", "cross")
NOBODY = ("#6b6b6b", "#eeeeee")
#: Timeline markers: letter → (name, meaning).
MARKERS = {
    "H": ("handover", "responsibility handed over and accepted"),
    "A": ("acquiescence", "taken by announcing it, answered without objection"),
    "R": ("redirect", "sent elsewhere (coordination redirected)"),
    "X": ("refusal", "refused, declined or unable"),
}


@dataclass(frozen=True)
class Ids:
    """Element ids of one report on the page (``prefix`` is empty for a single report)."""

    prefix: str = ""

    def line(self, n: int) -> str:
        """The transcript row of line ``n``: the target of every evidence link."""
        return f"{self.prefix}line-{n}"

    def seq(self, n: int) -> str:
        """The diagram row of line ``n``."""
        return f"{self.prefix}seq-{n}"

    def of(self, name: str) -> str:
        """Any other id of this report."""
        return f"{self.prefix}{name}"


def parties(report: Report) -> list[str]:
    """Parties in the order the exchange meets them (first speaker or subject first)."""
    by_station = {s.id: s.party for s in report.stations}
    order: list[str] = []
    named = [e.speaker for e in report.events] + [s.id for s in report.stations]
    for sid in named:
        party = by_station.get(sid or "")
        if party and party not in order:
            order.append(party)
    for v in report.verdicts:
        if v.party and v.party not in order:
            order.append(v.party)
    for s in report.responsibility:
        if s.party and s.party not in order:
            order.append(s.party)
    return order


def pattern_defs(report: Report, ids: Ids) -> Markup:
    """SVG ``<pattern>`` fills: one per party (tint plus a texture), and nobody's hatch,
    in a zero-size SVG that every drawing of the report refers to."""
    out = []
    for i, party in enumerate(parties(report)):
        colour, tint = PALETTE[i % len(PALETTE)]
        out.append(_pattern(ids.of(f"pat-{party}"), colour, tint, PATTERNS[i % len(PATTERNS)]))
    out.append(_pattern(ids.of("pat-nobody"), *NOBODY, "stripes"))
    return h("svg", h("defs", out), width="0", height="0", class_="defs", aria_hidden="true")


def _pattern(pid: str, colour: str, tint: str, kind: str) -> Markup:
    texture: list[Markup] = []
    if kind == "stripes":
        texture.append(h("path", d="M0,8 L8,0", stroke=colour, stroke_width="2"))
    elif kind == "dots":
        texture.append(h("circle", cx="4", cy="4", r="1.6", fill=colour))
    elif kind == "cross":
        texture.append(h("path", d="M0,4 L8,4 M4,0 L4,8", stroke=colour, stroke_width="1"))
    return h(
        "pattern",
        h("rect", width="8", height="8", fill=tint),
        texture,
        id=pid,
        width="8",
        height="8",
        patternUnits="userSpaceOnUse",
    )


def party_fill(report: Report, ids: Ids, party: str | None) -> str:
    """The ``fill`` of a bar held by ``party`` (``None``: nobody)."""
    if party is None or party not in parties(report):
        return f"url(#{ids.of('pat-nobody')})"
    return f"url(#{ids.of('pat-' + party)})"


def party_colour(report: Report, party: str | None) -> str:
    """The solid colour of ``party`` (grey for nobody)."""
    order = parties(report)
    if party is None or party not in order:
        return NOBODY[0]
    return PALETTE[order.index(party) % len(PALETTE)][0]


def party_chip(report: Report, ids: Ids, party: str | None) -> Markup:
    """A small swatch plus the party's name, for legends and verdict groups (the
    patterns are defined once per report by :func:`pattern_defs`)."""
    swatch = h(
        "svg",
        h(
            "rect",
            x="0.5",
            y="0.5",
            width="13",
            height="13",
            fill=party_fill(report, ids, party),
            stroke=party_colour(report, party),
        ),
        width="14",
        height="14",
        viewBox="0 0 14 14",
        aria_hidden="true",
        class_="chip",
    )
    return join(swatch, " ", party or "nobody")


def render_legend(report: Report, ids: Ids) -> Markup:
    """Parties (swatch and name) and the timeline's markers, explained."""
    chips = [h("li", party_chip(report, ids, p)) for p in [*parties(report), None]]
    marks = [
        h("li", h("span", letter, class_=f"legend-marker m-{letter}"), f" {name}: {meaning}")
        for letter, (name, meaning) in MARKERS.items()
    ]
    return h(
        "div",
        h("h3", "Legend"),
        h("ul", chips, class_="legend-parties", aria_label="Parties"),
        h("ul", marks, class_="legend-markers", aria_label="Markers"),
        h(
            "p",
            "Columns are transcript lines, not to scale; hover a bar for its evidence, "
            "click it to jump to the line that started it.",
            class_="hint",
        ),
        class_="legend",
    )
