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

from collections.abc import Iterator

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
        for i, b in enumerate(events):
            if not has(view, b, params.b):
                continue
            before = [e for e in events[:i] if has(view, e, params.a) and by(view, e, params.by)]
            said = f"{what(params.b)} ({lines_text([b.line])})"
            if before:
                yield Finding(
                    "satisfied",
                    f"{said} came after {what(params.a)} ({lines_text([before[-1].line])}).",
                    [before[-1].line, b.line],
                    actor(view, before[-1], params.by),
                    cid,
                    before[-1].speaker,
                )
            elif i > 0:
                yield Finding(
                    "violated",
                    f"{said} came with no {what(params.a)} before it.",
                    [events[0].line, b.line],
                    actor(view, b, params.by),
                    cid,
                    b.speaker,
                )
            else:
                yield Finding(
                    "uncertain",
                    f"{said} is the first line the transcript records; "
                    f"whether {what(params.a)} came before is not in it.",
                    [b.line],
                    actor(view, b, params.by),
                    cid,
                    b.speaker,
                )
