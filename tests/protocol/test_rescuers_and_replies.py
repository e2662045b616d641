"""Ledgers, verdicts and replies of whole incidents that the sixteenth session's probe
incidents showed wrong: who is tasked (not the casualty, not a unit only named), what
a unit's word is once the co-ordinator tasks it, arriving is not acting, a rescuer's
count of persons on board, a witness's state, a refusal told of another centre, and
what a reply answers.

Every transcript is a small ``.radio`` file checked with the real pipeline.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checker.report.model import Report
from tests.protocol.reading import ledger, said

HEADER = """\
@title: rescuers and replies
@date: 2025-07-19
@timezone: +00:00
@rules: sar
@zone FR-SRR: srr party=FR aka="the French search and rescue region"
@zone MT-SRR: srr party=MT aka="the Maltese SAR region"
@station CORSEN: rcc party=FR aka="CROSS Corsen", "Corsen"
@station ROME: rcc party=IT aka="MRCC Roma", "Roma"
@station MALTA: rcc party=MT aka="RCC Malta", "Malta"
@station TRAWLER: vessel flag=FR aka="Men Gwenn"
@station LIFEBOAT: vessel party=FR unit=ngo aka="Kastell Dour"
@station SHIP: vessel party=DE unit=ngo aka="Mare Aperto"
@station PLANE: aircraft party=DE unit=ngo aka="Albatros Two"
@station YACHT: casualty persons=4 aka="Kanevedenn", "the yacht"

"""


@pytest.fixture
def run(checked_radio: Callable[[str], Report]) -> Callable[[str], Report]:
    return lambda body: checked_radio(HEADER + body)


MAYDAY = (
    "02:11 Kanevedenn -> ALL: Mayday, mayday, mayday, ici voilier Kanevedenn. On a démâté, "
    "on fait de l'eau. Quatre personnes à bord. Terminé.\n"
)


def test_a_unit_only_named_in_a_tasking_is_not_the_addressee(run: Callable[[str], Report]) -> None:
    """ "On engage le canot SNSM", said to the relaying trawler, sends someone else: the
    trawler is not tasked; the lifeboat is when it is called."""
    report = run(
        MAYDAY + "02:13 Men Gwenn -> Corsen: Mayday relay, mayday relay, mayday relay, CROSS "
        "Corsen, ici Men Gwenn. Reçu mayday du voilier Kanevedenn, démâté avec voie d'eau, "
        "quatre personnes à bord, demande assistance immédiate. Terminé.\n"
        "02:16 Corsen -> Men Gwenn: Reçu. On engage le canot SNSM. Restez en veille sur le "
        "seize. Terminé.\n"
        "02:19 Corsen -> Kastell Dour: Ici CROSS Corsen, je vous engage : appareillez pour le "
        "voilier Kanevedenn.\n"
    )
    assert ledger(report, "rescue", "YACHT") == ["none none", "LIFEBOAT tasked"]


def test_the_casualty_is_never_the_unit_tasked(run: Callable[[str], Report]) -> None:
    report = run(MAYDAY + "02:12 Corsen -> Kanevedenn: Reçu. Restez à bord. On envoie un bateau.\n")
    assert ledger(report, "rescue", "YACHT") == ["none none"]


def test_an_offer_the_centre_then_tasks_is_a_tasking(run: Callable[[str], Report]) -> None:
    """ "We can proceed, do you want our assistance?" then "roger, proceed and recover
    them": tasked, with no interval of the unit's own before it."""
    report = run(
        MAYDAY + "02:12 Men Gwenn -> Corsen: Corsen, Men Gwenn. We can proceed to the yacht, "
        "ETA two zero minutes. Do you want our assistance? Over.\n"
        "02:13 Corsen -> Men Gwenn: Men Gwenn, Corsen, roger, proceed to the yacht and recover "
        "the persons. Over.\n"
    )
    assert ledger(report, "rescue", "YACHT") == ["none none", "TRAWLER tasked"]


