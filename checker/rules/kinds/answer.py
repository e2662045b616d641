"""answer: a question gets an answer from its addressee.

Why: SMCP (General 4): a QUESTION expects an ANSWER; on a working channel an
unanswered question — above all "what are your intentions?" — leaves the other
station guessing, and the record shows who left it so.

Params:
  acts    act kinds that are questions (default ``question``, ``question.intentions``)
  within  optional time within which the answer must come

An answer is a reply the protocol links to the question, or the addressee's next
transmission to the questioner. Outcomes per question: ``satisfied`` when answered
(in time); ``violated`` when answered late, or when the addressee transmitted again
without answering; ``uncertain`` when the addressee is not heard again (the answer
may be on a channel the transcript does not record). When every question was
answered the rule reports one ``satisfied`` verdict for the transcript.

PASS::

    06:40 French warship -> Ranger: Ranger, this is French warship. What are your intentions?
    06:41 Ranger -> French warship: I am going to escort that with the UK Coastguard. Over.

FAIL::

    06:40 French warship -> Ranger: Ranger, this is French warship. What are your intentions?
    06:45 Ranger -> Dover Coastguard: Dover Coastguard, this is Ranger. Proceeding. Over.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import ALL
from checker.protocol.model import Event
from checker.rules.finding import Finding, aggregate, lines_text
from checker.rules.params import Duration, KindParams, spoken, spoken_secs
from checker.rules.view import View

KIND = "answer"
NOTHING = "No question was asked."


class Params(KindParams):
    """Parameters of ``answer``."""

    acts: tuple[str, ...] = ("question", "question.intentions")
    within: Duration | None = None


def check(view: View, params: Params) -> Iterator[Finding]:
    """One finding per question, or one for the transcript when all were answered."""
    items = [
        _judge(view, params, e)
        for e in view.events
        if e.kind == "utterance"
        and view.addressee(e) not in (None, ALL)
        and any(view.acts(e, *params.acts))
    ]
    yield from aggregate(items, NOTHING, "Every question was answered by its addressee.")


def _reply(view: View, q: Event) -> Event | None:
    for e in view.events:
        if e.line <= q.line or e.speaker != view.addressee(q):
            continue
        if any(a.answers == q.line for a in e.acts) or view.addressee(e) in (q.speaker, None):
            return e
    return None


def _judge(view: View, params: Params, q: Event) -> Finding:
    kind = next(view.acts(q, *params.acts))
    what = "intentions question" if kind.kind == "question.intentions" else "question"
    who = view.addressee(q)
    party = view.party(who)
    reply = _reply(view, q)
    if reply is not None:
        took = view.elapsed(q.line, reply.line)
        evidence = [q.line, reply.line]
        conf = kind.confidence  # that a reply came is observed, whatever its acts
        if params.within and took is not None and took > params.within.total_seconds():
            return Finding(
                "violated",
                f"The {what} ({lines_text([q.line])}) was answered by {who} only "
                f"after {spoken_secs(took)}, later than {spoken(params.within)}.",
                evidence,
                party,
                None,
                who,
                conf,
            )
        return Finding(
            "satisfied",
            f"The {what} ({lines_text([q.line])}) was answered by {who} "
            f"({lines_text([reply.line])}).",
            evidence,
            party,
            None,
            who,
            conf,
        )
    again = [e.line for e in view.events if e.line > q.line and e.speaker == who]
    if again:
        return Finding(
            "violated",
            f"{who} did not answer the {what} of {q.speaker} "
            f"({lines_text([q.line])}) though it transmitted again ({lines_text(again)}).",
            [q.line, *again],
            party,
            None,
            who,
            kind.confidence,
        )
    return Finding(
        "uncertain",
        f"{who} is not heard answering the {what} ({lines_text([q.line])}); "
        "the transcript may be partial.",
        [q.line],
        party,
        None,
        who,
        kind.confidence,
    )
