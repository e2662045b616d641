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
from typing import Any, NamedTuple

from checker.defaults import empty_list

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
    #: a number in the clause qualifies equipment ("a ten-man raft"), not persons
    equipment: bool = False
    #: opened by "what", "how" or "quel" but exclaimed, not asked ("What a nightmare.")
    exclaimed: bool = False
    start: int = -1
    chars: tuple[int, int] = (0, 0)
    passive: bool = False
    #: a light verb with its noun, one predicate ("avoir besoin"), when the clause has one
    light: str | None = None
    after_island: bool = False
    known: bool = False
    receipt: bool = False
    #: the clause tells of another craft's or other persons' trouble (clause_party.py)
    third_party: bool = False
    #: its words open with a subordinate clause said first, ended by its comma and
    #: joined to it, read apart from its main clause ("considering the number of
    #: passengers, MRCC Rome considers this a distress phase")
    headed: bool = False
    words: list[str] = field(default_factory=empty_list)
    #: the frame that matched (read once, memoised with the clause)
    frame: Any = None
    #: :meth:`features`, once computed
    shown: dict[str, Any] | None = None

    def shift(self, tokens: int, chars: int) -> None:
        """Move the clause ``tokens`` tokens and ``chars`` characters, in place: the
        memo of :mod:`.clause_split` keeps clauses at offset 0, and a clause is moved
        there once, just read, before anything else holds it (a copy per clause cost
        3 % of classifying; measured: benchmarks/README.md, 'phraseology.clause.shift')."""
        self.i += tokens
        self.j += tokens
        if self.start >= 0:
            self.start += tokens
        self.chars = (self.chars[0] + chars, self.chars[1] + chars)

    def features(self) -> dict[str, Any]:
        """The features as the report shows them (only those that say something);
        computed once for a clause (the memo of :mod:`.clause_split` shares it)."""
        if self.shown is None:
            self.shown = self._features()
        return self.shown

    def _features(self) -> dict[str, Any]:
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
        if self.third_party:
            out["third_party"] = True
        out["language"] = self.lang
        return out


class Placed(NamedTuple):
    """A clause where it was said: the memoised clause (read at offset 0, shared:
    never changed) and its token range, first token of the act, characters, and
    whether it follows a procedure word whose object it is ("say again all after
    position")."""

    clause: Clause
    i: int
    j: int
    start: int
    chars: tuple[int, int]
    after_island: bool
    #: the grammar's island (a channel, a position) follows at once: "switching to
    #: [channel 67]"
    before_island: bool = False


#: Station names of the context by first word, then by length, longest first
#: ("cross": ((3, {("cross", "gris", "nez")}), (1, {("cross",)}))): a look-up costs
#: the few lengths of the names, not their number (a day's traffic names hundreds of
#: vessels, and many share a first word).
Names = dict[str, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]]
#: The key of :data:`Names` under which the names of the transcript's casualties are
#: kept (no word is this key): a casualty called by its name is what a clause is about.
CASUALTY_NAMES = "\x00casualty"


def name_at(words: list[str], i: int, names: Names) -> int:
    """The length of the longest station name starting at ``words[i]`` (0 if none)."""
    for k, known in names.get(words[i], ()) if i < len(words) else ():
        if tuple(words[i : i + k]) in known:
            return k
    return 0
