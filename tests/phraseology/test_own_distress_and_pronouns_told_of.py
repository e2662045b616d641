# ruff: noqa: E501
"""Readings of the twenty-seventh session's tuning material (each with a near miss),
with the real classifier:

- the speaker's own state said before its distress is what it declares; an
  onlooker's, or where the speaker is, is not;
- a position said before a question of intentions is its reason;
- the trouble said of someone told of before ("there's a bloke in a kayak and he's
  gone over, he's in the water") relays it;
- persons or a state said before the case is passed are what is passed;
- a centre named in lower case ("cross gris nez") is no order to cross, a cry of
  "fire, fire" is no order to fire, a station's name before "out" signs off;
- "when you arrive do not go alongside" orders, it asks nothing;
- a person aboard a rescuing unit is rescued; the phase said as where the case stands
  is assessed; a unit that can divert to the addressee or come out to meet it offers.
"""

from __future__ import annotations

import pytest

from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # one's own state, then the distress
        (
            "hello police? we are in the boat, the engine is stop and water is coming, we are sinking, help",
            "distress.declare",
        ),
        # near misses: an onlooker's report, and where the speaker is
        ("the boat is er taking a lot of water now, the front is going down", "report.status"),
        (
            "My ship near beach, island Christmas … my ship is dangerous … can you save me?",
            "report.position",
        ),
        # a position, then the intentions asked
        (
            "Kestrel, this is French warship Pluvian. The small boat is now in your waters. What do you intend to do with him? Over.",
            "question.intentions",
        ),
        # someone told of, then his trouble
        (
            "hi, er, yeah, there's a, there's a bloke in a kayak and he's gone over, he's in the water out in the bay",
            "distress.relay",
        ),
        (
            "there's a small yacht near the pier and she's in trouble, she's drifting onto the rocks",
            "distress.relay",
        ),
        # near miss: the speaker's own crew
        ("we have a man here, he is in the wheelhouse", "information"),
        # persons and a place, then the case passed
        (
            "The small boat we are following, forty-five, forty-six people, it is now on your side, about half mile after the line. We pass it to you, okay?",
            "coordination.handover",
        ),
        (
            "Typhoon, Flamant, the case is for you now, the boat has entered your waters and we stop the escort.",
            "coordination.handover",
        ),
        # names and cries that are no orders
        (
            "dover coastguard cross gris nez we accept coordination of the case from one four two zero local",
            "coordination.accept",
        ),
        ("Copy that, Valiant out.", "ack"),
        ("Our ship, ah, fire, fire in engine room, smoke very much", "report.status"),
        # near misses: orders after all
        ("Rescue two people.", "task"),
        ("cross the line now", "instruction"),
        ("Master, when you arrive do not go alongside. Stay at a safe distance.", "instruction"),
        # rescued, phase, offers
        (
            "Dan? They've found him. He's on the lifeboat, he's okay, he's cold but he's talking.",
            "report.rescued",
        ),
        ("he's still on the phone, he is in the water near the lifeboat", "report.persons"),
        (
            "Pour votre info, on est en phase de détresse sur cette affaire, à cause des mineurs et de la voie d'eau.",
            "phase.assess",
        ),
        (
            "We can divert to you, we are about eight miles north-east of you, ETA three zero minutes",
            "assistance.offer",
        ),
        (
            "Flamant, Ranger, roger, we can come out and meet them at the line, we are about eight miles away",
            "assistance.offer",
        ),
        # a yes/no question about taking water asks no intentions
        ("Est-ce que vous faites de l'eau ? À vous.", "question"),
    ],
)
def test_reading(text: str, primary: str) -> None:
    reads(text, primary)
