"""Readings of the nineteenth session's tuning incidents, checked with the real pipeline:
a call-up said after a receipt ("Okay Lady Orla, Dublin Coast Guard, …"), a station
declared "Dublin Coast Guard" heard as the tokeniser's "dublin coastguard", "no
objection" as no refusal, a thanked party that is no report, the casualty's state said
before the case is passed, and custody asked for by the unit holding the survivors ("the
six people, you take them now?") with the yes that answers it, bound to the survivors
asked about and not to what the answering unit carries.

Every transcript is a small ``.radio`` file checked with the real pipeline; each reading
has its near miss beside it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checker.phraseology import classify
from checker.report.model import Report
from tests.protocol.reading import ledger, said

HEADER = """\
@title: custody and call-ups at sea
@date: 2025-07-22
@timezone: +00:00
@rules: sar
@station DUBLIN: rcc party=IE aka="Dublin Coast Guard", "Dublin"
@station ROME: rcc party=IT aka="MRCC Rome", "Rome"
@station MALTA: rcc party=MT aka="RCC Malta", "Malta"
@station FERRY: vessel party=IE aka="Aran Star"
@station CP341: vessel party=IT unit=state aka="CP 341", "the patrol boat"
@station TRAWLER: vessel party=TN aka="El Amal", "the fishing boat"
@station FV: casualty persons=2 aka="Lady Orla"
@station BOAT: casualty persons=50 aka="the small boat"
@station IN-WATER: casualty persons=6 aka="the six people", "the people in the water"

