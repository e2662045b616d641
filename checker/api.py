"""The public Python API: the pipeline of ARCHITECTURE.md, run in order.

The CLI and the pytest plugin use only these functions. Each stage is imported from
its own module and knows nothing of the stages after it; this module is the one
place that strings them together.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Collection, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from checker._version import __version__
from checker.context import build_context
from checker.diagnostics import Diagnostic, InputError, has_errors, make
from checker.files import outside
from checker.phraseology.model import Classification
from checker.protocol.resolve import resolve, speaker_mappings
from checker.protocol.speakers import claim_conflicts
from checker.protocol.timeline import build_timeline
from checker.report.model import Report, RulesetInfo, SourceInfo, Summary, ToolInfo
from checker.resources import grammar_sha256
from checker.rules.engine import evaluate
from checker.rules.model import Verdict
from checker.ruleset.loader import load_ruleset, shipped_ids
from checker.ruleset.schema import RuleSet
from checker.transcript.decode import DEFAULT_MAX_BYTES
from checker.transcript.model import Transcript
from checker.transcript.reader import read_path, read_text
from checker.vocabulary import Severity

if TYPE_CHECKING:
    from checker.report.results import TestResult

DEFAULT_RULESET = "sar"

__all__ = ["apply_overrides", "check", "classify", "load_ruleset", "read_transcript", "test"]


def read_transcript(
    source: str | Path,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    input_format: str | None = None,
    header: str | Path | None = None,
    track: str | Path | None = None,
) -> Transcript:
    """Read a transcript from a path, or from text when ``source`` is a ``str`` holding
    a newline. Raises :class:`~checker.diagnostics.InputError` when it cannot be read;
    malformed lines are in ``Transcript.diagnostics``.

    A recording (.vtt, .srt, Whisper/WhisperX .json, .rttm; or ``input_format``) is
    read with its sidecar ``NAME.radio`` or ``header``, and a sidecar given as the
    source stands for its recording; ``track`` attaches an AIS CSV."""
    if isinstance(source, str) and "\n" in source:
        t = read_text(source)
    else:
        from checker.transcript.formats import is_recording, read_recording, recording_for

        radio = Path(source).suffix.lower() == ".radio"
        sidecar_of = recording_for(source, max_bytes) if radio else None
        if input_format is None and header is None and sidecar_of is not None:
            # TRANSCRIPT-FORMAT.md: a .radio beside a recording is its sidecar.
            source, header = sidecar_of, source
        if header is not None or is_recording(source, input_format):
            t = read_recording(
                source,
                input_format=input_format,
                header=header,
                encoding=encoding,
                max_bytes=max_bytes,
            )
        else:
            t = read_path(source, encoding=encoding, max_bytes=max_bytes)
    if track is not None:
        from checker.transcript.track import read_track

        t.track = read_track(track, encoding=encoding, max_bytes=max_bytes)
    return t


def classify(
    text: str,
    context: object | None = None,
    *,
    speaker: str | None = None,
    addressee: str | None = None,
) -> Classification:
    """The speech acts of one utterance (see SPEECH-ACTS.md)."""
    from checker.context import Context
    from checker.phraseology import classify as _classify

    assert context is None or isinstance(context, Context)
    return _classify(text, context, speaker=speaker, addressee=addressee)


_OVERRIDE = re.compile(r'^\s*(\d+)\s+act\s*=\s*(\S+?)(?:\s+reason\s*=\s*"([^"]*)")?\s*$')


def apply_overrides(transcript: Transcript, specs: Sequence[str]) -> Transcript:
    """A copy of ``transcript`` with reviewer overrides from the command line.

    Each spec is ``"LINE act=KIND"`` (optionally ``reason="..."``) and becomes the
    same ``# radiocheck: act=KIND`` annotation a reviewer could write on that line
    (TRANSCRIPT-FORMAT.md), so there is one override mechanism. Raises
    :class:`~checker.diagnostics.InputError` (RC114) for a malformed spec, an unknown
    act kind, or a line that is not an utterance.
    """
    out = transcript.model_copy(deep=True)
    for spec in specs:
        _override(out, spec)
    return out


def _override(t: Transcript, spec: str) -> None:
    from checker.transcript.model import Annotation
    from checker.vocabulary import ACT_KINDS

    m = _OVERRIDE.match(spec)
    number = int(m.group(1)) if m else 0
    if m is None:
        raise _override_error(t, spec, number, "expected LINE act=KIND", "e.g. 49 act=refuse")
    kind = m.group(2)
    if kind not in ACT_KINDS:
        import difflib  # only to suggest a name for a misspelt act kind

        near = difflib.get_close_matches(kind, ACT_KINDS, n=3)
        hint = f"did you mean {' or '.join(near)}?" if near else "see SPEECH-ACTS.md"
        raise _override_error(t, spec, number, f'unknown act kind "{kind}"', hint)
    line = next((x for x in t.lines if x.line <= number <= x.end_line), None)
    if line is None or line.kind != "utterance":
        said = ", ".join(str(x.line) for x in t.lines if x.kind == "utterance")
        what = "a narration line" if line is not None else "not an utterance"
        hint = f"utterance lines: {said or 'none'}"
        raise _override_error(t, spec, number, f"line {number} is {what}", hint)
    reason = m.group(3) or "given on the command line"
    line.annotations.append(Annotation(kind="act", act=kind, reason=reason, line=line.line))


def _override_error(t: Transcript, spec: str, number: int, problem: str, hint: str) -> InputError:
    """RC114 at the overridden line when it exists, else at the file."""
    src = t.source_lines[number - 1] if 0 < number <= len(t.source_lines) else None
    at = number if src is not None else None
    message = f'--override "{spec}": {problem}'
    return InputError(
        [make("RC114", message, path=t.path, line=at, column=1 if at else None, hint=hint)]
    )


def _refuse_outside(transcript: Transcript, name: str, base: Path) -> None:
    """RC206 when the transcript's ``@rules`` path leads out of its project; RC200
    when it names a file inside that is not a ``.toml`` file.

    A transcript is data from anywhere; a rule-set path in it must not make the
    checker read (and quote, in diagnostics) files elsewhere on the machine, nor a
    file beside it that is no rule set (a ``.env``). Symbolic links are followed
    before the comparison. A name that is no file is left to the loader (RC200).
    """
    found = next((c for c in (base / name, base / f"{name}.toml") if c.is_file()), None)
    if found is None:
        return
    root = outside(found, base)  # the one policy of checker.files
    if root is None and found.resolve().suffix == ".toml":
        return
    line = transcript.header.rules_line
    src = transcript.source_lines[line - 1] if line else None
    column = (src.index(name) + 1) if src and name in src else 1
    code, message, hint = (
        "RC206",
        f"rule set {name!r} is outside this transcript's project ({root})",
        "keep the rule set inside the project, or pass --allow-outside to trust this transcript",
    )
    if root is None:  # inside, but no rule set: never parsed, so never quoted (a .env)
        code, message = "RC200", f"rule set {name!r} is not a .toml file"
        hint = "a rule set is a .toml file, or the id of a shipped one"
    raise InputError(
        [
            make(
                code,
                message,
                path=transcript.path,
                line=line,
                column=column if line else None,
                hint=hint,
                source_line=src,
            )
        ]
    )


def _refuse_unknown(t: Transcript, rules: RuleSet, select: Collection[str] | None) -> None:
    """RC207 when ``select`` names a code (or prefix) that no rule of the rule set has:
    a mistyped ``--select CH99`` would otherwise check nothing and pass."""
    codes = [spec.code for spec in rules.rules]
    unknown = [c for c in select or () if not any(k.upper().startswith(c.upper()) for k in codes)]
    if unknown:
        raise InputError(
            [
                make(
                    "RC207",
                    f"--select {', '.join(unknown)}: no rule of rule set {rules.id!r} has "
                    f"{'this code' if len(unknown) == 1 else 'these codes'}",
                    path=t.path,
                    hint=f"rules of {rules.id}: {', '.join(codes)}",
                )
            ]
        )


def _ruleset_for(
    transcript: Transcript,
    ruleset: RuleSet | str | Sequence[str] | None,
    allow_outside: bool = False,
) -> RuleSet:
    if isinstance(ruleset, RuleSet):
        return ruleset
    if ruleset is not None and not isinstance(ruleset, str):
        from checker.rules.sets import load_all  # --rules A --rules B: B extends A

        return load_all(list(ruleset), base_dir=Path.cwd())
    if ruleset is not None:
        return load_ruleset(ruleset, base_dir=Path.cwd())
    name = transcript.header.rules
    if name is None:
        return load_ruleset(DEFAULT_RULESET)
    base = Path(transcript.path).parent if transcript.path else Path.cwd()
    if not allow_outside and name not in shipped_ids():
        _refuse_outside(transcript, name, base)
    try:
        return load_ruleset(name, base_dir=base)
    except InputError as exc:
        # Point at the @rules line of the transcript, where the user can fix it.
        line = transcript.header.rules_line
        src = transcript.source_lines[line - 1] if line else None
        first = exc.diagnostics[0]
        if first.code != "RC200" or line is None:
            raise
        column = (src.index(name) + 1) if src and name in src else 1
        raise InputError(
            [
                make(
                    "RC200",
                    first.message,
                    path=transcript.path,
                    line=line,
                    column=column,
                    hint=first.hint,
                    source_line=src,
                )
            ]
        ) from None


def check(
    transcript: Transcript | str | Path,
    ruleset: RuleSet | str | Sequence[str] | None = None,
    *,
    select: Collection[str] | None = None,
    ignore: Collection[str] | None = None,
    min_confidence: float = 0.5,
    allow_outside: bool = False,
) -> Report:
    """Check one transcript against a rule set (its ``@rules``, or ``sar``).

    ``ruleset`` may be several ids or paths, the later extending the earlier;
    ``select``/``ignore`` keep or drop rule codes (or prefixes); verdicts resting on
    evidence below ``min_confidence`` are ``uncertain``. A transcript with error
    diagnostics is read but not checked: the report has ``checked: false`` and the
    diagnostics, and no verdicts. Bad rule params raise
    :class:`~checker.diagnostics.InputError` (RC202); so does an ``@rules`` path that
    leads outside the transcript's project (RC206) unless ``allow_outside``.
    """
    started = time.perf_counter()  # for JUnit's ``time``: reading included when done here
    t = transcript if isinstance(transcript, Transcript) else read_transcript(transcript)
    rules = _ruleset_for(t, ruleset, allow_outside)
    _refuse_unknown(t, rules, select)
    context, context_diags = build_context(t, rules.world, rules.geometry_files)
    diagnostics: list[Diagnostic] = [*t.diagnostics, *context_diags]
    diagnostics.sort(key=lambda d: (d.line or 0, d.column or 0))
    stages = ["read", "load", "context"]

    classifications: dict[int, Classification] = {}
    lexicon = None
    ok = not has_errors(diagnostics)
    if ok:
        from checker.phraseology import classify as _classify
        from checker.phraseology import lexicon_sha256

        lexicon = lexicon_sha256()
        for line in t.lines:
            if line.kind == "utterance":
                classifications[line.line] = _classify(
                    line.text,
                    context,
                    speaker=context.station_id(line.speaker) if line.speaker else None,
                    addressee=context.station_id(line.addressee) if line.addressee else None,
                )
        stages.append("classify")
        diagnostics.extend(_classifier_failures(t, classifications))
    speakers = speaker_mappings(t, context, classifications) if ok else []
    claims: dict[int, str] = {}
    if ok:
        acts = {n: c.acts for n, c in classifications.items()}
        claims, doubts = claim_conflicts(t, context, acts, t.path)
        diagnostics.extend(doubts)
    events = resolve(t, context, classifications, speakers, claims)
    stages.append("resolve")
    timeline = None
    verdicts: list[Verdict] = []
    if ok:
        timeline = build_timeline(events, context, t.path, t.track)
        diagnostics.extend(timeline.diagnostics)
        stages.append("protocol")
        reasons = {
            (line.line, code): a.reason
            for line in t.lines
            for a in line.annotations
            if a.kind == "ignore"
            for code in a.rules
        }
        verdicts = evaluate(
            timeline,
            context,
            rules,
            min_confidence=min_confidence,
            select=select,
            ignore=ignore,
            reasons=reasons,
        )
        stages.append("rules")
    counted = [v for v in verdicts if not v.suppressed]

    summary = Summary(
        **t.counts.model_dump(),  # how every line was read: they add up to ``lines``
        unclassified=sum(1 for e in events if e.primary == "unclassified"),
        violations=sum(1 for v in counted if v.outcome == "violated"),
        errors=sum(1 for v in counted if v.outcome == "violated" and v.severity == "error"),
        uncertain=sum(1 for v in counted if v.outcome == "uncertain"),
        diagnostics=len(diagnostics),
    )
    report = Report(
        tool=ToolInfo(version=__version__, grammar_sha256=grammar_sha256(), lexicon_sha256=lexicon),
        source=SourceInfo(path=t.path, format=t.format, sha256=t.sha256),
        title=t.header.title,
        checked=ok,
        stages=stages,
        ruleset=RulesetInfo(
            id=rules.id,
            title=rules.title,
            version=rules.version,
            sha256=rules.sha256,
            chain=rules.chain,
        ),
        stations=list(context.stations.values()),
        speakers=speakers,
        events=events,
        casualties=timeline.casualties if timeline else [],
        responsibility=timeline.responsibility if timeline else [],
        verdicts=verdicts,
        expectations=t.expectations,
        diagnostics=diagnostics,
        summary=summary,
    )
    if ok and t.expectations:
        _report_unmet(report, t)
    codes = {v.rule for v in verdicts}
    report._rules = {r.code: r for r in rules.rules if r.code in codes}
    report._seconds = time.perf_counter() - started
    return report


def _report_unmet(report: Report, t: Transcript) -> None:
    """Each unmet ``@expect`` line becomes a warning at that line (RC310), so that
    ``check`` says what ``radiocheck test`` would fail on (issue 5)."""
    from checker.testing import evaluate as expectations

    for r in expectations(report):
        if r.passed or r.form == "undeclared":
            continue
        lines = f" (lines {', '.join(map(str, r.lines))})" if r.lines else ""
        report.diagnostics.append(
            make(
                "RC310",
                f"expectation not met: expected {r.expected}; found {r.actual or 'nothing'}{lines}",
                path=t.path,
                line=r.line,
                column=1,
                source_line=t.source_lines[r.line - 1] if r.line <= len(t.source_lines) else None,
            )
        )
    report.summary.diagnostics = len(report.diagnostics)


def test(
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
    See :func:`checker.testing.run_tests`.
    """
    from checker.testing import run_tests

    checker = partial(check, allow_outside=True) if allow_outside else check
    return run_tests(
        paths, check=checker, jobs=jobs, rules=rules, fail_on=fail_on, progress=progress
    )


test.__test__ = False  # type: ignore[attr-defined]  # not a pytest test when imported


def _classifier_failures(
    t: Transcript, classifications: dict[int, Classification]
) -> list[Diagnostic]:
    """RC306 for each utterance the classifier failed on: its catch-all keeps the
    check going with an ``unclassified`` act, and this makes the failure visible."""
    from checker.phraseology.classifier import INTERNAL_ERROR

    out = []
    for n, c in classifications.items():
        reason = next((a.slots.get("reason") for a in c.acts if a.kind == "unclassified"), None)
        if isinstance(reason, str) and reason.startswith(INTERNAL_ERROR):
            out.append(
                make(
                    "RC306",
                    f"the classifier failed on this utterance ({reason}); it is unclassified",
                    path=t.path,
                    line=n,
                    column=1,
                    hint="a bug in radiocheck: please report it with this line",
                    source_line=t.source_lines[n - 1],
                )
            )
    return out
