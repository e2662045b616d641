"""Project defaults from ``[tool.radiocheck]`` in the nearest ``pyproject.toml``.

Precedence, highest first: the command line, then ``[tool.radiocheck]``, then the
built-in defaults. The nearest ``pyproject.toml`` is the first one found walking up
from the current folder (as ruff and pytest find theirs). The table applies to
``check``, ``review`` and ``test`` alike, each taking the keys it has an option for,
and its keys are spelled as the flags (the underscore spellings of earlier versions,
``fail_on``, are still read). Paths in it (``paths``, and ``rules`` when it names a
file) are relative to that file's folder, so the defaults mean the same from any folder
of the project::

    [tool.radiocheck]
    rules = "uk-fr-channel"     # rule set id or path; overrides each file's @rules
    paths = ["transcripts"]     # what `radiocheck test` checks when given no paths
    jobs = 4                    # parallel processes (default: the number of cores)
    fail-on = "warning"         # lowest severity of a violation that fails
    min-confidence = 0.6        # acts below it are not trusted
    select = ["CH", "SR01"]     # only these rules (prefixes allowed)
    ignore = ["PR04"]           # leave these out
    strict = true               # uncertain verdicts fail too

An unknown key or a value of the wrong type is a usage error (exit 2) that names the
key and, for a misspelt one, the key meant: a typo must not silently fall back to a
default.
"""

from __future__ import annotations

import argparse
import os
import sys
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checker.commands._common import Exit
from checker.defaults import empty_list
from checker.vocabulary import Severity


class ConfigError(Exception):
    """``[tool.radiocheck]`` is malformed; the message names the file and the key."""


def _flag(name: str) -> str:
    return name.replace("_", "-")


class Config(BaseModel):
    """The ``[tool.radiocheck]`` table; ``origin`` is the file it came from."""

    model_config = ConfigDict(
        extra="forbid", alias_generator=_flag, populate_by_name=True, defer_build=True
    )

    rules: str | None = None
    paths: list[str] = Field(default_factory=empty_list)
    jobs: int | None = Field(default=None, ge=1)
    fail_on: Severity | None = None
    min_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    select: list[str] | None = None
    ignore: list[str] | None = None
    strict: bool | None = None
    origin: Path | None = Field(default=None, exclude=True)


#: The keys as users write them (the flags' spelling).
KEYS = tuple(_flag(k) for k in Config.model_fields if k != "origin")


def apply(args: argparse.Namespace, parser: argparse.ArgumentParser, config: Config) -> None:
    """Give ``args`` the config's value of each option the command has and the user
    did not set on the command line (an option left at the parser's default)."""
    for key in type(config).model_fields:  # not model_dump: a default config builds nothing
        value = getattr(config, key)
        if value is None or key in ("paths", "origin") or not hasattr(args, key):
            continue
        if getattr(args, key) == parser.get_default(key):
            setattr(args, key, [",".join(value)] if key in ("select", "ignore") else value)


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
        return Config.model_construct()  # the defaults: no schema built for them
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
        return Config.model_construct()  # the defaults: no schema built for them
    try:
        config = Config.model_validate(table)
    except ValidationError as exc:
        raise ConfigError(f"{path}: [tool.radiocheck]: {_problems(exc)}") from None
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


def _problems(exc: ValidationError) -> str:
    """pydantic's errors in the words of the table: the key, and for an unknown key
    the key meant ("unknown key 'fail_onn': did you mean 'fail-on'?")."""
    import difflib

    out = []
    for e in exc.errors():
        key = ".".join(map(str, e["loc"])) or "table"
        if e["type"] == "extra_forbidden":
            near = difflib.get_close_matches(key.replace("_", "-"), KEYS, n=1, cutoff=0.6)
            meant = f": did you mean {near[0]!r}?" if near else f" (keys: {', '.join(KEYS)})"
            out.append(f"unknown key {key!r}{meant}")
        else:
            out.append(f"{key}: {e['msg']}")
    return "; ".join(out)


def codes(values: list[str] | None) -> list[str] | None:
    """``--select CH01,CH02 --select SR`` → ``["CH01", "CH02", "SR"]``."""
    return [c.strip() for v in values for c in v.split(",") if c.strip()] if values else None


def configure(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """Apply ``[tool.radiocheck]`` to ``check``, ``review`` and ``test``; a malformed
    table is a usage error (exit 2), said as argparse says its own."""
    if getattr(args, "command", None) not in ("check", "review", "test"):
        return
    try:
        config = load_config()
    except ConfigError as exc:
        print(f"radiocheck: error: {exc}", file=sys.stderr)
        raise SystemExit(Exit.INPUT) from None
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    apply(args, commands.choices[args.command], config)
    if args.command == "test" and not args.paths:
        args.paths = config.paths
