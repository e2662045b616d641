"""response: every ``a`` is followed by a ``b`` (by whom, within how long).

Why: the generic form of "a distress message is acknowledged", "a tasking is
answered", "an offer of handover gets a reply" — DECLARE's *response* template, for
rules a rule set needs and no dedicated kind covers.

Params:
  a       activities that call for a response (act kinds or narration verbs)
  b       activities that count as the response
  by      who must respond: a station id, a role (``rcc``) or a party (``FR``)
  within  optional deadline after each ``a`` (``3m``, ``PT3M``)
  scope   ``casualty`` (default: each casualty's events) or ``transcript``

Outcomes per ``a``: ``satisfied`` when a ``b`` follows in time; ``violated`` when it
came late, or never came though the transcript runs past the deadline; ``uncertain``
when no ``b`` is recorded and there is no deadline to judge by (the transcript may
be partial); ``not-applicable`` when no ``a`` occurred.

PASS (a = distress.relay, b = distress.ack, by = rcc, within = 5m)::

    16:55 Arcturus -> ALL STATIONS: Mayday relay ... Over.
    16:57 Dover Coastguard -> Arcturus: Received mayday. Out.

FAIL::

    16:55 Arcturus -> ALL STATIONS: Mayday relay ... Over.
    20:23 Dover Coastguard -> cutter: Case closed. Out.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.protocol.model import Event
from checker.rules.finding import Finding, lines_text
from checker.rules.kinds._temporal import (
    TimedParams,
    actor,
    by,
    has,
    late,
    overdue,
    scopes,
    what,
)
from checker.rules.params import Activity, spoken, spoken_secs
from checker.rules.view import View

KIND = "response"
NOTHING = "Nothing occurred that calls for this response."


class Params(TimedParams):
    """Parameters of ``response``."""

    b: list[Activity]


def check(view: View, params: Params) -> Iterator[Finding]:
    """One finding per occurrence of ``a``."""
    for cid, events in scopes(view, params.scope):
        # the first ``b`` after each event, found in one pass from the end: a search
        # after every ``a`` made a transcript of many ``a`` quadratic
        following: list[Event | None] = []
        b: Event | None = None
        for e in reversed(events):
            following.append(b)
            if has(view, e, params.b) and by(view, e, params.by):
                b = e
        following.reverse()
        for a, b in zip(events, following, strict=True):
            if has(view, a, params.a):
                yield _judge(view, params, cid, a, b)


def _judge(view: View, params: Params, cid: str | None, a: Event, b: Event | None) -> Finding:
    said = f"{what(params.a)} ({lines_text([a.line])})"
    if b is not None:
        took = late(view, a.line, b.line, params.within)
        party, lines = actor(view, b, params.by), [a.line, b.line]
        if took is None:
            text = f"{said} was followed by {what(params.b)} ({lines_text([b.line])})."
            return Finding("satisfied", text, lines, party, cid, b.speaker)
        text = f"{said} was followed by {what(params.b)} only after {spoken_secs(took)}"
        return Finding("violated", f"{text}, later than {spoken(params.within)}.", lines,
                       party, cid, b.speaker)  # fmt: skip
    party = actor(view, None, params.by)
    if params.within is not None and overdue(view, a.line, params.within):
        text = f"{said} was not followed by {what(params.b)} within {spoken(params.within)}."
        return Finding("violated", text, [a.line], party, cid)
    text = f"No {what(params.b)} is recorded after {said}; the transcript may be partial."
    return Finding("uncertain", text, [a.line], party, cid)
