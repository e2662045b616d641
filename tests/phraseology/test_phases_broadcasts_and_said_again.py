# ruff: noqa: E501
"""Readings of the thirtieth session's third tuning wave (each with a near miss),
with the real classifier:

- the phase a case is in, said as what it is now or as what the speaker would call
  it; "as far as we're concerned" is a view, not a reason said first;
- what stations are requested, advised or "are to" do, said of them in a broadcast;
- thanks said as what the other's help is ("that's very kind of you");
- "ill" before a verb is "I'll"; "I've got that" before figures hears them back, and
  "je répète votre position" says the addressee's again;
- a position labelled "position" is reported; "n'arrive plus à" cannot;
- "on se conforme" complies; the consent wanted, said first, is lacking; medical
  advice asked for is help; where a unit is, said before the case it takes, is the
  reason;
- a station in distress called twice by what it is, then a receipt, acknowledges the
  distress; "patientez patientez" holds the line.
"""

from __future__ import annotations

import pytest

from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "As far as we're concerned that's a full distress now, the tubes are going and they've got kids on board",
            "phase.assess",
        ),
        ("nah i wouldnt call it distress theyve got fuel the engines ticking over", "phase.assess"),
        # near miss: a distress call is the distress
        ("This is a distress call.", "distress.declare"),
        (
            "Les navires à proximité sont priés de se dérouter et de signaler leur position au CROSS",
            "request",
        ),
        ("all vessels are requested to keep a sharp lookout", "request"),
        (
            "all vessels are advised to keep a good lookout and navigate with caution in the area",
            "advice",
        ),
        # near miss: help asked for, told of, asks nobody to do anything
        ("the helicopter was requested at ten", "information"),
        ("That's really very kind of you, thank you ever so much", "thanks"),
        ("c'est très gentil de votre part", "thanks"),
        # near miss: kind of, no thanks
        ("it is kind of rough out here", "report.status"),
        ("roger hurricane understood stand by ill find another asset", "intention"),
        # near miss: sick
        ("he is ill", "report.persons"),
        (
            "Thank you, I've got that, sixty persons, position five one zero two north, zero one four five east",
            "readback",
        ),
        # near miss: persons held
        ("we've got them all", "report.rescued"),
        ("je répète votre position cap gris nez trois milles dans le trois cent vingt", "readback"),
        # near miss: the speaker's own, said again
        ("je répète, notre position cinquante nord zéro un est", "report.position"),
        (
            "position cinq milles au nord-ouest de dunkerque elle fait route nord-ouest tout doucement",
            "report.position",
        ),
        ("on arrive pas à démarrer le moteur", "report.status"),
        ("gris nez athos reçu on se conforme on maintient à cinq cents mètres", "comply"),
        (
            "Athos, Valiant, without your consent we can't operate on your side of the line",
            "permission.lacking",
        ),
        # near miss: what the addressee did
        ("you entered without permission", "information"),
        (
            "on demande un avis médical s'il vous plaît on sait pas trop quoi faire",
            "request.assistance",
        ),
        # near miss: the trouble told, nothing asked
        ("on a un problème médical à bord", "report.status"),
        (
            "Gris-Nez, SNSM Boulogne, on est sur zone, je prends la coordination sur place",
            "coordination.assume",
        ),
        (
            "boat in distress boat in distress this is dover coastguard roger where are you exactly",
            "distress.ack",
        ),
        # near miss: no receipt, the question is what is said
        (
            "boat in distress boat in distress this is dover coastguard where are you exactly",
            "question",
        ),
        ("patientez patientez", "procedure.stand-by"),
        # near miss: a name said again calls
        ("humber humber", "call"),
    ],
)
def test_phases_broadcasts_thanks_and_said_again(text: str, primary: str) -> None:
    reads(text, primary)
