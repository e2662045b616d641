"""``radiocheck explain FILE CODE [--party P] [--casualty C]``: why a rule came out so;
``radiocheck explain RC101``: a diagnostic's entry (:mod:`checker.commands.explain_code`).

Prints the chain of evidence of the verdicts of rule CODE: each evidence line, what
it says, how it was read (act or narration) and how it moved the casualty's state
and ledgers, then the rule's reasoning and outcome. When a rule has several verdicts
(SR01 for each party) all are shown unless ``--party``/``--casualty`` narrow them.
Built from the Report alone (:mod:`checker.report.explain`), so it tells the same
story as ``check`` and the review page. Exit codes: 0 explained, 2 bad input or no
such verdict.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from checker.commands._common import Exit, console
from checker.commands.review import add_input_options, load_report


def add_parser(subparsers: Any) -> None:
    """Register ``explain``."""
    p = subparsers.add_parser(
        "explain",
        help="explain one rule's verdict line by line, in plain words",
        description="Show the chain of evidence for the verdicts of rule CODE: what each "
        "evidence line says, how it was read, how it moved the ledgers, and why the rule "
        "came out as it did.",
    )
    add_input_options(p)
    p.add_argument("code", metavar="CODE", nargs="?", help="a rule code, such as CH04")
    p.add_argument("--party", metavar="P", help="only the verdict about party P")
    p.add_argument("--casualty", metavar="C", help="only the verdict about casualty C")


def run(args: argparse.Namespace) -> int:
    """Explain the matching verdicts, or say which verdicts there are."""
    from checker.commands.explain_code import explain_code, is_code

    if args.code is None:  # ``explain RC101``: a diagnostic's entry, not a verdict
        if is_code(args.file):
            return explain_code(args.file)
        print(
            "radiocheck: error: explain needs FILE CODE (a rule's verdicts) or a "
            "diagnostic code such as RC101",
            file=sys.stderr,
        )
        return Exit.INPUT
    from checker.report.explain import explain, find_verdicts
    from checker.report.terminal import explanation_view

    report = load_report(args)
    if report is None:
        return Exit.INPUT
    found = find_verdicts(report, args.code, args.party, args.casualty)
    if not found:
        same_rule = find_verdicts(report, args.code)
        if same_rule:
            have = "; ".join(
                f"party={v.party or '-'} casualty={v.casualty or '-'}" for v in same_rule
            )
            problem = (
                f"rule {args.code.upper()} has no verdict for that party/casualty (it has: {have})"
            )
        else:
            codes = sorted({v.rule for v in report.verdicts})
            problem = (
                f"no verdict of rule {args.code!r}; this file's rules: {', '.join(codes) or 'none'}"
            )
        print(f"{args.file}: error: {problem}", file=sys.stderr)
        return Exit.INPUT
    out = console(args)
    for i, v in enumerate(found):
        if i:
            out.rule()
        out.print(explanation_view(explain(report, v)))
    return Exit.OK
