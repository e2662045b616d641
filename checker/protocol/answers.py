"""Link replies to what they answer, and read replies in the light of their question.

"Affirmative" means nothing alone; after "do you accept co-ordination?" it is an
acceptance, after "may we launch our boat?" a permission. "We will take it" after a
handover offer accepts it; unprompted it assumes the case. This module finds, for
each reply act, the earlier act it answers (the latest fitting utterance between the
same two stations) and sets ``answers`` to its line; where SPEECH-ACTS.md says a
reply *is* a domain act in context, it adds that act, marked with the same
confidence and source. ``ack`` and ``thanks`` link too, but are never acceptance. A
will-statement that is the first answer to an order addressed to its speaker carries
it out ("I will alter course to starboard", SPEECH-ACTS.md): ``comply`` goes before
the ``intention``, which stays for the ledgers. An earlier utterance counts as said
to the replying station only when it was addressed to it (or to all): an order to a
helicopter is not answered by the lifeboat that next calls the same centre.

The rest of the discourse of CLAUSES.md is read here too, because only here are the
earlier utterances in view: a reply that repeats the figures (persons, position) of
the message it answers is also a ``readback``; and the first reply of the called
station (the distress message's addressee, or an RCC) to a ``distress.declare``,
``distress.relay`` or ``request.assistance`` that shows it was heard (a question back,
a read-back, an offer, a "roger" with more) is also a ``distress.ack`` (``formal``
false; the grammar's RECEIVED MAYDAY is ``formal`` true). Added acts follow the act
they were read from, so the primary act stays what the speaker chiefly did.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal

from checker.phraseology.model import (
    READ_FIGURES,
    SENTENCE_END,
    SpeechAct,
    clause_agent,
    primary_kind,
    said_words,
)
from checker.phraseology.resolution import ACCEPT_WORDS, AS_TOLD_FROM, TAKEN_UP
from checker.protocol.aboard import rescued_aboard
from checker.protocol.conversation import infer_addressees
from checker.protocol.model import Event
from checker.protocol.sent import sent_units
from checker.vocabulary import ActKind, act_kind

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


#: acts that say nothing an "ack" or "thanks" could answer
_NO_CONTENT: frozenset[ActKind] = frozenset({"call", "unclassified"})
#: acts this module adds after the act they were read from
_ADDED_HERE: frozenset[ActKind] = frozenset({"readback", "distress.ack"})
#: what a yes or a no can answer, most specific first
_YES_NO: tuple[ActKind, ...] = (
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
#: orders a reply may carry out or refuse
_ORDERS: frozenset[ActKind] = frozenset({"instruction", "request", "task", "advice"})
#: what a reply says that refuses: a no said with it answers an order first, and help
#: offered last (the order of :data:`_YES_NO` otherwise); so does a yes said with
#: compliance (:data:`_ORDERS_FIRST`)
_REFUSING: frozenset[ActKind] = frozenset({"refuse", "assistance.unable"})
_ORDERS_FIRST: tuple[ActKind, ...] = (
    *_YES_NO[:2],
    *(k for k in _YES_NO if k in _ORDERS),
    *(k for k in _YES_NO[2:] if k not in _ORDERS and k != "assistance.offer"),
    "assistance.offer",
)
#: what a reply's figures report: a yes said with them answers a question first
_REPORTS: frozenset[ActKind] = frozenset({"report.persons", "report.position"})
_YES_WITH_FIGURES: tuple[ActKind, ...] = (
    "question",
    *(k for k in _YES_NO if k != "question"),
)
#: reply kind -> kinds of earlier acts it can answer, most specific first
ANSWERABLE: dict[ActKind, tuple[ActKind | Literal["*"], ...]] = {
    "answer.affirmative": _YES_NO,
    "answer.negative": _YES_NO,
    "intention": ("question.intentions", "request", "instruction", "task", "question"),
    "assistance.offer": ("instruction", "task"),
    "comply": ("instruction", "request", "task", "advice", "request.assistance"),
    "refuse": ("instruction", "request", "task", "advice", "assistance.offer"),
    "coordination.accept": ("coordination.handover", "question"),
    # (said to an order to take persons aboard, "je ne les prends pas" refuses it)
    "coordination.reject": ("coordination.handover", "question", "request", "task", "instruction"),
    "coordination.assume": ("coordination.handover",),
    "assistance.accept": ("coordination.handover", "assistance.offer", "question"),
    # (said to an order where no help was offered, a decline refuses it: "I will not
    # leave my ship" to "abandon your vessel")
    "assistance.decline": (
        "assistance.offer",
        "question",
        "instruction",
        "request",
        "task",
        "advice",
    ),
    "permission.grant": ("permission.request", "question"),
    "permission.deny": ("permission.request", "question"),
    "distress.ack": ("distress.declare", "distress.relay", "request.assistance"),
    "report.position": ("question",),
    "report.persons": ("question",),
    "report.status": ("question",),
    "information": ("question", "question.intentions"),
    "thanks": ("*",),
    "ack": ("*",),
}
#: (reply kind, answered kind) -> the domain act the reply also is
IMPLIES: dict[tuple[ActKind, ActKind], ActKind] = {
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
    # "alter course to starboard" / "I will alter course to starboard": a will-statement
    # that answers an order carries it out (SPEECH-ACTS.md, comply)
    ("intention", "instruction"): "comply",
    ("intention", "task"): "comply",
    ("intention", "request"): "comply",
    # "Vous quittez le voilier avec la vedette" / "d'accord, je viens": help said as
    # the order asked is the order carried out
    ("assistance.offer", "instruction"): "comply",
    ("assistance.offer", "task"): "comply",
    ("answer.negative", "instruction"): "refuse",
    ("answer.negative", "task"): "refuse",
    ("answer.negative", "request"): "refuse",
    ("coordination.reject", "request"): "refuse",
    ("coordination.reject", "task"): "refuse",
    ("coordination.reject", "instruction"): "refuse",
}
#: what a reply's yes or no may make of an offered case: never the casualty's
_TAKING: frozenset[ActKind | None] = frozenset({"coordination.accept", "coordination.reject"})
#: what a reply says that a yes said with it does not carry out
_DEFYING: frozenset[ActKind] = frozenset({"answer.negative", "refuse", "assistance.unable"})
#: what a yes said with these reports done, not agreed to
_DONE: frozenset[ActKind] = frozenset({"report.rescued", "report.landing"})
#: a no said with these is inability, not refusal
_CANNOT: frozenset[ActKind] = frozenset({"assistance.unable", "permission.lacking"})
#: what a partner says that a plan after it defies rather than carries out
_GAINSAID: frozenset[ActKind] = frozenset(
    {"permission.deny", "answer.negative", "refuse", "coordination.reject", "warning"}
)
#: how many earlier utterances a reply may reach back over
WINDOW = 8


def _partners(reply: Event, earlier: Event) -> bool:
    """Whether ``earlier`` was said to the replying station, or by its addressee."""
    if earlier.speaker is None or earlier.speaker == reply.speaker:
        return False
    if reply.addressee is not None and reply.addressee not in ("ALL",):
        # said by the addressee, and not to a third station: HMCG's tasking of a
        # helicopter is no order to the lifeboat that next calls HMCG
        return earlier.speaker == reply.addressee and earlier.addressee in (
            reply.speaker,
            None,
            "ALL",
        )
    return earlier.addressee in (reply.speaker, None, "ALL")


def _answerable(event: Event, wanted: tuple[str, ...]) -> SpeechAct | None:
    if wanted == ("*",):
        content = [a for a in event.acts if a.kind not in _NO_CONTENT]
        return content[-1] if content else None
    for kind in wanted:
        for act in event.acts:
            if act.kind == kind:
                return act
    return None


def link(events: list[Event], roles: Mapping[str, str] | None = None) -> None:
    """Set ``answers`` on reply acts and add the acts replies imply, in place; then read
    the read-backs and the acknowledgements of distress (``roles``: station id to role,
    for who may acknowledge a distress).

    Casualties are bound after this (a reply inherits those of what it answers); see
    :func:`name_casualties` for the ``casualty`` slot of the acknowledgements added."""
    utterances = [e for e in events if e.kind == "utterance"]
    infer_addressees(utterances)  # first: a reply is linked by who it is said to
    sent_units(utterances, roles or {})  # first: a unit complies with its tasking
    _link_answers(utterances, roles or {})
    changed = _readbacks(utterances)  # first: a read-back also acknowledges a distress
    changed |= _distress_acks(utterances, roles or {})
    changed |= rescued_aboard(utterances, roles or {})
    for event in utterances:
        if event.line in changed and not event.overridden:
            event.primary = primary_kind(event.acts)


def _link_answers(utterances: list[Event], roles: Mapping[str, str]) -> None:
    for i, reply in enumerate(utterances):
        added: list[SpeechAct] = []
        reread = False
        offer_line: int | None = None  # the offer of help the reply answers
        for act in reply.acts:
            wanted = _wanted(act, reply)
            if wanted is None:
                continue
            found = _answered(utterances, i, act, wanted)
            asked = found is not None and found[1].kind == "question"
            if (found is None or (asked and act.kind == "assistance.accept")) and _taken_up(act):
                # "Roger, we'll take it from here" where nothing was offered: the case
                # assumed; "yes, please come" where no help was offered: help asked
                # ("you request assistance?" - "Affirmative, we request fire fighting
                # assistance": the yes answers a question, and offered nothing)
                act.kind, reread = TAKEN_UP[act.kind], True
                continue
            if found is not None:
                k, target = found
                earlier = utterances[k]
                reread = _answer(act, earlier, target) or reread
                if target.kind == "assistance.offer":
                    offer_line = earlier.line
                offered: ActKind = (
                    "coordination.handover" if offers_coordination(target) else target.kind
                )
                casualty = roles.get(reply.speaker or "") == "casualty"
                implied = _implied(act, offered, reply, _replied(utterances, k, i), casualty)
                implied = _unless_kept(implied, act, target, reply)
                if _accepts(act, offered, implied, reply):
                    act.kind, implied, reread = "coordination.accept", None, True
                    added = [a for a in added if a.kind != "coordination.accept"]
                if implied and not _said(implied, reply):
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
            read = _read_as(act)
            if act.kind == "comply" and act.answers is None and read in AS_TOLD_FROM:
                # "Received. We will meet you at the median line." after a report: a
                # will-statement (or an action, "roger, altering to starboard") after a
                # receipt complies only with an order: it is what its frame read
                act.kind = act_kind(read)
                reread = True
        if _help_accepted(reply, offer_line or _offer_received(reply, utterances[:i])):
            added, reread = [a for a in added if a.kind != "assistance.accept"], True
        changed = bool(added) or reread
        if added:
            reply.acts = _relabel(reply.acts, added)  # (empties ``added``)
        if changed and not reply.overridden:
            reply.primary = primary_kind(reply.acts)


def _unless_kept(
    implied: ActKind | None, act: SpeechAct, target: SpeechAct, reply: Event
) -> ActKind | None:
    """The act a reply's act also is (``implied``), unless it answers a prohibition: a
    no to one keeps it (SPEECH-ACTS.md, comply), "Don't go out onto the mud
    yourself" - "no", where the "I won't" said with it complies itself
    (:func:`_answer`)."""
    if implied != "refuse" or not _forbids(target):
        return implied
    return None if any(a.kind in ("comply", "refuse") for a in reply.acts) else "comply"


def _forbids(target: SpeechAct) -> bool:
    """Whether an order forbids: "don't go out onto the mud", "ne sortez pas"."""
    clause = target.clause or {}
    return (
        target.kind in ("instruction", "task", "request", "advice")
        and clause.get("polarity") == "negative"
        and clause.get("mood") == "imperative"
    )


def _will_not(act: SpeechAct, target: SpeechAct) -> bool:
    """Whether a refusal only says the speaker will not, with no verb of its own or
    the prohibition's own ("I won't", "I won't go out"): it keeps the prohibition."""
    if act.kind != "refuse":
        return False
    predicate = (act.clause or {}).get("predicate")
    return predicate is None or predicate == (target.clause or {}).get("predicate")


