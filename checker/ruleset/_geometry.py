"""RC205: check that each zone's ``geometry`` names a usable GeoJSON polygon.

A zone's ``geometry`` is ``FILE#FEATURE``: a GeoJSON FeatureCollection relative to the
rule-set file that defined the zone, and the id of a Polygon or MultiPolygon feature in
it, in ``[lon, lat]`` order (RFC 7946). Only the shape of the file is checked here;
:mod:`checker.geo` places positions in the polygons.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from checker.diagnostics import Diagnostic, make
from checker.files import Refused, is_regular, loads_json, outside, read_bytes
from checker.ruleset._positions import Loc, did_you_mean
from checker.ruleset.schema import World


class Source(Protocol):
    """The rule-set file that defined a zone: where it is, and how to point into it."""

    @property
    def path(self) -> Path: ...

    def where(self, loc: Loc, value: object = None) -> dict[str, Any]: ...


def check_geometry(
    world: World, sources: Mapping[str, Source], out: list[Diagnostic]
) -> dict[str, str]:
    """Append an RC205 to ``out`` for each bad ``geometry``; ``sources`` maps each zone id
    to the file that defined it. Returns zone id → absolute ``FILE#FEATURE`` reference."""
    found: dict[str, str] = {}
    files: dict[Path, dict[str, Any] | None] = {}
    roots: dict[tuple[Path, Path], Path | None] = {}  # one project lookup per file pair
    for zid, zone in world.zones.items():
        if zone.geometry is None:
            continue
        src = sources[zid]
        file, _, feature = zone.geometry.partition("#")
        gpath = (src.path.parent / file).resolve()
        if file and (gpath, src.path.parent) not in roots:
            roots[gpath, src.path.parent] = outside(gpath, src.path.parent)
        root = roots.get((gpath, src.path.parent))
        if not (file and feature):
            problem: str | None = "geometry must be FILE#FEATURE-ID"
        elif root is not None:  # the one policy of checker.files, as for extends
            msg = f"zone {zid!r}: GeoJSON file {file!r} is outside this rule set's project ({root})"
            hint = "a rule set may only name files in its own project"
            out.append(
                make(
                    "RC206", msg, hint=hint, **src.where(("zones", zid, "geometry"), zone.geometry)
                )
            )
            continue
        elif not is_regular(gpath):
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
    """Feature id → feature of a GeoJSON FeatureCollection; None (and RC205) if it is not.

    A GeoJSON file is not a file the user named: a diagnostic about it gives the place
    but never quotes its content (issue 16: ``geometry = "/etc/shadow#x"`` showed the
    first line of the file)."""
    at = str(gpath)
    try:
        text = read_bytes(gpath, what="GeoJSON file").decode("utf-8-sig")
        doc = loads_json(text)
    except Refused as e:
        out.append(make("RC205", f"cannot read GeoJSON: {e.message}", path=at))
        return None
    except UnicodeDecodeError:
        out.append(make("RC205", "cannot read GeoJSON: it is not UTF-8 text", path=at))
        return None
    except json.JSONDecodeError as e:
        msg = f"not valid GeoJSON: {e.msg}"
        out.append(make("RC205", msg, path=at, line=e.lineno, column=e.colno))
        return None
    feats = doc.get("features") if isinstance(doc, dict) else None
    if not isinstance(feats, list) or doc.get("type") != "FeatureCollection":
        out.append(make("RC205", "not a GeoJSON FeatureCollection", path=at, line=1, column=1))
        return None
    return {_feature_id(f): f for f in feats if isinstance(f, dict)}


def _feature_problem(features: dict[str, Any], feature: str, name: str) -> str | None:
    """Why ``feature`` is missing or not a usable polygon, or None."""
    if feature not in features:
        did = did_you_mean(feature, features)
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
