"""``radiocheck explain``: every Ranger verdict explained, line by line, from the Report."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checker.api import check
from checker.report.explain import explain, find_verdicts
from tests.conftest import RANGER, Run

Cli = Callable[..., Run]
VERDICTS = [(v.rule, v.party) for v in check(RANGER).verdicts]


@pytest.mark.parametrize(("code", "party"), VERDICTS, ids=[f"{c}-{p}" for c, p in VERDICTS])
def test_every_ranger_verdict_is_explained(cli: Cli, code: str, party: str | None) -> None:
    args = ["explain", str(RANGER), code] + (["--party", party] if party else [])
    run = cli(*args)
    assert run.code == 0, run.err
    report = check(RANGER)
    (verdict,) = find_verdicts(report, code, party)
    assert run.out.startswith(f"{code} {verdict.name}")
    assert verdict.outcome.replace("-", " ") in run.out.replace("-", " ")
    assert "Reasoning:" in run.out and "Outcome:" in run.out
    for line in verdict.evidence:
        assert f"line {line}" in run.out
    first_words = " ".join(verdict.explanation.split()[:4])
    assert first_words in " ".join(run.out.split())


def test_ch04_tells_the_acquiescence_story(cli: Cli) -> None:
    run = cli("explain", str(RANGER), "CH04")
    out = " ".join(run.out.split())
    assert "question.intentions 0.95 (frame): asks the other station's intentions" in out
    assert "intention 0.85 (frame): announces what the speaker will do, answering line 47" in out
    assert "DINGHY rescue: UK/RANGER by acquiescence (confidence 0.85) from here" in out
    assert "thanks 0.90 (lexicon): thanks, which does not object, answering line 48" in out
    assert "violated: the rule was broken" in out and "rests on press report" in out


def test_narration_lines_say_how_they_move_the_state(cli: Cli) -> None:
    out = " ".join(cli("explain", str(RANGER), "SR01", "--party", "FR").out.split())
    assert "line 44 06:02 log: FR-NAVY shadows DINGHY" in out
    assert "narration (shadows), taken as logged fact" in out
    assert "DINGHY phase: distress" in out and "DINGHY rescue: nobody (aware) from here" in out


def test_a_rule_with_several_verdicts_shows_all(cli: Cli) -> None:
    run = cli("explain", str(RANGER), "sr01")
    assert run.code == 0 and "(FR, DINGHY)" in run.out and "(UK, DINGHY)" in run.out


def test_excused_names_its_excuse() -> None:
    report = check(RANGER)
    (ch02,) = find_verdicts(report, "CH02")
    x = explain(report, ch02)
    assert x.outcome.endswith("(excused by SR01)")
    assert [s.line for s in x.steps] == ch02.evidence


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["XX99"], "no verdict of rule 'XX99'"),
        (["SR01", "--party", "DE"], "rule SR01 has no verdict for that party/casualty"),
    ],
)
def test_unknown_verdict_is_exit_2(cli: Cli, args: list[str], message: str) -> None:
    run = cli("explain", str(RANGER), *args)
    assert run.code == 2 and message in run.err and "Traceback" not in run.err


def test_explain_follows_an_override(cli: Cli) -> None:
    run = cli("explain", str(RANGER), "CH04", "--override", "49 act=refuse")
    assert run.code == 0 and "not applicable" in run.out
