"""Actions said bare after a receipt, interjections of approval, an infinitive after
"et", and a no said between commas, with the real classifier (twenty-eighth session's
tuning material), each with a near miss:

- "copied, lifting now", "roger, proceeding now": the action said without a subject
  after a receipt carries out what was asked;
- "ah super, merci à vous", "lovely, thank you": the approval leads, the thanks are
  the point;
- "vous pouvez rester en ligne et me guider ?" asks one thing of the addressee: the
  infinitive after "et" goes on under "pouvez";
- "…, but no, …" is a no of its own.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Falmouth, Rescue nine two four, copied, lifting now, fifteen minutes to Whitsand",
            "comply",
        ),
        ("roger, proceeding now", "comply"),
        # near miss: no receipt, a bare word
        ("turning", "intention"),
        ("ah super, merci à vous, bonne journée", "thanks"),
        ("lovely, thank you", "thanks"),
        # near miss: "c'est super" says something
        ("c'est super", "information"),
        ("très bien. vous pouvez rester en ligne et me guider ? j'envoie la vedette", "request"),
        # near miss: a finite verb after "et" has its own (unsaid) subject
        ("il coule et nous sommes à l'eau", "distress.declare"),
    ],
)
def test_reading(text: str, primary: str) -> None:
    reads(text, primary)


def test_a_no_between_commas_is_said() -> None:
    kinds = [
        a.kind for a in classify("that's ever so kind of you, but no, I think we're alright").acts
    ]
    assert "answer.negative" in kinds, kinds
    # near miss: "no" before a noun denies the noun
    assert "answer.negative" not in [a.kind for a in classify("we have no power, no lights").acts]
