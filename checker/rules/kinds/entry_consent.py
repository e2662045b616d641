"""entry-consent: a state unit acts in another party's territorial sea only with its
consent or a handover.

Why: the territorial sea is sovereignty, not just a search-and-rescue region (UNCLOS
2, 18(2)); the SAR Convention (3.1.2-3.1.4) lets a party's rescue units enter another
party's territorial sea with its authorisation. The Channel practice reported for
Operation Windspire (2024) is that UK vessels rescue in French waters with French
consent. Usually ``excused_by = ["SR01"]``: a unit that rescues persons in distress
while the coastal state's units do not act is excused, and the excuse is named.

Params:
  zones      territorial-sea zone ids (default: every territorial sea of the world)

A unit acts when it recovers, tows, escorts or arrives on scene while the casualty
is in the zone. Consent is a rescue-ledger interval ``consented``, ``handed-over``
or ``tasked`` by the zone's party, or a ``permission.grant`` from one of its stations.
A reply without objection (acquiescence) is noted, not counted as consent.
Outcomes per unit and casualty: ``satisfied`` (consent or handover), ``violated``,
``uncertain`` when the position is near the border; ``not-applicable`` when no unit
acted in another party's territorial sea.

PASS::

    12:30 Valiant -> Athos: Would you mind if we launch our boat and escort it? Over.
    12:31 Athos -> Valiant: We give you legality to do this, no problem. Over.
    12:50 * VALIANT escorts BOAT                        # in French waters

FAIL::

    06:55 * RANGER recovers 58 persons from DINGHY      # in French waters, no consent
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.protocol.model import Event, ResponsibilitySpan
from checker.rules.finding import ExcuseFacts, Finding, lines_text
from checker.rules.params import KindParams
from checker.rules.view import RESCUE_VERBS, View
from checker.vocabulary import TAKING_CHARGE

KIND = "entry-consent"
NOTHING = "No state unit acted in another party's territorial sea."
CONSENT = ("consented", "handed-over", "tasked")
#: How the consent was given, as a noun after the party's name ("France's tasking").
_NOUNS = {"consented": "consent", "handed-over": "handover", "tasked": "tasking"}


class Params(KindParams):
    """Parameters of ``entry-consent``."""

    zones: tuple[str, ...] = ()


def _seas(view: View, params: Params, zones: list[str]) -> list[str]:
    return [
        z
        for z in zones
        if (info := view.zone(z))
        and info.party
        and (z in params.zones if params.zones else info.kind == "territorial-sea")
    ]


def check(view: View, params: Params) -> Iterator[Finding]:
    """One finding per unit that acted in another party's territorial sea."""
    for cas in view.casualties:
        done: set[str] = set()
        for e in view.about(cas.id):
            unit = e.speaker
            if view.verb(e) not in TAKING_CHARGE or unit in done or not view.state_unit(unit):
                continue
            for zid in _seas(view, params, view.zones_at(cas.id, e.line)):
                zone = view.zone(zid)
                if zone and zone.party != view.party(unit):
                    done.add(str(unit))
                    yield _judge(view, cas.id, str(unit), zid, str(zone.party), e)
                    break


def _given_by(view: View, span: ResponsibilitySpan, owner: str) -> bool:
    """Whether the zone's party gave the interval: its station tasked the unit or
    handed it the casualty (a unit tasked by its own state's centre into another's
    waters has no consent of that state); a consent is the zone's party's by the
    ledger's construction."""
    if span.how == "consented":
        return True
    # (the evidence may open with the unit's own offer, then the centre's taking it up)
    return any(
        (said := view.event(n)) is not None and view.party(said.speaker) == owner
        for n in span.evidence
    )


def _judge(view: View, cid: str, unit: str, zid: str, owner: str, act: Event) -> Finding:
    party = view.party(unit)
    placed = view.placed_at(cid, act.line) or act.line
    doubt = view.zone_doubt(cid, act.line, zid)
    # the unit's intervals begun by then; consent once given holds after its interval
    # ends (a helicopter tasked by France, then a French boat tasked beside it, still
    # searches with consent), a tacit reply only while it lasts
    given = [s for s in view.ledger(cid, "rescue") if s.station == unit and s.from_line <= act.line]
    spans = [s for s in given if (s.to_line or act.line) >= act.line]
    consent = next((s for s in given if s.how in CONSENT and _given_by(view, s, owner)), None)
    grant = next(
        (
            e
            for e in view.about(cid)
            if e.line < act.line
            and view.party(e.speaker) == owner
            and e.addressee == unit
            and any(view.acts(e, "permission.grant"))
        ),
        None,
    )
    if consent is not None or grant is not None:
        lines = consent.evidence if consent else [grant.line] if grant else []
        how = consent.how if consent else "consented"
        return Finding(
            "satisfied",
            f"{unit} acted in {zid} ({lines_text([act.line])}) with {view.name(owner)}'s "
            f"{_NOUNS.get(how, how)} ({lines_text(lines)}).",
            sorted({placed, *lines, act.line}),
            party,
            cid,
            unit,
            consent.confidence if consent else 1.0,
        ).weak(doubt)
    tacit = next((s for s in spans if s.how == "acquiesced"), None)
    note = None
    lines = [placed, act.line]
    if tacit is not None:
        reply = [n for n in tacit.evidence if view.party((view.event(n) or act).speaker) == owner]
        said = view.event(reply[-1]) if reply else None
        who = said.speaker if said else owner
        word = "thanks" if said and any(view.acts(said, "thanks")) else "reply"
        note = f"{who}'s {word} ({lines_text(reply[-1:])}) is noted as non-objection"
        lines += tacit.evidence
    distress = view.distress_line(cid)
    mine = [e.verb for e in (x.narration for x in view.about_by(cid, unit)) if e]
    return Finding(
        "violated",
        f"{unit} acted in {zid} ({lines_text([act.line])}) without {view.name(owner)}'s "
        "consent or a handover" + (f"; {note}." if note else "."),
        sorted(set(lines)),
        party,
        cid,
        unit,
        1.0,  # the act is observed; a tacit reply only adds a note
        excuse=ExcuseFacts(
            distress=distress is not None and distress <= act.line,
            zone_party=owner,
            zone_party_acted=_acted(view, cid, owner, act.line),
            rescue_only=all(v in RESCUE_VERBS or v == "escorts" for v in mine),
            note=note,
            lines=tuple(tacit.evidence if tacit else ()),
        ),
    ).weak(doubt)


def _acted(view: View, cid: str, owner: str, before: int) -> bool:
    """Whether the zone's party took charge of the casualty before the unit acted."""
    if any(
        s.party == owner and s.how != "none" and s.from_line <= before
        for s in view.ledger(cid, "rescue")
    ):
        return True
    return any(
        view.verb(e) in TAKING_CHARGE and view.party(e.speaker) == owner
        for e in view.about(cid)
        if e.line <= before
    )
