"""``radiocheck classify``: the speech acts of utterances, one at a time or from stdin.

``--speaker`` and ``--addressee`` name the parties (or stations) speaking and spoken
to, so that relative phrases resolve: "your waters" said to a French unit is French
waters (SPEECH-ACTS.md, "radiocheck classify").
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from checker.commands._common import Exit, add_debug, add_no_color, console

ACT_FIELDS = {"kind", "confidence", "span", "matched", "source", "slots", "assumed"}


def add_parser(sub: Any) -> None:
    """Register the subcommand."""
    k = sub.add_parser("classify", help="show the speech acts of utterances")
    k.add_argument("text", help='an utterance, or "-" to read one utterance per line from stdin')
    k.add_argument("--format", choices=("text", "json"), default="text")
    k.add_argument("--speaker", help="party (or station) speaking, for 'our waters'")
    k.add_argument("--addressee", help="party (or station) spoken to, for 'your zone'")
    k.add_argument(
        "--rules", default="uk-fr-channel", help="rule set whose zone and party names apply"
    )
    add_no_color(k)
    add_debug(k)


def run(args: argparse.Namespace) -> int:
    """Classify and print."""
    from checker.api import classify, classify_context
    from checker.report.dump import dump

    ctx, speaker, addressee = classify_context(
        args.rules, speaker=args.speaker, addressee=args.addressee
    )
    lines = [ln.rstrip("\r\n") for ln in sys.stdin] if args.text == "-" else [args.text]
    texts = [t for t in lines if t.strip()] if args.text == "-" else lines
    results = [classify(t, ctx, speaker=speaker, addressee=addressee) for t in texts]
    if args.format == "json":
        out = [
            {
                "text": r.text,
                "primary": r.primary,
                "acts": [dump(a, include=ACT_FIELDS) for a in r.acts],
            }
            for r in results
        ]
        json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return Exit.OK
    from rich.table import Table

    table = Table("utterance", "primary", "acts")
    for r in results:
        acts = "; ".join(
            f"{a.kind} {a.confidence:.2f} {a.source}" + (f" {a.slots}" if a.slots else "")
            for a in r.acts
        )
        table.add_row(r.text, r.primary, acts)
    console(args).print(table)
    return Exit.OK
