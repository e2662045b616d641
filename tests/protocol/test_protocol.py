"""The protocol stage through the real pipeline: references, replies, states, ledgers."""

from __future__ import annotations

from pathlib import Path

from checker.api import check, read_transcript
from checker.protocol.model import Event
from checker.report.model import Report

CHANNEL = "@rules: uk-fr-channel\n@date: 2025-06-01\n@timezone: +01:00\n"


def run(text: str) -> Report:
    report = check(CHANNEL + text)
    assert report.checked, [d.message for d in report.diagnostics]
    return report


def event(report: Report, needle: str) -> Event:
    return next(e for e in report.events if e.text and needle in e.text)


def spans(report: Report, casualty: str, level: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (s.party, s.station, s.how)
        for s in report.responsibility
        if s.casualty == casualty and s.level == level
    ]


def test_casualty_first_named_in_speech_gets_an_id() -> None:
    r = run(
        '@station FV: vessel aka="fishing vessel Mistral"\n'
        '@station HMCG: rcc party=UK aka="Dover Coastguard"\n'
        "10:00 FV -> HMCG: Dover Coastguard, this is fishing vessel Mistral. "
        "I see a small boat with persons in the water. Over.\n"
        "10:01 HMCG -> FV: Fishing vessel Mistral, Dover Coastguard. Received. "
        "Can you proceed to the boat? Over.\n"
    )
    assert [c.id for c in r.casualties] == ["CASUALTY-1"]
    assert event(r, "persons in the water").casualties == ["CASUALTY-1"]
    assert event(r, "Can you proceed").casualties == ["CASUALTY-1"]
    assert spans(r, "CASUALTY-1", "coordination") == [("UK", "HMCG", "first-contact")]


def test_two_casualties_kept_apart_by_alias_and_pronoun() -> None:
    r = run(
        '@station A: casualty aka="the red dinghy"\n@station B: casualty aka="the grey dinghy"\n'
        '@station CUT: vessel party=UK unit=state aka="Cutter"\n'
        '@station NAVY: vessel party=FR unit=state aka="Patrol"\n'
        "10:00 Patrol -> Cutter: Cutter, Patrol. The grey dinghy is taking water. Over.\n"
        "10:01 Cutter -> Patrol: Patrol, Cutter. Received, we will recover it. Over.\n"
        "10:02 Patrol -> Cutter: What are your intentions with the red dinghy? Over.\n"
    )
    assert event(r, "grey dinghy is taking").casualties == ["B"]
    assert event(r, "we will recover it").casualties == ["B"]
    assert event(r, "red dinghy?").casualties == ["A"]


def test_unbound_reference_is_reported() -> None:
    r = check(
        '@station A: casualty aka="the red dinghy"\n@station B: casualty aka="the grey dinghy"\n'
        '@station CUT: vessel party=UK unit=state aka="Cutter"\n'
        '@station NAVY: vessel party=FR unit=state aka="Patrol"\n'
        "10:02 Patrol -> Cutter: Cutter, this is Patrol. What are your intentions? Over.\n"
    )
    assert [d.code for d in r.diagnostics if d.code == "RC303"] == ["RC303"]


def test_affirmative_to_a_coordination_offer_is_an_acceptance() -> None:
    r = run(
        '@station D: casualty aka="the dinghy"\n'
        '@station HMCG: rcc party=UK aka="Dover Coastguard"\n'
        '@station CROSS: rcc party=FR aka="CROSS Gris-Nez"\n'
        "10:00 D -> HMCG (phone): Help us, we are sinking.\n"
        "10:05 HMCG -> CROSS: CROSS Gris-Nez, Dover Coastguard. The dinghy is in your zone. "
        "Do you accept coordination of this case? Over.\n"
        "10:06 CROSS -> HMCG: Affirmative. Over.\n"
    )
    reply = event(r, "Affirmative")
    accept = [a for a in reply.acts if a.kind == "coordination.accept"]
    assert accept and accept[0].answers == event(r, "Do you accept").line
    assert spans(r, "D", "coordination")[-1][2] in ("handed-over", "assumed")
    assert spans(r, "D", "coordination")[-1][:2] == ("FR", "CROSS")


