# ruff: noqa: E501
"""Protocol readings of the twenty-sixth session's tuning incidents, checked with the
real classifier and pipeline, each with its near miss:

- a station that dials 999 alerts the centre that answers it: the case is the
  centre's from the call, with no ``none`` before it;
- only the holder hands the case on: a centre that does not hold it and says whose
  it is ("the coordination is with the Libyan authorities") offers nothing;
- a unit that sees another's trouble ("we can see the smoke") is no casualty, and a
  centre's favour asked of it ("Can I ask you to divert and pick up …?") sends it;
- a bare yes after a figure asked back ("…, yes?") confirms it and carries out no
  earlier order; help a centre asks of a unit ("Requesting an immediate launch") sends
  it; an order said back with a receipt is a read-back.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.report.model import Report
from tests.protocol.reading import ledger, said

KAYAK = """\
@title: a kayaker in the water, his friend on the phone
@date: 2025-09-13
@rules: sar
@station KAYAK: casualty persons=1 aka="the kayaker", "Dan"
@station FRIEND: unknown aka="Rhys", "caller"
@station MHCG: rcc party=UK aka="Milford Haven Coastguard", "Milford Haven", "Coastguard"

14:01 * FRIEND calls 999
14:02 Coastguard -> Rhys (phone): Coastguard, hello, what's the emergency?
14:02 Rhys -> Coastguard (phone): yeah hi, it's my mate, he's come out of his kayak, he's in the water off Tenby and he can't get back in
"""


def test_a_centre_answering_a_999_call_holds_the_case_from_the_call(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(KAYAK)
    assert ledger(report, "coordination") == ["MHCG first-contact"]
    span = next(s for s in report.responsibility if s.level == "coordination")
    assert span.from_line == 8  # the line of "* FRIEND calls 999"


def test_without_the_999_call_the_case_opens_at_the_alert(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(KAYAK.replace("14:01 * FRIEND calls 999\n", ""))
    assert ledger(report, "coordination")[-1] == "MHCG first-contact"
    span = [s for s in report.responsibility if s.level == "coordination"][-1]
    assert span.from_line == 9  # the friend's alert, answered by the centre


FISHING_BOAT = """\
@title: a crowded fishing boat, a centre that says whose case it is
@date: 2025-06-02
@rules: sar
@station BOAT: casualty persons=~400 aka="the fishing boat"
@station NGO: vessel party=DE unit=ngo aka="Sea Lantern"
@station ROME: rcc party=IT aka="MRCC Rome", "Rome"
@station LYCG: rcc party=LY aka="Libyan coast guard", "JRCC Tripoli"

05:52 NGO -> ROME (phone): MRCC Rome, this is Sea Lantern. We are on scene with a fishing boat in distress, very overcrowded, about four hundred persons, no life jackets.
05:53 ROME -> NGO (phone): Copy. We inform the competent authorities.
06:05 ROME -> LYCG (email): JRCC Tripoli, this is MRCC Rome. Request you take over coordination of this event, the position falls in the Libyan SAR region.
06:32 LYCG -> ROME (email): Libyan Coast Guard accept the coordination of this event.
"""


def test_a_centre_that_does_not_hold_the_case_hands_nothing_on(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        FISHING_BOAT
        + "07:17 ROME -> NGO (phone): Negative. Er, Italy is not competent for this event, the coordination is with the Libyan authorities. You address your request to Tripoli.\n"
        + "09:05 NGO -> ROME (email): MRCC Rome, Sea Lantern. For your information all persons recovered from the fishing boat, total 411 on board Sea Lantern incl 52 minors, two medical cases. Libyan patrol boat on scene demanded transfer, refused. Request POS.\n"
    )
    assert ledger(report, "coordination")[-1] == "LYCG handed-over"
    # nor does an offer in so many words, accepted, from a centre that does not hold it
    report = checked_radio(
        FISHING_BOAT
        + "07:17 ROME -> NGO: Sea Lantern, MRCC Rome. Request you take over coordination of this event.\n"
        + "07:18 NGO -> ROME: MRCC Rome, Sea Lantern, we accept the coordination.\n"
    )
    assert ledger(report, "coordination")[-1] == "LYCG handed-over"
    # the holder's own word hands it on
    report = checked_radio(
        FISHING_BOAT
        + "07:17 LYCG -> NGO: Sea Lantern, Libyan coast guard. Request you take over coordination of this event.\n"
        + "07:18 NGO -> LYCG: Libyan coast guard, Sea Lantern, we accept the coordination.\n"
    )
    assert ledger(report, "coordination")[-1] == "NGO handed-over"


CREEL_BOAT = """\
@title: a creel boat on fire, a ferry diverted
@date: 2025-10-04
@rules: sar
@station CREEL: casualty persons=2 aka="Morven Lass"
@station STORNOWAY: rcc party=UK aka="Stornoway Coastguard", "Stornoway"
@station DAWN: vessel party=UK unit=private aka="Hebridean Dawn", "the ferry"

