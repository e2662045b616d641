"""Load a rule set — a shipped id or a TOML path — and merge its ``extends`` chain.

A rule set is user input, so every failure is an :class:`InputError` whose diagnostics
name the file, line and column: a reviewer who mistypes a zone id must see where, not
a traceback. tomllib gives values without positions, so :mod:`._positions` scans the
text for table headers and keys to place pydantic's complaints; :mod:`._geometry`
checks the GeoJSON that zones name.

Merge order is depth-first: the bases a file ``extends``, in the order listed, then the
file itself; a file reached twice (a diamond) is merged once, at its first place. So
``uk-fr-channel`` (``extends = ["sar", "smcp"]``) has the chain sar, smcp,
uk-fr-channel. Later files win: parties, zones, ports, marks and known stations are
replaced whole by key, and a rule replaces the earlier rule with the same code, keeping
its place in the order.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from checker.diagnostics import Diagnostic, InputError, make
from checker.files import Refused, is_regular, outside, read_bytes
from checker.resources import cached_toml
from checker.ruleset._geometry import check_geometry
from checker.ruleset._positions import Loc, did_you_mean, dotted, locate, locate_toml_error
from checker.ruleset.schema import (
    KnownStation,
    Mark,
    Party,
    Port,
    RuleExample,
    RuleSet,
    RulesetFile,
    RulesetMeta,
    RuleSpec,
    World,
    Zone,
)

DATA_DIR = Path(__file__).resolve().parent / "data"

_TABLES: dict[Loc, type[BaseModel]] = {
    (): RulesetFile,
    ("ruleset",): RulesetMeta,
    ("parties", "*"): Party,
    ("zones", "*"): Zone,
    ("ports", "*"): Port,
    ("marks", "*"): Mark,
    ("stations", "*"): KnownStation,
    ("rules", "*"): RuleSpec,
}
_WHAT = {"party": "party", "part_of": "zone", "excused_by": "rule code"}
_PATTERN_HINTS = {
    "code": "a rule code is two capital letters and two digits, like CH05",
    "excused_by": "excused_by lists rule codes: two capital letters and two digits, like SR01",
    "id": "an id starts with a letter and uses letters, digits, '-' and '_'",
    "name": "a rule name is dotted lower-case words, like landing.zone-state",
}


@dataclass(frozen=True)
class _Src:
    """One rule-set file as read: its path, bytes (for the hash), text and model."""

    path: Path
    raw: bytes
    text: str
    data: RulesetFile

    def where(self, loc: Loc, value: object = None) -> dict[str, Any]:
        """``make`` keywords placing a diagnostic at ``loc`` in this file."""
        return locate(self.path, self.text, loc, value)


@cache
def _shipped() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in DATA_DIR.glob("*.toml")))


def shipped_ids() -> list[str]:
    """The ids of the rule sets shipped inside the package."""
    return list(_shipped())


def load_ruleset(id_or_path: str, *, base_dir: Path | None = None) -> RuleSet:
    """Load a shipped rule set by id, or a TOML file by path (relative to ``base_dir``).

    Raises :class:`InputError` (RC200 to RC205) when it cannot be loaded.
    """
    if id_or_path in _shipped():
        return _load_shipped(DATA_DIR / f"{id_or_path}.toml")
    path = _find(id_or_path, base_dir or Path.cwd())
    if path is None:
        at = str(base_dir / id_or_path) if base_dir else id_or_path
        msg = f"rule set {id_or_path!r} not found"
        raise InputError([make("RC200", msg, path=at, hint=_hint(id_or_path))])
    return _load(path)


@cache
def _load_shipped(path: Path) -> RuleSet:
    """Shipped rule sets are loaded for every transcript: once per process is enough."""
    return _load(path)


@cache
def _read_shipped(path: Path) -> _Src:
    return _read(path)


def _find(name: str, folder: Path) -> Path | None:
    """``name`` as a file relative to ``folder``, also with ``.toml`` added."""
    for candidate in (folder / name, folder / f"{name}.toml"):
        if is_regular(candidate):  # (a name too long for the system is no file)
            return candidate.resolve()
    return None


def _hint(name: str) -> str:
    shipped = ", ".join(_shipped())
    return f"{did_you_mean(name, _shipped())}shipped rule sets: {shipped}; or a .toml path"


def _load(path: Path) -> RuleSet:
    chain: list[_Src] = []
    _walk(path, (), chain)
    top = chain[-1]
    world, rules, origin = _merge(chain)
    problems = _check_refs(chain, world, rules, origin)
    geometry = check_geometry(world, {z: origin["zones", z][0] for z in world.zones}, problems)
    if problems:
        raise InputError(problems)
    return RuleSet.model_construct(  # of validated parts: not validated again
        id=top.data.ruleset.id,
        title=top.data.ruleset.title,
        version=top.data.ruleset.version,
        path=str(top.path),
        sha256=hashlib.sha256(b"".join(s.raw for s in chain)).hexdigest(),
        chain=[s.data.ruleset.id for s in chain],
        world=world,
        rules=list(rules.values()),
        geometry_files=geometry,
    )


def _walk(path: Path, stack: tuple[_Src, ...], out: list[_Src]) -> None:
    """Append ``path``'s bases, then ``path``, to ``out``; a cycle raises RC203."""
    src = _read_shipped(path) if path.parent == DATA_DIR else _read(path)
    stack += (src,)
    for name in src.data.ruleset.extends:
        base = DATA_DIR / f"{name}.toml" if name in _shipped() else _find(name, src.path.parent)
        # placed only when said, not by indexing the file's keys on every check
        # (measured: benchmarks/README.md, 'ruleset.loader._walk')
        at = ("ruleset", "extends")
        if base is None:
            msg = f"extended rule set {name!r} not found"
            raise InputError([make("RC200", msg, hint=_hint(name), **src.where(at, name))])
        if base.parent != DATA_DIR and (root := outside(base, src.path.parent)):
            msg = f"extended rule set {name!r} is outside this rule set's project ({root})"
            hint = "a rule set may only extend shipped rule sets and files in its own project"
            raise InputError([make("RC206", msg, hint=hint, **src.where(at, name))])
        if base.suffix != ".toml":  # never parsed, so never quoted: a .env, a key file
            msg = f"extended rule set {name!r} is not a .toml file"
            raise InputError([make("RC200", msg, hint=_hint(name), **src.where(at, name))])
        ring = [s.path for s in stack]
        if base in ring:
            ids = [s.data.ruleset.id for s in stack[ring.index(base) :]]
            msg = f"rule sets extend each other in a cycle: {' → '.join([*ids, ids[0]])}"
            raise InputError([make("RC203", msg, **src.where(at, name))])
        if base not in (s.path for s in out):
            _walk(base, stack, out)
    out.append(src)


