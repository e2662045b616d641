"""Reviewer annotations the later stages read: overrides given on the command line,
and the reasons of ``ignore`` annotations.

An override ``"LINE act=KIND"`` becomes the same ``# radiocheck: act=KIND``
annotation a reviewer could write on that line (TRANSCRIPT-FORMAT.md), so there is
one override mechanism.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.diagnostics import InputError, make
from checker.transcript.model import Annotation, Transcript
from checker.vocabulary import ACT_KINDS

_OVERRIDE = re.compile(r'^\s*(\d+)\s+act\s*=\s*(\S+?)(?:\s+reason\s*=\s*"([^"]*)")?\s*$')


def apply_overrides(transcript: Transcript, specs: Sequence[str]) -> Transcript:
    """A copy of ``transcript`` with reviewer overrides from the command line.

    Each spec is ``"LINE act=KIND"`` (optionally ``reason="..."``), KIND an act kind of
    SPEECH-ACTS.md. Raises :class:`~checker.diagnostics.InputError` (RC114) for a
    malformed spec, an unknown act kind, or a line that is not an utterance.
    """
    out = transcript.model_copy(deep=True)
    for spec in specs:
        _override(out, spec)
    return out


def _override(t: Transcript, spec: str) -> None:
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


def ignore_reasons(t: Transcript) -> dict[tuple[int, str], str]:
    """The reason of each ``# radiocheck: ignore=CODE`` annotation, by (line, code):
    the rules stage gives it to the verdicts it suppresses."""
    return {
        (line.line, code): a.reason
        for line in t.lines
        for a in line.annotations
        if a.kind == "ignore"
        for code in a.rules
    }