19:40 CREEL -> STORNOWAY: Mayday mayday mayday, this is Morven Lass, fire in the engine room, two crew, we are abandoning to the liferaft.
19:41 STORNOWAY -> CREEL: Morven Lass, Stornoway Coastguard, received mayday.
19:47 DAWN -> STORNOWAY: Stornoway Coastguard, this is Hebridean Dawn. We're about three mile south-west of Waternish Point, and we can see the smoke, fine on the port bow, over.
"""


def test_a_unit_that_sees_the_smoke_is_sent_by_a_favour_asked(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        CREEL_BOAT
        + "19:48 STORNOWAY -> DAWN: Hebridean Dawn, Stornoway. Can I ask you to divert and pick up the two crew from the liferaft? Over.\n"
        + "19:48 DAWN -> STORNOWAY: Yeah, no problem, coming round now.\n"
    )
    assert {s.casualty for s in report.responsibility} == {"CREEL"}
    assert ledger(report, "rescue") == ["none none", "DAWN tasked"]


def test_a_unit_in_trouble_of_its_own_is_still_a_casualty(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        CREEL_BOAT
        + "19:50 DAWN -> STORNOWAY: Stornoway, Hebridean Dawn, we have smoke in our own engine room now, we need assistance.\n"
    )
    assert "DAWN" in {s.casualty for s in report.responsibility}


YACHT = """\
@title: a dismasted yacht drifting into the next region
@date: 2025-08-21
@rules: sar
@station YACHT: casualty persons=3 aka="Brisa del Norte"
@station ETEL: rcc party=FR aka="CROSS Étel", "Étel"
@station BILBAO: rcc party=ES aka="MRCC Bilbao", "Bilbao"
@station LIFEBOAT: vessel party=IE unit=ngo aka="Howth lifeboat"

10:01 YACHT -> ETEL: Mayday, mayday, mayday, this is sailing yacht Brisa del Norte, we are dismasted, three persons on board, we need assistance.
10:02 ETEL -> YACHT: Brisa del Norte, CROSS Étel, received mayday.
10:36 BILBAO -> ETEL (phone): Yes, good morning, is Bilbao Salvamento, tell me.
10:37 ETEL -> BILBAO (phone): Okay. So, we have a sailing yacht, dismasted, three persons on board, drifting to the south, position four three three one north, zero zero one five one west.
10:38 BILBAO -> ETEL (phone): Okay, wait, four three three one north... zero zero one five one west, yes?
10:38 ETEL -> BILBAO (phone): Affirmative. So, er, because she is now in your region, we propose to hand over the coordination to you. Can you accept?
"""


def test_a_yes_to_a_figure_asked_back_carries_out_no_earlier_order(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(YACHT)
    assert said(report, "we propose to hand over").primary == "coordination.handover"
    # a yes after a plain order still carries it out
    report = checked_radio(
        YACHT.replace("zero zero one five one west, yes?", "zero zero one five one west. Stand by.")
    )
    assert said(report, "we propose to hand over").primary != "coordination.handover"


def test_help_a_centre_asks_of_a_unit_sends_it(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(
        YACHT
        + "10:40 ETEL -> LIFEBOAT: Howth lifeboat, CROSS Étel. Requesting an immediate launch of the all-weather lifeboat to the yacht Brisa del Norte.\n"
    )
    assert said(report, "Requesting an immediate launch").primary == "task"
    assert ledger(report, "rescue")[-1] == "LIFEBOAT tasked"
    # the casualty asking the same of the lifeboat asks for help
    report = checked_radio(
        YACHT
        + "10:40 YACHT -> LIFEBOAT: Howth lifeboat, Brisa del Norte. Requesting an immediate launch of the all-weather lifeboat.\n"
    )
    assert said(report, "Requesting an immediate launch").primary == "request.assistance"


def test_an_order_said_back_with_a_receipt_is_a_read_back(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        YACHT
        + "10:40 ETEL -> LIFEBOAT: Howth lifeboat, CROSS Étel. Please, you proceed to the yacht position and you search with the searchlight. You report to me everything. Over.\n"
        + "10:41 LIFEBOAT -> ETEL: Proceed to yacht position and search, report everything. Understood.\n"
    )
    kinds = [a.kind for a in said(report, "Understood.").acts]
    assert kinds[0] == "readback"
    assert "task" not in kinds


def test_persons_a_rescuer_has_aboard_are_rescued(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(
        YACHT
        + "15:41 LIFEBOAT -> ETEL: CROSS Étel, Howth lifeboat. Eh, we have on board two men from a liferaft, French, from the sailboat.\n"
        + "15:45 LIFEBOAT -> ETEL: Étel, Howth lifeboat, we've got the skipper aboard as well.\n"
    )
    assert said(report, "two men from a liferaft").primary == "report.rescued"
    assert said(report, "the skipper aboard").primary == "report.rescued"
    # the rescuer's own people are no persons rescued
    report = checked_radio(
        YACHT + "15:45 LIFEBOAT -> ETEL: Étel, Howth lifeboat, we've got the doctor aboard.\n"
    )
    assert said(report, "the doctor aboard").primary != "report.rescued"


BOAT = """\
@title: a small boat, a cutter sent
@date: 2025-09-02
@rules: sar
@station BOAT: casualty persons=~60 aka="the small boat"
@station HMCG: rcc party=UK aka="Dover Coastguard"
@station CUTTER: vessel party=UK unit=state aka="Hurricane"

