"""What the four temporal templates share: activities, who does them, the scope.

An activity (``a``, ``b``) is a speech act kind or a narration verb (see
:mod:`checker.rules.params`); an occurrence is an event that has it, done by the
station, role or party named in ``by`` when one is. The templates judge each
casualty's events (``scope = "casualty"``, the default) or the whole transcript.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta
from typing import Literal

from checker.protocol.model import Event
from checker.rules.params import Activity, Duration, KindParams
from checker.rules.view import View


class TemporalParams(KindParams):
    """Parameters common to ``response``, ``precedence``, ``absence``, ``existence``."""

    a: list[Activity]
    by: str | None = None
    scope: Literal["casualty", "transcript"] = "casualty"


class TimedParams(TemporalParams):
    """The templates with a deadline (``response``, ``existence``): ``within``.
    ``precedence`` and ``absence`` have none, so a ``within`` there is an error
    rather than a setting silently ignored."""

    within: Duration | None = None


def has(view: View, e: Event, activities: list[str]) -> bool:
    """Whether an event does one of the activities."""
    for act in activities:
        kind, _, name = act.partition(":")
        if kind == "act" and any(view.acts(e, name)):
            return True
        if kind == "narration" and view.verb(e) == name:
            return True
    return False


def by(view: View, e: Event, who: str | None) -> bool:
    """Whether the event's actor is ``who``: a station id, a role or a party code."""
    if who is None:
        return True
    actor = e.speaker
    return who in (actor, view.role(actor), view.party(actor))


def scopes(view: View, scope: str) -> Iterator[tuple[str | None, Sequence[Event]]]:
    """(casualty, its events) for each casualty, or (None, every event)."""
    if scope == "transcript" or not view.casualties:
        yield None, view.events
        return
    for cas in view.casualties:
        yield cas.id, view.about(cas.id)


def what(activities: list[str]) -> str:
    """Activities as a reviewer reads them: ``distress.ack or recovers``."""
    return " or ".join(a.partition(":")[2] for a in activities)


def actor(view: View, e: Event | None, who: str | None) -> str | None:
    """The party a verdict concerns: ``by`` when it names a party, else the actor's."""
    if who is not None and who in view.context.parties:
        return who
    return view.party(e.speaker) if e is not None else None


def overdue(view: View, line: int, within: timedelta | None) -> bool:
    """Whether the transcript runs past ``within`` after ``line``: only then can the
    absence of something be judged a violation rather than a partial record."""
    at, last = view.seconds(line), view.last_time()
    if within is None or at is None or last is None:
        return False
    return last - at > within.total_seconds()


def late(view: View, start: int, end: int, within: timedelta | None) -> float | None:
    """Seconds from ``start`` to ``end`` when that is longer than ``within``, else None."""
    took = view.elapsed(start, end)
    if within is None or took is None or took <= within.total_seconds():
        return None
    return took
