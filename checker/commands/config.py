"""Project defaults from ``[tool.radiocheck]`` in the nearest ``pyproject.toml``.

Precedence, highest first: the command line, then ``[tool.radiocheck]``, then the
built-in defaults. The nearest ``pyproject.toml`` is the first one found walking up
from the current folder (as ruff and pytest find theirs). Paths in it (``paths``, and
``rules`` when it names a file) are relative to that file's folder, so the defaults
mean the same from any folder of the project::

    [tool.radiocheck]
    rules = "uk-fr-channel"     # rule set id or path; overrides each file's @rules
    paths = ["transcripts"]     # what `radiocheck test` checks when given no paths
    jobs = 4                    # parallel processes (default: the number of cores)
    fail_on = "error"           # also fail on violations no @expect line names

An unknown key or a value of the wrong type is a usage error (exit 2), so that a typo
does not silently fall back to a default.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class ConfigError(Exception):
    """``[tool.radiocheck]`` is malformed; the message names the file and the key."""


class Config(BaseModel):
    """The ``[tool.radiocheck]`` table; ``origin`` is the file it came from."""

    model_config = ConfigDict(extra="forbid")

    rules: str | None = None
    paths: list[str] = Field(default_factory=list)
    jobs: int | None = Field(default=None, ge=1)
    fail_on: Literal["error", "warning", "info"] | None = None
    origin: Path | None = Field(default=None, exclude=True)


def find_pyproject(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` at or above ``start``."""
    for folder in (start.resolve(), *start.resolve().parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(start: Path | None = None) -> Config:
    """The defaults of the project around ``start`` (default: the current folder)."""
    path = find_pyproject(start or Path.cwd())
    if path is None:
        return Config()
    from checker.files import Refused, read_bytes  # a regular file, bounded

    try:
        data = tomllib.loads(read_bytes(path, what="pyproject.toml").decode("utf-8"))
    except Refused as exc:
        raise ConfigError(f"{path}: cannot read: {exc.message}") from None
    except (ValueError, RecursionError) as exc:  # TOMLDecodeError, 4,300+ digits, deep
        why = exc if not isinstance(exc, RecursionError) else "nested too deeply"
        raise ConfigError(f"{path}: cannot read: {why}") from None
    table = data.get("tool", {}).get("radiocheck")
    if table is None:
        return Config()
    try:
        config = Config.model_validate(table)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'table'}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(f"{path}: [tool.radiocheck]: {problems}") from None
    base = path.parent
    rules = config.rules
    if rules is not None and (base / rules).is_file():
        rules = _shown(base / rules)
    paths = [_shown(base / p) for p in config.paths]
    return config.model_copy(update={"origin": path, "rules": rules, "paths": paths})


def _shown(path: Path) -> str:
    """``path`` relative to the current folder when it can be, as users typed it."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
