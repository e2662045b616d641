"""Readings of the twenty-second session's tuning incidents, each with its near miss:
an uncommon verb ending in "ss" opens an order ("Address your request to …", which
sends the caller to another authority); coordination asked of the addressee in the
progressive asks what it is doing, not to take the case; a French article is no
pronoun for the casualty ("récupérez l'aile" sends nobody to it).
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
    ],
)
def test_redirects_questions_and_articles(text: str, kind: str) -> None:
    assert classify(text).primary == kind
