# ruff: noqa: E501
"""Speech as a recogniser gives it (lower case, no punctuation): the stations called
first end where the message starts, with the real classifier. Each reading has its
near misses, where the words before are no names and stay in the clause.

- a receipt, an answer, an order, "do not", a question by inversion or a wh-word, a
  subject and its verb, or a procedure the grammar reads ends the names said first;
- a lower-case SMCP marker marks what follows it when that is an order, "do not", a
  subject or a wh-word;
- "erreur je corrige" said at once corrects;
- an answer said alone after the names is read, in the language of the answer (the
  names tell none); a correction said after them corrects;
- a particle ends a verb's phrase before "we", "I", "they"; "you" and its auxiliary
  after an object pronoun open a clause; "be careful" after a clause orders; traffic
  told "on your port bow" is no question;
- unpunctuated French: "c'est" after a clause opens the next; the call-up after "ici"
  ends at the next cut; a subject before "ne" and its verb opens a clause.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from tests.classify_context import channel_context
from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "kermorvan ici flamant euh le small boat il a passé la ligne c'est plus pour nous",
            "coordination.decline",
        ),
        # near miss: "c'est" after "que" goes on in the clause that says it (a
        # third party's word, told of)
        ("il dit que c'est plus pour nous", "information"),
        (
            "libellule ici bâtiment de la marine nationale négatif la zone est active vous n'êtes pas autorisé à la traverser",
            "permission.deny",
        ),
        ("abeille gris-nez affirmatif", "answer.affirmative"),
        ("gris nez flamant négatif", "answer.negative"),
        ("gris nez flamant erreur je corrige", "procedure.correction"),
        # near miss: a language no list covers stays uncovered
        ("vi har kontroll du må svinge", "unclassified"),
        (
            "flamant vigilant we can't go any further in we don't have clearance from france",
            "permission.lacking",
        ),
        ("vigilant flamant okay for us you have our agreement go ahead", "permission.grant"),
        ("valiant athos no problem for us you have our permission go ahead", "permission.grant"),
        (
            "seabird dover you have a large tanker three miles on your port bow be very careful",
            "warning",
        ),
        # near miss: what the addressee has, asked without its mark
        ("seabird dover you have a liferaft on board", "question"),
        # an answer, then an order
        ("ridens dover negative do not go in yet wait for the second boat", "instruction"),
        # an order after two names
        (
            "harbour patrol dover proceed to the small boat at the median line and take the persons aboard",
            "task",
        ),
        # a proword after a name of four words (the lexicon's phrase starts after them)
        ("lazy days thames coastguard wait one", "procedure.stand-by"),
        ("grand large gris-nez ne quittez pas ne quittez pas", "procedure.stand-by"),
        # names, then a procedure the grammar reads
        ("grand large comment me recevez-vous", "procedure.radio-check"),
        # a French elision opens the message after the names
        (
            "flamant gris nez qu'est-ce que vous comptez faire avec les naufragés",
            "question.intentions",
        ),
        # a question by inversion after the names
        ("flamant gris-nez est-ce que le boudin avant est toujours gonflé", "question"),
        # "you" and "we" open the message after the names
        (
            "motor vessel orca dover coastguard you are to remain on scene until relieved by the lifeboat",
            "instruction",
        ),
        ("ridens cutter we accept thank you for staying with them", "coordination.accept"),
        # a marker after a call sign's digits
        (
            "yacht serenity this is warship two three four instruction alter course to the north",
            "instruction",
        ),
        # the typed form reads the same
        ("Ridens, Dover, negative, do not go in yet, wait for the second boat.", "instruction"),
        # near misses: no names before the order or the question
        ("permission denied stay outside the territorial sea", "permission.deny"),
        ("quelles cartes possédez-vous à bord", "question"),
        ("engine failure we are drifting", "report.status"),
        ("man overboard please help", "distress.declare"),
    ],
)
def test_names_said_first(text: str, primary: str) -> None:
    reads(text, primary)


def test_names_are_a_call_and_state_words_are_none() -> None:
    """The names said first are a call-up; what is wrong said first is no name."""
    assert classify("ridens dover negative do not go in").acts[0].kind == "call"
    assert "call" not in [a.kind for a in classify("engine failure we are drifting").acts]
    # a cleft names its agent: "c'est Dover" is no call-up before "qui va gérer"
    assert classify("c'est Dover qui va gérer").acts[0].kind == "coordination.assume"


def test_known_names_end_where_the_transcript_names_end() -> None:
    """With the transcript's stations, the names end where its names end."""
    result = classify("typhoon dover coastguard roger altering to the north", channel_context())
    assert result.acts[0].kind == "call"
    assert result.primary != "report.position", [a.kind for a in result.acts]


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("instruction do not overtake the vessel ahead of you in the fairway", "instruction"),
        ("advice keep clear of the dredger working off the point", "advice"),
        ("advice anchor outside the port limits until your berth is clear", "advice"),
        # near miss: a warning heard is no marker of what follows
        ("warning received thank you", "warning"),
    ],
)
def test_lower_case_markers(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    "text",
    ["erreur je corrige", "erreur je corrige annulez mon dernier message", "Erreur, je corrige."],
)
def test_a_correction_said_at_once(text: str) -> None:
    reads(text, "procedure.correction")


def test_a_marker_mid_clause_is_a_word() -> None:
    """After a call sign's digits a marker marks the order after it; a marker word
    inside a clause, before a subject, is an ordinary word."""
    assert classify("this is warship two three four instruction alter course").markers == [
        "INSTRUCTION"
    ]
    assert classify("the warning you gave").markers == []
    assert classify("we had four warning shots").markers == []
