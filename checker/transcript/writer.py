"""A recording's merged transcript written back as a ``.radio`` file a person can correct.

Recognisers mishear; the remedy is a person reading the result and fixing it. The
``.radio`` file written here has the sidecar's header and narration lines verbatim,
and one utterance line per cue with its clock time and speaker; a comment after each
cue gives the cue number, its offset in the recording, its confidence and the words
the recogniser doubted, so the reader knows where to listen again. Reading the file
back gives the same lines (times, speakers, words) as the recording did.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import UTC, date, tzinfo

from checker.transcript.model import Line, Transcript
from checker.transcript.times import TimeError, parse_date, parse_offset

#: The speaker written for a cue the recogniser gave no speaker.
UNKNOWN_SPEAKER = "UNKNOWN"
_PLAIN_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.'&/ -]*$")
_COMMENT_MARK = re.compile(r"(?<=\s)#(?=\s|$)")
#: A '#' that, followed by ``radiocheck:``, would start an annotation (as the grammar's
#: ANNOT_START reads it): in a recogniser's text or a speaker label it is not one.
_ANNOTATION_MARK = re.compile(r"#(?=[ \t]*radiocheck[ \t]*:)")


def format_offset(seconds: float) -> str:
    """An offset as ``H:MM:SS.mmm``, for messages and comments."""
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    return f"{h}:{m:02d}:{rest / 1000:06.3f}"


def _zone(t: Transcript) -> tzinfo:
    try:
        return parse_offset(t.header.timezone) if t.header.timezone else UTC
    except TimeError:
        return UTC


def _name(name: str) -> str:
    """A speaker as the reader reads it back: plain, or quoted with its backslashes
    escaped (a quoted name's backslash escapes the next character)."""
    if _PLAIN_NAME.match(name) and "->" not in name and not name.endswith(" "):
        return name
    return '"' + name.replace("\\", "\\\\").replace('"', "'") + '"'


def _cue(line: Line, zone: tzinfo) -> str:
    rec = line.recognition
    clock = line.clock
    if line.time is not None:
        moment = line.time.astimezone(zone).time()
        clock = moment.isoformat(timespec="seconds" if not moment.microsecond else "milliseconds")
    text = line.text
    notes: list[str] = []
    if _COMMENT_MARK.search(text) or _ANNOTATION_MARK.search(text):
        text = _ANNOTATION_MARK.sub(" ", text)
        text = _COMMENT_MARK.sub("", text).replace("  ", " ")
        notes.append("a lone '#' was removed from the text")
    speaker = line.speaker or UNKNOWN_SPEAKER
    annotation = ""
    if rec is not None:
        where = f"cue {rec.cue}"
        if rec.start is not None:
            where += f" at {format_offset(rec.start)}"
        notes.insert(0, where)
        if line.speaker is None:
            notes.append("speaker not recognised: correct UNKNOWN")
        doubtful = {
            w.text.strip(): w.probability
            for w in rec.words
            if w.text in rec.low_confidence_words and w.probability is not None
        }
        marks = []
        if rec.confidence < 1.0:
            marks.append(f"confidence={rec.confidence:.2f}")
        if doubtful:
            pairs = ", ".join(f"{w}:{p:.2f}" for w, p in doubtful.items() if '"' not in w)
            marks.append(f'doubtful="{pairs}"')
        if marks:
            # An annotation, not prose: reading the .radio again keeps the doubt.
            annotation = "# radiocheck: " + " ".join(marks)
    prefix = f"[{clock}] " if clock else ""
    out = f"{prefix}{_name(speaker)}: {text}"
    out = f"{out}   # {'; '.join(notes)}" if notes else out
    return f"{out} {annotation}" if annotation else out


Laid = list[tuple[str, Line | None]]


def layout(t: Transcript, sidecar: list[str] | None = None, source: str | None = None) -> Laid:
    """The lines of the ``.radio`` file, each with the transcript line it writes.

    The sidecar's header comes first and verbatim, so its directives keep their line
    numbers; then notes for the reader, then every line in merged order (sidecar
    lines verbatim, cues rendered), with ``@date`` where a day begins.
    """
    zone = _zone(t)
    side = sidecar or []
    events = [ln for ln in t.lines if ln.source == "sidecar"]
    first = min((ln.line for ln in events), default=len(side) + 1)
    out: Laid = [(raw, None) for raw in (side[: first - 1] if events else side)]
    notes = [
        f"# Converted by radiocheck from {source or t.path or 'a recording'} ({t.format}).",
        "# Correct the speakers and words, then check this file again; each cue's",
        "# comment gives its offset in the recording and the words the recogniser doubted.",
    ]
    declared = {n.lower() for s in t.stations for n in (s.id, *s.aliases)}
    labels = sorted({ln.speaker for ln in t.lines if ln.speaker} - declared)
    labels = [x for x in labels if x.lower() not in declared]
    notes += [
        f"# {_ANNOTATION_MARK.sub('(#)', x)}: which station is this? Declare it, or replace "
        "the name below."
        for x in labels
    ]
    out += [(note, None) for note in notes]
    out.append(("", None))
    day: date | None = None
    if t.header.date:
        with suppress(TimeError):
            day = parse_date(t.header.date)
    for line in t.lines:
        if line.time is not None:
            local = line.time.astimezone(zone).date()
            if day is not None and local != day:
                out.append((f"@date: {local.isoformat()}", None))
            day = local
        if line.source == "sidecar":
            out += [(raw, line) for raw in side[line.line - 1 : line.end_line]]
        else:
            out.append((_cue(line, zone), line))
    return out


def number(t: Transcript, sidecar: list[str] | None = None, source: str | None = None) -> None:
    """Number the lines of a recording's transcript as :func:`layout` writes them.

    Later stages order events and key acts by line number, so numbers must be unique
    and follow the merged order; numbering by the converted file gives that, and makes
    a report on the recording and a report on its converted ``.radio`` cite the same
    lines. The cue number stays in ``Line.recognition.cue``.
    """
    laid = layout(t, sidecar, source)
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for number, (_, owner) in enumerate(laid, 1):
        if owner is not None:
            first.setdefault(id(owner), number)
            last[id(owner)] = number
    for line in t.lines:
        shift = first[id(line)] - line.line
        for note in line.annotations:
            note.line += shift
        line.line, line.end_line = first[id(line)], last[id(line)]
        if line.source != "sidecar" and line.speaker:
            raw = laid[line.line - 1][0]
            at = raw.index("] ") + 2 if raw.startswith("[") else 0
            line.speaker_column = at + 1
            line.text_column = raw.index(": ", at) + 3
    t.source_lines = [raw for raw, _ in laid]


def to_radio(t: Transcript) -> str:
    """The ``.radio`` text of a recording's transcript, numbered by :func:`number`."""
    return "\n".join(t.source_lines) + "\n"
