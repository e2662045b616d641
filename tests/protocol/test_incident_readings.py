"""Ledgers, counts and verdicts of whole incidents that probe incidents written from the
contracts showed wrong: a centre announcing another's coordination, a holder saying it
still coordinates, tasked units at work, persons told and logged, a French MAYDAY's
position said digit by digit.

Every transcript is a small ``.radio`` file checked with the real pipeline
(:func:`checker.api.check`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checker.api import classify
from checker.report.model import Report
from tests.protocol.reading import ledger

HEADER = """\
@title: incident readings
@date: 2024-06-03
@timezone: +00:00
@rules: sar
@zone UK-SRR: srr party=UK aka="the British search and rescue region"
@zone FR-SRR: srr party=FR aka="the French search and rescue region"
@station FALMOUTH: rcc party=UK aka="Falmouth Coastguard", "Falmouth"
@station CORSEN: rcc party=FR aka="CROSS Corsen", "Corsen"
@station ORLA: vessel flag=MT aka="Orla Prospect", "Orla"
@station R947: aircraft party=UK aka="Rescue 947"
@station AVEL: casualty persons=5 aka="Avel Dro", "the fishing vessel Avel Dro"

"""


@pytest.fixture
def run(checked_radio: Callable[[str], Report]) -> Callable[[str], Report]:
    """Check a transcript of the header above and ``body``, written as a file."""
    return lambda body: checked_radio(HEADER + body)


MAYDAY = (
    "02:14 Avel Dro -> ALL: Mayday, Mayday, Mayday, this is fishing vessel Avel Dro. "
    "Position four nine four zero north, zero zero six four zero west, we are sinking, "
    "five persons on board. Over.\n"
    "02:15 Falmouth -> Avel Dro: Avel Dro, this is Falmouth Coastguard, received Mayday. Over.\n"
)


def test_a_centre_announcing_another_centre_offers_it_the_case(
    run: Callable[[str], Report],
) -> None:
    """ "CROSS Corsen will be coordinating this one", said by Falmouth, hands over (an
    offer, here refused): the case stays Falmouth's, whose "Falmouth retains
    coordination" changes nothing."""
    report = run(
        "02:10 * AVEL is in UK-SRR\n" + MAYDAY + "02:20 Falmouth -> Orla Prospect: Orla Prospect, "
        "Falmouth Coastguard. CROSS Corsen will be coordinating this one, she's a French "
        "boat. Over.\n"
        "02:25 Corsen -> Falmouth: Falmouth, CROSS Corsen. We do not accept coordination "
        "of the Avel Dro, it is in your region. Over.\n"
        "02:26 Falmouth -> Corsen: Corsen, Falmouth Coastguard. Understood, Falmouth "
        "retains coordination. Over.\n"
    )
    said = next(e for e in report.events if "will be coordinating" in (e.text or ""))
    assert said.primary == "coordination.handover", [a.kind for a in said.acts]
    assert ledger(report, "coordination")[-1] == "FALMOUTH first-contact"
    # the offer was refused on the record, and Falmouth kept the case
    assert [v.outcome for v in report.verdicts if v.rule == "SR03"] == ["satisfied"]


def test_a_centre_that_sends_the_ship_to_another_breaks_first_contact(
    run: Callable[[str], Report],
) -> None:
    report = run(
        "02:10 * AVEL is in UK-SRR\n" + MAYDAY + "02:20 Falmouth -> Orla Prospect: Orla "
        "Prospect, Falmouth Coastguard. CROSS Corsen will be coordinating this one. Contact "
        "CROSS Corsen direct by Inmarsat for any further instructions.\n"
    )
    assert [v.outcome for v in report.verdicts if v.rule == "SR03"] == ["violated"]


def test_a_silent_centre_that_then_says_it_coordinates_has_assumed(
    run: Callable[[str], Report],
) -> None:
    report = run(
        "02:10 * AVEL is in UK-SRR\n"
        "02:14 Orla -> Falmouth (email): Falmouth, this is Orla Prospect. The fishing "
        "vessel Avel Dro is sinking, five persons on board.\n"
        "03:00 Falmouth -> Orla: Orla Prospect, this is Falmouth Coastguard. Falmouth is "
        "coordinating this case. Over.\n"
    )
    assert ledger(report, "coordination")[-2:] == ["FALMOUTH first-contact", "FALMOUTH assumed"]


