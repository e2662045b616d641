"""Persons passed at sea from the unit that recovered them to another, checked with
the real pipeline: the exchange between the two units is about the casualty whose
persons the first has aboard, whatever boat was talked of last, so the receiving unit
takes custody of that casualty by handover.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checker.report.model import Report
from tests.protocol.reading import ledger, said

TRANSCRIPT = """\
@title: persons passed at sea
@date: 2025-08-21
@timezone: +02:00
@rules: sar
@station GRISNEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station EIDER: vessel party=FR unit=private aka="remorqueur Eider", "Eider"
@station SNSM: vessel party=FR unit=ngo aka="SNSM Calais", "Calais SNSM", "Calais"
@station BOAT-A: casualty persons=45 aka="the small boat"
@station BOAT-B: casualty persons=14 aka="le pneumatique"

04:30 GRISNEZ -> EIDER: Eider, dirigez-vous sur le pneumatique et récupérez les personnes.
04:31 EIDER -> GRISNEZ: Affirmatif, on y va.
04:52 * EIDER recovers 14 persons from BOAT-B
04:58 * BOAT-A is in UK waters
05:02 SNSM -> EIDER: Eider, ici Calais SNSM, on arrive par ton arrière. Tu peux te mettre en \
dérive, on vient à couple sur ton tribord.
05:02 EIDER -> SNSM: Ok Calais, reçu, je stoppe. On te passe les quatorze, on te donne \
d'abord les deux qui ont bu la tasse et la dame.
05:10 SNSM -> EIDER: C'est bon, on les a tous les quatorze, on les prend en charge. Merci \
l'Eider, t'es libéré.
"""


def test_persons_passed_from_the_unit_that_has_them_aboard(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(TRANSCRIPT)
    for words in ("on arrive par ton", "on te donne", "on les prend en charge"):
        assert said(report, words).casualties == ["BOAT-B"], words
    assert ledger(report, "rescue", "BOAT-B")[-1] == "SNSM handed-over"


CASUALTY_ABOARD = """\
@title: the casualty aboard
@date: 2025-04-12
@timezone: +02:00
@rules: sar
@station CROSS: rcc party=FR aka="CROSS Étel", "Étel"
@station KITER: casualty persons=1 aka="le kiteur", "the kiter", "kitesurfeur"
@station HELO: aircraft party=FR unit=state aka="Dauphin"
@station FRIEND: unknown aka="the friend"

17:15 FRIEND -> CROSS (phone): mon ami fait du kite, il est tombé, il est dans l'eau
17:20 CROSS -> HELO: Dauphin, CROSS Étel, un kitesurfeur disparu au large de Quiberon, décollez.
17:21 HELO -> CROSS: Reçu, on décolle.
"""


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the casualty said by its name to be aboard the rescuer: rescued
        ("CROSS, Dauphin, le kiteur est à bord, conscient mais en hypothermie.", "report.rescued"),
        ("CROSS, Dauphin, we have the kiter on board.", "report.rescued"),
        # ... still aboard its own craft: no rescue
        ("CROSS, Dauphin, le kiteur est toujours à bord de sa planche.", "information"),
    ],
)
def test_the_casualty_named_aboard_the_rescuer_is_rescued(
    checked_radio: Callable[[str], Report], line: str, kind: str
) -> None:
    report = checked_radio(CASUALTY_ABOARD + f"17:50 HELO -> CROSS: {line}\n")
    assert said(report, "CROSS, Dauphin").primary == kind


TWO_ABOARD = """\
@title: two casualties landed together
@date: 2025-07-20
@timezone: +01:00
@rules: sar
@station BELFAST: rcc party=UK aka="Belfast Coastguard", "Belfast"
@station ILB: vessel party=UK unit=ngo aka="Kippford lifeboat", "the lifeboat"
@station HARVEST: vessel party=UK aka="Ocean Harvest", "the fishing boat"
@station BOY: casualty persons=1 aka="the boy"
@station GIRL: casualty persons=1 aka="the girl"

20:40 BOY -> BELFAST (phone): help, help, I'm in the water, I can't get back to the board
20:41 GIRL -> BELFAST (phone): my brother is in the water and I'm drifting on the board, please help
20:42 BELFAST -> ILB: Kippford lifeboat, Belfast, launch to the boy in the water off the point
20:44 BELFAST -> HARVEST: Ocean Harvest, Belfast Coastguard, can you pick up the girl on the board
21:05 * HARVEST recovers 1 persons from GIRL
21:10 * ILB recovers 1 persons from BOY
21:19 * ILB recovers 1 persons from HARVEST
21:32 * ILB lands 2 persons at Kippford
"""


def test_persons_taken_from_a_unit_are_those_it_had_recovered(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(TWO_ABOARD)
    assert next(e for e in report.events if e.line == 17).casualties == ["GIRL"]


def test_a_unit_lands_every_casualty_it_has_aboard(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(TWO_ABOARD)
    assert next(e for e in report.events if e.line == 18).casualties == ["BOY", "GIRL"]
