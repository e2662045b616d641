"""Clause frames among the classifier's candidates: who decides each clause.

The islands of the grammar (call-ups, MAYDAY and other signals, procedure words) are
precise and stay. Every other clause is read into features (:mod:`.clause`) and given
the act of the frame it satisfies (:mod:`.frames`); where a frame explains a clause,
the phrase lexicon's acts in it give way, except the fixed formulas that no frame
says better (receipts, thanks, yes/no, "received MAYDAY", silence prowords). A
clause that no frame explains keeps what the lexicon found; if nothing found
anything, a statement with content words is ``information``.
"""

from __future__ import annotations

from dataclasses import replace

from checker.phraseology.clause import PLACE, Clause, Names, Placed
from checker.phraseology.clause_called import name_words
from checker.phraseology.clause_cuts import broken_off
from checker.phraseology.clause_forms import craft_part
from checker.phraseology.clause_french import REASON_FIRST
from checker.phraseology.clause_names import (
    call_tail,
    go_ahead,
    greeting,
    hailed,
    self_described,
)
from checker.phraseology.clause_pairs import (
    checking,
    false_start,
    figure_again,
    read_after,
    standing_by,
    tag_question,
)
from checker.phraseology.clause_split import WITH, split
from checker.phraseology.clause_words import W, numeral
from checker.phraseology.elliptic import asks_by_noun, echoes_answer, labels
from checker.phraseology.frames import confidence, match, slots, supported
from checker.phraseology.framing_acts import (
    act_start,
    call_sign_alone,
    count_alone,
    frame_cand,
    goes_on,
    ici_slots,
    numbers_alone,
    retracted,
    unsure,
)
from checker.phraseology.matcher import Cand
from checker.phraseology.parts import Tok, said
from checker.phraseology.words import words
from checker.vocabulary import ActKind

#: Lexicon acts that are fixed formulas: a frame never replaces them.
FIXED: frozenset[ActKind] = frozenset({
    "call", "ack", "thanks", "answer.affirmative", "answer.negative", "comply",
    "distress.ack", "distress.silence", "distress.prudonce", "distress.end", "distress.cancel",
    "urgency.declare", "safety.declare", "readback",
})  # fmt: skip
#: Kinds that say little beyond the clause's mood: a domain phrase of the lexicon
#: in the same clause says more.
GENERIC: frozenset[ActKind] = frozenset({
    "information", "instruction", "question", "request", "intention", "advice", "readback",
    "report.status", "report.position", "report.persons",
})  # fmt: skip
#: What a question can be (a lexicon phrase of another kind in an interrogative
#: clause is a keyword read out of its mood: "are you sinking?" is no distress).
_ASKING: frozenset[ActKind] = frozenset({
    "question", "question.intentions", "request", "request.assistance", "permission.request",
    "coordination.handover", "assistance.offer",
})  # fmt: skip
#: What an order can be.
_ORDERING: frozenset[ActKind] = frozenset({
    "instruction", "request", "task", "request.assistance", "coordination.redirect",
    "coordination.handover", "warning", "advice", "permission.grant", "permission.deny",
})  # fmt: skip
#: What a negated clause cannot be ("we will not take it" assumes nothing).
_AFFIRMING: frozenset[ActKind] = frozenset({
    "coordination.assume", "coordination.accept", "intention", "assistance.offer",
    "assistance.accept", "permission.grant", "comply", "distress.declare", "report.rescued",
})  # fmt: skip
#: Slots by which a phrase of the lexicon names a place or a party of the context
#: ("take them to Dover": a port), or a position read from its numbers ("attends,
#: 35.2 12.9"): evidence of its kind beyond its words.
_NAMED_SLOTS = frozenset({"port", "to", "casualty", "unit", "with", "lat"})
#: Procedure words whose following words are their object, not a new message.
_OBJECT_TAKING: frozenset[ActKind] = frozenset({
    "procedure.say-again", "procedure.stand-by", "procedure.radio-check", "procedure.channel",
})  # fmt: skip
#: Acts that can be given a reason in the clause after them, and the words that
#: open that clause.
_REASONED: frozenset[ActKind] = frozenset({
    "refuse", "assistance.unable", "coordination.decline", "coordination.reject",
    "permission.lacking", "permission.deny", "coordination.redirect", "assistance.decline",
})  # fmt: skip
#: Statements that a tag question after them asks about ("they're aboard, aren't they").
_TAGGED: frozenset[ActKind] = frozenset({
    "information", "report.status", "report.persons", "report.position", "report.rescued",
    "intention", "readback",
})  # fmt: skip
#: Acts that say the other station was heard: a reply with one is a read-back.
_RECEIPTS: frozenset[ActKind] = frozenset({"ack", "answer.affirmative"})
_ANSWERS: frozenset[ActKind] = frozenset({"answer.affirmative", "answer.negative"})
#: Acts whose clause's count of persons is also reported as such.
_COUNTING: frozenset[ActKind] = frozenset({"distress.declare", "distress.relay"})
#: Distress named by the lexicon's cries, kept though a question about it follows.
_NAMED_DISTRESS: frozenset[ActKind] = frozenset({"distress.declare"})
_BECAUSE = frozenset({"then", "because", "since", "as", "due", "car", "parce", "puisque", "vu"})
_ISLAND_PREFIXES = ("distress.", "urgency.", "safety.", "procedure.")
#: Grammar islands a clause is cut at: a call-up, and WILCO ("Dover, cutter, copy,
#: wilco, holding off at two cables": what follows it is how the order is carried out).
_ISLANDS = frozenset({"call", "comply"})
#: Verbs of passing words on, whose "that …" is the message passed.
_PASSING_ON = frozenset({
    "relay", "relaying", "tell", "telling", "inform", "informing", "advise", "advising",
    "pass", "passing", "let", "dire", "dites", "informer", "informez", "prevenir", "prevenez",
    "transmettre", "transmettez", "relayer", "relayez",
})  # fmt: skip


