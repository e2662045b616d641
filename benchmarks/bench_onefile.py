"""One long file (issue 19): is every stage linear, and how far from the limit is it?

For each size (4,000, 16,000 and 64,000 utterances by default) one transcript of
distinct utterances is written by :mod:`onefile` and measured, in the same run, by:

* ``radiocheck check FILE --format jsonl --jobs 1``: wall time and peak RSS of the
  command a user runs (start-up included);
* :mod:`stages` in a fresh process: CPU time of each stage (read, context, classify,
  resolve, protocol, rules, the jsonl report) and of the whole check;
* the peers, in this process, best of ``repeats``: lark's trivial LALR parse of the
  same utterances (:data:`baseline.TRIVIAL`); the practical limit of a phrase matcher,
  one ``re`` alternation of every phrase pattern of the lexicon run over each
  utterance's words; and the floor, reading the file, one tokenising regex per line
  and ``json.dumps`` of a minimal record per utterance.

Every figure is given per utterance; ``growth`` is each one's time per utterance at
the largest size over that at the smallest (linear: about 1).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.baseline import TRIVIAL  # noqa: E402
from benchmarks.onefile import transcript  # noqa: E402

SIZES = (4000, 16000, 64000)
#: One token of the floor: a word, a number or a sign.
_TOKEN = re.compile(r"\w+|[^\w\s]")
_GROUP = re.compile(r"\(\?P<\w+>")
_AT_WORD = "(?<= )"


def write(n: int, out: Path) -> Path:
    """The transcript of ``n`` utterances, written under ``out`` (a few seconds at 64k)."""
    path = out / f"onefile-{n}.radio"
    path.write_text(transcript(n), encoding="utf-8")
    return path


def utterances(path: Path) -> list[str]:
    """The utterances' texts, as the checker reads them."""
    from checker.api import read_transcript

    t = read_transcript(path, max_bytes=path.stat().st_size)
    return [line.text for line in t.lines if line.kind == "utterance"]


def alternation() -> re.Pattern[str]:
    """Every phrase pattern of the lexicon as one alternation, captures dropped; each
    starts at a word (``(?<= )``), said once for all of them (three times faster)."""
    from checker.phraseology.lexicon import lexicon

    patterns = [p.expression for f in lexicon().families for p in f.patterns]
    assert all(p.startswith(_AT_WORD) for p in patterns)
    bodies = (_GROUP.sub("(?:", p[len(_AT_WORD) :]) for p in patterns)
    return re.compile(_AT_WORD + "(?:" + "|".join(f"(?:{b})" for b in bodies) + ")")


def best(fn: Callable[[], object], repeats: int) -> float:
    """The least time of ``repeats`` runs of ``fn``: the least disturbed by other work."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def peers(path: Path, repeats: int) -> dict[str, float]:
    """Seconds of the trivial parse, the lexicon's alternation and the floor."""
    from lark import Lark
    from lark.exceptions import LarkError

    texts = utterances(path)
    trivial = Lark(TRIVIAL, parser="lalr", lexer="contextual")
    phrases = alternation()

    def parse() -> None:
        for t in texts:
            with contextlib.suppress(LarkError):  # a few symbols it lacks: count the try
                trivial.parse(t)

    def match() -> None:
        for t in texts:
            said = " " + " ".join(_TOKEN.findall(t.lower())) + " "
            for _ in phrases.finditer(said):
                pass

    def floor() -> None:
        text = path.read_text(encoding="utf-8")
        with open(os.devnull, "w", encoding="utf-8") as sink:
            for n, line in enumerate(text.splitlines(), 1):
                words = _TOKEN.findall(line)
                sink.write(json.dumps({"type": "event", "line": n, "words": len(words)}) + "\n")

    return {
        "lark_trivial": best(parse, repeats),
        "re_alternation": best(match, repeats),
        "floor": best(floor, repeats),
    }


def measure(
    sizes: list[int],
    out: Path,
    repeats: int,
    run_process: Callable[..., dict[str, Any]],
    command: list[str],
    env: dict[str, str],
) -> dict[str, Any]:
    """Every figure at every size, and their growth from the smallest to the largest."""
    rows = []
    for n in sorted(sizes):
        path = write(n, out)
        cmd = [*command, "check", str(path), "--format", "jsonl", "--jobs", "1", "--exit-zero"]
        cli = run_process([*cmd, "--max-file-size", str(path.stat().st_size)], env)
        report = out / f"stages-{n}.json"
        run_process([sys.executable, str(HERE / "stages.py"), str(path)], env, stdout=report)
        stages = json.loads(report.read_text(encoding="utf-8"))
        s = stages["seconds"]
        seconds = {
            "cli_wall": cli["seconds"],
            **s,
            "whole": s["read"] + s["check"] + s["report"],
            **peers(path, repeats),
        }
        utt = stages["utterances"]
        rows.append(
            {
                "utterances": utt,
                "bytes": path.stat().st_size,
                "peak_rss_mb": cli["peak_rss_mb"],
                "seconds": {k: round(v, 3) for k, v in seconds.items()},
                "us_per_utterance": {k: round(v / utt * 1e6, 1) for k, v in seconds.items()},
            }
        )
    first, last = rows[0]["us_per_utterance"], rows[-1]["us_per_utterance"]
    growth = {k: round(last[k] / first[k], 2) for k in first if first[k] > 0}
    return {"sizes": rows, "growth": growth}


#: The figures of the table, by their key: the whole check, its stages, the peers.
SHOWN = (
    ("cli_wall", "check --format jsonl -j1 (wall, start-up included)"),
    ("whole", "whole check in process: read + check + jsonl (CPU)"),
    ("read", "  read"),
    ("classify", "  classify"),
    ("resolve", "  resolve"),
    ("protocol", "  protocol"),
    ("rules", "  rules"),
    ("report", "  jsonl report"),
    ("lark_trivial", "peer: lark trivial parse"),
    ("re_alternation", "peer: re alternation of the lexicon (the limit)"),
    ("floor", "floor: read, tokenise, json.dumps"),
)


def table_rows(result: dict[str, Any]) -> list[tuple[str, ...]]:
    """(figure, µs per utterance at each size, growth) for the benchmark's table."""
    rows = [("µs per utterance", *(f"{r['utterances']:,} utt" for r in result["sizes"]), "growth")]
    for key, label in SHOWN:
        per = [f"{r['us_per_utterance'][key]:,.1f}" for r in result["sizes"]]
        rows.append((label, *per, f"{result['growth'].get(key, 0):.2f}"))
    return rows
