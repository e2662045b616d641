"""Issue 16, items 6 and 10: output files are whole or untouched; ``--jobs`` survives
Ctrl-C and a killed worker.

Real processes throughout: a full disk is a file-size limit (RLIMIT_FSIZE, with
SIGXFSZ ignored, so a write fails with EFBIG as on a full device); Ctrl-C is a SIGINT
sent to the run's whole process group, as a terminal sends it; a worker is killed by
the test-only hook ``RADIOCHECK_TEST_FAULT`` (checker/runner/pool.py), which makes
the worker checking one named file kill itself, fail, or sleep.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.resources import write_atomic
from tests.conftest import RANGER, ROOT, Run

VTT = ROOT / "transcripts" / "asr" / "ranger-vtt.vtt"
OLD = "the previous file, which must survive\n"


def _radiocheck(
    *args: str, limit: int | None = None, env: dict[str, str] | None = None, **kw: object
) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a fresh process, optionally on a 'disk' that holds ``limit`` bytes."""

    def small_disk() -> None:
        if limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-B", "-m", "checker.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "NO_COLOR": "1", **(env or {})},
        preexec_fn=small_disk,
        timeout=300,
        check=False,
        **kw,  # type: ignore[arg-type]
    )


def _only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- item 6: every output file is written whole, or not at all ----------------------