"""


@pytest.fixture
def run(checked_radio: Callable[[str], Report]) -> Callable[[str], Report]:
    return lambda body: checked_radio(HEADER + body)


def acts(report: Report, words: str) -> list[str]:
    return [a.kind for a in said(report, words).acts]


MAYDAY = "10:00 FV -> DUBLIN: Dublin Coast Guard, this is Lady Orla, we're sinking, two on board.\n"


# ------------------------------------------------------------ call-ups after a receipt


@pytest.mark.parametrize(
    "line",
    [
        "Okay Lady Orla, Dublin Coast Guard, understood you're sinking.",
        "Roger Lady Orla, Dublin Coast Guard, understood you're sinking.",
        "Okay Lady Orla, this is Dublin Coast Guard, understood you're sinking.",
    ],
)
def test_a_call_up_said_after_a_receipt_is_a_call_up(
    run: Callable[[str], Report], line: str
) -> None:
    r = run(MAYDAY + f"10:01 DUBLIN -> FV: {line}\n")
    event = said(r, "understood you're sinking")
    call = next(a for a in event.acts if a.kind == "call" and a.source == "grammar")
    assert (call.slots.get("called_id"), call.slots.get("caller_id")) == ("FV", "DUBLIN")
    # the persons are no longer read from "Lady" of the name: the distress was heard
    assert "report.persons" not in acts(r, "understood you're sinking")
    assert event.primary == "distress.ack"


def test_a_station_declared_coast_guard_is_found_in_two_words_or_one(
    run: Callable[[str], Report],
) -> None:
    r = run(
        MAYDAY + "10:01 DUBLIN -> FV: Lady Orla, Dublin Coast Guard, over.\n"
        "10:02 DUBLIN -> FV: Lady Orla, Dublin Coastguard, say again your position.\n"
    )
    for words in ("Dublin Coast Guard, over", "Dublin Coastguard, say"):
        call = next(a for a in said(r, words).acts if a.kind == "call")
        assert call.slots.get("caller_id") == "DUBLIN", words


def test_a_receipt_that_calls_nobody_stays_a_receipt() -> None:
    """ "yes this is correct": no caller is named, and "yes" is no called station."""
    c = classify("yes this is correct")
    assert "call" not in [a.kind for a in c.acts]
    assert c.primary == "answer.affirmative"


def test_a_receipt_before_this_is_and_a_known_station_calls(
    run: Callable[[str], Report],
) -> None:
    r = run(MAYDAY + "10:01 DUBLIN -> FV: Okay, this is Dublin, understood.\n")
    call = next(a for a in said(r, "Okay, this is Dublin").acts if a.kind == "call")
    assert call.slots.get("caller_id") == "DUBLIN"


# ------------------------------------------------------------ answers and thanks


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("no objection", "permission.grant"),
        ("yes, no objection, you have permission to remain with them", "permission.grant"),
        ("No worries, we'll take them", "intention"),
    ],
)
def test_no_before_a_hindrance_denied_is_no_refusal(text: str, kind: str) -> None:
    c = classify(text)
    assert c.primary == kind, [a.kind for a in c.acts]
    assert "answer.negative" not in [a.kind for a in c.acts]


@pytest.mark.parametrize("text", ["no", "No, we cannot take them", "negative, no problems seen"])
def test_a_no_that_answers_is_still_a_no(text: str) -> None:
    assert "answer.negative" in [a.kind for a in classify(text).acts]


@pytest.mark.parametrize(
    "text",
    [
        "Bien reçu, merci à tout l'équipage. Pour nous l'affaire est terminée.",
        "thank you to all the crew",
        "merci à tous, bonne soirée",
    ],
)
def test_the_party_thanked_is_no_report_of_persons(text: str) -> None:
    kinds = [a.kind for a in classify(text).acts]
    assert "report.persons" not in kinds
    assert "thanks" in kinds


def test_the_crew_reported_is_still_a_report() -> None:
    assert classify("there are four crew on board").primary == "report.persons"


# ------------------------------------------------------------ the state before the case passes


def test_the_casualty_drifting_before_the_case_is_passed_is_its_reason() -> None:
    c = classify(
        "She's drifting north-east, knot and a half. We'd like to pass coordination over to you."
    )
    assert c.primary == "coordination.handover"


def test_the_state_reported_alone_is_a_report() -> None:
    assert classify("She's drifting north-east, knot and a half.").primary == "report.status"


# ------------------------------------------------------------ custody asked for by its holder

TAKEN_UP = (
    "09:00 TRAWLER -> ROME: Rome, El Amal, we have the six people from the water on board.\n"
    "09:01 * TRAWLER recovers 6 persons from IN-WATER\n"
    "09:02 ROME -> CP341: CP 341, Rome, proceed to the small boat, fifty persons.\n"
    "09:03 * ROME tasks CP341 to BOAT\n"
    "09:30 * CP341 recovers 44 persons from BOAT\n"
)


@pytest.mark.parametrize(
    "ask",
    [
        "capitano, the six people, you take them now?",
        "CP 341, can you take the six people from us?",
    ],
)
def test_the_holder_asking_another_unit_to_take_them_offers_custody(
    run: Callable[[str], Report], ask: str
) -> None:
    r = run(
        TAKEN_UP + f"09:40 TRAWLER -> CP341: {ask}\n"
        "09:41 CP341 -> TRAWLER: Affirmative, we take them now. We come on your starboard side.\n"
    )
    # the yes is about the six asked about, not the small boat the patrol carries
    assert said(r, "Affirmative, we take them").casualties == ["IN-WATER"]
    assert ledger(r, "rescue", "IN-WATER")[-1] == "CP341 handed-over"


def test_the_same_question_from_a_unit_that_holds_nobody_offers_nothing(
    run: Callable[[str], Report],
) -> None:
    r = run(
        TAKEN_UP + "09:40 FERRY -> CP341: CP 341, can you take the six people?\n"
        "09:41 CP341 -> FERRY: Affirmative, we take them now.\n"
    )
    assert "CP341 handed-over" not in ledger(r, "rescue", "IN-WATER")


# ------------------------------------------------------------ custody between units

TOW = """\
@title: a tow handed on
@date: 2025-07-22
@timezone: +00:00
@rules: sar
@station CG: rcc party=NL aka="Den Helder Coastguard", "Coastguard"
@station LIFEBOAT: vessel party=NL unit=ngo aka="Anna Verhoef", "lifeboat"
@station SHIP: vessel party=DE unit=state aka="Alnilam"
@station TUG: vessel party=NL unit=private aka="Zeehond", "tug Zeehond"
@station YACHT: casualty persons=3 aka="Zeezwaluw", "the yacht"

