"""An acceptance said as the case taken or the help asked, right after a yes or a
receipt, checked with the real classifier and pipeline.

Alone, "d'accord, on prend le dossier" and "Roger, we'll handle it from here" reply to
an offer of the case (SPEECH-ACTS.md), and "yes yes please come" takes up help
offered. In a transcript they are acceptances only where something was offered or
asked of their speaker; where nothing was, they are what their words say alone: the
case assumed, help asked for. A receipt that only hears ("roger") never turns a
request for help into an acceptance, and the yes leads only to the act said next.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checker.phraseology import classify
from checker.report.model import Report
from tests.protocol.reading import ledger, said


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the case taken after a receipt or a yes: its acceptance
        ("d'accord, on prend le dossier", "coordination.accept"),
        ("Roger, we'll take it from here", "coordination.accept"),
        ("Bien reçu, on prend le relais", "coordination.accept"),
        ("yes, we will take this one", "coordination.accept"),
        # ... and said alone, or with the centre named, the case assumed
        ("we'll take it from here", "coordination.assume"),
        ("Falmouth is coordinating", "coordination.assume"),
        # help asked for after a yes or an agreement: the help offered taken up
        ("yes yes please come", "assistance.accept"),
        ("d'accord d'accord venez on veut bien", "assistance.accept"),
        # ... but not after a receipt that only hears, nor alone
        ("Roger, request you send a lifeboat", "request.assistance"),
        ("please come, we are sinking, please", "distress.declare"),
        ("please come quickly", "request.assistance"),
    ],
)
def test_taken_up_after_a_yes_alone(text: str, kind: str) -> None:
    assert classify(text).primary == kind


HEADER = """\
@title: taken up after a yes
@date: 2025-06-14
@timezone: +01:00
@rules: sar
@station HMCG: rcc party=UK aka="Dover Coastguard", "Dover"
@station CROSS: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station BOAT: casualty persons=12 aka="the dinghy"
@station CUTTER: vessel party=UK unit=state aka="Valiant"

"""


def test_the_case_taken_after_a_receipt_accepts_the_handover(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        HEADER + "10:00 BOAT -> CROSS (phone): help us, we are sinking, twelve people\n"
        "10:02 CROSS -> HMCG (phone): Dover, Gris-Nez, the dinghy is crossing, we hand"
        " over the coordination to you\n"
        "10:03 HMCG -> CROSS (phone): Roger, we'll take it from here\n"
    )
    assert said(report, "we'll take it from here").primary == "coordination.accept"
    assert ledger(report, "coordination", "BOAT")[-1] == "HMCG handed-over"


def test_the_case_taken_after_a_receipt_where_nothing_was_offered_is_assumed(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        HEADER + "10:00 CUTTER -> HMCG: Dover, Valiant, the dinghy has stopped, they are bailing\n"
        "10:01 HMCG -> CUTTER: Roger, we'll take it from here\n"
    )
    assert said(report, "we'll take it from here").primary == "coordination.assume"
    assert ledger(report, "coordination", "BOAT")[-1] == "HMCG assumed"


def test_help_asked_after_a_yes_takes_up_the_offer(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        HEADER + "10:00 CUTTER -> BOAT: we can take you on board, we come alongside\n"
        "10:01 BOAT -> CUTTER: yes yes please come\n"
    )
    act = said(report, "please come")
    assert act.primary == "assistance.accept"
    assert act.acts[-1].answers is not None


def test_help_asked_after_a_yes_where_nothing_was_offered_asks_for_it(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        HEADER + "10:00 CUTTER -> HMCG: Dover, Valiant, on scene with the dinghy\n"
        "10:01 BOAT -> CROSS (phone): yes yes please come\n"
    )
    assert said(report, "please come").primary == "request.assistance"
