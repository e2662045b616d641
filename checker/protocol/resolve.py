"""The resolve stage: classified utterances and narration lines into :class:`Event`s.

Here names become station ids (through the context; anonymous recogniser labels
through the call-ups heard, see ``speakers.py``), recognition doubt becomes act
confidence (an act is no surer than the words it rests on, nor than the guess of who
said it), reviewer overrides replace the classifier's primary act (marked
``overridden``, with the reviewer's reason), and ``ignore`` annotations are carried on
the event for the rules stage. References to casualties and reply links are resolved
by the protocol stage (``bind.py``, ``answers.py``), which needs the whole sequence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, NamedTuple

from checker.context import Context
from checker.diagnostics import Diagnostic
from checker.phraseology.model import (
    Classification,
    SpeechAct,
    primary_kind,
)
from checker.phraseology.shared import Shared
from checker.phraseology.utterances import Reading
from checker.protocol.model import Event
from checker.protocol.reread import reread
from checker.protocol.speakers import (
    CLAIM_CONFLICT,
    SpeakerMapping,
    claim_conflicts,
    infer_speakers,
)
from checker.transcript.model import Line, Recognition, Transcript
from checker.vocabulary import ActKind

LOW_PROBABILITY = 0.5
#: What was said on a line: the classifier's result, or what the classify stage kept of it.
Said = Classification | Reading


def _override(acts: list[SpeechAct], kind: ActKind, text: str = "") -> list[SpeechAct]:
    """Replace the primary act by the reviewer's kind, keeping call-ups and procedure."""
    primary = primary_kind(acts)
    out: list[SpeechAct] = []
    replaced = False
    for act in acts:
        if not replaced and act.kind == primary:
            slots = act.slots
            if kind == "phase.assess":  # what the words say, where the act does not
                known = {k: v for k, v in slots.items() if v is not None}
                slots = {**assessed_phase(text), **known}
            out.append(
                SpeechAct(
                    kind=kind,
                    confidence=1.0,
                    source="override",
                    span=act.span,
                    matched=act.matched,
                    slots=slots,
                )
            )
            replaced = True
        else:
            out.append(act)
    if not replaced:
        slots = assessed_phase(text) if kind == "phase.assess" else {}
        out.append(SpeechAct(kind=kind, confidence=1.0, source="override", slots=slots))
    return [a for a in out if a.kind != "unclassified"]


_PHASE_WORD = re.compile(
    r"\b(uncertainty|incertitude|alert|alerte|distress|d[ée]tresse)\b", re.IGNORECASE
)
_PHASES = {"incertitude": "uncertainty", "alerte": "alert", "détresse": "distress"}
_NEGATOR = re.compile(r"\b(?:not|no|never|ne|n|pas|plus|aucune?)\b|n't", re.IGNORECASE)
_REASON = re.compile(r"\b(?:because|as|since|parce que|car|puisque)\b\s*([^.;!?]+)", re.IGNORECASE)


def assessed_phase(text: str) -> dict[str, object]:
    """The slots of a reviewer's ``act=phase.assess``, where the classifier's act does
    not give them: the phase the line names ("distress phase", "phase de détresse"),
    whether the clause that names it is negated ("I'm not in the distress phase"), and
    the reason after "because". Nothing when no phase is named."""
    m = _PHASE_WORD.search(text)
    if m is None:
        return {}
    word = m.group(1).lower()
    phase = _PHASES.get(word.replace("detresse", "détresse"), word)
    clause = re.split(r"[.;:!?,]", text[: m.start()])[-1]
    slots: dict[str, object] = {"phase": phase, "negated": bool(_NEGATOR.search(clause))}
    reason = _REASON.search(text[m.end() :])
    if reason:
        slots["reason"] = reason.group(1).strip()
    return slots


def _doubt(act: SpeechAct, recognition: Recognition) -> tuple[float, list[str]]:
    """The probability of the least sure doubtful word an act rests on, and those words.

    Only words under :data:`LOW_PROBABILITY` lower an act: a recogniser's ordinary
    uncertainty about well-heard words says nothing about what was meant, and the
    segment's overall confidence is kept on the event instead. This is also what a
    converted ``.radio`` file keeps (its ``doubtful=`` annotation), so a recording and
    its conversion give the same verdicts.
    """
    matched = f" {(act.matched or '').lower()} "
    doubtful: list[str] = []
    lowest = 1.0
    for word in recognition.words:
        token = word.text.strip().lower().strip(".,;:!?")
        p = word.probability
        if p is None or p >= LOW_PROBABILITY or not token or f" {token} " not in matched:
            continue
        lowest = min(lowest, p)
        doubtful.append(word.text.strip())
    return lowest, doubtful


def _recognised(
    acts: list[SpeechAct], recognition: Recognition, speaker_confidence: float
) -> list[SpeechAct]:
    """The acts with their confidence capped by the doubtful words they rest on and by
    the guess of who said them; the doubtful words are named in a slot."""
    out: list[SpeechAct] = []
    for act in acts:
        lowest, doubtful = _doubt(act, recognition)
        slots = {**act.slots, "doubtful_words": doubtful} if doubtful else act.slots
        confidence = round(min(act.confidence, lowest, speaker_confidence), 3)
        out.append(replace(act, confidence=confidence, slots=slots))
    return out


