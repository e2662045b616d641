"""Resolution: from candidate acts to the acts of an utterance.

Overlapping candidates keep the higher priority (the same act said over more words
is merged; a procedure word inside a longer phrase is kept as a part of it); a
family that ``beats`` a kind removes it from its clause; a distress, urgency or
safety message takes in its parts (position, persons, nature, assistance); an SMCP
marker labels the clause after it; "yes, we will take this one" is an acceptance.
A clause of plain statement that nothing explains becomes ``information`` later, in
:func:`checker.phraseology.framing.fill`.
"""

from __future__ import annotations

from itertools import accumulate

from checker.phraseology.clause_words import W
from checker.phraseology.lexicon import Lexicon
from checker.phraseology.matcher import Cand
from checker.phraseology.parts import CLAUSE_ENDS, Tok, said
from checker.phraseology.sending import sends
from checker.phraseology.structure import GRAMMAR_CONFIDENCE, MESSAGE_HEADS
from checker.vocabulary import ActKind

#: Acts that are parts of a distress, urgency or safety message, folded into it.
_FOLDED: dict[ActKind, str] = {
    "report.position": "position",
    "report.persons": "persons",
    "report.status": "nature",
    "distress.declare": "nature",
    "distress.relay": "nature",  # a relay's plain words inside a MAYDAY RELAY message
    "request.assistance": "assistance",
    "information": "information",
    "warning": "nature",
    "intention": "information",
}
#: The kinds an SMCP marker decides for its clause.
_MOODS: frozenset[ActKind] = frozenset(
    {"instruction", "advice", "warning", "information", "request", "question", "intention"}
)


def clauses(said: list[str]) -> list[int]:
    """The clause number of every token (a clause ends at ``|`` or ``?``), from the
    tokens' words: the number of ends before it, summed in C."""
    if not said:
        return []
    return list(accumulate(map(CLAUSE_ENDS.__contains__, said[:-1]), initial=0))


def resolve(
    cands: list[Cand],
    toks: list[Tok],
    clause: list[int],
    markers: list[tuple[str, int]],
    lex: Lexicon,
    text: str,
) -> list[Cand]:
    """The acts of an utterance from its candidates; ``clause`` is
    :func:`clauses` of ``toks``."""
    accepted: list[Cand] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.j - c.i), c.i)):
        keep = True
        for a in accepted:
            if c.i < a.j and a.i < c.j:
                if a.kind == c.kind:  # one act said over more words: merge
                    keep = False
                    _merge(a, c)
                elif (
                    _keeps(a, c)
                    or a.source == c.source == "grammar"
                    or a.source == c.source == "frame"  # one clause, two acts by design
                    or _both_stay(a, c)
                    or _inside(a, c)
                ):
                    continue
                else:
                    keep = False
                if not keep:
                    if c.kind == "report.position":
                        for key in ("zone", "zone_phrase"):
                            if key in c.slots:
                                a.slots.setdefault(key, c.slots[key])
                    break
        if keep:
            accepted.append(c)
    # a family that beats another kind removes it from its clause
    beaten = {
        (clause[c.i], kind) for c in accepted if c.family is not None for kind in c.family.beats
    }
    acts = [c for c in accepted if (clause[c.i], c.kind) not in beaten]
    acts = _yeah_no(acts, toks)
    acts = _fold_messages(acts, toks, text)
    acts = _apply_markers(acts, toks, clause, markers, lex)
    _answered_take(acts, toks)
    receipt_then_will(acts, toks)
    _told_by_the_rescued(acts)
    _case_accepted(acts, toks)
    return acts


def _yeah_no(acts: list[Cand], toks: list[Tok]) -> list[Cand]:
    """ "Yeah, no, that's grand, we'll take it": a "no" said right after a "yeah", with
    more said after it, is the idiom's, no answer of its own; what follows says
    which way the speaker goes ("Yeah, no, we can't do that" refuses)."""
    yes = {c.j for c in acts if c.kind == "answer.affirmative"}
    if not yes:
        return acts
    return [
        c
        for c in acts
        if not (
            c.kind == "answer.negative"
            and c.j - c.i == 1
            and toks[c.i].w == "no"
            and (c.i in yes or (c.i - 1 in yes and toks[c.i - 1].w == ","))
            and c.j < len(toks) - 1
        )
    ]


