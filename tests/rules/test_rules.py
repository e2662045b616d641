"""The rules stage end to end: the Ranger case rule by rule (CASE-RANGER.md), the
scenario corpus, and the faces: ``radiocheck rules``, ``check --rules/--select/
--ignore/--min-confidence/--baseline``, user rule sets and their errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.api import check, read_transcript
from checker.report.expect import evaluate
from checker.rules.model import Verdict
from checker.ruleset.loader import load_ruleset
from tests.conftest import RANGER, ROOT, Run

# CASE-RANGER.md, "Expected verdicts": rule, outcome, party ("—" is None).
CASE = [
    ("CH01", "violated", "FR"),
    ("CH02", "excused", "UK"),
    ("CH03", "violated", "UK"),
    ("CH04", "violated", "UK"),
    ("SR01", "satisfied", "UK"),
    ("SR01", "uncertain", "FR"),
    ("SR02", "not-applicable", None),
    ("SR03", "not-applicable", None),
    ("SR04", "uncertain", "FR"),
    ("SR05", "violated", "FR"),
    ("SR06", "satisfied", "UK"),
    ("SR07", "satisfied", "UK"),
    ("PR01", "satisfied", None),
    ("PR02", "satisfied", None),
    ("PR03", "not-applicable", None),
    ("PR04", "satisfied", None),
]


@pytest.fixture(scope="module")
def ranger() -> list[Verdict]:
    return check(RANGER).verdicts


@pytest.mark.parametrize(("rule", "outcome", "party"), CASE, ids=[f"{r}-{p}" for r, _, p in CASE])
def test_ranger_verdict(ranger: list[Verdict], rule: str, outcome: str, party: str | None) -> None:
    mine = [v for v in ranger if v.rule == rule and v.party == party]
    assert [v.outcome for v in mine] == [outcome], [v.explanation for v in ranger if v.rule == rule]
    v = mine[0]
    if outcome != "not-applicable":
        assert v.evidence, "every decided or uncertain verdict names its lines"
        assert v.casualty == "DINGHY" or rule.startswith("PR")
    assert v.explanation.endswith(".") and v.explanation.count(". ") <= 1


def test_ranger_has_exactly_the_case_verdicts(ranger: list[Verdict]) -> None:
    def key(t: tuple[str, str, str | None]) -> tuple[str, str, str]:
        return (t[0], t[1], t[2] or "")

    got = sorted(key((v.rule, v.outcome, v.party)) for v in ranger)
    assert got == sorted(key(t) for t in CASE)


def test_ranger_explanations_say_what_case_ranger_says(ranger: list[Verdict]) -> None:
    by = {(v.rule, v.party): v for v in ranger}
    ch02 = by["CH02", "UK"]
    assert ch02.excused_by == "SR01" and "thanks" in ch02.explanation
    assert "distress" in ch02.explanation and "rescue" in ch02.explanation
    ch03 = by["CH03", "UK"].explanation
    assert "Dover is a place of safety" in ch03 and "France named no port" in ch03
    assert "press reports" in ch03
    assert "acquiescence" in by["CH04", "UK"].explanation
    assert "median line" in by["CH04", "UK"].explanation
    assert "shadowed" in by["CH01", "FR"].explanation and "press" in by["CH01", "FR"].explanation
    assert "whether it was able" in by["SR01", "FR"].explanation
    assert "partial" in by["SR04", "FR"].explanation
    assert "visual" in by["SR02", None].explanation
    assert by["CH04", "UK"].confidence <= 0.85, "no higher than the intention's"


def test_ranger_summary_counts(cli: Callable[..., Run]) -> None:
    report = check(RANGER)
    s = report.summary
    assert (s.violations, s.errors, s.uncertain) == (4, 2, 2)
    assert "rules" in report.stages
    assert cli("check", str(RANGER)).code == 1
    assert cli("check", str(RANGER), "--ignore", "CH01,CH03").code == 0
    assert cli("check", str(RANGER), "--ignore", "CH", "--fail-on", "warning").code == 1
    assert cli("check", str(RANGER), "--select", "PR").code == 0
    assert cli("check", str(RANGER), "--select", "SR", "--strict").code == 1


def test_low_confidence_makes_a_verdict_uncertain() -> None:
    verdicts = check(RANGER, min_confidence=0.9).verdicts
    ch04 = next(v for v in verdicts if v.rule == "CH04")
    assert ch04.outcome == "uncertain" and "below 0.90" in ch04.explanation
    assert next(v for v in verdicts if v.rule == "CH03").outcome == "violated"


# --- the scenario corpus -----------------------------------------------------------

SCENARIOS = sorted((ROOT / "transcripts" / "scenarios").glob("*.radio"))


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario_verdict_expectations(path: Path) -> None:
    """Every verdict expectation of the scenarios holds."""
    results = [r for r in evaluate(check(path)) if r.form in ("outcome", "not-violated")]
    assert results, "every scenario declares verdicts"
    failed = [r.source for r in results if not r.passed]
    assert failed == []


def test_every_transcript_runs_through_every_rule_set() -> None:
    for path in sorted(ROOT.joinpath("transcripts").rglob("*.radio")):
        t = read_transcript(path)
        for rid in ("sar", "smcp", "uk-fr-channel"):
            report = check(t, rid)
            for v in report.verdicts:
                assert v.evidence or v.outcome == "not-applicable", (path, v)


# --- radiocheck rules ---------------------------------------------------------------

ALL_CODES = [r.code for r in load_ruleset("uk-fr-channel").rules]


def test_rules_lists_every_rule(cli: Callable[..., Run]) -> None:
    run = cli("rules")
    assert run.code == 0
    for code in ALL_CODES:
        assert code in run.out
    assert "press-report" in run.out and "provenance" in run.out
    smcp = cli("rules", "--rules", "smcp", "--format", "json")
    assert [r["code"] for r in json.loads(smcp.out)] == ["PR01", "PR02", "PR03", "PR04"]


@pytest.mark.parametrize("code", ALL_CODES)
def test_explain_every_code(cli: Callable[..., Run], code: str) -> None:
    run = cli("rules", "--explain", code.lower())
    assert run.code == 0, run.err
    rule = next(r for r in load_ruleset("uk-fr-channel").rules if r.code == code)
    flat = " ".join(run.out.split())  # wrapped at the console's width
    for part in (code, rule.title, "Rationale", "Parameters", "PASS", "FAIL"):
        assert part in flat
    assert " ".join(rule.source.split()) in flat
    assert "which passes" in run.out and "which fails" in run.out
    # prose, not the docstring's reST or Python's types (issue 17)
    for raw in ("``", "::", "tuple[", "typing.", ":class:"):
        assert raw not in run.out, raw
    assert all(line == line.rstrip() for line in run.out.splitlines())  # no padding in a pipe


def test_explain_unknown_code(cli: Callable[..., Run]) -> None:
    run = cli("rules", "--explain", "XX99")
    assert run.code == 2 and "XX99" in run.err and "CH02" in run.err


# --- user rule sets -----------------------------------------------------------------

USER = """\
[ruleset]
id = "harbour"
title = "A harbour authority's own rules"
version = "0.1"
extends = ["sar"]