def _read(path: Path) -> _Src:
    """Read, parse and validate one file; every failure is a located diagnostic."""
    at = str(path)
    try:
        raw = read_bytes(path, what="rule set")  # a regular file, bounded (checker.files)
        text = raw.decode("utf-8-sig")  # tolerate the BOM some editors write
    except Refused as e:
        code = "RC005" if e.code == "RC005" else "RC200"
        raise InputError([make(code, f"cannot read rule set: {e.message}", path=at)]) from None
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise InputError([make("RC201", "rule set is not UTF-8 text", path=at, line=line)]) from e
    if not text.strip():
        hint = "a rule set starts with a [ruleset] table giving id, title and version"
        raise InputError([make("RC202", "rule set file is empty", path=at, line=1, hint=hint)])
    try:
        data = RulesetFile.model_validate(_parsed(path, text))
    except tomllib.TOMLDecodeError as e:
        msg, where = locate_toml_error(path, text, e)
        raise InputError([make("RC201", f"not valid TOML: {msg}", **where)]) from e
    except ValidationError as e:
        raise InputError([_schema_error(path, text, err) for err in e.errors()]) from e
    except RecursionError:  # tomllib recurses into nested arrays and inline tables
        where = _deepest(text)
        msg = "not valid TOML: arrays or tables nested too deeply"
        raise InputError([make("RC201", msg, path=at, **where)]) from None
    except ValueError as e:  # tomllib refuses an integer of more than 4,300 digits
        long = re.search(r"\d{4300,}", text)
        line = text.count("\n", 0, long.start()) + 1 if long else 1
        column = long.start() - text.rfind("\n", 0, long.start()) if long else 1
        msg = "not valid TOML: a number too long to read (over 4,300 digits)"
        raise InputError([make("RC201", msg, path=at, line=line, column=column)]) from e
    return _Src(path, raw, text, data)


def _parsed(path: Path, text: str) -> Any:
    """The TOML ``text`` of the file at ``path``, parsed. A shipped rule set's parsed
    data is kept in the user's cache as JSON, keyed by its text, as the phrase data is
    (``phraseology.words.data_toml``): ``tomllib`` is pure Python, and parsing the
    three files of ``uk-fr-channel`` took about 5 ms of every check (measured:
    benchmarks/README.md, 'ruleset.loader._parsed'). A user's rule set is parsed."""
    if path.parent != DATA_DIR:
        return tomllib.loads(text)
    return cached_toml(f"ruleset-{path.stem}", "ruleset-toml", path.name, text)


