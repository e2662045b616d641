"""Diagnostics: every problem radiocheck reports about its input, with a stable code.

A diagnostic is data, not an exception: stages collect them and go on, so that a
user sees every malformed line of a file in one run (as yamllint places syntax
errors among its other problems). The catalogue below is the single list of codes;
``tests/project/test_errors.py`` drives one malformed input per code through the real CLI,
so the catalogue and its test data cannot drift apart.

Code ranges:

- ``RC0xx`` the file itself (missing, empty, binary, undecodable)
- ``RC1xx`` lines of a transcript (syntax, times, directives, stations)
- ``RC130`` to ``RC149`` recordings (cues, segments, RTTM turns) and AIS tracks
- ``RC2xx`` rule sets (TOML, schema, ``extends``, references)
- ``RC3xx`` speech and protocol (classification, resolution) — later stages
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict


# The words are the vocabulary's severities (checker.vocabulary.SEVERITIES, held equal
# by tests/project/test_vocabulary.py). A diagnostic's is an enum, not that Literal, because the
# report's JSON Schema publishes it as one (``Severity`` under ``$defs``, with this
# docstring) and the catalogue below names its members.
class Severity(StrEnum):
    """How bad a diagnostic is: ``error`` means the input could not be checked."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class CodeInfo(NamedTuple):
    """One entry of the catalogue: default severity and a short title."""

    severity: Severity
    title: str


E, W = Severity.ERROR, Severity.WARNING

#: The error catalogue. Codes are never reused once published.
CATALOGUE: dict[str, CodeInfo] = {
    "RC001": CodeInfo(E, "file not found or unreadable"),
    "RC002": CodeInfo(E, "empty transcript"),
    "RC003": CodeInfo(E, "binary file"),
    "RC004": CodeInfo(E, "invalid text encoding"),
    "RC005": CodeInfo(E, "file too large"),
    "RC100": CodeInfo(E, "malformed line"),
    "RC101": CodeInfo(E, "bad time"),
    "RC102": CodeInfo(W, "time goes backwards"),
    "RC103": CodeInfo(E, "unknown directive"),
    "RC104": CodeInfo(E, "directive after the first utterance"),
    "RC105": CodeInfo(E, "unterminated quote"),
    "RC106": CodeInfo(E, "unknown station key"),
    "RC107": CodeInfo(E, "bad date"),
    "RC108": CodeInfo(E, "bad time zone"),
    "RC109": CodeInfo(E, "duplicate name"),
    "RC110": CodeInfo(E, "continuation line with nothing to continue"),
    "RC111": CodeInfo(E, "bad station role"),
    "RC112": CodeInfo(E, "unknown narration verb"),
    "RC113": CodeInfo(E, "malformed expectation"),
    "RC114": CodeInfo(E, "malformed annotation"),
    "RC115": CodeInfo(E, "unknown medium"),
    "RC116": CodeInfo(E, "bad station value"),
    "RC117": CodeInfo(E, "bad zone or port declaration"),
    "RC118": CodeInfo(E, "line too long"),
    "RC119": CodeInfo(Severity.INFO, "day change at midnight"),
    "RC120": CodeInfo(W, "undeclared station"),
    "RC121": CodeInfo(W, "unknown zone or port"),
    "RC123": CodeInfo(Severity.INFO, "station known to the rule set"),
    # RC130-RC149: recordings (WebVTT, SRT, Whisper/WhisperX JSON, RTTM) and AIS tracks
    "RC130": CodeInfo(E, "unknown recording format"),
    "RC131": CodeInfo(E, "malformed JSON"),
    "RC132": CodeInfo(E, "not a recogniser's output"),
    "RC133": CodeInfo(E, "malformed cue or segment"),
    "RC134": CodeInfo(E, "bad cue time"),
    "RC135": CodeInfo(E, "WebVTT header missing"),
    "RC136": CodeInfo(E, "cues out of order"),
    "RC137": CodeInfo(E, "overlapping cues"),
    "RC138": CodeInfo(E, "cue without a speaker"),
    "RC139": CodeInfo(W, "recording names no speakers"),
    "RC140": CodeInfo(W, "empty cue"),
    "RC141": CodeInfo(E, "malformed RTTM line"),
    "RC142": CodeInfo(E, "RTTM file id does not match the recording"),
    "RC143": CodeInfo(E, "text paired with an RTTM missing or malformed"),
    "RC144": CodeInfo(W, "recording start time unknown"),
    "RC145": CodeInfo(E, "track column missing"),
    "RC146": CodeInfo(E, "bad track position"),
    "RC147": CodeInfo(E, "bad track time"),
    "RC148": CodeInfo(E, "malformed track row"),
    "RC200": CodeInfo(E, "rule set not found"),
    "RC201": CodeInfo(E, "rule set is not valid TOML"),
    "RC202": CodeInfo(E, "rule set does not match the schema"),
    "RC203": CodeInfo(E, "rule sets extend each other in a cycle"),
    "RC204": CodeInfo(E, "unknown reference in rule set"),
    "RC205": CodeInfo(E, "bad zone geometry"),
    "RC206": CodeInfo(E, "file named by an input is outside its project"),
    "RC207": CodeInfo(E, "unknown rule code selected"),
    "RC301": CodeInfo(W, "event makes no sense in the casualty's state"),
    "RC302": CodeInfo(W, "persons do not add up"),
    "RC303": CodeInfo(W, "reference to no known casualty"),
    "RC304": CodeInfo(W, "position not placed in any zone"),
    "RC305": CodeInfo(W, "speaker claims to be another station"),
    "RC306": CodeInfo(W, "utterance not classified: internal error"),
    "RC310": CodeInfo(W, "expectation not met"),
}


