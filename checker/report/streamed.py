"""``check --format json`` and ``--format jsonl`` written as the reports come.

The ``json`` output is ``json.dumps([r.model_dump(mode="json"), ...], indent=2,
ensure_ascii=False)`` and a newline, byte for byte, but it is never built whole: each
report is written as its file finishes, inside the array's brackets, and is itself
written in pieces (its short fields together, then its long lists one item at a time),
so that memory holds the report and one item's text, not a second copy of every report
as Python objects and a third as one string. ``jsonl`` writes each record as it is made.

Each piece is serialised by pydantic-core (``model_dump_json``; an item of a long list,
a dataclass, by the report's own serialiser of it: :mod:`checker.report.dump`), not by
the pure-Python encoder that ``indent`` forces on :mod:`json` (one report of 8,000
utterances: 0.54 s and 1.4 MiB above the report, against 1.55 s and 202 MiB;
benchmarks/README.md). Its text is the same as :func:`json.dumps` with
``ensure_ascii=False`` (UTF-8 as it is, the same escapes, ``null`` for NaN and
infinities as ``model_dump(mode="json")`` gives) except for one case: a float of
magnitude in [1e-9, 1e-4), which Python writes ``1e-05`` or ``3.4e-06`` and
pydantic-core ``0.00001`` or ``3.4e-6`` (a sweep of every decimal exponent from -325 to
307 found no other). A piece whose text may hold such a number (:data:`_RISKY`, which
also matches such text inside strings: then the piece is merely encoded the slow way) is
encoded again by :func:`json.dumps`, as is one pydantic-core refuses (a lone surrogate,
which the readers already refuse).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any, get_args

from pydantic_core import PydanticSerializationError

from checker.report.dump import dump, dump_json

if TYPE_CHECKING:
    from checker.report.model import Report

#: A number pydantic-core writes otherwise than :func:`json.dumps`: ``0.0000…`` (Python:
#: ``…e-05``) or a one-digit negative exponent (Python pads it: ``e-06``).
_RISKY = re.compile(r"0\.0000|e-\d(?!\d)")
#: The report's fields written item by item: the ones that grow with the file.
LONG = frozenset({"events", "casualties", "responsibility", "verdicts", "diagnostics"})
#: Characters gathered before a write: few writes through the stdout guard, and a
#: bounded buffer (a long item is written whole).
BUFFER = 1 << 16


def _indented(text: str, by: str) -> str:
    """``text`` (indented JSON) as nested ``by`` deeper: a JSON string holds no raw
    newline, so every newline starts a line."""
    return text.replace("\n", "\n" + by)


def _encoded(fast: Any, slow: Any) -> str:
    """``fast()``, pydantic-core's text, when it is the same as :mod:`json`'s; else
    ``json.dumps(slow(), indent=2, ensure_ascii=False)``."""
    try:
        text: str | None = fast()
    except PydanticSerializationError:
        text = None
    if text is None or _RISKY.search(text):
        return json.dumps(slow(), indent=2, ensure_ascii=False)
    return text


def _item(item: object) -> str:
    return _encoded(lambda: dump_json(item, indent=2), lambda: dump(item))


def _fields(report: Report, names: set[str]) -> str:
    """The lines of these fields of the report, at its indentation, without braces."""
    text = _encoded(
        lambda: report.model_dump_json(indent=2, include=names),
        lambda: report.model_dump(mode="json", include=names),
    )
    return text[2:-2]  # "{\n" ... "\n}"


def _long(report: Report, name: str) -> bool:
    """Whether field ``name`` is written item by item: a long list whose items are all
    of its declared model (an item of a subclass is written as the field declares it,
    which only the report's own serialiser knows)."""
    if name not in LONG:
        return False
    (declared,) = get_args(type(report).model_fields[name].annotation)
    return all(type(item) is declared for item in getattr(report, name))


def report_pieces(report: Report) -> Iterator[str]:
    """The report's JSON as an element of the output's array (each line 2 spaces deeper
    than ``indent=2`` alone), in pieces, with no separator before it."""
    yield "{"
    short: list[str] = []
    first = True
    for name in (*type(report).model_fields, ""):
        if name and not _long(report, name):
            short.append(name)
            continue
        if short:
            yield ("\n  " if first else ",\n  ") + _indented(_fields(report, set(short)), "  ")
            first, short = False, []
        if not name:
            break
        items = getattr(report, name)
        yield f'{"" if first else ","}\n    "{name}": [' + ("]" if not items else "")
        first = False
        for k, item in enumerate(items):
            yield ("\n      " if k == 0 else ",\n      ") + _indented(_item(item), "      ")
        if items:
            yield "\n    ]"
    yield "\n  }"


def pieces(fmt: str, report: Report) -> Iterator[str]:
    """The text of one report in ``fmt`` (``json``: an element of the array)."""
    if fmt == "json":
        return report_pieces(report)
    from checker.report.jsonl import iter_jsonl

    return iter_jsonl([report])


def buffered(texts: Iterable[str], size: int = BUFFER) -> Iterator[str]:
    """``texts`` gathered into strings of about ``size`` characters (a longer text
    stays whole)."""
    held: list[str] = []
    length = 0
    for text in texts:
        held.append(text)
        length += len(text)
        if length >= size:
            yield "".join(held)
            held, length = [], 0
    if held:
        yield "".join(held)


class Streamed:
    """Writes ``check``'s ``json`` or ``jsonl`` output to ``out`` one report at a time:
    the ``json`` array's brackets and separators around them, nothing for ``jsonl``."""

    def __init__(self, fmt: str, out: IO[str]) -> None:
        self.fmt = fmt
        self.out = out
        self.count = 0

    def add(self, texts: Iterable[str]) -> None:
        """Write one report, as :func:`pieces` gives it (or as a worker gathered them)."""
        if self.fmt == "json":
            self.out.write(",\n  " if self.count else "[\n  ")
        for chunk in buffered(texts):
            self.out.write(chunk)
        self.out.flush()
        self.count += 1

    def close(self) -> None:
        """End the output: the array's closing bracket (``[]`` when no file was checked)."""
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "[]\n")
