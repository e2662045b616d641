# ruff: noqa: E501
"""Three protocol readings of the twenty-fourth session's tuning incidents, checked
with the real classifier and pipeline, each with its near miss:

- a vessel that relayed another's trouble and then has its people aboard "now" has
  rescued them (it was never in trouble of its own);
- a centre that says the case "is coordinated by" another takes nothing;
- persons offered as what the holding unit proposes ("je vous propose de vous passer
  l'enfant") and taken ("ok pour nous, on les prend") change hands.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.report.model import Report
from tests.protocol.reading import ledger, said

COLLISION = """\
@title: a yacht relays a collision and takes the crew
@date: 2025-08-12
@rules: sar
@station RIJEKA: rcc party=HR aka="MRCC Rijeka", "Rijeka"
@station FISHER: casualty persons=4 aka="the fishing boat"
@station YACHT: vessel party=HR unit=private aka="Lorena", "the yacht"

23:41 YACHT -> RIJEKA (phone): We had a collision, with a fishing boat, an Italian fishing boat. I think they are taking water.
23:43 RIJEKA -> YACHT (phone): Understood. Stay with them and take the crew if you can.
23:55 * YACHT recovers 2 persons from FISHER
"""


def test_a_vessel_that_relayed_has_rescued_the_persons_aboard_now(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        COLLISION + "23:56 YACHT -> RIJEKA: Rijeka, Lorena, we have two fishermen on board now.\n"
    )
    assert said(report, "two fishermen").primary == "report.rescued"


def test_a_vessel_in_trouble_of_its_own_counts_its_people(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        COLLISION
        + "23:55 YACHT -> RIJEKA: Mayday, we are taking water too.\n"
        + "23:56 YACHT -> RIJEKA: Rijeka, Lorena, we have two fishermen on board now.\n"
    )
    assert said(report, "two fishermen").primary == "report.persons"


AEGEAN = """\
@title: a centre tells an NGO who coordinates
@date: 2025-10-02
@rules: sar
@station PIRAEUS: rcc party=GR aka="JRCC Piraeus", "Piraeus"
@station ANKARA: rcc party=TR aka="MRCC Ankara", "Ankara"
@station NGO: vessel party=NGO unit=ngo aka="Aegean Watch"
@station DINGHY: casualty persons=40 aka="the rubber boat"

01:10 NGO -> PIRAEUS: Piraeus, Aegean Watch, a rubber boat with forty people, they are sinking, we can see them.
01:12 PIRAEUS -> ANKARA: Ankara, Piraeus. The rubber boat is in your waters, do you accept coordination of this case?
01:14 ANKARA -> PIRAEUS: Yes, we accept. MRCC Ankara is coordinating from now.
01:20 NGO -> PIRAEUS: Piraeus, this is Aegean Watch. We can assist with the rubber boat, we have a RHIB ready.
"""


def test_a_centre_that_says_another_coordinates_takes_nothing(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        AEGEAN
        + "01:21 PIRAEUS -> NGO: Aegean Watch, Piraeus. Negative. The case is coordinated by Ankara, the Turkish Coast Guard is on the way.\n"
    )
    assert ledger(report, "coordination", "DINGHY")[-1] == "ANKARA handed-over"


def test_a_centre_that_says_it_coordinates_takes_the_case(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        AEGEAN
        + "01:21 PIRAEUS -> NGO: Aegean Watch, Piraeus. The case is coordinated by Piraeus again, Ankara has withdrawn.\n"
    )
    assert ledger(report, "coordination", "DINGHY")[-1] == "PIRAEUS assumed"


WIMEREUX = """\
@title: a child passed from the patrol vessel to the lifeboat
@date: 2025-09-20
@rules: sar
@station GRISNEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station SNSM: vessel party=FR unit=state aka="SNSM Boulogne", "vedette SNSM"
@station PV: vessel party=FR unit=state aka="Cormoran"
@station BOAT: casualty persons=45 aka="l'embarcation"

05:40 BOAT -> GRISNEZ (phone): please help us, the girl is not breathing, we are in the sea
05:45 GRISNEZ -> SNSM: SNSM Boulogne, ici CROSS Gris-Nez. Je vous engage sur une embarcation au large de Wimereux.
05:47 GRISNEZ -> PV: Cormoran, ici Gris-Nez. Faites route sur l'embarcation, vous récupérez l'enfant et sa mère.
06:05 * PV recovers 2 persons from BOAT
"""


def test_persons_proposed_and_taken_change_hands(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        WIMEREUX
        + "06:20 PV -> SNSM: SNSM Boulogne, Cormoran. Je vous propose de vous passer l'enfant et sa maman tout de suite.\n"
        + "06:21 SNSM -> PV: Cormoran, SNSM. Ok pour nous, on les prend, on arrive sur ton tribord.\n"
    )
    assert ledger(report, "rescue", "BOAT")[-1] == "SNSM handed-over"


def test_persons_only_proposed_stay_with_the_unit(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        WIMEREUX
        + "06:20 PV -> SNSM: SNSM Boulogne, Cormoran. Je vous propose de vous passer l'enfant et sa maman tout de suite.\n"
    )
    assert ledger(report, "rescue", "BOAT")[-1] != "SNSM handed-over"