class Diagnostic(BaseModel):
    """A problem found in an input, located to a line and column (both 1-based)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    code: str
    severity: Severity
    message: str
    path: str | None = None
    line: int | None = None
    column: int | None = None
    hint: str | None = None
    source_line: str | None = None


def make(  # noqa: PLR0913  a diagnostic's fields, keyword-only past code and message
    code: str,
    message: str,
    *,
    path: str | None = None,
    line: int | None = None,
    column: int | None = None,
    hint: str | None = None,
    source_line: str | None = None,
    severity: Severity | None = None,
) -> Diagnostic:
    """Build a diagnostic whose severity defaults to the catalogue's."""
    info = CATALOGUE[code]
    return Diagnostic(
        code=code,
        severity=severity or info.severity,
        message=message,
        path=path,
        line=line,
        column=column,
        hint=hint,
        source_line=source_line,
    )


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    """True when any diagnostic stops the input from being checked."""
    return any(d.severity is Severity.ERROR for d in diagnostics)


#: What must not reach a terminal or a page as it stands: C0 and C1 control characters
#: (ESC starts an escape sequence that can clear the screen, write the clipboard or
#: forge a hyperlink; CR hides a line), the bidirectional controls that reorder what is
#: shown (Trojan Source), the zero-width characters that hide text, and the Unicode
#: line and paragraph separators.
_UNSAFE = "\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff"


@lru_cache(maxsize=8)
def _unsafe(keep: str) -> re.Pattern[str]:
    kept = "".join(re.escape(c) for c in keep)
    return re.compile(f"(?![{kept}])[{_UNSAFE}]" if kept else f"[{_UNSAFE}]")


def _shown(m: re.Match[str]) -> str:
    code = ord(m[0])
    if code < 0x20:
        return chr(0x2400 + code)  # U+2400 SYMBOL FOR NULL and on
    if code == 0x7F:
        # (U+2421 SYMBOL FOR DELETE, written by number: a "\N{…}" name makes the
        # compiler import unicodedata, and a Ctrl-C during that import at start-up
        # comes out as a SyntaxError with a traceback)
        return "\u2421"
    if code < 0xA0:
        return "\ufffd"  # C1 controls have no symbols of their own
    return f"<U+{code:04X}>"


def visible(text: str, keep: str = "") -> str:
    """``text`` with every character that could act on a terminal or reorder a line
    made visible: control characters as their Unicode Control Pictures (one column
    each, so a caret under a quoted line stays in its column), C1 controls as U+FFFD,
    bidirectional and zero-width characters as ``<U+202E>``. Characters in ``keep``
    (such as the newline of a renderer's own layout) are left alone.

    This is the one function every output boundary uses for text that came from the
    input (diagnostics, the rich console, Markdown, stderr), so that no field needs
    its own escaping. It is idempotent: what it returns contains nothing it replaces.
    """
    pattern = _unsafe(keep)
    return pattern.sub(_shown, text) if pattern.search(text) else text


#: Where every code is explained, with an example that runs (tests/project/test_errors_doc.py).
ERRORS_DOC = "docs/errors.md"


def doc_anchor(code: str) -> str:
    """The documentation anchor of a code, which ends every diagnostic's first line:
    ``docs/errors.md#rc101`` (``radiocheck explain RC101`` prints the entry)."""
    return f"{ERRORS_DOC}#{code.lower()}"


def format_diagnostic(d: Diagnostic) -> str:
    """``path:line:col: RCnnn message [docs/errors.md#rcnnn]``, then the source line and a
    caret, then the hint.

    The format is the one compilers and linters use, so editors and CI systems can
    jump to the place. Every part that can come from the input (the path, the message,
    the quoted line, the hint) goes through :func:`visible`: a newline in it cannot
    start a line of its own, an escape sequence cannot reach the terminal.
    """
    where = visible(d.path or "<input>")
    if d.line is not None:
        where += f":{d.line}"
        if d.column is not None:
            where += f":{d.column}"
    label = "" if d.severity is Severity.ERROR else f"{d.severity.value}: "
    out = [f"{where}: {d.code} {label}{visible(d.message)} [{doc_anchor(d.code)}]"]
    if d.source_line is not None:
        source = d.source_line.replace("\t", " ")
        out.append(f"    {visible(source)}")
        if d.column is not None:
            # wider only where a character was spelled out as <U+XXXX>
            prefix = source[: max(d.column - 1, 0)]
            before = max(d.column - 1, 0) + len(visible(prefix)) - len(prefix)
            out.append("    " + " " * before + "^")
    if d.hint:
        out.append(f"    hint: {visible(d.hint)}")
    return "\n".join(out)


class InputError(Exception):
    """Raised by a reader or loader that cannot go on at all (missing file, bad TOML).

    It carries diagnostics; the faces print them and exit 2. Anything else that
    escapes is a bug and exits 3.
    """

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics
