"""``radiocheck rules``: list the rules of rule sets, or explain one rule.

``radiocheck rules`` lists every rule of the shipped rule sets (code, name, severity,
provenance, title); ``--rules ID-or-PATH`` (repeatable, later sets extending earlier
ones) lists a rule set of one's own. ``radiocheck rules --explain CH02`` prints the
rule's text, source, rationale, parameters (each key of its kind, with its type,
default and the value the rule sets), the kind's documentation and the examples —
the documentation is the code's own (docstrings and the rule file), never a copy.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.commands._common import Exit, add_debug, add_no_color, console

FORMATS = ("text", "json")

if TYPE_CHECKING:
    from checker.report.model import Report

__all__ = ["add_parser", "baseline_reports", "run"]


def add_parser(sub: Any) -> None:
    """Register ``rules`` on the CLI's subparsers."""
    r = sub.add_parser("rules", help="list the rules of rule sets, or explain one rule")
    r.add_argument(
        "ruleset",
        nargs="?",
        metavar="ID-or-PATH",
        help="a rule set to list (the same as --rules ID-or-PATH)",
    )
    r.add_argument(
        "--rules",
        action="append",
        metavar="ID-or-PATH",
        help="rule set id or path (repeatable: later sets extend earlier ones; "
        "default: every shipped set)",
    )
    r.add_argument("--explain", metavar="CODE", help="print one rule's text, source and examples")
    r.add_argument("--format", choices=FORMATS, default="text")
    add_no_color(r)
    add_debug(r)


def run(args: argparse.Namespace) -> int:
    """List or explain; exit 2 for an unknown code (the message names the known ones)."""
    from checker.api import load_rulesets, shipped_rulesets

    chosen = [*([args.ruleset] if args.ruleset else []), *(args.rules or [])]
    rs = load_rulesets(chosen or shipped_rulesets())
    if args.explain:
        from checker.commands.explain_code import explain_code, is_code

        if is_code(args.explain):
            return explain_code(args.explain)
        spec = next((r for r in rs.rules if r.code.upper() == args.explain.upper()), None)
        if spec is None:
            known = ", ".join(r.code for r in rs.rules) or "none"
            print(
                f"radiocheck: error: no rule {args.explain!r} in {rs.id} (rules: {known})",
                file=sys.stderr,
            )
            return Exit.INPUT
        if args.format == "json":
            json.dump(_explain_json(spec), sys.stdout, indent=2, ensure_ascii=False)
            sys.stdout.write("\n")
        else:
            from checker.commands.rules_explain import print_explain

            print_explain(spec, console(args))
        return Exit.OK
    if args.format == "json":
        rows = [r.model_dump(mode="json", by_alias=True) for r in rs.rules]
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return Exit.OK
    from rich.table import Table
    from rich.text import Text

    out = console(args)
    out.print(Text.assemble((f"Rules of {' → '.join(rs.chain)}", "bold"), f" ({rs.version})"))
    table = Table("code", "name", "severity", "provenance", "title")
    for r in rs.rules:
        table.add_row(r.code, r.name, r.severity, r.provenance, r.title)
    out.print(table if rs.rules else "  no rules")
    return Exit.OK


def _explain_json(spec: Any) -> dict[str, Any]:
    from checker.api import rule_kind

    return {
        **spec.model_dump(mode="json", by_alias=True),
        "kind_doc": rule_kind(spec.kind).doc,
        "params_schema": rule_kind(spec.kind).params.model_json_schema(),
    }


def baseline_reports(
    reports: Sequence[Report], use: str | None, write_to: str | None
) -> str | None:
    """``check --baseline`` / ``--write-baseline``: apply the baseline to the reports'
    verdicts, or record their failing verdicts. Returns a problem to report, or None."""
    from checker.api import apply_baseline, write_baseline

    if use:
        try:
            apply_baseline(reports, Path(use))
        except ValueError as exc:
            return f"--baseline: {exc}"
    if write_to:
        try:
            write_baseline(reports, Path(write_to))
        except OSError as exc:  # a folder, a full disk (/dev/full), no permission
            return f"--write-baseline: cannot write {write_to}: {exc.strerror or exc}"
    return None