def _passed_on(toks: list[Tok], start: int, at: int) -> bool:
    """Whether the words at ``at`` follow "that"/"que" after a verb of passing words
    on, in the clause from ``start`` ("relay to them that we're on our way")."""
    said = [t.w for t in toks[start:at]]
    if "that" not in said and "que" not in said and "qu" not in said:
        return False
    last = max(k for k, w in enumerate(said) if w in ("that", "que", "qu"))
    return not _PASSING_ON.isdisjoint(said[:last])


#: Words after "no" that make it an answer, not a determiner: those that open a
#: clause ("no, is that right?", "no we don't"), forms of address and other answers.
_AFTER_ANSWER = frozenset({
    "sir", "madam", "captain", "skipper", "thanks", "thank", "please", "no", "not", "yes",
    "negative", "over", "i", "we", "you", "they", "he", "she", "it", "is", "are", "do",
    "does", "did", "can", "will", "that", "this", "there", "what", "where", "why", "how",
    "when", "who", "which", "but", "so", "then", "and", "or", "?", ",", "|",
})  # fmt: skip


def _qualified(word: str) -> bool:
    """Whether the word after a "no" is the noun that "no" qualifies ("no coast guard
    closer than me?"), not what follows an answer."""
    return word.isalpha() and word not in _AFTER_ANSWER


#: What a "say again" asks for by where it was said: the words after it are quoted.
_QUOTED = (
    ["all", "after"], ["all", "before"], ["word", "after"], ["word", "before"],
    ["everything", "after"], ["tout", "apres"], ["tout", "avant"],
)  # fmt: skip
#: How many tokens after a noun phrase the figures that give it may start (", er, ").
_FIGURES_AFTER = 4


