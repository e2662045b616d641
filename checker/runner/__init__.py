"""``radiocheck test``'s runner: find transcripts, check each, compare with its ``@expect``.

The comparison itself is pure and sits low (:mod:`checker.report.expect`, which
``check`` also uses for its RC310 warnings); this package sits above the public API,
beside the commands, so it calls :func:`checker.api.check` itself. Files are checked
in worker processes when asked, through the one ordered parallel map of
:mod:`checker.runner.pool` that ``check --jobs`` uses too: results in input order, a
killed worker's file reported as not checked, Ctrl-C stopping the workers at once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from checker import api
from checker.diagnostics import InputError, make
from checker.protocol.model import Event
from checker.report.expect import evaluate, undeclared
from checker.report.model import Report
from checker.report.results import ExpectationResult, FileResult, FileStatus, TestResult
from checker.report.words import narration_text
from checker.runner.pool import ordered_map, test_fault
from checker.transcript.discover import (
    RECORDING_SUFFIXES,
    discover,
    recording_for,
    refused_diagnostic,
)
from checker.vocabulary import Severity

__all__ = [
    "describe_failure",
    "discover",
    "file_result",
    "recording_for",
    "recordings_supported",
    "refused_diagnostic",
    "run",
    "test",
]

#: What a file whose worker process was killed says (it was not checked: exit 2).
KILLED = (
    "not checked: the process checking it was killed (out of memory, or a signal); "
    "the other files were checked"
)


def test(  # noqa: PLR0913  the options of a run, keyword-only
    paths: Sequence[str | Path],
    *,
    jobs: int | None = None,
    rules: str | None = None,
    fail_on: Severity | None = None,
    progress: Callable[[int, int], None] | None = None,
    allow_outside: bool = False,
) -> TestResult:
    """Check every transcript under ``paths`` against its ``@expect`` lines.

    ``jobs`` parallel processes (default: the number of cores; the result does not
    depend on it); ``rules`` overrides each file's ``@rules``; ``fail_on`` also fails
    violated verdicts of that severity or worse that no ``@expect`` line names;
    ``allow_outside`` lets ``@rules`` name a file outside each transcript's project.
    ``progress`` is called with (done, total) after each file.
    """
    refused: list[Path] = []
    files = discover(paths, refused)
    results = [
        FileResult(path=str(p), status="error", diagnostics=[refused_diagnostic(p)])
        for p in refused
    ]
    checked = run(files, jobs=jobs, rules=rules, fail_on=fail_on, allow_outside=allow_outside)
    for i, result in enumerate(checked, 1):
        results.append(result)
        if progress:
            progress(i, len(files))
    return TestResult(files=results)


test.__test__ = False  # type: ignore[attr-defined]  # not a pytest test when imported


def run(
    files: Sequence[Path],
    *,
    jobs: int | None = None,
    rules: str | None = None,
    fail_on: Severity | None = None,
    allow_outside: bool = False,
) -> Iterator[FileResult]:
    """Each file's :class:`FileResult`, in input order, from ``jobs`` processes
    (default: the number of cores). Processes are started with ``spawn`` on every
    platform, which behaves the same everywhere and is safe beside the threads of a
    progress bar."""
    work = partial(check_file, rules=rules, fail_on=fail_on, allow_outside=allow_outside)
    return ordered_map(work, files, jobs or os.cpu_count() or 1, killed)


def check_file(
    path: Path, rules: str | None, fail_on: Severity | None, allow_outside: bool = False
) -> FileResult:
    """Check one file and compare it with its expectations. Module-level, so that
    worker processes can run it; what cannot be read is an ``error`` result."""
    test_fault(path)
    shown = str(path)
    if path.suffix in RECORDING_SUFFIXES and not recordings_supported():
        return FileResult(
            path=shown, status="skipped", note="recordings cannot be read by this version"
        )
    if not path.exists():
        diag = make("RC001", f"no such file or folder: {shown}", path=shown)
        return FileResult(path=shown, status="error", diagnostics=[diag])
    try:
        report = api.check(path, rules, allow_outside=allow_outside)
    except InputError as exc:
        return FileResult(path=shown, status="error", diagnostics=exc.diagnostics)
    return file_result(report, shown, fail_on)


def killed(path: Path) -> FileResult:
    """The result of a file whose worker process was killed."""
    return FileResult(path=str(path), status="error", note=KILLED)


# --- results -----------------------------------------------------------------


def _excerpt(e: Event) -> str:
    clock = f"{e.clock} " if e.clock else ""
    if e.kind == "narration" and e.narration is not None:
        return f"{clock}* {narration_text(e.narration)}"
    who = (e.speaker_name or e.speaker or "?") + (
        f" -> {e.addressee_name or e.addressee}" if e.addressee else ""
    )
    return f"{clock}{who}: {e.text or ''}"


def file_result(report: Report, path: str, fail_on: Severity | None = None) -> FileResult:
    """The :class:`FileResult` of one checked report."""
    sidecar = Path(path).with_suffix(".radio")
    base: dict[str, Any] = {
        "path": path,
        "sidecar": str(sidecar) if Path(path).suffix in RECORDING_SUFFIXES else None,
        "title": report.title,
        "ruleset": report.ruleset.id if report.ruleset else None,
        "diagnostics": report.diagnostics,
    }
    if not report.checked:
        failed = FileResult(status="error", **base)
        failed._seconds = report._seconds
        return failed
    results = evaluate(report) + (undeclared(report, fail_on) if fail_on else [])
    events = {e.line: e for e in report.events}
    wanted = {n for r in results if not r.passed for n in r.lines}
    excerpts = {n: _excerpt(events[n]) for n in sorted(wanted) if n in events}
    status: FileStatus = "passed" if all(r.passed for r in results) else "failed"
    note = None if report.expectations else "no @expect lines"
    done = FileResult(status=status, expectations=results, excerpts=excerpts, note=note, **base)
    done._seconds = report._seconds
    return done


def describe_failure(f: FileResult, e: ExpectationResult) -> list[str]:
    """One failed expectation: where, the diff, and the transcript lines it rests on."""
    where = f"{f.expect_file}:{e.line}" if e.line else f.path
    out = [f"{where}: {e.source}"]
    out += [f"    {line}" for line in e.diff()]
    out += [f"    line {n}: {f.excerpts[n]}" for n in e.lines if n in f.excerpts]
    return out


# --- finding and running -----------------------------------------------------


def recordings_supported() -> bool:
    """True once the recording readers (``checker.transcript.formats``) exist."""
    try:
        return find_spec("checker.transcript.formats") is not None
    except ImportError:
        return False
