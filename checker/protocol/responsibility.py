"""Who held responsibility: the coordination and rescue ledgers (RULES.md).

Each casualty has two ledgers, walked with the events in order: coordination (who
acts as SAR mission co-ordinator, ``protocol/coordination.py``) and rescue (which unit
took charge on scene, ``protocol/rescue.py``). Each is kept by a state machine read as
a table, one small handler per act kind or narration verb; this module opens the
ledgers, notes who has heard of the casualty, and hands every event to both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.context import ALL, Context
from checker.defaults import empty_dict
from checker.protocol.coordination import CoordinationKeeper
from checker.protocol.keeper import Moment
from checker.protocol.ledger import Ledger
from checker.protocol.model import Event
from checker.protocol.rescue import RescueKeeper
from checker.protocol.states import Tracker


@dataclass
class Responsibility:
    """Builds both ledgers for every casualty while the events are walked in order."""

    context: Context
    #: the casualties an act concerns, where not all its utterance's (the binder's)
    scope: dict[int, frozenset[str]] = field(default_factory=empty_dict)
    coordination: dict[str, Ledger] = field(default_factory=empty_dict)
    rescue: dict[str, Ledger] = field(default_factory=empty_dict)
    #: the stations that spoke of or were told of each casualty
    involved: dict[str, set[str]] = field(default_factory=empty_dict)
    coordinator: CoordinationKeeper = field(init=False)
    rescuer: RescueKeeper = field(init=False)

    def __post_init__(self) -> None:
        self.coordinator = CoordinationKeeper(self.context)
        self.rescuer = RescueKeeper(self.context)

    def on_event(self, event: Event, tracker: Tracker, placed: bool) -> None:
        """Update both ledgers of one casualty for one event (after its state changed;
        ``placed``: the event placed the casualty)."""
        cid = tracker.id
        coord, rescue = self._ledgers(cid)
        for station in (event.speaker, event.addressee):
            if station and station != ALL:
                self.involved.setdefault(cid, set()).add(station)
        aware = self._aware(cid)
        if coord.current is None:
            coord.open(event.line, "none", aware=aware)
        elif coord.current.how == "none" and aware:
            coord.current.aware = True
        now = Moment(event, tracker, coord, coord.holder()[1], self.scope)
        self.coordinator.step(now, placed)
        self.rescuer.notice(event, cid)
        if rescue.current is None and (tracker.phase == "distress" or self.rescuer.opens(event)):
            rescue.open(event.line, "none", aware=aware)
        elif rescue.current is not None and rescue.current.how == "none" and aware:
            rescue.current.aware = True  # someone learnt of it while nobody had it
        if rescue.current is not None:
            now = Moment(event, tracker, rescue, rescue.holder()[1], self.scope)
            self.rescuer.step(now)

    def _ledgers(self, cid: str) -> tuple[Ledger, Ledger]:
        if cid not in self.coordination:
            self.coordination[cid] = Ledger(casualty=cid, level="coordination")
            self.rescue[cid] = Ledger(casualty=cid, level="rescue")
        return self.coordination[cid], self.rescue[cid]

    def _aware(self, cid: str) -> bool:
        """Whether anyone but the casualty itself has spoken of it or been told."""
        return bool(self.involved.get(cid, set()) - {cid})
