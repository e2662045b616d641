"""The table ``benchmarks/run.py`` prints: every figure beside its baseline, then the
targets (``results.json`` holds the same figures)."""

from __future__ import annotations

from typing import Any

from bench_onefile import table_rows

#: The runs of each corpus size, by their key in results.json.
RUNS = {
    "check_jsonl": "check jsonl",
    "check_jsonl_jobs2": "check jsonl -j2",
    "test_jobs1": "test -j1",
    "test_jobs2": "test -j2",
}


def table(results: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    m = results["machine"]
    console = Console()
    if "onefile" in results:
        rows = table_rows(results["onefile"])
        one = Table(*rows[0], title="one file: time per utterance (µs) and its growth")
        for row in rows[1:]:
            one.add_row(*row)
        console.print(one)
    if "startup" not in results:  # --onefile-only
        return _targets(console, results)
    s, c = results["startup"], results["classify"]
    t = Table(
        title=f"radiocheck benchmark — {m['cores']} cores, Python {m['python']}, lark {m['lark']}"
    )
    for col in ("figure", "radiocheck", "baseline", "ratio"):
        t.add_column(col, justify="left" if col == "figure" else "right")
    t.add_row(
        "start-up (s, median)",
        f"{s['seconds']:.3f}",
        f"{s['baseline_seconds']:.3f} imports",
        f"{s['ratio']:.2f}",
    )
    lark_rate = c["lark_trivial_per_second"]
    t.add_row(
        f"classify ({c['utterances']:,} utt/s)",
        f"{c['classify_per_second']:,}",
        f"{lark_rate:,} lark trivial",
        f"{c['ratio']:.2f}",
    )
    for r in results["scaling"]:
        label = f"{r['transcripts']:,} transcripts, {r['utterances']:,} utt"
        for key, name in RUNS.items():
            if key in r:
                x = r[key]
                t.add_row(
                    f"{label}: {name} (utt/s; s; MB)",
                    f"{x['utterances_per_second']:,}; {x['seconds']:.2f}; {x['peak_rss_mb']:.0f}",
                    f"{lark_rate:,} lark trivial",
                    f"{x['utterances_per_second'] / lark_rate:.2f}",
                )
    if "compiled" in results:
        k = results["compiled"]
        lark_k = k["classify"]["lark_trivial_per_second"]
        for name, rate in (
            ("compiled build: classify (utt/s)", k["classify"]["classify_per_second"]),
            ("compiled build: check jsonl (utt/s)", k["check_jsonl"]["utterances_per_second"]),
        ):
            t.add_row(name, f"{rate:,}", f"{lark_k:,} lark trivial", f"{rate / lark_k:.2f}")
    console.print(t)
    _targets(console, results)


def _targets(console: Any, results: dict[str, Any]) -> None:
    from rich.table import Table

    g = Table(title="targets")
    for col in ("target", "value", "goal", "met"):
        g.add_column(col)
    for name, x in results["targets"].items():
        g.add_row(name, str(x["value"]), x["target"], "yes" if x["met"] else "NO")
    console.print(g)  # fmt: skip
