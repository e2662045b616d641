# ruff: noqa: E501
"""Readings of the thirty-first session's tuning material, each with its near miss:
a search the speaker's unit can make is offered; the addressee and others asked to
act together ("I want you and your wife to …"); a French lifeboat launched by
"déclencher", a unit told to sail "pour" a craft, care given as French orders in the
present; a station of the transcript called first and a station named with its verb
after a comma start their own clauses; "just to let you know …" tells what follows;
"je vous appelle parce que …" tells what follows; the station that called MAYDAY,
called so, is answered; "roger, your position …" reads back; "I'm afraid" said after
an answer is a hedge; "thanks a lot lads" counts nobody; "speak later" signs off;
persons waving a helper away call for nothing.
"""

from __future__ import annotations

import pytest

from checker.context import Context, Station
from checker.phraseology import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a search the speaker's unit can make, or turn back for
        ("we can search the area", "assistance.offer"),
        ("on peut chercher de notre côté", "assistance.offer"),
        ("we can turn back and search", "assistance.offer"),
        ("the captain says we can turn back and search", "assistance.offer"),
        # asked, or said not possible, it is no offer
        ("can we search the area", "question"),
        ("we can't search any more", "refuse"),
        # the addressee asked to act with others
        ("I want you and your wife to put your lifejackets on now", "instruction"),
        ("I need you and the crew to stay in the wheelhouse", "instruction"),
        ("I want you to put them on", "instruction"),
    ],
)
def test_searches_offered_and_orders_to_more_than_one(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a lifeboat launched by the centre ("déclencher", "mobiliser")
        ("Saint-Malo, ici Corsen, je déclenche la vedette pour une embarcation", "task"),
        ("on mobilise l'hélicoptère", "task"),
        # the speaker's own beacon set off sends nobody
        ("j'ai déclenché ma balise", "information"),
        # a unit told to sail for a craft, in the present
        ("SNSM Dunkerque, ici Gris-Nez, vous appareillez pour le caboteur Vega", "task"),
        ("SNSM Boulogne, Gris-Nez, vous pouvez appareiller pour le voilier démâté", "task"),
        ("vous pouvez appareiller quand", "request"),
        # care given as orders in the present
        ("vous lui enlevez les vêtements mouillés", "instruction"),
        # "send me the last position" asks for figures, not help
        ("envoyez-moi le dernier point", "instruction"),
        ("envoyez quelqu'un vite", "request.assistance"),
    ],
)
def test_french_taskings_and_orders_in_the_present(text: str, kind: str) -> None:
    assert classify(text).primary == kind


def _channel() -> Context:
    return Context(
        stations={
            "GUERNSEY": Station(id="GUERNSEY", role="rcc", aliases=["Guernsey Coastguard"]),
            "BREEZE": Station(id="BREEZE", role="casualty", aliases=["Sea Breeze"]),
            "NORDIC": Station(id="NORDIC", role="vessel", aliases=["Nordic Star"]),
        }
    )


