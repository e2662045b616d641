"""Ledgers of cases that change hands in a conversation, as the eighteenth session's
tuning incidents showed them wrong: a line that goes on a phone call without naming its
addressee, acceptances and assumptions told of another station, a release after a
consent, leave given with an order to recover, a tow line passed to the casualty.

Every transcript is a small ``.radio`` file checked with the real pipeline.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checker.report.model import Report
from tests.protocol.reading import ledger, said

HEADER = """\
@title: handovers in conversation
@date: 2025-08-02
@timezone: +00:00
@rules: sar
@station TARIFA: rcc party=ES aka="Tarifa", "Salvamento Tarifa"
@station RABAT: rcc party=MA aka="Rabat", "MRCC Rabat"
@station DOVER: rcc party=UK aka="Dover Coastguard", "Dover"
@station GRIS-NEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station ROME: rcc party=IT aka="MRCC Rome", "Rome"
@station SHIP: vessel party=DE unit=ngo aka="Sea Lantern"
@station CUTTER: vessel party=UK unit=state aka="Sentinel"
@station PATROL: vessel party=FR unit=state aka="Brevent"
@station SALVAMAR: vessel party=ES unit=state aka="Salvamar Orzan"
@station BOAT: casualty persons=12 aka="the patera", "the boat"

"""


@pytest.fixture
def run(checked_radio: Callable[[str], Report]) -> Callable[[str], Report]:
    return lambda body: checked_radio(HEADER + body)


ALERT = (
    "02:00 BOAT -> TARIFA (phone): Help, help, the patera, twelve people, the water is "
    "coming in!\n"
    "02:01 TARIFA -> BOAT (phone): Okay, okay, where are you? Send the position.\n"
)


# --------------------------------------------------------------------- who a line is said to


def test_a_line_that_goes_on_a_call_is_said_to_the_same_station(
    run: Callable[[str], Report],
) -> None:
    """ "Rabat (phone): Je vous rends le cas, Tarifa." after "Rabat -> Tarifa (phone)":
    the offer is made to Tarifa, whose "on reprend la coordination" takes it back."""
    r = run(
        ALERT + "02:10 TARIFA -> RABAT (phone): Rabat, the patera is in your zone, can you "
        "take the coordination?\n"
        "02:11 RABAT -> TARIFA (phone): Yes, we take the coordination.\n"
        "02:40 RABAT -> TARIFA (phone): Écoutez, on ne peut pas y aller, la mer est trop forte.\n"
        "02:40 RABAT (phone): Je vous rends le cas, Tarifa. C'est à vous de le prendre.\n"
        "02:41 TARIFA -> RABAT (phone): D'accord, d'accord. On reprend la coordination.\n"
    )
    assert said(r, "Je vous rends le cas").addressee == "TARIFA"
    assert ledger(r, "coordination", "BOAT") == [
        "TARIFA first-contact",
        "RABAT handed-over",
        "TARIFA handed-over",
    ]


def test_an_answer_without_an_addressee_is_said_to_who_spoke_to_it(
    run: Callable[[str], Report],
) -> None:
    r = run(ALERT + "02:02 BOAT (phone): we are near the lighthouse, two miles\n")
    assert said(r, "near the lighthouse").addressee == "TARIFA"


def test_no_addressee_is_guessed_across_media_or_past_another_speaker(
    run: Callable[[str], Report],
) -> None:
    r = run(
        ALERT + "02:03 SALVAMAR -> TARIFA: Tarifa, Salvamar Orzan, ready to sail.\n"
        "02:04 BOAT (phone): please come quickly\n"
        "02:05 TARIFA -> SALVAMAR: Salvamar, proceed to the patera.\n"
        "02:06 TARIFA (phone): The boat is coming.\n"
    )
    assert said(r, "please come quickly").addressee is None  # Salvamar spoke last
    assert said(r, "The boat is coming").addressee is None  # the radio line before


# --------------------------------------------------------------------- told of another


def test_a_ship_saying_the_centre_coordinates_assumes_nothing(
    run: Callable[[str], Report],
) -> None:
    r = run(
        "05:00 SHIP -> ROME (phone): Rome, Sea Lantern, we have recovered twelve persons "
        "from the patera.\n"
        "05:30 ROME -> SHIP (phone): Sea Lantern, MRCC Rome. From now Rome is taking "
        "coordination of this event.\n"
        "05:31 SHIP -> ROME (phone): Copy, Rome coordinating. Do you have a place of safety "
        "for us?\n"
    )
    assert ledger(r, "coordination", "BOAT")[-1] == "ROME assumed"
    assert not any("SHIP" in s for s in ledger(r, "coordination", "BOAT"))


def test_an_acceptance_told_by_the_centre_that_offered_hands_over(
    run: Callable[[str], Report],
) -> None:
    """The offering centre tells its unit "Dover a accepté la coordination": the
    acceptance is Dover's, of the case it was offered; the teller assumes nothing."""
    r = run(
        "05:00 BOAT -> GRIS-NEZ (phone): Help, the boat, the engine is stopped, water inside!\n"
        "05:06 GRIS-NEZ -> DOVER (phone): Dover, Gris-Nez, we propose you take the "
        "coordination for the small boat, she is in your waters now.\n"
        "05:09 GRIS-NEZ -> PATROL: Brevent, Gris-Nez. Dover a accepté la coordination, "
        "vous passez avec eux sur le canal seize.\n"
    )
    assert ledger(r, "coordination", "BOAT")[-2:] == ["GRIS-NEZ first-contact", "DOVER handed-over"]