10:00 YACHT -> CG: Coastguard, Zeezwaluw, engine failure, one injured, we need help.
10:01 CG -> LIFEBOAT: Anna Verhoef, Coastguard, proceed to the yacht Zeezwaluw.
10:01 * CG tasks LIFEBOAT to YACHT
10:02 CG -> SHIP: Alnilam, Coastguard, please proceed to the yacht and stand by her.
10:02 * CG tasks SHIP to YACHT
10:20 * SHIP recovers 1 persons from YACHT
10:40 LIFEBOAT -> SHIP: Alnilam, lifeboat, how do you want to do the transfer?
10:41 SHIP -> LIFEBOAT: We bring the casualty over. Can you receive him on your port side?
10:41 LIFEBOAT -> SHIP: Yes, we'll take him, port side.
11:00 * LIFEBOAT takes YACHT in tow
11:30 LIFEBOAT -> TUG: Zeehond, lifeboat. Can you take over the tow at the entrance?
11:31 TUG -> LIFEBOAT: Yeah that's fine, we take her over at the entrance.
11:40 * TUG takes YACHT in tow
"""


def test_tasked_units_hand_on_what_they_took(checked_radio: Callable[[str], Report]) -> None:
    """The ship tasked second holds the injured man it recovered and hands him to the
    lifeboat that asked for him; the lifeboat, tasked first, tows the yacht and hands
    the tow to the harbour tug."""
    r = checked_radio(TOW)
    assert ledger(r, "rescue", "YACHT")[1:] == [
        "LIFEBOAT tasked",
        "SHIP tasked",
        "LIFEBOAT handed-over",
        "TUG handed-over",
    ]


def test_a_unit_handing_over_in_its_reply_lets_nobody_act(
    checked_radio: Callable[[str], Report],
) -> None:
    """ "Reçu, on vous passe la remorque, le chalutier est à vous" answers the tug's
    offer by handing over: the tug is handed the trawler, it did not assume it."""
    body = TOW.split("10:00", 1)[0] + (
        "10:00 YACHT -> CG: Coastguard, Zeezwaluw, engine failure, we need a tow.\n"
        "10:01 CG -> LIFEBOAT: Anna Verhoef, Coastguard, proceed to the yacht Zeezwaluw.\n"
        "10:01 * CG tasks LIFEBOAT to YACHT\n"
        "11:00 * LIFEBOAT takes YACHT in tow\n"
        "11:30 TUG -> LIFEBOAT: Anna Verhoef, Zeehond, on est prêts pour la remorque quand "
        "vous voulez.\n"
        "11:31 LIFEBOAT -> TUG: Zeehond, reçu. On vous passe la remorque, le voilier est à vous.\n"
        "11:32 TUG -> LIFEBOAT: Bien reçu, on prend.\n"
        "11:40 * TUG takes YACHT in tow\n"
    )
    r = checked_radio(body)
    assert ledger(r, "rescue", "YACHT")[-2:] == ["LIFEBOAT tasked", "TUG handed-over"]
    assert said(r, "Bien reçu, on prend").primary == "coordination.accept"


def test_we_take_them_after_an_offer_accepts_it(run: Callable[[str], Report]) -> None:
    r = run(
        TAKEN_UP + "09:40 TRAWLER -> CP341: CP 341, we hand over to you the six people.\n"
        "09:41 CP341 -> TRAWLER: El Amal, CP 341, ricevuto, va bene, we take them.\n"
        "09:50 TRAWLER -> ROME: Rome, El Amal, we take them to Lampedusa?\n"
    )
    assert said(r, "va bene, we take them").primary == "coordination.accept"
    assert ledger(r, "rescue", "IN-WATER")[-1] == "CP341 handed-over"


def test_we_take_them_unprompted_accepts_nothing() -> None:
    assert classify("okay, we take them.").primary == "information"


# ------------------------------------------------------------ escorts in French


def test_an_escort_given_in_french_sends_the_unit() -> None:
    c = classify("Kerbihan, ici CROSS Gris-Nez. Vous prenez en accompagnement le small boat.")
    assert c.primary == "task"
    assert classify("vous prenez le small boat, il est pour vous").primary != "task"


def test_an_escort_taken_in_french_takes_no_coordination() -> None:
    kinds = [a.kind for a in classify("Reçu CROSS, on le prend en accompagnement.").acts]
    assert "coordination.assume" not in kinds
    assert classify("on le prend, on s'en occupe").primary == "coordination.assume"


# ------------------------------------------------------------ a first report that names no casualty

DESCRIBED = """\
@title: two boats
@date: 2025-07-22
@timezone: +00:00
@rules: sar
@station JRCC: rcc party=GR aka="JRCC Piraeus"
@station AGIOS: vessel party=GR unit=private aka="Agios Nikolaos"
@station CAPSIZED: casualty persons=14 aka="the boat that turned over"
@station DINGHY2: casualty persons=12 aka="the second boat", "the rubber boat"

