"""first-contact: the first RCC alerted keeps coordination until another RCC
explicitly accepts it.

Why: MSC.167(78) 6.7 and IAMSAR Vol. II: the RCC first contacted starts the transfer
at once but keeps co-ordinating until the responsible RCC has accepted. Telling the
caller to ring the other coastguard is a redirect, not a handover; an offer nobody
accepted leaves the case where it was.

Params:
  within  optional time within which an offer of handover must be accepted; without
          it, an offer still unaccepted at the end of the transcript is ``uncertain``

Outcomes, for the party of the first RCC alerted: ``violated`` when, while the
casualty was in distress and before another RCC accepted (a unit that says it is in
charge is no RCC) or the RCC closed the case, that RCC redirected the caller, declined
the case, or offered a handover that was not accepted within ``within``;
``satisfied`` when it kept the case until an explicit acceptance (or to the end);
``not-applicable`` when no RCC was alerted in the transcript.

PASS::

    01:10 BOAT -> Dover Coastguard (phone): Help, the boat is sinking.
    01:11 Dover Coastguard -> BOAT (phone): This is Dover Coastguard. What is your position?

FAIL::

    01:10 BOAT -> Dover Coastguard (phone): Help, the boat is sinking.
    01:14 Dover Coastguard -> BOAT (phone): You are in French waters. Call the French coastguard.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.protocol.model import ResponsibilitySpan
from checker.rules.finding import Finding, lines_text
from checker.rules.kinds._temporal import overdue
from checker.rules.params import Duration, KindParams, spoken
from checker.rules.view import View
from checker.vocabulary import ActKind

KIND = "first-contact"
NOTHING = "No RCC was alerted in the transcript."
DROPPING: tuple[ActKind, ...] = ("coordination.redirect", "coordination.decline")


#: Roles of the stations a centre can hand its case to (an RCC, or a station whose
#: role the transcript does not say).
_TAKERS: frozenset[str | None] = frozenset({"rcc", "shore", None})


class Params(KindParams):
    """Parameters of ``first-contact``."""

    within: Duration | None = None


def check(view: View, params: Params) -> Iterator[Finding]:
    """One finding per casualty that reached an RCC."""
    for cas in view.casualties:
        ledger = view.ledger(cas.id, "coordination")
        first = next((s for s in ledger if s.how == "first-contact"), None)
        if first is not None:
            yield _judge(view, params, cas.id, first)


def _judge(view: View, params: Params, cid: str, first: ResponsibilitySpan) -> Finding:
    rcc, party = first.station, first.party
    end = _taken_at(view, cid, first)
    distress = view.distress_line(cid)
    held = [
        e
        for e in view.about_by(cid, rcc)
        if e.line >= first.from_line and (end is None or e.line < end)
    ]
    for e in held:
        if any(a.kind == "case.close" for a in e.acts):
            break  # the case closed: sending the master to the harbour master drops nothing
        act = next(view.own_acts(e, *DROPPING), None)
        in_distress = distress is not None and distress <= e.line
        if act is not None and in_distress:
            what = "redirected the caller" if act.kind.endswith("redirect") else "declined the case"
            evidence = sorted({first.from_line, e.line})
            return Finding(
                "violated",
                f"{rcc} was the first RCC alerted ({lines_text([first.from_line])}) and "
                f"{what} ({lines_text([e.line])}) instead of keeping coordination until another "
                "RCC accepted it.",
                evidence,
                party,
                cid,
                rcc,
                min(act.confidence, first.confidence),
            )
    # an offer never accepted, when the holder dropped the case at no point
    for e in held:
        offer = next(view.acts(e, "coordination.handover"), None)
        if (
            offer is not None
            # the case offered to a unit ("go get him, he's all yours") sends it, the
            # centre keeps coordination: only another centre can take it over
            and view.role(view.addressee(e)) in _TAKERS
            and distress is not None
            and distress <= e.line
            and end is None
            and not _refused(view, cid, rcc, e.line)
        ):
            return _unaccepted(view, params, cid, first, e.line, offer.confidence)
    evidence = sorted({first.from_line, *([end] if end else [])})
    ledger = view.ledger(cid, "coordination")
    after = next((s for s in ledger if s.from_line == end and s is not first), None)
    if end is None:
        kept = "to the end"
    elif after is not None and after.station == rcc:
        kept = f"and then took it explicitly itself ({lines_text([end])})"
    else:
        kept = f"until another RCC accepted it ({lines_text([end])})"
    return Finding(
        "satisfied",
        f"{rcc}, the first RCC alerted ({lines_text([first.from_line])}), kept coordination "
        f"{kept}.",
        evidence,
        party,
        cid,
        rcc,
        first.confidence,
    )


def _taken_at(view: View, cid: str, first: ResponsibilitySpan) -> int | None:
    """Where another centre (or the first RCC itself) took the case: the end of the
    first-contact interval, passing over intervals of units that said they were in
    charge ("Libyan coast guard is in charge of this operation", said by the patrol
    boat), which are no RCC's acceptance; None when nobody took it."""
    ledger = view.ledger(cid, "coordination")
    end = first.to_line
    while end is not None:
        after = next((s for s in ledger if s.from_line == end and s is not first), None)
        if after is None or after.station == first.station or view.role(after.station) in _TAKERS:
            return end
        end = after.to_line
    return end


def _refused(view: View, cid: str, rcc: str | None, line: int) -> bool:
    """Whether another station rejected the case after the offer at ``line``: the
    offer is over, and the centre that made it still holds the case (its ledger
    interval has not ended), so it kept coordination."""
    return any(
        e.line > line and e.speaker != rcc and next(view.acts(e, "coordination.reject"), None)
        for e in view.about(cid)
    )


def _received_only(view: View, cid: str, rcc: str | None, line: int) -> int | None:
    """The line where the station offered the case only said it heard the offer ("Roger,
    copied"), when it never accepted it later: the offer is on the record as not
    accepted, which a partial transcript does not explain away."""
    offered = view.event(line)
    to = offered.addressee if offered is not None else None
    if to is None or to == rcc:
        return None
    later = [e for e in view.about(cid) if e.line > line and e.speaker == to]
    if any(next(view.acts(e, "coordination.accept", "coordination.assume"), None) for e in later):
        return None
    for e in later:
        kinds = {a.kind for a in e.acts if a.answers == line}
        if kinds and kinds <= {"ack", "thanks", "readback"}:
            return e.line
    return None


def _unaccepted(
    view: View, params: Params, cid: str, first: ResponsibilitySpan, line: int, conf: float
) -> Finding:
    rcc, party = first.station, first.party
    evidence = sorted({first.from_line, line})
    receipt = _received_only(view, cid, rcc, line)
    if receipt is not None:
        return Finding(
            "violated",
            f"{rcc} offered the case to another RCC ({lines_text([line])}), which only "
            f"acknowledged it ({lines_text([receipt])}) and never accepted it.",
            sorted({*evidence, receipt}),
            party,
            cid,
            rcc,
            conf,
        )
    if params.within is not None and overdue(view, line, params.within):
        return Finding(
            "violated",
            f"{rcc} offered the case to another RCC ({lines_text([line])}) and nobody "
            f"accepted it within {spoken(params.within)}.",
            evidence,
            party,
            cid,
            rcc,
            conf,
        )
    return Finding(
        "uncertain",
        f"{rcc} offered the case to another RCC ({lines_text([line])}); no acceptance is "
        "recorded, and the transcript may be partial.",
        evidence,
        party,
        cid,
        rcc,
        conf,
    )
