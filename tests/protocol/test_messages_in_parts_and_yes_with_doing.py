# ruff: noqa: E501
"""Replies of the thirty-second session's tuning wave, with the real pipeline, each
with its near miss:

- a read-back may repeat a message its partner said in two lines ("it's just the two
  of us" - "we're off Hill Head" - "Roger, two persons on board, about one mile south
  of Hill Head"); figures the partner never said are no read-back;
- a read-back of advice says it in the singular ("three hundred milligram aspirin");
- a yes said with the doing ("yes, okay, we prepare the deck now") complies with the
  order, not accepts the help offered with it; a bare yes to the same accepts;
- "he says it's holding" (the anchor) relays no distress, so no acknowledgement is
  owed.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.report.model import Report
from tests.protocol.reading import said

CRUISER = """\
@title: a motor cruiser broken down off Hill Head
@date: 2025-06-14
@rules: sar
@station SOLENT: rcc party=UK aka="Solent Coastguard", "Solent"
@station MARIGOLD: casualty persons=2 aka="Marigold"

14:03 Marigold -> Solent Coastguard: er we've broken down, the engine's just stopped and it won't start again
14:03 Solent Coastguard -> Marigold: Marigold, Solent Coastguard. Understood, engine failure. How many people have you got on board, and where are you?
14:04 Marigold -> Solent Coastguard: oh, it's just the two of us, me and my wife Jean.
14:05 Marigold -> Solent Coastguard: we're off Hill Head, about a mile out I'd say
"""


def test_a_message_said_in_two_lines_is_read_back(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        CRUISER
        + "14:05 Solent Coastguard -> Marigold: Marigold, Solent Coastguard. Roger, two persons on board, about one mile south of Hill Head. Is anyone hurt?\n"
    )
    assert said(report, "Roger, two persons").primary == "readback"
    # near miss: a count the partner never said is the speaker's own report
    other = checked_radio(
        CRUISER
        + "14:05 Solent Coastguard -> Marigold: Marigold, Solent Coastguard. Roger, four persons on board? Is anyone hurt?\n"
    )
    assert said(other, "Roger, four persons").primary != "readback"


TANKER = """\
@title: a crew member with chest pain aboard a tanker at anchor
@date: 2025-02-11
@rules: sar
@station HUMBER: rcc party=UK aka="Humber Coastguard", "Humber"
@station SHIP: vessel flag=LR aka="Aurelia Star"
@station PATIENT: casualty persons=1 aka="the bosun"

03:10 Aurelia Star -> Humber Coastguard: Pan-pan, pan-pan, pan-pan, Humber Coastguard, this is Aurelia Star, one crew member with big pain in the chest, we request medical advice.
03:20 Humber Coastguard -> Aurelia Star: Aurelia Star, Humber Coastguard. The doctor advises: give the bosun three hundred milligrams aspirin, to chew. Keep him sitting up, nothing to eat or drink. Over.
"""


def test_advice_read_back_in_the_singular(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(
        TANKER
        + "03:21 Aurelia Star -> Humber Coastguard: Humber, Aurelia Star. Three hundred milligram aspirin to chew, sitting up, nothing eat and drink. copied.\n"
    )
    assert said(report, "Three hundred milligram").primary == "readback"


def test_a_yes_with_the_doing_complies(checked_radio: Callable[[str], Report]) -> None:
    order = "03:25 Humber Coastguard -> Aurelia Star: Aurelia Star, Humber Coastguard. Request you prepare a clear winching area on the main deck, the helicopter is on its way, ETA four five minutes.\n"
    report = checked_radio(
        TANKER
        + order
        + "03:26 Aurelia Star -> Humber Coastguard: yes, okay, we prepare the deck now. over\n"
    )
    assert said(report, "we prepare the deck now").primary == "comply"
    # near miss: a bare yes takes up the help offered with the order
    bare = checked_radio(
        TANKER + order + "03:26 Aurelia Star -> Humber Coastguard: yes thank you\n"
    )
    assert said(bare, "yes thank you").primary != "comply"


def test_an_anchor_holding_relays_no_distress(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(
        CRUISER
        + "14:20 Solent Coastguard -> Marigold: Marigold, Solent Coastguard. Is your anchor holding?\n"
        + "14:21 Marigold -> Solent Coastguard: hello it's Jean, Peter's up the front. er I think so, we're not moving now, he says it's holding\n"
    )
    assert said(report, "he says it's holding").primary != "distress.relay"
    assert not [v for v in report.verdicts if v.rule == "SR02" and v.outcome == "violated"]
