"""Spoken numbers and the phonetic alphabet, as the grammar parses them.

SMCP says numbers digit by digit ("one five zero", "niner", "tree", "fife",
"two decimal five"); plain speech says cardinals ("fifty eight"); transcripts write
digits. The grammar (``number`` and ``spelled`` in ``grammar/phraseology.lark``)
decides which form was used; the rules below turn the parse into values. They are a
mixin of the island transformer, which lark runs inline while parsing (no trees).
"""

from __future__ import annotations

import math
from typing import Any

from lark import Token

from checker.phraseology.parts import Num, Spell

DIGITS: dict[str, str] = {
    "zero": "0", "zeero": "0", "one": "1", "wun": "1", "two": "2", "too": "2",
    "three": "3", "tree": "3", "four": "4", "fower": "4", "five": "5", "fife": "5",
    "six": "6", "seven": "7", "eight": "8", "ait": "8", "nine": "9", "niner": "9",
}  # fmt: skip
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Every number word the grammar reads ("one", "niner", "fife", "sixteen", "forty"): a
#: hull or call number said in words, a whole word after a clipped one's dots.
SPOKEN: frozenset[str] = frozenset(DIGITS) | frozenset(TEENS) | frozenset(TENS)
PHONETIC: dict[str, str] = {
    "alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
    "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J",
    "juliett": "J", "kilo": "K", "lima": "L", "mike": "M", "november": "N",
    "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S",
    "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W",
    "xray": "X", "yankee": "Y", "zulu": "Z",
}  # fmt: skip


def _span(children: list[Any]) -> tuple[int, int]:
    """Island offsets covered by a rule's children (tokens or parsed values)."""
    first, last = children[0], children[-1]
    start = first.start_pos if isinstance(first, Token) else first.start
    end = last.end_pos if isinstance(last, Token) else last.end
    return int(start or 0), int(end or 0)


def _number(value: float, text: str, parts: tuple[str, ...], children: list[Any]) -> Num:
    start, end = _span(children)
    return Num(value, text, parts, start, end)


def _to_float(text: str) -> float:
    """A written number's value; 0.0 for one that is no number, or too long to be one
    (400 digits are infinite as a float, and every later ``int()`` of it would fail)."""
    try:
        value = float(text) if text else 0.0
    except ValueError:
        return 0.0
    return value if math.isfinite(value) else 0.0


class NumberRules:
    """Transformer callbacks for numbers and spelled call signs."""

    def digits(self, children: list[Token]) -> Num:
        """Digits spoken one by one join into one string; a written number starts a
        new part, so "51 05.2" stays two parts (degrees and minutes)."""
        parts: list[str] = []
        spoken = False
        for tok in children:
            if tok.type == "NUMBER":
                parts.append(str(tok))
                spoken = False
            else:
                if not spoken:
                    parts.append("")
                parts[-1] += DIGITS[str(tok)]
                spoken = True
        text = "".join(parts) if len(parts) == 1 else " ".join(parts)
        return _number(
            _to_float(parts[0]) if len(parts) == 1 else 0.0, text, tuple(parts), children
        )

    def digit_number(self, children: list[Any]) -> Num:
        whole: Num = children[0]
        if len(children) == 3:
            frac: Num = children[2]
            text = f"{whole.text}.{frac.text.replace(' ', '')}"
            parts = (*whole.parts[:-1], f"{whole.parts[-1]}.{frac.text.replace(' ', '')}")
            return _number(_to_float(text.rsplit(maxsplit=1)[-1]), text, parts, children)
        return _number(whole.value, whole.text, whole.parts, children)

    def cardinal_number(self, children: list[Any]) -> Num:
        value = float(children[0].value)
        text = str(int(value))
        if len(children) == 3:
            text = f"{text}.{children[2].text.replace(' ', '')}"
            value = _to_float(text)
        return _number(value, text, (text,), children)

    def tens(self, children: list[Token]) -> Num:
        value = TENS[str(children[0])] + (int(DIGITS[str(children[1])]) if len(children) > 1 else 0)
        return _number(value, str(value), (str(value),), children)

    def teen(self, children: list[Token]) -> Num:
        value = TEENS[str(children[0])]
        return _number(value, str(value), (str(value),), children)

    def hundreds(self, children: list[Token]) -> Num:
        value = int(DIGITS[str(children[0])]) * 100
        words = [str(t) for t in children[2:] if t.type != "AND"]
        if words and words[0] in TENS:
            value += TENS[words[0]] + (int(DIGITS[words[1]]) if len(words) > 1 else 0)
        elif words and words[0] in TEENS:
            value += TEENS[words[0]]
        elif words:
            value += int(DIGITS[words[0]])
        return _number(value, str(value), (str(value),), children)

    def half(self, children: list[Token]) -> Num:
        return _number(0.5, "0.5", ("0.5",), children)

    def spelled(self, children: list[Any]) -> Spell:
        letters = "".join(
            PHONETIC.get(str(c), "") if isinstance(c, Token) else c.text.replace(" ", "")
            for c in children
        )
        start, end = _span(children)
        return Spell(letters, start, end)


def french_number(words: list[str]) -> int | None:
    """The value of French number words ("cinquante et un", "quarante-cinq"), or None:
    text2num, lazily imported (most utterances say no French number), read for a
    clause's count and for a position's degrees alike."""
    from text_to_num import text2num

    try:
        return int(text2num(" ".join(words), "fr"))
    except ValueError:
        return None
