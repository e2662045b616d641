"""SubRip subtitles (``.srt``): numbered cues with ``HH:MM:SS,mmm`` times.

SRT has no speaker field; a ``Name:`` or ``[SPEAKER_00]:`` prefix on the text names
the speaker (WhisperX and most editors write it so). Formatting tags (``<i>``,
``<font ...>``) and ASS overrides (``{\\an8}``) are removed.
"""

from __future__ import annotations

import html
import re

from checker.transcript.formats.blocks import blocks, timing
from checker.transcript.formats.cues import Cue, Recorded, split_speaker

_TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")


def read(lines: list[str], path: str) -> Recorded:
    """The cues of an SRT file."""
    out = Recorded("srt")
    for number, block in enumerate(blocks(lines), 1):
        at = 0 if "-->" in block.lines[0] else 1
        if at >= len(block.lines):
            at = 0
        result = timing(block.lines[at], path, block.first + at)
        if not isinstance(result, tuple):
            out.diagnostics.append(result)
            out.invalid += 1
            continue
        text = html.unescape(_TAG.sub("", " ".join(block.lines[at + 1 :])))
        speaker, text, _ = split_speaker(" ".join(text.split()))
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
    return out
