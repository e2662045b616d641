"""Readings that the eighteenth session's tuning incidents showed wrong: the case given
or proposed to the addressee in plain words, willingness asked ("are you happy to
take it?"), a mayday relayed in the speaker's words, a hail of "my friend", a
rescuer's "come with us", a condition said after the act, a closing wish, a say-again
with a question mark, and a refusal told with nothing after it; each with the near
cases the reading must not catch.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("we propose you take the coordination now", "coordination.handover"),
        ("je vous propose de reprendre la coordination", "coordination.handover"),
        ("I would like to give you the coordination", "coordination.handover"),
        ("Je vous rends le cas, Tarifa.", "coordination.handover"),
        ("Are you happy to take coordination of that one?", "coordination.handover"),
        ("Are you ready to take it?", "coordination.handover"),
        # the speaker's own taking, a question of the addressee's wish, leave given
        ("So, er, you want to transfer the case to us?", "question"),
        ("I give you permission", "permission.grant"),
    ],
)
def test_the_case_given_to_the_addressee(text: str, primary: str) -> None:
    reads(text, primary)


def test_the_speakers_own_taking_is_no_handover() -> None:
    assert classify("we propose to take the coordination").primary != "coordination.handover"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # willingness is a modality only before "to"
        ("we are willing to take them on board", "assistance.offer"),
        ("we are ready", "information"),
        ("I'm happy with that", "information"),
        ("are you ready?", "question"),
    ],
)
def test_willingness_before_a_verb(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("I am relaying a mayday", "distress.relay"),
        ("we'll relay your message", "intention"),
    ],
)
def test_a_mayday_relayed_in_plain_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a hail is no report of persons; a friend in danger is
        ("Okay my friend, stay calm, stay seated in the boat", "instruction"),
        ("mon ami, restez calme", "instruction"),
        ("my friend is in the water", "distress.relay"),
        # a rescuer's "come with us" is an order; a casualty's "come" asks for help
        ("come on board, come on board", "instruction"),
        ("please come, help us", "request.assistance"),
    ],
)
def test_hails_and_orders_to_the_people_taken(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a condition after the act is what it waits on
        (
            "we'd like to hand them over to you at the entrance if you can take them",
            "coordination.handover",
        ),
        ("call us if you need anything", "instruction"),
        # "ask … if" asks whether
        (
            "We ask the dinghy if they need our assistance. They say they only want UK assistance.",
            "assistance.decline",
        ),
    ],
)
def test_a_condition_said_after_the_act(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("lovely thanks gris nez have a good one", "thanks"),
        ("have a good day", "thanks"),
        ("thanks, have a good watch", "thanks"),
        ("do you have a good signal?", "question"),
        ("we have a good visual", "information"),
        ("Sorry, sorry, say again?", "procedure.say-again"),
        ("Sorry, what was that?", "question"),
    ],
)
def test_wishes_and_say_agains(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Négatif. Ils refusent, ils veulent continuer vers l'Angleterre, ils nous font "
            "signe de partir.",
            "assistance.decline",
        ),
        ("they refuse.", "assistance.decline"),
        ("he refused to stop", "refuse"),  # an order refused, told
    ],
)
def test_a_refusal_told_with_nothing_after_it(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a unit sent, in the words of the centre that sends it
        ("Launch, launch, launch.", "task"),
        ("on vous envoie sur le bateau qui prend l'eau", "task"),
        ("we are sending you to the dinghy", "task"),
        ("you're being launched", "task"),
        ("you are assigned to the case of the boat in distress", "task"),
        # the position or a document sent, and a request of what one can send
        ("je vous envoie la position par mail", "report.position"),
        ("Please you can send the position.", "request"),
        ("the launch is alongside", "information"),
    ],
)
def test_a_unit_sent(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Est-ce qu'on a votre accord pour entrer dans les eaux belges ?", "permission.request"),
        (
            "we ask your consent to continue the recovery inside Belgian waters",
            "permission.request",
        ),
        ("Can we stay with them a bit longer?", "permission.request"),
        ("would it be acceptable for us to remain with the dinghy?", "permission.request"),
        (
            "We would like to go in and recover them, is that okay with you?",
            "permission.request",
        ),
        ("on va les récupérer, ça vous va ?", "permission.request"),
        ("we have no objection", "permission.grant"),
        ("That's fine by us, Ranger, crack on.", "permission.grant"),
        ("ça nous va", "permission.grant"),
        # asked of the addressee, told of others
        ("are you okay?", "question"),
        ("they asked for permission", "information"),
    ],
)
def test_leave_asked_and_given(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("the tanker is unable to assist owing to draught", "assistance.unable"),
        ("Le chalutier ne peut pas leur porter secours.", "assistance.unable"),
        ("Désolé, on ne peut rien faire pour eux.", "assistance.unable"),
        ("the dinghy cannot move", "report.status"),
        # a receipt then the speaker's next move carries out what it was asked
        ("Reçu, on y va.", "comply"),
        ("Bien reçu Gris-Nez, on fait route vers l'embarcation.", "comply"),
        # help on its way stays an offer
        ("okay we are proceeding to your assistance eta three zero minutes", "assistance.offer"),
        # custody passed on
        ("we'll transfer him to you", "coordination.handover"),
        ("on vous les transfère", "coordination.handover"),
        ("I propose to transfer them to you now, if you are ready.", "coordination.handover"),
        # "je vous le passe" on the phone puts someone on the line
        ("je vous la passe", "information"),
    ],
)
def test_help_that_cannot_come_and_custody_passed(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # an order that sends the addressee to the casualty is a tasking
        ("Okay Typhoon, er, we need you to get over to that boat, take them on board.", "task"),
        ("can you make your way to the casualty now please", "task"),
        # a course, a report asked for, a way back: nobody sent to the casualty
        ("Faites route au nord.", "instruction"),
        ("Rendez compte sur zone, please.", "instruction"),
        ("go back to the harbour", "instruction"),
    ],
)
def test_orders_that_send_to_the_casualty(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a wish stopped by what follows it
        (
            "Er, we'd love to help but legally we can't go in, it's French territorial sea.",
            "permission.lacking",
        ),
        ("we'd like to help but we cannot", "refuse"),
        ("we'd like to go to the dinghy", "intention"),
        # a refusal before the waters it would enter wants consent; the weather is a reason
        ("we can't go in, it's French waters", "permission.lacking"),
        ("we cannot come, the weather is too bad", "refuse"),
        # an order refused, told of a unit; help not needed
        ("le capitaine refuse de se dérouter", "refuse"),
        ("the master refuses to divert", "refuse"),
        ("ils refusent de monter à bord", "assistance.decline"),
        (
            "Merci mais ce n'est pas la peine, on rentre au port par nos propres moyens.",
            "assistance.decline",
        ),
        ("we can't manage on our own", "report.status"),
    ],
)
def test_wishes_stopped_and_refusals_told(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the station to call, said as what the addressee will want
        (
            "Okay, but that position is in Dutch waters, you'll want Den Helder.",
            "coordination.redirect",
        ),
        (
            "For that one you'd want to talk to Falmouth, they hold the case.",
            "coordination.redirect",
        ),
        ("you will need a tow", "instruction"),
        # procedure: a say-again by what to repeat, a read-back announced, "understand"
        ("Répétez votre dernier message, à vous.", "procedure.say-again"),
        ("Reading back: ETA one four three zero, Ramsgate, four survivors.", "readback"),
        (
            "Understand your position is five zero five eight north zero zero one four four "
            "east, correct?",
            "readback",
        ),
        ("do you understand?", "question"),
        # "pas de souci" is a yes; a trouble said with a verb is one
        ("Pas de souci, vous pouvez y aller, vous avez notre accord.", "permission.grant"),
        ("on a un souci avec le moteur", "report.status"),
    ],
)
def test_stations_to_call_and_procedure_in_plain_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the French present of orders, sending the unit to the casualty
        (
            "Bécasseau, Gris-Nez, vous faites route immédiatement sur un small boat en "
            "difficulté, à quatre nautiques dans l'ouest de Wissant.",
            "task",
        ),
        ("vous faites route vers Calais", "information"),
        # persons seen on a screen are not on board; persons taken from the water are
        ("we have him on the AIS", "information"),
        ("we have the two men from the water on board", "report.rescued"),
        ("we have two people in the water", "report.persons"),
    ],
)
def test_units_sent_in_french_and_persons_aboard(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("resuming passage", "intention"),
        ("returning to base", "intention"),
        ("you can resume your passage", "permission.grant"),
        ("merci merci beaucoup que dieu vous protège merci", "thanks"),
    ],
)
def test_a_way_resumed_and_a_blessing(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # "aller" before a verb of helping is a going-to; "aller voir" is a going
        (
            "Ici le chalutier Saint-Pierre, on est tout près, on peut aller les aider.",
            "assistance.offer",
        ),
        ("on peut aller voir le voilier si vous voulez", "assistance.offer"),
        ("je vais aller à Calais", "intention"),
        # a call sign's digits before the order said to it
        ("helicopter two four go", "task"),
    ],
)
def test_going_to_help_and_call_signs(text: str, primary: str) -> None:
    reads(text, primary)


# ------------------------------------------------ nineteenth session: tuning incidents V-Z


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a handover proposed by giving it
        (
            "We propose to give you the coordination, er, she is crossing now to your waters",
            "coordination.handover",
        ),
        ("je vous propose de vous donner la coordination", "coordination.handover"),
        # custody given by giving them
        (
            "Yes, Ingrid Aalvik, Havbris. We give him to you, starboard side, we are ready.",
            "coordination.handover",
        ),
        ("on vous les donne", "coordination.handover"),
        ("we give you the green light", "permission.grant"),
        # the port assigned
        (
            "The Italian authorities have assigned Pozzallo as place of safety for the forty "
            "persons remaining on board. Proceed to Pozzallo.",
            "report.landing",
        ),
        ("we have not been given a place of safety", "information"),
        # the speaker holding the floor while finding a figure
        (
            "Position... wait, wait... three four degree thirty-eight north, and, er, zero two "
            "five degree fifty-two east.",
            "report.position",
        ),
        ("Wait. Don't come closer.", "instruction"),
        ("wait for the patrol boat", "instruction"),
        # the signal reported bad in the negative, with the say-again it explains
        ("répétez, je ne vous reçois pas", "procedure.say-again"),
        ("on ne vous entend pas", "procedure.radio-check"),
        ("I don't copy you", "procedure.radio-check"),
        # thanks with what for, "since" as no verb, an idiom that sends nobody
        ("cheers for your help tonight, much appreciated", "thanks"),
        ("Malta is not answering the phone since this morning", "information"),
        ("take the way off her and wait for the RHIB to come alongside", "instruction"),
        ("make your way to the dinghy", "task"),
        ("right, got it", "ack"),
        # a reason said first leans on the clause it explains
        (
            "Right, Sian, given the time and that the tracker's stopped, we're treating this "
            "as a distress.",
            "phase.assess",
        ),
        ("given the time, it is getting dark", "report.status"),
        # an SMCP marker labels the message it opens, even when a later clause says it
        ("WARNING, the boat is overloaded, if you come alongside she'll capsize", "warning"),
        # a tube going soft; "it's just a radar echo" answers nothing
        ("One of the tubes is going soft, on the left side", "report.status"),
        ("on n'a pas d'AIS sur ce contact, c'est juste un écho radar", "information"),
        ("oui c'est bien ça", "answer.affirmative"),
        # consent wanting said first; "mind your propeller" asks no leave
        ("Sans autorisation, on ne peut pas franchir la ligne", "permission.lacking"),
        ("careful the fishing gear is floating all around, mind your propeller", "warning"),
        ("you entered without permission", "information"),
        ("would you mind if we launch our boat", "permission.request"),
    ],
)
def test_readings_of_the_nineteenth_session(text: str, kind: str) -> None:
    c = classify(text)
    assert c.primary == kind, [(a.kind, a.frame) for a in c.acts]
