"""radiocheck's benchmark: every figure next to its baseline, measured in the same run.

Run ``python benchmarks/run.py`` (about six minutes on two cores) or
``python benchmarks/run.py --quick`` (under a minute). It builds a synthetic corpus
deterministically from ``transcripts/`` (:mod:`corpus`: every utterance distinct) at
10, 1,000 and 10,000 transcripts under ``benchmarks/out/`` (gitignored), then measures

1. start-up: wall time of ``radiocheck check --format json`` on the Ranger transcript vs
   ``python -c "from pydantic import BaseModel; import rich.console, rich.table, lark"``
   (median of several runs, each a fresh process, bytecode cached for both);
2. end to end: utterances/s of ``radiocheck check DIR --format jsonl`` (read, classify,
   resolve, protocol, rules, JSON report) with ``--jobs 1`` (one core) and ``--jobs 2``,
   and of ``radiocheck test`` with ``--jobs 1`` and ``--jobs 2``, vs lark's LALR parser
   parsing the same utterances with a trivial word grammar;
3. classification alone (in process, each transcript's utterances with its context)
   vs the same trivial parse;
4. scaling: time and peak RSS of ``radiocheck check DIR --format jsonl`` (which
   writes each report as its file finishes) and of ``radiocheck test`` at each size;
5. one long file (:mod:`bench_onefile`): time per utterance of ``check --format jsonl``
   and of each stage on one transcript of 4,000, 16,000 and 64,000 utterances, beside
   lark's trivial parse, an ``re`` alternation of the lexicon's phrases (the limit)
   and the floor (read, tokenise, ``json.dumps``); ``--onefile-only`` measures only
   these.

Results go to ``benchmarks/out/results.json`` and a rich table. See
``benchmarks/README.md`` for the figures, the targets and the profiles.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import bench_onefile  # noqa: E402
import corpus  # noqa: E402
from baseline import TRIVIAL  # noqa: E402
from table import RUNS, table  # noqa: E402

RANGER = ROOT / "transcripts" / "channel" / "ranger-2025.radio"
BASELINE_IMPORTS = "from pydantic import BaseModel; import rich.console, rich.table, lark"
TARGETS = {
    "startup_ratio_max": 1.5,
    "end_to_end_ratio_min": 0.5,
    "classify_ratio_min": 1.0,
    "jobs2_speedup_min": 1.7,
    "peak_rss_mb_max": 200,
    "onefile_growth_max": 1.2,
}


# --- processes ---------------------------------------------------------------


def _env(out: Path) -> dict[str, str]:
    """The environment of every measured process: bytecode cached (in ``out``, so the
    checkout stays clean) as it is for an installed wheel, for radiocheck and the
    baseline alike; the grammar cache in ``out`` too."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(out / "pycache")
    env["XDG_CACHE_HOME"] = str(out / "cache")
    env["NO_COLOR"] = "1"
    return env