def _taken_up(act: SpeechAct) -> bool:
    """Whether an acceptance was read from a yes or a receipt before what it says
    alone (``resolution.TAKEN_UP``), not said in so many words: where it answers
    nothing in the transcript, it is what its words say alone."""
    if act.kind not in TAKEN_UP:
        return False
    if act.frame is not None:
        return _read_as(act) == TAKEN_UP[act.kind]
    return ACCEPT_WORDS.isdisjoint(said_words(act.matched or ""))


def _answer(act: SpeechAct, earlier: Event, target: SpeechAct) -> bool:
    """Link a reply's act to the act it answers; an acceptance read from a receipt
    takes what was offered (the offer's casualty), and a place said in answer to
    "where" is a position ("Vous êtes où ?" - "Sur la plage, à Merville"); a decline
    said to an order where no help was offered refuses it ("I will not leave my
    ship" to "abandon your vessel"). Whether the act was read again."""
    if (
        act.kind == "assistance.decline"
        and target.kind in _ORDERS
        # ("ils refusent notre assistance", said by the unit sent: the persons decline)
        and clause_agent(act).partition(":")[0] in ("speaker", "none")
    ):
        act.answers, act.kind = earlier.line, "refuse"  # no help offered: the order refused
        return True
    act.answers = earlier.line
    if _forbids(target) and _will_not(act, target):
        act.kind = "comply"  # "Don't go out onto the mud" - "no no I won't": kept
        return True
    if _taken_up(act):
        act.slots = {**target.slots, **act.slots}
    if act.kind == "information" and _asks_where(target) and _placed(act):
        act.kind = "report.position"
        return True
    return False


