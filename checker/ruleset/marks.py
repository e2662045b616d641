"""Positions given relative to a charted mark: "2 nm north-west of Cap Gris-Nez".

A mark (:class:`checker.ruleset.schema.Mark`) is a charted point: a cape, a harbour
entrance, a light or a buoy. Seafarers give positions from one in two ways, and both
name the direction *from the mark to the position*:

- "2 nm north-west of Cap Gris-Nez": the position lies 2 nm from Cap Gris-Nez on
  bearing 315 — north-west of the cape, so the cape is south-east of the position.
  :func:`direction_bearing` turns ``north-west`` into 315.
- "bearing 315 from Cap Gris-Nez, distance 2 nm": the same point. The bearing is
  measured at the mark, clockwise from true north, towards the position. It is *not*
  the bearing on which the position sees the mark (that is the reciprocal, 135).

:func:`offset_position` then finds the point: ``offset_position(lat, lon, 315, 2.0)``
with the mark's ``lat`` and ``lon``. Bearings are true; a magnetic bearing must be
corrected for variation first. The Earth is taken as a sphere of the IUGG mean radius,
which is within about 0.3% of the WGS84 ellipsoid: a few metres over the few miles a
position is given from a mark, far below the accuracy of such a position.
"""

from __future__ import annotations

import math
import re

#: IUGG mean Earth radius, 6371.0088 km, in international nautical miles (1852 m).
EARTH_RADIUS_NM = 6371.0088 / 1.852

#: The 16 points of the compass, clockwise from north, 22.5° apart.
POINTS = (
    "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
    "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW",
)  # fmt: skip
_BEARINGS = {point: i * 22.5 for i, point in enumerate(POINTS)}
_WORDS = {
    "north": "N",
    "south": "S",
    "east": "E",
    "west": "W",
    "northeast": "NE",
    "northwest": "NW",
    "southeast": "SE",
    "southwest": "SW",
}


def direction_bearing(word: str) -> float | None:
    """The true bearing, in degrees, of a compass direction; None if it is not one.

    Accepts the 16 points as words or abbreviations, in any case, with hyphens, spaces
    or neither: ``north-west``, ``northwest``, ``north west``, ``NW`` → 315;
    ``north north east``, ``north-north-east``, ``north-northeast``, ``NNE`` → 22.5.
    A leading ``due`` is ignored (``due north`` → 0). The bearing is the direction from
    the mark to the position: "2 nm north-west of X" lies on bearing 315 from X.
    """
    words = re.sub(r"[-_\s]+", " ", word.strip().lower().rstrip(".")).split()
    if words[:1] == ["due"]:
        words = words[1:]
    if len(words) == 1 and re.fullmatch(r"[nesw]{1,3}", words[0]):
        point = words[0].upper()
    elif words and all(w in _WORDS for w in words):
        point = "".join(_WORDS[w] for w in words)
    else:
        return None
    return _BEARINGS.get(point)


def offset_position(
    lat: float, lon: float, bearing_deg: float, distance_nm: float
) -> tuple[float, float]:
    """The point ``distance_nm`` from (``lat``, ``lon``) on the true ``bearing_deg``.

    The great-circle destination point on a sphere of :data:`EARTH_RADIUS_NM`, in decimal
    degrees ``(lat, lon)``, the longitude in [-180, 180). "2 nm north-west of X" is
    ``offset_position(X.lat, X.lon, 315, 2)``: the point lies 2 nm on bearing 315 *from*
    X. Raises ``ValueError`` for a latitude beyond ±90, a negative distance, or a value
    that is not finite.
    """
    if not all(math.isfinite(v) for v in (lat, lon, bearing_deg, distance_nm)):
        raise ValueError("position, bearing and distance must be finite numbers")
    if not -90 <= lat <= 90:
        raise ValueError(f"latitude {lat} is beyond ±90")
    if distance_nm < 0:
        raise ValueError(f"distance {distance_nm} nm is negative")
    phi1, theta = math.radians(lat), math.radians(bearing_deg)
    delta = distance_nm / EARTH_RADIUS_NM  # the angle subtended at the Earth's centre
    sin_phi1, cos_phi1 = math.sin(phi1), math.cos(phi1)
    sin_phi2 = sin_phi1 * math.cos(delta) + cos_phi1 * math.sin(delta) * math.cos(theta)
    sin_phi2 = max(-1.0, min(1.0, sin_phi2))  # rounding can step just past ±1
    east = math.sin(theta) * math.sin(delta) * cos_phi1
    north = math.cos(delta) - sin_phi1 * sin_phi2
    lon2 = lon + math.degrees(math.atan2(east, north))
    return math.degrees(math.asin(sin_phi2)), (lon2 + 540.0) % 360.0 - 180.0
