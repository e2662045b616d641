"""``check --format json`` and ``jsonl`` written as the reports come (issue 19, item 3).

The ``json`` output is byte for byte ``json.dumps([r.model_dump(mode="json"), ...],
indent=2, ensure_ascii=False)`` though pydantic-core writes it in pieces; a file's
records reach the reader while the next file is still being checked; ``-o`` writes
the bytes stdout would have had; and the writes are bounded, whatever the report's size.
"""

from __future__ import annotations

import json
import math
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

import pytest

from checker.api import check, read_transcript
from checker.report.model import Report
from checker.report.streamed import BUFFER, Streamed, pieces
from tests.conftest import RANGER, ROOT, Run

FILES = [
    RANGER,
    ROOT / "transcripts" / "asr" / "ranger-whisper.json",  # recogniser floats
    ROOT / "transcripts" / "real" / "cross-jobourg-maree.radio",  # French, non-ASCII
    ROOT / "transcripts" / "rules" / "CH01-fail.radio",
]


def _reference(reports: list[Report]) -> str:
    """``check --format json`` as it was written before it streamed."""
    data = [r.model_dump(mode="json") for r in reports]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _streamed(reports: list[Report]) -> str:
    out: list[str] = []

    class Out:
        def write(self, text: str) -> None:
            out.append(text)

        def flush(self) -> None:
            pass

    writer = Streamed("json", Out())  # type: ignore[arg-type]
    for r in reports:
        writer.add(pieces("json", r))
    writer.close()
    return "".join(out)


def _radiocheck(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-B", "-m", "checker.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "NO_COLOR": "1", **(env or {})},
        timeout=300,
        check=False,
    )


def test_json_of_several_files_is_the_json_dumps_of_their_reports(
    cli: Callable[..., Run],
) -> None:
    run = cli("check", *map(str, FILES), "--format", "json", "--exit-zero")
    assert run.code == 0, run.err
    reports = [check(read_transcript(p), None) for p in FILES]
    assert run.out == _reference(reports)
    assert run.out == json.dumps(json.loads(run.out), indent=2, ensure_ascii=False) + "\n"
    jobs = _radiocheck("check", *map(str, FILES), "--format", "json", "--exit-zero", "-j", "2")
    assert jobs.returncode == 0, jobs.stderr
    assert jobs.stdout == run.out


def test_no_file_checked_is_an_empty_array(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = cli("check", str(tmp_path / "missing.radio"), "--format", "json")
    assert (run.code, run.out) == (2, "[]\n")


def test_numbers_pydantic_core_writes_otherwise_are_written_as_json_dumps_does() -> None:
    """Floats in [1e-9, 1e-4) (pydantic-core: ``0.00001``, ``3.4e-6``), NaN and
    infinities, and a list item of a subclass: the same text as ``json.dumps``."""
    report = check(read_transcript(RANGER), None)
    first, second = report.events[0], report.events[1]
    first.confidence = 1e-05
    second.confidence = 3.4e-06
    report.verdicts[0].confidence = 9.99e-05
    first.seconds = 1.5e-09
    second.seconds = math.nan
    report.events[3].seconds = -math.inf

    class Louder(type(second)):  # type: ignore[misc]
        """An event of a subclass: written as the field declares it, without ``volume``."""

        volume: int = 11

    third = report.events[2]
    report.events[2] = Louder(**{f.name: getattr(third, f.name) for f in fields(third)})
    text = _streamed([report, check(read_transcript(FILES[1]), None)])
    assert "1e-05" in text and "3.4e-06" in text and "1.5e-09" in text and "volume" not in text
    assert text == _reference([report, check(read_transcript(FILES[1]), None)])


def test_a_long_report_is_written_in_bounded_pieces(tmp_path: Path) -> None:
    """One file of 600 utterances: many writes, none much larger than the buffer."""
    lines = RANGER.read_text(encoding="utf-8").splitlines()
    talk = [
        f"07:{i // 60 % 60:02d}:{i % 60:02d} Ranger -> French warship: Roger. {i}"
        for i in range(600)
    ]
    long = tmp_path / "long.radio"
    long.write_text("\n".join([*lines, *talk]) + "\n", encoding="utf-8")
    report = check(read_transcript(long), None)
    writes: list[str] = []

    class Out:
        def write(self, text: str) -> None:
            writes.append(text)

        def flush(self) -> None:
            pass

    writer = Streamed("json", Out())  # type: ignore[arg-type]
    writer.add(pieces("json", report))
    writer.close()
    assert "".join(writes) == _reference([report])
    assert len("".join(writes)) > 4 * BUFFER
    assert len(writes) > 4
    assert max(map(len, writes)) < 2 * BUFFER


def _copies(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = [folder / "a.radio", folder / "b.radio"]
    for p in paths:
        shutil.copy(RANGER, p)
    return paths


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_a_file_is_written_while_the_next_is_still_being_checked(fmt: str, tmp_path: Path) -> None:
    """``--jobs 2``, the worker of b.radio sleeping a minute (the test hook of
    checker/runner/pool.py): a.radio's whole report reaches the reader before."""
    a, b = _copies(tmp_path / "two")
    with subprocess.Popen(
        [
            sys.executable,
            "-B",
            "-m",
            "checker.cli",
            "check",
            str(a),
            str(b),
            "-j",
            "2",
            "--format",
            fmt,
        ],
        cwd=ROOT,
        env={**os.environ, "RADIOCHECK_TEST_FAULT": "sleep:b.radio"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    ) as proc:
        assert proc.stdout is not None
        got = b""
        whole = False
        deadline = time.monotonic() + 45  # the sleep is 60 s
        try:
            while not whole and time.monotonic() < deadline:
                ready, _, _ = select.select([proc.stdout], [], [], 1)
                if ready:
                    got += os.read(proc.stdout.fileno(), 1 << 16)
                    whole = _has_first_report(got.decode("utf-8"), fmt)
        finally:
            os.killpg(proc.pid, signal.SIGKILL)
    assert whole, got[-200:]
    assert b"b.radio" not in got


def _has_first_report(text: str, fmt: str) -> bool:
    if fmt == "jsonl":
        return any(
            '"type": "summary"' in line
            for line in text.splitlines(keepends=True)
            if line.endswith("\n")
        )
    try:
        reports = json.loads(text + "\n]")
    except json.JSONDecodeError:
        return False
    return len(reports) == 1 and reports[0]["source"]["path"].endswith("a.radio")


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_output_file_has_the_bytes_of_stdout(fmt: str, jobs: str, tmp_path: Path) -> None:
    out = tmp_path / f"report.{fmt}"
    files = [*map(str, FILES), str(tmp_path / "missing.radio")]
    to_stdout = _radiocheck("check", *files, "--format", fmt, "-j", jobs)
    to_file = _radiocheck("check", *files, "--format", fmt, "-j", jobs, "-o", str(out))
    assert to_stdout.returncode == to_file.returncode == 2
    assert to_file.stdout == ""
    assert out.read_text(encoding="utf-8") == to_stdout.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temporary left
