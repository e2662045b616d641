"""The casualty state machine: every state against every trigger of the table."""

from __future__ import annotations

from typing import get_args

import pytest

from checker.protocol.model import Operation
from checker.protocol.states import PHASES, Tracker, table

OPERATIONS: tuple[str, ...] = get_args(Operation)
TRIGGERS = sorted(table())


def test_table_covers_every_narration_verb_that_changes_a_casualty() -> None:
    verbs = {k.split(":", 1)[1] for k in TRIGGERS if k.startswith("narration:")}
    assert {"signals-distress", "recovers", "lands", "closes-case", "loses-contact"} <= verbs


@pytest.mark.parametrize("trigger", TRIGGERS)
@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("phase", PHASES)
def test_every_state_and_trigger(trigger: str, operation: str, phase: str) -> None:
    row = table()[trigger]
    t = Tracker("C", phase=phase, operation=operation)  # type: ignore[arg-type]
    problems = t.apply(trigger, 10, 3)
    # phases never fall back
    assert PHASES.index(t.phase) >= PHASES.index(phase)  # type: ignore[arg-type]
    if row.phase is not None:
        assert PHASES.index(t.phase) >= PHASES.index(row.phase)
    assert t.operation == (row.operation or operation)
    if row.closure is not None:
        assert t.closure == row.closure
    # an event that makes no sense in this state is reported, never raised
    assert bool([p for p in problems if p.code == "RC301"]) == (operation in row.invalid_when)


def test_refused_assistance_does_not_end_distress() -> None:
    t = Tracker("C")
    t.apply("narration:signals-distress", 1)
    for refusal in ("act:assistance.decline", "act:refuse", "act:answer.negative"):
        t.apply(refusal, 2)
    assert t.phase == "distress" and t.closure is None


def test_new_distress_reopens_a_closed_case() -> None:
    t = Tracker("C")
    t.apply("act:case.close", 1)
    assert t.closure == "case-closed"
    t.apply("act:distress.declare", 2)
    assert t.closure is None and t.phase == "distress"


def test_persons_that_do_not_add_up_are_reported() -> None:
    t = Tracker("C")
    t.count("on_board", 10)
    t.apply("narration:recovers", 1, 8)
    assert t.apply("narration:lands", 2, 9) == [("RC302", "9 persons landed but only 8 recovered")]
    assert t.apply("narration:recovers", 3, 5) == [
        ("RC301", "recovers while the casualty is landed"),
        ("RC302", "13 persons recovered of 10 reported on board"),
    ]


def test_snapshot_records_only_changes() -> None:
    t = Tracker("C")
    t.snapshot(1)
    t.snapshot(2)
    t.apply("narration:signals-distress", 3)
    t.snapshot(3)
    assert [s.line for s in t.timeline] == [1, 3]
