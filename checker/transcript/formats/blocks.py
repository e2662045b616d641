"""Blank-line separated blocks, the shape WebVTT and SRT share.

Both formats are a sequence of blocks (a cue: identifier, timing line, text lines)
separated by blank lines; this module finds the blocks and reads a timing line, and
leaves what a block means to the format module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from checker.diagnostics import Diagnostic, make
from checker.transcript.formats.cues import Cue, CueTimeError, Recorded, parse_timestamp

_ARROW = re.compile(r"^(?P<start>\S+)\s+-->\s+(?P<end>\S+)(?:\s+.*)?$")


@dataclass
class Block:
    """Consecutive non-blank lines; ``first`` is the 1-based number of the first one."""

    first: int
    lines: list[str]


def blocks(lines: list[str]) -> list[Block]:
    """The blocks of a file, in order."""
    out: list[Block] = []
    current: Block | None = None
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            current = None
            continue
        if current is None:
            current = Block(number, [])
            out.append(current)
        current.lines.append(raw)
    return out


def timing(raw: str, path: str, line: int) -> tuple[float, float] | Diagnostic:
    """The start and end of a ``START --> END`` line, or the diagnostic saying why not."""
    m = _ARROW.match(raw.strip())
    indent = len(raw) - len(raw.lstrip())
    if not m:
        return make(
            "RC133",
            "a cue timing line is START --> END",
            path=path,
            line=line,
            column=indent + 1,
            source_line=raw,
        )
    times: list[float] = []
    for key in ("start", "end"):
        try:
            times.append(parse_timestamp(m[key]))
        except CueTimeError as exc:
            return make(
                "RC134",
                str(exc),
                path=path,
                line=line,
                column=indent + m.start(key) + 1,
                hint="write 00:01:02.500 (WebVTT) or 00:01:02,500 (SRT)",
                source_line=raw,
            )
    return times[0], times[1]


def add_cue(
    out: Recorded,
    block: Block,
    at: int,
    number: int,
    path: str,
    clean: Callable[[str], tuple[str | None, str]],
) -> None:
    """The cue of a block whose timing line is ``block.lines[at]``: its text is the
    lines after it, joined and cleaned by the format (speaker prefix, tags). A bad
    timing line is a diagnostic and the cue counts as invalid, so nothing is lost."""
    result = timing(block.lines[at], path, block.first + at)
    if not isinstance(result, tuple):
        out.diagnostics.append(result)
        out.invalid += 1
        return
    speaker, text = clean(" ".join(block.lines[at + 1 :]))
    out.cues.append(
        Cue(
            number=number,
            start=result[0],
            end=result[1],
            text=text,
            speaker=speaker,
            path=path,
            line=block.first + at,
            source_line=block.lines[at],
        )
    )