@pytest.mark.parametrize(
    "args",
    [
        ["review", str(RANGER), "-o", "{out}"],
        [
            "test",
            str(ROOT / "transcripts" / "rules"),
            "--jobs",
            "1",
            "--format",
            "junit",
            "-o",
            "{out}",
        ],
        ["convert", str(VTT), "-o", "{out}"],
    ],
    ids=["review-page", "test-junit", "convert"],
)
def test_a_full_disk_leaves_the_previous_file_intact(tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "out.file"
    out.write_text(OLD, encoding="utf-8")
    run = _radiocheck(*(a.format(out=out) for a in args), limit=1000)
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    assert out.read_text(encoding="utf-8") == OLD
    assert _only(tmp_path) == ["out.file"]  # no temporary file left behind


def test_a_full_disk_leaves_the_previous_baseline_intact(tmp_path: Path) -> None:
    """``--write-baseline`` goes through the same writer (its exit code for a write
    error is item 8's; here: the previous baseline is never truncated)."""
    baseline = tmp_path / "baseline.json"
    baseline.write_text(OLD, encoding="utf-8")
    run = _radiocheck(
        "check",
        *[str(RANGER)] * 8,
        "--format",
        "json",
        "--write-baseline",
        str(baseline),
        limit=100,
    )
    assert run.returncode != 0
    assert baseline.read_text(encoding="utf-8") == OLD
    assert _only(tmp_path) == ["baseline.json"]


def test_outputs_are_written_and_keep_the_previous_mode(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_text(OLD, encoding="utf-8")
    page.chmod(0o640)
    assert cli("review", str(RANGER), "-o", str(page)).code == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert stat.S_IMODE(page.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.radio"
    assert cli("convert", str(VTT), "-o", str(fresh)).code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
    assert _only(tmp_path) == ["fresh.radio", "page.html"]


def test_a_symlink_is_written_through_and_a_device_written_to(tmp_path: Path) -> None:
    real = tmp_path / "real.html"
    real.write_text(OLD, encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(real)
    write_atomic(link, "new\n")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new\n"
    write_atomic(os.devnull, "nothing\n")  # not replaced by a regular file
    assert not Path(os.devnull).is_file()


def test_a_failed_write_removes_its_temporary_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(IsADirectoryError):
        write_atomic(folder, "x")
    assert _only(tmp_path) == ["folder"] and _only(folder) == []


def test_two_writers_never_mix_their_pages(tmp_path: Path) -> None:
    """Two reviews written to one page at once leave one whole page, not a mix."""
    page = tmp_path / "page.html"
    other = ROOT / "transcripts" / "real" / "el-faro.radio"
    expected = {_radiocheck("review", str(f), "-o", "-").stdout for f in (RANGER, other)}
    for _ in range(3):
        procs = [
            subprocess.Popen(
                [sys.executable, "-B", "-m", "checker.cli", "review", str(f), "-o", str(page)],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for f in (RANGER, other)
        ]
        assert [p.wait(timeout=300) for p in procs] == [0, 0]
        assert page.read_text(encoding="utf-8") in expected
    assert _only(tmp_path) == ["page.html"]


# --- one file that fails never costs the others their reports ----------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Four transcripts; ``b.radio`` is the one the fault hook picks."""
    case = tmp_path / "case"
    case.mkdir()
    for name, source in zip(
        "abcd",
        ["channel/ranger-2025", "real/el-faro", "real/kaniva-2012", "real/moonlight-maid"],
        strict=True,
    ):
        shutil.copy(ROOT / "transcripts" / f"{source}.radio", case / f"{name}.radio")
    return case


def _sources(stdout: str) -> list[str]:
    return [Path(r["source"]["path"]).name for r in json.loads(stdout)]


def test_an_unreadable_file_in_a_folder_keeps_the_others(
    cli: Callable[..., Run], folder: Path
) -> None:
    (folder / "b.radio").write_bytes(b"\x00\x01binary\x00")
    run = cli("check", str(folder), "--format", "json", "--exit-zero")
    assert run.code == 2
    assert _sources(run.out) == ["a.radio", "c.radio", "d.radio"]
    assert "b.radio" in run.err and "RC003" in run.err


def test_a_bug_in_one_file_keeps_the_others(folder: Path) -> None:
    run = _radiocheck(
        "check",
        str(folder),
        "--jobs",
        "2",
        "--format",
        "json",
        "--exit-zero",
        env={"RADIOCHECK_TEST_FAULT": "raise:b.radio"},
    )
    assert run.returncode == 3
    assert _sources(run.stdout) == ["a.radio", "c.radio", "d.radio"]
    assert "b.radio: internal error" in run.stderr and "Traceback" not in run.stderr


# --- item 10 and item 8's killed worker ------------------------------------------------


def test_a_killed_worker_is_reported_for_its_file_and_the_run_goes_on(folder: Path) -> None:
    run = _radiocheck(
        "check",
        str(folder),
        "--jobs",
        "2",
        "--format",
        "json",
        "--exit-zero",
        env={"RADIOCHECK_TEST_FAULT": "kill:b.radio"},
    )
    assert run.returncode == 2, run.stderr
    assert _sources(run.stdout) == ["a.radio", "c.radio", "d.radio"]
    assert "b.radio: error: not checked: the process checking it was killed" in run.stderr
    for name in ("a.radio", "c.radio", "d.radio"):
        assert name not in run.stderr  # the others are not blamed
    assert "Traceback" not in run.stderr


def _sleeping_run(command: str, folder: Path, *args: str) -> subprocess.Popen[str]:
    """``radiocheck COMMAND FOLDER --jobs 2 ARGS`` in a process group of its own (as a
    terminal runs it), the worker given b.radio asleep."""
    return subprocess.Popen(
        [sys.executable, "-B", "-m", "checker.cli", command, str(folder), "--jobs", "2", *args],
        cwd=ROOT,
        env={**os.environ, "NO_COLOR": "1", "RADIOCHECK_TEST_FAULT": "sleep:b.radio"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _finish(proc: subprocess.Popen[str]) -> tuple[str, str]:
    """The run's stdout and stderr once it ends (its group killed if it hangs)."""
    try:
        return proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        raise


@pytest.mark.parametrize("presses", [1, 2])
def test_ctrl_c_with_jobs_stops_cleanly_and_says_what_was_not_checked(
    folder: Path, presses: int
) -> None:
    """SIGINT to the whole process group, as a terminal sends it, once or twice: exit
    130 at once, no worker traceback, and stderr names the files not checked."""
    with _sleeping_run("check", folder, "--format", "jsonl") as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()  # a.radio is done; b.radio's worker sleeps
        assert '"source": ' in first and "a.radio" in first
        for _ in range(presses):
            os.killpg(proc.pid, signal.SIGINT)
            time.sleep(0.05)
        started = time.monotonic()
        out, err = _finish(proc)
    assert proc.returncode == 130, err
    assert time.monotonic() - started < 30  # the sleeping worker was not waited for
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert "interrupted: 3 of 4 files not checked" in err
    assert "b.radio" in err and "d.radio" in err
    assert "b.radio" not in out  # nothing half-written for the files not checked


def test_ctrl_c_while_workers_start_prints_no_traceback(folder: Path) -> None:
    """SIGINT to the process group at moments swept across the workers' start, while
    they may still be importing (before their initializer ignores it): each run exits
    130 without a traceback. A worker's KeyboardInterrupt traceback, cut short when
    it was terminated, used to come out in about one run in six of such a sweep."""
    for k in range(16):
        with _sleeping_run("check", folder) as proc:
            time.sleep(0.2 + 0.025 * k)
            os.killpg(proc.pid, signal.SIGINT)
            _, err = _finish(proc)
        # 130; or killed by the signal itself, before Python had set up its handler
        # (the shell reports both as 130)
        assert proc.returncode in (130, -signal.SIGINT), err
        assert "Traceback" not in err and "KeyboardInterrupt" not in err, err


def test_an_interrupt_while_a_class_is_defined_is_still_an_interrupt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl-C while a model class is defined (a lazy import) comes out of Python 3.11
    as RuntimeError("Error calling __set_name__ ..."); the error boundaries (the
    CLI's, a file's in ``check``, an utterance's in ``classify``) pass it on as the
    interrupt, not as a bug (a CI run exited 3 "internal error" on a Ctrl-C)."""
    from checker.phraseology import classifier
    from checker.process import interrupted_by

    class Interrupting:
        def __set_name__(self, owner: type, name: str) -> None:
            raise KeyboardInterrupt

    caught: BaseException | None = None
    try:
        type("Model", (), {"field": Interrupting()})
    except BaseException as exc:  # RuntimeError on 3.11, the interrupt itself later
        caught = exc
    assert caught is not None and interrupted_by(caught)
    assert not interrupted_by(RuntimeError("a bug"))

    def interrupted(*args: object) -> None:
        raise RuntimeError("Error calling __set_name__") from KeyboardInterrupt()

    monkeypatch.setattr(classifier, "_classify", interrupted)
    with pytest.raises(KeyboardInterrupt):
        classifier.classify("we are sinking")


def test_a_ctrl_c_python_swallows_still_stops_a_jobs_run(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """A KeyboardInterrupt raised in a weakref callback (the import system's module-lock
    callback, when Ctrl-C lands in a lazy import) cannot propagate: Python printed
    "Exception ignored in: …" with its traceback and went on, and a ``--jobs`` run then
    waited for its workers (a CI sweep above hung 60 s so). The console script's hook
    (:func:`checker.process.latch_interrupts`) keeps it silently and the pool's wait
    raises it: here real workers sleep 30 s and the run stops within seconds."""
    import threading
    import weakref

    from checker import process
    from checker.runner import pool

    monkeypatch.setattr(process, "_SWALLOWED", [])
    saved = sys.unraisablehook
    lost: list[object] = []

    def swallowed() -> None:  # as Python does with a Ctrl-C in a weakref callback
        class Held:
            pass

        def callback(_: object) -> None:
            raise KeyboardInterrupt

        held = Held()
        lost.append(weakref.ref(held, callback))
        del held

    try:
        process.latch_interrupts()
        threading.Timer(1.0, swallowed).start()
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            list(pool.ordered_map(time.sleep, [30.0, 30.0], 2, lambda _: None))  # type: ignore[arg-type]
        assert time.monotonic() - started < 15
        assert process.interrupt_kept()
    finally:
        sys.unraisablehook = saved
    err = capfd.readouterr().err
    assert "Exception ignored" not in err and "KeyboardInterrupt" not in err, err


# --- ``test --jobs`` runs on the same ordered map ------------------------------------


def test_test_jobs_reports_a_killed_worker_and_keeps_the_order(folder: Path) -> None:
    """``radiocheck test --jobs`` shares ``check --jobs``'s map: the killed worker's file
    is an error (exit 2) named on stderr, the others are tested, all in input order."""
    run = _radiocheck(
        "test",
        str(folder),
        "--jobs",
        "2",
        "--format",
        "json",
        env={"RADIOCHECK_TEST_FAULT": "kill:b.radio"},
    )
    assert run.returncode == 2, run.stderr
    files = json.loads(run.stdout)["files"]
    assert [Path(f["path"]).name for f in files] == ["a.radio", "b.radio", "c.radio", "d.radio"]
    assert [f["status"] for f in files] == ["passed", "error", "passed", "passed"]
    assert "b.radio: error: not checked: the process checking it was killed" in run.stderr
    for name in ("a.radio", "c.radio", "d.radio"):
        assert name not in run.stderr  # the others are not blamed
    assert "Traceback" not in run.stderr


def test_test_jobs_gives_the_result_of_one_job(folder: Path) -> None:
    one, two = (_radiocheck("test", str(folder), "--jobs", n, "--format", "json") for n in "12")
    assert (one.returncode, two.returncode) == (0, 0), one.stderr + two.stderr
    assert one.stdout == two.stdout


def test_ctrl_c_in_test_jobs_stops_cleanly_and_says_what_was_not_tested(folder: Path) -> None:
    with _sleeping_run("test", folder) as proc:
        time.sleep(5)  # the workers have started; b.radio's sleeps
        os.killpg(proc.pid, signal.SIGINT)
        started = time.monotonic()
        out, err = _finish(proc)
    assert proc.returncode == 130, err
    assert time.monotonic() - started < 30  # the sleeping worker was not waited for
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert "of 4 files not checked" in err and "b.radio" in err and "d.radio" in err
    assert out == ""  # no table of a run that did not finish


def test_after_ctrl_c_a_pool_s_bad_descriptor_at_exit_is_not_printed() -> None:
    """The hook the console script sets after an interruption drops the one error
    CPython 3.11's process pool can raise at exit (EBADF on its wake-up pipe), and
    passes any other to Python's own hook."""
    code = (
        "import errno, sys\n"
        "from checker.cli import _quiet_after_interrupt\n"
        "sys.unraisablehook = _quiet_after_interrupt\n"
        "class Pipe:\n"
        "    def __init__(self, err): self.err = err\n"
        "    def __del__(self): raise self.err\n"
        "Pipe(OSError(errno.EBADF, 'Bad file descriptor'))\n"
        "Pipe(ValueError('kept'))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert "Bad file descriptor" not in run.stderr
    assert "ValueError: kept" in run.stderr