def _case_accepted(acts: list[Cand], toks: list[Tok]) -> None:
    """ "Bien reçu, on accepte, on reprend le dossier", "le CROSS accepte, on prend le
    relais": a bare acceptance that the case taken then explains accepts the case; and
    the case taken after thanks for the handover ("Thanks for the handover, we'll take
    it from here") accepts it."""
    ordered = sorted(acts, key=lambda c: c.i)
    for n, c in enumerate(ordered):
        after = next((a for a in ordered[n + 1 :] if a.kind not in _LEADS), None)
        if after is None or after.kind not in ("coordination.assume", "coordination.accept"):
            continue
        if (
            c.kind == "assistance.accept"
            and c.clause is not None
            # ("le CROSS accepte, on prend le relais": a centre says it by its name)
            and str(c.clause.get("agent")).partition(":")[0] in ("speaker", "authority", "third")
            and not c.clause.get("objects")
        ):
            c.kind = "coordination.accept"
        elif c.kind == "thanks" and not ACCEPT_WORDS.isdisjoint(t.w for t in toks[c.i : after.i]):
            after.kind = "coordination.accept"
            after.slots.pop("role", None)


def _told_by_the_rescued(acts: list[Cand]) -> None:
    """ "On l'a récupéré, il est à bord, il dit qu'il est tombé en panne sèche": what a
    rescuer passes on from the one it has just picked up tells how the trouble came
    about, no alert (persons said to be still out there are: "we have two, they say
    three more are in the water")."""
    rescued = min((c.i for c in acts if c.kind == "report.rescued"), default=None)
    if rescued is None:
        return
    for c in acts:
        if (
            c.kind == "distress.relay"
            and c.i > rescued
            and c.clause is not None
            and "persons" not in c.clause.get("objects", ())
            and c.clause.get("count") is None
        ):
            c.kind = "report.status"


def _merge(a: Cand, c: Cand) -> None:
    """One act said over more words: ``a`` takes ``c``'s slots, and the words of both,
    unless one was read from a clause ("could you go to a yacht … and stand by her
    till the lifeboat arrives?": the question the lexicon reads over the sentence is
    the last clause's, not before the tasking that opens it)."""
    for key, value in c.slots.items():
        a.slots.setdefault(key, value)
    if c.source == "frame" and a.source != "frame":
        a.i, a.j = c.i, c.j  # the clause it was read from says where
    elif a.source != "frame" or c.source == "frame":
        a.i, a.j = min(a.i, c.i), max(a.j, c.j)


def _both_stay(a: Cand, b: Cand) -> bool:
    """A clause frame's act and an island of the grammar both stand, except a zone
    phrase inside an act that it only locates ("we cannot come into your waters"):
    that one gives the act its zone, as it does inside a phrase of the lexicon."""
    if {a.source, b.source} != {"frame", "grammar"}:
        return False
    island, frame = (a, b) if a.source == "grammar" else (b, a)
    return not (
        island.kind == "report.position" and "zone" in island.slots and frame.kind != island.kind
    )


def _inside(a: Cand, b: Cand) -> bool:
    """A procedure word within a longer phrase ("call us back on channel one six")
    is a part of it, not a rival."""
    for part, whole in ((a, b), (b, a)):
        procedure = part.source == "grammar" and part.kind.startswith("procedure.")
        if procedure and whole.i < part.i and part.j <= whole.j:
            return True
    return False


def _keeps(a: Cand, b: Cand) -> bool:
    return bool(
        (a.family is not None and b.kind in a.family.keeps)
        or (b.family is not None and a.kind in b.family.keeps)
    )


def _fold_messages(acts: list[Cand], toks: list[Tok], text: str) -> list[Cand]:
    """A MAYDAY / MAYDAY RELAY / PAN-PAN / SECURITE message takes in its parts."""
    heads = [c for c in acts if c.kind in MESSAGE_HEADS and c.source == "grammar"]
    if not heads:
        return acts
    relay = next((h.i for h in heads if h.kind == "distress.relay"), None)
    if relay is not None:
        # "MAYDAY RELAY (three times), this is …, MAYDAY, yacht X, position …": the MAYDAY said
        # inside the relay opens the message relayed, which is the relay's
        heads = [h for h in heads if not (h.kind == "distress.declare" and h.i > relay)]
    out: list[Cand] = []
    for c in acts:
        head = next((h for h in reversed(heads) if h.i <= c.i and h is not c), None)
        slot = _FOLDED.get(c.kind)
        if head is not None and slot is not None:
            if slot == "persons" and "count" in c.slots:
                head.slots.setdefault("persons", c.slots["count"])
            elif slot == "position":
                head.slots.setdefault("position", dict(c.slots))
            else:
                words = said(toks, c.i, c.j, text)
                head.slots[slot] = f"{head.slots[slot]}; {words}" if slot in head.slots else words
                if c.kind == "distress.declare":  # what the MAYDAY relayed took in
                    for key in ("position", "persons"):
                        if key in c.slots:
                            head.slots.setdefault(key, c.slots[key])
            continue
        out.append(c)
    for h in heads:
        h.slots.pop("_content", None)
    return out


