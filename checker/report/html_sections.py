"""The text sections of the review page: at a glance, transcript, verdicts, problems.

Each section is one small function from the report to markup. The transcript rows
are the targets of every evidence link (``#line-N``); verdicts are ``<details>`` so
a panel opens only the one it is arguing about, and carry ``data-*`` fields that the
page's filters read.
"""

from __future__ import annotations

from checker.protocol.model import Event
from checker.report.explain import changes_at, reading, says, who
from checker.report.html_build import Markup, h, join
from checker.report.html_common import Ids, parties, party_chip
from checker.report.model import Report
from checker.rules.model import Verdict
from checker.vocabulary import OUTCOMES, SEVERITIES

OUTCOME_ICON = {
    "violated": "✗",
    "uncertain": "?",
    "excused": "≈",
    "satisfied": "✓",
    "not-applicable": "–",
}
OUTCOME_RANK = {o: i for i, o in enumerate(OUTCOME_ICON)}
#: Outcomes whose summary shows the rule's severity (a satisfied rule's is noise).
SERIOUS = frozenset({"violated", "uncertain", "excused"})
NO_PARTY = "none"


def outcome_badge(v: Verdict) -> Markup:
    """Icon *and* word, so the outcome never rests on colour alone."""
    return h(
        "span", f"{OUTCOME_ICON.get(v.outcome, '')} {v.outcome}", class_=f"badge o-{v.outcome}"
    )


def line_links(ids: Ids, lines: list[int]) -> Markup:
    """``47, 48, 49`` as links that jump to (and highlight) the transcript lines."""
    links = [h("a", str(n), href="#" + ids.line(n), class_="ev") for n in lines]
    return join([join(link, ", ") for link in links[:-1]], links[-1:]) if links else join("—")


def render_transcript(report: Report, ids: Ids) -> Markup:
    """Every utterance and narration line with its reading and what it changed."""
    head = h(
        "thead",
        h(
            "tr",
            [
                h("th", c, scope="col")
                for c in ("line", "time", "who", "said or logged", "read as", "changes")
            ],
        ),
    )
    return h(
        "table",
        h(
            "caption",
            "One row per utterance or narration line. Click a line number to highlight the "
            "line in the diagram and the timeline, ◇ to see it in the diagram.",
        ),
        head,
        h("tbody", [_row(report, e, ids) for e in report.events]),
        class_="transcript",
    )


def _row(report: Report, e: Event, ids: Ids) -> Markup:
    words = h("q", says(e)) if e.kind == "utterance" else h("em", says(e))
    acts = [
        h(
            "li",
            h("code", a.kind),
            f" {a.confidence:.2f} ",
            h("span", a.source, class_="src"),
            h("span", " answers ", h("a", a.answers, href="#" + ids.line(a.answers)), class_="src")
            if a.answers
            else None,
        )
        for a in e.acts
    ]
    read: list[Markup] = [h("ul", acts, class_="acts")] if acts else [h("span", reading(e))]
    if e.overridden:
        read.append(
            h(
                "p",
                h("strong", "✎ reviewer's override"),
                ": ",
                e.override_reason or "no reason given",
                class_="override",
            )
        )
    if e.low_confidence_words:
        read.append(h("p", "doubtful words: ", ", ".join(e.low_confidence_words), class_="doubt"))
    changes = changes_at(report, e.line)
    cls = "narration" if e.kind == "narration" else "utterance"
    return h(
        "tr",
        h(
            "th",
            h(
                "a",
                str(e.line),
                href="#" + ids.line(e.line),
                aria_label=f"line {e.line}: highlight in diagram and timeline",
            ),
            " ",
            h(
                "a",
                "◇",
                href="#" + ids.seq(e.line),
                class_="to-diagram",
                aria_label=f"show line {e.line} in the diagram",
            ),
            scope="row",
        ),
        h("td", (e.clock or "")[:8]),
        h(
            "td",
            who(e) if e.kind == "utterance" else "log",
            h("br"),
            h("span", e.medium, class_="medium") if e.kind == "utterance" else None,
        ),
        h("td", words),
        h("td", read),
        h("td", h("ul", [h("li", c) for c in changes], class_="changes") if changes else None),
        id=ids.line(e.line),
        data_line=e.line,
        tabindex="-1",
        class_=cls + (" overridden" if e.overridden else ""),
    )


