"""Clock times, dates and time zones of a transcript, read into absolute UTC times.

A typed transcript says ``06:40`` and, once, ``@timezone: +01:00``; rules need
deadlines in seconds. Times without a date keep their clock reading and get no
absolute time; ``seconds`` still orders them for durations within the file.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

#: The forms of a line's time, as typed logs write them (the TIME terminal of
#: grammar/transcript.lark and the fast path's pattern match the same texts):
#: ``14:09``, ``14:09:30.5``, ``14:09Z``, ``14:09+01:00``, ``14:09 hrs``, ``2:09 PM``,
#: ``14h09``, ``1409``, ``1409Z``, ``1409 hrs`` and ISO ``2025-04-29T14:09:30Z``.
_ZONE = r"(?P<tz>Z|[+-]\d{2}:?\d{2})"
_CLOCK = re.compile(
    r"^(?:(?P<date>\d{4}-\d{2}-\d{2})[T ])?"
    r"(?:(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}(?:\.\d+)?))?"
    r"|(?P<fh>\d{1,2})h(?P<fm>\d{2})"
    r"|(?P<mh>\d{2})(?P<mm>\d{2}))"
    rf"(?:{_ZONE}|[ ]?(?P<ampm>[AaPp]\.?[Mm]\.?)|[ ]?hrs?)?$"
)
_OFFSET = re.compile(r"^(?P<sign>[+-])(?P<h>\d{2}):?(?P<m>\d{2})$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: The years a ``@date`` may name: every time of such a day, in any zone and up to a
#: recording's longest offset later, is still a date Python can hold.
MIN_YEAR, MAX_YEAR = 1000, 9000


class TimeError(ValueError):
    """A time, date or zone that cannot be read; the message says why."""


def parse_offset(text: str) -> tzinfo:
    """``Z``, ``UTC``, ``+01:00``, ``+0100`` or an IANA name such as ``Europe/Paris``."""
    if text in ("Z", "UTC", "GMT"):
        return UTC
    m = _OFFSET.match(text)
    if m:
        hours, minutes = int(m["h"]), int(m["m"])
        if hours > 14 or minutes >= 60:
            raise TimeError(f"UTC offset {text} is out of range (-14:00 to +14:00)")
        delta = timedelta(hours=hours, minutes=minutes)
        return timezone(-delta if m["sign"] == "-" else delta)
    # IANA names have at most three parts and 30-odd letters; a longer name is no zone
    # (and a name of hundreds of parts makes zoneinfo recurse until it fails)
    if len(text) <= 64 and re.fullmatch(r"[A-Za-z_]+(?:/[A-Za-z0-9_+-]+){1,3}", text):
        try:
            return ZoneInfo(text)
        except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
            raise TimeError(f"unknown time zone {text!r}") from exc
    raise TimeError(f"{text!r} is not a time zone")


def parse_date(text: str) -> date:
    """A ``YYYY-MM-DD`` date."""
    if not _DATE.match(text):
        raise TimeError(f"{text!r} is not a date in the form YYYY-MM-DD")
    try:
        day = date.fromisoformat(text)
    except ValueError as exc:
        raise TimeError(f"{text!r} is not a real date ({exc})") from exc
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        # A day at the very ends of the calendar has times that cannot be moved to
        # UTC (a zone offset, a recording's length would cross year 1 or 9999).
        raise TimeError(f"{text!r} is not a date from {MIN_YEAR} to {MAX_YEAR}")
    return day


def parse_clock(text: str) -> tuple[time, tzinfo | None]:
    """A time of day in any form of :data:`_CLOCK` (a date written with it is left
    out: see :func:`parse_stamp`) and the offset written with it."""
    _, clock, zone = parse_stamp(text)
    return clock, zone


def parse_stamp(text: str) -> tuple[date | None, time, tzinfo | None]:
    """A line's time stamp: the date written with it (ISO date-times), the time of
    day, and the offset written with it. Each form is read exactly or refused with
    the reason: "14:09 PM" has no 12-hour reading, "2561" is no time of day."""
    m = _CLOCK.match(text)
    if not m:
        raise TimeError(
            f"{text!r} is not a time (HH:MM, HH:MM:SS, HHMM, 14h09, 2:09 PM or an ISO date-time)"
        )
    hours = int(m["h"] or m["fh"] or m["mh"])
    minutes = int(m["m"] or m["fm"] or m["mm"])
    whole, _, fraction = (m["s"] or "0").partition(".")
    if len(fraction) > 6:  # a time of day holds microseconds; 59.9999999 would round to 60
        raise TimeError(f"{text!r} has more than six digits after the seconds' point")
    if m["ampm"]:
        if not 1 <= hours <= 12:
            raise TimeError(f"{text!r}: a 12-hour time has an hour from 1 to 12")
        hours = hours % 12 + (12 if m["ampm"][0] in "Pp" else 0)
    if hours > 23 or minutes > 59 or int(whole) >= 60:
        raise TimeError(f"{text!r} is not a time of day")
    clock = time(hours, minutes, int(whole), int(fraction.ljust(6, "0")))
    day = parse_date(m["date"]) if m["date"] else None
    return day, clock, parse_offset(m["tz"]) if m["tz"] else None


def to_utc(day: date, clock: time, zone: tzinfo) -> datetime:
    """The absolute UTC time of a clock reading on a day in a zone."""
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def seconds_of_day(clock: time) -> float:
    """Seconds since midnight, for ordering times that have no date."""
    return clock.hour * 3600 + clock.minute * 60 + clock.second + clock.microsecond / 1e6
