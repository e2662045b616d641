# ruff: noqa: E501
"""Readings of the thirty-fourth session's tuning incidents, with the real pipeline,
each with its near miss: a case pointed at ("this one is for you now") is handed
over; a "yeah" that asks the other to stand by has heard the handover and put off
the answer, it does not accept the case.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.report.model import Report
from tests.protocol.reading import ledger, said

LINE = """\
@title: a small boat shadowed to the median line by a French patrol boat
@date: 2025-09-14
@rules: uk-fr-channel
@station PATROL: vessel party=FR unit=state aka="Authie"
@station CUTTER: vessel party=UK unit=state aka="Warden"
@station DOVER: rcc party=UK aka="Dover Coastguard", "Dover"
@station GRISNEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station BOAT: casualty persons=~40 aka="the small boat"

05:02 Gris-Nez -> Authie: Authie, Gris-Nez, vous suivez l'embarcation jusqu'à la ligne.
05:02 * GRISNEZ takes coordination of BOAT
05:26 * BOAT is 0.2 nm inside UK waters
05:28 Authie -> Warden: Warden, Authie, this one is for you now, he has passed the line, he is on your side.
"""


def test_a_case_pointed_at_is_handed_over_and_a_stand_by_puts_off_the_answer(
    checked_radio: Callable[[str], Report],
) -> None:
    put_off = checked_radio(
        LINE + "05:29 Warden -> Authie: yeah copied stand by one i'll get on to dover\n"
    )
    assert said(put_off, "this one is for you now").primary == "coordination.handover"
    assert said(put_off, "stand by one").primary != "coordination.accept"
    assert not any(s.startswith("CUTTER") for s in ledger(put_off, "coordination", "BOAT"))
    # near miss: a plain yes to the case takes it
    taken = checked_radio(LINE + "05:29 Warden -> Authie: yeah copied, we'll take it from here\n")
    assert said(taken, "take it from here").primary == "coordination.accept"


BEACH = """\
@title: two children on a paddleboard blown offshore
@date: 2025-08-02
@rules: sar
@station BOARD: casualty persons=2 aka="the paddleboard"
@station MUM: unknown aka="the mother", "Mum"
@station FALMOUTH: rcc party=UK aka="Falmouth Coastguard", "Falmouth"
@station LIFEBOAT: vessel party=UK unit=ngo aka="St Agnes lifeboat"

15:06 Mum -> Falmouth (phone): my two kids are on a paddleboard and they're blowing out to sea
"""


def test_a_task_said_by_a_caller_pleads(checked_radio: Callable[[str], Report]) -> None:
    """A caller who is no unit and says "just get them" begs for help; a centre that
    says it to a lifeboat sends it."""
    plea = checked_radio(
        BEACH + "15:08 Mum -> Falmouth (phone): oh god, please please just get them, please hurry\n"
    )
    assert said(plea, "just get them").primary == "request.assistance"
    # near miss: the centre's same words to a unit task it
    order = checked_radio(
        BEACH
        + "15:09 Falmouth -> St Agnes lifeboat: St Agnes lifeboat, Falmouth, launch and get them, the two kids on the paddleboard off Perranporth\n"
    )
    assert said(order, "launch and get them").primary == "task"
