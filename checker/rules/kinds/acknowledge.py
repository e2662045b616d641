"""acknowledge: a distress message is acknowledged in time.

Why: ITU RR Art. 32 and GMDSS practice. Stations close by acknowledge at once; where
a coast station or RCC may be in range, ships wait a short time so that it answers
first. There is no hard five minutes: the wait depends on the medium and on who
acknowledges. A phone call to an RCC is acknowledged when the RCC answers it. A
visual signal is not a message and is not judged here.

Params:
  within   how long a distress message may wait for its acknowledgement (default 3m)
  by_role  roles whose acknowledgement counts (default: any station)
  media    media of the messages judged (default radio, dsc, satphone, phone)

An acknowledgement is a ``distress.ack`` act (RECEIVED MAYDAY, or a prompt reply of
the called station that shows it heard: a question back, a read-back, an offer), a
``readback`` or a receipt (``ack``) that answers the message, or — for a phone or
satellite-phone call — any reply of the station called.
Outcomes per distress message (``distress.declare``, ``distress.relay``):
``satisfied`` when acknowledged within ``within``; ``violated`` when acknowledged
late, or when other stations evidently heard it (they spoke of the casualty after it)
and none acknowledged in time; ``uncertain`` when nothing follows the message (the
transcript may be partial); ``not-applicable`` when there is no distress message.

PASS::

    16:55 Arcturus -> ALL STATIONS: Mayday relay ... about twenty five persons. Over.
    16:56 Dover Coastguard -> Arcturus: Arcturus, this is Dover Coastguard. Received mayday.

FAIL::

    16:55 Arcturus -> ALL STATIONS: Mayday relay ... about twenty five persons. Over.
    16:58 French warship -> cutter: This dinghy is for the British to deal with. Over.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from datetime import timedelta

from checker.protocol.model import Event
from checker.rules.finding import Finding, lines_text
from checker.rules.params import Duration, KindParams, spoken, spoken_secs
from checker.rules.view import View
from checker.vocabulary import ActKind, Medium, Role

KIND = "acknowledge"
NOTHING = "No distress message by radio or phone: nothing to acknowledge."
MESSAGES: tuple[ActKind, ...] = ("distress.declare", "distress.relay")
CALLS = ("phone", "satphone")
#: The most stations an explanation names before it counts the rest.
NAMES_SHOWN = 10


class Params(KindParams):
    """Parameters of ``acknowledge``."""

    within: Duration = timedelta(minutes=3)
    by_role: tuple[Role, ...] = ()
    media: tuple[Medium, ...] = ("radio", "dsc", "satphone", "phone")


def check(view: View, params: Params) -> Iterator[Finding]:
    """One finding per casualty: its first distress message."""
    done: set[str] = set()
    acks = _Acks(view)
    for e in view.events:
        if e.medium not in params.media or not any(view.acts(e, *MESSAGES)):
            continue
        if view.role(e.speaker) == "rcc":
            continue  # an RCC's own MAYDAY RELAY broadcasts an alert it already holds

        for cid in e.casualties or [""]:
            if cid not in done:
                done.add(cid)
                yield _judge(view, params, e, cid or None, acks)
    signal = next((e.line for e in view.events if view.verb(e) == "signals-distress"), None)
    if not done and signal is not None:
        yield Finding(
            "not-applicable",
            "No radio distress message: the distress was a visual signal.",
            [signal],
        )


def _acknowledges(view: View, params: Params, msg: Event, e: Event) -> bool:
    if e.speaker in (None, msg.speaker) or e.line <= msg.line:
        return False
    if params.by_role and view.role(e.speaker) not in params.by_role:
        return False
    if any(view.acts(e, "distress.ack")):
        return True
    if any(a.kind in ("ack", "readback") and a.answers == msg.line for a in e.acts):
        return True
    return msg.medium in CALLS and e.speaker == msg.addressee and e.kind == "utterance"


class _Acks:
    """The events that may acknowledge a message, indexed once per check: a scan of
    every later event for every casualty's message made the rule quadratic.

    An acknowledgement of ``msg`` is the first later event that passes
    :func:`_acknowledges`; it is one of: an event with a ``distress.ack`` act, one
    whose ``ack`` or ``readback`` answers ``msg``, or (a phone call) an utterance of
    the station called."""

    def __init__(self, view: View) -> None:
        self.distress_acks: list[Event] = []
        self.answering: dict[int, list[Event]] = {}
        self.utterances: dict[str | None, list[Event]] = {}
        for e in view.events:
            if any(view.acts(e, "distress.ack")):
                self.distress_acks.append(e)
            for line in dict.fromkeys(
                a.answers for a in e.acts if a.kind in ("ack", "readback") and a.answers
            ):
                self.answering.setdefault(line, []).append(e)
            if e.kind == "utterance":
                self.utterances.setdefault(e.speaker, []).append(e)

    def first(self, view: View, params: Params, msg: Event) -> Event | None:
        """The first acknowledgement of ``msg``, or None."""
        groups = [self.distress_acks, self.answering.get(msg.line, [])]
        if msg.medium in CALLS:
            groups.append(self.utterances.get(msg.addressee, []))
        found: list[Event] = []
        for events in groups:
            at = bisect.bisect_right(events, msg.line, key=lambda e: e.line)
            ok = (e for e in events[at:] if _acknowledges(view, params, msg, e))
            found.extend(itertools.islice(ok, 1))
        return min(found, key=lambda e: e.line) if found else None


def _judge(view: View, params: Params, msg: Event, cid: str | None, acks: _Acks) -> Finding:
    limit = params.within.total_seconds()
    ack = acks.first(view, params, msg)
    conf = min((a.confidence for a in view.acts(msg, *MESSAGES)), default=1.0)
    if ack is not None:
        took = view.elapsed(msg.line, ack.line)
        evidence = [msg.line, ack.line]
        who, party = ack.speaker, view.party(ack.speaker)
        if took is not None and took > limit:
            return Finding(
                "violated",
                f"The distress message ({lines_text([msg.line])}) was acknowledged by {who} only "
                f"after {spoken_secs(took)}, later than {spoken(params.within)}.",
                evidence,
                party,
                cid,
                who,
                conf,
            )
        return Finding(
            "satisfied",
            f"The distress message ({lines_text([msg.line])}) was acknowledged by {who} "
            f"({lines_text([ack.line])}).",
            evidence,
            party,
            cid,
            who,
            conf,
        )
    heard = [
        e
        for e in (view.about(cid) if cid is not None else view.events)
        if e.line > msg.line
        and e.kind == "utterance"
        and e.speaker not in (None, msg.speaker)
        and (cid is None or cid in e.casualties)
    ]
    at, last = view.seconds(msg.line), view.last_time()
    if heard and at is not None and last is not None and last - at > limit:
        speakers = list(dict.fromkeys(str(e.speaker) for e in heard))
        names = ", ".join(speakers[:NAMES_SHOWN])
        if len(speakers) > NAMES_SHOWN:
            names += f" and {len(speakers) - NAMES_SHOWN:,} other stations"
        parties = {view.party(e.speaker) for e in heard}
        return Finding(
            "violated",
            f"Nobody acknowledged the distress message ({lines_text([msg.line])}) within "
            f"{spoken(params.within)}, though {names} spoke of it after "
            f"({lines_text([e.line for e in heard])}).",
            [msg.line, *(e.line for e in heard)],
            parties.pop() if len(parties) == 1 else None,
            cid,
            None,
            conf,
        )
    return Finding(
        "uncertain",
        f"No acknowledgement of the distress message ({lines_text([msg.line])}) is recorded; "
        "the transcript may be partial.",
        [msg.line],
        None,
        cid,
        None,
        conf,
    )
