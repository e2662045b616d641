# ruff: noqa: E501
"""Three protocol readings of the twenty-fourth session's tuning incidents, checked
with the real classifier and pipeline, each with its near miss:

- a vessel that relayed another's trouble and then has its people aboard "now" has
  rescued them (it was never in trouble of its own);
- a centre that says the case "is coordinated by" another takes nothing;
- persons offered as what the holding unit proposes ("je vous propose de vous passer
  l'enfant") or passes ("je te le passe", at sea) and taken ("ok pour nous, on les
  prend") change hands; a caller put through ashore ("je vous le passe") does not;
- a unit that says it coordinates ("I am coordinate") takes the case from the centre
  (a unit that takes the persons does not), and the centre first alerted that then
  declines has dropped it: a unit is no centre that accepted (SR03);
- a caller's order to come, find or hurry pleads for help; a centre's stays an order;
- a yes said by a station that called again answers no order given before its call;
- a centre that sends the master to the harbour master once the case is closed has
  dropped nothing (SR03).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

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


@pytest.mark.parametrize(
    ("said_", "last"),
    [
        pytest.param(
            "Aegean Watch, Piraeus. Negative. The case is coordinated by Ankara, the Turkish Coast Guard is on the way.",
            "ANKARA handed-over",
            id="another-coordinates-takes-nothing",
        ),
        pytest.param(
            "Aegean Watch, Piraeus. The case is coordinated by Piraeus again, Ankara has withdrawn.",
            "PIRAEUS assumed",
            id="itself-coordinates-takes-the-case",
        ),
    ],
)
def test_a_centre_that_says_who_coordinates_by_a_passive(
    checked_radio: Callable[[str], Report], said_: str, last: str
) -> None:
    report = checked_radio(AEGEAN + f"01:21 PIRAEUS -> NGO: {said_}\n")
    assert ledger(report, "coordination", "DINGHY")[-1] == last


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


PHONE = """\
@title: a caller put through
@date: 2025-09-20
@rules: sar
@station CTA: shore party=FR aka="112", "CTA"
@station GRISNEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station BOAT: casualty persons=45 aka="l'embarcation"

05:40 BOAT -> CTA (phone): please help us, the girl is not breathing, we are in the sea
05:41 CTA -> GRISNEZ (phone): CROSS Gris-Nez, ici le CTA. J'ai un appel 112 d'une embarcation au large de Wimereux. Je vous le passe.
05:42 GRISNEZ -> CTA (phone): Reçu, passez-le-moi.
"""


def test_a_caller_put_through_ashore_is_no_person_handed_over(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(PHONE)
    kinds = [a.kind for a in said(report, "Je vous le passe").acts]
    assert "coordination.handover" not in kinds
    assert ledger(report, "coordination", "BOAT")[-1] == "GRISNEZ first-contact"


def test_a_unit_at_sea_that_passes_the_person_it_holds_hands_it_over(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        WIMEREUX
        + "06:20 PV -> SNSM: ok ok je viens je te le passe il est vraiment gelé\n"
        + "06:21 SNSM -> PV: Cormoran, SNSM. Ok pour nous, on les prend.\n"
    )
    assert ledger(report, "rescue", "BOAT")[-1] == "SNSM handed-over"


LIBYA = """\
@title: a patrol boat says it is in charge
@date: 2025-06-02
@rules: sar
@station ROME: rcc party=IT aka="MRCC Rome", "Rome"
@station NGO: vessel party=DE unit=ngo aka="Sea Aurora"
@station LYCG: vessel party=LY unit=state aka="Al Nasr", "Libyan coast guard"
@station RUBBER: casualty persons=45 aka="the rubber boat"

06:00 NGO -> ROME: MRCC Rome, Sea Aurora. We have a rubber boat in distress in sight, forty-five people, one tube is deflating.
06:02 ROME -> NGO: Okay, copied. Please keep us updated.
"""


@pytest.mark.parametrize(
    ("said_", "last"),
    [
        pytest.param(
            "I say again. Libyan coast guard is in charge this operation, I am coordinate. You stay away.",
            "LYCG assumed",
            id="says-it-coordinates-takes-the-case",
        ),
        pytest.param(
            "ok we take them, you stay away.",
            "ROME first-contact",
            id="takes-the-persons-leaves-the-case",
        ),
    ],
)
def test_a_unit_beside_the_centre(
    checked_radio: Callable[[str], Report], said_: str, last: str
) -> None:
    report = checked_radio(LIBYA + f"06:10 LYCG -> NGO: {said_}\n")
    assert ledger(report, "coordination", "RUBBER")[-1] == last


def test_a_centre_that_declines_after_a_unit_said_it_coordinates_drops_the_case(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        LIBYA
        + "06:10 LYCG -> NGO: Libyan coast guard is in charge this operation, I am coordinate.\n"
        + "06:20 ROME -> NGO: Sea Aurora, I confirm, MRCC Rome is not the coordinating authority for this event.\n"
    )
    sr03 = [v for v in report.verdicts if v.rule == "SR03"]
    assert [v.outcome for v in sr03] == ["violated"]


MISSING = """\
@title: a wife calls for her husband
@date: 2025-07-14
@rules: sar
@station HMCG: rcc party=UK aka="Humber Coastguard", "Humber"
@station WIFE: unknown aka="the wife"
@station KAYAK: casualty persons=1 aka="the kayaker"

