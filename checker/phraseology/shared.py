"""One instance of each equal value in a check's acts and events (issue 19: memory).

A day of traffic says the same things again and again: the acts of a long file hold
the same slot dicts ("action": "escort"), the same clause features, the same matched
words and spans, the same speaker names and empty lists thousands of times, each its
own object. A :class:`Shared` table gives the classify stage (for the acts,
:func:`.utterances.classify_transcript`) and the resolve stage (for the events) one
instance per distinct value of one check, so that a report keeps each once
(measured: benchmarks/README.md, 'Memory, second pass').

Shared values are read-only from then on. No stage after classify changes an act's or
an event's dict, list or string in place (they assign new ones: ``act.answers``,
``event.casualties``, a doubted act's slots); a caller of :func:`checker.api.check`
must not either.

A value is shared only when everything in it is a ``str``, ``int``, ``float``,
``bool``, ``None``, ``dict``, ``list`` or ``tuple``: its JSON, and its Python value,
are then the same whichever equal instance is kept. The key of a value tells the
types apart (``1``, ``1.0`` and ``True`` are equal in Python, not in JSON; so are
``0.0`` and ``-0.0``) and holds the ids of its shared parts, which the table keeps
alive.
"""

from __future__ import annotations

from collections.abc import Hashable
from itertools import chain
from typing import TypeVar, cast

T = TypeVar("T")


class _Unshared(Exception):
    """A part of the value is of a type that is not shared (its equality, or its JSON,
    may depend on more than its value)."""


#: The types a container's parts may have for its key to hold the parts themselves:
#: values of different types among them are never equal (``bool`` is left out: True
#: equals 1).
_PLAIN = frozenset({str, int, type(None)})
#: Marks a key made of a container's own parts (a key of shared parts holds ids).
_BY_VALUE = object()
#: Values looked up by identity before by value: the features of a clause come back
#: for every act of that clause while the classifier's memo holds it. Emptied when full.
RECENT = 1024


class Shared:
    """The table of one check's shared values: ``shared(value)`` is an equal value, the
    same instance for every equal one given to this table (the first one given)."""

    __slots__ = ("_recent", "_table")

    def __init__(self) -> None:
        self._table: dict[Hashable, object] = {}
        self._recent: dict[int, tuple[object, object]] = {}

    def __call__(self, value: T) -> T:
        return cast("T", self._canonical(value, top=True))

    def _canonical(self, v: object, top: bool = False) -> object:
        """The shared instance equal to ``v`` (``v`` itself when it is not shared, at
        the ``top``; otherwise :class:`_Unshared`). The usual values go by their own
        parts: names, words, spans, slots of names and numbers, empty ones."""
        t = type(v)
        if t is str:  # a str equals only a str, never one of the tuple keys below
            return self._table.setdefault(v, v)
        if v is None or t is bool:
            return v
        key = _by_value(t, v)
        if key is not None:
            found = self._table.get(key)
            if found is None:
                found = self._table[key] = v
                if t is dict:  # its words, shared with other values': equal, so unchanged
                    d = cast("dict[str, object]", v)
                    for k, x in d.items():
                        if type(x) is str:
                            d[k] = self._table.setdefault(x, x)
            return found
        if t is not dict and t is not list and t is not tuple:
            if top:
                return v
            raise _Unshared
        return self._nested_top(t, v) if top else self._nested(t, v)

    def _nested_top(self, t: type, v: object) -> object:
        """A container holding containers (a clause's features, a position), looked up
        by identity first; left as it is when a part is not shared."""
        seen = self._recent.get(id(v))
        if seen is not None and seen[0] is v:
            return seen[1]
        try:
            found = self._nested(t, v)
        except _Unshared:
            return v
        if len(self._recent) >= RECENT:
            self._recent.clear()
        self._recent[id(v)] = (v, found)  # holds ``v``, so that its id stays its own
        return found

    def _nested(self, t: type, v: object) -> object:
        if t is dict:
            d = cast("dict[object, object]", v)
            if any(type(k) is not str for k in d):
                raise _Unshared
            return self._by_parts(dict, list(d.items()))
        return self._by_parts(t, list(enumerate(cast("list[object]", v))))

    def _by_parts(self, t: type, items: list[tuple[object, object]]) -> object:
        """The shared container of type ``t`` of these parts (keys, or positions, and
        values), each part shared: its key holds the ids of the shared parts, which
        the table keeps alive."""
        table = self._table
        shared = [
            (table.setdefault(k, k) if type(k) is str else k, self._canonical(x)) for k, x in items
        ]
        key = (t, *chain.from_iterable((k, id(x)) for k, x in shared))
        found = table.get(key)
        if found is None:
            values = [x for _, x in shared]
            made = dict(shared) if t is dict else values if t is list else tuple(values)
            found = table[key] = made
        return found


def _by_value(t: type, v: object) -> Hashable | None:  # noqa: PLR0911  loops: all() costs 1.5x
    """The key of a number, or of a container of plain parts, made of the value itself;
    None for a container of other parts (it goes by its shared parts)."""
    if t is dict:
        items = cast("dict[object, object]", v).items()
        for k, x in items:
            if type(k) is not str or type(x) not in _PLAIN:
                return None
        return (dict, _BY_VALUE, *chain.from_iterable(items))
    if t is list or t is tuple:
        for x in cast("list[object]", v):
            if type(x) not in _PLAIN:
                return None
        return (t, _BY_VALUE, *cast("list[object]", v))
    if t is int:
        return (t, v)
    if t is float:  # 0.0 and -0.0 are equal, and not the same JSON
        return (t, cast("float", v).hex())
    return None
