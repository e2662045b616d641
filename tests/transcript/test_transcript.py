"""Every construct of TRANSCRIPT-FORMAT.md, read by the real grammar and reader."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from checker.transcript import read_text
from checker.transcript.model import Transcript

HEADER = "@date: 2025-04-29\n@timezone: +01:00\n"


def read(text: str) -> Transcript:
    t = read_text(text)
    errors = [d for d in t.diagnostics if d.severity == "error"]
    assert not errors, errors
    return t


def only_line(text: str) -> object:
    t = read(text)
    assert len(t.lines) == 1
    return t.lines[0]


# ------------------------------------------------------------------ lines


def test_blank_and_comment_lines_are_counted() -> None:
    t = read("# a comment\n\n   \nRanger: hello\n#another\n")
    c = t.counts
    assert (c.comments, c.blanks, c.utterances, c.lines) == (2, 2, 1, 5)


@pytest.mark.parametrize(
    ("line", "text", "comment"),
    [
        ("Ranger: stand by on channel #16", "stand by on channel #16", None),
        ("Ranger: hello # a comment", "hello", "a comment"),
        ("Ranger: hello\t#\tafter a tab", "hello", "after a tab"),
        ("Ranger: hello #", "hello", ""),
        ("Ranger: #16 is busy", "#16 is busy", None),
        ("Ranger: item#1 and # trailing", "item#1 and", "trailing"),
    ],
)
def test_end_of_line_comments(line: str, text: str, comment: str | None) -> None:
    event = only_line(line)
    assert event.text == text  # type: ignore[attr-defined]
    assert event.comment == comment  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("line", "clock", "utc"),
    [
        ("06:40 Ranger: hi", "06:40:00", datetime(2025, 4, 29, 5, 40, tzinfo=UTC)),
        ("[06:40] Ranger: hi", "06:40:00", datetime(2025, 4, 29, 5, 40, tzinfo=UTC)),
        ("06:40:12 Ranger: hi", "06:40:12", datetime(2025, 4, 29, 5, 40, 12, tzinfo=UTC)),
        ("[06:40:12] Ranger: hi", "06:40:12", datetime(2025, 4, 29, 5, 40, 12, tzinfo=UTC)),
        ("06:40Z Ranger: hi", "06:40:00", datetime(2025, 4, 29, 6, 40, tzinfo=UTC)),
        ("06:40+02:00 Ranger: hi", "06:40:00", datetime(2025, 4, 29, 4, 40, tzinfo=UTC)),
        ("[06:40-0300] Ranger: hi", "06:40:00", datetime(2025, 4, 29, 9, 40, tzinfo=UTC)),
        ("6:05 Ranger: hi", "06:05:00", datetime(2025, 4, 29, 5, 5, tzinfo=UTC)),
        (
            "06:40:12.5 Ranger: hi",
            "06:40:12.500",
            datetime(2025, 4, 29, 5, 40, 12, 500000, tzinfo=UTC),
        ),
    ],
)
def test_times(line: str, clock: str, utc: datetime) -> None:
    event = only_line(HEADER + line)
    assert event.clock == clock  # type: ignore[attr-defined]
    assert event.time == utc  # type: ignore[attr-defined]


def test_time_is_optional_and_without_date_has_no_absolute_time() -> None:
    t = read("Ranger: no time here\n06:40 Ranger: a time but no date\n")
    assert t.lines[0].clock is None and t.lines[0].time is None
    assert t.lines[1].clock == "06:40:00" and t.lines[1].time is None
    assert t.lines[1].seconds == 0.0


def test_named_time_zone() -> None:
    event = only_line("@date: 2025-01-15\n@timezone: Europe/Paris\n06:40 Ranger: hi")
    assert event.time == datetime(2025, 1, 15, 5, 40, tzinfo=UTC)  # type: ignore[attr-defined]


def test_date_may_start_a_new_day_later() -> None:
    t = read(HEADER + "23:50 Ranger: late\n@date: 2025-04-30\n00:10 Ranger: early\n")
    assert [line.time for line in t.lines] == [
        datetime(2025, 4, 29, 22, 50, tzinfo=UTC),
        datetime(2025, 4, 29, 23, 10, tzinfo=UTC),
    ]
    assert t.lines[1].seconds == 1200.0
    assert not t.diagnostics


def test_time_going_backwards_is_a_warning_and_the_line_is_kept() -> None:
    t = read_text(HEADER + "06:40 Ranger: one\n06:30 Ranger: two\n")
    assert [d.code for d in t.diagnostics] == ["RC102"]
    assert t.diagnostics[0].severity == "warning"
    assert [line.line for line in t.lines] == [3, 4]


@pytest.mark.parametrize(
    ("line", "speaker", "addressee", "medium"),
    [
        ("Ranger: hi", "Ranger", None, "radio"),
        (
            "Border Force Ranger -> French warship: hi",
            "Border Force Ranger",
            "French warship",
            "radio",
        ),
        ("Ranger->HMCG: hi", "Ranger", "HMCG", "radio"),
        ("FR-NAVY -> RANGER: hi", "FR-NAVY", "RANGER", "radio"),
        ('"Odd: name" -> "A -> B": hi', "Odd: name", "A -> B", "radio"),
        ("Dover Coastguard -> ALL STATIONS: hi", "Dover Coastguard", "ALL STATIONS", "radio"),
        ("Caller -> HMCG (phone): hi", "Caller", "HMCG", "phone"),
        ("Caller (sms): hi", "Caller", None, "sms"),
        ("Caller -> HMCG (In-Person): hi", "Caller", "HMCG", "in-person"),
    ],
)
def test_speakers_addressees_media(
    line: str, speaker: str, addressee: str | None, medium: str
) -> None:
    event = only_line(line)
    assert event.speaker == speaker  # type: ignore[attr-defined]
    assert event.addressee == addressee  # type: ignore[attr-defined]
    assert event.medium == medium  # type: ignore[attr-defined]
    assert event.text == "hi"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "medium", ["radio", "phone", "dsc", "email", "sms", "satphone", "relay", "visual", "in-person"]
)
def test_every_medium(medium: str) -> None:
    assert only_line(f"A -> B ({medium}): x").medium == medium  # type: ignore[attr-defined]


def test_continuation_lines_join_the_utterance() -> None:
    t = read(
        "06:40 Dinghy -> HMCG: MAYDAY MAYDAY MAYDAY\n"
        "    this is dinghy, position 50 57.3 N 1 35.0 E\n"
        "\tsixty persons on board # a comment\n"
        "06:41 HMCG: received\n"
    )
    first = t.lines[0]
    assert (
        first.text
        == "MAYDAY MAYDAY MAYDAY this is dinghy, position 50 57.3 N 1 35.0 E sixty persons on board"
    )
    assert (first.line, first.end_line) == (1, 3)
    assert t.counts.continuations == 2


def test_annotations() -> None:
    t = read(
        'Ranger: hello # radiocheck: ignore[CH03, CH04] reason="checked with the panel"\n'
        "Ranger: we will take it # note "
        '# radiocheck: act=coordination.accept reason="reply to an offer"\n'
    )
    ignore, act = t.lines[0].annotations[0], t.lines[1].annotations[0]
    assert (ignore.kind, ignore.rules, ignore.reason) == (
        "ignore",
        ["CH03", "CH04"],
        "checked with the panel",
    )
    assert (act.kind, act.act, act.reason) == ("act", "coordination.accept", "reply to an offer")
    assert t.lines[1].comment == "note"


# ------------------------------------------------------------------ directives


def test_header_directives() -> None:
    t = read(
        "@title: Ranger rescue: inside French waters\n@date: 2025-04-29\n@timezone: +01:00\n"
        "@start: 06:00:30\n@rules: uk-fr-channel\nA: x\n"
    )
    h = t.header
    assert (h.title, h.date, h.timezone, h.start, h.rules) == (
        "Ranger rescue: inside French waters",
        "2025-04-29",
        "+01:00",
        "06:00:30",
        "uk-fr-channel",
    )
    assert h.rules_line == 5


def test_station_with_every_key() -> None:
    t = read(
        "@station RANGER: vessel party=UK unit=state flag=GB "
        'aka="Border Force Ranger", "BF Ranger" persons=12 '
        "mmsi=232004567 callsign=MXYZ4\n"
        '@station DINGHY: casualty persons=~58 aka="the dinghy"\n'
        "@station HMCG: rcc party=UK\n"
        '@station "Sea-Watch 3": vessel unit=ngo flag=DE\n'
    )
    r, d, h, s = t.stations
    assert (r.id, r.role, r.party, r.unit, r.flag) == ("RANGER", "vessel", "UK", "state", "GB")
    assert r.aliases == ["Border Force Ranger", "BF Ranger"]
    assert (r.persons, r.mmsi, r.callsign) == (12, "232004567", "MXYZ4")
    assert (d.persons, d.persons_approx, d.unit) == (58, True, None)
    assert (h.role, h.unit) == ("rcc", "state")
    assert (s.id, s.unit) == ("Sea-Watch 3", "ngo")


@pytest.mark.parametrize("role", ["vessel", "rcc", "shore", "aircraft", "casualty", "unknown"])
def test_every_station_role(role: str) -> None:
    t = read(f"@station X: {role} party=UK\n")
    assert t.stations[0].role == role


def test_vessel_defaults_to_private_unit() -> None:
    assert read("@station X: vessel\n").stations[0].unit == "private"


def test_zone_and_port_directives() -> None:
    t = read(
        '@zone MT-SRR: srr party=MT aka="the Maltese SAR region", "Malta\'s zone"\n'
        '@zone MT-TW: territorial-sea party=MT part-of=MT-SRR aka="Maltese waters"\n'
        '@zone FR-TW: aka="the French side"\n'
        "@port Valletta: party=MT\n"
        "@port Port of Catania: party=IT\n"
    )
    srr, tw, fr = t.zones
    assert (srr.kind, srr.party, srr.aliases) == (
        "srr",
        "MT",
        ["the Maltese SAR region", "Malta's zone"],
    )
    assert tw.part_of == "MT-SRR"
    assert (fr.kind, fr.aliases) == (None, ["the French side"])
    assert [(p.name, p.party) for p in t.ports] == [("Valletta", "MT"), ("Port of Catania", "IT")]


def test_every_expect_form() -> None:
    t = read(
        "@expect responsible DINGHY rescue: UK/RANGER acquiesced\n"
        "@expect responsible DINGHY coordination: FR\n"
        "@expect ledger DINGHY coordination: none aware, FR by-region\n"
        "@expect ledger BOAT-2 rescue: none\n"
        "@expect violated CH01 party=FR\n"
        "@expect excused CH02 party=UK casualty=DINGHY\n"
        "@expect satisfied PR01\n@expect not-applicable SR02\n@expect uncertain SR04\n"
        "@expect not-violated CH03 casualty=DINGHY\n"
        '@expect act "intentions with the dinghy": question.intentions\n'
        '@expect acts "What are your intentions": call, question.intentions\n'
    )
    x = t.expectations
    assert [e.form for e in x] == ["responsible"] * 2 + ["ledger"] * 2 + ["outcome"] * 5 + [
        "not-violated",
        "act",
        "acts",
    ]
    assert (x[0].casualty, x[0].level) == ("DINGHY", "rescue")
    assert x[0].entries[0].model_dump() == {"party": "UK", "station": "RANGER", "how": "acquiesced"}
    assert x[1].entries[0].model_dump() == {"party": "FR", "station": None, "how": None}
    assert [e.model_dump() for e in x[2].entries] == [
        {"party": None, "station": None, "how": "aware"},
        {"party": "FR", "station": None, "how": "by-region"},
    ]
    assert (x[5].outcome, x[5].rule, x[5].party, x[5].casualty) == (
        "excused",
        "CH02",
        "UK",
        "DINGHY",
    )
    assert (x[9].form, x[9].rule, x[9].casualty) == ("not-violated", "CH03", "DINGHY")
    assert (x[10].text, x[10].kinds) == ("intentions with the dinghy", ["question.intentions"])
    assert x[11].kinds == ["call", "question.intentions"]


# ------------------------------------------------------------------ narration


NARRATION = [
    ("FR-NAVY shadows DINGHY", {"verb": "shadows", "object": "DINGHY"}),
    ("FR-NAVY escorts the dinghy", {"verb": "escorts", "object": "the dinghy"}),
    ("DINGHY stops", {"verb": "stops"}),
    ("DINGHY signals distress", {"verb": "signals-distress"}),
    ("DINGHY sends a DSC alert", {"verb": "sends-dsc-alert"}),
    ("DINGHY activates an EPIRB", {"verb": "activates-epirb"}),
    ("DINGHY calls 999", {"verb": "calls-999"}),
    ("HMCG reports 3 persons in the water", {"verb": "reports-in-water", "count": 3}),
    ("HMCG reports 2 persons missing", {"verb": "reports-missing", "count": 2}),
    (
        "RANGER recovers 58 persons from DINGHY",
        {"verb": "recovers", "count": 58, "object": "DINGHY"},
    ),
    ("RANGER recovers 12 people", {"verb": "recovers", "count": 12}),
    ("RANGER recovers 2 bodies", {"verb": "recovers-bodies", "count": 2}),
    ("RANGER takes the dinghy in tow", {"verb": "takes-in-tow", "object": "the dinghy"}),
    ("RANGER lands 58 persons at Dover", {"verb": "lands", "count": 58, "port": "Dover"}),
    ("RANGER lands 13 persons at Boulogne-sur-Mer", {"verb": "lands", "port": "Boulogne-sur-Mer"}),
    ("RANGER proceeds to DINGHY", {"verb": "proceeds", "object": "DINGHY"}),
    ("RANGER arrives on scene", {"verb": "arrives-on-scene"}),
    ("RANGER departs", {"verb": "departs"}),
    ("HMCG takes coordination of DINGHY", {"verb": "takes-coordination", "object": "DINGHY"}),
    (
        "HMCG hands coordination of DINGHY to CROSS",
        {"verb": "hands-coordination", "object": "DINGHY", "target": "CROSS"},
    ),
    ("HMCG tasks RANGER to DINGHY", {"verb": "tasks", "target": "RANGER", "object": "DINGHY"}),
    ("HMCG suspends the search for DINGHY", {"verb": "suspends-search", "object": "DINGHY"}),
    ("HMCG closes the case of DINGHY", {"verb": "closes-case", "object": "DINGHY"}),
    ("FR-NAVY loses contact with DINGHY", {"verb": "loses-contact", "object": "DINGHY"}),
    ("Border Force Ranger departs", {"subject": "Border Force Ranger", "verb": "departs"}),
]


@pytest.mark.parametrize(("line", "expected"), NARRATION, ids=[n[0] for n in NARRATION])
def test_every_narration_verb(line: str, expected: dict[str, object]) -> None:
    event = only_line("06:00 * " + line)
    n = event.narration.model_dump()  # type: ignore[attr-defined]
    for key, value in expected.items():
        assert n[key] == value, (key, n)


POSITIONS = [
    ("is at 50°57.3'N 001°35.0'E", "coordinates", (50.955, 1.58333)),
    ("is 50 57.3 N 1 35.0 E", "coordinates", (50.955, 1.58333)),
    ("is at 50°57'18\"N 1°35'00\"E", "coordinates", (50.955, 1.58333)),
    ("is at 50.955N 1.5833E", "coordinates", (50.955, 1.5833)),
    ("is at 50.955, 1.5833", "coordinates", (50.955, 1.5833)),
    ("is at 35 54.0 N 014 31.0 W", "coordinates", (35.9, -14.51667)),
    ("stops at 50°57.3'N 001°35.0'E", "coordinates", (50.955, 1.58333)),
]


@pytest.mark.parametrize(("line", "kind", "latlon"), POSITIONS)
def test_coordinate_positions(line: str, kind: str, latlon: tuple[float, float]) -> None:
    pos = only_line("* DINGHY " + line).narration.position  # type: ignore[attr-defined]
    assert pos.kind == kind
    assert pos.lat == pytest.approx(latlon[0], abs=1e-4)
    assert pos.lon == pytest.approx(latlon[1], abs=1e-4)


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "stops 0.8 nm inside French waters",
            {"kind": "inside", "distance_nm": 0.8, "zone": "French waters"},
        ),
        ("is 0.6 nm inside French waters", {"kind": "inside", "distance_nm": 0.6}),
        (
            "is 5 cables inside UK waters",
            {"kind": "inside", "distance_nm": 0.5, "zone": "UK waters"},
        ),
        ("is in UK waters", {"kind": "zone", "zone": "UK waters"}),
        ("is in MT-SRR", {"kind": "zone", "zone": "MT-SRR"}),
        ("stops at the median line", {"kind": "median-line"}),
        (
            "is 2 nm north-west of Cap Gris-Nez",
            {"kind": "mark", "distance_nm": 2.0, "direction": "north-west", "mark": "Cap Gris-Nez"},
        ),
        ("enters UK waters", {"kind": "zone", "zone": "UK waters"}),
    ],
)
def test_other_positions(line: str, fields: dict[str, object]) -> None:
    pos = only_line("* DINGHY " + line).narration.position.model_dump()  # type: ignore[attr-defined]
    for key, value in fields.items():
        assert pos[key] == value


def test_counts_reconcile_with_the_file() -> None:
    text = (
        "# head\n@title: t\n@station A: vessel\n\n06:00 A: one\n   two\n06:01 * A departs\n"
        "bad line without colon\n"
    )
    t = read_text(text)
    c = t.counts
    assert c.lines == 8
    parts = (
        c.utterances
        + c.narrations
        + c.continuations
        + c.directives
        + c.comments
        + c.blanks
        + c.invalid
    )
    assert parts == c.lines
    assert c.invalid == 1


def test_crlf_and_cr_line_endings() -> None:
    for newline in ("\r\n", "\r"):
        t = read(newline.join(["@date: 2025-04-29", "06:40 A: one", "06:41 A: two"]) + newline)
        assert [line.line for line in t.lines] == [2, 3]


def test_recognised_annotation_keeps_a_recognisers_doubt() -> None:
    t = read(
        "A: i am going to export that # cue 2 "
        '# radiocheck: confidence=0.90 doubtful="export:0.40"\n'
    )
    rec = t.lines[0].recognition
    assert rec is not None and rec.confidence == 0.9
    assert [(w.text, w.probability) for w in rec.words] == [("export", 0.4)]
    assert rec.low_confidence_words == ["export"]
    assert t.lines[0].comment == "cue 2"


# --- time stamps as investigators type them (issue 17) --------------------------------


@pytest.mark.parametrize(
    ("stamp", "clock"),
    [
        ("1409Z", "14:09:00"),
        ("1409", "14:09:00"),
        ("14:09 hrs", "14:09:00"),
        ("1409hrs", "14:09:00"),
        ("14h09", "14:09:00"),
        ("2:09 PM", "14:09:00"),
        ("12:05 a.m.", "00:05:00"),
        ("14:09:30", "14:09:30"),
        ("[2:09 pm]", "14:09:00"),
    ],
)
def test_typed_log_time_stamps_are_read(stamp: str, clock: str) -> None:
    t = read(
        '@station RAMSGATE: vessel aka="Ramsgate lifeboat"\n'
        '@station DOVER: rcc party=UK aka="Dover Coastguard"\n'
        f"{stamp} Ramsgate lifeboat -> Dover Coastguard: on scene\n"
    )
    line = t.lines[-1]
    assert line.clock == clock
    assert (line.speaker, line.addressee) == ("Ramsgate lifeboat", "Dover Coastguard")
    assert not [d for d in t.diagnostics if d.code in ("RC101", "RC120")]


def test_an_iso_date_time_sets_the_day() -> None:
    t = read("@timezone: +01:00\n2025-04-29T06:31:00Z A: x\n2025-04-29 07:40 A: y\n")
    first, second = (ln for ln in t.lines if ln.kind == "utterance")
    assert first.time == datetime(2025, 4, 29, 6, 31, tzinfo=UTC)
    assert second.time == datetime(2025, 4, 29, 6, 40, tzinfo=UTC)  # 07:40 at +01:00


@pytest.mark.parametrize("header", ["", "@date: 2025-04-29\n"])
def test_a_log_past_midnight_is_the_next_day(header: str) -> None:
    t = read(f"{header}23:58 A: x\n00:03 A: y\n00:10 A: z\n")
    seconds = [ln.seconds for ln in t.lines if ln.kind == "utterance"]
    assert seconds == [0.0, 300.0, 720.0]
    assert [d.code for d in t.diagnostics] == ["RC119"]  # said, once, at the change
    if header:
        assert t.lines[-1].time == datetime(2025, 4, 30, 0, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("stamp", "reason"),
    [("14:09 PM", "12-hour"), ("2561", "not a time of day"), ("14h75", "not a time of day")],
)
def test_a_stamp_that_is_no_time_is_refused_precisely(stamp: str, reason: str) -> None:
    t = read_text(f"{stamp} A: x\n")
    bad = [d for d in t.diagnostics if d.code == "RC101"]
    assert bad and reason in bad[0].message and bad[0].column == 1
