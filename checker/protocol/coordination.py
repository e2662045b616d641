"""The coordination ledger: who acts as SAR mission co-ordinator (RULES.md).

``none`` until the case is known to sit somewhere; ``by-region`` while nobody has
spoken and the casualty is in a party's search-and-rescue region; ``first-contact``
for the first RCC alerted, which keeps the case until another explicitly accepts it;
``assumed`` when a station takes coordination; ``handed-over`` when the holder's offer
is accepted. A redirect ("call the other coastguard"), a declined case or an
unaccepted offer changes nothing: no handler reads them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from checker.defaults import empty_dict, empty_set
from checker.phraseology.model import SpeechAct, clause_agent, said_words
from checker.protocol.answers import offers_coordination
from checker.protocol.keeper import Keeper, Moment, Offer, each_act
from checker.protocol.ledger import DEFAULTS
from checker.protocol.model import Event
from checker.protocol.states import Tracker
from checker.transcript.model import Narration
from checker.vocabulary import ActKind, NarrationVerb, Role

#: Acts that alert the RCC they are addressed to: it is the first contact.
ALERT_ACTS: frozenset[ActKind] = frozenset({
    "distress.declare", "distress.relay", "request.assistance", "urgency.declare",
    "report.position", "report.persons", "report.status",
})  # fmt: skip
#: Acts by which an RCC that speaks shows it has the alert: it relays it, or sends a unit.
RELAYS_ALERT: frozenset[ActKind] = frozenset({"distress.relay", "task"})
#: Acts by which an RCC that speaks may be answering an alert (when they answer one).
ANSWERS_ALERT: frozenset[ActKind] = frozenset({"distress.ack", "ack", "question"})
#: Roles that take coordination by saying so (an aircraft is only ever on scene).
COORDINATING_ROLES: tuple[Role | None, ...] = ("rcc", "shore", None, "vessel")


@dataclass
class CoordinationKeeper(Keeper):
    """Keeps the coordination ledger of every casualty, one event at a time."""

    #: offers of coordination, by (casualty, station offered to)
    offers: dict[tuple[str, str], Offer] = field(default_factory=empty_dict)
    #: (casualty, station) of the holders that have spoken of the case while holding
    #: it: their saying that they coordinate changes nothing (a centre that was only
    #: alerted, and then says so, has assumed it)
    worked: set[tuple[str, str]] = field(default_factory=empty_set)
    #: (casualty, station) of the holders that handed the case over: their "accepted"
    #: with nothing offered to them tells of the taker ("For your information, Greek
    #: side accepted the case"), it takes nothing back
    gave: set[tuple[str, str]] = field(default_factory=empty_set)
    #: the line of the call-up that opened the exchange under way between two stations
    #: ("Falmouth Coastguard, this is yacht Tamsin Grey, over" — "go ahead"), while
    #: only call-ups have been said
    called: dict[frozenset[str], int] = field(default_factory=empty_dict)

    #: the line where a station dialled the emergency number (``* X calls 999``): the
    #: centre that answers it was alerted by that call
    dialled: dict[str, int] = field(default_factory=empty_dict)

    def step(self, m: Moment, placed: bool) -> None:
        """A narrated change, else the region's default; for an utterance, the region's
        default, the first RCC alerted, then what each act says (``placed``: the event
        placed the casualty)."""
        n = m.event.narration
        if n is not None:
            verb = VERBS.get(n.verb)
            if not (verb and verb(self, m, n)) and placed and m.by_default:
                self._by_region(m)
            return
        if placed and m.by_default:
            self._by_region(m)
        if m.by_default:
            self._first_contact(m)
        self._note_call(m.event)
        each_act(self, m, ACTS)
        speaker = m.event.speaker
        if speaker is not None and m.ledger.holder()[1] == speaker:
            self.worked.add((m.cid, speaker))

    def region_parties(self, tracker: Tracker) -> list[str]:
        """The parties whose search-and-rescue regions the casualty is in (several when
        it lies on a border, such as the median line)."""
        parties: list[str] = []
        for zid in tracker.zones:
            zone = self.context.zones.get(zid)
            if zone and zone.kind == "srr" and zone.party and zone.party not in parties:
                parties.append(zone.party)
        return parties

    def _by_region(self, m: Moment) -> None:
        """The region's party holds by default. On a border between regions the
        current holder keeps it (the position does not say the case has moved), and
        where nobody held it, nobody does: which side is not for a default to decide."""
        parties = self.region_parties(m.tracker)
        current = m.ledger.current.party if m.ledger.current else None
        if len(parties) == 1 and current not in parties:
            m.ledger.open(m.event.line, "by-region", party=parties[0], evidence=[m.event.line])

    def _first_contact(self, m: Moment) -> None:
        """An RCC hears of the casualty: the case is its own from the call that alerted
        it, not from its answer (and never before the open interval)."""
        rcc = self._alerted_rcc(m.event)
        if rcc is None:
            return
        since = m.ledger.rewind(self._alerted_at(m.event, rcc))
        cur = m.ledger.current
        opened = self.called.get(frozenset((m.event.speaker or "", m.event.addressee or "")))
        if (
            opened is not None
            and cur is not None
            and cur.how in DEFAULTS
            and cur.from_line >= opened
        ):
            # the alert told in the exchange that a call-up opened: the case is the
            # centre's from the call (the defaults opened since the call-up, by it or
            # by a position told with the alert, held it for no time)
            since = m.ledger.rewind(opened)
        caller = m.event.addressee if m.event.speaker == rcc else m.event.speaker
        dialled = self.dialled.get(caller or "")
        if dialled is not None and cur is not None and cur.how in DEFAULTS:
            # "* FRIEND calls 999", then the centre and the caller talk: the case is the
            # centre's from the call (the casualty was known to nobody else before it)
            since = m.ledger.rewind(max(dialled, cur.from_line))
        self.hold(m, "first-contact", rcc, line=since, evidence=sorted({since, m.event.line}))

    def _note_call(self, event: Event) -> None:
        """Keep where the exchange between the speaker and its addressee began while
        only call-ups are said in it; forget it once anything else is said."""
        if event.speaker is None or event.addressee is None:
            return
        pair = frozenset((event.speaker, event.addressee))
        if event.acts and all(
            a.kind == "call" or a.kind.startswith("procedure.") for a in event.acts
        ):
            self.called.setdefault(pair, event.line)
        else:
            self.called.pop(pair, None)

    def _alerted_rcc(self, event: Event) -> str | None:
        """The RCC an utterance alerts: the one it is addressed to, or the one speaking
        when it relays the alert, sends a unit or answers an alert it heard."""
        kinds = {a.kind for a in event.acts}
        speaker, addressee = event.speaker, event.addressee
        if self.role(speaker) == "rcc" and "distress.relay" in kinds:
            # "CROSS Etel, this is MRCC Bilbao, we have a distress, …": a centre that
            # relays a distress to another was alerted before it
            return speaker
        if self.role(addressee) == "rcc" and kinds & ALERT_ACTS:
            return addressee
        if self.role(speaker) != "rcc":
            return None
        if kinds & RELAYS_ALERT or (kinds & ANSWERS_ALERT and _heard_alert(event)):
            return speaker
        return None

    @staticmethod
    def _alerted_at(event: Event, rcc: str) -> int:
        """The line of the alert that a centre's reply answers (a MAYDAY, a request for
        help, a relay), or the reply's own line when it answers none."""
        if event.speaker != rcc:
            return event.line
        lines = [a.answers for a in event.acts if a.answers is not None and a.answers < event.line]
        return min(lines) if lines else event.line

    # -- narration verbs: True when the verb changed the ledger
    def _narrated_take(self, m: Moment, n: Narration) -> bool:
        """``* CROSS takes coordination of DINGHY``."""
        if not m.event.speaker:
            return False
        self.hold(m, "assumed", m.event.speaker)
        return True

    def _narrated_handover(self, m: Moment, n: Narration) -> bool:
        """``* HMCG hands coordination of DINGHY to CROSS``."""
        if not n.target:
            return False
        self.hold(m, "handed-over", self.context.station_id(n.target))
        return True

    def _dialled(self, m: Moment, n: Narration) -> bool:
        """``* FRIEND calls 999``: the call that will alert a centre (no change yet)."""
        caller = self.context.station_id(n.subject)
        if caller is not None:
            self.dialled.setdefault(caller, m.event.line)
        return False

    # -- acts
    def _assume(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """``coordination.assume``: the speaker takes coordination (not on-scene
        co-ordination, which is the rescue's)."""
        role = str(act.slots.get("role", "smc")).lower()
        if clause_agent(act) == "third" and _told_of_them(act):
            return  # "CROSS Corsen have taken over, they're coordinating now": told of them
        named = self.station_slot(act, "by")
        if named is not None and named != speaker:
            return  # "Copy, Rome coordinating", said by the ship: told of another
        subject = _named_subject(self, clause_agent(act), speaker)
        if subject is not None and subject != speaker:
            return  # "Malta has the coordination now", said by Rome: told of another
        holder = m.ledger.holder()[1]
        if holder == speaker and (m.cid, speaker) in self.worked:
            return  # "Falmouth retains coordination", from the centre at work: no change
        current = m.ledger.current
        if holder == speaker and current is not None and current.from_line == m.event.line:
            # "she's ours now, we'll take it from here": the acceptance said in the same
            # breath already gave the speaker the case
            return
        if (
            self.role(speaker) != "rcc"
            and holder is not None
            and self.role(holder) == "rcc"
            and "coordination" not in ((act.clause or {}).get("objects") or ())
        ):
            # "ouais, on le prend", said by the lifeboat while the CROSS coordinates: it
            # takes the person or the tow, not the case ("Libyan coast guard is in
            # charge of this operation, I am coordinate" names what it takes)
            return
        if role != "osc" and self.role(speaker) in COORDINATING_ROLES:
            self.hold(m, "assumed", speaker, confidence=act.confidence)

    def _offer(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """``coordination.handover``: an offer to the station named, else the addressee.
        On-scene co-ordination offered ("we ask you to be on-scene coordinator, OSC") is
        the rescue's, not the case's (RULES.md: the mission co-ordinator)."""
        if _ON_SCENE.search(act.matched or "") or str(act.slots.get("role", "")) == "osc":
            return
        target = self.station_slot(act, "to") or m.event.addressee
        if (
            target
            and self.unit(target)
            and self.role(speaker) == "rcc"
            and _THE_CASE.isdisjoint(said_words(act.matched or ""))
        ):
            return  # "vous prenez le relais de la SNSM": a unit sent to relieve another
        holder = m.ledger.holder()[1]
        if holder is not None and holder != speaker and self.role(holder) == "rcc":
            if (
                target
                and target != holder
                and self.unit(speaker)
                and self.role(target) == "rcc"
                and self.party(speaker) is not None
                and self.party(speaker) == self.party(holder)
            ):
                # "we would like that you take over this boat", said to Dover by the
                # French patrol vessel that CROSS Gris-Nez told to pass the case on: a
                # unit offers another centre the case for its own party's centre
                self.offers[(m.cid, target)] = Offer(line=m.event.line, by=holder)
            # "Italy is not competent, the coordination is with the Libyan authorities",
            # said by a centre while another holds the case: only the holder hands it on
            return
        if target:
            self.offers[(m.cid, target)] = Offer(line=m.event.line, by=speaker)

    def _question(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """A question that asks the addressee to accept the case is an offer."""
        if offers_coordination(act):
            self._offer(m, speaker, act)

    def _accept(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """``coordination.accept``: handed over when the holder (or an RCC) offered it;
        an RCC accepting what nobody recorded offering has assumed it. On-scene
        co-ordination accepted ("we are on-scene co-ordinator") is the rescue's, not
        the case's (RULES.md: the mission co-ordinator)."""
        if str(act.slots.get("role", "")).lower() == "osc":
            return
        who, _, name = clause_agent(act).partition(":")
        if who == "third" and name:
            # "Dover a accepté la coordination", said by the centre that offered it:
            # the acceptance of the station named, if it was offered the case
            named = self.context.station_id(name)
            if named is not None and named != speaker:
                if (m.cid, named) not in self.offers:
                    return
                speaker = named
        offer = self.offers.get((m.cid, speaker))
        holder = m.ledger.holder()[1]
        if offer is not None and (offer.by == holder or self.role(offer.by) == "rcc"):
            evidence = [offer.line, m.event.line]
            self.hold(m, "handed-over", speaker, evidence=evidence, confidence=act.confidence)
            if holder is not None and holder != speaker:
                self.gave.add((m.cid, holder))
        elif offer is None and self.role(speaker) == "rcc" and (m.cid, speaker) not in self.gave:
            note = "accepted without a recorded offer"
            self.hold(m, "assumed", speaker, confidence=act.confidence, note=note)


def _named_subject(keeper: CoordinationKeeper, agent: str, speaker: str) -> str | None:
    """The station a clause's third-person subject names: by its name or the name's
    last words ("for your information Malta has the coordination": Malta); else the
    one station a word of the subject names, none of the speaker's ("Dover prend la
    coordination", said by Gris-Nez, of "Dover Coastguard")."""
    who, _, name = agent.partition(":")
    if who not in ("third", "authority") or not name:
        return None
    words = name.split()
    whole = next(
        (sid for k in range(len(words)) if (sid := keeper.context.station_id(" ".join(words[k:])))),
        None,
    )
    if whole is not None:
        return whole
    said = {w for w in words if len(w) > 3}
    said |= {_EXONYMS[w] for w in said if w in _EXONYMS}  # "c'est Douvres qui a la coordination"
    found = {
        sid for alias, sid in keeper.context.station_names().items() if said & set(alias.split())
    }
    return found.pop() if len(found) == 1 and speaker not in found else None


#: Places of the Channel's centres as the other language names them: a centre told of
#: in French by its town's French name is the station its English name names.
_EXONYMS = {
    "douvres": "dover", "dover": "douvres", "dunkerque": "dunkirk", "dunkirk": "dunkerque",
    "ostende": "ostend", "ostend": "ostende",
}  # fmt: skip
#: Words that name the case a centre hands to a unit ("you take the coordination").
_THE_CASE = frozenset({
    "coordination", "coordinate", "coordinating", "coordonner", "coordonnez", "smc", "case",
    "cas", "dossier", "affaire", "responsibility", "responsabilité", "responsabilite",
})  # fmt: skip

#: Words of on-scene co-ordination.
_ON_SCENE = re.compile(
    r"\b(?:on[- ]scene|osc|(?:coordinat\w*|coordonnat\w*) sur (?:zone|place))\b", re.I
)

#: Third persons by which a centre tells of another: "they're coordinating now".
_THEY = frozenset({"they", "they're", "theyre", "ils", "elles", "il", "elle", "he", "she"})


def _told_of_them(act: SpeechAct) -> bool:
    """Whether an act's words open with a third person's pronoun."""
    words = said_words(act.matched or "")
    return bool(words) and words[0] in _THEY


def _heard_alert(event: Event) -> bool:
    """Whether an utterance answers something (or acknowledges a distress)."""
    return any(a.kind == "distress.ack" or a.answers is not None for a in event.acts)


#: What each act does to the coordination ledger (the speaker is known).
ACTS: dict[ActKind, Callable[[CoordinationKeeper, Moment, str, SpeechAct], None]] = {
    "coordination.assume": CoordinationKeeper._assume,
    "coordination.handover": CoordinationKeeper._offer,
    "question": CoordinationKeeper._question,
    "coordination.accept": CoordinationKeeper._accept,
}
#: What each narration verb does to the coordination ledger: True when it changed it
#: (otherwise the region's default may apply).
VERBS: dict[NarrationVerb, Callable[[CoordinationKeeper, Moment, Narration], bool]] = {
    "takes-coordination": CoordinationKeeper._narrated_take,
    "hands-coordination": CoordinationKeeper._narrated_handover,
    "calls-999": CoordinationKeeper._dialled,
}
