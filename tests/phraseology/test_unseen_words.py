"""A craft's parts, the persons aboard and orders, said in words no list foresaw.

Each case is a pattern of real speech (tests/data/real), written anew: a part of the
craft as the subject of a failure, persons in the water or lost, the noun phrase that
runs on without a verb, and orders by verbs that are nouns too.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from checker.phraseology.counts import bare_count
from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a part of the craft that no longer works, or is gone
        ("The radio is not working.", "report.status"),
        ("The pump isn't keeping up.", "report.status"),
        ("La pompe ne marche plus.", "report.status"),
        ("One of the tubes is gone.", "report.status"),
        ("The battery is dead.", "report.status"),
        ("Le boudin est crevé.", "report.status"),
        ("No more petrol.", "report.status"),
        # an -ing part with its condition is a noun, not "we are steering"
        ("Steering failure.", "report.status"),
        ("Steering two seven zero.", "intention"),
        # a part named in a description is no status
        ("The dinghy has a blue hull.", "information"),
        ("The tradition is to mention your name on radio traffic.", "information"),
    ],
)
def test_parts_of_the_craft(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the water is where the persons are, not water coming in
        ("We have three people in the water.", "report.persons"),
        ("we've got a guy in the water", "report.persons"),
        ("We're taking on water.", "report.status"),
        # persons lost or not found
        ("We lost one guy.", "report.persons"),
        ("We can't find the skipper.", "report.persons"),
        ("I can't see the people anymore.", "report.persons"),
        # six words without a verb are no subject and its verb
        ("A lot of people on the boat!", "report.persons"),
    ],
)
def test_persons_in_the_water_or_lost(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a verb that is a noun too orders when its object follows at once
        ("Search the area to the south.", "task"),
        ("Tow them to port.", "instruction"),
        ("Board the vessel.", "instruction"),
        ("Signal the boat.", "instruction"),
        # and is a noun otherwise
        ("Search pattern commenced.", "information"),
        ("Escort One, this is Dover.", "call"),
    ],
)
def test_orders_by_verbs_that_are_nouns_too(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a word that warns stands first, whatever its clause says after it
        ("Danger, il y a des rochers.", "warning"),
        ("Attention, vous allez heurter les rochers.", "warning"),
        # danger bearing down on the addressee, a storm on its way
        ("There's a ship coming right at you.", "warning"),
        ("Il y a un cargo qui arrive sur vous.", "warning"),
        ("A storm is coming.", "warning"),
        ("Une tempête arrive.", "warning"),
        ("We are coming towards you.", "assistance.offer"),
        ("The wind is picking up.", "information"),
    ],
)
def test_warnings_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Je vous transmets le dossier.", "coordination.handover"),
        ("You take it from here.", "coordination.handover"),
        ("We will take it from here.", "coordination.assume"),
        ("We'd like some help.", "request.assistance"),
        ("I'd like a tow.", "request.assistance"),
        # a place between two others or before one; a count between two numbers
        ("We're between Calais and Dunkirk.", "report.position"),
        ("Nous sommes entre Boulogne et Calais.", "report.position"),
        ("We are between 50 and 60 people.", "report.persons"),
        ("Nous sommes en face du port.", "report.position"),
        ("We are in the middle of the sea.", "report.position"),
    ],
)
def test_handovers_requests_and_places_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # recognised speech has no commas: a new subject, a count, a position or a
        # repeated order opens a clause of its own
        (
            "help please help us the boat is sinking there is water in the boat we are "
            "forty five people",
            ["distress.declare", "report.status", "report.persons"],
        ),
        (
            "we are in a small boat engine stopped water coming in 40 people location 51 09 n "
            "001 27 e",
            ["information", "report.status", "report.status", "report.persons", "report.position"],
        ),
        (
            "the boat has capsized many people in the water",
            ["report.status", "report.persons"],
        ),
        ("stop your engine stop your engine", ["instruction", "instruction"]),
        (
            "you have to call the french coastguard call one nine six",
            ["coordination.redirect", "coordination.redirect"],
        ),
        # a typed text is cut by its punctuation only; a number is no cut inside itself
        ("we are forty five people", ["report.persons"]),
        ("you said forty people is that correct", ["information", "question"]),
    ],
)
def test_unpunctuated_speech_is_cut_into_clauses(text: str, kinds: list[str]) -> None:
    got = [a.kind for a in classify(text).acts]
    assert all(k in got for k in kinds), got
    assert [k for k in got if k in kinds] == [k for k in kinds if k in got], got


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # asked by a noun phrase alone: recognised speech drops the question mark
        ("ship's name", "question"),
        ("your position please", "question"),
        ("name of your vessel", "question"),
        ("votre position", "question"),
        ("le nom du bateau", "question"),
        # given, not asked
        ("our position", "report.position"),
        ("your position is 50 north", "report.position"),
    ],
)
def test_questions_asked_by_a_noun_phrase(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a body's condition, though a word of the craft's is in it
        ("He's got a broken leg.", "report.persons"),
        ("Il a la jambe cassée.", "report.persons"),
        ("A woman is giving birth.", "report.persons"),
        # all of them well; exhaustion (nothing was asked: no refusal)
        ("We're all okay.", "report.persons"),
        ("Ils vont bien.", "report.persons"),
        ("On n'en peut plus.", "report.persons"),
        # a unit is no body part: "a forty foot boat"
        ("We are a forty foot sailboat.", "information"),
    ],
)
def test_persons_condition_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        # a middle initial ends no sentence; a name said again after its article is
        # one caller, and the channel it calls on belongs to the call
        (
            "Blue Heron, Blue Heron, this is the John F. Carter, the John F. Carter on channel 16.",
            "john f carter",
        ),
        ("Dover Coastguard, this is the Ranger, the Ranger, on channel 16.", "ranger"),
        ("This is Queen of the North, Queen of the North", "queen of the north"),
    ],
)
def test_a_caller_said_again_with_its_article(text: str, caller: str) -> None:
    result = classify(text)
    assert result.primary == "call", [a.kind for a in result.acts]
    assert result.acts[0].slots.get("caller") == caller


def test_a_compass_letter_still_ends_a_sentence() -> None:
    kinds = [a.kind for a in classify("Our position is 51 09 N. We are sinking.").acts]
    assert "distress.declare" in kinds, kinds


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the quality of the addressee's signal, not of their craft
        ("You're breaking up.", "procedure.radio-check"),
        ("Vous êtes haché.", "procedure.radio-check"),
        ("The boat is breaking up.", "report.status"),
        # a French readability report
        ("Je vous reçois cinq sur cinq.", "procedure.radio-check"),
        ("On vous entend bien.", "procedure.radio-check"),
    ],
)
def test_signal_quality_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a short French line English could also say is read as French when English
        # reads nothing in it; an elision is French
        ("On arrive.", "assistance.offer"),
        ("J'arrive.", "assistance.offer"),
        ("Nous arrivons au port.", "information"),
        # coordination refused, or not one's competence; a case taken by a pronoun
        ("The Italian authorities refuse to coordinate.", "coordination.decline"),
        ("Nous ne sommes pas compétents.", "coordination.decline"),
        # (after an agreement, the reply to an offer: test_taken_up_after_a_yes.py)
        ("D'accord, on le prend.", "coordination.accept"),
        ("Bon, on le prend.", "coordination.assume"),
        # a unit that cannot get there
        ("We cannot reach you in time.", "assistance.unable"),
    ],
)
def test_french_lines_and_coordination_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


def test_a_line_in_an_uncovered_language_stays_uncovered() -> None:
    # the French retry is for lines with no word only English knows and some French
    # words: Norwegian keeps its own language
    result = classify("Vi har kontroll, du må svinge styrbord nå")
    assert (result.primary, result.language) == ("unclassified", "und")


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the French polite order: the addressee is to act
        ("J'ai besoin que vous restiez calme.", "instruction"),
        ("Je veux que vous restiez à bord.", "instruction"),
        ("Je voudrais que vous changiez de cap.", "instruction"),
        # a negated "come" keeps away: no plea for help
        ("Don't Come Closer.", "instruction"),
        ("Come quickly!", "request.assistance"),
    ],
)
def test_orders_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Uh, the battery died.", "report.status"),  # a part gives out (not a body)
        ("The situation is getting worse.", "report.status"),
        ("C'est de pire en pire.", "report.status"),
        ("L'air s'échappe.", "report.status"),
        ("We're out of water and food.", "report.status"),
        ("We've been drifting for six hours.", "report.status"),
        ("Le bateau est surchargé.", "report.status"),
        ("There is fuel in the water.", "report.status"),  # a thing, no person
        # the craft's trouble, not a refusal; "the engine" may still refuse an order
        ("We can't stop the water.", "report.status"),
        ("We cannot stop the engine.", "refuse"),
    ],
)
def test_the_craft_s_trouble_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a cry of emergency without a verb; an emergency number names none
        ("Emergency, emergency.", "distress.declare"),
        ("Urgence, urgence.", "distress.declare"),
        ("Il faut appeler le numéro d'urgence.", "coordination.redirect"),
        # an -ing verb before a word in lower case is no name
        ("Abandoning ship.", "distress.declare"),
        ("Flying Fish, this is Dover.", "call"),
        # persons in the water, whatever else is said to be there
        ("Everyone is in the water.", "report.persons"),
    ],
)
def test_distress_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a verb of the exchange orders alone
        ("Acknowledge.", "request"),
        ("Confirm.", "request"),
        # asking for a picture or a place is no plea for help
        ("Send me a photo.", "instruction"),
        ("Send help.", "request.assistance"),
    ],
)
def test_requests_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    "text",
    ["Du må svinge styrbord nå.", "Vi behöver hjälp.", "Necesitamos ayuda, el barco se hunde."],
)
def test_a_short_line_in_another_alphabet_is_not_covered(text: str) -> None:
    # a letter neither English nor French writes marks a language the tool does not
    # cover, from two words on
    result = classify(text)
    assert (result.primary, result.language) == ("unclassified", "und")


def test_a_foreign_name_in_an_english_or_french_line_stays_read() -> None:
    assert classify("Thank you, señor.").primary == "thanks"
    assert classify("Oui, on arrive à Förde.").language == "fr"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("It would be better to stay with the boat.", "advice"),
        ("Il vaut mieux rester ensemble.", "advice"),
        ("Best to stay where you are.", "advice"),
        ("Maybe you could use your paddles.", "advice"),
        ("We feel better to be here.", "information"),  # the speakers' own state
    ],
)
def test_advice_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


def test_the_first_person_is_no_lemma_of_other_words() -> None:
    # a frame that names "i" among its words once made the lemma table read "me" as
    # "i", and "just me" lost its cue (scripts/gen_lemmas.py keeps "i" and "je" out)
    from checker.phraseology.words import words

    assert words("en").lemma("me") == "me"
    assert classify("Just me.").primary == "report.persons"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the French reflexive turns a craft over; "retourner" alone goes back
        ("Le bateau s'est retourné.", "report.status"),
        ("On ne retourne pas en Libye.", "refuse"),
        ("Nous retournons au port.", "intention"),
    ],
)
def test_a_craft_turned_over_in_french(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a rule put on the persons aboard orders them
        ("Everyone must stay in the boat.", "instruction"),
        ("Personne ne doit quitter le bateau.", "instruction"),
        ("Tout le monde doit rester assis.", "instruction"),
        ("The people must stay seated.", "instruction"),
        # what they must be, or must be given, orders nobody
        ("They must be cold.", "report.persons"),
        ("The people must be rescued.", "request.assistance"),
        # asked to manoeuvre is ordered; asked anything else is asked
        ("Je vous demande de stopper vos machines.", "instruction"),
        ("On vous demande de faire route vers le nord.", "instruction"),  # was an intention
        ("We ask you to turn back.", "instruction"),
        ("Je vous prie de quitter la zone.", "instruction"),
        ("We ask you to keep us informed.", "request"),
        ("Je vous demande de me rappeler.", "request"),
        # a past asking tells what happened
        ("Je leur ai demandé de stopper.", "information"),
        ("We asked them to turn back but they refused.", "information"),
    ],
)
def test_orders_said_as_rules_or_asks(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a number after "there are", "il y a", or bounded ("more than", "plus de"),
        # that ends the clause counts the persons
        ("There are sixty.", "report.persons"),
        ("There are more than sixty.", "report.persons"),
        ("We are more than sixty.", "report.persons"),
        ("On est plus de soixante.", "report.persons"),
        ("Il y a soixante.", "report.persons"),
        ("Y a plus de 50.", "report.persons"),
        # a number that goes on is no count
        ("Il y a soixante ans.", "information"),
        ("Il y a 3 heures.", "information"),
        ("We are more than 20 miles off.", "report.position"),
        # who is with the speaker, after a possessive
        ("I'm with my brother.", "report.persons"),
        ("Je suis avec ma femme et mes enfants.", "report.persons"),
        ("I am with the coastguard.", "information"),
        ("Je suis avec vous.", "information"),
    ],
)
def test_counts_bounded_and_company(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the present said to the addressee orders (French speech above all)
        ("Vous restez là.", "instruction"),
        ("Tu ne bouges pas.", "instruction"),
        ("Vous nous rappelez dans dix minutes.", "instruction"),
        ("Vous mettez les gilets.", "instruction"),
        ("You don't move.", "instruction"),
        # asked, or done already, or a condition: no order
        ("Vous restez là ?", "question"),
        ("Vous êtes resté sur place.", "information"),
        # "ici" inside a clause is "here", not a call-up's "this is"
        ("nous sommes ici depuis deux heures", "information"),
        ("restez ici et attendez les secours", "instruction"),
        ("gris nez ici le cross", "call"),
    ],
)
def test_the_present_that_orders(text: str, primary: str) -> None:
    reads(text, primary)


def test_here_is_no_call_up_before_a_condition() -> None:
    said = "vous n'êtes pas autorisés à stationner ici si vous restez nous enverrons notre navire"
    kinds = [a.kind for a in classify(said).acts]
    assert "call" not in kinds  # "ici si" was read as a call-up of a station "si"
    assert "instruction" not in kinds  # "si vous restez" puts a condition


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # recognised speech: no capitals, no commas
        ("okay we're turning around now", "comply"),  # "okay" a lead, no act of its own
        ("okay so we will call you back", "intention"),
        ("on est 50 il y a des enfants", "report.persons"),  # "il y a" opens a clause
        ("moi je peux vous jurer qu'il y a des gens qui arrivent", "information"),
        ("warning warning unidentified vessel", "warning"),  # a marker said twice
        ("the warning light is on", "information"),
        ("falmouth falmouth falmouth", "call"),  # a name said again and again
        ("xyz xyz xyz", "unclassified"),  # noise
        ("forty forty-two", "report.persons"),  # a number said twice, corrected
        ("fifty two five two", "report.persons"),
        ("soixante-six soixante-six personnes", "report.persons"),
        # "nous"/"vous" before a verb that is not theirs is its object
        ("Des migrants nous ont appelés, leur bateau coule.", "distress.relay"),
        # a problem is the craft's status in French as in English
        ("Nous avons un problème.", "report.status"),
        ("On a un souci.", "report.status"),
    ],
)
def test_speech_as_recognised(text: str, primary: str) -> None:
    reads(text, primary)


def test_a_number_said_twice_counts_once() -> None:
    assert bare_count(["fifty", "two", "fifty", "two"]) == (52, "en")
    assert bare_count(["fifty", "two", "five", "two"]) == (52, "en")  # digits repeat it
    assert bare_count(["forty", "forty", "two"]) == (42, "en")  # the second corrects
    assert bare_count(["one", "two", "three"]) == (123, "en")  # digits, one number


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # help offered with a verb of help in French, or the speaker's own unit sent
        ("Nous pouvons vous assister.", "assistance.offer"),
        ("Nous pouvons intervenir.", "assistance.offer"),
        ("Nous ne pouvons pas intervenir.", "assistance.unable"),
        ("We can send our RHIB.", "assistance.offer"),
        ("Nous allons engager notre vedette.", "assistance.offer"),
        ("I am going to escort that with the UK Coastguard.", "intention"),
        # a wh-question inverts its subject after an auxiliary; "qu'est-ce que" asks
        ("What will you do with them?", "question.intentions"),
        ("Where are you going to take them?", "question.intentions"),
        ("Qu'est-ce que vous comptez faire ?", "question.intentions"),
        ("Qu'est-ce qui se passe ?", "question"),
        ("What is your position?", "question"),
        # an answer echoed by its subject and auxiliary is the answer
        ("No, we don't.", "answer.negative"),
        ("Yes, we do.", "answer.affirmative"),
        ("Non, on n'a pas.", "answer.negative"),
        ("Oui, on a.", "answer.affirmative"),
        ("We do.", "information"),  # no answer said
        ("C'est bien ça.", "answer.affirmative"),
        ("Non, ce n'est pas ça.", "answer.negative"),
    ],
)
def test_offers_questions_and_answers_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # alone aboard, all present, someone missing: who is aboard
        ("He's alone on board.", "report.persons"),
        ("I'm by myself.", "report.persons"),
        ("Il est tout seul à bord.", "report.persons"),
        ("Everyone is here.", "report.persons"),
        ("Tout le monde est là.", "report.persons"),
        ("Il manque une personne.", "report.persons"),
        ("Il ne manque personne.", "report.persons"),
        ("We missed the ferry.", "information"),
        ("Are you alone?", "question"),
        # another's need after what is told of them is the point (a relative's call,
        # as the real corpus labels it); the speaker's own report stays first
        ("il est seul et a besoin d'aide", "request.assistance"),
        ("we are 40 people and we need help", "report.persons"),
        # a bound softened before a count
        ("Not more than 10.", "report.persons"),
        ("Un peu plus de 50.", "report.persons"),
        ("a hundred", "report.persons"),
        # the craft's power and list, in both languages
        ("We have no electricity.", "report.status"),
        ("On n'a plus d'électricité.", "report.status"),
        ("We're heeling badly.", "report.status"),
        # "its" written for "it's" before a verb
        ("its sinking", "distress.declare"),
        ("its engine is broken", "report.status"),
    ],
)
def test_who_is_aboard_and_the_craft_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a place is a hazard only when it is one
        ("You are heading for the rocks.", "warning"),
        ("you are heading towards the rocks to the north", "warning"),
        ("Vous entrez dans une zone interdite.", "warning"),
        ("You are standing into danger.", "warning"),
        ("Vous allez vous diriger vers le nord.", "task"),  # was a warning
        # the speaker's own craft going down is distress, said as recognised too
        ("were sinking", "distress.declare"),
        ("The boat is sinking.", "distress.declare"),
        ("Le bateau coule.", "distress.declare"),
        ("were taking on water", "report.status"),
        ("Were you sinking?", "question"),
    ],
)
def test_hazards_and_going_down(text: str, primary: str) -> None:
    reads(text, primary)


def test_a_message_part_is_said_without_the_comma_that_ends_it() -> None:
    mayday = classify(
        "Mayday mayday mayday, this is Skiff, we are sinking, three persons on board."
    )
    head = next(a for a in mayday.acts if a.kind == "distress.declare")
    assert head.slots["nature"] == "we are sinking"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the addressee told it coordinates is handed the case
        ("From now on you are coordinating.", "coordination.handover"),  # was assume
        ("You are now the coordinator.", "coordination.handover"),
        ("À partir de maintenant c'est vous qui coordonnez.", "coordination.handover"),
        ("Are you coordinating?", "question"),
        ("We are coordinating.", "coordination.assume"),
    ],
)
def test_the_addressee_told_it_coordinates(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the called station answers: "j'écoute" (its words are "je écoute": it never
        # matched), after its own name too
        ("J'écoute.", "call"),
        ("Gris-Nez, j'écoute.", "call"),
        ("J'écoute la radio.", "information"),
        # a station called by what it is and where, before the caller names itself
        ("Vessel in position 51 north 1 east, this is Dover Coastguard.", "call"),
        ("Motor vessel on my starboard bow, this is Ranger.", "call"),
        ("Navire en position 50 nord 1 est, ici la Marine nationale.", "call"),
        ("Mayday mayday mayday, this is Skiff.", "distress.declare"),
    ],
)
def test_call_ups_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


def test_a_hail_by_description_reports_no_position() -> None:
    hail = classify("Vessel in position 51 north 1 east, this is Dover Coastguard.")
    assert [a.kind for a in hail.acts] == ["call", "call"]


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # French procedure words
        ("Répétez.", "procedure.say-again"),
        ("Pouvez-vous répéter ?", "procedure.say-again"),
        ("Je n'ai pas compris.", "procedure.say-again"),
        ("Ne quittez pas.", "procedure.stand-by"),
        ("Un instant.", "procedure.stand-by"),
        ("Restez à l'écoute.", "procedure.stand-by"),
        ("Comment me recevez-vous ?", "procedure.radio-check"),
        ("Ne quittez pas la zone.", "instruction"),  # an order, not "hold the line"
        # a permission refused in the passive, in French
        ("Vous n'êtes pas autorisés à entrer dans nos eaux.", "permission.deny"),
    ],
)
def test_french_procedure_words_and_refusals(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # another's trouble passed on: told by them, or alerted to it
        ("They told us water is coming into the boat.", "distress.relay"),
        ("Ils disent que le bateau prend l'eau.", "distress.relay"),
        ("Un pêcheur nous signale un bateau qui coule.", "distress.relay"),
        ("We have been alerted to a rubber boat in trouble.", "distress.relay"),
        ("I have a report of a person in the water.", "distress.relay"),
        ("They told us they are fine.", "report.persons"),  # no trouble: no relay
        ("They say the weather is bad.", "information"),
        ("I have two persons in the water.", "report.persons"),
        # the addressee's distress call heard
        ("We hear your distress call.", "distress.ack"),
        ("Nous avons bien reçu votre appel de détresse.", "distress.ack"),
        ("Nous avons reçu un appel d'une embarcation en détresse.", "distress.relay"),
    ],
)
def test_relays_and_acknowledgements_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # an answer echoed by the question's verb and a pronoun for what it asked about
        ("yes yes we can see it", "answer.affirmative"),
        ("no we cannot see anything", "answer.negative"),
        ("oui on le voit", "answer.affirmative"),
        ("non on ne voit rien", "answer.negative"),
        ("We see them.", "information"),  # no answer said
        ("Yes, we have lost the engine.", "report.status"),  # says more than yes
        # recognised speech: "qu'est-ce que" asks without its question mark; after an
        # order's clitic object a new subject opens a clause
        ("qu'est-ce que vous comptez faire", "question.intentions"),
        ("aidez nous on va mourir", "distress.declare"),
        # not wanting to go back refuses it, "ne" dropped or not
        ("We don't want to go back to Libya.", "refuse"),
        ("On veut pas retourner en Libye.", "refuse"),
    ],
)
def test_echoed_answers_and_recognised_questions(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # typed text writes a name in capitals: a lowercase word after "c'est" is none
        ("C'est clair.", "ack"),  # it was a call-up of a station "clair"
        ("C'est noté.", "ack"),
        ("C'est clair ?", "question"),
        ("Le ciel est clair.", "information"),
        ("C'est le CROSS.", "call"),
        ("c'est falmouth", "call"),  # recognised speech has no capitals
        # a place said by its subject is no question asked by a noun
        ("on est à côté de la bouée", "report.position"),
        ("votre position", "question"),
    ],
)
def test_confirmations_and_places_said(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # asked to be told, or wanting to know, asks
        ("can you tell me how many people are on board", "question"),
        ("pouvez-vous me dire où vous êtes", "question"),
        ("dites-moi combien vous êtes", "question"),
        ("I would like to know your position", "question"),
        ("je voudrais connaître votre position", "question"),
        ("please tell us what you plan to do with the boat", "question.intentions"),
        ("Can you tell them to stop?", "request"),
        ("Please tell the skipper to call us.", "request"),
    ],
)
def test_asked_to_be_told(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a condition said without "if": the addressee in the present, then a future
        ("You obey, you will be safe.", "warning"),  # as the real corpus labels it
        ("Vous obéissez, vous serez en sécurité.", "warning"),
        ("You continue on this course, you will run aground.", "warning"),
        ("You know, we will sink.", "distress.declare"),  # a hedge, no condition
        ("You are right, we will call you.", "intention"),  # no condition: "are"
    ],
)
def test_a_condition_said_without_if(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # an order named as one, and an order said again after "I repeat"
        ("This is an order.", "instruction"),
        ("C'est un ordre.", "instruction"),
        ("this is an order stop your engine", "instruction"),
        ("i repeat stop your engine", "instruction"),  # was a request to say again
        ("Please repeat.", "procedure.say-again"),
        # what to repeat, named, is asked for (the real corpus: "Repeat your ship's name")
        ("Please repeat your position.", "request"),
    ],
)
def test_orders_named_and_repeated(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # "got it" receives; it is no question inverted ("have you got it?" is)
        ("Got it.", "ack"),  # was a question
        ("Got it?", "question"),
        # help on its way, named by who brings it or by fetching the addressee
        ("Les pompiers arrivent.", "assistance.offer"),
        ("Un bateau va venir vous chercher.", "assistance.offer"),
        ("A boat will come and pick you up.", "assistance.offer"),
        ("On arrive.", "assistance.offer"),
        # names in capitals joined by "ici", "de" are a call-up, not another language
        ("Gris-Nez, ici Flamant.", "call"),  # was unclassified, language "und"
        ("Gris-Nez de Flamant.", "call"),
        ("Vi har kontroll, du må svinge.", "unclassified"),
    ],
)
def test_receipts_help_and_call_ups(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # an order put as what the speaker is doing
        ("We are ordering you to stop.", "instruction"),
        ("I am a warship proposing that you stop your engines.", "instruction"),
        # a long statement whose reading went astray still states something
        (
            "I reiterate that as you are in a strait, under the law your passage must not"
            " be impaired, obstructed, or hampered",
            "information",
        ),
    ],
)
def test_orders_as_doing_and_long_statements(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # "côtes" are coasts as well as ribs
        ("on est près des côtes anglaises", "report.position"),  # was persons' health
        ("J'ai mal aux côtes.", "report.persons"),
    ],
)
def test_coasts_and_ribs(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # persons in a bad state, said as a state, not by an illness
        ("He's in a bad way.", "report.persons"),
        ("Some of them are in bad shape.", "report.persons"),
        ("Certains sont dans un état grave.", "report.persons"),
        ("Il est mal en point.", "report.persons"),  # "point" is no position here
        # who survived, who did not, a body found
        ("Everyone survived.", "report.persons"),
        ("Deux n'ont pas survécu.", "report.persons"),
        ("We have found a body.", "report.persons"),
        # a fit, a hurt back; the weather is no one's health
        ("Il fait un malaise.", "report.persons"),
        ("Je me suis fait mal au dos.", "report.persons"),
        ("Il fait froid.", "information"),
        # the body cannot move, not the craft
        ("He can't move his legs.", "report.persons"),
        ("We can't move the boat.", "report.status"),
        # too many aboard
        ("trop de monde sur le bateau", "report.persons"),
        # a form filled in: the label before a colon asks nothing
        ("Number of persons: 60.", "report.persons"),
        ("Number of persons?", "question"),
    ],
)
def test_persons_state_and_labelled_values(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize("text", ["The boat is in a bad state.", "Le bateau est en mauvais état."])
def test_a_crafts_bad_state_is_not_the_persons(text: str) -> None:
    assert classify(text).primary != "report.persons"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a noun's "'s" before what is said of it is "is"
        ("The engine's dead.", "report.status"),
        ("The battery's dead.", "report.status"),
        ("The helicopter's on its way.", "assistance.offer"),
        # before what it owns it stays a possessive
        ("What is the ship's position?", "question"),
        ("ship's name", "question"),
    ],
)
def test_a_nouns_s_is_is(text: str, primary: str) -> None:
    reads(text, primary)


def test_a_possessive_s_keeps_its_noun_phrase() -> None:
    (act,) = classify("The ship's name is Alpha.").acts
    assert act.clause is not None and act.clause["agent"] == "third:ship name"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a reflexive order said to all is no question
        ("Asseyez-vous tous.", "instruction"),
        ("Avez-vous tous des gilets ?", "question"),
        # helm orders and the phone's battery ask for no help
        ("Come alongside on our port side.", "instruction"),
        ("Venez sur notre bâbord.", "instruction"),
        ("Save your battery.", "instruction"),
        ("Please come quickly.", "request.assistance"),
        ("Save us!", "request.assistance"),
        # an unknown verb before "something" orders it
        ("Wave something.", "instruction"),
        ("Need anything?", "question"),
    ],
)
def test_orders_to_all_and_helm_orders(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # how persons are, said with "fine", "ok", "better"
        ("We're okay.", "report.persons"),
        ("I'm fine.", "report.persons"),
        ("Il va mieux.", "report.persons"),
        ("It's fine.", "information"),  # the situation, not the persons
        ("We feel better to be here.", "information"),
        # who the persons are
        ("Most of them are Afghans.", "report.persons"),
        ("Ce sont des enfants.", "report.persons"),
        ("A kayaker is in difficulty.", "distress.relay"),  # another's trouble
        ("This is a warship.", "information"),
        # a person said with an adjective between; "une personne" is no "nobody"
        ("There's an old man with us.", "report.persons"),
        ("Il y a une personne âgée.", "report.persons"),
        ("Personne n'est blessé.", "report.persons"),
        # the body that cannot feel is no refusal
        ("I can't feel my hands.", "report.persons"),
        ("I cannot take them on board.", "assistance.unable"),
        ("Il est diabétique.", "report.persons"),
    ],
)
def test_how_and_who_the_persons_are(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # others in danger: persons named by an indefinite, or "they"
        ("A swimmer is in difficulty off the beach.", "distress.relay"),
        ("Un nageur est en difficulté.", "distress.relay"),
        ("They are sinking.", "distress.relay"),
        ("Ils sont en détresse.", "distress.relay"),
        # the speaker's own, a craft said as "it", persons' health, a saying
        ("We are sinking.", "distress.declare"),
        ("It's sinking.", "distress.declare"),
        ("A man is hurt.", "report.persons"),
        ("They say the weather is bad.", "information"),
    ],
)
def test_others_in_danger(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # thanks said with a verb, and the wishes that close an exchange
        ("Je vous remercie.", "thanks"),
        ("Nous vous remercions de votre aide.", "thanks"),
        ("Merci de nous avoir appelés.", "thanks"),
        ("Thanks for letting us know.", "thanks"),
        ("I appreciate it.", "thanks"),
        ("Thank you, have a good day.", "thanks"),
        ("Merci, bonne soirée.", "thanks"),
        ("Merci, c'est gentil.", "thanks"),
        # "merci de" / "je vous remercie de" + an infinitive is a polite order
        ("Merci de garder l'écoute sur le canal 16.", "instruction"),
        ("Je vous remercie de bien vouloir quitter la zone.", "instruction"),
        ("Thank you, we will proceed to the position.", "intention"),
    ],
)
def test_thanks_and_closing_wishes(text: str, primary: str) -> None:
    reads(text, primary)


def test_a_polite_order_is_read_past_bien_vouloir() -> None:
    acts = classify("Je vous remercie de bien vouloir quitter la zone.").acts
    assert [a.clause["predicate"] for a in acts if a.clause is not None] == ["quitter"]


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # an area closed to the addressee; a ship that is military is none
        ("You are in a restricted area.", "warning"),
        ("Vous êtes dans une zone interdite.", "warning"),
        ("Vous êtes dans une zone d'exclusion.", "warning"),
        ("This is a military warship.", "information"),
        ("You are near the beach.", "report.position"),
        # too close, on a collision course
        ("You are too close to our vessel.", "warning"),
        ("You are on a collision course.", "warning"),
        ("Risque de collision.", "warning"),
        ("A large ship is approaching you.", "warning"),
        ("We are too close to the rocks.", "report.position"),
        # what will be done to the addressee; the weather that will worsen
        ("You will be boarded.", "warning"),
        ("Vous allez être arraisonnés.", "warning"),
        ("The weather is going to get worse.", "warning"),
        ("La météo va se dégrader.", "warning"),
        ("Gale warning.", "warning"),
        ("The situation is getting worse.", "report.status"),
        # a hazard the addressee heads for or will hit
        ("You're heading for the sandbank.", "warning"),
        ("vous allez toucher les rochers", "warning"),
        ("We are stuck on a sandbank.", "report.status"),  # aground: a status
        # a threat in the present as the outcome
        ("Stop now or we shoot.", "instruction"),
    ],
)
def test_closed_areas_collisions_and_worsening_weather(text: str, primary: str) -> None:
    reads(text, primary)


def test_a_threat_in_the_present_warns() -> None:
    kinds = [a.kind for a in classify("N'approchez pas sinon on tire.").acts]
    assert kinds == ["instruction", "warning"]


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the case left in the addressee's hands, the turn to act theirs
        ("Je vous laisse la main.", "coordination.handover"),
        ("On laisse la main aux Français.", "coordination.handover"),
        ("I'll leave it with you.", "coordination.handover"),
        ("I'll leave it in your hands.", "coordination.handover"),
        ("Je vous laisse gérer.", "coordination.handover"),
        ("C'est à vous maintenant.", "coordination.handover"),
        ("À vous de jouer.", "coordination.handover"),
        ("Prenez le relais.", "coordination.handover"),
        # persons left, a turn ended, a relay of a MAYDAY are no handover
        ("We will leave the survivors with you.", "intention"),
        ("Reçu, à vous.", "ack"),
        ("Mayday relais, mayday relais, mayday relais.", "distress.relay"),
    ],
)
def test_the_case_left_to_the_addressee(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # who said alone answers as a number said alone does
        ("Everybody.", "report.persons"),
        ("Nobody.", "report.persons"),
        ("Tout le monde.", "report.persons"),
        ("Deux d'entre eux.", "report.persons"),
        # not after "yes" (the answer), not when it calls those it names
        ("Yes, both of them.", "answer.affirmative"),
        ("Everybody, listen.", "instruction"),
        # "listen" is an order alone or with its object; a lead before a clause
        ("Listen.", "instruction"),
        ("Listen to me.", "instruction"),
        ("Écoutez-moi bien.", "instruction"),
        ("Listen, we are sinking.", "distress.declare"),
    ],
)
def test_who_said_alone_and_listen(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a French negative order with object pronouns before its verb
        ("Ne vous approchez pas.", "instruction"),
        ("Ne vous inquiétez pas.", "information"),  # reassurance orders nothing
        ("Don't worry.", "information"),
        ("Ne le touchez pas.", "instruction"),
        ("Nous ne bougeons pas.", "report.status"),  # the subject before "ne"
        # not to be left, not to be let die; begging
        ("Ne nous laissez pas.", "request.assistance"),
        ("Ne nous quittez pas.", "request.assistance"),
        ("Ne nous laissez pas mourir.", "request.assistance"),
        ("Don't leave us.", "request.assistance"),
        ("Don't let us die.", "request.assistance"),
        ("Let us go.", "intention"),
        ("I'm begging you.", "request.assistance"),
        ("Je vous en supplie.", "request.assistance"),
        ("We beg you, help us.", "request.assistance"),
        ("I'm afraid we cannot.", "refuse"),
    ],
)
def test_negative_french_orders_and_pleas(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # an order put on all aboard, in the present
        ("Everybody stays in the boat.", "instruction"),
        ("Nobody moves.", "instruction"),
        ("Tout le monde reste assis.", "instruction"),
        ("Que personne ne bouge.", "instruction"),
        # in the past, of a state, or what they are doing: a report
        ("Everybody jumped.", "information"),
        ("Everybody is wearing life jackets.", "report.persons"),
        ("Tout le monde va bien.", "report.persons"),
        # ordered in the passive; an order without its verb
        ("You are instructed to stop.", "instruction"),
        ("Il vous est demandé de stopper.", "instruction"),
        ("Hands up!", "instruction"),
        ("Les mains en l'air !", "instruction"),
        ("One at a time.", "instruction"),
        ("Women and children first.", "instruction"),
        ("We were the first to arrive.", "information"),
        # the craft done for, in learner's words
        ("the boat is finish", "report.status"),
        ("Le bateau est fini.", "report.status"),
        ("The search is finished.", "search.terminate"),
    ],
)
def test_orders_to_all_aboard_and_without_a_verb(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the craft burning, in French as in English
        ("Le bateau est en feu.", "distress.declare"),
        ("On est en feu.", "distress.declare"),
        ("Le bateau brûle.", "distress.declare"),
        ("The boat is on fire.", "distress.declare"),
        ("Le moteur est en feu.", "report.status"),  # a part's fire: its nature
    ],
)
def test_a_craft_burning(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # contact sought, nobody named
        ("Is anybody there?", "call"),
        ("Il y a quelqu'un ?", "call"),
        ("Hello, hello, anybody?", "call"),
        ("Is anybody hurt?", "question"),
        ("Il y a quelqu'un dans l'eau.", "report.persons"),
        # "X pour Y" calls; "parlez" lets the caller speak
        ("Flamant pour Gris-Nez.", "call"),
        ("Gris-Nez, parlez.", "call"),
        ("Parlez plus fort.", "instruction"),
    ],
)
def test_contact_sought_and_french_call_ups(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # recognised speech runs a closing wish into the thanks
        ("thank you have a good day", "thanks"),
        ("merci bonne soirée", "thanks"),
        # French "quel" asked in place after a preposition, without its "?"
        ("l'eau est à quelle hauteur", "question"),
        ("vous êtes à quelle distance de la côte", "question"),
        ("je ne sais pas à quelle distance on est", "information"),
    ],
)
def test_recognised_closings_and_quel_in_place(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a clause broken off mid-phrase says nothing known
        ("…Little Missie, Little Missie, we have a…", "unclassified"),
        ("On a un…", "unclassified"),
        ("We are sinking and we have a...", "distress.declare"),
        # complete clauses that end on such words are none ("il y en a", "là")
        ("Il y en a.", "report.persons"),
        ("C'est très chaud là.", "information"),
    ],
)
def test_a_clause_broken_off(text: str, primary: str) -> None:
    reads(text, primary)


def test_a_broken_off_clause_says_why() -> None:
    acts = classify("We are sinking and we have a...").acts
    assert acts[-1].kind == "unclassified"
    assert acts[-1].slots["reason"].startswith("cut off")


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a statement confirmed by a yes or no said after it is the answer
        ("Elle est âgée, oui.", "answer.affirmative"),
        ("He left this morning, yes.", "answer.affirmative"),
        # a yes before something new, or a yes after an act of substance, is not
        ("Yes. My name is John Smith.", "information"),
        ("We are sinking, yes.", "distress.declare"),
    ],
)
def test_a_statement_confirmed_after(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # "yes please", "oui s'il vous plaît" answer yes (an offer makes it an acceptance)
        ("Yes please.", "answer.affirmative"),
        ("Oui s'il vous plaît.", "answer.affirmative"),
        ("S'il vous plaît, aidez-nous.", "request.assistance"),
        # ready to act; a rescue craft on its way
        ("Nous sommes prêts à intervenir.", "assistance.offer"),
        ("Je suis prêt à vous aider.", "assistance.offer"),
        ("Le canot est en route.", "assistance.offer"),
        ("Un canot pneumatique est en route vers l'Angleterre.", "information"),
        # a subject and "be" ask nothing, whatever their nouns
        ("Le bateau est en route.", "information"),
        # help not wanted; not wanting to be taken aboard
        ("On ne veut pas de votre aide.", "assistance.decline"),
        ("We don't want to go with you.", "assistance.decline"),
        ("On ne veut pas monter.", "assistance.decline"),
        ("On veut pas retourner en Libye.", "refuse"),
        # the case outside the speaker's own zone, in French
        ("C'est en dehors de notre zone SAR.", "coordination.decline"),
        ("This is not Libyan territorial waters.", "report.position"),  # as labelled
    ],
)
def test_offers_acceptances_and_declines_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # those rescued said to be aboard the rescuer
        ("The survivors are on board.", "report.rescued"),
        ("Les rescapés sont à bord.", "report.rescued"),
        ("We have them on board.", "report.rescued"),
        ("On les a à bord.", "report.rescued"),
        ("The survivors are in the water.", "report.persons"),
        ("We have 40 people on board.", "report.persons"),
        # the state of the rescue is no order to rescue
        ("Rescue complete, 12 persons recovered.", "report.rescued"),
        ("Rescue the people.", "task"),
    ],
)
def test_those_rescued_aboard(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # what the speaker will do, said in the French present
        ("On reste avec l'embarcation.", "intention"),
        ("Je vous rappelle.", "intention"),
        ("On vous tient au courant.", "intention"),
        ("On attend ici.", "intention"),
        # what the craft or the persons undergo is no plan
        ("On attend depuis trois heures.", "information"),
        ("On tient le coup.", "information"),
        ("On dérive.", "report.status"),
    ],
)
def test_french_present_plans(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # "and" inside a number, and "a" for "one"
        ("a hundred and fifty people", 150),
        ("one hundred and fifty people", 150),
        ("two hundred and twenty persons", 220),
        ("a hundred people", 100),
        ("about a hundred people", 100),
        ("hundred and fifty people", 150),  # recognised without its "a"
        ("fifty people", 50),
    ],
)
def test_counts_with_and_and_a(text: str, count: int) -> None:
    (act,) = classify(text).acts
    assert (act.kind, act.slots.get("count")) == ("report.persons", count)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # a position's numbers labelled "latitude" and "longitude"
        ("latitude 51 02.5 N longitude 001 50.3 E", 51.04167, 1.83833),
        ("Latitude 35 10 N, longitude 012 20 E.", 35.16667, 12.33333),
        ("position latitude 50 57 N longitude 1 35 E", 50.95, 1.58333),
    ],
)
def test_positions_labelled_latitude_and_longitude(text: str, lat: float, lon: float) -> None:
    act = next(a for a in classify(text).acts if a.kind == "report.position")
    assert (act.slots["lat"], act.slots["lon"]) == (lat, lon)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a French inversion with its "-t-", unpunctuated
        ("y a-t-il des enfants à bord", "question"),
        ("a-t-il un gilet", "question"),
        # "quoi", "combien" after a verb of knowing tell; "je me demande" wonders
        ("Je ne sais pas quoi faire.", "information"),
        ("vous êtes combien", "question"),
        ("Je me demande s'ils vont venir.", "information"),
        ("Je vous demande de stopper.", "instruction"),
        # "s'il" is "si il": a condition
        ("S'il coule, appelez-nous.", "instruction"),
        # exclamations opened by "what", "how", "quel"
        ("What a nightmare.", "information"),
        ("How terrible.", "information"),
        ("Quelle horreur.", "information"),
        ("how many people", "question"),
        ("Quelle est votre position.", "question"),
        ("quel bateau", "question"),
    ],
)
def test_questions_told_from_exclamations_and_wondering(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # the hemisphere said first, as a GPS writes it
        ("N 51 02.5 E 001 50.3", 51.04167, 1.83833),
        ("position N 35 10 E 012 20", 35.16667, 12.33333),
        ("S 33 52 E 151 12", -33.86667, 151.2),
        ("Our position is N 51 02.5 E 001 50.3, we are sinking", 51.04167, 1.83833),
    ],
)
def test_a_gps_hemisphere_first(text: str, lat: float, lon: float) -> None:
    act = next(a for a in classify(text).acts if a.kind == "report.position")
    assert (act.slots["lat"], act.slots["lon"]) == (lat, lon)
    assert act.span is not None and act.matched is not None
    said = text.partition(",")[0]
    assert act.matched.split()[-1] == said.split()[-1]  # all of it read


def test_a_position_alone_calls_no_station() -> None:
    # its capital letters N and E are no name
    assert [a.kind for a in classify("51 02 N 001 50 E").acts] == ["report.position"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a count before a French noun of persons in a clause too short to be French
        ("47 passagers.", 47),
        # "there is" and a number, as learners say it
        ("There is 47.", 47),
        ("There are 47.", 47),
    ],
)
def test_counts_across_languages_and_there_is(text: str, count: int) -> None:
    act = classify(text).acts[0]
    assert (act.kind, act.slots.get("count")) == ("report.persons", count)
