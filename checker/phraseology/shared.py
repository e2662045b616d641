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
from typing import TypeVar, cast

T = TypeVar("T")


class _Unshared(Exception):
    """A part of the value is of a type that is not shared (its equality, or its JSON,
    may depend on more than its value)."""


class Shared:
    """The table of one check's shared values: ``shared(value)`` is an equal value, the
    same instance for every equal one given to this table."""

    __slots__ = ("_table",)

    def __init__(self) -> None:
        self._table: dict[Hashable, object] = {}

    def __call__(self, value: T) -> T:
        try:
            return cast("T", self._canonical(value))
        except _Unshared:
            return value

    def _canonical(self, v: object) -> object:
        """The shared instance equal to ``v``."""
        table = self._table
        t = type(v)
        if t is str:  # a str equals only a str, never one of the tuple keys below
            return table.setdefault(v, v)
        if v is None or t is bool:
            return v
        if t is int:
            key: Hashable = (t, v)
        elif t is float:
            key = (t, cast("float", v).hex())  # 0.0 and -0.0 are equal, and not the same JSON
        elif t is dict:
            items: list[tuple[object, object]] = []
            flat: list[object] = [dict]  # one flat tuple: a key per value costs less so
            for k, x in cast("dict[object, object]", v).items():
                if type(k) is not str:
                    raise _Unshared
                pair = (table.setdefault(k, k), self._canonical(x))
                items.append(pair)
                flat += (pair[0], id(pair[1]))
            key = tuple(flat)
            found = table.get(key)
            if found is None:
                found = table[key] = dict(items)
            return found
        elif t is list or t is tuple:
            parts = [self._canonical(x) for x in cast("list[object]", v)]
            key = (t, *map(id, parts))
            found = table.get(key)
            if found is None:
                found = table[key] = parts if t is list else tuple(parts)
            return found
        else:
            raise _Unshared
        return table.setdefault(key, v)