def frame_cands(
    text: str,
    toks: list[Tok],
    cands: list[Cand],
    lang: str | None,
    markers: list[tuple[str, int]] | None = None,
    names: Names | None = None,
) -> tuple[list[Cand], list[Cand]]:
    """``cands`` with each clause's frame act added and the lexicon acts it replaces
    removed (see the module docstring); and the ``information`` acts of the clauses
    that no frame explains, for :func:`fill` once overlaps are resolved."""
    if lang not in (None, "en", "fr") or not toks:
        return cands, []
    skip: set[int] = set()
    for c in cands:
        if c.source == "grammar" and (c.kind in _ISLANDS or c.kind.startswith(_ISLAND_PREFIXES)):
            skip.update(range(c.i, c.j))
    # a position the grammar read stands in its clause as one word, "@position"
    places = frozenset(
        k
        for c in cands
        if c.source == "grammar" and c.kind == "report.position"
        for k in range(c.i, c.j)
    )
    skip.update(at for _, at in markers or ())
    # after "say again", "stand by", "channel …" the words are the procedure's object
    # ("say again all after position"); after "I say again" or "correction" they are
    # the message itself
    objects_after = frozenset(
        c.j - 1
        for c in cands
        if c.source == "grammar"
        and c.kind in _OBJECT_TAKING
        and not (c.kind == "procedure.say-again" and toks[c.i].w == "i")
    )
    placed = _conjoined(
        split(toks, frozenset(skip), lang or "en", text, names, objects_after, places)
    )
    alone = numbers_alone(placed, toks)
    dropped: set[int] = set()
    out: list[Cand] = []
    fallback: list[Cand] = []
    calls = {c.i for c in cands if c.kind == "call" and c.source == "grammar"}
    call_ends = {c.j for c in cands if c.kind == "call" and c.source == "grammar"}
    lexical = [c for c in cands if c.source == "lexicon"]
    other = False  # an earlier clause told of a third party's trouble
    kin = False  # ... of a relative's ("my brother is in a small boat")
    of: str | None = None  # ... whose subject was this word
    for n, p in enumerate(placed):
        prev = placed[n - 1] if n else None
        cl = p.clause
        # (a phrase said only in the leads, "I repeat, …", is not what the clause says)
        start = act_start(p)
        inside = [c for c in lexical if p.i <= c.i < p.j and c.j > start and c.kind not in FIXED]
        if cl.mood == "interrogative":
            # "Is there no navy ship, no coast guard, closer than me?": a "no" before
            # the noun it qualifies, inside a question, answers nothing
            dropped.update(
                id(c)
                for c in lexical
                if c.kind == "answer.negative"
                and p.i <= c.i
                and c.j < p.j
                and toks[c.i].w == "no"
                and _qualified(toks[c.j].w)
            )
        last = out[-1] if out else None
        if last is not None and last.kind in _REASONED and cl.words and cl.words[0] in _BECAUSE:
            # "I cannot, then we go too close to the shoals": the refusal's reason
            last.slots.setdefault("reason", text[p.chars[0] : p.chars[1]])
            dropped.update(id(c) for c in inside)
            continue
        if (
            n + 1 < len(placed)
            and cl.words
            and (
                cl.words[0] in REASON_FIRST
                # "With his heart history we're treating this as a distress"
                or (cl.words[0] in WITH and not cl.predicates)
            )
            and not cl.headed
            and placed[n + 1].clause.agent != "none"
        ):
            # "given the time and that the tracker's stopped, we're treating this as a
            # distress": the reason said first leans on what follows it
            dropped.update(id(c) for c in inside)
            continue
        if n + 1 < len(placed) and (
            _topic(cl, placed[n + 1].clause) or false_start(cl, placed[n + 1].clause)
        ):
            # "Et le moteur, il démarre ?", "the water, how much water": the thing
            # asked about, said first, is no report; "Libya is, uh, Libya is not
            # responsible", "can we, er, can we come inside": begun again, said once;
            # a distress named stays ("roger, man overboard, what is your position?")
            dropped.update(id(c) for c in inside if c.kind not in _NAMED_DISTRESS)
            continue
        if (
            last is not None
            and prev is not None
            and last.kind in _TAGGED
            and prev.i <= last.i < prev.j
            and tag_question(cl)
        ):
            # "there is women on board, is it?": the statement is what is asked
            last.kind = "question"
            last.frame = "question#tag"
            dropped.update(id(c) for c in inside)
            continue
        if n and cl.words in _HEDGE_SAID_AFTER:
            # "not yet, I'm afraid, we're not taking that one": the hedge said after an
            # answer leans on it (said alone, "I'm afraid" is fear)
            dropped.update(id(c) for c in inside)
            continue
        if greeting(cl.words) or go_ahead(cl.words):
            # "Hello? Hello?", "Bonsoir monsieur.": contact opened, nobody named;
            # "go ahead", "j'écoute": the called station answers a call-up
            dropped.update(id(c) for c in inside)
            if not any(p.i <= k < p.j + 1 for k in calls):
                out.append(frame_cand(p, "call", "call#greeting", 0.5, {}))
            continue
        hail = n + 1 < len(placed) and hailed(cl, placed[n + 1].clause)
        if hail:
            # "Vessel in position 51 north 1 east, this is <a coastguard>": the
            # station called, by what it is and where (SMCP), not a report
            dropped.update(id(c) for c in cands if p.i <= c.i < p.j and c.kind != "call")
        if (
            hail
            or cl.name
            or self_described(cl)
            or (prev is not None and prev.clause.words in _THIS_IS and not cl.predicates)
            or (
                (cl.agent == "none" or _called_in_distress(cl))
                and cl.mood == "declarative"
                and _before_call(toks, p, calls)
            )
            or ((n == 0 or (prev is not None and prev.clause.name)) and call_sign_alone(p, toks))
            or _all_called(p, toks)
            or _caller_described(p, toks, call_ends)
        ):
            # a station named alone ("Humber, Sea Otter, over") or before "this is …"
            dropped.update(id(c) for c in inside)
            if (
                _called_in_distress(cl)
                # "station calling mayday, this is …": the grammar's call-up took
                # "station calling", the clause is the "mayday" it names
                or (cl.words == ["mayday"] and p.i > 0 and toks[p.i - 1].w == "calling")
            ) and _heard(cands, toks):
                # "vessel in distress, this is Humber Coastguard, roger, what is your
                # position": the distress heard, answered (SPEECH-ACTS.md distress.ack;
                # with no receipt, the question is what is said: "Vessel in distress,
                # this is … Coast Guard. Do you have a GPS position?", as the real
                # corpus labels it)
                out.append(frame_cand(p, "distress.ack", "distress.ack#called", 0.7, {}))
            sign_off = p.j >= len(toks) - 1 and cl.words[-1] in ("out", "termine")
            if not sign_off and not any(p.i < k <= p.j + 1 for k in calls):
                named = ici_slots(p, toks, last) if lang == "fr" else {}
                out.append(frame_cand(p, "call", "call#name", 0.6, named))
            call_ends.add(p.j)  # what follows may be the rest of the call
            continue
        if _about(cl):
            # "about the boat with the forty people, she just passed the line": what the
            # message is about, named first; the message follows
            dropped.update(id(c) for c in inside)
            continue
        if other and not cl.third_party and cl.agent in _PARTY and cl.agent_word in (None, of):
            # "my friends are on a boat and they are sinking", "my husband is out
            # fishing and hasn't come back" (the subject said once, for both verbs)
            cl = _told_of(cl)
        if cl.third_party and not other:
            other, of = True, cl.agent_word
        elif not cl.predicates and not other and _kin_told(cl.words):
            other = True  # "… et mon copain, il est parti en planche": the relative said first
        told_before = kin  # (a relative told of in an earlier clause)
        kin = kin or ((cl.third_party or not cl.predicates) and _kin_told(cl.words))
        # ("say again all after 'the boat is'": the words asked for again are quoted)
        frame = (
            None if p.after_island and (not cl.predicates or cl.words[:2] in _QUOTED) else cl.frame
        )
        if (
            frame is not None
            and frame.kind == "report.persons"
            and cl.equipment
            and cl.count is None
        ):
            frame = None  # "a six-man raft": the number and the "man" are the raft's
        if (
            asks_by_noun(cl)
            and not p.after_island
            and not labels(text, p.chars[1])
            # "position of the boat, er, five zero five four north …": the figures said
            # after the noun answer it, nothing is asked
            and not any(k in places for k in range(p.j, p.j + _FIGURES_AFTER))
        ):
            # "ship's name", "your position please": asked without a question mark
            dropped.update(id(c) for c in inside)
            asked: ActKind = "question.intentions" if "intentions" in cl.objects else "question"
            out.append(frame_cand(p, asked, f"{asked}#noun", 0.6, {}))  # "vos intentions ?"
            continue
        ours = _not_ours(p, cands)
        if ours is not None:
            # "it's not in our area", "it's outside our SRR": the case is not the
            # speaker's, which no position says
            dropped.update(id(c) for c in (*inside, ours))
            out.append(frame_cand(p, "coordination.decline", "coordination.decline#zone", 0.7, {}))
            continue
        fits = [
            c
            for c in inside
            if compatible(c.kind, cl)
            and not (c.kind == "report.persons" and cl.equipment and cl.count is None)
            and not (cl.exclaimed and c.kind == "question")  # "What a nightmare."
        ]
        dropped.update(id(c) for c in inside if c not in fits)
        if frame is None and retracted(p, toks):
            dropped.update(id(c) for c in inside)  # "49... non pardon, 51": taken back
            continue
        answered = (
            count_alone(p, toks)
            if frame is None
            and alone <= 2
            and not (prev is not None and goes_on(prev, cands, toks))
            else None
        )
        if answered is not None:
            out.append(answered)  # "Yeah, 40.", "I don't know, maybe 50", "it's 52"
            continue
        if frame is None:
            # a formula that says the clause, or all of it a verb does not ("je vous
            # remercie", "merci de nous avoir appelés"), leaves nothing to state
            # (one said on into the clause from before it too: "erreur, rectification,
            # je reprends")
            formula = [
                c
                for c in cands
                if c.i < p.j and p.i < c.j and (c.kind in FIXED - {"call"} or c.kind in _PROCEDURES)
            ]
            if (
                not fits
                and _bare_statement(p)
                and not (
                    prev is not None
                    and figure_again(prev.clause, cl)
                    and any(prev.i <= a.i < prev.j for a in out)
                )
                and not (prev is not None and checking(cl) and standing_by(prev, cands))
                and not call_tail(p, toks, call_ends, text)
                and not (formula and (cl.predicate is None or _said_by(p, formula, toks, text)))
                and not (echoes_answer(cl) and any(c.kind in _ANSWERS for c in cands))
            ):
                fallback.append(_cut_off(p, text) or frame_cand(p, "information", None, 0.5, {}))
            continue
        if _said_by(p, [c for c in inside if c.kind in _PROCEDURES], toks):
            # "Pardon ?", "come again", "bear with me": a procedure word is the clause
            dropped.update(id(c) for c in inside if c.kind not in _PROCEDURES)
            continue
        if (
            cl.mood != "interrogative"
            and not frame.kind.startswith(_OWN_ACTS)
            and _said_by(p, [c for c in cands if p.i <= c.i < p.j and c.kind in _FORMULAS], toks)
        ):
            continue  # "Thank you for your co-operation, skipper": the formula is the clause
        act = frame_cand(p, frame.kind, frame.id, confidence(frame, cl), slots(frame, cl))
        if (
            (
                (cl.third_party and (kin or (other and cl is not p.clause)))
                or (other and _part_of_it(cl))
                # "on a un pneumatique à côté de nous, y a des gens dans l'eau": persons
                # said to be there, after another's craft was told of
                or (other and cl.agent_word == "there" and act.kind == "report.persons")
            )
            and cl.agent != "speaker"
            and (act.kind == "report.status" or (act.kind == "report.persons" and _in_water(cl)))
        ):
            # "my brother is in the water", "mon fils est sur un bateau, ils sont à
            # l'eau": a relative's plain-language alert (SPEECH-ACTS.md distress.relay);
            # so is the trouble said of someone told of before ("there's a bloke in a
            # kayak and he's gone over, he's in the water"), or of its craft's part ("we
            # see a rubber boat with many people … the engine is not going")
            act.kind = "distress.relay"
        if (
            act.kind == "request.assistance"
            and told_before
            and cl.agent in ("addressee", "none")
            and not any(a.kind == "distress.declare" for a in out)
        ):
            # "it's my boyfriend, he's on a paddleboard, he's gone right out … please can
            # you send someone": help asked for the relative told of (a relative's
            # plain-language alert, SPEECH-ACTS.md distress.relay)
            act.kind = "distress.relay"
        if prev is not None:
            act.kind = read_after(act.kind, cl, prev.clause, _in_water(cl))
        if act.kind == "assistance.offer" and _casualty_again(cl, prev):
            # "l'embarcation fait route au 320, elle sera à la ligne dans vingt
            # minutes": the casualty's own way, no help coming
            act.kind = "information"
        if act.kind == "question" and _asks_plan(cl):
            # "can you tell us where you intend to land them": the plan asked
            act.kind = "question.intentions"
        domain = [
            c
            for c in fits
            if c.kind not in GENERIC
            and (supported(c.kind, cl) or c.assumed or not _NAMED_SLOTS.isdisjoint(c.slots))
            # "we can't stop the water": the craft's trouble, not a refusal ("we cannot
            # stop the engine" may still refuse an order)
            and not (c.kind == "refuse" and frame.kind == "report.status" and _water(cl))
            # "I understand you, your boat is sinking": the addressee's trouble said
            # back to it, no distress of the speaker's
            and not (c.kind == "distress.declare" and cl.agent == "addressee")
            # "would you mind relaying to the fishing boat that we're on our way": the
            # words to pass on are no act of the clause that asks it
            # (the speaker's own distress said through it still is: "tell them that we
            # are sinking")
            and not (
                frame.kind in _ORDERING
                and not c.kind.startswith(("distress.", "urgency."))
                and _passed_on(toks, p.i, c.i)
            )
        ]
        if any(
            c.source == "grammar" and c.kind == act.kind and c.i < p.j and p.i < c.j for c in cands
        ):
            # the grammar read this clause exactly ("position 50 57 N …", "in
            # Libyan territorial waters"): its act stands for the frame's
            if frame.kind in GENERIC:
                dropped.update(id(c) for c in inside if c not in domain)
            continue
        if frame.kind in GENERIC and domain:
            # a phrase of the domain ("request you take over this case") says more
            # than a general frame ("a request") of the same clause, where the clause
            # has a word of that domain (or rests on a near miss of one)
            continue
        dropped.update(id(c) for c in inside)
        for c in inside:  # a replaced phrase of the same kind lends its slots
            if c.kind == act.kind:
                # two readings agree: as sure as the surer of them
                act.confidence = max(act.confidence, c.confidence)
                for key, value in c.slots.items():
                    if key not in act.slots or act.slots[key] in (-1, None):
                        act.slots[key] = value
                if c.assumed:  # and the near miss it rests on ("export" for "escort")
                    act.assumed.update(c.assumed)
                    act.confidence = min(act.confidence, c.confidence)
        # ("so you have four on board", "donc vous avez quatre personnes": what was
        # heard, said back to be checked without a receipt before it)
        if act.kind == "readback" and not (
            cl.receipt
            or _receipt(cands)
            or cl.words[:1] == ["so"]
            or cl.words[:2] == ["donc", "vous"]
        ):
            # a statement of the addressee's situation with no receipt near it is
            # not a read-back but information given to them
            act = frame_cand(p, "information", frame.id, 0.5, {})
        if (
            act.kind == "report.landing"
            and cl.modality in ("will", "want")
            and cl.agent == "speaker"
        ):
            # a plan to land survivors is an intention first (SPEECH-ACTS.md), with
            # what a phrase of the lexicon read of the plan ("land", "them at Dover")
            plan = next((dict(c.slots) for c in inside if c.kind == "intention"), {})
            out.append(frame_cand(p, "intention", frame.id, act.confidence, plan))
        out.append(act)
        if act.kind in _COUNTING and cl.count is not None and cl.count >= 0 and not cl.equipment:
            # a distress message's count of persons is also a report of them, which
            # the casualty's timeline counts ("a rubber boat in distress with forty
            # seven persons")
            out.append(frame_cand(p, "report.persons", None, act.confidence, {"count": cl.count}))
    for p in placed:
        if p.i <= p.start < p.j - 1 and toks[p.start].w in ("no", "non"):
            # a "no" that the clause reads as denying the noun after it ("we stay with
            # him, no tow", "no engine") answers nothing: it is no lead of the clause
            dropped.update(
                id(c)
                for c in cands
                if c.kind == "answer.negative" and c.source == "lexicon" and c.i == p.start
            )
        # a receipt said in the negative is none: "je n'ai rien reçu", "I did not copy"
        if p.clause.polarity == "negative":
            dropped.update(
                id(c)
                for c in cands
                if c.kind == "ack" and c.source != "grammar" and p.i <= c.i < p.j
            )
    kept = [c for c in cands if id(c) not in dropped]
    if any(c.frame == "report.persons#bare-number" for c in out):
        # "I don't know, maybe 50": the doubt hedges the count
        fallback = [c for c in fallback if not unsure(c, toks)]
    declared = _plea_in_danger(kept, out, toks)
    _fold_assistance(kept, out, toks, text)
    _fold_nature(kept, out, toks, text, declared)
    _fold_task(kept, out, toks, text)
    return kept + out, fallback


