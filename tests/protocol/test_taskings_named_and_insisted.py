# ruff: noqa: E501
"""Protocol readings of the twenty-fifth session's tuning incidents, checked with the
real classifier and pipeline, each with its near miss:

- a tasking said to the casualty sends the unit it names ("I'm tasking the coastguard
  helicopter Rescue nine one two to you"); said to a unit, a unit named as coming later
  is not sent; a bare "tasking" said to a unit sends it;
- a centre that accepts a unit's offer in so many words sends it (tasked); a receipt
  alone lets it act (assumed);
- a unit that declined its tasking and then does as the centre insists is tasked
  after all; one that took up its tasking and declined a further task keeps the first;
- a yes said with "but I'm afraid we cannot do this" complies with nothing;
- a centre that sends a unit to relieve another ("vous prenez le relais de la SNSM")
  hands it no case;
- a unit sent on to another boat arrives on that boat's scene;
- "vous êtes où ?" answered by a place is a position;
- a search ended once the person was recovered is no closure of the case (SR06).
"""

from __future__ import annotations

from collections.abc import Callable

from checker.report.model import Report
from tests.protocol.reading import ledger, said

WIND_FARM = """\
@title: a crew transfer vessel holed in a wind farm
@date: 2025-09-17
@rules: sar
@station HUMBER: rcc party=UK aka="Humber Coastguard", "Humber"
@station CTV: casualty persons=12 aka="Gannet Spirit", "Spirit"
@station VOYAGER: vessel party=UK unit=private aka="Gannet Voyager", "Voyager"
@station R912: aircraft party=UK aka="Rescue 912", "Rescue nine one two", "the helicopter"

10:12 CTV -> HUMBER: Mayday mayday mayday, this is Gannet Spirit, we have hit a turbine foundation, holed in the port bow and taking water, one person injured, over.
10:13 HUMBER -> CTV: Gannet Spirit, this is Humber Coastguard, received mayday.
"""


def test_a_tasking_said_to_the_casualty_sends_the_unit_it_names(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        WIND_FARM
        + "10:16 HUMBER -> CTV: Gannet Spirit, Humber. I'm tasking the coastguard helicopter Rescue nine one two to you now, ETA about three zero minutes, over.\n"
    )
    assert ledger(report, "rescue") == ["none none", "R912 tasked"]


def test_a_bare_tasking_said_to_a_unit_sends_it(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        WIND_FARM
        + "10:17 HUMBER -> R912: Rescue nine one two, Humber Coastguard, tasking. Mayday, crew transfer vessel Gannet Spirit, holed and taking water, one casualty with a head injury for winch and transfer to hospital, over.\n"
    )
    assert ledger(report, "rescue") == ["none none", "R912 tasked"]
    # a medical transfer is no handover: the centre keeps what it had
    assert ledger(report, "coordination") == ["HUMBER first-contact"]


def test_a_centre_that_accepts_an_offer_in_words_sends_the_unit(
    checked_radio: Callable[[str], Report],
) -> None:
    offer = "10:21 VOYAGER -> HUMBER: Yeah Humber, Voyager, we can come alongside Spirit and take the rest of the technicians off her if you want, over.\n"
    accepted = checked_radio(
        WIND_FARM
        + offer
        + "10:21 HUMBER -> VOYAGER: Gannet Voyager, Humber, roger, we'll accept that, thank you. Go alongside and take off the nine technicians, over.\n"
    )
    assert ledger(accepted, "rescue") == ["none none", "VOYAGER tasked"]
    received = checked_radio(WIND_FARM + offer + "10:21 HUMBER -> VOYAGER: Roger, thank you.\n")
    assert ledger(received, "rescue") == ["none none", "VOYAGER assumed"]


TANKER = """\
@title: a merchant ship asked to stand by a fishing boat
@date: 2025-09-07
@rules: sar
@station ROME: rcc party=IT aka="MRCC Rome", "Rome"
@station BOAT: casualty persons=~50 aka="the fishing boat"
@station CP326: vessel party=IT unit=state aka="CP 326", "the patrol boat"
@station KESTREL: vessel party=LR flag=LR aka="Kestrel Bay"

03:21 ROME -> KESTREL: Kestrel Bay, this is MRCC Rome, we have a small fishing boat with about five zero persons, taking water. Request you proceed to the position and stand by the boat until our patrol boat arrives.
"""


