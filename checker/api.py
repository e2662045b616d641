"""The public Python API: the pipeline of ARCHITECTURE.md, run in order.

The CLI and the pytest plugin use only these functions. Each stage is imported from
its own module and knows nothing of the stages after it; this module is the one
place that strings them together, in :func:`check`: read, load, context, classify,
resolve, protocol, rules, report — each one call with a typed result.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Sequence
from pathlib import Path

from checker.context import build_context
from checker.diagnostics import has_errors
from checker.phraseology.model import ACT_KINDS, Classification
from checker.phraseology.utterances import classify_transcript
from checker.protocol.resolve import resolve, resolve_transcript
from checker.protocol.timeline import build_timeline
from checker.report.expect import unmet
from checker.report.model import Report
from checker.rules.engine import evaluate
from checker.rules.sets import ruleset_for
from checker.ruleset.loader import load_ruleset
from checker.ruleset.schema import RuleSet
from checker.transcript.annotations import apply_overrides as overridden
from checker.transcript.annotations import ignore_reasons
from checker.transcript.decode import DEFAULT_MAX_BYTES
from checker.transcript.model import Transcript
from checker.transcript.reader import read_path, read_text

__all__ = ["apply_overrides", "check", "classify", "load_ruleset", "read_transcript"]


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


def apply_overrides(transcript: Transcript, specs: Sequence[str]) -> Transcript:
    """A copy of ``transcript`` with reviewer overrides from the command line.

    Each spec is ``"LINE act=KIND"`` (optionally ``reason="..."``) and becomes the
    same ``# radiocheck: act=KIND`` annotation a reviewer could write on that line
    (TRANSCRIPT-FORMAT.md), so there is one override mechanism. Raises
    :class:`~checker.diagnostics.InputError` (RC114) for a malformed spec, an unknown
    act kind, or a line that is not an utterance.
    """
    return overridden(transcript, specs, ACT_KINDS)


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
    rules = ruleset_for(t, ruleset, select=select, allow_outside=allow_outside)
    context, found = build_context(t, rules.world, rules.geometry_files)
    diagnostics = sorted([*t.diagnostics, *found], key=lambda d: (d.line or 0, d.column or 0))
    if has_errors(diagnostics):  # read, not checked: the lines as read, and why not
        events = resolve(t, context, {})
        return Report.unchecked(t, rules, context, events, diagnostics, started)
    classified = classify_transcript(t, context)
    resolved = resolve_transcript(t, context, classified.by_line)
    timeline = build_timeline(resolved.events, context, t.path, t.track)
    verdicts = evaluate(
        timeline,
        context,
        rules,
        min_confidence=min_confidence,
        select=select,
        ignore=ignore,
        reasons=ignore_reasons(t),
    )
    report = Report.of(
        t, rules, context, diagnostics, started, classified, resolved, timeline, verdicts
    )
    report.warn(unmet(report, t))  # what ``radiocheck test`` would fail on (RC310)
    return report
