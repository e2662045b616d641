# ruff: noqa: E501
"""Readings of the thirtieth session's second tuning wave (each with a near miss),
with the real classifier:

- a call said with its purpose is that purpose ("I'm calling to hand over to you a
  small boat"); what it calls to tell is what is said ("I'm ringing to let you know
  that we've found him"); "j'appelle pour mon mari" calls about someone;
- a verb after "and" shares the speaker's subject and modal ("we can slip and be
  with her in twenty minutes"): no order; "go ahead with the doctor" lets the
  addressee speak, it sends nobody;
- a pseudo-cleft ("what I'd advise is: …") says what follows it, it asks nothing;
- help named and declined with thanks ("no, no helicopter thanks") is declined;
- persons taken in charge ashore, said done ("les pompiers l'ont pris en charge"),
  are landed, and where the unit lies alongside is said for it;
- the speaker's course said before the help it offers on it yields to the offer;
- a caller's description after its name ("ici Alerte Détroit, la permanence
  téléphonique") is the rest of the call-up;
- the MAYDAY said inside a MAYDAY RELAY opens the message relayed: its position and
  persons are the relay's.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Dover, good morning, this is CROSS Gris-Nez. I'm calling to hand over to you a small boat which has just crossed into your zone.",
            "coordination.handover",
        ),
        ("I'm ringing to let you know that we've found him", "report.rescued"),
        ("je vous appelle pour vous signaler un bateau en difficulté", "distress.relay"),
        # near miss: a call about someone, no purpose said
        ("J'appelle pour mon mari, on le voit plus depuis une heure.", "distress.relay"),
        (
            "Guernsey Coastguard, St Peter Port lifeboat, we can slip and be with her in about two zero minutes. Over.",
            "assistance.offer",
        ),
        # near miss: the verb after "and" with no modal before it orders
        ("stay where you are and keep your lifejackets on", "instruction"),
        (
            "Bethan Mair, Holyhead, I have the doctor on the line, go ahead with the doctor.",
            "instruction",
        ),
        # near miss: sent on by "go ahead and"
        ("Go ahead and launch the lifeboat.", "task"),
        (
            "Right. What I'd advise is: leave the towel on, don't unwrap it to have a look.",
            "advice",
        ),
        # near miss: asked
        ("what is your position?", "question"),
        ("no, no helicopter thanks, we've got gear all over the deck", "assistance.decline"),
        # near miss: no help there is to give
        ("sorry, no boat available, thanks for asking", "assistance.unable"),
        (
            "Étel, Petit Gildas, on est à quai à Port-Haliguen, les pompiers l'ont pris en charge.",
            "report.landing",
        ),
        # near miss: what the firemen are to do
        ("Les pompiers les prennent en charge.", "information"),
        (
            "CROSS Étel, ici le Petit Gildas. On est à deux milles dans le sud de la cardinale, on rentre au port, euh, on peut regarder en passant si vous voulez.",
            "assistance.offer",
        ),
        # near miss: the course alone, arriving in port
        ("gris-nez on rentre sur calais on sera à quai dans quarante minutes", "intention"),
    ],
)
def test_purposes_shared_subjects_clefts_and_declines(text: str, primary: str) -> None:
    reads(text, primary)


def test_a_callers_description_is_the_call_up() -> None:
    acts = classify(
        "Allô, le CROSS Gris-Nez ? Bonjour, ici Alerte Détroit, la permanence téléphonique. On a reçu un appel d'un bateau de migrants, à peu près cinquante personnes."
    ).acts
    assert "intention" not in [a.kind for a in acts]
    assert "distress.relay" in [a.kind for a in acts]


def test_the_mayday_inside_a_relay_gives_it_its_position_and_persons() -> None:
    relay = classify(
        "Mayday relay, mayday relay, mayday relay. All stations, this is Guernsey Coastguard. Mayday. Yacht Moonshadow aground half a mile north-east of Platte Fougère, taking water, three persons on board. Over."
    ).acts[0]
    assert relay.kind == "distress.relay"
    assert relay.slots["persons"] == 3
    assert relay.slots["position"]["mark"] == "platte fougere"
    # near miss: a MAYDAY said alone keeps its own parts
    mayday = classify("Mayday. Yacht Moonshadow aground, three persons on board. Over.").acts[0]
    assert (mayday.kind, mayday.slots.get("persons")) == ("distress.declare", 3)
