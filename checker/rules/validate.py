"""Validate each rule's ``params`` against its kind, when a rule set is used.

The loader checks a rule file's shape; only the rules stage knows what each kind's
``params`` may hold, so a misspelt key or a bad duration is found here, and reported
like the loader's errors: RC202, the file, the line, the rule code and the key, and
the keys allowed (exit 2). Results are cached per rule set (by its hash).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from checker.diagnostics import Diagnostic, InputError, make
from checker.files import Refused, read_bytes
from checker.rules.params import KindParams
from checker.rules.registry import get
from checker.ruleset._positions import did_you_mean, locate
from checker.ruleset.loader import DATA_DIR, shipped_ids
from checker.ruleset.schema import RuleSet, RuleSpec
from checker.vocabulary import Level

#: Kinds that read one ledger and so need a ``level`` (in params or on the rule).
NEEDS_LEVEL = ("zone-responsibility", "explicit-handover")
_cache: dict[tuple[str, str], dict[str, KindParams]] = {}


def validated(ruleset: RuleSet) -> dict[str, KindParams]:
    """Each rule's params, parsed; raises :class:`InputError` listing every problem."""
    key = (ruleset.id, ruleset.sha256)
    if key in _cache:
        return _cache[key]
    out: dict[str, KindParams] = {}
    problems: list[Diagnostic] = []
    for spec in ruleset.rules:
        kind = get(spec.kind)
        try:
            params = kind.params.model_validate(spec.params)
        except ValidationError as exc:
            problems += [_problem(ruleset, spec, err, kind.params) for err in exc.errors()]
            continue
        problems += _level(ruleset, spec, params)
        if spec.excused_by and not kind.excusable:
            msg = f"rule {spec.code}: a {spec.kind} rule is never excused (excused_by)"
            problems.append(make("RC202", msg, **_where(ruleset, spec, ("excused_by",))))
        out[spec.code] = params
    if problems:
        raise InputError(problems)
    _cache[key] = out
    return out


def level_of(spec: RuleSpec, params: KindParams) -> Level | None:
    """The ledger a rule reads: its params' ``level``, else the rule's own."""
    level: Level | None = getattr(params, "level", None)
    return level or spec.level


def _level(ruleset: RuleSet, spec: RuleSpec, params: KindParams) -> list[Diagnostic]:
    level = getattr(params, "level", None)
    if spec.kind in NEEDS_LEVEL and level is None and spec.level is None:
        msg = f"rule {spec.code}: a {spec.kind} rule needs a level (coordination or rescue)"
        hint = 'add level = "coordination" or level = "rescue" to the rule'
        return [make("RC202", msg, hint=hint, **_where(ruleset, spec, ("code",)))]
    if level is not None and spec.level is not None and level != spec.level:
        msg = f"rule {spec.code}: params.level {level!r} contradicts level {spec.level!r}"
        return [make("RC202", msg, **_where(ruleset, spec, ("params", "level")))]
    return []


def _problem(ruleset: RuleSet, spec: RuleSpec, err: Any, model: type[KindParams]) -> Diagnostic:
    loc = tuple(err["loc"])
    key = ".".join(str(p) for p in loc) or "params"
    allowed = list(model.model_fields)
    hint = None
    if err["type"] == "extra_forbidden":
        msg = f"rule {spec.code}: unknown key {key!r} in params of kind {spec.kind}"
        hint = did_you_mean(str(loc[-1]), allowed) + "allowed: " + (", ".join(allowed) or "none")
    elif err["type"] == "missing":
        msg = f"rule {spec.code}: params.{key} is required for kind {spec.kind}"
    else:
        msg = f"rule {spec.code}: params.{key}: {err['msg']}"
    value = err.get("input") if isinstance(err.get("input"), str) else None
    return make("RC202", msg, hint=hint, **_where(ruleset, spec, ("params", *loc), value))


def _where(
    ruleset: RuleSet, spec: RuleSpec, loc: tuple[Any, ...], value: str | None = None
) -> dict[str, Any]:
    """Where in which file the rule is written (the file that defines it last)."""
    for path in _files(ruleset):
        text = _text(path)
        rules = tomllib.loads(text).get("rules", [])
        for i, rule in enumerate(rules):
            if isinstance(rule, dict) and rule.get("code") == spec.code:
                return locate(path, text, ("rules", i, *loc), value, at_value=value is not None)
    return {"path": ruleset.path}


def _text(path: Path) -> str:
    """A rule-set file read again (it was loaded a moment ago) under the policy of
    :mod:`checker.files`; empty when it can no longer be read."""
    try:
        return read_bytes(path, what="rule set").decode("utf-8-sig")
    except (Refused, UnicodeDecodeError):
        return ""


def _files(ruleset: RuleSet) -> list[Path]:
    """The rule set's files, the top one first, then its bases, latest first."""
    out: list[Path] = []

    def walk(path: Path) -> None:
        if path in out or not path.is_file():
            return
        out.append(path)
        try:
            extends = tomllib.loads(_text(path)).get("ruleset", {}).get("extends")
        except tomllib.TOMLDecodeError:
            return
        for name in reversed(extends or []):
            shipped = name in shipped_ids()
            base = DATA_DIR / f"{name}.toml" if shipped else path.parent / name
            walk(base if base.is_file() or shipped else path.parent / f"{name}.toml")

    if ruleset.path:
        walk(Path(ruleset.path))
    for rid in reversed(ruleset.chain):
        if rid in shipped_ids():
            walk(DATA_DIR / f"{rid}.toml")
    return out
