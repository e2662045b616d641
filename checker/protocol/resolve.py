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

from checker.context import Context, normalise
from checker.diagnostics import Diagnostic
from checker.phraseology.model import (
    Classification,
    SpeechAct,
    clause_agent,
    primary_kind,
    said_words,
)
from checker.phraseology.shared import Shared
from checker.phraseology.utterances import Reading
from checker.protocol.model import Event
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


def _announced(
    acts: list[SpeechAct], speaker: str | None, addressee: str | None, context: Context
) -> list[SpeechAct]:
    """A centre that says another centre coordinates ("CROSS Corsen will be
    coordinating this one", said by Falmouth) announces the case's transfer to it: a
    ``coordination.handover`` to that station, which has taken nothing until it
    accepts. The classifier, which does not know who speaks, reads the words as an
    assumption by the centre named. Said to the casualty with a redirect ("c'est Dover
    Coastguard qui va gérer, appelez Dover"), it is the redirect's reason: no act."""
    me = context.stations.get(speaker) if speaker is not None else None
    if me is None or me.role != "rcc" or not any(a.kind == "coordination.assume" for a in acts):
        return acts
    to = context.stations.get(addressee) if addressee is not None else None
    redirected = (
        to is not None
        and to.role == "casualty"
        and any(a.kind == "coordination.redirect" for a in acts)
    )
    out = []
    for act in acts:
        by = act.slots.get("by") if act.kind == "coordination.assume" else None
        named = context.station_id(by) if isinstance(by, str) else None
        other = context.stations.get(named) if named and named != speaker else None
        if other is not None and other.role == "rcc":
            if redirected:
                # "c'est Dover Coastguard qui va gérer, appelez Dover", said to the
                # casualty: the reason of the redirect, which is what the centre does
                continue
            out.append(replace(act, kind="coordination.handover", slots={**act.slots, "to": by}))
        else:
            out.append(act)
    return out


def _self_named(acts: list[SpeechAct], speaker: str | None, context: Context) -> list[SpeechAct]:
    """A station that names itself as the one who acts ("Ranger will escort the dinghy
    to the line", "le Ridens va accompagner le small boat", "Blue Kestrel resuming
    passage to Dover", said by Ranger, the Ridens, Blue Kestrel) states its own action:
    the classifier, which does not know who speaks, read a third party's plan as a
    statement of fact."""
    if speaker is None or not any(a.kind == "information" for a in acts):
        return acts
    out = []
    for act in acts:
        clause = act.clause or {}
        who, _, name = clause_agent(act).partition(":")
        if (
            act.kind == "information"
            and who == "third"
            and name
            and clause.get("modality", "none") in ("will", "none")
            and clause.get("polarity") == "positive"
            and clause.get("predicate") not in _STATES
            and context.station_id(name) == speaker
        ):
            out.append(replace(act, kind="intention", frame=None))
        else:
            out.append(act)
    return out


def _told_of_another(
    acts: list[SpeechAct], speaker: str | None, context: Context
) -> list[SpeechAct]:
    """A rescuer or a centre that says another craft is sinking ("the boat is sinking,
    people in the water", said by the merchant ship standing by) passes on a distress
    (SPEECH-ACTS.md: a passing ship's plain-language alert is a ``distress.relay``):
    the classifier, which does not know who speaks, read the craft as the speaker's."""
    me = context.stations.get(speaker) if speaker is not None else None
    if me is None or me.role in ("casualty", "unknown"):
        return acts
    out = []
    for act in acts:
        who = clause_agent(act).partition(":")[0]
        if (
            act.kind == "distress.declare"
            and who in ("casualty", "persons")
            and _FIRST_PERSON.isdisjoint(said_words(act.matched or ""))
        ):
            out.append(replace(act, kind="distress.relay", frame=None))
        else:
            out.append(act)
    return out


def _refusal_told(acts: list[SpeechAct], speaker: str | None, context: Context) -> list[SpeechAct]:
    """Another station's refusal told by the speaker ("Malta refuses, they say it is not
    their case", said by the ship to Rome) is news of it, not the speaker's refusal: the
    one who refused said it elsewhere, and the ledgers read that station's own words."""
    if speaker is None or not any(a.kind in _REFUSALS for a in acts):
        return acts
    out = []
    for act in acts:
        who, _, name = clause_agent(act).partition(":")
        words = said_words(act.matched or "")
        told = who == "third" and (
            (name and context.station_id(name) not in (None, speaker))
            or (not name and not _THEIRS.isdisjoint(words) and _FIRST_PERSON.isdisjoint(words))
        )
        out.append(
            replace(act, kind="information", frame=None) if act.kind in _REFUSALS and told else act
        )
    return out


def _call_signs(
    acts: list[SpeechAct], stations: tuple[str | None, ...], context: Context
) -> list[SpeechAct]:
    """A number said alone that is the number in the speaker's or the addressee's
    name ("Tarifa, four one two." said by "Moroccan Navy four one two"; "Piraeus, six
    one one" by "LS 611") names the station, as call signs are said; it counts
    nobody."""
    if not any(a.frame == "report.persons#bare-number" for a in acts):
        return acts
    numbers = {n for sid in stations if sid for n in _numbers_in_names(sid, context)}
    return [
        a
        for a in acts
        if not (a.frame == "report.persons#bare-number" and str(a.slots.get("count")) in numbers)
    ]


