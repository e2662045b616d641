# ruff: noqa: E501
"""Actions said bare after a receipt, interjections of approval, an infinitive after
"et", and a no said between commas, with the real classifier (twenty-eighth session's
tuning material), each with a near miss:

- "copied, lifting now", "roger, proceeding now": the action said without a subject
  after a receipt carries out what was asked;
- "ah super, merci à vous", "lovely, thank you": the approval leads, the thanks are
  the point;
- "vous pouvez rester en ligne et me guider ?" asks one thing of the addressee: the
  infinitive after "et" goes on under "pouvez";
- "…, but no, …" is a no of its own;
- a station named after a receipt or thanks in lower case is a vocative;
- an urgency said in plain words is declared (no PAN-PAN needed), and it is the
  point after a distress denied;
- "stay calm", "don't panic" are said for what follows them.
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
        # a station named after a receipt or thanks, in lower case, says nothing more;
        # a verb after the receipt does ("bien reçu, vous coulez")
        ("bien reçu gris-nez", "ack"),
        ("merci CROSS, bonne journée à vous", "thanks"),
        ("bien reçu, vous coulez, quelle est votre position", "distress.ack"),
        # an urgency said in plain words, and after a distress denied
        (
            "we're declaring an urgency we've lost all electrical power and steering",
            "urgency.declare",
        ),
        (
            "this is not a mayday but we have an urgent medical problem one of the crew has collapsed",
            "urgency.declare",
        ),
        ("we have a medical emergency on board", "urgency.declare"),
        # near misses: a distress, and a distress denied alone
        ("we are in distress", "distress.declare"),
        ("it's not a mayday at the moment", "phase.assess"),
        ("okay we accept, Dover is now coordinating", "coordination.accept"),
        ("thank you all stations for your help tonight humber coastguard out", "thanks"),
        # words that calm the caller are said for what follows them
        ("Okay sir, stay calm. How many people are on the boat with you?", "question"),
        ("restez calme, on arrive", "assistance.offer"),
        # near misses: said alone, or with an order of substance
        ("stay calm", "instruction"),
        ("stay calm and put your lifejackets on", "instruction"),
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
