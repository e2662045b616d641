"""Each rule kind through small real transcripts (the whole pipeline, no mocks):
the cases the shipped examples do not show — timing, excuses that do not apply,
weak ground that makes a verdict uncertain, and the generic temporal templates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from pydantic import TypeAdapter, ValidationError

from checker.api import check, read_transcript
from checker.rules.model import Verdict
from checker.rules.params import Duration, activity
from tests.conftest import Run

HEAD = """\
@date: 2025-03-05
@timezone: +01:00
@rules: uk-fr-channel
@station VIGILANT: vessel party=UK unit=state aka="Vigilant"
@station SEARCHER: vessel party=UK unit=state aka="Searcher"
@station FLAMANT: vessel party=FR unit=state aka="Flamant"
@station HMCG: rcc party=UK aka="Dover Coastguard"
@station CROSS: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station DINGHY: casualty persons={persons} aka="the dinghy"

"""


def run(body: str, rule: str, rules: str | None = None, persons: str = "~40") -> list[Verdict]:
    report = check(read_transcript(HEAD.format(persons=persons) + body), rules)
    return [v for v in report.verdicts if v.rule == rule]


def outcomes(verdicts: list[Verdict]) -> list[tuple[str, str | None]]:
    return [(v.outcome, v.party) for v in verdicts]


# --- params --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"), [("3m", 180), ("90s", 90), ("1h30m", 5400), ("PT3M", 180), (45, 45)]
)
def test_durations(text: object, seconds: float) -> None:
    assert TypeAdapter(Duration).validate_python(text) == timedelta(seconds=seconds)


def test_bad_duration_and_activity() -> None:
    with pytest.raises(ValidationError, match="not a duration"):
        TypeAdapter(Duration).validate_python("three minutes")
    assert activity("recovers") == "narration:recovers"
    assert activity("act:distress.ack") == "act:distress.ack"
    with pytest.raises(ValueError, match="neither"):
        activity("narration:distress.ack")


# --- zone-responsibility, entry-consent, excuses --------------------------------------


def test_zone_party_that_took_charge_is_satisfied_and_excuse_needs_its_inaction() -> None:
    body = """\
05:10 * DINGHY is 1.5 nm inside French waters
05:12 * DINGHY signals distress
05:20 * FLAMANT recovers 10 persons from DINGHY
05:30 * VIGILANT recovers 30 persons from DINGHY
"""
    assert outcomes(run(body, "CH01")) == [("satisfied", "FR")]
    ch02 = run(body, "CH02")
    assert outcomes(ch02) == [("violated", "UK")], "France's unit had acted: no excuse"
    assert "not excused by SR01" in ch02[0].explanation and ch02[0].excused_by is None


def test_a_zone_unit_arriving_takes_no_charge_but_is_no_inaction() -> None:
    """Arriving on scene unannounced is not taking charge (the rescue ledger, RULES.md:
    "announced and acted"): France did not handle the distress its unit came to; but
    its unit was there, so the UK unit's entry is not excused by France's inaction."""
    body = """\
