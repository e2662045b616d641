"""From bytes on disk to the text of a transcript, or a clear reason why not.

Transcripts arrive from many editors and recorders: UTF-8 with or without a byte
order mark, UTF-16 from Windows tools, CRLF or old Mac line endings. Binary files
(an audio file passed by mistake) and undecodable bytes are refused with a message
that says where the problem is, never with a traceback.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from checker.diagnostics import Diagnostic, InputError, make

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_NEWLINE = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """Physical lines, split on LF, CRLF and CR only (not on form feeds or U+2028),
    so that line numbers match what editors show."""
    lines = _NEWLINE.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _position(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, offset - start + 1


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """The text of a transcript file; raises :class:`InputError` when it has none."""

    def fail(
        code: str, message: str, line: int | None = None, column: int | None = None
    ) -> InputError:
        source = None
        if line is not None:
            raw = data.split(b"\n")[line - 1].rstrip(b"\r")
            source = raw.decode("utf-8", errors="replace").replace("\x00", "\N{SYMBOL FOR NULL}")
        return InputError(
            [make(code, message, path=path, line=line, column=column, source_line=source)]
        )

    if encoding is None:
        if data.startswith(codecs.BOM_UTF8):
            encoding, data = "utf-8", data[len(codecs.BOM_UTF8) :]
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = "utf-16"
        elif b"\x00" in data:
            line, column = _position(data, data.index(b"\x00"))
            raise fail(
                "RC003",
                "this looks like a binary file (it contains NUL bytes), not a transcript",
                line=line,
                column=column,
            )
        else:
            encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line, column = _position(data, exc.start)
        raise fail(
            "RC004",
            f"invalid {encoding} at byte {exc.start} ({exc.reason}); "
            "use --encoding to name the file's encoding",
            line=line,
            column=column,
        ) from None
    except LookupError:
        raise fail("RC004", f"unknown encoding {encoding!r}") from None
    if "\x00" in text:
        raise fail("RC003", "the text contains NUL characters; this is not a transcript")
    if encoding == "utf-16" and text.startswith("\ufeff"):
        text = text[1:]
    return text


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, refusing a missing, unreadable or oversized one."""
    shown = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError(
                [make("RC001", f"{shown} is a directory, not a transcript", path=shown)]
            )
        if size > max_bytes:
            raise InputError(
                [
                    make(
                        "RC005",
                        f"file is {size:,} bytes, over the limit of {max_bytes:,}",
                        path=shown,
                        hint="raise the limit with --max-file-size",
                    )
                ]
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError([make("RC001", "no such file", path=shown)]) from None
    except PermissionError:
        raise InputError([make("RC001", "permission denied", path=shown)]) from None
    except OSError as exc:
        raise InputError(
            [make("RC001", f"cannot read the file ({exc.strerror})", path=shown)]
        ) from None


def empty_diagnostic(path: str) -> Diagnostic:
    """The diagnostic for a file with nothing in it."""
    return make(
        "RC002",
        "the transcript is empty",
        path=path,
        line=1,
        column=1,
        hint="a transcript needs at least one utterance or narration line",
    )