def test_arriving_unannounced_takes_nothing(run: Callable[[str], Report]) -> None:
    report = run(
        MAYDAY + "02:30 * LIFEBOAT arrives on scene\n"
        "02:31 Corsen -> Kastell Dour: Kastell Dour, ici Corsen, récupérez les quatre personnes.\n"
    )
    assert ledger(report, "rescue", "YACHT") == ["none none", "LIFEBOAT tasked"]


def test_a_rescuer_tells_persons_on_board_as_rescued(run: Callable[[str], Report]) -> None:
    """Said by the lifeboat after the distress, the persons on board are on board the
    lifeboat; said by the casualty (the MAYDAY), they are on board the casualty."""
    report = run(
        MAYDAY + "02:19 Corsen -> Kastell Dour: Kastell Dour, je vous engage sur le voilier.\n"
        "04:15 Kastell Dour -> Corsen: Corsen, Kastell Dour, les quatre personnes sont à bord, "
        "tout le monde va bien.\n"
        "04:16 Kastell Dour -> Corsen: Corsen, Kastell Dour, les quatre personnes sont toujours à "
        "bord du voilier.\n"
    )
    assert said(report, "personnes sont à bord").primary == "report.rescued"
    assert said(report, "toujours").primary == "report.persons"
    assert "report.rescued" not in [a.kind for a in said(report, "Mayday, mayday").acts]


def test_a_witness_telling_its_own_state_is_no_casualty(run: Callable[[str], Report]) -> None:
    """An aircraft that reported a boat in distress and then its fuel on scene is not a
    casualty of its own."""
    report = run(
        "10:02 Albatros Two -> Roma (phone): MRCC Roma, this is Albatros Two. We have a boat in "
        "distress, about four zero people on board, in the Maltese SAR region.\n"
        "10:06 Albatros Two -> Roma (phone): Will do. We have fuel for one hour and a half on "
        "scene. Thank you.\n"
    )
    assert "PLANE" not in {c.id for c in report.casualties}


def test_a_refusal_told_of_another_centre_is_not_the_speakers(run: Callable[[str], Report]) -> None:
    """ "Malta does not take the case", said by Rome, is Malta's refusal: Rome, the first
    centre alerted, still holds the case and did not drop it (SR03)."""
    report = run(
        "02:14 Kanevedenn -> Roma (phone): Au secours, nous coulons, quatre personnes!\n"
        "02:15 Roma -> Kanevedenn (phone): Ici MRCC Roma. Où êtes-vous ?\n"
        "02:40 Roma -> Malta (phone): RCC Malta, MRCC Roma. We ask you to take the coordination "
        "of the yacht Kanevedenn.\n"
        "02:42 Malta -> Roma (phone): Negative, we do not accept.\n"
        "02:45 Roma -> Mare Aperto: Mare Aperto, MRCC Roma. Malta does not take the case. "
        "Continue to the position and report to MRCC Roma. Over.\n"
    )
    sr03 = [v for v in report.verdicts if v.rule == "SR03" and v.party == "IT"]
    assert sr03
    assert all(v.outcome != "violated" for v in sr03), [v.explanation for v in sr03]


def test_a_yes_with_figures_answers_the_question(run: Callable[[str], Report]) -> None:
    """ "Un hélicoptère décolle … Ils étaient bien deux à bord ?" then "Oui, deux": the
    yes answers the question, not the help on its way."""
    report = run(
        "05:57 Corsen -> Kanevedenn (phone): Ici le CROSS. Un hélicoptère de la Marine décolle "
        "pour aller les chercher. Ils étaient bien deux à bord ?\n"
        "05:57 Kanevedenn -> Corsen (phone): Oui, deux, mon mari et mon fils.\n"
    )
    assert said(report, "Oui, deux").primary == "report.persons"


