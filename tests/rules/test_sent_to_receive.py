"""A unit sent by its own centre to receive an escorted boat, which then receives it by
an explicit handover at the median line, took custody by that handover (CH04 is
satisfied); sent and never handed anything, it took custody by tasking (violated).

"We are ready to give you the boat, you take it?" offers custody (it had been read as a
permission granted), and "understand you have a small boat with you" hears back what
the other unit escorts (it had been read as the case handed over).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checker.phraseology import classify
from checker.report.model import Report
from tests.protocol.reading import ledger

HEADER = """\
@title: sent to receive
@date: 2025-08-21
@timezone: +02:00
@rules: uk-fr-channel
@station GRISNEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station DOVER: rcc party=UK aka="Dover Coastguard"
@station GOELAND: vessel party=FR unit=state aka="Goéland"
@station OSPREY: vessel party=UK unit=state aka="Osprey"
@station BOAT: casualty persons=45 aka="the small boat"

03:38 BOAT -> GRISNEZ (phone): hello please we are in the sea the water is coming in help us
03:43 GRISNEZ -> GOELAND: Goéland, faites route sur une embarcation en difficulté.
03:44 GOELAND -> GRISNEZ: Reçu, je fais route.
04:08 * GOELAND escorts BOAT
04:23 GRISNEZ -> DOVER (phone): We pass you the coordination when they cross, you take it?
04:23 DOVER -> GRISNEZ (phone): Yeah, that's fine, we'll take coordination of that one.
04:29 DOVER -> OSPREY: Osprey, proceed to the median line and take over the small boat.
04:29 OSPREY -> DOVER: Roger, proceeding to the line.
04:41 * BOAT is at the median line
"""

HANDED = """\
04:42 OSPREY -> GOELAND: Goéland, Osprey, understand you have a small boat with you?
04:42 GOELAND -> OSPREY: Affirmative. We are ready to give you the boat, you take it? Over.
04:43 OSPREY -> GOELAND: Yeah, affirmative, we'll take it from here. You're free to go.
04:44 * OSPREY escorts BOAT
"""

NOT_HANDED = """\
04:44 * OSPREY escorts BOAT
"""


@pytest.fixture
def run(checked_radio: Callable[[str], Report]) -> Callable[[str], Report]:
    return lambda body: checked_radio(HEADER + body)


def _ch04(report: Report) -> list[str]:
    return [v.outcome for v in report.verdicts if v.rule == "CH04" and v.casualty == "BOAT"]


def test_a_unit_sent_to_receive_the_boat_takes_it_by_the_handover(
    run: Callable[[str], Report],
) -> None:
    report = run(HANDED)
    assert ledger(report, "rescue")[-2:] == ["OSPREY tasked", "OSPREY handed-over"]
    assert _ch04(report) == ["satisfied"]


def test_a_unit_sent_and_handed_nothing_took_custody_by_tasking(
    run: Callable[[str], Report],
) -> None:
    report = run(NOT_HANDED)
    assert ledger(report, "rescue")[-1] == "OSPREY tasked"
    assert _ch04(report) == ["violated"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We are ready to give you the boat, you take it? Over.", "coordination.handover"),
        ("we can give you permission to enter", "permission.grant"),
        ("Understand you have a small boat with you, about four five persons?", "question"),
        ("you have the case", "coordination.handover"),
    ],
)
def test_custody_given_and_heard_back(text: str, kind: str) -> None:
    assert classify(text).primary == kind
