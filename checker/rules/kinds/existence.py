"""existence: ``a`` happens at least once (by whom, within how long).

Why: DECLARE's *existence* template: "an RCC takes coordination of every case",
"every casualty is reported to an RCC within 10 minutes of its first line".

Params:
  a       the required activities (act kinds or narration verbs)
  by      who must do it: a station id, a role or a party (default anyone)
  within  optional deadline, counted from the scope's first line
  scope   ``casualty`` (default) or ``transcript``

Outcomes per scope: ``satisfied`` when ``a`` occurs (in time); ``violated`` when it
came late, or never came though the transcript runs past the deadline;
``uncertain`` when it is not recorded and there is no deadline to judge by (the
transcript may be partial).

PASS (a = coordination.assume, by = rcc)::

    03:20 * CROSS takes coordination of DINGHY-A     # or: "This is CROSS co-ordinating"

FAIL::

    03:15 * DINGHY-A signals distress
"""

from __future__ import annotations

from collections.abc import Iterator

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
from checker.rules.params import spoken, spoken_secs
from checker.rules.view import View

KIND = "existence"
NOTHING = "The transcript records nothing to judge."


class Params(TimedParams):
    """Parameters of ``existence``."""


def check(view: View, params: Params) -> Iterator[Finding]:
    """One finding per scope."""
    for cid, events in scopes(view, params.scope):
        if not events:
            continue
        first = events[0].line
        hit = next((e for e in events if has(view, e, params.a) and by(view, e, params.by)), None)
        if hit is not None:
            took = late(view, first, hit.line, params.within)
            party = actor(view, hit, params.by)
            if took is None:
                text = f"{what(params.a)} occurs ({lines_text([hit.line])})."
                yield Finding("satisfied", text, [hit.line], party, cid, hit.speaker)
            else:
                text = f"{what(params.a)} came only after {spoken_secs(took)}"
                text += f" ({lines_text([hit.line])})"
                yield Finding("violated", f"{text}, later than {spoken(params.within)}.",
                              [first, hit.line], party, cid, hit.speaker)  # fmt: skip
        elif params.within is not None and overdue(view, first, params.within):
            text = f"No {what(params.a)} within {spoken(params.within)} of {lines_text([first])}."
            yield Finding("violated", text, [first], actor(view, None, params.by), cid)
        else:
            text = f"No {what(params.a)} is recorded; the transcript may be partial."
            yield Finding("uncertain", text, [first], actor(view, None, params.by), cid)
