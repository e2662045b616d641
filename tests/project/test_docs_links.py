"""The user docs stand alone: every link stays inside the repository and names a file
(and a heading) that exists, and no page sends a reader to a design page that is not
in the repository (those live beside the project, not in it; docs/architecture.md,
docs/ranger.md, docs/transcripts.md, docs/rules.md, docs/acts.md and
docs/understanding.md say what they say, for users). ``http(s)`` links are allowed.

Code comments and docstrings may keep naming the design pages; what a user reads —
README.md, docs/*.md, every ``--help`` and the published JSON Schemas — may not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT, Run

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
#: The design pages that are not in the repository, and the folder they live in.
DESIGN = re.compile(
    r"TRANSCRIPT-FORMAT|\bRULES\.md|ARCHITECTURE\.md|CASE-RANGER|\bREPORT\.md|SPEECH-ACTS"
    r"|CLAUSES\.md|STYLE-MODELS|shared/(design|corpus|reference)"
)
_FENCE = re.compile(r"^```.*?^```", flags=re.MULTILINE | re.DOTALL)
_CODE = re.compile(r"`[^`\n]*`")
_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REF = re.compile(r"^\s*\[[^\]]+\]:\s*(\S+)", flags=re.MULTILINE)


def prose(text: str) -> str:
    """``text`` without fenced blocks and code spans, where ``[a](b)`` is not a link."""
    return _CODE.sub("", _FENCE.sub("", text))


def links(text: str) -> list[str]:
    body = prose(text)
    return _LINK.findall(body) + _REF.findall(body)


def slug(heading: str) -> str:
    """A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces
    to hyphens."""
    text = re.sub(r"[`*_]|<[^>]+>", "", heading.strip()).lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    text = _FENCE.sub("", page.read_text(encoding="utf-8"))
    found: set[str] = set()
    for heading in re.findall(r"^#{1,6}\s+(.*)$", text, flags=re.MULTILINE):
        base, n = slug(heading), 0
        while (candidate := base if n == 0 else f"{base}-{n}") in found:
            n += 1
        found.add(candidate)
    return found


def problems_of(page: Path, text: str | None = None) -> list[str]:
    """Each link of ``page`` (or of ``text``, as if it were at ``page``) that leaves
    the repository or names nothing."""
    out: list[str] = []
    where = page.relative_to(ROOT)
    body = page.read_text(encoding="utf-8") if text is None else text
    for target in links(body):
        if re.match(r"https?://", target):
            continue
        if re.match(r"[a-z][a-z0-9+.-]*:", target, flags=re.IGNORECASE):
            out.append(f"{where}: {target}: only http(s) links may leave the repository")
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if not file.is_relative_to(ROOT):
            out.append(f"{where}: {target} points outside the repository")
        elif not file.exists():
            out.append(f"{where}: {target} names a file that does not exist")
        elif anchor and file.suffix == ".md" and anchor not in anchors(file):
            out.append(f"{where}: {target}: no heading of {file.name} has the anchor #{anchor}")
    return out


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_links_stay_in_the_repository(page: Path) -> None:
    problems = problems_of(page)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_page_names_a_design_page_outside_the_repository(page: Path) -> None:
    lines = page.read_text(encoding="utf-8").splitlines()
    found = [f"{page.name}:{n}: {line}" for n, line in enumerate(lines, 1) if DESIGN.search(line)]
    assert not found, "\n".join(found)


def test_the_checker_catches_what_it_should() -> None:
    """The link check itself: a link out of the repository, to a missing file, to a
    missing heading and to a design page are each found; a web link is not."""
    page = ROOT / "docs" / "probe.md"  # never written: links resolve as from docs/
    text = (
        "[a](../../outside.md) [b](missing.md) [c](rules.md#no-such-heading) "
        "[d](https://example.org/x) [e](file:///etc/passwd) `[f](in-code.md)`"
    )
    found = [p.split(": ", 1)[1] for p in problems_of(page, text)]
    assert found == [
        "../../outside.md points outside the repository",
        "missing.md names a file that does not exist",
        "rules.md#no-such-heading: no heading of rules.md has the anchor #no-such-heading",
        "file:///etc/passwd: only http(s) links may leave the repository",
    ]
    assert DESIGN.search("see CASE-RANGER.md") and not DESIGN.search("see docs/rules.md")


def test_help_and_schemas_name_no_design_page(cli: Callable[..., Run]) -> None:
    commands = ["check", "classify", "test", "review", "explain", "diff", "rules", "schema"]
    outputs = [cli("--help").out] + [cli(c, "--help").out for c in [*commands, "convert"]]
    outputs += [cli("schema", which).out for which in ("report", "rules")]
    for text in outputs:
        assert not DESIGN.search(text), DESIGN.search(text)
