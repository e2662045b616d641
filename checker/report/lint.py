"""The default ``text`` format of ``check``: shaped like a linter's (ruff, SQLFluff).

A reviewer reading a CI log wants each finding on one line with its location, not a
page of tables. So the report is, for each file:

* one line per finding that matters (``violated``, ``uncertain``, ``excused``; with
  ``--all`` also ``satisfied`` and ``not-applicable``), in the order of the lines
  they point at::

      path:LINE:COL: CH03 violated [error] UK/RANGER DINGHY: Recovered in FR-TW ...

  ``LINE`` is the *decisive* evidence line: the last of the verdict's evidence lines,
  the line by which the verdict was settled (the landing after the recovery, the
  silence after the question). A verdict about the whole file, with no evidence,
  points at ``1:1``. ``COL`` is 1: an event is a whole line of the transcript.
  Severity is said only for a violation: a rule's severity is what breaking it
  costs, so a satisfied or uncertain verdict does not carry ``[error]``;
* the responsibility ledgers, one short line per casualty and level;
* one summary line per file (its line counts reconcile with the file);

then one grand total for the run ("Found 4 violations (2 errors) and 2 uncertain in
1 file"). Lines are never wrapped or cut by radiocheck (``soft_wrap``): the words are
the same at any terminal width and in a pipe; a terminal folds a long line itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text

from checker.protocol.model import ResponsibilitySpan
from checker.report.model import Report
from checker.report.words import OUTCOME_STYLE, count
from checker.rules.model import Verdict
from checker.vocabulary import LEVELS

#: Outcomes shown without ``--all``: those a reader has to act on or weigh.
FINDINGS = ("violated", "uncertain", "excused")


def decisive_line(v: Verdict) -> int:
    """The line a finding points at: its last evidence line (1 for a whole-file one)."""
    return max(v.evidence) if v.evidence else 1


def _path(report: Report) -> str:
    return report.source.path or "<stdin>"


def finding_line(report: Report, v: Verdict) -> Text:
    """``path:line:col: CODE outcome [severity] party/station casualty: explanation``."""
    text = Text(f"{_path(report)}:{decisive_line(v)}:1: ", style="bold")
    text.append(v.rule, style="bold cyan")
    text.append(" ")
    text.append(v.outcome, style=OUTCOME_STYLE.get(v.outcome, ""))
    if v.outcome == "excused" and v.excused_by:
        text.append(f" by {v.excused_by}")
    if v.outcome == "violated":
        text.append(f" [{v.severity}]", style="red" if v.severity == "error" else "yellow")
    who = "/".join(x for x in (v.party, v.station) if x)
    about = " ".join(x for x in (who, v.casualty) if x)
    text.append(f" {about}: " if about else ": ")
    text.append(v.explanation)
    if v.confidence < 1.0:
        text.append(f" (confidence {v.confidence:.2f})", style="magenta")
    if v.suppressed:
        text.append(f" (suppressed: {v.suppressed})", style="dim")
    return text


def _holder(s: ResponsibilitySpan) -> str:
    who = s.party or "nobody"
    if s.station:
        who += f"/{s.station}"
    if s.party is None and s.aware:
        who += " (aware)"
    how = f" {s.how.replace('-', ' ')}" if s.how != "none" else ""
    conf = f" (confidence {s.confidence:.2f})" if s.confidence < 1.0 else ""
    return f"{who}{how} from line {s.from_line}{conf}"


def ledger_lines(report: Report) -> list[Text]:
    """``DINGHY coordination: nobody (aware) from line 44 → FR by region from line 45``."""
    lines = []
    for cas in report.casualties:
        for level in LEVELS:
            spans = [s for s in report.responsibility if s.casualty == cas.id and s.level == level]
            if not spans:
                continue
            line = Text(f"{cas.id} {level}: ", style="bold")
            line.append(" → ".join(_holder(s) for s in spans))
            lines.append(line)
    return lines


def _shown(v: Verdict, show_all: bool) -> bool:
    return show_all or v.outcome in FINDINGS


def file_summary(report: Report) -> Text:
    """One line: the file, what was found, and line counts that reconcile with it."""
    s = report.summary
    text = Text(f"{_path(report)}: ", style="bold")
    if not report.checked:
        text.append("not checked: fix the errors above", style="bold red")
    else:
        excused = sum(v.outcome == "excused" for v in report.verdicts)
        suppressed = sum(bool(v.suppressed) for v in report.verdicts)
        text.append(
            f"{count(s.violations, 'violation')} ({count(s.errors, 'error')}), "
            f"{s.uncertain} uncertain, {excused} excused"
            + (f", {suppressed} suppressed" if suppressed else "")
            + f"; {s.unclassified} unclassified"
        )
    text.append(
        f"; {count(s.lines, 'line')}: {s.utterances} utterances, {s.narrations} narration, "
        f"{s.continuations} continuation, {s.directives} directives, {s.comments} comments, "
        f"{s.blanks} blank, {s.invalid} invalid",
        style="dim",
    )
    return text


def total_line(reports: Sequence[Report], unread: int = 0) -> Text:
    """The grand total of the run, as ruff ends its output; ``unread`` files could not
    be read at all (no such file, a refused rule set), and are counted as not checked."""
    checked = [r for r in reports if r.checked]
    violations = sum(r.summary.violations for r in checked)
    errors = sum(r.summary.errors for r in checked)
    uncertain = sum(r.summary.uncertain for r in checked)
    files = count(len(reports) + unread, "file")
    if violations or uncertain:
        text = Text(
            f"Found {count(violations, 'violation')} ({count(errors, 'error')}) "
            f"and {uncertain} uncertain in {files}",
            style="bold",
        )
    else:
        text = Text(f"No violations and nothing uncertain in {files}", style="bold")
    if len(checked) < len(reports) + unread:
        text.append(f"; {len(reports) + unread - len(checked)} not checked", style="bold red")
    text.append(".")
    return text


def lint_lines(reports: Iterable[Report], show_all: bool = False, unread: int = 0) -> list[Text]:
    """Every line of the linter-shaped report, in order (each printed unwrapped);
    ``unread`` files, which have no report, are counted in the total."""
    reports = list(reports)
    out: list[Text] = []
    for r in reports:
        shown = sorted((v for v in r.verdicts if _shown(v, show_all)), key=decisive_line)
        out += [finding_line(r, v) for v in shown]
        out += ledger_lines(r)
        out.append(file_summary(r))
    out.append(total_line(reports, unread))
    return out
