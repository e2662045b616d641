"""Cutting an utterance into clauses (CLAUSES.md): at sentence ends, at commas and
conjunctions that open a new subject or verb, before a subject pronoun and its verb
in unpunctuated recognised speech; conditions and subordinate clauses stay with the
clause they lean on. Positions the grammar read stand as one word, ``@position``.
The tests on the words around a cut are in :mod:`.clause_cuts`.
"""

from __future__ import annotations

from itertools import pairwise

from checker.phraseology.clause import Clause, Names, Placed, name_at
from checker.phraseology.clause_called import called_first
from checker.phraseology.clause_cuts import (
    BARE_TAGS,
    MARKS,
    NOMINATIVE,
    PARTICLE_ENDS,
    PLACE_HEADS,
    PUNCT,
    REQUEST,
    YOU,
    after_repetition,
    asks_third,
    bare_status,
    base_verb,
    caution_after_comma,
    counted_persons,
    ends_clause,
    finite_after_and,
    finite_next,
    forbids,
    here_adverb,
    if_unsaid,
    inverted_after_comma,
    label_before,
    named_subject,
    noun_then_verb,
    object_clitic,
    opens,
    opens_after_place,
    order_after_comma,
    order_opens,
    particle_after_verb,
    reason_before,
    tag_after,
    takes_object,
    takes_up,
)
from checker.phraseology.clause_forms import digits_said, figures_said, verbal
from checker.phraseology.clause_french import FR_SUBJECTS
from checker.phraseology.clause_names import CALL_SIGN_HEADS, URGENT
from checker.phraseology.clause_predicate import closed
from checker.phraseology.clause_read import (
    SIL_VOUS_PLAIT,
    VERB_LEADS,
    forget_words,
    read,
    said_last,
)
from checker.phraseology.clause_words import W, phrases_by
from checker.phraseology.frames import match
from checker.phraseology.parts import CLAUSE_ENDS, Tok
from checker.phraseology.words import Words, tally, words


def split(
    toks: list[Tok],
    skip: frozenset[int],
    lang: str,
    text: str = "",
    names: Names | None = None,
    objects_after: frozenset[int] | None = None,
    places: frozenset[int] = frozenset(),
) -> list[Placed]:
    """The clauses of an utterance's tokens, each read into features, where they
    were said. ``skip`` are the indices of tokens that the grammar explained
    (call-ups, signals): they end a clause and are not read."""
    pieces: list[tuple[int, int, bool]] = []  # (i, j, ends with "?")
    start = 0
    n = len(toks)
    # the ends, found in one comprehension, not a Python loop per token
    # (measured: benchmarks/README.md, 'phraseology.clause_split.split')
    ends = [k for k, t in enumerate(toks) if t.w in CLAUSE_ENDS or k in skip]
    ends.append(n)
    for k in ends:
        if k > start:
            if start - 1 in skip:
                start = _subject_said_again(toks, start, skip, words(lang))
            pieces.append((start, k, k < n and toks[k].w == "?"))
        start = k + 1
    out: list[Placed] = []
    for i, j, asked in pieces:
        after = i > 0 and (i - 1) in (objects_after or ())
        before = j in skip  # an island (a channel, a position) said next
        offset = toks[i].s
        parts = _sentence(toks, i, j, asked, lang, text, names or _NO_NAMES, places, before)
        for n_part, c in enumerate(parts):
            start = c.start + i if c.start >= 0 else -1
            chars = (c.chars[0] + offset, c.chars[1] + offset)
            last = before and n_part == len(parts) - 1
            out.append(Placed(c, c.i + i, c.j + i, start, chars, after and n_part == 0, last))
    return out


def _subject_said_again(toks: list[Tok], start: int, skip: frozenset[int], wl: Words) -> int:
    """Where a clause starts that the grammar's call-up left without its subject: "this
    is Solent Coastguard, Solent Coastguard requests all vessels …", "ici CROSS
    Jobourg, CROSS Jobourg prend la coordination". The call-up takes the caller's
    name said twice; when a verb inflected for it follows, the second saying was the
    subject of the message, and the clause starts at it."""
    first = toks[start].w
    if not finite_next(first, wl) or first in wl.pronouns or first in wl.determiners:
        return start
    for m in range(1, 5):
        b = start - m
        if b < 1 or any(k not in skip or not toks[k].w.isalpha() for k in range(b, start)):
            return start
        name = [t.w for t in toks[b:start]]
        a = b - 1 if toks[b - 1].w == "," else b
        if a - m >= 0 and [t.w for t in toks[a - m : a]] == name:
            return b
    return start


#: Bound of the sentence memo. Radio repeats itself: "say again", "what is your
#: position", "we are taking water" come back with other call-ups around them.
MEMO_SIZE = 8192
_memo: dict[tuple[object, ...], list[Clause]] = {}
_NO_NAMES: Names = {}


def forget() -> None:
    """Empty the memos of clause analysis: a new context (a new file) begins, and a
    check of many files keeps no memory of the last one (tests/hardening/test_limits.py holds
    memory flat over many files)."""
    _memo.clear()
    forget_words()


