# ruff: noqa: E501
"""Protocol readings of the twenty-seventh session's tuning incidents, with the real
pipeline, each with its near miss:

- a unit that only diverts to a casualty or stands by it, while the unit its centre
  sent holds the rescue, takes nothing from it; nor does the casualty's own yes to
  such an offer;
- once every person is ashore the rescue is over: a unit sent after that for the
  craft ("pick up the kayak") takes no rescue;
- a witness ashore who counts the people with her counts no one of the casualty's;
  a number said after one person ("male about fifty") is an age.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.report.model import Report
from tests.protocol.reading import ledger, said

YACHT = """\
@title: a yacht knocked down, the lifeboat sent, a supply ship stands by
@date: 2025-08-02
@rules: sar
@station YACHT: casualty persons=4 flag=NL aka="Blauwe Reiger", "the yacht"
@station HUMBER: rcc party=UK aka="Humber Coastguard", "Humber"
@station OSV: vessel flag=NO aka="Skua Provider", "Skua"
@station LIFEBOAT: vessel party=UK unit=ngo aka="Bridlington lifeboat", "lifeboat"

16:10 YACHT -> HUMBER: Mayday, mayday, mayday. This is Blauwe Reiger. We are taking water, one man injured. We need immediate assistance. Four persons on board. Over.
16:10 HUMBER -> YACHT: Blauwe Reiger, this is Humber Coastguard, received mayday.
16:11 * HUMBER tasks LIFEBOAT to YACHT
16:14 LIFEBOAT -> HUMBER: Humber Coastguard, Bridlington lifeboat, launched and proceeding, ETA four five minutes, over.
"""


def test_a_unit_standing_by_takes_nothing_from_the_unit_sent(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        YACHT
        + "16:15 OSV -> YACHT: Blauwe Reiger, this is Skua Provider. We can divert to you, we are about eight miles north-east of you, and stand by you until the lifeboat comes. Over.\n"
        + "16:15 YACHT -> OSV: yes yes please, thank you Skua\n"
        + "16:16 OSV -> HUMBER: Humber Coastguard, Skua Provider, for your information we are diverting to the yacht Blauwe Reiger and will stand by her. Over.\n"
        + "16:16 HUMBER -> OSV: Skua Provider, Humber, roger, much appreciated.\n"
    )
    assert ledger(report, "rescue", "YACHT") == ["none none", "LIFEBOAT tasked"]


def test_a_unit_that_will_take_the_persons_off_is_let_act(
    checked_radio: Callable[[str], Report],
) -> None:
    # the near miss: no unit sent holds the rescue, and the centre lets the ship act
    report = checked_radio(
        YACHT.replace("16:11 * HUMBER tasks LIFEBOAT to YACHT\n", "").replace(
            "16:14 LIFEBOAT -> HUMBER: Humber Coastguard, Bridlington lifeboat, launched and proceeding, ETA four five minutes, over.\n",
            "",
        )
        + "16:16 OSV -> HUMBER: Humber Coastguard, Skua Provider, we are diverting to the yacht and will stand by her. Over.\n"
        + "16:16 HUMBER -> OSV: Skua Provider, Humber, roger, much appreciated.\n"
    )
    assert ledger(report, "rescue", "YACHT")[-1] == "OSV acquiesced"


KAYAK = """\
@title: a kayaker off the sands, a walker on the phone
@date: 2025-08-17
@rules: sar
@station HOLYHEAD: rcc party=UK aka="Holyhead Coastguard", "Holyhead"
@station WALKER: unknown aka="caller", "the walker"
@station KAYAKER: casualty persons=1 aka="the kayaker", "kayaker"
@station HOVER: vessel party=UK unit=ngo aka="Morecambe Hover", "Hover", "hovercraft"
@station ILB: vessel party=UK unit=ngo aka="Morecambe ILB", "ILB"
@port Hest Bank: party=UK