def _deepest(text: str) -> dict[str, Any]:
    """``line`` and ``column`` of the first bracket nested more than 100 deep: where a
    TOML file that made the parser recurse too far is reported."""
    depth = 0
    for m in re.finditer(r"[\[{]|[\]}]", text):
        depth += 1 if m[0] in "[{" else -1
        if depth > 100:
            line = text.count("\n", 0, m.start()) + 1
            return {"line": line, "column": m.start() - text.rfind("\n", 0, m.start())}
    return {"line": 1, "column": 1}


def _schema_error(path: Path, text: str, err: Any) -> Diagnostic:
    """One pydantic error as a diagnostic at the key (or value) it is about."""
    loc: Loc = tuple(err["loc"])
    key, kind = str(loc[-1]) if loc else "", err["type"]
    table = dotted(loc[:-1]) or "the top level"
    hint = None
    if kind == "extra_forbidden":
        model = _model_at(loc[:-1])
        allowed = [f.alias or n for n, f in model.model_fields.items()] if model else []
        hint = did_you_mean(key, allowed) + "allowed: " + ", ".join(allowed)
        msg, where = f"unknown key {key!r} in {table}", locate(path, text, loc)
    elif kind == "missing":
        msg, where = f"missing key {key!r} in {table}", locate(path, text, loc)
    else:
        msg = f"{dotted(loc)}: {err['msg']}"
        where = locate(path, text, loc, err.get("input"), at_value=True)
        options = re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))
        hint = did_you_mean(str(err.get("input")), options).strip() or None
        if kind == "string_pattern_mismatch":
            hint = _PATTERN_HINTS.get(next(str(p) for p in reversed(loc) if isinstance(p, str)))
    return make("RC202", msg, hint=hint, **where)


def _model_at(loc: Loc) -> type[BaseModel] | None:
    """The schema model of the table at ``loc``, to list its allowed keys."""
    if len(loc) == 4 and loc[2] == "examples":
        return RuleExample
    shape = loc[:1] + tuple("*" for _ in loc[1:])
    return _TABLES.get(shape)


Origin = dict[tuple[str, str], tuple[_Src, Loc]]


def _merge(chain: list[_Src]) -> tuple[World, dict[str, RuleSpec], Origin]:
    """Merge the chain, base first. ``origin`` remembers which file, and where in it,
    defined each entry, so that a bad reference is reported where it was written."""
    merged: dict[str, dict[str, Any]] = {
        "parties": {},
        "zones": {},
        "ports": {},
        "marks": {},
        "stations": {},
    }
    rules: dict[str, RuleSpec] = {}
    origin: Origin = {}
    for src in chain:
        for table, entries in merged.items():
            for key, value in getattr(src.data, table).items():
                entries[key] = value
                origin[table, key] = (src, (table, key))
        for i, spec in enumerate(src.data.rules):
            rules[spec.code] = spec
            origin["rules", spec.code] = (src, ("rules", i))
    return World.model_construct(None, **merged), rules, origin  # of validated entries


def _check_refs(
    chain: list[_Src], world: World, rules: dict[str, RuleSpec], origin: Origin
) -> list[Diagnostic]:
    """RC204: names that point at nothing, and a rule code used twice in one file.

    Each reference is checked against the world's own tables, with no copy per
    reference (measured: benchmarks/README.md, 'ruleset.loader._check_refs')."""
    parties, zones = world.parties, world.zones
    refs: list[tuple[str, str, str, str | None, Mapping[str, object]]] = []
    for zid, zone in zones.items():
        refs.append(("zones", zid, "party", zone.party, parties))
        refs.append(("zones", zid, "part_of", zone.part_of, zones))
    for port_name, port in world.ports.items():
        refs.append(("ports", port_name, "party", port.party, parties))
    for sid, station in world.stations.items():
        refs.append(("stations", sid, "party", station.party, parties))
    for code, spec in rules.items():
        refs += [("rules", code, "excused_by", excuse, rules) for excuse in spec.excused_by]
    out: list[Diagnostic] = []
    for table, key, field, name, known in refs:
        if name is None or name in known:
            continue
        src, at = origin[table, key]
        hint = did_you_mean(name, list(known)) + f"known: {', '.join(known)}"
        msg = f"{dotted((*at, field))}: unknown {_WHAT[field]} {name!r}"
        out.append(make("RC204", msg, hint=hint, **src.where((*at, field), name)))
    for src in chain:
        first: dict[str, int] = {}
        for i, spec in enumerate(src.data.rules):
            if spec.code in first:
                hint = f"first defined in rules[{first[spec.code]}]; codes are never reused"
                where = src.where(("rules", i, "code"), spec.code)
                out.append(make("RC204", f"duplicate rule code {spec.code!r}", hint=hint, **where))
            first.setdefault(spec.code, i)
    return out
