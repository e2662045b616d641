"""Readings of the twenty-sixth session's tuning material, each with its near miss:
"confirm" before what is asked ("can you confirm how many …", "confirm you still have
visual"); a statement turned into a question by a tag ("…, is it?"); a unit asked as a
favour to go ("Can I ask you to divert …?"); the addressee's own boat asked to be
launched; a search stopped "for the moment" is suspended; a demonstrative before a
craft or people is their determiner ("that boat was recovered"); the caller named
after a greeting ("Étel, bonsoir, FMCC Toulouse") is a call-up; a message sent is no
help sent ("je vous envoie le SIT"); a person told of in trouble ("il a l'air en
difficulté") is relayed; the "no" of "yeah, no" answers nothing; a person called back
by name ("Monsieur Hamel ?"); help offered as going to the position given.
"""

from __future__ import annotations

import pytest

from checker.context import Context, Station
from checker.phraseology import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what is asked, after "confirm": a question
        ("Can you confirm how many are still on board the dinghy", "question"),
        ("confirm how many persons on board", "question"),
        ("confirm you still have visual on the boat", "question"),
        ("confirmez que tout le monde a un gilet", "question"),
        # a figure or a receipt asked for is still a request
        ("confirm your ETA", "request"),
        ("please confirm receipt", "request"),
        # the reply to a MAYDAY that asks a figure back acknowledges it
        ("received mayday, er, confirm three persons", "distress.ack"),
    ],
)
def test_confirm_asks_what_follows_it(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("there is women on board, is it?", "question"),
        ("the boat has sunk, is it not?", "question"),
        # a question and its own answer; a statement and a question of its own
        ("Is it? Yes it is.", "question"),
        ("we have forty people. is it ok?", "report.persons"),
    ],
)
def test_a_tag_question_asks_the_statement_before_it(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Can I ask you to divert and pick up the two crew from the liferaft?", "task"),
        ("puis-je vous demander de vous dérouter vers le radeau ?", "task"),
        # the speaker's own rescue asked as a favour is no tasking
        ("can I ask you to pick us up", "request"),
        # the addressee's boat asked to be launched; the speaker's own boat offered
        ("we'd like to launch your all-weather boat please", "task"),
        ("on va engager votre canot", "task"),
        ("we are launching our lifeboat to you", "assistance.offer"),
        # a message sent is no help sent
        ("Je vous envoie le SIT 185.", "information"),
        ("we are sending you the lifeboat", "assistance.offer"),
    ],
)
def test_units_asked_and_boats_launched(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We stop the search, er, for the moment, no new information.", "search.suspend"),
        ("on arrête les recherches pour le moment", "search.suspend"),
        ("we are stopping the search for now, pending further information", "search.suspend"),
        # stopped for good
        ("we stop the search, the persons are found", "search.terminate"),
    ],
)
def test_a_search_stopped_for_the_moment_is_suspended(text: str, kind: str) -> None:
    assert classify(text).primary == kind


def test_a_demonstrative_before_a_craft_is_its_determiner() -> None:
    boat = classify("that boat was recovered earlier by the cutter").acts[0].clause
    assert boat is not None
    assert boat["agent"].startswith("casualty")
    assert boat["predicate"] == "recover"
    # a demonstrative alone, or before a word that is no craft or people, is a pronoun
    sounds = classify("that sounds good").acts[0].clause
    assert sounds is not None and sounds["agent"] == "third"
    assert classify("that is correct").primary == "answer.affirmative"
    assert classify("those people are very cold").primary == "report.persons"


