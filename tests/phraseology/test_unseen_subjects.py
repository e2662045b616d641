"""Who a clause is about, said in the ways real speech says it: a count or a
quantity as the subject, a group given an order, the condition and the origin of
those aboard, and a call-up opened by a greeting.

Each case is a pattern of real speech (tests/data/real), written anew, with the
near cases the reading must not catch.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a count or a quantity is the subject, with the pronoun it is taken from
        ("Two didn't make it.", "report.persons"),
        ("Two did not make it.", "report.persons"),
        ("He didn't make it.", "report.persons"),
        ("Two died.", "report.persons"),
        ("Most survived.", "report.persons"),
        ("Most of them come from Sudan.", "report.persons"),
        ("La plupart viennent de Syrie.", "report.persons"),
        # a number before its noun is no subject alone
        ("Speed five knots.", "report.status"),
        # where those aboard come from; a centre's responsibility is no origin
        ("They are from Sudan.", "report.persons"),
        ("They are all Syrian.", "report.persons"),
        ("Ils viennent du Soudan.", "report.persons"),
        ("It's the responsibility of the Libyans.", "information"),
    ],
)
def test_counted_subjects_and_origins(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # harm done to a body is the person's condition, not the craft's damage
        ("I broke my leg.", "report.persons"),
        ("He's lost a lot of blood.", "report.persons"),
        ("Il s'est cassé le bras.", "report.persons"),
        ("We lost the engine.", "report.status"),
        ("He's in shock.", "report.persons"),
        ("Il est en état de choc.", "report.persons"),
        ("Je suis gelé.", "report.persons"),
        ("Une personne est décédée.", "report.persons"),
        ("Il y a un handicapé.", "report.persons"),
        # a body that no longer answers; a station that does not answer the radio
        ("Il ne répond plus.", "report.persons"),
        ("Il ne se réveille pas.", "report.persons"),
        ("Le CROSS ne répond pas à nos appels.", "information"),
    ],
)
def test_the_condition_of_persons(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a group named, then a bare verb: an order to that group
        ("All of you stay in the boat.", "instruction"),
        ("All sit down.", "instruction"),
        ("All persons put on lifejackets.", "instruction"),
        ("Some of you move to the back.", "instruction"),
        ("Two of you go to the front.", "instruction"),
        ("All stay calm.", "instruction"),
        # what is said of the group states
        ("All crew safe.", "report.persons"),
        ("All of you are safe.", "report.persons"),
        ("All persons accounted for.", "report.persons"),
    ],
)
def test_orders_to_a_group(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a greeting before the name called; "good evening" alone opens as often as
        # it closes
        ("Good evening, Dover Coastguard.", "call"),
        ("Good evening.", "call"),
        ("Thank you, good evening.", "thanks"),
        ("Good night.", "thanks"),
        # the called station answers that it hears
        ("Seabird, Ocean Viking, receiving.", "call"),
        ("Dover, Valiant, receiving.", "call"),
        ("CROSS Etel, je vous reçois.", "call"),
        # a ship's name is no person, whatever else the word means
        ("Seeker, Ocean Guard, go ahead.", "call"),
    ],
)
def test_call_ups_opened_by_a_greeting_or_answered(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the wind or the current carries the speaker's craft
        ("The wind is pushing us.", "report.status"),
        ("Le vent nous pousse.", "report.status"),
        # a French "nous" before a verb that does not agree with it is its object
        ("Le courant nous emporte vers les rochers.", "report.status"),
        ("Nous poussons le bateau.", "information"),
        # the sea's state is no position, nor the craft's condition
        ("La mer est forte.", "information"),
        # aground said by where the craft sits; a person on a rock is placed
        ("We're on the rocks.", "report.status"),
        ("On est sur les cailloux.", "report.status"),
        ("Je suis sur un rocher.", "report.position"),
        # a part of the craft lost, broken or lacking
        ("On a perdu le safran.", "report.status"),
        ("No GPS.", "report.status"),
        ("On n'a plus de gasoil.", "report.status"),
        ("On est à l'arrêt.", "report.status"),
        ("We're going round in circles.", "report.status"),
    ],
)
def test_the_craft_carried_aground_or_lacking(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # help that has to come is asked for; help that comes is offered
        ("Someone has to come.", "request.assistance"),
        ("Quelqu'un doit venir.", "request.assistance"),
        ("A lifeboat is coming to you.", "assistance.offer"),
        # "need" first states, with "I" dropped; it asks only when marked
        ("Need a pump.", "request.assistance"),
        ("Can you send a pump?", "request.assistance"),
        # a polite lead before what names help asks for help
        ("Requesting a lifeboat.", "request.assistance"),
        ("Demande d'évacuation médicale.", "request.assistance"),
        # "il faut" + a thing needed, as "il nous faut"
        ("Il faut une ambulance au port.", "request.assistance"),
        ("Pouvez-vous nous remorquer ?", "request.assistance"),
    ],
)
def test_help_asked_for_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # understood, or not heard: a receipt, or the words asked for again
        ("okay okay I understand", "ack"),
        ("Je comprends.", "ack"),
        # (the distress heard back: SPEECH-ACTS.md's "roger, understood you are sinking")
        ("I understand you are sinking.", "distress.ack"),
        ("say again please I don't hear", "procedure.say-again"),
        ("Je ne comprends pas ce que vous dites.", "procedure.say-again"),
        ("I don't understand why you won't help us.", "information"),
        ("We can't hear the engine.", "report.status"),
        # "repeat" alone asks for the words again; with what to repeat, for that
        ("Répétez, je vous reçois mal.", "procedure.say-again"),
        ("Repeat.", "procedure.say-again"),
        ("Repeat your ship's name.", "request"),
        ("Répétez votre position.", "request"),
        # "s'il vous plaît" before an order is a courtesy, no condition
        ("s'il vous plaît venez nous chercher", "request.assistance"),
        ("S'il vous plaît, venez nous chercher.", "request.assistance"),
        # "close to" places the speaker; kilometres measure where
        ("close to Dunkerque, maybe 5 km from the beach", "report.position"),
        ("Close the hatch.", "instruction"),
        ("on est à 10 kilomètres de Gravelines je pense", "report.position"),
    ],
)
def test_heard_or_not_courtesies_and_distances(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a station named by its capitals, or by a word no language knows, is the
        # subject of the verb after it: a centre's act said in the third person
        ("Gris-Nez accepte la coordination de cette embarcation.", "coordination.accept"),
        ("Bien reçu Dover, Gris-Nez accepte la coordination.", "coordination.accept"),
        ("Affirmative, Falmouth accepts SMC for the yacht.", "coordination.accept"),
        ("jobourg coordonne l'opération", "coordination.assume"),
        ("Gris-Nez suspend les recherches pour la nuit.", "search.suspend"),
        ("Rescue one six three has winched two casualties out of the water.", "report.rescued"),
        # a sentence's first capital names nothing; an order's count is no call sign
        ("Case closed, thank you all.", "case.close"),
        ("Rescue two people.", "task"),
        # coordination acted in, left or proposed to the addressee
        ("falmouth coastguard will be acting as sar mission coordinator", "coordination.assume"),
        ("Dover de Gris-Nez, je vous laisse la coordination.", "coordination.handover"),
        ("Je vous propose de reprendre la coordination.", "coordination.handover"),
    ],
)
def test_stations_as_subjects_and_coordination(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a polite long form asks as "could you …?" does
        ("I would be grateful if you could send us the photographs of the boat.", "request"),
        ("Please you can send the position.", "request"),
        # leave asked, a landing, a search ended, a case closed, in other words
        ("Would you have any objection if we entered French waters?", "permission.request"),
        (
            "Est-ce que vous nous autorisez à entrer dans les eaux britanniques ?",
            "permission.request",
        ),
        ("Débarquement prévu au port de Dunkerque vers 14 h.", "report.landing"),
        ("Fin des recherches.", "search.terminate"),
        ("L'événement est clos.", "case.close"),
        ("The port is closed.", "information"),
        # the speaker's own boat launched, or a casualty escorted, is a plan
        ("i am going to launch my rib", "intention"),
        ("We're going to stay with them and escort them across.", "intention"),
        ("We will stay on this course.", "comply"),
        # a receipt before a station's name; a French call-up of names no list knows
        ("Bien reçu Gris-Nez.", "ack"),
        ("gris nez gris nez ici flamant", "call"),
        # a read-back announced: what follows repeats, it orders nothing
        ("I read back: proceed to five one zero two north and report on scene.", "readback"),
        ("Je collationne : rendez-vous à deux nautiques au nord de Calais.", "readback"),
        ("Bien compris, je relis : cinquante personnes à bord.", "readback"),
        ("Please read back.", "instruction"),
        # the speaker's own change of channel
        ("Switching to channel 67.", "procedure.channel"),
        ("Passons sur le canal 69.", "procedure.channel"),
        ("on dégage sur le six sept", "procedure.channel"),
        ("Allez sur le canal seize.", "procedure.channel"),
        ("We are heading to 51 02 N 001 30 E.", "intention"),
    ],
)
def test_professional_traffic_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # going down somewhere is no sinking; "hand over to" still hands over
        ("I'm going to go down to the slipway and have a look myself.", "intention"),
        ("We are going down.", "distress.declare"),
        ("I'm handing over to CROSS Corsen.", "coordination.handover"),
        # who is in the water, without a verb; a count corrected
        ("one in the water, two still on the boat", "report.persons"),
        ("Deux à l'eau.", "report.persons"),
        ("Water in the boat.", "report.status"),
        ("Non pardon, on est cinq, pas quatre.", "report.persons"),
        ("deux plongeurs manquants", "report.persons"),
        # those rescued held or recovered; one seen is not held
        ("we've got him, he's out of the water", "report.rescued"),
        ("We've got him in sight.", "information"),
        ("On a récupéré les deux plongeurs, ils vont bien.", "report.rescued"),
        # help offered in kind
        ("we can give you a tow in if you want", "assistance.offer"),
        ("on peut le prendre en remorque", "assistance.offer"),
        ("We can't give you a tow.", "assistance.unable"),
        # as told; kept informed; minded; moored; gripped; sent
        ("Will do.", "comply"),
        ("D'accord, on fait comme vous dites.", "comply"),
        ("Keep us informed.", "request"),
        ("Be aware, the tide comes in very fast over those sands.", "warning"),
        ("Est-ce qu'on peut s'amarrer sur votre coffre ?", "permission.request"),
        ("roger hold on to the kayak and keep your legs together", "instruction"),
        ("Hold on.", "procedure.stand-by"),
        ("Climb as high as you can up the rocks and stay there.", "instruction"),
        ("snsm saint-malo ici cross corsen appareillez pour le kayak retourné", "task"),
        ("Il faudrait rester à bord.", "instruction"),
        ("Il nous faudrait un médecin, vite.", "request.assistance"),
        # asked without a mark; MAYDAY as a French recogniser writes it
        ("you have lifejackets or not", "question"),
        ("I don't know if he can swim or not", "report.persons"),
        ("médé médé médé ici alizé le bateau se remplit", "distress.declare"),
        # a craft seen in trouble is passed on
        ("il a vu un kayak retourné près de la bouée", "distress.relay"),
        ("We can see a boat sinking.", "distress.relay"),
        ("I see the boat, it's fine.", "information"),
    ],
)
def test_leisure_and_fishing_incidents_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # French hemispheres and degrees; "and" between latitude and longitude
        ("51 degrés 03 nord, 001 degré 38 est", 51.05, 1.63333),
        ("notre position 49 30 nord 005 10 ouest", 49.5, -5.16667),
        ("35 degree 46 minutes north and 12 degree 30 east", 35.76667, 12.5),
        # decimal degrees read out without a comma: after a word of position, or alone
        ("36.5 14.2", 36.5, 14.2),
        ("the gps says 50.97 1.62", 50.97, 1.62),
        ("My position is 50.97 -1.62.", 50.97, -1.62),
    ],
)
def test_positions_in_french_and_decimal_pairs(text: str, lat: float, lon: float) -> None:
    result = classify(text)
    placed = [a for a in result.acts if a.kind == "report.position" and "lat" in a.slots]
    assert placed, [a.kind for a in result.acts]
    assert (placed[0].slots["lat"], placed[0].slots["lon"]) == (lat, lon)


@pytest.mark.parametrize(
    "text",
    # two decimals said with other words are a speed and a time as often as a place
    ["speed 5.5 heading 2.3", "We did 3.5 miles in 1.5 hours.", "Il est 5 heures."],
)
def test_numbers_that_are_no_position(text: str) -> None:
    assert not [a for a in classify(text).acts if "lat" in a.slots]


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # an order opens a clause in speech without punctuation
        ("vous êtes côté anglais appelez les anglais appelez le 999", "coordination.redirect"),
        ("this is the navy final warning stop your engine now", "warning"),
        ("we need you to stop your engine", "instruction"),
        ("if you obey you will be safe alter your course", "warning"),
        # a tag asks of what is said of the addressee or those with them
        ("And everyone has a life jacket, yeah?", "question"),
        ("We will be there in ten minutes, okay?", "assistance.offer"),
        ("Stay on the line, okay?", "instruction"),
        # a posture ordered without a verb; stated with one
        ("everyone seated please everyone seated", "instruction"),
        ("tout le monde assis", "instruction"),
        ("Everyone is seated.", "information"),
        # where the addressee means to go
        ("Do you intend to continue towards the UK", "question.intentions"),
        ("Vous voulez aller où, là ?", "question.intentions"),
        ("Where did you go?", "question"),
        # advice, leave refused, another centre taking the case, no help to be had
        ("my advice is to turn back to the french coast", "advice"),
        ("Negative, you may not anchor in this area.", "permission.deny"),
        ("Okay, the French are taking over your case now.", "coordination.handover"),
        ("We are taking over your case.", "coordination.assume"),
        ("There is no boat we can send to you for now.", "assistance.unable"),
        ("je n'ai pas de moyen disponible", "assistance.unable"),
        ("I'm going to stay on the phone with you.", "intention"),
        # counts with a hedge or run on; persons' words; a bearing without "degrees"
        ("On est 50 il y a des bébés.", "report.persons"),
        ("About forty maybe more.", "report.persons"),
        ("There's a lad with a cut hand, nothing serious.", "report.persons"),
        ("One crew member with a suspected broken arm.", "report.persons"),
        ("requesting medical assistance for one crew", "request.assistance"),
        ("bearing one three five from Dover harbour six miles", "report.position"),
        ("Wind's picked up, south-westerly force six.", "information"),
        ("Help from the lifeboat is on its way.", "assistance.offer"),
        ("pas de feux de navigation", "report.status"),
        ("We are stopped not moving.", "report.status"),
        ("Steering's gone, the rudder cable's snapped.", "report.status"),
    ],
)
def test_authorities_to_small_boats_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # a French position read out in words
        ("Cinquante degrés cinquante-huit nord, un degré quarante-cinq est.", 50.96667, 1.75),
        ("cinquante et un degrés deux minutes nord un degré quarante-cinq est", 51.03333, 1.75),
        # English words both languages spell ("six") stay English
        (
            "five zero degrees five one decimal two minutes north, zero zero zero degrees "
            "five six decimal eight minutes east",
            50.85333,
            0.94667,
        ),
    ],
)
def test_french_positions_in_words(text: str, lat: float, lon: float) -> None:
    placed = [a for a in classify(text).acts if "lat" in a.slots]
    assert placed
    assert (placed[0].slots["lat"], placed[0].slots["lon"]) == (lat, lon)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the French rescue services in their own words
        ("autorisation accordée vous pouvez entrer", "permission.grant"),
        ("Affirmatif, vous pouvez mettre votre embarcation à l'eau.", "permission.grant"),
        (
            "Pas de problème, vous avez notre accord pour intervenir dans nos eaux.",
            "permission.grant",
        ),
        ("est-ce qu'on a l'autorisation d'accoster au quai d'honneur", "permission.request"),
        (
            "Athos, est-ce que ça vous dérange si on met notre embarcation à l'eau ?",
            "permission.request",
        ),
        ("c'est au capitaine de décider pas au cross", "coordination.decline"),
        ("Suspension des recherches à dix-huit heures.", "search.suspend"),
        ("Le CROSS met fin aux recherches du plongeur disparu.", "search.terminate"),
        ("affaire close pour le cross terminé", "case.close"),
        ("le dragon peut pas décoller la visibilité est trop mauvaise", "assistance.unable"),
        ("Négatif, la vedette de Berck est indisponible.", "assistance.unable"),
        ("le CROSS demande au Flamant de se rendre sur la position", "task"),
        ("À votre place j'attendrais la renverse du courant.", "advice"),
        ("J'ai l'intention de rentrer à Saint-Quay par mes propres moyens.", "intention"),
        ("Le bateau il est gâté, il avance plus.", "report.status"),
        ("notre hors-bord il chauffe et il s'arrête tout le temps", "report.status"),
        ("euh on est six plus le chien", "report.persons"),
        ("merci beaucoup à vous bonne veille", "thanks"),
    ],
)
def test_french_rescue_services_in_their_own_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a transcriber's doubt asks nothing; a gap or a noise is no speech
        ("we're about two miles off the beach, Wimereux [?]", "report.position"),
        ("Débarquement prévu à Boulogne, quai de l'Europe [?]", "report.landing"),
        ("Four zero persons [sic], one child.", "report.persons"),
        ("(laughs) okay we copy", "ack"),
        ("Are you sinking (inaudible)?", "question"),
        (
            'Request you take over co-ordination [overlapping: "stand by"] of this case.',
            "coordination.handover",
        ),
        # an editor's word for the speech is read
        ("[the boat] is sinking", "distress.declare"),
        # a receipt said as a verb; what is understood, said on, is stated
        ("We copy.", "ack"),
        ("Okay, we copy that.", "ack"),
        ("C'est noté.", "ack"),
        ("I understand that he is hurt.", "report.persons"),
    ],
)
def test_transcribers_notes_and_receipts(text: str, primary: str) -> None:
    reads(text, primary)


def test_a_clause_cut_off_before_a_gap_says_so() -> None:
    acts = classify("We have a -- [inaudible]").acts
    assert acts[-1].kind == "unclassified"
    assert acts[-1].slots["reason"].startswith("cut off")


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # maritime English as its learners speak it
        ("i am understand over", "ack"),
        ("i am not copy", "procedure.say-again"),
        ("we are proceed to the position", "intention"),
        ("We are clear.", "information"),
        ("Valletta Rescue, this is tanker Hellas Spirit, calling you, over.", "call"),
        # where the helper is, then the offer
        ("we are six miles from your position we can assist", "assistance.offer"),
        # those aboard accept in the third person
        ("they agree now to come on our ship", "assistance.accept"),
        # leave given and refused in other words
        ("Okay, no objection, you can do the rescue in our waters.", "permission.grant"),
        ("we cannot give you authorization to anchor in this area", "permission.deny"),
        (
            "Sorry, captain, permission is not granted, you stay outside twelve miles.",
            "permission.deny",
        ),
        # a place of safety assigned; a unit asked to take a role
        ("place of safety assigned is port of augusta", "report.landing"),
        (
            "Hellas Spirit, this is Valletta Rescue, we ask you to act as on scene coordinator.",
            "coordination.handover",
        ),
        ("Hellas Spirit, you are requested to divert to the position.", "task"),
    ],
)
def test_maritime_english_of_its_learners(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # all well aboard, the situation held: the craft's status
        ("Everything is fine on board.", "report.status"),
        ("Tout va bien à bord.", "report.status"),
        ("La situation est sous contrôle.", "report.status"),
        ("Is everything fine on board?", "question"),
        # a line or a cargo gone, a trim, a knock, a load
        ("The tow line parted.", "report.status"),
        ("The containers shifted.", "report.status"),
        ("She's down by the head.", "report.status"),
        ("On a touché quelque chose.", "report.status"),
        ("Le bateau est trop chargé.", "report.status"),
        ("Attention, il y a un cargo qui arrive.", "warning"),
        # a thing unnamed that no longer works; a plan that does not
        ("its not working", "report.status"),
        ("Your plan is not working.", "information"),
        ("That's not good.", "information"),
    ],
)
def test_the_craft_held_or_in_trouble_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # French without a verb: a noun or a number is no predicate
        ("47 avec les enfants.", "report.persons"),
        ("Enfants à bord.", "report.persons"),
        ("Cinquante, avec des enfants.", "report.persons"),
        ("Deux d'entre eux.", "report.persons"),
        ("Nous sommes entre Calais et Douvres.", "report.position"),
        ("Le bateau coule.", "distress.declare"),
        # counts as learners spell and hedge them
        ("We are fourty.", "report.persons"),
        ("many womans and childs", "report.persons"),
        ("Quarante et quelques.", "report.persons"),
        ("Thirty-something.", "report.persons"),
        ("fifty or so", "report.persons"),
    ],
)
def test_verbless_french_and_learners_counts(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a position read off a screen, sent, or said by a place of the sea
        ("the gps says 51 degrees north", "report.position"),
        ("Le GPS indique 51 degrés 02 nord.", "report.position"),
        ("The GPS shows 51 02 N 001 51 E.", "report.position"),
        ("I'm sending you my position now.", "report.position"),
        ("Je vous envoie ma position.", "report.position"),
        ("We're by the wind farm.", "report.position"),
        ("On est dans la Manche.", "report.position"),
        ("Dragon 62, nous sommes en stationnaire à la verticale du fileyeur.", "report.position"),
        ("Vous êtes dans la Manche ?", "question"),
    ],
)
def test_positions_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


def test_an_english_position_read_off_a_gps_stays_english() -> None:
    assert classify("The GPS shows 51 02 N 001 51 E.").language == "en"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # unpunctuated, what the addressee has, sees or knows is asked of them
        ("you have life jackets for everybody", "question"),
        ("vous voyez le bateau de sauvetage", "question"),
        ("vous avez de l'eau à bord", "question"),
        # typed, or given, or told, it is stated
        ("You have life jackets.", "information"),
        ("yes you have permission to enter greek waters", "permission.grant"),
        ("you have to stay in the boat", "instruction"),
    ],
)
def test_questions_without_their_mark(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # helm and engine orders without a verb
        ("Hard to port, hard to port!", "instruction"),
        ("À droite toute !", "instruction"),
        # (to be sent a position or called back stays an order, as the tests of
        # test_other_words.py read it)
        ("Send us your GPS position on WhatsApp.", "instruction"),
        ("Rappelez-nous dans dix minutes.", "request"),
        ("Hold on to the boat, do not let go!", "instruction"),
        ("Pourriez-vous venir sur tribord ?", "request"),
        # advice in other words; dangers to the addressee; threats of force; bans
        ("Il vaudrait mieux attendre le jour pour repartir.", "advice"),
        ("If I were you I would go back to Calais tonight.", "advice"),
        ("Vous risquez de chavirer si tout le monde se lève.", "warning"),
        ("the current is pushing you onto the rocks", "warning"),
        ("Vous allez vous échouer.", "warning"),
        ("Si vous ne stoppez pas, nous ferons usage de la force.", "warning"),
        ("I intend to shadow the boat and then hand it to Border Force.", "intention"),
        ("It is forbidden to come alongside without permission.", "instruction"),
    ],
)
def test_orders_requests_and_warnings_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the handing of a case in other words
        ("we're handing this one over to you now over", "coordination.handover"),
        ("right so the case is with dover from now on", "coordination.handover"),
        ("responsibility for this one passes to you now", "coordination.handover"),
        ("Reçu, le CROSS accepte le transfert.", "coordination.accept"),
        ("c'est une affaire anglaise", "coordination.decline"),
        ("Ça relève pas de nous, c'est côté anglais.", "coordination.decline"),
        ("No, that's not one for us, that's outside the UK region.", "coordination.decline"),
        # the words again, asked; thanks in more words
        ("sorry can you say that again please", "procedure.say-again"),
        ("Can you repeat your position?", "request"),
        ("Grand merci pour votre aide, vraiment.", "thanks"),
    ],
)
def test_handovers_and_closings_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


def test_a_station_calling_mayday_declares_nothing() -> None:
    """ "Vessel calling mayday, this is Humber Coastguard": the station that called
    MAYDAY is addressed; the coastguard is in no distress."""
    kinds = [
        a.kind for a in classify("Vessel calling mayday, this is Humber Coastguard, roger.").acts
    ]
    assert "distress.declare" not in kinds
    assert classify("Mayday mayday mayday this is yacht Blue.").primary == "distress.declare"


@pytest.mark.parametrize(
    "text", ["Many.", "A lot.", "Beaucoup.", "Too many.", "Seul.", "Tout seul."]
)
def test_how_many_or_alone_said_without_a_number(text: str) -> None:
    """An answer to "how many are you?" without a number, or "alone", reads as the
    number said alone does: persons, at low confidence."""
    result = classify(text)
    assert result.primary == "report.persons"
    assert result.acts[0].confidence <= 0.5
