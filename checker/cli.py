"""The ``radiocheck`` command line: arguments in, the public API, an exit code out.

Exit codes (REPORT.md): 0 checked and clean, 1 violations at or above ``--fail-on``,
2 could not check (usage, unreadable or malformed input), 3 a bug in radiocheck.
Heavy modules (rich, the pipeline) are imported inside the commands that need them,
so that ``radiocheck --help`` and argument errors stay instant.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from checker._version import __version__
from checker.commands import MAX_FILE_SIZE, MODULES, byte_size, positive_int, probability

if TYPE_CHECKING:
    from checker.diagnostics import Diagnostic
    from checker.report.model import Report

EXIT_OK, EXIT_VIOLATIONS, EXIT_INPUT, EXIT_BUG = 0, 1, 2, 3
FORMATS = ("text", "json")
#: ``check`` also writes the machine formats of ``checker.report.formats``.
CHECK_FORMATS = (*FORMATS, "jsonl", "markdown", "junit", "sarif", "github", "html")
INPUT_FORMATS = ("radio", "vtt", "srt", "json", "whisper", "whisperx", "rttm")
_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors in the project's message form and exit 2."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"radiocheck: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    p = _Parser(
        prog="radiocheck", description="Check maritime radio transcripts against protocol rules."
    )
    p.add_argument("--version", action="version", version=f"radiocheck {__version__}")
    p.add_argument("--debug", action="store_true", help="show the traceback of an internal error")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    c = sub.add_parser(
        "check", help="check transcripts and report who was responsible and which rules held"
    )
    c.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="transcripts (.radio, .txt) or recordings (.vtt, .srt, .json, .rttm); a folder "
        "stands for the transcripts in it",
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
    c.add_argument(
        "--min-confidence",
        type=probability,
        default=0.5,
        metavar="P",
        help="verdicts resting on evidence below this confidence are uncertain (default 0.5)",
    )
    c.add_argument("--baseline", metavar="FILE", help="fail only on verdicts not in FILE")
    c.add_argument(
        "--write-baseline", metavar="FILE", help="record today's failing verdicts in FILE"
    )
    c.add_argument(
        "--format", choices=CHECK_FORMATS, default="text", help="output format (default: text)"
    )
    c.add_argument(
        "--fail-on",
        choices=("error", "warning", "info"),
        default="error",
        help="lowest severity of a violated rule that makes the exit code 1 (default: error)",
    )
    c.add_argument("--strict", action="store_true", help="uncertain verdicts also fail")
    c.add_argument("--exit-zero", action="store_true", help="exit 0 even when rules are violated")
    c.add_argument("--encoding", help="text encoding of the files (default: detect UTF-8/UTF-16)")
    c.add_argument(
        "--max-file-size",
        type=byte_size,
        default=MAX_FILE_SIZE,
        metavar="BYTES",
        help="refuse larger files (default: 5 MB)",
    )
    c.add_argument("--no-color", action="store_true", help="no colours (NO_COLOR is honoured too)")
    c.add_argument(
        "--allow-outside",
        action="store_true",
        help="let a transcript's @rules name a rule set outside its project",
    )
    c.add_argument(
        "--jobs",
        "-j",
        type=positive_int,
        default=1,
        metavar="N",
        help="check files in N processes (default 1); the output is the same, in input order",
    )
    add_recording_options(c)
    c.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )

    s = sub.add_parser("schema", help="print a JSON Schema")
    s.add_argument(
        "which",
        choices=("report", "rules"),
        help="report: check --format json; rules: rule-set files",
    )
    s.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )

    for name in MODULES:
        import_module(f"checker.commands.{name}").add_parser(sub)
    return p


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


def _console(args: argparse.Namespace, file: TextIO | None = None) -> Any:
    from rich.console import Console

    no_color = getattr(args, "no_color", False) or "NO_COLOR" in os.environ
    return Console(file=file or sys.stdout, no_color=no_color, highlight=False, soft_wrap=False)


def diagnostics_text(diagnostics: Sequence[Diagnostic]) -> str:
    """Diagnostics in the ``path:line:col: CODE message`` form, with caret and hint,
    each ending with a newline."""
    from checker.diagnostics import format_diagnostic

    return "".join(format_diagnostic(d) + "\n" for d in diagnostics)


def print_diagnostics(diagnostics: Sequence[Diagnostic], stream: TextIO) -> None:
    """Write :func:`diagnostics_text` to ``stream``."""
    stream.write(diagnostics_text(diagnostics))


def exit_code(reports: Sequence[Report], args: argparse.Namespace) -> int:
    """The exit code of ``check`` for these reports (REPORT.md, "Exit codes")."""
    if any(not r.checked for r in reports):
        return EXIT_INPUT
    if args.exit_zero:
        return EXIT_OK
    floor = _SEVERITY_RANK[args.fail_on]
    for r in reports:
        for v in r.verdicts:
            if v.suppressed:
                continue
            if v.outcome == "violated" and _SEVERITY_RANK[v.severity] >= floor:
                return EXIT_VIOLATIONS
            if args.strict and v.outcome == "uncertain":
                return EXIT_VIOLATIONS
    return EXIT_OK


def _codes(values: list[str] | None) -> list[str] | None:
    """``--select CH01,CH02 --select SR`` → ``["CH01", "CH02", "SR"]``."""
    return [c.strip() for v in values for c in v.split(",") if c.strip()] if values else None


def _rule_options(args: argparse.Namespace) -> dict[str, Any]:
    """The rules-stage keywords of ``check`` that differ from its defaults."""
    options: dict[str, Any] = {"select": _codes(args.select), "ignore": _codes(args.ignore)}
    if args.min_confidence != 0.5:
        options["min_confidence"] = args.min_confidence
    if getattr(args, "allow_outside", False):
        options["allow_outside"] = True
    return {k: v for k, v in options.items() if v is not None}


class _Checked(NamedTuple):
    """What checking one file gives ``check``: the text for stderr, and the report or
    (when streaming JSON Lines) its lines and exit code; ``failed`` when unreadable."""

    diagnostics: str
    report: Report | None
    jsonl: str | None
    code: int
    failed: bool


def _check_one(path: Path, args: argparse.Namespace, stream: bool) -> _Checked:
    """Read and check one file. Module-level, so that ``--jobs`` processes can run it."""
    from checker.api import check, read_transcript
    from checker.diagnostics import InputError

    try:
        t = read_transcript(
            Path(path),
            encoding=args.encoding,
            max_bytes=args.max_file_size,
            input_format=args.input_format,
            header=args.header,
            track=args.track,
        )
        report = check(t, args.rules, **_rule_options(args))
    except InputError as exc:
        return _Checked(diagnostics_text(exc.diagnostics), None, None, EXIT_INPUT, True)
    text = diagnostics_text(report.diagnostics)
    if stream:
        from checker.report.jsonl import iter_jsonl

        return _Checked(text, None, "".join(iter_jsonl([report])), exit_code([report], args), False)
    return _Checked(text, report, None, EXIT_OK, False)


def _check_all(paths: list[Path], args: argparse.Namespace, stream: bool) -> Iterator[_Checked]:
    """Each file's result, in the order given, from ``--jobs`` processes when asked.

    Results are yielded in input order, so the output is the same for any ``--jobs``;
    a streamed report is sent back as its JSON Lines, not as objects, so that the
    parent only writes."""
    workers = min(args.jobs, len(paths))
    if workers <= 1:
        yield from (_check_one(p, args, stream) for p in paths)
        return
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial
    from multiprocessing import get_context

    # spawn, as ``test`` does: the same on every platform and safe beside threads
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"))
    try:
        yield from pool.map(partial(_check_one, args=args, stream=stream), paths, chunksize=4)
    finally:  # a reader that stops early (``| head``, Ctrl-C) does not wait for the rest
        pool.shutdown(cancel_futures=True)


def cmd_check(args: argparse.Namespace) -> int:
    from checker.diagnostics import make
    from checker.testing import discover

    reports: list[Report] = []
    failed = False
    # jsonl is written as each file finishes and the report is let go, so that a
    # folder of thousands of transcripts is checked in flat memory.
    stream = args.format == "jsonl" and not (args.baseline or args.write_baseline)
    streamed = EXIT_OK
    paths: list[Path] = []
    for f in args.files:
        found = discover([f]) if Path(f).is_dir() else [Path(f)]
        if not found:
            empty = make("RC001", "a folder with no transcripts in it", path=f)
            print_diagnostics([empty], sys.stderr)
            failed = True
        paths += found
    for done in _check_all(paths, args, stream):
        sys.stderr.write(done.diagnostics)
        if done.failed:
            failed = True
        elif done.jsonl is not None:
            sys.stdout.write(done.jsonl)
            sys.stdout.flush()
            streamed = max(streamed, done.code)
        elif done.report is not None:
            reports.append(done.report)
    if stream:
        return EXIT_INPUT if failed else streamed
    if args.baseline or args.write_baseline:
        from checker.commands.rules import baseline_reports

        problem = baseline_reports(reports, args.baseline, args.write_baseline)
        if problem:
            print(f"radiocheck: error: {problem}", file=sys.stderr)
            return EXIT_INPUT
    if args.format == "json":
        json.dump(
            [r.model_dump(mode="json") for r in reports], sys.stdout, indent=2, ensure_ascii=False
        )
        sys.stdout.write("\n")
    elif args.format != "text":
        from checker.report.formats import format_reports

        sys.stdout.writelines(format_reports(args.format, reports))
    else:
        from checker.report.text import render

        _console(args).print(render(reports))
    code = exit_code(reports, args)
    return EXIT_INPUT if failed else code


def cmd_schema(args: argparse.Namespace) -> int:
    if args.which == "report":
        from checker.report.model import report_json_schema

        schema = report_json_schema()
    else:
        from checker.ruleset.schema import rules_json_schema

        schema = rules_json_schema()
    json.dump(schema, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


COMMANDS = {"check": cmd_check, "schema": cmd_schema}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code (the console script exits with it)."""
    # pydantic reads every installed distribution's metadata for plugins when it builds
    # the first model (5-7 ms of a one-file check); the CLI uses none. A user's own
    # setting of the variable wins. The library API (checker.api) leaves it alone.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors: argparse has printed
        return exc.code if isinstance(exc.code, int) else EXIT_INPUT
    try:
        if args.command in COMMANDS:
            return COMMANDS[args.command](args)
        module = import_module(f"checker.commands.{args.command}")
        code: int = module.run(args)
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: say so briefly, traceback only on request
        from checker.diagnostics import InputError

        if isinstance(exc, InputError):
            print_diagnostics(exc.diagnostics, sys.stderr)
            return EXIT_INPUT
        if args.debug:
            raise
        print(
            f"radiocheck: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in radiocheck; please report it with the input that caused it "
            "(run again with --debug for the traceback).",
            file=sys.stderr,
        )
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
