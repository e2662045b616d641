# ruff: noqa: E501
"""French operational speech (twenty-eighth session's tuning material), with the real
classifier, each with a near miss:

- the addressee told what it could do, politely ("vous pourriez prévenir la
  capitainerie", "vous pourrez nous prévenir"), and what it would be good for it to
  do ("ce serait bien que vous restiez en veille") ask it;
- a no and what the speaker does not do refuses ("non, je me mets pas dans
  l'ouest", "ah non, je sors pas par ce temps");
- persons counted before they are said rescued are the rescue's;
- an order carried out after a receipt ("bien compris, je réduis à dix nœuds")
  or said done ("c'est fait") complies; a French noun elided onto its article and
  its verb open a clause after a comma ("…, l'équipage est à bord").
"""

from __future__ import annotations

import pytest

from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Vous pourrez nous prévenir quand le semi-rigide est rentré à bord", "request"),
        (
            "Pilote Boulogne, vous pourriez prévenir la capitainerie qu'on rentre avec des naufragés",
            "request",
        ),
        ("Ce serait bien que vous restiez en veille sur le seize cette nuit", "request"),
        ("it would be good if you could stay with them", "request"),
        # near misses: what could happen to the addressee warns; they are well
        (
            "the tide turns in about twenty minutes and the current round the point gets really strong, you could be swept out",
            "warning",
        ),
        ("ils vont bien", "report.persons"),
        ("non, je me mets pas dans l'ouest, avec la houle je vais les écraser", "refuse"),
        ("ah non, je sors pas par ce temps avec le semi-rigide", "refuse"),
        ("non, on leur lance pas de bouée, ils vont tous sauter à l'eau", "refuse"),
        # near misses: what the speaker lacks, the case not taken, water not taken
        ("non, on n'a pas de blessés", "report.persons"),
        ("on ne la prend pas", "coordination.reject"),
        ("on ne prend pas l'eau", "report.status"),
        # persons counted, then said rescued: the rescue is the point
        (
            "trente-huit personnes sont à bord de l'Abeille, tout le monde est sorti de l'eau",
            "report.rescued",
        ),
        # near miss: persons counted and well
        ("we have forty persons on board, all safe", "report.persons"),
        # the order carried out after a receipt, or said done
        ("Gris-Nez, SNSM Boulogne, bien reçu, on y va, l'équipage est à bord", "comply"),
        ("bien compris Gris-Nez, je réduis à dix nœuds", "comply"),
        ("c'est fait, les trois ont le gilet, on sort le radeau là", "comply"),
        # near misses: no receipt before the plan; a day done
        ("je viens au zéro quarante", "information"),
        ("we are done for today", "information"),
    ],
)
def test_reading(text: str, primary: str) -> None:
    reads(text, primary)