def _asks_where(act: SpeechAct) -> bool:
    """Whether a question asks where someone or something is ("vous êtes où ?", "where
    are you now", "your location?")."""
    said = _WORDS.findall((act.matched or "").lower())
    return act.kind == "question" and not _WHERE.isdisjoint(said)


_WORDS = re.compile(r"\w+")


def _placed(act: SpeechAct) -> bool:
    """Whether an act's clause names a place ("sur la plage, à Merville")."""
    return act.clause is not None and "position" in act.clause.get("objects", ())


#: Words by which a question asks for a place.
_WHERE = frozenset({"where", "whereabouts", "location", "où", "position", "localisation"})


def _answered(
    utterances: list[Event], i: int, act: SpeechAct, wanted: tuple[ActKind | Literal["*"], ...]
) -> tuple[int, SpeechAct] | None:
    """The earlier utterance (its index) and the act of it that reply ``i``'s act
    answers, looking back over the partners' last messages, or None."""
    reply = utterances[i]
    for k in range(i - 1, max(0, i - WINDOW) - 1, -1):
        earlier = utterances[k]
        if act.kind in _BARE_ANSWERS and _called_afresh(reply, earlier):
            # "Genova, Aigue-Marine." — "go ahead" — "Yes, er, so, finally we accept the
            # tow": the yes of a station that called again opens what it says, it
            # answers no order given before its call
            return None
        if not _partners(reply, earlier):
            continue
        target = _answerable(earlier, wanted)
        if target is not None:
            return None if _offer_to_all(act, earlier, reply) else (k, target)
        if act.kind in _BARE_ANSWERS and _asks_back(earlier):
            # "Okay, wait, four three three one north … one five one west, yes?" -
            # "Affirmative. So, …": the yes confirms what was just asked back, not an
            # order given before it
            return None
        if act.kind == "intention" or (
            act.kind == "comply"
            and _read_as(act) in AS_TOLD_FROM
            and any(a.kind in _GAINSAID for a in earlier.acts)
        ):
            # a plan answers the partner's last message: "stand by", then a refusal,
            # then "(understood,) we're going in" is no compliance with "stand by" (a
            # plan said after a receipt passes over a repetition: "say again the
            # longitude" — "…" — "yes, we're altering course now" complies)
            return None
    return None