#: Runs a command and writes its ``wait4`` peak RSS and exit code to the file named
#: first. Measured commands are started from this small process, not from the
#: benchmark's own: Linux carries a parent's peak RSS over fork and exec into the
#: child's ``ru_maxrss``, and the benchmark holds the classification corpus (over
#: 100 MB), which every figure would then show.
_LAUNCH = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(proc.pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}")
"""


def run_process(
    cmd: Sequence[str], env: dict[str, str], stdout: Path | None = None
) -> dict[str, Any]:
    """Run ``cmd``; its wall time, exit code and peak RSS (the largest process of its
    tree that it waited for: ``wait4`` of the child)."""
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL  # noqa: SIM115
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as report:
        try:
            start = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, "-c", _LAUNCH, report.name, *cmd],
                env=env,
                stdout=out,
                stderr=subprocess.PIPE,
            )
            err = proc.communicate()[1]
            wall = time.perf_counter() - start
        finally:
            if stdout:
                out.close()  # type: ignore[union-attr]
        maxrss, code = (int(x) for x in report.read().split())
    if code not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd[:4])}... exited {code}:\n{err.decode()[-2000:]}")
    # ru_maxrss is in kilobytes on Linux, bytes on macOS
    scale = 1 if sys.platform == "darwin" else 1024
    return {"seconds": wall, "peak_rss_mb": round(maxrss * scale / 2**20, 1), "exit": code}


def radiocheck() -> list[str]:
    """The console script beside this interpreter (what a user runs)."""
    script = Path(sys.executable).with_name("radiocheck")
    if script.exists():
        return [str(script)]
    found = shutil.which("radiocheck")
    return [found] if found else [sys.executable, "-m", "checker.cli"]


# --- 1. start-up -------------------------------------------------------------


def startup(runs: int, env: dict[str, str]) -> dict[str, Any]:
    # --format json: the figure (issue 19), a machine format, without rich
    check = [*radiocheck(), "check", str(RANGER), "--format", "json", "--exit-zero"]
    base = [sys.executable, "-c", BASELINE_IMPORTS]
    for cmd in (check, base):  # warm up: bytecode and grammar caches written
        run_process(cmd, env)
    times: dict[str, list[float]] = {"radiocheck": [], "baseline": []}
    for _ in range(runs):  # interleaved, so that load on the machine hits both alike
        times["radiocheck"].append(run_process(check, env)["seconds"])
        times["baseline"].append(run_process(base, env)["seconds"])
    with tempfile.TemporaryDirectory() as empty:  # no grammar cache: the first run ever
        cold = run_process(check, {**env, "XDG_CACHE_HOME": empty})["seconds"]
    med = {k: statistics.median(v) for k, v in times.items()}
    return {
        "command": "radiocheck check transcripts/channel/ranger-2025.radio --format json",
        "baseline_command": f'python -c "{BASELINE_IMPORTS}"',
        "runs": runs,
        "seconds": round(med["radiocheck"], 3),
        "baseline_seconds": round(med["baseline"], 3),
        "ratio": round(med["radiocheck"] / med["baseline"], 2),
        "first_run_without_grammar_cache_seconds": round(cold, 3),
        "all_seconds": {k: [round(x, 3) for x in v] for k, v in times.items()},
    }


# --- 2. and 3. in process ----------------------------------------------------


def load_utterances(folder: Path) -> list[tuple[Any, list[tuple[str, str | None, str | None]]]]:
    """Each transcript's context and its utterances (text, speaker id, addressee id),
    as ``checker.phraseology.utterances.classify_transcript`` passes them to the
    classifier."""
    from checker.api import read_transcript
    from checker.context import build_context
    from checker.ruleset.choose import choose_ruleset

    out = []
    for path in sorted(folder.glob("*.radio")):
        t = read_transcript(path)
        rules = choose_ruleset(t, None)
        ctx, _ = build_context(t, rules.world, rules.geometry_files)
        items = [
            (
                line.text,
                ctx.station_id(line.speaker) if line.speaker else None,
                ctx.station_id(line.addressee) if line.addressee else None,
            )
            for line in t.lines
            if line.kind == "utterance"
        ]
        out.append((ctx, items))
    return out


#: Transcripts per group of the interleaved timing in :func:`in_process`.
GROUP = 10


def in_process(folder: Path, repeats: int) -> dict[str, Any]:
    """Classification alone against lark's trivial parse of the same utterances.

    The two are interleaved by groups of :data:`GROUP` transcripts (some 200
    utterances, a fraction of a second each): each group is parsed, then classified,
    so that both meet the same state of the machine. Whole passes one after the other
    (before the thirty-fifth session) let a shared host's drift between passes into the
    ratio: the same code measured 0.33 to 0.39. The ratio is the median over the
    ``repeats`` passes of each pass's own ratio; the rates are each the best pass."""
    from lark import Lark
    from lark.exceptions import LarkError

    from checker.phraseology import classify

    data = load_utterances(folder)
    texts = [text for _, items in data for text, _, _ in items]
    trivial = Lark(TRIVIAL, parser="lalr", lexer="contextual")
    rejected = 0
    for t in texts:
        try:
            trivial.parse(t)
        except LarkError:
            rejected += 1
    groups = [data[k : k + GROUP] for k in range(0, len(data), GROUP)]

    def one_pass() -> tuple[float, float]:
        parsing = classifying = 0.0
        for group in groups:
            start = time.perf_counter()
            for _, items in group:
                for text, _, _ in items:
                    with contextlib.suppress(LarkError):  # a few symbols it lacks
                        trivial.parse(text)
            middle = time.perf_counter()
            for ctx, items in group:
                for text, speaker, addressee in items:
                    classify(text, ctx, speaker=speaker, addressee=addressee)
            parsing += middle - start
            classifying += time.perf_counter() - middle
        return parsing, classifying

    one_pass()  # build the parsers and the lexicon outside the timing
    passes = [one_pass() for _ in range(max(1, repeats))]
    lark_rate = len(texts) / min(p for p, _ in passes)
    classify_rate = len(texts) / min(c for _, c in passes)
    ratios = [p / c for p, c in passes]
    sources: Counter[str] = Counter()
    unclassified = 0
    for ctx, items in data:
        for text, speaker, addressee in items:
            c = classify(text, ctx, speaker=speaker, addressee=addressee)
            unclassified += c.primary == "unclassified"
            sources.update(a.source for a in c.acts if a.kind != "unclassified")
    total = sum(sources.values()) or 1
    return {
        "utterances": len(texts),
        "distinct": len(set(texts)),
        "mean_chars": round(sum(map(len, texts)) / max(1, len(texts)), 1),
        "lark_trivial_per_second": round(lark_rate),
        "lark_trivial_rejected": rejected,
        "classify_per_second": round(classify_rate),
        "ratio": round(statistics.median(ratios), 2),
        "ratios": [round(r, 3) for r in ratios],
        "acts_share": {k: round(v / total, 3) for k, v in sorted(sources.items())},
        "unclassified": unclassified,
    }


