"""Clause analysis: the features of a clause (CLAUSES.md).

The meaning that matters to the protocol is carried by a few features of a clause —
who acts (``agent``), how (``modality``), whether it is asked, ordered or stated
(``mood``), affirmed or denied (``polarity``), what is done (``predicate``) and to
what (``objects``) — and those are read from closed-class words and lemmas, which are
few and stable, instead of from open-class phrasing, which is not. This module holds
the record; :mod:`.clause_split` cuts an utterance into clauses, :mod:`.clause_read`
reads each (leads, names, counts) and :mod:`.clause_verbs` its subject, verb chain
and predicate; the closed-class words come from ``data/clause.toml`` and
``data/words.*.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: What a position read by the grammar is in a clause: one word, a position.
PLACE = "@position"


@dataclass(slots=True)
class Clause:
    """The features of one clause (CLAUSES.md), over tokens ``[i, j)``."""

    i: int
    j: int
    lang: str
    mood: str = "declarative"
    agent: str = "none"
    agent_word: str | None = None
    modality: str = "none"
    polarity: str = "positive"
    predicate: str | None = None
    predicates: frozenset[str] = frozenset()
    lemmas: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    conditional: bool = False
    polite: bool = False
    inverted: bool = False
    echo: bool = False
    count: int | None = None
    content: int = 0
    name: bool = False
    start: int = -1
    chars: tuple[int, int] = (0, 0)
    passive: bool = False
    after_island: bool = False
    known: bool = False
    receipt: bool = False
    words: list[str] = field(default_factory=list)

    def features(self) -> dict[str, Any]:
        """The features as the report shows them (only those that say something)."""
        out: dict[str, Any] = {"mood": self.mood, "polarity": self.polarity}
        if self.agent != "none":
            out["agent"] = self.agent if not self.agent_word else f"{self.agent}:{self.agent_word}"
        if self.modality != "none":
            out["modality"] = self.modality
        if self.predicate:
            out["predicate"] = self.predicate
        if self.objects:
            out["objects"] = sorted(self.objects)
        if self.conditional:
            out["conditional"] = True
        if self.echo:
            out["echo"] = True
        if self.count is not None:
            out["count"] = self.count
        out["language"] = self.lang
        return out


#: Station names of the context by first word ("cross": (("cross", "gris", "nez"),)).
Names = dict[str, tuple[tuple[str, ...], ...]]
