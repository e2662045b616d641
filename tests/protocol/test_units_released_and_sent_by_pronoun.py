# ruff: noqa: E501
"""Readings of the thirty-second session's first tuning wave, with the real pipeline,
each with its near miss:

- a unit asked to proceed "to a small boat taking on water" is sent to it: the boat's
  trouble is no danger ahead of the unit (a warning);
- "appareillez et faites route sur lui" sends the unit to the casualty named by a
  pronoun ("faites route au nord" sends it nowhere);
- a unit asked to stand by "ready to divert" is asked, not sent; "je vous demande de
  me donner …" asks, as "request you report …" does;
- a unit that offered help and is released ("you are released, you can carry on
  fishing") does not take the rescue by the thanks said with the release;
- a centre that asks a station to send its jet-ski to look for the casualty tasks the
  station, even after a "oui"; the friend who asks the same tasks nobody.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checker.phraseology import classify
from checker.report.model import Report
from tests.protocol.reading import ledger


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Sentinel, request you proceed at best speed to a small boat taking on water, four five persons on board",
            "task",
        ),
        ("you are heading into danger", "warning"),
        (
            "Appareillez et faites route sur lui s'il vous plaît, le chalutier Marie-Gwen, voie d'eau",
            "task",
        ),
        ("appareillez et faites route au nord", "instruction"),
        (
            "je vous demande de rester en veille sur le seize et de vous tenir prêt à vous dérouter sur le chalutier Marie-Gwen, à un mille dans votre sud-ouest",
            "request",
        ),
        ("je vous demande de vous dérouter sur le chalutier Marie-Gwen", "task"),
        ("je vous demande de me donner votre position", "request"),
        ("je vous demande votre position", "question"),
        # the addressee's own people or craft are no casualty to be sent to
        (
            "Compris. Restez sur place, récupérez vos plongeurs et rappelez-moi quand ils sont à bord.",
            "instruction",
        ),
        ("récupérez les plongeurs", "task"),
        # sent alongside the person named by a pronoun; carried somewhere he is not
        ("Can you get alongside him and get him aboard?", "task"),
        ("Can you take him into Yarmouth?", "request"),
    ],
)
def test_units_sent_asked_and_warned(text: str, kind: str) -> None:
    assert classify(text).primary == kind


RUDDER = """\
@title: a yacht without rudder, a fishing boat's offer of a tow
@date: 2025-09-27
@rules: sar
@station FALMOUTH: rcc party=UK aka="Falmouth Coastguard", "Falmouth"
@station YACHT: casualty persons=3 aka="Kittiwake"
@station RNLI: vessel party=UK unit=ngo aka="St Mary's lifeboat"
@station FV: vessel flag=FR aka="Men Glaz"

15:05 Kittiwake -> Falmouth Coastguard: falmouth coastguard kittiwake the jury rudder has failed and we're being set towards the rocks
15:07 Falmouth Coastguard -> St Mary's lifeboat: St Mary's lifeboat, Falmouth Coastguard. Launch to the yacht Kittiwake, rudder failure, three persons on board. Take her in tow to St Mary's. Over.
15:08 St Mary's lifeboat -> Falmouth Coastguard: Falmouth Coastguard, St Mary's lifeboat, launching now.
15:11 Men Glaz -> Falmouth Coastguard: yes hello. We can take the yacht in tow, we are only three mile from him.
"""


def test_a_unit_released_does_not_take_the_rescue(
    checked_radio: Callable[[str], Report],
) -> None:
    released = checked_radio(
        RUDDER
        + "15:12 Falmouth Coastguard -> Men Glaz: Men Glaz, Falmouth Coastguard, thank you very much skipper. The lifeboat is already launched and will do the tow. You are released, you can carry on fishing. Over.\n"
    )
    assert ledger(released, "rescue", "YACHT")[-1] == "RNLI tasked"
    # near miss: thanked without being let go, the fishing boat may do what it offered
    thanked = checked_radio(
        RUDDER
        + "15:12 Falmouth Coastguard -> Men Glaz: Men Glaz, Falmouth Coastguard, thank you very much skipper. Over.\n"
    )
    assert ledger(thanked, "rescue", "YACHT")[-1] == "FV acquiesced"


PADDLE = """\
@title: a paddleboarder drifting off Blériot-Plage
@date: 2025-08-03
@rules: sar
@station GRISNEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station PADDLER: casualty persons=1 aka="la paddleuse"
@station FRIEND: unknown aka="Camille"
@station JETSKI: vessel party=FR unit=ngo aka="Blériot secours", "poste de Blériot"

