"""Small value types shared by the classifier's modules.

They are plain named tuples rather than pydantic models: they live only inside one
call of :func:`checker.phraseology.classify`, on its hot path, and never cross a
stage boundary (the public output is :class:`~checker.phraseology.model.SpeechAct`).
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Tok(NamedTuple):
    """One normalised word or punctuation mark of an utterance.

    ``w`` is the lookup form ("coordinate" for "co-ordinate"; "|" for a sentence
    end, "?" for a question mark, "," for a comma); ``s`` and ``e`` the character
    range in the original text.
    """

    w: str
    s: int
    e: int


#: The tokens that end a clause: a sentence end, or a question mark, which also makes
#: it a question.
CLAUSE_ENDS = frozenset({"|", "?"})


def said(toks: list[Tok], i: int, j: int, text: str) -> str:
    """The words of tokens ``[i, j)`` as written, without the comma or stop that
    ends the clause they close ("we are sinking," is a MAYDAY's nature "we are
    sinking")."""
    while j - 1 > i and toks[j - 1].w in (",", "|"):
        j -= 1
    return text[toks[i].s : toks[max(j - 1, i)].e]


class Num(NamedTuple):
    """A number parsed by the grammar: its value, its digits as spoken ("001" keeps
    the zeros a position needs) and the island offsets it spans."""

    value: float
    text: str
    parts: tuple[str, ...]
    start: int
    end: int


class Spell(NamedTuple):
    """Phonetic-alphabet letters (and digits) read as one call sign: "GBA4"."""

    text: str
    start: int
    end: int


class Dist(NamedTuple):
    """A distance ("0.8 nm", "half a mile", "three cables")."""

    value: float
    unit: str
    start: int
    end: int


class Item(NamedTuple):
    """One structure the grammar found in an island, with island offsets.

    ``kind`` is ``call``, ``signal``, ``received_mayday``, ``silence``, ``position``,
    ``number``, ``identity``, ``procedure`` or ``marker``; ``data`` holds what the
    grammar read (a channel, a call sign, the offset of a placeholder).
    """

    kind: str
    start: int
    end: int
    data: dict[str, Any]


class Unit(NamedTuple):
    """A word of the island and lexicon strings: a token, or a placeholder that
    stands for several tokens (``@name``, ``@zone``, ``@mark``) with its payload."""

    text: str
    i: int
    j: int
    payload: Any = None


class Tagged(NamedTuple):
    """A named part of a call-up (``called``, ``caller``, ``all``) with its value."""

    tag: str
    value: Any
    extra: Any
    start: int
    end: int
