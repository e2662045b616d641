"""A fast path for the commonest lines of a transcript: plain utterances, comment
lines, one-value header directives and ``@station`` declarations.

Most lines are ``[TIME] SPEAKER[ -> ADDRESSEE][ (MEDIUM)]: TEXT`` with no quotes,
comments or annotations. For those, one regular expression built from the same
terminals as ``grammar/transcript.lark`` gives what the grammar would; any other line,
and any line the expression does not match, goes to the LALR parser, which also writes
every error message. ``tests/transcript/test_fastpath.py`` checks that both give the
same result on every line of the corpus and on generated variants. The path reads
lines faster than the grammar alone, and makes a whole check faster
(measured: benchmarks/README.md, 'transcript.fastpath').

Comment lines without an annotation and ``@title``/``@date``/``@timezone``/
``@start``/``@rules`` lines without a comment are the next commonest: taking them
here leaves fewer than half as many of the benchmarks' corpus lines to the parser
(measured: benchmarks/README.md, 'transcript.fastpath').
"""

from __future__ import annotations

import re
from typing import NamedTuple

TIME_PATTERN = _TIME = (  # the TIME terminal of grammar/transcript.lark
    r"(?:\d{4}-\d{2}-\d{2}[T ])?(?:\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?|\d{1,2}h\d{2}|\d{4})"
    r"(?:Z|[+-]\d{2}:?\d{2}|[ ]?[AaPp]\.?[Mm]\.?|[ ]?hrs?)?(?![\w:])"
)
_NAME = r"""[^\s:"()\[\]#*@~-](?:[^:"()\n-]|-(?!>))*"""
_WORD = r"""[^\s#"=,\[\]()~:][^\s"=,\[\]():]*"""
_TIME_FIRST = re.compile(rf"\[[ \t]*{_TIME}|{_TIME}")
_REST = rf"""(?P<speaker>{_NAME})
        (?:->[ \t]*(?P<addressee>{_NAME}))?
        (?:\([ \t]*(?P<medium>{_WORD})[ \t]*\)[ \t]*)?
        :[ \t]*(?P<text>\S.*)?"""
#: A line that starts with a time must use it as its time, as lark's lexer does (the
#: time terminal has priority): never read "06:30 * A departs" as speaker "06".
_TIMED = re.compile(
    rf"(?:\[[ \t]*(?P<btime>{_TIME})[ \t]*\][ \t]*|(?P<time>{_TIME})[ \t]+){_REST}",
    re.VERBOSE,
)
_UNTIMED = re.compile(rf"(?P<btime>)?(?P<time>)?{_REST}", re.VERBOSE)


class Piece(NamedTuple):
    """A value and the 1-based column where it starts (as lark reports a token)."""

    value: str
    column: int


class Utterance(NamedTuple):
    """The parts of a plain utterance line."""

    time: Piece | None
    speaker: Piece
    addressee: Piece | None
    medium: Piece | None
    text: Piece | None


def plain_utterance(line: str) -> Utterance | None:
    """The parts of ``line`` when it is a plain utterance, else None (use the grammar).

    ``line`` has no newline and no trailing white space (the reader strips them).
    """
    if not line or line[0] in " \t@#*" or '"' in line or "#" in line:
        return None  # a directive, comment, narration, quoted name or annotation
    m = (_TIMED if _TIME_FIRST.match(line) else _UNTIMED).fullmatch(line)
    if m is None or not m["speaker"].strip():
        return None

    def piece(name: str, strip: bool = False) -> Piece | None:
        value = m[name]
        if not value:
            return None
        return Piece(value.strip() if strip else value, m.start(name) + 1)

    speaker = piece("speaker", strip=True)
    assert speaker is not None
    return Utterance(
        piece("btime") or piece("time"),
        speaker,
        piece("addressee", strip=True),
        piece("medium"),
        piece("text"),
    )


