"""French call-ups that name their caller, counts of persons that say what they count,
and the readings of harbour, medical and racing traffic that unseen probe speech showed
wrong: each with the near cases the reading must not catch.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "called", "caller"),
    [
        ("Gris-Nez, ici Louise-Hermine, à vous.", "gris nez", "louise hermine"),
        ("CROSS Etel, ici le Marie-Jeanne, à vous.", "cross etel", "marie jeanne"),
        ("Gris-Nez, Gris-Nez, ici Korrigan, Korrigan, à vous.", "gris nez", "korrigan"),
    ],
)
def test_french_call_up_names_its_caller(text: str, called: str, caller: str) -> None:
    """ "ici" is French for "this is": PR01 and the protocol read the caller from it."""
    slots = [a.slots for a in classify(text).acts if a.kind == "call"]
    assert {"called": called} in slots
    assert {"caller": caller} in slots


def test_here_is_no_caller() -> None:
    assert all(not a.slots for a in classify("On est ici, au large de Calais.").acts)


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("four missing", "missing"),
        ("il manque quatre personnes", "missing"),
        ("deux personnes à l'eau", "in the water"),
        ("two injured", "injured"),
        ("quarante et un rescapés", "rescued"),
        ("sixty persons on board", None),
    ],
)
def test_counts_say_what_they_count(text: str, condition: str | None) -> None:
    """A count of the missing, the injured or the saved is no count of those on board."""
    counted = [a for a in classify(text).acts if a.kind == "report.persons"]
    assert counted, [a.kind for a in classify(text).acts]
    assert counted[0].slots.get("condition") == condition


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a unit's call sign of a word and a number, capitalised, is no order
        ("Launch Two, I can come and help with the tow if you want.", "assistance.offer"),
        ("Launch two boats.", "task"),
        ("Safety Two, go seven two, over.", "procedure.channel"),
        ("Two, go to five knots.", "report.persons"),
        # short answers and thanks of the harbour
        ("Nah", "answer.negative"),
        ("Cheers Safety Two", "thanks"),
        ("Will do, keeping to the north side.", "comply"),
        ("I will do it.", "comply"),
        # the case left, taken back, passed on
        ("Right, responsibility passes to you from now, Coastguard.", "coordination.handover"),
        ("Negative, it stays with you for now.", "coordination.reject"),
        ("The boat stays with you.", "information"),
        # (taken back after a receipt: the reply to the case handed back)
        ("Ok, on reprend la main, merci Bilbao.", "coordination.accept"),
        ("On reprend la main.", "coordination.assume"),
        ("Le bac va reprendre ses traversées à quinze heures.", "information"),
        ("It's up to the French to deal with it.", "coordination.decline"),
        ("Any chance of a tow back up to the club, we've run out of fuel.", "request.assistance"),
        ("Any chance you could give us a call back?", "request"),
        # leave: asked in the long form, lacking for want of it
        ("Request permission to enter harbour and land the patient.", "permission.request"),
        (
            "We can't send our helicopter into your waters without Jersey's agreement.",
            "permission.lacking",
        ),
        (
            "The Spanish lifeboat can't come into French waters without authorisation.",
            "permission.lacking",
        ),
        # units sent, help on the telephone
        ("We've tasked the Padstow lifeboat and the helicopter to you.", "task"),
        ("We'll send the lifeboat to you.", "assistance.offer"),
        ("I will send you the position.", "intention"),
        ("Le médecin du CCMM est en ligne.", "information"),
        ("The dinghy is on the line.", "report.position"),
        # persons: hurt, counted, none aboard, a figure corrected
        (
            "He fell down the hatch, suspected broken femur, he's in a lot of pain.",
            "report.persons",
        ),
        ("His condition's got worse, he's drowsy now.", "report.persons"),
        ("The boat's condition is getting worse.", "report.status"),
        ("We will follow the rib.", "intention"),
        ("Personne à bord, le bateau est vide.", "report.persons"),
        ("Y a personne à bord ?", "question"),
        ("Mistake, correction, three in the water, not four.", "report.persons"),
        ("He's about fifty metres upstream of the ferry chains.", "report.position"),
        # the French centres' nouns: a unit sent at once, the operation over; "prendre
        # en charge" takes the case only when it names it
        ("Dauphin, CROSS Etel. Décollage immédiat pour un caseyeur coulé.", "task"),
        ("Appareillage immédiat pour un voilier en voie d'eau.", "task"),
        ("Le caseyeur a coulé, on a deux personnes dans le radeau.", "report.status"),
        ("Merci pour l'intervention. Fin de l'opération pour le CROSS Etel.", "case.close"),
        ("Le CROSS prend en charge la coordination.", "coordination.assume"),
        ("Les pompiers les prennent en charge.", "information"),
        ("On s'en occupe.", "coordination.assume"),
        # "faire route sur" the casualty sends a unit; towards a heading it orders a course
        ("Faites route sur le voilier et récupérez l'équipage.", "task"),
        ("Faites route au nord.", "instruction"),
        # a raft's size is no count of persons
        ("Er, affirmative, a six-man raft, and we've got a handheld VHF.", "report.status"),
        ("We have a ten-man raft with six persons in it.", "report.persons"),
        # French "et" before a possessive: one subject, or a new clause with its verb
        # (the addressee's own in the raft are told of, by a centre: no distress of the
        # speaker's)
        ("Votre mari et votre fils sont dans le radeau de survie.", "information"),
        ("On a appelé et notre bateau coule.", "distress.declare"),
        # a number taken back at once is no count
        ("Forty... no sorry, fifty.", "report.persons"),
        (
            "Euh quarante-neuf... non pardon, cinquante et un zéro deux nord, un degré "
            "quarante-cinq est.",
            "report.position",
        ),
        ("No, sorry, we can't help.", "assistance.unable"),
        # alerts relayed, MAYDAYs heard, orders done as told
        (
            "We've had a 999 call from a small boat, forty-seven persons, taking water.",
            "distress.relay",
        ),
        ("I've just had a call from the Jenny Lynn on the mobile.", "distress.relay"),
        ("Did you get a call from them?", "question"),
        (
            "Vessel in distress, this is Launch One, heard your mayday, what's your position?",
            "distress.ack",
        ),
        ("Roger, holding clear of the fairway as instructed.", "comply"),
        # what the addressee will do, asked by its movement
        (
            "Copy, are you returning to the club or staying out for race four?",
            "question.intentions",
        ),
        ("Where are you taking them?", "question.intentions"),
        ("Where did you leave from?", "question"),
        ("Are you taking water?", "question"),
        # help asked with the subject unsaid, offered as what the other wants
        ("Need a RIB at the leeward mark, quick as you can.", "request.assistance"),
        ("Requesting medevac for one crew member, suspected stroke.", "request.assistance"),
        ("Need your position.", "information"),
        ("Want us to come alongside and take your crew off?", "assistance.offer"),
        ("Why do you want us to stop?", "question"),
        # the phase held, advice in a doctor's or a skipper's words, a topic first
        ("We'll hold it at uncertainty for now, he might just be at the pub.", "phase.assess"),
        ("Might be worth putting a reef in before you go out past the point.", "advice"),
        ("Le médecin conseille de ne rien lui donner à boire.", "advice"),
        ("Ok, le mieux serait de pas le déplacer, immobilisez la jambe.", "advice"),
        ("Il va mieux.", "report.persons"),
        ("Roger, and the person in the water, is he conscious?", "question"),
        # engaged, relayed, noted, passed, recovered, planned
        ("Je vous engage : appareillez pour un voilier démâté.", "task"),
        ("On vous engage la vedette de Barfleur.", "assistance.offer"),
        ("Falmouth, Gris-Nez, il vient de lancer un mayday.", "distress.relay"),
        ("Tiarnan, reçu ton mayday, reçu.", "distress.ack"),
        ("The case is over to you now.", "coordination.handover"),
        ("Case closed, over.", "case.close"),
        ("We can proceed to the inflatable.", "assistance.offer"),
        ("We can go back to port.", "information"),
        ("On va récupérer les quatre personnes.", "intention"),
        ("One male recovered, conscious.", "report.rescued"),
        ("Two survivors on board, one of them quite hypothermic.", "report.rescued"),
        ("We are in the liferaft.", "distress.declare"),
        # the four counted (said by a rescuer, the protocol reads them rescued)
        ("Les quatre du radeau sont à bord.", "report.persons"),
        ("We take note, Corsen.", "ack"),
        # the figure heard back after the receipt (SPEECH-ACTS.md: "understand position …")
        ("Copy that, two persons.", "readback"),
        ("The lifeboat landed both divers at Weymouth.", "report.landing"),
        (
            "Rescue one seven four, we have the casualty on board, departing scene.",
            "report.rescued",
        ),
        ("We have the casualty's position.", "information"),
        ("No, not yet.", "answer.negative"),
        # a craft qualified by its trouble is the casualty a unit is sent to
        ("Safety Two, go to the capsized 420 by the windward mark.", "task"),
        ("Go to the disabled yacht.", "task"),
        ("Go to five knots.", "instruction"),
        # bare nouns with their verbs
        ("Lifeboat proceeding to the casualty.", "assistance.offer"),
        ("Engine stops.", "report.status"),
    ],
)
def test_harbour_medical_and_racing_traffic(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    "text",
    ["let’s go1_000", "I’m not leavin’ you, let’s go1e-400", "let's go1000000000000000000000"],
)
def test_lets_cut_from_its_verb_is_no_internal_error(text: str) -> None:
    """Found by the fuzzer (benchmarks/fuzz.py, seed 1515): "let's" whose verb the
    tokenizer put in an island of numbers read past the clause's end (IndexError,
    reported as an internal error)."""
    acts = classify(text).acts
    assert not any(str(a.slots.get("reason", "")).startswith("internal error") for a in acts)
