# ruff: noqa: E501
"""Readings of the thirtieth session's fifth tuning wave (each with a near miss),
with the real classifier:

- a unit given its part of a search is ordered ("commence a sector search", "vous
  prenez le secteur nord"); an order opens after a comma before "a" and its noun;
- French elisions typed or heard apart ("j accepte", "sil te plaît") are read; "you
  can …, please" asks, it grants no leave;
- prowords a recogniser splits ("sea lance may day", "pru dence") are the prowords;
- praise for the work done thanks; "comme tu dis" complies;
- the call-up after "ici" ends at a message's label or at a noun and its verb;
- help asked after a relative is told of is the relative's alert; "he's waving" of
  one found is a sign of life, no call for help.
"""

from __future__ import annotations

import pytest

from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Hurricane, Dover Coastguard, commence a sector search centred on the datum.",
            "instruction",
        ),
        (
            "Dauphin, Flamant, vous prenez le secteur nord, de la bouée jusqu'à la ligne, espacement cinq cents mètres.",
            "instruction",
        ),
        # near miss: the speaker's own sector
        ("we are taking the north sector", "intention"),
        ("ok j accepte la coordination à partir de maintenant", "coordination.accept"),
        # near miss: the case given
        ("la coordination est avec vous à partir de maintenant", "coordination.handover"),
        ("tu peux passer par le large sil te plait on a tout le filet dehors", "request"),
        ("vous pouvez passer par le large s'il vous plaît", "request"),
        # near miss: leave given
        ("vous pouvez passer par le large", "permission.grant"),
        ("sea lance may day sea lance may day this is dover coast guard", "distress.silence"),
        (
            "pru dence pru dence le trafic restreint peut reprendre sur le seize",
            "distress.prudonce",
        ),
        ("Merci Ridens, good work tonight.", "thanks"),
        # near miss: the weather
        ("good weather tonight", "information"),
        ("ouais ok je fais comme tu dis je passe au large", "comply"),
        # near miss: as the speaker likes
        ("je fais comme je veux", "information"),
        (
            "a tous les navires ici cross gris nez fin des recherches pour le kayakiste",
            "search.terminate",
        ),
        (
            "cross gris nez ici korrigan l'eau arrive au plancher les pompes suivent plus",
            "report.status",
        ),
        # near miss: a name written with its elision
        ("ici l'Espérance, bonjour", "call"),
        (
            "hi yes um it's my boyfriend he's on a paddleboard and he's gone right out i can't see him anymore please can you send someone",
            "distress.relay",
        ),
        # near miss: the speaker's own trouble, a relative with it
        ("my son is with me, we are sinking, please send help", "distress.declare"),
        (
            "one person in the water one person in the water he's waving he's alive",
            "report.persons",
        ),
    ],
)
def test_searches_elisions_homophones_and_relatives(text: str, primary: str) -> None:
    reads(text, primary)