#: ``@title: TEXT`` and the like: keyword, colon, then TEXT (grammar) up to the end.
#: A line with a "#" anywhere may hold a comment or an annotation: the grammar reads it.
_SIMPLE_DIRECTIVE = re.compile(r"@(title|date|timezone|start|rules):[ \t]*(?P<value>[^\s#].*)?")


class Directive(NamedTuple):
    """A one-value header directive: its name and its value (None when empty)."""

    name: str
    value: Piece | None


def simple_directive(line: str) -> Directive | None:
    """``@title``, ``@date``, ``@timezone``, ``@start`` or ``@rules`` written as
    ``@NAME: VALUE`` with no "#" in the line, else None (use the grammar)."""
    if not line.startswith("@") or "#" in line:
        return None
    m = _SIMPLE_DIRECTIVE.fullmatch(line)
    if m is None:
        return None
    value = m["value"]
    return Directive(m[1], Piece(value, m.start("value") + 1) if value else None)


def comment_line(line: str) -> str | None:
    """The comment of a whole-line comment with no annotation in it, else None.

    The grammar reads such a line as one token (``FULL_COMMENT`` or ``COMMENT``) and
    keeps its text after the "#", stripped. Any line that mentions "radiocheck" (in
    any case) may hold an annotation, and goes to the grammar."""
    if not line.startswith("#") or "radiocheck" in line.lower():
        return None
    return line[1:].strip()


#: The terminals of a ``@station`` line, as in the grammar. Each WORD and BARE is
#: followed by a look-ahead that stops the expression from backtracking into a
#: shorter token than lark's lexer (which takes the longest match of one terminal and
#: never goes back): "vesselparty=UK" must not read as "vessel party=UK".
_STRING = r'"(?:[^"\\\n]|\\.)*"'
_WORD_TOKEN = rf"{_WORD}(?![^\s\"=,\[\]():])"
_BARE = r'[^\s",#]+(?![^\s",#])'
_VALUE = rf"(?:{_STRING}|{_BARE})"
_KEYVAL = rf"[ \t]*(?P<key>[a-z][a-z_-]*)=[ \t]*(?P<values>{_VALUE}(?:[ \t]*,[ \t]*{_VALUE})*)"
_STATION = re.compile(
    rf"@station(?![\w-])[ \t]*(?P<ident>{_STRING}|{_WORD_TOKEN})[ \t]*:"
    rf"[ \t]*(?P<role>{_WORD_TOKEN})(?:{_KEYVAL})*"
)
_KEYVAL_AT = re.compile(_KEYVAL)
_VALUE_AT = re.compile(_VALUE)


class KeyValues(NamedTuple):
    """``key=value[, value...]``: the key and each value as written (quotes kept)."""

    key: Piece
    values: list[Piece]


class Station(NamedTuple):
    """A ``@station`` line: the identifier and role as written, and the key=values."""

    ident: Piece
    role: Piece
    keyvals: list[KeyValues]


def station(line: str) -> Station | None:
    """The parts of a ``@station IDENT: ROLE key=value ...`` line with no "#" in it,
    else None (use the grammar, which also reports what is wrong with the line).

    About half of the lines that still went to lark were these
    (measured: benchmarks/README.md, 'transcript.fastpath.station')."""
    if not line.startswith("@station") or "#" in line:
        return None
    m = _STATION.fullmatch(line)
    if m is None:
        return None
    keyvals: list[KeyValues] = []
    pos = m.end("role")
    while pos < len(line):
        kv = _KEYVAL_AT.match(line, pos)
        assert kv is not None  # the whole line matched: each key=values is there
        values = [
            Piece(v[0], v.start() + 1)
            for v in _VALUE_AT.finditer(line, kv.start("values"), kv.end("values"))
        ]
        keyvals.append(KeyValues(Piece(kv["key"], kv.start("key") + 1), values))
        pos = kv.end()
    return Station(
        Piece(m["ident"], m.start("ident") + 1), Piece(m["role"], m.start("role") + 1), keyvals
    )
