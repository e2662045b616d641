# ruff: noqa: E501
"""Replies read in context, with the real pipeline (twenty-eighth session's tuning
incidents):

- a no to a prohibition keeps it: "Don't go out onto the mud yourself" - "no no I
  won't" complies, as a plain "No." does; the near miss, "I won't" to an order to do
  something ("Stay on the line" - "no I won't, I have to go"), still refuses;
- a no said between commas after a courtesy declines the help offered ("that's ever
  so kind of you, but no, I think we're alright");
- "we accept" said with a receipt of an offer of help accepts that help, not a case
  ("okay, okay, we accept, we come on board your ship"); said with a receipt of a
  handover it still accepts the case;
- a no said with a refusal answers the order, not help offered beside it ("the
  lifeboat is on its way, request you don't put more divers in" - "no, no, I can't
  recall him"); a decline said to an order where no help was offered refuses it;
- a unit's receipt of a distress relayed to it shows it heard (``distress.ack``), and
  what it says beside the receipt stays the point ("copied all that, lifting from
  Newquay now" complies with the tasking).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checker.report.model import Report
from tests.protocol.reading import said

CALL = """\
@title: a walker on the phone, told not to go out onto the mud
@date: 2026-01-01
@rules: sar
@station HMCG: rcc party=UK aka="UK Coastguard"
@station WALKER: unknown aka="walker"
@station CANOEIST: casualty persons=1 aka="the canoeist"

14:04 WALKER -> HMCG (phone): there's a canoe turned over, he's in the water, about three hundred metres out
"""


def _kinds(report: Report, words: str) -> list[str]:
    return [a.kind for a in said(report, words).acts]


@pytest.mark.parametrize(
    ("order", "reply", "said", "unsaid"),
    [
        (
            "Good. Don't go out onto the mud yourself, whatever happens.",
            "no no I won't, don't worry",
            "comply",
            "refuse",
        ),
        # the near miss: "I won't" to an order to do something still refuses
        ("Stay on the line.", "no I won't, I have to go", "refuse", "comply"),
    ],
)
def test_i_wont_keeps_a_prohibition_and_refuses_an_order(
    checked_radio: Callable[[str], Report], order: str, reply: str, said: str, unsaid: str
) -> None:
    report = checked_radio(
        CALL
        + f"14:06 HMCG -> WALKER (phone): {order}\n"
        + f"14:06 WALKER -> HMCG (phone): {reply}\n"
    )
    kinds = _kinds(report, reply)
    assert said in kinds and unsaid not in kinds, kinds


def test_a_plain_no_to_a_prohibition_complies(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(
        CALL
        + "14:08 HMCG -> WALKER (phone): Don't go out there.\n"
        + "14:08 WALKER -> HMCG (phone): No.\n"
    )
    assert _kinds(report, "No.") == ["answer.negative", "comply"]


OFFER = """\
@title: a motor boat out of fuel, a yacht offers a tow
@date: 2026-01-01
@rules: sar
@station HMCG: rcc party=UK aka="Solent Coastguard"
@station BOAT: casualty persons=2 aka="Jenny Wren"
@station YACHT: vessel aka="Saltwhistle"

14:10 BOAT -> HMCG: Solent Coastguard, Jenny Wren, we've run out of fuel off the Needles, two on board
14:18 YACHT -> BOAT: Jenny Wren, Saltwhistle, we're close by, we can give you a tow if you want
"""


def test_a_no_after_a_courtesy_declines_the_offer(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(
        OFFER
        + "14:19 BOAT -> YACHT: oh hello, that's ever so kind of you, but no, I think we're alright, the coastguard's sending the lifeboat. thank you very much\n"
    )
    assert said(report, "ever so kind").primary == "assistance.decline"


def test_a_courtesy_alone_declines_nothing(checked_radio: Callable[[str], Report]) -> None:
    # the near miss: thanks for the offer, and a yes
    report = checked_radio(
        OFFER + "14:19 BOAT -> YACHT: oh that's ever so kind of you, yes please, thank you\n"
    )
    assert said(report, "ever so kind").primary != "assistance.decline"


TASKED = """\
@title: a fishing vessel sinking, a helicopter tasked
@date: 2026-01-01
@rules: sar
@station FV: casualty persons=4 aka="Morwenna", "fishing vessel Morwenna"
@station FALMOUTH: rcc party=UK aka="Falmouth Coastguard", "Falmouth"
@station R924: aircraft party=UK aka="Rescue 924", "924"

