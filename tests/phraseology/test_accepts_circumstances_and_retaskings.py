"""Readings of the twenty-fifth session's tuning material, each with its near miss:
help accepted in the future ("we'll accept that"); help no longer needed said of the
help itself ("we don't need taking off", "on n'a plus besoin"); a call the speaker is
about to make, said in the present ("we call the coast guard now"); a circumstance
said first ("with his heart history …") leaning on the clause after it; a person said
to be at a place is where they are, not a count; oaths as leads ("ah putain, merci");
a French verb said again with "ré-" ("je vous réengage sur …"); a medical transfer is
no handover; what a rescuer passes on from the one it picked up is no alert.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # help offered, accepted in the future
        ("Gannet Voyager, Humber, roger, we'll accept that, thank you.", "assistance.accept"),
        ("we will accept your offer", "assistance.accept"),
        # the case accepted is not help accepted; nor is what is not accepted
        ("we will accept the coordination", "coordination.accept"),
        ("we will not accept that", "coordination.reject"),
        # help no longer needed, said of the help itself
        ("Negative, negative, we don't need taking off, we'll stay with her", "assistance.decline"),
        ("non merci, on n'a plus besoin, le moteur est reparti", "assistance.decline"),
        # what the addressee needs is no help declined
        ("you don't need taking off, the lifeboat will escort you", "information"),
    ],
)
def test_help_accepted_or_not_needed(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a call about to be made, said in the present, is an intention
        ("We call the coast guard now, keep the phone on", "intention"),
        ("on prévient le CROSS tout de suite", "intention"),
        # a call said to be made, with nothing of now, is what the speaker does
        ("We call the coast guard every hour", "information"),
    ],
)
def test_a_call_about_to_be_made(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a circumstance said first leans on the clause after it
        ("With his heart history we're treating this as a distress.", "phase.assess"),
        ("avec le vent, on dérive vers les rochers", "report.status"),
        # with a verb of its own, the first clause stands
        ("With forty people on board the boat is sinking", "distress.declare"),
    ],
)
def test_a_circumstance_said_first(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a person said to be at a place: where they are ("la" is the article)
        (
            "Jobourg, Dragon un quatre, la personne est sur un banc de sable à un nautique "
            "au nord-est de la pointe",
            "report.position",
        ),
        ("the people are at the north end of the beach", "report.position"),
        # all present: a count of persons
        ("tout le monde est là", "report.persons"),
        ("everyone is here", "report.persons"),
    ],
)
def test_persons_at_a_place(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    "text",
    [
        "Ah putain, merci, merci beaucoup, vraiment.",
        "oh my god thank you so much",
        "putain, merci, vraiment merci",
    ],
)
def test_an_oath_leads_a_thanks(text: str) -> None:
    assert classify(text).primary == "thanks"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "ré-" + a verb the dictionary lacks: the verb's own reading
        (
            "Goéland, Gris-Nez. Merci pour l'accompagnement. Je vous réengage sur la "
            "première embarcation, il reste sept personnes à bord qui refusent de monter.",
            "task",
        ),
        ("je vous engage sur la première embarcation", "task"),
        # a verb that has its own entry keeps it
        ("on reste sur zone", "intention"),
    ],
)
def test_a_french_verb_said_again(text: str, kind: str) -> None:
    assert classify(text).primary == kind


def test_a_medical_transfer_is_no_handover() -> None:
    tasking = classify(
        "Rescue nine one two, Humber Coastguard, tasking. Mayday, one casualty with a "
        "head injury for winch and transfer to hospital, over."
    )
    assert tasking.primary == "task"
    assert "coordination.accept" not in [a.kind for a in tasking.acts]
    # a relief accepted, said without a verb, still accepts
    assert classify("relief accepted").primary == "coordination.accept"


def test_what_the_rescued_say_of_their_trouble_is_no_alert() -> None:
    rescued = classify(
        "Jobourg, SNS 226, on l'a récupéré, il est à bord du semi-rigide, il va bien. "
        "Il dit qu'il est tombé en panne sèche."
    )
    assert rescued.primary == "report.rescued"
    assert "distress.relay" not in [a.kind for a in rescued.acts]
    # persons said to be still out there are an alert
    more = classify("we've recovered two, they say three more are in the water")
    assert "distress.relay" in [a.kind for a in more.acts] or more.primary != "report.status"
    # said alone, it relays what the caller says
    assert classify("Il dit qu'il est tombé à l'eau.").primary == "distress.relay"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the case taken on from here, by the speaker
        ("we'll take it on from here", "coordination.assume"),
        # the escort taken on from here is the rescue's
        ("we take the escort from here", "assistance.accept"),
        # a bare acceptance that the case taken explains accepts the case
        ("bien reçu, on accepte, on reprend le dossier", "coordination.accept"),
        ("Bien reçu, on accepte, on prend la suite", "coordination.accept"),
        ("on accepte, on arrive", "assistance.accept"),
    ],
)
def test_the_case_taken_on(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # persons taken aboard, named by a pronoun, or rescued in a participle
        ("the French have taken them all aboard, twenty-nine people", "report.rescued"),
        ("all four crew lifted, they're in the aircraft", "report.rescued"),
        ("we have taken on water", "report.status"),
        ("the survivors are not lifted yet", "information"),
        # the dead and the missing are counted
        ("two deceased on board, I say again two deceased", "report.persons"),
        ("il en manque un, son frère dit qu'il était à bord au départ", "report.persons"),
        # those aboard a casualty agreeing to come aboard accept
        ("ils sont d'accord pour monter à bord", "assistance.accept"),
        ("ils sont à bord avec nous", "report.rescued"),
    ],
)
def test_persons_taken_counted_and_agreeing(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # not making it back alone asks for help; not making it is distress
        ("I require a tow, I'm not going to make it back on my own", "request.assistance"),
        ("we are not going to make it", "distress.declare"),
        # information sent is no help sent
        ("can you send us the last position by email please", "request"),
        ("can you send a boat to our position", "request.assistance"),
        # "le" the article is no "it" done
        ("on va faire un ratissage parallèle dans le secteur Delta", "intention"),
        ("ok on va le faire", "comply"),
        # a number after a noun labels it: a sector searched is no place nor persons
        ("le secteur deux est couvert, résultat négatif", "information"),
        # "X or not X" asks
        ("the engine, it is working or not working", "question"),
        ("is it working or not", "question"),
    ],
)
def test_plans_sendings_and_alternatives(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what those who say it say of their trouble, said after "they say", is relayed
        (
            "Dover, this is the Alarm Phone shift team, we've been called by a boat with "
            "around forty-five people, they say they are taking on water",
            "distress.relay",
        ),
        ("they say they are fine", "report.persons"),
        # the addressee's trouble said back to it is no distress of the speaker's
        (
            "okay sir, I understand you, your boat is sinking, I hear you, the coastguard "
            "is hearing you",
            "readback",
        ),
        ("we are sinking", "distress.declare"),
        # the centre says, in its own name, that it hears the caller
        ("le CROSS vous entend", "ack"),
        ("le CROSS ne vous entend pas", "information"),
    ],
)
def test_hearsay_echoes_and_hearing(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the case accepted, pointed to or declined in other words
        ("Bien reçu Dover, le CROSS accepte, on prend le relais.", "coordination.accept"),
        ("no we're not taking that one it's still in french waters", "coordination.reject"),
        ("Uh, no, I'm not taking it until they're actually across, sorry", "coordination.reject"),
        ("Alright, they're ours, thanks Formentin", "coordination.accept"),
        ("Okay, yeah, that's just inside ours alright", "information"),
        ("Gris-Nez vous passe la main, c'est Dover qui reprend le cas", "coordination.handover"),
        (
            "Nous demandons au MRCC Dover d'assumer la responsabilité de ce cas",
            "coordination.handover",
        ),
        ("Thanks for the handover, we'll take it from here.", "coordination.accept"),
        ("thanks for the help, we will take it from here", "coordination.assume"),
        ("Merci pour le relais, Dover", "thanks"),
        ("I'd suggest you try the Italian coastguard directly", "coordination.redirect"),
    ],
)
def test_the_case_in_other_words(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # help accepted, declined, offered and leave refused in other words
        ("Oui d'accord, on veut bien que vous nous remorquiez.", "assistance.accept"),
        ("Nah, we're alright, thanks mate, we'll sort it ourselves.", "assistance.decline"),
        ("we'll take them into Aberdeen ourselves", "intention"),
        ("Monsieur, c'est la Marine française, on est là pour vous aider", "assistance.offer"),
        ("No, sorry, we can't let you land them here, the port is closed", "permission.deny"),
        ("We'd like you to do the rescue, Ranger, go and get them", "task"),
        ("Pouvez-vous nous tenir informés de l'évolution?", "request"),
        ("pouvez-vous tenir encore une heure", "question"),
        ("Say again, you request assistance?", "question"),
        ("can you send assistance?", "request.assistance"),
    ],
)
def test_help_and_leave_in_other_words(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # procedure: words asked again, reception, a channel said digit by digit
        ("répétez je vous reçois mal", "procedure.say-again"),
        ("I read you loud and clear", "procedure.radio-check"),
        ("j'ai bien reçu", "ack"),
        ("On dégage sur le soixante-sept, six sept", "procedure.channel"),
        # things aboard, people lowered, waters, views
        ("The net is on board. Our position now four nine five eight north", "report.position"),
        ("Winchman going down now", "information"),
        ("the boat is going down", "distress.declare"),
        ("Ils sont dans les eaux belges maintenant, à hauteur de La Panne", "report.position"),
        ("For us it is a distress", "phase.assess"),
        ("pour nous c est pas une détresse ils avancent normalement", "phase.assess"),
        ("for us, we are sinking", "distress.declare"),
        ("c'est bon, on l'a, on le prend en charge. Merci à vous", "report.rescued"),
        ("on prend en charge la coordination", "coordination.assume"),
    ],
)
def test_procedure_things_and_views(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a start broken off and begun again says nothing of its own
        (
            "Libya is, uh, Libya is not responsible, that's what they told us",
            "coordination.decline",
        ),
        (
            "Can we, er, can we come inside the twelve miles to keep an eye on them?",
            "permission.request",
        ),
        ("Asseyez-vous, asseyez-vous tout le monde, on arrive.", "instruction"),
        (
            "Hello? The water, the water is coming inside the boat, please help us, please.",
            "distress.declare",
        ),
        # a handover said first, then refused or accepted by a pronoun
        (
            "Ah non, désolé, le transfert on le refuse, c'est toujours à vous de gérer.",
            "coordination.reject",
        ),
        ("I'm afraid we can't agree to the transfer at this time", "coordination.reject"),
        # leave in other words
        ("on peut y aller oui ou non on attend votre feu vert", "permission.request"),
        ("they've given the okay for the cutter to go in.", "permission.grant"),
        ("négatif pas d autorisation pour mettre votre embarcation à l eau", "permission.deny"),
        (
            "Border Force can't cross into their territorial sea unless the French agree.",
            "permission.lacking",
        ),
        ("Le patrouilleur n'a pas le droit d'aller plus loin", "permission.lacking"),
        # the addressee engaged, or help sent to it
        ("SNSM Calais, on vous engage, un kayakiste en difficulté", "task"),
        ("On vous engage la vedette de Barfleur.", "assistance.offer"),
        ("Gris-Nez engage la vedette SNSM de Calais sur l'embarcation.", "task"),
        # help turned down in a few words; none to be had is no refusal
        ("Negative, negative. No tug for the moment.", "assistance.decline"),
        ("no tug available", "information"),
        # ashore, rescued, stood by, checked
        ("Tout le monde est à terre à Port-Camargue", "report.landing"),
        ("Yeah, all picked up, er, forty-eight in total, the boat is empty.", "report.rescued"),
        ("two out of the water", "report.rescued"),
        ("call one one two", "coordination.redirect"),
        ("Ne quittez pas, je vérifie.", "procedure.stand-by"),
        ("on fera pas plus de treize nœuds", "information"),
        ("we will not go in there", "refuse"),
        ("No, not yet.", "answer.negative"),
    ],
)
def test_false_starts_topics_and_leave(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tout à fait.", "answer.affirmative"),
        ("passez sur le six sept", "procedure.channel"),
        ("passez sur le bateau", "instruction"),
        ("rappelez le cross corsen c'est leur secteur", "coordination.redirect"),
        ("Caïman, Corsen, bien reçu. Rappelez sur zone.", "instruction"),
        ("we got them all on board", "report.rescued"),
    ],
)
def test_short_answers_channels_and_calls_back(text: str, kind: str) -> None:
    assert classify(text).primary == kind