def event_for(
    line: Line,
    context: Context,
    classification: Said | None,
    speaker: tuple[str, float] | None = None,
    shared: Shared | None = None,
) -> Event:
    """The event of one transcript line; ``speaker`` is an inferred (station, confidence).
    With ``shared``, the event's names and lists equal to those of earlier events are
    their instances (:mod:`checker.phraseology.shared`; the classify stage shared the
    acts' values): a long file keeps each once."""
    f: dict[str, Any] = {
        "line": line.line,
        "end_line": line.end_line,
        "kind": line.kind,
        "time": line.time,
        "clock": line.clock,
        "seconds": line.seconds,
        "medium": line.medium,
        "narration": line.narration,
        "suppressed": [code for a in line.annotations if a.kind == "ignore" for code in a.rules],
    }
    if line.kind == "narration":
        assert line.narration is not None
        f["speaker"] = context.station_id(line.narration.subject)
        return Event(**f)
    acts: list[SpeechAct] = list(classification.acts) if classification else []
    f["speaker_name"], f["addressee_name"], f["text"] = line.speaker, line.addressee, line.text
    f["speaker"] = context.station_id(line.speaker) if line.speaker else None
    f["addressee"] = context.station_id(line.addressee) if line.addressee else None
    if classification is not None:
        f["ends_with"], f["markers"] = classification.ends_with, classification.markers
        f["language"] = classification.language
    overrides = [a for a in line.annotations if a.kind == "act"]
    if overrides and overrides[-1].act:
        acts = _override(acts, overrides[-1].act, line.text or "")
        f["overridden"], f["override_reason"] = True, overrides[-1].reason
    if speaker is not None and speaker[0]:  # "": the line's own speaker, doubted
        f["speaker"] = speaker[0]
    if f["addressee"] is None:
        # A recording has no addressee column; the call-up names who is called.
        called = next((a.slots.get("called_id") for a in acts if a.kind == "call"), None)
        if isinstance(called, str) and called in context.stations and called != f["speaker"]:
            f["addressee"] = called
    if not overrides:
        acts = reread(acts, f["speaker"], f["addressee"], context)
    if line.recognition is not None or speaker is not None:
        recognition = line.recognition or Recognition(format="radio", cue=line.line)
        speaker_confidence = speaker[1] if speaker else 1.0
        acts = _recognised(acts, recognition, speaker_confidence)
        f["confidence"] = round(min(recognition.confidence, speaker_confidence), 3)
        f["low_confidence_words"] = list(recognition.low_confidence_words)
    f["acts"] = acts
    f["primary"] = primary_kind(acts) if (acts or classification) else None
    if shared is not None:
        _share(f, shared)
    return Event(**f)


#: The fields of an event whose equal values are shared.
_SHARED = ("speaker_name", "addressee_name", "markers", "suppressed", "low_confidence_words")


def _share(f: dict[str, Any], shared: Shared) -> None:
    """An event's fields ``f`` with equal names and lists shared."""
    for name in _SHARED:
        if name in f:
            f[name] = shared(f[name])


def speaker_mappings(
    transcript: Transcript, context: Context, classifications: Mapping[int, Said]
) -> list[SpeakerMapping]:
    """Anonymous speaker labels mapped to stations by the call-ups heard."""
    acts = {n: c.acts for n, c in classifications.items()}
    return infer_speakers(transcript, context, acts)


def resolve(
    transcript: Transcript,
    context: Context,
    classifications: Mapping[int, Said],
    speakers: list[SpeakerMapping] | None = None,
    claims: Mapping[int, str] | None = None,
) -> list[Event]:
    """Events of every utterance and narration line, in file order.

    ``classifications`` maps an utterance's line number to what the classifier said;
    ``speakers`` are the inferred mappings of anonymous labels (see
    :func:`speaker_mappings`); ``claims`` the lines whose speaker claims to be another
    station (:func:`.speakers.claim_conflicts`): they keep their speaker, and what
    they say is worth at most :data:`.speakers.CLAIM_CONFLICT`.
    """
    inferred: dict[int, tuple[str, float]] = {}
    for m in speakers or []:
        if m.station is not None:
            for n in m.lines:
                inferred[n] = (m.station, m.confidence)
    for n in claims or {}:
        if n not in inferred:  # never both: a claim is made by a speaker the line names
            inferred[n] = ("", CLAIM_CONFLICT)
    shared = Shared()
    return [
        event_for(line, context, classifications.get(line.line), inferred.get(line.line), shared)
        for line in transcript.lines
    ]


class Resolved(NamedTuple):
    """What the resolve stage gives the protocol stage and the report."""

    #: Anonymous speaker labels mapped to stations (:func:`speaker_mappings`).
    speakers: list[SpeakerMapping]
    #: One event per utterance and narration line, in file order.
    events: list[Event]
    #: RC305 for each line whose speaker claims to be another station.
    diagnostics: list[Diagnostic]


def resolve_transcript(
    transcript: Transcript, context: Context, classifications: Mapping[int, Said]
) -> Resolved:
    """The resolve stage of a classified transcript: who spoke each line (inferred for
    anonymous labels, doubted where a speaker claims to be someone else), then the
    events (:func:`resolve`)."""
    speakers = speaker_mappings(transcript, context, classifications)
    acts = {n: c.acts for n, c in classifications.items()}
    claims, doubts = claim_conflicts(transcript, context, acts, transcript.path)
    events = resolve(transcript, context, classifications, speakers, claims)
    return Resolved(speakers, events, doubts)
