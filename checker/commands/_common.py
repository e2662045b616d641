"""What the commands share: exit codes, the console, the options several commands
take, and how diagnostics and an interrupted run are told.

Defaults are the API's own (:data:`checker.defaults.DEFAULT_MAX_BYTES`,
:data:`checker.defaults.DEFAULT_MIN_CONFIDENCE`), never copied; both modules are
light, so building the parser still imports nothing of the pipeline.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from checker.defaults import DEFAULT_MAX_BYTES, DEFAULT_MIN_CONFIDENCE

if TYPE_CHECKING:
    from rich.console import Console

    from checker.diagnostics import Diagnostic


class Exit(IntEnum):
    """The exit codes of every command (REPORT.md, "Exit codes")."""

    #: Checked; no violated verdict at or above ``--fail-on``.
    OK = 0
    #: Checked; such a verdict (for ``test``: an expectation not met).
    VIOLATIONS = 1
    #: Could not check: usage, unreadable or malformed input.
    INPUT = 2
    #: A bug in radiocheck.
    BUG = 3
    #: Stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it.
    INTERRUPTED = 130


# --- the console ---------------------------------------------------------------


def console(args: argparse.Namespace, file: TextIO | None = None) -> Console:
    """The console a command prints with, to ``file`` (default: stdout): no colours
    with ``--no-color``; otherwise rich decides, honouring ``NO_COLOR`` (when set and
    not empty) itself."""
    from checker.report.console import make_console

    return make_console(getattr(args, "no_color", False) or None, file or sys.stdout)


def diagnostics_text(diagnostics: Sequence[Diagnostic]) -> str:
    """Diagnostics in the ``path:line:col: CODE message`` form, with caret and hint,
    each ending with a newline."""
    from checker.diagnostics import format_diagnostic

    return "".join(format_diagnostic(d) + "\n" for d in diagnostics)


def print_diagnostics(diagnostics: Sequence[Diagnostic], stream: TextIO) -> None:
    """Write :func:`diagnostics_text` to ``stream``."""
    stream.write(diagnostics_text(diagnostics))


def interrupted(paths: Sequence[Path], done: int) -> Exit:
    """Say on stderr which files Ctrl-C left unchecked (the output so far is partial).
    A second Ctrl-C while this is said is ignored: the run is ending as asked."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    rest = paths[done:]
    shown = ", ".join(str(p) for p in rest[:10]) + (
        f" and {len(rest) - 10} more" if len(rest) > 10 else ""
    )
    sys.stdout.flush()
    print(
        f"radiocheck: interrupted: {len(rest)} of {len(paths)} files not checked"
        + (f": {shown}" if rest else "")
        + "; the output above may be incomplete",
        file=sys.stderr,
    )
    return Exit.INTERRUPTED


# --- options several commands share ----------------------------------------------


def add_no_color(p: argparse.ArgumentParser) -> None:
    """``--no-color``."""
    p.add_argument(
        "--no-color",
        action="store_true",
        help="no colours (NO_COLOR is honoured when set and not empty)",
    )


def add_debug(p: argparse.ArgumentParser) -> None:
    """``--debug`` after the command too, as before it (not listed twice in help)."""
    p.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )


def add_reading(p: argparse.ArgumentParser) -> None:
    """``--encoding`` and ``--max-file-size``: how input files are read."""
    p.add_argument("--encoding", help="text encoding of the files (default: detect UTF-8/UTF-16)")
    p.add_argument(
        "--max-file-size",
        type=byte_size,
        default=DEFAULT_MAX_BYTES,
        metavar="BYTES",
        help=f"refuse larger files (default: {DEFAULT_MAX_BYTES // 2**20} MB)",
    )


def add_min_confidence(p: argparse.ArgumentParser) -> None:
    """``--min-confidence``, with the API's default."""
    p.add_argument(
        "--min-confidence",
        type=probability,
        default=DEFAULT_MIN_CONFIDENCE,
        metavar="P",
        help="verdicts resting on evidence below P are uncertain "
        f"(default {DEFAULT_MIN_CONFIDENCE})",
    )


def add_allow_outside(p: argparse.ArgumentParser) -> None:
    """``--allow-outside``: trust a transcript's ``@rules`` path (RC206)."""
    p.add_argument(
        "--allow-outside",
        action="store_true",
        help="let a transcript's @rules name a rule set outside its project",
    )


def positive_int(text: str) -> int:
    """An argparse type for ``--jobs``: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def probability(text: str) -> float:
    """An argparse type for ``--min-confidence``: a number from 0 to 1 (NaN is none:
    every comparison with it is false, so it would silently pass every verdict)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:  # also false for NaN
        raise argparse.ArgumentTypeError(f"must be from 0 to 1, not {text}")
    return value


def byte_size(text: str) -> int:
    """An argparse type for ``--max-file-size``: a whole number of bytes, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of bytes: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value
