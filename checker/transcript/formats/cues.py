"""What every recogniser's output has in common: timed cues, and the checks on them.

Each format module turns its file into :class:`Cue` objects (plus diagnostics for the
blocks it could not read); :func:`assemble` then applies the checks that do not
depend on the format — empty cues, times out of order or overlapping, speakers given
for some cues but not others — scores confidence, and builds the transcript's
utterance :class:`Line`s. Every cue ends up either as an utterance or named in a
diagnostic, so nothing a recogniser heard is lost without a word.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from checker.defaults import empty_list
from checker.diagnostics import Diagnostic, make
from checker.transcript.model import Line, LineCounts, Recognition, Word
from checker.transcript.writer import format_offset

#: A word below this probability is doubtful, and named in reports.
LOW_WORD = 0.5
#: The published Whisper heuristics for a failed segment (openai/whisper transcribe.py).
LOGPROB_FLOOR = -1.0
COMPRESSION_CEILING = 2.4
NO_SPEECH_CEILING = 0.6
#: Each heuristic a segment fails halves its confidence.
PENALTY = 0.5
#: Cue times are compared with this slack (seconds), as recognisers round them.
SLACK = 0.001
#: The longest offset into a recording that is read as a time (a year): beyond it, a
#: cue time is a typing or recogniser error, and no clock time could be made of it.
MAX_OFFSET = 366 * 24 * 3600.0

_TIMESTAMP = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$")
_SECONDS = re.compile(r"^\d+(?:\.\d+)?$")
_PREFIX = re.compile(
    r"^\s*\[?(?P<name>[A-Za-z][A-Za-z0-9_.'&/-]*(?: [A-Za-z0-9_.'&/-]+){0,3})\]?\s*:\s+"
)


class CueTimeError(ValueError):
    """A cue timestamp that cannot be read."""


@dataclass
class Cue:
    """One cue or segment as a format module read it, located in its file."""

    number: int
    start: float
    end: float
    text: str
    path: str
    line: int
    column: int = 1
    source_line: str | None = None
    speaker: str | None = None
    words: list[Word] = field(default_factory=empty_list)
    avg_logprob: float | None = None
    compression_ratio: float | None = None
    no_speech_prob: float | None = None


@dataclass
class Recorded:
    """A format module's result: the cues it read and the blocks it could not."""

    format: str
    cues: list[Cue] = field(default_factory=empty_list)
    diagnostics: list[Diagnostic] = field(default_factory=empty_list)
    invalid: int = 0


def parse_timestamp(text: str) -> float:
    """``HH:MM:SS.mmm``, ``MM:SS.mmm``, ``HH:MM:SS,mmm`` (SRT) or plain seconds."""
    text = text.strip()
    if _SECONDS.match(text):
        value = float(text)
    else:
        m = _TIMESTAMP.match(text)
        if not m:
            raise CueTimeError(f"{text!r} is not a cue time (HH:MM:SS.mmm)")
        if len((m[1] or "").lstrip("0")) > 5:  # before int(), which refuses 4,300 digits
            raise CueTimeError(_too_late(text))
        hours, minutes, seconds = int(m[1] or 0), int(m[2]), int(m[3])
        if minutes > 59 or seconds > 59:
            raise CueTimeError(f"{text!r} is not a cue time (minutes and seconds run 00-59)")
        if hours > MAX_OFFSET // 3600:
            raise CueTimeError(_too_late(text))
        fraction = int((m[4] or "0").ljust(3, "0")) / 1000
        value = hours * 3600 + minutes * 60 + seconds + fraction
    if not value <= MAX_OFFSET:
        raise CueTimeError(_too_late(text))
    return value


def _too_late(text: str) -> str:
    return f"{text!r} is more than a year into the recording"


def split_speaker(text: str) -> tuple[str | None, str, int]:
    """A ``Name:`` or ``[SPEAKER_00]:`` prefix, the rest, and where the rest starts."""
    m = _PREFIX.match(text)
    if not m:
        return None, text.strip(), 0
    return m["name"], text[m.end() :].strip(), m.end()


def score(
    words: list[Word],
    avg_logprob: float | None,
    compression_ratio: float | None,
    no_speech_prob: float | None,
) -> tuple[float, list[str]]:
    """A segment's confidence in [0, 1] and its doubtful words.

    The base is the mean word probability when the recogniser gave one, else
    ``exp(avg_logprob)``, else 1.0 (the format says nothing). Each Whisper heuristic
    the segment fails halves it, so one failure already takes a confident segment
    under the default ``--min-confidence`` of 0.5.
    """
    probs = [w.probability for w in words if w.probability is not None]
    if probs:
        base = sum(probs) / len(probs)
    elif avg_logprob is not None:
        base = math.exp(min(avg_logprob, 0.0))
    else:
        base = 1.0
    failed = [
        avg_logprob is not None and avg_logprob < LOGPROB_FLOOR,
        compression_ratio is not None and compression_ratio > COMPRESSION_CEILING,
        no_speech_prob is not None and no_speech_prob > NO_SPEECH_CEILING,
    ]
    confidence = base * PENALTY ** sum(failed)
    doubtful = [w.text for w in words if w.probability is not None and w.probability < LOW_WORD]
    return round(min(max(confidence, 0.0), 1.0), 3), doubtful


def _readable_times(cue: Cue) -> bool:
    """False for a cue time past :data:`MAX_OFFSET` (or not a number at all), which a
    JSON segment can hold although no timestamp reads as one."""
    return 0.0 <= cue.start <= MAX_OFFSET and 0.0 <= cue.end <= MAX_OFFSET


def display(cue: Cue) -> str:
    """The one-line form of a cue that diagnostics of later stages quote."""
    who = f"{cue.speaker}: " if cue.speaker else ""
    return f"{who}{cue.text}"


def assemble(
    recorded: Recorded, counts: LineCounts
) -> tuple[list[Line], list[Diagnostic], list[str]]:
    """Lines, diagnostics and the quoted source of each cue (indexed by cue number).

    ``counts`` is updated so that every cue is counted once: an utterance, a blank
    (an empty cue, with a warning) or invalid (a block the format module rejected).
    """
    diags = list(recorded.diagnostics)
    counts.lines += len(recorded.cues) + recorded.invalid
    counts.invalid += recorded.invalid

    def diag(code: str, message: str, cue: Cue, hint: str | None = None) -> None:
        diags.append(
            make(
                code,
                message,
                path=cue.path,
                line=cue.line,
                column=cue.column,
                hint=hint,
                source_line=cue.source_line,
            )
        )

    lines: list[Line] = []
    shown: list[str] = []
    kept = [c for c in recorded.cues if c.text.strip() and _readable_times(c)]
    for cue in recorded.cues:
        if not _readable_times(cue):
            counts.invalid += 1
            diag(
                "RC134",
                f"cue {cue.number} starts or ends more than a year into the recording; "
                "it is not used",
                cue,
                "cue times are offsets into the recording, in seconds",
            )
        elif not cue.text.strip():
            counts.blanks += 1
            diag("RC140", f"cue {cue.number} has no words; it is not an utterance", cue)
    with_speaker = [c for c in kept if c.speaker]
    if kept and not with_speaker:
        diag(
            "RC139",
            "the recording names no speakers; they are inferred from call-ups",
            kept[0],
            "diarise the recording (WhisperX, an RTTM), or correct the speakers "
            "after radiocheck convert",
        )
    previous: Cue | None = None
    for cue in kept:
        if cue.end < cue.start - SLACK:
            diag(
                "RC134",
                f"cue {cue.number} ends ({format_offset(cue.end)}) before it starts "
                f"({format_offset(cue.start)})",
                cue,
            )
        if previous is not None and cue.start < previous.start - SLACK:
            diag(
                "RC136",
                f"cue {cue.number} starts at {format_offset(cue.start)}, before cue "
                f"{previous.number} ({format_offset(previous.start)}); kept in file order",
                cue,
                "put the cues in the order they were spoken",
            )
        elif previous is not None and cue.start < previous.end - SLACK:
            diag(
                "RC137",
                f"cue {cue.number} starts at {format_offset(cue.start)}, before cue "
                f"{previous.number} ends ({format_offset(previous.end)})",
                cue,
                "cues must not overlap: trim the earlier cue, or say who spoke first",
            )
        if with_speaker and not cue.speaker:
            diag(
                "RC138",
                f"cue {cue.number} has no speaker, though other cues have one",
                cue,
                "give every cue a speaker (a <v Name> span, a Name: prefix, or a "
                "diarisation label)",
            )
        previous = cue
        counts.utterances += 1
        confidence, doubtful = score(
            cue.words, cue.avg_logprob, cue.compression_ratio, cue.no_speech_prob
        )
        speaker_at = 1 if cue.speaker else None
        lines.append(
            Line(
                kind="utterance",
                line=cue.number,
                end_line=cue.number,
                speaker=cue.speaker,
                speaker_column=speaker_at,
                text=cue.text,
                text_column=len(cue.speaker) + 3 if cue.speaker else 1,
                source=recorded.format,
                recognition=Recognition(
                    format=recorded.format,
                    cue=cue.number,
                    start=cue.start,
                    end=cue.end,
                    speaker_label=cue.speaker,
                    words=cue.words,
                    avg_logprob=cue.avg_logprob,
                    compression_ratio=cue.compression_ratio,
                    no_speech_prob=cue.no_speech_prob,
                    confidence=confidence,
                    low_confidence_words=doubtful,
                ),
            )
        )
    for cue in recorded.cues:
        while len(shown) < cue.number:
            shown.append("")
        shown[cue.number - 1] = display(cue)
    return lines, diags, shown
