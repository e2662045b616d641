"""The generated parts of the docs are current, and the guides cover what they must.

The generated sections (between ``BEGIN GENERATED`` / ``END GENERATED`` markers) come
from the code by ``scripts/gen_docs.py``; when one is stale, run
``python scripts/gen_docs.py`` and commit the result. The coverage tests make sure a
new command option, narration verb, directive, ``@expect`` form or act kind cannot be
added without an example in the guides.
"""

from __future__ import annotations

import importlib.util
import shlex
import sys
from pathlib import Path
from typing import Any, get_args

import pytest

from tests.project.test_docs import ROOT, blocks, commands

_spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
assert _spec and _spec.loader
gen_docs: Any = importlib.util.module_from_spec(_spec)
sys.modules["gen_docs"] = gen_docs
_spec.loader.exec_module(gen_docs)


def test_generated_sections_are_current() -> None:
    stale = gen_docs.stale()
    assert not stale, (
        f"generated sections of {', '.join(stale)} are stale: run python scripts/gen_docs.py"
    )


def _sh_lines(path: Path) -> list[list[str]]:
    """The words of every runnable command line of a document."""
    return [
        shlex.split(raw, comments=True)
        for b in blocks(path)
        if b.lang == "sh"
        for _, raw in commands(b)
    ]


@pytest.mark.parametrize("name", list(gen_docs.commands()))
def test_every_option_of_every_command_has_an_example(name: str) -> None:
    _, parser = gen_docs.commands()[name]
    lines = [w for w in _sh_lines(ROOT / "docs" / "cli.md") if w[:2] == ["radiocheck", name]]
    assert lines, f"docs/cli.md has no runnable example of radiocheck {name}"
    used = {w.split("=")[0] for words in lines for w in words}
    missing = [
        "/".join(a.option_strings)
        for a in gen_docs.visible_actions(parser)
        if a.option_strings and not used & set(a.option_strings)
    ]
    assert not missing, f"docs/cli.md has no example of radiocheck {name} {missing}"


def _transcripts_in(path: Path) -> list[Any]:
    from checker.api import read_transcript

    return [read_transcript(b.text) for b in blocks(path) if b.lang == "radio"]


def test_transcripts_guide_shows_every_narration_verb() -> None:
    from checker.vocabulary import NarrationVerb

    shown = {
        line.narration.verb
        for t in _transcripts_in(ROOT / "docs" / "transcripts.md")
        for line in t.lines
        if line.narration is not None
    }
    missing = set(get_args(NarrationVerb)) - shown
    assert not missing, f"docs/transcripts.md has no radio example of {sorted(missing)}"


def test_transcripts_guide_shows_every_directive_and_expect_form() -> None:
    from checker.transcript.model import ExpectForm

    texts = [b.text for b in blocks(ROOT / "docs" / "transcripts.md") if b.lang == "radio"]
    grammar = (ROOT / "grammar" / "transcript.lark").read_text(encoding="utf-8")
    directives = {w.split("(")[0].strip("/") for w in grammar.split() if w.startswith("/@")}
    for directive in directives:
        assert any(f"\n{directive}" in "\n" + t for t in texts), directive
    forms = {
        x.form for t in _transcripts_in(ROOT / "docs" / "transcripts.md") for x in t.expectations
    }
    assert set(get_args(ExpectForm)) <= forms


def test_transcripts_guide_shows_every_annotation() -> None:
    texts = "".join(b.text for b in blocks(ROOT / "docs" / "transcripts.md") if b.lang == "radio")
    for item in ("ignore[", "act=", "reason=", "confidence=", "doubtful="):
        assert f"{item}" in texts, item