def _asks_back(event: Event) -> bool:
    """Whether a message ends asking for a yes ("…, yes?", "c'est bien ça ?"): what it
    says back is what a bare yes or no after it answers."""
    return (event.text or "").rstrip().endswith("?")


#: A bare yes or no, which answers the partner's last message.
_BARE_ANSWERS: frozenset[ActKind] = frozenset({"answer.affirmative", "answer.negative"})


def _called_afresh(reply: Event, earlier: Event) -> bool:
    """Whether ``earlier`` is the replying station's own call-up to its partner, with
    nothing else said: a new exchange it opened."""
    return (
        earlier.speaker == reply.speaker
        and bool(earlier.acts)
        and all(a.kind == "call" for a in earlier.acts)
    )


def _offer_received(reply: Event, before: list[Event]) -> int | None:
    """The line of the offer of help that a reply's receipt or yes answers, if any:
    "okay, okay, we accept, we come on board your ship" said to the ship that offered
    to take the crew (the receipt links to the offer; "we accept" names no case)."""
    lines = {a.answers for a in reply.acts if a.kind in _RECEIPTS and a.answers is not None}
    for earlier in reversed(before):
        if earlier.line in lines:
            if any(a.kind == "assistance.offer" for a in earlier.acts):
                return earlier.line
            return None
    return None


_RECEIPTS = frozenset({"ack", "answer.affirmative", "thanks"})


def _help_accepted(reply: Event, offer_line: int | None) -> bool:
    """Whether a reply's bare "we accept", said with the yes that answers an offer of
    help ("Yes, thank you, we accept. Please proceed …"), accepts that help: it names
    no case taken. Relabels it, in place; the acceptance the yes implied is then said."""
    if offer_line is None:
        return False
    for act in reply.acts:
        if (
            act.kind == "coordination.accept"
            and act.answers is None
            and _CASE_WORDS.isdisjoint(said_words(act.matched or ""))
        ):
            act.kind, act.answers = "assistance.accept", offer_line
            return True
    return False


#: Words by which an acceptance names the case it takes.
_CASE_WORDS = frozenset({
    "coordination", "case", "cas", "responsibility", "responsabilite", "incident", "lead",
    "charge", "dossier", "affaire",
})  # fmt: skip


def _accepts(act: SpeechAct, offered: ActKind, implied: ActKind | None, reply: Event) -> bool:
    """Whether a reply's act that answers an offer of the case is its acceptance:
    help accepted in reply to custody offered ("we'll take the tow from you", to "can
    you take the tow off us?"), or an assumption said with the acceptance it implies
    ("Roger, we'll take it. Falmouth accepts coordination …": said twice)."""
    if act.kind == "assistance.accept" or _takes(act):
        return offered == "coordination.handover"
    return act.kind == "coordination.assume" and _said(implied, reply)


#: What a reply's speaker says it does that takes what was offered ("we take them").
_TAKING_VERBS = frozenset({
    "take", "take over", "prendre", "prendre en charge", "reprendre", "accept", "accepter",
    "handle", "gerer",
})  # fmt: skip


def _takes(act: SpeechAct) -> bool:
    """Whether a statement says that its speaker takes something ("va bene, we take
    them", "on prend", "okay captain, we will take all forty-seven"), or has the craft
    or the escort now ("roger, we have the escort"): in reply to an offer of the case or
    of custody, its acceptance."""
    clause = act.clause or {}
    predicate = clause.get("predicate")
    return (
        act.kind in ("information", "intention", "comply")
        and clause.get("agent") == "speaker"
        and clause.get("polarity") == "positive"
        and clause.get("mood") == "declarative"
        and (
            predicate in _TAKING_VERBS
            or (
                predicate in _HAVING_VERBS
                and not _CHARGE_NOUNS.isdisjoint(said_words(act.matched or ""))
            )
        )
    )


#: Verbs by which a unit says it has what was handed to it, and what it may have.
_HAVING_VERBS = frozenset({"have", "get", "avoir"})
_CHARGE_NOUNS = frozenset({
    "escort", "tow", "casualty", "yacht", "boat", "vessel", "escorte", "remorque",
    "accompagnement", "bateau", "voilier",
})  # fmt: skip