#: Digits as said one by one in a call sign.
_DIGITS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "niner": "9",
}  # fmt: skip


def _numbers_in_names(sid: str, context: Context) -> set[str]:
    """The numbers a station's names carry, written ("LS 611") or said digit by digit
    ("four one two")."""
    st = context.stations.get(sid)
    if st is None:
        return set()
    found: set[str] = set()
    for name in (st.id, *st.aliases):
        found.update(re.findall(r"\d+", name))
        run = ""
        for word in [*name.lower().replace("-", " ").split(), ""]:
            if word in _DIGITS:
                run += _DIGITS[word]
            else:
                if len(run) > 1:
                    found.add(run.lstrip("0") or "0")
                run = ""
    return {n.lstrip("0") or "0" for n in found}


def _given_to_casualty(
    acts: list[SpeechAct], addressee: str | None, context: Context
) -> list[SpeechAct]:
    """What a unit passes to the craft in trouble ("we will pass you a towline from our
    stern", "on vous passe la remorque", said to the yacht) is its plan for the rescue,
    not a handover: the casualty takes no charge of itself."""
    me = context.stations.get(addressee) if addressee is not None else None
    if me is None or me.role != "casualty":
        return acts
    out = []
    for act in acts:
        objects = (act.clause or {}).get("objects") or []
        if act.kind == "coordination.handover" and "coordination" not in objects:
            out.append(replace(act, kind="intention", frame=None))
        else:
            out.append(act)
    return out


def _sent_to_whom(
    acts: list[SpeechAct], speaker: str | None, addressee: str | None, context: Context
) -> list[SpeechAct]:
    """A redirect sends the caller to another who coordinates: "call the yacht on
    channel one six when you are close" (the casualty), "contact Den Helder Coastguard on
    channel 16" said by Den Helder Coastguard in its MAYDAY RELAY, or "call the lifeboat"
    (a unit) send nobody elsewhere: an order, not a redirect. A redirect that names no
    station ("call 112", "contact the authorities") stays one."""
    if not any(a.kind == "coordination.redirect" for a in acts):
        return acts
    out = []
    for act in acts:
        named = _stations_named(act, context) if act.kind == "coordination.redirect" else []
        nobody_else = bool(named) and all(
            sid in (speaker, addressee)
            or (context.stations[sid].role in _NOT_COORDINATING and _AUTHORITY.isdisjoint(said))
            for sid, said in named
        )
        out.append(replace(act, kind="instruction", frame=None) if nobody_else else act)
    return out


#: Stations that coordinate nothing: to call one is no redirect of the case.
_NOT_COORDINATING = frozenset({"casualty", "vessel", "aircraft"})


def _stations_named(act: SpeechAct, context: Context) -> list[tuple[str, set[str]]]:
    """The stations an act's words or its ``to`` slot name (longest names first), each
    with the words it was named by."""
    said = " ".join(filter(None, [act.matched or "", str(act.slots.get("to") or "")]))
    text = f" {normalise(said)} "
    found: list[tuple[str, set[str]]] = []
    for name, sid in sorted(context.station_names().items(), key=lambda kv: -len(kv[0])):
        if len(name) > 2 and f" {name} " in text and all(sid != f for f, _ in found):
            found.append((sid, set(name.split())))
            text = text.replace(f" {name} ", " ")
    return found


#: Words by which a unit's name names the service it belongs to ("the Turkish coast
#: guard" is the Turkish authorities, whichever of its boats is declared so).
_AUTHORITY = frozenset({"coastguard", "coast", "guard", "authorities", "navy", "police"})


#: Refusals that a station may tell of another.
_REFUSALS = frozenset({
    "assistance.decline", "coordination.decline", "coordination.reject", "refuse",
    "permission.deny", "assistance.unable",
})  # fmt: skip
#: Words by which the case or the craft is a third party's ("not their case").
_THEIRS = frozenset({"their", "theirs", "leur", "leurs"})
#: Words by which a speaker says the craft is its own ("our boat is sinking").
_FIRST_PERSON = frozenset(
    {"our", "my", "we", "us", "i", "notre", "nos", "mon", "ma", "nous", "on", "je"}
)
#: Predicates of a state, not an action ("Ranger will be there in ten minutes").
_STATES = frozenset({"be", "etre", "have", "avoir", None})


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
        acts = _announced(acts, f["speaker"], f["addressee"], context)
        acts = _self_named(acts, f["speaker"], context)
        acts = _told_of_another(acts, f["speaker"], context)
        acts = _refusal_told(acts, f["speaker"], context)
        acts = _sent_to_whom(acts, f["speaker"], f["addressee"], context)
        acts = _given_to_casualty(acts, f["addressee"], context)
        acts = _call_signs(acts, (f["speaker"], f["addressee"]), context)
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
