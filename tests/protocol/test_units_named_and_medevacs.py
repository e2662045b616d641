# ruff: noqa: E501
"""Protocol readings of the thirtieth session's fourth tuning wave, with the real
pipeline, each with its near miss:

- a tasking said of another unit ("Dover … engage Kestrel"), to a unit that is told
  to stay back, sends the unit it names, not the addressee; an order sends the
  addressee whatever unit it names as a meeting point; a unit whose offer is accepted
  but which is held at readiness where it is ("launch and stand by at readiness off
  Diélette") is sent nowhere;
- once every person is aboard the unit that holds the rescue, a unit sent to take
  one of them off it (a medevac) takes no charge of the casualty;
- a number said twice ("three, three men") counts once.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

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


YACHT = """\
@title: a yacht aground, the lifeboat sent, a French boat offers
@date: 2024-09-21
@rules: sar
@station GUERNSEY: rcc party=GG aka="Guernsey Coastguard", "Guernsey"
@station YACHT: casualty persons=3 aka="Moonshadow", "the yacht"
@station LIFEBOAT: vessel party=GG unit=ngo aka="St Peter Port lifeboat", "lifeboat"
@station SNSM: vessel party=FR unit=ngo aka="SNSM Dielette", "Dielette"

23:12 Moonshadow -> Guernsey Coastguard: Mayday mayday mayday, this is Moonshadow. We are aground on rocks, taking water. Three persons on board. Over.
23:12 Guernsey Coastguard -> Moonshadow: Moonshadow, Guernsey Coastguard, received mayday.
23:15 Guernsey Coastguard -> St Peter Port lifeboat: St Peter Port lifeboat, Guernsey Coastguard. Launch and proceed to the yacht Moonshadow. Over.
23:16 St Peter Port lifeboat -> Guernsey Coastguard: slipping now guernsey
23:18 SNSM Dielette -> Guernsey Coastguard: Guernsey Coastguard, this is SNSM Dielette. We can help you, our boat is ready, we can be on the position in five zero minutes. Over.
"""


@pytest.mark.parametrize(
    ("case", "reply", "holder"),
    [
        (
            BOAT,
            "00:14 Gris-Nez -> Bécasseau: Bécasseau, Gris-Nez. Vous restez de notre côté, vous ne franchissez pas la ligne, Dover a pris la coordination et engage Kestrel.\n",
            "KESTREL tasked",
        ),
        # near miss: an order to the addressee sends it, whatever unit it names
        (
            BOAT,
            "00:14 Gris-Nez -> Bécasseau: Bécasseau, Gris-Nez. Faites route sur le small boat avec Kestrel et récupérez les personnes.\n",
            "BECASSEAU tasked",
        ),
        (
            YACHT,
            "23:19 Guernsey Coastguard -> SNSM Dielette: SNSM Dielette, Guernsey Coastguard, merci. Yes, we accept your offer. Please launch and stand by at readiness off Dielette, our lifeboat is on task. Over.\n",
            "LIFEBOAT tasked",
        ),
        # near miss: the offer taken up, the unit sent to the yacht
        (
            YACHT,
            "23:19 Guernsey Coastguard -> SNSM Dielette: SNSM Dielette, Guernsey Coastguard. Yes, we accept your offer. Please proceed to the yacht Moonshadow. Over.\n",
            "SNSM tasked",
        ),
    ],
)
def test_the_unit_a_reply_sends(
    checked_radio: Callable[[str], Report], case: str, reply: str, holder: str
) -> None:
    casualty = "SMALLBOAT" if case is BOAT else "YACHT"
    assert ledger(checked_radio(case + reply), "rescue", casualty)[-1] == holder


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
