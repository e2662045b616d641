"""AIS tracks: where each ship was, by MMSI, from a CSV of position reports.

What was said on the radio is not the only evidence of "who was in whose waters
when": AIS positions place stations with an ``mmsi=`` in zones over time. This
module reads and validates the CSV (the protocol stage does the placing). Column
names follow the common public exports — MarineCadastre (``MMSI, BaseDateTime,
LAT, LON``), the Danish Maritime Authority (``# Timestamp, MMSI, Latitude,
Longitude``), AISHub and most tools (``mmsi, timestamp/time, lat, lon``) — matched
case-insensitively; the separator is a comma, semicolon or tab. Times without a
zone are UTC, as AIS times are. Every bad row is reported with its line and column,
and a file with any bad row is not used.
"""

from __future__ import annotations

import hashlib
import math
import re
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from checker.defaults import empty_dict
from checker.diagnostics import Diagnostic, InputError, make
from checker.transcript.decode import DEFAULT_MAX_BYTES, decode, read_bytes, split_lines

COLUMNS: dict[str, tuple[str, ...]] = {
    "mmsi": ("mmsi", "userid", "user_id", "mmsi_number"),
    "time": (
        "basedatetime",
        "# timestamp",
        "timestamp",
        "time",
        "datetime",
        "date_time",
        "time_utc",
        "ts",
    ),
    "lat": ("lat", "latitude", "y"),
    "lon": ("lon", "long", "lng", "longitude", "x"),
}
_DMY = re.compile(r"^(\d{2})/(\d{2})/(\d{4})[ T](\d{2}):(\d{2}):(\d{2})$")
_EPOCH = re.compile(r"^\d{9,10}(?:\.\d+)?$")
_MMSI = re.compile(r"^\d{9}$")


class TrackPoint(BaseModel):
    """One position report: a UTC time, a position, and the CSV line it came from."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    time: datetime
    lat: float = Field(ge=-90.0, le=90.0)
    lon: float = Field(ge=-180.0, le=180.0)
    line: int


class Track(BaseModel):
    """The positions of an AIS file, per MMSI, each list sorted by time."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    path: str | None = None
    sha256: str
    points: dict[str, list[TrackPoint]] = Field(default_factory=empty_dict)

    def at(self, mmsi: str, moment: datetime) -> TrackPoint | None:
        """The last report of ``mmsi`` at or before ``moment`` (None before the first)."""
        found = None
        for p in self.points.get(mmsi, []):
            if p.time > moment:
                break
            found = p
        return found


def _fields(raw: str, sep: str) -> list[tuple[str, int]]:
    """The fields of a CSV line with the 1-based column where each starts."""
    out: list[tuple[str, int]] = []
    i, n = 0, len(raw)
    while i <= n:
        start = i
        if i < n and raw[i] == '"':
            j, buf = i + 1, []
            while j < n:
                if raw[j] == '"' and j + 1 < n and raw[j + 1] == '"':
                    buf.append('"')
                    j += 2
                elif raw[j] == '"':
                    break
                else:
                    buf.append(raw[j])
                    j += 1
            value = "".join(buf)
            end = raw.find(sep, j)
        else:
            end = raw.find(sep, i)
            value = raw[i : end if end >= 0 else n]
        out.append((value.strip(), start + 1))
        if end < 0:
            break
        i = end + 1
    return out


def parse_time(text: str) -> datetime:
    """An AIS time: ISO 8601 (``2025-04-29T05:40:00Z``, space or T), ``DD/MM/YYYY
    HH:MM:SS`` (Danish exports) or Unix seconds; without a zone, UTC."""
    text = text.strip()
    if _EPOCH.match(text):
        return datetime.fromtimestamp(float(text), tz=UTC)
    m = _DMY.match(text)
    if m:
        day, month, year, h, mi, s = (int(x) for x in m.groups())
        return datetime(year, month, day, h, mi, s, tzinfo=UTC)
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def read_track(
    path: str | Path, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Track:
    """Read and validate an AIS CSV; raises :class:`InputError` listing every bad row."""
    shown = str(path)
    data = read_bytes(Path(path), max_bytes)
    lines = split_lines(decode(data, shown, encoding))
    diags: list[Diagnostic] = []
    header_at = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if header_at is None:
        raise InputError([make("RC145", "the track file is empty", path=shown, line=1, column=1)])
    head = lines[header_at]
    sep = max((",", ";", "\t"), key=head.count)
    names = [(name.lower(), col) for name, col in _fields(head, sep)]
    index: dict[str, int] = {}
    for key, accepted in COLUMNS.items():
        for i, (name, _) in enumerate(names):
            if name in accepted:
                index[key] = i
                break
        else:
            diags.append(
                make(
                    "RC145",
                    f"no {key} column (one of: {', '.join(accepted[:4])})",
                    path=shown,
                    line=header_at + 1,
                    column=1,
                    hint="the first line names the columns: MMSI, BaseDateTime, LAT, LON",
                    # not quoted: a file without a track's header may be anything
                    # (issue 16: content is quoted only of the kind of file meant)
                )
            )
    if diags:
        raise InputError(diags)
    points: dict[str, list[TrackPoint]] = {}
    for number, raw in enumerate(lines[header_at + 1 :], header_at + 2):
        if not raw.strip():
            continue
        row = _fields(raw, sep)
        point = _row(row, index, shown, number, raw, diags)
        if point is not None:
            points.setdefault(point[0], []).append(point[1])
    if diags:
        raise InputError(diags)
    for reports in points.values():
        reports.sort(key=lambda p: p.time)
    return Track(path=shown, sha256=hashlib.sha256(data).hexdigest(), points=points)


def _row(
    row: list[tuple[str, int]],
    index: dict[str, int],
    path: str,
    number: int,
    raw: str,
    diags: list[Diagnostic],
) -> tuple[str, TrackPoint] | None:
    """One row as (MMSI, point), or None after adding its diagnostics."""

    def bad(code: str, message: str, column: int, hint: str | None = None) -> None:
        diags.append(
            make(code, message, path=path, line=number, column=column, hint=hint, source_line=raw)
        )

    if len(row) <= max(index.values()):
        bad("RC148", f"the row has {len(row)} fields; the header names more", 1)
        return None
    mmsi, mmsi_at = row[index["mmsi"]]
    if not _MMSI.match(mmsi):
        bad("RC148", f"MMSI {mmsi!r} is not nine digits", mmsi_at)
        return None
    when, when_at = row[index["time"]]
    try:
        moment = parse_time(when)
    except (ValueError, OverflowError, OSError):
        bad("RC147", f"{when!r} is not a time", when_at, "write 2025-04-29T05:40:00Z")
        return None
    coords: list[float] = []
    for key, limit in (("lat", 90.0), ("lon", 180.0)):
        text, at = row[index[key]]
        try:
            value = float(text)
        except ValueError:
            bad("RC146", f"{key} {text!r} is not a number of degrees", at)
            return None
        if not math.isfinite(value) or abs(value) > limit:
            hint = "91 and 181 mean 'not available' in AIS" if abs(value) in (91, 181) else None
            bad("RC146", f"{key} {text} is outside -{limit:g}..{limit:g}", at, hint)
            return None
        coords.append(value)
    return mmsi, TrackPoint(time=moment, lat=coords[0], lon=coords[1], line=number)
