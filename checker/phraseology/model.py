"""Speech acts: what an utterance does, as SPEECH-ACTS.md defines the public kinds.

These models are the classifier's output and part of the JSON report. Act kinds are
a public contract: never rename one without keeping the old name as an alias.

:class:`SpeechAct` is a slotted stdlib dataclass, not a pydantic model: a long file
holds several acts per utterance, and a pydantic instance costs a ``__dict__`` and a
set of the fields set besides its values (measured: benchmarks/README.md, 'lean
models'). pydantic still validates, serialises and describes it inside a
:class:`Classification` or a report: the field constraints (``Annotated[...,
Field(...)]``), ``extra="forbid"`` (``__pydantic_config__``) and the docstring give
the same JSON Schema and the same JSON as the model it replaces. Built in code, its
values are not validated: their producers are typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar, Literal, Protocol

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    SerializerFunctionWrapHandler,
    WithJsonSchema,
    model_serializer,
)

from checker.defaults import empty_dict, empty_list
from checker.vocabulary import ActKind, Ending

ActSource = Literal["grammar", "lexicon", "frame", "override"]

#: An act kind in a published model. mypy and validation check it against the
#: vocabulary; the report's JSON Schema keeps saying "a string", as it always has, so
#: that a kind added to SPEECH-ACTS.md is not a change of the schema.
PublishedActKind = Annotated[ActKind, WithJsonSchema({"type": "string"})]

#: Act fields that are left out of the JSON when they are None (added in 2026-12).
OPTIONAL_ACT_FIELDS = ("frame", "clause")


def omit_none(dumped: Any, model: object, fields: Sequence[str]) -> Any:
    """``dumped`` (a model's dump) without the keys of ``fields`` whose value is None:
    fields added to a public model after reports were shipped, which must not change
    the bytes of a report that has no value for them."""
    if isinstance(dumped, dict):
        for name in fields:
            if getattr(model, name) is None:
                dumped.pop(name, None)
    return dumped


class ClauseFacts(Mapping[str, Any]):
    """An act's clause as the report shows it: ``{"span": [start, end], **features}``.

    A read-only mapping of the clause's characters and its features (the dict
    :meth:`.clause.Clause.features` computes once per clause read, shared by every act
    of that clause), instead of a dict of its own for each act: a long file's acts
    hold one each, and the dict cost five times this (measured: benchmarks/README.md,
    'Memory, second pass'). It is dumped as that dict, and a report read back from
    JSON holds the dict.
    """

    __slots__ = ("features", "span")

    def __init__(self, span: tuple[int, int], features: dict[str, Any]) -> None:
        self.span = span
        self.features = features

    def __getitem__(self, key: str) -> Any:
        return list(self.span) if key == "span" else self.features[key]

    def __iter__(self) -> Iterator[str]:
        yield "span"
        yield from self.features

    def __len__(self) -> int:
        return 1 + len(self.features)

    def __repr__(self) -> str:
        return repr(self.as_dict())

    def as_dict(self) -> dict[str, Any]:
        """The clause as a dict, keys in the report's order."""
        return {"span": list(self.span), **self.features}


def _clause_json(clause: Mapping[str, Any]) -> dict[str, Any]:
    return clause.as_dict() if isinstance(clause, ClauseFacts) else dict(clause)


#: An act's clause: a :class:`ClauseFacts` as the classifier makes it, a dict as read
#: back; either is dumped as the dict, and described by the schema of one.
Clause = Annotated[
    Mapping[str, Any],
    PlainSerializer(_clause_json, return_type=dict[str, Any]),
    WithJsonSchema({"additionalProperties": True, "type": "object"}),
]


