"""Where each segment object sits in a JSON file, for diagnostics with line and column.

The standard ``json`` module parses values but forgets positions. A segment with a
bad field must still be reported at its place in the file, so this scanner walks the
text once (skipping strings) and records where each object of the top-level
``segments`` array opens. It assumes the text already parsed as JSON.
"""

from __future__ import annotations

from bisect import bisect_right


def line_column(text: str, offset: int, starts: list[int] | None = None) -> tuple[int, int]:
    """The 1-based line and column of a character offset."""
    starts = starts if starts is not None else line_starts(text)
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def line_starts(text: str) -> list[int]:
    """The offset at which each line starts."""
    return [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]


def array_objects(text: str, key: str = "segments") -> list[int]:
    """Offsets of the objects in the array under ``key`` of the root object."""
    found: list[int] = []
    stack: list[tuple[str, str | None]] = []  # (bracket, key it is the value of)
    last_string: str | None = None
    pending: str | None = None
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            last_string = text[i + 1 : j]
            i = j + 1
            continue
        if ch == ":":
            pending = last_string
        elif ch in "{[":
            parent = stack[-1] if stack else None
            if ch == "{" and len(stack) == 2 and parent == ("[", key):
                found.append(i)
            stack.append((ch, pending if parent is not None and parent[0] == "{" else None))
            pending = None
        elif ch in "}]":
            if stack:
                stack.pop()
        elif ch == ",":
            pending = None
        i += 1
    return found
