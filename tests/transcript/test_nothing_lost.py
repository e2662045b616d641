"""Nothing lost: every input line (or cue) is in the report, or named in a diagnostic.

For each transcript of the corpus the lines are classified here, independently of
the reader (blank, comment, directive, continuation, utterance, narration), and the
report must agree line by line: each utterance and narration line is an event at that
line number, each continuation line lies inside the event it continues, and the
``summary`` counts are those of the file and add up to its number of lines. For
recordings, every cue of the file is an utterance event, in order, with its words,
and the sidecar's lines are counted as a ``.radio`` file's are. Malformed files
(mutated by hypothesis) must name every line they do not turn into something.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.api import check, read_transcript
from checker.cli import main
from checker.diagnostics import InputError
from checker.transcript.decode import split_lines
from checker.transcript.reader import read_text
from tests.conftest import ROOT

CORPUS = ROOT / "transcripts"
RECORDINGS = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".vtt", ".srt", ".json", ".rttm"))
TRANSCRIPTS = sorted(
    p
    for p in CORPUS.rglob("*.radio")
    if not any(p.with_suffix(s).exists() for s in (".vtt", ".srt", ".json", ".rttm"))
)
_TIME = r"\[?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\]?"
_NARRATION = re.compile(rf"^(?:{_TIME}\s+)?\*\s")
KINDS = ("utterances", "narrations", "continuations", "directives", "comments", "blanks")


def classify_line(raw: str) -> str:
    """The kind of one physical line, from TRANSCRIPT-FORMAT.md alone."""
    if not raw.strip():
        return "blanks"
    if raw[0] in " \t":
        return "continuations"
    if raw.startswith("#"):
        return "comments"
    if raw.startswith("@"):
        return "directives"
    return "narrations" if _NARRATION.match(raw) else "utterances"


def run_json(*argv: str) -> tuple[int, list[dict[str, Any]], str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", *argv, "--format", "json"])
    return code, json.loads(out.getvalue() or "[]"), err.getvalue()


def reconcile_radio(text: str, report: dict[str, Any]) -> None:
    """The report of a valid ``.radio`` file against the file's own lines."""
    lines = split_lines(text)
    kinds = [classify_line(raw) for raw in lines]
    summary = report["summary"]
    assert summary["lines"] == len(lines)
    assert summary["invalid"] == 0
    assert sum(summary[k] for k in KINDS) == summary["lines"]
    for kind in KINDS:
        assert summary[kind] == kinds.count(kind), kind
    events = {e["line"]: e for e in report["events"]}
    said = [n for n, k in enumerate(kinds, 1) if k in ("utterances", "narrations")]
    assert sorted(events) == said  # each utterance and narration line, once
    for n in said:
        assert events[n]["kind"] + "s" == kinds[n - 1]
    covered = {n for e in report["events"] for n in range(e["line"], e["end_line"] + 1)}
    for n, kind in enumerate(kinds, 1):
        if kind == "continuations":
            assert n in covered, f"continuation line {n} belongs to no event"
    # a continuation's words are in the event it continues
    for e in report["events"]:
        for n in range(e["line"] + 1, e["end_line"] + 1):
            words = lines[n - 1].split("#")[0].split()
            assert all(w in (e["text"] or "") for w in words[:3]), (n, e["text"])


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: str(p.relative_to(CORPUS)))
def test_every_line_of_a_transcript_is_accounted_for(path: Path) -> None:
    code, (report,), err = run_json(str(path))
    assert code in (0, 1), err
    reconcile_radio(path.read_text(encoding="utf-8"), report)


def _cue_texts(path: Path) -> list[str]:
    """The words of each cue of a recording, read here without the format modules."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return [" ".join(s["text"].split()) for s in json.loads(raw)["segments"]]
    if path.suffix == ".rttm":
        paired = path.with_suffix(".txt").read_text(encoding="utf-8")
        return [" ".join(line.split("]", 1)[1].split()) for line in paired.splitlines() if line]
    texts = []
    for block in re.split(r"\n\s*\n", raw.strip()):
        rows = block.splitlines()
        at = next((i for i, r in enumerate(rows) if "-->" in r), None)
        if at is not None:
            body = " ".join(rows[at + 1 :])
            texts.append(" ".join(re.sub(r"<[^>]*>", "", body).split()))
    return texts


@pytest.mark.parametrize("path", RECORDINGS, ids=lambda p: p.name)
def test_every_cue_of_a_recording_is_an_utterance(path: Path) -> None:
    code, (report,), err = run_json(str(path))
    assert code in (0, 1), err
    cues = _cue_texts(path)
    sidecar = split_lines(path.with_suffix(".radio").read_text(encoding="utf-8"))
    summary = report["summary"]
    assert summary["lines"] == len(cues) + len(sidecar)
    assert sum(summary[k] for k in KINDS) + summary["invalid"] == summary["lines"]
    assert summary["invalid"] == 0
    said = [e for e in report["events"] if e["kind"] == "utterance"]
    texts = [" ".join(e["text"].split()) for e in said]
    cues = [t for t in cues if t]
    assert len(texts) == len(cues)
    for text, cue in zip(texts, cues, strict=True):
        assert cue.endswith(text)  # after a "Speaker:" prefix, if any
    side = [classify_line(raw) for raw in sidecar]
    assert summary["narrations"] == side.count("narrations")
    for kind in ("directives", "comments", "blanks"):
        assert summary[kind] == side.count(kind), kind
    numbers = [e["line"] for e in report["events"]]
    assert numbers == sorted(set(numbers))  # every event its own line, in order


# --- malformed input: what is not read is named --------------------------------

SEEDS = [p.read_text(encoding="utf-8") for p in TRANSCRIPTS]


@st.composite
def damaged(draw: st.DrawFn) -> str:
    """A corpus transcript with a few lines deleted, duplicated, garbled or indented."""
    lines = split_lines(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(("delete", "duplicate", "garble", "indent", "swap")))
        if op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "garble":
            junk = draw(st.text(alphabet=st.characters(codec="utf-8"), max_size=12))
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + junk + lines[i][at:]
        elif op == "indent":
            lines[i] = "  " + lines[i]
        else:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_damaged_transcripts_name_every_line_they_drop(text: str) -> None:
    try:
        t = read_text(text.replace("\x00", ""), path="damaged.radio")
    except InputError:
        return  # nothing at all to read (an empty file): one diagnostic says so
    c = t.counts
    lines = split_lines(text.replace("\x00", ""))
    assert c.lines == len(lines)
    parts = (c.utterances, c.narrations, c.continuations, c.directives, c.comments, c.blanks)
    assert sum(parts) + c.invalid == c.lines
    named = {d.line for d in t.diagnostics if d.severity == "error"}
    assert len(named) >= c.invalid  # each invalid line has its own diagnostic
    kept = {n for line in t.lines for n in range(line.line, line.end_line + 1)}
    for n, raw in enumerate(lines, 1):
        kind = classify_line(raw)
        if kind in ("utterances", "narrations") and n not in kept:
            assert n in named, f"line {n} ({raw!r}) is neither an event nor named"


def test_a_damaged_file_reports_its_invalid_lines_by_number(tmp_path: Path) -> None:
    path = tmp_path / "bad.radio"
    path.write_text("@station A: vessel\nA: one\n25:99 A: two\n* A flies away\nA: three\n")
    t = read_transcript(path)
    assert (t.counts.lines, t.counts.invalid) == (5, 2)
    assert sorted(d.line or 0 for d in t.diagnostics if d.severity == "error") == [3, 4]
    report = check(t)
    assert report.summary.lines == 5 and report.summary.invalid == 2
    assert not report.checked
