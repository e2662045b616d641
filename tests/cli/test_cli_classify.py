"""``radiocheck classify`` as SPEECH-ACTS.md specifies it."""

from __future__ import annotations

import io
import json
from collections.abc import Callable

import pytest

from tests.conftest import Run


def test_one_utterance_as_json(cli: Callable[..., Run]) -> None:
    run = cli(
        "classify",
        "Ranger, this is French warship. What are your intentions with the dinghy? Over.",
        "--format",
        "json",
    )
    assert run.code == 0
    [item] = json.loads(run.out)
    assert item["primary"] == "question.intentions"
    assert [a["kind"] for a in item["acts"]] == ["call", "question.intentions"]
    assert set(item["acts"][0]) >= {"kind", "confidence", "span", "matched", "source", "slots"}


def test_stdin_one_utterance_per_line_in_order(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("roger\n\nmayday mayday mayday\nthank you\n"))
    items = json.loads(cli("classify", "-", "--format", "json").out)
    assert [i["primary"] for i in items] == ["ack", "distress.declare", "thanks"]


@pytest.mark.parametrize(("party", "zone"), [("FR", "FR-TW"), ("UK", "UK-TW"), ("France", "FR-TW")])
def test_relative_zone_resolved_against_the_addressee(
    cli: Callable[..., Run], party: str, zone: str
) -> None:
    items = json.loads(
        cli(
            "classify", "the dinghy is in your waters", "--addressee", party, "--format", "json"
        ).out
    )
    acts = [a for a in items[0]["acts"] if a["kind"] == "report.position"]
    assert acts and acts[0]["slots"]["zone"][0] == zone


def test_our_waters_resolved_against_the_speaker(cli: Callable[..., Run]) -> None:
    items = json.loads(
        cli("classify", "the boat is now in our waters", "--speaker", "UK", "--format", "json").out
    )
    acts = [a for a in items[0]["acts"] if a["kind"] == "report.position"]
    assert acts and acts[0]["slots"]["zone"][0] == "UK-TW"


def test_text_table(cli: Callable[..., Run]) -> None:
    run = cli("classify", "Thank you for your co-operation. Out.")
    assert run.code == 0 and "thanks" in run.out


def test_unknown_rule_set_is_a_clean_error(cli: Callable[..., Run]) -> None:
    run = cli("classify", "roger", "--rules", "no-such-set")
    assert run.code == 2 and "RC200" in run.err and "Traceback" not in run.err
