"""A report in plain words: what each line says, how it moves the ledgers, and why a
verdict came out as it did.

Panels ask "who had it here?" and "which rule says so?". The HTML page, the terminal
review and ``radiocheck explain`` must tell the same story, so the wording lives here,
built from the :class:`~checker.report.model.Report` alone (never by re-running a
stage): state after a line, holders of each ledger, the changes a line makes, and the
chain of evidence of one verdict.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from checker.defaults import empty_list
from checker.protocol.model import CasualtyState, Event, ResponsibilitySpan
from checker.report.model import Report
from checker.report.words import narration_text
from checker.rules.model import Verdict
from checker.vocabulary import ActKind

HOW_WORDS = {
    "first-contact": "as the first RCC alerted",
    "by-region": "by region",
    "assumed": "by assuming it",
    "handed-over": "by handover",
    "tasked": "by tasking",
    "consented": "with consent",
    "acquiesced": "by acquiescence",
    "none": "",
}
OUTCOME_WORDS = {
    "violated": "violated: the rule was broken",
    "satisfied": "satisfied: the rule was kept",
    "excused": "excused: broken, but another rule excuses it",
    "not-applicable": "not applicable: the situation the rule covers did not arise",
    "uncertain": "uncertain: the transcript cannot settle it",
}
#: What the commonest acts do, for readers who do not know SPEECH-ACTS.md.
ACT_WORDS: dict[ActKind, str] = {
    "call": "a call-up",
    "question.intentions": "asks the other station's intentions",
    "question": "asks a question",
    "intention": "announces what the speaker will do",
    "thanks": "thanks, which does not object",
    "ack": "acknowledges receipt",
    "refuse": "refuses",
    "comply": "agrees to comply",
    "request": "asks for something",
    "instruction": "instructs",
    "distress.declare": "declares distress",
    "distress.ack": "acknowledges a distress message",
    "readback": "reads the message back",
    "phase.assess": "states the SAR phase it holds the case in",
    "coordination.assume": "takes coordination",
    "coordination.handover": "offers coordination to another",
    "coordination.accept": "accepts coordination",
    "coordination.redirect": "sends the caller elsewhere",
    "permission.grant": "gives permission",
    "permission.deny": "refuses permission",
    "task": "tasks a unit",
    "report.position": "reports a position",
}


def holder_text(span: ResponsibilitySpan | None) -> str:
    """Who holds a ledger in words: ``UK/RANGER by acquiescence (confidence 0.85)``."""
    if span is None:
        return "not yet open"
    if span.party is None:
        who = "nobody" + (" (aware)" if span.aware else " (unaware)" if span.aware is False else "")
    else:
        who = span.party + (f"/{span.station}" if span.station else "")
        how = HOW_WORDS.get(span.how, span.how)
        who += f" {how}" if how else ""
    if span.confidence < 1.0:
        who += f" (confidence {span.confidence:.2f})"
    return who


def holder_at(report: Report, casualty: str, level: str, line: int) -> ResponsibilitySpan | None:
    """The interval of a ledger in force after ``line`` (``None`` before the case opens)."""
    found = None
    for s in report.responsibility:
        ours = s.casualty == casualty and s.level == level
        if ours and s.from_line <= line and (s.to_line is None or line < s.to_line):
            found = s
    return found


def state_at(report: Report, casualty: str, line: int) -> CasualtyState | None:
    """A casualty's phase, operation and zones after ``line``."""
    for cas in report.casualties:
        if cas.id == casualty:
            past = [s for s in cas.timeline if s.line <= line]
            return past[-1] if past else None
    return None


def who(e: Event) -> str:
    """``FR-NAVY → RANGER`` for an utterance; the subject for a narration line."""
    if e.kind == "narration":
        return "log"
    return f"{e.speaker or '?'} → {e.addressee}" if e.addressee else (e.speaker or "?")


def says(e: Event) -> str:
    """What the line says: the words spoken, or the narration in words."""
    if e.kind == "narration" and e.narration is not None:
        return narration_text(e.narration)
    return e.text or ""


#: The clause features that say why a frame matched, in the order they are told.
_FEATURES = ("mood", "agent", "modality", "polarity", "predicate", "objects", "conditional")


def why(clause: Mapping[str, object]) -> str:
    """A clause's features in words, for the reader of ``explain`` (CLAUSES.md, "What
    the report shows"): "declarative, agent speaker, modality will, predicate
    'escort'"."""
    out = []
    for key in _FEATURES:
        value = clause.get(key)
        if value is None or (key == "polarity" and value == "positive"):
            continue
        if key == "predicate":
            out.append(f"predicate '{value}'")
        elif key == "objects" and isinstance(value, list):
            out.append("about " + ", ".join(map(str, value)))
        elif key == "conditional":
            out.append("a condition's consequence")
        elif key == "mood":
            out.append(str(value))
        else:
            out.append(f"{key} {value}")
    return ", ".join(out)


