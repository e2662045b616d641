"""``radiocheck check FILE...``: check transcripts and report who was responsible and
which rules held.

Exit codes (REPORT.md): 0 checked and clean, 1 violations at or above ``--fail-on``,
2 could not check (usage, unreadable or malformed input), 3 a bug in radiocheck, 130
interrupted. Files are checked one after another, or in ``--jobs`` processes through
the ordered map of :mod:`checker.runner.pool`; the output is the same either way.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from checker.commands._common import (
    Exit,
    add_allow_outside,
    add_debug,
    add_min_confidence,
    add_no_color,
    add_reading,
    console,
    diagnostics_text,
    interrupted,
    positive_int,
    print_diagnostics,
)
from checker.commands.config import codes
from checker.defaults import DEFAULT_MIN_CONFIDENCE
from checker.report.formats import CHECK_CHOICES
from checker.vocabulary import SEVERITIES, SEVERITY_RANK

if TYPE_CHECKING:
    from checker.report.model import Report
    from checker.report.streamed import Streamed

INPUT_FORMATS = ("radio", "vtt", "srt", "json", "whisper", "whisperx", "rttm")


def add_parser(sub: Any) -> None:
    """Register ``check`` and its options."""
    c = sub.add_parser(
        "check", help="check transcripts and report who was responsible and which rules held"
    )
    c.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="transcripts (.radio, .txt) or recordings (.vtt, .srt, .json, .rttm); a folder "
        "stands for the transcripts in it; - reads a .radio transcript from standard input",
    )
    c.add_argument(
        "--rules",
        action="append",
        metavar="ID-or-PATH",
        help="rule set id or path (overrides the file's @rules; repeatable: later sets "
        "extend earlier ones)",
    )
    c.add_argument("--select", action="append", metavar="CODES", help="only these rule codes")
    c.add_argument("--ignore", action="append", metavar="CODES", help="leave out these rules")
    add_min_confidence(c)
    c.add_argument("--baseline", metavar="FILE", help="fail only on verdicts not in FILE")
    c.add_argument(
        "--write-baseline", metavar="FILE", help="record today's failing verdicts in FILE"
    )
    c.add_argument(
        "--format",
        choices=CHECK_CHOICES,
        default="text",
        help="output format (default: text, one line per finding; table: rich tables)",
    )
    c.add_argument(
        "--all",
        action="store_true",
        help="text format: also list satisfied and not-applicable verdicts",
    )
    c.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE (atomically)")
    c.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        default="error",
        help="lowest severity of a violated rule that makes the exit code 1 (default: error)",
    )
    c.add_argument("--strict", action="store_true", help="uncertain verdicts also fail")
    c.add_argument(
        "--warnings-as-errors",
        action="store_true",
        help="exit 2 when any input diagnostic is a warning (for CI)",
    )
    c.add_argument("--exit-zero", action="store_true", help="exit 0 even when rules are violated")
    add_reading(c)
    add_no_color(c)
    add_allow_outside(c)
    c.add_argument(
        "--jobs",
        "-j",
        type=positive_int,
        default=1,
        metavar="N",
        help="check files in N processes (default 1); the output is the same, in input order",
    )
    add_recording_options(c)
    add_debug(c)


def add_recording_options(p: argparse.ArgumentParser) -> None:
    """``--input-format``, ``--header`` and ``--track``: how to read a recording."""
    p.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        help="read the files as this format (default: by extension and content)",
    )
    p.add_argument(
        "--header",
        metavar="FILE",
        help="a .radio file with the stations, @date, @start and narration of a recording "
        "(default: NAME.radio beside NAME.vtt)",
    )
    p.add_argument("--track", metavar="CSV", help="AIS positions (MMSI, time, latitude, longitude)")


def exit_code(reports: Sequence[Report], args: argparse.Namespace) -> Exit:
    """The exit code of ``check`` for these reports (REPORT.md, "Exit codes")."""
    if any(not r.checked for r in reports):
        return Exit.INPUT
    if args.exit_zero:
        return Exit.OK
    floor = SEVERITY_RANK[args.fail_on]
    for r in reports:
        for v in r.verdicts:
            if v.suppressed:
                continue
            if v.outcome == "violated" and SEVERITY_RANK[v.severity] >= floor:
                return Exit.VIOLATIONS
            if args.strict and v.outcome == "uncertain":
                return Exit.VIOLATIONS
    return Exit.OK


def _rule_options(args: argparse.Namespace) -> dict[str, Any]:
    """The rules-stage keywords of ``check`` that differ from its defaults."""
    options: dict[str, Any] = {"select": codes(args.select), "ignore": codes(args.ignore)}
    if args.min_confidence != DEFAULT_MIN_CONFIDENCE:
        options["min_confidence"] = args.min_confidence
    if getattr(args, "allow_outside", False):
        options["allow_outside"] = True
    return {k: v for k, v in options.items() if v is not None}


class _Checked(NamedTuple):
    """What checking one file gives ``check``: the text for stderr, and the report or
    (when a ``--jobs`` process wrote its ``json`` or ``jsonl``) its text, in chunks, and
    its exit code; ``failed`` when unreadable."""

    diagnostics: str
    report: Report | None
    output: list[str] | None
    code: int
    failed: bool
    warned: bool = False


def _check_one(path: Path, args: argparse.Namespace, written: bool) -> _Checked:
    """Read and check one file. Module-level, so that ``--jobs`` processes can run it;
    ``written``: give the report's output text, not the report (a process sends back
    text faster than objects, and the parent only writes).

    A bug met while checking the file is reported for it alone (exit 3 at the end),
    so that the other files of a folder keep their reports; ``--debug`` raises it."""
    from checker.api import check, read_text, read_transcript
    from checker.diagnostics import InputError
    from checker.runner.pool import test_fault

    try:
        test_fault(path)
        if str(path) == "-":  # read by the parent before the workers started
            from checker.commands.conventions import STDIN_PATH

            t = read_text(args.stdin_text, path=STDIN_PATH)
        else:
            t = read_transcript(
                Path(path),
                encoding=args.encoding,
                max_bytes=args.max_file_size,
                input_format=args.input_format,
                header=args.header,
                track=args.track,
            )
        report = check(t, args.rules, **_rule_options(args))
        text = diagnostics_text(report.diagnostics)
        warned = any(d.severity == "warning" for d in report.diagnostics)
        if written:
            from checker.report.streamed import buffered, pieces

            output = list(buffered(pieces(args.format, report)))
            return _Checked(text, None, output, exit_code([report], args), False, warned)
    except InputError as exc:
        return _Checked(diagnostics_text(exc.diagnostics), None, None, Exit.INPUT, True)
    except Exception as exc:
        from checker.process import interrupted_by

        if interrupted_by(exc):
            raise KeyboardInterrupt from exc  # Ctrl-C, not a bug in this file
        if args.debug:
            raise
        return _Checked(_bug_text(path, exc), None, None, Exit.BUG, True)
    return _Checked(text, report, None, Exit.OK, False, warned)


def _bug_text(path: Path, exc: Exception) -> str:
    return (
        f"{path}: internal error: {type(exc).__name__}: {exc}\n"
        "    This is a bug in radiocheck; the other files were checked. Please report it "
        "with this file (run it again with --debug for the traceback).\n"
    )


def _killed(path: Path) -> _Checked:
    """The record of a file whose ``--jobs`` process was killed (exit 2: not checked)."""
    text = (
        f"{path}: error: not checked: the process checking it was killed (out of memory, "
        "or a signal); the other files were checked\n"
        "    hint: check this file alone, or with a larger memory limit\n"
    )
    return _Checked(text, None, None, Exit.INPUT, True)


def _check_all(paths: list[Path], args: argparse.Namespace, stream: bool) -> Iterator[_Checked]:
    """Each file's result, in the order given, from ``--jobs`` processes when asked.

    Results are yielded in input order, so the output is the same for any ``--jobs``;
    a streamed report checked in another process is sent back as its text, not as
    objects, so that the parent only writes. Ctrl-C, killed workers:
    :mod:`checker.runner.pool`."""
    from functools import partial

    from checker.runner.pool import ordered_map

    written = stream and min(args.jobs, len(paths)) > 1  # one job: checked in this process
    work = partial(_check_one, args=args, written=written)
    yield from ordered_map(work, paths, args.jobs, _killed)


def _files(args: argparse.Namespace) -> tuple[list[Path], Exit]:
    """The files to check (a folder's transcripts in place of the folder), and
    :attr:`Exit.INPUT` when a named folder gave none or refused a link out of it."""
    from checker.api import discover, refused_diagnostic  # not the runner: no test models
    from checker.diagnostics import make

    paths: list[Path] = []
    worst = Exit.OK
    for f in args.files:
        refused: list[Path] = []
        found = discover([f], refused) if f != "-" and Path(f).is_dir() else [Path(f)]
        bad = [refused_diagnostic(p) for p in refused]  # links out of the project
        if not found:
            bad.append(make("RC001", "a folder with no transcripts in it", path=f))
        print_diagnostics(bad, sys.stderr)
        worst = Exit.INPUT if bad else worst
        paths += found
    return paths, worst


def run(args: argparse.Namespace) -> int:
    """Check the files; write the reports; return the exit code."""
    reports: list[Report] = []
    # json and jsonl are written as each file finishes and the report is let go, so
    # that a folder of thousands of transcripts is checked in flat memory; a baseline
    # needs every report first.
    stream = args.format in _STREAMED and not (args.baseline or args.write_baseline)
    streamed = Exit.OK
    if "-" in args.files:
        from checker.commands.conventions import read_stdin
        from checker.diagnostics import InputError

        try:
            args.stdin_text = read_stdin(args.max_file_size, args.encoding)
        except InputError as exc:
            print_diagnostics(exc.diagnostics, sys.stderr)
            return Exit.INPUT
    paths, worst = _files(args)  # worst of the files not checked: 2, or 3 for a bug
    warned = False
    done = 0
    unread = 0  # files with no report (no such file, a refused rule set, a killed worker)
    try:  # around the output file: Ctrl-C leaves the previous one
        with _sink(args.output if stream else None) as out:
            writer = _writer(args.format, out) if stream else None
            for result in _check_all(paths, args, stream):
                done += 1  # checked; its output may still be cut short by Ctrl-C
                sys.stderr.write(result.diagnostics)
                warned = warned or result.warned
                if result.failed:
                    worst = max(worst, Exit(result.code))
                    unread += 1
                elif writer is not None:
                    streamed = max(streamed, _write(writer, result, args))
                elif result.report is not None:
                    reports.append(result.report)
                del result  # a written report is let go before the next file is checked
            if writer is not None:
                writer.close()
    except KeyboardInterrupt:
        return interrupted(paths, done)
    failing = Exit.INPUT if warned and args.warnings_as_errors else Exit.OK
    if stream:
        return worst or failing or streamed
    if args.baseline or args.write_baseline:
        from checker.commands.rules import baseline_reports

        problem = baseline_reports(reports, args.baseline, args.write_baseline)
        if problem:
            print(f"radiocheck: error: {problem}", file=sys.stderr)
            return Exit.INPUT
    from checker.commands.conventions import captured

    with captured(args.output):
        _write_reports(reports, args, unread)
    return worst or failing or exit_code(reports, args)


#: The formats written as each file finishes (:mod:`checker.report.streamed`).
_STREAMED = ("json", "jsonl")


@contextlib.contextmanager
def _sink(output: str | None) -> Iterator[IO[str]]:
    """Where the streamed output goes: stdout, or ``-o FILE`` written atomically (the
    file appears whole when the block ends; an error or Ctrl-C leaves the previous one)."""
    if output is None:
        yield sys.stdout
        return
    from checker.resources import atomic_file

    with atomic_file(output) as out:
        yield out


def _writer(fmt: str, out: IO[str]) -> Streamed:
    from checker.report.streamed import Streamed

    return Streamed(fmt, out)


def _write(writer: Streamed, result: _Checked, args: argparse.Namespace) -> Exit:
    """Write one file's report as it finishes; its exit code."""
    if result.output is not None:  # written by a --jobs process
        writer.add(result.output)
        return Exit(result.code)
    from checker.report.streamed import pieces

    assert result.report is not None  # not failed: checked, with a report
    writer.add(pieces(args.format, result.report))
    return exit_code([result.report], args)


def _write_reports(reports: list[Report], args: argparse.Namespace, unread: int = 0) -> None:
    """Write ``check``'s reports to stdout in ``--format``; ``unread`` files had none."""
    if args.format in _STREAMED:  # held for a baseline: written as they would stream
        writer = _writer(args.format, sys.stdout)
        for report in reports:
            _write(writer, _Checked("", report, None, Exit.OK, False), args)
        writer.close()
    elif args.format == "table":
        from checker.report.text import fit, render

        out, tables = console(args), render(reports)
        fit(out, tables)
        out.print(tables)
    elif args.format == "text":
        from checker.report.lint import lint_lines

        out = console(args)
        for line in lint_lines(reports, show_all=args.all, unread=unread):
            out.print(line, soft_wrap=True)
    else:
        from checker.report.formats import format_reports

        sys.stdout.writelines(format_reports(args.format, reports))
