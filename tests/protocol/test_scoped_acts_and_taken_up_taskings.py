# ruff: noqa: E501  (transcript lines are as a person types them)
"""Who an act is about and what a unit took up, checked with the real pipeline.

- An utterance about two casualties: each act concerns the casualty its own words
  name, else the one named after it in the same sentence ("le voilier est en
  remorque du Marie-Jo, rejoignez le jet ski et prenez en charge le kitesurfeur"
  sends the lifeboat to the kitesurfer only).
- A unit named in a message about a casualty ("man overboard from the Dunnet
  Guardian") is part of that case: its "one of our deckhands went over" is the
  casualty's trouble, not its own.
- A tasked unit that took its tasking up (a receipt, or on scene) and later says it
  cannot do part of it ("on pourra pas le ramener") is still tasked; a unit that
  refuses a new tasking at once is not sent by it.
- Leave refused is answered: a later "you're released, free to resume your passage"
  grants nothing of it.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.report.model import Report
from tests.protocol.reading import ledger, said

TWO = """\
@title: two casualties in one order
@date: 2025-07-02
@timezone: +02:00
@rules: sar
@station CROSS: rcc party=FR aka="CROSS Med", "cross med"
@station SNSM: vessel party=FR unit=ngo aka="SNS 157", "un cinq sept", "la vedette"
@station JETSKI: vessel party=FR unit=state aka="jet ski Prado", "jet ski prado", "jet ski"
@station MARIEJO: vessel party=FR unit=private aka="Marie-Jo", "marie jo"
@station KITE: casualty persons=1 aka="le kitesurfeur", "kitesurfeur"
@station VOILIER: casualty persons=2 aka="Farniente", "le voilier"

14:10 KITE -> CROSS (phone): au secours je suis dans l'eau je n'arrive plus à remonter sur ma planche
14:11 VOILIER -> CROSS: mayday mayday mayday farniente démâté on dérive sur les rochers deux personnes à bord
14:13 CROSS -> SNSM: un cinq sept cross med appareillez pour le voilier farniente démâté il dérive sur les rochers
14:14 SNSM -> CROSS: reçu on appareille
14:15 CROSS -> MARIEJO: marie jo cross med prenez le voilier en remorque éloignez le des rochers
14:15 MARIEJO -> CROSS: ok ça marche on y va
14:18 * MARIEJO takes VOILIER in tow
"""


def test_an_order_about_one_of_two_casualties_sends_the_unit_to_that_one(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        TWO + "14:20 CROSS -> SNSM: un cinq sept cross med changement le voilier est en"
        " remorque du marie jo rejoignez le jet ski à huit cents mètres au large de la plage"
        " et prenez en charge le kitesurfeur il est en hypothermie\n"
    )
    assert said(report, "changement").casualties == ["VOILIER", "KITE"]
    assert ledger(report, "rescue", "KITE")[-1] == "SNSM tasked"
    assert ledger(report, "rescue", "VOILIER")[-1] == "MARIEJO assumed"


def test_an_order_naming_no_casualty_concerns_them_all(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        TWO + "14:20 CROSS -> JETSKI: jet ski cross med le voilier est en remorque, le"
        " kitesurfeur est dans l'eau. Rendez-vous sur zone.\n"
    )
    assert ledger(report, "rescue", "VOILIER")[-1] == "JETSKI tasked"
    assert ledger(report, "rescue", "KITE")[-1] == "JETSKI tasked"


MOB = """\
@title: a man overboard from a named unit
@date: 2025-02-10
@timezone: +00:00
@rules: sar
@station MOB: casualty persons=1 aka="the man overboard", "the deckhand"
@station SUPPLY: vessel party=NO aka="Havbris"
@station STANDBY: vessel party=UK aka="Dunnet Guardian", "the Guardian"
@station ABERDEEN: rcc party=UK aka="Aberdeen Coastguard", "Aberdeen"