@dataclass(slots=True, kw_only=True)
class SpeechAct:
    """One act of an utterance.

    ``confidence`` is 1.0 when the grammar matched standard phraseology exactly and
    lower for plain-language or near-miss matches; ``assumed`` records the words a
    near miss was taken for (``{"export": "escort"}``); ``span`` is the character
    range ``[start, end)`` in the utterance text; ``answers`` the line of the act it
    replies to (set by the resolve stage); ``frame`` the id of the clause frame that
    produced it (``"coordination.decline#2"``) and ``clause`` the clause's span and
    features (docs/understanding.md). ``frame`` and ``clause`` are left out of the JSON when
    absent, so that reports of acts without them keep their bytes.
    """

    __pydantic_config__: ClassVar[ConfigDict] = ConfigDict(extra="forbid")

    kind: PublishedActKind
    confidence: Annotated[float, Field(ge=0.0, le=1.0)]
    source: ActSource
    span: tuple[int, int] | None = None
    matched: str | None = None
    slots: dict[str, Any] = field(default_factory=empty_dict)
    assumed: dict[str, str] = field(default_factory=empty_dict)
    answers: int | None = None
    frame: str | None = None
    clause: Clause | None = None

    # No return annotation: pydantic would take it for the JSON schema of the act.
    @model_serializer(mode="wrap")
    def _omit_absent(self, handler: SerializerFunctionWrapHandler):  # type: ignore[no-untyped-def]
        return omit_none(handler(self), self, OPTIONAL_ACT_FIELDS)


