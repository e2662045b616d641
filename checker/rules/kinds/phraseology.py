"""phraseology: radio procedure that any listener can check.

Why: IMO SMCP (A.918(22)) and ITU RR Art. 32-33. A call-up that does not say "this
is" leaves the record without a caller; a MAYDAY message without a position, the
nature of the distress or the number of persons sends rescuers out blind; "over and
out" is a contradiction, and "roger" means "received", never "agreed" — reading it as
agreement is how responsibility gets assumed to have passed when it has not.

Params:
  checks  which checks run, any of:
          ``caller-identified``  every call-up names its caller ("this is ..."),
                                 but a reply to the station that spoke to it just
                                 before (within 5 min) may open with that station's
                                 name alone: contact is made (SMCP's abbreviated
                                 procedure)
          ``mayday-content``     a MAYDAY message gives position, nature and persons
          ``procedure-words``    no "over and out"; "roger" is never the only reply to
                                 a question, request, offer or handover
  media   media the checks apply to (default radio: a phone call is not a MAYDAY)

Outcomes per offending utterance (``violated``, the speaker's party); when every
utterance checked is in order, one ``satisfied`` verdict; ``not-applicable`` when
there is nothing to check (no call-up, no MAYDAY).

PASS::

    06:40 French warship -> Ranger: Ranger, this is French warship. What are your intentions? Over.

FAIL::

    06:40 French warship -> Ranger: Ranger, Ranger. What are your intentions? Over and out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Literal

from checker.protocol.model import Event
from checker.rules.finding import Finding, aggregate, lines_text
from checker.rules.params import KindParams
from checker.rules.view import View
from checker.vocabulary import ActKind, Medium

KIND = "phraseology"
NOTHING = "Nothing for this procedure rule to check."
Check = Literal["caller-identified", "mayday-content", "procedure-words"]
ASKING: tuple[ActKind, ...] = (
    "question",
    "question.intentions",
    "request",
    "permission.request",
    "coordination.handover",
    "instruction",
    "task",
    "assistance.offer",
)
OVER_AND_OUT = re.compile(r"\bover\s+and\s+out\b", re.IGNORECASE)
ROGER = re.compile(r"\broger\b", re.IGNORECASE)
MAYDAY = re.compile(r"\bmay\s*day\b", re.IGNORECASE)  # recognisers write "may day"
PROWORDS = re.compile(r"\b(over|out)\b\W*$", re.IGNORECASE)


class Params(KindParams):
    """Parameters of ``phraseology``."""

    checks: tuple[Check, ...] = ("caller-identified", "mayday-content", "procedure-words")
    media: tuple[Medium, ...] = ("radio",)


def check(view: View, params: Params) -> Iterator[Finding]:
    """One finding per offending utterance, or one for the transcript."""
    spoken = [e for e in view.events if e.kind == "utterance" and e.medium in params.media]
    items: list[Finding] = []
    for k, e in enumerate(spoken):
        if "caller-identified" in params.checks:
            found = _caller(view, e)
            if _under_way(spoken[k - 1] if k else None, e):
                found = [f for f in found if f.outcome != "violated"]
            items += found
        if "mayday-content" in params.checks:
            items += _mayday(view, e)
        if "procedure-words" in params.checks:
            items += _words(view, e)
    every = "Every utterance checked is in order (" + ", ".join(params.checks) + ")."
    if params.checks == ("procedure-words",):
        ends = sorted({m[1].upper() for e in spoken if (m := PROWORDS.search(e.text or ""))})
        every = "Standard procedure words" + (f": {', '.join(ends)}." if ends else ".")
    yield from aggregate(items, _nothing(params), every)


def _nothing(params: Params) -> str:
    if params.checks == ("mayday-content",):
        return "No MAYDAY message."
    if params.checks == ("caller-identified",):
        return "No call-up."
    return NOTHING


def _caller(view: View, e: Event) -> list[Finding]:
    calls = list(view.acts(e, "call"))
    if not calls and not _opens_with_callee(view, e):
        return []
    # The caller may be named by a call-up or by a MAYDAY / MAYDAY RELAY head.
    caller = next((str(a.slots["caller"]) for a in e.acts if a.slots.get("caller")), None)
    if caller:
        name = e.speaker_name or caller
        return [Finding("satisfied", f"The call-up says 'this is {name}'.", [e.line])]
    abbreviated = _callee_then_caller(view, e)
    if abbreviated:
        return [
            Finding(
                "satisfied",
                f"The call-up names the station called, then the caller ('{abbreviated}'), "
                "the abbreviated form once contact is made.",
                [e.line],
            )
        ]
    return [
        Finding(
            "violated",
            f"The call-up ({lines_text([e.line])}) does not say who is calling.",
            [e.line],
            view.party(e.speaker),
            None,
            e.speaker,
            min((a.confidence for a in calls), default=1.0),
        )
    ]


#: How long after the other station last spoke to it a station may answer by name
#: alone: the exchange is still under way.
UNDER_WAY = timedelta(minutes=5)


def _under_way(before: Event | None, e: Event) -> bool:
    """Whether ``e`` answers the utterance just before it, which its addressee said to
    its speaker: contact is made, and SMCP's abbreviated procedure lets a reply open
    with the other station's name alone ("Chef, j'ai suivi l'opération …")."""
    if before is None or e.speaker is None or e.addressee is None:
        return False
    if (before.speaker, before.addressee) != (e.addressee, e.speaker):
        return False
    return before.time is None or e.time is None or e.time - before.time <= UNDER_WAY


