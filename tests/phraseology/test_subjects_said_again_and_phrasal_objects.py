# ruff: noqa: E501
"""Readings of the thirty-third session's tuning material, each with its near miss:
a caller's name said twice in a call-up and then as the subject of the message; an
indefinite pronoun or "ça" that opens a clause in unpunctuated speech; a phrasal
verb with its object between ("stand the search down"); "'s" said for "is" before a
place or an article; MAYDAY and PAN-PAN as French callers and recognisers say them;
a polite order in a French speaker's English ("we would like that you …"); "c'est
fait" before how it was done; persons arrived at a hospital or port.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the caller's name said twice, then as the subject of the message
        (
            "All stations, this is CROSS Jobourg, CROSS Jobourg assumes co-ordination of this case",
            "coordination.assume",
        ),
        ("ici CROSS Jobourg, CROSS Jobourg prend la coordination", "coordination.assume"),
        (
            "this is Humber Coastguard, Humber Coastguard has taken coordination",
            "coordination.assume",
        ),
        # near miss: the name said once, then a pronoun: unchanged
        ("this is Humber Coastguard, we assume coordination", "coordination.assume"),
        # an indefinite subject or "ça" opens a clause in unpunctuated speech
        (
            "at the moment it's an uncertainty phase nobody's actually called us from the boat",
            "phase.assess",
        ),
        ("je peux pas ça me met en plein dans le rail montant", "refuse"),
        # near miss: "nobody" as an object stays in its clause, "everything" after a verb too
        ("there is nobody in the water", "report.persons"),
        ("We’re getting everything ready in case we do have to abandon ship", "report.status"),
        # a phrasal verb with its object between
        (
            "We'll stand the search down at last light and pick it up again at first light.",
            "search.suspend",
        ),
        ("we are calling the search off", "search.terminate"),
        # near miss: "get the kedge out" moves a thing, it is no "get out"
        ("er no, I can't really get the kedge out, I'd have to wade through the mud", "refuse"),
        # MAYDAY and PAN-PAN as said or heard
        ("m'aider m'aider m'aider ici le petit louis", "distress.declare"),
        ("maidey maidey this is yacht whisper we have a fire on board", "distress.declare"),
        ("pam pam pam pam all stations this is motor yacht sea biscuit", "urgency.declare"),
        # near miss: "m'aider" said once asks for help
        ("pouvez-vous m'aider", "request.assistance"),
        # a French speaker's polite order in English; "take over" is the case's
        (
            "We would like that you take over this boat when it cross the line.",
            "coordination.handover",
        ),
        ("we would like you to take over this boat", "coordination.handover"),
        # a noun before "of" is no order
        (
            "Kerlouan, Dover Coastguard. Er, okay, change of plan, we'll take it.",
            "coordination.accept",
        ),
        # the order said done, then how
        ("c'est fait on a déjà viré le chalut on est au zéro quarante-cinq", "comply"),
        ("that's done, all lifejackets on", "comply"),
        # persons arrived where they are landed
        ("votre matelot est arrivé à l'hôpital de Brest, il est pris en charge", "report.landing"),
        ("the casualty has arrived at Derriford hospital", "report.landing"),
        # near miss: arriving said of the future is a plan or an estimate
        ("the casualty will arrive at the hospital in ten minutes", "information"),
        # a body brought up
        ("un corps a été remonté par le chalutier Saint-Michel", "report.rescued"),
        # thanks said to persons is thanks
        ("merci les gars merci beaucoup", "thanks"),
        # a help offered by having a unit come
        (
            "We can have the Salcombe lifeboat come out and tow you in, would you like that?",
            "assistance.offer",
        ),
        # not taking persons somewhere refuses
        ("Negative, we will not be taking them to France", "refuse"),
        # a mission given by its name tasks; one said ended closes the case
        (
            "Caïman Marine, ici CROSS Corsen, mission d'évasan sur le chalutier Ar Bed, un blessé main droite écrasée",
            "task",
        ),
        ("mission de sauvetage terminée", "case.close"),
        # orders that send a unit to a craft named by its type, or to the area
        (
            "Abeille, ici CROSS Jobourg, appareillez et portez assistance au cargo en avarie de barre",
            "task",
        ),
        (
            "Canot de Calais, ici Jobourg, engagez-vous sur zone, embarcation en difficulté au large de Marck",
            "task",
        ),
        # an apology before the correction
        ("euh pardon erreur erreur je corrige", "procedure.correction"),
        # "must ask you to" orders; "we ask you to" asks
        (
            "I must ask you to reduce your speed, you are approaching a rescue operation",
            "instruction",
        ),
        (
            "We ask you to please launch a rescue immediately, they are in grave danger",
            "request.assistance",
        ),
        # those in trouble going aboard the addressee's craft accept; a rescuer coming to it offers
        ("yes yes we go on your ship thank you brother", "assistance.accept"),
        ("we will come to your boat", "assistance.offer"),
        # coordination kept is held; a false alarm "with good intent" is the centre's verdict
        (
            "Dover, Jobourg, understood, Jobourg keeps coordination until she crosses the line.",
            "coordination.assume",
        ),
        (
            "Incident closed, false alarm with good intent, Eastbourne lifeboat stood down.",
            "case.close",
        ),
        (
            "on clôture l'affaire, fausse alerte avec de bonnes intentions, c'était des lanternes thaïlandaises",
            "case.close",
        ),
        ("it was a false alarm, cancel the mayday", "distress.cancel"),
        # a read-back after names said first
        (
            "Playa de Laxe, Falmouth, understand nine persons going to the life raft, helicopter is one zero minutes from you.",
            "readback",
        ),
        # help asked by a negative question of spoken French; leave refused stays refused
        (
            "vous pourriez pas nous envoyer quelqu'un on commence à être drôlement près des cailloux",
            "request.assistance",
        ),
        ("vous ne pouvez pas entrer", "permission.deny"),
        # "no longer" negates the verb; a group addressed with where it is, then its order
        (
            "solent this is sea wren we no longer require assistance we're heading back into poole",
            "assistance.decline",
        ),
        ("All persons on board put your life jackets on now.", "instruction"),
        ("everyone on board is safe", "report.persons"),
        # a launch ordered in a phrase of urgency, then the case's headline
        (
            "Eastbourne lifeboat, Solent Coastguard, request immediate launch of the all-weather boat, angling RIB capsized about one mile south-west of Beachy Head",
            "task",
        ),
        (
            "SNSM Saint-Malo, ici Corsen. Engagement immédiat du canot, caravelle chavirée devant l'Éventail, un enfant coincé sous la voile.",
            "task",
        ),
        # near miss: a read-back's headline stays in the read-back
        (
            "I have it as, eh, forty persons, grey dinghy, engine stopped, near the Bassure de Baas, is that right",
            "readback",
        ),
        # the object said first, then the subject
        (
            "that we cannot do, here it is twenty five metre deep and we have only thirty metre of chain",
            "refuse",
        ),
        # persons carried into port are no case taken on
        ("we'll run them straight into dover, eta about ten thirty", "intention"),
        ("we'll handle it from here", "coordination.assume"),
        # persons said aboard the rescuer itself are recovered
        (
            "both casualties on board the aircraft, one is very cold, the other one seems okay",
            "report.rescued",
        ),
        # a propeller fouled; a tow that cannot be given
        (
            "Gris-Nez du Saint-Pierre Deux, on a pris un bout dans l'hélice, on est stoppés à trois milles dans l'ouest de Boulogne.",
            "report.status",
        ),
        (
            "i can't tow ye in lads i've a full hold and the gear's still out sorry",
            "assistance.unable",
        ),
        # an order to the addressee's own people sends no unit
        (
            "Get your anchor down now if you can, and make sure all three of you have lifejackets on.",
            "instruction",
        ),
    ],
)
def test_reading(text: str, kind: str) -> None:
    assert classify(text).primary == kind


def test_is_said_back_before_a_place_and_kept_as_a_possessive_before_a_noun() -> None:
    """ "The lifeboat's on scene" says where the lifeboat is: no call-up of a
    "lifeboat on scene"; "the boat's engine" stays a possessive."""
    assert classify("the lifeboat's on scene").primary != "call"
    assert classify("pump's aboard and running").primary != "instruction"
    assert classify("the boat's engine is dead").primary == "report.status"
