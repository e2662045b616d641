"""Readings of the twenty-first session's second tuning probes, each with its near
miss: a count said again with what it counts is one count; the speaker named by its
post ("winchman here"); a question by inversion after a comma; the existential "there
may be" is no arrival; a distress called off, a last message withdrawn, a message not
understood and a signal judged, in plain words.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("winchman here we have both casualties in the aircraft", "report.rescued"),
        ("the skipper speaking", "call"),
        ("stay here", "instruction"),
        ("Winchman here, er, is the casualty conscious, can he get to the stern?", "question"),
        ("Roger, is there anyone in the water?", "question"),
        ("we can be there in ten minutes", "assistance.offer"),
        ("there may be two more still in the water", "report.status"),
        ("on annule la détresse", "distress.cancel"),
        ("j'annule mon mayday", "distress.cancel"),
        ("we cancel the tow", "information"),
        ("disregard my last", "procedure.correction"),
        ("annulez mon dernier message", "procedure.correction"),
        ("annulez la remorque", "instruction"),
        ("je n'ai rien compris", "procedure.say-again"),
        ("vous êtes complètement haché", "procedure.radio-check"),
        ("the engine is breaking up", "report.status"),
        ("naw", "answer.negative"),
        # a modality said in a phrase
        ("we're not in a position to accept the handover", "coordination.reject"),
        ("we are in a position to assist", "assistance.offer"),
        ("nous ne sommes pas en mesure d'intervenir", "assistance.unable"),
        ("nous sommes en mesure d'intervenir", "assistance.offer"),
        ("we are in position to assist", "report.position"),
        # an action asked as "would you mind doing"; leave asked as "would you mind if"
        ("Would you mind relaying to the fishing boat that we're on our way?", "request"),
        ("would you mind if we launch our rib", "permission.request"),
        ("tell them that we are sinking", "request"),
        # what the addressee has, asked with "would"; an action asked is a request
        ("Would ye have any flares aboard at all", "question"),
        ("would you have a look at the chart", "request"),
        # a unit's own boat launched is its plan; a unit sent to the casualty is tasked
        ("I intend to launch the RHIB in about five minutes.", "intention"),
        ("we are sending the lifeboat to the casualty", "task"),
        # "on n'a pas …" opens a clause of its own, unpunctuated
        (
            "on est en phase d'incertitude pour le moment on n'a pas de position",
            "phase.assess",
        ),
        # the phase denied as what there is; a call not heard is information
        ("There's no distress here as far as I'm concerned", "phase.assess"),
        ("il n'y a pas de détresse", "phase.assess"),
        ("there is no distress call", "information"),
        # an eye kept on something is no one's eye hurt
        ("we'll keep an eye on it from here and come back to you", "intention"),
        ("he has a cut above his eye", "report.persons"),
        ("you'd be better off staying with the boat rather than trying to swim", "advice"),
        # French "vouloir" with a thing is the verb; with an infinitive, the modal
        ("Ils ne veulent pas de notre aide, ils font signe de s'éloigner.", "assistance.decline"),
        ("nous voulons de l'aide", "request.assistance"),
        ("je veux le remorquer", "intention"),
        # a mission given as a noun tasks; a lifeboat under way is tasked by nobody
        ("Dauphin, Jobourg, pour vous une mission : navire en feu, quatre à bord.", "task"),
        ("we're launched and proceeding to the casualty", "information"),
        ("we are launching the lifeboat to the casualty", "task"),
        # the addressee warned by the verb; another notified is no warning
        ("je vous préviens que la mer va forcir", "warning"),
        ("Reçu, je préviens le SAMU, une ambulance vous attendra.", "information"),
        # "où" written with its accent, asked in place after a verb; a relative after a
        # noun or before a clause of its own; "ou" is "or"
        ("vous comptez le rentrer où le voilier", "question.intentions"),
        ("vous allez où avec le voilier", "question.intentions"),
        ("on les débarque où ils veulent", "report.landing"),
        ("la zone où ils sont est française", "report.position"),
        ("vous rentrez à Calais ou à Boulogne", "information"),
        # a word said again across a comma
        ("Annulez, annulez notre mayday, on a réussi à redémarrer", "distress.cancel"),
        ("Stop, stop your engine", "instruction"),
    ],
)
def test_reading(text: str, kind: str) -> None:
    assert classify(text).primary == kind


def test_a_count_said_again_with_its_noun_is_one_count() -> None:
    said = classify("Twenty-eight, er, twenty-eight persons recovered, two more in the water")
    assert said.primary == "report.rescued"
    assert [a.slots.get("count") for a in said.acts if "count" in a.slots] == [28]
    kaniva = classify("Please help me...200, 200 person with me. Ship is very heavy.")
    assert [a.slots.get("count") for a in kaniva.acts if "count" in a.slots] == [200]
