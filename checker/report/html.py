"""The ``html`` format: one self-contained review page (``review -o``, ``check --format html``).

Panels project this page and email it, so it must work offline and alone: the style
sheet and script are the package's fixed assets, inlined and pinned by hash in a
Content-Security-Policy that also forbids any network access, so even a transcript
that smuggled markup past the escaping could neither run script nor load anything.
All report text goes through :mod:`checker.report.html_build`, which escapes it.
The page is a pure function of the reports (no clock, no paths of this machine), so
the same report gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from datetime import timedelta
from importlib.resources import files

from checker.report.html_build import Markup, h, join, raw_asset
from checker.report.html_common import Ids, pattern_defs
from checker.report.html_diagram import render_diagram
from checker.report.html_glance import render_glance
from checker.report.html_sections import (
    render_problems,
    render_transcript,
    render_verdicts,
)
from checker.report.html_timeline import render_timelines
from checker.report.model import Report
from checker.report.words import count

SECTIONS = (
    ("glance", "At a glance"),
    ("diagram", "Sequence diagram"),
    ("timeline", "Responsibility timeline"),
    ("verdicts", "Verdicts"),
    ("transcript", "Transcript"),
)


def _asset(name: str) -> str:
    return files("checker.report").joinpath("assets", name).read_text(encoding="utf-8")


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def report_date(report: Report) -> str | None:
    """The local date of the first timed line (the transcript's ``@date`` and zone)."""
    for e in report.events:
        if e.time is None or not e.clock:
            continue
        hh, mm, ss = (int(x) for x in [*e.clock.split(":"), "0", "0"][:3])
        utc = e.time.hour * 3600 + e.time.minute * 60 + e.time.second
        offset = (hh * 3600 + mm * 60 + ss - utc) % 86400
        offset -= 86400 if offset > 14 * 3600 else 0
        return (e.time + timedelta(seconds=offset)).date().isoformat()
    return None


def render_header(report: Report, ids: Ids) -> Markup:
    """Title, date, rule set and version, tool version, source file and its hash."""
    rs = report.ruleset
    ruleset = (
        join(
            h("code", rs.id),
            f" {rs.version} — {rs.title}",
            f"; extends {', '.join(c for c in rs.chain if c != rs.id)}"
            if len(rs.chain) > 1
            else "",
        )
        if rs
        else join("none (not checked)")
    )
    s = report.summary
    counts = (
        f"{len(report.verdicts)} verdicts: {s.violations} violated ({count(s.errors, 'error')}), "
        f"{s.uncertain} uncertain"
        if report.checked
        else "Not checked: the file has errors (see Problems)."
    )
    meta = [
        ("Date", report_date(report) or "not given"),
        ("Rule set", ruleset),
        ("Tool", f"{report.tool.name} {report.tool.version}"),
        ("Source", join(h("code", report.source.path or "(text)"), f" ({report.source.format})")),
        ("SHA-256", h("code", report.source.sha256, class_="hash")),
    ]
    return h(
        "header",
        h("p", "radiocheck review", class_="kicker"),
        h("h1", report.title or report.source.path or "Transcript"),
        h("dl", [join(h("dt", k), h("dd", v)) for k, v in meta], class_="meta"),
        h("p", counts, class_="counts"),
    )


def render_nav(ids: Ids) -> Markup:
    """Links to the sections (also the keyboard user's way around)."""
    return h(
        "nav",
        h("ul", [h("li", h("a", title, href="#" + ids.of(key))) for key, title in SECTIONS]),
        aria_label="Sections",
    )


def _section(ids: Ids, key: str, title: str, *body: object) -> Markup:
    heading = ids.of(f"{key}-title")
    return h("section", h("h2", title, id=heading), *body, id=ids.of(key), aria_labelledby=heading)


def render_report(report: Report, ids: Ids) -> Markup:
    """One report as an ``<article>``: header, navigation and the sections."""
    titles = dict(SECTIONS)
    problems = render_problems(report, ids)
    return h(
        "article",
        pattern_defs(report, ids),
        render_header(report, ids),
        render_nav(ids),
        _section(ids, "glance", titles["glance"], render_glance(report, ids)),
        _section(ids, "problems", "Problems in the file", problems) if problems else None,
        _section(
            ids,
            "diagram",
            titles["diagram"],
            h(
                "figure",
                h("div", render_diagram(report, ids), class_="scroll"),
                h(
                    "figcaption",
                    "Arrows are utterances labelled with their main act "
                    "(✎ marks a reviewer's override, a number a confidence below 1); "
                    "yellow notes are narration. Click a row for its transcript line.",
                ),
            ),
        ),
        _section(ids, "timeline", titles["timeline"], render_timelines(report, ids)),
        _section(ids, "verdicts", titles["verdicts"], render_verdicts(report, ids)),
        _section(ids, "transcript", titles["transcript"], render_transcript(report, ids)),
        class_="report",
    )


def render_page(reports: Sequence[Report]) -> str:
    """The complete HTML document for one or more reports."""
    css, js = _asset("review.css"), _asset("review.js")
    policy = (
        f"default-src 'none'; style-src {_sha(css)}; script-src {_sha(js)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    many = len(reports) > 1
    title = (
        f"radiocheck review: {len(reports)} transcripts"
        if many or not reports
        else f"radiocheck review: {reports[0].title or reports[0].source.path or 'transcript'}"
    )
    articles = [render_report(r, Ids(f"r{i + 1}-" if many else "")) for i, r in enumerate(reports)]
    first = Ids("r1-" if many else "")
    head = h(
        "head",
        h("meta", charset="utf-8"),
        h("meta", http_equiv="Content-Security-Policy", content=policy),
        h("meta", name="viewport", content="width=device-width, initial-scale=1"),
        h("meta", name="generator", content="radiocheck"),
        h("title", title),
        h("style", raw_asset(css, "</style")),
    )
    body = h(
        "body",
        h("a", "Skip to the verdicts", href="#" + first.of("verdicts"), class_="skip"),
        h("main", articles or h("p", "No reports.")),
        h("script", raw_asset(js, "</script")),
    )
    return "<!DOCTYPE html>\n" + h("html", head, body, lang="en") + "\n"


def render_html(report: Report) -> str:
    """The review page of one report."""
    return render_page([report])


def format_html(reports: Sequence[Report]) -> str:
    """``check --format html``: every report on one page."""
    return render_page(reports)