def test_tasked_units_at_work_stay_tasked(run: Callable[[str], Report]) -> None:
    report = run(
        MAYDAY + "02:20 Falmouth -> Orla: Orla Prospect, Falmouth Coastguard, you are tasked "
        "to the fishing vessel Avel Dro. Over.\n"
        "02:21 Falmouth -> Rescue 947: Rescue 947, Falmouth Coastguard, you are tasked to "
        "the fishing vessel Avel Dro. Over.\n"
        "03:08 * ORLA arrives on scene\n"
        "03:40 * R947 recovers 5 persons from AVEL\n"
    )
    rescue = ledger(report, "rescue")
    assert rescue[-2:] == ["ORLA tasked", "R947 tasked"], rescue


def test_persons_told_and_logged_are_counted_once(run: Callable[[str], Report]) -> None:
    """The casualty's own count stands against a relay's; a unit's report and the log
    of the same recovery are one recovery; two units' recoveries add up; a number said
    alone ("One six") counts nobody aboard."""
    report = run(
        MAYDAY + "02:16 Avel Dro -> Falmouth: Okay, okay. One six.\n"
        "02:20 Orla -> Falmouth: Mayday relay, Mayday relay, Mayday relay, this is Orla "
        "Prospect. Fishing vessel Avel Dro sinking, four persons on board. Over.\n"
        "03:40 * R947 recovers 3 persons from AVEL\n"
        "03:41 Rescue 947 -> Falmouth: Falmouth, Rescue 947, we have recovered three "
        "persons. Over.\n"
        "03:50 * ORLA recovers 1 persons from AVEL\n"
        "04:00 Falmouth -> Corsen: Corsen, this is Falmouth. One person missing.\n"
        "04:01 * FALMOUTH reports 1 persons missing\n"
    )
    persons = report.casualties[0].persons
    assert (persons.on_board, persons.recovered, persons.missing) == (5, 4, 1)
    assert [v.outcome for v in report.verdicts if v.rule == "SR07"] == ["satisfied"]


def test_a_french_position_said_digit_by_digit() -> None:
    acts = classify(
        "Mayday relais, ici Louise-Hermine, une embarcation coule, position cinq un zéro "
        "deux nord, zéro zéro un quarante-cinq est, trente personnes à bord."
    ).acts
    relay = next(a for a in acts if a.kind == "distress.relay")
    place = relay.slots["position"]
    assert isinstance(place, dict)
    assert (place["lat"], place["lon"], relay.slots["persons"]) == (51.03333, 1.75, 30)
    caller = next(a.slots["caller"] for a in acts if a.kind == "call")
    assert caller == "louise hermine"


def test_repeated_reports_of_the_missing_are_not_added(
    checked_radio: Callable[[str], Report],
) -> None:
    """Three stations telling of the same four missing make four missing, and survivors
    counted do not replace the number on board: two of 47 are unaccounted for."""
    report = checked_radio(
        "@title: missing\n@date: 2024-06-03\n@timezone: +01:00\n@rules: sar\n"
        '@station CROSS: rcc party=FR aka="CROSS Gris-Nez"\n'
        '@station HERON: vessel party=FR unit=state aka="Heron"\n'
        '@station DINGHY: casualty persons=47 aka="the dinghy"\n\n'
        "02:00 * DINGHY signals distress\n"
        "02:05 * HERON recovers 41 persons from DINGHY\n"
        "02:06 Heron -> CROSS: CROSS Gris-Nez, ici Heron, quarante et un rescapés, "
        "quatre disparus, à vous.\n"
        "02:07 * HERON reports 4 persons missing\n"
        "02:10 CROSS -> Heron: Heron, this is CROSS Gris-Nez, roger, four missing. Over.\n"
        "03:00 * HERON lands 41 persons at Boulogne-sur-Mer\n",
    )
    persons = report.casualties[0].persons
    assert (persons.on_board, persons.missing) == (47, 4)
    sr07 = [v for v in report.verdicts if v.rule == "SR07"]
    assert [v.outcome for v in sr07] == ["violated"], [v.explanation for v in sr07]


def test_a_position_narrated_between_mayday_and_answer(run: Callable[[str], Report]) -> None:
    """The centre that answered the MAYDAY holds the case from the MAYDAY, though a
    position was narrated before its answer: no interval of nobody, nor of the region."""
    report = run(
        "02:14 Avel Dro -> ALL: Mayday, Mayday, Mayday, this is fishing vessel Avel Dro, "
        "we are sinking, five persons on board. Over.\n"
        "02:14 * AVEL is in FR-SRR\n"
        "02:15 Falmouth -> Avel Dro: Avel Dro, this is Falmouth Coastguard, received "
        "Mayday. Over.\n"
    )
    assert ledger(report, "coordination") == ["FALMOUTH first-contact"]