#: Subjects that an earlier clause's third party can be.
_PARTY = frozenset({"third", "persons", "casualty"})


def _water(cl: Clause) -> bool:
    """Whether a clause names the craft's status but none of its parts."""
    return "status" in cl.objects and "part" not in cl.objects


#: Words of persons in the water or missing: a relative's alert, not a count of crew
#: ("mon fils est avec moi", "my wife has cut her hand" are the casualty's own).
_WATER_WORDS = frozenset(
    {"water", "eau", "overboard", "missing", "disparu", "disparus", "mer", "sea"}
)


def _in_water(cl: Clause) -> bool:
    return not _WATER_WORDS.isdisjoint(cl.words)


#: A call-up's "this is" cut off from the caller by a pause ("this is, er, the skipper
#: of the Lady Orla").
_THIS_IS = (["this", "is"], ["ici"], ["c'est"], ["ce", "est"])


def _kin_told(words: list[str]) -> bool:
    """Whether a clause names a relative of the speaker's ("my brother", "mon fils")."""
    if W.kin.isdisjoint(words):
        return False  # (most clauses: a set look-up in C)
    return any(w in W.kin and k and words[k - 1] in W.own for k, w in enumerate(words))


#: How a station in distress is called when its name is not known: by its trouble,
#: or by the call it made.
_IN_DISTRESS = (
    ("in", "distress"), ("en", "detresse"), ("in", "difficulty"), ("en", "difficulte"),
    # "vessel calling mayday, this is Dover Coastguard": the station that called it
    ("calling", "mayday"), ("on", "fire"), ("en", "feu"),
)  # fmt: skip


