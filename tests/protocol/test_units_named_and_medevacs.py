# ruff: noqa: E501
"""Protocol readings of the thirtieth session's fourth tuning wave, with the real
pipeline, each with its near miss:

- a tasking said of another unit ("Dover … engage Kestrel"), to a unit that is told
  to stay back, sends the unit it names, not the addressee; an order sends the
  addressee whatever unit it names as a meeting point;
- once every person is aboard the unit that holds the rescue, a unit sent to take
  one of them off it (a medevac) takes no charge of the casualty;
- a number said twice ("three, three men") counts once.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.phraseology import classify
from checker.report.model import Report
from tests.protocol.reading import ledger

BOAT = """\
@title: a small boat drifts across, the French patrol boat held back
@date: 2024-09-19
@rules: uk-fr-channel
@station GRIS-NEZ: rcc party=FR aka="Gris-Nez"
@station DOVER: rcc party=UK aka="Dover Coastguard", "Dover"
@station BECASSEAU: vessel party=FR unit=state aka="Bécasseau"
@station KESTREL: vessel party=UK unit=state aka="Border Force Kestrel", "Kestrel"
@station SMALLBOAT: casualty persons=~40 aka="the small boat"

23:47 Gris-Nez -> Bécasseau: Bécasseau, ici Gris-Nez. Vous faites route sur un small boat, environ quarante personnes, moteur en panne.
23:48 Bécasseau -> Gris-Nez: Gris-Nez, Bécasseau, bien reçu, on fait route.
00:11 Dover Coastguard -> Gris-Nez (phone): Yeah, no problem, we'll take it. Dover has coordination from now.
00:12 Dover Coastguard -> Border Force Kestrel: Kestrel, Dover Coastguard. Can you get yourselves over to the small boat, about forty on board? You're the closest.
00:13 Border Force Kestrel -> Dover Coastguard: Dover, Kestrel, yep, on our way.
"""


def test_a_tasking_of_another_unit_sends_that_unit(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(
        BOAT
        + "00:14 Gris-Nez -> Bécasseau: Bécasseau, Gris-Nez. Vous restez de notre côté, vous ne franchissez pas la ligne, Dover a pris la coordination et engage Kestrel.\n"
    )
    assert ledger(report, "rescue", "SMALLBOAT")[-1] == "KESTREL tasked"
    # near miss: an order to the addressee sends it, whatever unit it names
    sent = checked_radio(
        BOAT
        + "00:14 Gris-Nez -> Bécasseau: Bécasseau, Gris-Nez. Faites route sur le small boat avec Kestrel et récupérez les personnes.\n"
    )
    assert ledger(sent, "rescue", "SMALLBOAT")[-1] == "BECASSEAU tasked"


FISHER = """\
@title: a bulk carrier recovers three fishermen, a helicopter lifts one off
@date: 2025-02-11
@rules: sar
@station FV: casualty persons=3 aka="Kittiwake Lass"
@station ORLICA: vessel party=PL unit=private aka="Orlica"
@station HUMBER: rcc party=UK aka="Humber Coastguard", "Humber"
@station R936: aircraft party=UK aka="Rescue 936", "Rescue nine three six"

03:14 FV -> ALL: mayday mayday mayday this is kittiwake lass, three persons on board, taking water
03:18 HUMBER -> FV: Kittiwake Lass, Humber Coastguard, received mayday.
03:20 HUMBER -> ORLICA: Orlica, Humber Coastguard, request you proceed with all speed to Kittiwake Lass and render assistance.
03:20 ORLICA -> HUMBER: yes, yes, we go.
"""


def test_a_medevac_from_the_rescuer_takes_no_charge(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(
        FISHER
        + "04:22 * ORLICA recovers 3 persons from FV\n"
        + "04:28 HUMBER -> R936: Rescue nine three six, Humber Coastguard, tasking: medevac of one injured fisherman from the bulk carrier Orlica.\n"
    )
    assert ledger(report, "rescue", "FV")[-1] == "ORLICA tasked"
    # near miss: persons still in the water, the helicopter sent takes charge
    still = checked_radio(
        FISHER
        + "04:22 * ORLICA recovers 2 persons from FV\n"
        + "04:28 HUMBER -> R936: Rescue nine three six, Humber Coastguard, tasking: the third fisherman is in the water near the bulk carrier Orlica, proceed.\n"
    )
    assert ledger(still, "rescue", "FV")[-1] == "R936 tasked"


def test_a_number_said_twice_counts_once() -> None:
    assert classify("three, three men. skipper is hurt").acts[0].slots["count"] == 3
    # near miss: digits said one after another are one number
    assert classify("three three persons on board").acts[0].slots["count"] == 33
