"""The phraseology grammar: one LALR parser per process, and its island scanner.

``grammar/phraseology.lark`` parses islands of structure (call-ups, signals,
positions, numbers, procedure words). This module builds the parser once, with the
transformer inline so that no parse trees are built, and derives from the grammar's
own terminals the scanner that finds islands in an utterance: one compiled regular
expression whose alternatives are the terminals, highest priority first. The
grammar therefore stays the single source of its vocabulary.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from lark import Lark, Transformer
from lark.exceptions import LarkError, UnexpectedEOF, UnexpectedInput

from checker.phraseology.callups import CallupRules
from checker.phraseology.numbers import NumberRules
from checker.phraseology.parts import Item, Num
from checker.phraseology.positions import PositionRules
from checker.resources import lark_parser

#: Terminals that never make an island on their own: they only join other words.
WEAK = frozenset(
    {"A", "ON", "TO", "BY", "OF", "FROM", "AND", "TRUE", "NS", "EW", "DIRECTION",
     "ZONE_PREP", "POSITION", "DISTANCE", "BEARING", "DEGREES", "MINUTES", "UNIT",
     "QUALITY", "WORKING", "CHANNEL_VERB", "HALF", "POINT", "ZONE", "MARK", "PHONETIC",
     "CHANNEL", "NAME", "FOR_CALLED", "FROM_CALLER", "CALLING"}
)  # fmt: skip
NUMERIC = frozenset({"DIGIT", "TEEN", "TENS", "HUNDRED", "NUMBER"})
#: Terminals that make numbers a position or a channel.
MEASURE = frozenset({"DEGREES", "MINUTES", "UNIT", "NS", "EW", "CHANNEL", "BEARING", "MMSI"})


class IslandTransformer(NumberRules, PositionRules, CallupRules, Transformer[Any, Any]):
    """All rules of the grammar, applied while lark parses (LALR inline transform)."""

    def island(self, children: list[Any]) -> list[Any]:
        return children


@cache
def parser() -> Lark:
    """The island parser (LALR, contextual lexer), built on first use or loaded from
    the project's parser cache (:func:`checker.resources.lark_parser`)."""
    return lark_parser(
        "phraseology.lark",
        parser="lalr",
        lexer="contextual",
        start=["island", "number"],
        transformer=IslandTransformer(),
        maybe_placeholders=False,
    )


@cache
def scanner() -> re.Pattern[str]:
    """One regex over the grammar's terminals; each match names its terminal."""
    terminals = sorted(parser().terminals, key=lambda t: -t.priority)
    alternatives = []
    for term in terminals:
        regexp = term.pattern.to_regexp()
        alternatives.append(f"(?P<{term.name}>{regexp})")
    return re.compile(r"(?<![^ ])(?:" + "|".join(alternatives) + r")(?![^ ])")


@cache
def vocabulary() -> frozenset[str]:
    """Every word the grammar knows (for near-miss matching and name guessing)."""
    words: set[str] = set()
    for term in parser().terminals:
        words.update(re.findall(r"[a-z]+", term.pattern.value))
    return frozenset(words)


@cache
def terminal_words(name: str) -> tuple[str, ...]:
    """The words of one terminal, e.g. ``terminal_words("DIGIT")``."""
    term = next(t for t in parser().terminals if t.name == name)
    return tuple(re.findall(r"[a-z]+(?:'[a-z]+)?", term.pattern.value))


def parse_island(text: str) -> tuple[Item, ...]:
    """Parse one island (memoised: names, zones and marks are placeholders, so the
    same islands recur through a transcript: "@name this is @name", "roger").

    Items are immutable here; callers copy their data before changing it.
    """
    return _parse_island(text)


#: The most words parsed as one island; a longer one is parsed in pieces of this many
#: words. The recovering parse re-parses the rest of an island after each word it
#: drops, so its cost grows with the square of an island's length
#: (measured: benchmarks/README.md, 'phraseology.grammar.ISLAND_WORDS'). Real
#: islands are short (the shipped
#: corpus's longest is 19 words, a position in degrees and minutes), so pieces change
#: nothing for them, and identical pieces of a repetition are parsed once (memo).
ISLAND_WORDS = 32


