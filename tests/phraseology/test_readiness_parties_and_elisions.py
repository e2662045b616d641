"""Readings of the twenty-third session's tuning material, each with its near miss:
the case taken as what the speaker is ready to do; help declined by naming the party
that would give it; persons recovered said with their count; the escort offered on;
a unit sent by the rescue it is to make or by the CROSS's "déclencher"; a "no" that
qualifies a noun in a question; "I copy" before the figures it hears back; questions
by inversion in unpunctuated speech; a friend's alert; French elisions typed without
the apostrophe.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from checker.phraseology.lexicon import lexicon
from checker.phraseology.text import tokenize


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the case taken as what the speaker is ready to do, alone and after a yes
        ("we're happy to take over coordination", "coordination.assume"),
        ("on est prêts à prendre la coordination", "coordination.assume"),
        ("Yes, that's fine, we're happy to take the case over.", "coordination.accept"),
        ("we could take the case", "information"),  # a guess takes nothing
        # the case offered by asking the addressee to take it back
        ("Est-ce que vous pouvez reprendre le dossier? Ils sont passés côté britannique.",
         "coordination.handover"),
        # the casualty itself not handled
        ("Les autorités françaises ne vont pas gérer ce bateau, il est dans la zone "
         "britannique.", "coordination.decline"),
        # persons taken aboard refused: no case rejected
        ("Ça non, on ne les prendra pas à bord, on n'a pas la place.", "assistance.unable"),
        # leave asked as what is alright by the addressee
        ("Is it alright by you if our rib goes across and has a look at them, over",
         "permission.request"),
        # persons recovered, said with their count
        ("recovered five zero persons one deceased", "report.rescued"),
        ("Survivors on board, er, sixty-one, including eight children.", "report.rescued"),
        ("Le chalutier a hissé trois naufragés, il en reste un à l'eau.", "report.rescued"),
        ("five zero persons on board", "report.persons"),
        # help declined by naming the party that would give it
        ("No French, no French, we go England only.", "assistance.decline"),
        ("no no we don't want French, only England", "assistance.decline"),
        ("we don't need the French navy", "assistance.decline"),
        ("we don't speak French", "information"),
        # the escort or the tow offered on
        ("So I propose to hand over the escort to you, here at the line.",
         "coordination.handover"),
        # a unit sent by the rescue it is to make, or by the CROSS's own verb
        ("foncez sur le kitesurfeur huit cents mètres au large", "task"),
        ("récupérez-les", "task"),
        ("récupérez le bout", "instruction"),
        ("please pick us up", "request.assistance"),
        ("Dauphin, ici Jobourg, on vous déclenche pour une évasan", "task"),
        ("on déclenche la phase de détresse", "phase.assess"),
        # "I copy" before the figures it hears back; "I understand that" is also told
        ("I copy five persons on board.", "readback"),
        ("I understand that he is hurt.", "report.persons"),
        ("copy, we have five persons on board", "report.persons"),
        # questions by inversion in unpunctuated speech, after leads and thanks
        ("hiya sorry have you found him yet its chloe again", "question"),
        ("oh my god thank you thank you so much is he ok is he hurt", "question"),
        ("the lifeboat can they see it", "question"),
        ("the problem is he fell overboard", "report.persons"),
        # a friend's alert, as a relative's is
        ("hi yeah, my mate's gone out on his jet ski and he's not come back, and he's "
         "not answering his phone", "distress.relay"),
        ("we can't come back to you", "assistance.unable"),
        # every unit called by what it is, before the caller names itself
        ("Toutes les unités sur l'homme à la mer, ici Lynx, Marine nationale. Je prends "
         "la coordination sur zone.", "coordination.assume"),
        ("all the people are in the water, this is the coastguard", "report.persons"),
        # persons taken up with their count, and the person gone for said aboard
        ("the fishing boat picked up six people and passed them to the lifeboat",
         "report.rescued"),
        ("we are coming in 40 people on board", "assistance.offer"),
        ("thirty one person rescued from the water two children", "report.rescued"),
        ("three persons in the water", "report.persons"),
        ("He's aboard. Conscious and breathing", "report.rescued"),
        ("Lynx, Belle-Angèle, il est à bord. Il est vivant, il parle", "report.rescued"),
        ("my husband is on board", "information"),
        ("There are children on board and the boat is taking water", "report.persons"),
        ("Ils sont une quarantaine à bord, dont plusieurs enfants en bas âge.",
         "report.persons"),
        ("One body recovered.", "report.persons"),
        ("He's alone on board.", "report.persons"),
        ("Everything is fine on board.", "report.status"),
        # the tow said in the present, as radio says what it is about to do
        ("we take her in tow", "intention"),
        ("on vous prend en remorque", "intention"),
        ("we took her in tow an hour ago", "information"),
        # the unit's tasking said as a noun; a tasking said to be over sends nobody
        ("Roger. Your tasking is a search for an overdue kayaker, male, fifties.", "task"),
        ("your tasking is complete, return to base", "instruction"),
        # the crew taking to the raft, the craft abandoned by its pronoun
        ("we are abandoning her now we are going into the raft", "distress.declare"),
        ("on passe dans le radeau", "distress.declare"),
        ("if it gets worse we will go into the raft", "warning"),
        ("we are preparing to go into the raft", "information"),
        # "engager" sends a unit, its means said as the addressee's
        ("J'engage votre canot pour un homme à la mer", "task"),
        ("on vous engage la vedette, elle arrive", "assistance.offer"),
        # the case offered as what is better
        ("I think is better you take the coordination", "coordination.handover"),
        ("it would be better if you took the case", "coordination.handover"),
        ("it is better we take the coordination", "coordination.assume"),
        # persons taken said in the present; "we" opens a clause whatever its verb
        ("on prend les deux rescapés", "intention"),
        ("oui yes ok for us we take the five persons we come on your port side", "comply"),
        ("we take the names of the persons", "information"),
        # "were" as a recogniser writes "we're"
        ("roger were heading to the position now", "assistance.offer"),
        ("where were you going", "question.intentions"),
        ("the people were going to the beach", "information"),
        # a reason said first, ended by its comma, leaves the clause after it whole
        ("Captain, considering the number of passengers, MRCC Rome considers this a "
         "distress phase. Keep watch on channel one six.", "phase.assess"),
        ("given the time and that the tracker's stopped, we're treating this as a "
         "distress", "phase.assess"),
    ],
)  # fmt: skip
def test_reading(text: str, kind: str) -> None:
    assert classify(text).primary == kind, [a.kind for a in classify(text).acts]


def test_a_no_that_qualifies_a_noun_in_a_question_answers_nothing() -> None:
    asked = classify("Is there no navy ship, no coast guard, closer than me?")
    assert [a.kind for a in asked.acts] == ["question", "question"]
    # ... and a "no" before a question is still its answer
    assert [a.kind for a in classify("No, is that right?").acts] == [
        "answer.negative",
        "question",
    ]


def test_french_elisions_typed_without_the_apostrophe_are_read_as_written_with_it() -> None:
    words = [t.w for t in tokenize("cest bon on sen occupe jy vais leau rentre", lexicon())]
    assert words == ["c'est", "bon", "on", "s'en", "occupe", "j'y", "vais", "l'eau", "rentre"]
    # "la" (for "l'a") and "nest" are words of their own and stay
    assert [t.w for t in tokenize("on la nest", lexicon())] == ["on", "la", "nest"]


def test_a_french_subject_before_a_clitic_and_its_verb_opens_a_clause() -> None:
    said = classify("il est à bord on s'en occupe tu peux rentrer")
    assert [a.kind for a in said.acts] == ["report.rescued", "coordination.assume", "information"]
