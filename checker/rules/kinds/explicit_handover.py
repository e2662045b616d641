"""explicit-handover: coordination or custody changes hands only by offer and
acceptance.

Why: MSC.167(78) 6.7: a case is transferred when the receiver accepts it, not when
the holder stops answering; the Channel practice reported in the press passes custody
of an escorted boat between French and UK units at the median line. Acquiescence —
a unit announcing what it will do and the other side replying without objection — is
recorded by the protocol, and flagged here: it is not an explicit handover.

Params:
  level    ``coordination`` or ``rescue`` (or the rule's ``level``)
  at_zone  where the handover must happen: ``median-line`` (the border between two
           parties' territorial seas) or a zone id; default anywhere
  rescue_counts  coordination level only: a unit of another party taking charge of
           the casualty on its own (assumed or acquiesced, not tasked or consented)
           is the case changing hands too (default true)

A change between two parties' ``by-region`` defaults is not a handover (nobody
acted), nor is one from a region's default to the first centre alerted (SR03 gives
it the case); a station that takes the case in a message to its holder accepts what the
holder brought it, and that counts as explicit. A unit tasked with the casualty that
then receives it by an explicit handover, before anyone else holds it, took it by that
handover (its centre sent it to receive the boat). The verdict concerns the party that
held the level before the change, or the party that took it when nobody held it.
Outcomes: ``violated`` for a change that was not an accepted offer, or not at
``at_zone``; ``satisfied`` when every change was; ``not-applicable`` when the level
never changed hands.

PASS::

    10:21 Ridens -> Typhoon: The small boat is at the median line. I hand over the boat to you.
    10:22 Typhoon -> Ridens: Roger, we take over the boat. Out.

FAIL::

    06:41 Ranger -> French warship: I am going to escort that with the UK Coastguard. Over.
    06:41 French warship -> Ranger: Thank you for your co-operation. Out.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.protocol.model import ResponsibilitySpan
from checker.rules.finding import Finding, lines_text
from checker.rules.params import KindParams
from checker.rules.view import View
from checker.vocabulary import Level

KIND = "explicit-handover"
NOTHING = "Responsibility never changed hands in the transcript."
EXPLICIT = ("handed-over",)
ON_ITS_OWN = ("assumed", "acquiesced")


class Params(KindParams):
    """Parameters of ``explicit-handover``."""

    level: Level | None = None
    at_zone: str | None = None
    rescue_counts: bool = True


def check(view: View, params: Params) -> Iterator[Finding]:
    """One finding per change of hands."""
    level = view.level or "coordination"
    for cas in view.casualties:
        ledger = view.ledger(cas.id)
        holder: ResponsibilitySpan | None = None
        for n, span in enumerate(ledger):
            if span.party is None:
                continue
            if _sent_to_receive(span, ledger[n + 1 : n + 2]):
                continue  # judged by the handover that follows (its holder is the one before)
            if _changes(holder, span, by_station=level == "coordination"):
                yield _judge(view, params, cas.id, holder, span)
            holder = span
        if level == "coordination" and params.rescue_counts:
            yield from _let_go(view, cas.id, ledger)


def _sent_to_receive(span: ResponsibilitySpan, after: list[ResponsibilitySpan]) -> bool:
    """Whether a unit tasked with the casualty then received it by an explicit handover
    before anyone else held it: Dover sends its cutter to the median line, where the
    French patrol vessel hands the boat over. The tasking sent it to receive the boat;
    custody changed hands at the handover, which is what this rule judges."""
    return (
        span.how == "tasked"
        and bool(after)
        and after[0].how in EXPLICIT
        and after[0].station is not None
        and after[0].station == span.station
    )


def _changes(
    before: ResponsibilitySpan | None, span: ResponsibilitySpan, *, by_station: bool
) -> bool:
    """Whether the level changed hands: between parties; for coordination, also
    between two centres of one party (CROSS Corsen to CROSS Etel), not from the
    region's default to one of its own centres."""
    if span.how == "acquiesced":
        return True
    if before is None:
        return False
    if before.party == span.party and not (
        by_station and before.station and span.station and before.station != span.station
    ):
        return False
    # from a region's default (nobody acted) to another region's default, or to the
    # first centre alerted (the case is its own by SR03): nobody handed anything over
    return not (before.how == "by-region" and span.how in ("by-region", "first-contact"))


