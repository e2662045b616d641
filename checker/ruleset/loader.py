"""Load a rule set — a shipped id or a TOML path — and merge its ``extends`` chain.

A rule set is user input, so every failure is an :class:`InputError` whose diagnostics
name the file, line and column: a reviewer who mistypes a zone id must see where, not
a traceback. tomllib gives values without positions, so :func:`_index` scans the text
for table headers and keys to place pydantic's complaints.

Merge order is depth-first: the bases a file ``extends``, in the order listed, then the
file itself; a file reached twice (a diamond) is merged once, at its first place. So
``uk-fr-channel`` (``extends = ["sar", "smcp"]``) has the chain sar, smcp,
uk-fr-channel. Later files win: parties, zones and ports are replaced whole by key, and
a rule replaces the earlier rule with the same code, keeping its place in the order.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from checker.diagnostics import Diagnostic, InputError, make
from checker.ruleset.schema import (
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

Loc = tuple[str | int, ...]
_KEY = r'"(?:[^"\\]|\\.)*"|\'[^\']*\'|[A-Za-z0-9_-]+'
_KEY_LINE = re.compile(rf"\s*((?:{_KEY})(?:\s*\.\s*(?:{_KEY}))*)\s*=\s*")
_HEADER = re.compile(r"\s*(\[\[?)\s*(.*?)\s*\]\]?\s*(?:#.*)?$")
_TOML_AT = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)")
_TABLES: dict[Loc, type[BaseModel]] = {
    (): RulesetFile,
    ("ruleset",): RulesetMeta,
    ("parties", "*"): Party,
    ("zones", "*"): Zone,
    ("ports", "*"): Port,
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
        return _where(self.path, self.text, loc, value)


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
        if candidate.is_file():
            return candidate.resolve()
    return None


def _hint(name: str) -> str:
    shipped = ", ".join(_shipped())
    return f"{_did_you_mean(name, _shipped())}shipped rule sets: {shipped}; or a .toml path"


def _did_you_mean(name: str, options: Iterable[str]) -> str:
    """``did you mean 'X'? `` for the closest option, ignoring case; empty if none is."""
    lower = {o.lower(): o for o in options}
    close = difflib.get_close_matches(name.lower(), list(lower), n=1)
    return f"did you mean {lower[close[0]]!r}? " if close else ""


def _load(path: Path) -> RuleSet:
    chain: list[_Src] = []
    _walk(path, (), chain)
    top = chain[-1]
    world, rules, origin = _merge(chain)
    problems = _check_refs(chain, world, rules, origin)
    geometry = _geometry(world, origin, problems)
    if problems:
        raise InputError(problems)
    return RuleSet(
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
        where = src.where(("ruleset", "extends"), name)
        if base is None:
            msg = f"extended rule set {name!r} not found"
            raise InputError([make("RC200", msg, hint=_hint(name), **where)])
        ring = [s.path for s in stack]
        if base in ring:
            ids = [s.data.ruleset.id for s in stack[ring.index(base) :]]
            msg = f"rule sets extend each other in a cycle: {' → '.join([*ids, ids[0]])}"
            raise InputError([make("RC203", msg, **where)])
        if base not in (s.path for s in out):
            _walk(base, stack, out)
    out.append(src)


def _read(path: Path) -> _Src:
    """Read, parse and validate one file; every failure is a located diagnostic."""
    at = str(path)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")  # tolerate the BOM some editors write
    except OSError as e:
        msg = f"cannot read rule set: {e.strerror or e}"
        raise InputError([make("RC200", msg, path=at)]) from e
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise InputError([make("RC201", "rule set is not UTF-8 text", path=at, line=line)]) from e
    if not text.strip():
        hint = "a rule set starts with a [ruleset] table giving id, title and version"
        raise InputError([make("RC202", "rule set file is empty", path=at, line=1, hint=hint)])
    try:
        data = RulesetFile.model_validate(tomllib.loads(text))
    except tomllib.TOMLDecodeError as e:
        m, lines = _TOML_AT.search(str(e)), text.splitlines()
        line, col = (int(m[1]), int(m[2])) if m and m[1] else (len(lines), len(lines[-1]) + 1)
        source = lines[line - 1] if line <= len(lines) else ""
        msg = f"not valid TOML: {_TOML_AT.sub('', str(e))}"
        d = make("RC201", msg, path=at, line=line, column=col, source_line=source)
        raise InputError([d]) from e
    except ValidationError as e:
        raise InputError([_schema_error(path, text, err) for err in e.errors()]) from e
    return _Src(path, raw, text, data)


def _schema_error(path: Path, text: str, err: Any) -> Diagnostic:
    """One pydantic error as a diagnostic at the key (or value) it is about."""
    loc: Loc = tuple(err["loc"])
    key, kind = str(loc[-1]) if loc else "", err["type"]
    table = _dotted(loc[:-1]) or "the top level"
    hint = None
    if kind == "extra_forbidden":
        model = _model_at(loc[:-1])
        allowed = [f.alias or n for n, f in model.model_fields.items()] if model else []
        hint = _did_you_mean(key, allowed) + "allowed: " + ", ".join(allowed)
        msg, where = f"unknown key {key!r} in {table}", _where(path, text, loc)
    elif kind == "missing":
        msg, where = f"missing key {key!r} in {table}", _where(path, text, loc)
    else:
        msg = f"{_dotted(loc)}: {err['msg']}"
        where = _where(path, text, loc, err.get("input"), at_value=True)
        options = re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))
        hint = _did_you_mean(str(err.get("input")), options).strip() or None
        if kind == "string_pattern_mismatch":
            hint = _PATTERN_HINTS.get(next(str(p) for p in reversed(loc) if isinstance(p, str)))
    return make("RC202", msg, hint=hint, **where)


def _dotted(loc: Loc) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")


def _model_at(loc: Loc) -> type[BaseModel] | None:
    """The schema model of the table at ``loc``, to list its allowed keys."""
    if len(loc) == 4 and loc[2] == "examples":
        return RuleExample
    shape = loc[:1] + tuple("*" for _ in loc[1:])
    return _TABLES.get(shape)


def _index(text: str) -> dict[Loc, tuple[int, int, int]]:
    """Map each table header and key of a TOML text to (line, key column, value column).

    Array tables get their index (``[[rules]]`` → ``("rules", 0)``, ``("rules", 1)``...)
    as pydantic reports them. Keys inside inline tables are not indexed; a diagnostic
    about one points at the enclosing key instead.
    """
    index: dict[Loc, tuple[int, int, int]] = {}
    counts: dict[Loc, int] = {}
    table: Loc = ()
    in_string = False
    for n, line in enumerate(text.splitlines(), 1):
        odd = line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1
        if in_string:
            in_string = not odd
            continue
        in_string = odd
        header = _HEADER.match(line)
        if header:
            keys = _keys(header[2])
            table = ()
            for i, k in enumerate(keys):
                table += (k,)
                if header[1] == "[[" and i == len(keys) - 1:
                    counts[table] = counts.get(table, 0) + 1
                if table in counts:
                    table += (counts[table] - 1,)
            index.setdefault(table, (n, header.start(1) + 1, header.start(1) + 1))
        elif key := _KEY_LINE.match(line):
            index.setdefault((*table, *_keys(key[1])), (n, key.start(1) + 1, key.end() + 1))
    return index


def _keys(dotted: str) -> list[str]:
    return [k[1:-1] if k[0] in "\"'" else k for k in re.findall(_KEY, dotted)]


def _where(
    path: Path, text: str, loc: Loc, value: object = None, *, at_value: bool = False
) -> dict[str, Any]:
    """Place ``loc`` in the text: the longest indexed prefix of it; for a value error, the
    value itself when it can be found on that line or the lines before the next key."""
    index, lines = _index(text), text.splitlines()
    line, col = 1, 1
    for k in range(len(loc), 0, -1):
        if hit := index.get(loc[:k]):
            line, col = hit[0], hit[2] if at_value and k == len(loc) else hit[1]
            break
    else:  # a table only named in deeper headers: ``[pots.Dover]`` for ``pots``
        below = sorted(v for k, v in index.items() if loc and k[: len(loc)] == loc)
        line, col = below[0][:2] if below else (1, 1)
    if isinstance(value, str) and value:
        stop = min([n for n, _, _ in index.values() if n > line] + [len(lines) + 1])
        spots = ((n, lines[n - 1].find(f"{q}{value}{q}")) for n in range(line, stop) for q in "\"'")
        line, col = next(((n, at + 1) for n, at in spots if at >= 0), (line, col))
    source = lines[line - 1] if 0 < line <= len(lines) else None
    return {"path": str(path), "line": line, "column": col, "source_line": source}


Origin = dict[tuple[str, str], tuple[_Src, Loc]]


def _merge(chain: list[_Src]) -> tuple[World, dict[str, RuleSpec], Origin]:
    """Merge the chain, base first. ``origin`` remembers which file, and where in it,
    defined each entry, so that a bad reference is reported where it was written."""
    merged: dict[str, dict[str, Any]] = {"parties": {}, "zones": {}, "ports": {}}
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
    return World(**merged), rules, origin


def _check_refs(
    chain: list[_Src], world: World, rules: dict[str, RuleSpec], origin: Origin
) -> list[Diagnostic]:
    """RC204: names that point at nothing, and a rule code used twice in one file."""
    refs: list[tuple[str, str, str, str | None, list[str]]] = []
    for zid, zone in world.zones.items():
        refs.append(("zones", zid, "party", zone.party, list(world.parties)))
        refs.append(("zones", zid, "part_of", zone.part_of, list(world.zones)))
    for port_name, port in world.ports.items():
        refs.append(("ports", port_name, "party", port.party, list(world.parties)))
    for code, spec in rules.items():
        refs += [("rules", code, "excused_by", excuse, list(rules)) for excuse in spec.excused_by]
    out: list[Diagnostic] = []
    for table, key, field, name, known in refs:
        if name is None or name in known:
            continue
        src, at = origin[table, key]
        hint = _did_you_mean(name, known) + f"known: {', '.join(known)}"
        msg = f"{_dotted((*at, field))}: unknown {_WHAT[field]} {name!r}"
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


def _geometry(world: World, origin: Origin, out: list[Diagnostic]) -> dict[str, str]:
    """RC205: a zone's ``FILE#FEATURE`` names a polygon feature of a GeoJSON file relative
    to the rule-set file that defined the zone. Returns zone id → absolute reference."""
    found: dict[str, str] = {}
    files: dict[Path, dict[str, Any] | None] = {}
    for zid, zone in world.zones.items():
        if zone.geometry is None:
            continue
        src, _ = origin["zones", zid]
        file, _, feature = zone.geometry.partition("#")
        gpath = (src.path.parent / file).resolve()
        if not (file and feature):
            problem: str | None = "geometry must be FILE#FEATURE-ID"
        elif not gpath.is_file():
            problem = f"GeoJSON file {str(gpath)!r} not found"
        else:
            if gpath not in files:
                files[gpath] = _features(gpath, out)
            if (features := files[gpath]) is None:
                continue  # the file itself is bad, and was reported once
            problem = _feature_problem(features, feature, gpath.name)
        if problem:
            where = src.where(("zones", zid, "geometry"), zone.geometry)
            out.append(make("RC205", f"zone {zid!r}: {problem}", **where))
        else:
            found[zid] = f"{gpath}#{feature}"
    return found


def _features(gpath: Path, out: list[Diagnostic]) -> dict[str, Any] | None:
    """Feature id → feature of a GeoJSON FeatureCollection; None (and RC205) if it is not."""
    at, text = str(gpath), ""
    try:
        text = gpath.read_text(encoding="utf-8-sig")
        doc = json.loads(text)
    except (OSError, UnicodeDecodeError) as e:
        out.append(make("RC205", f"cannot read GeoJSON: {e}", path=at))
        return None
    except json.JSONDecodeError as e:
        source = (text.splitlines() + [""] * e.lineno)[e.lineno - 1]
        msg = f"not valid GeoJSON: {e.msg}"
        out.append(make("RC205", msg, path=at, line=e.lineno, column=e.colno, source_line=source))
        return None
    feats = doc.get("features") if isinstance(doc, dict) else None
    if not isinstance(feats, list) or doc.get("type") != "FeatureCollection":
        out.append(make("RC205", "not a GeoJSON FeatureCollection", path=at, line=1, column=1))
        return None
    return {_feature_id(f): f for f in feats if isinstance(f, dict)}


def _feature_problem(features: dict[str, Any], feature: str, name: str) -> str | None:
    """Why ``feature`` is missing or not a usable polygon, or None."""
    if feature not in features:
        did = _did_you_mean(feature, features)
        return f"no feature {feature!r} in {name}; {did}features: {', '.join(features)}"
    geom = features[feature].get("geometry")
    geom = geom if isinstance(geom, dict) else {}
    coords = geom.get("coordinates")
    polys = {"Polygon": [coords], "MultiPolygon": coords}.get(str(geom.get("type")))
    rings = [r for p in polys if isinstance(p, list) for r in p] if isinstance(polys, list) else []
    if rings and all(_ring(r) for r in rings):
        return None
    return f"feature {feature!r} in {name} is not a Polygon of closed [lon, lat] rings"


def _feature_id(feature: dict[str, Any]) -> str:
    """RFC 7946 puts the id at the top level; many tools put it in ``properties``."""
    props = feature.get("properties")
    return str(feature.get("id") or (props.get("id") if isinstance(props, dict) else None))


def _ring(ring: object) -> bool:
    """A closed ring of four or more positions, longitude first, in range."""
    if not isinstance(ring, list) or len(ring) < 4 or ring[0] != ring[-1]:
        return False
    return all(
        isinstance(p, list)
        and len(p) >= 2
        and all(isinstance(v, int | float) for v in p[:2])
        and -180 <= p[0] <= 180
        and -90 <= p[1] <= 90
        for p in ring
    )
