"""Readings that probe material showed wrong in the seventeenth session: figures heard
back after or before a receipt (SPEECH-ACTS.md's own read-back examples), a yes said
with a receipt, a caller named by what it is, a call sign said digit by digit, asking
leave to ask, help not wanted, consent said to be needed or passed on, the case asked
to be taken by a "we", a tasking named as a noun, room offered, an arrival said after
"unable"; each with the near cases the reading must not catch.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # SPEECH-ACTS.md: "understand position five zero one two north", "zero four
        # persons on board, good copy"
        ("Understand position five zero one two north.", "readback"),
        ("Understand three three four one decimal two north", "readback"),
        ("Bien compris, quarante-sept zéro huit nord", "readback"),
        ("understand four persons on board", "readback"),
        ("Zero four persons on board. Good copy.", "readback"),
        ("four zero persons, two children, good copy", "readback"),
        ("copy five one zero four north zero one three eight east", "readback"),
        # a question after the receipt is the point ("Copy, how many on board?")
        ("Roger, taking on water. How many people do you have on board?", "question"),
        # told, not heard back: the speaker's own figures, an answer, "over"
        ("Roger, my position is five zero north zero one east", "report.position"),
        ("yes four persons on board", "report.persons"),
        ("four persons on board, over", "report.persons"),
        ("We have 40 people on board.", "report.persons"),
    ],
)
def test_figures_heard_back_are_a_readback(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("yes, understood", "ack"),
        ("yes sir, received", "ack"),
        ("yeah roger", "ack"),
        ("oui oui, bien reçu", "ack"),
        # a yes alone, or several, answers
        ("yes", "answer.affirmative"),
        ("Yeah, yeah, that's it.", "answer.affirmative"),
    ],
)
def test_a_yes_said_with_a_receipt_is_the_receipt(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Boat in position five zero north, this is the coastguard helicopter.", "call"),
        ("Navire en position cinquante nord, ici la marine nationale.", "call"),
        ("Rescue one one six, Portland.", "call"),
        ("London Coastguard, this is motor yacht Saffron, calling on one six", "call"),
        # what a craft is, said of it, calls nobody
        ("This is a warship.", "information"),
        ("Rescue one one six, we have the boat in sight.", "information"),
    ],
)
def test_callers_named_by_what_they_are(text: str, primary: str) -> None:
    reads(text, primary)


def test_the_described_caller_ends_the_hail() -> None:
    acts = [
        a.kind
        for a in classify(
            "Boat in position 51 north 1 east, this is the coastguard helicopter."
        ).acts
    ]
    assert acts == ["call", "call"]


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("may I ask what your last port of call was", "question"),
        ("can I ask where you are heading", "question"),
        ("puis-je vous demander votre position", "question"),
        ("je vous demande votre position", "question"),
        # leave asked to ask a thing done, or help, is no question
        ("can I ask you to stand by", "request"),
        ("je demande l'assistance", "request.assistance"),
    ],
)
def test_asking_leave_to_ask_is_a_question(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("I can proceed without assistance, thank you", "assistance.decline"),
        ("on peut continuer sans aide", "assistance.decline"),
        ("they turned down our help", "assistance.decline"),
        ("the skipper turned down the tow", "assistance.decline"),
        ("we are proceeding to your assistance", "assistance.offer"),
        ("on peut vous prêter main-forte", "assistance.offer"),
        ("on peut vous donner un coup de main", "assistance.offer"),
        ("we can lend a hand", "assistance.offer"),
        ("on a de la place pour trente personnes", "assistance.offer"),
        ("Sea-Watch here, we have space on deck, we can take them on board", "assistance.offer"),
        ("we have water in the engine room", "report.status"),
    ],
)
def test_help_offered_and_not_wanted(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Malta gives permission", "permission.grant"),
        ("the prefect gives his agreement", "permission.grant"),
        ("le préfet donne son accord pour l'intervention dans nos eaux", "permission.grant"),
        ("oui, vous êtes autorisés, pas de souci", "permission.grant"),
        ("we'd need clearance", "permission.lacking"),
        ("il nous faut une autorisation", "permission.lacking"),
        (
            "we can't go in there, it's French territorial waters, we'd need clearance",
            "permission.lacking",
        ),
        ("we request permission to enter", "permission.request"),
        ("permission to come alongside and put two crew aboard", "permission.request"),
        ("we have two crew aboard", "report.persons"),
    ],
)
def test_consent_passed_on_needed_and_asked(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("we want you to assume coordination", "coordination.handover"),
        ("nous souhaitons que vous preniez la coordination", "coordination.handover"),
        (
            "We are ready to hand over the survivors to you, thirty-eight persons.",
            "coordination.handover",
        ),
        ("Rescue 924, Falmouth Coastguard, tasking for you.", "task"),
        ("We have a tasking for you.", "task"),
        ("the tasking is complete", "information"),
        ("You are in English waters, call 999", "coordination.redirect"),
    ],
)
def test_cases_taskings_and_calls_asked_for(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("we've had a power failure, running on the emergency generator", "report.status"),
        ("we have an emergency", "distress.declare"),
        ("they called us on a satellite phone", "information"),
        ("my phone battery is dying", "report.status"),
        (
            "Okay. Send everything to us by email please, with the phone number of the boat.",
            "request",
        ),
        ("please send a lifeboat", "request.assistance"),
        ("bien reçu votre détresse", "ack"),
        ("nous déclenchons la phase de détresse", "phase.assess"),
        (
            "Hello, good morning, this is Sealine, the hotline, er, for boats in distress.",
            "information",
        ),
    ],
)
def test_words_that_name_no_danger(text: str, primary: str) -> None:
    reads(text, primary)


def test_an_arrival_after_unable_is_its_reason() -> None:
    acts = [
        a.kind
        for a in classify(
            "We are unable to assist, we are a loaded bulk carrier, our ETA would be three hours."
        ).acts
    ]
    assert "assistance.unable" in acts
    assert "assistance.offer" not in acts


def test_french_could_is_a_modal() -> None:
    clause = classify("on ne pourra pas y aller").acts[0].clause
    assert clause is not None
    assert clause["modality"] == "cannot"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Roger, four zero persons, two children, one pregnant woman, is that correct", "readback"),
        (
            "understand your position five one zero six north, zero zero one five two east, over",
            "readback",
        ),
        (
            "okay so that's five zero five eight north, one four five east, "
            "ETA two zero minutes, copied",
            "readback",
        ),
        ("roger, you're landing the twelve at Dover, thirty minutes out, copied that", "readback"),
        (
            "D'accord, donc si je comprends bien, ils sont à un mille de la côte "
            "et le boudin avant est dégonflé",
            "readback",
        ),
        ("Forty-seven. D'accord.", "readback"),
        # a question after the read-back is the point
        ("Five one zero one north, lovely, got that. Are they in any difficulty?", "question"),
    ],
)
def test_more_figures_heard_back(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Flamant, est-ce que vous avez un visuel sur l'embarcation", "question"),
        ("going to stay with them", "intention"),
        ("it is going to be a long night", "information"),
        ("Okay, copy that, reducing to, er, eight knots and keeping watch on one six.", "comply"),
        ("copy that", "ack"),
        ("j'ai bien reçu", "ack"),
        ("j'ai bien noté", "ack"),
        ("nous avons reçu un appel d'un voilier", "distress.relay"),
        ("nous avons entendu un mayday", "distress.relay"),
        ("on a entendu un mayday très faible sur le seize, un voilier", "distress.relay"),
        ("we've had a sat phone call from the master, fire in number two hold", "distress.relay"),
        ("on a eu un appel d'un voilier qui prend l'eau", "distress.relay"),
        ("We've got a four-oh-six beacon alert for you, first detection", "distress.relay"),
        ("we had a good night", "information"),
    ],
)
def test_questions_receipts_and_alerts_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Roger that, Falmouth is taking this one, we're running it from here",
            "coordination.assume",
        ),
        ("MRCC Dover has the case", "coordination.assume"),
        ("this case is for the Turkish authorities", "coordination.decline"),
        ("they won't deal with it", "coordination.decline"),
        ("les autorités belges ne vont pas s'en occuper", "coordination.decline"),
        ("no thanks we're okay we'll make our own way in", "assistance.decline"),
        ("we are all okay", "report.persons"),
        ("Oui alors on peut vous remorquer jusqu'à Boulogne", "assistance.offer"),
        ("all twelve are out of the water and on deck", "report.rescued"),
        ("there are two people in the water", "report.persons"),
        (
            "Request you send your patrol boat, er, the boat is very close to the line",
            "request.assistance",
        ),
        ("would it be okay if we put our boat in the water", "permission.request"),
        ("is it alright with you if we come alongside", "permission.request"),
        ("Est-ce qu'on a le feu vert pour mettre à l'eau", "permission.request"),
        (
            "we request permission to enter French territorial waters to assist",
            "permission.request",
        ),
        ("can you tell me your position", "question"),
        ("pouvez-vous me donner votre position", "question"),
        ("could you pass me the mmsi of that vessel please", "request"),
        ("can you keep us informed", "request"),
    ],
)
def test_cases_help_and_leave_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("non, on ne prend pas, ils sont encore côté français", "coordination.reject"),
        ("on ne la prend pas", "coordination.reject"),
        ("on ne prend pas l'eau", "report.status"),
        ("ah non, on va pas les prendre en remorque, ils vont se retourner", "refuse"),
        ("negative, we cannot come alongside in this sea, it's too dangerous", "refuse"),
        ("ils refusent d'être pris en charge par les Français", "assistance.decline"),
        ("Ce n'est pas possible pour nous, vous gardez la coordination", "coordination.reject"),
        ("on n'a plus de place à bord, on ne peut pas en prendre davantage", "assistance.unable"),
        ("I'm afraid we're not in a position to assist", "assistance.unable"),
        ("water in the engine room", "report.status"),
        ("entendu, on reste sur zone", "comply"),
        ("bien compris, on réduit la vitesse", "comply"),
        ("yes yes we sit down, we sit, okay", "comply"),
    ],
)
def test_refusals_and_compliance_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "We would like to transfer all the survivors to you, forty-one persons.",
            "coordination.handover",
        ),
        ("Nous comptons transférer les naufragés sur le canot SNSM.", "intention"),
        ("I don't need a boat", "assistance.decline"),
    ],
)
def test_survivors_offered_and_boats_not_needed(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("my brother is in the water", "distress.relay"),
        ("my brother is in a small boat, they are in the water", "distress.relay"),
        ("mon fils est sur un bateau, ils sont à l'eau", "distress.relay"),
        ("my friends are in a dinghy, the engine stopped, they are drifting", "distress.relay"),
        ("Mon fils est avec moi.", "report.persons"),
        ("My wife has cut her hand.", "report.persons"),
        ("Allô, Bilbao ?", "call"),
        ("hello, we are sinking", "distress.declare"),
        (
            "Yeah, hello, this is, er, the skipper of the Lady Orla, we're sinking",
            "distress.declare",
        ),
        (
            "Quarante-cinq... attendez. Quarante-cinq degrés vingt-cinq nord, "
            "zéro deux degrés cinquante ouest.",
            "report.position",
        ),
        ("On accepte, on va quitter le bateau", "assistance.accept"),
        ("We accept.", "coordination.accept"),
        ("we'd like to hand all of them over to you", "coordination.handover"),
    ],
)
def test_relatives_greetings_restarts_and_acceptances(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("can you tell us what you will do", "question.intentions"),
        ("pouvez-vous me dire ce que vous comptez faire", "question.intentions"),
        ("the phone battery is almost dead", "information"),
        ("the battery is flat", "report.status"),
    ],
)
def test_plans_asked_and_a_phone_s_state(text: str, primary: str) -> None:
    reads(text, primary)


def test_persons_asked_to_be_taken_aboard_is_a_tasking() -> None:
    reads("can you take the persons on board", "task")


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("please respond to the red flare sighting", "task"),
        ("faites route vers le radeau", "task"),
        ("could you launch your lifeboat to them", "task"),
        ("please go alongside and take them off", "task"),
        ("nous demandons au patrouilleur de se rendre sur place", "task"),
        ("fire a red flare", "instruction"),
        ("we are in the liferaft", "distress.declare"),
    ],
)
def test_units_sent_in_more_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Dover de Gris-Nez, non, on ne la prend pas, l'embarcation est toujours dans vos eaux",
            "coordination.reject",
        ),
        ("we cannot go in there without your say-so", "permission.lacking"),
        ("Pour nous c'est une détresse", "phase.assess"),
        ("on récupère l'affaire", "coordination.assume"),
    ],
)
def test_the_case_consent_and_phase_in_french_and_plain_words(text: str, primary: str) -> None:
    reads(text, primary)


def test_survivors_ready_to_be_transferred_to_the_addressee() -> None:
    reads(
        "We are ready to transfer all of them to you, er, request you take them.",
        "coordination.handover",
    )
