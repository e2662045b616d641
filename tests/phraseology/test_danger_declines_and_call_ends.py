"""Readings of the twenty-fourth session's tuning material, each with its near miss:
the speaker's state said before its declaration of distress, or with a bare plea for
help, is that distress; weather and the sea are no craft's state; a decision said to
be another's to make is declined; French "quel" asked in place and "je compte" + an
infinitive; a passive's agent named after "by"; "à vous" ending recognised speech;
"répétez" after a call-up; names written with a capital tell no language; what the
speaker will not do is refused; "ça" said before its subject; "une idée" asked.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the speaker's state said before its own declaration of distress is its nature
        ("Fire on board, fire on board, we can't get it out, MAYDAY", "distress.declare"),
        ("sir the boat is broken we are sinking now forty people please help", "distress.declare"),
        ("au secours, au secours, le bateau il se dégonfle, on va mourir", "distress.declare"),
        # an onlooker's report before the casualty's trouble stays a report
        ("the boat is er taking a lot of water now, the front is going down", "report.status"),
        # preparing the raft is no abandoning yet
        (
            "We just lost our generator. We're a dark boat now, and we are now getting "
            "ready to deploy a life raft.",
            "report.status",
        ),
        ("we are getting into the liferaft", "distress.declare"),
        # a bare plea with the craft in danger declares distress
        ("Au secours, au secours, le bateau il prend l'eau", "distress.declare"),
        ("the boat is broken, water coming in, please help", "distress.declare"),
        (
            "ouais allo les gars on a chaviré on est a l eau avec mon matelot venez vite",
            "distress.declare",
        ),
        # help asked for by name, or trouble that is no danger, stays a request
        ("help, the engine is broken", "request.assistance"),
        ("we have no fuel, please help", "report.status"),
        ("we need a tow, water is coming in", "request.assistance"),
        # the weather, the sea and the tide are no craft's condition
        (
            "okay so the wind's picking up, it's gusting three zero knots out here now",
            "information",
        ),
        (
            "Je sais bien monsieur, c'est la grande marée donc l'eau monte très, très vite.",
            "information",
        ),
        ("the tide is pushing us onto the rocks", "report.status"),
        ("le niveau baisse un peu", "report.status"),
        # a decision said to be another's to make, or not the speaker's call
        (
            "The master has to decide that himself, we're not making that call.",
            "coordination.decline",
        ),
        ("le capitaine doit décider lui-même", "coordination.decline"),
        ("it's not our call", "coordination.decline"),
        (
            "Ce n'est pas au CROSS de s'en occuper, c'est une affaire de police.",
            "coordination.decline",
        ),
        ("you have to decide", "instruction"),
        ("the centre will decide later", "information"),
        # French "quel" asked in place, not after "n'importe" or a verb of knowing
        ("c'est quel type d'embarcation pneumatique ou bois", "question"),
        ("vous avez quelle position", "question"),
        ("on prend n'importe quel bateau", "information"),
        ("je sais pas quel bateau c'est", "information"),
        # "je compte" before an infinitive intends; before a noun it counts
        ("Je compte transférer l'enfant et la mère sur la vedette SNSM", "intention"),
        ("je compte les gilets", "report.persons"),
        # persons offered as what the speaker proposes
        (
            "Je vous propose de vous passer l'enfant et sa maman tout de suite",
            "coordination.handover",
        ),
        # a receipt before getting under way carries out the order
        ("Corsen, Molène, bien reçu, on appareille.", "comply"),
        ("on appareille", "information"),
        # "wait, wait" holds the line, what follows is said
        (
            "yes yes wait wait the position is three four zero five north one three four zero east",
            "report.position",
        ),
        ("wait for the lifeboat", "instruction"),
        # persons in the water with a plea, and the count said before the declaration
        ("people in the water, people fall in the water, help", "distress.declare"),
        (
            "please sir we are forty people, the balloon is finish, water up to here, help help",
            "distress.declare",
        ),
        ("forty people in the water", "report.persons"),
        ("we are 40 people, please help", "report.persons"),
        # "hurry" presses help already coming: no plea of its own
        ("la pompe elle tient pas, l'eau elle monte encore. Hurry please.", "report.status"),
        # what the speaker will not do is refused; what it cannot, or what will not
        # happen to it, is not
        ("Er, no, no, we're not going to recover them, our orders are to monitor only.", "refuse"),
        ("non, on les prendra pas à bord, c'est trop dangereux", "refuse"),
        (
            "Négatif, je ne m'approcherai pas plus, avec ma vague d'étrave je risque de "
            "les retourner.",
            "refuse",
        ),
        ("we won't last long", "distress.declare"),
        ("we won't need the lifeboat", "assistance.decline"),
        # "ça" said first, then who: "ça, on ne peut pas"
        ("Non, ça on ne peut pas, on est déjà trop chargés", "refuse"),
        ("ça on le sait", "information"),
        # "any idea", "une idée" asked without the mark; "j'ai une idée" tells
        ("Bien reçu Flamant, et vous avez une idée de leur vitesse à peu près", "question"),
        ("any idea on the helicopter", "question"),
        ("on a aucune idée de leur position", "information"),
        ("j'ai une idée, on les remorque", "information"),
        # "I confirm" before a clause of its own, and an aside "to be clear", say what
        # follows
        (
            "I confirm, MRCC Rome is not the coordinating authority for this event.",
            "coordination.decline",
        ),
        (
            "But, to be clear, RCC Malta will not take coordination of this case, it is "
            "outside the Maltese SRR.",
            "coordination.decline",
        ),
        ("we confirm the position", "information"),
        ("we need to be clear of the shoal", "information"),
        ("MRCC Falmouth now coordinating", "coordination.assume"),
        # what the speaker will not do for want of room is an inability; "I cannot
        # comply" refuses
        ("Ça non, on ne les prendra pas à bord, on n'a pas la place.", "assistance.unable"),
        ("I cannot comply, I have no space on board.", "refuse"),
        # sending a unit to a casualty takes precedence over the orders said with it
        ("appareillez et faites route sur le chalutier", "task"),
        ("Sea Aurora, Sea Aurora. You go out from this area now. Go north.", "instruction"),
        # the speaker's craft gone over, said as done; another's reported
        ("on a chaviré", "distress.declare"),
        ("we have capsized", "distress.declare"),
        ("we nearly capsized", "report.status"),
        (
            "The vessel has sank… please confirm there are zero four persons on board the skiff.",
            "report.status",
        ),
        # the caller sent elsewhere is the point of what the speaker cannot do
        ("We cannot help you, you must call Malta", "coordination.redirect"),
        # a French cleft on whom to call; a cleft on the subject or on what is seen
        ("c'est Ostende que vous devez appeler", "coordination.redirect"),
        ("c'est les anglais qu'il faut appeler", "coordination.redirect"),
        ("c'est nous qui prenons la coordination de l'affaire", "coordination.assume"),
        # "any" with no verb asks for what there is
        ("Any women, any children on board", "question"),
        ("anyone can help us", "information"),
        # the station called after an answer
        ("Affirmatif, Gris-Nez.", "answer.affirmative"),
        ("Négatif, Gris-Nez.", "answer.negative"),
        ("No French boat", "assistance.decline"),
        # a centre that says by its name it cannot accept the handover rejects it; a
        # craft that cannot accept a tow does not
        (
            "Sorry Gris-Nez, Dover can't accept the handover at this time, we have no "
            "confirmed position.",
            "coordination.reject",
        ),
        ("the boat cannot accept a tow", "information"),
        # a unit sent to a casualty said as what it will do; asked, it is no order
        ("vous allez accompagner l'embarcation jusqu'à la ligne", "task"),
        ("you will escort the dinghy to the line", "task"),
        ("will you escort the dinghy?", "request.assistance"),
        # leave given or lacking, said of a unit named
        ("Flamant is cleared to operate in UK waters for this rescue", "permission.grant"),
        (
            "Désolé Dover, le Flamant n'a pas l'autorisation d'opérer dans vos eaux",
            "permission.lacking",
        ),
        ("the lifeboat's just cleared the harbour", "information"),
        (
            "Sorry, captain, permission is not granted, you stay outside twelve miles.",
            "permission.deny",
        ),
        # "répétez" ends a transmission after the call-up
        ("Pors Gwenn, Dauphin vingt-quatre, répétez ?", "procedure.say-again"),
        ("répétez votre position", "request"),
    ],
)
def test_reading(text: str, kind: str) -> None:
    assert classify(text).primary == kind


def test_the_nature_of_the_distress_is_what_was_said_before_it() -> None:
    acts = classify("Fire on board, fire on board, we can't get it out, MAYDAY").acts
    assert acts[0].kind == "distress.declare"
    assert acts[0].slots["nature"] == "Fire on board; fire on board"


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("The case is coordinated by Ankara, the Turkish Coast Guard is on the way.", "ankara"),
        ("le cas est coordonné par le CROSS Gris-Nez", "cross gris nez"),
        ("the case is being coordinated by MRCC Rome now", "mrcc rome"),
    ],
)
def test_a_passive_names_who_coordinates_after_by(text: str, by: str) -> None:
    act = classify(text).acts[0]
    assert act.kind == "coordination.assume"
    assert act.slots["by"] == by


def test_we_are_coordinating_names_nobody_else() -> None:
    assert "by" not in classify("we are coordinating").acts[0].slots


@pytest.mark.parametrize(
    ("text", "ends_with"),
    [
        ("cross corsen cross corsen ici le chalutier marie jeanne à vous", "over"),
        ("on passe la coordination à vous", None),
        ("ok c est à vous", None),
        ("merci à vous", None),
    ],
)
def test_a_last_a_vous_in_recognised_speech_ends_the_turn(text: str, ends_with: str | None) -> None:
    assert classify(text).ends_with == ends_with


def test_the_call_up_of_recognised_speech_is_a_call() -> None:
    assert (
        classify("cross corsen cross corsen ici le chalutier marie jeanne à vous").primary == "call"
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Pors Gwenn, Dauphin, répétez", "fr"),
        ("Wir brauchen Hilfe, das Boot sinkt", "und"),
        ("Ya tenemos a todos a bordo, ciento cuarenta y nueve con vida", "und"),
    ],
)
def test_names_written_with_a_capital_tell_no_language(text: str, language: str) -> None:
    assert classify(text).language == language
