# ruff: noqa: E501
"""Three protocol slips of the twenty-third session's tuning incidents, checked with
the real classifier and pipeline, each with its near miss:

- a reply said before the utterance names another case answers the case it replies
  to ("Yeah, no problem, we'll take it from here. … And the second one off Malo?");
- a station that offers help or relays an alert, and tells what it sees in the same
  breath ("we've got the glow on our port bow"), is no casualty of its own;
- a "no" that qualifies a noun inside a question ("is there no navy ship closer than
  me?") answers nothing, so it takes back no tasking.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.report.model import Report
from tests.protocol.reading import ledger, said

TWO_BOATS = """\
@title: two boats, one handed over
@date: 2025-10-09
@timezone: +02:00
@rules: sar
@station GRISNEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station DOVER: rcc party=UK aka="Dover Coastguard", "Dover"
@station BOAT1: casualty persons=50 aka="the small boat", "the first boat"
@station BOAT2: casualty persons=30 aka="the second boat", "the second one"

01:52 BOAT1 -> GRISNEZ (phone): please help, we are sinking, fifty people
02:50 BOAT2 -> GRISNEZ (phone): au secours on coule le bateau il est cassé
03:18 GRISNEZ -> DOVER (phone): Dover, Gris-Nez. I hand over to you the coordination for the small boat, it is in your waters now. You take it?
"""


def test_a_reply_before_another_case_is_named_answers_the_case_offered(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        TWO_BOATS + "03:19 DOVER -> GRISNEZ (phone): Yeah, no problem, we'll take it from"
        " here. Cheers, Gris-Nez. And the second one off Malo, do you want anything from us?\n"
    )
    assert ledger(report, "coordination", "BOAT1")[-1] == "DOVER handed-over"
    assert "DOVER" not in " ".join(ledger(report, "coordination", "BOAT2"))


def test_a_reply_that_names_the_case_it_takes_takes_that_one(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        TWO_BOATS + "03:19 DOVER -> GRISNEZ (phone): Yeah, no problem, we'll take the small"
        " boat from here. And the second one, do you want anything from us?\n"
    )
    assert ledger(report, "coordination", "BOAT1")[-1] == "DOVER handed-over"
    assert "DOVER" not in " ".join(ledger(report, "coordination", "BOAT2"))


FIRE = """\
@title: a yacht offers help at a fire
@date: 2025-04-17
@timezone: +02:00
@rules: sar
@station JOBOURG: rcc party=FR aka="CROSS Jobourg", "Jobourg"
@station TRAWLER: casualty persons=5 aka="Grand Large", "the fishing boat"
@station YACHT: vessel party=UK unit=private aka="Sea Swallow", "yacht Sea Swallow"

23:20 TRAWLER -> JOBOURG: Jobourg, Grand Large, le feu à bord, on évacue dans le radeau, cinq personnes
"""


def test_a_station_offering_help_tells_what_it_sees_not_its_own_trouble(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        FIRE + "23:31 YACHT -> JOBOURG: Jobourg, this is yacht Sea Swallow. We can assist. We're"
        " about a mile from the boat that's on fire, we've got the glow on our port bow. Over.\n"
    )
    assert [c.id for c in report.casualties] == ["TRAWLER"]


def test_a_station_telling_its_own_trouble_is_a_casualty(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        FIRE + "23:31 YACHT -> JOBOURG: Jobourg, this is yacht Sea Swallow. We have a fire"
        " on board ourselves, we are taking water. Over.\n"
    )
    assert "YACHT" in [c.id for c in report.casualties]


TANKER = """\
@title: a reluctant master
@date: 2025-08-14
@timezone: +02:00
@rules: sar
@station MALTA: rcc party=MT aka="RCC Malta", "Malta"
@station TANKER: vessel party=MH unit=private aka="Aegean Meridian", "the tanker"
@station BOAT: casualty persons=80 aka="the wooden boat"

05:41 BOAT -> MALTA (satphone): hello malta the water is coming in the boat we are sinking please help us
05:59 MALTA -> TANKER (satphone): Captain, we request you to alter course and proceed with your best speed to a wooden boat in distress. Please confirm.
"""


def test_a_no_inside_a_question_takes_back_no_tasking(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        TANKER + "06:01 TANKER -> MALTA (satphone): Is there no navy ship, no coast guard,"
        " closer than me?\n"
    )
    assert ledger(report, "rescue", "BOAT")[-1] == "TANKER tasked"


def test_a_refusal_said_at_once_still_takes_back_the_tasking(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        TANKER + "06:01 TANKER -> MALTA (satphone): Negative, we are unable to assist, we are"
        " a loaded tanker.\n"
    )
    assert ledger(report, "rescue", "BOAT")[-1] != "TANKER tasked"
    assert said(report, "unable to assist").primary == "assistance.unable"
