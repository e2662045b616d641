"""Anonymous diarisation labels mapped to stations through the call-ups heard."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.api import read_transcript
from checker.context import Context, build_context
from checker.phraseology.model import SpeechAct
from checker.protocol.speakers import SpeakerMapping, infer_speakers, is_anonymous
from checker.transcript.model import Transcript
from tests.conftest import ROOT

ASR = ROOT / "transcripts" / "asr"


def _call(called: str | None, caller: str | None, confidence: float = 1.0) -> SpeechAct:
    slots = {k: v for k, v in (("called", called), ("caller", caller)) if v is not None}
    return SpeechAct(kind="call", confidence=confidence, source="grammar", slots=slots)


def _read(name: str) -> tuple[Transcript, Context]:
    t = read_transcript(ASR / name)
    context, _ = build_context(t)
    return t, context


def _cue_lines(t: Transcript) -> list[int]:
    """The line numbers of cues 1, 2, 3, ... (index 0 is cue 1)."""
    return [ln.line for ln in t.lines if ln.recognition is not None]


def _by_label(mappings: list[SpeakerMapping]) -> dict[str | None, SpeakerMapping]:
    return {m.label: m for m in mappings}


def test_whisperx_labels_from_call_up_with_station_ids() -> None:
    t, context = _read("ranger-whisperx.json")
    one, two, three = _cue_lines(t)
    found = _by_label(infer_speakers(t, context, {one: [_call("RANGER", "FR-NAVY")]}))
    assert set(found) == {"SPEAKER_00", "SPEAKER_01"}
    fr, ranger = found["SPEAKER_00"], found["SPEAKER_01"]
    assert (fr.station, fr.evidence, fr.lines, fr.confidence) == (
        "FR-NAVY",
        [one],
        [one, three],
        0.9,
    )
    assert "this is FR-NAVY" in fr.reason
    assert (ranger.station, ranger.evidence, ranger.lines) == ("RANGER", [two], [two])
    assert ranger.confidence == 0.6
    assert f"answers the call to RANGER on line {one}" in ranger.reason


def test_names_as_heard_are_looked_up_in_the_context() -> None:
    t, context = _read("ranger-whisperx.json")
    acts = {_cue_lines(t)[0]: [_call("ranger", "french warship", confidence=0.8)]}
    found = _by_label(infer_speakers(t, context, acts))
    assert found["SPEAKER_00"].station == "FR-NAVY"
    assert found["SPEAKER_00"].confidence == pytest.approx(0.72)
    assert found["SPEAKER_01"].station == "RANGER"


def test_evidence_adds_up_and_conflicts_lower_confidence() -> None:
    t, context = _read("ranger-whisperx.json")
    one, _, three = _cue_lines(t)
    agree = {one: [_call("RANGER", "FR-NAVY")], three: [_call("RANGER", "FR-NAVY")]}
    fr = _by_label(infer_speakers(t, context, agree))["SPEAKER_00"]
    assert fr.evidence == [one, three] and fr.confidence == pytest.approx(0.99)
    clash = {one: [_call("RANGER", "FR-NAVY")], three: [_call(None, "HMCG")]}
    fr = _by_label(infer_speakers(t, context, clash))["SPEAKER_00"]
    assert fr.station == "FR-NAVY" and fr.confidence == pytest.approx(0.45)
    assert "against: HMCG" in fr.reason


def test_unmapped_labels_stay_unknown() -> None:
    t, context = _read("ranger-whisperx.json")
    found = infer_speakers(t, context, {})
    assert [(m.label, m.station, m.confidence) for m in found] == [
        ("SPEAKER_00", None, 0.0),
        ("SPEAKER_01", None, 0.0),
    ]
    assert all("role unknown" in m.reason for m in found)
    assert context.stations["SPEAKER-00"].role == "unknown"


def test_named_speakers_need_no_inference() -> None:
    t, context = _read("ranger-vtt.vtt")
    assert not is_anonymous("French warship", context)
    assert infer_speakers(t, context, {_cue_lines(t)[0]: [_call("RANGER", "FR-NAVY")]}) == []


def test_call_to_all_stations_and_anonymous_slots_are_not_evidence() -> None:
    t, context = _read("ranger-whisperx.json")
    acts = {_cue_lines(t)[0]: [_call("all stations", "SPEAKER_01")]}
    assert all(m.station is None for m in infer_speakers(t, context, acts))


def test_unlabelled_cues_are_weighed_one_by_one() -> None:
    """Each cue on its own: the call-up names the first, the answer the second, and
    the third is only taken by alternation, with confidence below --min-confidence."""
    t, context = _read("ranger-whisper.json")
    one, two, three = _cue_lines(t)
    found = infer_speakers(t, context, {one: [_call("RANGER", "FR-NAVY")]})
    assert [(m.label, m.lines, m.station) for m in found] == [
        (None, [one], "FR-NAVY"),
        (None, [two], "RANGER"),
        (None, [three], "FR-NAVY"),
    ]
    assert found[2].confidence < 0.5 and "alternate" in found[2].reason
    assert found[2].evidence == [one, two]


def test_alternation_needs_two_different_speakers_before() -> None:
    t, context = _read("ranger-whisper.json")
    found = infer_speakers(t, context, {})
    assert [m.station for m in found] == [None, None, None]


def _classifier_ready() -> bool:
    try:
        from checker.phraseology import classify  # type: ignore[attr-defined, unused-ignore]  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _classifier_ready(), reason="the classifier (issue 3) has not landed")
def test_whisperx_speakers_from_the_real_classifier(tmp_path: Path) -> None:
    from checker.phraseology import classify  # type: ignore[attr-defined, unused-ignore]

    t, context = _read("ranger-whisperx.json")
    acts = {ln.line: classify(ln.text, context).acts for ln in t.lines if ln.kind == "utterance"}
    found = _by_label(infer_speakers(t, context, acts))
    assert found["SPEAKER_00"].station == "FR-NAVY"
    assert found["SPEAKER_01"].station == "RANGER"