def _apply_markers(
    acts: list[Cand],
    toks: list[Tok],
    clause: list[int],
    markers: list[tuple[str, int]],
    lex: Lexicon,
) -> list[Cand]:
    """An SMCP marker labels the clause after it (see the lexicon's [markers])."""
    for word, at in markers:
        marker = lex.markers.get(word)
        nxt = next((k for k in range(at + 1, len(toks)) if toks[k].w not in ("|", "?", ",")), None)
        if nxt is None or marker is None:
            continue
        kind, refined = marker
        scope = clause[nxt]
        acts = [
            c for c in acts if not (clause[c.i] == scope and c.kind in _MOODS and c.kind != kind)
        ]
        labelled = [
            c for c in acts if clause[c.i] == scope and (c.kind == kind or c.kind in refined)
        ]
        if labelled:
            # the marker's act is said from the marker on ("WARNING, the boat is
            # overloaded, if you come alongside she'll capsize": the warning leads)
            labelled[0].i = min(labelled[0].i, at)
            continue
        end = max(k for k in range(len(toks)) if clause[k] == scope) + 1
        acts.append(Cand(kind, at, end, "grammar", GRAMMAR_CONFIDENCE, 0, {"marker": word.upper()}))
    return acts


#: The frame of a plain will-statement ("we will call you back").
PLAIN_WILL = "intention#1"
_RECEIPTS: frozenset[ActKind] = frozenset({"ack", "answer.affirmative"})
#: Receipts said as the lead of the clause that acts (no act of their own).
_RECEIPT_LEADS = frozenset({"ok", "okay", "alright", "roger", "copy", "d'accord", "daccord"})


def receipt_then_will(acts: list[Cand], toks: list[Tok]) -> None:
    """ "Roger, we will call you back", "Charlie on that, we'll keep you advised of
    position": a plain will-statement said right after a receipt replies to what was
    asked of the speaker, and carries it out (``comply``, SPEECH-ACTS.md; the real
    corpus labels it so). Its frame stays the intention frame's: with the transcript
    in view, :mod:`checker.protocol.answers` reads it back as an ``intention`` where
    no order was put to the speaker."""
    receipt = False
    # (a receipt read inside the clause it opens starts with it: "Okay, copy that,
    # reducing to eight knots")
    for c in sorted(acts, key=lambda c: (c.i, c.kind not in _RECEIPTS)):
        if c.kind == "call":
            continue
        if c.kind in _RECEIPTS:
            receipt = True  # ("Okay, copy that, …": two receipts)
            continue
        # unpunctuated, "okay" is a lead of the clause, not an act of its own: "okay
        # we're turning around now"
        receipt = receipt or (0 < c.i <= len(toks) and toks[c.i - 1].w in _RECEIPT_LEADS)
        if receipt and (c.kind in _CARRIED_OUT or _as_told(c)):
            c.kind = "comply"
        return


#: What a receipt's next act carries out: the speaker's next action, said in any of
#: the intention frames ("Reçu, on y va", "Bien reçu, on fait route vers
#: l'embarcation"). Help said to be on its way stays an offer ("okay, we are
#: proceeding to your assistance": the real corpus and probe labels read it so).
_CARRIED_OUT: frozenset[str] = frozenset({"intention"})
#: The readings of an action said after a receipt that may carry out an order: a plan,
#: a statement, or the craft's or crew's state the speaker brings about ("yes,
#: stopping engines", "reçu, on enfile les gilets").
AS_TOLD_FROM: frozenset[str] = frozenset(
    {"intention", "information", "report.status", "report.persons", "readback"}
)


def _as_told(c: Cand) -> bool:
    """Whether an act after a receipt says the speaker does what a station is told to
    do with its craft ("Roger, altering to starboard", "okay, we're turning around
    now"): the clause has the speaker or no subject, in the positive, and a verb of
    :data:`W.comply_verbs`."""
    if c.kind not in AS_TOLD_FROM or c.clause is None:
        return False
    f = c.clause.features
    return (
        f.get("predicate") in W.comply_verbs
        and f.get("agent", "none") in ("speaker", "none")
        and f.get("polarity") == "positive"
        and f.get("mood") == "declarative"
        and f.get("modality", "none") in ("none", "will")
    )


