"""The benchmark command runs, and its corpus is deterministic and distinct.

A smoke test on a tiny corpus: no timing is asserted (figures depend on the machine);
``benchmarks/README.md`` has the figures and the targets.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

BENCH = ROOT / "benchmarks"


@pytest.fixture(scope="module")
def corpus_module() -> Iterator[Any]:
    sys.path.insert(0, str(BENCH))
    try:
        import corpus

        yield corpus
    finally:
        sys.path.remove(str(BENCH))


def _utterances(folder: Path) -> list[str]:
    from checker.transcript import read_text

    out = []
    for path in sorted(folder.glob("*.radio")):
        t = read_text(path.read_text(encoding="utf-8"))
        assert not [d for d in t.diagnostics if d.severity == "error"], path
        out += [line.text for line in t.lines if line.kind == "utterance"]
    return out


def test_corpus_is_deterministic_distinct_and_valid(corpus_module: Any, tmp_path: Path) -> None:
    first = corpus_module.build([3, 50], tmp_path / "a", rounds=2)
    second = corpus_module.build([3, 50], tmp_path / "b", rounds=2)
    for n in (3, 50):
        a, b = first[n][0], second[n][0]
        assert sorted(p.name for p in a.glob("*.radio")) == sorted(
            p.name for p in b.glob("*.radio")
        )
        for p in a.glob("*.radio"):
            assert p.read_bytes() == (b / p.name).read_bytes()
    texts = _utterances(first[50][0])
    assert len(texts) == first[50][1].utterances
    assert len(set(texts)) == len(texts)  # every utterance distinct
    small = _utterances(first[3][0])
    assert texts[: len(small)] == small  # smaller corpora are prefixes


@pytest.mark.slow
def test_benchmark_command_runs_on_a_tiny_corpus(tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--sizes", "2,4", "--startup-runs", "1",
         "--repeats", "1", "--onefile-sizes", "20,40", "--out", str(out), "--no-table"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert results["machine"]["cores"] >= 1
    assert results["startup"]["seconds"] > 0 and results["startup"]["baseline_seconds"] > 0
    assert results["classify"]["classify_per_second"] > 0
    assert results["classify"]["distinct"] == results["classify"]["utterances"]
    assert len(results["classify"]["ratios"]) == 1  # one pass's ratio, interleaved
    assert [r["transcripts"] for r in results["scaling"]] == [2, 4]
    for row in results["scaling"]:
        for key in ("check_jsonl", "check_jsonl_jobs2", "test_jobs1", "test_jobs2"):
            assert row[key]["seconds"] > 0 and row[key]["peak_rss_mb"] > 0
    assert set(results["targets"]) >= {"startup", "end_to_end", "classify", "jobs2_speedup"}
    assert set(results["targets"]) >= {"onefile_growth", "onefile_vs_lark"}
    reports = (out / "check-4-j1.jsonl").read_text(encoding="utf-8").splitlines()
    assert sum(json.loads(line)["type"] == "report" for line in reports) == 4
    assert (out / "check-4-j2.jsonl").read_text(encoding="utf-8").splitlines() == reports


def test_one_long_file_is_deterministic_distinct_and_valid() -> None:
    from benchmarks.onefile import transcript
    from checker.transcript import read_text

    text = transcript(2_100)  # a case of distress begins at 0 and at 2,000
    assert text == transcript(2_100) != transcript(2_100, seed=1)
    t = read_text(text)
    assert not [d for d in t.diagnostics if d.severity == "error"]
    said = [line.text for line in t.lines if line.kind == "utterance"]
    assert len(said) == 2_100 and len(set(said)) == len(said)  # every utterance distinct
    assert sum(line.kind == "narration" for line in t.lines) == 6 + 3  # two stories begun
    assert len({line.speaker for line in t.lines if line.kind == "utterance"}) > 60


def test_one_file_rows_on_tiny_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--onefile-only", "--onefile-sizes", "30,90",
         "--repeats", "1", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "one file: time per utterance" in proc.stdout  # the table
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert "startup" not in results and "scaling" not in results  # only the one-file rows
    rows = results["onefile"]["sizes"]
    assert [r["utterances"] for r in rows] == [30, 90]
    for r in rows:
        assert r["peak_rss_mb"] > 0
        for key in ("cli_wall", "whole", "classify", "rules", "lark_trivial", "re_alternation"):
            assert r["us_per_utterance"][key] > 0
        assert r["seconds"]["floor"] > 0
    assert results["onefile"]["growth"]["whole"] > 0
    assert set(results["targets"]) == {"onefile_growth", "onefile_vs_lark"}