def test_the_caller_named_after_a_greeting_is_a_call_up() -> None:
    context = Context(
        stations={
            "ETEL": Station(id="ETEL", role="rcc", party="FR", aliases=["CROSS Étel", "Étel"]),
            "FMCC": Station(id="FMCC", role="shore", party="FR", aliases=["FMCC Toulouse", "FMCC"]),
        }
    )
    text = "Étel, bonsoir, FMCC Toulouse. On a une alerte balise 406 codée France, sur un voilier."
    result = classify(text, context, speaker="FMCC", addressee="ETEL")
    assert [a.kind for a in result.acts][:2] == ["call", "distress.relay"]
    assert result.primary == "distress.relay"
    # a greeting then words that are no station's name is no call-up
    other = classify("Étel, bonsoir, nous avons un problème de moteur", context, speaker="FMCC")
    assert other.primary != "call"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a person told of in trouble, said as a state or as it is seen
        ("he is in trouble", "distress.relay"),
        ("il est en difficulté", "distress.relay"),
        ("il a l'air en difficulté", "distress.relay"),
        ("he seems to be in trouble", "distress.relay"),
        # his condition is a report of him; the craft ("il coule") may be the speaker's
        ("He's in a bad way.", "report.persons"),
        ("il coule", "distress.declare"),
    ],
)
def test_a_person_told_of_in_trouble_is_relayed(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "yeah, no": the idiom's "no" answers nothing; what follows decides
        ("Yeah, no, that's grand, we'll take it.", "coordination.accept"),
        ("yeah no we cannot do that", "refuse"),
        ("Yes. No.", "answer.affirmative"),
        # a person called back on the line by name
        ("Madame Le Goff ?", "call"),
        ("monsieur vous êtes où ?", "question"),
        # help offered as where the speaker can go
        ("Er, we can proceed to the position.", "assistance.offer"),
        ("on peut se rendre sur la position", "assistance.offer"),
        ("we can go back to port", "information"),
    ],
)
def test_yeah_no_names_called_and_offers_to_go(text: str, kind: str) -> None:
    assert classify(text).primary == kind


def test_the_yeah_no_idiom_keeps_its_yes() -> None:
    kinds = [a.kind for a in classify("Yeah, no, that's fine.").acts]
    assert kinds == ["answer.affirmative"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "sorry, we cannot take people on board, we are loaded tanker, no place",
            "assistance.unable",
        ),
        ("je refuse de les remettre à l'eau, c'est hors de question", "refuse"),
        # what is refused names its act
        ("we refuse your help", "assistance.decline"),
        ("we refuse the transfer", "coordination.reject"),
    ],
)
def test_persons_that_cannot_be_taken_and_refusals_said_so(text: str, kind: str) -> None:
    assert classify(text).primary == kind


def test_persons_had_on_board_from_a_raft_are_no_longer_in_it() -> None:
    act = classify("Eh, we have on board two men from a liferaft, French.").acts[0]
    assert act.kind == "report.persons"
    assert act.slots == {"count": 2}
    assert act.clause is not None and act.clause["predicate"] == "have"
    # unpunctuated, the count is still what is had
    assert len(classify("we have on board two men from a liferaft").acts) == 1
    # persons still in the raft are counted there
    raft = classify("two persons still in the liferaft").acts[0]
    assert raft.slots.get("condition") == "in the raft"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # someone seen or told of, in trouble: another's, not the speaker's
        ("on a un kite en difficulté", "distress.relay"),
        ("I can see a kayaker in trouble", "distress.relay"),
        ("we have a swimmer in difficulty off the beach", "distress.relay"),
        ("il y a un nageur en difficulté", "distress.relay"),
        ("there's a swimmer who is being swept out", "distress.relay"),
        ("y a un nageur qui est emporté par le courant", "distress.relay"),
        ("il y a un bateau qui coule", "distress.relay"),
        # the speaker's own trouble, or nobody in any
        ("we have a big emergency", "distress.declare"),
        ("we have a serious problem", "distress.declare"),
        ("There's a lad with a cut hand, nothing serious.", "report.persons"),
        ("there is a man in the water", "report.persons"),
        ("il y a un homme qui est blessé", "report.persons"),
    ],
)
def test_someone_seen_in_trouble_is_relayed(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Can you confirm you are coordinating this case", "question"),
        ("can you confirm receipt", "request"),
        # "have a …" is the verb, not an auxiliary: help asked for by name
        ("can I have a tow please", "request.assistance"),
        ("we had a good night", "information"),
        # a name asked for is asked as a need (the real corpus labels "I just need your
        # name, please" so)
        ("Can we get your name?", "request"),
    ],
)
def test_confirmations_asked_and_have_as_the_verb(text: str, kind: str) -> None:
    assert classify(text).primary == kind
