"""Abbreviated call-ups ("Arcturus, Dover Coastguard, ...") once contact is made."""

from __future__ import annotations

import pytest

from checker.context import Context, build_context
from checker.phraseology import classify
from checker.ruleset.loader import load_ruleset
from checker.transcript import read_text


@pytest.fixture(scope="module")
def ctx() -> Context:
    rs = load_ruleset("uk-fr-channel")
    context, _ = build_context(
        read_text(
            '@station FV: vessel flag=GB aka="Arcturus", "fishing vessel Arcturus"\n'
            '@station HMCG: rcc party=UK aka="Dover Coastguard"\n'
            '@station LB: vessel party=UK unit=state aka="Dungeness lifeboat"\nFV: x\n'
        ),
        rs.world,
        rs.geometry_files,
    )
    return context


@pytest.mark.parametrize(
    ("text", "called", "caller"),
    [
        ("Arcturus, Dover Coastguard, roger, proceed and report on scene. Over.", "FV", "HMCG"),
        ("dover coastguard arcturus on scene over", "HMCG", "FV"),
        ("Dungeness lifeboat, Dover Coastguard. Launch to the yacht. Over.", "LB", "HMCG"),
    ],
)
def test_callee_then_caller_is_a_call(ctx: Context, text: str, called: str, caller: str) -> None:
    acts = classify(text, ctx).acts
    assert acts[0].kind == "call"
    assert (acts[0].slots["called_id"], acts[0].slots["caller_id"]) == (called, caller)
    assert len(acts) > 1, "the message after the call-up is still read"


@pytest.mark.parametrize(
    "text",
    [
        "Arcturus is proceeding to the position.",  # one name: a sentence, not a call-up
        "Arcturus, Arcturus, this is Dover Coastguard.",  # a repeated name: the usual form
        "Dover Coastguard and Arcturus are on scene.",  # names not at the call-up place
    ],
)
def test_no_abbreviated_call_up_without_two_different_known_stations(
    ctx: Context, text: str
) -> None:
    calls = [a for a in classify(text, ctx).acts if a.kind == "call"]
    assert all(a.slots.get("caller_id") != "FV" or "this is" in text.lower() for a in calls)
    if "this is" not in text.lower():
        assert not calls