# --- 2. and 4. end to end ----------------------------------------------------


def end_to_end(
    sizes: dict[int, tuple[Path, corpus.Stats]], env: dict[str, str], out: Path
) -> list[dict[str, Any]]:
    rows = []
    for n, (folder, stats) in sorted(sizes.items()):
        utt = stats.utterances
        row: dict[str, Any] = {"transcripts": n, "utterances": utt}
        for jobs in (1, 2):
            cmd = [*radiocheck(), "test", str(folder), "--jobs", str(jobs), "--format", "jsonl"]
            cmd += ["-o", str(out / f"test-{n}-j{jobs}.jsonl")]  # a few lines per file
            r = run_process(cmd, env)
            row[f"test_jobs{jobs}"] = {
                "seconds": round(r["seconds"], 3),
                "utterances_per_second": round(utt / r["seconds"]),
                "peak_rss_mb": r["peak_rss_mb"],
            }
        # check streams jsonl: each report is written as its file finishes (kept for
        # small corpora only: 10,000 transcripts make 360 MB of it)
        for jobs, key in ((1, "check_jsonl"), (2, "check_jsonl_jobs2")):
            cmd = [*radiocheck(), "check", str(folder), "--format", "jsonl", "--exit-zero"]
            cmd += ["--jobs", str(jobs)]
            keep = out / f"check-{n}-j{jobs}.jsonl" if n <= 100 else None
            r = run_process(cmd, env, stdout=keep)
            row[key] = {
                "seconds": round(r["seconds"], 3),
                "utterances_per_second": round(utt / r["seconds"]),
                "peak_rss_mb": r["peak_rss_mb"],
            }
        rows.append(row)
    return rows


# --- report ------------------------------------------------------------------


