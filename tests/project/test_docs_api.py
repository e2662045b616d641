"""docs/api.md's example runs as written, so that the API page cannot drift from the API.

The page's one ```python block is executed from the repository root (its paths are as
from there) and its ``result`` compared with what the Ranger case says (docs/ranger.md).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

from tests.conftest import ROOT

PAGE = ROOT / "docs" / "api.md"


def python_blocks(text: str) -> list[str]:
    """The bodies of the page's fenced ```python blocks, in order."""
    return re.findall(r"^```python\n(.*?)^```$", text, flags=re.MULTILINE | re.DOTALL)


def test_the_api_example_runs_and_says_what_the_comments_say() -> None:
    blocks = python_blocks(PAGE.read_text(encoding="utf-8"))
    assert len(blocks) == 1, "docs/api.md has one runnable example"
    namespace: dict[str, object] = {}
    out = io.StringIO()
    before = Path.cwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(blocks[0], str(PAGE), "exec"), namespace)
    finally:
        os.chdir(before)
    violated = [("SR05", "FR"), ("CH01", "FR"), ("CH03", "UK"), ("CH04", "UK")]
    assert namespace["result"] == (violated, "acquiesced", "question.intentions", 4)
    # each print's trailing comment is what it prints
    said = re.findall(r"^print\(.*\)\s+# (.*)$", blocks[0], flags=re.MULTILINE)
    assert out.getvalue().splitlines() == said


def test_the_api_page_names_every_public_function() -> None:
    import checker

    text = PAGE.read_text(encoding="utf-8")
    functions = [n for n in checker.__all__ if n[0].islower() and not n.startswith("_")]
    assert functions == ["check", "classify", "load_ruleset", "read_transcript", "test"]
    for name in functions:
        assert f"### `{name}(" in text, f"docs/api.md does not document {name}"
    for field in checker.Report.model_fields:
        assert f"`{field}`" in text, f"docs/api.md does not describe Report.{field}"
