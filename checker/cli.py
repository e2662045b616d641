"""The ``radiocheck`` command line: arguments in, the public API, an exit code out.

Exit codes (REPORT.md): 0 checked and clean, 1 violations at or above ``--fail-on``,
2 could not check (usage, unreadable or malformed input), 3 a bug in radiocheck.
Heavy modules (rich, the pipeline) are imported inside the commands that need them,
so that ``radiocheck --help`` and argument errors stay instant.
"""

from __future__ import annotations

import argparse
import json
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
#: Stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it (REPORT.md).
EXIT_INTERRUPTED = 130
FORMATS = ("text", "json")
#: ``check`` also writes the machine formats of ``checker.report.formats``.
CHECK_FORMATS = (*FORMATS, "table", "jsonl", "markdown", "junit", "sarif", "github", "html")
INPUT_FORMATS = ("radio", "vtt", "srt", "json", "whisper", "whisperx", "rttm")
_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors in the project's message form and exit 2."""

    def error(self, message: str) -> Any:
        from checker.commands.conventions import did_you_mean

        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"radiocheck: error: {did_you_mean(self, message)}\n")


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
        "--format",
        choices=CHECK_FORMATS,
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
        choices=("error", "warning", "info"),
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
    from checker.commands.conventions import add_examples

    add_examples(sub)
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
    from checker.report.console import make_console

    return make_console(getattr(args, "no_color", False), file or sys.stdout)


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


def _rule_options(args: argparse.Namespace) -> dict[str, Any]:
    """The rules-stage keywords of ``check`` that differ from its defaults."""
    from checker.commands.config import codes

    options: dict[str, Any] = {"select": codes(args.select), "ignore": codes(args.ignore)}
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
    warned: bool = False


def _check_one(path: Path, args: argparse.Namespace, stream: bool) -> _Checked:
    """Read and check one file. Module-level, so that ``--jobs`` processes can run it.

    A bug met while checking the file is reported for it alone (exit 3 at the end),
    so that the other files of a folder keep their reports; ``--debug`` raises it."""
    from checker.api import check, read_transcript
    from checker.commands.pool import test_fault
    from checker.diagnostics import InputError

    try:
        test_fault(path)
        if str(path) == "-":  # read by the parent before the workers started
            from checker.commands.conventions import STDIN_PATH
            from checker.transcript.reader import read_text

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
        if stream:
            from checker.report.jsonl import iter_jsonl

            jsonl = "".join(iter_jsonl([report]))
            return _Checked(text, None, jsonl, exit_code([report], args), False, warned)
    except InputError as exc:
        return _Checked(diagnostics_text(exc.diagnostics), None, None, EXIT_INPUT, True)
    except Exception as exc:
        if args.debug:
            raise
        return _Checked(_bug_text(path, exc), None, None, EXIT_BUG, True)
    return _Checked(text, report, None, EXIT_OK, False, warned)


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
    return _Checked(text, None, None, EXIT_INPUT, True)


def _check_all(paths: list[Path], args: argparse.Namespace, stream: bool) -> Iterator[_Checked]:
    """Each file's result, in the order given, from ``--jobs`` processes when asked.

    Results are yielded in input order, so the output is the same for any ``--jobs``;
    a streamed report is sent back as its JSON Lines, not as objects, so that the
    parent only writes. Ctrl-C, killed workers: :mod:`checker.commands.pool`."""
    workers = min(args.jobs, len(paths))
    if workers <= 1:
        yield from (_check_one(p, args, stream) for p in paths)
        return
    from functools import partial

    from checker.commands.pool import pooled

    yield from pooled(partial(_check_one, args=args, stream=stream), paths, workers, _killed)


def _interrupted(paths: list[Path], done: int) -> int:
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
    return EXIT_INTERRUPTED


