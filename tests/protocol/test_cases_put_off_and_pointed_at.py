# ruff: noqa: E501
"""Readings of the thirty-fourth session's tuning incidents, with the real pipeline,
each with its near miss: a case pointed at ("this one is for you now") is handed
over; a "yeah" that asks the other to stand by has heard the handover and put off
the answer, it does not accept the case.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.report.model import Report
from tests.protocol.reading import ledger, said

LINE = """\
@title: a small boat shadowed to the median line by a French patrol boat
@date: 2025-09-14
@rules: uk-fr-channel
@station PATROL: vessel party=FR unit=state aka="Authie"
@station CUTTER: vessel party=UK unit=state aka="Warden"
@station DOVER: rcc party=UK aka="Dover Coastguard", "Dover"
@station GRISNEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station BOAT: casualty persons=~40 aka="the small boat"

05:02 Gris-Nez -> Authie: Authie, Gris-Nez, vous suivez l'embarcation jusqu'à la ligne.
05:02 * GRISNEZ takes coordination of BOAT
05:26 * BOAT is 0.2 nm inside UK waters
05:28 Authie -> Warden: Warden, Authie, this one is for you now, he has passed the line, he is on your side.
"""


def test_a_case_pointed_at_is_handed_over_and_a_stand_by_puts_off_the_answer(
    checked_radio: Callable[[str], Report],
) -> None:
    put_off = checked_radio(
        LINE + "05:29 Warden -> Authie: yeah copied stand by one i'll get on to dover\n"
    )
    assert said(put_off, "this one is for you now").primary == "coordination.handover"
    assert said(put_off, "stand by one").primary != "coordination.accept"
    assert not any(s.startswith("CUTTER") for s in ledger(put_off, "coordination", "BOAT"))
    # near miss: a plain yes to the case takes it
    taken = checked_radio(LINE + "05:29 Warden -> Authie: yeah copied, we'll take it from here\n")
    assert said(taken, "take it from here").primary == "coordination.accept"


BEACH = """\
@title: two children on a paddleboard blown offshore
@date: 2025-08-02
@rules: sar
@station BOARD: casualty persons=2 aka="the paddleboard"
@station MUM: unknown aka="the mother", "Mum"
@station FALMOUTH: rcc party=UK aka="Falmouth Coastguard", "Falmouth"
@station LIFEBOAT: vessel party=UK unit=ngo aka="St Agnes lifeboat"

15:06 Mum -> Falmouth (phone): my two kids are on a paddleboard and they're blowing out to sea
"""


def test_a_task_said_by_a_caller_pleads(checked_radio: Callable[[str], Report]) -> None:
    """A caller who is no unit and says "just get them" begs for help; a centre that
    says it to a lifeboat sends it."""
    plea = checked_radio(
        BEACH + "15:08 Mum -> Falmouth (phone): oh god, please please just get them, please hurry\n"
    )
    assert said(plea, "just get them").primary == "request.assistance"
    # near miss: the centre's same words to a unit task it
    order = checked_radio(
        BEACH
        + "15:09 Falmouth -> St Agnes lifeboat: St Agnes lifeboat, Falmouth, launch and get them, the two kids on the paddleboard off Perranporth\n"
    )
    assert said(order, "launch and get them").primary == "task"


ASKED = """\
@title: Douane Noroit accompanies a small boat off Gravelines, Dover takes it over the line
@date: 2025-09-16
@timezone: Europe/London
@rules: uk-fr-channel
@station GRISNEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez", "Gris Nez", "CROSS"
@station DOVER: rcc party=UK aka="Dover Coastguard", "Dover", "HM Coastguard", "UK Coastguard"
@station NOROIT: vessel party=FR unit=state aka="Douane Noroît", "DF Noroît", "Noroît", "Noroit", "la douane"
@station TEMPEST: vessel party=UK unit=state aka="Border Force Tempest", "BF Tempest", "Tempest"
@station BOAT: casualty persons=~35 aka="the small boat", "small boat", "le small boat", "l'embarcation"