def test_a_unit_that_declined_and_then_does_as_the_centre_insists_is_tasked(
    checked_radio: Callable[[str], Report],
) -> None:
    declined = TANKER + (
        "03:23 KESTREL -> ROME: MRCC Rome, Kestrel Bay. Yeah, I understand, but I'm afraid we cannot do this. We are a laden tanker.\n"
    )
    report = checked_radio(declined)
    assert said(report, "afraid we cannot").primary == "refuse"
    assert ledger(report, "rescue") == ["none none"]  # the tasking taken back
    insisted = checked_radio(
        declined
        + "03:25 ROME -> KESTREL: Kestrel Bay, MRCC Rome. Captain, there are children on this boat. Stay at half a mile, make a lee for them and report.\n"
        + "03:26 KESTREL -> ROME: Okay. Okay Rome. We will do it. Altering course now.\n"
    )
    assert ledger(insisted, "rescue") == ["none none", "KESTREL tasked"]


def test_a_unit_that_took_up_its_tasking_keeps_it_after_declining_more(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        TANKER
        + "03:22 KESTREL -> ROME: Understood, we alter course now, ETA one hour.\n"
        + "03:40 * ROME tasks CP326 to BOAT\n"
        + "03:52 ROME -> KESTREL: Captain, I would like you to take the people on board with your pilot ladder.\n"
        + "03:53 KESTREL -> ROME: Negative, negative. I cannot do that, sorry, our freeboard is too high.\n"
        + "03:54 ROME -> KESTREL: Understood, Captain. Then please stay with them until the patrol boat arrives.\n"
        + "03:54 KESTREL -> ROME: Yes, we stay with them, no problem.\n"
    )
    assert ledger(report, "rescue") == ["KESTREL tasked", "CP326 tasked"]


TWO_BOATS = """\
@title: two small boats off Calais
@date: 2025-09-18
@rules: uk-fr-channel
@station GRISNEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station SNSM: vessel party=FR unit=ngo aka="SNSM Calais"
@station GOELAND: vessel party=FR unit=state aka="Goéland"
@station BOAT-A: casualty persons=~45 aka="la première embarcation", "boat one"
@station BOAT-B: casualty persons=~40 aka="la deuxième embarcation", "boat two"

02:47 BOAT-A -> GRISNEZ (phone): help us please, the motor is dead, we are sinking, many many people
02:51 GRISNEZ -> SNSM: SNSM Calais, ici CROSS Gris-Nez. Je vous engage sur la première embarcation, environ quarante-cinq personnes à bord.
02:58 GRISNEZ -> GOELAND: Goéland, ici Gris-Nez. Je vous engage pour accompagner la deuxième embarcation vers le nord.
03:00 * GOELAND escorts BOAT-B
03:50 GRISNEZ -> GOELAND: Goéland, Gris-Nez. Merci pour l'accompagnement. Je vous réengage sur la première embarcation, il reste sept personnes à bord. Vous prenez le relais de la SNSM.
03:51 GOELAND -> GRISNEZ: Reçu Gris-Nez, je fais route.
"""


