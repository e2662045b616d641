"""Where a key or value sits in a rule-set text, so that diagnostics can point at it.

tomllib gives values without positions, so :func:`locate` scans the text for table
headers and keys (:func:`index`) to place pydantic's complaints — and the loader's own —
at a line and column. :func:`did_you_mean` suggests the closest of the names allowed.
"""

from __future__ import annotations

import bisect
import difflib
import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

#: A place in a rule-set file, as pydantic reports it: ``("zones", "FR-TW", "kind")``.
Loc = tuple[str | int, ...]

_KEY = r'"(?:[^"\\]|\\.)*"|\'[^\']*\'|[A-Za-z0-9_-]+'
_KEY_LINE = re.compile(rf"\s*((?:{_KEY})(?:\s*\.\s*(?:{_KEY}))*)\s*=\s*")
_HEADER = re.compile(r"\s*(\[\[?)\s*(.*?)\s*\]\]?\s*(?:#.*)?$")
_TOML_AT = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)")


def did_you_mean(name: str, options: Iterable[str]) -> str:
    """``did you mean 'X'? `` for the closest option, ignoring case; empty if none is."""
    lower = {o.lower(): o for o in options}
    close = difflib.get_close_matches(name.lower(), list(lower), n=1)
    return f"did you mean {lower[close[0]]!r}? " if close else ""


def dotted(loc: Loc) -> str:
    """``loc`` as written in messages: ``rules[2].excused_by``."""
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")


def index(text: str) -> dict[Loc, tuple[int, int, int]]:
    """Map each table header and key of a TOML text to (line, key column, value column).

    Array tables get their index (``[[rules]]`` → ``("rules", 0)``, ``("rules", 1)``...)
    as pydantic reports them. Keys inside inline tables are not indexed; a diagnostic
    about one points at the enclosing key instead.
    """
    found: dict[Loc, tuple[int, int, int]] = {}
    counts: dict[Loc, int] = {}
    table: Loc = ()
    in_string = False
    for n, line in enumerate(text.splitlines(), 1):
        odd = line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1
        if in_string:
            in_string = not odd
            continue
        in_string = odd
        header = _HEADER.match(line)
        if header:
            keys = _keys(header[2])
            table = ()
            for i, k in enumerate(keys):
                table += (k,)
                if header[1] == "[[" and i == len(keys) - 1:
                    counts[table] = counts.get(table, 0) + 1
                if table in counts:
                    table += (counts[table] - 1,)
            found.setdefault(table, (n, header.start(1) + 1, header.start(1) + 1))
        elif key := _KEY_LINE.match(line):
            found.setdefault((*table, *_keys(key[1])), (n, key.start(1) + 1, key.end() + 1))
    return found


def _keys(dotted_keys: str) -> list[str]:
    return [k[1:-1] if k[0] in "\"'" else k for k in re.findall(_KEY, dotted_keys)]


def locate(
    path: Path, text: str, loc: Loc, value: object = None, *, at_value: bool = False
) -> dict[str, Any]:
    """Place ``loc`` in the text: the longest indexed prefix of it; for a value error, the
    value itself when it can be found on that line or the lines before the next key.

    Returns the ``make`` keywords (path, line, column, source_line) of a diagnostic."""
    found, lines, starts = _indexed(text)
    line, col = 1, 1
    for k in range(len(loc), 0, -1):
        if hit := found.get(loc[:k]):
            line, col = hit[0], hit[2] if at_value and k == len(loc) else hit[1]
            break
    else:  # a table only named in deeper headers: ``[pots.Dover]`` for ``pots``
        below = sorted(v for k, v in found.items() if loc and k[: len(loc)] == loc)
        line, col = below[0][:2] if below else (1, 1)
    if isinstance(value, str) and value:
        after = bisect.bisect_right(starts, line)
        stop = starts[after] if after < len(starts) else len(lines) + 1
        spots = ((n, lines[n - 1].find(f"{q}{value}{q}")) for n in range(line, stop) for q in "\"'")
        line, col = next(((n, at + 1) for n, at in spots if at >= 0), (line, col))
    source = lines[line - 1] if 0 < line <= len(lines) else None
    return {"path": str(path), "line": line, "column": col, "source_line": source}


@lru_cache(maxsize=2)
def _indexed(text: str) -> tuple[dict[Loc, tuple[int, int, int]], list[str], list[int]]:
    """The index, the lines and the sorted lines that start a key, of one text, made
    once for all its diagnostics: re-indexing the text for each of 20,000 rules'
    errors made a large rule set quadratic. (A string caches its hash, and a hit on
    the same string compares by identity, so the lookup is cheap.)"""
    found = index(text)
    return found, text.splitlines(), sorted({n for n, _, _ in found.values()})


def locate_toml_error(
    path: Path, text: str, error: tomllib.TOMLDecodeError
) -> tuple[str, dict[str, Any]]:
    """tomllib's message without its ``(at line L, column C)``, and ``make`` keywords
    placing it there (at the end of the text for ``(at end of document)``)."""
    m, lines = _TOML_AT.search(str(error)), text.splitlines()
    line, col = (int(m[1]), int(m[2])) if m and m[1] else (len(lines), len(lines[-1]) + 1)
    source = lines[line - 1] if line <= len(lines) else ""
    where = {"path": str(path), "line": line, "column": col, "source_line": source}
    return _TOML_AT.sub("", str(error)), where