class Classification(BaseModel):
    """Everything the classifier says about one utterance."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    text: str
    acts: list[SpeechAct] = Field(default_factory=empty_list)
    primary: PublishedActKind
    ends_with: Ending | None = None
    markers: list[str] = Field(default_factory=empty_list)
    language: str | None = None
    low_confidence_words: list[str] = Field(default_factory=empty_list)


class Kinded(Protocol):
    """Anything with an act kind: a :class:`SpeechAct`, or a candidate act that the
    classifier has yet to turn into one."""

    @property
    def kind(self) -> ActKind: ...


#: Acts that do not decide the primary act when a substantive act follows them
#: (SPEECH-ACTS.md, 2026-12): a receipt (a read-back is a receipt that repeats),
#: thanks or a bare yes/no. A read-back decides it but before a question
#: (:func:`primary_kind`), as SPEECH-ACTS.md lists it among the substantive acts.
NOT_SUBSTANTIVE: frozenset[ActKind] = frozenset(
    {"call", "ack", "readback", "thanks", "answer.affirmative", "answer.negative"}
)
#: Questions, which a read-back before them leads to: "Roger, taking on water. How
#: many people do you have on board?" asks (the real corpus labels it so).
_ASKING: frozenset[ActKind] = frozenset({"question", "question.intentions"})


#: Acts for which a position said before them is the reason, not the point: "You
#: are in French waters, call 999" redirects (SPEECH-ACTS.md's own example).
BECAUSE_OF_POSITION: frozenset[ActKind] = frozenset({
    "coordination.redirect", "coordination.decline", "permission.lacking", "permission.deny",
    "permission.request", "assistance.unable",
    # "we are six miles from your position, we can assist": where the helper is
    "assistance.offer",
    # "the boat is now on your side of the line, request you take over": why it passes
    "coordination.handover",
    # "the small boat is now in your waters, what do you intend to do with him?": why
    # the intentions are asked
    "question.intentions",
    # "the boat is still one mile inside your waters, we do not accept the handover":
    # why the case is refused
    "coordination.reject",
    # "on est à quai à Port-Haliguen, les pompiers l'ont pris en charge": where the
    # persons were landed
    "report.landing",
    # "on est sur zone, je prends la coordination sur place": where the case is taken
    "coordination.assume", "coordination.accept",
})  # fmt: skip


#: Acts for which the casualty's state said before them is the reason: the case passed.
_PASSED_ON: frozenset[ActKind] = frozenset({"coordination.handover", "coordination.redirect"})
#: What persons counted first are said for: the case passed on, or them rescued.
_COUNTED_FOR: frozenset[ActKind] = _PASSED_ON | {"report.rescued"}
#: What a read-back said first is the reason for: the case sent on or turned down.
_SENT_ON: frozenset[ActKind] = frozenset({
    "coordination.handover", "coordination.redirect", "coordination.decline",
    "permission.deny", "permission.lacking",
})  # fmt: skip
#: Reports of the speaker's own state said before help is declined or found beyond it:
#: why it is not needed or cannot be given ("we're fine, we don't need anything", "we're
#: only a small yacht with two elderly crew, we can't be of any help").
_WHY_NO_HELP: frozenset[ActKind] = frozenset({"report.persons", "report.status"})
#: The modalities of what the speaker will not do (not what it cannot).
_WONT = frozenset({"will", "unwilling"})
#: What stops what the speaker would like to do.
_BUT_CANNOT: frozenset[ActKind] = frozenset({"refuse", "assistance.unable", "permission.lacking"})
#: What a speaker says it would do before asking leave for it.
_ASKED_LEAVE_FOR: frozenset[ActKind] = frozenset({"assistance.offer", "intention"})


#: Reports of a casualty that describe the one a later relay passes on.
CASUALTY_REPORTS: frozenset[ActKind] = frozenset(
    {"report.persons", "report.status", "report.position"}
)


def _own_people(act: Kinded) -> bool:
    """Whether a count of persons is the speaker's own people, no craft named ("We
    have two injured"; "j'ai un pneumatique plein de monde" sees another's)."""
    clause = getattr(act, "clause", None)
    objects = clause.get("objects", ()) if clause is not None else ()
    return (
        act.kind == "report.persons"
        and clause_agent(act) == "speaker"
        and "casualty" not in objects
    )


def _relayed_after(acts: Sequence[Kinded], kinds: list[ActKind], k: int) -> bool:
    """Whether only reports of a casualty (or acts that are no statement) lead from
    ``k`` to a ``distress.relay``, or to another's need of help ("il est tout seul
    sur un voilier … et a besoin d'aide", as the real corpus labels a relative's
    call): the reports describe the casualty relayed. The speaker's own state or
    persons said before its distress declared are what it declares ("the engine is
    stop and water is coming, we are sinking, help")."""
    for n in range(k, len(kinds)):
        kind = kinds[n]
        if kind == "distress.relay" or (kind == "request.assistance" and _for_another(acts[n])):
            # (the speaker's own people counted first are aboard with it: "We have two
            # injured. My husband, he was hit on the head …")
            return not _own_people(acts[k])
        if kind == "distress.declare":
            # (where the speaker is, said first, is no part of the distress: "my ship near
            # beach, island Christmas … can you save me?"; an onlooker's "the boat is
            # taking a lot of water, the front is going down" declares nobody's own)
            return kinds[k] != "report.position" and clause_agent(acts[n]) == "speaker"
        if kind not in CASUALTY_REPORTS and kind not in NOT_SUBSTANTIVE and kind != "information":
            return False
    return False


def _clause_feature(act: Kinded, name: str) -> str:
    """A feature of an act's clause, or "none" when the clause does not give it or the
    act has no clause (a lexicon or grammar act)."""
    clause = getattr(act, "clause", None)
    return str(clause.get(name, "none")) if clause is not None else "none"


def _modality(act: Kinded) -> str:
    """The modality of an act's clause ("will", "want", …), or "none"."""
    return _clause_feature(act, "modality")


def clause_agent(act: Kinded) -> str:
    """The agent of an act's clause ("speaker", "third:malta", "persons:four"), or
    "none" when the act has no clause (a lexicon or grammar act)."""
    return _clause_feature(act, "agent")


#: Where a sentence of an utterance's text ends: what is said after it is another
#: message (the protocol reads an act's sentence: protocol/bind.py, protocol/answers.py).
SENTENCE_END = re.compile(r"[.?!]")


def said_words(text: str) -> list[str]:
    """The lower-case words of what an act said, an apostrophe parting them ("they're"
    is "they", "re") and no mark kept on them: how the protocol looks for a word in an
    act's ``matched`` text."""
    words = text.lower().replace("'", " ").split()
    # ("you're released, and thanks …": a word is looked for without the comma after it)
    return [x for w in words if (x := w.strip(_MARKS))]


#: Marks said words are written with, before or after them.
_MARKS = '.,;:!?"()[]…«»“”'


def _for_another(act: Kinded) -> bool:
    """Whether an act's clause has a third party as its subject."""
    return clause_agent(act).partition(":")[0] in ("third", "casualty", "persons")


def _beside_receipt(acts: Sequence[Kinded], kinds: list[ActKind], k: int) -> bool:
    """Whether a ``distress.ack`` read from the reply's context stands beside the
    receipt that showed the distress heard (protocol/answers.py puts it after the
    receipt) and something of substance is said after it: "Falmouth, 924, copied all
    that, lifting from Newquay now", "Vale, okay. No, this position is for
    Finisterre". A question or a read-back after the distress is the acknowledgement
    itself, and stays the point."""
    return (
        _read_from_reply(acts[k])
        and k > 0
        and kinds[k - 1] in _RECEIPT_KINDS
        and _said_after(kinds, k)
    )


#: The acts that show a distress heard by their receipt alone.
_RECEIPT_KINDS: frozenset[ActKind] = frozenset({"ack", "answer.affirmative", "thanks"})


def _soothing(act: Kinded) -> bool:
    """Whether an order only calms the caller ("stay calm", "don't panic", "restez
    calme", "ne vous inquiétez pas")."""
    said = _SAID_WORDS.findall(str(getattr(act, "matched", None) or "").lower())
    return not _SOOTHING.isdisjoint(said)


#: The words of an order that only calms.
_SOOTHING = frozenset({
    "calm", "calme", "panic", "panique", "paniquez", "worry", "inquietez", "inquiete",
    "inquiétez", "inquiète",
})  # fmt: skip
_SAID_WORDS = re.compile(r"\w+")


def _said_after(kinds: list[ActKind], k: int) -> bool:
    """Whether something of substance other than a statement is said after act ``k``."""
    return any(
        x not in NOT_SUBSTANTIVE and not x.startswith("procedure.") and x != "information"
        for x in kinds[k + 1 :]
    )


def _read_from_reply(act: Kinded) -> bool:
    """Whether a ``distress.ack`` was read from the reply's context (``formal``
    false, protocol/answers.py), after the act that showed the distress was heard."""
    slots = getattr(act, "slots", None)
    return isinstance(slots, dict) and slots.get("formal") is False


#: What a refusal may go on to say it refuses: the case, or leave.
_REFUSED_AS: frozenset[ActKind] = frozenset(
    {"coordination.reject", "coordination.decline", "permission.deny"}
)


def _yields(acts: Sequence[Kinded], kinds: list[ActKind], k: int) -> bool:
    """Whether act ``k`` is said for a later one and yields the primary to it: a
    position before a redirect or a decline ("the boat is in Malta's zone, call
    Malta": the reason), the speaker's state before help declined ("no thanks, we're
    okay, we'll make our own way in"), what the speaker would do before leave asked for
    it ("we'd like to go in and recover them, is that okay with you?"), a relative's
    alert before help asked for them
    ("il est tout seul … et a besoin d'aide"), reports of a casualty before a relay
    ("there's a dinghy with 50 people, they are sinking"), a phase denied before the
    urgency said ("this is not a mayday but we have an urgent medical problem"), the
    speaker's course before the help it offers on it ("on rentre au port, on peut
    regarder en passant")."""
    kind = kinds[k]
    # (the casualty's state or persons before the case is passed: "she's drifting
    # further into your region, we'd like to pass it to you", "forty-six people, it is
    # now on your side, we pass it to you")
    # (persons counted before they are said rescued: "trente-huit personnes sont à
    # bord de l'Abeille, tout le monde est sorti de l'eau")
    reasons = (
        BECAUSE_OF_POSITION
        if kind == "report.position"
        else _COUNTED_FOR
        if kind == "report.persons"
        else _PASSED_ON
    )
    if (
        kind in ("report.position", "report.status", "report.persons")
        and any(r in reasons for r in kinds[k:])
    ) or (
        # "Roger, mais là vous êtes côté anglais, faut voir avec Dover"
        kind == "readback" and not _SENT_ON.isdisjoint(kinds[k + 1 :])
    ):
        return True
    if (
        (
            kind in _WHY_NO_HELP
            and ("assistance.decline" in kinds[k:] or "assistance.unable" in kinds[k:])
        )
        # "on ne les prendra pas à bord, on n'a pas la place": what the speaker will not
        # do, for want of the means it says after ("I cannot comply, I have no space on
        # board" refuses)
        or (kind == "refuse" and _modality(acts[k]) in _WONT and "assistance.unable" in kinds[k:])
        # "I cannot help you from here, you call the Maltese number": the caller sent
        # elsewhere is the point of what the speaker cannot do
        or (kind == "assistance.unable" and "coordination.redirect" in kinds[k + 1 :])
        # "this is not a mayday but we have an urgent medical problem"
        or (kind == "phase.assess" and "urgency.declare" in kinds[k + 1 :])
        # "on rentre au port, on peut regarder en passant si vous voulez": the
        # speaker's own course, said for the help it offers on it
        # (and the compliance a reply's context read from it, said before it)
        or (
            (kind == "intention" or (kind == "comply" and kinds[k + 1 : k + 2] == ["intention"]))
            and "assistance.offer" in kinds[k + 1 :]
        )
        # "Okay sir, stay calm. How many people are on the boat with you?": words that
        # calm the caller are said for what follows them
        or (kind == "instruction" and _soothing(acts[k]) and _said_after(kinds, k))
    ):
        return True
    if kind in _ASKED_LEAVE_FOR and "permission.request" in kinds[k:]:
        return True  # "we'd like to go in and recover them, is that okay with you?"
    if kind in _ASKED_LEAVE_FOR and _modality(acts[k]) == "want":
        # "we'd love to help but legally we can't go in": the wish before what stops it
        return any(later in _BUT_CANNOT for later in kinds[k + 1 :])
    if kind == "distress.relay":
        return any(
            kinds[n] == "request.assistance" and _for_another(acts[n])
            for n in range(k + 1, len(kinds))
        )
    return kind in CASUALTY_REPORTS and _relayed_after(acts, kinds, k)


def _refined(
    kind: ActKind,
    rest: Sequence[ActKind],
    after: Sequence[Kinded] = (),
    before: Sequence[ActKind] = (),
) -> ActKind:
    """The primary act ``kind`` as what follows it makes it. A refusal or an inability
    said for want of consent is that want ("we can't go in there, it's French waters,
    we'd need clearance"; SPEECH-ACTS.md: "we cannot come into your waters"), and so is
    one said before the waters it would enter ("legally we can't go in, it's French
    territorial sea"): ``permission.lacking``. An order said with the sending of a
    unit to a casualty is that ``task``. A plan said after a "no" (``before``) with a
    refusal after it is that refusal ("non non moi je reste à bord, je peux pas laisser
    le bateau")."""
    if kind == "intention" and "answer.negative" in before and "refuse" in rest:
        return "refuse"
    if kind in ("refuse", "assistance.unable") and (
        "permission.lacking" in rest or _in_waters(after)
    ):
        return "permission.lacking"
    if kind == "instruction" and any(_sent_to_casualty(a) for a in after):
        # "appareillez et faites route sur le chalutier": sending a unit to a casualty
        # takes precedence over the orders said with it (SPEECH-ACTS.md)
        return "task"
    if kind == "refuse":
        # "ce n'est pas possible pour nous, vous gardez la coordination": the refusal
        # says what is refused after it
        return next((k for k in rest if k in _REFUSED_AS), kind)
    return kind


def _in_waters(rest: Sequence[Kinded]) -> bool:
    """Whether a position said after a refusal puts the place in a party's waters
    ("legally we can't go in, it's French territorial sea"): the refusal is for want of
    that party's consent."""
    return any(
        act.kind == "report.position" and not _WATERS.isdisjoint(_words(act)) for act in rest
    )


#: Words that name a party's waters.
_WATERS = frozenset({"waters", "territorial", "eaux", "territoriales"})


def _words(act: Kinded) -> set[str]:
    matched = getattr(act, "matched", None) or ""
    return set(str(matched).lower().split())


def _sent_to_casualty(act: Kinded) -> bool:
    """Whether an act sends a unit to a casualty its clause names ("faites route sur le
    chalutier"), not only somewhere ("go north")."""
    if act.kind != "task":
        return False
    clause = getattr(act, "clause", None)
    objects = (clause.get("objects") if clause is not None else None) or ()
    if "casualty" in objects or "persons" in objects:
        return True
    from checker.phraseology.sending import it_said

    # "appareillez et faites route sur lui": the casualty named by a pronoun
    return it_said(said_words(str(getattr(act, "matched", None) or "")))


def _unsubstantive(said: Sequence[ActKind]) -> ActKind:
    """The primary act of an utterance that says nothing substantive: its first act,
    but a read-back is stronger than the receipt (and the yes) before it ("Bien compris,
    je relis : …", SPEECH-ACTS.md; "Yes, okay, I copy, four four five eight north"), and
    a yes said with a receipt goes with it ("yes, understood", "yeah roger", "oui oui,
    bien reçu": no question is answered)."""
    if (
        "readback" in said
        and all(k in _YES_AND_RECEIPT for k in said[: said.index("readback")])
        and "ack" in said
    ):
        return "readback"
    if "ack" in said and all(k in _YES_AND_RECEIPT for k in said):
        return "ack"
    return said[0]


#: A receipt and the yes said with it.
_YES_AND_RECEIPT: frozenset[ActKind] = frozenset({"ack", "answer.affirmative"})


#: Slots of a read-back that hold the figures it repeats (a count, a position).
READ_FIGURES = ("count", "written", "lat")


def _figures_read(act: Kinded) -> bool:
    """Whether a read-back repeats figures ("Four POB, lifejackets on, roger", "I have
    your position as five four zero eight north …"): the check of what was heard is
    the point even with a question after it, where an echo of words only ("Roger,
    taking on water. How many …?") leads to the question."""
    slots = getattr(act, "slots", None)
    return isinstance(slots, Mapping) and any(slots.get(k) is not None for k in READ_FIGURES)


def primary_kind(acts: Sequence[Kinded]) -> ActKind:
    """The primary act as SPEECH-ACTS.md defines it (since 2026-12): the first
    *substantive* act (not ``call``, ``procedure.*``, ``ack``, ``thanks`` or a bare
    answer); failing that the first act that is not ``call`` or ``procedure.*``;
    failing that the first that is not ``call``; failing that ``call`` (or
    ``unclassified`` when there are no acts). A leading "Roger." never hides the act
    that follows it. A ``readback`` is substantive ("copied five zero five two north,
    ETA two five minutes" chiefly reads back), but a question after an echo of words
    is the point ("Roger, taking on water. How many people do you have on board?");
    figures read back stay the point before a question ("Four POB, roger. Can you
    read me the lat and long?").

    Two kinds of report yield to what follows them: a position said before a
    redirect or a decline is its reason ("the boat is in Malta's zone, call Malta"),
    and reports of persons, status or position before a ``distress.relay`` or another's
    need of help describe the casualty relayed ("there's a dinghy with 50 people, they
    are sinking", "il est seul et a besoin d'aide"). A ``distress.ack`` that the reply's
    context read from such a report yields with it.

    Among substantive acts, ``information`` ("any other statement of fact") is the
    last resort: "This is the Libyan Navy. We are not the coastguard. Stop your
    engine" is chiefly an instruction. On verbatim real speech the labels read it
    so (tests/data/real), and an utterance whose only substantive act is a statement
    is still ``information`` unless a bare yes or no said after it confirms it: "Elle
    est âgée, oui." answers (the real corpus labels it so); "Yes. My name is …" gives
    something new.
    """
    info = False
    kinds = [act.kind for act in acts]
    # the acts said, less call-ups and procedure words
    said = [k for k in kinds if k != "call" and not k.startswith("procedure.")]
    skipped = -1
    for k, kind in enumerate(kinds):
        if (
            kind == "readback"
            and not _ASKING.isdisjoint(kinds[k + 1 :])
            and not _figures_read(acts[k])
        ):
            continue  # "Roger, taking on water. How many people …?": the question
        if kind == "readback" or (
            kind not in NOT_SUBSTANTIVE and not kind.startswith("procedure.")
        ):
            if _yields(acts, kinds, k):
                skipped = k
                continue  # a reason or a description of what a later act is about
            if kind == "distress.ack" and skipped == k - 1 and _read_from_reply(acts[k]):
                continue  # the distress heard in an act that is not the point: neither
            if kind == "distress.ack" and _beside_receipt(acts, kinds, k):
                continue  # "copied all that, lifting from Newquay now": the receipt
                # showed the distress heard; what is said beside it is the point
            if kind != "information":
                return _refined(kind, kinds[k:], acts[k + 1 :], kinds[:k])
            info = True
    if info:
        # a statement confirmed by a yes or no said after it restates the answer
        # ("Elle est âgée, oui."): the answer is the point ("Yes. My name is …" gives
        # something new)
        if said and said[-1] in ("answer.affirmative", "answer.negative"):
            return said[-1]
        return "information"
    if said:
        return _unsubstantive(said)
    for act in acts:
        if act.kind != "call":
            return act.kind
    return "call" if acts else "unclassified"