05:10 * DINGHY is 1.5 nm inside French waters
05:12 * DINGHY signals distress
05:20 * FLAMANT arrives on scene
05:30 * VIGILANT recovers 40 persons from DINGHY
"""
    ch01 = run(body, "CH01")
    assert outcomes(ch01) == [("violated", "FR")]
    assert "FLAMANT" in ch01[0].explanation
    ch02 = run(body, "CH02")
    assert outcomes(ch02) == [("violated", "UK")], "France's unit was there: no excuse"


def test_a_tasking_by_the_units_own_state_is_no_consent_of_the_zones() -> None:
    """A French unit tasked by the CROSS into UK waters has no UK consent: CH02 is not
    satisfied by the tasking (a tasking by the zone's own centre would be)."""
    body = """\
05:10 * DINGHY is 1.5 nm inside UK waters
05:12 * DINGHY signals distress
05:14 Gris-Nez -> Flamant: Flamant, ici CROSS Gris-Nez, vous êtes engagé sur le dinghy.
05:30 * FLAMANT recovers 40 persons from DINGHY
"""
    ch02 = run(body, "CH02")
    assert [v.party for v in ch02] == ["FR"]
    assert ch02[0].outcome != "satisfied", ch02[0].explanation
    # (the call-up names its caller: "ici CROSS Gris-Nez" said by Dover would be Gris-Nez)
    told = body.replace("Gris-Nez -> Flamant", "Dover Coastguard -> Flamant").replace(
        "ici CROSS Gris-Nez", "ici Dover Coastguard"
    )
    assert outcomes(run(told, "CH02")) == [("satisfied", "FR")]


def test_a_position_near_the_border_makes_verdicts_uncertain() -> None:
    body = """\
05:10 * DINGHY is at the median line
05:12 * DINGHY signals distress
05:30 * VIGILANT recovers 40 persons from DINGHY
07:00 * VIGILANT lands 40 persons at Dover
"""
    ch03 = run(body, "CH03")
    assert outcomes(ch03) == [("uncertain", "UK")]
    assert "0.1 nm of a border" in ch03[0].explanation


def test_landing_after_an_escort_from_the_last_position_is_uncertain() -> None:
    body = """\
05:10 * DINGHY is 1.5 nm inside French waters
05:20 * VIGILANT escorts DINGHY
06:30 * VIGILANT recovers 40 persons from DINGHY
07:30 * VIGILANT lands 40 persons at Dover
"""
    ch03 = run(body, "CH03")
    assert [v.outcome for v in ch03] == ["uncertain"] and "under way" in ch03[0].explanation


def test_zone_responsibility_within(tmp_path: Path) -> None:
    rules = tmp_path / "r.toml"
    rules.write_text(
        '[ruleset]\nid = "r"\ntitle = "R"\nversion = "1"\nextends = ["uk-fr-channel"]\n\n'
        '[[rules]]\ncode = "SR04"\nname = "coordination.by-region"\ntitle = "T"\n'
        'kind = "zone-responsibility"\nlevel = "coordination"\nsource = "s"\n'
        'provenance = "local"\nparams = { zone_kind = "srr", within = "10m" }\n',
        "utf-8",
    )
    body = """\
03:10 * DINGHY is 2 nm inside French waters
03:15 * DINGHY signals distress
03:45 * CROSS takes coordination of DINGHY
"""
    sr04 = run(body, "SR04", str(rules))
    assert outcomes(sr04) == [("violated", "FR")] and "30 min" in sr04[0].explanation


# --- acknowledge, answer, first-contact, explicit-handover ---------------------------


def test_late_acknowledgement() -> None:
    body = """\
11:20 DINGHY -> ALL STATIONS: Mayday mayday mayday, this is dinghy.
    Position two miles south of Dover, we are sinking, forty persons on board. Over.
11:30 Dover Coastguard -> DINGHY: Mayday dinghy, this is Dover Coastguard, received mayday. Over.
"""
    sr02 = run(body, "SR02")
    assert outcomes(sr02) == [("violated", "UK")] and "10 min" in sr02[0].explanation


@pytest.mark.parametrize(
    ("reply_at", "outcome"),
    [("08:01", [("satisfied", None)]), ("08:30", [("violated", "UK")])],
)
def test_a_reply_in_an_exchange_under_way_may_open_with_the_name_alone(
    reply_at: str, outcome: list[tuple[str, str | None]]
) -> None:
    """SMCP's abbreviated procedure: once contact is made, "Flamant, wilco" answers;
    half an hour later the same words open a new call that names no caller."""
    body = (
        "08:00 Flamant -> Vigilant: Vigilant, this is Flamant. Keep clear of the dinghy. Over.\n"
        f"{reply_at} Vigilant -> Flamant: Flamant, wilco. Over.\n"
    )
    assert outcomes(run(body, "PR01")) == outcome


def test_a_mayday_with_nothing_after_it_is_uncertain() -> None:
    body = "11:20 DINGHY -> ALL STATIONS: Mayday mayday mayday, this is dinghy. We are sinking.\n"
    assert [v.outcome for v in run(body, "SR02")] == ["uncertain"]


def test_unanswered_question_with_no_later_traffic_is_uncertain() -> None:
    body = "08:00 Flamant -> Vigilant: Vigilant, this is Flamant. What are your intentions? Over.\n"
    assert outcomes(run(body, "PR02")) == [("uncertain", "UK")]


def test_first_contact_offer_never_accepted_is_uncertain() -> None:
    body = """\
02:10 DINGHY -> HMCG (phone): Help us please, the boat is sinking.
02:11 HMCG -> DINGHY (phone): This is Dover Coastguard. What is your position?
02:20 HMCG -> CROSS (phone): CROSS Gris-Nez, this is Dover Coastguard.
    Request you take over this case. Over.
"""
    sr03 = run(body, "SR03")
    assert outcomes(sr03) == [("uncertain", "UK")] and "no acceptance" in sr03[0].explanation


def test_coordination_taken_in_reply_to_the_holder_counts_as_explicit() -> None:
    body = """\
02:10 * HMCG takes coordination of DINGHY
02:20 HMCG -> CROSS: CROSS Gris-Nez, this is Dover Coastguard.
    A dinghy with forty persons, probably in your zone. Over.
02:21 CROSS -> HMCG: Dover, this is CROSS Gris-Nez. We take coordination of the dinghy. Over.
"""
    assert "violated" not in [v.outcome for v in run(body, "SR05")]


# --- place-of-safety, persons-accounted ------------------------------------------------


def test_suspended_search_is_not_a_closure() -> None:
    body = "09:00 * DINGHY signals distress\n13:00 * HMCG suspends the search for DINGHY\n"
    assert [v.outcome for v in run(body, "SR06")] == ["not-applicable"]


@pytest.mark.parametrize(
    ("closing", "outcome"),
    [
        # the end of distress traffic once the persons were recovered ends the
        # distress, not the rescue: they are landed after it
        (
            "10:00 HMCG -> ALL: Mayday, all stations, this is Dover Coastguard, seelonce feenee.\n",
            "satisfied",
        ),
        # near miss: the case closed before the landing
        ("10:00 HMCG -> ALL: All stations, Dover Coastguard, case closed. Out.\n", "violated"),
    ],
)
def test_the_end_of_distress_traffic_after_recovery_is_no_closure(
    closing: str, outcome: str
) -> None:
    body = (
        "09:00 * DINGHY signals distress\n09:30 * SEARCHER recovers 40 persons from DINGHY\n"
        + closing
        + "10:45 * SEARCHER lands 40 persons at Dover\n"
    )
    assert [v.outcome for v in run(body, "SR06")] == [outcome]


@pytest.mark.parametrize(
    ("said", "outcome"),
    [
        # a false alert cancelled by the casualty, then the case closed
        (
            "09:02 DINGHY -> HMCG: Dover Coastguard, the dinghy, my son pressed the red "
            "button by accident, please cancel the alarm, we are fine\n",
            "not-applicable",
        ),
        # the help declined by a craft that got itself out of trouble
        (
            "09:02 SEARCHER -> DINGHY: Do you want a tow back to Dover?\n"
            "09:03 DINGHY -> SEARCHER: no thanks, we're fine, we'll go back on our own\n",
            "not-applicable",
        ),
        # near miss: declined, then help asked again before the closure
        (
            "09:02 SEARCHER -> DINGHY: Do you want a tow back to Dover?\n"
            "09:03 DINGHY -> SEARCHER: no thanks, we're fine, we'll go back on our own\n"
            "09:20 DINGHY -> HMCG: Dover Coastguard, the dinghy, please help us, we need "
            "assistance, the engine stopped\n",
            "violated",
        ),
    ],
)
def test_a_case_closed_after_the_casualty_stood_down(said: str, outcome: str) -> None:
    body = (
        "09:00 * DINGHY signals distress\n"
        + said
        + "10:00 HMCG -> ALL: All stations, Dover Coastguard, incident closed. Out.\n"
    )
    assert [v.outcome for v in run(body, "SR06")] == [outcome]


def test_a_casualty_landed_before_it_cancels_is_landed() -> None:
    """The near miss of the stood-down casualty: landed first (towed in), then its
    "you can cancel the mayday": the landing decides."""
    body = (
        "09:00 * DINGHY signals distress\n09:30 * SEARCHER takes DINGHY in tow\n"
        "10:30 * DINGHY lands 40 persons at Dover\n"
        "10:35 DINGHY -> HMCG: Dover Coastguard, the dinghy, we are safe in the harbour, "
        "you can cancel the mayday\n"
        "10:40 HMCG -> ALL: All stations, Dover Coastguard, incident closed. Out.\n"
    )
    assert [v.outcome for v in run(body, "SR06")] == ["satisfied"]


def test_recovered_but_not_landed_is_uncertain() -> None:
    body = "09:00 * DINGHY signals distress\n09:30 * SEARCHER recovers 40 persons from DINGHY\n"
    assert [v.outcome for v in run(body, "SR06")] == ["uncertain"]


@pytest.mark.parametrize(
    ("persons", "recovered", "outcome"),
    [("~40", 39, "uncertain"), ("40", 39, "violated"), ("~40", 20, "violated")],
)
def test_persons_against_an_approximate_count(persons: str, recovered: int, outcome: str) -> None:
    body = f"""\
09:00 * DINGHY signals distress
09:30 * SEARCHER recovers {recovered} persons from DINGHY
10:45 * SEARCHER lands {recovered} persons at Dover
"""
    assert [v.outcome for v in run(body, "SR07", persons=persons)] == [outcome]


@pytest.mark.parametrize(
    ("events", "outcome"),
    [
        # a yacht towed in lands its crew, whom nobody recovered at sea (RULES.md:
        # "ends recovered, landed, or reported missing or dead")
        (
            "09:30 * SEARCHER takes DINGHY in tow\n10:45 * SEARCHER lands 40 persons at Dover\n",
            "satisfied",
        ),
        (
            "09:30 * SEARCHER takes DINGHY in tow\n10:45 * SEARCHER lands 30 persons at Dover\n",
            "violated",
        ),
    ],
)
def test_persons_landed_are_accounted_for(events: str, outcome: str) -> None:
    body = "09:00 * DINGHY signals distress\n" + events
    assert [v.outcome for v in run(body, "SR07", persons="40")] == [outcome]


# --- the temporal templates -------------------------------------------------------------

TEMPLATES = """\
[ruleset]
id = "t"
title = "Templates"
version = "1"
extends = ["uk-fr-channel"]

[[rules]]
code = "TT01"
name = "t.landing-after-recovery"
title = "No landing before a recovery"
kind = "precedence"
source = "local"
provenance = "local"
params = { a = ["recovers"], b = ["lands"] }

[[rules]]
code = "TT02"
name = "t.no-redirect"
title = "No RCC redirects a caller"
kind = "absence"
source = "local"
provenance = "local"
params = { a = ["coordination.redirect"], by = "rcc" }

[[rules]]
code = "TT03"
name = "t.french-coordination"
title = "France takes coordination within 15 minutes"
kind = "existence"
source = "local"
provenance = "local"
params = { a = ["takes-coordination", "coordination.assume"], by = "FR", within = "15m" }
"""


@pytest.fixture
def templates(tmp_path: Path) -> str:
    path = tmp_path / "t.toml"
    path.write_text(TEMPLATES, "utf-8")
    return str(path)


def test_precedence(templates: str) -> None:
    ok = (
        "06:55 * SEARCHER recovers 40 persons from DINGHY\n"
        "08:10 * SEARCHER lands 40 persons at Dover\n"
    )
    assert [v.outcome for v in run(ok, "TT01", templates)] == ["satisfied"]
    bad = "06:31 * DINGHY signals distress\n08:10 * SEARCHER lands 40 persons at Dover\n"
    assert outcomes(run(bad, "TT01", templates)) == [("violated", "UK")]
    first = "08:10 * SEARCHER lands 40 persons at Dover\n"
    assert [v.outcome for v in run(first, "TT01", templates)] == ["uncertain"]


def test_absence(templates: str) -> None:
    bad = """\
02:10 DINGHY -> HMCG (phone): Help us please, the boat is sinking.
02:11 HMCG -> DINGHY (phone): You are in French waters. You have to call the French coastguard.
"""
    assert ("violated", "UK") in outcomes(run(bad, "TT02", templates))
    ok = "02:10 DINGHY -> HMCG (phone): Help us please, the boat is sinking.\n"
    assert [v.outcome for v in run(ok, "TT02", templates)] == ["satisfied"]


def test_existence(templates: str) -> None:
    ok = "03:15 * DINGHY signals distress\n03:20 * CROSS takes coordination of DINGHY\n"
    assert outcomes(run(ok, "TT03", templates)) == [("satisfied", "FR")]
    late = "03:15 * DINGHY signals distress\n04:20 * CROSS takes coordination of DINGHY\n"
    assert outcomes(run(late, "TT03", templates)) == [("violated", "FR")]
    never = "03:15 * DINGHY signals distress\n03:20 * HMCG takes coordination of DINGHY\n"
    assert [v.outcome for v in run(never, "TT03", templates)] == ["uncertain"]


def test_within_on_a_template_without_deadline_is_an_error(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    """absence and precedence have no deadline: a within= there is refused, not ignored."""
    (tmp_path / "mine.toml").write_text(
        '[ruleset]\nid = "mine"\ntitle = "Mine"\nversion = "1"\nextends = ["sar"]\n\n'
        '[[rules]]\ncode = "XX01"\nname = "no.redirect"\ntitle = "No redirects"\n'
        'kind = "absence"\nsource = "local"\nprovenance = "local"\n'
        'params = { a = ["coordination.redirect"], within = "5m" }\n'
    )
    radio = tmp_path / "case.radio"
    radio.write_text("@station A: rcc party=UK\nA: hello\n")
    run = cli("check", str(radio), "--rules", str(tmp_path / "mine.toml"))
    assert run.code == 2 and "RC202" in run.err and "within" in run.err