02:14 SUPPLY -> ABERDEEN: MAYDAY RELAY, MAYDAY RELAY, MAYDAY RELAY, Aberdeen Coastguard, this is Havbris, we have just seen a man go over the side from the standby vessel Dunnet Guardian, one person in the water
02:15 ABERDEEN -> SUPPLY: Havbris, Aberdeen Coastguard, roger your MAYDAY RELAY
"""


def test_a_unit_named_in_the_alert_tells_of_the_casualty_not_of_itself(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        MOB + "02:15 STANDBY -> ABERDEEN: Aberdeen Coastguard, this is Dunnet Guardian,"
        " confirm, it's one of our deckhands, he went over the stern when we were recovering"
        " the tow line\n"
    )
    assert said(report, "one of our deckhands").casualties == ["MOB"]
    assert "STANDBY" not in {c.id for c in report.casualties}


def test_a_unit_never_named_in_the_case_still_tells_its_own_trouble(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        MOB.replace(" from the standby vessel Dunnet Guardian", "")
        + "02:15 STANDBY -> ABERDEEN: Aberdeen Coastguard, this is Dunnet Guardian, we are"
        " taking water fast in the engine room, we need help\n"
    )
    assert "STANDBY" in said(report, "taking water fast").casualties


TASKED = """\
@title: a tasking taken up
@date: 2025-10-04
@timezone: +02:00
@rules: sar
@station YACHT: casualty persons=3 aka="Zeezwaluw", "the yacht", "le voilier"
@station CORSEN: rcc party=FR aka="CROSS Corsen", "Corsen"
@station SNSM: vessel party=FR unit=ngo aka="Ouessant sauvetage", "la vedette"

07:10 YACHT -> CORSEN: Mayday mayday mayday, Zeezwaluw, we lost our rudder, water is coming in, three persons
07:16 CORSEN -> SNSM (phone): Ouessant, ici CROSS Corsen. Je vous engage sur un voilier néerlandais, le Zeezwaluw, il a perdu son safran, trois personnes.
"""


def test_a_tasked_unit_that_took_its_tasking_up_is_not_untasked_by_a_later_cannot(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        TASKED + "07:17 SNSM -> CORSEN: Bien reçu Corsen, on appareille dans dix minutes.\n"
        "08:31 * SNSM arrives on scene\n"
        "08:34 SNSM -> CORSEN: Corsen, on est sur zone. Avec cette mer on pourra pas le"
        " ramener sur Ouessant, on va le prendre en remorque.\n"
        "08:52 * SNSM takes YACHT in tow\n"
    )
    assert ledger(report, "rescue", "YACHT") == ["none none", "SNSM tasked"]


def test_a_unit_that_refuses_its_tasking_at_once_is_not_sent(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        TASKED + "07:17 SNSM -> CORSEN: Négatif Corsen, on ne peut pas appareiller, le canot"
        " est en panne.\n"
    )
    assert ledger(report, "rescue", "YACHT") == ["none none"]


def test_leave_refused_is_not_granted_by_a_release(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        MOB + "02:17 SUPPLY -> ABERDEEN: Aberdeen, Havbris, we request permission to launch"
        " our rescue boat, over\n"
        "02:17 ABERDEEN -> SUPPLY: Havbris, Aberdeen Coastguard, negative, you're not to"
        " launch, the sea state's too much\n"
        "02:55 ABERDEEN -> SUPPLY: Havbris, Aberdeen Coastguard, thank you for your help,"
        " you're released from this incident and free to resume your passage\n"
    )
    assert not any("SUPPLY consented" in span for span in ledger(report, "rescue", "MOB"))


WITNESS = """\
@title: a witness ashore kept looking
@date: 2025-07-20
@timezone: +01:00
@rules: sar
@station BELFAST: rcc party=UK aka="Belfast Coastguard", "Belfast"
@station WALKER: unknown aka="the caller", "the lady with the dog"
@station ILB: vessel party=UK unit=ngo aka="Kippford lifeboat", "the lifeboat"
@station BOY: casualty persons=1 aka="the boy"

20:40 WALKER -> BELFAST (phone): there's a boy in the water off the point, he's been swept out, he can't get back
20:42 BELFAST -> ILB: Kippford lifeboat, Belfast Coastguard, launch to a boy in the water off the point
20:43 ILB -> BELFAST: Kippford lifeboat, launching now
"""


def test_a_caller_ashore_told_to_keep_looking_is_not_tasked(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        WITNESS + "20:55 BELFAST -> WALKER (phone): Okay, just keep looking where you last"
        " saw him. The lifeboat's nearly there.\n"
    )
    assert ledger(report, "rescue", "BOY") == ["none none", "ILB tasked"]


def test_an_undeclared_station_can_still_be_tasked(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        WITNESS + "20:55 BELFAST -> Ocean Harvest: Ocean Harvest, Belfast Coastguard, proceed"
        " to the boy in the water off the point and pick him up\n"
    )
    assert ledger(report, "rescue", "BOY")[-1].endswith(" tasked")
    assert ledger(report, "rescue", "BOY")[-1] != "ILB tasked"
