"""persons-accounted: everyone reported on board ends recovered, landed, or reported
missing or dead.

Why: rescue covers all persons (SAR Convention 1.3.2); a count that does not add up
is the first sign of someone left in the water. On small boats the count is often
approximate ("about 58"), so a shortfall against an approximate count is uncertain.

Params: none.

Outcomes per casualty with a known count: ``satisfied`` when recovered (or landed,
when more were landed) + missing + dead reaches the count on board; ``violated`` when
the case ended (landed or closed) short of it; ``uncertain`` when the shortfall is
within a tenth of an approximate count (at least 2), or the transcript ends before the
case did; ``not-applicable`` when no count on board is known.

PASS::

    @station DINGHY: casualty persons=~58
    06:55 * RANGER recovers 58 persons from DINGHY
    08:10 * RANGER lands 58 persons at Dover

FAIL::

    @station DINGHY: casualty persons=25
    20:23 Dover Coastguard -> cutter: No further information on the dinghy. Case closed. Out.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.protocol.model import Casualty
from checker.rules.finding import Finding
from checker.rules.params import KindParams
from checker.rules.view import View

KIND = "persons-accounted"
NOTHING = "No casualty with a known number of persons on board."
#: A shortfall within this share of an approximate count ("about 58") is uncertain.
APPROX_SHARE = 0.1


class Params(KindParams):
    """``persons-accounted`` has no parameters."""


def check(view: View, params: Params) -> Iterator[Finding]:
    """One finding per casualty with a count on board."""
    for cas in view.casualties:
        if cas.persons.on_board is not None:
            yield _judge(view, cas)


def _who(view: View, cas: Casualty) -> tuple[str | None, list[int]]:
    """The party the count is about: the unit that landed or recovered the persons,
    else whoever closed the case, else the holder of coordination; with its lines."""
    for verb in ("lands", "recovers", "closes-case"):
        lines = [e for e in view.about(cas.id) if view.verb(e) == verb]
        if lines:
            return view.party(lines[-1].speaker), [e.line for e in lines]
    closing = [e for e in view.about(cas.id) if any(view.acts(e, "case.close"))]
    if closing:
        return view.party(closing[-1].speaker), [closing[-1].line]
    holders = [s for s in view.ledger(cas.id, "coordination") if s.party]
    return (holders[-1].party, holders[-1].evidence) if holders else (None, [])


def _judge(view: View, cas: Casualty) -> Finding:
    p = cas.persons
    n = p.on_board or 0
    station = view.station(cas.id)
    approx = bool(station and station.persons_approx)
    recovered = [e.line for e in view.about(cas.id) if view.verb(e) == "recovers"]
    party, lines = _who(view, cas)
    evidence = sorted({*recovered, *lines}) or [e.line for e in view.about(cas.id)][:1]
    # landed counts as recovered (RULES.md: "ends recovered, landed, or …"): a yacht
    # towed in lands its crew, whom nobody recovered at sea
    counted = max(p.recovered, p.landed) + p.missing + p.dead
    parts = [f"{n} on board", f"{p.recovered} recovered"]
    parts += [f"{p.landed} landed"] if p.landed else []
    parts += [f"{p.missing} missing"] if p.missing else []
    parts += [f"{p.dead} dead"] if p.dead else []
    said = ", ".join(parts)
    if counted >= n:
        return Finding("satisfied", f"{said}.", evidence, party, cas.id)
    ended = cas.final.closed or cas.final.operation == "landed"
    short = n - counted
    within_count = approx and counted > 0 and short <= max(2, round(n * APPROX_SHARE))
    if ended and not within_count:
        return Finding(
            "violated",
            f"{said}: {n - counted} persons are not accounted for.",
            evidence,
            party,
            cas.id,
        )
    why = "the count on board was approximate" if ended else "the transcript ends before the case"
    return Finding(
        "uncertain",
        f"{said}: {n - counted} not accounted for, but {why}.",
        evidence,
        party,
        cas.id,
    )