def _wanted(act: SpeechAct, reply: Event) -> tuple[ActKind | Literal["*"], ...] | None:
    """What kinds of earlier act a reply's act may answer, most specific first; None
    when it answers nothing or is linked already."""
    wanted = ANSWERABLE.get(act.kind)
    if wanted is None or act.answers is not None:
        return None
    if _takes(act):
        return ("coordination.handover", *wanted)
    if act.kind == "answer.negative" and any(a.kind in _REFUSING for a in reply.acts):
        # "no, no, I can't recall him": a no said with a refusal answers the order,
        # not help offered with it ("the lifeboat is on its way. request you don't …")
        return _ORDERS_FIRST
    if act.kind == "answer.affirmative" and any(a.kind == "comply" for a in reply.acts):
        # "yes, okay, we prepare the deck now": a yes said with the doing answers the
        # order, not the help offered with it ("… the helicopter is on its way")
        return _ORDERS_FIRST
    if wanted is _YES_NO and any(_figures(a) for a in reply.acts):
        # "Oui, deux, mon mari et mon fils": a yes said with the figures answers the
        # question asked, not an offer said before it
        return _YES_WITH_FIGURES
    return wanted


def _figures(act: SpeechAct) -> bool:
    """Whether an act reports figures: a position, or persons counted ("oui, deux");
    "le skipper préfère attendre le canot" names persons and counts none."""
    return act.kind == "report.position" or (act.kind in _REPORTS and "count" in act.slots)


def _said(kind: ActKind | None, reply: Event) -> bool:
    return kind is not None and any(a.kind == kind for a in reply.acts)


def _implied(
    act: SpeechAct, offered: ActKind, reply: Event, answered: bool, casualty: bool = False
) -> ActKind | None:
    """The domain act a reply's act also is, answering an act of kind ``offered``
    (``answered``: the speaker answered that message already; ``casualty``: the
    casualty replies, whose "yes" to "your case has passed to Dover" takes no case)."""
    implied = IMPLIES.get((act.kind, offered))
    return None if _withheld(implied, act, reply, answered, casualty) else implied


def _withheld(
    implied: ActKind | None, act: SpeechAct, reply: Event, answered: bool, casualty: bool
) -> bool:
    """Whether what the reply says beside the act keeps it from being ``implied``."""
    kinds = {a.kind for a in reply.acts}
    if implied == "comply":
        return (
            # the order was answered already: a later plan of its own
            (act.kind == "intention" and answered)
            # "no no no, france! england! we go england": the plan defies it; "yeah, I
            # understand, but I'm afraid we cannot do this": the yes only heard it
            or not _DEFYING.isdisjoint(kinds)
            # "c'est bon, tout le monde est à bord": the yes says the order is done,
            # and the report of it is the point
            or (act.kind == "answer.affirmative" and not _DONE.isdisjoint(kinds))
        )
    if implied == "refuse":
        # "Negative. Albion Spirit is unable to give assistance": cannot, not will not
        return not _CANNOT.isdisjoint(kinds)
    if implied == "assistance.accept":
        # "Affirmative, proceed with best speed to her position": the offer taken up by
        # tasking the unit, which is what the reply chiefly does ("oui volontiers,
        # faites route sur la cardinale" takes the help gladly first)
        return "task" in kinds and _GLADLY.isdisjoint(
            re.findall(r"\w+", (reply.text or "").lower())
        )
    if implied == "coordination.accept" and act.kind == "answer.affirmative":
        # "yeah copied, stand by one, I'll get on to Dover": a yes that asks the other
        # to stand by has heard the offer and put off the answer
        return casualty or "procedure.stand-by" in kinds
    return casualty and implied in _TAKING


#: Words that take help gladly, said with the yes: the acceptance is the point.
_GLADLY = frozenset({"volontiers", "gladly", "plaisir", "pleasure", "wonderful", "brilliant"})


def _read_as(act: SpeechAct) -> str:
    """The kind of the frame that read an act's clause: a ``comply`` the classifier
    made of a will-statement (``resolution.PLAIN_WILL``) or of an action said after a
    receipt keeps the frame that read it."""
    return (act.frame or "").split("#", 1)[0]


def _replied(utterances: list[Event], k: int, i: int) -> bool:
    """Whether the speaker of ``utterances[i]`` spoke to the speaker of
    ``utterances[k]`` between the two."""
    me, them = utterances[i].speaker, utterances[k].speaker
    return any(e.speaker == me and e.addressee in (them, None) for e in utterances[k + 1 : i])


#: (act, implied) pairs where the implied act replaces the act it was read from.
_REPLACED = frozenset({
    ("coordination.assume", "coordination.accept"),
    ("coordination.reject", "refuse"),
})  # fmt: skip


def _relabel(acts: list[SpeechAct], added: list[SpeechAct]) -> list[SpeechAct]:
    """Insert implied acts; an unprompted-looking ``coordination.assume`` that answers a
    handover offer *is* the acceptance, so it is replaced rather than kept beside it;
    a case refused in answer to an order that offered none ("je ne les prends pas" to
    "pouvez-vous les prendre à bord") refuses the order."""
    out: list[SpeechAct] = []
    for act in acts:
        implied = next((a for a in added if a.answers == act.answers and a.span == act.span), None)
        if implied is not None and (act.kind, implied.kind) in _REPLACED:
            out.append(implied)
            added.remove(implied)
            continue
        if act.kind in ("intention", "assistance.offer") and implied and implied.kind == "comply":
            # the reply is chiefly compliance; the intention stays for the ledgers
            out += [implied, act]
            added.remove(implied)
            continue
        out.append(act)
        if implied is not None:
            out.append(implied)
            added.remove(implied)
    return out + added