"""


def test_a_first_report_is_bound_to_the_casualty_its_words_describe(
    checked_radio: Callable[[str], Report],
) -> None:
    r = checked_radio(
        DESCRIBED + "05:00 AGIOS -> JRCC: Coast guard? A boat turned over here, people in the "
        "water, we are pulling them out.\n"
        "05:01 JRCC -> AGIOS: Where are you, captain? Give me your position.\n"
    )
    assert said(r, "A boat turned over").casualties == ["CAPSIZED"]
    assert said(r, "Where are you").casualties == ["CAPSIZED"]
    assert ledger(r, "coordination", "CAPSIZED")[-1] == "JRCC first-contact"


def test_words_that_fit_two_casualties_as_well_bind_neither(
    checked_radio: Callable[[str], Report],
) -> None:
    r = checked_radio(
        DESCRIBED + "05:00 AGIOS -> JRCC: Coast guard? A boat, people in the water, we are "
        "pulling them out.\n"
    )
    assert said(r, "A boat, people").casualties not in (["CAPSIZED"], ["DINGHY2"])


# ------------------------------------------------------------ plans said in the present


@pytest.mark.parametrize(
    "text",
    [
        "Entaxi, we stay, we keep looking.",
        "we wait for the patrol boat",
        "we go back to Boulogne now",
        "I call you back when they arrive at the line",
        "on rentre sur Boulogne",
    ],
)
def test_a_plan_said_in_the_present_is_an_intention(text: str) -> None:
    assert classify(text).primary == "intention"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("we see you", "information"),
        ("we take water", "report.status"),
        # (a habit, its adverb skipped to the verb: it was read as a position only
        # while "usually" stood for the verb)
        ("we usually stay near the coast", "information"),
        ("do we stay here?", "permission.request"),
    ],
)
def test_what_the_speaker_does_or_sees_now_is_no_plan(text: str, kind: str) -> None:
    assert classify(text).primary == kind


# ------------------------------------------------------------ offers, redirects, refusals told


@pytest.mark.parametrize(
    "text",
    [
        "we can take your injured man on board with our RIB, we have a paramedic",
        "we can pick up the survivors",
        "on peut récupérer les naufragés",
    ],
)
def test_persons_offered_to_be_taken_is_an_offer(text: str) -> None:
    assert classify(text).primary == "assistance.offer"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("we can take water", "report.status"),
        ("can we take the survivors?", "permission.request"),
    ],
)
def test_taking_water_or_asking_leave_is_no_offer(text: str, kind: str) -> None:
    assert classify(text).primary == kind


def test_sent_to_ask_another_centre_is_a_redirect() -> None:
    c = classify(
        "Sea Lantern, as I told you, both events are in the Maltese SAR region. You have "
        "to ask RCC Malta for the place of safety, not MRCC Rome."
    )
    assert c.primary == "coordination.redirect"
    assert classify("ask the crew to put on lifejackets").primary == "instruction"


def test_another_stations_refusal_told_is_news_of_it(run: Callable[[str], Report]) -> None:
    r = run(
        "09:00 TRAWLER -> ROME: Rome, El Amal. Malta refuses, they say it is not their case. "
        "We have six people from the water on board.\n"
        "09:01 TRAWLER -> ROME: Rome, El Amal, we cannot take more people, it is not our case.\n"
    )
    assert "coordination.decline" not in acts(r, "Malta refuses")
    assert "assistance.decline" not in acts(r, "Malta refuses")
    # the speaker's own refusal stays one
    assert "coordination.decline" in acts(r, "it is not our case")


# ------------------------------------------------------------ a man overboard passed on

MOB = """\
@title: a man overboard passed on
@date: 2025-07-22
@timezone: +00:00
@rules: sar
@station JRCC: rcc party=NO aka="JRCC South Norway", "JRCC"
@station RS: vessel party=NO unit=ngo aka="Ingrid Aalvik", "the rescue boat"
@station FV: vessel party=NO aka="Havbris"
@station MOB: casualty persons=1 aka="the man overboard", "the man in the water"