def test_a_station_said_to_before_a_receipt_is_no_subject(run: Callable[[str], Report]) -> None:
    report = run(
        "16:06 Corsen -> Roma (phone): CROSS Corsen takes back coordination of the yacht.\n"
        "16:07 Roma -> Corsen (phone): Okay Corsen, copy that.\n"
    )
    assert said(report, "copy that").primary == "ack"


def test_a_plan_answers_the_partners_last_message(run: Callable[[str], Report]) -> None:
    """ "Stand by", then a refusal, then "we're going in": the plan does not comply with
    "stand by"."""
    report = run(
        MAYDAY
        + "02:50 Men Gwenn -> Kastell Dour: Kastell Dour, Men Gwenn, stand by, I ask the CROSS.\n"
        "02:53 Men Gwenn -> Kastell Dour: Negative, the CROSS does not authorise you to come.\n"
        "02:55 Kastell Dour -> Men Gwenn: Understood. We're going in to take them. Over.\n"
    )
    assert said(report, "going in").primary == "intention"


def test_a_no_said_with_inability_is_no_refusal(run: Callable[[str], Report]) -> None:
    report = run(
        MAYDAY + "02:20 Corsen -> Men Gwenn: Men Gwenn, proceed to the yacht and assist. Over.\n"
        "02:21 Men Gwenn -> Corsen: Negative. Men Gwenn is unable to give assistance, we cannot "
        "launch in this sea.\n"
    )
    assert said(report, "unable").primary == "assistance.unable"


def test_the_distress_heard_in_a_reason_does_not_decide(run: Callable[[str], Report]) -> None:
    """ "That position is in the Maltese SAR region, you have to call Malta": heard, and
    a redirect."""
    report = run(
        "06:04 Mare Aperto -> Roma (phone): MRCC Roma, this is Mare Aperto. We have a yacht in "
        "distress, four persons, the hull is cracked.\n"
        "06:05 Roma -> Mare Aperto (phone): Okay, but that position is in the Maltese SAR region, "
        "you have to call RCC Malta. It is not our area.\n"
    )
    assert said(report, "not our area").primary == "coordination.redirect"
    assert "distress.ack" in [a.kind for a in said(report, "not our area").acts]


def test_a_centre_naming_another_to_the_casualty_redirects(run: Callable[[str], Report]) -> None:
    """ "C'est Malta qui va gérer, appelez Malta", said to the casualty: a redirect, not
    a handover offer to Malta (said to a unit, it stays an announced transfer)."""
    report = run(
        MAYDAY + "02:12 Corsen -> Kanevedenn: Kanevedenn, ici Corsen. Vous êtes dans le secteur "
        "maltais, c'est Malta qui va gérer, appelez RCC Malta sur le 16.\n"
    )
    acts = [a.kind for a in said(report, "va gérer").acts]
    assert "coordination.redirect" in acts
    assert "coordination.handover" not in acts
    assert "coordination.assume" not in acts


def test_a_unit_told_of_the_casualty_describes_it(run: Callable[[str], Report]) -> None:
    """A unit tasked to the casualty that says "le voilier est en feu" on scene tells
    the casualty's trouble, not its own distress."""
    report = run(
        MAYDAY + "02:19 Corsen -> Kastell Dour: Kastell Dour, ici Corsen, vous êtes engagé sur "
        "le voilier Kanevedenn. Faites route.\n"
        "02:45 Kastell Dour -> Corsen: Corsen, ici Kastell Dour, sur zone. Le voilier est en feu, "
        "on met l'embarcation à l'eau.\n"
    )
    assert "LIFEBOAT" not in {c.id for c in report.casualties}


