"""One instance of each equal value in a check's events (checker/phraseology/shared.py)."""

from __future__ import annotations

import json
from datetime import datetime

from pydantic import TypeAdapter

from checker.api import check
from checker.phraseology.model import ClauseFacts, SpeechAct
from checker.phraseology.shared import Shared


def test_equal_values_are_one_instance() -> None:
    shared = Shared()
    a = shared({"action": "escort", "position": {"lat": 1.5, "zones": ["SAR-MT"]}})
    b = shared({"action": "escort", "position": {"lat": 1.5, "zones": ["SAR-MT"]}})
    assert a is b
    assert shared((3, 17)) is shared((3, 17))
    assert shared("Amber Kestrel") is shared("".join(["Amber ", "Kestrel"]))
    assert shared([]) is shared([]) and shared({}) is shared({})


def test_parts_are_shared_across_distinct_values() -> None:
    shared = Shared()
    a = shared({"called": "Amber Kestrel", "count": 4})
    b = shared({"called": "Amber Kestrel", "count": 5})
    assert a is not b and a["called"] is b["called"]


def test_values_equal_in_python_but_not_in_json_stay_apart() -> None:
    shared = Shared()
    kept = [shared({"n": v}) for v in (1, 1.0, True, 0.0, -0.0)]
    assert [json.dumps(k) for k in kept] == [
        '{"n": 1}', '{"n": 1.0}', '{"n": true}', '{"n": 0.0}', '{"n": -0.0}'
    ]  # fmt: skip
    assert shared([1]) is not shared((1,)) and shared({"a": 1}) is not shared({"b": 1})


def test_key_order_is_kept() -> None:
    shared = Shared()
    assert list(shared({"b": 1, "a": 2})) == ["b", "a"]
    assert list(shared({"a": 2, "b": 1})) == ["a", "b"]


def test_a_value_holding_another_type_is_left_as_it_is() -> None:
    shared = Shared()
    value = {"at": datetime(2026, 12, 3)}
    assert shared(value) is value
    assert shared({1: "a"}) == {1: "a"}  # a key that is not a str


def test_a_checked_report_shares_equal_slots_and_clauses() -> None:
    text = "\n".join(
        ["@rules: sar", "@station RANGER: vessel", "@station ROME: rcc party=IT"]
        + [f"12:0{m} RANGER -> ROME: We kindly ask you to assign us a port." for m in range(4)]
    )
    acts = [a for e in check(text + "\n").events for a in e.acts]
    assert len(acts) == 4 and acts[0].clause is not None
    first = acts[0]
    for act in acts[1:]:
        assert act.slots is first.slots and act.assumed is first.assumed
        assert act.matched is first.matched and act.span is first.span
        assert isinstance(act.clause, ClauseFacts) and isinstance(first.clause, ClauseFacts)
        assert act.clause.features is first.clause.features
        assert act.clause.span is first.clause.span


def test_an_acts_clause_reads_and_dumps_as_the_dict_it_stands_for() -> None:
    clause = ClauseFacts((0, 26), {"mood": "declarative", "objects": ["case"], "language": "en"})
    as_dict = {"span": [0, 26], "mood": "declarative", "objects": ["case"], "language": "en"}
    assert clause == as_dict and as_dict == clause and dict(clause) == as_dict
    assert list(clause) == list(as_dict) and clause.get("modality") is None
    act = SpeechAct(kind="request", confidence=1.0, source="frame", frame="f#0", clause=clause)
    dumped = TypeAdapter(SpeechAct).dump_json(act)
    assert json.loads(dumped)["clause"] == as_dict
    assert TypeAdapter(SpeechAct).validate_json(dumped) == act