def cmd_check(args: argparse.Namespace) -> int:
    from checker.diagnostics import make
    from checker.transcript.discover import discover, refused_diagnostic

    reports: list[Report] = []
    worst = EXIT_OK  # of the files that could not be checked: 2, or 3 for a bug
    # jsonl is written as each file finishes and the report is let go, so that a
    # folder of thousands of transcripts is checked in flat memory.
    stream = args.format == "jsonl" and not (args.baseline or args.write_baseline or args.output)
    streamed = EXIT_OK
    paths: list[Path] = []
    if "-" in args.files:
        from checker.commands.conventions import read_stdin
        from checker.diagnostics import InputError

        try:
            args.stdin_text = read_stdin(args.max_file_size, args.encoding)
        except InputError as exc:
            print_diagnostics(exc.diagnostics, sys.stderr)
            return EXIT_INPUT
    warned = False
    for f in args.files:
        refused: list[Path] = []
        found = discover([f], refused) if f != "-" and Path(f).is_dir() else [Path(f)]
        bad = [refused_diagnostic(p) for p in refused]  # links out of the project
        if not found:
            bad.append(make("RC001", "a folder with no transcripts in it", path=f))
        print_diagnostics(bad, sys.stderr)
        worst = EXIT_INPUT if bad else worst
        paths += found
    done = 0
    try:
        for result in _check_all(paths, args, stream):
            done += 1  # checked; its output may still be cut short by Ctrl-C
            sys.stderr.write(result.diagnostics)
            warned = warned or result.warned
            if result.failed:
                worst = max(worst, result.code)
            elif result.jsonl is not None:
                sys.stdout.write(result.jsonl)
                sys.stdout.flush()
                streamed = max(streamed, result.code)
            elif result.report is not None:
                reports.append(result.report)
    except KeyboardInterrupt:
        return _interrupted(paths, done)
    failing = EXIT_INPUT if warned and args.warnings_as_errors else EXIT_OK
    if stream:
        return worst or failing or streamed
    if args.baseline or args.write_baseline:
        from checker.commands.rules import baseline_reports

        problem = baseline_reports(reports, args.baseline, args.write_baseline)
        if problem:
            print(f"radiocheck: error: {problem}", file=sys.stderr)
            return EXIT_INPUT
    from checker.commands.conventions import captured

    with captured(args.output):
        _write_reports(reports, args)
    return worst or failing or exit_code(reports, args)


def _write_reports(reports: list[Report], args: argparse.Namespace) -> None:
    """Write ``check``'s reports to stdout in ``--format``."""
    if args.format == "json":
        # one write: json.dump's thousands of small ones through the guard took 15 ms
        reports_json = [r.model_dump(mode="json") for r in reports]
        sys.stdout.write(json.dumps(reports_json, indent=2, ensure_ascii=False) + "\n")
    elif args.format == "table":
        from checker.report.text import fit, render

        console, tables = _console(args), render(reports)
        fit(console, tables)
        console.print(tables)
    elif args.format == "text":
        from checker.report.lint import lint_lines

        console = _console(args)
        for line in lint_lines(reports, show_all=args.all):
            console.print(line, soft_wrap=True)
    else:
        from checker.report.formats import format_reports

        sys.stdout.writelines(format_reports(args.format, reports))


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
    from checker.commands import process

    process.configure()  # pydantic's plugin search skipped, gc tuned: this process only
    parser = build_parser()
    if not (sys.argv[1:] if argv is None else argv):  # nothing to do: say what can be done
        parser.print_help(sys.stdout)
        return EXIT_INPUT
    try:
        args = parser.parse_args(argv)
        from checker.commands.config import configure  # pydantic: after process.configure

        configure(args, parser)  # [tool.radiocheck], under what the command line says
        if args.command == "completion":  # the script is made from the parser itself
            args.parser = parser
    except SystemExit as exc:  # --help, --version, usage errors: argparse has printed
        return exc.code if isinstance(exc.code, int) else EXIT_INPUT
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
        if args.command in COMMANDS:
            return COMMANDS[args.command](args)
        module = import_module(f"checker.commands.{args.command}")
        code: int = module.run(args)
        return code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # a pipe other than stdout closed: not radiocheck's error
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