03:39 BOAT -> HMCG (phone): please help the boat is sinking, sixty people, water inside
03:45 HMCG -> CUTTER: Hurricane, Dover Coastguard, I'm tasking you to a small boat in distress, six zero persons on board, position five zero five two north, zero zero one one two east, over.
"""


def test_a_read_back_is_what_a_reply_chiefly_does(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(
        BOAT
        + "03:45 CUTTER -> HMCG: Dover Coastguard, Hurricane, roger, copied five zero five two north, zero zero one one two east, six zero POB. ETA two five minutes.\n"
    )
    assert said(report, "copied five zero five two").primary == "readback"
    # figures read back stay the point before a question (tuning incidents: "Four
    # POB, lifejackets on, roger. Have you the plotter there …?")
    report = checked_radio(
        BOAT
        + "03:45 CUTTER -> HMCG: Dover Coastguard, Hurricane, roger, six zero persons. How many in the water?\n"
    )
    assert said(report, "How many in the water").primary == "readback"
    # a question after an echo of words is the point of the reply (the real corpus:
    # "Roger, taking on water. How many people …?")
    report = checked_radio(
        BOAT + "03:45 CUTTER -> HMCG: roger, tasking to the small boat. How many in the water?\n"
    )
    assert said(report, "How many in the water").primary == "question"
    assert "readback" in [a.kind for a in said(report, "How many in the water").acts]


PAN_PAN = """\
@title: a fishing boat drifting onto the rocks, an urgency
@date: 2025-07-11
@rules: sar
@station BOAT: casualty persons=2 aka="Mhairi Bhan"
@station HMCG: rcc party=UK aka="Stornoway Coastguard", "Stornoway"
@station ALB: vessel party=UK unit=ngo aka="Tobermory lifeboat"

10:41 BOAT -> HMCG: Pan pan, pan pan, pan pan, Stornoway Coastguard, this is Mhairi Bhan, engine failed, drifting towards the rocks, two persons on board.
10:42 HMCG -> BOAT: Mhairi Bhan, Stornoway Coastguard, pan pan received.
10:45 HMCG -> ALB: Tobermory lifeboat, Stornoway Coastguard, launch and proceed to the Mhairi Bhan, over.
"""


def test_an_urgency_opens_the_rescue_ledger_nobody_in_charge(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(PAN_PAN)
    assert ledger(report, "rescue") == ["none none", "ALB tasked"]
    first = next(s for s in report.responsibility if s.level == "rescue")
    assert first.from_line == 8  # the PAN PAN
