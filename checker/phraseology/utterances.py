"""The classify stage over a whole transcript: every utterance, with its context.

:func:`classify` reads one utterance; :func:`classify_transcript` is what the pipeline
(``checker.api.check``) calls, once per transcript: it names the speaker and the
addressee of each line as stations of the context (so that "your waters" resolves),
records which lexicon the acts were read with, and turns a classifier failure into a
diagnostic instead of losing it.
"""

from __future__ import annotations

from typing import NamedTuple

from checker.context import Context
from checker.diagnostics import Diagnostic, make
from checker.phraseology.classifier import INTERNAL_ERROR, classify
from checker.phraseology.lexicon import lexicon_sha256
from checker.phraseology.model import Classification
from checker.transcript.model import Transcript


class Classified(NamedTuple):
    """What the classify stage gives the stages after it."""

    #: Each utterance's classification, by its line number.
    by_line: dict[int, Classification]
    #: The lexicon the acts were read with (reports name it).
    lexicon_sha256: str
    #: RC306 for each utterance the classifier failed on.
    diagnostics: list[Diagnostic]


def classify_transcript(transcript: Transcript, context: Context) -> Classified:
    """The speech acts of every utterance of ``transcript``, in file order."""
    by_line: dict[int, Classification] = {}
    for line in transcript.lines:
        if line.kind == "utterance":
            by_line[line.line] = classify(
                line.text,
                context,
                speaker=context.station_id(line.speaker) if line.speaker else None,
                addressee=context.station_id(line.addressee) if line.addressee else None,
            )
    return Classified(by_line, lexicon_sha256(), _failures(transcript, by_line))


def _failures(t: Transcript, by_line: dict[int, Classification]) -> list[Diagnostic]:
    """RC306 for each utterance the classifier failed on: its catch-all keeps the
    check going with an ``unclassified`` act, and this makes the failure visible."""
    out = []
    for n, c in by_line.items():
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
