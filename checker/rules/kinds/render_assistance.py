"""render-assistance: every vessel that knew of persons in distress and could help
proceeds to help, or says it is unable and informs the SAR service.

Why: UNCLOS art. 98(1) and SOLAS V/33 — the duty of every master, on information
from any source, regardless of the nationality or status of the persons. State
vessels are exempt from SOLAS V (V/1.1) but bound by UNCLOS 98 and custom. The duty
does not depend on whose zone it is: "that is for the other side" is not "unable".

Params: none.

A vessel knew when it was on scene (shadowing or escorting) at the distress, or
spoke or was spoken to about the casualty after it. It helped when it took charge on
the rescue ledger, or recovered, towed, proceeded or arrived on scene, or offered
assistance. Outcomes per vessel and casualty: ``satisfied`` when it helped, or said
it was unable and told an RCC; ``violated`` when it declined the case or redirected
it, or said it was unable without informing the SAR service; ``uncertain`` when it
did not help and the transcript does not say whether it was able.

PASS::

    06:33 * DINGHY signals distress
    06:55 * RANGER recovers 58 persons from DINGHY

FAIL::

    16:55 Arcturus -> ALL STATIONS: Mayday relay ... a small dinghy, persons in the water.
    16:59 cutter -> French warship: Negative, that is for the French to deal with. Out.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.rules.finding import Finding, lines_text
from checker.rules.params import KindParams
from checker.rules.view import View
from checker.vocabulary import ActKind, NarrationVerb

KIND = "render-assistance"
NOTHING = "No vessel is recorded knowing of persons in distress."
HELPING_VERBS: tuple[NarrationVerb, ...] = (
    "recovers",
    "takes-in-tow",
    "proceeds",
    "arrives-on-scene",
)
HELPING_ACTS: tuple[ActKind, ...] = ("assistance.offer", "report.rescued")
REFUSING: tuple[ActKind, ...] = ("coordination.decline", "coordination.redirect")
ON_SCENE: tuple[NarrationVerb, ...] = ("shadows", "escorts")
VESSELS = ("vessel", "aircraft")


class Params(KindParams):
    """``render-assistance`` has no parameters."""


def check(view: View, params: Params) -> Iterator[Finding]:
    """One finding per vessel that knew, per casualty."""
    for cas in view.casualties:
        start = view.distress_line(cas.id)
        if start is None:
            continue
        knew: dict[str, list[int]] = {}
        for e in view.about(cas.id):
            for sid in (e.speaker, e.addressee):
                if view.role(sid) not in VESSELS or sid == cas.id or sid is None:
                    continue
                on_scene = view.verb(e) in ON_SCENE and e.line <= start
                if e.line >= start or on_scene:
                    knew.setdefault(sid, []).append(e.line)
        for sid, lines in knew.items():
            yield _judge(view, cas.id, sid, sorted({*lines[:1], start}), start)


def _judge(view: View, cid: str, sid: str, knew: list[int], start: int) -> Finding:
    party = view.party(sid)
    own = view.about_by(cid, sid)
    spans = [s for s in view.ledger(cid, "rescue") if s.station == sid and s.party]
    helped = [
        e.line for e in own if view.verb(e) in HELPING_VERBS or any(view.acts(e, *HELPING_ACTS))
    ]
    if helped or spans:
        lines = helped or spans[0].evidence
        conf = spans[0].confidence if spans and not helped else 1.0
        rescued = _rescued(view, cid, sid)
        did = f"rescued {rescued} persons" if rescued else "proceeded to help"
        return Finding(
            "satisfied",
            f"{sid} knew of the distress and {did} ({lines_text(lines)}).",
            sorted({start, *lines[:1], *lines[-1:]}),
            party,
            cid,
            sid,
            conf,
        )
    refused = [e for e in own if e.line >= start and any(view.own_acts(e, *REFUSING))]
    if refused:
        e = refused[0]
        return Finding(
            "violated",
            f"{sid} knew of the distress and said it was for someone else to deal with "
            f"({lines_text([e.line])}); whose zone it is does not lift the duty to assist.",
            sorted({*knew, e.line}),
            party,
            cid,
            sid,
            min(a.confidence for a in view.own_acts(e, *REFUSING)),
        )
    unable = [e for e in own if any(view.acts(e, "assistance.unable"))]
    if unable:
        told = [e.line for e in own if view.role(e.addressee) == "rcc" and e.line >= unable[0].line]
        if told:
            return Finding(
                "satisfied",
                f"{sid} said it was unable to help ({lines_text([unable[0].line])}) "
                f"and informed the SAR service ({lines_text(told[:1])}).",
                sorted({*knew, unable[0].line, told[0]}),
                party,
                cid,
                sid,
            )
        return Finding(
            "violated",
            f"{sid} said it was unable to help ({lines_text([unable[0].line])}) "
            "but did not inform the SAR service.",
            sorted({*knew, unable[0].line}),
            party,
            cid,
            sid,
        )
    return Finding(
        "uncertain",
        f"{sid} knew of the distress ({lines_text(knew)}) and did not rescue; whether it was "
        "able is not in the transcript.",
        knew,
        party,
        cid,
        sid,
    )


def _rescued(view: View, cid: str, sid: str) -> int:
    return sum(
        e.narration.count or 0
        for e in view.about_by(cid, sid)
        if e.narration and e.narration.verb == "recovers"
    )
