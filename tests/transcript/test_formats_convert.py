"""``radiocheck convert``: a recording written as a .radio file that reads back the same."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from checker.api import read_transcript
from checker.transcript.model import Line, Transcript
from checker.transcript.writer import UNKNOWN_SPEAKER
from tests.conftest import Run
from tests.transcript.test_formats import FIXTURES


def _same(line: Line) -> tuple[Any, ...]:
    speaker = line.speaker or (UNKNOWN_SPEAKER if line.kind == "utterance" else None)
    return (line.kind, line.clock, line.time, line.seconds, speaker, line.text, line.narration)


def _declarations(t: Transcript) -> tuple[Any, ...]:
    return (
        [s.model_dump(exclude={"line"}) for s in t.stations],
        [x.model_dump(exclude={"line"}) for x in t.expectations],
        t.header.model_dump(exclude={"rules_line"}),
    )


@pytest.mark.parametrize("fmt", list(FIXTURES))
def test_convert_round_trip(cli: Callable[..., Run], tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "corrected.radio"
    run = cli("convert", str(FIXTURES[fmt]), "-o", str(out))
    assert run.code == 0, run.err
    recording = read_transcript(FIXTURES[fmt])
    typed = read_transcript(out)
    assert typed.format == "radio"
    assert [d for d in typed.diagnostics if d.severity == "error"] == []
    assert [_same(ln) for ln in typed.lines] == [_same(ln) for ln in recording.lines]
    assert _declarations(typed) == _declarations(recording)


def test_doubtful_words_and_cues_are_marked(cli: Callable[..., Run]) -> None:
    run = cli("convert", str(FIXTURES["whisperx"]))
    assert run.code == 0, run.err
    line = next(ln for ln in run.out.splitlines() if "export" in ln and "SPEAKER_01" in ln)
    assert line.startswith("[06:41:02.300] SPEAKER_01: i am going to export that")
    assert line.endswith(
        '# cue 2 at 0:01:32.300 # radiocheck: confidence=0.90 doubtful="export:0.40"'
    )
    assert "# SPEAKER_00: which station is this?" in run.out


def test_convert_across_midnight_starts_a_new_date(cli: Callable[..., Run], tmp_path: Path) -> None:
    rec = tmp_path / "late.srt"
    rec.write_text(
        "1\n00:00:05,000 --> 00:00:06,000\nRanger: before\n\n"
        "2\n00:00:25,000 --> 00:00:26,000\nRanger: after midnight\n"
    )
    (tmp_path / "late.radio").write_text(
        "@date: 2025-04-29\n@timezone: Europe/London\n@start: 23:59:50\n"
        '@station RANGER: vessel aka="Ranger"\n'
    )
    out = tmp_path / "out.radio"
    assert cli("convert", str(rec), "-o", str(out)).code == 0
    text = out.read_text()
    assert "@date: 2025-04-30\n[00:00:15] Ranger: after midnight" in text
    again = read_transcript(out)
    assert [ln.time for ln in again.lines] == [ln.time for ln in read_transcript(rec).lines]


def test_convert_refuses_to_overwrite_the_sidecar(cli: Callable[..., Run]) -> None:
    sidecar = FIXTURES["vtt"].with_suffix(".radio")
    before = sidecar.read_bytes()
    run = cli("convert", str(FIXTURES["vtt"]), "-o", str(sidecar))
    assert run.code == 2 and "RC130" in run.err and "overwrite" in run.err
    assert sidecar.read_bytes() == before


def test_convert_writes_nothing_when_the_recording_has_errors(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    rec = tmp_path / "bad.vtt"
    rec.write_text("00:01.000 --> 00:02.000\n<v A>hi\n")
    out = tmp_path / "out.radio"
    run = cli("convert", str(rec), "-o", str(out))
    assert run.code == 2 and "RC135" in run.err and not out.exists()
    truncated = tmp_path / "cut.json"
    truncated.write_text('{"segments": [')
    run = cli("convert", str(truncated))
    assert run.code == 2 and "RC131" in run.err and "Traceback" not in run.err


def test_convert_will_not_write_a_new_sidecar(cli: Callable[..., Run], tmp_path: Path) -> None:
    rec = tmp_path / "rec.srt"
    rec.write_bytes(FIXTURES["srt"].read_bytes())
    run = cli("convert", str(rec), "-o", str(tmp_path / "rec.radio"))
    assert run.code == 2 and "rec-corrected.radio" in run.err
    assert not (tmp_path / "rec.radio").exists()
