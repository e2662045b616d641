"""``radiocheck schema report|rules``: the JSON Schema of reports or of rule-set files."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from checker.commands._common import Exit, add_debug


def add_parser(sub: Any) -> None:
    """Register ``schema``."""
    s = sub.add_parser("schema", help="print a JSON Schema")
    s.add_argument(
        "which",
        choices=("report", "rules"),
        help="report: check --format json; rules: rule-set files",
    )
    add_debug(s)


def run(args: argparse.Namespace) -> int:
    """Print the schema."""
    if args.which == "report":
        from checker.report.model import report_json_schema

        schema = report_json_schema()
    else:
        from checker.api import rules_json_schema

        schema = rules_json_schema()
    json.dump(schema, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return Exit.OK
