"""absence: ``a`` never happens (by whom).

Why: DECLARE's *absence* template: "no state unit redirects a caller", "no case is
closed by a unit" — something the rules forbid outright.

Params:
  a      the forbidden activities (act kinds or narration verbs)
  by     whose doing is forbidden: a station id, a role or a party (default anyone)
  scope  ``casualty`` (default) or ``transcript``

Outcomes: ``violated`` per occurrence; ``satisfied`` when the transcript records the
scope and ``a`` is not in it (nothing can be judged of what it does not record);
``not-applicable`` for an empty transcript.

PASS (a = coordination.redirect, by = rcc)::

    01:11 Dover Coastguard -> BOAT (phone): This is Dover Coastguard. What is your position?

FAIL::

    01:14 Dover Coastguard -> BOAT (phone): You are in French waters. Call the French coastguard.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.rules.finding import Finding, lines_text
from checker.rules.kinds._temporal import TemporalParams, actor, by, has, scopes, what
from checker.rules.view import View

KIND = "absence"
NOTHING = "The transcript records nothing to judge."


class Params(TemporalParams):
    """Parameters of ``absence``."""


def check(view: View, params: Params) -> Iterator[Finding]:
    """One finding per occurrence, or one ``satisfied`` per scope."""
    for cid, events in scopes(view, params.scope):
        hits = [e for e in events if has(view, e, params.a) and by(view, e, params.by)]
        for e in hits:
            yield Finding(
                "violated",
                f"{what(params.a)} ({lines_text([e.line])}), which the rule forbids.",
                [e.line],
                actor(view, e, params.by),
                cid,
                e.speaker,
            )
        if not hits and events:
            lines = [events[0].line, events[-1].line]
            yield Finding(
                "satisfied",
                f"No {what(params.a)} in the transcript ({lines_text(lines)}).",
                sorted(set(lines)),
                actor(view, None, params.by),
                cid,
            )
