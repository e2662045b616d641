"""Who an utterance with no addressee is said to: the other side of the conversation.

Transcripts often write only the speaker of a line that goes on a conversation
("Rabat (phone): Je vous rends le cas, Tarifa." after "Rabat -> Tarifa (phone): …"),
and a recording's cues have no addressee column at all. A centre's handover offer or a
tasking said that way is still said to someone: the station the speaker was talking to
on the line before, or the one that had just spoken to it. Only those two readings are
taken, and only on the same medium with nobody else speaking between; anything less
sure leaves the addressee unknown.
"""

from __future__ import annotations

from itertools import pairwise

from checker.protocol.model import Event


def infer_addressees(utterances: list[Event]) -> None:
    """Give each utterance with no addressee the station of its conversation, in place:
    the addressee of the speaker's own line just before (it goes on talking), or the
    speaker of the line just before when that line was said to it (it answers)."""
    for prev, event in pairwise(utterances):  # (an inferred addressee carries on)
        if event.addressee is not None or event.speaker is None:
            continue
        if prev.medium != event.medium or prev.speaker is None:
            continue
        if prev.speaker == event.speaker:
            partner = prev.addressee
        elif prev.addressee == event.speaker:
            partner = prev.speaker
        else:
            continue
        if partner not in (None, "ALL", event.speaker):
            event.addressee = partner
