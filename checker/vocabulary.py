"""The words every stage shares, each defined once: act kinds, narration verbs, rule
kinds, roles, units, media, zone kinds, levels, severities, line kinds, endings and
outcomes.

Each vocabulary is a ``Literal`` type, so that mypy checks every value written in the
code (``act.kind == "distress.ack"`` is checked against the act kinds), and a tuple
derived from it with :func:`typing.get_args`, for the code that checks values read
from files and for suggestions. The order of a tuple is the order of its Literal,
which is the order of the design page that defines it (SPEECH-ACTS.md,
TRANSCRIPT-FORMAT.md, RULES.md): documents and error messages list values in it.

The module sits in the bottom layer of the house and imports nothing of it, so that a
reader and a writer of a value, at whatever stage, name the same type.
"""

from __future__ import annotations

from typing import Literal, get_args

#: Every act kind of SPEECH-ACTS.md, in the order of its table. A public contract:
#: never rename one without keeping the old name as an alias. What each kind is, and
#: an example, is data: ``checker/phraseology/data/acts.toml``.
ActKind = Literal[
    "call",
    "procedure.say-again",
    "procedure.correction",
    "procedure.stand-by",
    "procedure.channel",
    "procedure.radio-check",
    "distress.declare",
    "distress.relay",
    "distress.ack",
    "readback",
    "distress.silence",
    "distress.prudonce",
    "distress.end",
    "distress.cancel",
    "urgency.declare",
    "safety.declare",
    "ack",
    "answer.affirmative",
    "answer.negative",
    "comply",
    "refuse",
    "question.intentions",
    "question",
    "request",
    "intention",
    "instruction",
    "advice",
    "warning",
    "request.assistance",
    "assistance.offer",
    "assistance.accept",
    "assistance.decline",
    "assistance.unable",
    "permission.request",
    "permission.grant",
    "permission.deny",
    "permission.lacking",
    "task",
    "phase.assess",
    "coordination.assume",
    "coordination.decline",
    "coordination.redirect",
    "coordination.handover",
    "coordination.accept",
    "coordination.reject",
    "search.suspend",
    "search.terminate",
    "case.close",
    "report.position",
    "report.persons",
    "report.status",
    "report.rescued",
    "report.landing",
    "thanks",
    "information",
    "unclassified",
]
ACT_KINDS: tuple[ActKind, ...] = get_args(ActKind)

#: The verbs of narration lines (TRANSCRIPT-FORMAT.md), as the grammar names them.
NarrationVerb = Literal[
    "shadows",
    "escorts",
    "stops",
    "is",
    "enters",
    "signals-distress",
    "sends-dsc-alert",
    "activates-epirb",
    "calls-999",
    "reports-in-water",
    "reports-missing",
    "recovers",
    "recovers-bodies",
    "takes-in-tow",
    "lands",
    "proceeds",
    "arrives-on-scene",
    "departs",
    "takes-coordination",
    "hands-coordination",
    "tasks",
    "suspends-search",
    "closes-case",
    "loses-contact",
]
NARRATION_VERBS: tuple[NarrationVerb, ...] = get_args(NarrationVerb)

#: Narration verbs by which a unit takes charge of a casualty on scene (shadowing is
#: not): the rescue ledger opens on them, and the rules ask who did them.
TAKING_CHARGE: frozenset[NarrationVerb] = frozenset(
    {"recovers", "takes-in-tow", "arrives-on-scene", "escorts"}
)

#: Acts that raise or tell of a casualty's need: a MAYDAY or a plea, a relay, a PAN-PAN.
#: A rescuer's count after one is of those it saved (protocol/aboard.py); a new voice
#: saying one raises an alert (protocol/bind.py).
ALERT_ACTS: frozenset[ActKind] = frozenset(
    {"distress.declare", "distress.relay", "request.assistance", "urgency.declare"}
)

#: Rule kinds of RULES.md. The file format names them; the engine implements them.
RuleKind = Literal[
    "zone-responsibility",
    "first-contact",
    "explicit-handover",
    "acknowledge",
    "answer",
    "render-assistance",
    "entry-consent",
    "landing-state",
    "place-of-safety",
    "persons-accounted",
    "phraseology",
    "response",
    "precedence",
    "absence",
    "existence",
]
RULE_KINDS: tuple[RuleKind, ...] = get_args(RuleKind)

#: The role of a station in a transcript; ``unknown`` for an undeclared speaker.
Role = Literal["vessel", "rcc", "shore", "aircraft", "casualty", "unknown"]
ROLES: tuple[Role, ...] = get_args(Role)
#: The roles a rule set's world may give a station (it knows no casualties).
WorldRole = Literal["rcc", "shore", "vessel", "aircraft"]
WORLD_ROLES: tuple[WorldRole, ...] = get_args(WorldRole)

#: Who a station answers to.
Unit = Literal["state", "private", "ngo"]
UNITS: tuple[Unit, ...] = get_args(Unit)

#: How a line was sent.
Medium = Literal[
    "radio", "phone", "dsc", "email", "sms", "satphone", "relay", "visual", "in-person"
]
MEDIA: tuple[Medium, ...] = get_args(Medium)

#: What a zone is: whose waters, whose search-and-rescue region.
ZoneKind = Literal["territorial-sea", "srr", "port-area", "other"]
ZONE_KINDS: tuple[ZoneKind, ...] = get_args(ZoneKind)

#: The two responsibility ledgers (RULES.md): who co-ordinates, who rescues.
Level = Literal["coordination", "rescue"]
LEVELS: tuple[Level, ...] = get_args(Level)

#: How much a rule's violation matters, most first.
Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = get_args(Severity)
#: The rank of each severity, for "this severity or worse": info 0, warning 1, error 2.
SEVERITY_RANK: dict[Severity, int] = {s: len(SEVERITIES) - 1 - i for i, s in enumerate(SEVERITIES)}

#: What a line of a transcript is, once read: something said, or something logged.
LineKind = Literal["utterance", "narration"]
LINE_KINDS: tuple[LineKind, ...] = get_args(LineKind)

#: The proword an utterance ends with.
Ending = Literal["over", "out"]
ENDINGS: tuple[Ending, ...] = get_args(Ending)

#: A rule's verdict (RULES.md, "Outcomes").
Outcome = Literal["satisfied", "violated", "excused", "not-applicable", "uncertain"]
OUTCOMES: tuple[Outcome, ...] = get_args(Outcome)


def act_kind(value: object) -> ActKind:
    """``value`` as an act kind, for names read from data (the lexicon, the frames, a
    reviewer's ``act=``): a name that is none is an error where it is read, not an act
    that no rule and no ``@expect`` can ever ask for."""
    if value not in ACT_KINDS:
        raise ValueError(f"{value!r} is not an act kind")
    return value