def test_a_redirect_after_an_offer_drops_the_case(run: Callable[[str], Report]) -> None:
    """The first centre alerted offers the case, then tells the casualty to call the
    other centre: SR03 is violated by the redirect, not left uncertain by the offer."""
    report = run(
        MAYDAY + "02:12 Corsen -> Kanevedenn: Kanevedenn, ici Corsen, reçu.\n"
        "02:14 Corsen -> Roma (phone): MRCC Roma, CROSS Corsen. We ask you to take the "
        "coordination of the yacht Kanevedenn.\n"
        "02:15 Roma -> Corsen (phone): Received.\n"
        "02:16 Corsen -> Kanevedenn: Kanevedenn, ici Corsen, appelez MRCC Roma sur le 16.\n"
    )
    sr03 = [v for v in report.verdicts if v.rule == "SR03" and v.party == "FR"]
    assert [v.outcome for v in sr03] == ["violated"], [v.explanation for v in sr03]
    assert "redirected" in sr03[0].explanation


def test_the_tow_asked_and_taken_is_handed_over(run: Callable[[str], Report]) -> None:
    """ "Can you take the tow off us?" from the unit towing, then "Affirmative, we'll
    take the tow from you": custody handed over, and the reply accepts it."""
    report = run(
        MAYDAY + "02:19 Corsen -> Kastell Dour: Kastell Dour, je vous engage sur le voilier.\n"
        "03:00 * LIFEBOAT takes YACHT in tow\n"
        "04:00 Kastell Dour -> Men Gwenn: Men Gwenn, Kastell Dour. Can you take the tow off us "
        "at the harbour entrance?\n"
        "04:01 Men Gwenn -> Kastell Dour: Affirmative, we'll take the tow from you at the "
        "harbour entrance.\n"
    )
    assert said(report, "take the tow from you").primary == "coordination.accept"
    assert ledger(report, "rescue", "YACHT")[-1] == "TRAWLER handed-over"


def test_the_casualty_accepts_no_case(run: Callable[[str], Report]) -> None:
    """ "Corsen has passed your case to Roma", told to the casualty, and its "yes": no
    acceptance of coordination by the casualty."""
    report = run(
        MAYDAY + "02:12 Roma -> Kanevedenn: Kanevedenn, MRCC Roma. Corsen has passed your case "
        "to Roma. Confirm four persons on board.\n"
        "02:13 Kanevedenn -> Roma: Yes, yes, four persons.\n"
    )
    assert "coordination.accept" not in [a.kind for a in said(report, "Yes, yes").acts]


def test_a_man_overboard_told_by_his_ship(checked_radio: Callable[[str], Report]) -> None:
    """The ship that reports its man overboard is not the casualty, and the person in
    the water is in distress."""
    header = HEADER.replace(
        '@station YACHT: casualty persons=4 aka="Kanevedenn", "the yacht"',
        '@station PAX: casualty persons=1 aka="the passenger", "l\'homme à la mer"',
    )
    report = checked_radio(
        header + "22:15 Men Gwenn -> Corsen: Oui Corsen, on a un homme à la mer. Un homme "
        "seul, la trentaine, vêtements sombres, pas de gilet.\n"
    )
    assert {c.id for c in report.casualties} == {"PAX"}
    assert next(c for c in report.casualties if c.id == "PAX").final.phase == "distress"


def test_a_unit_with_some_of_the_persons_hands_them_on(run: Callable[[str], Report]) -> None:
    """The trawler that picked up two persons, while a lifeboat and a helicopter were
    tasked after it, passes them to the lifeboat: custody handed over."""
    report = run(
        MAYDAY
        + "02:12 Corsen -> Men Gwenn: Men Gwenn, ici Corsen, je vous engage sur le voilier.\n"
        "02:20 Men Gwenn -> Corsen: Corsen, Men Gwenn, on a récupéré deux personnes.\n"
        "02:21 Corsen -> Kastell Dour: Kastell Dour, ici Corsen, je vous engage sur le voilier.\n"
        "02:40 Men Gwenn -> Kastell Dour: Kastell Dour, ici Men Gwenn. On vous passe les deux "
        "rescapés, ça vous va?\n"
        "02:41 Kastell Dour -> Men Gwenn: Men Gwenn, Kastell Dour, affirmatif, on prend les deux "
        "rescapés.\n"
    )
    assert ledger(report, "rescue", "YACHT")[-1] == "LIFEBOAT handed-over"


