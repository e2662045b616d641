# ruff: noqa: E501
"""Readings of the thirtieth session's sixth wave, with the real pipeline and
classifier, each with its near miss:

- a centre that relays a distress to another centre was alerted first: it holds the
  case from its call until the other accepts it;
- a question by inversion after "so" and a comma opens its own clause ("it is in your
  SRR, so can you take the coordination …?" offers the case);
- thanks said with "I" dropped ("really appreciate it") and praise ("nice one");
- the speaker able to go to a craft on fire offers help, it reports no fire of its own;
- persons named by the article held aboard are rescued; a craft taken in tow is its
  state; a destination asked is the plan asked.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checker.report.model import Report
from tests.phraseology.reading import reads
from tests.protocol.reading import ledger

FIRE = """\
@title: a trawler on fire, the Spanish centre alerted first
@date: 2024-10-02
@rules: sar
@station TRAWLER: casualty persons=6 flag=ES aka="Playa de Ondarroa"
@station BILBAO: rcc party=ES aka="Salvamento Marítimo Bilbao", "Bilbao"
@station ETEL: rcc party=FR aka="CROSS Etel", "Etel"

14:02 Salvamento Marítimo Bilbao -> CROSS Etel (phone): CROSS Etel, this is Salvamento Marítimo Bilbao. We have a distress, Spanish fishing vessel Playa de Ondarroa, fire in the engine room, six crew.
14:03 CROSS Etel -> Salvamento Marítimo Bilbao (phone): Okay, fire in the engine room, six persons.
"""


def test_a_centre_that_relays_a_distress_was_alerted_first(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        FIRE
        + "14:03 Salvamento Marítimo Bilbao -> CROSS Etel (phone): It is in your SRR, so can you take the coordination of this case?\n"
        + "14:04 CROSS Etel -> Salvamento Marítimo Bilbao (phone): Yes, no problem, we take it.\n"
    )
    assert ledger(report, "coordination", "TRAWLER") == ["BILBAO first-contact", "ETEL handed-over"]
    # near miss: the casualty's own call to the centre makes it the first alerted
    own = checked_radio(
        FIRE.replace(
            "14:02 Salvamento Marítimo Bilbao -> CROSS Etel (phone): CROSS Etel, this is Salvamento Marítimo Bilbao. We have a distress, Spanish fishing vessel Playa de Ondarroa, fire in the engine room, six crew.\n",
            "14:02 Playa de Ondarroa -> CROSS Etel: Mayday, Playa de Ondarroa, fire in the engine room, six crew.\n",
        )
    )
    assert ledger(own, "coordination", "TRAWLER")[0] == "ETEL first-contact"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Exactly. It is in your SRR, so can you take the coordination of this case?",
            "coordination.handover",
        ),
        # near miss: asked after "so", nothing offered
        ("so can you see them?", "question"),
        ("cheers lads cheers, brilliant, really appreciate it, over and out", "thanks"),
        ("Nice one mate.", "thanks"),
        # near miss: one counted
        ("one in the water", "report.persons"),
        # the speaker able to go to a craft in trouble offers; "on fire" is the craft's
        (
            "We can go to assist the fishing boat on fire, we are seven miles north-west of him.",
            "assistance.offer",
        ),
        # near miss: a unit sent there
        ("proceed to the yacht and assist", "task"),
        # help asked before the relative is named is the caller's own ask
        ("please come fast my sister she cannot breathe she is very cold", "request.assistance"),
        (
            "Falmouth, Plymouth lifeboat, we have the kayaker on board, cold but talking.",
            "report.rescued",
        ),
        # near miss: the speaker's own count aboard
        ("we have four persons on board", "report.persons"),
        (
            "Jobourg, Barfleur, le voilier est pris en remorque, les trois personnes à bord vont bien.",
            "report.status",
        ),
        # near miss: a tow to come
        ("we will take the yacht in tow", "intention"),
        ("Barfleur, Jobourg, quelle est votre destination avec le voilier?", "question.intentions"),
        # near miss: where it is
        ("Barfleur, Jobourg, quelle est votre position ?", "question"),
    ],
)
def test_questions_after_so_and_thanks_said_short(text: str, primary: str) -> None:
    reads(text, primary)
