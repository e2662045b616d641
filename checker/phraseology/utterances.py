"""The classify stage over a whole transcript: every utterance, with its context.

:func:`classify` reads one utterance; :func:`classify_transcript` is what the pipeline
(``checker.api.check``) calls, once per transcript: it names the speaker and the
addressee of each line as stations of the context (so that "your waters" resolves),
records which lexicon the acts were read with, and turns a classifier failure into a
diagnostic instead of losing it.

It keeps of each utterance's :class:`Classification` (the public result of
:func:`classify`, a pydantic model) only what the later stages read, a
:class:`Reading`, with the acts' equal values shared (:mod:`.shared`): a long file
holds every utterance's acts until the report is made, and the model's own dict and
field set cost more than its acts (measured: benchmarks/README.md, 'Memory, second
pass').
"""

from __future__ import annotations

from typing import Any, NamedTuple

from checker.context import Context
from checker.diagnostics import Diagnostic, make
from checker.phraseology.classifier import INTERNAL_ERROR, classify
from checker.phraseology.lexicon import lexicon_sha256
from checker.phraseology.model import Classification, ClauseFacts, SpeechAct
from checker.phraseology.shared import Shared
from checker.transcript.model import Transcript
from checker.vocabulary import Ending


class Reading(NamedTuple):
    """What the stages after classify read of an utterance's :class:`Classification`."""

    acts: list[SpeechAct]
    ends_with: Ending | None
    markers: list[str]
    language: str | None


class Classified(NamedTuple):
    """What the classify stage gives the stages after it."""

    #: Each utterance's reading, by its line number.
    by_line: dict[int, Reading]
    #: The lexicon the acts were read with (reports name it).
    lexicon_sha256: str
    #: RC306 for each utterance the classifier failed on.
    diagnostics: list[Diagnostic]


def classify_transcript(transcript: Transcript, context: Context) -> Classified:
    """The speech acts of every utterance of ``transcript``, in file order."""
    by_line: dict[int, Reading] = {}
    shared = Shared()
    for line in transcript.lines:
        if line.kind == "utterance":
            c = classify(
                line.text,
                context,
                speaker=context.station_id(line.speaker) if line.speaker else None,
                addressee=context.station_id(line.addressee) if line.addressee else None,
            )
            by_line[line.line] = _reading(c, shared)
    return Classified(by_line, lexicon_sha256(), _failures(transcript, by_line))


def _reading(c: Classification, shared: Shared) -> Reading:
    """What is kept of ``c``: its acts (the classifier's own, made for this utterance)
    with their equal values shared, and the few fields the events copy."""
    empty: dict[str, Any] = shared({})
    for act in c.acts:
        act.span = shared(act.span)
        act.matched = shared(act.matched)
        act.slots = shared(act.slots) if act.slots else empty
        act.assumed = shared(act.assumed) if act.assumed else empty
        if isinstance(act.clause, ClauseFacts):
            act.clause = ClauseFacts(shared(act.clause.span), shared(act.clause.features))
    return Reading(c.acts, c.ends_with, shared(c.markers), c.language)


def _failures(t: Transcript, by_line: dict[int, Reading]) -> list[Diagnostic]:
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