def test_first_contact_starts_at_the_call_up(run: Callable[[str], Report]) -> None:
    """The casualty calls the centre, the centre answers "go ahead", then the trouble
    is told: the case is the centre's from the call, with no interval of nobody."""
    report = run(
        "13:31 Kanevedenn -> Corsen: CROSS Corsen, CROSS Corsen, ici voilier Kanevedenn, à vous.\n"
        "13:31 Corsen -> Kanevedenn: Kanevedenn, ici Corsen, j'écoute.\n"
        "13:32 Kanevedenn -> Corsen: On a une avarie de moteur, on dérive, trois à bord.\n"
    )
    spans = [
        (s.station, s.how, s.from_line)
        for s in report.responsibility
        if s.level == "coordination" and s.casualty == "YACHT"
    ]
    assert spans == [("CORSEN", "first-contact", said(report, "à vous").line)]


def test_a_tasked_unit_announcing_acts_as_tasked(run: Callable[[str], Report]) -> None:
    """The lifeboat tasked, then the helicopter tasked, then the lifeboat's "on arrive
    par votre sud" answered by the helicopter: no interval of its own for the lifeboat."""
    report = run(
        MAYDAY
        + "02:12 Corsen -> Kastell Dour: Kastell Dour, ici Corsen, je vous engage sur le voilier.\n"
        "02:14 Corsen -> Albatros Two: Albatros Two, ici Corsen, vous êtes engagé sur le voilier.\n"
        "02:40 Kastell Dour -> Albatros Two: Albatros, vous nous avez au visuel ? On arrive par "
        "votre sud.\n"
        "02:41 Albatros Two -> Kastell Dour: Affirmatif, on vous a.\n"
    )
    assert ledger(report, "rescue", "YACHT") == ["none none", "LIFEBOAT tasked", "PLANE tasked"]


def test_on_scene_coordination_accepted_leaves_the_case_with_the_centre(
    run: Callable[[str], Report],
) -> None:
    """RULES.md: the coordination ledger is the mission co-ordinator's; a lifeboat
    that accepts on-scene co-ordination takes no interval of it."""
    report = run(
        "10:00 Kanevedenn -> Corsen: Mayday, mayday, mayday, Kanevedenn, we are sinking.\n"
        "10:01 Corsen -> Kanevedenn: Kanevedenn, Corsen, received mayday.\n"
        "10:05 Corsen -> Kastell Dour: Kastell Dour, Corsen, you are now on-scene co-ordinator.\n"
        "10:06 Kastell Dour -> Corsen: Corsen, Kastell Dour, understood, we are on-scene"
        " co-ordinator.\n"
    )
    assert [c.split()[0] for c in ledger(report, "coordination", "YACHT")] == ["CORSEN"]


def test_survivors_handed_over_and_taken_change_custody(run: Callable[[str], Report]) -> None:
    """A rescuer that offers its survivors to the addressee ("we'd like to hand all of
    them over to you") and hears "we take all of them" has handed custody over."""
    report = run(
        "10:00 Kanevedenn -> Corsen: Mayday, mayday, mayday, Kanevedenn, we are sinking.\n"
        "10:01 Corsen -> Kanevedenn: Kanevedenn, Corsen, received mayday.\n"
        "10:10 * TRAWLER recovers 4 persons from YACHT\n"
        "10:20 Men Gwenn -> Kastell Dour: Kastell Dour, Men Gwenn. We've got four survivors,"
        " we'd like to hand all of them over to you. Can you take all four?\n"
        "10:21 Kastell Dour -> Men Gwenn: Yes, no problem, we take all of them.\n"
    )
    assert ledger(report, "rescue", "YACHT")[-1] == "LIFEBOAT handed-over"


