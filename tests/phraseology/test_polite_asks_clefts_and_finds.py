# ruff: noqa: E501
"""Readings of the twenty-eighth session's tuning material (each with a near miss),
with the real classifier:

- "no problem" said after a verb with "be" assents, it negates nothing; "we have no
  problem" and "there is no problem" still do;
- a cleft on its subject names its agent in English as in French ("it is Dover who
  has the coordination"); a station that "a la coordination" has it;
- gratitude for what the addressee would do, or the addressee's kindness, asks it;
  French verbs of sending and telling asked politely request;
- the person searched for found by the finder, persons "chez nous", persons taken
  "from water" are rescued;
- a guessed caller's name ends before a verb and its object ("this is yacht blue
  moon cancel my distress alert");
- an order not to go oneself is no refusal; a person on a sea wall is not in the
  sea; a witness asked to stay on the phone is asked no help; a unit asked for
  stays asked for when a correction with "not" follows; a noun followed by its
  figures gives them, it asks nothing;
- an utterance said unpunctuated and then with a stop reads each as written (the
  clause memo keys the punctuation).
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("dover gris-nez yes you are authorised no problem keep us informed", "permission.grant"),
        # near misses: "no problem" had or said to be there negates
        ("we have no problem with the engine", "report.status"),
        # clefts on the subject
        ("it is Dover who has the coordination.", "coordination.assume"),
        ("it's Dover that will take the case.", "coordination.assume"),
        ("c'est Jobourg qui a la coordination.", "coordination.assume"),
        ("Jobourg a la coordination.", "coordination.assume"),
        (
            "À partir de maintenant c'est Jobourg qui a la coordination, merci de lui rendre compte directement.",
            "coordination.assume",
        ),
        # near misses: a cleft on the object, and "à" before the water
        ("it is the boat that we saw", "information"),
        ("des gens à l'eau", "report.persons"),
        # polite asks
        (
            "we would be very grateful if you could keep your vessel close to them until we get there",
            "request",
        ),
        (
            "I would be most grateful if you could keep me informed of any change in their situation",
            "request",
        ),
        (
            "auriez-vous l'amabilité de nous communiquer l'heure d'arrivée estimée de votre unité",
            "request",
        ),
        ("envoyez-moi votre position par WhatsApp s'il vous plaît", "request"),
        ("please call us back when you have news, we keep the line open", "request"),
        # near miss: help asked so
        ("we would be grateful if you could send a helicopter", "request.assistance"),
        # found, with us, from water
        ("we've found him, he's safe and well, the lifeboat has him on board", "report.rescued"),
        ("on l'a retrouvé", "report.rescued"),
        ("les deux personnes sont à bord chez nous elles vont bien", "report.rescued"),
        ("we take six person from water, one woman she is not moving", "report.rescued"),
        (
            "we recover twelve person from water one is not breathing we do cpr now",
            "report.rescued",
        ),
        (
            "humber bridlington lifeboat casualty recovered from the water conscious and breathing",
            "report.rescued",
        ),
        # near misses: a craft found; persons in the water
        ("we found the dinghy", "information"),
        # words that read otherwise: an order not to go out oneself, a person on a
        # sea wall, a witness kept on the phone, a unit asked for with a correction
        # of whom it takes, a noun given its figures
        ("Good. Don't go out onto the mud yourself, whatever happens.", "instruction"),
        (
            "I'm on the sea wall at Chalkwell, by the station, the railway station.",
            "report.position",
        ),
        (
            "Right. Can you stay on the phone with me and keep your eyes on him the whole time?",
            "request",
        ),
        ("Request helicopter to take off eleven crew, not essential crew.", "request.assistance"),
        (
            "position of the boat, er, five zero five four decimal five north, zero zero one three zero decimal zero east",
            "report.position",
        ),
        # near misses: going oneself, a person in the sea, help declined, the noun asked
        ("go yourself", "refuse"),
        ("I'm in the sea, help me", "distress.declare"),
        ("helicopter not required", "assistance.decline"),
        ("your position please", "question"),
        # a subject run on through its complements to its verb; a verb's form after
        # an article qualifies the noun
        (
            "The search for the missing diver south-west of the Needles is stood down, the diver has been recovered alive.",
            "search.terminate",
        ),
        ("the missing diver has been found", "report.rescued"),
        ("The search is stood down for tonight.", "search.suspend"),
        (
            "uh we're standing the search down for tonight and we'll review it at first light",
            "search.suspend",
        ),
        # near misses: no verb, a French clitic after the subject, standing by
        ("a lot of people on the boat", "report.persons"),
        ("Les pompiers les prennent en charge.", "information"),
        ("we will stand by for the moment", "intention"),
        # a guessed caller, then a verb and its object
        ("all stations this is yacht wendy cancel my distress alert", "distress.cancel"),
        ("just to let you know we have left holyhead", "information"),
    ],
)
def test_reading(text: str, primary: str) -> None:
    reads(text, primary)


def test_negation_of_no_problem_is_kept_where_it_negates() -> None:
    """The clause's polarity, not only the primary act."""
    for text, polarity in [
        ("you are authorised no problem", "positive"),
        ("we see no problem", "negative"),
        ("there is no problem here", "negative"),
        # no cleft: "not" is no agent
        ("it's not that far", "negative"),
    ]:
        clauses = [a.clause for a in classify(text).acts if a.clause is not None]
        assert clauses and clauses[0]["polarity"] == polarity, (text, [dict(c) for c in clauses])


def test_a_line_said_twice_is_read_as_each_is_written() -> None:
    """Recognised speech (no marks) and typed text (a stop) are read apart, in any
    order: the clause memo does not give the one the other's reading."""
    bare = "you have life jackets for everybody"  # asked: a recogniser drops the mark
    typed = bare + "."  # told
    assert [classify(bare).primary, classify(typed).primary] == ["question", "information"]
    assert [classify(typed).primary, classify(bare).primary] == ["information", "question"]