def test_an_acceptance_told_of_a_centre_never_offered_it_changes_nothing(
    run: Callable[[str], Report],
) -> None:
    r = run(
        "05:00 BOAT -> GRIS-NEZ (phone): Help, the boat, the engine is stopped, water inside!\n"
        "05:09 GRIS-NEZ -> PATROL: Brevent, Gris-Nez. Dover a accepté la coordination.\n"
    )
    assert ledger(r, "coordination", "BOAT")[-1] == "GRIS-NEZ first-contact"


# --------------------------------------------------------------------- leave and custody


LEAVE = (
    "05:00 BOAT -> GRIS-NEZ (phone): Help, the boat, the engine is stopped, water inside!\n"
    "05:20 PATROL -> DOVER: Dover, Brevent. The boat is in your waters, we request permission "
    "to stay with it until your unit arrives. Over.\n"
)


def test_a_release_after_leave_given_does_not_give_it_again(
    run: Callable[[str], Report],
) -> None:
    r = run(
        LEAVE + "05:21 DOVER -> PATROL: Brevent, Dover, yes, you have permission to remain "
        "with them until Sentinel arrives. Over.\n"
        "05:25 DOVER -> CUTTER: Sentinel, Dover Coastguard, you're tasked to the small boat, "
        "proceed and take them aboard.\n"
        "06:10 DOVER -> PATROL: Brevent, Dover, all persons on board Sentinel, you're "
        "released, many thanks.\n"
    )
    assert ledger(r, "rescue", "BOAT")[-2:] == ["PATROL consented", "CUTTER tasked"]


def test_leave_given_with_an_order_to_recover_is_consent(run: Callable[[str], Report]) -> None:
    r = run(
        LEAVE + "05:21 DOVER -> PATROL: Brevent, Dover. Yes, yes, you have our permission, go "
        "in and recover them, go ahead.\n"
    )
    assert ledger(r, "rescue", "BOAT")[-1] == "PATROL consented"


def test_a_tow_line_passed_to_the_casualty_hands_nothing_over(
    run: Callable[[str], Report],
) -> None:
    r = run(
        ALERT + "02:05 TARIFA -> SALVAMAR: Salvamar Orzan, Tarifa, proceed to the patera and "
        "assist.\n"
        "02:50 SALVAMAR -> BOAT: Patera, Salvamar Orzan, we see you. We pass you a tow line, "
        "okay? Prepare the bow, please.\n"
        "02:51 BOAT -> SALVAMAR: okay okay the bow is ready\n"
    )
    assert ledger(r, "rescue", "BOAT")[-1] == "SALVAMAR tasked"


def test_a_unit_that_says_it_was_tasked_is_tasked(run: Callable[[str], Report]) -> None:
    r = run(
        ALERT + "02:05 SALVAMAR -> TARIFA: Tarifa, Salvamar Orzan, we have been tasked to the "
        "boat, we'll be there in twenty.\n"
        "02:30 * SALVAMAR recovers 12 persons from BOAT\n"
    )
    assert ledger(r, "rescue", "BOAT")[-1] == "SALVAMAR tasked"


def test_leave_asked_after_an_offer_is_consent_when_given(
    run: Callable[[str], Report],
) -> None:
    """ "We'd like to go in and recover them, is that okay with you?" asks leave; the
    answer gives it: the French unit is ``consented``, not ``acquiesced``."""
    r = run(
        "05:00 BOAT -> DOVER (phone): help, the boat is sinking, twelve people\n"
        "05:01 * BOAT is 0.5 nm inside UK waters\n"
        "05:02 PATROL -> DOVER: Dover Coastguard, Brevent. We are close to the dinghy. We "
        "would like to go in and recover them, is that okay with you?\n"
        "05:03 DOVER -> PATROL: Brevent, Dover, yes that's fine, please go ahead.\n"
        "05:30 * PATROL recovers 12 persons from BOAT\n"
    )
    assert said(r, "is that okay with you").primary == "permission.request"
    assert ledger(r, "rescue", "BOAT")[-1] == "PATROL consented"


