"""``radiocheck diff FILE --base A --with B`` / ``--override "LINE act=KIND"``: what-if.

Checks one file twice — under rule set A and rule set B, or as classified and with a
disputed line read differently — and shows the verdicts and ledger intervals that
were added, removed or changed. This is how a panel tests a disputed reading, or a
policy person a different arrangement, without editing the transcript. It is a
comparison, not a check: exit 0 whatever changed, 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from checker.commands._common import Exit, console
from checker.commands.review import add_input_options, load_report

if TYPE_CHECKING:
    from rich.console import RenderableType

    from checker.report.model import Report

VERDICT_KEY = ("rule", "party", "casualty", "station")
VERDICT_FIELDS = ("outcome", "severity", "excused_by", "evidence", "confidence", "suppressed")
SPAN_KEY = ("casualty", "level", "party", "station", "how")
SPAN_FIELDS = ("from_line", "to_line", "evidence", "confidence", "aware", "note")


def add_parser(subparsers: Any) -> None:
    """Register ``diff``."""
    p = subparsers.add_parser(
        "diff",
        help="what changes under another rule set (--base A --with B) or reading (--override)",
        description="Check FILE twice and list the verdicts and responsibility intervals "
        "that change: between rule sets (--base A --with B), or when utterances are read "
        'as other acts (--override "LINE act=KIND", repeatable).',
    )
    add_input_options(p, rules=False)
    p.add_argument("--base", metavar="ID-or-PATH", help="rule set of the base (default: @rules)")
    p.add_argument(
        "--with", dest="with_", metavar="ID-or-PATH", help="rule set to compare (default: base)"
    )
    p.add_argument("--format", choices=("text", "json"), default="text")


def _keyed(items: Sequence[object], key: Sequence[str]) -> dict[tuple[Any, ...], object]:
    """Items by their identity, with an occurrence count for repeats."""
    seen: Counter[tuple[Any, ...]] = Counter()
    out: dict[tuple[Any, ...], object] = {}
    for item in items:
        k = tuple(getattr(item, f) for f in key)
        seen[k] += 1
        out[(*k, seen[k])] = item
    return out


def compare(
    base: Sequence[object],
    other: Sequence[object],
    key: Sequence[str],
    fields: Sequence[str],
    pair_by: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """Added, removed and changed items (with the fields that changed), and the number
    unchanged. Items match on ``key``; with ``pair_by`` > 0, an item left over on each
    side that agrees on the first ``pair_by`` key fields (a rule's verdict that moved
    from no party to FR) is one change, not a removal and an addition."""
    from checker.report.dump import dump

    a, b = _keyed(base, key), _keyed(other, key)
    pairs: list[tuple[object | None, object | None]] = []
    for k in [*a, *(k for k in b if k not in a)]:
        pairs.append((a.get(k), b.get(k)))
    if pair_by:
        pairs = _pair_leftovers(pairs, key[:pair_by])
    changes: list[dict[str, Any]] = []
    same = 0
    for old, new in pairs:
        moved = [f for f in (*key, *fields) if old and new and getattr(old, f) != getattr(new, f)]
        if old is not None and new is not None and not moved:
            same += 1
            continue
        change = "added" if old is None else "removed" if new is None else "changed"
        either = new if new is not None else old
        changes.append(
            {
                "change": change,
                **{f: getattr(either, f) for f in key},
                "fields": moved,
                "base": dump(old) if old else None,
                "with": dump(new) if new else None,
            }
        )
    return changes, same


def _pair_leftovers(
    pairs: list[tuple[object | None, object | None]], key: Sequence[str]
) -> list[tuple[object | None, object | None]]:
    out = list(pairs)
    for i, (old, new) in enumerate(out):
        if old is None or new is not None:
            continue
        for j, (old2, new2) in enumerate(out):
            if (
                old2 is None
                and new2 is not None
                and all(getattr(old, f) == getattr(new2, f) for f in key)
            ):
                out[i], out[j] = (old, new2), (None, None)
                break
    return [p for p in out if p != (None, None)]


def run(args: argparse.Namespace) -> int:
    """Check twice, compare, print."""
    if not args.with_ and not args.override:
        print(
            "radiocheck diff: error: nothing to compare: give --with RULES or --override "
            '"LINE act=KIND"',
            file=sys.stderr,
        )
        return Exit.INPUT
    printed: set[str] = set()
    base = load_report(args, rules=args.base, overrides=[], printed=printed, expectations=False)
    other = load_report(
        args,
        rules=args.with_ or args.base,
        overrides=args.override,
        printed=printed,
        expectations=False,
    )
    if base is None or other is None:
        return Exit.INPUT
    verdicts, same_v = compare(base.verdicts, other.verdicts, VERDICT_KEY, VERDICT_FIELDS, 1)
    spans, same_s = compare(base.responsibility, other.responsibility, SPAN_KEY, SPAN_FIELDS)
    result = {
        "file": args.file,
        "base": {"rules": _rules(base), "overrides": []},
        "with": {"rules": _rules(other), "overrides": list(args.override)},
        "reread": _rereads(base, other),
        "verdicts": verdicts,
        "ledger": spans,
        "unchanged": {"verdicts": same_v, "ledger": same_s},
    }
    if args.format == "json":
        json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        console(args).print(render(result))
    return Exit.OK


def _rules(report: Report) -> str | None:
    return report.ruleset.id if report.ruleset else None


def _rereads(base: Report, other: Report) -> list[dict[str, Any]]:
    """The lines read differently on the ``with`` side, and why."""
    before = {e.line: e for e in base.events}
    return [
        {
            "line": e.line,
            "base": before[e.line].primary,
            "with": e.primary,
            "reason": e.override_reason,
        }
        for e in other.events
        if e.overridden and e.line in before and not before[e.line].overridden
    ]


def _moved(change: dict[str, Any], name: str) -> str:
    """``UK`` when both sides agree, ``UK → —`` when a verdict moved."""
    old, new = (change[side][name] if change[side] else None for side in ("base", "with"))
    if change["change"] != "changed" or old == new:
        return str(change[name] or "—")
    return f"{old or '—'} → {new or '—'}"


def _verdict_cell(v: dict[str, Any] | None) -> str:
    if v is None:
        return "—"
    text = f"{v['outcome']} ({v['severity']})"
    return text + (f" by {v['excused_by']}" if v.get("excused_by") else "")


def _span_cell(s: dict[str, Any] | None) -> str:
    if s is None:
        return "—"
    who = (s["party"] or "nobody") + (f"/{s['station']}" if s["station"] else "")
    who += f" {s['how']}" if s["how"] != "none" else " (aware)" if s["aware"] else ""
    end = s["to_line"] if s["to_line"] is not None else "end"
    conf = f", confidence {s['confidence']:.2f}" if s["confidence"] < 1 else ""
    return f"{who}, lines {s['from_line']}–{end}{conf}"


def render(result: dict[str, Any]) -> RenderableType:
    """The comparison as rich tables."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    b, w = result["base"], result["with"]
    title = Text(f"{result['file']}\n", style="bold")
    title.append(f"base: rules {b['rules']}   with: rules {w['rules']}")
    for o in w["overrides"]:
        title.append(f", override {o}")
    parts: list[RenderableType] = [title]
    for r in result["reread"]:
        parts.append(
            Text(f"line {r['line']}: read as {r['base']}, now {r['with']} ({r['reason']})")
        )
    style = {"added": "green", "removed": "red", "changed": "yellow"}
    vt = Table(title="Verdicts that change", title_justify="left")
    for name in ("change", "rule", "party", "casualty", "base", "with", "what", "why (with)"):
        vt.add_column(name, ratio=1 if name.startswith("why") else None)
    for c in result["verdicts"]:
        why = (c["with"] or c["base"])["explanation"]
        vt.add_row(
            Text(c["change"], style=style[c["change"]]),
            c["rule"],
            _moved(c, "party"),
            _moved(c, "casualty"),
            _verdict_cell(c["base"]),
            _verdict_cell(c["with"]),
            ", ".join(c["fields"]),
            why,
        )
    lt = Table(title="Ledger intervals that change", title_justify="left")
    for name in ("change", "casualty", "level", "base", "with"):
        lt.add_column(name)
    for c in result["ledger"]:
        lt.add_row(
            Text(c["change"], style=style[c["change"]]),
            c["casualty"],
            c["level"],
            _span_cell(c["base"]),
            _span_cell(c["with"]),
        )
    parts += [vt if result["verdicts"] else Text("No verdict changes.")]
    parts += [lt if result["ledger"] else Text("No ledger interval changes.")]
    u = result["unchanged"]
    parts.append(Text(f"Unchanged: {u['verdicts']} verdicts, {u['ledger']} ledger intervals."))
    return Group(*parts)
