"""Zones by geometry: which zones a position lies in, and whether it is near a border.

The rule set ships zone polygons as GeoJSON (``FILE#FEATURE``). A coordinate is placed
in every zone whose polygon contains it; a position within :data:`TOLERANCE_NM` of a
zone's boundary is placed in that zone too and flagged ``near``, because a reported
position is rarely better than that and a verdict that depends on the side of the line
must then be ``uncertain`` (TRANSCRIPT-FORMAT.md).

Distances are computed in a local equirectangular projection in nautical miles (one
minute of latitude is one nautical mile), accurate to well under 1% over the few
tens of miles of a zone's extent — far finer than the 0.1 nm tolerance needs.
shapely is imported on first use, so a check that never places a coordinate does not
pay for it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from checker.context import ZoneInfo
from checker.files import loads_json, read_bytes

TOLERANCE_NM = 0.1


@dataclass(frozen=True)
class Placement:
    """Where a position lies: its zones (innermost kinds first) and the borders near it.

    ``near`` lists the zones whose boundary is within the tolerance; ``approximate``
    is true when the rule set marks any of the zones approximate (its GeoJSON may say
    more in prose, but the rule set is the author's declaration); ``how`` says what placed it.
    """

    zones: tuple[str, ...] = ()
    near: tuple[str, ...] = ()
    approximate: bool = False
    how: str = "unknown"
    unplaced: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class _Shape:
    lat0: float
    polygon: Any  # shapely Polygon/MultiPolygon in local nm coordinates


def _project(lon: float, lat: float, lat0: float) -> tuple[float, float]:
    return lon * 60.0 * math.cos(math.radians(lat0)), lat * 60.0


@cache
def _features(path: str) -> dict[str, dict[str, Any]]:
    # checked by checker.ruleset._geometry when the rule set was loaded; read again
    # under the same policy (a regular file, bounded)
    data = loads_json(read_bytes(Path(path), what="GeoJSON file").decode("utf-8-sig"))
    out: dict[str, dict[str, Any]] = {}
    for feature in data.get("features", []):
        fid = feature.get("id") or feature.get("properties", {}).get("id")
        if fid is not None:
            out[str(fid)] = feature
    return out


@cache
def _shape(ref: str) -> _Shape | None:
    import shapely
    from shapely.geometry import shape

    path, _, fid = ref.partition("#")
    feature = _features(path).get(fid)
    if feature is None:
        return None
    geometry = shape(feature["geometry"])
    lat0 = geometry.centroid.y
    scale = (60.0 * math.cos(math.radians(lat0)), 60.0)
    projected = shapely.transform(geometry, lambda coords: coords * scale)
    return _Shape(lat0, projected)


def place(lat: float, lon: float, zones: Mapping[str, ZoneInfo]) -> Placement:
    """The zones (with geometry) that contain a position, and the borders near it."""
    inside: list[str] = []
    near: list[str] = []
    approximate = False
    for zid, zone in zones.items():
        if not zone.geometry:
            continue
        shp = _shape(zone.geometry)
        if shp is None:
            continue
        from shapely.geometry import Point  # not for a rule set without zone shapes

        point = Point(*_project(lon, lat, shp.lat0))
        distance = shp.polygon.boundary.distance(point)
        contains = bool(shp.polygon.contains(point))
        if contains or distance <= TOLERANCE_NM:
            inside.append(zid)
            approximate = approximate or zone.approximate
            if distance <= TOLERANCE_NM:
                near.append(zid)
    return Placement(_ordered(inside, zones), tuple(near), approximate, "coordinates")


def _ordered(ids: list[str], zones: Mapping[str, ZoneInfo]) -> tuple[str, ...]:
    rank = {"port-area": 0, "territorial-sea": 1, "other": 2, "srr": 3}
    return tuple(sorted(ids, key=lambda z: (rank.get(zones[z].kind, 9), z)))


def by_phrase(
    zone_ids: list[str], zones: Mapping[str, ZoneInfo], inside_nm: float | None = None
) -> Placement:
    """Placement from a zone phrase ("0.8 nm inside French waters", "in UK waters").

    A distance inside the zone of at most the tolerance puts the position near its
    border; without geometry the zone's own flag says whether it is approximate.
    """
    if not zone_ids:
        return Placement(how="phrase")
    near = tuple(zone_ids) if inside_nm is not None and inside_nm <= TOLERANCE_NM else ()
    approximate = any(zones[z].approximate for z in zone_ids if z in zones)
    return Placement(_ordered(list(zone_ids), zones), near, approximate, "phrase")


def median_line(zones: Mapping[str, ZoneInfo]) -> Placement:
    """ "At the median line": on the border of the territorial seas, so in all of
    them (and the regions they are part of), near every one."""
    ids: list[str] = []
    for zid, zone in zones.items():
        if zone.kind == "territorial-sea":
            ids.append(zid)
            if zone.part_of and zone.part_of in zones:
                ids.append(zone.part_of)
    unique = list(dict.fromkeys(ids))
    return Placement(_ordered(unique, zones), tuple(unique), True, "median-line")
