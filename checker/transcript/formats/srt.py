"""SubRip subtitles (``.srt``): numbered cues with ``HH:MM:SS,mmm`` times.

SRT has no speaker field; a ``Name:`` or ``[SPEAKER_00]:`` prefix on the text names
the speaker (WhisperX and most editors write it so). Formatting tags (``<i>``,
``<font ...>``) and ASS overrides (``{\\an8}``) are removed.
"""

from __future__ import annotations

import html
import re

from checker.transcript.formats.blocks import add_cue, blocks
from checker.transcript.formats.cues import Recorded, split_speaker

_TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")


def _clean(text: str) -> tuple[str | None, str]:
    """Tags removed, then a ``Name:`` prefix taken as the speaker."""
    plain = html.unescape(_TAG.sub("", text))
    speaker, words, _ = split_speaker(" ".join(plain.split()))
    return speaker, words


def read(lines: list[str], path: str) -> Recorded:
    """The cues of an SRT file."""
    out = Recorded("srt")
    for number, block in enumerate(blocks(lines), 1):
        at = 0 if "-->" in block.lines[0] else 1
        if at >= len(block.lines):
            at = 0
        add_cue(out, block, at, number, path, _clean)
    return out
