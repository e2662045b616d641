# ruff: noqa: E501
"""Readings of the twenty-ninth session's tuning material (each with a near miss),
with the real classifier:

- an order by a verb of no list opens after a comma when its object follows at once
  ("for the helicopter, haul your nets");
- a unit told to resume its passage is released, not tasked;
- a message's label said first ("navigational warning, …") marks what follows it;
  French caution ("prudence dans le secteur") warns, and is not the signal PRUDONCE;
- persons said to be there after another's craft was told of relay its distress, and
  where the speaker is ("à côté de nous") counts nobody;
- the number after a verb of taking out counts the persons taken ("on en a sorti
  six"), not a call sign's digits after "rescue";
- a French noun subject runs on through a participle and its complements to its
  verb ("les recherches concernant la personne disparue … sont terminées");
- a part's trouble ("engine trouble") is its state, no danger; what the addressee can
  come and do for the speaker asks help; a case "plus pour nous" is declined;
  English said on after a comma in a French clause opens its own; figures read back
  after "so" are the point before a question; a boat going in the water is no person
  in it;
- the case closed in everyday words closes it; where the speaker is, in plain words,
  is a position; a plan to put the addressee through is an intention, though it
  names an injury; "merci de" + an infinitive asks politely, also after a condition;
  a relative said after a whole clause is the third party the next clauses tell of.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "for the helicopter, haul your nets and steer two seven zero at five knots.",
            "instruction",
        ),
        # near miss: no object after the verb, no order
        ("for the helicopter, the nets are hauled.", "information"),
        (
            "Navigational warning, a large unlit container is adrift two miles west of the bank.",
            "warning",
        ),
        # near miss: a warning asked about
        ("Dover, is there a navigational warning in force?", "question"),
        ("prudence dans le secteur.", "warning"),
        # near miss: the signal said alone
        ("Prudence. Ici CROSS Gris-Nez.", "distress.prudonce"),
        (
            "allo le cross on a un pneumatique à côté de nous y a des gens dans l'eau",
            "distress.relay",
        ),
        # near miss: persons said to be there, no craft told of before
        ("there are two people in the water", "report.persons"),
        ("ouais ouais on en a sorti six du coup ils sont sur le pont", "report.rescued"),
        ("we've picked up four, still looking for one", "report.rescued"),
        # near miss: a call sign after "rescue"
        ("kestrel rescue one six three drop your sails", "instruction"),
        (
            "À toutes les stations, ici CROSS Gris-Nez, les recherches concernant la personne disparue au large de Berck sont terminées.",
            "search.terminate",
        ),
        # near misses: a French verb of a participle's form, and "à" folded to "a"
        ("le bateau coule", "distress.declare"),
        ("l'homme tombé à l'eau est récupéré", "report.rescued"),
        ("we are off Boulogne with, uh, engine trouble, could you send somebody?", "report.status"),
        # near miss: the speaker in trouble
        ("we are in trouble", "distress.declare"),
        (
            "allo bonjour euh vous pouvez venir nous chercher on est en panne sur le lac",
            "request.assistance",
        ),
        # near miss: leave to come
        ("vous pouvez venir au ponton", "permission.grant"),
        (
            "kermorvan ici flamant, le small boat a passé la ligne, c'est plus pour nous",
            "coordination.decline",
        ),
        ("bien reçu Dover, merci, we note that.", "ack"),
        (
            "sentinel, dover, so you have four zero on board and one person in the water. when did he go in? over",
            "readback",
        ),
        # near miss: no figures said back, the question is the point
        ("so, when did he go in?", "question"),
        ("he is in the water near the rhib", "report.persons"),
        (
            "Rescue 115, Valentia, copied, thanks a million lads. That's us closing this one off. Valentia out.",
            "case.close",
        ),
        # near miss: asked
        ("are you closing this one off?", "question"),
        ("I'm at Hest Bank, on the path, by the level crossing", "report.position"),
        # near miss: a state said by where
        ("we are at anchor", "report.status"),
        (
            "Blauwe Reiger, Humber. I'm going to put you through to a doctor for advice on the head injury.",
            "intention",
        ),
        # near miss: the injury said
        ("he has a head injury", "report.persons"),
        ("merci de prévenir le CROSS tout de suite.", "request"),
        (
            "Et s'il rentre par ses propres moyens ou s'il vous appelle, merci de prévenir le CROSS tout de suite.",
            "request",
        ),
        # near miss: an order said as politely
        ("merci de quitter la zone", "instruction"),
        (
            "oui bonsoir je suis sur la plage à wissant et mon copain il est parti en planche vers six heures et il est toujours pas revenu",
            "distress.relay",
        ),
        # near miss: where the caller is, and nothing more
        ("je suis sur la plage à wissant", "report.position"),
    ],
)
def test_reading(text: str, primary: str) -> None:
    reads(text, primary)


def test_a_unit_told_to_resume_its_passage_is_released_not_ordered() -> None:
    kinds = [
        a.kind for a in classify("You are released with our thanks, resume your passage.").acts
    ]
    assert "permission.grant" in kinds and "instruction" not in kinds, kinds
    # near miss: a voyage continued towards the casualty is an order
    assert classify("continue your voyage towards the casualty").primary == "instruction"


def test_the_persons_taken_out_are_counted() -> None:
    acts = classify("on en a sorti six du coup").acts
    assert [a.slots.get("count") for a in acts if a.kind == "report.rescued"] == [6]
    # near miss: a call sign's digits after "rescue" count nobody
    kinds = [a.kind for a in classify("kestrel rescue one six three drop your sails").acts]
    assert not {"report.rescued", "report.persons"} & set(kinds), kinds


def test_where_the_speaker_is_counts_nobody() -> None:
    kinds = [a.kind for a in classify("on a un pneumatique à côté de nous").acts]
    assert "report.persons" not in kinds, kinds
    # near miss: "de nous" that counts us
    assert classify("il y en a quarante de nous").primary == "report.persons"


def test_a_boat_going_in_the_water_is_no_person_in_it() -> None:
    kinds = [a.kind for a in classify("Thanks Flamant, RHIB going in the water now.").acts]
    assert "report.persons" not in kinds, kinds