# --------------------------------------------------------------------- read-backs

#: acts of a reply whose figures can repeat those of the message it answers
READBACK_ACTS: tuple[ActKind, ...] = ("report.persons", "report.position")
#: two positions within this many degrees (about half a mile) are the same figure
SAME_POSITION_DEG = 0.01


def _persons(act: SpeechAct) -> int | None:
    value = act.slots.get("count" if act.kind == "report.persons" else "persons")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _position(act: SpeechAct) -> dict[str, object] | None:
    value = act.slots.get("position")
    if isinstance(value, dict):
        return value
    return dict(act.slots) if act.kind == "report.position" else None


def _same_position(a: Mapping[str, object], b: Mapping[str, object]) -> bool:
    """Two spoken positions that say the same: coordinates within about half a mile,
    or the same distance and direction from the same charted mark."""
    lat_a, lon_a, lat_b, lon_b = a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")
    if all(isinstance(v, int | float) for v in (lat_a, lon_a, lat_b, lon_b)):
        return (
            abs(float(lat_a) - float(lat_b)) <= SAME_POSITION_DEG  # type: ignore[arg-type]
            and abs(float(lon_a) - float(lon_b)) <= SAME_POSITION_DEG  # type: ignore[arg-type]
        )
    keys = ("mark", "distance", "direction")
    if all(a.get(k) is not None for k in keys):
        same = all(str(a.get(k)).lower() == str(b.get(k)).lower() for k in keys)
        return same and a.get("unit", "nm") == b.get("unit", "nm")
    return False


def _repeats(act: SpeechAct, message: Event) -> bool:
    """Whether a reply act repeats a figure of an earlier message."""
    if act.kind == "report.persons":
        n = _persons(act)
        return n is not None and any(_persons(m) == n for m in message.acts)
    here = _position(act)
    if here is None:
        return False
    return any((p := _position(m)) is not None and _same_position(here, p) for m in message.acts)


def _answered_run(utterances: list[Event], i: int) -> list[Event]:
    """The message a reply answers, for a read-back, first: the latest utterance of its
    partner within the window, provided the replying station has not spoken to that
    partner since (a read-back comes first); then the lines the partner said just
    before it to the same station, unanswered: one message said in parts ("it's just
    the two of us" - "we're off Hill Head, about a mile out" - "Roger, two persons on
    board, about one mile south of Hill Head"). Empty when the reply answers none."""
    reply = utterances[i]
    lo = max(0, i - WINDOW)
    for k in range(i - 1, lo - 1, -1):
        earlier = utterances[k]
        if earlier.speaker == reply.speaker and earlier.addressee in (reply.addressee, None):
            return []
        if _partners(reply, earlier) and earlier.speaker not in (None, "ALL"):
            run = [earlier]
            for before in reversed(utterances[lo:k]):
                if before.speaker != earlier.speaker or before.addressee != earlier.addressee:
                    break
                run.append(before)
            return run
    return []


def _echoes(act: SpeechAct, reply: Event, heard: set[str]) -> bool:
    """Whether a statement said beside a receipt repeats the message's own words
    (``heard``: "copy, anchor down in six metres" to "we have the anchor down now … the
    depth is six metres"): two words that say something or more, every one of them the
    message's."""
    if act.kind not in _ECHOED or (act.clause or {}).get("mood") == "interrogative":
        return False
    # the receipt said before the echo or after it ("two one decimal zero, roger")
    if not any(a.kind == "ack" for a in reply.acts if a is not act):
        return False
    words = [w for w in said_words(act.matched or "") if len(w) > 2 and w not in _FUNCTION]
    return len(words) >= 2 and all(_heard_word(w.strip(".,"), heard) for w in words)


def _message_words(message: Event) -> set[str]:
    """The words of the message a reply answers, which an echo must all repeat; not
    the names of the stations it calls and is called by ("Bien reçu Petit Gildas"
    names the station it answers, it repeats nothing)."""
    said = set(said_words((message.text or "").replace(".", " ").replace(",", " ")))
    names = [message.speaker_name, message.addressee_name]
    names += [
        str(a.slots.get(k))
        for a in message.acts
        if a.kind == "call"
        for k in ("called", "caller")
        if a.slots.get(k)
    ]
    return said - {w for name in names if name for w in said_words(name)}


def _echo_beside_receipt(reply: Event, answers: int, heard: set[str]) -> bool:
    """Add, as a ``readback`` of line ``answers`` (whose words are ``heard``), the
    words said right after a receipt or right before it that no act reads and that
    all repeat the message ("Roger, black suit, yellow hood, orange DSMB. And his
    name?", "Two one decimal zero, roger."); whether one was added."""
    text = reply.text or ""
    spans = sorted((a.span, n) for n, a in enumerate(reply.acts) if a.span is not None)
    for k, ((start, end), n) in enumerate(spans):
        if reply.acts[n].kind != "ack":
            continue
        after = spans[k + 1][0][0] if k + 1 < len(spans) else len(text)
        before = spans[k - 1][0][1] if k else 0
        for gap, at in (((end, after), n + 1), ((before, start), n)):
            # (within the receipt's sentence: "Roger, black suit, … DSMB. And his name?")
            parts = SENTENCE_END.split(text[gap[0] : gap[1]])
            said = (parts[0] if gap[0] == end else parts[-1]).strip(" ,")
            words = [
                w.strip(",")
                for w in said_words(said)
                if len(w.strip(",")) > 2 and w.strip(",") not in _FUNCTION
            ]
            if len(words) >= 2 and all(_heard_word(w, heard) for w in words):
                first = text.index(said, gap[0])
                reply.acts.insert(
                    at,
                    SpeechAct(
                        kind="readback",
                        confidence=reply.acts[n].confidence * DISCOURSE_DISCOUNT,
                        source=reply.acts[n].source,
                        span=(first, first + len(said)),
                        matched=said,
                        slots={"what": [said]},
                        answers=answers,
                    ),
                )
                return True
    return False


