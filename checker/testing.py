"""``radiocheck test``: compare a report with the ``@expect`` lines of its transcript.

:func:`evaluate` is a pure function of a :class:`Report`, so each expectation form can
be tested on reports built by hand; :func:`run_tests` finds transcripts, checks them
(in parallel processes when asked) and evaluates each. This module sits below
``checker.api`` in the layers, so it cannot call ``check`` itself: the caller passes it
in (``checker.api.test`` does), which also lets tests substitute a checker.

Names in expectations are matched as the transcript format matches names: station
ids and aliases case-insensitively, party codes and rule codes case-insensitively.
Suppressed verdicts still count: an expectation tests what the checker found, while
suppression only decides what ``check`` reports and its exit code.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from importlib.util import find_spec
from pathlib import Path

from checker.diagnostics import InputError, make
from checker.protocol.model import Event, ResponsibilitySpan
from checker.report.model import Report
from checker.report.results import ExpectationResult, FileResult, TestResult
from checker.report.words import narration_text
from checker.rules.model import Verdict
from checker.transcript.discover import (
    RECORDING_SUFFIXES,
    discover,
    recording_for,
    refused_diagnostic,
)
from checker.transcript.model import Expectation, LedgerEntry

__all__ = [
    "ExpectationResult",
    "FileResult",
    "TestResult",
    "describe_failure",
    "discover",
    "evaluate",
    "file_result",
    "recording_for",
    "recordings_supported",
    "run_tests",
    "undeclared",
]

CheckFn = Callable[[Path, str | None], Report]
_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


# --- names -------------------------------------------------------------------


class _Names:
    """Station ids and aliases of one report, for matching what a person typed."""

    def __init__(self, report: Report) -> None:
        self._ids: dict[str, str] = {}
        for s in report.stations:
            for name in (s.id, *s.aliases):
                self._ids.setdefault(name.casefold(), s.id)

    def same(self, typed: str | None, actual: str | None) -> bool:
        """True when ``typed`` names the station (or casualty) ``actual``."""
        if typed is None:
            return True
        if actual is None:
            return False
        key = typed.casefold()
        return self._ids.get(key, typed).casefold() == actual.casefold()


def _same_code(typed: str | None, actual: str | None) -> bool:
    return typed is None or (actual is not None and typed.casefold() == actual.casefold())


# --- ledgers -----------------------------------------------------------------


def _entry_text(e: LedgerEntry) -> str:
    who = "none" if e.party is None else e.party + (f"/{e.station}" if e.station else "")
    return f"{who} {e.how}" if e.how else who


def _span_text(s: ResponsibilitySpan) -> str:
    if s.party is None:
        return "none " + ("aware" if s.aware else "unaware")
    return s.party + (f"/{s.station}" if s.station else "") + f" {s.how}"


def _entry_matches(e: LedgerEntry, s: ResponsibilitySpan, names: _Names) -> bool:
    if e.party is None:
        if s.party is not None:
            return False
        return e.how is None or (e.how == "aware") == bool(s.aware)
    return (
        _same_code(e.party, s.party)
        and (e.station is None or names.same(e.station, s.station))
        and (e.how is None or e.how == s.how)
    )


def _spans(x: Expectation, report: Report, names: _Names) -> list[ResponsibilitySpan]:
    spans = [
        s
        for s in report.responsibility
        if s.level == x.level and names.same(x.casualty, s.casualty)
    ]
    return sorted(spans, key=lambda s: s.from_line)


def _span_lines(spans: Iterable[ResponsibilitySpan]) -> list[int]:
    return sorted({n for s in spans for n in (s.from_line, *s.evidence)})


def _responsible(x: Expectation, report: Report, names: _Names) -> ExpectationResult:
    spans = _spans(x, report, names)
    last = spans[-1] if spans else None
    expected = _entry_text(x.entries[0]) if x.entries else "?"
    passed = last is not None and bool(x.entries) and _entry_matches(x.entries[0], last, names)
    actual = _span_text(last) if last else f"no {x.level} interval for {x.casualty}"
    lines = _span_lines([last]) if last else []
    return _result(x, passed, expected, actual, lines)


def _ledger(x: Expectation, report: Report, names: _Names) -> ExpectationResult:
    spans = _spans(x, report, names)
    passed = len(spans) == len(x.entries) and all(
        _entry_matches(e, s, names) for e, s in zip(x.entries, spans, strict=True)
    )
    expected = ", ".join(_entry_text(e) for e in x.entries)
    actual = ", ".join(_span_text(s) for s in spans) or f"no {x.level} interval for {x.casualty}"
    return _result(x, passed, expected, actual, sorted({s.from_line for s in spans}))


# --- verdicts ----------------------------------------------------------------


def _selects(x: Expectation, v: Verdict, names: _Names) -> bool:
    return (
        _same_code(x.rule, v.rule)
        and _same_code(x.party, v.party)
        and (x.casualty is None or names.same(x.casualty, v.casualty))
    )


def _verdict_text(v: Verdict) -> str:
    text = f"{v.outcome} {v.rule}"
    if v.party:
        text += f" party={v.party}"
    if v.casualty:
        text += f" casualty={v.casualty}"
    if v.excused_by:
        text += f" (by {v.excused_by})"
    return text


def _selector_text(x: Expectation, outcome: str) -> str:
    text = f"{outcome} {x.rule}"
    if x.party:
        text += f" party={x.party}"
    if x.casualty:
        text += f" casualty={x.casualty}"
    return text


def _outcome(x: Expectation, report: Report, names: _Names) -> ExpectationResult:
    chosen = [v for v in report.verdicts if _selects(x, v, names)]
    hits = [v for v in chosen if v.outcome == x.outcome]
    shown = hits or chosen or [v for v in report.verdicts if _same_code(x.rule, v.rule)]
    actual = "; ".join(_verdict_text(v) for v in shown) or f"no verdict for {x.rule}"
    lines = sorted({n for v in shown for n in v.evidence})
    return _result(x, bool(hits), _selector_text(x, x.outcome or "?"), actual, lines)


def _not_violated(x: Expectation, report: Report, names: _Names) -> ExpectationResult:
    chosen = [v for v in report.verdicts if _selects(x, v, names)]
    bad = [v for v in chosen if v.outcome == "violated"]
    actual = "; ".join(_verdict_text(v) for v in (bad or chosen)) or f"no verdict for {x.rule}"
    lines = sorted({n for v in (bad or chosen) for n in v.evidence})
    return _result(x, not bad, _selector_text(x, "not-violated"), actual, lines)


# --- acts --------------------------------------------------------------------


def _words(text: str) -> str:
    return " ".join(text.casefold().split())


def _utterance(x: Expectation, report: Report) -> Event | None:
    needle = _words(x.text or "")
    return next(
        (
            e
            for e in report.events
            if e.kind == "utterance" and e.text is not None and needle in _words(e.text)
        ),
        None,
    )


def _act(x: Expectation, report: Report, names: _Names) -> ExpectationResult:
    event = _utterance(x, report)
    expected = x.kinds[0] if x.kinds else "?"
    if event is None:
        return _result(x, False, expected, f'no utterance contains "{x.text}"', [])
    actual = event.primary or "unclassified"
    return _result(x, actual == expected, expected, actual, [event.line])


def _acts(x: Expectation, report: Report, names: _Names) -> ExpectationResult:
    event = _utterance(x, report)
    expected = ", ".join(x.kinds)
    if event is None:
        return _result(x, False, expected, f'no utterance contains "{x.text}"', [])
    kinds = [a.kind for a in event.acts]
    return _result(x, kinds == x.kinds, expected, ", ".join(kinds) or "(no acts)", [event.line])


# --- evaluation --------------------------------------------------------------


def _result(
    x: Expectation, passed: bool, expected: str, actual: str, lines: list[int]
) -> ExpectationResult:
    return ExpectationResult(
        line=x.line,
        source=x.source,
        form=x.form,
        passed=passed,
        expected=expected,
        actual=actual,
        lines=lines,
        rule=x.rule,
    )


_FORMS = {
    "responsible": _responsible,
    "ledger": _ledger,
    "outcome": _outcome,
    "not-violated": _not_violated,
    "act": _act,
    "acts": _acts,
}


def evaluate(report: Report) -> list[ExpectationResult]:
    """Each of the report's expectations, met or not, in file order."""
    names = _Names(report)
    return [_FORMS[x.form](x, report, names) for x in report.expectations]


