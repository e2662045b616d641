"""What the two ledger keepers share: the moment a handler sees, and who a station is.

The coordination and rescue ledgers (``protocol/coordination.py``,
``protocol/rescue.py``) are each kept by a state machine read as a table: one small
handler per act kind or narration verb. Every handler is given a :class:`Moment` and
asks the :class:`Keeper` who a station is and records who holds the ledger.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple, TypeVar

from checker.context import Context, normalise
from checker.defaults import empty_dict
from checker.phraseology.model import SpeechAct
from checker.protocol.ledger import DEFAULTS, Ledger
from checker.protocol.model import Event, How
from checker.protocol.states import Tracker
from checker.vocabulary import ActKind, Role

#: A word of a name or of what was said, for :meth:`Keeper.units_named`.
_WORD = re.compile(r"[\w']+")
#: Names shorter than this are not looked for in what was said ("LB", "CG").
_MIN_NAME = 3
#: Roles of the units that take charge on scene.
UNIT_ROLES: tuple[Role, ...] = ("vessel", "aircraft", "shore")


@dataclass(frozen=True)
class Moment:
    """One event of one casualty as a handler sees it: the ledger it may change, and
    who held that ledger when the event began (acts said together see the same
    holder, whatever the first of them changed)."""

    event: Event
    tracker: Tracker
    ledger: Ledger
    holder: str | None
    #: the casualties an act concerns, by the act's id, where not all the event's
    #: (:meth:`checker.protocol.bind.Binder.scope_acts`)
    scope: Mapping[int, frozenset[str]] = field(default_factory=empty_dict)

    @property
    def cid(self) -> str:
        """The casualty's id."""
        return self.tracker.id

    @property
    def by_default(self) -> bool:
        """Whether nobody holds the ledger but by default (nobody, or the region's party)."""
        cur = self.ledger.current
        return (cur.how if cur else "none") in DEFAULTS


class Offer(NamedTuple):
    """A handover offered on a line by a station."""

    line: int
    by: str


@dataclass
class Keeper:
    """Who a station is, and how a handler records a holder."""

    context: Context

    def party(self, station: str | None) -> str | None:
        """The party a station answers to."""
        return self.context.party_of(station)

    def role(self, station: str | None) -> Role | None:
        """The station's role."""
        st = self.context.station(station) if station else None
        return st.role if st else None

    def unit(self, station: str | None) -> bool:
        """Whether a station is a unit that can take charge on scene."""
        return self.role(station) in UNIT_ROLES and station is not None

    def units_named(self, text: str) -> list[str]:
        """The units whose name or alias a text says, whole words ("I'm tasking the
        coastguard helicopter Rescue nine one two to you")."""
        said = f" {' '.join(_WORD.findall(normalise(text)))} "
        return [sid for sid, keys in self._unit_names if any(k in said for k in keys)]

    @cached_property
    def _unit_names(self) -> list[tuple[str, list[str]]]:
        """Each unit with its names and aliases as :meth:`units_named` looks for them,
        made once per transcript."""
        out = []
        for sid, st in self.context.stations.items():
            if st.role in UNIT_ROLES:
                keys = (" ".join(_WORD.findall(normalise(n))) for n in (sid, *st.aliases))
                out.append((sid, [f" {k} " for k in keys if len(k) >= _MIN_NAME]))
        return out

    def station_slot(self, act: SpeechAct, slot: str) -> str | None:
        """The station an act's slot names (an id, or a name the context knows)."""
        value = act.slots.get(slot)
        if not isinstance(value, str):
            return None
        if value in self.context.stations:
            return value
        return self.context.station_id(value)

    def hold(  # noqa: PLR0913  the span's fields, keyword-only past the holder
        self,
        m: Moment,
        how: How,
        station: str | None,
        *,
        line: int | None = None,
        evidence: list[int] | None = None,
        confidence: float = 1.0,
        note: str | None = None,
    ) -> None:
        """``station`` (with its party) holds ``m``'s ledger from ``line`` (the event's
        by default)."""
        m.ledger.open(
            m.event.line if line is None else line,
            how,
            party=self.party(station),
            station=station,
            evidence=evidence,
            confidence=confidence,
            note=note,
        )


K = TypeVar("K", bound=Keeper)


def each_act(
    keeper: K, m: Moment, handlers: Mapping[ActKind, Callable[[K, Moment, str, SpeechAct], None]]
) -> None:
    """Give each act of the moment's utterance to its handler in ``handlers`` (the
    keeper's table); an utterance with no speaker changes no ledger."""
    speaker = m.event.speaker
    if speaker is None:
        return
    for act in m.event.acts:
        handler = handlers.get(act.kind)
        if handler is None:
            continue
        only = m.scope.get(id(act))
        if only is None or m.cid in only:
            handler(keeper, m, speaker, act)
