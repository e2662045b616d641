"""The rescue ledger: which unit took charge on scene (RULES.md).

``none`` from the distress until a unit takes charge; ``assumed`` (announced and
acted, or acted); ``tasked`` (sent by the co-ordinator); ``consented`` (the zone's
party gave permission); ``acquiesced`` (a unit announced what it would do and a
station of the party answerable there replied without objection; confidence at most
the announcement's); ``handed-over`` (custody offered by the holder and accepted).
Shadowing is not taking charge: no handler reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from checker.context import ALL
from checker.defaults import empty_dict, empty_set
from checker.phraseology.model import SpeechAct, clause_agent, said_words
from checker.protocol.custody import asks_to_be_given, asks_to_take, offers_to_take, persons_only
from checker.protocol.keeper import Keeper, Moment, Offer, each_act
from checker.protocol.model import Event
from checker.protocol.states import Tracker
from checker.transcript.model import Narration
from checker.vocabulary import TAKING_CHARGE, ActKind, NarrationVerb

#: Acts that open the rescue ledger before distress: a unit is being sent, asks or is
#: given leave to act, or offers help; or an urgency is declared ("Pan pan … engine
#: failed, drifting towards the rocks": nobody in charge yet, as after a distress).
OPENS_RESCUE: frozenset[ActKind] = frozenset(
    {"task", "permission.request", "permission.grant", "assistance.offer", "urgency.declare"}
)
#: intention actions that announce taking charge of the casualty (not shadowing it)
CHARGE_ACTIONS = (
    "escort", "rescue", "recover", "take", "pick", "tow", "assist", "help", "bring",
    "collect", "land", "save", "board", "launch", "go",
)  # fmt: skip


@dataclass
class _Announcement:
    """A unit's announcement that it will take charge of a casualty."""

    line: int
    station: str
    act: SpeechAct
    answers: int | None


class _Taken(NamedTuple):
    """A unit's "we will take it from here", before the holder let go."""

    line: int
    confidence: float