def _part_of_it(cl: Clause) -> bool:
    """Whether a clause's subject is a part of a craft ("the engine is not going"),
    said after another's craft was told of: that craft's."""
    return (
        cl.agent == "third"
        and not (cl.words and cl.words[0] in W.own)  # "our engine's packed up": ours
        and craft_part(cl.agent_word, words(cl.lang))
    )


def _casualty_again(cl: Clause, prev: Placed | None) -> bool:
    """Whether a clause's pronoun subject is the casualty the clause before named."""
    return (
        prev is not None
        and prev.clause.agent == "casualty"
        and cl.agent == "third"
        and cl.agent_word is None
    )


def _asks_plan(cl: Clause) -> bool:
    """Whether a question asks the addressee's plan ("can you tell us where you intend
    to land them", "tell me your plan")."""
    return cl.agent == "addressee" and ("intentions" in cl.objects or "intend" in cl.lemmas)


#: Words by which a reply says it heard ("we hear you", "on vous a entendu").
_HEARD = frozenset({
    "hear", "heard", "entendu", "entendons", "entends", "recu", "received", "copy", "copied",
    "understood", "compris",
})  # fmt: skip


def _heard(cands: list[Cand], toks: list[Tok]) -> bool:
    """Whether a reply says it heard: a receipt, or words of hearing."""
    return any(c.kind == "ack" for c in cands) or not _HEARD.isdisjoint(t.w for t in toks)


def _called_in_distress(cl: Clause) -> bool:
    """Whether a clause named before "this is …" calls the station in distress by
    what it is ("vessel in distress", "navire en détresse", "vessel on fire", "vessel
    calling mayday"), once or said again ("boat in distress boat in distress")."""
    words = cl.words
    for size in (3, 4):
        if len(words) % size == 0 and len(words) // size <= 3:
            said = [tuple(words[k : k + size]) for k in range(0, len(words), size)]
            if len(set(said)) == 1 and said[0][-2:] in _IN_DISTRESS:
                return True
    return False


#: A hedge said as its own clause after another: "no, I'm afraid", "sorry, I'm afraid".
_HEDGE_SAID_AFTER = (
    ["i", "am", "afraid"], ["i", "am", "afraid", "not"], ["i", "am", "afraid", "so"],
)  # fmt: skip
#: Modalities a verb after "and" shares with the clause before it.
_SHARED_MODALS = frozenset({"can", "will", "must"})


def _conjoined(placed: list[Placed]) -> list[Placed]:
    """The clauses, each bare verb after "and" that goes on from the speaker's modal
    clause read with its subject and modal ("we can slip and be with her in twenty
    minutes": no order)."""
    out = list(placed)
    for n in range(1, len(out)):
        if _conjunct(out[n - 1].clause, out[n].clause):
            out[n] = out[n]._replace(clause=_shared(out[n - 1].clause, out[n].clause))
    return out


def _conjunct(prev: Clause, cl: Clause) -> bool:
    """Whether a clause is a bare verb after "and" that goes on from the speaker's
    modal clause before it ("we can slip and be with her"), not an order."""
    return (
        cl.mood == "imperative"
        and cl.words[:1] in (["and"], ["et"])
        and prev.mood == "declarative"
        and prev.agent == "speaker"
        and prev.modality in _SHARED_MODALS
        and prev.polarity == "positive"
    )