def test_roger_and_thanks_are_never_acceptance() -> None:
    r = run(
        '@station D: casualty aka="the dinghy"\n'
        '@station HMCG: rcc party=UK aka="Dover Coastguard"\n'
        '@station CROSS: rcc party=FR aka="CROSS Gris-Nez"\n'
        "10:00 D -> HMCG (phone): Help us, we are sinking.\n"
        "10:05 HMCG -> CROSS: CROSS Gris-Nez, Dover Coastguard. Request you take over this case. "
        "Over.\n"
        "10:06 CROSS -> HMCG: Roger. Thank you. Out.\n"
    )
    kinds = {a.kind for a in event(r, "Roger").acts}
    assert "coordination.accept" not in kinds
    assert spans(r, "D", "coordination") == [("UK", "HMCG", "first-contact")]


def test_redirect_does_not_move_coordination() -> None:
    r = run(
        '@station D: casualty aka="the dinghy"\n'
        '@station HMCG: rcc party=UK aka="Dover Coastguard"\n'
        "10:00 D -> HMCG (phone): Please help, water in the boat, we are forty people.\n"
        "10:01 HMCG -> D (phone): You are in French waters, you have to call the French "
        "coastguard.\n"
    )
    assert any(a.kind == "coordination.redirect" for a in event(r, "call the French").acts)
    assert spans(r, "D", "coordination") == [("UK", "HMCG", "first-contact")]


def test_tasking_a_unit_does_not_move_coordination() -> None:
    r = run(
        '@station D: casualty aka="the dinghy"\n'
        '@station HMCG: rcc party=UK aka="Dover Coastguard"\n'
        '@station RNLI: vessel party=UK unit=state aka="Dover lifeboat"\n'
        "10:00 D -> HMCG (phone): Help, we are sinking.\n"
        "10:02 * HMCG tasks RNLI to D\n"
    )
    assert spans(r, "D", "coordination") == [("UK", "HMCG", "first-contact")]
    assert spans(r, "D", "rescue")[-1] == ("UK", "RNLI", "tasked")


def test_distress_persists_through_refused_assistance_and_persons_add_up() -> None:
    r = run(
        '@station D: casualty persons=20 aka="the boat"\n'
        '@station NAVY: vessel party=FR unit=state aka="Patrol"\n'
        '@station CUT: vessel party=UK unit=state aka="Cutter"\n'
        "10:00 * D signals distress\n"
        "10:05 Patrol -> Cutter: Cutter, Patrol. The people on the boat refuse our assistance. "
        "Over.\n"
        "10:30 * CUT recovers 20 persons from D\n"
        "11:30 * CUT lands 20 persons at Dover\n"
    )
    cas = r.casualties[0]
    assert [s.phase for s in cas.timeline if s.line >= 5] and all(
        s.phase == "distress" for s in cas.timeline if s.line >= 5
    )
    assert (cas.persons.on_board, cas.persons.recovered, cas.persons.landed) == (20, 20, 20)
    assert cas.final.operation == "landed" and not cas.final.closed


def test_position_relative_to_a_mark_is_placed() -> None:
    r = run("@station D: casualty\n10:00 * D is 2 nm north-west of Cap Gris-Nez\n")
    assert r.casualties[0].zones == ["FR-TW", "FR-SRR"]
    assert spans(r, "D", "coordination") == [("FR", None, "by-region")]


def test_relative_zone_phrase_in_speech() -> None:
    r = run(
        '@station D: casualty aka="the dinghy"\n'
        '@station NAVY: vessel party=FR unit=state aka="Patrol"\n'
        '@station CUT: vessel party=UK unit=state aka="Cutter"\n'
        "10:00 Cutter -> Patrol: Patrol, this is Cutter. The dinghy is in your waters. Over.\n"
    )
    assert r.casualties[0].zones[:1] == ["FR-TW"]