@pytest.mark.parametrize(
    "order",
    [
        "Mare Aperto, Corsen, could you go and have a look at it for us?",
        "Mare Aperto, Corsen, I'd like you to respond to the yacht.",
        "Mare Aperto, Corsen, we'd like you to take the persons on board.",
    ],
)
def test_an_order_that_sends_a_unit_is_a_tasking(run: Callable[[str], Report], order: str) -> None:
    """SPEECH-ACTS.md: a task is "an authority sends a unit to a casualty (takes
    precedence over instruction)": said by the centre to a unit, about the casualty."""
    report = run(
        "10:00 Kanevedenn -> Corsen: Mayday, mayday, mayday, Kanevedenn, we are sinking.\n"
        "10:01 Corsen -> Kanevedenn: Kanevedenn, Corsen, received mayday.\n"
        f"10:05 Corsen -> Mare Aperto: {order}\n"
        "10:06 Mare Aperto -> Corsen: Roger, proceeding now.\n"
        "10:40 * SHIP recovers 4 persons from YACHT\n"
    )
    assert ledger(report, "rescue", "YACHT")[-1] == "SHIP tasked"


@pytest.mark.parametrize(
    "order",
    [
        "Mare Aperto, Corsen, proceed to Brest to disembark the survivors.",
        "Mare Aperto, Corsen, stand by on channel one six.",
    ],
)
def test_an_order_that_lands_or_holds_sends_nobody(
    run: Callable[[str], Report], order: str
) -> None:
    report = run(
        "10:00 Kanevedenn -> Corsen: Mayday, mayday, mayday, Kanevedenn, we are sinking.\n"
        "10:01 Corsen -> Kanevedenn: Kanevedenn, Corsen, received mayday.\n"
        f"10:05 Corsen -> Mare Aperto: {order}\n"
    )
    assert not any(r.endswith("tasked") for r in ledger(report, "rescue", "YACHT"))


def test_a_tasking_answered_unable_sends_nobody(run: Callable[[str], Report]) -> None:
    """ "Negative, we are unable to assist, we are a loaded tanker": the tasking is
    taken back; the unit that then rescues is the one tasked after it."""
    report = run(
        "10:00 Kanevedenn -> Corsen: Mayday, mayday, mayday, Kanevedenn, we are sinking.\n"
        "10:01 Corsen -> Kanevedenn: Kanevedenn, Corsen, received mayday.\n"
        "10:05 Corsen -> Men Gwenn: Men Gwenn, Corsen, can you proceed to assist the yacht?\n"
        "10:06 Men Gwenn -> Corsen: Corsen, Men Gwenn, negative, we are unable to assist,"
        " we are a loaded tanker.\n"
        "10:08 Corsen -> Mare Aperto: Mare Aperto, Corsen, proceed to the yacht and recover"
        " the persons.\n"
        "10:40 * SHIP recovers 4 persons from YACHT\n"
    )
    assert [r.split()[0] for r in ledger(report, "rescue", "YACHT")][1:] == ["SHIP"]


def test_a_centre_telling_of_another_s_coordination_assumes_nothing(
    run: Callable[[str], Report],
) -> None:
    """ "The French, CROSS Corsen, have taken over the case, they're coordinating now",
    said by Roma to the yacht: Corsen's, not Roma's."""
    report = run(
        "10:00 Kanevedenn -> Roma: Mayday, mayday, mayday, Kanevedenn, we are sinking.\n"
        "10:01 Roma -> Kanevedenn: Kanevedenn, Roma, received mayday.\n"
        "10:05 Roma -> Corsen: Corsen, Roma, request you take over coordination of the yacht.\n"
        "10:06 Corsen -> Roma: Roma, Corsen, yes, we take it.\n"
        "10:07 Roma -> Kanevedenn: Kanevedenn, Roma. CROSS Corsen have taken over the case,"
        " they're coordinating now.\n"
    )
    assert ledger(report, "coordination", "YACHT")[-1] == "CORSEN handed-over"
