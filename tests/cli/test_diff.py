"""``radiocheck diff``: what changes between rule sets, or when a line is read otherwise."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import RANGER, Run

Cli = Callable[..., Run]
THANKS = 49  # "Thank you for your co-operation. Out."


def _json(cli: Cli, *args: str) -> dict[str, Any]:
    run = cli("diff", str(RANGER), *args, "--format", "json")
    assert run.code == 0, run.err
    data: dict[str, Any] = json.loads(run.out)
    return data


def test_bilateral_set_adds_the_ch_rules(cli: Cli) -> None:
    data = _json(cli, "--base", "sar", "--with", "uk-fr-channel")
    added = {c["rule"]: c["with"]["outcome"] for c in data["verdicts"] if c["change"] == "added"}
    assert {k: v for k, v in added.items() if k.startswith("CH")} == {
        "CH01": "violated",
        "CH02": "excused",
        "CH03": "violated",
        "CH04": "violated",
    }
    ch = [c for c in data["verdicts"] if c["rule"].startswith("CH")]
    assert all(c["change"] == "added" for c in ch)
    assert data["base"]["rules"] == "sar" and data["with"]["rules"] == "uk-fr-channel"
    # the bilateral world places the dinghy in the French SRR: coordination by region
    coord = [c for c in data["ledger"] if c["level"] == "coordination" and c["change"] == "added"]
    assert [(c["party"], c["how"]) for c in coord] == [("FR", "by-region")]


def test_bilateral_diff_as_a_table(cli: Cli) -> None:
    run = cli("diff", str(RANGER), "--base", "sar", "--with", "uk-fr-channel")
    assert run.code == 0
    assert "Verdicts that change" in run.out and "Ledger intervals that change" in run.out
    for code in ("CH01", "CH02", "CH03", "CH04"):
        assert code in run.out


def test_override_of_the_thanks_removes_the_acquiescence(cli: Cli) -> None:
    data = _json(cli, "--override", f"{THANKS} act=refuse")
    assert data["reread"] == [
        {"line": THANKS, "base": "thanks", "with": "refuse", "reason": "given on the command line"}
    ]
    rescue = [c for c in data["ledger"] if c["level"] == "rescue"]
    removed = [c for c in rescue if c["change"] == "removed"]
    assert [(c["base"]["how"], c["base"]["from_line"]) for c in removed] == [("acquiesced", 48)]
    assert all(c["with"] is None or c["with"]["how"] != "acquiesced" for c in rescue)
    ch04 = [c for c in data["verdicts"] if c["rule"] == "CH04"]
    assert [(c["base"]["outcome"], c["with"]["outcome"]) for c in ch04] == [
        ("violated", "not-applicable")
    ]
    # the verdicts that cited the thanks now rest on other lines
    ch02 = next(c for c in data["verdicts"] if c["rule"] == "CH02")
    assert THANKS in ch02["base"]["evidence"] and THANKS not in ch02["with"]["evidence"]
    assert data["unchanged"]["verdicts"] > 0


def test_override_table_names_the_reread_line(cli: Cli) -> None:
    run = cli("diff", str(RANGER), "--override", f'{THANKS} act=refuse reason="disputed"')
    assert run.code == 0
    assert f"line {THANKS}: read as thanks, now refuse (disputed)" in run.out
    assert "UK → —" in run.out  # CH04 no longer concerns the UK


def test_same_rule_set_changes_nothing(cli: Cli) -> None:
    run = cli("diff", str(RANGER), "--with", "uk-fr-channel")
    assert run.code == 0
    assert "No verdict changes." in run.out and "No ledger interval changes." in run.out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "nothing to compare"),
        (["--with", "no-such-rules"], "RC200"),
        (["--override", "48 act=thank"], "unknown act kind"),
        (["--override", "12"], "expected LINE act=KIND"),
        (["--format", "yaml", "--with", "sar"], "invalid choice"),
    ],
)
def test_bad_input_is_exit_2(cli: Cli, args: list[str], message: str) -> None:
    run = cli("diff", str(RANGER), *args)
    assert run.code == 2
    assert message in run.err and "Traceback" not in run.err
