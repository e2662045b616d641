"""RTTM diarisation (``NAME.rttm``) paired with a timed text transcript (``NAME.txt``).

An RTTM file (as pyannote writes it) says who spoke when, but not what was said:
``SPEAKER <file-id> <channel> <onset> <duration> <NA> <NA> <label> <NA> <NA>``.
The words come from ``NAME.txt`` beside it, one timed segment per line, in either of
the shapes recognisers print::

    [00:00:10.200 --> 00:00:16.800]  ranger this is french warship ...
    10.2 16.8 ranger this is french warship ...

(times as ``[HH:]MM:SS[.mmm]`` or plain seconds; blank lines and ``#`` comment lines
are skipped). Each segment is given the speaker whose turns overlap it longest; a
segment no turn overlaps has no speaker and is reported. The RTTM's file id must be
the recording's name (``NAME``), so that turns of another recording are not mixed in.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from checker.diagnostics import InputError, make
from checker.transcript.formats.cues import Cue, CueTimeError, Recorded, parse_timestamp

_SEGMENT = re.compile(
    r"^\[?\s*(?P<start>[\d:.,]+)\s*(?:-->|\s)\s*(?P<end>[\d:.,]+)\s*\]?\s+(?P<text>\S.*)$"
)


@dataclass
class Turn:
    """A speaker's turn from one RTTM line."""

    start: float
    end: float
    speaker: str
    line: int


def turns(lines: list[str], path: str, out: Recorded) -> list[Turn]:
    """The SPEAKER turns of an RTTM file; bad lines become diagnostics in ``out``."""
    stem = Path(path).stem
    found: list[Turn] = []
    for number, raw in enumerate(lines, 1):
        fields = raw.split()
        if not fields or fields[0].startswith((";;", "#")) or fields[0] != "SPEAKER":
            continue  # blank, a comment, or another RTTM type (SPKR-INFO, LEXEME ...)
        columns = [m.start() + 1 for m in re.finditer(r"\S+", raw)]
        at = _Here(path, number, raw, columns, out)
        if len(fields) < 8:
            at.bad(
                "RC141",
                f"an RTTM SPEAKER line has 10 fields; this one has {len(fields)}",
                len(fields) - 1,
                "SPEAKER <file-id> <channel> <onset> <duration> <NA> <NA> <speaker> <NA> <NA>",
            )
            continue
        if fields[1] != stem:
            at.bad(
                "RC142",
                f"file id {fields[1]!r} is not this recording ({stem!r}); the turn is not used",
                1,
                f"name the file {fields[1]}.rttm, or correct the file id",
            )
            continue
        try:
            onset, duration = float(fields[3]), float(fields[4])
        except ValueError:
            at.bad("RC141", "onset and duration are seconds, such as 10.25", 3)
            continue
        if not (math.isfinite(onset) and math.isfinite(duration)):  # float() reads nan, inf
            at.bad("RC141", "onset and duration are seconds, such as 10.25, not nan or inf", 3)
            continue
        if onset < 0 or duration < 0:
            at.bad("RC141", "onset and duration must not be negative", 3)
            continue
        found.append(Turn(onset, onset + duration, fields[7], number))
    return found


@dataclass
class _Here:
    """One RTTM line, for diagnostics that point at one of its fields."""

    path: str
    line: int
    raw: str
    columns: list[int]
    out: Recorded

    def bad(self, code: str, message: str, field: int, hint: str | None = None) -> None:
        self.out.diagnostics.append(
            make(
                code,
                message,
                path=self.path,
                line=self.line,
                column=self.columns[min(field, len(self.columns) - 1)],
                hint=hint,
                source_line=self.raw,
            )
        )


def speaker_for(start: float, end: float, found: list[Turn]) -> str | None:
    """The speaker whose turns overlap ``[start, end]`` longest (or contain a point)."""
    overlap: dict[str, float] = {}
    for t in found:
        if end > start:
            shared = min(end, t.end) - max(start, t.start)
        else:
            shared = 1e-9 if t.start <= start <= t.end else 0.0
        if shared > 0:
            overlap[t.speaker] = overlap.get(t.speaker, 0.0) + shared
    return max(overlap, key=lambda k: overlap[k]) if overlap else None


def paired_text(path: str) -> Path:
    """Where the text transcript paired with an RTTM file is expected."""
    return Path(path).with_suffix(".txt")


def read(lines: list[str], path: str, text_lines: list[str], text_path: str) -> Recorded:
    """The cues of ``NAME.txt``, with speakers from the turns of ``NAME.rttm``."""
    out = Recorded("rttm")
    found = turns(lines, path, out)
    if not found and not out.diagnostics:
        raise InputError(
            [
                make(
                    "RC141",
                    "the RTTM file has no SPEAKER turns",
                    path=path,
                    line=1,
                    column=1,
                    source_line=lines[0] if lines else None,
                )
            ]
        )
    number = 0
    for line_no, raw in enumerate(text_lines, 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        number += 1
        m = _SEGMENT.match(raw.strip())
        problem: str | None = None
        column = len(raw) - len(raw.lstrip()) + 1
        times: tuple[float, float] | None = None
        if m is None:
            problem = "a line is [START --> END] TEXT, or START END TEXT"
        else:
            try:
                times = parse_timestamp(m["start"]), parse_timestamp(m["end"])
            except CueTimeError as exc:
                problem = str(exc)
        if problem is not None or times is None or m is None:
            out.diagnostics.append(
                make(
                    "RC143",
                    f"segment {number}: {problem}",
                    path=text_path,
                    line=line_no,
                    column=column,
                    hint="times are seconds (10.2) or [HH:]MM:SS.mmm",
                    source_line=raw,
                )
            )
            out.invalid += 1
            continue
        out.cues.append(
            Cue(
                number=number,
                start=times[0],
                end=times[1],
                text=" ".join(m["text"].split()),
                speaker=speaker_for(times[0], times[1], found),
                path=text_path,
                line=line_no,
                column=column,
                source_line=raw,
            )
        )
    return out
