"""Who is ``SPEAKER_00``? Anonymous diarisation labels mapped to stations by call-ups.

A diariser tells voices apart but cannot name them; radio procedure names them
anyway. "French warship, this is Ranger" says the speaker is Ranger (strong
evidence) and that the next turn by another voice is probably the French warship
answering (weaker evidence). This module weighs such evidence per label and returns
one :class:`SpeakerMapping` per anonymous label, with the lines it rests on, a
confidence and a reason; a label no call-up names stays unmapped (its station keeps
role ``unknown``). Cues without any label (Whisper without diarisation) are weighed
one by one, as if each had a label of its own.

The resolve stage calls :func:`infer_speakers` with the classifier's acts (a ``call``
act's ``caller`` / ``called`` slots, or ``caller_id`` / ``called_id`` when the
classifier resolved them); this module only reads the transcript, the context and
the acts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from checker.context import ALL, Context
from checker.defaults import empty_list
from checker.diagnostics import Diagnostic, make
from checker.phraseology.model import SpeechAct
from checker.transcript.model import Line, Transcript

#: How much one piece of evidence counts, before the act's own confidence.
SAYS_THIS_IS = 0.9
ANSWERS_CALL = 0.6
#: A turn with no call-up in a two-station exchange is probably the station that
#: spoke two turns before (turns alternate); weak evidence, below the usual
#: --min-confidence, so that verdicts resting on it are uncertain.
ALTERNATES = 0.45
#: What a turn says is worth this much when its speaker claims to be another station:
#: below the usual --min-confidence, so verdicts resting on it are uncertain.
CLAIM_CONFLICT = 0.4


class SpeakerMapping(BaseModel):
    """An anonymous speaker label and the station it was taken to be.

    ``label`` is the diarisation label (``SPEAKER_00``), or ``None`` for a cue that
    had no label (then ``lines`` holds that one cue); ``station`` is ``None`` when no
    evidence was found; ``evidence`` lists the lines the mapping rests on.
    """

    model_config = ConfigDict(extra="forbid", defer_build=True)

    label: str | None
    lines: list[int] = Field(default_factory=empty_list)
    station: str | None = None
    evidence: list[int] = Field(default_factory=empty_list)
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    reason: str


@dataclass
class _Vote:
    station: str
    weight: float
    line: int
    why: str


def is_anonymous(label: str, context: Context) -> bool:
    """True when ``label`` names no declared station (by id or alias)."""
    sid = context.station_id(label)
    if sid is None:
        return True
    station = context.station(sid)
    return station is not None and not station.declared


def _station(value: object, context: Context) -> str | None:
    """A call slot's station id: an id already, or a name as heard; never ALL or an
    undeclared (anonymous) station."""
    if not isinstance(value, str) or not value.strip():
        return None
    sid = value if value in context.stations else context.station_id(value)
    if sid is None or sid == ALL:
        return None
    station = context.station(sid)
    return sid if station is not None and station.declared else None


def _slot(act: SpeechAct, name: str, context: Context) -> str | None:
    """The station of a call slot: ``NAME_id`` when the classifier resolved it."""
    return _station(act.slots.get(f"{name}_id"), context) or _station(act.slots.get(name), context)


def _inferable(line: Line, context: Context) -> bool:
    """Whether the speaker of a turn is to be inferred: a cue without a label, or a
    recogniser's label (``SPEAKER_00``) that names no declared station. A name the
    transcript gives, declared or not, is the speaker: what it says of itself is
    evidence about it (:func:`claim_conflicts`), never a re-attribution."""
    if not line.speaker:
        return True
    return line.recognition is not None and is_anonymous(line.speaker, context)


def claim_conflicts(
    transcript: Transcript,
    context: Context,
    acts_by_line: Mapping[int, list[SpeechAct]],
    path: str | None = None,
) -> tuple[dict[int, str], list[Diagnostic]]:
    """Turns whose speaker, as the transcript gives it, says it is another declared
    station ("this is Dover Coastguard" from an undeclared "Impostor"): the line and
    the station claimed, and one RC305 warning each. The event keeps its speaker; the
    resolve stage lowers the confidence of what it says to :data:`CLAIM_CONFLICT`."""
    claims: dict[int, str] = {}
    diagnostics: list[Diagnostic] = []
    for line in transcript.lines:
        if line.kind != "utterance" or _inferable(line, context):
            continue
        assert line.speaker is not None
        given = context.station_id(line.speaker)
        calls = (a for a in acts_by_line.get(line.line, []) if a.kind == "call")
        claimed = next((c for a in calls if (c := _slot(a, "caller", context)) != given), None)
        if claimed is None:
            continue
        claims[line.line] = claimed
        diagnostics.append(
            make(
                "RC305",
                f"{line.speaker!r} says it is {claimed}; the line stays {given}'s, "
                f"with confidence {CLAIM_CONFLICT}",
                path=path,
                line=line.line,
                column=line.speaker_column or 1,
                hint=f"if {claimed} spoke this line, write it as the speaker",
                source_line=transcript.source_lines[line.line - 1],
            )
        )
    return claims, diagnostics


def _key(line: Line) -> str:
    return line.speaker if line.speaker else f"#{line.line}"


def infer_speakers(
    transcript: Transcript,
    context: Context,
    acts_by_line: Mapping[int, list[SpeechAct]],
) -> list[SpeakerMapping]:
    """One mapping per anonymous label (or unlabelled cue), in order of first turn.

    An undeclared name the transcript gives as speaker is listed too, but never mapped
    to a station: the transcript says who spoke (see :func:`claim_conflicts`)."""
    turns = [ln for ln in transcript.lines if ln.kind == "utterance"]
    anonymous = [ln for ln in turns if not ln.speaker or is_anonymous(ln.speaker, context)]
    named = {_key(ln) for ln in anonymous if not _inferable(ln, context)}
    keys = list(dict.fromkeys(_key(ln) for ln in anonymous))
    votes: dict[str, list[_Vote]] = {k: [] for k in keys}
    others = _next_others(turns)
    for i, line in enumerate(turns):
        for act in acts_by_line.get(line.line, []):
            if act.kind != "call":
                continue
            caller = _slot(act, "caller", context)
            called = _slot(act, "called", context)
            if caller and _key(line) in votes:
                votes[_key(line)].append(
                    _Vote(
                        caller,
                        SAYS_THIS_IS * act.confidence,
                        line.line,
                        f"says 'this is {act.slots.get('caller')}' on line {line.line}",
                    )
                )
            if called:
                nxt = others[i]
                answer = turns[nxt] if nxt is not None else None
                if answer is not None and _key(answer) in votes and called != caller:
                    votes[_key(answer)].append(
                        _Vote(
                            called,
                            ANSWERS_CALL * act.confidence,
                            answer.line,
                            f"answers the call to {act.slots.get('called')} on line {line.line}",
                        )
                    )
    lines: dict[str, list[int]] = {k: [] for k in keys}
    for ln in anonymous:
        lines[_key(ln)].append(ln.line)
    mappings = [
        _named(key, lines[key], votes[key])
        if key in named
        else _mapping(key, lines[key], votes[key])
        for key in keys
    ]
    _alternation(turns, context, mappings)
    return mappings


def _alternation(turns: list[Line], context: Context, mappings: list[SpeakerMapping]) -> None:
    """Give unlabelled cues that no call-up names the speaker of two turns before,
    when the two turns before were different stations (a two-way exchange)."""
    by_line = {n: m for m in mappings if m.label is None for n in m.lines}
    by_label = {m.label: m for m in mappings if m.label is not None}
    who: list[str | None] = []
    for turn in turns:
        m = by_line.get(turn.line)
        if m is not None and m.station is None and len(who) >= 2:
            before, last = who[-2], who[-1]
            if before and last and before != last:
                m.station, m.confidence = before, ALTERNATES
                m.evidence = [turns[len(who) - 2].line, turns[len(who) - 1].line]
                m.reason = f"turns alternate: the turn after {last}'s is taken to be {before}'s"
        if m is not None:
            who.append(m.station)
        elif turn.speaker and not is_anonymous(turn.speaker, context):
            who.append(context.station_id(turn.speaker))
        else:
            labelled = by_label.get(turn.speaker) if turn.speaker else None
            who.append(labelled.station if labelled else None)


def _next_others(turns: list[Line]) -> list[int | None]:
    """For each turn, the index of the next turn by another voice (the immediately
    next one when either has no label), found in one backward pass: a scan forward
    from every call-up made a long run of one label quadratic."""
    out: list[int | None] = [None] * len(turns)
    for i in range(len(turns) - 2, -1, -1):
        me, other = turns[i], turns[i + 1]
        if not me.speaker or not other.speaker or other.speaker != me.speaker:
            out[i] = i + 1
        else:
            out[i] = out[i + 1]  # the same voice again: whatever follows it
    return out


def _named(key: str, lines: list[int], votes: list[_Vote]) -> SpeakerMapping:
    """The entry of an undeclared speaker the transcript names: unmapped, whatever
    the call-ups say (what it says of itself is RC305, not a re-attribution)."""
    if not votes:
        return _mapping(key, lines, votes)
    return SpeakerMapping(
        label=key,
        lines=lines,
        reason="the transcript names this speaker; it keeps the lines, whatever it "
        f"says ({votes[0].why}): an undeclared station of role unknown",
    )


def _mapping(key: str, lines: list[int], votes: list[_Vote]) -> SpeakerMapping:
    label = None if key.startswith("#") else key
    if not votes:
        return SpeakerMapping(
            label=label,
            lines=lines,
            reason="no call-up names this speaker; it stays a station of role unknown",
        )
    totals: dict[str, float] = {}
    first: dict[str, int] = {}
    for v in votes:
        totals[v.station] = totals.get(v.station, 0.0) + v.weight
        first[v.station] = min(first.get(v.station, v.line), v.line)
    best = max(totals, key=lambda s: (totals[s], -first[s]))
    mine = [v for v in votes if v.station == best]
    doubt = 1.0
    for v in mine:
        doubt *= 1.0 - min(v.weight, 1.0)
    share = totals[best] / sum(totals.values())
    confidence = round((1.0 - doubt) * share, 3)
    reason = "; ".join(dict.fromkeys(v.why for v in mine))
    others = sorted(s for s in totals if s != best)
    if others:
        reason += f" (against: {', '.join(others)})"
    return SpeakerMapping(
        label=label,
        lines=lines,
        station=best,
        evidence=sorted({v.line for v in mine}),
        confidence=confidence,
        reason=reason,
    )
