"""Link replies to what they answer, and read replies in the light of their question.

"Affirmative" means nothing alone; after "do you accept co-ordination?" it is an
acceptance, after "may we launch our boat?" a permission. "We will take it" after a
handover offer accepts it; unprompted it assumes the case. This module finds, for
each reply act, the earlier act it answers (the latest fitting utterance between the
same two stations) and sets ``answers`` to its line; where SPEECH-ACTS.md says a
reply *is* a domain act in context, it adds that act, marked with the same
confidence and source. ``ack`` and ``thanks`` link too, but are never acceptance.
"""

from __future__ import annotations

import re

from checker.phraseology.model import SpeechAct, primary_kind
from checker.protocol.model import Event

_OFFER = re.compile(
    r"\b(?:accept|take\s+over|take|assume|handle)\b.*\b(?:co-?ordinat\w*|case|responsib\w*|"
    r"incident|this one)\b",
    re.I,
)


def offers_coordination(act: SpeechAct) -> bool:
    """A handover offer, or a question that asks the addressee to accept the case
    ("Do you accept co-ordination?", "Can you take over this case?")."""
    if act.kind == "coordination.handover":
        return True
    about = act.slots.get("about") or act.matched or ""
    return act.kind == "question" and isinstance(about, str) and bool(_OFFER.search(about))


#: what a yes or a no can answer, most specific first
_YES_NO = (
    "coordination.handover",
    "permission.request",
    "assistance.offer",
    "question",
    "question.intentions",
    "request",
    "instruction",
    "task",
    "request.assistance",
)
#: reply kind -> kinds of earlier acts it can answer, most specific first
ANSWERABLE: dict[str, tuple[str, ...]] = {
    "answer.affirmative": _YES_NO,
    "answer.negative": _YES_NO,
    "intention": ("question.intentions", "request", "instruction", "task", "question"),
    "comply": ("instruction", "request", "task", "advice"),
    "refuse": ("instruction", "request", "task", "advice", "assistance.offer"),
    "coordination.accept": ("coordination.handover", "question"),
    "coordination.reject": ("coordination.handover", "question"),
    "coordination.assume": ("coordination.handover",),
    "assistance.accept": ("assistance.offer", "question"),
    "assistance.decline": ("assistance.offer", "question"),
    "permission.grant": ("permission.request", "question"),
    "permission.deny": ("permission.request", "question"),
    "distress.ack": ("distress.declare", "distress.relay"),
    "report.position": ("question",),
    "report.persons": ("question",),
    "report.status": ("question",),
    "information": ("question", "question.intentions"),
    "thanks": ("*",),
    "ack": ("*",),
}
#: (reply kind, answered kind) -> the domain act the reply also is
IMPLIES: dict[tuple[str, str], str] = {
    ("answer.affirmative", "coordination.handover"): "coordination.accept",
    ("answer.negative", "coordination.handover"): "coordination.reject",
    ("coordination.assume", "coordination.handover"): "coordination.accept",
    ("answer.affirmative", "permission.request"): "permission.grant",
    ("answer.negative", "permission.request"): "permission.deny",
    ("answer.affirmative", "assistance.offer"): "assistance.accept",
    ("answer.negative", "assistance.offer"): "assistance.decline",
    ("answer.affirmative", "instruction"): "comply",
    ("answer.affirmative", "task"): "comply",
    ("answer.affirmative", "request"): "comply",
    ("answer.negative", "instruction"): "refuse",
    ("answer.negative", "task"): "refuse",
    ("answer.negative", "request"): "refuse",
}
#: how many earlier utterances a reply may reach back over
WINDOW = 8


def _partners(reply: Event, earlier: Event) -> bool:
    """Whether ``earlier`` was said to the replying station, or by its addressee."""
    if earlier.speaker is None or earlier.speaker == reply.speaker:
        return False
    if reply.addressee is not None and reply.addressee not in ("ALL",):
        return earlier.speaker == reply.addressee
    return earlier.addressee in (reply.speaker, None, "ALL")


def _answerable(event: Event, wanted: tuple[str, ...]) -> SpeechAct | None:
    if wanted == ("*",):
        content = [a for a in event.acts if a.kind not in ("call", "unclassified")]
        return content[-1] if content else None
    for kind in wanted:
        for act in event.acts:
            if act.kind == kind:
                return act
    return None


def link(events: list[Event]) -> None:
    """Set ``answers`` on reply acts and add the acts replies imply, in place."""
    utterances = [e for e in events if e.kind == "utterance"]
    for i, reply in enumerate(utterances):
        added: list[SpeechAct] = []
        for act in reply.acts:
            wanted = ANSWERABLE.get(act.kind)
            if wanted is None or act.answers is not None:
                continue
            for earlier in reversed(utterances[max(0, i - WINDOW) : i]):
                if not _partners(reply, earlier):
                    continue
                target = _answerable(earlier, wanted)
                if target is None:
                    continue
                act.answers = earlier.line
                offered = "coordination.handover" if offers_coordination(target) else target.kind
                implied = IMPLIES.get((act.kind, offered))
                if implied and not any(a.kind == implied for a in reply.acts):
                    added.append(
                        SpeechAct(
                            kind=implied,
                            confidence=act.confidence,
                            source=act.source,
                            span=act.span,
                            matched=act.matched,
                            slots={**target.slots, **act.slots},
                            answers=earlier.line,
                        )
                    )
                break
        if added:
            reply.acts = _relabel(reply.acts, added)
            if not reply.overridden:
                reply.primary = primary_kind(reply.acts)


def _relabel(acts: list[SpeechAct], added: list[SpeechAct]) -> list[SpeechAct]:
    """Insert implied acts; an unprompted-looking ``coordination.assume`` that answers a
    handover offer *is* the acceptance, so it is replaced rather than kept beside it."""
    out: list[SpeechAct] = []
    for act in acts:
        implied = next((a for a in added if a.answers == act.answers and a.span == act.span), None)
        if act.kind == "coordination.assume" and implied and implied.kind == "coordination.accept":
            out.append(implied)
            added.remove(implied)
            continue
        out.append(act)
        if implied is not None:
            out.append(implied)
            added.remove(implied)
    return out + added