16:49 FALMOUTH -> R924 (phone): Rescue 924, Falmouth Coastguard. You are tasked to fishing vessel Morwenna, four POB abandoning to liferaft, vessel sinking.
"""


@pytest.mark.parametrize(
    ("reply", "words", "primary"),
    [
        # a receipt of the relayed distress shows it heard, and what is said beside it
        # stays the point
        (
            "Falmouth, 924, copied all that, lifting from Newquay now, ETA on scene two five minutes.",
            "copied all that",
            "comply",
        ),
        # the near misses: a question straight after the distress, with no receipt
        # before it, is the acknowledgement; with a receipt, the receipt shows it heard
        ("Falmouth, 924, what is the wind on scene?", "what is the wind", "distress.ack"),
        ("Falmouth, 924, roger, what is the wind on scene?", "what is the wind", "question"),
    ],
)
def test_a_reply_to_a_relayed_distress_acknowledges_it(
    checked_radio: Callable[[str], Report], reply: str, words: str, primary: str
) -> None:
    report = checked_radio(TASKED + f"16:50 R924 -> FALMOUTH (phone): {reply}\n")
    answer = said(report, words)
    assert answer.primary == primary
    assert "distress.ack" in [a.kind for a in answer.acts]


OFFERED = """\
@title: a merchant ship offers to take a yacht's crew
@date: 2026-01-01
@rules: sar
@station CORSEN: rcc party=FR aka="CROSS Corsen", "Corsen"
@station ROSE: casualty persons=3 aka="Wild Rose", "wild rose"
@station PEARL: vessel party=NO aka="Nordic Pearl", "nordic pearl"

06:00 ROSE -> CORSEN: mayday mayday mayday, this is wild rose, dismasted and taking water
06:01 CORSEN -> ROSE: wild rose, CROSS Corsen, received mayday
"""


@pytest.mark.parametrize(
    ("offer", "kind"),
    [
        (
            "Wild Rose, this is Nordic Pearl. We can take your crew on board, over.",
            "assistance.accept",
        ),
        # near miss: the case offered, the case accepted
        (
            "Wild Rose, this is Nordic Pearl. Do you want us to take over the case?",
            "coordination.accept",
        ),
    ],
)
def test_we_accept_with_a_receipt_of_an_offer_accepts_the_help(
    checked_radio: Callable[[str], Report], offer: str, kind: str
) -> None:
    report = checked_radio(
        OFFERED
        + f"06:10 PEARL -> ROSE: {offer}\n"
        + "06:12 ROSE -> PEARL: nordic pearl wild rose, okay, okay, we accept, we come on board your ship.\n"
    )
    assert kind in _kinds(report, "we come on board your ship"), _kinds(report, "we come on board")


@pytest.mark.parametrize(
    ("told", "reply", "kind"),
    [
        (
            "the lifeboat is on its way. request you don't put any more divers in the water, over",
            "er no, no, I can't recall him till he comes up",
            "refuse",
        ),
        # near miss: only help offered, the no declines it
        (
            "the lifeboat is on its way, do you want it?",
            "er no, no, we're fine now",
            "assistance.decline",
        ),
        (
            "you must abandon your vessel now, over",
            "Negative, negative. I will not leave my ship.",
            "refuse",
        ),
        # near miss: help offered, the same words decline it
        (
            "we can take you off with the helicopter, over",
            "Negative, negative. I will not leave my ship.",
            "assistance.decline",
        ),
    ],
)
def test_a_no_with_a_refusal_answers_the_order(
    checked_radio: Callable[[str], Report], told: str, reply: str, kind: str
) -> None:
    report = checked_radio(
        OFFERED
        + f"06:10 CORSEN -> ROSE: wild rose, corsen, {told}\n"
        + f"06:11 ROSE -> CORSEN: {reply}\n"
    )
    assert report.events[-1].primary == kind, _kinds(report, reply[:20])
