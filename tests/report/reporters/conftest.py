"""Golden files for the reporters: ``pytest --update-goldens`` rewrites them.

The option itself is added by ``tests/conftest.py``: pytest takes options only from the
conftest files it loads at start-up, which this one, two folders down, is not.

JSON Lines goldens dump whole models, and REPORT.md lets other stages add keys to them
freely; so for ``.jsonl`` a line matches when it holds every key of the golden line
with the same value (new keys are allowed, changed or removed ones are not).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

GOLDENS = Path(__file__).resolve().parent / "goldens"


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with ``goldens/NAME`` (or rewrite it with --update-goldens)."""
    update = bool(request.config.getoption("--update-goldens"))

    def check(name: str, text: str) -> None:
        path = GOLDENS / name
        if update:
            path.write_text(text, encoding="utf-8", newline="\n")
            return
        assert path.exists(), f"no golden file {name}: run pytest --update-goldens"
        want = path.read_text(encoding="utf-8")
        if name.endswith(".jsonl") and text != want:
            got_lines, want_lines = text.splitlines(), want.splitlines()
            assert len(got_lines) == len(want_lines), f"{name}: number of lines changed"
            for n, (g, w) in enumerate(zip(got_lines, want_lines, strict=True), 1):
                assert _holds(json.loads(g), json.loads(w)), f"{name}:{n} changed"
            return
        assert text == want, f"{name} changed (--update-goldens)"

    return check


def _holds(actual: Any, golden: Any) -> bool:
    """``actual`` equals ``golden``, except that its objects may have more keys."""
    if isinstance(golden, dict):
        return isinstance(actual, dict) and all(
            k in actual and _holds(actual[k], v) for k, v in golden.items()
        )
    if isinstance(golden, list):
        return (
            isinstance(actual, list)
            and len(actual) == len(golden)
            and all(_holds(a, g) for a, g in zip(actual, golden, strict=True))
        )
    return bool(actual == golden)