def reading(e: Event) -> str:
    """How the line was read: its acts with confidence and source, or ``narration``."""
    if e.kind == "narration":
        verb = e.narration.verb if e.narration else "?"
        return f"narration ({verb}), taken as logged fact"
    if not e.acts:
        return "no act recognised"
    parts = []
    for a in e.acts:
        text = f"{a.kind} {a.confidence:.2f} ({a.source})"
        if a.kind in ACT_WORDS:
            text += f": {ACT_WORDS[a.kind]}"
        if a.answers:
            text += f", answering line {a.answers}"
        if a.frame and a.clause:
            text += f" [{a.frame}: {why(a.clause)}]"
        parts.append(text)
    out = "; ".join(parts)
    if e.overridden:
        out += f" — reviewer's override: {e.override_reason or 'no reason given'}"
    return out


def changes_at(report: Report, line: int) -> list[str]:
    """The state and ledger changes that ``line`` makes, one sentence each."""
    out: list[str] = []
    for cas in report.casualties:
        before: CasualtyState | None = None
        for state in cas.timeline:
            if state.line == line:
                out.extend(_state_change(cas.id, before, state))
            if state.line < line:
                before = state
    for span in report.responsibility:
        if span.from_line == line:
            out.append(f"{span.casualty} {span.level}: {holder_text(span)} from here")
    return out


def _state_change(cas: str, before: CasualtyState | None, now: CasualtyState) -> list[str]:
    out = []
    if before is None or before.phase != now.phase:
        out.append(f"{cas} phase: {now.phase}")
    if before is None or before.operation != now.operation:
        out.append(f"{cas} operation: {now.operation}")
    if now.zones and (before is None or before.zones != now.zones):
        out.append(f"{cas} is in {', '.join(now.zones)}")
    if now.closed and (before is None or not before.closed):
        out.append(f"{cas} closed: {now.closure}")
    return out


def evidence_of(report: Report, line: int) -> list[str]:
    """The ledger intervals that cite ``line`` as evidence, in words."""
    return [
        f"evidence for {s.casualty} {s.level}: {holder_text(s)} (from line {s.from_line})"
        for s in report.responsibility
        if line in s.evidence and s.from_line != line
    ]


@dataclass
class Step:
    """One evidence line of a verdict, in words."""

    line: int
    clock: str
    who: str
    says: str
    reading: str
    effects: list[str] = field(default_factory=empty_list)


@dataclass
class Explanation:
    """The chain of evidence of one verdict."""

    verdict: Verdict
    heading: str
    facts: list[str]
    steps: list[Step]
    reasoning: str
    outcome: str


def verdict_heading(v: Verdict) -> str:
    """``CH04 custody.explicit-handover: Custody ... (UK, DINGHY)``."""
    about = ", ".join(x for x in (v.party, v.casualty) if x)
    return (
        f"{v.rule} {v.name}"
        + (f": {v.title}" if v.title else "")
        + (f" ({about})" if about else "")
    )


def explain(report: Report, verdict: Verdict) -> Explanation:
    """Explain one verdict of ``report`` line by line."""
    events = {e.line: e for e in report.events}
    steps = []
    for n in verdict.evidence:
        e = events.get(n)
        if e is None:
            steps.append(Step(n, "", "", "(not an utterance or narration line)", ""))
            continue
        effects = changes_at(report, n) + evidence_of(report, n)
        steps.append(Step(n, (e.clock or "")[:5], who(e), says(e), reading(e), effects))
    facts = [f"severity {verdict.severity}", f"confidence {verdict.confidence:.2f}"]
    if verdict.provenance:
        facts.append(f"rests on {verdict.provenance.replace('-', ' ')}")
    if verdict.station:
        facts.append(f"about {verdict.station}")
    outcome = OUTCOME_WORDS.get(verdict.outcome, verdict.outcome)
    if verdict.excused_by:
        outcome += f" (excused by {verdict.excused_by})"
    if verdict.suppressed:
        outcome += f"; suppressed in the file: {verdict.suppressed}"
    return Explanation(
        verdict, verdict_heading(verdict), facts, steps, verdict.explanation, outcome
    )


def find_verdicts(
    report: Report, code: str, party: str | None = None, casualty: str | None = None
) -> list[Verdict]:
    """The verdicts of rule ``code`` (case-insensitive), narrowed by party and casualty."""
    return [
        v
        for v in report.verdicts
        if v.rule.upper() == code.upper()
        and (party is None or (v.party or "").upper() == party.upper())
        and (casualty is None or (v.casualty or "").upper() == casualty.upper())
    ]
