"""precedence: every ``b`` is preceded by an ``a``.

Why: DECLARE's *precedence* template: "no landing before a recovery", "no tasking
before coordination is taken", "no entry before permission" — an order the rules
require between two things that happen.

Params:
  a      activities that must come first (act kinds or narration verbs)
  b      activities that need an ``a`` before them
  by     who must do ``a``: a station id, a role or a party (default anyone)
  scope  ``casualty`` (default) or ``transcript``

Outcomes per ``b``: ``satisfied`` when an ``a`` came before; ``violated`` when none
did though the transcript records the casualty before ``b``; ``uncertain`` when
``b`` is the first thing the transcript records (what came before is not in it);
``not-applicable`` when no ``b`` occurred.

PASS (a = recovers, b = lands)::

    06:55 * RANGER recovers 58 persons from DINGHY
    08:10 * RANGER lands 58 persons at Dover

FAIL::

    06:31 * DINGHY stops 0.8 nm inside French waters
    08:10 * RANGER lands 58 persons at Dover
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from checker.protocol.model import Event
from checker.rules.finding import Finding, lines_text
from checker.rules.kinds._temporal import TemporalParams, actor, by, has, scopes, what
from checker.rules.params import Activity
from checker.rules.view import View

KIND = "precedence"
NOTHING = "Nothing occurred that needs something before it."


class Params(TemporalParams):
    """Parameters of ``precedence``."""

    b: list[Activity]


def check(view: View, params: Params) -> Iterator[Finding]:
    """One finding per occurrence of ``b``."""
    for cid, events in scopes(view, params.scope):
        last: Event | None = None  # the latest ``a`` so far: one pass, not one per ``b``
        for i, b in enumerate(events):
            if has(view, b, params.b):
                yield _judge(view, params, cid, events, i, last)
            if has(view, b, params.a) and by(view, b, params.by):
                last = b


def _judge(
    view: View,
    params: Params,
    cid: str | None,
    events: Sequence[Event],
    i: int,
    before: Event | None,
) -> Finding:
    b = events[i]
    said = f"{what(params.b)} ({lines_text([b.line])})"
    if before is not None:
        return Finding(
            "satisfied",
            f"{said} came after {what(params.a)} ({lines_text([before.line])}).",
            [before.line, b.line],
            actor(view, before, params.by),
            cid,
            before.speaker,
        )
    if i > 0:
        return Finding(
            "violated",
            f"{said} came with no {what(params.a)} before it.",
            [events[0].line, b.line],
            actor(view, b, params.by),
            cid,
            b.speaker,
        )
    return Finding(
        "uncertain",
        f"{said} is the first line the transcript records; "
        f"whether {what(params.a)} came before is not in it.",
        [b.line],
        actor(view, b, params.by),
        cid,
        b.speaker,
    )
