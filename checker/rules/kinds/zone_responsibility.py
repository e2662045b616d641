"""zone-responsibility: a casualty in distress in a zone is taken in charge by the
zone's party.

Why: the SAR Convention gives the state of a search-and-rescue region the primary
duty to co-ordinate there (2.1.9, 3.1.9); a bilateral arrangement may go further and
say that the state's own units handle distress there. The rule reads one ledger:
``coordination`` (the party's RCC takes coordination) or ``rescue`` (the party's
units take charge on scene).

Params:
  zones      zone ids the rule covers (default: every zone of ``zone_kind``)
  zone_kind  the kind of zone when ``zones`` is empty: ``srr`` or ``territorial-sea``
  level      ``coordination`` or ``rescue`` (or the rule's ``level``)
  within     optional time from the distress within which the party must act

Holding the level "by region" is the default of the ledger, not taking charge, and
shadowing a boat is not handling a distress. Outcomes: ``satisfied`` when the zone's
party took the level; ``violated`` when another party did, or the case was closed
with nobody taking it, or the party acted later than ``within``; ``uncertain`` when
nobody is recorded taking it (the transcript may be partial), or the position is
near a border or in an approximate zone the verdict depends on; ``not-applicable``
when the casualty was never in distress in such a zone.

PASS::

    03:15 * DINGHY-A signals distress          # DINGHY-A is in French waters
    03:20 * CROSS takes coordination of DINGHY-A

FAIL (rescue level)::

    06:33 * DINGHY signals distress            # inside French waters, FR shadowing
    06:41 Ranger -> French warship: I am going to escort that. Over.
    06:41 French warship -> Ranger: Thank you for your co-operation. Out.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.rules.finding import Finding, lines_text
from checker.rules.params import Duration, KindParams, seconds, spoken, spoken_secs
from checker.rules.view import View
from checker.vocabulary import Level, ZoneKind

KIND = "zone-responsibility"
NOTHING = "No casualty was in distress in a zone this rule covers."
#: Ledger entries that are taking charge, by level (``by-region`` is only a default).
TAKEN = {
    "coordination": ("first-contact", "assumed", "handed-over"),
    "rescue": ("assumed", "tasked", "consented", "handed-over", "acquiesced"),
}


class Params(KindParams):
    """Parameters of ``zone-responsibility``."""

    zones: tuple[str, ...] = ()
    zone_kind: ZoneKind | None = None
    level: Level | None = None
    within: Duration | None = None


def _matches(view: View, zid: str, params: Params) -> bool:
    zone = view.zone(zid)
    if zone is None or zone.party is None:
        return False
    return zid in params.zones if params.zones else zone.kind == (params.zone_kind or "srr")


def check(view: View, params: Params) -> Iterator[Finding]:
    """One finding per casualty and zone party it was in distress under."""
    level = view.level or "coordination"
    for cas in view.casualties:
        start = view.distress_line(cas.id)
        if start is None:
            continue
        seen: dict[str, tuple[int, str]] = {}
        for st in cas.timeline:
            if st.phase != "distress":
                continue
            for zid in st.zones:
                zone = view.zone(zid)
                if zone and zone.party and _matches(view, zid, params):
                    seen.setdefault(zone.party, (st.line, zid))
        for party, (line, zid) in seen.items():
            yield _judge(view, params, level, cas.id, party, line, zid, start)


def _judge(
    view: View, params: Params, level: str, cid: str, party: str, line: int, zid: str, start: int
) -> Finding:
    where = view.placed_at(cid, line) or line
    base = sorted({where, start})
    name = view.name(party)
    ledger = [s for s in view.ledger(cid) if s.to_line is None or s.to_line > start]
    mine = [s for s in ledger if s.party == party and s.how in TAKEN[level]]
    others = [s for s in ledger if s.party not in (None, party) and s.how in TAKEN[level]]
    doubt = view.zone_doubt(cid, line, zid)
    what = "took coordination" if level == "coordination" else "took charge on scene"
    if mine:
        span = mine[0]
        late = _late(view, params, start, span.from_line)
        evidence = sorted({*base, *span.evidence})
        if late:
            return Finding(
                "violated",
                f"{name} {what} for distress in {zid}, but {late}.",
                evidence,
                party,
                cid,
                span.station,
                span.confidence,
            ).weak(doubt)
        who = span.station or name
        return Finding(
            "satisfied",
            f"{who} ({party}) {what} for distress in {zid} ({lines_text(evidence)}).",
            evidence,
            party,
            cid,
            span.station,
            span.confidence,
        ).weak(doubt)
    present = _present(view, cid, party, start)
    note = f"; {present}" if present else ""
    if others:
        span = others[0]
        did = view.acted(cid, span.station, start)[:1]
        evidence = sorted({*base, *span.evidence, *did, *_present_lines(view, cid, party, start)})
        return Finding(
            "violated",
            f"Distress in {zid} ({lines_text([start])}) was not handled by {name}: "
            f"{span.station or span.party} ({span.party}) {what} instead "
            f"({lines_text(span.evidence)}){note}.",
            evidence,
            party,
            cid,
            None,
            1.0 if did else span.confidence,
        ).weak(doubt)
    cas = view.casualty(cid)
    if cas is not None and cas.final.closed:
        return Finding(
            "violated",
            f"Distress in {zid} ({lines_text([start])}): the case was closed and {name} never "
            f"{what}{note}.",
            base,
            party,
            cid,
        ).weak(doubt)
    thing = "RCC traffic" if level == "coordination" else f"action by {name}'s units"
    return Finding(
        "uncertain",
        f"No {thing} is recorded for distress in {zid} ({lines_text(base)}); "
        "the transcript may be partial.",
        base,
        party,
        cid,
    ).weak(doubt)


def _late(view: View, params: Params, start: int, taken: int) -> str | None:
    limit = seconds(params.within)
    took = view.elapsed(start, taken)
    if limit is None or params.within is None or took is None or took <= limit:
        return None
    return f"only after {spoken_secs(took)}, later than {spoken(params.within)}"


def _present_lines(view: View, cid: str, party: str, start: int) -> list[int]:
    """Where the party's units were with the casualty without taking charge: shadowing
    it before the distress, or arriving on scene after it."""
    return [
        e.line
        for e in view.about(cid)
        if view.party(e.speaker) == party
        and (
            (view.verb(e) == "shadows" and e.line <= start)
            or (view.verb(e) == "arrives-on-scene" and e.line >= start)
        )
    ]


def _present(view: View, cid: str, party: str, start: int) -> str | None:
    lines = _present_lines(view, cid, party, start)
    if not lines:
        return None
    ev = view.event(lines[0])
    who = ev.speaker if ev else party
    did = "shadowed" if ev is not None and view.verb(ev) == "shadows" else "arrived on scene"
    return f"{who} {did} ({lines_text(lines)}), which is not handling a distress"
