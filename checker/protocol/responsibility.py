"""Who held responsibility: the coordination and rescue ledgers (RULES.md).

Coordination (who acts as SAR mission co-ordinator): ``none`` until the case is known
to sit somewhere; ``by-region`` while nobody has spoken and the casualty is in a
party's search-and-rescue region; ``first-contact`` for the first RCC alerted, which
keeps the case until another explicitly accepts it; ``assumed`` when a station takes
coordination; ``handed-over`` when the holder's offer is accepted. A redirect ("call
the other coastguard"), a declined case or an unaccepted offer changes nothing.

Rescue (which unit took charge on scene): ``none`` from the distress until a unit
takes charge; ``assumed`` (announced and acted, or acted); ``tasked`` (sent by the
co-ordinator); ``consented`` (the zone's party gave permission); ``acquiesced`` (a
unit announced what it would do and a station of the party answerable there replied
without objection; confidence at most the announcement's); ``handed-over`` (custody
offered by the holder and accepted). Shadowing is not taking charge.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.context import ALL, Context
from checker.phraseology.model import SpeechAct
from checker.protocol.answers import offers_coordination
from checker.protocol.ledger import Ledger
from checker.protocol.model import Event
from checker.protocol.states import Tracker
from checker.vocabulary import TAKING_CHARGE, ActKind

ALERT_ACTS: frozenset[ActKind] = frozenset(
    {
        "distress.declare",
        "distress.relay",
        "request.assistance",
        "urgency.declare",
        "report.position",
        "report.persons",
        "report.status",
    }
)
ANNOUNCE_ACTS: frozenset[ActKind] = frozenset({"intention", "assistance.offer"})
NO_OBJECTION: frozenset[ActKind] = frozenset({"thanks", "ack", "answer.affirmative", "comply"})
OBJECTION: frozenset[ActKind] = frozenset(
    {"refuse", "answer.negative", "permission.deny", "coordination.reject"}
)
#: intention actions that announce taking charge of the casualty (not shadowing it)
CHARGE_ACTIONS = (
    "escort",
    "rescue",
    "recover",
    "take",
    "pick",
    "tow",
    "assist",
    "help",
    "bring",
    "collect",
    "land",
    "save",
    "board",
    "launch",
    "go",
)


@dataclass
class _Announcement:
    line: int
    station: str
    act: SpeechAct
    answers: int | None


@dataclass
class Responsibility:
    """Builds both ledgers for every casualty while the events are walked in order."""

    context: Context
    coordination: dict[str, Ledger] = field(default_factory=dict)
    rescue: dict[str, Ledger] = field(default_factory=dict)
    involved: dict[str, set[str]] = field(default_factory=dict)
    announced: dict[tuple[str, str], _Announcement] = field(default_factory=dict)
    permission_asked: dict[tuple[str, str], int] = field(default_factory=dict)
    handover_offered: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    #: a unit that said it takes a casualty from its holder, before the holder let go
    custody_taken: dict[tuple[str, str], tuple[int, float]] = field(default_factory=dict)

    # -- helpers
    def _party(self, station: str | None) -> str | None:
        return self.context.party_of(station)

    def _role(self, station: str | None) -> str | None:
        st = self.context.station(station) if station else None
        return st.role if st else None

    def _unit(self, station: str | None) -> bool:
        return self._role(station) in ("vessel", "aircraft", "shore") and station is not None

    def answerable_party(self, tracker: Tracker) -> str | None:
        """The party answerable where the casualty is: its territorial sea's, else its
        region's."""
        by_kind: dict[str, str] = {}
        for zid in tracker.zones:
            zone = self.context.zones.get(zid)
            if zone and zone.party:
                by_kind.setdefault(zone.kind, zone.party)
        return by_kind.get("territorial-sea") or by_kind.get("srr") or by_kind.get("port-area")

    def region_parties(self, tracker: Tracker) -> list[str]:
        """The parties whose search-and-rescue regions the casualty is in (several when
        it lies on a border, such as the median line)."""
        parties: list[str] = []
        for zid in tracker.zones:
            zone = self.context.zones.get(zid)
            if zone and zone.kind == "srr" and zone.party and zone.party not in parties:
                parties.append(zone.party)
        return parties

    def _ledgers(self, cid: str) -> tuple[Ledger, Ledger]:
        if cid not in self.coordination:
            self.coordination[cid] = Ledger(cid, "coordination")
            self.rescue[cid] = Ledger(cid, "rescue")
        return self.coordination[cid], self.rescue[cid]

    def _aware(self, cid: str) -> bool:
        return bool(self.involved.get(cid, set()) - {cid})

    # -- the walk
    def on_event(self, event: Event, tracker: Tracker, placed: bool) -> None:
        """Update both ledgers of one casualty for one event (after its state changed)."""
        cid = tracker.id
        coord, rescue = self._ledgers(cid)
        for station in (event.speaker, event.addressee):
            if station and station != ALL:
                self.involved.setdefault(cid, set()).add(station)
        if coord.current is None:
            coord.open(event.line, "none", aware=self._aware(cid))
        elif coord.current.how == "none" and self._aware(cid):
            coord.current.aware = True
        self._coordination(event, tracker, coord, placed)
        if rescue.current is None and (tracker.phase == "distress" or self._rescue_act(event)):
            rescue.open(event.line, "none", aware=self._aware(cid))
        elif rescue.current is not None and rescue.current.how == "none" and self._aware(cid):
            rescue.current.aware = True  # someone learnt of it while nobody had it
        if rescue.current is not None:
            self._rescue(event, tracker, rescue, coord)

    def _rescue_act(self, event: Event) -> bool:
        """Whether an event concerns taking charge on scene, which opens the rescue ledger
        even before distress (an escort, a permission asked to act, an offer of help)."""
        n = event.narration
        if n is not None and n.verb in (*TAKING_CHARGE, "tasks"):
            return True
        for act in event.acts:
            if act.kind in ("task", "permission.request", "permission.grant", "assistance.offer"):
                return True
            if act.kind in ("intention", "coordination.handover") and self._unit(event.speaker):
                return act.kind == "coordination.handover" or self._takes_charge(act)
        return False

    # -- coordination
    def _coordination(self, event: Event, tracker: Tracker, coord: Ledger, placed: bool) -> None:
        how = coord.current.how if coord.current else "none"
        n = event.narration
        if n is not None:
            if n.verb == "takes-coordination" and event.speaker:
                coord.open(event.line, "assumed", self._party(event.speaker), event.speaker)
            elif n.verb == "hands-coordination" and n.target:
                target = self.context.station_id(n.target)
                coord.open(event.line, "handed-over", self._party(target), target)
            elif placed and how in ("none", "by-region"):
                self._by_region(event, tracker, coord)
            return
        if placed and how in ("none", "by-region"):
            self._by_region(event, tracker, coord)
            how = coord.current.how if coord.current else "none"
        speaker, addressee = event.speaker, event.addressee
        kinds = {a.kind for a in event.acts}
        # first contact: an RCC hears of the casualty
        if how in ("none", "by-region"):
            rcc = None
            if self._role(addressee) == "rcc" and kinds & ALERT_ACTS:
                rcc = addressee
            elif self._role(speaker) == "rcc" and kinds & {"distress.relay", "task"}:
                rcc = speaker  # an RCC relaying a distress or sending a unit has the alert
            elif self._role(speaker) == "rcc" and kinds & {"distress.ack", "ack", "question"}:
                rcc = speaker if self._heard_alert(event) else None
            if rcc is not None:
                # the centre was alerted by the call it answers, not by its answer: the
                # case is its own from that call (never before the open interval)
                since = self._alerted_at(event, rcc)
                if coord.current is not None:
                    since = max(since, coord.current.from_line)
                evidence = sorted({since, event.line})
                coord.open(since, "first-contact", self._party(rcc), rcc, evidence=evidence)
        for act in event.acts:
            if act.kind == "coordination.assume" and speaker:
                role = str(act.slots.get("role", "smc")).lower()
                if role != "osc" and self._role(speaker) in ("rcc", "shore", None, "vessel"):
                    coord.open(
                        event.line,
                        "assumed",
                        self._party(speaker),
                        speaker,
                        confidence=act.confidence,
                    )
            elif offers_coordination(act) and speaker:
                target = self._station_slot(act, "to") or addressee
                if target:
                    self.handover_offered[(tracker.id, target)] = (event.line, speaker)
            elif act.kind == "coordination.accept" and speaker:
                offer = self.handover_offered.get((tracker.id, speaker))
                holder = coord.current.station if coord.current else None
                if offer is not None and (offer[1] == holder or self._role(offer[1]) == "rcc"):
                    coord.open(
                        event.line,
                        "handed-over",
                        self._party(speaker),
                        speaker,
                        evidence=[offer[0], event.line],
                        confidence=act.confidence,
                    )
                elif offer is None and self._role(speaker) == "rcc":
                    coord.open(
                        event.line,
                        "assumed",
                        self._party(speaker),
                        speaker,
                        confidence=act.confidence,
                        note="accepted without a recorded offer",
                    )

    def _alerted_at(self, event: Event, rcc: str) -> int:
        """The line of the alert that a centre's reply answers (a MAYDAY, a request for
        help, a relay), or the reply's own line when it answers none."""
        if event.speaker != rcc:
            return event.line
        lines = [a.answers for a in event.acts if a.answers is not None and a.answers < event.line]
        return min(lines) if lines else event.line

    def _heard_alert(self, event: Event) -> bool:
        return any(a.kind in ("distress.ack",) for a in event.acts) or any(
            a.answers is not None for a in event.acts
        )

    def _by_region(self, event: Event, tracker: Tracker, coord: Ledger) -> None:
        """The region's party holds by default. On a border between regions the
        current holder keeps it (the position does not say the case has moved), and
        where nobody held it, nobody does: which side is not for a default to decide."""
        parties = self.region_parties(tracker)
        current = coord.current.party if coord.current else None
        if len(parties) == 1 and current not in parties:
            coord.open(event.line, "by-region", parties[0], None, evidence=[event.line])
        # On a border between regions (the median line) no party holds it by default.

    def _station_slot(self, act: SpeechAct, slot: str) -> str | None:
        value = act.slots.get(slot)
        if not isinstance(value, str):
            return None
        if value in self.context.stations:
            return value
        return self.context.station_id(value)

    # -- rescue
    def _rescue(self, event: Event, tracker: Tracker, rescue: Ledger, coord: Ledger) -> None:
        cid = tracker.id
        _, holder = rescue.holder()
        n = event.narration
        if n is not None:
            unit = event.speaker
            if n.verb == "tasks" and n.target:
                target = self.context.station_id(n.target)
                rescue.open(event.line, "tasked", self._party(target), target)
            elif n.verb in TAKING_CHARGE and unit and unit not in (cid, holder):
                ann = self.announced.get((cid, unit))
                evidence = [ann.line, event.line] if ann else [event.line]
                conf = ann.act.confidence if ann else 1.0
                rescue.open(
                    event.line,
                    "assumed",
                    self._party(unit),
                    unit,
                    evidence=evidence,
                    confidence=conf,
                )
            return
        speaker = event.speaker
        if speaker is None:
            return
        for act in event.acts:
            kind = act.kind
            if kind in ANNOUNCE_ACTS and self._unit(speaker) and self._takes_charge(act):
                self.announced[(cid, speaker)] = _Announcement(
                    event.line, speaker, act, act.answers
                )
            elif kind == "permission.request" and self._unit(speaker):
                self.permission_asked[(cid, speaker)] = event.line
            elif kind == "permission.grant":
                asker = event.addressee or self._asker(cid, act)
                asked = self.permission_asked.get((cid, asker or ""))
                if asker and asked is not None and self._party(asker) != self._party(speaker):
                    rescue.open(
                        event.line,
                        "consented",
                        self._party(asker),
                        asker,
                        evidence=[asked, event.line],
                        confidence=act.confidence,
                    )
            elif kind == "task":
                unit = self._station_slot(act, "unit") or event.addressee
                if unit and unit != ALL:
                    rescue.open(
                        event.line,
                        "tasked",
                        self._party(unit),
                        unit,
                        evidence=[event.line],
                        confidence=act.confidence,
                    )
            elif (
                kind == "coordination.handover"
                and holder == speaker
                and self._role(speaker) != "rcc"
            ):
                target = self._station_slot(act, "to") or event.addressee
                taken = self.custody_taken.pop((cid, target or ""), None)
                if target and taken is not None:
                    # "We will take it from here." ... "The boat is yours.": the holder
                    # confirms what the other unit already said it would take.
                    rescue.open(event.line, "handed-over", self._party(target), target,
                                evidence=[taken[0], event.line],
                                confidence=min(taken[1], act.confidence))  # fmt: skip
                elif target:
                    self.handover_offered[(cid, "custody:" + target)] = (event.line, speaker)
            elif kind in ("coordination.accept", "answer.affirmative", "intention", "comply"):
                offer = self.handover_offered.get((cid, "custody:" + speaker))
                if (
                    offer is None
                    and kind == "coordination.accept"
                    and self._unit(speaker)
                    and self._unit(holder)
                    and speaker != holder
                ):
                    self.custody_taken[(cid, speaker)] = (event.line, act.confidence)
                if offer is not None and offer[1] == holder:
                    rescue.open(
                        event.line,
                        "handed-over",
                        self._party(speaker),
                        speaker,
                        evidence=[offer[0], event.line],
                        confidence=act.confidence,
                    )
                    del self.handover_offered[(cid, "custody:" + speaker)]
                    continue
            elif kind == "report.rescued" and self._unit(speaker) and holder is None:
                # "We have recovered thirty one persons": a unit that took charge,
                # though no narration line logged it.
                ann = self.announced.get((cid, speaker))
                evidence = [ann.line, event.line] if ann else [event.line]
                rescue.open(event.line, "assumed", self._party(speaker), speaker,
                            evidence=evidence, confidence=act.confidence)  # fmt: skip
            if kind in NO_OBJECTION and act.answers is not None:
                self._acquiesce(event, act, tracker, rescue)

    def _asker(self, cid: str, act: SpeechAct) -> str | None:
        for (c, station), _line in self.permission_asked.items():
            if c == cid and act.answers is not None:
                return station
        return None

    @staticmethod
    def _takes_charge(act: SpeechAct) -> bool:
        if act.kind == "assistance.offer":
            return True
        action = str(act.slots.get("action", "")).lower()
        return any(action.startswith(word) for word in CHARGE_ACTIONS)

    def _acquiesce(self, event: Event, act: SpeechAct, tracker: Tracker, rescue: Ledger) -> None:
        """A reply without objection to a unit's announcement about this casualty."""
        cid, speaker = tracker.id, event.speaker
        ann = next(
            (a for (c, _s), a in self.announced.items() if c == cid and a.line == act.answers),
            None,
        )
        if ann is None or ann.station == speaker or rescue.holder()[1] == ann.station:
            return
        unit_party, reply_party = self._party(ann.station), self._party(speaker)
        answerable = self.answerable_party(tracker) or reply_party
        evidence = [ann.line, event.line] + ([ann.answers] if ann.answers else [])
        confidence = min(ann.act.confidence, act.confidence)
        if reply_party is not None and reply_party == answerable and unit_party != answerable:
            rescue.open(
                ann.line,
                "acquiesced",
                unit_party,
                ann.station,
                evidence=evidence,
                confidence=confidence,
                note=f"covers the announced action only: "
                f"{ann.act.slots.get('action') or ann.act.kind}",
            )
        elif unit_party == answerable:
            rescue.open(
                ann.line,
                "assumed",
                unit_party,
                ann.station,
                evidence=evidence,
                confidence=confidence,
            )