14:21 * WALKER calls 999
14:22 WALKER -> HOLYHEAD (phone): there's a bloke in a kayak and he's gone over, he's in the water out in the bay
14:25 * HOLYHEAD tasks HOVER to KAYAKER
14:39 * HOVER recovers 1 person from KAYAKER
14:43 WALKER -> HOLYHEAD (phone): oh I can't really, I've got the two kids and the dog with me, sorry
14:47 * HOVER lands 1 person at Hest Bank
14:56 HOVER -> HOLYHEAD: Holyhead, Hover, male about fifty, in the water twenty minutes, conscious, handed over to the paramedics, over.
"""


def test_after_every_person_is_ashore_a_unit_sent_for_the_craft_takes_no_rescue(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        KAYAK
        + "15:03 HOLYHEAD -> ILB: Morecambe ILB, Holyhead, the casualty's ashore. Could you launch and pick up the kayak, it's drifting up the bay, over.\n"
    )
    assert ledger(report, "rescue", "KAYAKER") == ["none none", "HOVER tasked"]
    casualty = next(c for c in report.casualties if c.id == "KAYAKER")
    # the walker's children and the man's age count no one aboard
    assert casualty.persons.on_board == 1
    assert not [v for v in report.verdicts if v.rule == "SR07" and v.outcome == "violated"]


def test_a_unit_sent_before_every_person_is_ashore_is_tasked(
    checked_radio: Callable[[str], Report],
) -> None:
    # the near miss: the ILB sent while the man is still in the water
    report = checked_radio(
        KAYAK.split("14:39", maxsplit=1)[0]
        + "14:30 HOLYHEAD -> ILB: Morecambe ILB, Holyhead, launch to the kayaker as well please, over.\n"
    )
    assert ledger(report, "rescue", "KAYAKER")[-1] == "ILB tasked"


SCHOOL = """\
@title: a school boat aground, the skipper told to leave it
@date: 2025-07-04
@rules: sar
@station CORMORAN: casualty persons=8 aka="Cormoran", "Cormoran 4"
@station CORSEN: rcc party=FR aka="CROSS Corsen", "Corsen"
@station SNSM: vessel party=FR unit=ngo aka="la vedette", "SNSM"

16:21 la vedette -> Cormoran: C'est bon, on a les sept gamins dans le semi. Maintenant toi aussi tu quittes le bord.
16:22 Cormoran -> la vedette: non non moi je reste à bord, je peux pas laisser le bateau de l'école comme ça, j'attends la marée
16:23 CROSS Corsen -> Cormoran 4: Cormoran quatre, CROSS Corsen. Vous quittez le voilier avec la vedette, c'est une consigne du CROSS. À vous.
16:24 Cormoran 4 -> CROSS Corsen: bon... d'accord, d'accord, je viens.
"""


def test_a_no_and_a_plan_of_ones_own_refuse_the_order_and_coming_as_told_complies(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(SCHOOL)
    assert said(report, "moi je reste à bord").primary == "refuse"
    assert said(report, "je viens").primary == "comply"


RELAY = """\
@title: a mayday relay, a fishing boat answers
@date: 2025-07-04
@rules: sar
@station CALLER: casualty persons=40 aka="Caller"
@station HMCG: rcc party=UK aka="Dover Coastguard"
@station ARCTURUS: vessel party=UK aka="Arcturus"

02:14 Caller -> HMCG (phone): we are in a small boat, engine stopped, water coming in, 40 people
02:16 HMCG -> ALL STATIONS: Mayday relay mayday relay mayday relay, this is Dover Coastguard. Small boat with four zero persons taking on water. All vessels in the vicinity keep a sharp lookout and report to Dover Coastguard. Over.
02:20 Arcturus -> HMCG: Dover Coastguard this is fishing vessel Arcturus. We are two miles from that position, proceeding, ETA one five minutes. Over.
"""


def test_help_offered_after_an_order_to_all_stations_is_an_offer(
    checked_radio: Callable[[str], Report],
) -> None:
    # the near miss: the order was said to every station, not asked of the speaker
    report = checked_radio(RELAY)
    assert said(report, "proceeding, ETA").primary == "assistance.offer"
