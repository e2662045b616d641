# ruff: noqa: E501
"""Readings of the thirty-second session's mid-session tuning wave, with the real
pipeline, each with its near miss:

- "Dover prend la coordination", said by Gris-Nez to its patrol boat after Dover took
  the case, tells of Dover (named by a word of its names): Gris-Nez takes nothing
  back;
- "ils refusent notre assistance", said by the unit sent, is the persons' decline, not
  the unit refusing its tasking; "je refuse" would be;
- "received your mayday relay" acknowledges the relay whole (the "relay" is no
  order to comply with), so an offer said after it is an offer;
- a merchant ship telling a yacht "your distress beacon is transmitting" relays no
  distress, so SR02 owes no acknowledgement of it;
- "appelez votre épouse" sends the caller to no authority.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.phraseology import classify
from checker.report.model import Report
from tests.protocol.reading import ledger, said

LINE = """\
@title: a small boat crossing off Dunkirk
@date: 2025-09-02
@rules: uk-fr-channel
@station GRIS-NEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station DOVER-CG: rcc party=UK aka="Dover Coastguard", "MRCC Dover"
@station MOUETTE: vessel party=FR unit=state aka="Mouette"
@station BOAT: casualty persons=~30 aka="the small boat", "l'embarcation"

03:30 CROSS Gris-Nez -> Mouette: Mouette, ici CROSS Gris-Nez. Faites route immédiatement vers une embarcation en difficulté à huit nautiques au nord-ouest de Dunkerque, trente personnes à bord.
03:31 Mouette -> CROSS Gris-Nez: Gris-Nez, Mouette, bien reçu, on fait route.
04:10 CROSS Gris-Nez -> Dover Coastguard (phone): Dover, Gris-Nez again. The small boat has crossed, it is now half a mile inside your waters. Do you accept the coordination?
04:11 Dover Coastguard -> CROSS Gris-Nez (phone): Yes Gris-Nez, that's fine, Dover will take it from here.
"""


def test_a_centre_told_of_by_a_word_of_its_names(
    checked_radio: Callable[[str], Report],
) -> None:
    told = checked_radio(
        LINE
        + "04:12 CROSS Gris-Nez -> Mouette: Mouette, Gris-Nez, Dover prend la coordination. Gardez le visuel.\n"
    )
    assert ledger(told, "coordination", "BOAT")[-1] == "DOVER-CG handed-over"
    # near miss: "nous reprenons la coordination", said by Gris-Nez, takes it back
    back = checked_radio(
        LINE
        + "04:12 CROSS Gris-Nez -> Dover Coastguard (phone): Finalement nous reprenons la coordination.\n"
    )
    assert ledger(back, "coordination", "BOAT")[-1] != "DOVER-CG handed-over"


def test_persons_who_refuse_help_decline_it(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(
        LINE
        + "03:44 Mouette -> CROSS Gris-Nez: Gris-Nez, Mouette, ils refusent notre assistance, ils veulent continuer vers l'Angleterre.\n"
    )
    assert said(report, "ils refusent notre assistance").primary == "assistance.decline"
    # near miss: the unit itself refuses its tasking
    refused = checked_radio(
        LINE
        + "03:44 Mouette -> CROSS Gris-Nez: Gris-Nez, Mouette, non, je refuse, c'est trop dangereux.\n"
    )
    assert said(refused, "je refuse").primary == "refuse"


MAYDAY = """\
@title: a fishing boat sinking west of South Stack
@date: 2025-03-11
@rules: sar
@station HOLYHEAD: rcc party=UK aka="Holyhead Coastguard"
@station FV: casualty persons=3 aka="Morwenna Bay"
@station FERRY: vessel flag=IE aka="Celtic Venture"

14:02 Morwenna Bay -> ALL: mayday mayday mayday this is morwenna bay we are taking water fast three persons on board
14:03 Holyhead Coastguard -> Morwenna Bay: Morwenna Bay, Holyhead Coastguard, received mayday. Do you have a lat and long for me? Over.
14:05 Celtic Venture -> Holyhead Coastguard: Mayday relay, mayday relay, mayday relay. Holyhead Coastguard, this is Celtic Venture. We heard the fishing vessel Morwenna Bay, she is taking water.
14:05 Holyhead Coastguard -> Celtic Venture: Celtic Venture, Holyhead Coastguard, received your mayday relay, thank you for that. Stand by on one six.
"""


def test_an_offer_after_a_relay_received_is_an_offer(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        MAYDAY
        + "14:07 Celtic Venture -> Holyhead Coastguard: Holyhead Coastguard, Celtic Venture. We can divert, ETA twenty minutes. Over.\n"
    )
    assert said(report, "received your mayday relay").primary == "distress.ack"
    assert said(report, "We can divert").primary == "assistance.offer"


BEACON = """\
@title: a beacon set off by mistake
@date: 2025-07-19
@rules: sar
@station ETEL: rcc party=FR aka="CROSS Etel"
@station ALCYONE: casualty persons=2 flag=FR aka="Alcyone"
@station SHIP: vessel flag=LR aka="Nordic Alba"

10:40 CROSS Etel -> Nordic Alba: Nordic Alba, CROSS Etel, we have an EPIRB alert from a French yacht, the Alcyone, request you proceed to the position and report.
10:41 Nordic Alba -> CROSS Etel: yes no problem we alter course now
11:10 Nordic Alba -> Alcyone: Alcyone, Nordic Alba, do you require assistance? Your distress beacon is transmitting, CROSS Etel asked us to check on you. Over.
11:11 Alcyone -> Nordic Alba: no no no assistance everything is ok on board, the beacon started alone
"""


def test_a_beacon_told_to_its_own_craft_relays_nothing(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(BEACON)
    told = said(report, "Your distress beacon is transmitting")
    assert "distress.relay" not in [a.kind for a in told.acts]
    assert said(report, "no no no assistance").primary == "assistance.decline"
    assert not [v for v in report.verdicts if v.rule == "SR02" and v.outcome == "violated"]


def test_a_caller_sent_to_its_own_people_is_not_redirected() -> None:
    assert (
        classify("D'accord. Appelez votre épouse dès que vous avez du réseau.").primary
        != "coordination.redirect"
    )
    assert classify("call your wife and tell her you are safe").primary != "coordination.redirect"
    # near miss: sent to an authority
    assert classify("appelez le CROSS").primary == "coordination.redirect"
    assert classify("you must call the French coastguard").primary == "coordination.redirect"
