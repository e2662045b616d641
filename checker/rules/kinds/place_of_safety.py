"""place-of-safety: a rescue ends with landing at a place of safety; the case is not
closed before it.

Why: the SAR Convention defines rescue as retrieving persons and delivering them to
a place of safety (1.3.2); MSC.167(78) 6.12-6.17. A case closed while the persons
were neither recovered nor landed is the pattern of the 3 November 2021 case. A
search suspended because it is exhausted is not such a closure. Never excused.

Params: none.

Outcomes per casualty: ``satisfied`` when landed at a port that is a place of safety;
``violated`` when landed at a port that is not one, or when the case was closed
before every recovered person was landed, or before anyone was recovered (ending the
search, or distress traffic with SEELONCE FEENEE, counts as closing it only before
anyone was recovered);
``uncertain`` when persons were recovered and the landing is not in the transcript;
``not-applicable`` when there was no rescue and no closure (or only a suspended
search), or when nobody was recovered and the casualty itself cancelled its distress or
declined the help before the case was closed (a false alert, a craft that got itself
out of trouble).

PASS::

    06:55 * RANGER recovers 58 persons from DINGHY
    08:10 * RANGER lands 58 persons at Dover

FAIL::

    16:55 Arcturus -> ALL STATIONS: Mayday relay ... a small dinghy, persons in the water.
    20:23 Dover Coastguard -> cutter: No further information on the dinghy. Case closed. Out.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from checker.protocol.model import Event
from checker.rules.finding import Finding, lines_text
from checker.rules.params import KindParams
from checker.rules.view import View
from checker.vocabulary import ActKind

KIND = "place-of-safety"
NOTHING = "No rescue and no closure in the transcript."
EXCUSABLE = False
CLOSING: tuple[ActKind, ...] = ("case.close", "search.terminate", "distress.end")
#: What closes the case once persons were recovered: not the end of distress traffic
#: (SEELONCE FEENEE once the person is recovered alive ends the distress, while the
#: unit brings him in), nor the end of the search.
AFTER_RECOVERY: tuple[ActKind, ...] = ("case.close",)


class Params(KindParams):
    """``place-of-safety`` has no parameters."""


def _closure(view: View, events: Sequence[Event], rec: Sequence[Event]) -> Event | None:
    """The first event that closes the case. A search ended once persons were recovered
    ends the search, not the rescue ("fin des recherches, la personne a été récupérée
    par la SNSM", while the lifeboat brings her in), and so does the end of distress
    traffic (SEELONCE FEENEE): only a closure counts then."""
    for e in events:
        if view.verb(e) == "closes-case":
            return e
        kinds = CLOSING if not rec or e.line < rec[0].line else AFTER_RECOVERY
        if any(view.acts(e, *kinds)):
            return e
    return None


def check(view: View, params: Params) -> Iterator[Finding]:
    """One finding per casualty that was rescued or whose case was closed."""
    for cas in view.casualties:
        events = view.about(cas.id)
        rec = [e for e in events if view.verb(e) == "recovers"]
        land = [e for e in events if view.verb(e) == "lands"]
        closed = _closure(view, events, rec)
        stood_down = _stood_down(view, cas.id, events, closed) if not rec and not land else None
        if closed is not None and stood_down is not None:
            yield Finding(
                "not-applicable",
                f"{cas.id} {stood_down[1]} ({lines_text([stood_down[0].line])}) before "
                f"{closed.speaker} closed the case ({lines_text([closed.line])}): no rescue "
                "was needed.",
                [stood_down[0].line, closed.line],
                view.party(closed.speaker),
                cas.id,
                closed.speaker,
            )
        elif closed is not None and (not land or closed.line < land[0].line):
            who = closed.speaker
            what = "before anyone was recovered" if not rec else "before the persons were landed"
            yield Finding(
                "violated",
                f"{who} closed the case ({lines_text([closed.line])}) {what}.",
                sorted({*(e.line for e in events[:1]), *(e.line for e in rec[:1]), closed.line}),
                view.party(who),
                cas.id,
                who,
                min((a.confidence for a in view.acts(closed, *CLOSING)), default=1.0),
            )
        elif land:
            yield _landed(view, cas.id, land[-1])
        elif rec:
            yield Finding(
                "uncertain",
                f"{rec[0].speaker} recovered persons ({lines_text([rec[0].line])}); "
                "their landing is not in the transcript, which may be partial.",
                [rec[0].line],
                view.party(rec[0].speaker),
                cas.id,
                rec[0].speaker,
            )


def _stood_down(
    view: View, cid: str, events: Sequence[Event], closed: Event | None
) -> tuple[Event, str] | None:
    """The casualty's own word that it needs no rescue, said after its last call for
    help and before the case was closed: its distress cancelled ("my son pressed the
    red button by accident, please cancel the alarm") or the help declined ("no thanks,
    we're fine, we'll go back on our own"). A false alert or a craft that gets itself
    out of trouble is closed without anyone recovered, rightly."""
    if closed is None:
        return None
    last: tuple[Event, str] | None = None
    for e in events:
        if e.line >= closed.line:
            break
        if any(view.acts(e, *_ASKING_HELP)):
            last = None  # asked again: the earlier word no longer holds
        if e.speaker != cid:
            continue
        if any(view.acts(e, "distress.cancel")):
            last = (e, "cancelled its distress")
        elif any(view.acts(e, "assistance.decline")):
            last = (e, "declined the help offered")
    return last


#: What says the casualty still needs help.
_ASKING_HELP: tuple[ActKind, ...] = ("distress.declare", "distress.relay", "request.assistance")


def _landed(view: View, cid: str, land: Event) -> Finding:
    name = land.narration.port if land.narration else None
    port = view.context.port(name) if name else None
    unit, party = land.speaker, view.party(land.speaker)
    if port is None:
        return Finding(
            "uncertain",
            f"Landed at {name or 'an unnamed port'} ({lines_text([land.line])}), "
            "which the rule set does not know as a place of safety.",
            [land.line],
            party,
            cid,
            unit,
        )
    if port.place_of_safety:
        return Finding(
            "satisfied",
            f"Landed at {port.name}, a place of safety ({lines_text([land.line])}).",
            [land.line],
            party,
            cid,
            unit,
        )
    return Finding(
        "violated",
        f"Landed at {port.name} ({lines_text([land.line])}), which the rule set "
        "says is not a place of safety.",
        [land.line],
        party,
        cid,
        unit,
    )
