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