def _answered_take(acts: list[Cand], toks: list[Tok]) -> None:
    """ "Yes, we will take this one", "d'accord, on prend le dossier", "Roger, we'll
    handle it from here" (SPEECH-ACTS.md): the case taken right after a yes or a
    receipt replies to an offer of it, an acceptance; and help asked for right after a
    yes or an agreement ("yes yes please come", "d'accord, venez") takes up the help
    offered. With the transcript in view, :mod:`checker.protocol.answers` reads either
    back as what it says alone where nothing was offered (:data:`TAKEN_UP`)."""
    yes = next((c.i for c in acts if c.kind in _RECEIPTS), None)
    if yes is None:
        return
    ordered = sorted(acts, key=lambda c: c.i)
    yes_at = next((a.i for a in ordered if a.kind == "answer.affirmative"), len(toks))
    for c in ordered:
        if (
            c.i > yes
            and c.kind == "coordination.assume"
            and c.slots.get("role") == "smc"
            and _takes_it(toks[c.i : c.j], said_yes=c.i > yes_at)
        ):
            c.kind = "coordination.accept"
            c.slots.pop("role", None)
    # help asked for: only as the act the yes or the agreement leads to, the next one
    # that says something ("oui oui okay, I accept, I accept, please come quick" asks
    # after accepting)
    asked = next((a for a in ordered if a.i > yes and a.kind not in _LEADS), None)
    if asked is None or asked.kind != "request.assistance":
        return
    leads = [a for a in ordered if a.i < asked.i and a.kind in _RECEIPTS]
    if any(a.kind == "answer.affirmative" or _agrees(toks[a.i : a.j]) for a in leads):
        asked.kind = "assistance.accept"


#: Acts said before the one a yes or a receipt leads to.
_LEADS: frozenset[ActKind] = frozenset({"call", "ack", "answer.affirmative", "thanks"})
#: An act that replies to an offer when said after a yes or a receipt, and what it
#: says where nothing was offered (:func:`_answered_take`).
TAKEN_UP: dict[ActKind, ActKind] = {
    "coordination.accept": "coordination.assume",
    "assistance.accept": "request.assistance",
}
#: The receipts that agree ("d'accord", "okay"), not only hear ("roger", "reçu").
_AGREEING = frozenset({
    "ok", "okay", "alright", "d'accord", "daccord", "accord", "fine", "agreed", "entendu",
})  # fmt: skip


#: The speaker taking something ("we'll take it", "on le prend", "we'll handle it"),
#: not saying that it coordinates ("bien reçu, on prend la coordination", "Falmouth is
#: taking this one": the case assumed, after a receipt too).
_WE = frozenset({"we", "i", "on", "je", "nous", "j"})
_TAKE = frozenset({
    "take", "taking", "handle", "handling", "prend", "prends", "prenons", "reprend",
    "reprends", "reprenons", "recupere", "recuperons", "gere", "gerons",
})  # fmt: skip
_CASE_SAID = frozenset({"coordination", "coordinating", "coordinate", "coordonne", "smc"})
#: Words by which an act accepts in so many words (read here and by
#: :mod:`checker.protocol.answers`, where such an acceptance stays one alone).
ACCEPT_WORDS = frozenset({
    "accept", "accepts", "accepted", "accepting", "accepte", "acceptons", "acceptez",
    "accepter", "acceptee", "relais", "handover", "transfer", "transfert", "passation",
})  # fmt: skip


def _takes_it(toks: list[Tok], *, said_yes: bool) -> bool:
    """After a yes, the case taken in any words but "coordinating" ("Yes. RCC Malta is
    coordinating this case" tells who coordinates); after a receipt alone, only the
    speaker taking it."""
    said = {t.w.rpartition("'")[0] or t.w for t in toks}
    if not ACCEPT_WORDS.isdisjoint(said):
        return True  # "we'll take it from here, Dover accepts coordination of the case"
    if not _CASE_SAID.isdisjoint(said):
        return False
    return said_yes or not (_WE.isdisjoint(said) or _TAKE.isdisjoint(said))


def _agrees(toks: list[Tok]) -> bool:
    return any(t.w in _AGREEING for t in toks)


