"""Recordings: each recogniser format read into a Transcript, merged with its sidecar.

The fixtures under ``transcripts/asr/`` are the Ranger case as each recogniser would
give it (CASE-RANGER.md, last section); the bad inputs of issue 7 go through the real
CLI and must exit 2 with a located diagnostic, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from checker.api import read_transcript
from checker.diagnostics import CATALOGUE
from checker.transcript.formats import detect_format, is_recording, read_recording
from checker.transcript.formats.cues import parse_timestamp, score, split_speaker
from checker.transcript.model import Transcript, Word
from tests.conftest import ROOT, Run

ASR = ROOT / "transcripts" / "asr"
FIXTURES = {
    "vtt": ASR / "ranger-vtt.vtt",
    "srt": ASR / "ranger-srt.srt",
    "whisper": ASR / "ranger-whisper.json",
    "whisperx": ASR / "ranger-whisperx.json",
    "rttm": ASR / "ranger-rttm.rttm",
}
NAMED = ["French warship", "Ranger", "French warship"]
LABELS = ["SPEAKER_00", "SPEAKER_01", "SPEAKER_00"]
SPEAKERS: dict[str, list[str | None]] = {
    "vtt": list(NAMED),
    "srt": list(NAMED),
    "whisper": [None, None, None],
    "whisperx": list(LABELS),
    "rttm": list(LABELS),
}
TEXTS = [
    "ranger this is french warship what are your intentions with the dinghy over",
    "i am going to export that with the uk coastguard over",
    "thank you for your cooperation out",
]
CLOCKS = ["06:40:00.400", "06:41:02.300", "06:41:11.200"]


def _utterances(t: Transcript) -> list[tuple[int, str | None, str, str | None]]:
    """(cue number, speaker, text, clock) of each utterance."""
    return [
        (ln.recognition.cue if ln.recognition else 0, ln.speaker, ln.text, ln.clock)
        for ln in t.lines
        if ln.kind == "utterance"
    ]


# --- each format --------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(FIXTURES))
def test_fixture_is_read_with_speakers_times_and_sidecar(fmt: str) -> None:
    t = read_transcript(FIXTURES[fmt])
    assert t.format == fmt
    assert _utterances(t) == [
        (i, s, text, clock)
        for i, s, text, clock in zip((1, 2, 3), SPEAKERS[fmt], TEXTS, CLOCKS, strict=True)
    ]
    first = next(ln for ln in t.lines if ln.kind == "utterance")
    assert first.time == datetime(2025, 4, 29, 5, 40, 0, 400000, tzinfo=UTC)
    assert first.source == fmt
    assert first.recognition is not None
    assert first.recognition.cue == 1 and first.recognition.start == pytest.approx(30.4)
    # narration from the sidecar, merged by time around the exchange
    kinds = [ln.kind[0] for ln in t.lines]
    assert "".join(kinds) == "nnnuuunn"
    # numbered as the converted .radio is: unique, in merged order, quoting each line
    numbers = [ln.line for ln in t.lines]
    assert numbers == sorted(set(numbers))
    for ln in t.lines:
        shown = t.source_lines[ln.line - 1]
        assert (ln.text in shown) if ln.kind == "utterance" else shown[6:].startswith("* ")
    assert [ln.source for ln in t.lines if ln.kind == "narration"] == ["sidecar"] * 5
    assert [s.id for s in t.stations] == ["RANGER", "FR-NAVY", "DINGHY", "HMCG"]
    assert t.header.rules == "uk-fr-channel" and t.header.start == "06:39:30"
    assert any(x.form == "act" for x in t.expectations)
    # seconds count from the first line, for rule deadlines
    assert [ln.seconds for ln in t.lines][:4] == [0.0, 1740.0, 1860.0, 2280.4]
    c = t.counts
    assert c.utterances == 3 and c.narrations == 5 and c.invalid == 0
    assert c.lines == (
        c.utterances
        + c.narrations
        + c.continuations
        + c.directives
        + c.comments
        + c.blanks
        + c.invalid
    )
    assert not [d for d in t.diagnostics if d.severity == "error"]


@pytest.mark.parametrize("fmt", ["whisper", "whisperx"])
def test_word_probabilities_and_doubtful_words(fmt: str) -> None:
    t = read_transcript(FIXTURES[fmt])
    second = [ln for ln in t.lines if ln.kind == "utterance"][1]
    rec = second.recognition
    assert rec is not None
    assert rec.low_confidence_words == ["export"]
    export = next(w for w in rec.words if w.text == "export")
    assert export.probability == 0.4 and export.start is not None
    assert 0.85 < rec.confidence < 0.95
    if fmt == "whisperx":
        assert export.speaker == "SPEAKER_01"
        assert rec.avg_logprob is None
    else:
        assert rec.avg_logprob == -0.38 and rec.no_speech_prob == 0.021


def test_whisper_without_speakers_warns_once() -> None:
    t = read_transcript(FIXTURES["whisper"])
    assert [d.code for d in t.diagnostics] == ["RC139"]


def test_whisper_heuristics_lower_confidence() -> None:
    sure = [Word(text="ranger", probability=0.9)]
    assert score(sure, None, None, None) == (0.9, [])
    assert score(sure, -1.2, None, None)[0] == pytest.approx(0.45)
    assert score(sure, None, 2.6, None)[0] == pytest.approx(0.45)
    assert score(sure, None, None, 0.8)[0] == pytest.approx(0.45)
    assert score(sure, -1.2, 2.6, 0.8)[0] == pytest.approx(0.1125, abs=1e-3)
    assert score([], -0.1, 1.0, 0.01)[0] == pytest.approx(0.905, abs=1e-3)
    assert score([], None, None, None) == (1.0, [])
    doubtful = [Word(text="export", probability=0.4), Word(text="that", probability=0.9)]
    assert score(doubtful, None, None, None) == (0.65, ["export"])


def test_vtt_voice_spans_tags_and_prefixes(tmp_path: Path) -> None:
    path = tmp_path / "talk.vtt"
    path.write_text(
        "WEBVTT - a note\n\nNOTE recorded on channel 16\n\nSTYLE\n::cue { color: red }\n\n"
        "intro\n00:01.000 --> 00:02.500 align:start\n<v.loud Dover Coastguard>Dover "
        "<00:01.500><c>coastguard</c> &amp; out</v>\n\n"
        "00:00:03.000 --> 00:00:04.000\n[SPEAKER_01]: roger\n  on sixteen\n"
    )
    t = read_recording(path)
    assert _utterances(t) == [
        (1, "Dover Coastguard", "Dover coastguard & out", "00:00:01"),
        (2, "SPEAKER_01", "roger on sixteen", "00:00:03"),
    ]
    assert "RC144" in [d.code for d in t.diagnostics]


def test_srt_prefixes_and_tags(tmp_path: Path) -> None:
    path = tmp_path / "talk.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:02,000\n<i>Ranger:</i> hello\n\n"
        "2\n00:00:02,500 --> 00:00:03,000\n{\\an8}Dover Coastguard: go ahead\n"
    )
    t = read_recording(path)
    assert [(ln.speaker, ln.text) for ln in t.lines] == [
        ("Ranger", "hello"),
        ("Dover Coastguard", "go ahead"),
    ]


def test_rttm_speakers_by_overlap(tmp_path: Path) -> None:
    (tmp_path / "call.rttm").write_text(
        ";; pyannote\nSPEAKER call 1 0.0 2.0 <NA> <NA> A <NA> <NA>\n"
        "SPEAKER call 1 2.0 3.0 <NA> <NA> B <NA> <NA>\n"
    )
    (tmp_path / "call.txt").write_text(
        "# whisper text\n0.2 1.9 first words\n\n[00:01.500 --> 00:04.500] mostly b\n"
    )
    t = read_recording(tmp_path / "call.rttm")
    assert [(ln.speaker, ln.text) for ln in t.lines] == [("A", "first words"), ("B", "mostly b")]


def test_parse_timestamp_and_speaker_prefix() -> None:
    assert parse_timestamp("01:02:03.5") == pytest.approx(3723.5)
    assert parse_timestamp("02:03,250") == pytest.approx(123.25)
    assert parse_timestamp("12.5") == 12.5
    assert split_speaker("French warship: this is") == ("French warship", "this is", 16)
    assert split_speaker("[SPEAKER_00]: hi")[:2] == ("SPEAKER_00", "hi")
    assert split_speaker("ranger this is french warship")[0] is None


# --- detection ----------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(FIXTURES))
def test_detect_by_extension_and_content(fmt: str, tmp_path: Path) -> None:
    data = FIXTURES[fmt].read_bytes()
    assert detect_format(FIXTURES[fmt], data) == fmt
    assert detect_format(tmp_path / "noext", data) == fmt
    assert is_recording(FIXTURES[fmt])


def test_detect_radio() -> None:
    ranger = ROOT / "transcripts" / "channel" / "ranger-2025.radio"
    assert detect_format(ranger, ranger.read_bytes()) == "radio"
    assert detect_format("x.dat", ranger.read_bytes()) == "radio"
    assert not is_recording(ranger)


def test_input_format_overrides_detection(tmp_path: Path) -> None:
    path = tmp_path / "captions.txt"
    path.write_bytes(FIXTURES["srt"].read_bytes())
    t = read_transcript(path, input_format="srt", header=ASR / "ranger-srt.radio")
    assert t.format == "srt" and [ln.speaker for ln in t.lines if ln.speaker] == NAMED


# --- sidecars and times -------------------------------------------------------


def test_without_sidecar_offsets_count_from_midnight(tmp_path: Path) -> None:
    path = tmp_path / "alone.vtt"
    path.write_bytes(FIXTURES["vtt"].read_bytes())
    t = read_recording(path)
    assert [d.code for d in t.diagnostics] == ["RC144"]
    assert "no sidecar alone.radio" in t.diagnostics[0].message
    assert [ln.clock for ln in t.lines] == ["00:00:30.400", "00:01:32.300", "00:01:41.200"]
    assert all(ln.time is None for ln in t.lines)
    assert [ln.seconds for ln in t.lines] == [0.0, 61.9, 70.8]


def test_header_option_and_start_without_date(tmp_path: Path) -> None:
    path = tmp_path / "rec.srt"
    path.write_bytes(FIXTURES["srt"].read_bytes())
    header = tmp_path / "elsewhere.radio"
    header.write_text(
        '@start: 06:39:30\n@timezone: +01:00\n@station RANGER: vessel aka="Ranger"\n'
        "06:40:30 * RANGER departs\n"
    )
    t = read_recording(path, header=header)
    assert [(ln.kind, ln.clock, ln.time) for ln in t.lines] == [
        ("utterance", "06:40:00.400", None),
        ("narration", "06:40:30", None),
        ("utterance", "06:41:02.300", None),
        ("utterance", "06:41:11.200", None),
    ]
    assert not t.diagnostics


def test_sidecar_without_start_warns_at_the_sidecar(tmp_path: Path) -> None:
    (tmp_path / "r.vtt").write_bytes(FIXTURES["vtt"].read_bytes())
    (tmp_path / "r.radio").write_text("@date: 2025-04-29\n@timezone: +01:00\n")
    t = read_recording(tmp_path / "r.vtt")
    (d,) = t.diagnostics
    assert (d.code, d.path, d.line) == ("RC144", str(tmp_path / "r.radio"), 1)
    assert t.lines[0].time == datetime(2025, 4, 28, 23, 0, 30, 400000, tzinfo=UTC)


def test_sidecar_utterances_are_merged_too(tmp_path: Path) -> None:
    (tmp_path / "r.vtt").write_bytes(FIXTURES["vtt"].read_bytes())
    (tmp_path / "r.radio").write_text(
        "@date: 2025-04-29\n@timezone: +01:00\n@start: 06:39:30\n"
        '@station HMCG: rcc party=UK aka="Dover Coastguard"\n'
        "06:41:05 Dover Coastguard (phone): Ranger, Dover Coastguard, noted.\n"
    )
    t = read_recording(tmp_path / "r.vtt")
    assert [(ln.source, ln.speaker) for ln in t.lines] == [
        ("vtt", "French warship"),
        ("vtt", "Ranger"),
        ("sidecar", "Dover Coastguard"),
        ("vtt", "French warship"),
    ]
    assert t.lines[2].medium == "phone"
    assert t.source_lines[t.lines[2].line - 1].startswith("06:41:05 Dover Coastguard (phone):")


def test_a_sidecar_stands_for_its_recording(tmp_path: Path) -> None:
    t = read_transcript(ASR / "ranger-whisperx.radio")
    assert t.format == "whisperx" and t.path == str(ASR / "ranger-whisperx.json")
    assert len([ln for ln in t.lines if ln.kind == "utterance"]) == 3
    # a JSON beside a .radio that is not a recogniser's output (a saved report) is ignored
    (tmp_path / "typed.radio").write_text("A: hi\n")
    (tmp_path / "typed.json").write_text('[{"schema_version": 1}]')
    assert read_transcript(tmp_path / "typed.radio").format == "radio"


def test_sha256_covers_recording_and_sidecar(tmp_path: Path) -> None:
    (tmp_path / "r.vtt").write_bytes(FIXTURES["vtt"].read_bytes())
    alone = read_recording(tmp_path / "r.vtt").sha256
    (tmp_path / "r.radio").write_text("@start: 06:00\n")
    assert read_recording(tmp_path / "r.vtt").sha256 != alone


# --- bad input: a located diagnostic, exit 2, no traceback, nothing lost ------

GOOD_TXT = "[00:00:01.000 --> 00:00:02.000] hello\n"
# name, files to write (the first is checked), code, file with the problem, line, column
BAD: list[tuple[str, dict[str, str], str, str, int | None, int | None]] = [
    (
        "truncated JSON",
        {"rec.json": '{"segments": [\n  {"start": 1.0, "end": 2.0, "text": " hi"'},
        "RC131",
        "rec.json",
        2,
        43,
    ),
    ("JSON without segments", {"rec.json": '{"text": "hi"}'}, "RC132", "rec.json", 1, 1),
    (
        "segment without times",
        {"rec.json": '{"segments": [\n  {"start": 0, "end": 1, "text": "a"},\n  {"text": "b"}]}'},
        "RC133",
        "rec.json",
        3,
        3,
    ),
    (
        "word probability out of range",
        {
            "rec.json": '{"segments": [{"start": 0, "end": 1, "text": "a",\n'
            ' "words": [{"word": "a", "probability": 7}]}]}'
        },
        "RC133",
        "rec.json",
        1,
        15,
    ),
    (
        "VTT without header",
        {"rec.vtt": "00:01.000 --> 00:02.000\n<v A>hi\n"},
        "RC135",
        "rec.vtt",
        1,
        1,
    ),
    (
        "VTT cue without timing",
        {"rec.vtt": "WEBVTT\n\n1\n<v A>hi\n"},
        "RC133",
        "rec.vtt",
        4,
        1,
    ),
    (
        "bad cue time",
        {"rec.vtt": "WEBVTT\n\n00:01.000 --> 00:61.000\n<v A>hi\n"},
        "RC134",
        "rec.vtt",
        3,
        15,
    ),
    (
        "cue ends before it starts",
        {"rec.srt": "1\n00:00:05,000 --> 00:00:04,000\nA: hi\n"},
        "RC134",
        "rec.srt",
        2,
        1,
    ),
    (
        "cues out of order",
        {
            "rec.srt": "1\n00:00:05,000 --> 00:00:06,000\nA: one\n\n"
            "2\n00:00:01,000 --> 00:00:02,000\nB: two\n"
        },
        "RC136",
        "rec.srt",
        6,
        1,
    ),
    (
        "overlapping cues",
        {
            "rec.vtt": "WEBVTT\n\n00:01.000 --> 00:03.000\n<v A>one\n\n"
            "00:02.000 --> 00:04.000\n<v B>two\n"
        },
        "RC137",
        "rec.vtt",
        6,
        1,
    ),
    (
        "missing speaker",
        {
            "rec.vtt": "WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>one\n\n"
            "00:03.000 --> 00:04.000\nnobody said this\n"
        },
        "RC138",
        "rec.vtt",
        6,
        1,
    ),
    (
        "WhisperX segment without speaker",
        {
            "rec.json": '{"segments": [\n {"start": 0, "end": 1, "text": "a", "speaker": "S0"},\n'
            ' {"start": 1, "end": 2, "text": "b"}]}'
        },
        "RC138",
        "rec.json",
        3,
        2,
    ),
    (
        "RTTM file id does not match",
        {
            "rec.rttm": "SPEAKER other 1 0.0 2.0 <NA> <NA> A <NA> <NA>\n",
            "rec.txt": GOOD_TXT,
        },
        "RC142",
        "rec.rttm",
        1,
        9,
    ),
    (
        "RTTM line too short",
        {"rec.rttm": "SPEAKER rec 1 0.0\n", "rec.txt": GOOD_TXT},
        "RC141",
        "rec.rttm",
        1,
        15,
    ),
    (
        "RTTM onset not a number",
        {"rec.rttm": "SPEAKER rec 1 zero 2.0 <NA> <NA> A <NA> <NA>\n", "rec.txt": GOOD_TXT},
        "RC141",
        "rec.rttm",
        1,
        15,
    ),
    (
        "RTTM without turns",
        {"rec.rttm": ";; nothing\n", "rec.txt": GOOD_TXT},
        "RC141",
        "rec.rttm",
        1,
        1,
    ),
    (
        "RTTM segment no turn covers",
        {
            "rec.rttm": "SPEAKER rec 1 0.0 2.0 <NA> <NA> A <NA> <NA>\n",
            "rec.txt": GOOD_TXT + "[00:00:05.000 --> 00:00:06.000] who said this\n",
        },
        "RC138",
        "rec.txt",
        2,
        1,
    ),
    (
        "RTTM text missing",
        {"rec.rttm": "SPEAKER rec 1 0.0 2.0 <NA> <NA> A <NA> <NA>\n"},
        "RC143",
        "rec.rttm",
        None,
        None,
    ),
    (
        "RTTM text line malformed",
        {
            "rec.rttm": "SPEAKER rec 1 0.0 2.0 <NA> <NA> A <NA> <NA>\n",
            "rec.txt": GOOD_TXT + "  hello without times\n",
        },
        "RC143",
        "rec.txt",
        2,
        3,
    ),
]


@pytest.mark.parametrize(
    ("name", "files", "code", "where", "line", "column"), BAD, ids=[b[0] for b in BAD]
)
def test_bad_recording_through_the_cli(
    cli: Callable[..., Run],
    tmp_path: Path,
    name: str,
    files: dict[str, str],
    code: str,
    where: str,
    line: int | None,
    column: int | None,
) -> None:
    for file, text in files.items():
        (tmp_path / file).write_text(text)
    target = tmp_path / next(iter(files))
    run = cli("check", str(target), "--format", "json")
    assert run.code == 2, run.err
    assert "Traceback" not in run.err and "internal error" not in run.err
    located = str(tmp_path / where)
    if line is not None:
        located += f":{line}:{column}"
    assert f"{located}: {code} " in run.err, run.err


def test_bad_cues_are_kept_or_named(tmp_path: Path) -> None:
    path = tmp_path / "rec.vtt"
    path.write_text(
        "WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>one\n\n1\nno timing\nat all\n\n"
        "00:03.000 --> 00:02.500\n<v B>backwards\n\n00:04.000 --> 00:05.000\n<v A>\n"
    )
    t = read_recording(path)
    assert [ln.text for ln in t.lines] == ["one", "backwards"]
    assert (t.counts.lines, t.counts.utterances, t.counts.invalid, t.counts.blanks) == (4, 2, 1, 1)
    codes = sorted(d.code for d in t.diagnostics)
    assert codes == ["RC133", "RC134", "RC140", "RC144"]


def test_unknown_format_and_header_on_a_radio_file(cli: Callable[..., Run], tmp_path: Path) -> None:
    radio = tmp_path / "typed.radio"
    radio.write_text("A: hi\n")
    run = cli("check", str(radio), "--header", str(radio))
    assert run.code == 2 and f"{radio}: RC130 cannot read this as a recording" in run.err
    run = cli("check", str(radio), "--input-format", "mp3")
    assert run.code == 2 and "--input-format" in run.err


def test_warnings_are_shown_by_convert(cli: Callable[..., Run], tmp_path: Path) -> None:
    path = tmp_path / "rec.vtt"
    path.write_text("WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n\n00:03.000 --> 00:04.000\n\n")
    run = cli("convert", str(path))
    assert run.code == 0, run.err
    for code in ("RC139", "RC144"):
        assert f": {code} warning:" in run.err
    assert "UNKNOWN: hi" in run.out


def test_every_recording_code_is_tested() -> None:
    """Catalogue rows RC130-RC149 are driven by this file and test_formats_track.py."""
    from tests.transcript.test_formats_track import BAD_TRACKS

    covered = {b[2] for b in BAD} | {b[1] for b in BAD_TRACKS}
    covered |= {"RC130", "RC139", "RC140", "RC144"}  # the tests just above
    mine = {c for c in CATALOGUE if "RC130" <= c <= "RC149"}
    assert mine - covered == set()
