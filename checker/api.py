"""The public Python API: the pipeline of ARCHITECTURE.md, run in order.

The faces (the CLI, the pytest plugin) use only these functions, the test runner
(``checker.runner``, above this module) and the report. Each stage is imported from
its own module and knows nothing of the stages after it; this module is the one
place that strings them together, in :func:`check`: read, load, context, classify,
resolve, protocol, rules, report — each one call with a typed result.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Sequence
from pathlib import Path

from checker.context import Context, Station, build_context
from checker.defaults import DEFAULT_MIN_CONFIDENCE
from checker.diagnostics import has_errors
from checker.phraseology.model import Classification
from checker.phraseology.utterances import classify_transcript
from checker.protocol.resolve import resolve, resolve_transcript
from checker.protocol.timeline import build_timeline
from checker.report.expect import unmet
from checker.report.model import Report
from checker.rules.engine import evaluate
from checker.rules.registry import get as rule_kind
from checker.rules.sets import load_all, ruleset_for
from checker.ruleset.loader import load_ruleset, shipped_ids
from checker.ruleset.schema import RuleSet, rules_json_schema
from checker.transcript.annotations import apply_overrides as overridden
from checker.transcript.annotations import ignore_reasons
from checker.transcript.decode import DEFAULT_MAX_BYTES, decode
from checker.transcript.discover import discover, refused_diagnostic
from checker.transcript.model import Transcript
from checker.transcript.reader import read_path, read_text

__all__ = [
    "apply_baseline",
    "apply_overrides",
    "check",
    "classify",
    "classify_context",
    "decode",
    "discover",
    "find_sidecar",
    "load_ruleset",
    "load_rulesets",
    "read_recording",
    "read_text",
    "read_transcript",
    "refused_diagnostic",
    "rule_kind",
    "rules_json_schema",
    "shipped_rulesets",
    "to_radio",
    "write_baseline",
]


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
    return overridden(transcript, specs)


def check(
    transcript: Transcript | str | Path,
    ruleset: RuleSet | str | Sequence[str] | None = None,
    *,
    select: Collection[str] | None = None,
    ignore: Collection[str] | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
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
    # the events hold the acts now: each utterance's reading goes before the protocol
    # and rules stages run (measured: 168.8 -> 164.4 MiB peak, 16,000 utterances)
    classified.by_line.clear()
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


# --- for the command line ---------------------------------------------------------
# The faces (checker.commands, checker.cli, the pytest plugin) reach the stages only
# through this module and checker.runner (an import-linter contract): besides the
# pipeline, these are the few stage functions they need, re-exported as they are
# (decode, read_text, rule_kind, rules_json_schema) or wrapped thinly.


def read_recording(
    recording: str | Path,
    *,
    input_format: str | None = None,
    header: str | Path | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Transcript:
    """A recogniser's output read with its sidecar (``header``, else ``NAME.radio``),
    always as a recording: what ``radiocheck convert`` converts."""
    from checker.transcript.formats import read_recording as read  # imported when used

    return read(
        recording, input_format=input_format, header=header, encoding=encoding, max_bytes=max_bytes
    )


def find_sidecar(recording: str | Path) -> Path | None:
    """``NAME.radio`` beside the recording ``NAME.vtt`` (or .srt, .json, .rttm), if any."""
    from checker.transcript.sidecar import find_sidecar as find

    return find(recording)


def to_radio(transcript: Transcript) -> str:
    """A recording's transcript as the text of a ``.radio`` file a person can correct."""
    from checker.transcript.writer import to_radio as write

    return write(transcript)


def load_rulesets(names: Sequence[str]) -> RuleSet:
    """Several rule sets by id or path, each validated, the later extending the earlier."""
    return load_all(list(names))


def shipped_rulesets() -> list[str]:
    """The ids of the rule sets shipped with radiocheck."""
    return shipped_ids()


def apply_baseline(reports: Sequence[Report], path: Path) -> None:
    """Mark the verdicts recorded in the baseline ``path`` as suppressed, naming it;
    :class:`ValueError` when the file is no baseline."""
    from checker.rules import baseline

    known = baseline.read(path)
    for r in reports:
        baseline.apply(known, r.source.path, r.verdicts, path)


def write_baseline(reports: Sequence[Report], path: Path) -> int:
    """Record the failing verdicts of ``reports`` in the baseline ``path``; how many."""
    from checker.rules import baseline

    return baseline.write(path, [(r.source.path, v) for r in reports for v in r.verdicts])


def classify_context(
    ruleset: str, *, speaker: str | None = None, addressee: str | None = None
) -> tuple[Context, str | None, str | None]:
    """The context ``radiocheck classify`` reads utterances in, outside any transcript:
    the rule set's world, and the station ids of ``speaker`` and ``addressee``. The
    world has parties but no stations, so a party named becomes a stand-in station of
    that party; a name that is no party gives ``None``."""
    rules = load_ruleset(ruleset)
    context, _ = build_context(Transcript(sha256=""), rules.world, rules.geometry_files)
    return (
        context,
        _stand_in(context, speaker, "speaker"),
        _stand_in(context, addressee, "addressee"),
    )


def _stand_in(context: Context, name: str | None, role: str) -> str | None:
    if not name:
        return None
    party = context.party(name) or (name.upper() if name.upper() in context.parties else None)
    if party is None:
        return None
    sid = f"{role.upper()}-{party}"
    context.stations[sid] = Station(id=sid, role="unknown", party=party, declared=False)
    context.reindex()
    return sid
