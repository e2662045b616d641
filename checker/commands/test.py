"""``radiocheck test``: check a corpus of transcripts against their ``@expect`` lines.

Exit codes: 0 every expectation met; 1 at least one not met; 2 a file could not be
read or checked (its diagnostics go to stderr as ``path:line:col: RCnnn message``),
or nothing was found to test; 130 interrupted (stderr names the files not tested).
Files are checked by :mod:`checker.runner`, in ``--jobs`` processes through the
ordered map that ``check --jobs`` uses. Defaults come from ``[tool.radiocheck]``
(:mod:`checker.commands.config`); the command line wins.

Formatting is separate from printing (``format_*`` return text, ``print_*`` own the
console), so everything but the progress bar is the same on a terminal, in a pipe
and in a file.
"""

from __future__ import annotations

import argparse
import io
import sys
from typing import TYPE_CHECKING, Any, TextIO

from checker.commands._common import (
    Exit,
    add_allow_outside,
    add_debug,
    add_no_color,
    console,
    interrupted,
    positive_int,
)
from checker.report.formats import TEST_CHOICES
from checker.vocabulary import SEVERITIES

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from checker.report.results import TestResult
#: More files than this get a progress bar (on a terminal only).
HANDFUL = 5
_STATUS_STYLE = {"passed": "green", "failed": "bold red", "error": "bold red", "skipped": "dim"}


def add_parser(subparsers: Any) -> None:
    """Register ``test`` and its options."""
    t = subparsers.add_parser(
        "test",
        help="check transcripts against their @expect lines (for CI)",
        description="Find transcripts (*.radio, recursively), check each with its @rules, "
        "and compare with its @expect lines. Defaults come from [tool.radiocheck] in the "
        "nearest pyproject.toml; options given here win.",
    )
    t.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders (default: [tool.radiocheck] paths, else the current folder)",
    )
    t.add_argument(
        "--jobs",
        "-j",
        type=positive_int,
        metavar="N",
        help="parallel processes (default: the number of cores)",
    )
    t.add_argument("--rules", help="rule set id or path for every file (overrides @rules)")
    t.add_argument("--format", choices=TEST_CHOICES, default="text", help="output format")
    t.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE")
    t.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        help="also fail on violated verdicts of this severity or worse that no @expect line "
        "names (default: off)",
    )
    add_no_color(t)
    add_allow_outside(t)
    add_debug(t)


# --- formatting --------------------------------------------------------------


def format_output(result: TestResult, fmt: str) -> str:
    """The result in a machine format (everything but ``text``)."""
    if fmt == "json":
        return result.model_dump_json(indent=2) + "\n"
    from checker.report.formats import format_tests

    return format_tests(fmt, result)


def render_text(result: TestResult) -> RenderableType:
    """The rich summary table, then each failure."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from checker.runner import describe_failure

    table = Table(title="radiocheck test", title_justify="left")
    table.add_column("transcript", overflow="fold")  # a path is never cut short
    for name in ("status", "passed", "failed", "rules", "note"):
        table.add_column(name, justify="right" if name in ("passed", "failed") else "left")
    for f in result.files:
        table.add_row(
            f.path,
            Text(f.status, style=_STATUS_STYLE[f.status]),
            str(sum(e.passed for e in f.expectations)),
            str(len(f.failures)),
            f.ruleset or "",
            f.note or (f.title or ""),
        )
    parts: list[RenderableType] = [table]
    if result.count(False):
        parts.append(Text("Expectations not met (- expected, + actual):", style="bold"))
    for f in result.files:
        for e in f.failures:
            block = Text()
            for i, line in enumerate(describe_failure(f, e)):
                style = "bold" if i == 0 else ""
                if line.startswith("    - "):
                    style = "red"
                elif line.startswith("    + "):
                    style = "green"
                block.append(line + "\n", style=style)
            parts.append(block)
    parts.append(Text(summary_line(result), style="bold" if result.passed else "bold red"))
    return Group(*parts)


def summary_line(result: TestResult) -> str:
    """``N transcripts: X expectations met, Y not met, Z files with errors``."""
    text = (
        f"{len(result.files)} transcripts: {result.count(True)} expectations met, "
        f"{result.count(False)} not met"
    )
    if result.errors:
        text += f", {result.errors} could not be checked"
    return text + "."


# --- running -----------------------------------------------------------------


class _Bar:
    """A rich progress bar, started only for more than a handful of files on a terminal;
    ``done`` counts the files checked, for the message of an interrupted run."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.progress: Any = None
        self.task: Any = None
        self.done = 0

    def __call__(self, done: int, total: int) -> None:
        self.done = done
        if self.progress is None:
            if total <= HANDFUL or not self.console.is_terminal:
                return
            from rich.progress import Progress

            self.progress = Progress(console=self.console, transient=True)
            self.progress.start()
            self.task = self.progress.add_task("checking", total=total)
        self.progress.update(self.task, completed=done)

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None


def run(args: argparse.Namespace) -> int:
    """Run ``radiocheck test``; return the exit code."""
    from checker.diagnostics import format_diagnostic
    from checker.runner import discover, test

    # [tool.radiocheck] is applied to ``args`` by checker.commands.config.configure
    paths = args.paths or ["."]
    bar = _Bar(console(args))
    try:
        result = test(
            paths,
            jobs=args.jobs,
            rules=args.rules,
            fail_on=args.fail_on,
            progress=bar,
            allow_outside=args.allow_outside,
        )
    except KeyboardInterrupt:
        bar.stop()  # before the message: the bar is transient
        return interrupted(discover(paths), bar.done)
    finally:
        bar.stop()
    if not result.files:
        print(f"radiocheck: error: no transcripts found in {', '.join(paths)}", file=sys.stderr)
        return Exit.INPUT
    for f in result.files:
        if f.status == "error":
            for d in f.diagnostics:
                print(format_diagnostic(d), file=sys.stderr)
            if not f.diagnostics:  # its worker process was killed
                print(f"{f.path}: error: {f.note}", file=sys.stderr)
    try:
        _write(args, result)
    except OSError as exc:
        print(f"radiocheck: error: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return Exit.INPUT
    if result.errors:
        return Exit.INPUT
    return Exit.OK if result.passed else Exit.VIOLATIONS


def _write(args: argparse.Namespace, result: TestResult) -> None:
    if args.output:  # made whole first, then written in one step (no half file)
        from checker.resources import write_atomic

        page = io.StringIO()
        _emit(args, result, page)
        write_atomic(args.output, page.getvalue())
    else:
        _emit(args, result, sys.stdout)


def _emit(args: argparse.Namespace, result: TestResult, out: TextIO) -> None:
    if args.format == "text":
        console(args, out).print(render_text(result))
    else:
        out.write(format_output(result, args.format))