def _shared(prev: Clause, cl: Clause) -> Clause:
    """The clause read with the subject and modal of the one before it (a copy, as
    the memoised clause is shared)."""
    shared = replace(
        cl, mood="declarative", agent="speaker", modality=prev.modality, frame=None, shown=None
    )
    shared.frame = match(shared)
    return shared


#: Articles that open a caller's description said after its name.
_DESCRIBING = frozenset({"the", "le", "la", "les", "l"})


def _caller_described(p: Placed, toks: list[Tok], call_ends: set[int]) -> bool:
    """Whether a clause says what the caller named just before it is, in a few words
    and no verb ("ici Alerte Détroit, la permanence téléphonique", "this is Solent,
    the coastguard"): the rest of the call-up."""
    cl = p.clause
    if cl.mood != "declarative" or not 2 <= len(cl.words) <= 4 or cl.words[0] not in _DESCRIBING:
        return False
    k = p.i
    while k > 0 and toks[k - 1].w == ",":
        k -= 1
    if call_ends.isdisjoint(range(k, p.i + 1)):
        return False
    wl = words(cl.lang)
    return not any(w in wl.be or w in wl.have or w in wl.modal for w in cl.words)


def _told_of(cl: Clause) -> Clause:
    """A clause whose pronoun subject ("they", "il") is the third party an earlier
    clause of the utterance told of: read again as that party's (the memoised clause
    is shared, so a copy)."""
    told = replace(cl, third_party=True, frame=None, shown=None)
    told.frame = match(told)
    return told


def fill(acts: list[Cand], fallback: list[Cand], toks: list[Tok], text: str) -> list[Cand]:
    """The fallback ``information`` of each clause in which no act but a fixed
    formula stands once overlaps are resolved; not of a clause that is only a formula
    said to a station named ("Merci Watchman, bonne journée", "bien reçu watchman")."""
    for f in fallback:
        inside = [a for a in acts if f.i <= a.i < f.j]
        if any(a.kind not in FIXED for a in inside):
            continue
        if (inside and _named_only(f, inside, toks, text)) or _vocative(f, acts, toks, text):
            continue
        acts.append(f)
    return acts


def _named_only(f: Cand, inside: list[Cand], toks: list[Tok], text: str) -> bool:
    """Whether the words of clause ``f`` outside its formulas are a name: one to
    three words, each written with a capital ("Watchman", "Cap Blanc")."""
    rest = [
        toks[k]
        for k in range(f.i, f.j)
        if toks[k].w[0].isalnum() and not any(a.i <= k < a.j for a in inside)
    ]
    return 0 < len(rest) <= 3 and all(text[t.s : t.s + 1].isupper() for t in rest)


def _about(cl: Clause) -> bool:
    """Whether a clause without a verb only names what the message is about: "about
    the boat with the forty people, …", "concernant l'embarcation, …" ("about forty
    people" counts them)."""
    w = cl.words
    if cl.predicates or len(w) < 2:
        return False
    return (
        (w[0] == "about" and w[1] in _TOPIC_ARTICLES)
        or w[0] in ("regarding", "concerning", "concernant")
        or w[:3] in (["au", "sujet", "de"], ["au", "sujet", "du"], ["au", "sujet", "des"])
    )


#: Articles after "about" that make it a topic, not an approximation.
_TOPIC_ARTICLES = frozenset({"the", "your", "our", "this", "that", "those", "these"})


def _all_called(p: Placed, toks: list[Tok]) -> bool:
    """Whether a clause only calls everyone, before what it tells them ("Okay
    everybody, we're calling off the search", "tout le monde, écoutez"): the word for
    all, after the leads, then a comma and more."""
    if toks[p.j - 1].w != "," or p.j >= len(toks):
        return False  # (most clauses: no tuple of their words is built)
    said = tuple(t.w for t in toks[act_start(p) : p.j] if t.w != ",")
    return said in _ALL_CALLED


#: The words that call everyone on the channel.
_ALL_CALLED = frozenset({
    ("everybody",), ("everyone",), ("all", "units"), ("tout", "le", "monde"),
    ("toutes", "les", "unites"), ("a", "tous"), ("a", "toutes", "les", "unites"),
})  # fmt: skip


def _vocative(f: Cand, acts: list[Cand], toks: list[Tok], text: str) -> bool:
    """Whether clause ``f``, in lower-case recognised speech, is only a station's
    name said after a receipt or thanks ("bien reçu watchman", "merci cross"): one to
    three words that can name, right after the formula."""
    said = [t.w for t in toks[f.i : f.j] if t.w[0].isalnum()]
    return (
        0 < len(said) <= 3
        and text.lower() == text
        and any(a.kind in FIXED and a.kind != "call" and f.i - 1 <= a.j <= f.i for a in acts)
        and name_words(said)
    )


def _fold_assistance(kept: list[Cand], out: list[Cand], toks: list[Tok], text: str) -> None:
    """A request for help said with a declaration of distress is part of that
    distress message (its ``assistance``), as the grammar folds a MAYDAY's parts:
    "Please help us, the boat is sinking" declares distress."""
    distress = next((c for c in (*kept, *out) if c.kind == "distress.declare"), None)
    if distress is None:
        return
    for group in (kept, out):
        for c in [c for c in group if c.kind == "request.assistance"]:
            distress.slots.setdefault("assistance", _said(c, toks, text))
            group.remove(c)


#: The words of a bare plea for help ("au secours", "please help us"): no help named.
_PLEA = frozenset({
    "help", "please", "au", "secours", "aidez", "aide", "aider", "nous", "us", "me",
    "moi", "sos", "svp", "pls", "plz", "sir", "my", "friend", "brother", "hello",
    "venez", "vite", "come", "quick", "quickly", "rapidement",
})  # fmt: skip
#: Persons said to be where they are in grave danger: in the water.
_IN_WATER = frozenset({"water", "eau", "sea", "mer"})
#: The craft's state that is grave and imminent danger: water in it, sinking, fire.
_DANGER = frozenset({
    "water", "eau", "sinking", "sink", "coule", "coulent", "couler", "flooding",
    "flooded", "fire", "feu", "incendie", "deflating", "deflate", "degonfle",
    "capsized", "chavire", "leak", "leaking", "fuite", "burning",
})  # fmt: skip


