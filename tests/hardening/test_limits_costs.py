"""Small inputs of quadratic cost (issue 16, item 4): each stage is linear or n·log n.

Each test feeds the real CLI an input a few hundred kilobytes long that took between
half a minute and several minutes (or exited 3) before the fix, and holds the run to
a generous bound: the fixed code takes a second or a few on a shared two-core
machine, the quadratic code many times the bound. The figures before and after are
in benchmarks/README.md ("Hardening (issue 16)").
"""

from __future__ import annotations

import itertools
import json
import string
import time
from collections.abc import Callable
from pathlib import Path

from checker.rules.model import EVIDENCE_CAP
from tests.conftest import Run

#: Seconds a run may take. The fixed code takes 1-6 s here; before the fix these
#: inputs took 30 s to several minutes.
BOUND = 25.0

HEADER = (
    '@station HMCG: rcc party=UK aka="Dover Coastguard"\n'
    '@station RANGER: vessel party=UK aka="Ranger"\n'
    '@station MARINA: shore party=UK aka="Dover Marina"\n\n'
)


def _timed(cli: Callable[..., Run], *argv: str) -> tuple[Run, float]:
    start = time.monotonic()
    run = cli(*argv)
    return run, time.monotonic() - start


def test_a_56_kb_line_of_a_repeated_call_sign(cli: Callable[..., Run], tmp_path: Path) -> None:
    # the recovering parse dropped a word and parsed the rest again: over a minute
    path = tmp_path / "long.radio"
    path.write_text(HEADER + "10:00 HMCG -> RANGER: " + " ".join(["Golf Bravo"] * 5000) + "\n")
    run, took = _timed(cli, "check", str(path), "--format", "json", "--exit-zero")
    assert run.code == 0, run.err
    assert took < BOUND, f"{took:.1f} s"


def _questions(tmp_path: Path, n: int = 2000) -> Path:
    """n questions to RANGER, then n lines in which RANGER talks to someone else."""
    path = tmp_path / "questions.radio"
    ask = "10:00 HMCG -> RANGER: Ranger, this is Dover Coastguard. What is your position? Over.\n"
    other = "10:01 RANGER -> MARINA: Dover Marina, this is Ranger. Request a berth. Over.\n"
    path.write_text("@rules: smcp\n" + HEADER + ask * n + other * n)
    return path


def test_2000_questions_cite_bounded_evidence(cli: Callable[..., Run], tmp_path: Path) -> None:
    # every later line was evidence of every question: a 97 MB JSON report
    path = _questions(tmp_path)
    run, took = _timed(cli, "check", str(path), "--format", "json", "--exit-zero")
    assert run.code == 0, run.err
    assert took < BOUND, f"{took:.1f} s"
    assert len(run.out) < 20_000_000
    (report,) = json.loads(run.out)
    unanswered = [v for v in report["verdicts"] if v["rule"] == "PR02"]
    assert len(unanswered) == 2000
    first = unanswered[0]
    assert first["evidence"][:2] == [6, 2006] and len(first["evidence"]) == EVIDENCE_CAP
    assert first["evidence_omitted"] == 2001 - EVIDENCE_CAP  # the question and 2,000 lines
    assert "and 1,980 more" in first["explanation"]
    # a verdict with its evidence in full has no evidence_omitted key (byte-identity)
    assert all("evidence_omitted" not in v for v in report["verdicts"] if v["rule"] != "PR02")


def test_2000_questions_in_sarif_and_html(cli: Callable[..., Run], tmp_path: Path) -> None:
    # SARIF exited 3 and the HTML page was 1.7 GB
    path = _questions(tmp_path)
    run, took = _timed(cli, "check", str(path), "--format", "sarif", "--exit-zero")
    assert run.code == 0, run.err
    assert took < BOUND, f"{took:.1f} s"
    result = json.loads(run.out)["runs"][0]["results"][-1]
    assert result["properties"]["evidenceOmitted"] == 2001 - EVIDENCE_CAP
    run, took = _timed(cli, "check", str(path), "--format", "html", "--exit-zero")
    assert run.code == 0, run.err
    assert took < BOUND, f"{took:.1f} s"
    assert len(run.out) < 30_000_000 and ", and 1,981 more" in run.out


