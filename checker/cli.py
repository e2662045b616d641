"""The ``radiocheck`` command line: the parser, the dispatch to a command, and the error
boundary that turns what escapes a command into an exit code (REPORT.md).

Each command is a module of :mod:`checker.commands`; exit codes, the console and the
options several commands share are in :mod:`checker.commands._common`. Heavy modules
(rich, the pipeline) are imported inside the commands that need them, so that
``radiocheck --help`` and argument errors stay instant.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import Any

from checker._version import __version__
from checker.commands import MODULES
from checker.commands._common import Exit, print_diagnostics
from checker.process import interrupted_by


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors in the project's message form and exit 2."""

    def error(self, message: str) -> Any:
        from checker.commands.conventions import did_you_mean

        self.print_usage(sys.stderr)
        self.exit(Exit.INPUT, f"radiocheck: error: {did_you_mean(self, message)}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    p = _Parser(
        prog="radiocheck", description="Check maritime radio transcripts against protocol rules."
    )
    p.add_argument("--version", action="version", version=f"radiocheck {__version__}")
    p.add_argument("--debug", action="store_true", help="show the traceback of an internal error")
    sub = p.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser, help="one of:"
    )
    for name in MODULES:
        import_module(f"checker.commands.{name}").add_parser(sub)
    from checker.commands.conventions import add_examples

    add_examples(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code (the console script exits with it). Ctrl-C
    at any point, also while the parser is built, is exit 130 without a traceback."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return Exit.INTERRUPTED
    except Exception as exc:
        if interrupted_by(exc):
            return Exit.INTERRUPTED
        raise


def _main(argv: Sequence[str] | None) -> int:
    from checker import process

    process.configure()  # pydantic's plugin search skipped, gc tuned: this process only
    parser = build_parser()
    if not (sys.argv[1:] if argv is None else argv):  # nothing to do: say what can be done
        parser.print_help(sys.stdout)
        return Exit.INPUT
    try:
        args = parser.parse_args(argv)
        from checker.commands.config import configure  # pydantic: after process.configure

        configure(args, parser)  # [tool.radiocheck], under what the command line says
        if args.command == "completion":  # the script is made from the parser itself
            args.parser = parser
    except SystemExit as exc:  # --help, --version, usage errors: argparse has printed
        return exc.code if isinstance(exc.code, int) else Exit.INPUT
    from checker.report.streams import LineGuard

    # Every line printed outside --format github is guarded against starting a CI
    # command; stderr, for people only, also shows control characters as symbols.
    # A closed pipe (``| head``) is handled there too: the command runs to its end.
    out, err = sys.stdout, sys.stderr
    github = getattr(args, "format", None) == "github"
    sys.stdout = LineGuard(out, guard=not github)
    sys.stderr = LineGuard(err, neutralise=True)
    try:
        return _run(args)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdout, sys.stderr = out, err


def _run(args: argparse.Namespace) -> int:
    """Run the chosen command; turn what escapes it into the exit code of REPORT.md."""
    try:
        module = import_module(f"checker.commands.{args.command}")
        code: int = module.run(args)
        return code
    except KeyboardInterrupt:
        return Exit.INTERRUPTED
    except BrokenPipeError:  # a pipe other than stdout closed: not radiocheck's error
        return Exit.OK
    except Exception as exc:  # a bug: say so briefly, traceback only on request
        if interrupted_by(exc):
            return Exit.INTERRUPTED
        from checker.diagnostics import InputError

        if isinstance(exc, InputError):
            print_diagnostics(exc.diagnostics, sys.stderr)
            return Exit.INPUT
        if args.debug:
            raise
        print(
            f"radiocheck: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in radiocheck; please report it with the input that caused it "
            "(run again with --debug for the traceback).",
            file=sys.stderr,
        )
        return Exit.BUG


def console() -> None:
    """The console script: :func:`main`, then exit with its code. A pool thread that
    did not wind down after Ctrl-C (``checker.runner.pool.STUCK``) would keep the
    interpreter from exiting, which joins such threads: the process then ends at once,
    its output flushed."""
    from checker import process

    process.latch_interrupts()
    code = main()
    if process.interrupt_kept():  # a Ctrl-C Python swallowed where nothing waited to raise it
        code = Exit.INTERRUPTED
    if code == Exit.INTERRUPTED:
        sys.unraisablehook = _quiet_after_interrupt
    pool = sys.modules.get("checker.runner.pool")
    if pool is not None and getattr(pool, "STUCK", None):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def _quiet_after_interrupt(unraisable: Any) -> None:
    """After Ctrl-C, the process pool of CPython 3.11 can race its own shutdown at
    exit: its manager thread closes the wake-up pipe while the exit hook writes to it,
    and "Exception ignored in: <module 'threading'> … OSError: [Errno 9] Bad file
    descriptor" came out after "interrupted" in about one run of a hundred (the sweep
    of tests/cli/test_hardening_runs.py). That one error is said nothing of; any other
    goes to Python's own hook."""
    exc = unraisable.exc_value
    if isinstance(exc, OSError) and exc.errno == errno.EBADF:
        return
    sys.__unraisablehook__(unraisable)


if __name__ == "__main__":
    console()
