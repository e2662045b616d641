# ruff: noqa: E501
"""Readings of the thirtieth session's tuning material (each with a near miss), with
the real classifier:

- "attendez" before a place orders ("attendez à l'extérieur de la bouée"); said
  before a comma it holds the floor; "excusez-moi (de vous déranger)" is a courtesy;
- a reason said before the subject with no comma leans on the clause ("given the
  forecast gale I strongly advise you …", "vu la météo on vous conseille …");
- a question passed on in its asker's words after "asks" asks it;
- a favour asked with "please", however long the clause, is a request;
- a unit the speaker can send, the speaker's own unit able to go, and a unit able
  to act "if you want" are offered;
- a harbour office called by its name ("Dingle harbour") is a call-up;
- persons seen waving are another's call for help: a relay;
- "I understand you …" hears the addressee's words back; the distress heard back,
  or named right after a receipt or before a question about the addressee's craft,
  is acknowledged;
- a person "meant to be back" by an hour is overdue: a relay; "homme à la mer" is
  the cry of distress, as "man overboard" is.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Zéphyr, Le Havre port, négatif, attendez à l'extérieur de la bouée LHA.", "instruction"),
        # near miss: said before a comma, it holds the floor
        ("attendez, à bord on a trois personnes", "report.persons"),
        (
            "oui bonjour excusez-moi de vous déranger on a un petit souci notre voile est déchirée",
            "report.status",
        ),
        # near miss: an order after the courtesy
        ("excusez-moi, rappelez-nous sur le canal seize", "request"),
        (
            "Kestrel, Falmouth, given the forecast gale I strongly advise you to return to port now.",
            "advice",
        ),
        ("vu la météo on vous conseille de rentrer au port", "advice"),
        # near miss: "given" as a verb's participle
        ("the details were given to the lifeboat", "information"),
        ("Baltic Star, Dover, the doctor asks is the man conscious, over.", "question"),
        # near miss: help asked for by another
        ("the skipper asks for a doctor", "request.assistance"),
        ("will you ring me back as soon as you hear anything please", "request"),
        # near miss: what is asked to be told is a question
        ("could you please tell me where you are", "question"),
        (
            "Jobourg, Solent, we can send Rescue one seven five, she will be airborne in fifteen minutes.",
            "assistance.offer",
        ),
        # near miss: a unit sent is a tasking
        ("Jobourg, Solent, we are sending Rescue one seven five.", "task"),
        ("Jobourg, Saint-Vaast, notre semi-rigide peut y aller tout de suite.", "assistance.offer"),
        ("our rib can go there straight away", "assistance.offer"),
        # near miss: the speaker's own craft unable to go on
        ("our boat can't go any further", "information"),
        (
            "the lifeboat crew are at the station, they could launch in five minutes if you want them",
            "assistance.offer",
        ),
        # near miss: nothing wanted of the addressee
        ("they could launch in five minutes", "information"),
    ],
)
def test_orders_reasons_asks_and_offers(text: str, primary: str) -> None:
    reads(text, primary)


def test_a_harbour_office_calls_by_its_name() -> None:
    acts = classify("Valentia, Dingle harbour, the lifeboat crew are ready.").acts
    assert [a.kind for a in acts][:2] == ["call", "call"]
    # near miss: a harbour named with its article is no station called
    assert classify("The harbour, it is closed.").acts[0].kind != "call"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Gris-Nez, Dauphin Golf Echo, we have a small inflatable in sight, about four zero persons on board, persons waving, one tube looks deflated",
            "distress.relay",
        ),
        (
            "er we have just passed a small boat with lot of people on board they are stopped and waving at us",
            "distress.relay",
        ),
        (
            "ouais y a un zodiac devant nous avec plein de monde ils font des signes",
            "distress.relay",
        ),
        (
            "this is cargo ship helga we see small boat with people waving orange cloths",
            "distress.relay",
        ),
        # near miss: the speaker's own waving
        ("we are waving at the helicopter", "information"),
        (
            "hi yes my dad went out in his kayak this morning he was meant to be back by two and hes not answering his phone",
            "distress.relay",
        ),
        # near miss: overdue for a refit
        ("The boat is overdue for its refit.", "information"),
        ("gris nez gris nez on a un homme à la mer un homme à la mer", "distress.declare"),
    ],
)
def test_others_seen_overdue_and_overboard(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("I understand you are sinking.", "distress.ack"),
        ("roger, understood you are sinking", "distress.ack"),
        # near miss: what the speaker was told of another
        ("I understand that he is hurt.", "report.persons"),
        (
            "Okay, so I understand you can see a small boat about half a mile offshore with people waving at you. Is that right?",
            "readback",
        ),
        ("so you have four on board, is that correct?", "readback"),
        ("marie jo jobourg reçu homme à la mer quelle est votre position", "distress.ack"),
        ("roger, man overboard, what is your position?", "distress.ack"),
        ("man overboard, what is your position?", "distress.ack"),
        # near misses: the craft in distress says it after a receipt, or asks for help
        ("bien reçu, on a un homme à la mer", "distress.declare"),
        ("man overboard, can you help?", "distress.declare"),
    ],
)
def test_heard_back(text: str, primary: str) -> None:
    reads(text, primary)
