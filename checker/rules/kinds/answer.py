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

import bisect
from collections.abc import Iterator

from checker.context import ALL
from checker.protocol.model import Event
from checker.rules.finding import Finding, aggregate, first_lines, lines_text
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
    replies = _Replies(view)
    items = [
        _judge(view, params, e, replies)
        for e in view.events
        if e.kind == "utterance"
        and view.addressee(e) not in (None, ALL)
        and any(view.acts(e, *params.acts))
    ]
    yield from aggregate(items, NOTHING, "Every question was answered by its addressee.")


class _Replies:
    """Where to look for a question's reply, indexed once per check: a scan of the
    transcript from its start for every question made 2,000 questions quadratic.

    A reply to question ``q`` by ``who`` is ``who``'s first event after ``q`` that
    answers it (an act's ``answers``) or is addressed to ``q``'s speaker or to nobody.
    """

    def __init__(self, view: View) -> None:
        self.view = view
        self.to: dict[tuple[str | None, str | None], list[int]] = {}
        self.answering: dict[int, list[Event]] = {}
        for e in view.events:
            self.to.setdefault((e.speaker, view.addressee(e)), []).append(e.line)
            for line in dict.fromkeys(a.answers for a in e.acts if a.answers is not None):
                self.answering.setdefault(line, []).append(e)

    def reply(self, q: Event, who: str | None) -> Event | None:
        """The first reply of ``who`` to ``q``, or None."""
        found = [
            e.line for e in self.answering.get(q.line, ()) if e.line > q.line and e.speaker == who
        ][:1]
        for to in dict.fromkeys((q.speaker, None)):
            lines = self.to.get((who, to), [])
            at = bisect.bisect_right(lines, q.line)
            found.extend(lines[at : at + 1])
        return self.view.event(min(found)) if found else None


def _judge(view: View, params: Params, q: Event, replies: _Replies) -> Finding:
    kind = next(view.acts(q, *params.acts))
    what = "intentions question" if kind.kind == "question.intentions" else "question"
    who = view.addressee(q)
    party = view.party(who)
    reply = replies.reply(q, who)
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
    again, more = first_lines(view.spoken_by.get(who, []), q.line)
    if again:
        return Finding(
            "violated",
            f"{who} did not answer the {what} of {q.speaker} "
            f"({lines_text([q.line])}) though it transmitted again ({lines_text(again, more)}).",
            [q.line, *again],
            party,
            None,
            who,
            kind.confidence,
            omitted=more,
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
