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

from checker.defaults import DEFAULT_MAX_BYTES
from checker.diagnostics import Diagnostic, InputError, make
from checker.files import read_input

__all__ = [
    "DEFAULT_MAX_BYTES",
    "decode",
    "empty_diagnostic",
    "read_bytes",
    "split_lines",
]

_NEWLINE = re.compile(r"\r\n|\r|\n")
#: Halves of a UTF-16 surrogate pair, alone: some codecs make them, no text has them.
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Decoders that never make one (the ones used when no --encoding is given).
_STRICT = frozenset({"utf-8", "utf-16"})


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
            # (U+2400 SYMBOL FOR NULL by number: a "\N{…}" name imports unicodedata
            # to compile, which a Ctrl-C at start-up turns into a SyntaxError)
            source = raw.decode("utf-8", errors="replace").replace("\x00", "\u2400")
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
    except UnicodeError as exc:  # a codec that fails otherwise (idna, punycode)
        raise fail("RC004", f"cannot decode the file as {encoding}: {exc}") from None
    except (TypeError, ValueError) as exc:  # a codec that does not give text
        raise fail("RC004", f"{encoding!r} is not a text encoding ({exc})") from None
    bad = None if encoding in _STRICT else _SURROGATE.search(text)
    if bad is not None:
        # utf-7, unicode_escape and the like can make lone surrogates, which are no
        # text at all: every later stage (and printing) would fail on them.
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - text.rfind("\n", 0, bad.start())
        raise fail(
            "RC004",
            f"decoding as {encoding} gives a lone surrogate (U+{ord(bad[0]):04X}), which is "
            "not text; use --encoding to name the file's encoding",
            line=line,
            column=column,
        )
    if "\x00" in text:
        raise fail("RC003", "the text contains NUL characters; this is not a transcript")
    if encoding == "utf-16" and text.startswith("\ufeff"):
        text = text[1:]
    return text


def read_bytes(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES, named_by: Path | None = None
) -> bytes:
    """The bytes of a file, refusing a missing, unreadable, oversized or non-regular one
    (and, when the file ``named_by`` named it, one outside that file's project): the one
    policy of :mod:`checker.files`."""
    return read_input(path, max_bytes, named_by=named_by)


def empty_diagnostic(path: str, message: str = "the transcript is empty") -> Diagnostic:
    """The diagnostic for a file with nothing in it (or nothing but comments)."""
    return make(
        "RC002",
        message,
        path=path,
        line=1,
        column=1,
        hint="a transcript needs at least one utterance or narration line",
    )
