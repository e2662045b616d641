"""Readings of the twenty-second session's tuning incidents, each with its near miss:
an uncommon verb ending in "ss" opens an order ("Address your request to …", which
sends the caller to another authority); coordination asked of the addressee in the
progressive asks what it is doing, not to take the case; a French article is no
pronoun for the casualty ("récupérez l'aile" sends nobody to it); a case or a person
handed back or on by its name; figures read back in the mark's own clause; survivors
landed by their pronoun; a case closed in French shorthand.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a base form in "ss" opens an order as other uncommon verbs do
        ("Address your request to the coordinating authority.", "coordination.redirect"),
        ("Assess the situation and report.", "instruction"),
        ("Malta was not the coordinating authority for this case.", "coordination.decline"),
        # the case asked of the addressee: in the progressive, what it is doing
        ("Are you taking coordination of the fishing boat?", "question"),
        ("Are you assuming coordination?", "question"),
        ("can you take coordination?", "coordination.handover"),
        ("Take over coordination please", "coordination.handover"),
        # an article before its noun is no pronoun for the casualty
        ("récupérez l'aile si possible", "instruction"),
        ("Flamant, rendez-vous sur zone et récupérez les naufragés", "task"),
        # the case or the person handed back or on, said by its name or pronoun
        (
            "we'd like to hand the Zeezwaluw back to you, the tow's going to Brest",
            "coordination.handover",
        ),
        (
            "we'd like to hand this one to you, the yacht is well into your patch",
            "coordination.handover",
        ),
        ("we'd like to transfer the casualty to you for the hospital", "coordination.handover"),
        ("Yes, no problem, we take it back.", "coordination.accept"),
        ("we'll take the tow back", "intention"),
        # figures read back in the mark's own clause; the mark alone asks for one
        ("i read back eta one five four five at the casualty", "readback"),
        ("Read back, over.", "instruction"),
        # survivors landed by their pronoun, or put ashore; the speaker's plan first
        ("on les débarque à Calais", "report.landing"),
        ("They'll be put ashore at Ramsgate where the ambulances are waiting.", "report.landing"),
        ("We will land them at Dover, ETA one six three zero.", "intention"),
        ("we'll land the helicopter on the pad", "intention"),
        # the case closed in French operational shorthand
        ("Fin d'intervention, l'affaire est classée.", "case.close"),
        ("incident terminé pour le cross merci à tous", "case.close"),
    ],
)
def test_redirects_questions_and_articles(text: str, kind: str) -> None:
    assert classify(text).primary == kind


def test_a_refusal_read_as_a_want_of_consent_is_that_act() -> None:
    # found by the fuzzer (tests/hardening/test_fuzz.py): the primary act read the
    # refusal as "permission.lacking" while no act was of that kind
    c = classify(
        "hos, this is Valiant. The boat is in your waters, we cannot:0 come into your"
        " waters. Would you mind if we launch our boat and escort it towards UK waters? Over."
    )
    assert c.primary == "permission.lacking"
    assert c.primary in {a.kind for a in c.acts}
