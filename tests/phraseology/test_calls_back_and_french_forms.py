# ruff: noqa: E501
"""Readings of the thirty-second session's tuning material, each with its near miss:
a call back asked of the addressee is a report asked for ("keep us informed" is the
contract's example of a request); French forms the word lists do not hold ("on vient
de croiser …", "les personnes … débarquées", "qu'est-ce que" after a call, "euh"); a
thing put for agreement with "okay?" keeps its act; persons counted where they are
are a persons report; "s'il vous plaît" is no condition of what follows it.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a call back asked for: a report asked of the addressee
        ("Please call me every thirty minutes on channel one six with your position", "request"),
        ("call me back in thirty minutes", "request"),
        ("rappelez-moi dans une heure", "request"),
        # near misses: a call said to be made is no request; one offered on a need
        ("call us if you need anything", "instruction"),
        ("reçu, j'appelle Douvres", "comply"),
        ("on prévient le CROSS", "intention"),
        ("j'ai appelé Douvres", "information"),
        ("J'appelle pour mon mari, on le voit plus depuis une heure.", "distress.relay"),
        # French forms
        (
            "euh on vient de croiser un petit pneumatique avec beaucoup de gens dedans ils ont l'air en difficulté",
            "distress.relay",
        ),
        ("il vient de Boulogne", "information"),
        ("Les personnes secourues seront débarquées à Boulogne-sur-Mer.", "report.landing"),
        ("Les personnes secourues sont à bord du patrouilleur.", "report.persons"),
        (
            "Escaut de Calais, qu'est-ce que vous comptez faire si les Anglais ne viennent pas ?",
            "question.intentions",
        ),
        ("euh rectification rectification", "procedure.correction"),
        ("Vigilante, on a tout le monde à bord, soixante-douze personnes", "report.rescued"),
        ("est-ce qu'on a tout le monde à bord ?", "question"),
        ("Une personne reste manquante d'après les autres passagers.", "report.persons"),
        ("Personne ne bouge !", "instruction"),
        (
            "Tout navire apercevant une personne ou un corps dans le secteur est prié de prévenir le CROSS.",
            "request",
        ),
        (
            "À tous les navires, ici CROSS Calais, les recherches de la personne disparue au large de Sangatte sont suspendues à la tombée de la nuit.",
            "search.suspend",
        ),
        (
            "S'il vous plaît envoyez un bateau, le moteur est en panne et on dérive vers les cailloux.",
            "request.assistance",
        ),
        ("euh huit, huit en tout, moi le moniteur et sept gamins", "report.persons"),
        # put for agreement, or asked to be confirmed
        ("So for us now it's your case, okay?", "coordination.handover"),
        ("the boat is at the line, right?", "question"),
        # persons counted where they are, or the speaker near something
        (
            "one person in the water close to the dinghy, we are recovering him now",
            "report.persons",
        ),
        ("we are close to the boat", "report.position"),
        # an offer of what the speaker can do is no state of its craft
        ("we can go and stand by that motor cruiser if it helps", "assistance.offer"),
        ("the hold is flooding", "report.status"),
        ("he says it's holding", "information"),
        # advised, not warned; a hedge is no plan
        (
            "If it is safe to do so, I'd advise you to put the anchor down so you don't drift into the main channel",
            "advice",
        ),
        ("we're off Hill Head, about a mile out I'd say", "report.position"),
        # a call back passed on now; a handover in other words
        ("we are passing your position to the french rescue centre now", "intention"),
        ("So we give it to you now, is it okay for you?", "coordination.handover"),
        ("we give you permission to enter", "permission.grant"),
        (
            "Opale, ici Calais. Je vous demande de rallier et d'accompagner une embarcation pneumatique, une quarantaine de personnes à bord",
            "task",
        ),
        ("Je vous demande de rallier le port", "request"),
    ],
)
def test_calls_back_french_forms_and_agreement(text: str, kind: str) -> None:
    assert classify(text).primary == kind
