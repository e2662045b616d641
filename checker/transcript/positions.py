"""Coordinates as people write them: degrees and minutes, seconds, decimal degrees.

Used by the transcript reader for narration positions and by the classifier for
positions spoken in an utterance, so that both read ``50°57.3'N 001°35.0'E`` and
``50 57.3 N 1 35.0 E`` the same way.
"""

from __future__ import annotations

import re

_PART = r"""
    (?P<{p}deg>\d{{1,3}}(?:\.\d+)?)\s*(?:[°º]|deg(?:rees?)?)?\s*
    (?:(?P<{p}min>\d{{1,2}}(?:\.\d+)?)\s*(?:['′]|min(?:utes?)?)?\s*
       (?:(?P<{p}sec>\d{{1,2}}(?:\.\d+)?)\s*(?:"|″|''|sec(?:onds?)?)?\s*)?)?
    (?P<{p}hem>[{h}])
"""
_HEMISPHERE = re.compile(
    _PART.format(p="lat", h="NSns") + r"\s*[,/]?\s*" + _PART.format(p="lon", h="EWew"),
    re.VERBOSE,
)
_DECIMAL = re.compile(r"(?P<lat>-?\d{1,2}\.\d+)\s*,\s*(?P<lon>-?\d{1,3}\.\d+)")


class CoordinateError(ValueError):
    """A coordinate pair that has the right shape but impossible values."""


def _degrees(deg: str, minutes: str | None, seconds: str | None, limit: int) -> float:
    value = float(deg)
    if minutes is not None:
        if "." in deg:
            raise CoordinateError("decimal degrees cannot be followed by minutes")
        if float(minutes) >= 60:
            raise CoordinateError(f"{minutes} minutes is not below 60")
        value += float(minutes) / 60
    if seconds is not None:
        if float(seconds) >= 60:
            raise CoordinateError(f"{seconds} seconds is not below 60")
        value += float(seconds) / 3600
    if value > limit:
        raise CoordinateError(f"{value:g} degrees is beyond {limit}")
    return value


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """Latitude and longitude in decimal degrees (south and west negative), or None.

    Raises :class:`CoordinateError` for a pair whose numbers are out of range.
    """
    m = _HEMISPHERE.search(text)
    if m:
        lat = _degrees(m["latdeg"], m["latmin"], m["latsec"], 90)
        lon = _degrees(m["londeg"], m["lonmin"], m["lonsec"], 180)
        if m["lathem"] in "Ss":
            lat = -lat
        if m["lonhem"] in "Ww":
            lon = -lon
        return lat, lon
    m = _DECIMAL.search(text)
    if m:
        lat, lon = float(m["lat"]), float(m["lon"])
        if abs(lat) > 90 or abs(lon) > 180:
            raise CoordinateError(f"{lat:g}, {lon:g} is not a position on Earth")
        return lat, lon
    return None