def by_party(verdicts: list[Verdict]) -> list[tuple[str, list[Verdict]]]:
    """Verdicts by party (parties first, no party last), most serious outcome first."""
    order: dict[str, list[Verdict]] = {}
    for v in verdicts:
        order.setdefault(v.party or NO_PARTY, []).append(v)
    groups = sorted(order.items(), key=lambda kv: kv[0] == NO_PARTY)
    return [(p, sorted(vs, key=lambda v: OUTCOME_RANK.get(v.outcome, 9))) for p, vs in groups]


def render_filters(report: Report, ids: Ids) -> Markup:
    """Checkboxes by party, severity and outcome (all on); the script applies them."""
    present = {v.party or NO_PARTY for v in report.verdicts}
    party_values = [p for p in [*parties(report), NO_PARTY] if p in present]
    sets = (("party", party_values), ("severity", SEVERITIES), ("outcome", OUTCOMES))
    fieldsets = [
        h(
            "fieldset",
            h("legend", name),
            [
                h(
                    "label",
                    h("input", type="checkbox", name=name, value=value, checked=True),
                    " ",
                    value,
                )
                for value in values
            ],
        )
        for name, values in sets
    ]
    return h(
        "form",
        fieldsets,
        h(
            "output",
            f"Showing all {len(report.verdicts)} verdicts",
            id=ids.of("verdict-count"),
            aria_live="polite",
        ),
        class_="filters",
        aria_label="Filter verdicts",
        data_count=ids.of("verdict-count"),
    )


def render_verdicts(report: Report, ids: Ids) -> Markup:
    """Verdicts grouped by party, each expandable to its explanation and evidence."""
    if not report.verdicts:
        return h("p", "No verdicts: the file was not checked, or no rule applied.")
    groups = []
    for party, group in by_party(report.verdicts):
        title = party_chip(report, ids, party) if party != NO_PARTY else join("No party")
        counts = ", ".join(
            f"{sum(1 for v in group if v.outcome == o)} {o}"
            for o in OUTCOME_ICON
            if any(v.outcome == o for v in group)
        )
        groups.append(
            h(
                "section",
                h("h3", title, h("small", f" — {counts}")),
                h("ul", [_verdict(v, ids) for v in group], class_="verdicts"),
                class_="party-group",
                data_party=party,
            )
        )
    return join(render_filters(report, ids), groups)


def _verdict(v: Verdict, ids: Ids) -> Markup:
    facts = [
        ("severity", v.severity),
        ("casualty", v.casualty or "—"),
        ("station", v.station),
        ("excused by", v.excused_by),
        ("confidence", f"{v.confidence:.2f}"),
        ("rests on", (v.provenance or "").replace("-", " ") or None),
        ("suppressed", v.suppressed),
    ]
    summary = h(
        "summary",
        outcome_badge(v),
        " ",
        h("code", v.rule),
        " ",
        v.title or v.name,
        " ",
        h("span", v.severity, class_=f"sev s-{v.severity}") if v.outcome in SERIOUS else None,
        h("span", f" · {v.casualty}", class_="cas") if v.casualty else None,
    )
    body = h(
        "div",
        h("p", v.explanation),
        h(
            "p",
            "Evidence lines: ",
            line_links(ids, v.evidence),
            f", and {v.evidence_omitted:,} more" if v.evidence_omitted else None,
        ),
        h("dl", [join(h("dt", k), h("dd", val)) for k, val in facts if val]),
        class_="verdict-body",
    )
    return h(
        "li",
        h("details", summary, body),
        class_="verdict",
        data_party=v.party or NO_PARTY,
        data_severity=v.severity,
        data_outcome=v.outcome,
    )


def render_problems(report: Report, ids: Ids) -> Markup | None:
    """The file's diagnostics, linked to their lines when those are on the page."""
    if not report.diagnostics:
        return None
    shown = {e.line for e in report.events}
    items = []
    for d in report.diagnostics:
        where = (
            h("a", f"line {d.line}", href="#" + ids.line(d.line))
            if d.line in shown and d.line is not None
            else join(f"line {d.line}" if d.line else "file")
        )
        items.append(h("li", where, f": {d.code} {d.severity.value}: {d.message}"))
    return h("ul", items, class_="problems")
