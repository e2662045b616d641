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
    k.add_argument("--no-color", action="store_true")
    k.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )


def _party_station(ctx: Any, name: str | None, role: str) -> str | None:
    """A station id for a --speaker/--addressee value: a station of the rule set's
    world does not exist, so a party becomes a stand-in station of that party."""
    from checker.context import Station

    if not name:
        return None
    party = ctx.party(name) or (name.upper() if name.upper() in ctx.parties else None)
    if party is None:
        return None
    sid = f"{role.upper()}-{party}"
    ctx.stations[sid] = Station(id=sid, role="unknown", party=party, declared=False)
    ctx.reindex()
    return sid


def run(args: argparse.Namespace) -> int:
    """Classify and print."""
    from checker.api import classify, load_ruleset
    from checker.context import build_context
    from checker.transcript.model import Transcript

    rules = load_ruleset(args.rules)
    ctx, _ = build_context(Transcript(sha256=""), rules.world, rules.geometry_files)
    speaker = _party_station(ctx, args.speaker, "speaker")
    addressee = _party_station(ctx, args.addressee, "addressee")
    lines = [ln.rstrip("\r\n") for ln in sys.stdin] if args.text == "-" else [args.text]
    texts = [t for t in lines if t.strip()] if args.text == "-" else lines
    results = [classify(t, ctx, speaker=speaker, addressee=addressee) for t in texts]
    if args.format == "json":
        out = [
            {
                "text": r.text,
                "primary": r.primary,
                "acts": [a.model_dump(mode="json", include=ACT_FIELDS) for a in r.acts],
            }
            for r in results
        ]
        json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    from rich.table import Table

    from checker.report.console import make_console

    table = Table("utterance", "primary", "acts")
    for r in results:
        acts = "; ".join(
            f"{a.kind} {a.confidence:.2f} {a.source}" + (f" {a.slots}" if a.slots else "")
            for a in r.acts
        )
        table.add_row(r.text, r.primary, acts)
    make_console(args.no_color).print(table)
    return 0
