"""The resolve stage: classified utterances and narration lines into :class:`Event`s.

Here names become station ids (through the context), reviewer overrides replace the
classifier's primary act (marked ``overridden``, with the reviewer's reason), and
``ignore`` annotations are carried on the event for the rules stage. Binding
references to casualties and replies to what they answer grows here (issue 4).
"""

from __future__ import annotations

from collections.abc import Mapping

from checker.context import Context
from checker.phraseology.model import Classification, SpeechAct, primary_kind
from checker.protocol.model import Event
from checker.transcript.model import Line, Transcript


def _override(acts: list[SpeechAct], kind: str) -> list[SpeechAct]:
    """Replace the primary act by the reviewer's kind, keeping call-ups and procedure."""
    primary = primary_kind(acts)
    out: list[SpeechAct] = []
    replaced = False
    for act in acts:
        if not replaced and act.kind == primary:
            out.append(
                SpeechAct(
                    kind=kind,
                    confidence=1.0,
                    source="override",
                    span=act.span,
                    matched=act.matched,
                    slots=act.slots,
                )
            )
            replaced = True
        else:
            out.append(act)
    if not replaced:
        out.append(SpeechAct(kind=kind, confidence=1.0, source="override"))
    return [a for a in out if a.kind != "unclassified"]


def event_for(line: Line, context: Context, classification: Classification | None) -> Event:
    """The event of one transcript line."""
    event = Event(
        line=line.line,
        end_line=line.end_line,
        kind=line.kind,
        time=line.time,
        clock=line.clock,
        seconds=line.seconds,
        medium=line.medium,
        narration=line.narration,
        suppressed=[code for a in line.annotations if a.kind == "ignore" for code in a.rules],
    )
    if line.kind == "narration":
        assert line.narration is not None
        event.speaker = context.station_id(line.narration.subject)
        return event
    event.speaker_name, event.addressee_name = line.speaker, line.addressee
    event.speaker = context.station_id(line.speaker) if line.speaker else None
    event.addressee = context.station_id(line.addressee) if line.addressee else None
    event.text = line.text
    if classification is not None:
        event.acts = list(classification.acts)
        event.ends_with = classification.ends_with
        event.markers = classification.markers
        event.language = classification.language
    overrides = [a for a in line.annotations if a.kind == "act"]
    if overrides and overrides[-1].act:
        event.acts = _override(event.acts, overrides[-1].act)
        event.overridden, event.override_reason = True, overrides[-1].reason
    event.primary = primary_kind(event.acts) if (event.acts or classification) else None
    return event


def resolve(
    transcript: Transcript, context: Context, classifications: Mapping[int, Classification]
) -> list[Event]:
    """Events of every utterance and narration line, in file order.

    ``classifications`` maps an utterance's line number to what the classifier said.
    """
    return [event_for(line, context, classifications.get(line.line)) for line in transcript.lines]