[[rules]]
code = "HB01"
name = "harbour.rcc-acknowledges"
title = "An RCC acknowledges every distress relay within 5 minutes"
kind = "response"
severity = "error"
source = "Harbour standing orders (local)"
provenance = "local"
rationale = "A relay unanswered by the coastguard means the coastguard may not have heard it."
params = { a = ["distress.relay"], b = ["distress.ack", "ack"], by = "rcc", within = "5m" }
"""

RELAY = """\
@date: 2024-06-03
@station ARGO: vessel flag=UK aka="Argo"
@station HMCG: rcc party=UK aka="Dover Coastguard"
@station DINGHY: casualty persons=8 aka="the dinghy"
{expect}
16:55 Argo -> ALL STATIONS: Mayday relay, mayday relay, mayday relay. All stations,
    this is Argo. A dinghy with eight persons in the water. Over.
{reply}
"""


def test_user_rule_set_extends_sar(cli: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "harbour.toml").write_text(USER, "utf-8")
    late = tmp_path / "late.radio"
    late.write_text(
        RELAY.format(
            expect="@expect violated HB01",
            reply="17:20 Dover Coastguard -> Argo: Argo, this is Dover Coastguard. "
            "Received mayday relay. Out.",
        ),
        "utf-8",
    )
    on_time = tmp_path / "on-time.radio"
    on_time.write_text(
        RELAY.format(
            expect="",
            reply="16:57 Dover Coastguard -> Argo: Argo, this is Dover Coastguard. "
            "Received mayday relay. Out.",
        ),
        "utf-8",
    )
    rules = str(tmp_path / "harbour.toml")
    report = check(late, rules)
    assert {v.rule for v in report.verdicts} >= {"SR01", "SR07", "HB01"}
    hb = [v for v in report.verdicts if v.rule == "HB01"]
    assert [v.outcome for v in hb] == ["violated"] and "25 min" in hb[0].explanation
    assert [v.outcome for v in check(on_time, rules).verdicts if v.rule == "HB01"] == ["satisfied"]
    run = cli("check", str(late), "--rules", rules, "--select", "HB01")
    assert run.code == 1
    assert cli("check", str(on_time), "--rules", rules, "--select", "HB01").code == 0
    assert "HB01" in cli("rules", "--rules", rules).out


def test_rules_repeatable_later_extends_earlier(tmp_path: Path) -> None:
    (tmp_path / "extra.toml").write_text(USER.replace('extends = ["sar"]\n', ""), "utf-8")
    report = check(RANGER, ["uk-fr-channel", str(tmp_path / "extra.toml")])
    codes = {v.rule for v in report.verdicts}
    assert {"CH01", "PR01", "SR01", "HB01"} <= codes
    assert report.ruleset is not None and report.ruleset.chain[-1] == "harbour"


@pytest.mark.parametrize(
    ("params", "key", "says"),
    [
        ('{ a = ["distress.relay"], b = ["ack"], whithin = "5m" }', "whithin", "within"),
        ('{ a = ["distress.relay"], b = ["ack"], within = "soon" }', "within", "duration"),
        ('{ a = ["distress.relya"], b = ["ack"] }', "a.0", "neither a speech act"),
        ('{ b = ["ack"] }', "a", "required"),
    ],
)
def test_malformed_params_name_file_rule_and_key(
    cli: Callable[..., Run], tmp_path: Path, params: str, key: str, says: str
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(USER.split("params =", maxsplit=1)[0] + f"params = {params}\n", "utf-8")
    run = cli("check", str(RANGER), "--rules", str(bad))
    assert run.code == 2
    assert f"{bad}:" in run.err and "RC202" in run.err and "HB01" in run.err
    assert key in run.err and says in run.err
    assert "Traceback" not in run.err


def test_a_level_is_required_and_landing_rules_are_never_excused(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        USER.split("[[rules]]", maxsplit=1)[0]
        + '[[rules]]\ncode = "HB02"\nname = "h.zone"\ntitle = "T"\nkind = "zone-responsibility"\n'
        'source = "s"\nprovenance = "local"\n\n'
        '[[rules]]\ncode = "HB03"\nname = "h.land"\ntitle = "T"\nkind = "landing-state"\n'
        'source = "s"\nprovenance = "local"\nexcused_by = ["SR01"]\n',
        "utf-8",
    )
    run = cli("check", str(RANGER), "--rules", str(bad))
    assert run.code == 2
    assert "HB02" in run.err and "needs a level" in run.err
    assert "HB03" in run.err and "never excused" in run.err


# --- suppression and baselines --------------------------------------------------------


def test_suppression_with_reason(cli: Callable[..., Run], tmp_path: Path) -> None:
    text = RANGER.read_text("utf-8").replace(
        "08:10 * RANGER lands 58 persons at Dover",
        "08:10 * RANGER lands 58 persons at Dover  "
        '# radiocheck: ignore[CH03] reason="reviewed: Dover was ordered by HMCG"',
    )
    path = tmp_path / "ranger.radio"
    path.write_text(text, "utf-8")
    report = check(path)
    ch03 = next(v for v in report.verdicts if v.rule == "CH03")
    assert ch03.outcome == "violated" and ch03.suppressed == "reviewed: Dover was ordered by HMCG"
    assert report.summary.errors == 1
    assert cli("check", str(path), "--ignore", "CH01").code == 0


def test_baseline(cli: Callable[..., Run], tmp_path: Path) -> None:
    base = tmp_path / "baseline.json"
    assert cli("check", str(RANGER), "--write-baseline", str(base)).code == 1
    rows = json.loads(base.read_text("utf-8"))["verdicts"]
    assert {r["rule"] for r in rows} >= {"CH01", "CH03", "SR04"}
    run = cli("check", str(RANGER), "--baseline", str(base), "--strict", "--format", "json")
    assert run.code == 0
    verdicts = json.loads(run.out)[0]["verdicts"]
    assert all(v["suppressed"] for v in verdicts if v["outcome"] == "violated")
    base.write_text(
        json.dumps({"version": 1, "verdicts": [r for r in rows if r["rule"] != "CH01"]})
    )
    assert cli("check", str(RANGER), "--baseline", str(base)).code == 1, "CH01 is new"
    base.write_text("not json")
    bad = cli("check", str(RANGER), "--baseline", str(base))
    assert bad.code == 2 and "baseline" in bad.err
