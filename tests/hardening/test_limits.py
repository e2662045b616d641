"""Limits: file size, line length, memory per utterance, and flat memory over many files.

``benchmarks/bench_memory.py`` measures the same at full scale (1,000 and 10,000 files
in fresh processes, peak RSS); here the small-scale versions guard against regressions.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import checker.api
from benchmarks.synthetic import transcript
from checker.api import check
from checker.cli import build_parser, main
from checker.transcript.decode import DEFAULT_MAX_BYTES
from checker.transcript.reader import MAX_LINE, read_text
from tests.conftest import ROOT, Run

#: Measured peak bytes per utterance of a check was about 10 KB (REPORT in issue 9);
#: the goal is 4 KB. This bound catches a regression, not the goal.
PEAK_PER_UTTERANCE = 16 * 1024


# --- size limits ---------------------------------------------------------------


def test_the_default_limit_is_5_mb() -> None:
    for argv in (["check", "x.radio"], ["review", "x.radio"], ["convert", "x.vtt"]):
        args = build_parser().parse_args(argv)
        assert args.max_file_size == DEFAULT_MAX_BYTES == 5 * 1024 * 1024


def test_a_file_over_the_default_limit_is_refused_without_reading_it(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    path = tmp_path / "huge.radio"
    with path.open("wb") as f:
        f.truncate(DEFAULT_MAX_BYTES + 1)  # sparse: the size is there, the bytes are not
    run = cli("check", str(path))
    assert run.code == 2
    assert f"{path}: RC005 file is 5,242,881 bytes, over the limit of 5,242,880" in run.err
    assert "hint: raise the limit with --max-file-size" in run.err


@pytest.mark.parametrize("suffix", [".vtt", ".srt", ".json", ".rttm"])
def test_the_limit_holds_for_recordings(
    cli: Callable[..., Run], tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"rec{suffix}"
    path.write_bytes(b"x" * 2000)
    run = cli("check", str(path), "--max-file-size", "1000")
    assert run.code == 2 and "RC005 file is 2,000 bytes, over the limit of 1,000" in run.err


def test_the_limit_holds_for_a_sidecar_and_a_track(cli: Callable[..., Run], tmp_path: Path) -> None:
    vtt = tmp_path / "rec.vtt"
    vtt.write_text("WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>hi\n")
    (tmp_path / "rec.radio").write_text("# " + "x" * 3000 + "\n")
    run = cli("check", str(vtt), "--max-file-size", "1000")
    assert run.code == 2 and f"{tmp_path / 'rec.radio'}: RC005" in run.err
    (tmp_path / "rec.radio").unlink()
    track = tmp_path / "ais.csv"
    track.write_text("mmsi,time,lat,lon\n" + "235000001,2025-04-29T05:40:00,50.9,1.6\n" * 100)
    run = cli("check", str(vtt), "--track", str(track), "--max-file-size", "1000")
    assert run.code == 2 and f"{track}: RC005" in run.err


def test_a_line_of_64_kib_is_read_and_one_more_character_is_not() -> None:
    at_limit = "A: " + "x" * (MAX_LINE - 3)
    over = "B: " + "y" * (MAX_LINE - 2)
    t = read_text(f"@station A: vessel\n{at_limit}\n{over}\nA: after\n")
    assert [line.line for line in t.lines] == [2, 4]
    assert len(t.lines[0].text or "") == MAX_LINE - 3
    (d,) = t.diagnostics
    assert (d.code, d.line, d.column) == ("RC118", 3, 1)
    assert d.message == f"line is {MAX_LINE + 1:,} characters, over {MAX_LINE:,}"
    assert (t.counts.lines, t.counts.invalid, t.counts.utterances) == (4, 1, 2)


def test_a_long_line_through_the_cli(cli: Callable[..., Run], tmp_path: Path) -> None:
    path = tmp_path / "long.radio"
    path.write_bytes(b"A: hi\nA: " + b"x" * 70000 + b"\n")
    run = cli("check", str(path), "--format", "json")
    assert run.code == 2 and f"{path}:2:1: RC118 line is 70,003 characters" in run.err
    assert len(run.err) < 2000  # the diagnostic does not quote 70,000 characters


# --- memory --------------------------------------------------------------------


def _peak(text: str) -> tuple[int, int]:
    gc.collect()
    tracemalloc.start()
    report = check(read_text(text))
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert report.checked
    return peak, current


def test_memory_per_utterance(record_property: Callable[[str, Any], None]) -> None:
    check(read_text(transcript(8)))  # grammars, lexicon and rule sets load once
    small, large = 100, 400
    peak_small, kept_small = _peak(transcript(small))
    peak_large, kept_large = _peak(transcript(large))
    per_utterance = (peak_large - peak_small) / (large - small)
    kept = (kept_large - kept_small) / (large - small)
    record_property("peak_bytes_per_utterance", round(per_utterance))
    record_property("kept_bytes_per_utterance", round(kept))
    print(f"check: {per_utterance:.0f} B/utterance at peak, {kept:.0f} kept in the report")
    assert 0 < kept <= per_utterance < PEAK_PER_UTTERANCE


# --- many files: folders, streaming, flat memory ----------------------------------


def _folder(root: Path, files: int) -> Path:
    folder = root / f"many-{files}"
    folder.mkdir()
    for i in range(files):
        (folder / f"t{i:04d}.radio").write_text(transcript(4, seed=i), encoding="utf-8")
    return folder


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def test_check_takes_a_folder(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 3)
    (folder / "notes.txt").write_text("not a transcript\n")
    code, out, err = _run("check", str(folder), "--format", "json")
    assert code in (0, 1), err
    paths = [r["source"]["path"] for r in json.loads(out)]
    assert paths == [str(folder / f"t{i:04d}.radio") for i in range(3)]


def test_a_folder_with_recordings_checks_each_once() -> None:
    code, out, err = _run("check", str(ROOT / "transcripts" / "asr"), "--format", "json")
    assert code in (0, 1), err
    paths = sorted(Path(r["source"]["path"]).name for r in json.loads(out))
    assert paths == sorted(
        p.name
        for p in (ROOT / "transcripts" / "asr").iterdir()
        if p.suffix not in {".radio", ".txt"}
    )


def test_jsonl_is_written_as_each_file_finishes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path, 4)
    out = io.StringIO()
    seen: list[tuple[str, int]] = []
    real = checker.api.read_transcript

    def spy(source: Any, **kwargs: Any) -> Any:
        done = {json.loads(line)["source"] for line in out.getvalue().splitlines()}
        seen.append((Path(source).name, len(done)))
        return real(source, **kwargs)

    monkeypatch.setattr(checker.api, "read_transcript", spy)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["check", str(folder), "--format", "jsonl"])
    assert code in (0, 1)
    # when the k-th file is read, the reports of the k files before it are out
    assert seen == [(f"t{i:04d}.radio", i) for i in range(4)]
    kinds = [json.loads(line)["type"] for line in out.getvalue().splitlines()]
    assert kinds.count("report") == kinds.count("summary") == 4


def test_jsonl_exit_codes_match_the_buffered_formats(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 2)
    (folder / "bad.radio").write_text("25:99 A: hi\n")
    for fmt in ("json", "jsonl"):
        assert _run("check", str(folder), "--format", fmt)[0] == 2
    (folder / "bad.radio").unlink()
    assert (
        _run("check", str(folder), "--format", "jsonl")[0]
        == _run("check", str(folder), "--format", "json")[0]
    )
    assert _run("check", str(folder), "--format", "jsonl", "--exit-zero")[0] == 0


class _Sink(io.TextIOBase):
    """Standard output that keeps nothing (as ``> /dev/null``), counting characters."""

    written = 0

    def write(self, text: str) -> int:
        self.written += len(text)
        return len(text)


def _traced_peak(*argv: str) -> int:
    sink = _Sink()
    gc.collect()
    tracemalloc.start()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(_Sink()):
        main(list(argv))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert sink.written > 0
    return peak


def test_memory_stays_flat_over_many_files(tmp_path: Path) -> None:
    few, many = _folder(tmp_path, 8), _folder(tmp_path, 48)
    _run("check", str(few), "--format", "jsonl")  # warm the caches
    # each peak is the smaller of two runs: a table the interpreter grows once (its
    # interned strings, which pathlib adds to, resized by 1.9 MB in one run of the
    # compiled build's suite, attributed to pathlib.py) is no growth per file
    peak_few = min(_traced_peak("check", str(few), "--format", "jsonl") for _ in range(2))
    peak_many = min(_traced_peak("check", str(many), "--format", "jsonl") for _ in range(2))
    # six times the files, the same memory: 40 more kept reports would be ~3 MB
    print(f"jsonl peak: 8 files {peak_few / 1e6:.2f} MB, 48 files {peak_many / 1e6:.2f} MB")
    assert peak_many < peak_few * 1.25 + 100_000, (peak_few, peak_many)
