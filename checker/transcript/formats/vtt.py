"""WebVTT captions (``.vtt``), as meeting tools and recognisers write them.

A speaker comes from a voice span (``<v French warship>...``, as Teams and the
WebVTT specification write it) or from a ``Name:`` / ``[SPEAKER_00]:`` prefix (as
WhisperX writes it). Other tags (``<c>``, ``<i>``, word timestamps ``<00:00:01.000>``)
and character references are removed; NOTE, STYLE and REGION blocks are not cues.
"""

from __future__ import annotations

import html
import re

from checker.diagnostics import make
from checker.transcript.formats.blocks import add_cue, blocks
from checker.transcript.formats.cues import Recorded, split_speaker

_HEADER = re.compile(r"^WEBVTT(?:[ \t].*)?$")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?\s+([^>]+)>")
_TAG = re.compile(r"<[^>]*>")
_NOT_CUES = ("NOTE", "STYLE", "REGION")


def clean(text: str) -> tuple[str | None, str]:
    """The voice of a cue payload, if any, and its plain text."""
    voice = _VOICE.search(text)
    plain = html.unescape(_TAG.sub("", text))
    plain = " ".join(plain.split())
    if voice:
        return voice[1].strip(), plain
    speaker, rest, _ = split_speaker(plain)
    return speaker, rest


def read(lines: list[str], path: str) -> Recorded:
    """The cues of a WebVTT file."""
    out = Recorded("vtt")
    found = blocks(lines)
    if not lines or not _HEADER.match(lines[0]):
        out.diagnostics.append(
            make(
                "RC135",
                "a WebVTT file starts with the line WEBVTT; the cues are read anyway",
                path=path,
                line=1,
                column=1,
                hint="add WEBVTT as the first line, or give --input-format",
                source_line=lines[0] if lines else None,
            )
        )
    elif found:
        found = found[1:]  # the header block
    number = 0
    for block in found:
        head = block.lines[0].strip()
        if head.split(" ", 1)[0].split("\t", 1)[0] in _NOT_CUES:
            continue
        number += 1
        at = 1 if "-->" not in head and len(block.lines) > 1 else 0
        add_cue(out, block, at, number, path, clean)
    return out