def machine() -> dict[str, Any]:
    import lark
    import pydantic

    return {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "lark": lark.__version__,
        "pydantic": pydantic.VERSION,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def _goal(value: float, op: str, limit: float) -> dict[str, Any]:
    met = {"<=": value <= limit, "<": value < limit, ">=": value >= limit}[op]
    return {"value": round(value, 2), "target": f"{op} {limit}", "met": met}


def summarise(results: dict[str, Any]) -> dict[str, Any]:
    """The figures the targets name, each a ratio to its baseline. End to end is
    compared with the trivial parse on the same corpus (the classification one);
    ``--jobs 2``, memory and growth are read at the largest corpus; one file's growth
    is that of the whole check in process, from the smallest file to the largest."""
    t = TARGETS
    goals: dict[str, Any] = {}
    if "onefile" in results:
        one = results["onefile"]
        goals["onefile_growth"] = _goal(one["growth"]["whole"], "<=", t["onefile_growth_max"])
        mid = one["sizes"][len(one["sizes"]) // 2]["seconds"]
        lark = mid["lark_trivial"] / mid["cli_wall"]
        goals["onefile_vs_lark"] = _goal(lark, ">=", t["end_to_end_ratio_min"])
    if "startup" not in results:  # --onefile-only
        return goals
    startup = results["startup"]["ratio"]
    c = results["classify"]
    same = next(r for r in results["scaling"] if r["transcripts"] == c["corpus"])
    largest = results["scaling"][-1]
    e2e = same["check_jsonl"]["utterances_per_second"] / c["lark_trivial_per_second"]
    speedup = (
        largest["check_jsonl_jobs2"]["utterances_per_second"]
        / largest["check_jsonl"]["utterances_per_second"]
    )
    peak = max(largest[k]["peak_rss_mb"] for k in RUNS)
    small = next((r for r in results["scaling"] if r["transcripts"] >= 100), results["scaling"][0])
    per_utt = [r["check_jsonl"]["seconds"] / r["utterances"] for r in (small, largest)]
    growth = per_utt[1] / per_utt[0]
    goals |= {
        "startup": _goal(startup, "<=", t["startup_ratio_max"]),
        "end_to_end": _goal(e2e, ">=", t["end_to_end_ratio_min"]),
        "classify": _goal(c["ratio"], ">=", t["classify_ratio_min"]),
        "jobs2_speedup": _goal(speedup, ">=", t["jobs2_speedup_min"]),
        "peak_rss_mb": _goal(peak, "<", t["peak_rss_mb_max"]),
        "time_per_utterance_growth": _goal(growth, "<", 1.25),  # linear: about 1
    }
    if "compiled" in results:  # the optional mypyc build, against its own baselines
        k = results["compiled"]
        lark = k["classify"]["lark_trivial_per_second"]
        e2e_k = k["check_jsonl"]["utterances_per_second"] / lark
        goals["classify_compiled"] = _goal(k["classify"]["ratio"], ">=", t["classify_ratio_min"])
        goals["end_to_end_compiled"] = _goal(e2e_k, ">=", t["end_to_end_ratio_min"])
    return goals


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small corpora, fewer runs")
    ap.add_argument(
        "--sizes",
        type=lambda s: [int(x) for x in s.split(",")],
        help="corpus sizes in transcripts (default 10,1000,10000; quick 10,100,300)",
    )
    ap.add_argument("--startup-runs", type=int, help="start-up runs (default 9; quick 3)")
    ap.add_argument(
        "--repeats", type=int, help="best of N for in-process rates (default 3; quick 2)"
    )
    ap.add_argument(
        "--out", type=Path, default=HERE / "out", help="where to write (default benchmarks/out)"
    )
    ap.add_argument("--no-table", action="store_true", help="JSON only")
    ap.add_argument(
        "--onefile-sizes",
        type=lambda s: [int(x) for x in s.split(",")],
        help="utterances of the one-file rows (default 4000,16000,64000; quick 1000,4000)",
    )
    ap.add_argument("--onefile-only", action="store_true", help="only the one-file rows")
    ap.add_argument(
        "--compiled",
        action="store_true",
        help="also build the optional mypyc wheel and measure it (needs a C compiler)",
    )
    args = ap.parse_args(argv)  # fmt: skip
    sizes = args.sizes or ([10, 100, 300] if args.quick else [10, 1000, 10000])
    runs = args.startup_runs or (3 if args.quick else 9)
    repeats = args.repeats or (2 if args.quick else 3)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    env = _env(out)
    os.environ.update({k: env[k] for k in ("XDG_CACHE_HOME",)})

    start = time.perf_counter()
    results: dict[str, Any] = {"machine": machine()}
    one = args.onefile_sizes or ([1000, 4000] if args.quick else list(bench_onefile.SIZES))
    results["onefile"] = bench_onefile.measure(one, out, repeats, run_process, radiocheck(), env)
    if not args.onefile_only:
        _corpus_figures(results, sizes, runs, repeats, env, out, args.compiled)
    results["targets"] = summarise(results)
    results["seconds"] = round(time.perf_counter() - start, 1)
    results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    (out / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if not args.no_table:
        table(results)
    print(f"results: {out / 'results.json'}")
    return 0


def _corpus_figures(
    results: dict[str, Any],
    sizes: list[int],
    runs: int,
    repeats: int,
    env: dict[str, str],
    out: Path,
    with_compiled: bool,
) -> None:
    """Figures 1 to 4: start-up, classification and the many-file corpora."""
    made = corpus.build(sizes, out)
    results["corpus"] = {str(n): stats.as_dict() for n, (_, stats) in made.items()}
    results["startup"] = startup(runs, env)
    middle = sorted(sizes)[min(1, len(sizes) - 1)]
    results["classify"] = {"corpus": middle, **in_process(made[middle][0], repeats)}
    results["scaling"] = end_to_end(made, env, out)
    if with_compiled:
        import compiled

        folder, stats = made[middle]
        results["compiled"] = {
            "corpus": middle,
            **compiled.measure(compiled.build_site(out), folder, stats.utterances, repeats, env),
        }


if __name__ == "__main__":
    sys.exit(main())