def _sentence(
    toks: list[Tok],
    i: int,
    j: int,
    asked: bool,
    lang: str,
    text: str,
    names: Names,
    places: frozenset[int],
    before: bool = False,
) -> list[Clause]:
    """The clauses of one sentence at offset 0 (shared: never changed), memoised by
    its words as written within one context: a sentence said again (with another
    call-up, later in the exchange) is read, and its frame matched, once. The
    classifier calls :func:`forget` when the context changes; the names' identity in
    the key keeps apart what other callers read with other names, and whether words
    follow the sentence keeps apart a word said alone from one that holds the floor."""
    start, end = toks[i].s, toks[j - 1].e
    rel = tuple(k - i for k in range(i, j) if k in places) if places else ()
    # a sentence that ends on a word that holds the floor ("Listen.", "Okay, listen.")
    # reads it as an order when nothing is said after it (clause_read.said_last): only
    # such a sentence is keyed by that, so that the memo still serves the others
    last = _ends_on_lead(toks, i, j) and said_last(toks, j)
    # (what is written after the sentence and whether the text has any mark say
    # whether it was punctuated: recognised speech is read otherwise)
    marked = not MARKS.isdisjoint(text)
    key = (
        id(names),
        text[start:end],
        asked,
        lang,
        rel,
        j - i,
        last,
        before,
        text[end : end + 1],
        marked,
    )
    found = _memo.get(key)
    if found is None:
        found = _subclauses(toks, i, j, asked, lang, text, names, places, before)
        for c in found:  # at offset 0, and the frame is read once too
            c.shift(-i, -start)
            c.frame = match(c)
        if len(_memo) >= MEMO_SIZE:
            # forget the oldest quarter (dicts keep insertion order), not everything:
            # the sentences of the exchange in progress stay
            for old in list(_memo)[: MEMO_SIZE // 4]:
                del _memo[old]
        _memo[key] = found
    return found


#: Words that open a French message after the caller named by "ici": its label.
_ICI_LABELS = frozenset({"fin", "silence", "prudence", "mayday", "securite", "annulation"})
#: Conjunctions before a subordinate clause said first ("and if …", "et s'il …").
_AND_THEN = frozenset({"and", "et", "but", "mais", "so", "alors"})
#: English object pronouns, after which "you" and its auxiliary open a clause.
_OBJECT_PRONOUNS = frozenset({"us", "them", "him", "me", "her"})
#: French pronouns that "y a" may follow as their own verb ("on y a passé la nuit").
_Y_A_SUBJECTS = frozenset({"on", "il", "elle", "ca", "qui"})
_ASKING_BE = ("are", "is", "can", "could", "would", "will")
#: French object and adverbial clitics said between a subject and its verb.
_FR_CLITICS = frozenset({
    "se", "s'en", "s'y", "en", "y", "me", "te", "m'en", "t'en", "le", "la", "les", "lui",
    "leur", "l'a", "l'ai", "l'avons", "l'ont", "nous", "vous",
})  # fmt: skip
#: Nouns whose "is" says what they are ("the problem is he fell"): no question.
_CLEFT_NOUNS = frozenset({
    "problem", "thing", "issue", "fact", "trouble", "worry", "point", "reason", "truth",
    "idea", "plan", "question", "answer",
})  # fmt: skip


def _verb_after_clitics(toks: list[Tok], k: int, j: int, wl: Words) -> bool:
    """Whether French clitics from ``k`` lead to a finite verb: "on s'en occupe", "on
    vous le confie" (two clitics), "je te le passe"."""
    while k < j and toks[k].w in _FR_CLITICS:
        k += 1
    return k < j and finite_next(toks[k].w, wl)


def _subclauses(
    toks: list[Tok],
    i: int,
    j: int,
    asked: bool,
    lang: str,
    text: str,
    names: Names,
    places: frozenset[int] = frozenset(),
    before: bool = False,
) -> list[Clause]:
    """A sentence cut at commas and conjunctions that start a new subject or verb,
    with conditions and subordinate clauses joined to the clause they lean on."""
    wl = words(_clause_lang(toks, i, j, lang))
    cuts = [i]
    # recognised speech comes without punctuation: where the text has some, its
    # commas and stops already cut it, and a noun after a verb is its object
    text_punctuated = any(t.w in PUNCT for t in toks[i:j]) or (
        bool(text) and text[toks[j - 1].e : toks[j - 1].e + 1] in (".", "!", "?")
    )
    elided: set[int] = set()  # cuts before a verb whose subject is the clause's before
    ici = toks[i].w == "ici" and wl.lang == "fr"
    ici_at = 1  # the cuts made when "ici" was said: its call-up ends at the next one
    # unpunctuated, a station called by name before what it is told or asked
    called, known_name = (
        called_first(toks, i, j, wl, names, before) if not text_punctuated else (0, True)
    )
    for k in range(i + 1, j):
        w = toks[k].w
        nxt = toks[k + 1].w if k + 1 < j else ""
        if k in places or (k - 1 in places and k + 1 in places):
            continue  # never inside a position the grammar read
        if w == "et" and toks[k - 1].w in _FRENCH_TENS and nxt in ("un", "une", "onze"):
            continue  # "trente et une personnes": the "et" of a French number
        if k - 1 in places and opens_after_place(w, nxt, wl):
            # unpunctuated, a position read ends its clause: "… one three eight east
            # request you monitor it", "… position five zero north we are sinking"
            cuts.append(k)
            continue
        if (
            ici
            and len(cuts) == ici_at
            and (
                w in wl.polite
                or w in ("vous", "nous", "je", "j", "on")
                or w.startswith(("j'", "n'"))
                or (w.endswith("ez") and len(w) > 3)
                # "ici cross gris nez fin des recherches": a message's label
                or (w in _ICI_LABELS and k > cuts[-1] + 1)
                # "ici korrigan l'eau arrive au plancher": a noun and its verb
                or (w.startswith("l'") and k + 1 < j and finite_next(nxt, wl))
            )
        ):
            cuts.append(k)
            ici = False
        elif w == "," and _goes_on(toks, k, i, j, wl):
            pass  # "alongside her in, er, five, six minutes": one phrase, a pause in it
        elif w == "," and cuts[-1] == k - 1 and toks[k - 1].w == nxt:
            pass  # "Annulez, annulez notre mayday", "Stop, stop your engine": said again
        elif w == ",":
            if (
                # ("votre position, c'est quoi ?": the noun asked about, said first)
                (opens(nxt, wl) and not (nxt[:2] == "c'" and k + 2 < j and toks[k + 2].w in wl.wh))
                or (nxt in wl.determiners and nxt not in ("a", "an", "un", "une"))
                or nxt.isdecimal()
                or nxt in W.number_words
                or nxt in W.approx
                # "on coule, plus de moteur": a lack said without a verb, which negates
                # nothing said before it
                or (nxt in ("plus", "pas") and k + 2 < j and toks[k + 2].w.startswith(("de", "d'")))
                or (nxt in wl.split and k + 2 < j and opens(toks[k + 2].w, wl, conj=True))
                or (k + 2 < j and named_subject(nxt, toks[k + 2].w, wl))
                # "Playa de Laxe, Falmouth, understand nine persons going to the life
                # raft": what is read back, after the names said first
                or (nxt in _READ_BACK and k + 1 < j - 1)
                # "request immediate launch of the all-weather boat, angling RIB
                # capsized …", "engagement immédiat du canot, caravelle chavirée …": a
                # headline after a comma, its noun and its participle, once a launch
                # has been ordered in a phrase of urgency (elsewhere the headline may be
                # a read-back's: "forty persons, grey dinghy, engine stopped")
                or (
                    text_punctuated
                    and k - cuts[-1] > 1
                    and any(t.w in URGENT for t in toks[cuts[-1] : k])
                    and _headline_after(toks, k + 1, j, wl)
                )
                # "fair enough, Dover accepts coordination", "d'accord, Jobourg reprend
                # la coordination": a station named with its capital, then its verb
                or (text_punctuated and _named_then_verb(toks, k + 1, j, text, wl))
                # "Falmouth, can you proceed …": a question by inversion after a name
                or (k + 2 < j and inverted_after_comma(nxt, toks[k + 2].w, wl))
                # "it is in your SRR, so can you take the coordination …": after "so"
                or (
                    nxt in _AND_THEN
                    and k + 3 < j
                    and inverted_after_comma(toks[k + 2].w, toks[k + 3].w, wl)
                )
                # "for the helicopter, haul your nets": an order by a verb of no list,
                # its object at once
                or (k + 2 < j and order_after_comma(nxt, toks[k + 2].w, wl))
                or (k + 2 < j and caution_after_comma(nxt, toks[k + 2].w))
                or label_before(toks, cuts[-1], k, wl)
                # "s'il vous appelle, merci de prévenir le CROSS": thanks for what is
                # to be done asks it
                or (nxt == "merci" and k + 2 < j and toks[k + 2].w in ("de", "d"))
                # "bien reçu Dover, merci, we note that": English said on in a French
                # clause, its subject opens it
                or (wl.lang == "fr" and nxt in NOMINATIVE and k + 2 < j and toks[k + 2].w.isalpha())
                # "ici CROSS Jobourg, appareillage immédiat": the caller named, then
                # the message (a name said again is written with its capital)
                or (ici and k + 1 < j and text[toks[k + 1].s : toks[k + 1].s + 1].islower())
                # "considering the number of passengers, MRCC Rome considers this a
                # distress phase": a reason said first ends at its comma
                or reason_before(toks, cuts[-1], k)
                # "Jobourg, Humber, roger, Humber accepts coordination": the stations
                # called and calling, said first, each end at its comma
                or (text_punctuated and _name_said_first(toks, cuts, k, text, wl, names))
                # "Sea Breeze, understand you are aground": one of the transcript's
                # stations called first, then what it is told
                or (text_punctuated and _known_name_first(toks, cuts, k, names))
                # "Falmouth, nine two four, patient handed over at Treliske": a call
                # sign said digit by digit is no count of what follows it
                or _call_sign_before(toks, cuts[-1], k)
                # "that's ever so kind of you, but no, I think we're alright": the
                # answer said after it, between commas
                or _answer_between(toks, k + 1, j, wl)
                # "copied all that, lifting from Newquay now": the receipt alone
                or _receipt_alone(toks, cuts[-1], k)
                # "je suis sur la plage, y a un gars en paddle": the existential said
                # without its "il"
                or (wl.lang == "fr" and nxt == "y" and k + 2 < j and toks[k + 2].w == "a")
                # "on y va, l'équipage est à bord": a French noun elided onto its
                # article, then its verb
                or (
                    wl.lang == "fr"
                    and nxt.startswith("l'")
                    and k + 2 < j
                    and finite_next(toks[k + 2].w, wl)
                )
            ):
                cuts.append(k + 1)
                ici = False  # ("ici X, c'est nous qui …": the call-up ended)
        elif (
            # "case closed the child has been found safe": a closing headline said
            # first ends its clause, unpunctuated
            (k > i + 1 and closing_headline(toks, i, k, wl))
            or (
                # "I cannot hear you you need to get out of the wind": the second "you"
                # is the next clause's subject; so is a "you" after another object
                # pronoun, before an auxiliary ("ok for us you have our agreement")
                w == "you"
                and k > i
                and (
                    (toks[k - 1].w == "you" and finite_next(nxt, wl))
                    or (
                        toks[k - 1].w in _OBJECT_PRONOUNS
                        and (nxt in wl.be or nxt in wl.have or nxt in wl.modal)
                    )
                )
            )
            or (
                # unpunctuated, the existential opens a clause: "… is sinking there is
                # water in the boat"
                not text_punctuated
                and w == "there"
                and nxt in ("is", "are", "s", "was", "were")
                and k > i
                and ends_clause(toks[k - 1].w, wl)
                and toks[k - 1].w not in ("over", "out", "up", "down", "in", "here")
            )
            or (
                # "on est 50 il y a des enfants": French "il y a" opens a clause too
                not text_punctuated
                and wl.lang == "fr"
                and k > i
                and ((w == "il" and nxt == "y") or (w == "y" and nxt == "a"))
                and toks[k - 1].w.rpartition("'")[2] != "il"  # "qu'il y a", "s'il y a"
                and ends_clause(toks[k - 1].w, wl)
                # ("on y a mis", "elle y a": a pronoun that a third person's "a" goes
                # with; after "nous", "vous", "moi", "y a" is the existential: "à côté
                # de nous y a des gens dans l'eau")
                and toks[k - 1].w not in _Y_A_SUBJECTS
                and (toks[k - 1].w not in wl.pronouns or w == "y")
            )
            or (
                # ("no assistance everything is ok on board": an indefinite subject)
                (w in W.subjects or w in _INDEFINITE or (w in _EVERYONE and nxt in wl.be))
                and k > i
                and (
                    finite_next(nxt, wl)
                    or (
                        (nxt in W.adverbs or (nxt.endswith("ly") and len(nxt) > 4))
                        and k + 2 < j
                        and finite_next(toks[k + 2].w, wl)
                    )
                    # "… à bord on s'en occupe": a French clitic between the subject
                    # and its verb
                    or (
                        wl.lang == "fr"
                        and nxt in _FR_CLITICS
                        and _verb_after_clitics(toks, k + 1, j, wl)
                    )
                    # "… warship i propose you …": "I" is always a subject
                    # ("… ok for us we take the five persons": "we", "they", "he" and
                    # "she" are subjects too, whatever the form of the verb after them)
                    or (w in NOMINATIVE and nxt in wl.verbs)
                )
                # ("they say they don't want the lifeboat": what others say is said
                # as their own clause, as "he says he …" is)
                and (
                    ends_clause(toks[k - 1].w, wl)
                    # "we can't go any further in we don't have clearance": a particle
                    # ends its verb's phrase; "we", "I", "they" are no object of it
                    or (w in NOMINATIVE and toks[k - 1].w in PARTICLE_ENDS)
                    or _they_say(toks, i, k)
                    or _if_you_want(toks, i, k, wl)
                    # "c'est fait on a déjà viré le chalut": the receipt said first
                    or (k - 2 >= i and toks[k - 2].w == "c'est" and toks[k - 1].w in _SAID_DONE)
                )
                # "get it going": "it" is as often an object; only an auxiliary or a
                # modal after it makes it a subject ("… it is taking water")
                and not (w == "it" and not (nxt in wl.be or nxt in wl.have or nxt in wl.modal))
                # "il nous faut", "on nous a dit": after a French pronoun, a clitic object
                # (but "aidez nous on va mourir": the pronoun was an order's object)
                and not (
                    wl.lang == "fr"
                    and toks[k - 1].w in wl.pronouns
                    and not (k - 2 >= i and toks[k - 2].w.endswith("ez"))
                )
                # "des migrants nous ont appelés": a verb that does not agree with
                # "nous"/"vous" has another subject, and the pronoun is its object
                and not (wl.lang == "fr" and object_clitic(w, nxt))
                and not toks[k - 1].w.startswith("c'")  # a cleft: "c'est nous qui …"
                # "getting everything ready in case …": an indefinite after a verb that
                # takes an object is that object
                and not (w in _INDEFINITE and takes_object(toks[k - 1].w, wl))
                and not (k - 2 >= i and toks[k - 2].w in ("in", "au") and toks[k - 1].w in _CASE)
            )
            or (
                # "… into your waters would you mind if we launch": a question asked by
                # inversion starts a clause in unpunctuated speech
                (
                    ((w in wl.modal or w in wl.do or w in _ASKING_BE) and nxt in ("you", "we", "i"))
                    # "thank you so much is he ok", "… are they still there": the third
                    # person too, where the verb agrees with it ("the problem is he
                    # fell" says what the problem is)
                    or (asks_third(w, nxt, wl) and toks[k - 1].w not in _CLEFT_NOUNS)
                )
                and k > i
                and ends_clause(toks[k - 1].w, wl)
                and toks[k - 1].w not in wl.pronouns
                and toks[k - 1].w not in wl.wh
                and toks[cuts[-1]].w != "what"  # "what happened is we hit": a pseudo-cleft
            )
            or (
                # "… que vous voulez faire souhaitez-vous que je me dirige …": a French
                # verb inverted with its subject by a hyphen opens a question (or a
                # reflexive order), unless a wh-word or "que" asks it
                wl.lang == "fr"
                and k > i
                and nxt in FR_SUBJECTS
                and text[toks[k].e : toks[k + 1].s].strip() in ("-", "-t-", "‑")
                and ends_clause(toks[k - 1].w, wl)
                and toks[k - 1].w not in wl.pronouns
                and toks[k - 1].w not in ("qu", "ne", "n", "y", "en")
            )
        ):
            cuts.append(k)
        elif (
            not text_punctuated
            and w in wl.imperative
            and k > cuts[-1] + 1
            and any(toks[x].w == w for x in range(cuts[-1], k - 1))
            and ends_clause(toks[k - 1].w, wl)
            and toks[k - 1].w not in wl.pronouns
            and toks[k - 1].w != "to"
        ):
            # an order said again starts again: "stop your engine stop your engine",
            # "you have to call the french coastguard call one nine six"
            cuts.append(k)
        elif (
            not text_punctuated
            and k > cuts[-1] + 1
            # ("if you obey … alter": one; but "when the winchman comes down do not
            # touch him": a prohibition after the subordinate clause is its main one)
            and (toks[cuts[-1]].w not in W.subordinate or forbids(w, nxt))
            and order_opens(toks, k, j, wl)
        ):
            # unpunctuated, an order after a clause: "final warning stop your engine",
            # "vous êtes côté anglais appelez les anglais"
            cuts.append(k)
        elif w == "ici" and wl.lang == "fr" and not here_adverb(nxt, wl):
            cuts.append(k)
            ici, ici_at = True, len(cuts)
        elif (
            (
                # "… il a passé la ligne c'est plus pour nous": unpunctuated, "c'est" after
                # a clause opens the next
                not text_punctuated
                and wl.lang == "fr"
                and w.startswith("c'")
                and k > cuts[-1] + 1
                and ends_clause(toks[k - 1].w, wl)
                and toks[k - 1].w not in wl.pronouns
            )
            or (
                (
                    (w in wl.split or w in W.consequence)
                    and (
                        opens(nxt, wl, conj=True)
                        # "je suis sur la plage et y a un kitesurfeur qu'est tombé": the
                        # existential said without its "il"
                        or (wl.lang == "fr" and nxt == "y" and k + 2 < j and toks[k + 2].w == "a")
                    )
                    and toks[k - 1].w not in _NO_CUT_BEFORE_AND  # "a hundred and fifty"
                    # "vous pouvez rester en ligne et me guider": an infinitive and its clitic
                    # after "et" go on under the verb before
                    and not (
                        wl.lang == "fr" and k + 2 < j and _infinitive_after(nxt, toks[k + 2].w)
                    )
                )
                or (
                    # "je suis sur la plage et mon copain, il est parti …": after a whole clause,
                    # a relative told of opens the next
                    w in wl.split
                    and nxt in W.own
                    and k + 2 < j
                    and toks[k + 2].w in W.kin
                    and any(verbal(t.w, wl) or t.w in wl.be for t in toks[cuts[-1] : k])
                )
                or (
                    (
                        # "… in this area be careful", "… coming your way watch out"
                        (w == "be" and nxt in _WARY)
                        or (w in ("watch", "look") and nxt == "out")
                        # "… forty people is that correct"
                        or (
                            w in ("is", "was")
                            and nxt in ("that", "it")
                            and k + 2 < j
                            and toks[k + 2].w in _CONFIRM
                        )
                    )
                    and k > i
                    and ends_clause(toks[k - 1].w, wl)
                    and toks[k - 1].w not in wl.pronouns
                    and toks[k - 1].w != "to"
                )
            )
        ):
            cuts.append(k)
        elif (
            # ("… by accident sorry please cancel the alarm": any verb's base form)
            (w in W.please and (nxt in wl.imperative or base_verb(nxt, wl)))
            or (w in REQUEST and nxt in ("you", "that"))
        ) and (ends_clause(toks[k - 1].w, wl) and toks[k - 1].w not in wl.pronouns):
            # "we are conducting a rescue please keep clear", "… heading north request
            # you monitor it"
            cuts.append(k)
        elif (
            not text_punctuated
            and wl.lang == "fr"
            and w in _FR_OPENING_SUBJECTS
            and k > cuts[-1] + 1
            # ("… la zone est active vous n'êtes pas autorisé": the verb after "ne")
            and (verb := nxt[2:] if nxt.startswith("n'") else nxt)
            and (verb in wl.verbs or verb in wl.modal or verb in wl.be or verb in wl.have)
            # (the verb agrees: "la responsabilité vous est transférée" has "vous" for
            # its object)
            and _agrees(w, verb)
            and toks[k - 1].w not in wl.pronouns
            and toks[k - 1].w not in W.clitics
            and ends_clause(toks[k - 1].w, wl)
        ):
            # unpunctuated French, a subject and its verb open a clause: "c'est encore
            # moi Karim de Wissant euh vous allez faire quoi maintenant"
            cuts.append(k)
        elif not text_punctuated and wl.lang == "fr" and w == "on" and _on_opens(toks, k, j, wl):
            # "c'est bon pour nous on vous passe la main": "on", its clitic and its verb
            cuts.append(k)
        elif (
            toks[cuts[-1]].w in WITH
            and k > cuts[-1] + 2
            and w in W.subjects
            and toks[k - 1].w.endswith(("ing", "off", "out", "down", "up"))
            and nxt not in ("and", "et")
        ):
            # "with the beacon going off we're treating this as a distress": the
            # circumstance, then the clause it bears on
            cuts.append(k)
        elif (
            not text_punctuated
            and ((w == "thank" and nxt == "you") or w in ("thanks", "merci"))
            and k > cuts[-1] + 1
            and ends_clause(toks[k - 1].w, wl)
            and toks[k - 1].w not in wl.pronouns
        ):
            # unpunctuated thanks after a clause: "we accept the hand over at the line
            # thank you for your support"
            cuts.append(k)
        elif (
            k > cuts[-1] + 1
            and toks[cuts[-1]].w in W.subordinate
            and (w == "don't" or (w == "do" and nxt in ("not", "never")))
            and ends_clause(toks[k - 1].w, wl)
            and toks[k - 1].w not in wl.pronouns
        ):
            # "when you arrive do not go alongside": the order after its time
            cuts.append(k)
        elif (
            not text_punctuated
            and w in wl.determiners
            and w not in ("a", "an", "un", "une", "des", "de", "du")
            and k > i
            and toks[k - 1].w not in wl.determiners
            and ends_clause(toks[k - 1].w, wl)
            and toks[k - 1].w not in W.say_verbs
            and not takes_object(toks[k - 1].w, wl)
            # "on les débarque à Dunkerque": after a French subject, a clitic object
            and not (wl.lang == "fr" and (toks[k - 1].w in FR_SUBJECTS or toks[k - 1].w == "je"))
            and noun_then_verb(toks, k + 1, j, wl)
        ):
            # unpunctuated, a new noun subject and its verb after another clause (not
            # a verb's object): "help us the boat is sinking", "we left calais the
            # engine has stopped"
            cuts.append(k)
        elif (
            not text_punctuated
            and k > cuts[-1] + 1
            and (ends_clause(toks[k - 1].w, wl) or particle_after_verb(toks, k - 1, wl))
            # ("the fishing boat picked up six people": the count is what was taken)
            and not takes_up(toks, k - 1, wl)
            and toks[k - 1].w not in W.approx
            and toks[k - 1].w not in wl.determiners
            and not (toks[k - 1].w.isdecimal() or toks[k - 1].w in W.number_words)
            and (
                (
                    not takes_object(toks[k - 1].w, wl)
                    # "we have on board two men": the count is what is had
                    and not (
                        toks[k - 1].w in ("onboard", "aboard")
                        and k - 2 >= i
                        and takes_object(toks[k - 2].w, wl)
                    )
                    and (
                        (w in W.approx and counted_persons(toks, k + 1, j, wl))
                        or counted_persons(toks, k, j, wl)
                    )
                )
                or (k + 1 in places and w in PLACE_HEADS)
                or bare_status(w, nxt, wl)
            )
        ):
            # unpunctuated telegraphic speech: "… approaching the median line about
            # forty eight people", "… capsized many people in the water", "we are in
            # a small boat engine stopped water coming in 40 people location 51 09 n …"
            cuts.append(k)
        elif not text_punctuated and after_repetition(toks, cuts[-1], k, j, wl):
            # unpunctuated, a phrase said twice is a clause of its own: "tirs de
            # sommation tirs de sommation prendre toutes les précautions", "warning
            # warning you are entering …"
            cuts.append(k)
        elif w in _AND and k + 1 < j and not _serial(toks, k) and finite_after_and(toks, k, j, wl):
            cuts.append(k)  # "he is alone and needs help", "le bateau prend l'eau et coule"
            elided.add(k)
        elif (
            w in _AND
            and nxt in wl.determiners
            and noun_then_verb(toks, k + 2, j, wl)
            and any(finite_next(toks[x].w, wl) for x in range(cuts[-1], k))
        ):
            # "we are forty people and the engine is not working"; without a verb
            # before it, "the boat and the engine are broken" is one subject
            cuts.append(k)
        elif (
            w in wl.wh
            and w not in _RELATIVE
            and nxt
            and (nxt in wl.be or nxt in wl.do or nxt in wl.modal or nxt in ("many", "much"))
            and toks[k - 1].w not in W.say_verbs
            and toks[k - 1].w not in _KNOWING  # "je n'ai pas compris pourquoi ils …"
            and toks[k - 1].w not in wl.prepositions
            # "can you tell me how many people are on board": the question told
            and not (k - 2 >= i and toks[k - 1].w in ("me", "us") and toks[k - 2].w in W.say_verbs)
            # "c'est Dover Coastguard qui va gérer": the cleft's relative, not a question
            and not (w == "qui" and _cleft_before(toks, i, k))
        ):
            cuts.append(k)  # "this is the coast guard what is your emergency"
    cuts.append(j)
    if called and called not in cuts:
        cuts = sorted([*cuts, called])
    spans = [(a, b) for a, b in pairwise(cuts) if b > a]
    merged: list[tuple[int, int, int]] = []  # (i, j, main clause start)
    lean = False
    for n_span, (a, b) in enumerate(spans):
        first = toks[a].w if toks[a].w != "," else (toks[a + 1].w if a + 1 < b else "")
        if first in _AND_THEN and a + 2 < b and toks[a + 1].w in W.subordinate:
            first = toks[a + 1].w  # "et s'il rentre …, merci de prévenir le CROSS"
        if lean and merged:
            pa, _, _ = merged[-1]
            merged[-1] = (pa, b, a)
            lean = False
            continue
        merged.append((a, b, a))
        # "je répète qu'étant donné que …": a subordinate clause after a complementiser
        reason = any(
            (toks[x].w in W.subordinate and toks[x - 1].w in ("that", "que", "qu"))
            or (toks[x].w.startswith("qu'") and toks[x].w[3:] in W.subordinate)
            for x in range(a + 1, min(b, a + 5))
        )
        view = first == "as" and [t.w for t in toks[a + 1 : a + 3]] == ["far", "as"]
        # ("s'il vous plaît envoyez un bateau, le moteur est en panne": a courtesy, no
        # condition of what follows)
        view = view or (first == "s'il" and [t.w for t in toks[a + 1 : a + 3]] in _PLAIT)
        lean = (
            # ("as far as we're concerned that's a distress, …": a view, no reason)
            ((first in W.subordinate or reason) and not (asked and b == j) and not view)
            or (first in W.consequence and b - a <= 2)
            # "à votre place, je rentrerais": the speaker put in the addressee's place
            or tuple(t.w for t in toks[a:b] if t.w != ",") in _IN_YOUR_PLACE
            or (n_span + 1 < len(spans) and if_unsaid(toks, a, b, spans[n_span + 1][0]))
        )
    out: list[Clause] = []
    # a question tag asks for a yes, not what the clause says: "stay on the line,
    # okay?" orders; "you have forty people, right?" still asks (an echo)
    tag = asked and j - i > 2 and toks[j - 1].w in W.tags and toks[j - 2].w == ","
    # unpunctuated, a tag that can end nothing else asks too ("you said two whistle
    # right"): not after a verb or a closed-class word ("turn right", "you are right")
    bare = not asked and j - i > 3 and toks[j - 1].w in BARE_TAGS and tag_after(toks[j - 2].w, wl)
    for a, b, main in merged:
        lw = wl if (a, b) == (i, j) else words(_clause_lang(toks, a, b, wl.lang))
        # a clause that is the whole sentence has the sentence's language
        c = read(toks, a, b, main, lw, asked and b == j and not tag, text, names, places)
        if (
            (tag or bare)
            and b == j
            and c.mood == "declarative"
            # of the addressee or those with them ("everyone has a life jacket, yeah?");
            # a thing said with "okay?" is put for agreement, not asked ("so for us now
            # it's your case, okay?" hands it over)
            and c.agent in ("addressee", "persons", "third", "casualty")
            and not (c.agent == "third" and toks[j - 1].w in _AGREEMENT_TAGS)
            and (c.modality in ("none", "done"))
        ):
            c = read(toks, a, b, main, lw, True, text, names, places)
        if b == called and not known_name and a == i:
            c.name = True  # "ridens dover proceed to …": the stations called, unpunctuated
        if a in elided and out and c.agent == "none" and c.mood == "declarative":
            c.agent, c.agent_word = out[-1].agent, out[-1].agent_word
        if c.words or (asked and b == j):
            out.append(c)
    return out


#: Indefinite subjects that open a clause in recognised speech before a form of "be".
_EVERYONE = frozenset({"everything", "everyone", "everybody", "nobody", "nothing", "all"})
#: The rest of "s'il vous plaît" (and "s'il te plaît") after "s'il", as tokens.
_PLAIT = [words[2:] for words in SIL_VOUS_PLAIT]
#: Tags that put what was said for agreement ("…, okay?"), not for confirmation.
_AGREEMENT_TAGS = frozenset({"ok", "okay", "alright", "d'accord", "daccord"})


def closing_headline(toks: list[Tok], i: int, k: int, wl: Words) -> bool:
    """Whether the words before ``k`` are a closing headline said at the start of the
    clause from ``i`` (after its leads: "ok case closed"), and a new clause opens at
    ``k``: "case closed the child has been found safe", "search terminated all units
    stand down" (not "case closed by Dover": a preposition goes on)."""
    headlines = _HEADLINES_BY_LAST.get(toks[k - 1].w)
    if headlines is None:  # most words end no headline: one dict lookup
        return False
    w = toks[k].w
    if w in wl.prepositions or w in ("and", "et", "a", "at", "by", "par", "|", ",", "?"):
        return False
    for headline in headlines:
        n = len(headline)
        if k - n >= i and tuple(t.w for t in toks[k - n : k]) == headline:
            return all(t.w in wl.lead for t in toks[i : k - n])
    return False


#: The closing headlines by their last word, each word's in file order.
_HEADLINES_BY_LAST = phrases_by(W.closing_headlines, -1)


def _headline_after(toks: list[Tok], k: int, j: int, wl: Words) -> bool:
    """Whether one to three open words from ``k`` and then a participle said of them
    are a headline ("angling RIB capsized about one mile …", "caravelle chavirée
    devant …"): after the participle, the end, a mark, a preposition or an open word,
    not a pronoun or an auxiliary that would make the participle a verb's."""
    for m in range(k + 1, min(k + 4, j)):
        if closed(toks[m - 1].w, wl) or not toks[m - 1].w.isalpha():
            return False
        w = toks[m].w
        lemma = wl.lemma(w)
        participle = (
            (
                w.endswith(("ed", "en"))
                if wl.lang == "en"
                else w.endswith(("e", "ee", "es", "i", "is"))
            )
            and lemma != w
            and lemma in wl.verbs
        )
        if participle:
            return (
                m + 1 == j
                or toks[m + 1].w in (",", "|")
                or not closed(toks[m + 1].w, wl)
                or toks[m + 1].w in wl.prepositions
            )
    return False


#: Words that open a read-back after a comma.
_READ_BACK = frozenset({"understand", "understood"})
#: What "c'est" says of an order before the clause that tells how ("c'est fait", "c'est
#: bon", "c'est noté").
_SAID_DONE = frozenset({"fait", "bon", "fini", "note", "compris", "ok", "parti"})
#: Indefinite pronouns that open a clause before any verb inflected for them, as a
#: pronoun subject does ("it's an uncertainty phase nobody's actually called us",
#: "searched the bay nothing sighted").
_INDEFINITE = frozenset({
    "everything", "everyone", "everybody", "nobody", "nothing", "someone", "somebody", "ca",
})  # fmt: skip
#: French subjects that open a clause in unpunctuated speech ("il" may be "il y a").
_FR_OPENING_SUBJECTS = frozenset({"vous", "nous", "je", "j", "ils", "elles"})


def _receipt_alone(toks: list[Tok], start: int, k: int) -> bool:
    """Whether the words from the last cut to the comma at ``k`` are a receipt phrase
    alone ("copied all that", "roger that"), which ends at its comma."""
    said = [t.w for t in toks[start:k] if t.w != ","]
    # (a receipt of one word leads the clause after it: "Roger, taking on water" is
    # read back whole)
    return len(said) > 1 and said[0] in W.receipts and all(w in _RECEIPT_PHRASE for w in said)


#: The words of a receipt said as a phrase ("copied all that", "roger that, thanks").
_RECEIPT_PHRASE = W.receipts | frozenset({"all", "that", "bien", "tout", "ca", "okay", "ok"})


def _answer_between(toks: list[Tok], k: int, j: int, wl: Words) -> bool:
    """Whether a yes or a no, after "but" or "mais" or not, is said alone from ``k``
    to a comma or the end ("…, but no, …", "…, non, …")."""
    if k < j and toks[k].w in wl.split:
        k += 1
    return k < j and toks[k].w in _ANSWERS_SAID and (k + 1 == j or toks[k + 1].w == ",")


#: A yes or a no said as a clause of its own.
_ANSWERS_SAID = frozenset({
    "yes", "no", "oui", "non", "affirmative", "negative", "affirmatif", "negatif",
})  # fmt: skip


def _infinitive_after(clitic: str, verb: str) -> bool:
    """Whether a French object clitic and an infinitive follow a conjunction ("… et
    me guider", "… et nous rappeler"): no new subject."""
    return (
        clitic in ("me", "m", "te", "nous", "vous", "le", "la", "les", "lui", "leur")
        and verb.endswith(("er", "ir", "re"))
        and len(verb) > 3
    )


def _on_opens(toks: list[Tok], k: int, j: int, wl: Words) -> bool:
    """Whether French "on" at ``k`` opens a clause in unpunctuated speech: its verb
    follows (after an object clitic or two: "on vous passe", "on les a"), and the word
    before it ends a clause: no clitic, and a pronoun only after its preposition ("pour
    nous on …"; "nous on …" is one clause)."""
    if k < 2:
        return False
    prev = toks[k - 1].w
    pronoun = prev in W.clitics or prev in wl.pronouns
    if pronoun and toks[k - 2].w not in wl.prepositions:
        return False
    if not ends_clause(prev, wl) and prev not in wl.pronouns:
        return False
    r = k + 1
    while r < j - 1 and r < k + 3 and toks[r].w in W.clitics:
        r += 1
    verb = toks[r].w if r < j else ""
    known = verb in wl.verbs or verb in wl.modal or verb in wl.be or verb in wl.have
    return known and _agrees("on", verb)


def _agrees(subject: str, verb: str) -> bool:
    """Whether a French verb form agrees with the subject pronoun before it."""
    if subject == "vous":
        return verb.endswith("ez") or verb in ("etes", "faites", "dites")
    if subject == "nous":
        return verb.endswith("ons") or verb == "sommes"
    if subject in ("ils", "elles"):
        return verb.endswith("ent") or verb in ("sont", "ont", "vont", "font")
    return not verb.endswith(("ez", "ons", "ent"))


#: Words that open a circumstance said before its clause ("with the tide going out, …").
WITH = frozenset({"with", "avec"})


def _they_say(toks: list[Tok], i: int, k: int) -> bool:
    """Whether the words before ``k`` are a third person's "say" ("they say", "the
    people say"), after which their words are a clause of their own."""
    return k - 2 >= i and toks[k - 1].w == "say" and toks[k - 2].w in ("they", "people")


#: Verbs of knowing and understanding, whose object a wh-clause is (beside
#: W.say_verbs, which has "understand", "know", "sais").
_KNOWING = frozenset({
    "understood", "knew", "compris", "comprends", "comprenons", "savons", "sait", "savez",
})  # fmt: skip
#: The addressee's place, said before the advice given from it.
_IN_YOUR_PLACE = frozenset({
    ("a", "votre", "place"), ("moi", "a", "votre", "place"), ("a", "ta", "place"),
    ("in", "your", "place"), ("in", "your", "shoes"),
})  # fmt: skip


def _call_sign_before(toks: list[Tok], start: int, k: int) -> bool:
    """Whether the words from the last cut to the comma at ``k`` are a call sign said
    digit by digit, alone or after a helicopter's head word ("nine two four", "rescue
    one six four"), among the first words of the message."""
    while start < k and toks[start].w == ",":
        start += 1  # (a piece after an island starts at its comma)
    said = [t.w for t in toks[start:k]]
    headed = bool(said[:1]) and said[0] in CALL_SIGN_HEADS
    if headed:
        said = said[1:]
    if headed and len(said) == 1 and said[0].isdecimal():
        # "Jobourg, Dragon 50, blessé déposé …": a helicopter's call sign, in figures,
        # after the name called
        return 0 < start <= _CALL_SIGN_AT and toks[start - 1].w == ","
    if figures_said(said):
        # "Falmouth, 924, copied all that": written in figures, after the name called
        return 0 < start <= _CALL_SIGN_AT and toks[start - 1].w == ","
    return start <= _CALL_SIGN_AT and digits_said(said)


#: How far into a message a call sign is said (after one or two names).
_CALL_SIGN_AT = 8


def _name_said_first(
    toks: list[Tok], cuts: list[int], k: int, text: str, wl: Words, names: Names
) -> bool:
    """Whether the words from the last cut to the comma at ``k`` are a station's name
    said at the start of the message (after names only): written with capitals, words
    neither language knows or station words, and no receipt, greeting or known verb.
    The transcript's own station names are read where they are said (clause_names)."""
    start = cuts[-1]
    if len(cuts) > _NAMES_FIRST or not 0 < k - start <= _NAME_WORDS or toks[start].w in names:
        return False
    capital = False
    for t in toks[start:k]:
        w = t.w
        if not w.isalpha() and "-" not in w:
            return False
        if w in _NOT_A_NAME or w in wl.verbs or closed(w, wl):
            return False
        capital = capital or text[t.s : t.s + 1].isupper()
        if not (text[t.s : t.s + 1].isupper() or w in wl.stations or w in wl.authorities):
            return False
    return capital


def _named_then_verb(toks: list[Tok], k: int, j: int, text: str, wl: Words) -> bool:
    """Whether a name written with its capitals (one to three words) starts at ``k``
    and a verb inflected for it follows: "Dover accepts", "Jobourg reprend", "MRCC
    Ponta Delgada accepte"."""
    m = k
    while m < min(k + 3, j - 1) and text[toks[m].s : toks[m].s + 1].isupper():
        if closed(toks[m].w, wl) or not toks[m].w.isalpha():
            return False
        m += 1
    if m == k or m >= j:
        return False
    verb = toks[m].w
    if wl.lang == "fr":
        return verb not in ("a", "est") and finite_next(verb, wl) and verb not in wl.be
    lemma = wl.lemma(verb)
    return verb.endswith("s") and lemma != verb and lemma in wl.verbs and verb != "is"


def _known_name_first(toks: list[Tok], cuts: list[int], k: int, names: Names) -> bool:
    """Whether the words from the last cut to the comma at ``k`` are exactly one of
    the transcript's station names (after a receipt), said at the start of the
    message."""
    start = cuts[-1]
    if len(cuts) > _NAMES_FIRST or not 0 < k - start <= _NAME_WORDS:
        return False
    nxt = [t.w for t in toks[k + 1 : k + 1 + _NAME_WORDS]]
    if not nxt or nxt[0] in W.greetings or nxt[0] in W.greeting_words or name_at(nxt, 0, names):
        return False  # "Étel, bonsoir, FMCC Toulouse": the call-up goes on
    ws = [t.w for t in toks[start:k]]
    lead = 0
    while lead < len(ws) - 1 and ws[lead] in W.receipts:
        lead += 1  # "Reçu Saint-Malo, remorque passée": the receipt said before the name
    return name_at(ws, lead, names) == len(ws) - lead


#: How many names may be said first ("Jobourg, Humber, …"), and how long one may be.
_NAMES_FIRST = 3
_NAME_WORDS = 4
#: Words written with a capital at a message's start that name no station.
_NOT_A_NAME = (
    W.receipts | W.greetings | W.greeting_words | W.please | W.number_words | W.address_forms
    | _ANSWERS_SAID
    | frozenset({
        "sorry", "pardon", "desole", "sir", "madam", "captain", "skipper", "mayday", "pan",
        "securite",
        "all", "tous", "help", "hello", "allo",
    })
)  # fmt: skip


def _if_you_want(toks: list[Tok], i: int, k: int, wl: Words) -> bool:
    """Whether the words before ``k`` are the addressee's "if you want" ("si vous
    voulez", "if you like", "comme vous voulez"): a modal with nothing after it, which
    ends the clause it qualifies ("on peut aller voir le voilier si vous voulez on est
    pas loin")."""
    return (
        k - 3 >= i
        and toks[k - 1].w in wl.modal
        and toks[k - 2].w in YOU
        and toks[k - 3].w in _IF_AS
    )


_IF_AS = frozenset({"if", "as", "si", "comme", "when", "quand"})


#: Verbs that "and" joins to the next as one action: "go and have a look", "come and
#: help us", "try and get closer", "go out and have a look"; the particles between.
_SERIAL = frozenset({"go", "come", "try"})
_PARTICLES = frozenset({"out", "over", "down", "up", "round", "across", "back"})


def _serial(toks: list[Tok], k: int) -> bool:
    """Whether the "and" at ``k`` joins a verb of motion to the next as one action."""
    before = toks[k - 1].w if k else ""
    return before in _SERIAL or (before in _PARTICLES and k > 1 and toks[k - 2].w in _SERIAL)


#: Words after which "and" opens no clause: a comma's own clause, a number's "and"
#: ("a hundred and fifty", "two thousand and twenty").
_NO_CUT_BEFORE_AND = frozenset({",", "hundred", "thousand", "cent", "mille"})
_FRENCH_TENS = frozenset({"vingt", "trente", "quarante", "cinquante", "soixante"})
#: Words after "be" that make it an order opening a clause ("be careful").
_WARY = frozenset({
    "careful", "aware", "advised", "ready", "prepared", "alert", "very", "extra", "extremely",
    "cautious",
})  # fmt: skip
#: Words asked of a statement just made ("is that correct").
_CONFIRM = frozenset({"correct", "right", "true", "so", "ok", "okay", "affirmative", "understood"})
#: Wh-words that, inside a sentence, open a relative clause ("a guy here who's hurt"),
#: not a question.
_RELATIVE = frozenset({"who", "which", "whose"})
#: Conjunctions after which a clause may go on with the same subject unsaid.
_AND = frozenset({"and", "et"})
#: "in case" / "au cas" (où): a subordinator, after which a subject goes on the clause.
_CASE = frozenset({"case", "cas"})


def _clause_lang(toks: list[Tok], i: int, j: int, lang: str) -> str:
    """The clause's own language where its words say so clearly (two or more words
    that only it knows, more than the other's), else the utterance's."""
    if lang not in ("en", "fr"):
        return "en"
    e, f = tally([t.w for t in toks[i:j]])
    if f > e and f >= 2:
        return "fr"
    if e > f and e >= 2:
        return "en"
    return lang


#: What a range of two numbers can count ("five, six minutes").
_RANGED = frozenset({
    "minutes", "minute", "hours", "hour", "miles", "mile", "knots", "metres", "meters",
    "cables", "heures", "milles", "noeuds", "mins", "nm",
})  # fmt: skip


def _goes_on(toks: list[Tok], k: int, i: int, j: int, wl: Words) -> bool:
    """Whether the comma at ``k`` is a pause inside one phrase: after a preposition
    ("alongside her in, er, five minutes"), or between the two numbers of a range
    ("five, six minutes")."""
    if k <= i or k + 1 >= j:
        return False
    prev, nxt = toks[k - 1].w, toks[k + 1].w
    numbers = W.number_words
    # ("alongside her in, er, five, six minutes"; not "water coming in, 40 people")
    counted = (nxt in numbers or nxt.isdecimal()) and any(
        t.w in _RANGED for t in toks[k + 2 : min(j, k + 6)]
    )
    if prev in _GOES_ON or (prev in ("in", "within", "dans") and counted):
        return True
    return (
        (prev in numbers or prev.isdecimal())
        and (nxt in numbers or nxt.isdecimal())
        and k + 2 < j
        and toks[k + 2].w in _RANGED
    )


#: Prepositions that never end a clause ("in" may: "we're going in, no problem").
_GOES_ON = frozenset({
    "to", "of", "for", "with", "from", "at", "into", "towards", "toward", "between", "de",
    "vers", "avec", "pour", "par", "entre", "du", "des",
})  # fmt: skip


def _ends_on_lead(toks: list[Tok], i: int, j: int) -> bool:
    """Whether the last word of tokens ``i``..``j`` is one that holds the floor."""
    k = j - 1
    while k >= i and not toks[k].w[0].isalnum():
        k -= 1
    return k >= i and toks[k].w in VERB_LEADS


def _cleft_before(toks: list[Tok], i: int, k: int) -> bool:
    """Whether a French cleft ("c'est X qui …") opens the clause within the few words
    before ``k``."""
    words = [t.w for t in toks[max(i, k - 6) : k]]
    return any(
        (w in ("c'est", "ce") and words[n + 1 : n + 2] == ["est"]) or w == "c'est"
        for n, w in enumerate(words)
    )