def test_ais_track_places_a_casualty_without_spoken_positions(tmp_path: Path) -> None:
    """Issue 7: whose waters a station was in need not depend on what was said."""
    radio = tmp_path / "case.radio"
    radio.write_text(
        CHANNEL + '@station CUTTER: vessel party=UK unit=state aka="Cutter"\n'
        '@station BOAT: casualty mmsi=999000111 aka="the boat"\n'
        "06:30 * BOAT signals distress\n"
        "06:40 Cutter: We are proceeding to the boat.\n"
        "08:00 Cutter: Proceeding to the boat.\n"
    )
    track = tmp_path / "ais.csv"
    track.write_text(
        "MMSI,BaseDateTime,LAT,LON\n"
        "999000111,2025-06-01T05:20:00Z,50.8667,1.5333\n"  # French waters
        "999000111,2025-06-01T05:35:00Z,50.95,1.30\n"  # UK waters
    )
    report = check(read_transcript(radio, track=track))
    zones = [(s.line, s.zones[:1]) for s in report.casualties[0].timeline]
    assert zones[:2] == [(6, ["FR-TW"]), (7, ["UK-TW"])]
    # at 08:00 the last fix is 85 minutes old: not a position any more
    assert spans(report, "BOAT", "coordination") == [
        ("FR", None, "by-region"),
        ("UK", None, "by-region"),
    ]


def test_rcc_relay_with_a_position_from_a_mark() -> None:
    r = run(
        '@station CROSS: rcc party=FR aka="CROSS Gris-Nez"\n'
        "10:00 CROSS -> ALL STATIONS: Mayday relay, mayday relay, mayday relay. This is CROSS "
        "Gris-Nez. A small boat with about forty persons is sinking 2 miles north-west of Cap "
        "Gris-Nez. Over.\n"
    )
    assert r.casualties[0].zones == ["FR-TW", "FR-SRR"]
    assert spans(r, r.casualties[0].id, "coordination") == [("FR", "CROSS", "first-contact")]
    assert [v.outcome for v in r.verdicts if v.rule == "PR03"] == ["satisfied"]


def test_port_aliases_declared_in_the_transcript() -> None:
    r = run(
        '@port Port of Calais: party=FR aka="Calais ferry port"\n'
        '@station D: casualty\n@station V: vessel party=FR unit=state aka="Patrol"\n'
        "10:00 * V recovers 3 persons from D\n10:30 * V lands 3 persons at Calais ferry port\n"
    )
    assert not [d for d in r.diagnostics if d.code == "RC121"]


def test_undeclared_rcc_known_to_the_rule_set() -> None:
    """A pasted transcript without @station lines: the rule set knows the RCCs."""
    r = run(
        "01:48 Dinghy caller -> Dover Coastguard (phone): please help us, we are in the water\n"
        "01:53 Dover Coastguard -> Dinghy caller (phone): you are in French waters, you need "
        "to call the French coastguard\n"
    )
    hmcg = next(s for s in r.stations if s.id == "HMCG")
    assert (hmcg.role, hmcg.party, hmcg.declared) == ("rcc", "UK", False)
    assert [d.code for d in r.diagnostics if d.code == "RC123"] == ["RC123"]
    cid = r.casualties[0].id
    assert spans(r, cid, "coordination") == [("UK", "HMCG", "first-contact")]
    assert [v.outcome for v in r.verdicts if v.rule == "SR03"] == ["violated"]


def test_a_declared_station_wins_over_the_rule_sets() -> None:
    r = run(
        '@station DOVER: shore party=UK aka="Dover Coastguard"\n'
        "01:48 Dover Coastguard: radio check\n"
    )
    assert [s.id for s in r.stations] == ["DOVER"]
    assert not [d for d in r.diagnostics if d.code == "RC123"]


def test_a_vessel_telling_its_own_trouble_is_the_casualty() -> None:
    r = run(
        '@station NS: vessel flag=GB aka="North Star"\n'
        '@station HMCG: rcc party=UK aka="Dover Coastguard"\n'
        "03:10 North Star -> Dover Coastguard: Dover Coastguard, North Star. We are taking "
        "water fast, please send help. Over.\n"
    )
    assert [c.id for c in r.casualties] == ["NS"]


def test_a_rescuer_reporting_the_casualtys_trouble_is_not_the_casualty() -> None:
    r = run(
        '@station D: casualty aka="the boat"\n@station FV: vessel flag=GB aka="Arcturus"\n'
        '@station HMCG: rcc party=UK aka="Dover Coastguard"\n'
        "02:58 Arcturus -> Dover Coastguard: Dover Coastguard, Arcturus, on scene, the boat "
        "has capsized, we are pulling people out. Over.\n"
    )
    assert [c.id for c in r.casualties] == ["D"]
