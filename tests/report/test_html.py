"""The HTML review page: what the Ranger page shows, and that transcript text is inert.

The page is parsed with :mod:`html.parser` (not searched as a string) so that the
escaping tests see what a browser would build: which elements and attributes exist.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checker.api import check
from checker.report.html import format_html, render_html
from checker.report.html_build import h
from tests.conftest import RANGER, Run

EVIL = """\
@title: <script>alert(1)</script> "'>< <img src=x onerror=alert(2)>
@date: 2025-04-29
@timezone: +01:00
@rules: uk-fr-channel
@station RANGER: vessel party=UK unit=state aka="<b>Ranger</b>", "x'><svg onload=alert(3)>"
@station FR-NAVY: vessel party=FR unit=state aka="French warship"
@station DINGHY: casualty persons=~58 aka="the dinghy"

06:02 * FR-NAVY shadows DINGHY
06:33 * DINGHY signals distress
06:40 French warship -> <b>Ranger</b>: Ranger, this is French warship. \
<script>alert(4)</script> "'>< What are your intentions? Over.
06:41 <b>Ranger</b> -> French warship: I am going to escort that \
<iframe src=javascript:alert(5)>. Over.  \
# radiocheck: act=intention reason="<script>alert(6)</script> '><"
"""
#: Everything the page may contain; an injected element would be outside this set.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "a", "main", "article", "header", "p",
    "h1", "h2", "h3", "dl", "dt", "dd", "code", "nav", "ul", "li", "section", "strong", "figure",
    "div", "figcaption", "svg", "defs", "pattern", "rect", "path", "circle", "marker", "g",
    "text", "line", "form", "fieldset", "legend", "label", "input", "output", "details",
    "summary", "span", "small", "table", "caption", "thead", "tbody", "tr", "th", "td", "q",
    "em", "br", "script", "tspan", "cite",
}  # fmt: skip


class Page(HTMLParser):
    """Elements of a page as (tag, attributes), plus the text of every script."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.text).append(data)

    def ids(self) -> set[str]:
        return {a["id"] or "" for _, a in self.elements if "id" in a}

    def with_class(self, cls: str) -> list[dict[str, str | None]]:
        return [a for _, a in self.elements if cls in (a.get("class") or "").split()]


@pytest.fixture(scope="module")
def ranger_page() -> str:
    return render_html(check(RANGER))


def test_ranger_page_has_diagram_timeline_and_verdicts(ranger_page: str) -> None:
    page = Page(ranger_page)
    assert {"diagram", "timeline", "verdicts", "transcript", "glance"} <= page.ids()
    assert [a for t, a in page.elements if t == "svg" and "diagram" in (a.get("class") or "")]
    # one diagram row per event, each linking to its transcript row
    rows = page.with_class("seq-row")
    assert [r["href"] for r in rows] == [f"#line-{n}" for n in range(44, 52)]
    assert {f"line-{n}" for n in range(44, 52)} <= page.ids()
    assert "timeline-DINGHY" in page.ids()
    verdicts = page.with_class("verdict")
    assert len(verdicts) == 16
    assert {v["data-party"] for v in verdicts} == {"FR", "UK", "none"}
    text = "".join(page.text)
    # the story at a glance: French waters, FR coordination by region, UK rescue by acquiescence
    assert "DINGHY was in FR-TW, FR-SRR" in text
    assert "FR by region from line 45" in text
    assert "UK/RANGER by acquiescence (confidence 0.85) from line 48" in text
    assert "France broke CH01 — " in text and "France broke SR05 — " in text
    assert "The United Kingdom broke CH04 — " in text and ", a warning." in text
    assert "; excused by SR01." in text


def test_header_names_date_ruleset_tool_and_hash(ranger_page: str) -> None:
    report = check(RANGER)
    text = "".join(Page(ranger_page).text)
    assert "Ranger rescue inside French waters" in text
    assert "2025-04-29" in text
    assert "uk-fr-channel" in text and "2025.1" in text
    assert f"radiocheck {report.tool.version}" in text
    assert report.source.sha256 in text


def test_timeline_is_labelled_not_only_coloured(ranger_page: str) -> None:
    page = Page(ranger_page)
    bars = [a for t, a in page.elements if t == "rect" and "bar" in (a.get("class") or "")]
    assert len(bars) == 4 and all((b["fill"] or "").startswith("url(#pat-") for b in bars)
    text = "".join(page.text)
    assert "nobody (aware)" in text and "FR by region" in text
    assert "acquiescence at line 48 (rescue)" in text  # the A marker's tooltip
    assert "distress" in text and "FR-TW, FR-SRR" in text and "position unknown" in text


