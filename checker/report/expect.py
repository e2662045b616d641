"""Compare a report with the ``@expect`` lines of its transcript (``radiocheck test``).

:func:`evaluate` is a pure function of a :class:`Report`, so each expectation form can
be tested on reports built by hand. It sits in the report package, below
``checker.api``, so that ``check`` warns of unmet expectations itself (:func:`unmet`,
RC310) and ``radiocheck test`` (``checker.runner``) fails on the same ones.

Names in expectations are matched as the transcript format matches names: station
ids and aliases case-insensitively, party codes and rule codes case-insensitively.
Suppressed verdicts still count: an expectation tests what the checker found, while
suppression only decides what ``check`` reports and its exit code.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from checker.diagnostics import Diagnostic, make
from checker.protocol.model import Event, ResponsibilitySpan
from checker.report.results import ExpectationResult
from checker.rules.model import Verdict
from checker.transcript.model import Expectation, LedgerEntry, Transcript
from checker.vocabulary import SEVERITY_RANK, Severity

if TYPE_CHECKING:
    from checker.report.model import Report

__all__ = ["evaluate", "undeclared", "unmet"]


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


def unmet(report: Report, transcript: Transcript) -> list[Diagnostic]:
    """Each unmet ``@expect`` line as a warning at that line (RC310), so that ``check``
    says what ``radiocheck test`` would fail on (issue 5)."""
    out = []
    for r in evaluate(report):
        if r.passed or r.form == "undeclared":
            continue
        lines = f" (lines {', '.join(map(str, r.lines))})" if r.lines else ""
        src = transcript.source_lines
        out.append(
            make(
                "RC310",
                f"expectation not met: expected {r.expected}; found {r.actual or 'nothing'}{lines}",
                path=transcript.path,
                line=r.line,
                column=1,
                source_line=src[r.line - 1] if r.line <= len(src) else None,
            )
        )
    return out


def undeclared(report: Report, fail_on: Severity) -> list[ExpectationResult]:
    """Violated verdicts at or above ``fail_on`` that no ``@expect violated`` line names.

    These fail ``radiocheck test --fail-on``: a corpus then also catches a rule that
    starts firing where nobody expected it.
    """
    names = _Names(report)
    declared = [x for x in report.expectations if x.form == "outcome" and x.outcome == "violated"]
    floor = SEVERITY_RANK[fail_on]
    out = []
    for v in report.verdicts:
        if v.outcome != "violated" or SEVERITY_RANK[v.severity] < floor:
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
