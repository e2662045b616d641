"""``radiocheck review FILE [-o page.html] [--step]``: look at one case with a panel.

With ``-o`` it writes the self-contained HTML review page. Without it, on a terminal
it shows the ledger timeline one casualty at a time (Enter for the next, ``q`` to
stop), and ``--step`` walks the transcript line by line showing the phase, operation
and holders after each. When stdout is not a terminal (a pipe, a file, CI) it prints
the same views in full with no prompts, so nothing ever waits for a key. Exit codes:
0 shown or written, 2 bad input (usage, unreadable or malformed file, bad override).

:func:`add_input_options` and :func:`load_report` are shared with ``explain`` and
``diff``, so the three read, override and check a file the same way.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from checker.commands._common import (
    Exit,
    add_debug,
    add_min_confidence,
    add_no_color,
    add_reading,
    console,
)

if TYPE_CHECKING:
    from rich.console import Console

    from checker.report.model import Report


def add_input_options(p: argparse.ArgumentParser, *, rules: bool = True) -> None:
    """FILE and the options that decide how it is read and checked."""
    p.add_argument("file", metavar="FILE", help="a transcript (.radio) or recording")
    if rules:
        p.add_argument(
            "--rules",
            action="append",
            metavar="ID-or-PATH",
            help="rule set id or path (default: the file's @rules; repeatable, later extends)",
        )
    p.add_argument(
        "--override",
        action="append",
        default=[],
        metavar='"LINE act=KIND"',
        help="read utterance LINE as act KIND, as a reviewer's annotation would (repeatable)",
    )
    add_min_confidence(p)
    add_reading(p)
    add_no_color(p)
    add_debug(p)


def load_report(
    args: argparse.Namespace,
    rules: list[str] | str | None = None,
    overrides: list[str] | None = None,
    printed: set[str] | None = None,
    expectations: bool = True,
) -> Report | None:
    """Read, override and check ``args.file``; print its diagnostics to stderr.

    Returns ``None`` when the file has errors and could not be checked; bad input
    that stops reading raises :class:`~checker.diagnostics.InputError` (the CLI
    prints it and exits 2). ``printed`` collects the diagnostics shown, so that a
    second check of the same file does not repeat them; ``expectations=False`` keeps
    unmet ``@expect`` warnings (RC310) quiet."""
    from checker.api import apply_overrides, check, read_transcript
    from checker.diagnostics import format_diagnostic

    t = read_transcript(Path(args.file), encoding=args.encoding, max_bytes=args.max_file_size)
    specs = args.override if overrides is None else overrides
    if specs:
        t = apply_overrides(t, specs)
    chosen = rules if rules is not None else getattr(args, "rules", None)
    report = check(t, chosen, min_confidence=args.min_confidence)
    shown = printed if printed is not None else set()
    for d in report.diagnostics:
        if d.code == "RC310" and not expectations:
            continue  # a what-if run is not the transcript its @expect lines describe
        text = format_diagnostic(d)
        if text not in shown:
            print(text, file=sys.stderr)
            shown.add(text)
    return report if report.checked else None


def add_parser(subparsers: Any) -> None:
    """Register ``review``."""
    p = subparsers.add_parser(
        "review",
        help="review one case: an HTML page (-o), or the ledger timeline in the terminal",
        description="Write a self-contained HTML review page (-o FILE), or show the "
        "responsibility timeline in the terminal, one casualty at a time (--step: line by "
        "line). Output that is not a terminal gets the full static view, without prompts.",
    )
    add_input_options(p)
    p.add_argument("-o", "--output", metavar="PAGE", help="write the HTML review page to PAGE")
    p.add_argument("--step", action="store_true", help="walk the transcript line by line")


def is_terminal(stream: TextIO) -> bool:
    """Whether to prompt: only when a person is watching ``stream``."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def run(args: argparse.Namespace) -> int:
    """Review one file."""
    report = load_report(args)
    if report is None:
        return Exit.INPUT
    if args.output:
        return _write_page(report, args.output)
    from checker.report.terminal import static_review

    out = console(args)
    interactive = is_terminal(sys.stdout)
    if args.step:
        _walk(report, out, interactive)
    elif not interactive or len(report.casualties) < 2:
        out.print(static_review(report))
    else:
        _casualties(report, out)
    return Exit.OK


def _write_page(report: Report, output: str) -> int:
    from checker.report.html import render_html
    from checker.resources import write_atomic

    page = render_html(report)
    if output == "-":
        sys.stdout.write(page)
        return Exit.OK
    try:
        write_atomic(output, page)
    except OSError as exc:
        print(f"{output}: error: cannot write the review page: {exc.strerror}", file=sys.stderr)
        return Exit.INPUT
    print(f"wrote {output}", file=sys.stderr)
    return Exit.OK


def _wait(out: Console, prompt: str) -> bool:
    """Prompt and read one line; ``False`` on ``q`` or end of input."""
    out.print(prompt, style="dim", end="")
    answer = sys.stdin.readline()
    return bool(answer) and answer.strip().lower() not in ("q", "quit")


def _casualties(report: Report, out: Console) -> None:
    from checker.report.terminal import casualty_view, header, verdicts_view

    out.print(header(report))
    for i, cas in enumerate(report.casualties):
        out.print(casualty_view(report, cas))
        last = i + 1 == len(report.casualties)
        if not last and not _wait(out, "[Enter] next casualty · q quit "):
            return
    if any(v.casualty is None for v in report.verdicts):
        out.print(verdicts_view(report, None))


def _walk(report: Report, out: Console, interactive: bool) -> None:
    from checker.report.terminal import header, step_view, verdicts_view

    out.print(header(report))
    for i, e in enumerate(report.events):
        out.print(step_view(report, e))
        more = i + 1 < len(report.events)
        if interactive and more and not _wait(out, "[Enter] next line · q quit "):
            return
    for casualty in [*(c.id for c in report.casualties), None]:
        if any(v.casualty == casualty for v in report.verdicts):
            out.print(verdicts_view(report, casualty))