def test_a_station_of_the_transcript_called_first_starts_its_own_clause() -> None:
    context = _channel()
    said = "Sea Breeze, understand you are aground."
    result = classify(said, context, speaker="GUERNSEY", addressee="BREEZE")
    assert [a.kind for a in result.acts] == ["call", "readback"]
    # after a receipt too, and what is read back after it is the read-back
    copied = classify(
        "Copied Sea Breeze, two persons, ETA twenty minutes.",
        context,
        speaker="GUERNSEY",
        addressee="BREEZE",
    )
    assert copied.primary == "readback"
    # a call-up that goes on after the name stays one call
    both = classify("Sea Breeze, Nordic Star, over", context, speaker="NORDIC")
    assert [a.kind for a in both.acts] == ["call"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a station named with its capital and its verb after a comma
        ("alright Gris-Nez, fair enough, Dover accepts coordination of that boat", "coordination.accept"),
        ("d'accord Gris-Nez, Jobourg reprend la coordination", "coordination.assume"),
        ("Thanks, Falmouth Coastguard", "thanks"),
        # what a purpose said alone tells
        ("just to let you know weve taken the case over from you at twenty two ten", "coordination.accept"),
        ("juste pour vous dire que le canot est parti", "information"),
        # what a call says it is made because of
        ("bonjour, je vous appelle parce que je viens de voir une fusée rouge au large de Berck", "distress.relay"),
        ("j'appelle parce que mon mari n'est pas rentré", "distress.relay"),
        # a relative and the verb said of them start a clause in recognised speech
        ("hello is that the coastguard my husband went out fishing and hes not come back", "distress.relay"),
        ("i called my son yesterday", "information"),
    ],
)  # fmt: skip
def test_stations_named_with_their_verbs_and_purposes_told(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the station that called MAYDAY, called so, heard and answered
        ("vessel calling mayday this is dover coastguard roger what is your position over", "distress.ack"),
        ("Vessel calling mayday, this is Dover Coastguard, roger, what is your position?", "distress.ack"),
        # the addressee's position said back after a plain "roger"
        ("coastguard roger your position fifty zero four north zero zero one fifty two west", "readback"),
        # the speaker's own position, or a count, after it is reported
        ("roger, our position is fifty zero four north zero zero one fifty two west", "report.position"),
        ("roger, four persons on board", "report.persons"),
        # a say-again with what was missed
        ("Alcyone, Corsen, répétez votre dernier message, je n'ai pas copié", "procedure.say-again"),
        ("j'ai pas copié", "procedure.say-again"),
        # a radio check, in French, or after a caller's name guessed without context
        ("CROSS Corsen, ici voilier Alcyone, essai radio sur le seize s'il vous plaît", "procedure.radio-check"),
        ("falmouth coastguard this is sea otter radio check on six seven", "procedure.radio-check"),
    ],
)  # fmt: skip
def test_mayday_callers_answered_and_procedure_said_in_full(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "I'm afraid" after an answer hedges it; alone it is fear
        ("hello Gris-Nez, not yet I'm afraid, we're not taking that one until it's over the line", "coordination.reject"),
        ("I'm afraid", "report.persons"),
        # thanks with "a lot" counts nobody; persons after an article are counted
        ("thanks a lot lads really appreciate it", "thanks"),
        ("I see a young lad in the water", "report.persons"),
        # a sign-off
        ("thanks Gris-Nez, cheers, speak later", "thanks"),
        ("merci, à plus tard", "thanks"),
        ("speak to the skipper later", "instruction"),
        # persons who wave the helper away call for nothing
        ("Ils refusent toujours notre assistance, ils nous font signe de partir.", "assistance.decline"),
        ("they are waving us away", "information"),
        ("ils font des signes avec les gilets", "distress.relay"),
        # help arriving "sur vous dans dix minutes" is no danger heading at you
        ("l'hélicoptère et la vedette de la SNSM arrivent, ils sont sur vous dans dix minutes", "information"),
        ("le cargo fait route droit sur vous", "warning"),
    ],
)  # fmt: skip
def test_hedges_thanks_sign_offs_and_waves(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a unit's headline of what it does, "I am" dropped ("launching" names no launch)
        ("Brixham Coastguard, Salcombe lifeboat, launching now, er, ETA on scene two zero minutes.", "intention"),
        ("Dover, Hythe, roger, mobile now, ETA one zero minutes", "assistance.offer"),
        ("my phone is not mobile", "information"),
        # the datum is a place a unit is sent to
        ("Proceed to the datum and search down-tide", "task"),
        ("what is the datum", "question"),
        # the group ordered: "both of you", as "all of you"
        ("Both of you put your lifejackets on now and keep them on", "instruction"),
        ("both of them are in the water", "report.persons"),
        # "looks like" hedges what follows it; it asks nothing by inversion
        ("it looks like they are in trouble", "distress.relay"),
        ("Yes hello, I'm on the beach at De Panne and there's a small rubber boat with maybe ten people in it, it looks like they're in trouble.", "distress.relay"),
        # everyone aboard, said as a headline
        ("all on board, forty three in total", "report.rescued"),
        ("all on board are wearing lifejackets", "report.persons"),
        # carried off the shore, told of a relative
        ("it's my son he's on a a blow up crocodile and the wind's taken him out he's going out to sea please", "distress.relay"),
        ("he went out to sea this morning", "information"),
        # thanks said as what the help was
        ("merci merci mille fois vous nous avez sauvé la vie", "thanks"),
        # the station in distress called by its state, after a comma
        ("vessel on fire, this is Solent Coastguard, roger, how many persons on board?", "distress.ack"),
        ("we are taking water, this is the yacht Molly", "report.status"),
    ],
)  # fmt: skip
def test_headlines_groups_hedges_and_stations_called_by_their_state(text: str, kind: str) -> None:
    assert classify(text).primary == kind