def _heard_word(word: str, heard: set[str]) -> bool:
    """Whether a word of an echo is one of the message's, or the end of a longer one
    ("suit" of "drysuit"), or it said in the singular ("three hundred milligram
    aspirin" of "three hundred milligrams")."""
    return (
        word in heard
        or (len(word) > 3 and any(h.endswith(word) for h in heard))
        or f"{word}s" in heard
    )


#: What a receipt's echo may have been read as.
_ECHOED: frozenset[ActKind] = frozenset({
    "instruction", "information", "report.status", "report.position", "report.persons",
    # an order said back ("Proceed to beacon position and search, report everything.
    # Understood."); a recovery said back may be the answer to "have you got him?"
    "task", "request",
})  # fmt: skip
#: Words that say nothing of their own in an echo.
_FUNCTION = frozenset({"the", "and", "you", "your", "are", "our", "with", "for", "that", "this"})


def _offer_to_all(act: SpeechAct, earlier: Event, reply: Event) -> bool:
    """Whether help offered answers an order said to others ("All vessels in the
    vicinity keep a sharp lookout" - "We are two miles from that position,
    proceeding"): an offer, no compliance; said as the order asked of the speaker
    ("Vous quittez le voilier avec la vedette" - "d'accord, je viens") it complies."""
    return act.kind == "assistance.offer" and earlier.addressee != reply.speaker


def _figures_of(acts: list[SpeechAct]) -> dict[str, Any]:
    """The figures the repeated acts carried (a count, a written position): the
    read-back keeps them (READ_FIGURES)."""
    out: dict[str, Any] = {}
    for a in acts:
        for key in READ_FIGURES:
            if a.slots.get(key) is not None and key not in out:
                out[key] = a.slots[key]
    return out


def _readbacks(utterances: list[Event]) -> set[int]:
    """Add ``readback`` acts; return the lines changed."""
    changed: set[int] = set()
    for i, reply in enumerate(utterances):
        if any(a.kind == "readback" for a in reply.acts):
            continue
        run = _answered_run(utterances, i)
        if not run:
            continue
        message = run[0]
        heard = set().union(*(_message_words(m) for m in run))
        same = [
            a
            for a in reply.acts
            if (a.kind in READBACK_ACTS and any(_repeats(a, m) for m in run))
            or _echoes(a, reply, heard)
        ]
        if not same:
            if _echo_beside_receipt(reply, message.line, heard):
                changed.add(reply.line)
            continue
        spans = [a.span for a in same if a.span is not None]
        span = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
        text = reply.text or ""
        readback = SpeechAct(
            kind="readback",
            confidence=min(a.confidence for a in same),
            source=same[0].source,
            span=span,
            matched=text[span[0] : span[1]] if span else None,
            slots={"what": [a.matched or a.kind for a in same], **_figures_of(same)},
            answers=message.line,
        )
        # the repeated figures are the read-back, not a new report (SPEECH-ACTS.md: a
        # read-back is not substantive, so the primary act is what follows it)
        at = next(k for k, a in enumerate(reply.acts) if a is same[0])
        reply.acts = [a for a in reply.acts if not any(a is b for b in same)]
        reply.acts.insert(at, readback)
        changed.add(reply.line)
    return changed


# --------------------------------------------------------------------- distress.ack

#: messages whose first reply by the called station acknowledges a distress
DISTRESS_MESSAGES: tuple[ActKind, ...] = (
    "distress.declare",
    "distress.relay",
    "request.assistance",
)
#: how many utterances after the message that reply may come
ACK_WINDOW = 4
#: a reply's acts that show it heard the distress, most telling first
SHOWS_HEARD: tuple[ActKind, ...] = (
    "readback",
    "question",
    "question.intentions",
    "assistance.offer",
)
#: acts of a reply that are themselves the acknowledgement, not only a sign of it
ASKED_OR_READ_BACK: frozenset[ActKind] = frozenset({"readback", "question", "question.intentions"})
#: acts that alone show only receipt, or nothing
_RECEIPT: frozenset[ActKind] = frozenset({"call", "ack", "thanks", "unclassified"})
#: how much less sure an acknowledgement read from the reply context is than the reply
DISCOURSE_DISCOUNT = 0.9


