# ruff: noqa: E501
"""Readings of the twenty-ninth session's later tuning material (each with a near
miss), with the real classifier:

- leave asked by the SMCP "request" and a noun ("request landing on the helipad"),
  leave given to cross; what is asked by wondering whether the addressee could do it;
  what another wants to know, passed on, is asked;
- "please" and any verb's base form open an order in speech without punctuation;
  a prohibition said after a clause, also after a particle or a subordinate clause,
  is its own; a call sign said after the names ends them;
- a lower-case "warning" marks a statement after it;
- an alarm cancelled is a distress cancelled; "I'm not coming in" refuses, it is no
  lack of help;
- thanks and wishes with their complements ("merci à l'équipage de …", "bon retour à
  la base", "safe trip home") and the station thanked by its name are the courtesy,
  no report, also with a vocative ("thanks very much boys, cheers");
- advice said as what the speaker would advise; persons handed over to the trauma
  team are landed; help that would be "no use" cannot be given;
- the French words of two SMCP markers ("Conseil :", "Avertissement,") mark what
  follows them; a correction announced ("mistake, correction follows") corrects; a
  no said with thanks declines; French searches "arrêtées" are terminated.
"""

from __future__ import annotations

import pytest

from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Derriford, Rescue one zero four, request landing on the helipad in approximately six minutes, one stretcher patient, over.",
            "permission.request",
        ),
        # near miss: help asked by "request"
        (
            "Derriford, Rescue one zero four, we request the ambulance to meet us",
            "request.assistance",
        ),
        (
            "Kittiwake, Southampton VTS, you may now cross, pass astern of the pilot boat, over.",
            "permission.grant",
        ),
        (
            "Falmouth Coastguard, this is yacht Serendipity, I wonder if you could possibly give us the latest weather forecast for the Lizard area, over.",
            "request",
        ),
        ("I was wondering if you could send the lifeboat", "request.assistance"),
        # near miss: what the speaker asked another
        ("we asked them if they need help", "information"),
        # near miss: wondering, nothing asked of the addressee
        ("Je me demande s'ils vont venir.", "information"),
        (
            "Morning Star, Falmouth, the doctor would like to know whether the casualty has any history of heart problems, over.",
            "question",
        ),
        (
            "uh coastguard this is the sea witch um my son pressed the red button by accident sorry please cancel the alarm",
            "distress.cancel",
        ),
        # near miss: the alarm asked about, nothing cancelled
        ("is the alarm still going?", "question"),
        (
            "yacht moonraker rescue one seven five when the winchman comes down do not touch him until the wire has earthed",
            "instruction",
        ),
        # near miss: "do not" after its subject
        ("we do not have fuel", "report.status"),
        (
            "moonraker rescue one seven five warning the downwash will be very strong secure everything loose on deck",
            "warning",
        ),
        ("Falmouth, Kestrel, no, I'm not coming in, we've been through worse than this.", "refuse"),
        # near miss: help that cannot come
        ("we are unable to send the lifeboat", "assistance.unable"),
        ("Merci à l'équipage de Barfleur pour l'intervention, bon retour.", "thanks"),
        ("Merci Dragon 83, bon retour à la base.", "thanks"),
        ("safe trip home", "thanks"),
        # near miss: thanks, then a report
        ("Thanks Dover, we have four persons on board.", "report.persons"),
        (
            "gris nez rescue one six three approximately four zero persons on board the dinghy we are overhead now",
            "report.persons",
        ),
        ("thanks very much boys, cheers", "thanks"),
        (
            "Okay. What I'd advise is keep firm pressure on it and keep the hand up above his heart",
            "advice",
        ),
        # near miss: the order itself
        ("keep firm pressure on it", "instruction"),
        (
            "Falmouth, Rescue nine four one, casualty handed over to the trauma team at Treliske, we're lifting for Newquay.",
            "report.landing",
        ),
        # near miss: a case handed over
        ("Falmouth, we have handed over the case to Brixham", "coordination.handover"),
        (
            "holyhead coastguard fishing vessel cariad er sorry we'd be no use to you on that one",
            "assistance.unable",
        ),
        # near miss: a refusal of one's own will
        ("we will not go in there", "refuse"),
        (
            "Conseil : attendez le jour pour tenter l'entrée de Dunkerque, y a trop de mer sur la barre",
            "advice",
        ),
        ("Avertissement, vous entrez dans une zone de tir", "warning"),
        # near miss: the word said in a sentence
        ("le conseil général", "information"),
        ("Humber, Coastguard two three, mistake, correction follows.", "procedure.correction"),
        ("no thanks, we will wait for the lifeboat", "assistance.decline"),
        # near miss: a no alone
        ("no, we will wait for the lifeboat", "intention"),
        (
            "Les recherches pour la Manon sont arrêtées définitivement, la suite est confiée à la gendarmerie maritime",
            "search.terminate",
        ),
        # being asked is told of; the position is the reason of the refusal
        (
            "Gris-Nez, this is Dover, we've been asked to take the case but the boat is still one mile inside your waters, we do not accept the handover at this time.",
            "coordination.reject",
        ),
        # near miss: the speaker asks
        ("we ask you to take the case", "coordination.handover"),
    ],
)
def test_reading(text: str, primary: str) -> None:
    reads(text, primary)
