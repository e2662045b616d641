"""Readings of the twenty-second session's tuning incidents in recognised and plain
speech, each with its near miss: the "et" of a French number ("trente et une
personnes") neither cuts the clause nor the count; an English adverb in "-ly" before
the verb is no verb; "à" that lost its accent before "bord" is no "has"; persons
taken aboard in the present are the speaker's next action; a plan is no state; the
water's level is no person in the water; "request" before a noun phrase asks; an
ability asked in the past asks what was done.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("nous sommes vingt et un à bord", 21),
        ("on est trente et un", 31),
        ("on a vingt et une personnes", 21),
        ("on a récupéré trente et une personnes à bord", 31),
        ("we are twenty one", 21),
        # a "et" that joins two clauses still cuts: the count is the first clause's
        ("on est vingt et il y a des enfants", 20),
    ],
)
def test_the_et_of_a_french_number(text: str, count: int) -> None:
    counts = [a.slots.get("count") for a in classify(text).acts if "count" in a.slots]
    assert counts[:1] == [count]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("on a récupéré trente et une personnes à bord", "report.rescued"),
        # an adverb in "-ly" before the verb; a verb in "-ly" is still the verb
        ("Skipper, I strongly advise you to get into the liferaft with your crew", "advice"),
        ("we urgently need a doctor", "request.assistance"),
        # "à bord", its accent lost, is no "has" opening a clause
        ("on prend l'enfant et la maman à bord, on est à couple", "intention"),
        ("we take them aboard now", "intention"),
        ("on a pris les trois personnes à bord", "report.rescued"),
        # a plan is no state of the craft
        ("we'll take the lad off the raft first, then go in on the bow", "intention"),
        ("the engine has failed", "report.status"),
        # the water's level
        ("the pump is working okay now the water level is going down over", "report.status"),
        ("he fell in the water", "report.persons"),
        # "request" before what is asked
        ("request an update on the casualty and your fuel state", "request"),
        ("engine failure, water ingress", "report.status"),
        # an ability asked in the past asks what was done
        ("vous avez pu mouiller? À vous.", "question"),
        ("vous pouvez rester en ligne ?", "request"),
    ],
)
def test_numbers_adverbs_and_plans(text: str, kind: str) -> None:
    assert classify(text).primary == kind
