"""Sidecars: what a recording cannot say about itself, in a ``.radio`` file beside it.

A recogniser's output has cue offsets and words, but no stations, no date, no time
zone, no rule set and none of what was seen rather than said. ``NAME.radio`` beside
``NAME.vtt`` (or the file given with ``--header``) supplies them; it is an ordinary
``.radio`` file, read by the ordinary reader, whose directives become the header of
the recording and whose narration and utterance lines are merged with the cues by
time. Cue offsets plus ``@date`` / ``@start`` / ``@timezone`` become the absolute
``time``, ``clock`` and ``seconds`` that rule deadlines need.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

from checker.diagnostics import Diagnostic, make
from checker.files import is_regular, outside
from checker.transcript.model import Line, Transcript
from checker.transcript.times import (
    TimeError,
    parse_clock,
    parse_date,
    parse_offset,
    seconds_of_day,
    to_utc,
)

SIDECAR_SUFFIX = ".radio"


def find_sidecar(recording: str | Path) -> Path | None:
    """``NAME.radio`` beside ``NAME.vtt`` (or .srt, .json, .rttm), if there is one."""
    candidate = Path(recording).with_suffix(SIDECAR_SUFFIX)
    if candidate == Path(recording) or not is_regular(candidate):
        return None
    # one that leads (by a symbolic link) out of the project is not this recording's
    return candidate if outside(candidate, Path(recording).parent) is None else None


def merge(recording: Transcript, sidecar: Transcript | None) -> None:
    """Give ``recording`` the sidecar's header and lines, and absolute times.

    The sidecar's own diagnostics keep the sidecar's path; its line counts are added
    to the recording's so that the summary still accounts for every line read.
    """
    if sidecar is not None:
        recording.header = sidecar.header.model_copy()
        recording.stations = list(sidecar.stations)
        recording.zones = list(sidecar.zones)
        recording.ports = list(sidecar.ports)
        recording.expectations = list(sidecar.expectations)
        recording.diagnostics = [*sidecar.diagnostics, *recording.diagnostics]
        mine, theirs = recording.counts, sidecar.counts
        for name in type(theirs).model_fields:
            setattr(mine, name, getattr(mine, name) + getattr(theirs, name))
        for line in sidecar.lines:
            line.source = "sidecar"
    side = list(sidecar.lines) if sidecar is not None else []
    recording.diagnostics.extend(_place(recording, side, sidecar))


def _zone(recording: Transcript) -> tzinfo:
    try:
        return parse_offset(recording.header.timezone) if recording.header.timezone else UTC
    except TimeError:  # already reported by the sidecar's reader
        return UTC


def _format_clock(moment: time) -> str:
    return moment.isoformat(timespec="seconds" if not moment.microsecond else "milliseconds")


def _place(recording: Transcript, side: list[Line], sidecar: Transcript | None) -> list[Diagnostic]:
    """Absolute times for the cues, then the merged order and ``seconds`` of all lines."""
    h = recording.header
    diags: list[Diagnostic] = []
    start, start_zone = time(0), None
    if h.start is None:
        diags.append(_no_start(recording, sidecar))
    else:
        with suppress(TimeError):  # already reported by the sidecar's reader
            start, start_zone = parse_clock(h.start)
    day: date | None = None
    if h.date is not None:
        with suppress(TimeError):
            day = parse_date(h.date)
    local = start_zone or _zone(recording)
    origin = to_utc(day, start, local) if day is not None else None
    keys = _time_cues(recording.lines, start, local, origin)
    previous: float | None = None
    for line in side:  # a sidecar line without a time stays after the one before it
        key: float | None = None
        if line.time is not None and origin is not None:
            key = line.time.timestamp()
        elif line.clock is not None:
            key = seconds_of_day(parse_clock(line.clock)[0])
        previous = key if key is not None else previous
        keys[id(line)] = previous
    merged = [*side, *recording.lines]
    order = {id(line): i for i, line in enumerate(merged)}
    merged.sort(key=lambda ln: (_key(keys.get(id(ln))), order[id(ln)]))
    first: float | None = None
    for line in merged:
        key = keys.get(id(line))
        if line.clock is not None and key is not None:
            first = key if first is None else first
            line.seconds = round(key - first, 3)
    recording.lines = merged
    return diags


def _time_cues(
    lines: list[Line], start: time, local: tzinfo, origin: datetime | None
) -> dict[int, float | None]:
    """Set ``time`` and ``clock`` of each cue; return its ordering key by ``id``.

    With a date the key is the UTC timestamp, without one the seconds since the
    midnight before ``@start`` (the clock then wraps at midnight)."""
    keys: dict[int, float | None] = {}
    for line in lines:
        rec = line.recognition
        if rec is None or rec.start is None:
            continue
        offset = round(rec.start, 3)
        if origin is not None:
            line.time = origin + timedelta(seconds=offset)
            line.clock = _format_clock(line.time.astimezone(local).time())
            keys[id(line)] = line.time.timestamp()
        else:
            sod = seconds_of_day(start) + offset
            line.clock = _format_clock((datetime(2000, 1, 1) + timedelta(seconds=sod)).time())
            keys[id(line)] = sod
    return keys


def _no_start(recording: Transcript, sidecar: Transcript | None) -> Diagnostic:
    """The warning that the recording's start time is unknown, and how to give it."""
    name = Path(recording.path or "NAME").with_suffix(SIDECAR_SUFFIX).name
    if sidecar is not None:
        message = "no @start in the sidecar, so cue offsets count from 00:00:00"
    else:
        message = (
            f"no sidecar {name} beside the recording: no stations, date or start time; "
            "cue offsets count from 00:00:00"
        )
    here = sidecar is not None
    return make(
        "RC144",
        message,
        path=sidecar.path if sidecar is not None and sidecar.path else recording.path,
        line=1 if here else None,
        column=1 if here else None,
        hint="add @start: HH:MM:SS (the clock time at the recording's offset 0) "
        f"to {name}, or give --header FILE",
    )


def _key(key: float | None) -> float:
    """Lines with no time at all sort first, in their own order."""
    return float("-inf") if key is None else key