21:45 JRCC -> FV: Havbris, JRCC, a man overboard four miles south of Lista, keep a lookout.
21:47 JRCC -> RS: Yeah, we need you to go out south of Lista straight away. Man overboard.
21:48 RS -> JRCC: Ingrid Aalvik, copy, we're casting off now.
22:10 * FV recovers 1 persons from MOB
22:11 FV -> JRCC: JRCC, Havbris, we have him on board, the depth is twenty metres, we are anchored.
22:12 JRCC -> FV: Havbris, JRCC, copy, anchored in twenty metres. Well done.
22:20 RS -> FV: Havbris, Ingrid Aalvik, give us a lee, and we'll take him across?
22:21 FV -> RS: Yes, Ingrid Aalvik, Havbris. We give him to you, starboard side, we are ready.
22:25 * RS recovers 1 persons from FV
"""


def test_a_man_overboard_given_to_the_rescue_boat(checked_radio: Callable[[str], Report]) -> None:
    r = checked_radio(MOB)
    # "we need you to go out south of Lista" sends the rescue boat (a centre's order)
    assert said(r, "go out south of Lista").primary == "task"
    # "We give him to you" hands him over, which the rescue boat takes up by acting
    assert said(r, "We give him to you").primary == "coordination.handover"
    assert ledger(r, "rescue", "MOB")[-3:] == ["RS tasked", "FV assumed", "RS handed-over"]


def test_the_receipts_echo_of_the_message_is_a_read_back(
    checked_radio: Callable[[str], Report],
) -> None:
    """ "copy, anchored in twenty metres" repeats the message's words (not only its
    figures of persons or position): a read-back, not an order to anchor."""
    r = checked_radio(MOB)
    kinds = [a.kind for a in said(r, "anchored in twenty metres").acts]
    assert "readback" in kinds
    assert "instruction" not in kinds


# ------------------------------------------------------------ whom a redirect sends the caller to


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the casualty, the speaker itself or a unit: an order, no redirect
        ("10:05 ROME -> TRAWLER: El Amal, call the small boat on channel one six.", "instruction"),
        ("10:05 ROME -> TRAWLER: El Amal, contact MRCC Rome on channel one six.", "instruction"),
        ("10:05 ROME -> TRAWLER: El Amal, call the patrol boat on channel one six.", "instruction"),
        # another centre, or nobody named: a redirect
        (
            "10:05 ROME -> TRAWLER: El Amal, call RCC Malta on channel one six.",
            "coordination.redirect",
        ),
        (
            "10:05 ROME -> TRAWLER: El Amal, you have to call the authorities.",
            "coordination.redirect",
        ),
    ],
)
def test_a_redirect_sends_the_caller_to_another_who_coordinates(
    run: Callable[[str], Report], line: str, kind: str
) -> None:
    r = run(line + "\n")
    assert said(r, "El Amal,").primary == kind


def test_being_contacted_is_no_redirect() -> None:
    c = classify("You will be contacted on channel 16 by the patrol vessel")
    assert "coordination.redirect" not in [a.kind for a in c.acts]


def test_we_will_take_them_in_reply_to_a_handover_accepts_it(
    run: Callable[[str], Report],
) -> None:
    r = run(
        TAKEN_UP + "09:40 TRAWLER -> CP341: CP 341, we are ready to hand them over to you, on "
        "our starboard side.\n"
        "09:41 CP341 -> TRAWLER: El Amal, CP 341, okay captain, we will take all six.\n"
        "09:50 * CP341 recovers 6 persons from TRAWLER\n"
        "10:10 TRAWLER -> ROME: Rome, El Amal, transfer complete. Are we released?\n"
        "10:11 ROME -> TRAWLER: El Amal, Rome, affirmative, you are released.\n"
    )
    assert said(r, "we will take all six").primary == "coordination.accept"
    # released after handing the persons on: no consent to act on them
    assert ledger(r, "rescue", "IN-WATER")[-1] == "CP341 handed-over"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a pause inside one phrase is no clause of its own ("five" counts nobody)
        (
            "Humber, Gannet, we can be alongside her in, er, five, six minutes, we can take "
            "the two lads off if you want. Over.",
            "assistance.offer",
        ),
        ("forty eight, forty nine, I don't know", "report.persons"),
        # "in" ends the clause before a count of persons
        (
            "we are in a small boat, engine stopped, water coming in, 40 people, location 51 09 "
            "N 001 27 E",
            "report.status",
        ),
    ],
)
def test_a_pause_inside_a_phrase(text: str, kind: str) -> None:
    assert classify(text).primary == kind


def test_no_before_a_noun_answers_nothing() -> None:
    """ "we stay with him, no tow": the "no" denies the tow (the order said "don't take
    her in tow"); a "no" that opens the reply still answers."""
    kinds = [
        a.kind for a in classify("Okay okay, we go to the sailboat, we stay with him, no tow.").acts
    ]
    assert "answer.negative" not in kinds
    assert "answer.negative" in [a.kind for a in classify("No, we can't").acts]


#: The directives every small case below opens with.
PREAMBLE = "@title: t\n@date: 2025-07-22\n@timezone: +00:00\n@rules: sar\n"


def test_a_service_named_by_one_of_its_boats_is_still_a_redirect(
    checked_radio: Callable[[str], Report],
) -> None:
    """ "the Turkish coast guard" is the service, though one of its boats is declared
    so: the caller is sent to another who coordinates."""
    r = checked_radio(
        PREAMBLE + '@station JRCC: rcc party=GR aka="JRCC Piraeus"\n'
        '@station NGO: shore unit=ngo aka="SeaAlert"\n'
        '@station TCSG: vessel party=TR unit=state aka="Turkish coast guard"\n'
        '@station RUBBER: casualty persons=38 aka="the rubber boat"\n\n'
        "06:31 JRCC -> NGO (phone): Madam, the boat is in Turkish territorial waters, you have "
        "to call the Turkish coast guard.\n"
    )
    assert said(r, "you have to call").primary == "coordination.redirect"


def test_a_plan_said_after_no_defies_the_order(checked_radio: Callable[[str], Report]) -> None:
    r = checked_radio(
        PREAMBLE + '@station PATROL: vessel party=FR unit=state aka="Goeland"\n'
        '@station DINGHY: casualty persons=40 aka="the dinghy"\n\n'
        "02:29 PATROL -> DINGHY (in-person): Hello! Stop the engine! Stop!\n"
        "02:30 DINGHY -> PATROL (in-person): no no no france! england! we go england\n"
    )
    assert "comply" not in [a.kind for a in said(r, "we go england").acts]