@lru_cache(maxsize=4096)
def _parse_island(text: str) -> tuple[Item, ...]:
    words = text.split(" ")
    if len(words) <= ISLAND_WORDS:
        return tuple(_parse_recovering(text, [4 * len(words) + 8]))
    items: list[Item] = []
    offset = 0
    for k in range(0, len(words), ISLAND_WORDS):
        piece = " ".join(words[k : k + ISLAND_WORDS])
        items.extend(shift_items(list(_parse_island(piece)), offset))
        offset += len(piece) + 1
    return tuple(items)


def _parse_recovering(text: str, budget: list[int]) -> list[Item]:
    """Parse one island; on a syntax error keep what parses around the bad word.

    Radio speech runs structures together and breaks them off; rather than give up,
    the parser keeps the longest prefix that parses, or drops the first word, and
    goes on with the rest ("in position two miles east of the buoy" loses "in
    position" and keeps the range and bearing). An island that ends too early
    ("stand by on") is retried without its last word.

    ``budget`` is the number of parses left for the island (shared with the retry
    of its head): a bound on the work, never reached by real speech (five parses at
    most in the shipped corpus), that keeps a pathological island from costing the
    cube of its length. What was found when it runs out is kept.
    """
    items: list[Item] = []
    offset = 0
    while offset < len(text) and budget[0] > 0:
        segment = text[offset:]
        parsed = _try(segment, budget)
        if isinstance(parsed, list):
            items.extend(shift_items(parsed, offset))
            break
        cut = parsed
        if cut >= len(segment):  # ended too early: drop the last word
            head = segment.rpartition(" ")[0]
            head_items = _parse_recovering(head, budget) if head else []
            items.extend(shift_items(head_items, offset))
            break
        if cut > 0:
            # the longest prefix that parses, a word shorter at a time ("mayday mayday
            # this is @name call sign five" ends too early: without "five" it parses)
            head = segment[:cut].rstrip()
            prefix: list[Item] | int = cut  # (none parsed yet: the budget may be spent)
            while head and budget[0] > 0:
                prefix = _try(head, budget)
                if isinstance(prefix, list):
                    break
                head = head.rpartition(" ")[0]
            if isinstance(prefix, list) and prefix:
                items.extend(shift_items(prefix, offset))
                offset += len(head) + 1
                continue
        space = segment.find(" ")
        if space < 0:
            break
        offset += space + 1
    return items


def _try(text: str, budget: list[int]) -> list[Item] | int:
    """The items of ``text``, or the offset of the first bad word (``len(text)`` when
    the island ended too early). Spends one parse of ``budget``."""
    budget[0] -= 1
    try:
        result: Any = parser().parse(text, start="island")
    except UnexpectedEOF:
        return len(text)
    except UnexpectedInput as exc:
        pos = getattr(exc, "pos_in_stream", None)
        if not isinstance(pos, int) or pos < 0:
            return len(text)
        return pos
    except LarkError:
        return 0
    return [x for x in result if isinstance(x, Item)]


def shift_items(items: list[Item], offset: int) -> list[Item]:
    """Items moved by ``offset``, with the placeholder offsets in their data: the
    items of a part of an island moved to the whole island, or (in
    :mod:`.islands`) the items of a run of units moved to where the run starts."""
    if not offset:
        return items
    out = []
    for item in items:
        data = dict(item.data)
        for key in ("zone_at", "mark_at"):
            if key in data:
                data[key] += offset
        for key in ("called", "caller"):
            value = data.get(key)
            if isinstance(value, tuple) and value[0] == "name":
                data[key] = ("name", value[1] + offset)
        out.append(Item(item.kind, item.start + offset, item.end + offset, data))
    return out


def spoken_number(text: str) -> float | None:
    """The value of a number spoken or written ("one five zero", "fifty eight")."""
    return _number(text.strip())


@lru_cache(maxsize=4096)  # bounded: a folder of thousands of files must not grow it
def _number(text: str) -> float | None:
    try:
        result = parser().parse(text, start="number")
    except LarkError:
        return None
    return result.value if isinstance(result, Num) else None