def _names(view: View, station_id: str | None) -> list[str]:
    st = view.station(station_id)
    return [n.casefold() for n in (st.id, *st.aliases) if n] if st else []


def _callee_then_caller(view: View, e: Event) -> str | None:
    """ "Arcturus, Dover Coastguard, roger ...": the callee's name, then the speaker's."""
    text = (e.text or "").casefold().lstrip()
    for callee in _names(view, e.addressee):
        m = re.match(rf"{re.escape(callee)}\b[\s,.;:]*", text)
        if not m:
            continue
        rest = text[m.end() :]
        for caller in _names(view, e.speaker):
            if re.match(rf"(?:this is\s+)?{re.escape(caller)}\b", rest):
                return f"{text[: m.end()].strip(' ,.;:')}, {caller}"
    return None


def _opens_with_callee(view: View, e: Event) -> bool:
    """A call-up the classifier gave no ``call`` act ("Flamant, Flamant. What is...?"):
    the utterance opens with a name of the station it is addressed to."""
    st = view.station(e.addressee)
    text = (e.text or "").casefold().lstrip()
    names = [n.casefold() for n in (st.id, *st.aliases)] if st else []
    return any(re.match(rf"{re.escape(n)}\b", text) for n in names if n)


def _mayday(view: View, e: Event) -> list[Finding]:
    acts = list(view.acts(e, "distress.declare", "distress.relay"))
    if not acts or not MAYDAY.search(e.text or ""):
        return []
    slots = {k for a in acts for k, v in a.slots.items() if v not in (None, "", [])}
    need = (
        ("position", "persons")
        if acts[0].kind == "distress.relay"
        else ("position", "nature", "persons")
    )
    missing = [k for k in need if k not in slots]
    cas = e.casualties[0] if e.casualties else None
    conf = min(a.confidence for a in acts)
    if missing:
        return [
            Finding(
                "violated",
                f"The MAYDAY message ({lines_text([e.line])}) does not give its "
                + " or ".join(missing)
                + ".",
                [e.line],
                view.party(e.speaker),
                cas,
                e.speaker,
                conf,
            )
        ]
    return [
        Finding(
            "satisfied",
            f"The MAYDAY message ({lines_text([e.line])}) gives " + ", ".join(need) + ".",
            [e.line],
            None,
            cas,
            e.speaker,
            conf,
        )
    ]


def _words(view: View, e: Event) -> list[Finding]:
    text = e.text or ""
    party = view.party(e.speaker)
    if OVER_AND_OUT.search(text):
        return [
            Finding(
                "violated",
                f"'Over and out' ({lines_text([e.line])}): 'over' asks for "
                "a reply and 'out' ends the exchange; say one.",
                [e.line],
                party,
                None,
                e.speaker,
            )
        ]
    replied = [view.event(a.answers) for a in e.acts if a.answers is not None]
    asked = any(q is not None and any(view.acts(q, *ASKING)) for q in replied)
    # "Roger" fails only when it is the whole reply: "roger, proceed and report on
    # scene" answers an offer with a direction, which is more than receipt.
    content = [
        a
        for a in e.acts
        if a.kind not in ("call", "ack", "thanks", "unclassified")
        and not a.kind.startswith("procedure.")
    ]
    if ROGER.search(text) and asked and not content:
        return [
            Finding(
                "violated",
                f"'Roger' ({lines_text([e.line])}) is the only reply to a "
                "question or request: it means 'received', not agreement.",
                [e.line],
                party,
                None,
                e.speaker,
            )
        ]
    return [Finding("satisfied", "Standard procedure words.", [e.line])]