def _judge(
    view: View,
    params: Params,
    cid: str,
    before: ResponsibilitySpan | None,
    span: ResponsibilitySpan,
) -> Finding:
    party = before.party if before and before.party != span.party else span.party
    what = "Coordination" if view.level == "coordination" else "Custody"
    evidence = sorted({*(before.evidence if before else []), *span.evidence, span.from_line})
    place = _place(view, params, cid, span)
    if span.how not in EXPLICIT and not _in_reply(view, before, span):
        how = "by acquiescence" if span.how == "acquiesced" else f"by {span.how}"
        tail = f", and {place}" if place else ""
        return Finding(
            "violated",
            f"{what} passed to {span.station or span.party} {how} "
            f"({lines_text(span.evidence)}), not by an explicit handover{tail}.",
            evidence,
            party,
            cid,
            span.station,
            span.confidence,
        )
    if place:
        return Finding(
            "violated",
            f"{what} was handed over explicitly ({lines_text(span.evidence)}) but {place}.",
            evidence,
            party,
            cid,
            span.station,
            span.confidence,
        )
    return Finding(
        "satisfied",
        f"{what} was offered and accepted ({lines_text(span.evidence)})"
        + (" at the median line." if params.at_zone == "median-line" else "."),
        evidence,
        party,
        cid,
        span.station,
        span.confidence,
    )


def _in_reply(view: View, before: ResponsibilitySpan | None, span: ResponsibilitySpan) -> bool:
    """A station that takes the case in a message to its holder ("CROSS is taking
    coordination", said to the RCC that called it) accepts what the holder brought it."""
    said = view.event(span.from_line)
    return (
        span.how == "assumed"
        and before is not None
        and before.station is not None
        and said is not None
        and said.addressee == before.station
    )


def _place(view: View, params: Params, cid: str, span: ResponsibilitySpan) -> str | None:
    """Why the handover was not where the rule wants it (None when it was)."""
    if params.at_zone is None:
        return None
    zones = view.zones_at(cid, span.from_line)
    if params.at_zone == "median-line":
        seas = {
            info.party for z in zones if (info := view.zone(z)) and info.kind == "territorial-sea"
        }
        return None if len(seas - {None}) >= 2 else "not at the median line"
    return None if params.at_zone in zones else f"not in {params.at_zone}"


def _let_go(view: View, cid: str, ledger: list[ResponsibilitySpan]) -> Iterator[Finding]:
    """The coordination holder's party let the case go: another party's state unit
    took the casualty on its own while coordination never passed to that party."""
    for unit in view.ledger(cid, "rescue"):
        if unit.how not in ON_ITS_OWN or not view.state_unit(unit.station):
            continue
        holder = next(
            (s for s in reversed(ledger) if s.party and s.from_line <= unit.from_line), None
        )
        if holder is None or holder.party in (None, unit.party):
            continue
        if any(s.party == unit.party for s in ledger if s.from_line >= unit.from_line):
            continue
        how = "by region" if holder.how == "by-region" else f"({holder.how})"
        did = view.acted(cid, unit.station, unit.from_line)[:1]
        yield Finding(
            "violated",
            f"{holder.party} held coordination {how} and let the case go to "
            f"{unit.station} ({unit.party}, {lines_text(unit.evidence)}) without an explicit "
            "handover.",
            sorted({holder.from_line, *unit.evidence, *did}),
            holder.party,
            cid,
            holder.station,
            1.0 if did else unit.confidence,  # the unit then took the casualty: observed
        )
