"""Procedure said in plain words, units tasked in the words centres use, and persons
recovered in a headline: patterns of real traffic, written anew, each with the near
cases the reading must not catch.
"""

from __future__ import annotations

import pytest

from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a change of channel said without "channel": a channel verb, a number that
        # ends the clause
        ("Shift to seven two, over.", "procedure.channel"),
        ("switch to one six", "procedure.channel"),
        ("Go up to 73.", "procedure.channel"),
        ("Go to five knots.", "instruction"),
        ("Go to two.", "instruction"),
        # say again, stand by, correction, radio check in plain words
        ("Pardon?", "procedure.say-again"),
        ("Sorry, didn't catch that, come again.", "procedure.say-again"),
        ("Je n'ai pas compris, vous pouvez répéter ?", "procedure.say-again"),
        ("Pouvez-vous réduire votre vitesse ?", "request"),
        ("Pardon, I meant the other dinghy.", "information"),
        ("Standby, standby.", "procedure.stand-by"),
        ("Hang on a second.", "procedure.stand-by"),
        ("Patientez une minute.", "procedure.stand-by"),
        ("Attendez la vedette sur place.", "instruction"),
        ("Erreur, je rectifie.", "procedure.correction"),
        ("Say again, you were broken.", "procedure.say-again"),
        ("Je vous reçois très faiblement, trois sur cinq.", "procedure.radio-check"),
        # the French names of the signals and of their end
        ("Panne panne, panne panne, ici le caseyeur Korrigan, avarie de barre.", "urgency.declare"),
        ("On est en panne, panne d'embrayage.", "report.status"),
        ("Message d'urgence, ici le voilier Albatros, un équipier blessé.", "urgency.declare"),
        ("Avis urgent aux navigateurs, conteneur à la dérive au nord du rail.", "safety.declare"),
        ("Silence détresse, silence détresse, ici CROSS Corsen.", "distress.silence"),
        ("Fin du trafic de détresse, reprise du trafic normal sur le seize.", "distress.end"),
    ],
)
def test_procedure_said_in_plain_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a call sign's number said in words belongs to the call-up
        ("Solent Coastguard, this is Rescue one seven seven.", "call"),
        ("Humber Coastguard this is Nimbus BF two two six", "call"),
        ("This is Kestrel, we are two miles south of you.", "report.position"),
        # a question by inversion after the name it calls
        ("Holyhead, can you proceed to the yacht and stand by her?", "task"),
        ("Rescue one two two, can you search the beach for a missing child?", "task"),
        ("Can you come and help us?", "request.assistance"),
        ("Are you going to go out in your RIB or not?", "question.intentions"),
        ("Would you mind doing one more run along the shore?", "request"),
        ("Would you mind if we launch our boat?", "permission.request"),
        # a centre tasks a unit to another, in the words it asks with
        ("Je vous demande de vous dérouter sur le voilier et de lui porter assistance.", "task"),
        ("On vous demande d'aller récupérer le plongeur.", "task"),
        ("Le CROSS demande au caseyeur le plus proche d'aller récupérer les naufragés.", "task"),
        ("Je vous engage sur le kayak disparu au large de Carteret.", "task"),
        ("Vous êtes engagé pour hélitreuiller le blessé.", "task"),
        ("Je vous demande de me porter assistance.", "request.assistance"),
        ("On vous engage la vedette de Barfleur.", "assistance.offer"),
    ],
)
def test_units_called_and_tasked(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # persons recovered, said as a headline or counted with their participle
        ("Man recovered, he's conscious.", "report.rescued"),
        ("All three crew recovered by the lifeboat from the raft.", "report.rescued"),
        ("Quatre personnes hélitreuillées, l'hélico rentre sur Cherbourg.", "report.rescued"),
        ("Douze personnes récupérées à bord de la vedette.", "report.rescued"),
        # a body, a purpose, the missing: no one saved
        ("One body recovered.", "report.persons"),
        ("Request permission to enter your waters to recover the persons.", "permission.request"),
        ("We need to recover the two men in the water.", "report.persons"),
        ("Man, we need help.", "request.assistance"),
    ],
)
def test_persons_recovered(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # what a unit says it cannot or will not do is no commitment
        ("Negative, we cannot accept the case, it is outside our region.", "coordination.reject"),
        ("We accept the case.", "coordination.accept"),
        # the addressee refused leave with "may not" or "can't"
        ("Negative, you may not leave the anchorage until the pilot is aboard.", "permission.deny"),
        ("No, you can't moor on the fuel pontoon.", "permission.deny"),
        ("Non, vous ne pouvez pas débarquer au ponton.", "permission.deny"),
        ("You can't miss it, it's the red hull.", "information"),
        # leave given and asked in fewer words
        ("Cleared to enter, berth six.", "permission.grant"),
        ("Autorisé à entrer, poste deux.", "permission.grant"),
        ("Not cleared to enter yet.", "information"),
        ("Are you happy for the winchman to come down on your aft deck?", "permission.request"),
        # water taken in is the craft's trouble, never a handover or an inability
        ("We're not taking any water now, the pump is holding.", "report.status"),
        ("Roger, understood you are taking water with eight on board.", "readback"),
        # a plan to be somewhere is an intention, not a position
        ("We will anchor in the western anchorage.", "intention"),
        ("Intending to anchor off the pier.", "intention"),
        ("We are anchored off the pier.", "report.position"),
        # a unit tasked in the words of a wish, or asked to search
        ("The coastguard would like you to divert and assist the yacht.", "task"),
        ("Can you go and have a look for him along the shore?", "task"),
        ("Can you look for his phone number?", "request"),
        # another station takes the case on
        ("Copy, Humber takes it from here.", "coordination.assume"),
        ("The lifeboat will take them from here.", "information"),
        # the addressee's plan for a casualty, asked
        ("What are you doing with the casualty?", "question.intentions"),
        # the search stopped for the night, or ended
        ("We're stopping the search for tonight, we'll review at first light.", "search.suspend"),
        ("We are stopping the search.", "search.terminate"),
        ("On met les recherches en pause jusqu'à demain.", "search.suspend"),
        ("Fin des recherches, merci à tous.", "search.terminate"),
        (
            "The search for the missing diver off the north pier has been terminated.",
            "search.terminate",
        ),
        # persons counted as the subject of their recovery, or aboard the rescuer
        ("All three recovered by the inshore boat.", "report.rescued"),
        ("Roger, all five are aboard the lifeboat now.", "report.rescued"),
        ("Two drowned.", "report.persons"),
        # the state of the survivors reports persons; survivors aboard are rescued
        ("Two of the survivors are hypothermic, the rest are okay.", "report.persons"),
        ("We have 58 survivors aboard.", "report.rescued"),
        # what others say is their own clause
        ("They say they don't want the lifeboat, they're waiting for a tug.", "assistance.decline"),
        # help refused in the passive
        ("The skipper doesn't want to be lifted, he'll stay with the boat.", "assistance.decline"),
        # a thanks with a name after it is a thanks
        ("Thank you for your co-operation, skipper, out.", "thanks"),
        ("Thanks very much for your help, Sea Harvest.", "thanks"),
        ("Thanks for the handover, we'll take it from here.", "coordination.accept"),
        # advice hedged with "suggest"
        ("Suggest you get the crew into survival suits.", "advice"),
        # what goes down that is no craft
        ("The tide is going down now.", "information"),
    ],
)
def test_commitments_refusals_and_leave(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # French modals of wish and duty in the conditional; adverbs inside "avoir besoin"
        ("Je souhaiterais connaître votre port de destination.", "question"),
        ("Tu devrais passer au large de la bouée.", "advice"),
        ("On a vraiment besoin d'aide.", "request.assistance"),
        ("On voudrait qu'on vienne nous remorquer, on est en panne.", "request.assistance"),
        # "ça, c'est …": the subject said twice
        ("Ça c'est pas pour nous, voyez avec la capitainerie.", "coordination.decline"),
        ("Ben faut rappeler le CROSS Corsen.", "coordination.redirect"),
        # the case refused, taken, offered
        (
            "On refuse la coordination, le navire est dans les eaux anglaises.",
            "coordination.reject",
        ),
        (
            "À partir de maintenant c'est moi qui dirige les opérations sur zone.",
            "coordination.assume",
        ),
        ("On vous propose de prendre la suite.", "coordination.handover"),
        # help taken, offered, not possible
        ("D'accord, on prend votre aide.", "assistance.accept"),
        ("Roger, we'll take the tow, thank you.", "assistance.accept"),
        ("We'll take the lifeboat out.", "intention"),
        ("On va vous prendre en remorque jusqu'au port.", "intention"),
        ("Je peux me dérouter si vous voulez.", "assistance.offer"),
        ("I can go out and have a look if you want.", "assistance.offer"),
        ("Je me déroute vers vous, j'y suis dans dix minutes.", "assistance.offer"),
        ("Roger, we're making our way to you now.", "assistance.offer"),
        ("Le caseyeur propose d'aller voir.", "assistance.offer"),
        ("Impossible de vous porter assistance, on a trop de tirant d'eau.", "assistance.unable"),
        # leave lacking, said as what cannot be done without it
        ("On peut pas y aller sans votre accord.", "permission.lacking"),
        ("We can't come in there without clearance from the harbour master.", "permission.lacking"),
    ],
)
def test_french_and_offers(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # another's trouble told from the shore: overdue, calling for help, seen low
        ("One of our potters was due in at six and we've had nothing from her.", "distress.relay"),
        ("It's my son, he should've been back by four and his phone is off.", "distress.relay"),
        ("J'appelle pour mon mari, on le voit plus depuis une heure.", "distress.relay"),
        ("Deux personnes dans l'eau, on les voit plus.", "report.persons"),
        ("We've lost contact with you.", "report.status"),
        ("There's a woman on the rocks, she's shouting for help.", "distress.relay"),
        ("I just saw a small boat with people in it, very low in the water.", "distress.relay"),
        # the phase said as an uncertainty
        ("For now it's an uncertainty, he's only half an hour late.", "phase.assess"),
        ("We consider this a distress now.", "phase.assess"),
        # a relative calling it off; a DSC alert cancelled
        ("You can cancel everything, he's just walked in.", "distress.cancel"),
        ("Annulez, annulez, il est rentré.", "distress.cancel"),
        ("Cancel my DSC alert, it was pressed by mistake.", "distress.cancel"),
        # leave to land asked; where to land asked
        ("Can we land the casualty at your slipway?", "permission.request"),
        ("Vers quel port on les débarque ?", "question"),
        # a receipt with its "I" dropped
        ("Right, got that.", "ack"),
        ("Got it?", "question"),
    ],
)
def test_alerts_from_the_shore(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # an action after a receipt carries out what was asked
        ("Roger, lowering the main now.", "comply"),
        ("D'accord, on met tout le monde dans le cockpit.", "comply"),
        ("Yep, waving the torch now.", "comply"),
        ("Roger, taking on water.", "readback"),
        ("Roger, dropping the anchor now.", "comply"),
        ("Roger, stopping engines now.", "comply"),
        # a unit that cannot go to help or lift
        ("Je ne peux pas me dérouter, j'ai le chalut à l'eau.", "assistance.unable"),
        ("Unable to winch, the mast is whipping around.", "assistance.unable"),
        ("We cannot divert, we have a tow.", "assistance.unable"),
        ("We can't come to port in this visibility.", "refuse"),
    ],
)
def test_receipts_that_act_and_units_that_cannot(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # words clipped at their start by the line are no words ("...ive" is no "I've")
        ("[unintelligible] ...ive ...ree ...over", "unclassified"),
        ("...we are sinking", "distress.declare"),
        ("...five persons on board", "report.persons"),
    ],
)
def test_words_clipped_by_the_line(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a question closed by "or not" asks; its "not" denies nothing
        ("Are you going to stop or not", "question.intentions"),
        ("Is the engine working or not", "question"),
        # the thing asked about, said first
        ("Et le moteur, il démarre ou pas ?", "question"),
        ("And the children, how old?", "question"),
        ("My advice, captain, is to stay with the vessel.", "advice"),
        # intentions asked with "intend", "request your intentions", "what … do"
        ("Do you intend to enter French territorial waters?", "question.intentions"),
        ("Sea Lark, request your intentions, over.", "question.intentions"),
        ("Qu'est-ce que vous voulez faire, continuer ou revenir ?", "question.intentions"),
        ("What happened to the engine?", "question"),
        # leave refused as the permission lacked; advice with "conseiller"; no means
        ("You do not have my permission to board this vessel.", "permission.deny"),
        ("Je vous conseille de faire route au large du cap.", "advice"),
        ("Nous ne sommes pas en mesure de vous porter assistance.", "assistance.unable"),
        # radio checks, stand-bys and say-agains as said on a bad line
        ("Say again your last, you are very broken.", "procedure.say-again"),
        ("Radio check, Malta, how you copy?", "procedure.radio-check"),
        ("Hello, you hear me?", "procedure.radio-check"),
        ("Wait, wait, one minute.", "procedure.stand-by"),
        ("Speak slowly please, my English is not good.", "instruction"),
        ("You call the English coastguard, not us.", "coordination.redirect"),
        # a transcriber's note of a lost line or a cry is no speech
        ("[inaudible] ... [crying] ... [inaudible]", "unclassified"),
        ("We are sinking [line cut]", "distress.declare"),
    ],
)
def test_questions_and_the_bad_line(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a MAYDAY whose call sign opens with a digit keeps its MAYDAY (the island's
        # parse recovers at the longest prefix that parses)
        (
            "MAYDAY MAYDAY MAYDAY this is Nordkap Nordkap call sign five bravo charlie four two",
            "distress.declare",
        ),
        (
            "Panpan panpan panpan, all ships, this is Nordkap, main engine failure.",
            "urgency.declare",
        ),
        # "all vessels" told of, not called
        ("Case closed, all vessels released.", "case.close"),
        ("All ships, all ships, this is Dover Coastguard.", "call"),
        # the raft where it lies; a craft not under command
        ("The liferaft is half a mile downwind of the ship.", "report.position"),
        ("We are in the liferaft.", "distress.declare"),
        ("We are not under command, drifting at two knots.", "report.status"),
        # the speaker's own unit without leave; the position before a handover is why
        ("Our rescue boat is not allowed to operate in French waters.", "permission.lacking"),
        (
            "The yacht is now on your side of the line, request you take over coordination.",
            "coordination.handover",
        ),
        # a search suspended after a long subject
        (
            "The search for the missing crewman of the Nordkap is suspended for the night.",
            "search.suspend",
        ),
        # a phrase fronted before the subject; "for us" judges
        ("Pour ça il faut appeler le CROSS Corsen.", "coordination.redirect"),
        ("For a fishing licence you'll have to speak to the MMO, not us.", "coordination.redirect"),
        ("For us this is a distress case, they have no engine.", "phase.assess"),
        ("Adressez-vous aux affaires maritimes.", "coordination.redirect"),
        ("Nothing to do with us, call the harbour master.", "coordination.decline"),
        ("Nous vous passons le suivi de l'embarcation.", "coordination.handover"),
    ],
)
def test_signals_calls_and_fronted_phrases(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # redirects with "not with us"; a phrase fronted before the pronoun subject
        (
            "Roger, for this you speak with the Guardia Costiera, not with us.",
            "coordination.redirect",
        ),
        # an institution's verb in "-s" ("coordinates") after its name
        ("From now on Tunis MRCC coordinates the search.", "coordination.assume"),
        ("MRCC Rome coordinates are thirty-five north.", "report.position"),
        ("Malta does not accept the coordination of this case.", "coordination.reject"),
        # the rescuer took everyone
        ("The lifeboat has taken everybody, forty-one people on board.", "report.rescued"),
        # a zone said with "water" or a country's name, as learners of English say it
        ("We are still in French water.", "report.position"),
        ("I think we are in England water now.", "report.position"),
        ("We have water in the boat.", "report.status"),
        # thanks with a vocative after it
        ("Thank you, thank you my friend.", "thanks"),
    ],
)
def test_institutions_and_learners(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # prowords as recognisers spell them
        ("my day my day my day this is nordic faith we are taking water", "distress.declare"),
        ("rodger rodger over", "ack"),
        ("a firmative over", "answer.affirmative"),
    ],
)
def test_prowords_as_recognised(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a place after "de" is a name, not a verb ("Calais" is no "caler")
        ("Reçu, le canot de Calais est en route vers vous.", "assistance.offer"),
        ("L'alarme de cale sonne.", "report.status"),
        # a French question by inversion after the name it calls
        ("Saint-Jo, pouvez-vous vous rendre sur zone et leur porter assistance ?", "task"),
        # intentions asked by the noun alone
        ("Vos intentions, à vous.", "question.intentions"),
        # the coordinator named with "qui coordonne"; a takeover accepted
        ("Ici CROSS Corsen, qui coordonne.", "coordination.assume"),
        ("Affirmatif, on accepte la reprise.", "coordination.accept"),
        # a helm order is no call for help; a search stopped for the evening
        ("Venez à droite, cap au trois-six-zéro.", "instruction"),
        ("Bon, on arrête pour ce soir, on reprend demain matin.", "search.suspend"),
        ("Récupération terminée, cinquante-huit personnes à bord.", "report.rescued"),
    ],
)
def test_french_names_and_coordinators(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    "island", ["mayday north mayday", "this is this is @name", "stand by stand by north"]
)
def test_an_island_whose_parse_budget_is_spent_keeps_what_it_found(island: str) -> None:
    # the recovering parse shortens a failing prefix a word at a time; with its budget
    # spent by the first parse, it stops with no error (it used to read an unset name)
    from checker.phraseology.grammar import _parse_recovering

    assert _parse_recovering(island, [1]) == []