def test_evidence_links_point_at_rows(ranger_page: str) -> None:
    page = Page(ranger_page)
    ids = page.ids()
    links = [a["href"] for a in page.with_class("ev")]
    assert "#line-49" in links
    assert all((link or "")[1:] in ids for link in links)


@pytest.fixture
def evil(tmp_path: Path) -> Path:
    """A transcript whose title, aliases, utterances and reasons carry markup."""
    path = tmp_path / "evil.radio"
    path.write_text(EVIL, encoding="utf-8")
    return path


def test_overrides_are_marked_with_their_reason(evil: Path) -> None:
    page = Page(render_html(check(evil)))
    text = "".join(page.text)
    assert "✎ reviewer's override" in text
    assert "<script>alert(6)</script> '><" in text  # the reason, as text
    assert page.with_class("overridden")


def test_page_is_self_contained_and_pinned_by_csp(ranger_page: str) -> None:
    page = Page(ranger_page)
    assert not re.search(r"\b(?:src|href)=\"(?:https?:)?//", ranger_page)
    assert not [a for _, a in page.elements if "src" in a]
    (csp,) = [a["content"] for t, a in page.elements if a.get("http-equiv")]
    assert csp is not None and "default-src 'none'" in csp
    (script,) = page.scripts
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp


def test_transcript_text_is_rendered_as_text(evil: Path) -> None:
    report = check(evil)
    assert report.checked
    page_text = render_html(report)
    page = Page(page_text)
    tags = {t for t, _ in page.elements}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    assert [t for t, _ in page.elements].count("script") == 1
    for tag, attrs in page.elements:
        assert not [k for k in attrs if k.startswith("on")], (tag, attrs)
        for key in ("href", "src"):
            assert (attrs.get(key) or "#").startswith("#"), (tag, attrs)
    text = "".join(page.text)
    assert "<script>alert(1)</script> \"'>< <img src=x onerror=alert(2)>" in text  # title
    assert "<script>alert(4)</script> \"'><" in text  # utterance
    assert "<iframe src=javascript:alert(5)>" in text
    assert "x'><svg onload=alert(3)>" in text  # alias, in the lifeline's tooltip
    assert "<script>alert" not in page_text.replace("&lt;script&gt;", "")


def test_builder_refuses_unsafe_names_and_links() -> None:
    assert h("p", "<b>", title='"x"') == '<p title="&quot;x&quot;">&lt;b&gt;</p>'
    for bad in ({"onclick": "x"}, {"style": "x"}, {"href": "javascript:alert(1)"}):
        with pytest.raises(ValueError):
            h("a", "x", **bad)
    with pytest.raises(ValueError):
        h("a b", "x")


def test_check_format_html_puts_every_report_on_one_page(cli: Callable[..., Run]) -> None:
    run = cli("check", str(RANGER), str(RANGER), "--format", "html", "--exit-zero")
    assert run.code == 0
    assert run.out.startswith("<!DOCTYPE html>")
    ids = Page(run.out).ids()
    assert {"r1-line-49", "r2-line-49", "r1-verdicts", "r2-verdicts"} <= ids


def test_page_is_a_pure_function_of_the_report() -> None:
    report = check(RANGER)
    assert render_html(report) == render_html(report) == format_html([report])


def test_diagram_arrows_say_the_act_in_plain_words_with_the_id_in_the_tooltip() -> None:
    from checker.report.explain import ACT_WORDS
    from checker.report.html_common import Ids
    from checker.report.html_diagram import render_diagram

    svg = render_diagram(check(RANGER), Ids())
    # line 47 is a call-up and an intentions question; line 48 an intention
    assert re.search(r"<title>line 47: call [0-9.]+, question\.intentions", svg)
    labels = html.unescape(" ".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", svg)))
    assert ACT_WORDS["intention"] in labels and ACT_WORDS["question.intentions"] in labels
    assert "question.intentions" not in labels


def test_at_a_glance_says_who_broke_which_rule_and_on_what_authority() -> None:
    page = html.unescape(re.sub(r"<[^>]+>", "", render_html(check(RANGER))))
    assert (
        "The United Kingdom broke CH03 — persons recovered in a state's waters are landed "
        "in that state (source: UK-France arrangement as reported in the press (2025)"
    ) in page
    assert "Recovered in FR-TW (line 50), landed at Dover (line 51)" in page
    assert (
        "France may have broken SR04 — the RCC of the SRR takes coordination (source: SAR "
        "Convention 1979 (as amended 2004) 2.1.9, 3.1.9); the transcript cannot settle it." in page
    )
    assert "excused by SR01" in page and "UNCLOS art. 18(2)" in page
