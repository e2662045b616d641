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


FERRY = """\
@title: a passenger overboard
@date: 2025-03-08
@timezone: +01:00
@rules: sar
@station PAX: casualty persons=1 aka="the passenger", "l'homme à la mer"
@station FERRY: vessel party=FR flag=FR aka="Mont Canisy", "the ferry"
@station JOBOURG: rcc party=FR aka="CROSS Jobourg", "Jobourg"

"""


def test_a_units_mayday_for_the_casualty_declared_apart_from_it_is_that_casualtys(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        FERRY + "23:08 FERRY -> JOBOURG: Jobourg, ici Mont Canisy. Mayday, Mayday, Mayday. On a"
        " un homme à la mer, un passager, il est passé par-dessus bord.\n"
    )
    assert [c.id for c in report.casualties] == ["PAX"]
    assert ledger(report, "coordination", "PAX")[-1] == "JOBOURG first-contact"


def test_a_unit_telling_its_own_trouble_with_no_casualty_described_is_one(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        FERRY + "23:08 FERRY -> JOBOURG: Jobourg, ici Mont Canisy. On a un homme à la mer."
        " Mayday, Mayday, Mayday, incendie dans la salle des machines, on ne maîtrise pas.\n"
        "23:09 FERRY -> JOBOURG: Jobourg, Mont Canisy, le feu gagne, on évacue les passagers\n"
    )
    assert "PAX" in [c.id for c in report.casualties]


TURKISH = """\
@title: the case handed over and told of
@date: 2025-09-03
@timezone: +03:00
@rules: sar
@station BOAT: casualty persons=35 aka="the rubber boat"
@station NGO: shore unit=ngo aka="SeaCall"
@station TCG: rcc party=TR aka="Turkish Coast Guard", "Ayvalik"
@station JRCC: rcc party=GR aka="JRCC Piraeus", "Piraeus"

05:58 NGO -> TCG (phone): We have a boat in distress with thirty-five people, the rubber boat, water is coming in.
06:08 TCG -> JRCC (phone): Okay so we hand over this case to you, please confirm you take it.
06:08 JRCC -> TCG (phone): Confirmed, er, yes. JRCC Piraeus takes the case from here.
"""


def test_a_centre_that_handed_the_case_over_tells_of_its_acceptance_and_keeps_nothing(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        TURKISH + "06:13 TCG -> NGO (phone): SeaCall, Turkish Coast Guard. For your information,"
        " Greek side accepted the case, JRCC Piraeus is coordinating now.\n"
    )
    assert ledger(report, "coordination", "BOAT")[-1] == "JRCC handed-over"


DIVER = """\
@title: a description heard back
@date: 2025-07-12
@timezone: +01:00
@rules: sar
@station SHETLAND: rcc party=UK aka="Shetland Coastguard", "Shetland"
@station SELKIE: vessel party=UK aka="Selkie"
@station DIVER: casualty persons=1 aka="the diver"

14:20 SELKIE -> SHETLAND: Shetland Coastguard, Selkie, we have a diver missing, he has not surfaced.
14:22 SHETLAND -> SELKIE: Selkie, Shetland Coastguard. What colour is the diver's drysuit? Over.
14:22 SELKIE -> SHETLAND: er black drysuit yellow hood he'd have an orange dsmb and a torch over
"""


def test_words_heard_back_beside_a_receipt_are_a_readback(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        DIVER + "14:23 SHETLAND -> SELKIE: Roger, black suit, yellow hood, orange DSMB. And his"
        " name and age, please?\n"
    )
    event = said(report, "black suit, yellow hood")
    assert [a.kind for a in event.acts] == ["ack", "readback", "question"]
    assert event.acts[1].matched == "black suit, yellow hood, orange DSMB"
    assert event.primary == "question"  # a read-back is not substantive (SPEECH-ACTS.md)


def test_words_beside_a_receipt_that_the_message_did_not_say_are_no_readback(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        DIVER + "14:23 SHETLAND -> SELKIE: Roger, lifeboat launching now. And his name and age,"
        " please?\n"
    )
    assert "readback" not in [a.kind for a in said(report, "lifeboat launching").acts]


TWO_DECLARED = """\
@title: a first report that describes one of two casualties
@date: 2025-06-01
@timezone: +01:00
@rules: sar
@station HUMBER: rcc party=UK aka="Humber Coastguard", "Humber"
@station PLN: casualty persons=2 aka="Peter's launch"
@station CRR: casualty persons=3 aka="the yacht Corrie"

"""


def test_a_first_report_describes_a_casualty_by_a_possessive_name(
    checked_radio: Callable[[str], Report],
) -> None:
    # ("Peter's" says "peter": the apostrophe parts it, as it parts "l'homme")
    report = checked_radio(
        TWO_DECLARED + "10:00 CALLER -> HUMBER (phone): hello, Peter's blue launch has turned"
        " over off the point, two men in the water\n"
    )
    assert said(report, "blue launch").casualties == ["PLN"]