14:05 Douane Noroît -> Gris-Nez: Gris-Nez Gris-Nez, ici douane Noroît, douane Noroît.
14:05 Gris-Nez -> Noroît: Noroît, Gris-Nez, j'écoute.
14:06 Noroît -> Gris-Nez: ouais alors on a un small boat qui vient de quitter la plage des Hemmes, devant Gravelines, euh trente, trente-cinq personnes à peu près, tous assis, il fait route au nord-ouest, six nœuds à peu près.
14:06 * NOROIT shadows BOAT
14:06 * BOAT is in French waters
14:07 Gris-Nez -> Noroît: reçu. Vous leur avez proposé de monter à bord?
14:08 Noroît -> Gris-Nez: oui oui, deux fois, ils refusent toute aide, ils nous font signe de partir. Le moteur tourne bien, ils ont des gilets.
14:09 Gris-Nez -> Noroît: bon. Pour nous pas de détresse pour l'instant, ils avancent et ils ne veulent rien.
14:09 Noroît -> Gris-Nez: reçu.
14:10 Gris-Nez -> Noroît: et vous, vous comptez le suivre jusqu'où?
14:10 Noroît -> Gris-Nez: jusqu'à la ligne, pas plus loin, on a pas le gasoil pour aller chez eux de toute façon.
14:18 Gris-Nez -> Dover (phone): Hello Dover, good afternoon, CROSS Gris-Nez speaking. We follow a small boat from Gravelines, thirty-five people more or less, course three two zero, six knots, our customs boat is with them.
14:18 Dover -> Gris-Nez (phone): Afternoon. Yeah, thirty-five, three two zero at six knots, got that.
14:19 Gris-Nez -> Dover (phone): Is it possible you take the case when she pass the line? Because for us she is not in distress, they refuse our help, so the customs will stop at the line.
14:20 Dover -> Gris-Nez (phone): Er, let's hold off on that for now, Gris-Nez. Half of these never get as far as the line. Give us a ring when she's close and we'll have a look.
14:20 Gris-Nez -> Dover (phone): okay okay, I call you back.
14:24 Dover -> Gris-Nez (phone): Gris-Nez, Dover, sorry, one more thing, have you got a colour for the boat, anything we can look for?
14:24 Gris-Nez -> Dover (phone): yes, it is grey, grey tubes, black engine, and many of them have orange gilets, er, life jackets.
14:41 noroît -> gris-nez: gris nez noroît le small boat est à un demi mille de la ligne même cap même vitesse
14:41 Gris-Nez -> Noroît: reçu, vous restez bien de notre côté.
14:43 Gris-Nez -> Dover (phone): Dover, it is Gris-Nez again, my small boat is half a mile from the line now, same course.
14:43 Dover -> Gris-Nez (phone): Yep, we can see her on the radar now. Stand by, I'll come back to you once she's over.
14:50 * BOAT is in UK waters
14:51 Noroît -> Gris-Nez: voilà elle est passée, elle est côté anglais maintenant.
14:51 Gris-Nez -> Noroît: reçu Noroît.
14:52 Noroît -> Gris-Nez: bon ben nous on fait demi-tour, on rentre sur Dunkerque.
14:53 Gris-Nez -> Dover (phone): Dover, Gris-Nez. The small boat is across, she is on your side now. My customs go back.
"""


def test_a_case_accepted_after_a_stand_by_is_handed_over_once(
    checked_radio: Callable[[str], Report],
) -> None:
    """The yes with a stand-by accepts nothing; the later "she's ours now, we'll take it
    from here" accepts the case, and taking it in the same breath adds no interval."""
    taken = checked_radio(
        ASKED
        + "14:53 Dover -> Gris-Nez (phone): Right, yeah, she's ours now, we'll take it from here. Thanks for keeping an eye on her.\n"
    )
    assert [s for s in ledger(taken, "coordination", "BOAT") if s.startswith("DOVER")] == [
        "DOVER handed-over"
    ]
