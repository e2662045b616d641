"""Whisper and WhisperX JSON: ``segments[]`` with times, text and confidence signals.

Whisper (``openai-whisper``, ``faster-whisper``) writes per segment ``avg_logprob``,
``compression_ratio`` and ``no_speech_prob``, and with ``word_timestamps`` a word
list with ``probability``. WhisperX adds diarisation (``speaker`` on segments and
words) and scores words with ``score``. Both are read here because they differ only
in those keys; the format is ``whisperx`` when any of them is present.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from typing import Any

from checker.diagnostics import InputError, make
from checker.files import loads_json
from checker.transcript.formats.cues import Cue, Recorded
from checker.transcript.formats.jsonpos import array_objects, line_column, line_starts
from checker.transcript.model import Word


def parse(text: str, path: str) -> Any:
    """The JSON value of a file; a truncated or malformed file is an :class:`InputError`."""
    try:
        return loads_json(text)  # deep nesting and lone surrogates refused (checker.files)
    except json.JSONDecodeError as exc:
        lines = text.splitlines()
        early = exc.pos >= len(text.rstrip())
        what = "ends before it is complete" if early else "is malformed"
        raise InputError(
            [
                make(
                    "RC131",
                    f"the JSON {what}: {exc.msg}",
                    path=path,
                    line=exc.lineno,
                    column=exc.colno,
                    hint="the file may be truncated; export it again from the recogniser",
                    source_line=lines[exc.lineno - 1] if exc.lineno <= len(lines) else None,
                )
            ]
        ) from None
    except RecursionError:
        raise InputError(
            [make("RC131", "the JSON is nested too deeply", path=path, line=1, column=1)]
        ) from None
    except ValueError:  # an integer of more than 4,300 digits
        msg = "the JSON holds a number too long to read (over 4,300 digits)"
        raise InputError([make("RC131", msg, path=path, line=1, column=1)]) from None


def is_whisperx(data: Any) -> bool:
    """True when the JSON carries WhisperX's diarisation or word scores."""
    if not isinstance(data, dict):
        return False
    if "word_segments" in data:
        return True
    segments = data.get("segments")
    for seg in segments if isinstance(segments, list) else []:
        if isinstance(seg, dict):
            if "speaker" in seg:
                return True
            words = seg.get("words")
            if isinstance(words, list) and any(isinstance(w, dict) and "score" in w for w in words):
                return True
    return False


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer beyond any float (JSON allows 4,300 digits)
        return None
    return number if math.isfinite(number) else None


class _Bad(ValueError):
    """A segment field that is missing or of the wrong type."""


def _word(raw: Any, index: int) -> Word:
    if not isinstance(raw, dict) or not isinstance(raw.get("word"), str):
        raise _Bad(f'word {index} has no text ("word")')
    prob_key = "probability" if "probability" in raw else "score"
    prob = _number(raw.get(prob_key)) if prob_key in raw else None
    if prob_key in raw and (prob is None or not 0.0 <= prob <= 1.0):
        raise _Bad(f"word {index} ({raw['word'].strip()!r}) has {prob_key} outside 0..1")
    speaker = raw.get("speaker")
    return Word(
        text=raw["word"].strip(),
        start=_number(raw.get("start")),
        end=_number(raw.get("end")),
        probability=prob,
        speaker=speaker if isinstance(speaker, str) else None,
    )


def _segment(seg: Any, number: int) -> Cue:
    if not isinstance(seg, dict):
        raise _Bad("a segment is an object with start, end and text")
    start, end = _number(seg.get("start")), _number(seg.get("end"))
    if start is None or end is None or start < 0:
        raise _Bad("a segment needs numeric start and end times (seconds, not negative)")
    if not isinstance(seg.get("text"), str):
        raise _Bad('a segment needs its "text"')
    raw_words = seg.get("words", [])
    if not isinstance(raw_words, list):
        raise _Bad('"words" is a list of words')
    words = [_word(w, i) for i, w in enumerate(raw_words, 1)]
    speaker = seg.get("speaker")
    if not isinstance(speaker, str) or not speaker.strip():
        voted = Counter(w.speaker for w in words if w.speaker)
        speaker = voted.most_common(1)[0][0] if voted else None
    signals = {k: _number(seg.get(k)) for k in ("avg_logprob", "compression_ratio")}
    return Cue(
        number=number,
        start=start,
        end=end,
        text=" ".join(seg["text"].split()),
        speaker=speaker.strip() if speaker else None,
        words=words,
        avg_logprob=signals["avg_logprob"],
        compression_ratio=signals["compression_ratio"],
        no_speech_prob=_number(seg.get("no_speech_prob")),
        path="",
        line=1,
    )


def read(text: str, path: str, forced: str | None = None) -> Recorded:
    """The segments of a Whisper or WhisperX JSON file."""
    data = parse(text, path)
    if not isinstance(data, dict) or not isinstance(data.get("segments"), list):
        raise InputError(
            [
                make(
                    "RC132",
                    'this JSON has no "segments" list; it is not Whisper or WhisperX output',
                    path=path,
                    line=1,
                    column=1,
                    hint="write the recogniser's JSON output (whisper --output_format json)",
                )
            ]
        )
    out = Recorded(forced or ("whisperx" if is_whisperx(data) else "whisper"))
    offsets = array_objects(text)
    starts = line_starts(text)
    lines = text.splitlines()
    for number, seg in enumerate(data["segments"], 1):
        offset = offsets[number - 1] if number - 1 < len(offsets) else 0
        line, column = line_column(text, offset, starts)
        source = lines[line - 1] if line <= len(lines) else None
        try:
            cue = _segment(seg, number)
        except _Bad as exc:
            out.diagnostics.append(
                make(
                    "RC133",
                    f"segment {number}: {exc}",
                    path=path,
                    line=line,
                    column=column,
                    source_line=source,
                )
            )
            out.invalid += 1
            continue
        cue.path, cue.line, cue.column, cue.source_line = path, line, column, source
        out.cues.append(cue)
    return out