def _plea_in_danger(kept: list[Cand], out: list[Cand], toks: list[Tok]) -> Cand | None:
    """A bare plea for help said with the speaker's craft in danger, or its people in
    the water, declares distress (SPEECH-ACTS.md: "help us, we are in the water"):
    "Au secours, au secours, le bateau il prend l'eau", "the boat is broken, water
    coming in, please help", "people in the water, people fall in the water, help". The
    state becomes the declaration, which then takes in the plea; it is returned. Help
    asked for by name ("we need a tow") or a craft's trouble that is no danger ("help,
    the engine is broken") stays a request and a report."""
    pleas = [
        c
        for c in (*kept, *out)
        if c.kind == "request.assistance"
        and all(t.w in _PLEA for t in toks[c.i : c.j] if t.w[0].isalpha())
    ]
    if not pleas:
        return None
    for c in sorted((*kept, *out), key=lambda c: c.i):
        if (
            c.kind in ("report.status", "report.persons")
            and (c.clause is None or _own_state(str(c.clause.get("agent", "none"))))
            and any(
                t.w.rpartition("'")[2] in (_DANGER if c.kind == "report.status" else _IN_WATER)
                for t in toks[c.i : c.j]
            )
        ):
            c.kind = "distress.declare"
            return c
    return None


#: Subjects of a report of the state that a later declaration of distress in the same
#: utterance may take as its nature: the speaker, its craft or people, or none said.
_OWN_STATE = frozenset({"speaker", "third", "none"})


def _fold_nature(
    kept: list[Cand], out: list[Cand], toks: list[Tok], text: str, declared: Cand | None = None
) -> None:
    """The speaker's state said before its declaration of distress is that distress's
    nature, as a MAYDAY takes in its parts: "Fire on board, fire on board, we can't get
    it out, MAYDAY", "the boat is broken we are sinking", "le bateau il se dégonfle, on
    va mourir" declare distress (SPEECH-ACTS.md: a plain-language declaration of grave
    and imminent danger). A state said of another ("the dinghy is deflating") is a
    report, and one after the declaration stays one of its own. The declaration is the
    speaker's ("we are sinking", "on va mourir") or the MAYDAY itself: an onlooker's
    "the boat is taking water, the front is going down" reports; a plea's danger
    (``declared``, :func:`_plea_in_danger`) is the speaker's own. The persons said
    before are its persons ("please sir we are forty people, the balloon is finish,
    water up to here, help help")."""
    distress = min(
        (
            c
            for c in (*kept, *out)
            if c.kind == "distress.declare"
            and (c is declared or c.clause is None or c.clause.get("agent") == "speaker")
        ),
        key=lambda c: c.i,
        default=None,
    )
    if distress is None:
        return
    for group in (kept, out):
        for c in sorted(
            (c for c in group if c.kind in _NATURE_OR_PERSONS and c.j <= distress.i),
            key=lambda c: -c.i,
        ):
            if c.clause is not None and not _own_state(str(c.clause.get("agent", "none"))):
                continue
            if c.kind == "report.status":
                nature, known = _said(c, toks, text), distress.slots.get("nature")
                distress.slots["nature"] = f"{nature}; {known}" if known else nature
            elif isinstance(c.slots.get("count"), int):
                distress.slots.setdefault("persons", c.slots["count"])
            distress.i = min(distress.i, c.i)
            group.remove(c)


#: What a declaration of distress takes in from before it: its nature, its persons.
_NATURE_OR_PERSONS = frozenset({"report.status", "report.persons"})


def _own_state(agent: str) -> bool:
    """Whether a clause's subject may be the speaker's own craft or people: the
    speaker, its craft, persons, none said, or a bare "it" / "il" ("le bateau il se
    dégonfle"), a part of its craft; not the addressee nor a station named."""
    who, _, word = agent.partition(":")
    # ("the water is coming inside the boat": the water said as the subject; "engine is
    # stop": a part of the craft)
    return (
        agent in _OWN_STATE
        or who in ("casualty", "persons")
        or word in _DANGER
        or (who == "third" and any(craft_part(word, words(lang)) for lang in ("en", "fr")))
    )


#: What a tasking message says of its casualty after the order ("Launch to the
#: yacht Seahorse, dismasted, four persons on board, position …"): its parts.
_TASK_PARTS: dict[ActKind, str] = {
    "report.persons": "persons",
    "report.position": "position",
    "report.status": "nature",
}


def _fold_task(kept: list[Cand], out: list[Cand], toks: list[Tok], text: str) -> None:
    """The reports that follow a ``task`` in the same utterance describe its
    casualty: they become the task's slots, as a MAYDAY takes in its parts."""
    task = next((c for c in sorted(out, key=lambda c: c.i) if c.kind == "task"), None)
    if task is None:
        return
    for group in (kept, out):
        for c in [c for c in group if c.kind in _TASK_PARTS and c.i >= task.j - 1]:
            slot = _TASK_PARTS[c.kind]
            if slot == "persons" and "count" in c.slots:
                task.slots.setdefault("persons", c.slots["count"])
            elif slot == "position" and c.slots:
                task.slots.setdefault("position", dict(c.slots))
            else:
                task.slots.setdefault(slot, _said(c, toks, text))
            group.remove(c)


def _said(c: Cand, toks: list[Tok], text: str) -> str:
    """The words of an act as written."""
    return said(toks, c.i, c.j, text)


def compatible(kind: ActKind, cl: Clause) -> bool:
    """Whether an act of ``kind`` agrees with the clause's mood and polarity."""
    if kind.startswith("procedure."):
        return True
    if cl.mood == "interrogative" and kind not in _ASKING:
        return False
    if cl.echo and cl.agent == "addressee" and kind == "request.assistance":
        return False  # "Say again, you request assistance?": what was heard, asked back
    if cl.mood == "imperative" and kind not in _ORDERING:
        return False
    return not (cl.polarity == "negative" and kind in _AFFIRMING)