def _heard(reply: Event) -> SpeechAct | None:
    """The act of a reply that shows the distress was heard: a question back, a
    read-back, an offer, any act beside a receipt ("roger, ..."), or the called
    station answering with its own name alone ("Coast Guard Sector Anchorage.", the
    answer to a call in radio procedure)."""
    for kind in SHOWS_HEARD:
        act = next((a for a in reply.acts if a.kind == kind), None)
        if act is not None:
            return act
    if reply.acts and all(a.kind == "call" for a in reply.acts):
        return reply.acts[0]
    if any(a.kind == "ack" for a in reply.acts):
        return next(
            (
                a
                for a in reply.acts
                if a.kind not in _RECEIPT and not a.kind.startswith(("procedure.", "answer."))
            ),
            None,
        )
    return None


def _distress_acks(utterances: list[Event], roles: Mapping[str, str]) -> set[int]:
    """Add ``distress.ack`` to the first reply of the called station to a distress
    message, and mark the grammar's RECEIVED MAYDAY formal; return the lines changed."""
    changed: set[int] = set()
    for event in utterances:
        for act in event.acts:
            if act.kind == "distress.ack" and "formal" not in act.slots and _received_mayday(act):
                act.slots = {**act.slots, "formal": True}
    # (speaker, addressee) of the acknowledgements before the message, kept as the
    # messages are walked: acts are added only to replies after their message, so an
    # utterance's acts are final once the walk has passed it
    acked: set[tuple[str | None, str | None]] = set()
    for i, message in enumerate(utterances):
        if i:
            _note_ack(acked, utterances[i - 1])
        found = next((a for a in message.acts if a.kind in DISTRESS_MESSAGES), None)
        sender = message.speaker
        if found is None or sender is None:
            continue
        called = message.addressee if message.addressee not in (None, "ALL") else None
        for reply in utterances[i + 1 : i + 1 + ACK_WINDOW]:
            if reply.speaker in (None, sender) or reply.addressee != sender:
                continue
            if reply.speaker != called and roles.get(reply.speaker or "") != "rcc":
                continue
            if any(a.kind == "distress.ack" for a in reply.acts):
                break
            if (reply.speaker, sender) in acked:
                break  # "we need help" after a MAYDAY this station already acknowledged
            heard = _heard(reply)
            if heard is None:
                break  # the first reply shows receipt only (SR02 reads a bare "roger")
            casualty = found.slots.get("casualty")
            ack = SpeechAct(
                kind="distress.ack",
                confidence=round(heard.confidence * DISCOURSE_DISCOUNT, 3),
                source=heard.source,
                span=heard.span,
                matched=heard.matched,
                slots={**({"casualty": casualty} if casualty else {}), "formal": False},
                answers=message.line,
            )
            # a question back or a read-back *is* the acknowledgement (SPEECH-ACTS.md:
            # "what is your position?" straight after the MAYDAY); an act beside a
            # receipt only shows the distress was heard, and keeps the primary
            put = _insert_before if heard.kind in ASKED_OR_READ_BACK else _insert_after
            reply.acts = put(reply.acts, heard, ack)
            changed.add(reply.line)
            break
    return changed


def _received_mayday(act: SpeechAct) -> bool:
    """The classifier's RECEIVED MAYDAY: the formal acknowledgement (ITU RR Art. 32).
    The grammar also reads its plain forms ("copy your mayday", "mayday bien reçu"),
    which acknowledge but are not the proword."""
    matched = (act.matched or "").lower()
    if act.source == "grammar":
        return bool(_PROWORD.search(matched))
    return act.source == "lexicon" and "mayday" in matched


#: The proword itself: RECEIVED MAYDAY (or ROMEO ROMEO ROMEO MAYDAY, ROGER MAYDAY).
_PROWORD = re.compile(r"\b(?:received|romeo romeo romeo|roger) mayday\b")


def _note_ack(acked: set[tuple[str | None, str | None]], e: Event) -> None:
    """Remember that ``e``'s speaker acknowledged a distress of its addressee."""
    if any(a.kind == "distress.ack" for a in e.acts):
        acked.add((e.speaker, e.addressee))


def name_casualties(events: list[Event]) -> None:
    """Give the acknowledgements read from the reply context the casualty of the
    message they answer, once casualties are bound (``formal`` false, no ``casualty``)."""
    bound = {e.line: e.casualties for e in events}
    for event in events:
        for act in event.acts:
            if act.kind != "distress.ack" or act.slots.get("formal") is not False:
                continue
            if "casualty" not in act.slots and act.answers is not None and bound.get(act.answers):
                act.slots = {"casualty": bound[act.answers][0], **act.slots}


def _insert_before(acts: list[SpeechAct], anchor: SpeechAct, new: SpeechAct) -> list[SpeechAct]:
    """The acts with ``new`` just before ``anchor``."""
    out = list(acts)
    out.insert(next(i for i, a in enumerate(out) if a is anchor), new)
    return out


def _insert_after(acts: list[SpeechAct], anchor: SpeechAct, new: SpeechAct) -> list[SpeechAct]:
    """The acts with ``new`` after ``anchor`` (and after any acts already added there)."""
    out = list(acts)
    at = next(i for i, a in enumerate(out) if a is anchor) + 1
    while at < len(out) and out[at].kind in _ADDED_HERE and out[at].answers:
        at += 1
    out.insert(at, new)
    return out
