# ruff: noqa: E501
"""Readings of the thirty-third session's tuning incidents, with the real pipeline,
each with its near miss:

- a patrol vessel that its own party's centre told to pass the case on, asking
  another centre to "take over this boat", offers that centre the case for its own:
  the other centre's acceptance is a handover of coordination, and a centre takes no
  custody on scene;
- a unit let go with "affirmative, you're released, and thanks …" is released, the
  comma after "released" notwithstanding: it gets no consent to act.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.report.model import Report
from tests.protocol.reading import ledger

LINE = """\
@title: a dinghy escorted to the median line by a patrol vessel
@date: 2025-08-21
@rules: uk-fr-channel
@station PATROL: vessel party=FR unit=state aka="patrouilleur Aber Ildut", "Aber Ildut"
@station GRISNEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station DOVER: rcc party=UK aka="Dover Coastguard", "Dover"
@station DINGHY: casualty persons=~50 aka="the dinghy", "rubber boat", "l'embarcation"

04:48 Aber Ildut -> Gris-Nez: Gris-Nez, ici patrouilleur Aber Ildut. J'ai une embarcation pneumatique très chargée, une cinquantaine de personnes, elle fait route au nord, je l'accompagne.
04:48 * PATROL escorts DINGHY
04:48 * DINGHY is 4 nm inside French waters
04:51 Gris-Nez -> Aber Ildut: Bien compris. Vous restez avec eux jusqu'à la ligne et vous passez l'affaire à Dover.
05:28 Aber Ildut -> Dover: Dover Coastguard, this is French patrol vessel Aber Ildut. I am with one rubber boat, about five zero persons, half mile from the median line, going north.
05:29 Aber Ildut -> Dover: We would like that you take over this boat when it cross the line.
"""


def test_a_unit_offers_another_centre_the_case_for_its_own(
    checked_radio: Callable[[str], Report],
) -> None:
    accepted = checked_radio(
        LINE + "05:52 Dover -> Aber Ildut: Okay, change of plan, we'll take it.\n"
    )
    assert ledger(accepted, "coordination", "DINGHY")[-1] == "DOVER handed-over"
    assert not any(s.startswith("DOVER") for s in ledger(accepted, "rescue", "DINGHY"))
    # near miss: a unit of the other party offers nothing for the holder
    other = LINE.replace("@station PATROL: vessel party=FR", "@station PATROL: vessel party=UK")
    taken = checked_radio(
        other + "05:52 Dover -> Aber Ildut: Okay, change of plan, we'll take it.\n"
    )
    assert ledger(taken, "coordination", "DINGHY")[-1] != "DOVER handed-over"


YACHT = """\
@title: a yacht taking water, a ferry standing by
@date: 2025-06-07
@rules: sar
@station YACHT: casualty persons=2 aka="Grey Heron"
@station FERRY: vessel flag=GB aka="Irish Mist"
@station BELFAST: rcc party=UK aka="Belfast Coastguard", "Belfast"
@station LIFEBOAT: vessel party=UK unit=ngo aka="Port Erin lifeboat", "the lifeboat"

14:02 Grey Heron -> ALL: mayday mayday mayday this is grey heron we are taking water two on board
14:05 Irish Mist -> Belfast: Belfast Coastguard, Irish Mist. We've picked up a mayday from the yacht Grey Heron, two persons aboard, taking water.
14:09 Belfast -> Port Erin lifeboat (phone): Port Erin lifeboat, Belfast Coastguard. Launch please to the yacht Grey Heron, taking water, two on board.
14:18 Port Erin lifeboat -> Belfast: Belfast, Port Erin lifeboat, launched and on our way to the casualty.
14:33 Irish Mist -> Belfast: Belfast Coastguard, Irish Mist, are we okay to carry on with our passage now?
"""


def test_a_unit_released_with_a_comma_gets_no_consent(
    checked_radio: Callable[[str], Report],
) -> None:
    released = checked_radio(
        YACHT
        + "14:34 Belfast -> Irish Mist: Irish Mist, Belfast Coastguard, affirmative, you're released, and thanks very much for your help this afternoon.\n"
    )
    assert ledger(released, "rescue", "YACHT")[-1] == "LIFEBOAT tasked"


DRIFT = """\
@title: a small boat drifting across the line, handed over by phone
@date: 2025-09-02
@rules: uk-fr-channel
@station GRISNEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station DOVER: rcc party=UK aka="MRCC Dover", "Dover Coastguard"
@station SNSM: vessel party=FR unit=ngo aka="SNSM Boulogne", "canot de Boulogne"
@station FISHER: vessel party=FR aka="Ar Vag"
@station BOAT: casualty persons=~60 aka="the small boat", "l'embarcation"

07:15 Ar Vag -> Gris-Nez: Gris-Nez, Ar Vag, on a un small boat à côté de nous, une soixantaine de personnes, le moteur est arrêté.
08:09 Gris-Nez -> MRCC Dover (phone): Hello Dover, it is CROSS Gris-Nez. I call you for a small boat, about sixty persons, the engine is stopped, they are drifting north-west.
08:11 Gris-Nez -> MRCC Dover (phone): So, er, for us it is now in your zone, we would like that you take it, if you agree.
08:11 MRCC Dover -> Gris-Nez (phone): yep that's fine, we'll take it from here Gris-Nez, I'll get a cutter out to them now
"""


def test_a_centre_asked_by_a_centre_to_take_it_is_handed_the_case(
    checked_radio: Callable[[str], Report],
) -> None:
    told = checked_radio(
        DRIFT
        + "08:15 Gris-Nez -> SNSM Boulogne: SNSM Boulogne, Gris-Nez, c'est Douvres qui a la coordination maintenant, vous restez côté français.\n"
    )
    # the French name of Dover's town names it: Gris-Nez tells of Dover, takes nothing
    assert ledger(told, "coordination", "BOAT")[-1] == "DOVER handed-over"
    # near miss: a centre asking a unit to take them sends it, hands no case over
    unit = checked_radio(DRIFT.replace("MRCC Dover (phone): So, er,", "SNSM Boulogne: So, er,"))
    assert "SNSM handed-over" not in ledger(unit, "coordination", "BOAT")