def test_a_unit_sent_to_relieve_another_takes_no_case(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(TWO_BOATS)
    assert said(report, "Je vous réengage").primary == "task"
    assert ledger(report, "coordination", "BOAT-A") == ["GRISNEZ first-contact"]
    assert ledger(report, "rescue", "BOAT-A") == ["none none", "SNSM tasked", "GOELAND tasked"]


def test_a_unit_sent_on_arrives_on_the_scene_it_was_sent_to(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        TWO_BOATS
        + "04:10 GRISNEZ -> BOAT-B (phone): hello, the French navy ship stays with you, okay?\n"
        + "04:26 * GOELAND arrives on scene\n"
    )
    arrival = next(
        e for e in report.events if e.narration and e.narration.verb == "arrives-on-scene"
    )
    assert arrival.casualties == ["BOAT-A"]


JETSKI = """\
@title: a jet-ski rider missing
@date: 2025-07-19
@rules: uk-fr-channel
@port Ouistreham: party=FR
@station JOBOURG: rcc party=FR aka="CROSS Jobourg", "Jobourg"
@station KEVIN: unknown aka="Kévin"
@station JETSKI: casualty persons=1 aka="le jet-ski", "Mathieu"
@station SNSM: vessel party=FR unit=ngo aka="SNS 226"

15:42 KEVIN -> JOBOURG (phone): Oui allô, mon pote il est parti en jet-ski et il est pas revenu, ça fait plus d'une heure, il répond plus au téléphone.
15:42 JOBOURG -> KEVIN (phone): D'accord monsieur. Vous êtes où, vous, actuellement ?
"""


def test_where_asked_and_answered_by_a_place(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        JETSKI
        + "15:43 KEVIN -> JOBOURG (phone): Sur la plage, à Merville-Franceville, devant le poste de secours.\n"
    )
    assert said(report, "Sur la plage").primary == "report.position"
    # answered by something that is no place, it stays what it is
    other = checked_radio(
        JETSKI + "15:43 KEVIN -> JOBOURG (phone): Euh, je sais pas trop, franchement.\n"
    )
    assert said(other, "je sais pas").primary != "report.position"


def _sr06(report: Report) -> str:
    return next(v.outcome for v in report.verdicts if v.rule == "SR06")


def test_a_search_ended_after_the_recovery_does_not_close_the_case(
    checked_radio: Callable[[str], Report],
) -> None:
    found = JETSKI + (
        "15:50 * JOBOURG tasks SNSM to JETSKI\n"
        "16:24 * SNSM recovers 1 persons from JETSKI\n"
        "16:31 JOBOURG -> ALL: Toutes stations, ici CROSS Jobourg, fin des recherches pour le pilote du jet-ski, la personne a été récupérée par la SNSM.\n"
        "16:58 * SNSM lands 1 persons at Ouistreham\n"
    )
    assert _sr06(checked_radio(found)) == "satisfied"
    # ended before anyone was recovered, the search closed the case
    abandoned = JETSKI + (
        "15:50 * JOBOURG tasks SNSM to JETSKI\n"
        "16:31 JOBOURG -> ALL: Toutes stations, ici CROSS Jobourg, fin des recherches pour le pilote du jet-ski.\n"
    )
    assert _sr06(checked_radio(abandoned)) == "violated"


SWIMMER = """\
@title: a swimmer carried out, picked up by a motor boat
@date: 2025-08-02
@rules: sar
@station CROSSMED: rcc party=FR aka="CROSS Med"
@station NAGEUR: casualty persons=1 aka="le nageur"
@station SNSM: vessel party=FR unit=ngo aka="SNSM Cannes", "la SNSM"
@station PITCHOUN: vessel party=FR flag=FR unit=private aka="Lou Pitchoun"

15:42 CROSSMED -> SNSM: SNSM Cannes, vous êtes engagés sur le nageur au large de la Croisette.
15:58 PITCHOUN -> CROSSMED: CROSS Med, Lou Pitchoun! je vais le chercher, il est juste là, j'y vais
15:59 * PITCHOUN recovers 1 persons from NAGEUR
16:04 * SNSM arrives on scene
"""


def test_custody_asked_for_and_given_changes_hands(
    checked_radio: Callable[[str], Report],
) -> None:
    asked = SWIMMER + (
        "16:05 SNSM -> PITCHOUN: Lou Pitchoun, SNSM, on se met à couple. Vous pouvez nous passer le nageur?\n"
    )
    given = checked_radio(
        asked
        + "16:05 PITCHOUN -> SNSM: oui oui, on vous le passe, doucement hein\n"
        + "16:06 SNSM -> PITCHOUN: c'est bon, on l'a, on le prend en charge. Merci à vous\n"
    )
    assert ledger(given, "rescue")[-1] == "SNSM handed-over"
    # taking him "en charge" from the boat takes the person, not the case
    assert ledger(given, "coordination") == ["CROSSMED first-contact"]
    # refused, nothing changes hands
    kept = checked_radio(asked + "16:05 PITCHOUN -> SNSM: non, on le garde, on rentre au port\n")
    assert ledger(kept, "rescue")[-1] == "PITCHOUN assumed"


TRAWLER = """\
@title: a crewman injured aboard a trawler
@date: 2025-10-17
@rules: sar
@station FALMOUTH: rcc party=UK aka="Falmouth Coastguard", "Falmouth"
@station BURELA: vessel party=ES flag=ES aka="Mar de Burela"
@station CREWMAN: casualty persons=1 aka="the injured crewman"
@station R113: aircraft party=IE aka="Rescue 113"

23:12 BURELA -> FALMOUTH: PAN-PAN, PAN-PAN, PAN-PAN. Falmouth Coastguard, this is fishing vessel Mar de Burela. One crewman injured, the hand, very bad, in the winch. We need medical advice. Over
23:13 FALMOUTH -> BURELA: Mar de Burela, Falmouth Coastguard, received PAN-PAN.
23:30 FALMOUTH -> BURELA: Captain, the doctor wants him off. We are arranging a helicopter, I need you to haul your gear and head north-east towards Scilly. Over
"""


def test_the_craft_a_casualty_is_aboard_takes_no_charge_of_it(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        TRAWLER
        + "23:35 BURELA -> FALMOUTH: okay Falmouth. we haul the net, then we go to Scilly, full speed\n"
        + "23:38 FALMOUTH -> BURELA: thank you Captain. Falmouth out\n"
        + "23:41 FALMOUTH -> R113: Rescue 113, you are tasked to the Spanish fishing vessel Mar de Burela for medevac of one crewman.\n"
    )
    assert "BURELA acquiesced" not in ledger(report, "rescue")
    assert ledger(report, "rescue")[-1] == "R113 tasked"


def test_a_yes_to_a_question_asks_for_the_help_it_names(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        TRAWLER
        + "23:31 FALMOUTH -> BURELA: Mar de Burela, Falmouth. Say again, you request assistance?\n"
        + "23:32 BURELA -> FALMOUTH: Affirmative, affirmative, we request medical evacuation. Quickly please.\n"
    )
    assert said(report, "you request assistance").primary == "question"
    assert said(report, "we request medical evacuation").primary == "request.assistance"


def test_a_centre_told_of_another_takes_nothing_and_a_unit_handed_persons_keeps_them(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        SWIMMER
        + "16:05 SNSM -> PITCHOUN: Lou Pitchoun, SNSM, on se met à couple. Vous pouvez nous passer le nageur?\n"
        + "16:05 PITCHOUN -> SNSM: oui oui, on vous le passe, doucement hein\n"
        # a centre's word that sends the unit already holding the persons changes nothing
        + "16:08 CROSSMED -> SNSM: SNSM, CROSS Med, ambulance requested, the pompiers will meet you at the quay.\n"
    )
    assert ledger(report, "rescue")[-1] == "SNSM handed-over"


def test_a_centre_that_says_another_has_the_case_takes_nothing(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        """\
@title: a case handed from Rome to Malta
@date: 2025-09-07
@rules: sar
@station ROME: rcc party=IT aka="MRCC Rome", "Rome"
@station MALTA: rcc party=MT aka="RCC Malta", "Malta"
@station RUBBER: casualty persons=~45 aka="the rubber boat"
@station KESTREL: vessel party=LR flag=LR aka="Kestrel"

10:40 KESTREL -> ROME: MRCC Rome, Kestrel, we see the rubber boat, it is sinking, many people.
10:56 ROME -> MALTA (phone): Malta, Rome. The rubber boat is in your region, can you take coordination?
11:00 MALTA -> ROME (phone): Yes, Malta accepts coordination of the rubber boat.
11:31 ROME -> KESTREL: Kestrel, Rome, for your information Malta has the coordination now.
"""
    )
    assert ledger(report, "coordination")[-1] == "MALTA handed-over"
