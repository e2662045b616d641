"""landing-state: persons recovered in a zone are landed in the zone's party.

Why: the UK-France arrangement as reported in the press (2025): persons taken in
French waters go back to France. It rests on press reports of an unpublished
protocol, and every explanation says so. A landing rule is never excused by the duty
to render assistance: by the time of landing the danger is over, and the port is a
choice.

Params:
  zones  zone ids (default: every territorial sea of the world)

Outcomes per casualty: ``satisfied`` when the persons recovered in a zone were
landed in a port of the zone's party; ``violated`` when landed in another party's
port (the explanation says whether that port is a place of safety and whether the
zone's party named a port of its own); ``uncertain`` when the recovery position is
near a border or stale (the casualty was escorted or towed after it), or the
landing is not in the transcript; ``not-applicable`` when no
one was recovered in such a zone.

PASS::

    10:35 * BOAT is 0.5 nm inside UK waters
    10:40 * TYPHOON recovers 60 persons from BOAT
    12:05 * TYPHOON lands 60 persons at Dover

FAIL::

    06:31 * DINGHY stops 0.8 nm inside French waters
    06:55 * RANGER recovers 58 persons from DINGHY
    08:10 * RANGER lands 58 persons at Dover
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.protocol.model import Event
from checker.rules.finding import Finding, lines_text
from checker.rules.params import KindParams
from checker.rules.view import View

KIND = "landing-state"
NOTHING = "Nobody was recovered in a zone this rule covers."
EXCUSABLE = False


class Params(KindParams):
    """Parameters of ``landing-state``."""

    zones: tuple[str, ...] = ()


def check(view: View, params: Params) -> Iterator[Finding]:
    """One finding per casualty recovered in a covered zone."""
    for cas in view.casualties:
        events = view.about(cas.id)
        rec = next((e for e in events if view.verb(e) == "recovers"), None)
        if rec is None:
            continue
        zone = next(
            (
                z
                for z in view.zones_at(cas.id, rec.line)
                if (info := view.zone(z))
                and info.party
                and (z in params.zones if params.zones else info.kind == "territorial-sea")
            ),
            None,
        )
        if zone is None:
            continue
        land = next((e for e in events if view.verb(e) == "lands" and e.line > rec.line), None)
        yield _judge(view, cas.id, zone, rec, land)


def _judge(view: View, cid: str, zid: str, rec: Event, land: Event | None) -> Finding:
    info = view.zone(zid)
    owner = info.party if info else None
    placed = view.placed_at(cid, rec.line) or rec.line
    doubt = view.zone_doubt(cid, rec.line, zid)
    moved = view.moved(cid, rec.line)
    if doubt is None and moved is not None:
        doubt = f"the casualty was under way ({lines_text([moved])}) after its last position"
    where = f"Recovered in {zid} ({lines_text([rec.line])})"
    if land is None:
        return Finding(
            "uncertain",
            f"{where}; the landing is not in the transcript, which may be partial.",
            sorted({placed, rec.line}),
            owner,
            cid,
            rec.speaker,
        ).weak(doubt)
    port_name = land.narration.port if land.narration else None
    port = view.context.port(port_name) if port_name else None
    unit = land.speaker
    evidence = sorted({placed, rec.line, land.line})
    if port is None:
        return Finding(
            "uncertain",
            f"{where}, landed at {port_name or 'a port'} ({lines_text([land.line])}), "
            "whose state the rule set does not know.",
            evidence,
            view.party(unit),
            cid,
            unit,
        ).weak(doubt)
    if port.party == owner:
        return Finding(
            "satisfied",
            f"{where}, landed at {port.name} ({port.party}, {lines_text([land.line])}).",
            evidence,
            view.party(unit),
            cid,
            unit,
        ).weak(doubt)
    safety = "is" if port.place_of_safety else "is not"
    named = _named(view, cid, owner)
    offered = f"{view.name(owner)} named {named}" if named else f"{view.name(owner)} named no port"
    return Finding(
        "violated",
        f"{where}, landed at {port.name} ({lines_text([land.line])}), a port of "
        f"{view.name(port.party)}, not {view.name(owner)}. {port.name} {safety} a place of "
        f"safety and {offered}.",
        evidence,
        view.party(unit),
        cid,
        unit,
    ).weak(doubt)


def _named(view: View, cid: str, owner: str | None) -> str | None:
    """A port of the zone's party its stations offered for the landing, if any."""
    for e in view.about(cid):
        if view.party(e.speaker) != owner:
            continue
        for act in view.acts(e, "report.landing"):
            port = view.context.port(str(act.slots.get("port", "")))
            if port is not None and port.party == owner:
                return port.name
    return None