def test_coordination_handed_between_two_centres_of_one_party(
    checked_radio: Callable[[str], Report],
) -> None:
    """SR05 judges a hand-off between two centres of one state too (CROSS Corsen to
    CROSS Etel); the region's default then one of its centres is none."""
    report = checked_radio(
        "@title: two centres\n@date: 2024-06-03\n@timezone: +00:00\n@rules: sar\n"
        "@zone FR-SRR: srr party=FR\n"
        '@station CORSEN: rcc party=FR aka="CROSS Corsen", "Corsen"\n'
        '@station ETEL: rcc party=FR aka="CROSS Etel", "Etel"\n'
        '@station MOUETTE: casualty persons=3 aka="Mouette"\n\n'
        "10:11 * MOUETTE is in FR-SRR\n"
        "10:12 Mouette -> Corsen: Mayday mayday mayday, ici Mouette, on coule, trois "
        "personnes à bord.\n"
        "10:13 Corsen -> Mouette: Mouette, ici CROSS Corsen, reçu mayday.\n"
        "10:15 Corsen -> Etel: Etel, ici Corsen, request you take coordination of the "
        "Mouette.\n"
        "10:16 Etel -> Corsen: Corsen, ici Etel, we accept coordination of the Mouette.\n",
    )
    assert ledger(report, "coordination")[-2:] == ["CORSEN first-contact", "ETEL handed-over"]
    assert [v.outcome for v in report.verdicts if v.rule == "SR05"] == ["satisfied"]


def test_a_unit_held_back_has_not_taken_charge(run: Callable[[str], Report]) -> None:
    """A trawler offers to divert; the centre thanks it and tells it to stand by on
    sixteen: no acquiescence, nobody in charge until the lifeboat is tasked."""
    report = run(
        MAYDAY + "02:16 Orla -> Falmouth: Falmouth, Orla Prospect, I can divert to the Avel "
        "Dro if you want. Over.\n"
        "02:17 Falmouth -> Orla: Orla Prospect, Falmouth, thank you, noted. Stay on channel "
        "one six for now, we'll call you back. Over.\n"
        "02:20 Falmouth -> Rescue 947: Rescue 947, Falmouth Coastguard, you are tasked to "
        "the fishing vessel Avel Dro. Over.\n"
    )
    assert [s for s in ledger(report, "rescue") if not s.startswith("none")] == ["R947 tasked"]


CHANNEL = """\
@title: escort handed over
@date: 2024-06-03
@timezone: +00:00
@rules: uk-fr-channel
@station CROSS: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station HMCG: rcc party=UK aka="Dover Coastguard", "Dover"
@station AULNE: vessel party=FR unit=state aka="Aulne"
@station WARDEN: vessel party=UK unit=state aka="Warden"
@station BOAT: casualty persons=53 aka="the small boat", "Caller"

02:40 Caller -> CROSS (phone): Hello, we are fifty-three people in a small boat.
02:49 CROSS -> Aulne: Aulne, Gris-Nez, rejoignez l'embarcation et accompagnez-la
    jusqu'à la ligne médiane.
03:02 * AULNE escorts BOAT
03:58 * BOAT is at the median line
03:58 * WARDEN arrives on scene
04:00 Aulne -> Warden: We hand over the escort of the boat to you. Do you take it? Over.
04:00 Warden -> Aulne: Affirmative Aulne, Warden takes the escort from here. Over.
04:01 * WARDEN escorts BOAT
04:04 CROSS -> Dover (phone): We propose to hand over coordination of the boat to you.
04:04 Dover -> CROSS (phone): Yes, Dover accepts coordination of the small boat.
04:49 Warden -> Dover: Dover, Warden. We can see it, the stern's going down. Over.
"""


def test_an_escort_taken_over_at_the_line(checked_radio: Callable[[str], Report]) -> None:
    """A unit that arrives to take over an escort has taken nothing until the handover
    ("We hand over the escort … Do you take it?" / "Affirmative"); a centre that
    proposes to hand over coordination offers it; the escorting unit's "the stern's
    going down" is the escorted boat's trouble, not its own."""
    report = checked_radio(CHANNEL)
    assert [c.id for c in report.casualties] == ["BOAT"]
    assert ledger(report, "rescue")[-2:] == ["AULNE tasked", "WARDEN handed-over"]
    assert ledger(report, "coordination")[-1] == "HMCG handed-over"