19:40 WIFE -> HMCG (phone): My husband went out in his kayak this morning and he hasn't come back.
19:41 HMCG -> WIFE (phone): Okay, we're sending the lifeboat to look for him now.
"""


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("please just find him, please", "request.assistance"),
        ("faites vite", "request.assistance"),
        ("stay on the line with me", "instruction"),
    ],
)
def test_a_callers_order_to_come_or_find_pleads(
    checked_radio: Callable[[str], Report], said: str, kind: str
) -> None:
    report = checked_radio(MISSING + f"19:42 WIFE -> HMCG (phone): {said}\n")
    assert report.events[-1].primary == kind


def test_a_centres_order_to_find_stays_an_order(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(MISSING + "19:42 HMCG -> WIFE (phone): please find him a photo\n")
    assert report.events[-1].primary == "instruction"


RUDDER = """\
@title: a yacht that calls again to take the tow
@date: 2025-05-03
@rules: sar
@station GENOVA: rcc party=IT aka="MRCC Genova", "Genova"
@station YACHT: casualty persons=2 aka="Aigue-Marine"

11:00 YACHT -> GENOVA: Genova, Aigue-Marine, we have lost our rudder, we are two persons.
11:02 GENOVA -> YACHT: Roger. We can send a patrol boat from Sanremo to tow you into the port. Do you accept?
11:03 YACHT -> GENOVA: No, no, thank you. For the moment we don't want a tow.
11:04 GENOVA -> YACHT: Understood. You call Genova every hour on channel one six with your position.
"""


def test_a_yes_said_after_calling_again_answers_no_earlier_order(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        RUDDER
        + "12:00 YACHT -> GENOVA: Genova, Genova, Aigue-Marine.\n"
        + "12:01 GENOVA -> YACHT: Aigue-Marine, Genova, go ahead.\n"
        + "12:02 YACHT -> GENOVA: Yes, er, so, finally we accept the tow, please.\n"
    )
    assert report.events[-1].primary == "assistance.accept"


def test_a_yes_said_straight_after_the_order_complies(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(RUDDER + "11:05 YACHT -> GENOVA: Yes, every hour, will do.\n")
    assert report.events[-1].primary == "comply"


JUNIPER = """\
@title: a cargo ship's engines restarted
@date: 2025-02-11
@rules: sar
@station FALMOUTH: rcc party=UK aka="Falmouth Coastguard", "Falmouth"
@station JUNIPER: casualty persons=19 aka="Baltic Juniper"

05:52 JUNIPER -> FALMOUTH: MAYDAY, MAYDAY, MAYDAY. Falmouth Coastguard, this is Baltic Juniper. Both main engines stopped, we are drifting onto the rocks.
05:53 FALMOUTH -> JUNIPER: Baltic Juniper, Falmouth Coastguard, received MAYDAY. How many persons on board?
14:30 JUNIPER -> FALMOUTH: Falmouth Coastguard, Baltic Juniper. We are at anchor in Falmouth bay, all crew are okay.
"""


@pytest.mark.parametrize(
    ("said", "outcome"),
    [
        # the case closed, the master is sent to the harbour master for the repairs
        (
            "Roger Captain. This incident is now closed. Please contact the harbour master for your repairs.",
            "satisfied",
        ),
        # the case not closed, the caller sent elsewhere
        (
            "Roger Captain. Please contact the French coastguard, you are in their waters.",
            "violated",
        ),
    ],
)
def test_a_redirect_after_the_case_is_closed_drops_nothing(
    checked_radio: Callable[[str], Report], said: str, outcome: str
) -> None:
    report = checked_radio(JUNIPER + f"14:31 FALMOUTH -> JUNIPER: {said}\n")
    assert [v.outcome for v in report.verdicts if v.rule == "SR03"] == [outcome]
