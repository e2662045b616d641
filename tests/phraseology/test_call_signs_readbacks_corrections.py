# ruff: noqa: E501
"""Call signs said digit by digit, read-backs that end on their receipt, and French
corrections, with the real classifier (twenty-eighth session's tuning material), each
with a near miss:

- a call sign said digit by digit before a comma ("Falmouth, nine two four, patient
  handed over at …") is a call-up, no count of what follows it nor a statement;
- persons counted in a read-back ("two of them injured") before "good copy" are
  heard back;
- "erreur, rectification, je reprends" corrects, "erreur rectification" too, and
  "that last transmission was in error";
- a channel said twice is one channel; "say again all after '…'" quotes what it asks
  for; "you were cut out" reports the signal;
- "Okay everybody," calls everyone; "sixty-six safe aboard the cutter" and "that's
  everyone off" report the persons rescued.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Falmouth, nine two four, patient handed over at Treliske hospital, returning to Newquay",
            "report.landing",
        ),
        (
            "Solent, Rescue one six four, patient delivered to Queen Alexandra hospital, returning to Lee",
            "report.landing",
        ),
        ("Humber, nine one two, say again the name of the fishing vessel", "procedure.say-again"),
        # a call sign in figures after the name called, and a receipt phrase alone
        (
            "Falmouth, 924, copied all that, lifting from Newquay now, ETA on scene two five minutes.",
            "comply",
        ),
        # near misses: persons in figures; a one-word receipt leads what it reads back
        ("Dover, 120 persons on board", "report.persons"),
        ("Roger, taking on water.", "readback"),
        # near miss: a count said after a question is a count
        ("forty two, five of them children", "report.persons"),
        ("zero four persons on board, two of them injured, good copy", "readback"),
        # near miss: persons counted, no receipt
        ("two of them are injured, we need help", "report.persons"),
        ("erreur, rectification, je reprends", "procedure.correction"),
        ("erreur rectification", "procedure.correction"),
        # near miss: "je reprends" alone tells
        ("je reprends la veille sur le seize", "information"),
        # the last message taken back in words
        (
            "Correction, correction, that last transmission was in error, wait one",
            "procedure.correction",
        ),
        ("Sorry, mistake, ignore that, ignore that last, uh, correction", "procedure.correction"),
        # near miss: an order to ignore something else
        ("ignore the boat on your port side", "instruction"),
        # a channel said twice; the words asked for again are quoted; a signal report
        ("Ranger, Typhoon, go up to seven two, seven two, over", "procedure.channel"),
        (
            "Gris-Nez, Dover, say again all after 'the boat is', you were cut out, say again",
            "procedure.say-again",
        ),
        # near miss: a low number alone after "go to" is no channel
        ("go to two", "instruction"),
        # everyone called before what they are told
        (
            "Okay everybody, we're calling off the search, it's terminated, all units stand down",
            "search.terminate",
        ),
        # near misses: "everybody" said alone answers; "everybody ok" reports
        ("Everybody.", "report.persons"),
        ("everybody ok, no injuries", "report.persons"),
        # persons said safe aboard, everyone said off
        ("That's everyone off, sixty-six safe aboard the cutter", "report.rescued"),
        # near miss: an order to keep them safe aboard
        ("keep everyone safe on board", "instruction"),
    ],
)
def test_reading(text: str, primary: str) -> None:
    reads(text, primary)


def test_a_call_sign_is_no_count() -> None:
    result = classify("Falmouth, nine two four, patient handed over at Treliske hospital")
    assert [a.kind for a in result.acts][:2] == ["call", "call"]
    assert all(a.slots.get("count") != 924 for a in result.acts)
    # near miss: a number said alone after a question is an answer, no call sign
    assert "call" not in [a.kind for a in classify("How many? Four one two, I think").acts]
