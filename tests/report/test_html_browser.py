"""The Ranger review page in a real browser: headless Chromium, no network.

Chromium's own ``--dump-dom`` runs the page's script and prints the DOM it left, so
the test appends one small inline script (whitelisted in the page's CSP by its hash)
that clicks like a reviewer — open CH04, click its evidence line 49 — and records
what it saw; then the DOM shows whether line 49 was highlighted in the transcript,
the diagram and the timeline. A screenshot is kept under ``RADIOCHECK_ARTIFACTS``
(when set) or the test's tmp dir. Without Chromium the tests skip, except under
``CI=true``, where a missing browser is a failure (``.ci/run`` installs it).
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from checker.api import check
from checker.report.html import render_html
from tests.conftest import DATA, RANGER

LONG_NAMES = DATA / "long-names.radio"

CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)

#: Clicks CH04's summary and its evidence link to line 49, then notes what it saw.
CLICK = """
(function () {
  var item = Array.prototype.find.call(document.querySelectorAll("li.verdict"), function (li) {
    return li.querySelector("summary code").textContent === "CH04";
  });
  item.querySelector("summary").click();
  item.querySelector("a.ev[href='#line-49']").click();
  var size = function (sel) {
    var box = document.querySelector(sel).getBoundingClientRect();
    return Math.round(box.width) + "x" + Math.round(box.height);
  };
  var b = document.body;
  b.setAttribute("data-test-open", item.querySelector("details").open ? "yes" : "no");
  b.setAttribute("data-test-diagram", size("svg.diagram"));
  b.setAttribute("data-test-timeline", size("figure.timeline svg"));
  b.setAttribute("data-test-verdicts", size("#verdicts"));
})();
"""
#: For the screenshot: the same clicks, but the page stays at the top (headless
#: Chromium paints a blank screenshot after an in-page jump), so the highlighted
#: diagram row is in the picture.
STAY = "document.addEventListener('click', function (e) { e.preventDefault(); }, true);\n" + CLICK


#: Checks, from the DOM, that every diagram label lies inside its box: station names
#: in their station box, party names in their band, act labels between the two
#: lifelines of their arrow (to the page's edge for an arrow to all) and inside their
#: row, narration inside its note, a timeline run's label inside its run (a label too long
#: for it is a note under the drawing). ``getBBox`` is the text as the browser laid it out.
NO_OVERFLOW = """
(function () {
  var bad = [], n = 0;
  var inside = function (t, box, what) {
    var b = t.getBBox(); n++;
    if (b.x < box.x - 0.5 || b.y < box.y - 0.5 || b.x + b.width > box.x + box.width + 0.5 ||
        b.y + b.height > box.y + box.height + 0.5) {
      bad.push(what + ": " + t.textContent + " " + [b.x, b.y, b.width, b.height].map(Math.round) +
               " not in " + [box.x, box.y, box.width, box.height].map(Math.round));
    }
  };
  var rect = function (r) {
    return {x: +r.getAttribute("x"), y: +r.getAttribute("y"),
            width: +r.getAttribute("width"), height: +r.getAttribute("height")};
  };
  document.querySelectorAll("svg.diagram g.lifeline-group").forEach(function (g) {
    var box = rect(g.querySelector("rect.station"));
    g.querySelectorAll("text").forEach(function (t) { inside(t, box, "station"); });
  });
  document.querySelectorAll("svg.diagram g.band").forEach(function (g) {
    inside(g.querySelector("text"), rect(g.querySelector("rect")), "band");
  });
  document.querySelectorAll("svg.diagram a.seq-row").forEach(function (a) {
    var row = rect(a.querySelector("rect.row-bg"));
    a.querySelectorAll("g.arrow").forEach(function (g) {
      var x1 = +g.getAttribute("data-x1"), x2 = +g.getAttribute("data-x2");
      var box = {x: x1, y: row.y, width: x2 - x1, height: row.height};
      inside(g.querySelector("text"), box, "arrow");
    });
    a.querySelectorAll("rect.note").forEach(function (r) {
      inside(r.parentNode.querySelector("text"), rect(r), "note");
    });
  });
  document.querySelectorAll("figure.timeline svg text.seg-label").forEach(function (t) {
    inside(t, rect(t.parentNode.querySelector("rect")), "timeline");
  });
  document.body.setAttribute("data-test-labels", String(n));
  document.body.setAttribute("data-test-overflow", bad.join(" | ") || "none");
})();
"""


def _need_chromium() -> str:
    if CHROMIUM is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but Chromium is not installed (.ci/run installs chromium)")
        pytest.skip("Chromium is not installed: apt-get install chromium chromium-driver")
    return CHROMIUM


def _page_with_click(tmp_path: Path, script: str = CLICK, source: Path = RANGER) -> Path:
    """The page of ``source`` (Ranger) with ``script`` run after the page's own (allowed
    by its hash)."""
    page = render_html(check(source))
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    page = page.replace("script-src ", f"script-src 'sha256-{digest}' ", 1)
    page = page.replace("</body>", f"<script>{script}</script></body>", 1)
    path = tmp_path / "ranger-review.html"
    path.write_text(page, encoding="utf-8")
    return path


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        _need_chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def _artifacts(tmp_path: Path) -> Path:
    where = Path(os.environ.get("RADIOCHECK_ARTIFACTS") or tmp_path)
    where.mkdir(parents=True, exist_ok=True)
    return where


def _element(dom: str, pattern: str) -> str:
    match = re.search(pattern, dom)
    assert match, f"no element matching {pattern}"
    return match.group(0)


def test_ranger_page_renders_and_evidence_highlights_the_line(tmp_path: Path) -> None:
    page = _page_with_click(tmp_path)
    run = _chromium(tmp_path, "--virtual-time-budget=3000", "--dump-dom", page.as_uri())
    dom = run.stdout
    assert run.returncode == 0 and "<body" in dom, run.stderr[-2000:]
    body = _element(dom, r"<body[^>]*>")
    assert 'data-highlighted="line-49"' in body
    assert 'data-test-open="yes"' in body
    for name in ("diagram", "timeline", "verdicts"):
        size = re.search(rf'data-test-{name}="(\d+)x(\d+)"', body)
        assert size and int(size.group(1)) > 300 and int(size.group(2)) > 100, (name, body)
    row = _element(dom, r'<tr[^>]*id="line-49"[^>]*>')
    assert "is-hl" in row
    assert "is-hl" in _element(dom, r'<a[^>]*id="seq-49"[^>]*>')
    assert "is-hl" in _element(dom, r'<rect[^>]*class="tl-col[^"]*"[^>]*data-line="49"[^>]*>')
    assert "is-hl" not in _element(dom, r'<tr[^>]*id="line-48"[^>]*>')


def test_ranger_page_screenshot_is_kept(tmp_path: Path) -> None:
    page = _page_with_click(tmp_path, STAY)
    shot = _artifacts(tmp_path) / "ranger-review.png"
    run = _chromium(
        tmp_path,
        "--hide-scrollbars",
        "--window-size=1280,1800",
        "--virtual-time-budget=3000",
        f"--screenshot={shot}",
        page.as_uri(),
    )
    assert run.returncode == 0, run.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG")
    assert len(data) > 50_000, "the screenshot is (nearly) blank"


@pytest.mark.parametrize("source", [RANGER, LONG_NAMES], ids=["ranger", "long-names"])
def test_no_diagram_label_overflows_its_box(tmp_path: Path, source: Path) -> None:
    page = _page_with_click(tmp_path, NO_OVERFLOW, source)
    run = _chromium(tmp_path, "--virtual-time-budget=3000", "--dump-dom", page.as_uri())
    assert run.returncode == 0 and "<body" in run.stdout, run.stderr[-2000:]
    body = _element(run.stdout, r"<body[^>]*>")
    labels = re.search(r'data-test-labels="(\d+)"', body)
    assert labels and int(labels.group(1)) >= 15, body
    assert 'data-test-overflow="none"' in body, body