@dataclass
class RescueKeeper(Keeper):
    """Keeps the rescue ledger of every casualty, one event at a time."""

    announced: dict[tuple[str, str], _Announcement] = field(default_factory=empty_dict)
    #: (casualty, unit) of the units tasked to it: what they then do, they do as tasked
    tasked: set[tuple[str, str]] = field(default_factory=empty_set)
    permission_asked: dict[tuple[str, str], int] = field(default_factory=empty_dict)
    #: the line of the request each (casualty, unit) was granted on
    granted: dict[tuple[str, str], int] = field(default_factory=empty_dict)
    #: offers of custody of the casualty, by (casualty, unit offered to)
    offers: dict[tuple[str, str], Offer] = field(default_factory=empty_dict)
    #: a unit that said it takes a casualty from its holder, before the holder let go
    taken: dict[tuple[str, str], _Taken] = field(default_factory=empty_dict)
    #: (casualty, unit) of the units that acted on it (recovered, towed, escorted)
    acted: set[tuple[str, str]] = field(default_factory=empty_set)
    #: (casualty, unit) of the units that handed it on: what they say after, they
    #: say as the ones who gave it ("we come alongside" to deliver the persons)
    gave: set[tuple[str, str]] = field(default_factory=empty_set)
    #: the craft each casualty is aboard, by casualty: the unit that declared its
    #: distress or urgency as its own people's
    carriers: dict[str, str] = field(default_factory=empty_dict)
    #: custody asked of its holder, by (casualty, holder): the line and the unit asking
    asked_for: dict[tuple[str, str], Offer] = field(default_factory=empty_dict)
    #: the tasking each (casualty, unit) declined, by its line: the unit that then
    #: does as the centre insists is tasked after all
    refused: dict[tuple[str, str], int] = field(default_factory=empty_dict)
    #: the tasking line each tasked (casualty, unit) took up (a receipt of it, or on
    #: scene): a later "we can't bring her in" declines a part, not that tasking
    engaged: dict[tuple[str, str], int] = field(default_factory=empty_dict)

    def opens(self, event: Event) -> bool:
        """Whether an event concerns taking charge on scene, which opens the rescue ledger
        even before distress (an escort, a permission asked to act, an offer of help): a
        verb the ledger reads, or an act that sends, lets or offers a unit."""
        n = event.narration
        if n is not None and n.verb in VERBS:
            return True
        for act in event.acts:
            if act.kind in OPENS_RESCUE:
                return True
            if act.kind == "coordination.handover" and self.unit(event.speaker):
                return True
            if act.kind == "intention" and self.unit(event.speaker):
                return _takes_charge(act)
        return False

    def notice(self, event: Event, cid: str) -> None:
        """Every event of a casualty, the ledger open or not: a unit that declares
        distress or urgency for a casualty that is not itself ("PAN PAN, this is Mar de
        Burela, one crewman injured") has the casualty aboard."""
        speaker = event.speaker
        if (
            speaker
            and speaker != cid
            and cid not in self.carriers
            and self.unit(speaker)
            and any(
                a.kind in ("distress.declare", "urgency.declare")
                # (its own people, not a boat it tells of: "the second boat, it is sunk")
                and clause_agent(a).partition(":")[0] in ("speaker", "none", "persons")
                for a in event.acts
            )
        ):
            self.carriers[cid] = speaker

    def step(self, m: Moment) -> None:
        """A narrated act on scene, else what each act says."""
        n = m.event.narration
        if n is not None:
            verb = VERBS.get(n.verb)
            if verb is not None:
                verb(self, m, n)
            return
        each_act(self, m, ACTS)

    def answerable_party(self, tracker: Tracker) -> str | None:
        """The party answerable where the casualty is: its territorial sea's, else its
        region's."""
        by_kind: dict[str, str] = {}
        for zid in tracker.zones:
            zone = self.context.zones.get(zid)
            if zone and zone.party:
                by_kind.setdefault(zone.kind, zone.party)
        return by_kind.get("territorial-sea") or by_kind.get("srr") or by_kind.get("port-area")

    def _send(
        self, m: Moment, unit: str, *, evidence: list[int] | None = None, confidence: float = 1.0
    ) -> None:
        """The co-ordinator sends ``unit``: it holds the rescue as tasked, and what it
        then does, it does as tasked."""
        self.hold(m, "tasked", unit, evidence=evidence, confidence=confidence)
        self.tasked.add((m.cid, unit))

    def _hand(
        self, m: Moment, to: str, giver: str, *, evidence: list[int], confidence: float
    ) -> None:
        """``giver`` hands the casualty on to ``to``: what it says after, it says as the
        one who gave it."""
        self.hold(m, "handed-over", to, evidence=evidence, confidence=confidence)
        self.gave.add((m.cid, giver))

    # -- narration verbs
    def _narrated_task(self, m: Moment, n: Narration) -> None:
        """``* HMCG tasks RNLI to DINGHY``."""
        unit = self.context.station_id(n.target) if n.target else None
        if unit:
            self._send(m, unit)

    def _narrated_charge(self, m: Moment, n: Narration) -> None:
        """A unit recovers, tows, escorts or arrives: it took charge (as announced, when
        it was)."""
        unit = m.event.speaker
        if n.verb == "arrives-on-scene" and m.holder is not None and m.holder != m.cid:
            # come to take over an escort, or to help the unit in charge: it has taken
            # nothing yet (the handover, or its own action, will say)
            return
        if unit and n.verb != "arrives-on-scene" and self._custody_given(m, unit, None):
            self.acted.add((m.cid, unit))
            return  # the custody offered to it, taken up by acting on it
        if unit:
            self._take_up(m, unit)
        if unit and n.verb != "arrives-on-scene" and (m.cid, unit) in self.tasked:
            # a tasked unit that recovers or tows holds what it took, to hand it on
            self.acted.add((m.cid, unit))
        if unit and unit not in (m.cid, m.holder) and (m.cid, unit) not in self.tasked:
            ann = self.announced.get((m.cid, unit))
            if n.verb == "arrives-on-scene" and ann is None:
                # being there is not acting: a unit that arrives unannounced has taken
                # nothing until it acts, announces or is tasked
                return
            if n.verb != "arrives-on-scene":
                self.acted.add((m.cid, unit))
            evidence = [ann.line, m.event.line] if ann else [m.event.line]
            confidence = ann.act.confidence if ann else 1.0
            self.hold(m, "assumed", unit, evidence=evidence, confidence=confidence)

    # -- acts
    def _announce(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """A unit says it will take charge: kept, for the act or the reply that follows
        (not the craft the casualty is aboard: "we haul the net, then we go to Scilly"
        is its own passage)."""
        if self.carriers.get(m.cid) == speaker:
            return
        if self.unit(speaker) and _takes_charge(act):
            ann = _Announcement(line=m.event.line, station=speaker, act=act, answers=act.answers)
            self.announced[(m.cid, speaker)] = ann

    def _intention(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """An intention is an announcement, or else a reply to a custody offer."""
        if self.unit(speaker) and _takes_charge(act):
            self._announce(m, speaker, act)
        else:
            self._custody_given(m, speaker, act)

    def _ask_permission(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """A unit asks leave to act: kept, for the permission that may follow."""
        if self.unit(speaker):
            self.permission_asked[(m.cid, speaker)] = m.event.line

    def _take_up(self, m: Moment, unit: str) -> None:
        """The unit tasked now takes its tasking up (a receipt of it, or on scene)."""
        cur = m.ledger.current
        if cur is not None and cur.how == "tasked" and cur.station == unit:
            self.engaged[(m.cid, unit)] = cur.from_line

    def _deny(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """Leave refused to the unit that asked: the request is answered, and a later
        "you're released, free to resume your passage" grants nothing of it."""
        if m.event.addressee:
            self.permission_asked.pop((m.cid, m.event.addressee), None)

    def _grant(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """Another party's permission to the unit that asked: consented."""
        asker = m.event.addressee or self._asker(m.cid, act)
        asked = self.permission_asked.get((m.cid, asker or ""))
        if any(_releases(a) for a in m.event.acts):
            # "affirmative, recover your boat and resume your passage": leave to go, not
            # to act for the casualty
            return
        if asker and asked is not None and self.party(asker) != self.party(speaker):
            if self.granted.get((m.cid, asker)) == asked or (m.cid, asker) in self.gave:
                # granted once: "you're released" later ends the consent (as it does
                # for a unit that handed the persons on)
                return
            self.granted[(m.cid, asker)] = asked
            evidence = [asked, m.event.line]
            self.hold(m, "consented", asker, evidence=evidence, confidence=act.confidence)

    def _asker(self, cid: str, act: SpeechAct) -> str | None:
        for (c, station), _line in self.permission_asked.items():
            if c == cid and act.answers is not None:
                return station
        return None

    def _asked_to_take(self, m: Moment, speaker: str, act: SpeechAct) -> bool:
        """The unit holding the casualty asks another to take it ("the six people, you
        take them now?", "can you take the survivors?"): custody offered to the
        addressee, for its yes. Whether it was such an offer."""
        if not (self.unit(speaker) and self._has_custody(m, speaker) and asks_to_take(act)):
            return False
        target = m.event.addressee
        if not target or target in (ALL, m.cid, speaker) or not self.unit(target):
            return False
        self.offers[(m.cid, target)] = Offer(line=m.event.line, by=speaker)
        return True

    def _ask(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """A question or request: an offer of custody when the holder asks it; custody
        asked for when a unit asks the holder to pass it the persons ("Vous pouvez
        nous passer le monsieur ?"), for the holder's yes."""
        if self._asked_to_take(m, speaker, act):
            return
        holder = m.event.addressee
        if (
            self.unit(speaker)
            and holder not in (None, speaker)
            and self.unit(holder)
            and self._has_custody(m, holder or "")
            and asks_to_be_given(act)
        ):
            self.asked_for[(m.cid, holder or "")] = Offer(line=m.event.line, by=speaker)

    def _task(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """The unit named, else the addressee, is sent: tasked. Once every person is
        ashore the rescue is over: "the casualty's ashore, could you launch and pick up
        the kayak" sends a unit for the craft, not for the persons."""
        persons = m.tracker.persons
        ashore = bool(persons.on_board) and persons.landed >= (persons.on_board or 0)
        if ashore or self._asked_to_take(m, speaker, act) or _at_readiness(m.event):
            return  # (a unit held at readiness is sent nowhere yet)
        if self.unit(speaker) and act.clause is not None and clause_agent(act) != "speaker":
            return  # a unit's order to another ("come and take them off us"): nobody sent
        named = self._unit_sent(m, speaker, act)
        unit = named or m.event.addressee
        if (
            named is None and _sends_another(act) and not self._called_so(unit, act)
        ) or self._taken_from_rescuer(m, unit, act):
            return  # "On engage le canot SNSM", said to the relaying trawler
        if unit and unit != ALL and self.role(unit) not in ("rcc", "casualty") and unit != m.cid:
            if self._declared_bystander(unit):
                return  # "just keep looking where you last saw him", to the caller ashore
            # (a centre is never sent: "Affirmative, we launch the boat", said to it;
            # nor the casualty told "on envoie un bateau")
            cur = m.ledger.current
            if (
                cur is not None
                and cur.station == unit
                and cur.how == "consented"
                and cur.from_line == m.event.line
            ):
                return  # "you have our permission, go in and recover them": the leave given
            if cur is not None and cur.station == unit and cur.how == "handed-over":
                return  # the unit that was handed the persons keeps them as it took them
            if (
                cur is not None
                and cur.station == unit
                and cur.how in ("acquiesced", "assumed")
                and (m.cid, unit) not in self.acted
            ):
                # what it announced, the co-ordinator now sends it to do: it is tasked,
                # and was never in charge by its word alone
                m.ledger.retract()
            self._send(m, unit, evidence=[m.event.line], confidence=act.confidence)

    def _unit_sent(self, m: Moment, speaker: str, act: SpeechAct) -> str | None:
        """The unit a tasking names as sent, or None (then the addressee is sent)."""
        unit = self.station_slot(act, "unit")
        if unit is not None:
            return unit
        said = self.units_named(act.matched or "")
        if not self.unit(m.event.addressee):
            # the unit sent, said by its name in the tasking's words ("I'm tasking the
            # helicopter Rescue nine one two to you", to the casualty)
            named = [u for u in said if u != speaker]
            if len(named) == 1:
                return named[0]
        if self.unit(speaker) and _tasked_itself(act):
            return speaker  # "we've been tasked to the dinghy", said by the unit
        if _YOU.search(act.matched or "") or (act.clause or {}).get("mood") == "imperative":
            return None
        # "vous restez de notre côté, Dover … engage Kestrel", said to another unit: the
        # one unit a tasking names is sent, not the addressee (an order sends the
        # addressee: "rejoignez le jet ski et prenez en charge le kitesurfeur")
        exclude = {speaker, m.event.addressee, m.cid, *m.event.casualties}
        named = [u for u in said if u not in exclude]
        return named[0] if len(named) == 1 else None

    def _taken_from_rescuer(self, m: Moment, unit: str | None, act: SpeechAct) -> bool:
        """Whether a tasking sends ``unit`` to the unit that holds the rescue once every
        person is aboard it ("tasking: medevac of one injured fisherman from the bulk
        carrier Orlica", or said to the rescuer: "I'm sending a helicopter to lift the
        skipper off"): it takes a person off the rescuer, not charge of the casualty."""
        persons = m.tracker.persons
        cur = m.ledger.current
        if cur is None or cur.station is None or unit in (None, cur.station):
            return False
        if not persons.on_board or persons.recovered + persons.landed < persons.on_board:
            return False
        return m.event.addressee == cur.station or cur.station in self.units_named(
            m.event.text or act.matched or ""
        )

    def _called_so(self, unit: str | None, act: SpeechAct) -> bool:
        """Whether the craft a first-person tasking sends is the addressee, called by
        what it is: "je déclenche la vedette", said to the "vedette SNSM de Saint-Malo";
        "we are launching the lifeboat", said to "Dart lifeboat"."""
        st = self.context.station(unit) if unit else None
        if st is None:
            return False
        said = said_words(act.matched or "")
        sent = {said[k + 1] for k, w in enumerate(said[:-1]) if w in _THE}
        return any(not sent.isdisjoint(said_words(name)) for name in st.aliases)

    def _declared_bystander(self, station: str) -> bool:
        """Whether the transcript declares a station as no unit (``Station.bystander``)."""
        st = self.context.station(station)
        return st is not None and st.bystander

    def _declined(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """A unit that answers its tasking with a refusal or "unable" ("negative, we
        are unable to assist, we are a loaded tanker") was never sent: the tasking is
        taken back, unless the unit has acted."""
        cur = m.ledger.current
        if (
            cur is not None
            and cur.station == speaker
            and cur.how == "tasked"
            and any(a.answers == cur.from_line for a in m.event.acts)
            and (m.cid, speaker) not in self.acted
            and self.engaged.get((m.cid, speaker)) != cur.from_line
        ):
            self.refused[(m.cid, speaker)] = cur.from_line
            m.ledger.retract()
            self.tasked.discard((m.cid, speaker))

    def _hand_over(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """A unit holding the casualty hands it on: "The boat is yours." confirms what
        the other unit already said it would take; otherwise it is an offer."""
        if not self._has_custody(m, speaker) or self.role(speaker) == "rcc":
            return
        if persons_only(act) and (m.cid, speaker) not in self.acted:
            return  # "take the six persons we recovered": not this casualty's, it took none
        target = self.station_slot(act, "to") or m.event.addressee
        if target == m.cid or self.role(target) == "casualty":
            return  # "we pass you a tow line", said to the yacht: no custody given
        if self.role(target) == "rcc":
            return  # "we would like that you take over this boat", said to a centre: the
            # case offered (the coordination keeper's), no custody on scene
        taken = self.taken.pop((m.cid, target or ""), None)
        if target and taken is not None:
            evidence = [taken.line, m.event.line]
            confidence = min(taken.confidence, act.confidence)
            self._hand(m, target, speaker, evidence=evidence, confidence=confidence)
        elif target:
            self.offers[(m.cid, target)] = Offer(line=m.event.line, by=speaker)

    def _has_custody(self, m: Moment, unit: str) -> bool:
        """Whether ``unit`` holds the casualty, or some of it: the holder, or a unit
        that acted on it (recovered persons, towed) while another was tasked after it
        ("on vous passe les deux rescapés", said by the trawler that picked them up)."""
        return unit == m.holder or (m.cid, unit) in self.acted

    def _accept(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """``coordination.accept`` by a unit: takes an offered casualty, or says it
        takes one nobody offered yet ("we will take it from here")."""
        offered = (m.cid, speaker) in self.offers
        if not offered and self.unit(speaker) and self.unit(m.holder) and speaker != m.holder:
            self.taken[(m.cid, speaker)] = _Taken(line=m.event.line, confidence=act.confidence)
        self._custody_given(m, speaker, act)

    def _custody_given(self, m: Moment, speaker: str, act: SpeechAct | None) -> bool:
        """A reply to the holder's custody offer (or, with no act, the unit offered it
        acting on the casualty: "the small boat is yours now", then it recovers the
        persons): handed over. Whether it was one."""
        offer = self.offers.get((m.cid, speaker))
        if offer is None or not self._has_custody(m, offer.by):
            return False
        evidence = [offer.line, m.event.line]
        confidence = act.confidence if act is not None else 1.0
        self._hand(m, speaker, offer.by, evidence=evidence, confidence=confidence)
        del self.offers[(m.cid, speaker)]
        return True

    def _agree(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """A yes or a wilco: takes an offered casualty, or else raises no objection. A
        unit that declined its tasking and now does as the centre insists ("...Okay
        Rome. We will do it.") is tasked after all."""
        asked = self.asked_for.get((m.cid, speaker))
        if asked is not None and act.answers == asked.line and act.kind == "answer.affirmative":
            # "oui oui, on vous le passe": the holder gives what the unit asked for (a yes
            # to something else leaves the ask standing)
            del self.asked_for[(m.cid, speaker)]
            evidence = [asked.line, m.event.line]
            self._hand(m, asked.by, speaker, evidence=evidence, confidence=act.confidence)
            return
        tasked_at = self.refused.get((m.cid, speaker))
        if (
            act.kind == "comply"
            and tasked_at is not None
            and act.answers is not None
            # (a unit that took up an earlier tasking and then declined a further task,
            # "take the family on board", keeps to the first)
            and (m.cid, speaker) not in self.engaged
        ):
            del self.refused[(m.cid, speaker)]
            evidence = [tasked_at, act.answers, m.event.line]
            self._send(m, speaker, evidence=evidence, confidence=act.confidence)
            self.engaged[(m.cid, speaker)] = m.event.line
            return
        if not self._custody_given(m, speaker, act):
            self._no_objection(m, speaker, act)

    def _no_objection(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """A reply without objection (thanks, a receipt, a yes) to a unit's announcement
        about this casualty: the unit may act, within what it announced. A tasked
        unit's receipt of its tasking takes the tasking up."""
        cur = m.ledger.current
        if (
            cur is not None
            and act.answers == cur.from_line
            and not any(a.kind in _DECLINING or a.kind == "assistance.unable" for a in m.event.acts)
        ):
            self._take_up(m, speaker)
        ann = self._let_act(m, speaker, act)
        if ann is None:
            return
        unit_party, reply_party = self.party(ann.station), self.party(speaker)
        answerable = self.answerable_party(m.tracker) or reply_party
        evidence = [ann.line, m.event.line] + ([ann.answers] if ann.answers else [])
        confidence = min(ann.act.confidence, act.confidence)
        if speaker == m.holder and self.unit(speaker) and offers_to_take(ann.act):
            # "we can take the yacht off your hands" - "yeah, that'd be great": the unit
            # that holds it agrees to give it, an offer and its acceptance
            self._hand(m, ann.station, speaker, evidence=evidence, confidence=confidence)
        elif self.role(speaker) == "rcc" and any(
            a.kind == "assistance.accept" and a.answers == ann.line for a in m.event.acts
        ):
            # "roger, we'll accept that, thank you, go alongside and take them off": the
            # centre takes the unit's offer up, and so sends it; held at readiness
            # ("we accept your offer, launch and stand by at readiness off Diélette,
            # our lifeboat is on task") it is sent nowhere yet
            if not _at_readiness(m.event):
                self._send(m, ann.station, evidence=evidence, confidence=confidence)
        elif (
            reply_party is not None
            and reply_party == answerable
            and unit_party != answerable
            and not self._taken_up_by_casualty(m, speaker)
            and not self._only_joins(m, ann)
        ):
            action = ann.act.slots.get("action") or ann.act.kind
            note = f"covers the announced action only: {action}"
            self.hold(m, "acquiesced", ann.station, line=ann.line, evidence=evidence,
                      confidence=confidence, note=note)  # fmt: skip
        elif unit_party == answerable:
            self.hold(m, "assumed", ann.station, line=ann.line, evidence=evidence,
                      confidence=confidence)  # fmt: skip

    @staticmethod
    def _taken_up_by_casualty(m: Moment, speaker: str) -> bool:
        """Whether the casualty itself says yes to another unit's offer while the unit
        its centre sent holds the rescue ("we can divert to you and stand by you until
        the lifeboat comes" - "yes please"): the casualty answers for no party, and the
        unit tasked keeps the rescue (RULES.md: acquiesced needs a station of the party
        answerable there)."""
        cur = m.ledger.current
        return speaker == m.cid and cur is not None and cur.how == "tasked"

    @staticmethod
    def _only_joins(m: Moment, ann: _Announcement) -> bool:
        """Whether a unit only says it goes to the casualty or stands by it while the
        unit its centre sent holds the rescue ("we are diverting to the yacht and will
        stand by her" - "roger, much appreciated"): it helps the unit in charge and
        takes nothing from it."""
        cur = m.ledger.current
        predicate = (ann.act.clause or {}).get("predicate")
        return (
            cur is not None
            and cur.how == "tasked"
            and cur.station != ann.station
            and predicate in _JOINING
        )

    def _let_act(self, m: Moment, speaker: str, act: SpeechAct) -> _Announcement | None:
        """The announcement a reply lets its unit act on, or None: the reply answers
        none, or holds the unit back, tasks it, consents, or hands the case over."""
        if act.answers is None:
            return None
        ann = next(
            (a for (c, _s), a in self.announced.items() if c == m.cid and a.line == act.answers),
            None,
        )
        acts = m.event.acts
        if (
            ann is None
            or ann.station == speaker
            or m.ledger.holder()[1] == ann.station
            # "we come alongside", said to deliver what it handed on
            or (m.cid, ann.station) in self.gave
            # "reçu, on vous passe la remorque, le chalutier est à vous": the holder
            # hands it over (the handover says who has it)
            or any(a.kind == "coordination.handover" for a in acts)
            # a unit tasked to the casualty says what it does as tasked
            or (m.cid, ann.station) in self.tasked
            # "merci, c'est noté, restez en veille sur le seize, on vous rappelle": the
            # unit is held back, not let act
            or any(_holds_back(a) for a in acts)
            # "roger, proceed to the casualty and recover the persons": tasked
            or any(a.kind == "task" for a in acts)
        ):
            return None
        if (m.cid, ann.station) in self.permission_asked and any(
            a.kind == "permission.grant" for a in acts
        ):
            return None  # "Affirmative, you have permission to enter": consent, not silence
        return ann

    def _rescued(self, m: Moment, speaker: str, act: SpeechAct) -> None:
        """ "We have recovered thirty one persons": a unit that took charge, though no
        narration line logged it (and one that has some of the persons, whoever holds
        the casualty: it may hand them on)."""
        if self.unit(speaker):
            self.acted.add((m.cid, speaker))
        if self.unit(speaker) and m.holder is None:
            ann = self.announced.get((m.cid, speaker))
            evidence = [ann.line, m.event.line] if ann else [m.event.line]
            self.hold(m, "assumed", speaker, evidence=evidence, confidence=act.confidence)


_YOU = re.compile(r"\b(?:you|your|vous|votre|te|t')", re.I)


def _sends_another(act: SpeechAct) -> bool:
    """Whether a tasking said in the first person sends someone other than the
    addressee ("we are sending a lifeboat", "on engage le canot SNSM"; not "we are
    tasking you", "je vous engage")."""
    said = said_words(act.matched or "")
    return (
        clause_agent(act) == "speaker"
        and not _YOU.search(act.matched or "")
        # "Rescue nine one two, Humber Coastguard, tasking.": the unit called is sent
        and not _BARE_TASKING.issuperset(said)
    )


#: Articles before the craft a tasking sends ("la vedette", "the lifeboat").
_THE = frozenset({"the", "le", "la", "l"})
#: The words of a tasking that names nothing sent ("tasking", "we are tasking").
_BARE_TASKING = frozenset({"i", "m", "am", "we", "re", "are", "now", "tasking", "task"})


#: The first words of an order that holds a unit where it is ("restez en veille",
#: "stand by", "continue your fishing"), not one that sends it ("proceed and report").
_HOLDING = frozenset({
    "stay", "remain", "wait", "hold", "continue", "keep", "stand", "restez", "rester",
    "attendez", "attendre", "continuez", "gardez", "demeurez",
})  # fmt: skip


def _holds_back(act: SpeechAct) -> bool:
    """Whether a reply's act holds the announcing unit back: "stand by", "restez en
    veille sur le seize, on vous rappelle"; or declines what it offered ("thank you
    for the offer, it is not necessary", "negative")."""
    if act.kind in _DECLINING:
        return True
    if act.kind == "procedure.stand-by":
        return True
    if act.kind == "permission.grant":
        # "you are released, you can carry on fishing": the unit is let go, not let act
        return _releases(act)
    if act.kind not in ("instruction", "request") or not act.matched:
        return False
    first = act.matched.split(maxsplit=1)[0].strip(",.").lower()
    return first in _HOLDING


def _releases(act: SpeechAct) -> bool:
    """Whether an act's words let a unit go from the case (see :data:`_RELEASING`)."""
    return not _RELEASING.isdisjoint(said_words(act.matched or ""))


#: Words of a leave that releases a unit from the case ("you are released", "vous
#: pouvez reprendre votre pêche", "free to resume your passage"), not one that lets it
#: act ("you have permission to enter").
_RELEASING = frozenset({
    "released", "release", "libere", "liberes", "liberee", "liberer", "resume", "reprendre",
    "passage", "fishing", "peche", "voyage", "transit",
})  # fmt: skip


#: Replies that decline what a unit offered or announced.
_DECLINING: frozenset[ActKind] = frozenset(
    {"assistance.decline", "answer.negative", "permission.deny", "refuse"}
)


#: Words that hold a unit ready where it is, not sent to the casualty.
_READINESS = frozenset({"readiness", "standby", "prealerte"})
_READY_PAIRS = frozenset({("en", "alerte"), ("en", "attente")})
_AT = frozenset({"au", "a", "dans", "sur"})


def _at_readiness(event: Event) -> bool:
    """Whether an utterance holds a unit at readiness where it is: "launch and stand
    by at readiness off Diélette", "restez en alerte au port" ("stand by the yacht"
    sends it)."""
    words = said_words(re.sub(r"[^\w' -]", " ", event.text or ""))
    if not _READINESS.isdisjoint(words):
        return True
    return any(
        (a, b) in _READY_PAIRS and c in _AT
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


def _takes_charge(act: SpeechAct) -> bool:
    """Whether an offer or an intention announces taking charge (not shadowing)."""
    if act.kind == "assistance.offer":
        return True
    action = str(act.slots.get("action", "")).lower()
    return any(action.startswith(word) for word in CHARGE_ACTIONS)


#: What each act does to the rescue ledger (the speaker is known).
ACTS: dict[ActKind, Callable[[RescueKeeper, Moment, str, SpeechAct], None]] = {
    "assistance.offer": RescueKeeper._announce,
    "intention": RescueKeeper._intention,
    "permission.request": RescueKeeper._ask_permission,
    "permission.grant": RescueKeeper._grant,
    "permission.deny": RescueKeeper._deny,
    "task": RescueKeeper._task,
    "question": RescueKeeper._ask,
    "question.intentions": RescueKeeper._ask,
    "request": RescueKeeper._ask,
    "instruction": RescueKeeper._ask,
    "coordination.handover": RescueKeeper._hand_over,
    "coordination.accept": RescueKeeper._accept,
    "answer.affirmative": RescueKeeper._agree,
    "comply": RescueKeeper._agree,
    "thanks": RescueKeeper._no_objection,
    "ack": RescueKeeper._no_objection,
    "report.rescued": RescueKeeper._rescued,
    "refuse": RescueKeeper._declined,
    "assistance.unable": RescueKeeper._declined,
}
#: What each narration verb does to the rescue ledger.
VERBS: dict[NarrationVerb, Callable[[RescueKeeper, Moment, Narration], None]] = {
    "tasks": RescueKeeper._narrated_task,
    **dict.fromkeys(TAKING_CHARGE, RescueKeeper._narrated_charge),
}


#: Predicates by which a unit says it goes to a casualty or stands by it, no more.
_JOINING = frozenset({
    "divert", "proceed", "head", "go", "come", "stand by", "close", "approach",
    "derouter", "diriger", "aller", "venir", "rendre", "approcher", "rester",
})  # fmt: skip
#: Predicates by which a unit says it was sent ("we've been tasked", "on est engagés").
_TASKED = frozenset({"task", "task by", "engager", "assign", "assign to", "dispatch"})


def _tasked_itself(act: SpeechAct) -> bool:
    """Whether a tasking's clause has the speaker as the one sent: a unit that says it
    was tasked (units task nobody; a centre's "we are tasking" names its unit)."""
    clause = act.clause or {}
    return clause.get("agent") == "speaker" and clause.get("predicate") in _TASKED
