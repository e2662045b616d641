"""Readings that the eighteenth session's tuning incidents showed wrong: the case given
or proposed to the addressee in plain words, willingness asked ("are you happy to
take it?"), a mayday relayed in the speaker's words, a hail of "my friend", a
rescuer's "come with us", a condition said after the act, a closing wish, a say-again
with a question mark, and a refusal told with nothing after it; each with the near
cases the reading must not catch.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("we propose you take the coordination now", "coordination.handover"),
        ("je vous propose de reprendre la coordination", "coordination.handover"),
        ("I would like to give you the coordination", "coordination.handover"),
        ("Je vous rends le cas, Tarifa.", "coordination.handover"),
        ("Are you happy to take coordination of that one?", "coordination.handover"),
        ("Are you ready to take it?", "coordination.handover"),
        # the speaker's own taking, a question of the addressee's wish, leave given
        ("So, er, you want to transfer the case to us?", "question"),
        ("I give you permission", "permission.grant"),
    ],
)
def test_the_case_given_to_the_addressee(text: str, primary: str) -> None:
    reads(text, primary)


def test_the_speakers_own_taking_is_no_handover() -> None:
    assert classify("we propose to take the coordination").primary != "coordination.handover"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # willingness is a modality only before "to"
        ("we are willing to take them on board", "assistance.offer"),
        ("we are ready", "information"),
        ("I'm happy with that", "information"),
        ("are you ready?", "question"),
    ],
)
def test_willingness_before_a_verb(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("I am relaying a mayday", "distress.relay"),
        ("we'll relay your message", "intention"),
    ],
)
def test_a_mayday_relayed_in_plain_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a hail is no report of persons; a friend in danger is
        ("Okay my friend, stay calm, stay seated in the boat", "instruction"),
        ("mon ami, restez calme", "instruction"),
        ("my friend is in the water", "distress.relay"),
        # a rescuer's "come with us" is an order; a casualty's "come" asks for help
        ("come on board, come on board", "instruction"),
        ("please come, help us", "request.assistance"),
    ],
)
def test_hails_and_orders_to_the_people_taken(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a condition after the act is what it waits on
        (
            "we'd like to hand them over to you at the entrance if you can take them",
            "coordination.handover",
        ),
        ("call us if you need anything", "instruction"),
        # "ask … if" asks whether
        (
            "We ask the dinghy if they need our assistance. They say they only want UK assistance.",
            "assistance.decline",
        ),
    ],
)
def test_a_condition_said_after_the_act(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("lovely thanks gris nez have a good one", "thanks"),
        ("have a good day", "thanks"),
        ("thanks, have a good watch", "thanks"),
        ("do you have a good signal?", "question"),
        ("we have a good visual", "information"),
        ("Sorry, sorry, say again?", "procedure.say-again"),
        ("Sorry, what was that?", "question"),
    ],
)
def test_wishes_and_say_agains(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Négatif. Ils refusent, ils veulent continuer vers l'Angleterre, ils nous font "
            "signe de partir.",
            "assistance.decline",
        ),
        ("they refuse.", "assistance.decline"),
        ("he refused to stop", "information"),
    ],
)
def test_a_refusal_told_with_nothing_after_it(text: str, primary: str) -> None:
    reads(text, primary)