def _not_ours(p: Placed, cands: list[Cand]) -> Cand | None:
    """The grammar's position of a clause that puts something ("it", "that", no
    subject) outside the speaker's own zone: "not in our area", "outside our SRR"."""
    cl = p.clause
    if PLACE not in cl.words:  # no position the grammar read: most clauses
        return None
    if cl.agent not in ("third", "none") or cl.agent_word or cl.mood != "declarative":
        return None
    for c in cands:
        if (
            c.source == "grammar"
            and c.kind == "report.position"
            and p.i <= c.i < p.j
            and c.slots.get("zone_relative") == "speaker"
            and (cl.polarity == "negative") != (c.slots.get("relation") in _OUTSIDE)
        ):
            return c
    return None


_OUTSIDE = frozenset({"outside", "beyond", "out of"})


#: Procedure words the lexicon reads in plain speech ("come again", "bear with me").
_PROCEDURES = frozenset({
    "procedure.say-again", "procedure.stand-by", "procedure.radio-check",
    "procedure.correction",
})  # fmt: skip


#: Formulas of the lexicon that may say a whole clause, a name and all; and the acts
#: a clause they say may still make ("thanks for the handover" accepts it).
_FORMULAS = frozenset({"thanks", "ack"})
_OWN_ACTS = ("coordination.", "assistance.", "permission.")


def _said_by(p: Placed, phrases: list[Cand], toks: list[Tok], text: str = "") -> bool:
    """Whether the lexicon's phrases say all of a clause after its leads: they stand
    for the clause, whose frame reads only its mood or a name in it ("Pardon ?" is no
    question, "come again" no call for help, "thanks for your help, skipper" no
    report of persons); with ``text``, a station named after a comma may close it ("We
    take note, Corsen")."""
    if not phrases:
        return False
    end = p.j
    if text and text.lower() != text:
        k = p.j
        while k > act_start(p) and toks[k - 1].w[0].isalpha() and text[toks[k - 1].s].isupper():
            k -= 1
        if k < p.j and p.j - k <= 3 and k > act_start(p) and toks[k - 1].w == ",":
            end = k - 1  # the name said last, after a comma
    named = bool(text) and text.lower() != text
    return all(
        toks[k].w in ",|?"
        or any(c.i <= k < c.j for c in phrases)
        # "Merci Dragon 83, bon retour à la base": the station thanked, by its name
        or (named and (text[toks[k].s].isupper() or toks[k].w.isdecimal()))
        for k in range(act_start(p), end)
    )


def _topic(cl: Clause, after: Clause) -> bool:
    """Whether a clause is a bare noun phrase said before the question about it, or
    before the statement that takes it up again by a pronoun: no verb, no number, a
    few words (an article and a noun, "and" before them, a place after them: "and the
    person in the water, is he conscious?", "the skipper, we give him over to you")."""
    return (
        (
            after.mood == "interrogative"
            # (a person named, taken up again: "the skipper, we give him over to you";
            # "mon frère, il est dans la mer" relays, read whole; "naufragé
            # hélitreuillé, il est conscient" reports the rescue)
            or (
                cl.frame is not None
                and cl.frame.kind == "report.persons"
                and not _RESUMED.isdisjoint(after.words)
            )
        )
        and cl.mood == "declarative"
        and not cl.predicates
        and cl.count is None
        and cl.agent == "none"
        # ("the skipper": a vocative word, but named with its article)
        and (
            1 <= cl.content <= 3 or (cl.content == 0 and cl.words[:1] in (["the"], ["le"], ["la"]))
        )
        and len(cl.words) <= 7
        and PLACE not in cl.words
        and not cl.name
        # (what a frame reads as more than a thing named stays: "my advice, captain")
        and (cl.frame is None or cl.frame.kind.startswith(("report.", "information")))
    )


#: Pronouns by which a clause takes up a thing named before it ("the skipper, we give
#: him over to you", "le moteur, il démarre pas").
_RESUMED = frozenset({"him", "her", "them", "il", "elle", "ils", "elles", "le", "la", "les", "lui"})


def _receipt(cands: list[Cand]) -> bool:
    return any(c.kind in _RECEIPTS for c in cands)


def _before_call(toks: list[Tok], p: Placed, calls: set[int]) -> bool:
    k = p.j
    while k < len(toks) and toks[k].w == ",":
        k += 1
    return k in calls


#: Words that lead into the island after them ("switching to", "passez sur le").
_INTO_ISLAND = frozenset({"to", "onto", "on", "sur", "le", "la", "vers", "au"})


def _bare_statement(p: Placed) -> bool:
    """A statement with content words, or with a subject and a verb; never a
    clause of words that neither language knows ("xyz xyz xyz")."""
    cl = p.clause
    if cl.mood != "declarative" or not cl.known or p.after_island or PLACE in cl.words:
        return False  # (a position the grammar read is already its act)
    if p.before_island and cl.words and cl.words[-1] in _INTO_ISLAND:
        return False  # "switching to [channel 67]": the island's own lead-in
    if cl.agent != "none" and (cl.predicate is not None or cl.modality != "none"):
        return True  # a subject and a verb ("ça va bien": "aller" read as a modal)
    if cl.predicate in W.comply_verbs:
        return True  # "copied, lifting now", "roger, proceeding": an action, said bare
    # words left after a procedure word or a call-up are usually its object ("stand
    # by for the rescue boat"); a number and its noun answer a question ("Six ans.");
    # a long clause says something even where its reading went astray
    return (
        cl.content >= 2 or len(cl.words) >= 8 or (cl.content >= 1 and any(map(numeral, cl.words)))
    )


def _cut_off(p: Placed, text: str) -> Cand | None:
    """A clause broken off mid-phrase (:func:`.clause_cuts.broken_off`): what it
    would have said is not known, and it is reported so rather than as a statement."""
    if not broken_off(p.clause.words, p.clause.lang, text[p.chars[1] :]):
        return None
    return frame_cand(p, "unclassified", None, 0.0, {"reason": "cut off: the clause breaks off"})