#: The words that announce a read-back of what follows (SMCP "I read back").
_READ_BACK: tuple[tuple[str, ...], ...] = (
    ("read", "back"), ("reading", "back"), ("readback",), ("collationne",), ("je", "relis"),
    ("collationnement",),
    # a recap of what was heard: "donc je reprends, quarante personnes, …", "so to recap,
    # …" ("je reprends la route" resumes a course: the mark is said alone)
    ("je", "reprends", ","), ("je", "recapitule"), ("je", "resume", ","), ("to", "recap"),
    ("recap", ","),
)  # fmt: skip


_READ_BACK_FIRST = frozenset(p[0] for p in _READ_BACK)
#: Words after the mark, in its own clause, that make a message read back ("read
#: back, over" asks for one).
_READ_BACK_WORDS = 3


def read_back_marked(acts: list[Cand], said: list[str]) -> None:
    """ "I read back: proceed to 51 02 N …", "Je collationne : rendez-vous à …": what
    follows the mark repeats the other station's message, so each act after it is a
    ``readback`` (its slots kept), not the order or report it repeats. A mark with
    nothing after it ("Read back, over.") asks for a read-back: it changes nothing."""
    if _READ_BACK_FIRST.isdisjoint(said):
        return  # (most utterances: a set look-up in C)
    for k, w in enumerate(said):
        for phrase in _READ_BACK:
            if w == phrase[0] and tuple(said[k : k + len(phrase)]) == phrase:
                end = k + len(phrase)
                after = [c for c in acts if c.i >= end and c.kind != "call"] or [
                    # the figures read back in the mark's own clause ("i read back eta
                    # one five four five at the casualty")
                    c
                    for c in acts
                    if c.i <= k < c.j and c.j - end >= _READ_BACK_WORDS
                ]
                for c in acts:
                    # the mark's own clause ("I read back", "je collationne") with them
                    if (
                        after
                        and (c.i >= end or c.i <= k < c.j)
                        and c.kind != "call"
                        and not c.kind.startswith("procedure.")
                    ):
                        c.kind = "readback"
                return


#: Verbs of an arrival said as an offer ("we can be there in twenty minutes").
_ARRIVAL = frozenset({"be", "etre", "arrive", "arriver", "get"})


def unable_then_eta(acts: list[Cand]) -> None:
    """ "We are unable to assist, … our ETA would be three hours": an arrival said
    after the speaker's own "unable" is why it cannot help, not an offer."""
    unable = next((a.i for a in acts if a.kind == "assistance.unable"), None)
    if unable is None:
        return
    for a in acts:
        if (
            a.kind == "assistance.offer"
            and a.i > unable
            and a.clause is not None
            and a.clause.features.get("predicate") in _ARRIVAL
        ):
            a.kind = "information"


def orders_that_send(acts: list[Cand], toks: list[Tok], text: str) -> None:
    """ "Proceed to the dinghy and take them aboard", "we need you to get over to that
    boat", "can you make your way to the casualty": an order or a request that sends
    the addressee to the casualty is a ``task`` (:mod:`checker.phraseology.sending`)."""
    for a in acts:
        if (
            a.kind in ("instruction", "request")
            and a.clause is not None
            and a.clause.features.get("agent", "none") in ("addressee", "none")
            and sends(a.clause.features, text[toks[a.i].s : toks[a.j - 1].e], to_position=False)
        ):
            a.kind = "task"


def restarted_figure(acts: list[Cand]) -> None:
    """ "Quarante-cinq... attendez. Quarante-cinq degrés vingt-cinq nord": a bare
    number said and then said again as the start of a position is the position begun
    and broken off, not a count of persons."""
    starts = {
        int(abs(float(a.slots[key])))
        for a in acts
        if a.kind == "report.position"
        for key in ("lat", "lon")
        if isinstance(a.slots.get(key), (int, float))
    }
    for a in list(acts):
        if a.kind != "report.persons" or a.frame != "report.persons#bare-number":
            continue
        count = a.slots.get("count")
        if (
            count in starts and any(b.kind == "report.position" and b.i > a.i for b in acts)
        ) or any(
            # "Twenty-eight, er, twenty-eight persons recovered": the count said again
            # with what it counts, in the next act
            b.i >= a.j and b.slots.get("count") == count and b is not a
            for b in acts
            if b.kind in _COUNTED_AGAIN
        ):
            acts.remove(a)


#: Acts whose count may be a bare number said again (:func:`restarted_figure`).
_COUNTED_AGAIN = frozenset(
    {"report.persons", "report.rescued", "distress.declare", "distress.relay"}
)
