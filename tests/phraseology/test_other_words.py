"""Patterns that verbatim real speech showed the reader, each pinned down by a few
sentences written for it (issue 15).

Each test holds one general pattern ("a machine's will-not is an inability", "a name
in title case is a name") in English and French, with the near cases it must not
catch. They are not a measure of understanding: that is verbatim real speech,
``benchmarks/accuracy.py``, whose floor ``test_clauses.py`` holds.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a station called without a comma, then its order; "you" + a command verb
        ("russian warship go away", "instruction"),
        ("dover coastguard send help", "request.assistance"),
        ("this is the navy you go", "instruction"),
        # ... but "request you take over" asks, and a craft's noun is no vocative
        ("Request you monitor it.", "request"),
        ("boat fire on board", "report.status"),
        ("rescue helicopter on scene", "information"),
        # a lower-case station name is a call-up, not a place
        ("coast guard sector anchorage", "call"),
        ("queen of the north prince rupert traffic what is your position over", "question"),
        # speech asks with "are" unsaid, and with a tag but no comma
        ("you gonna leave me", "question.intentions"),
        ("you said two whistles right", "question"),
        ("vous êtes quarante non", "question"),
        ("turn right", "instruction"),
        # a French inversion opens a question in unpunctuated speech
        ("j'ai suivi l'opération souhaitez-vous que je me dirige vers le bateau", "question"),
        ("que comptez-vous faire", "question.intentions"),
        # a phrase said twice is a clause of its own; a subject and its reflexive, or
        # an intensifier, said twice are not
        ("tirs de sommation tirs de sommation prendre toutes les précautions", "instruction"),
        ("warning warning you are entering a restricted area", "warning"),
        ("nous nous déroutons vers Calais", "intention"),
        # contractions typed or recognised without their apostrophe
        ("theyre in the water", "report.persons"),
        ("whats your position", "question"),
        ("wheres the boat", "question"),
        ("we didnt see anything", "information"),
    ],
)
def test_recognised_speech_without_punctuation(text: str, primary: str) -> None:
    result = classify(text)
    assert result.primary == primary, [(a.kind, a.frame) for a in result.acts]


def test_get_it_going_keeps_its_object() -> None:
    """An "it" + an -ing form is an object ("cannot get it going"), "it is" a subject."""
    assert len(classify("the engineers cannot get it going").acts) == 1
    kinds = [a.kind for a in classify("the boat is sinking it is taking water").acts]
    assert kinds == ["distress.declare", "report.status"]


@pytest.mark.parametrize(
    "text",
    [
        "people in the water",  # "people" is no verb ("to people")
        "Des femmes et des enfants.",  # "des" is no verb ("de")
        "We're a lot of people.",
        "Nous sommes nombreux.",
        "I'm alone on board.",
        "Je suis seul à bord.",
        "There's lots of us.",
        "Il y en a quarante.",
        "The boat is full of people.",
        "Just me.",
        "Nobody can swim.",
        "Personne ne sait nager.",
        "about thirty asylum seekers",
        "Trente-deux.",
    ],
)
def test_persons_said_without_a_count_noun(text: str) -> None:
    assert classify(text).primary == "report.persons", [a.kind for a in classify(text).acts]


def test_a_french_number_alone_is_a_french_count() -> None:
    result = classify("Trente-deux.")
    assert (result.acts[0].slots["count"], result.language) == (32, "fr")


@pytest.mark.parametrize(
    "text",
    ["All vessels in the vicinity keep a sharp lookout", "In case of doubt call us"],
)
def test_an_order_after_a_place_said_first(text: str) -> None:
    assert classify(text).primary == "instruction"


@pytest.mark.parametrize(
    "text",
    [
        "we cannot get back to shore",  # an inability of the craft, not a refusal
        "we can't row anymore",
        "on n'arrive plus à ramer",
        "the pump can't keep up",
        "We're still afloat.",
        "on flotte encore",
        "we're at anchor",
        "the dinghy is breaking apart",
        "il y a un trou dans le bateau",
        "Fire in the engine room.",  # a thing and where it is, no order to fire
    ],
)
def test_a_craft_condition_in_other_words(text: str) -> None:
    assert classify(text).primary == "report.status", [a.kind for a in classify(text).acts]


def test_cannot_comply_still_refuses() -> None:
    assert classify("We cannot comply").primary == "refuse"
    assert classify("the tide turns at fourteen hundred").primary == "information"


@pytest.mark.parametrize(
    "text",
    [
        "requesting assistance",
        "demande de remorquage",
        "We need to be picked up.",
        "on veut être secourus",
        "il faut venir nous chercher",
        "get us out of here",
        "sortez-nous de là",
        "please please we need you to come",
        "Please rescue us.",  # for the speakers themselves: no tasking
        "secourez-nous",
        "Need assistance.",  # no subject
        "Require assistance urgently.",
        "Besoin d'aide.",
        "They need to be rescued now.",  # others, in the passive
        "Ils doivent être évacués.",
    ],
)
def test_help_asked_in_other_words(text: str) -> None:
    assert classify(text).primary == "request.assistance", [a.kind for a in classify(text).acts]


def test_rescue_of_a_casualty_is_still_a_task() -> None:
    assert classify("Rescue the persons in the water.").primary == "task"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("on est dans l'eau", "distress.declare"),  # the speakers in the water
        ("on a de l'eau dans le bateau", "report.status"),  # water in the craft
        ("we won't last long", "distress.declare"),  # no refusal: nothing was asked
        ("on ne va pas tenir longtemps", "distress.declare"),
        ("on est en difficulté", "distress.declare"),
        ("le bateau a coulé", "report.status"),  # as "the boat has sunk"
        ("we will not stop", "refuse"),
        ("on n'avance plus", "report.status"),
        ("Our lives are in danger.", "distress.declare"),  # lives, not the speakers
        ("Nos vies sont en danger.", "distress.declare"),
        ("The boat is in difficulty.", "distress.declare"),  # as "en difficulté"
    ],
)
def test_distress_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("I'm handing this over to you.", "coordination.handover"),  # "this" between
        ("you are now in charge of this case", "coordination.handover"),
        ("vous avez la coordination", "coordination.handover"),  # "la" is an article
        ("we don't deal with that", "coordination.decline"),
        ("c'est nous qui gérons", "coordination.assume"),  # "gérons" is no future
        # a pronoun a frame names is no word of coordination's domain
        ("This is not Libyan territorial waters, I'm at the high sea", "report.position"),
    ],
)
def test_coordination_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("One hundred and twenty.", 120),  # "and" inside a number
        ("between 50 and 60", 60),  # a range counts its upper end, as "30 to 40 people"
        ("150 or so", 150),
        ("Une quarantaine.", 40),  # a French approximation, with its article
        ("40 à 50", 50),
        ("a hundred", 100),
        ("une soixantaine de personnes", 60),  # the number ends before "de"
        ("the number of people is around 60", 60),  # a hedge before the count
        ("there's roughly sixty of them", 60),
        ("Vingt et une personnes.", 21),  # the "et" inside a French number
        ("quatre vingts personnes", 80),  # the plural "vingts", written apart
        ("Deux à bord.", 2),  # "à bord" after a number counts those aboard
        ("Le navire a 20 membres d'équipage.", 20),  # "membres" before the persons
        ("Number of crew 12.", 12),  # the SMCP order after "number of"
        ("45 ppl on board.", 45),  # the written short form of "people"
        ("On est à peu près 40.", 40),  # "à peu près" hedges as "environ"
    ],
)
def test_counts_in_other_words(text: str, count: int) -> None:
    acts = classify(text).acts
    assert [a.kind for a in acts] == ["report.persons"], [a.kind for a in acts]
    assert acts[0].slots.get("count") == count


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("five and", "information"),  # no number: "and" must stand inside one
        ("moi et mon fils", "report.persons"),  # the speaker among those on board
        ("Mon fils est avec moi.", "report.persons"),
        ("Everybody in the water.", "report.persons"),  # "everybody" the subject
        ("everyone is on board", "report.rescued"),  # on board the rescuer: no count
        # a stressed pronoun before the subject clitic leaves the verb its subject's
        ("moi je peux vous jurer qu'il y a des gens qui arrivent", "information"),
    ],
)
def test_persons_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("The engine won't start.", "report.status"),  # a machine cannot, not will not
        ("the coastguard won't come", "assistance.unable"),  # an institution will not
        ("the pumps cannot keep up", "report.status"),  # "pumps" after "the": a noun
        ("we can't move", "report.status"),  # the craft, not a body
        ("he's not moving", "report.persons"),
        ("il y a de l'eau qui rentre", "report.status"),  # water, not persons in it
        ("Il y a des gens à l'eau", "report.persons"),
        # spoken French drops the "il" of "il y a"
        ("Y'a des femmes et des enfants.", "report.persons"),
        ("y a de l'eau qui rentre", "report.status"),
        ("on y va", "intention"),  # a "y" after the subject is no "il y a"
        ("we're rolling heavily", "report.status"),
        ("le bateau penche", "report.status"),
        ("on a tapé quelque chose", "report.status"),
        # a first plural the dictionary gives to a noun ("avançons" → "avançon")
        ("Nous n'avançons plus.", "report.status"),
        # the craft named by a pronoun
        ("Elle coule.", "distress.declare"),
        ("ça coule", "distress.declare"),
        ("Il a coulé.", "report.status"),
        ("It sank.", "report.status"),
        # "tout" the subject: no order "va"; everything fine is the craft's status (the
        # persons are "tout le monde va bien")
        ("tout va bien", "report.status"),
        ("ça va", "information"),
        # a part that breaks or gives way ("broke" is no adjective here)
        ("The floor broke.", "report.status"),
        ("The cargo shifted.", "report.status"),
        ("la corde a cassé", "report.status"),
        ("Le boudin a crevé.", "report.status"),
        ("Le pneumatique perd de l'air.", "report.status"),  # losing air
        ("the window of opportunity has passed", "information"),  # no breaking
    ],
)
def test_craft_status_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Forty seven, forty seven persons.", 47),  # number words tell no language
        ("at least forty", 40),  # a hedge before a number alone
        ("plus de 100", 100),
        ("quarante, quarante-cinq", 45),  # the second number corrects the first
        ("Fifty. Five-zero.", 50),
        ("Yeah, 40.", 40),  # a number alone after a yes answers "how many"
        ("Ouais, une quarantaine", 40),
        ("Roger, forty-five", 45),
        ("50, maybe 60.", 60),  # a second guess after a hedge corrects the first
        ("40/45", 45),  # written digits one after the other: a range
        # the words an answer wraps a count in, and a doubt beside it
        ("It's 52.", 52),
        ("52 in total.", 52),
        ("Forty, I think.", 40),  # not a station called "Forty"
        ("I don't know, maybe 50.", 50),
        ("Je sais pas, peut-être 50.", 50),
        ("i don't know maybe 50", 50),  # recognised speech, no comma
    ],
)
def test_counts_said_with_hedges_and_answers(text: str, count: int) -> None:
    acts = classify(text).acts
    counts = [a for a in acts if a.kind == "report.persons"]
    assert classify(text).primary == "report.persons", [a.kind for a in acts]
    assert counts[0].slots.get("count") == count


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("one, two, three", "information"),  # a count of three numbers is a radio check
        ("at four", "information"),  # "at" is no hedge without "least"
        ("maybe 40 maybe", "report.persons"),  # a hedge said again splits nothing
        ("Ouais.", "answer.affirmative"),  # French "yes", not a station called
        ("Ouais, on coule", "distress.declare"),
    ],
)
def test_no_count_where_none_was_said(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    "text",
    [
        "changez votre cap à 3, 6, 0 degrés",  # a heading said digit by digit
        "Position 29 19 north, 131.",  # the next part of a position
        "I don't know.",  # a doubt alone states it
    ],
)
def test_no_count_in_numbers_that_go_on(text: str) -> None:
    kinds = [a.kind for a in classify(text).acts]
    assert kinds and "report.persons" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("You're gonna put your life jackets on, okay?", "instruction"),  # "be" only as aux
        ("you will be safe", "information"),  # "be" the verb: no order
        ("you will see a helicopter", "information"),  # what will happen, no order
        ("you will be rescued", "information"),  # done to the addressee: no task
        ("you will proceed to the position", "task"),  # a place to go, no hazard
        ("you are heading for the rocks", "warning"),
        ("Il faut mettre les gilets.", "instruction"),  # impersonal obligation
        ("il ne faut pas bouger", "instruction"),
        ("il faut venir", "request.assistance"),  # help asked so stays a request for it
        ("Let us know if anything changes.", "instruction"),  # no "let's"
        ("let's go", "intention"),
        ("Send me your position on WhatsApp.", "instruction"),  # information, not help
        ("send a boat", "request.assistance"),
        ("Tell them to stay calm.", "instruction"),  # an order passed on
        ("I want everyone to sit down.", "instruction"),
        ("Faites demi-tour.", "instruction"),  # irregular French imperatives
        ("Dites-leur de s'asseoir.", "instruction"),
        ("vous dites que vous êtes 40", "information"),
        # a French reflexive order with "de" after it; "veuillez" + an infinitive
        ("Rapprochez-vous de la côte.", "instruction"),
        ("Éloignez-vous du navire.", "instruction"),
        ("Apercevez-vous le bateau ?", "question"),  # a direct object asks
        ("Veuillez réduire votre vitesse.", "instruction"),
        ("Come left.", "instruction"),  # a helm order, no call for help
        ("Come to starboard.", "instruction"),
        ("Come quickly!", "request.assistance"),
        # a French order in the "vous" form that no word list knows opens a French line
        ("Reculez.", "instruction"),
        ("Rebroussez chemin.", "instruction"),
        ("Attendez les secours.", "instruction"),  # the lead "attendez" with an object
        ("Attendez, je vérifie.", "information"),
    ],
)
def test_orders_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("I can see the French coast.", "report.position"),  # what is seen places them
        ("On voit les lumières de Douvres.", "report.position"),
        ("I see people on the beach", "report.persons"),  # persons seen stay persons
        ("I can see a man in the water", "report.persons"),  # "man" after an article
        ("cheers mate", "thanks"),  # a vocative names nobody
        ("We are in the middle of the Channel.", "report.position"),
        ("nous sommes dans le rail", "report.position"),
        ("I sent you the location on WhatsApp.", "report.position"),
        ("Je vous ai envoyé la position par WhatsApp.", "report.position"),  # no offer
        ("we are sending the lifeboat to your position", "assistance.offer"),
        # "vous" after "nous" is the object: the stressed-pronoun reading keeps "nous"
        ("nous vous envoyons une vedette", "assistance.offer"),
        # a place said after a preposition is no question asked by a noun
        ("Près de la plage.", "report.position"),
        ("Près des éoliennes.", "report.position"),
        ("votre position", "question"),
        # a clause-opening "à" (accent folded, or not typed on a capital) is no "avoir"
        ("A côté de l'éolienne.", "report.position"),
        ("a besoin d'aide", "request.assistance"),
    ],
)
def test_positions_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Lady Grace, Coast Guard.", "call"),  # a name in title case, common words or not
        ("Coast Guard, Lady Grace.", "call"),
        ("Queen Mary, Queen Mary, Solent Coastguard", "call"),
        ("Women and children.", "report.persons"),  # not all capitalised
        ("Women, Children", "report.persons"),  # a list, not names
        ("Two Men.", "report.persons"),  # a count
        ("WOMEN AND CHILDREN", "report.persons"),  # all capitals tell nothing
        ("Hello? Hello?", "call"),  # a greeting alone opens contact
        ("Bonsoir monsieur.", "call"),
        ("Good evening.", "call"),
        ("Good.", "unclassified"),
        ("hello we are sinking", "distress.declare"),
        ("Hello, can anyone hear me?", "procedure.radio-check"),
        ("Vous m'entendez ?", "procedure.radio-check"),
        ("quelqu'un nous entend ?", "procedure.radio-check"),
        ("Do you copy?", "procedure.radio-check"),  # no receipt in a question
        ("Calling any ship.", "call"),
        ("Any station, any station, this is Humber Coastguard.", "call"),
        ("Do you see any ship?", "question"),  # "any ship" calls only after "calling"
        # a rescue unit's call sign with its number is no order to rescue
        ("Rescue 163, Humber.", "call"),
        ("rescue 163 humber", "call"),
        ("Rescue them.", "task"),
        # the speaker naming itself with "here"
        ("Dover Coastguard here.", "call"),
        ("Sea Otter here, over.", "call"),
        ("The boat is here.", "information"),
        # the called station invites the message: an answer to a call-up, no order
        ("Go ahead.", "call"),
        ("Humber Coastguard, go ahead.", "call"),
        ("Go ahead, Falmouth.", "call"),
        ("Je vous écoute.", "call"),
        ("Bonjour, c'est le CROSS Gris-Nez.", "call"),  # "c'est" as "this is"
        ("Bonjour, c'est le bateau.", "information"),
        ("Go ahead and launch the lifeboat.", "task"),
    ],
)
def test_calls_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        ("Unknown vessel, unknown vessel, this is warship 42.", "warship 42"),
        ("Stena Impero, this is Foxtrot 236.", "foxtrot 236"),
        ("This is Dover, 2 persons in the water.", "dover"),  # the count goes on
        ("This is Captain Smith, 0700.", "captain smith"),  # a time, no hull number
    ],
)
def test_a_number_ends_a_caller_s_name(text: str, caller: str) -> None:
    calls = [a for a in classify(text).acts if a.kind == "call"]
    assert calls and calls[-1].slots.get("caller") == caller, [a.slots for a in calls]


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("You're going to die out there.", "warning"),  # what will happen to them
        ("vous allez mourir", "warning"),
        ("your boat will capsize", "warning"),  # the addressee's craft is theirs
        ("On va tous mourir.", "distress.declare"),  # a floating "tous" hides no verb
        ("The children are dying.", "distress.declare"),
        ("We're not going to make it.", "distress.declare"),  # no refusal
        ("On ne va pas s'en sortir.", "distress.declare"),
        ("I won't do that", "refuse"),
        ("The boat flipped.", "report.status"),
        ("SOS", "distress.declare"),  # the distress signal, as MAYDAY
        ("S.O.S.", "distress.declare"),  # initials are one word, no sentence end
        ("C'est urgent, on coule.", "distress.declare"),  # "coule" is French
        ("This is urgent", "information"),  # no station called "urgent"
        ("This is Good Hope", "call"),
    ],
)
def test_distress_and_warnings_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


def test_initials_with_dots_are_one_word() -> None:
    from checker.phraseology.lexicon import lexicon
    from checker.phraseology.text import tokenize

    words = [t.w for t in tokenize("U.S. Coast Guard, at 5 a.m.", lexicon())]
    assert words == ["usa", "coastguard", ",", "at", "5", "a.m."]  # no "us", no "am"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("It's not in our area.", "coordination.decline"),  # a zone, not a position
        ("It's outside our area.", "coordination.decline"),
        ("It is not in our SRR", "coordination.decline"),
        ("It's in our area", "report.position"),
        ("the boat is not in our waters", "report.position"),  # the craft is placed
        ("it's yours", "coordination.handover"),
        ("The boat has crossed the line, it's yours.", "coordination.handover"),
        ("We'd like you to take over.", "coordination.handover"),
        ("We would like you to take over the coordination.", "coordination.handover"),
        ("we will take over", "coordination.assume"),
    ],
)
def test_coordination_by_zone_and_handover(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Pick us up.", "request.assistance"),  # the speakers asking to be fetched
        ("Récupérez-nous.", "request.assistance"),
        ("Pick up the persons in the water", "task"),
        ("Can you stay on the line?", "request"),  # no help asked
        ("Can you send me a photo?", "request"),
        ("Can you send a boat to our position?", "request.assistance"),
        ("Vous pouvez rester en ligne ?", "request"),  # asked in a statement's order
        ("Tu peux m'envoyer ta position ?", "request"),
        ("vous pouvez venir ?", "request.assistance"),
        ("you can see us?", "question"),
    ],
)
def test_requests_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        ("Mayday, mayday. This is the fishing vessel Moonlight Maid.", "moonlight maid"),
        ("coast guard coast guard this is the fishing vessel lady grace", "lady grace"),
        ("This is the yacht Lady Grace", "lady grace"),  # "lady" names no person here
        ("this is the coastguard", "coastguard"),  # nothing after the kind: it is the name
    ],
)
def test_the_name_follows_the_craft_s_kind(text: str, caller: str) -> None:
    acts = classify(text).acts
    assert any(a.slots.get("caller") == caller for a in acts), [(a.kind, a.slots) for a in acts]
    assert "report.persons" not in [a.kind for a in acts]


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("On est 45 dont 10 enfants.", "report.persons"),  # French "dont" is no "don't"
        ("47 personnes dont 5 enfants", "report.persons"),
        ("we are 40 including 5 children", "report.persons"),
        ("dont move", "instruction"),  # English typed without its apostrophe
        ("we dont need help", "assistance.decline"),
        ("Agitez quelque chose de brillant.", "instruction"),  # "-ez" tells French
        ("Vi har kontroll, du må svinge styrbord", "unclassified"),
    ],
)
def test_french_words_that_look_english(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Near Zuwara, Sabratha.", "report.position"),  # a place said, no station called
        ("On est près de Calais.", "report.position"),
        ("au large de Dunkerque", "report.position"),
        ("the engine is off", "report.status"),  # "off" is no nearness
        ("HEAVE TO", "instruction"),
        ("STOP ENGINE IMMEDIATELY", "instruction"),  # capitals make no name of an order
    ],
)
def test_places_and_orders_in_capitals(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("We are finished.", "distress.declare"),  # without hope
        ("It's over for us.", "distress.declare"),
        ("There's no hope.", "distress.declare"),
        ("Il n'y a plus d'espoir.", "distress.declare"),
        ("On est foutus.", "distress.declare"),
        ("we are finished with the search", "search.terminate"),  # a task ended
        ("we have finished our search", "search.terminate"),
        ("there is still hope", "information"),
    ],
)
def test_hopelessness_is_distress(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("are you able to keep up with the flooding", "question"),  # coping, no favour
        ("can you start your engine?", "question"),
        ("vous pouvez redémarrer le moteur ?", "question"),
        ("can you come?", "request.assistance"),
        ("can you switch to channel 67?", "request"),
    ],
)
def test_whether_the_addressee_can_cope_is_asked(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Your taking on water. Good copy.", "readback"),  # "you're", misspelt
        ("your going to hit the rocks", "warning"),
        # a possessive stays one: the addressee's own trouble told to it, no distress
        # of the speaker's (it was distress.declare, the twenty-fifth session)
        ("your boat is sinking", "information"),
        ("there is a boat", "information"),
    ],
)
def test_misspelt_you_re(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("On n'a pas besoin d'aide.", "assistance.decline"),  # "pas" inside "avoir besoin"
        ("No assistance required.", "assistance.decline"),  # "no" denies the noun
        ("no help needed", "assistance.decline"),
        ("Pas besoin d'aide.", "assistance.decline"),  # no subject
        ("No need for assistance.", "assistance.decline"),
        ("No need to worry.", "information"),  # no help named
        ("no one is hurt", "report.persons"),
        ("We have everyone on board.", "report.rescued"),
        ("Tout le monde est à bord.", "report.rescued"),
        ("On a récupéré tout le monde.", "report.rescued"),
        ("Ils seront débarqués à Boulogne.", "report.landing"),  # a port not known
        ("On est en route.", "assistance.offer"),
        ("We will land them at Dover.", "intention"),  # a plan: intention first
    ],
)
def test_help_declined_given_and_landed(text: str, primary: str) -> None:
    reads(text, primary)


def test_no_before_a_noun_is_no_answer() -> None:
    assert [a.kind for a in classify("no engine, no fuel").acts] == ["report.status"] * 2


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Are you going to take them?", "question.intentions"),  # asked by inversion
        ("Allez-vous les récupérer ?", "question.intentions"),
        ("Qu'allez-vous faire ?", "question.intentions"),  # the verb carries "qu'"
        ("Are you going to help us?", "request.assistance"),  # a plea stays one
        ("Will you switch to channel 10?", "request"),
        ("Qu'avez-vous vu ?", "question"),
    ],
)
def test_the_addressee_s_plan_asked(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("This is a SAR case.", "information"),  # no party named: no decline
        ("This is a French case.", "coordination.decline"),
        ("this is an Italian responsibility", "coordination.decline"),
        ("It's not a distress situation yet.", "phase.assess"),
        ("Ce n'est pas une situation de détresse.", "phase.assess"),
        ("it's not dangerous", "information"),
    ],
)
def test_whose_case_and_what_phase(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Je refuse.", "refuse"),  # a refusal said by its verb
        ("We refuse your help.", "assistance.decline"),  # help refused is declined
        ("We are not going back.", "refuse"),  # not "I'm not leaving you"
        ("On ne retourne pas en Libye.", "refuse"),
        ("I'm not leavin' you, let's go", "intention"),  # a promise to stay
        ("C'est impossible.", "refuse"),
    ],
)
def test_refusals_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a relative's alert: the subject said once serves the verb after "and"
        ("My husband is out fishing and hasn't come back.", "distress.relay"),
        ("Mon mari est parti en mer et n'est pas rentré.", "distress.relay"),
        ("My son's boat is overdue.", "distress.relay"),
        ("The boat is overdue for its refit.", "information"),  # no third party's trouble
        # distress signals seen
        ("I've just seen flares off the beach.", "distress.relay"),
        ("J'ai vu des fusées de détresse au large de Calais.", "distress.relay"),
        ("We didn't see any flares.", "information"),
        # the reports before a relay describe the casualty relayed
        ("There's a dinghy with about 50 people, they are sinking.", "distress.relay"),
        ("Des migrants nous ont appelés, leur bateau coule.", "distress.relay"),
    ],
)
def test_relays_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    "text",
    [
        "Mayday received.",  # the plain forms of RECEIVED MAYDAY
        "Copy your mayday.",
        "Roger your mayday.",
        "Reçu votre mayday.",
        "Mayday bien reçu.",
        "We copy your mayday, what is your position?",
    ],
)
def test_a_mayday_received_in_other_words(text: str) -> None:
    result = classify(text)
    assert result.primary == "distress.ack", [a.kind for a in result.acts]
    assert "distress.declare" not in [a.kind for a in result.acts]


def test_a_mayday_is_still_a_mayday() -> None:
    assert classify("Mayday mayday mayday, this is Sea Otter, we are sinking.").primary == (
        "distress.declare"
    )
    assert classify("Did you copy my mayday?").primary != "distress.ack"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # how the persons feel is their condition (the corpus labels "je me sens
        # vraiment faible" so)
        ("I'm dizzy.", "report.persons"),
        ("On est trempés.", "report.persons"),
        ("On a faim et soif.", "report.persons"),
        ("Elle a perdu connaissance.", "report.persons"),
        ("I'm not feeling well.", "report.persons"),
        ("Je ne me sens pas bien.", "report.persons"),
        ("I don't feel good about this plan.", "information"),
        ("All accounted for.", "report.persons"),  # it was unclassified
        ("Des familles.", "report.persons"),
        ("Myself and 2 others.", "report.persons"),  # "others" counted
        ("The others are in the water.", "report.persons"),
    ],
)
def test_how_persons_feel(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # "faire demi-tour" is one predicate (the tokenizer cuts "demi-tour")
        ("Bien reçu, on fait demi-tour.", "comply"),
        ("On ne fait pas demi-tour.", "refuse"),
        ("We are not turning around.", "refuse"),
        ("Faites demi-tour.", "instruction"),
    ],
)
def test_turning_back_or_not(text: str, primary: str) -> None:
    reads(text, primary)
