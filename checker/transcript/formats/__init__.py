"""Recogniser outputs read into the same :class:`Transcript` as a typed ``.radio`` file.

One module per format (:mod:`.vtt`, :mod:`.srt`, :mod:`.whisper` for Whisper and
WhisperX JSON, :mod:`.rttm` for diarisation with its text); :mod:`.cues` holds the
checks they share. :func:`detect_format` chooses the module by extension, then by
content; :func:`read_recording` reads the file, merges its sidecar
(:mod:`checker.transcript.sidecar`) and returns the transcript. Its lines are
numbered as ``radiocheck convert`` writes them (:func:`checker.transcript.writer.number`),
so that numbers follow the merged order; ``Line.recognition`` holds the cue number and
what the recogniser said about the cue.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from checker import files
from checker.diagnostics import InputError, make
from checker.files import Refused, is_regular, outside, read_head
from checker.transcript.decode import (
    DEFAULT_MAX_BYTES,
    decode,
    empty_diagnostic,
    read_bytes,
    split_lines,
)
from checker.transcript.model import Header, Transcript

if TYPE_CHECKING:
    from checker.transcript.formats.cues import Recorded

# The readers of each format are imported when a recording is read: every check asks
# is_recording() and recording_for(), and importing the readers is a cost of its own
# (measured: benchmarks/README.md, 'transcript.formats.read_recording').

#: Every format name ``--input-format`` accepts; ``json`` means Whisper or WhisperX.
FORMATS: tuple[str, ...] = ("radio", "vtt", "srt", "json", "whisper", "whisperx", "rttm")
RECORDING_FORMATS: frozenset[str] = frozenset(FORMATS) - {"radio"}
_BY_SUFFIX = {
    ".radio": "radio",
    ".txt": "radio",
    ".vtt": "vtt",
    ".webvtt": "vtt",
    ".srt": "srt",
    ".json": "json",
    ".rttm": "rttm",
}
_SRT_START = re.compile(r"^\s*\d+\s*\r?\n\s*[\d:,.]+\s+-->\s+")
_RTTM_LINE = re.compile(r"^SPEAKER\s+\S+\s+\S+\s+[\d.]+\s+[\d.]+\s", re.MULTILINE)

__all__ = [
    "FORMATS",
    "RECORDING_FORMATS",
    "detect_format",
    "is_recording",
    "read_recording",
    "recording_for",
]


def detect_format(path: str | Path, data: bytes) -> str:
    """The format of a file: by extension, then by its first bytes.

    Returns one of ``radio``, ``vtt``, ``srt``, ``whisper``, ``whisperx``, ``rttm``;
    JSON is told apart by content (WhisperX has speakers or word scores).
    """
    suffix = Path(path).suffix.lower()
    found = _BY_SUFFIX.get(suffix) or _sniff(data)
    if found == "json":
        from checker.transcript.formats import whisper

        head = data.decode("utf-8", errors="replace")
        try:
            return "whisperx" if whisper.is_whisperx(whisper.parse(head, str(path))) else "whisper"
        except InputError:
            return "whisper"  # reading it will report what is wrong
    return found


def _sniff(data: bytes) -> str:
    head = data[:4096].decode("utf-8", errors="replace").lstrip("\ufeff")
    stripped = head.lstrip()
    if stripped.startswith("WEBVTT"):
        return "vtt"
    if stripped.startswith("{"):
        return "json"
    if _SRT_START.match(head):
        return "srt"
    if _RTTM_LINE.search(head):
        return "rttm"
    return "radio"


def is_recording(path: str | Path, input_format: str | None = None) -> bool:
    """True when ``path`` is a recogniser's output rather than a ``.radio`` transcript:
    by ``input_format``, else by extension, else by its first bytes."""
    if input_format is not None:
        return input_format != "radio"
    suffix = Path(path).suffix.lower()
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix] != "radio"
    # not open(): a FIFO would block, a device would never end (checker.files)
    head = read_head(Path(path), 4096)
    return _sniff(head) != "radio"


def recording_for(radio: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Path | None:
    """The recording whose sidecar ``radio`` is: ``NAME.vtt`` (or .srt, .rttm, or a
    Whisper ``NAME.json``) beside ``NAME.radio``. A JSON file that is not a
    recogniser's output (a saved report, say) does not count, nor does one over
    ``max_bytes`` (it is not read past the limit), nor a neighbour that is not a regular
    file or leads (by a symbolic link) outside the project (:mod:`checker.files`)."""
    base = Path(radio)
    for suffix in (".vtt", ".srt", ".json", ".rttm"):
        candidate = base.with_suffix(suffix)
        if not is_regular(candidate) or outside(candidate, base.parent) is not None:
            continue
        if suffix != ".json":
            return candidate
        try:
            text = files.read_bytes(candidate, max_bytes, named_by=base).decode(
                "utf-8", errors="replace"
            )
        except Refused:
            continue
        if text.lstrip("\ufeff \t\r\n").startswith("{") and '"segments"' in text:
            return candidate
    return None


def read_recording(
    path: str | Path,
    *,
    input_format: str | None = None,
    header: str | Path | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Transcript:
    """Read a recogniser's output and its sidecar into a :class:`Transcript`.

    ``header`` names the sidecar explicitly (``--header``); otherwise ``NAME.radio``
    beside the file is used when it exists. Raises :class:`InputError` when the file
    cannot be read at all; problems with single cues are in ``Transcript.diagnostics``.
    """
    from checker.transcript.formats.cues import assemble
    from checker.transcript.reader import read_path
    from checker.transcript.sidecar import find_sidecar, merge
    from checker.transcript.writer import number

    shown = str(path)
    data = read_bytes(Path(path), max_bytes)
    fmt = input_format or detect_format(path, data)
    if fmt == "json":
        fmt = detect_format(Path(path).with_suffix(".json"), data)
    if fmt not in RECORDING_FORMATS:
        what = "a .radio transcript, not a recording" if fmt == "radio" else f"{fmt!r}?"
        raise InputError(
            [
                make(
                    "RC130",
                    f"cannot read this as a recording: {what}",
                    path=shown,
                    hint="--input-format takes "
                    + ", ".join(sorted(RECORDING_FORMATS - {"json"}))
                    + "; --header is for recordings only",
                )
            ]
        )
    text = decode(data, shown, encoding)
    if not text.strip():
        raise InputError([empty_diagnostic(shown)])
    digest = hashlib.sha256(data)
    recorded = _read_format(fmt, text, shown, encoding, max_bytes, digest)
    t = Transcript(path=shown, format=recorded.format, sha256="", header=Header())
    t.lines, diagnostics, t.source_lines = assemble(recorded, t.counts)
    t.diagnostics = diagnostics
    sidecar_path = Path(header) if header is not None else find_sidecar(path)
    sidecar = None
    if sidecar_path is not None:
        found = None if header is not None else Path(path)  # named by the user, or found
        raw = read_bytes(sidecar_path, max_bytes, named_by=found)
        sidecar = read_path(sidecar_path, encoding=encoding, max_bytes=max_bytes, data=raw)
        digest.update(raw)
    merge(t, sidecar)
    number(t, sidecar.source_lines if sidecar is not None else None, Path(path).name)
    t.sha256 = digest.hexdigest()
    return t


def _read_format(
    fmt: str,
    text: str,
    path: str,
    encoding: str | None,
    max_bytes: int,
    digest: hashlib._Hash,
) -> Recorded:
    from checker.transcript.formats import rttm, srt, vtt, whisper

    if fmt == "vtt":
        return vtt.read(split_lines(text), path)
    if fmt == "srt":
        return srt.read(split_lines(text), path)
    if fmt in ("whisper", "whisperx"):
        return whisper.read(text, path, fmt)
    paired = rttm.paired_text(path)
    try:
        raw = files.read_bytes(paired, max_bytes, named_by=Path(path))
    except Refused as exc:
        if exc.code != "RC001" or paired.exists():  # there, but refused
            raise InputError([exc.diagnostic(str(paired))]) from None
        raise InputError(
            [
                make(
                    "RC143",
                    f"an RTTM file says who spoke when, not what was said; {paired.name} "
                    "with the words is missing",
                    path=path,
                    hint=f"put the timed text beside it as {paired.name}: one line per "
                    "segment, [00:00:10.200 --> 00:00:16.800] text",
                )
            ]
        ) from None
    digest.update(raw)
    return rttm.read(
        split_lines(text), path, split_lines(decode(raw, str(paired), encoding)), str(paired)
    )