def undeclared(report: Report, fail_on: str) -> list[ExpectationResult]:
    """Violated verdicts at or above ``fail_on`` that no ``@expect violated`` line names.

    These fail ``radiocheck test --fail-on``: a corpus then also catches a rule that
    starts firing where nobody expected it.
    """
    names = _Names(report)
    declared = [x for x in report.expectations if x.form == "outcome" and x.outcome == "violated"]
    floor = _SEVERITY_RANK[fail_on]
    out = []
    for v in report.verdicts:
        if v.outcome != "violated" or _SEVERITY_RANK[v.severity] < floor:
            continue
        if any(_selects(x, v, names) for x in declared):
            continue
        out.append(
            ExpectationResult(
                line=min(v.evidence, default=0),
                source=f"(no @expect line for {_verdict_text(v)})",
                form="undeclared",
                passed=False,
                expected=f"no {v.severity} violated without an @expect line",
                actual=_verdict_text(v),
                lines=sorted(v.evidence),
                rule=v.rule,
            )
        )
    return out


def _excerpt(e: Event) -> str:
    clock = f"{e.clock} " if e.clock else ""
    if e.kind == "narration" and e.narration is not None:
        return f"{clock}* {narration_text(e.narration)}"
    who = (e.speaker_name or e.speaker or "?") + (
        f" -> {e.addressee_name or e.addressee}" if e.addressee else ""
    )
    return f"{clock}{who}: {e.text or ''}"