def test_a_plan_after_a_receipt_defies_a_refusal(run: Callable[[str], Report]) -> None:
    """After "stand by", then a refusal, "Understood. We're going in" carries out
    nothing: it is the unit's own plan."""
    r = run(
        ALERT + "02:05 TARIFA -> SHIP: Sea Lantern, Tarifa, stand by, I ask Rabat.\n"
        "02:06 TARIFA -> SHIP: Negative, Rabat does not authorise you to enter.\n"
        "02:07 SHIP -> TARIFA: Understood. We're going in to take them. Over.\n"
    )
    assert said(r, "going in").primary == "intention"


def test_a_station_that_names_itself_states_its_plan(run: Callable[[str], Report]) -> None:
    """ "Salvamar Orzan will escort the patera", said by the Salvamar: its own plan; said
    by the centre, a statement about the unit."""
    r = run(
        ALERT + "02:05 SALVAMAR -> TARIFA: Tarifa, Salvamar Orzan will escort the boat to "
        "Tarifa.\n"
        "02:06 TARIFA -> RABAT (phone): Rabat, Tarifa here. Salvamar Orzan will escort the "
        "boat to Tarifa.\n"
    )
    said_by_unit, said_by_centre = (e for e in r.events if e.text and "will escort" in e.text)
    assert said_by_unit.primary == "intention"
    assert said_by_centre.primary != "intention"


def test_a_station_that_names_itself_doing_something_states_its_plan(
    run: Callable[[str], Report],
) -> None:
    r = run(ALERT + "02:05 SHIP -> TARIFA: Roger that, Tarifa, Sea Lantern resuming passage.\n")
    assert said(r, "resuming passage").primary == "intention"


def test_custody_offered_then_taken_up_by_acting_is_handed_over(
    run: Callable[[str], Report],
) -> None:
    """ "The boat is yours now, we are leaving", then the unit offered it recovers the
    persons: custody handed over, not taken on the unit's own account."""
    r = run(
        ALERT + "02:05 TARIFA -> SALVAMAR: Salvamar Orzan, Tarifa, proceed to the patera and "
        "assist.\n"
        "02:40 SALVAMAR -> SHIP: Sea Lantern, Salvamar Orzan. The patera is yours now, we are "
        "leaving.\n"
        "02:41 SHIP -> SALVAMAR: Salvamar, Sea Lantern, roger, thank you.\n"
        "03:00 * SHIP recovers 12 persons from BOAT\n"
    )
    assert ledger(r, "rescue", "BOAT")[-2:] == ["SALVAMAR tasked", "SHIP handed-over"]


def test_a_units_order_to_another_unit_tasks_nobody(run: Callable[[str], Report]) -> None:
    """Custody talk between units ("come alongside and take them off us") is no
    tasking: only the co-ordinator sends a unit."""
    r = run(
        ALERT + "02:05 TARIFA -> SALVAMAR: Salvamar Orzan, Tarifa, proceed to the patera and "
        "assist.\n"
        "02:30 * SALVAMAR recovers 12 persons from BOAT\n"
        "02:40 SALVAMAR -> SHIP: Sea Lantern, Salvamar Orzan, we have the twelve persons, "
        "we'd like to hand them over to you, come alongside and take them off us.\n"
        "02:41 SHIP -> SALVAMAR: Roger, we'll take them.\n"
    )
    assert "SHIP tasked" not in ledger(r, "rescue", "BOAT")
    assert ledger(r, "rescue", "BOAT")[-1] == "SHIP handed-over"


def test_on_scene_coordination_offered_is_no_handover_of_the_case(
    run: Callable[[str], Report],
) -> None:
    r = run(
        ALERT + "02:05 TARIFA -> SHIP: Sea Lantern, Tarifa. We ask you to be on-scene "
        "coordinator, OSC, for this case. It is possible for you?\n"
        "02:06 SHIP -> TARIFA: Yes, okay, no problem, we can do that. We will be OSC.\n"
    )
    assert ledger(r, "coordination", "BOAT")[-1] == "TARIFA first-contact"


def test_a_ship_telling_another_craft_is_sinking_relays_it(
    run: Callable[[str], Report],
) -> None:
    """A merchant ship standing by says "the boat is sinking": a passing ship's alert
    (SPEECH-ACTS.md ``distress.relay``); "our boat is sinking" would be its own."""
    r = run(
        "10:00 SHIP -> TARIFA: Tarifa, Sea Lantern, the boat is sinking, people in the "
        "water, request permission to recover them.\n"
        "10:05 SALVAMAR -> TARIFA: Tarifa, Salvamar Orzan, our boat is sinking, we need "
        "help.\n"
    )
    assert said(r, "the boat is sinking").primary == "distress.relay"
    assert said(r, "our boat is sinking").primary == "distress.declare"
