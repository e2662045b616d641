"""A craft described, not reported on: its parts named with its looks are no state.

A relative or a passer-by who reports a boat describes it: "it's a small white boat
with a blue cabin", "about twenty foot with an outboard on the back", "c'est un
bateau de cinq mètres, coque blanche". The parts named there (cabin, outboard,
hull) are among the words of a craft's condition (``status``: "water in the cabin",
"the outboard has failed"), so each such line read as a ``report.status``; but a
description is a plain statement of fact (``information``, SPEECH-ACTS.md). Where a
clause describes (a colour, a size, a name given), names parts only and says no
state of them, its parts name nothing.
"""

from __future__ import annotations

from checker.phraseology.clause_words import W


def described(allw: list[str], named: list[tuple[str, ...]]) -> None:
    """Drop ``status`` from the parts a describing clause names, in place."""
    if W.descriptions.isdisjoint(allw):
        return
    parts = [k for k, classes in enumerate(named) if "status" in classes]
    if not parts or any(allw[k] not in W.described_parts for k in parts):
        return  # a state word ("flooded", "panne") or no part at all
    if not W.part_states.isdisjoint(allw):
        return  # "white boat, the engine is dead"
    for k in parts:
        named[k] = tuple(x for x in named[k] if x != "status")