def file_result(report: Report, path: str, fail_on: str | None = None) -> FileResult:
    """The :class:`FileResult` of one checked report."""
    sidecar = Path(path).with_suffix(".radio")
    base = {
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
    status = "passed" if all(r.passed for r in results) else "failed"
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


def _check_one(path: Path, check: CheckFn, rules: str | None, fail_on: str | None) -> FileResult:
    shown = str(path)
    if path.suffix in RECORDING_SUFFIXES and not recordings_supported():
        return FileResult(
            path=shown, status="skipped", note="recordings cannot be read by this version"
        )
    if not path.exists():
        diag = make("RC001", f"no such file or folder: {shown}", path=shown)
        return FileResult(path=shown, status="error", diagnostics=[diag])
    try:
        report = check(path, rules)
    except InputError as exc:
        return FileResult(path=shown, status="error", diagnostics=exc.diagnostics)
    return file_result(report, shown, fail_on)


def run_tests(
    paths: Sequence[str | Path],
    *,
    check: CheckFn,
    jobs: int | None = None,
    rules: str | None = None,
    fail_on: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> TestResult:
    """Check every transcript under ``paths`` and evaluate its expectations.

    ``jobs`` processes (default: the number of cores) check files in parallel;
    results come back in input order, so the output does not depend on ``jobs``.
    Processes are started with ``spawn`` on every platform, which behaves the same
    everywhere and is safe beside the threads of a progress bar. ``progress`` is
    called with (done, total) after each file.
    """
    refused: list[Path] = []
    files = discover(paths, refused)
    workers = min(jobs or os.cpu_count() or 1, len(files))
    results = [
        FileResult(path=str(p), status="error", diagnostics=[refused_diagnostic(p)])
        for p in refused
    ]
    if workers <= 1:
        for i, f in enumerate(files, 1):
            results.append(_check_one(f, check, rules, fail_on))
            if progress:
                progress(i, len(files))
        return TestResult(files=results)
    # imported here: ``check`` evaluates @expect lines through this module, and a
    # one-file check should not pay for starting up multiprocessing (about 6 ms)
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from multiprocessing import get_context

    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(_check_one, f, check, rules, fail_on) for f in files]
        for i, _ in enumerate(as_completed(futures), 1):
            if progress:
                progress(i, len(files))
        results = [f.result() for f in futures]
    return TestResult(files=results)