def test_25000_stations(cli: Callable[..., Run], tmp_path: Path) -> None:
    # each declaration was compared with every earlier one: 28 s
    path = tmp_path / "stations.radio"
    stations = "".join(f"@station S{i}: vessel\n" for i in range(25000))
    path.write_text(stations + "\n10:00 S1 -> S2: S2, this is S1. Radio check. Over.\n")
    run, took = _timed(cli, "check", str(path), "--format", "json", "--exit-zero")
    assert run.code == 0, run.err
    assert took < BOUND, f"{took:.1f} s"
    path.write_text(stations + "@station s7: vessel\n")
    run = cli("check", str(path))
    assert run.code == 2 and "RC109 station s7 is already declared on line 8" in run.err


def test_4000_whisperx_speakers(cli: Callable[..., Run], tmp_path: Path) -> None:
    # the name index was rebuilt for every new label, and every label's lines and next
    # turn were found by a scan of all turns: 43 s
    segments = [
        {
            "start": i * 2.0,
            "end": i * 2.0 + 1.5,
            "text": f" Dover Coastguard this is station {i} radio check over",
            "speaker": f"SPEAKER_{i:04d}",
        }
        for i in range(4000)
    ]
    path = tmp_path / "speakers.json"
    path.write_text(json.dumps({"segments": segments, "language": "en"}))
    (tmp_path / "speakers.radio").write_text(
        '@start: 10:00:00\n@station HMCG: rcc party=UK aka="Dover Coastguard"\n'
    )
    run, took = _timed(cli, "check", str(path), "--format", "json", "--exit-zero")
    assert run.code == 0, run.err
    assert took < BOUND, f"{took:.1f} s"
    (report,) = json.loads(run.out)
    assert len(report["speakers"]) == 4000


def _rules(tmp_path: Path, n: int, *, valid: bool) -> Path:
    codes = (a + b + f"{d:02d}" for a, b in itertools.product(string.ascii_uppercase, repeat=2)
             for d in range(100))  # fmt: skip
    parts = ['[ruleset]\nid = "big"\ntitle = "Big"\nversion = "1"\n']
    for i, shipped in zip(range(n), codes, strict=False):
        extra = 'title = "t"\nsource = "s"\nprovenance = "guidance"\n' if valid else ""
        code = shipped if valid else f"X{i:05d}"  # an invalid code: one diagnostic per rule
        parts.append(
            f'[[rules]]\ncode = "{code}"\nname = "r.rule-{i}"\n{extra}'
            'kind = "answer"\nseverity = "warning"\n'
        )
    (tmp_path / "big.toml").write_text("\n".join(parts))
    path = tmp_path / "big.radio"
    path.write_text(
        "@rules: big.toml\n@station A: vessel\n@station B: vessel\n\n"
        "10:00 A -> B: B, this is A. What is your position? Over.\n"
    )
    return path


def test_20000_rules(cli: Callable[..., Run], tmp_path: Path) -> None:
    # every schema error re-indexed the whole rule-set text: over a minute
    run, took = _timed(cli, "check", str(_rules(tmp_path, 20000, valid=False)))
    assert run.code == 2
    assert took < BOUND, f"{took:.1f} s"
    assert run.err.count("RC202") >= 20000
    assert "big.toml:120001:8: RC202 rules[19999].code" in run.err
    valid = str(_rules(tmp_path, 20000, valid=True))
    run, took = _timed(cli, "check", valid, "--format", "json", "--exit-zero")
    assert run.code == 0, run.err[:2000]
    assert took < BOUND, f"{took:.1f} s"
