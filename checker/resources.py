"""Where the shipped grammars live, for a source checkout and an installed wheel alike.

The grammars are kept in the top-level ``grammar/`` folder so that they can be read
and reviewed beside the code; the wheel ships them as ``checker/_grammar`` (see
``[tool.hatch.build.targets.wheel.force-include]`` in pyproject.toml). This module is
the one place that knows both locations.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def grammar_dir() -> Path:
    """The folder holding ``transcript.lark`` and ``phraseology.lark``."""
    for candidate in (_PACKAGE / "_grammar", _PACKAGE.parent / "grammar"):
        if (candidate / "transcript.lark").is_file():
            return candidate
    raise FileNotFoundError(
        f"radiocheck's grammar files are missing (looked in {_PACKAGE / '_grammar'} "
        f"and {_PACKAGE.parent / 'grammar'}); the installation is broken"
    )


def grammar_text(name: str) -> str:
    """The text of one grammar file, e.g. ``grammar_text("transcript.lark")``."""
    return (grammar_dir() / name).read_text(encoding="utf-8")


@cache
def grammar_sha256() -> str:
    """One hash over every ``.lark`` file, in name order: reports name their grammar."""
    digest = hashlib.sha256()
    for path in sorted(grammar_dir().glob("*.lark")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