16:05 Camille -> Gris-Nez (phone): mon amie elle est partie en paddle et elle revient pas, le vent la pousse vers le large
16:06 Gris-Nez -> Camille (phone): D'accord madame. Vous restez sur la plage, on envoie des moyens.
16:10 Blériot secours -> Gris-Nez (phone): Gris-Nez, ici le poste de Blériot, vous nous avez appelés ?
"""


def test_a_station_asked_to_send_its_jet_ski_is_tasked(
    checked_radio: Callable[[str], Report],
) -> None:
    asked = checked_radio(
        PADDLE
        + "16:11 Gris-Nez -> Blériot secours (phone): Oui, Gris-Nez. Vous pouvez envoyer le jet-ski chercher une paddleuse qui dérive au large devant chez vous ?\n"
    )
    assert "JETSKI tasked" in ledger(asked, "rescue", "PADDLER")
    # near miss: the friend asking the same sends nobody
    begged = checked_radio(
        PADDLE
        + "16:11 Camille -> Blériot secours (phone): Oui, vous pouvez envoyer le jet-ski chercher mon amie ?\n"
    )
    assert "JETSKI tasked" not in ledger(begged, "rescue", "PADDLER")


ESCORT = """\
@title: a dinghy escorted to the median line, a cutter waiting on the UK side
@date: 2025-08-19
@rules: uk-fr-channel
@station GRISNEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station DOVER: rcc party=UK aka="Dover Coastguard"
@station KESTREL: vessel party=UK unit=state aka="Kestrel"
@station DINGHY: casualty persons=~40 aka="the small boat", "the dinghy"

05:20 CROSS Gris-Nez -> Dover Coastguard (phone): Hello Dover, it's Gris-Nez. We have a small boat, about forty people on board, heading north-west towards the line.
"""


def test_a_unit_held_where_the_boat_will_come_is_not_yet_sent(
    checked_radio: Callable[[str], Report],
) -> None:
    held = checked_radio(
        ESCORT
        + "05:25 Dover Coastguard -> Kestrel: Kestrel, could you make your way to position five one zero four north, zero zero one three six east and hold there please.\n"
    )
    assert "KESTREL tasked" not in ledger(held, "rescue", "DINGHY")
    # near miss: sent to the boat itself, it is tasked
    sent = checked_radio(
        ESCORT
        + "05:25 Dover Coastguard -> Kestrel: Kestrel, could you make your way to the small boat and hold there please.\n"
    )
    assert "KESTREL tasked" in ledger(sent, "rescue", "DINGHY")


MOB = """\
@title: a man overboard from a ferry, picked up by a fishing boat
@date: 2025-05-02
@rules: sar
@station HOLYHEAD: rcc party=UK aka="Holyhead Coastguard", "Holyhead"
@station FERRY: vessel party=IE aka="Celtic Lantern"
@station SALTEE: vessel party=IE aka="Saltee Venture"
@station MOB: casualty persons=1 aka="the man overboard"

09:47 Celtic Lantern -> Holyhead Coastguard: Mayday, Holyhead Coastguard, this is Celtic Lantern, man overboard, one person in the water.
09:48 Holyhead Coastguard -> Celtic Lantern: Celtic Lantern, Holyhead Coastguard, received mayday.
09:55 Holyhead Coastguard -> Saltee Venture: Saltee Venture, Holyhead Coastguard, proceed to the man overboard position and search.
10:20 Saltee Venture -> Holyhead Coastguard: Holyhead Coastguard, Saltee Venture, we got him, he's on board.
10:25 Celtic Lantern -> Holyhead Coastguard: Holyhead Coastguard, Celtic Lantern. Are we okay to pick up our rescue boat and carry on to Dublin? Over.
"""


def test_leave_to_go_on_is_no_consent_and_no_tasking(
    checked_radio: Callable[[str], Report],
) -> None:
    released = checked_radio(
        MOB
        + "10:26 Holyhead Coastguard -> Celtic Lantern: Celtic Lantern, Holyhead, affirmative, recover your boat and resume your passage. Thank you for your help.\n"
    )
    assert ledger(released, "rescue", "MOB")[-1] == "SALTEE tasked"
    # near miss: sent to the man overboard, the ferry is tasked
    sent = checked_radio(
        MOB
        + "10:26 Holyhead Coastguard -> Celtic Lantern: Celtic Lantern, Holyhead, recover the man overboard and stand by him.\n"
    )
    assert ledger(sent, "rescue", "MOB")[-1] == "FERRY tasked"