def test_an_offer_accepted_twice_in_one_reply_and_an_osc(run: Callable[[str], Report]) -> None:
    """ "Roger, we'll take it. Falmouth accepts coordination": one hand-over, not an
    assumption beside it; "Kestrel Bay is OSC" is on-scene co-ordination, which leaves
    the mission's coordination where it is; "Affirmative, proceed to her" tasks."""
    report = run(
        "02:10 * AVEL is in UK-SRR\n"
        "02:14 Avel Dro -> Corsen: Mayday, Mayday, Mayday, this is Avel Dro, we are "
        "sinking. Over.\n"
        "02:15 Corsen -> Avel Dro: Avel Dro, CROSS Corsen, reçu mayday.\n"
        "02:20 Corsen -> Falmouth (phone): Request you take over coordination of Avel Dro, "
        "she is in the UK SRR.\n"
        "02:21 Falmouth -> Corsen (phone): Roger, we'll take it. Falmouth accepts "
        "coordination of Avel Dro.\n"
        "02:25 Orla -> Falmouth: Falmouth, Orla Prospect, we can proceed to the Avel Dro.\n"
        "02:26 Falmouth -> Orla: Affirmative, proceed with best speed to the position of "
        "Avel Dro. Orla Prospect, you are on-scene co-ordinator.\n"
        "02:27 Orla -> Falmouth: Orla Prospect is OSC, understood.\n"
    )
    assert ledger(report, "coordination")[-1] == "FALMOUTH handed-over"
    assert "FALMOUTH assumed" not in ledger(report, "coordination")
    tasking = next(e for e in report.events if "best speed" in (e.text or ""))
    assert tasking.primary == "task", [a.kind for a in tasking.acts]
    # a centre is never tasked: a unit's "we launch the boat", said to it, sends no one
    assert not any(s.endswith("tasked") and "FALMOUTH" in s for s in ledger(report, "rescue"))


def test_an_offer_only_acknowledged_breaks_first_contact(run: Callable[[str], Report]) -> None:
    """ "The case is over to you now" answered "Roger, copied" and never accepted: the
    offer is on the record as not accepted (SR03 violated, not uncertain)."""
    report = run(
        "02:10 * AVEL is in UK-SRR\n" + MAYDAY + "02:20 Falmouth -> Corsen (phone): Corsen, "
        "Falmouth. The case is over to you now.\n"
        "02:21 Corsen -> Falmouth (phone): Roger, copied.\n"
    )
    assert [v.outcome for v in report.verdicts if v.rule == "SR03"] == ["violated"]


def test_a_units_own_people_on_board_are_not_the_casualtys(
    checked_radio: Callable[[str], Report],
) -> None:
    """A unit that counts those on board its own craft ("I've got eleven on board")
    counts none of the casualty's: the missing diver stays one person, accounted for
    once recovered and landed. The near miss: a unit's count of those on board the
    casualty ("they have forty on board") is the casualty's."""
    head = (
        "@title: a diver missing\n@date: 2024-06-03\n@rules: sar\n"
        '@station SOLENT: rcc party=UK aka="Solent Coastguard", "solent"\n'
        '@station HOUND: vessel party=UK aka="Sea Hound", "sea hound"\n'
        '@station SPIRIT: vessel party=UK aka="Wight Spirit"\n'
    )
    report = checked_radio(
        head + '@station DIVER: casualty persons=1 aka="the missing diver"\n\n'
        "11:42 Sea Hound -> Solent: pan-pan, pan-pan, pan-pan, solent coastguard, this is "
        "sea hound, we have a diver who has not come up, over\n"
        "12:14 Sea Hound -> Solent: solent sea hound my other diver is back up, so I've got "
        "eleven on board\n"
        "12:36 * SPIRIT recovers 1 persons from DIVER\n"
        "13:30 * SPIRIT lands 1 persons at Bembridge\n"
    )
    assert report.casualties[0].persons.on_board == 1
    assert [v.outcome for v in report.verdicts if v.rule == "SR07"] == ["satisfied"]
    relayed = checked_radio(
        head + '@station DINGHY: casualty aka="the dinghy"\n\n'
        "02:00 Sea Hound -> Solent: solent, sea hound, we have a dinghy in distress next to us, "
        "they have forty on board, over\n"
    )
    assert relayed.casualties[0].persons.on_board == 40
