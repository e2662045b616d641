"""Reading one clause: its words, leads ("roger", "oui"), hedges ("I think"),
conditions, counts of persons, whether it only names a station; then its structure
(:mod:`.clause_verbs`).

The reader is one left-to-right pass, a small state machine over word classes. Real
speech is rarely a well-formed sentence, so every step is optional and nothing
fails: a clause the reader cannot place is declarative with no agent, which frames
treat as little evidence.
"""

from __future__ import annotations

from itertools import pairwise

from checker.phraseology.clause import CASUALTY_NAMES, PLACE, Clause, Names, name_at
from checker.phraseology.clause_counts import (
    after_persons,
    after_plural_be,
    count_at,
    ends_count,
    spoken_count,
)
from checker.phraseology.clause_cuts import asked_unmarked, asks_an_idea, exclaimed
from checker.phraseology.clause_described import described
from checker.phraseology.clause_expand import expand
from checker.phraseology.clause_forms import reason_first
from checker.phraseology.clause_french import AFTER_TOUT, in_situ, merci_de
from checker.phraseology.clause_names import names_only
from checker.phraseology.clause_party import third_party
from checker.phraseology.clause_predicate import closed, closed_core, ordinal
from checker.phraseology.clause_subjects import headline
from checker.phraseology.clause_verbs import structure
from checker.phraseology.clause_words import W, phrases_by
from checker.phraseology.parts import Tok
from checker.phraseology.words import Words, forget_suffixes, known


def read(
    toks: list[Tok],
    i: int,
    j: int,
    main: int,
    wl: Words,
    asked: bool,
    text: str,
    names: Names,
    places: frozenset[int] = frozenset(),
) -> Clause:
    """One pass over a clause's words (see the module docstring)."""
    lang = wl.lang
    at: list[int] = []
    allw = expand(toks, i, j, lang, at, places, text, wl)
    # the words of a leading condition or subordinate clause, from the same expansion
    head = [w for w, k in zip(allw, at, strict=True) if k < main] if main > i else []
    if not head and allw:
        head = reason_first(allw, at, toks, i, j)
    said_yes = toks[i].w == "si" and (i + 1 == j or toks[i + 1].w == ",")  # "si, si": yes
    # "so if you obey …", "alors si vous obéissez …": a condition after the words that
    # lead into it
    into = _led_into(allw)
    if (
        not head
        and allw
        and allw[into] in ("if", "unless", "si")
        and allw[into : into + 4] not in SIL_VOUS_PLAIT
        and not said_yes
    ):
        # "if you obey you will be safe": the main clause starts at the next subject
        for k in range(into + 2, len(allw)):
            if allw[k] in wl.pronouns and allw[k - 1] not in wl.prepositions and allw[k] != "it":
                head = allw[:k]
                break
    ws = allw[len(head) :] if head else allw
    c = Clause(i=i, j=j, lang=lang)
    c.chars = (toks[i].s, toks[j - 1].e)
    c.headed = main > i and toks[main - 1].w == ","
    # (a head that opens with the addressee is a condition said without "if":
    # clause_cuts.if_unsaid)
    into = _led_into(head)
    c.conditional = (
        len(head) > into
        and not said_yes
        and head[into] in ("if", "unless", "si", "you", "vous", "tu")
        and head[into : into + 4] not in SIL_VOUS_PLAIT  # "s'il vous plaît, venez"
    )
    c.name = names_only(toks, i, j, text, allw, wl, names)
    lemmas: set[str] = set()
    named: list[tuple[str, ...]] = []  # the object classes each word names
    vocab = known(lang)
    is_known = False
    memo = _PROFILES[lang]
    for k, w in enumerate(allw):
        prof = memo.get(w) or _profile(w, wl, vocab, memo)
        lemma, classes, polite, number, word_known = prof
        lemmas.add(w)
        lemmas.add(lemma)
        is_known = is_known or word_known
        if w == PLACE:
            named.append(_POSITION)
        elif classes and not _regional(allw, k):
            # a vocative lead ("man", "guys", "cheers mate") names persons only after
            # an article or a number ("I see a man", "two guys in the water")
            # ("there's an old man with us": an adjective between)
            vocative = (
                w in wl.lead
                and not (
                    (k and _counted(allw[k - 1], wl))
                    # ("thanks a lot lads": "a lot" thanks, it counts nobody)
                    or (k > 1 and _counted(allw[k - 2], wl) and allw[k - 1] not in _AMOUNTS)
                )
            ) or _addressed(allw, k, wl)
            if named and "danger" in classes and "part" in named[-1]:
                # "engine trouble", "steering problem": the part's fault, no danger
                classes = tuple(x for x in classes if x != "danger") or ("status",)
            named.append(() if vocative else classes)
        elif w == "personne" and k and _counted(allw[k - 1], wl):
            named.append(_PERSONS)  # "une personne âgée", not "personne n'est blessé"
        else:
            named.append(())
        if polite:
            c.polite = True
        if number and k + 2 < len(allw) and allw[k + 2] in W.equipment:
            c.equipment = True  # "a ten-man raft", "un radeau de dix places"
        if number:
            c.count = count_at(allw, k, w, wl, c.count)
            if c.count is None and after_plural_be(allw, k) and ends_count(allw, k):
                # "we are 4", "nous sommes quatre", "ils sont 43", "on est trois"
                c.count = int(w) if w.isdecimal() and len(w) <= 4 else spoken_count(allw, k, wl)
            if c.count is None and after_persons(allw, k, wl):
                # the SMCP order: "persons on board four", "POB 40", "personnes à bord : 12"
                c.count = int(w) if w.isdecimal() and len(w) <= 4 else spoken_count(allw, k, wl)
            if c.count is None and _taken(allw, k, wl):
                # the persons taken out by their number: "we've picked up four", "on
                # en a sorti six"
                c.count = int(w) if w.isdecimal() and len(w) <= 4 else spoken_count(allw, k, wl)
            if c.count is None and _group(allw, k, wl):
                # the persons by their number: "all four are aboard", "les quatre du
                # radeau sont à bord"
                c.count = int(w) if w.isdecimal() and len(w) <= 4 else spoken_count(allw, k, wl)
    for a, b in pairwise(allw):
        lemmas.add(f"{a} {b}")
    if ("vous plait" in lemmas or "te plait" in lemmas) and allw.count("si") == 1:
        # "…, s'il vous plaît" (or "s'il te plaît") said last:
        c.polite, lemmas = True, lemmas - {"si", "si il"}  # a courtesy, no condition
    if lang == "en" and "if" in lemmas and _condition_after(allw):
        # "we'd like to hand them over to you if you can take them": a condition said
        # after the act is what the act waits on, not a supposition of it
        lemmas.discard("if")
    if c.polite and "me demande" in lemmas:
        c.polite = False  # "je me demande s'ils vont venir" wonders; it asks nothing
    c.lemmas = frozenset(lemmas)
    c.known = is_known
    _stricken(allw, named, wl)
    if CASUALTY_NAMES in names:
        _casualty_named(allw, named, names)
    _to_find_out(allw, named)
    _watched(allw, named)
    described(allw, named)  # "a white boat with a blue cabin": no state
    c.objects = _objects(named, c.count)
    c.words = allw
    p = _called_first(ws, at[len(allw) - len(ws) :], toks) if lang == "fr" else 0
    n = len(ws)
    grateful = False
    # leads, hedges and consequence words
    while p < n:
        w = ws[p]
        if w in W.consequence:
            c.conditional = True
            p += 1
            continue
        hedge = _phrase_at(ws, p, _HEDGES_BY_FIRST.get(w, ()))
        h = len(allw) - n + p  # the hedge's first word in ``allw``
        if (
            hedge
            and (
                p + hedge < n
                # alone, a plea is what is said ("I'm begging you"), and a hedge that names
                # a condition of persons is that condition ("I'm afraid")
                or not (
                    _PLEAS.intersection(ws[p : p + hedge]) or any("health" in x for x in named[h:])
                )
            )
        ):
            if any(named[h : h + hedge]):
                # "I'm afraid we cannot": the hedge names nothing the clause is about
                c.objects = _objects(named[:h] + named[h + hedge :], c.count)
            # "I would be grateful if you could …" asks as "could you …?" does
            grateful = grateful or not _GRATEFUL.isdisjoint(ws[p : p + hedge])
            p += hedge
            continue
        if ws[p : p + 4] in SIL_VOUS_PLAIT:
            c.polite = True  # "(oui,) s'il vous plaît (, aidez-nous)": a courtesy, no verb
            p += 4
            continue
        if w in W.receipts:
            c.receipt = True
        if w == "tout" and p + 1 < n and ws[p + 1] in AFTER_TOUT:
            break  # "tout va bien": "tout" is the subject
        if w in VERB_LEADS and _listen_to_me(ws, p) and not said_last(toks, j):
            # "Okay sir, listen to me. You are in French waters, call the French":
            # said before more, it holds the floor for what follows
            p = n
            continue
        if w in VERB_LEADS and (
            (
                p + 1 < n
                and (
                    ws[p + 1] in wl.determiners
                    or ws[p + 1] in _AFTER_LISTEN
                    or (ws[p + 1] in wl.prepositions and toks[at[len(allw) - n + p] + 1].w != ",")
                )
            )
            or (p + 1 == n and toks[j - 1].w != "," and said_last(toks, j))
        ):
            # "attendez les secours", "attendez à l'extérieur de la bouée", "listen to
            # me", "Listen." alone: an order, not
            # a lead that holds the floor ("Listen, we are sinking", "Listen. We
            # cannot take it")
            break
        if w in VERB_LEADS and p + 1 == n and not said_last(toks, j):
            # "Position... wait, wait... three four degrees north": the speaker holds
            # the floor while finding the figure, said alone and not last
            p += 1
            continue
        if (k := _understood_that(ws, p)) and p + k < n:
            c.receipt = True  # "I understand you are sinking": what was heard, said back
            p += k
            continue
        if w in _RECEIPT_THAT and ws[p + 1 : p + 2] == ["that"] and p + 2 < n:
            c.receipt = True
            p += 2  # "copy that, reducing to eight knots": the receipt, no subject "that"
            continue
        if w in ("ca", "cela") and ws[p + 1 : p + 2] == ["ce"]:
            p += 1  # "ça, c'est pas pour nous": the subject said twice, once in "c'"
            continue
        if (
            w == "will"
            and ws[p + 1 : p + 2] == ["do"]
            and p + 2 < n
            and ws[p + 2] not in wl.determiners
            and ws[p + 2] not in wl.pronouns
        ):
            p += 2  # "Will do, keeping to the north side": WILCO said, then the act
            continue
        if ws[p : p + 2] == ["any", "chance"] and p + 2 < n and ws[p + 2] in wl.pronouns:
            c.mood = "interrogative"  # "any chance you could call us back": asked
            p += 2
            continue
        if (
            ws[p : p + 2] == ["any", "idea"]
            and p + 2 < n
            and (ws[p + 2] in wl.wh or ws[p + 2] in _IDEA_OF)
        ):
            c.mood = "interrogative"  # "any idea how fast you're drifting?": asked
            p += 2
            continue
        if w in wl.lead and headline(ws, p, wl):
            break  # "Man recovered": a noun and its participle, no vocative lead
        if (
            w in wl.lead
            or w in wl.polite
            or w in W.greetings
            # ("all of you", "both of you stay in the boat": the group ordered)
            or (w in W.adverbs and w != "all" and ws[p + 1 : p + 2] != ["of"])
        ):
            if w in ("no", "non") and p + 1 < n and ws[p + 1] in ("one", "body"):
                break
            h = len(allw) - n + p
            if (
                w == "no"
                and p + 1 < n
                and (
                    named[h + 1]
                    or (p + 2 < n and named[h + 2] and not closed(ws[p + 1], wl))
                    or (
                        p + 2 < n
                        and not closed(ws[p + 1], wl)
                        and (ws[p + 2] in wl.be or ws[p + 2] in wl.modal or ws[p + 2] in wl.have)
                    )
                )
            ):
                # "no assistance required", "no engine", "no life jackets": "no"
                # denies the noun; "no RCC is taking the case", "no ship will come":
                # it denies what its subject does
                break
            p += 1
            continue
        if w in ("est", "est-ce") and lang == "fr" and p + 2 < n and ws[p + 1] in ("ce", "-ce"):
            c.mood = "interrogative"
            p += 2
            continue
        break
    # "merci de nous rappeler": French asks politely with "merci de" + an infinitive
    # ("merci de votre appel" thanks)
    merci = False
    if lang == "fr" and "veuillez" in ws[:p]:
        merci = True  # "veuillez réduire votre vitesse": the polite order
    elif lang == "fr" and ws[p + 1 : p + 2] == ["vous"] and merci_de(ws, p + 2, wl):
        merci, p = True, p + 4  # "je vous remercie de bien vouloir quitter la zone"
    elif lang == "fr" and "merci" in ws[: p + 1]:
        # "merci" is a lead and "de" an adverb: the leads may have passed them
        for m in (p, p - 1, p - 2, p - 3):
            if m >= 0 and merci_de(ws, m, wl):
                merci, p = True, m + 2
                break
    while merci and p < len(ws) - 1 and ws[p] in ("bien", "vouloir"):
        p += 1  # "merci de bien vouloir quitter la zone": the order is "quitter"
    while (
        ws[p : p + 2] in (["to", "be"], ["pour", "etre"])
        and p + 2 < len(ws)
        and ws[p + 2] in _PLAIN
    ):
        p += 3  # "but, to be clear, RCC Malta will not take coordination": an aside
    if _confirmed(ws, p, wl):
        # "I confirm, MRCC Rome is not the coordinating authority": what is confirmed is
        # the clause said
        p += 3 if ws[p + 2] == "that" else 2
    if lang == "fr" and p + 1 < len(ws) and ws[p] in _DISLOCATED and ws[p + 1] in _FR_SUBJECT:
        p += 1  # "ça, on ne peut pas", "ça je peux pas": the thing said first, then who
    body = ws[p:]
    if body and not head:
        c.start = at[len(allw) - len(body)]  # leads ("roger", "oui") are not the act
    # "et le moteur il démarre ou pas", "are you going to stop or not": asked unmarked,
    # and the "not" asks, it denies nothing
    or_not = (
        _WHETHER.isdisjoint(body)
        and (
            (len(body) > 2 and tuple(body[-2:]) in _OR_NOT)
            # "the engine, it is working or not working": the verb said again after "not"
            or (len(body) > 3 and tuple(body[-3:-1]) in _OR_NOT and body[-1] in body[:-3])
        )
    )
    if asked or or_not:
        c.mood = "interrogative"
    c.content = len(body) - sum(map(wl.empty.__contains__, body))  # counted in C
    if not body:
        return c
    before = ws[p - 1] if p else (toks[i - 1].w if i else "")
    if lang == "fr":
        body = _object_cleft(body, before)
    # "three in the water, not four", "il est soixante-quatre, pas cinquante": the
    # words after ", not" correct a figure, they deny nothing
    cut = (2 if tuple(body[-2:]) in _OR_NOT else 3) if or_not else _contrast(toks, i, j, len(body))
    structure(c, body[:-cut] if cut else body, wl, toks, i, j, text, names, before)
    if c.predicate in _SEEMING or (c.predicate == "avoir" and _looks(body)):
        # "he seems to be in trouble", "il a l'air en difficulté": said as it is seen
        c.predicate = "be" if lang == "en" else "etre"
        c.predicates = c.predicates | {c.predicate}
    if or_not or (lang == "en" and _asks_on(body, wl)):
        c.mood = "interrogative"
    if merci:
        c.polite = True  # (read as an order already: "merci de prévenir le CROSS")
        if c.mood == "declarative":
            c.mood, c.agent = "imperative", "addressee"
    if (
        lang == "fr"
        and c.mood == "declarative"
        and (in_situ(body) or _where_written(toks, i, j, text, wl))
    ):
        c.mood = "interrogative"  # "vous êtes où", "c'est quoi votre position"
    c.third_party = third_party(c, body, wl)
    if grateful and c.agent == "addressee" and c.modality in ("can", "will"):
        c.polite = c.inverted = True
    if c.mood == "declarative" and (asked or c.inverted):
        c.mood = "interrogative"
    elif c.mood == "interrogative" and not asked and exclaimed(body, c, text):
        c.mood, c.exclaimed = "declarative", True  # "What a nightmare.", "Quelle horreur !"
    if c.mood == "declarative" and (asked_unmarked(c, text) or asks_an_idea(c)):
        c.mood = "interrogative"
    if c.mood == "interrogative" and not c.inverted and body and body[0] not in wl.wh:
        c.echo = c.agent != "none"
    return c


#: Verbs that say how a thing seems: their clause reads as one of "be".
_SEEMING = frozenset({"seem", "sembler", "paraitre"})


def _looks(body: list[str]) -> bool:
    """Whether a clause says "avoir l'air" ("il a l'air en difficulté")."""
    return any(w == "air" and body[k - 1] in ("le", "l") for k, w in enumerate(body) if k)


def _object_cleft(body: list[str], before: str) -> list[str]:
    """The clause of a French cleft on what must be done to it, in its own order:
    "(c'est) les anglais qu'il faut appeler" is "il faut appeler les anglais", "c'est
    Ostende que vous devez appeler" is "vous devez appeler Ostende"; a cleft on the
    subject ("c'est nous qui …") or on what is seen ("c'est la vedette que vous
    voyez") stays as it is. Its "c'est" opens the clause, or the clause cut from it
    (``before``)."""
    start = 2 if body[:2] == ["ce", "est"] else 0
    if not start and before not in _CLEFT_OPENERS:
        return body
    for m in range(start + 1, min(len(body) - 2, start + 5)):
        if (
            body[m] in ("que", "qu")
            and body[m + 1] in _CLEFT_SUBJECTS
            and body[m + 2] in _MUST_AFTER_CLEFT
        ):
            return body[m + 1 :] + body[start:m]
    return body


#: The obligation after the subject of such a cleft ("qu'il faut", "que vous devez").
_MUST_AFTER_CLEFT = frozenset({
    "faut", "faudrait", "devez", "doit", "dois", "devriez", "devrait", "devons",
})  # fmt: skip
#: The words of "c'est" before a cleft cut from it.
_CLEFT_OPENERS = frozenset({"est", "c'est"})
#: The subjects after the "que" of a cleft on the object.
_CLEFT_SUBJECTS = frozenset({"il", "vous", "on", "tu", "nous", "je", "j", "ils"})


def _confirmed(ws: list[str], p: int, wl: Words) -> bool:
    """Whether the clause from ``p`` opens with "I / we confirm (that)" before a clause
    of its own, with a verb ("I confirm, the boat is empty"); "we confirm the position"
    confirms a thing, said in its own clause."""
    if ws[p : p + 2] not in (["i", "confirm"], ["we", "confirm"]):
        return False
    rest = ws[p + 2 :]
    return len(rest) > 2 and any(w in wl.be or w in wl.have or w in wl.modal for w in rest)


#: What an aside "to be …" says of the speaking itself ("to be clear", "pour être
#: honnête").
_PLAIN = frozenset({"clear", "honest", "fair", "frank", "sure", "clair", "honnete", "franc"})
#: What French says first and takes up again after ("ça, on ne peut pas").
_DISLOCATED = frozenset({"ca", "cela", "ceci"})
#: The subject pronouns that take it up ("nous", "vous" are as often its object: "ça
#: nous va").
_FR_SUBJECT = frozenset({"je", "j", "on", "tu", "ils", "elles"})

#: What "any idea" asks about when it is not followed by a wh-word.
_IDEA_OF = frozenset({"if", "whether", "of", "about"})


def _called_first(ws: list[str], at: list[int], toks: list[Tok]) -> int:
    """Where a French question opened by "est-ce que" starts after the station it is
    asked of, called with a comma ("Flamant, est-ce que vous avez un visuel ?"): the
    name is no subject of "est" (0 when there is no such question)."""
    for q in range(1, min(5, len(ws) - 2)):
        if ws[q] == "est" and ws[q + 1] in ("ce", "-ce") and ws[q + 2] == "que":
            before = at[q] - 1
            return q if before >= 0 and toks[before].w == "," else 0
    return 0


#: Receipts said with "that" ("copy that", "roger that", "got that").
_RECEIPT_THAT = frozenset({"copy", "copied", "roger", "got", "understood", "noted"})


#: Words before a number that make it the persons themselves ("all four", "les quatre").
_GROUP_HEADS = frozenset({"all", "the", "les", "tous"})
#: Words after such a number: its verb, or where the persons are from.
_GROUP_NEXT = frozenset({"of", "from", "du", "de", "des"})


def _group(allw: list[str], k: int, wl: Words) -> bool:
    """Whether the number at ``k`` names persons by their number, as a subject: after
    "all", "the", "les", "tous" and before a form of "be" or "of"/"du"."""
    if k == 0 or allw[k - 1] not in _GROUP_HEADS or k + 1 >= len(allw):
        return False
    nxt = allw[k + 1]
    return nxt in wl.be or nxt in _GROUP_NEXT


def _taken(allw: list[str], k: int, wl: Words) -> bool:
    """Whether the number at ``k`` counts the persons a verb of taking out has just
    taken ("picked up four", "winched two", "on en a sorti six"), and nothing follows
    it that it measures ("recovered 3 miles" is no count)."""
    b = k - 1
    while b > 0 and allw[b] in _PARTICLES_TAKEN:
        b -= 1
    taker = allw[b] if b >= 0 else ""
    lemma = wl.lemma(taker)
    # ("rescue one six three": a call sign; the verb is said done)
    return lemma in _TAKING and lemma != taker and ends_count(allw, k, _AFTER_TAKEN)


#: Verbs that take persons out of the water or off a craft (lemmas).
_TAKING = frozenset({
    "pick", "pull", "recover", "rescue", "winch", "save", "haul", "sortir", "recuperer",
    "repecher", "hisser", "treuiller", "helitreuiller", "secourir",
})  # fmt: skip
_PARTICLES_TAKEN = frozenset({"up", "out", "aboard", "onboard", "already", "deja"})
#: What may follow the number of persons taken out.
_AFTER_TAKEN = frozenset({
    "du", "so", "already", "deja", "alive", "vivants", "vivantes", "survivors", "from", "de",
    "d", "out", "up", "now", "and", "et", "on", "onboard", "aboard", "a", "with", "avec",
    "people", "persons", "personnes", "of", "in", "dans", "still", "encore", "plus", "more",
    "including", "dont",
})  # fmt: skip


#: Words that lead into a clause and say nothing of it ("so if you obey …", "alors si
#: vous obéissez …", "okay so if …"): a condition is read after them. The lead-ins of
#: one word (``data/clause.toml``), and inside a sentence, where they are not dropped,
#: the words that oppose or receipt.
_LEADS_INTO = frozenset(p[0] for p in W.lead_ins if len(p) == 1) | frozenset({
    "but", "mais", "okay", "ok", "alright", "bon",
})  # fmt: skip


def _led_into(ws: list[str]) -> int:
    """How many words lead into a clause (``_LEADS_INTO``) before its first own word,
    never all of them."""
    k = 0
    while k + 1 < len(ws) and ws[k] in _LEADS_INTO:
        k += 1
    return k


def _condition_after(allw: list[str]) -> bool:
    """Whether the clause's only "if" comes after its act ("call us if you need
    anything"), at the fourth word or later."""
    if allw.count("if") != 1 or allw.index("if") < 3:
        return False
    # "we ask the dinghy if they need our assistance": "if" is "whether"
    return not any(w in _WHETHER_AFTER for w in allw[: allw.index("if")])


#: Verbs after which "if" asks whether ("ask them if", "check if", "I don't know if").
_WHETHER_AFTER = frozenset({
    "ask", "asked", "asking", "asks", "know", "knows", "wonder", "wondering", "check",
    "checking", "see", "seeing", "sure", "tell", "find", "confirm", "understand", "whether",
})  # fmt: skip


def _addressed(allw: list[str], k: int, wl: Words) -> bool:
    """Whether word ``k`` is the addressee hailed ("Okay my friend, stay calm", "Hello
    my friends!", "mon ami", "no mate"): "my" and the word end a clause of greetings
    and receipts only; "my friend is in the water" says who is in danger."""
    if k != len(allw) - 1 or k == 0:
        return False
    if allw[k] in wl.lead and all(w in wl.lead for w in allw[:k]):
        return True  # "no mate", "cheers lads": a clause of leads hails the last one
    return allw[k - 1] in _MY and all(w in wl.lead or w in W.greetings for w in allw[: k - 1])


#: The possessives of a hail.
_MY = frozenset({"my", "mon", "ma", "mes"})


#: Nouns of amount after "a", said of thanks or help, not of persons ("thanks a lot").
_AMOUNTS = frozenset({"lot", "million", "bunch", "ton", "tonne"})


def _counted(w: str, wl: Words) -> bool:
    return w in wl.determiners or w.isdecimal() or w in W.number_words or ordinal(w)


def _regional(allw: list[str], k: int) -> bool:
    """Whether word ``k`` is part of a service's name ("rescue centre", "search and
    rescue region"), not a mention of what it names."""
    nxt = allw[k + 1] if k + 1 < len(allw) else ""
    if allw[k] == "emergency":
        # "running on the emergency generator", "an emergency call from a yacht": a
        # kind of gear or call, no emergency of the speaker's
        return nxt in _EMERGENCY_KINDS
    return nxt in W.region or (nxt == "and" and allw[k + 2 : k + 3] == ["rescue"])


#: What "emergency" qualifies when it names a kind of thing, not a danger.
_EMERGENCY_KINDS = frozenset({
    "generator", "generators", "lights", "light", "lighting", "steering", "tiller", "radio",
    "beacon", "pump", "pumps", "power", "battery", "batteries", "services", "service",
    "number", "numbers", "channel", "frequency", "procedure", "procedures", "equipment",
    "kit", "rations", "call", "calls", "line", "drill", "drills", "exit", "position",
    "plan", "contact", "contacts", "bag", "grab", "flares", "antenna", "rudder",
})  # fmt: skip


#: What a position read by the grammar names; what a person counted does.
_POSITION = ("position",)
_PERSONS = ("persons",)


def _objects(named: list[tuple[str, ...]], count: int | None) -> frozenset[str]:
    """The clause's object classes: what its words name, and persons when a number
    counts them."""
    found = {name for classes in named for name in classes}
    return frozenset(found | {"persons"} if count is not None else found)


#: What :func:`read` needs of a word, memoised per language (bounded): its lemma,
#: the object classes it names (none for a closed-class word), whether it is a
#: politeness form, a number, a word the language knows.
Profile = tuple[str, tuple[str, ...], bool, bool, bool]
_PROFILES: dict[str, dict[str, Profile]] = {"en": {}, "fr": {}}
#: Bound of each memo: a day of traffic says a few thousand distinct words.
MEMO_SIZE = 8192
#: The hedges by their first word, in file order (longer before their prefixes).
_HEDGES_BY_FIRST = phrases_by(W.hedges, 0)


def forget_words() -> None:
    """Empty the word memos (a new context: the words of the last file are not kept)."""
    for memo in _PROFILES.values():
        memo.clear()
    forget_suffixes()


def _profile(w: str, wl: Words, vocab: frozenset[str], memo: dict[str, Profile]) -> Profile:
    lemma = wl.lemma(w)
    # a closed-class word names nothing, but "someone" names help; a discourse lead
    # ("man", "guys") may name persons where it is no lead ("I see a man": read())
    nameless = closed_core(w, wl) and w not in _SOMEONE
    classes = () if nameless else wl.object_classes(w, lemma)
    word_known = (w.rpartition("'")[2] or w) in vocab or w.isdecimal() or w in W.number_words
    prof = (lemma, classes, w in wl.polite, w.isdecimal() or w in W.number_words, word_known)
    if len(memo) >= MEMO_SIZE:
        memo.clear()
    memo[w] = prof
    return prof


#: Pronouns that still name what they stand for: help ("we need someone out here").
_SOMEONE = frozenset({"someone", "somebody", "quelqu'un"})
#: Leads that are verbs of an order when an object follows ("écoutez, …" holds the
#: floor; "écoutez la radio" orders).
VERB_LEADS = frozenset({"attendez", "ecoutez", "ecoute", "attends", "listen", "wait"})
#: French "please", as the clause reads it ("s'il" is "si il").
_GRATEFUL = frozenset({"grateful", "appreciate"})


def _contrast(toks: list[Tok], i: int, j: int, said: int) -> int:
    """How many of a clause's last words say what it is not, after a comma: ", not
    four", ", pas cinquante" (one or two words after the "not"), or 0."""
    end = j
    while end > i and not toks[end - 1].w[0].isalnum():
        end -= 1
    for k in (end - 2, end - 3):
        if k - 1 > i and toks[k - 1].w == "," and toks[k].w in ("not", "pas"):
            n = end - k
            return n if n < said - 1 and all(t.w[0].isalnum() for t in toks[k:end]) else 0
    return 0


#: Participles that make what they qualify a craft in trouble: English before the
#: noun ("the capsized 420", "the disabled yacht"), French after it ("le Laser chaviré").
_STRICKEN_BEFORE = frozenset({
    "capsized", "sinking", "disabled", "stricken", "swamped", "overturned",
})  # fmt: skip
_STRICKEN_AFTER = frozenset({"chavire", "chaviree", "desempare", "desemparee"})


def _stricken(allw: list[str], named: list[tuple[str, ...]], wl: Words) -> None:
    """Name as the casualty the word such a participle qualifies, in place: "go to the
    capsized 420" sends a unit to a casualty ("at risk of sinking" qualifies nothing)."""
    for k, w in enumerate(allw):
        if w in _STRICKEN_BEFORE and k + 1 < len(allw):
            m = k + 1
        elif w in _STRICKEN_AFTER and k:
            m = k - 1
        else:
            continue
        if allw[m][0].isalnum() and not closed_core(allw[m], wl) and "casualty" not in named[m]:
            named[m] = (*named[m], "casualty")


def _to_find_out(allw: list[str], named: list[tuple[str, ...]]) -> None:
    """Name nothing after a purpose of finding out, in place: "je vais me rapprocher
    pour voir s'ils ont des gilets", "we'll go round to see if anyone is aboard" — what
    the speaker wants to learn is no object of what it does."""
    for k in range(1, len(allw) - 2):
        if (allw[k], allw[k + 1]) in _FIND_OUT and allw[k + 2] in _WHETHER:
            named[k + 3 :] = [()] * (len(named) - k - 3)
            return


def _where_written(toks: list[Tok], i: int, j: int, text: str, wl: Words) -> bool:
    """Whether "où", written with its accent, is asked in place after a verb, words
    following it ("vous comptez le rentrer où, le voilier", "vous allez où avec le
    bateau"): folded, "où" is "ou" ("or"), which only its accent tells apart; after a
    noun it is a relative ("la zone où ils sont")."""
    for k in range(i + 1, j):
        t = toks[k]
        if t.w == "ou" and text[t.s : t.e].lower() == "où":
            prev = toks[k - 1].w
            nxt = toks[k + 1].w if k + 1 < j else ""
            if nxt in wl.pronouns and nxt not in ("le", "la", "les"):
                return False  # "on les débarque où ils veulent": a clause of its own
            return (
                prev in wl.verbs
                or wl.lemma(prev) in wl.verbs
                or prev.endswith(("ez", "er", "ir", "re", "ons"))
            )
    return False


def _casualty_named(allw: list[str], named: list[tuple[str, ...]], names: Names) -> None:
    """Name the casualty where a clause says one of the transcript's casualties by
    its name, in place: "we can proceed to Kittiwake" goes to the casualty."""
    casualties = names[CASUALTY_NAMES][0][1]
    k = 0
    while k < len(allw):
        m = name_at(allw, k, names)
        if m and tuple(allw[k : k + m]) in casualties and "casualty" not in named[k]:
            named[k] = (*named[k], "casualty")
        k += m or 1


def _watched(allw: list[str], named: list[tuple[str, ...]]) -> None:
    """Name nothing by the eye kept on something, in place: "we'll keep an eye on it
    from here", "on garde un oeil dessus" watch; no one's eye is hurt."""
    for k, w in enumerate(allw):
        if w in ("eye", "oeil") and not _KEEPING.isdisjoint(allw[max(0, k - 3) : k]):
            named[k] = ()


_KEEPING = frozenset({"keep", "keeping", "kept", "keeps", "garder", "garde", "gardons", "gardez"})
#: A purpose of finding out, before "if" / "whether" / "si".
_FIND_OUT = frozenset({
    ("to", "see"), ("to", "check"), ("to", "know"), ("find", "out"), ("pour", "voir"),
    ("pour", "savoir"), ("pour", "verifier"),
})  # fmt: skip
#: "I understand" said before what the addressee said of itself, heard back ("I
#: understand you are sinking", "je comprends que vous coulez"); "I understand that he
#: is hurt" tells what the speaker was told, "I understand nothing" did not hear.
_UNDERSTOOD = {("i", "understand"): 2, ("we", "understand"): 2, ("je", "comprends", "que"): 3}
_ADDRESSEE_HEARD = frozenset({"you", "your", "vous", "votre", "vos"})


def _understood_that(ws: list[str], p: int) -> int:
    """How many words of "I understand (that)" start at ``p`` before the addressee's
    own words heard back, or 0."""
    for phrase, k in _UNDERSTOOD.items():
        if tuple(ws[p : p + k]) == phrase:
            m = k + 1 if ws[p + k : p + k + 1] == ["that"] else k
            return m if p + m < len(ws) and ws[p + m] in _ADDRESSEE_HEARD else 0
    return 0


#: Verbs that pass on another's question said in its own words after them.
_ASKS = frozenset({"asks", "asked", "asking"})


def _asks_on(body: list[str], wl: Words) -> bool:
    """Whether the clause passes on a question in its asker's words, inverted after
    "asks": "the doctor asks is the man conscious" asks it."""
    for k, w in enumerate(body[:-2]):
        if (
            w in _ASKS
            and k
            and (
                body[k + 1] in wl.be
                or body[k + 1] in wl.modal
                or body[k + 1] in wl.have
                or body[k + 1] in wl.do
            )
        ):
            nxt = body[k + 2]
            return nxt in wl.determiners or (
                nxt in wl.pronouns and nxt not in ("me", "us", "him", "her", "them")
            )
    return False


#: The ends of a clause that ask without a mark: "… ou pas", "… or not".
_OR_NOT = frozenset({("ou", "pas"), ("or", "not"), ("ou", "non"), ("or", "no")})
_WHETHER = frozenset({"if", "whether", "si"})
#: "s'il vous plaît" and "s'il te plaît" as the clause reads them ("s'il" is "si il").
SIL_VOUS_PLAIT = (["si", "il", "vous", "plait"], ["si", "il", "te", "plait"])
#: Words of a plea said as a hedge ("we beg you, help us", "je vous en supplie").
_PLEAS = frozenset({"beg", "begging", "supplie", "supplions"})
#: What follows "listen" when it is the order ("listen to me", "listen carefully").
_AFTER_LISTEN = frozenset({"to", "carefully", "up", "moi", "bien", "attentivement"})
#: What follows "listen" when it only asks for attention, the whole clause.
_LISTEN_TO_ME = frozenset({
    ("to", "me"), ("to", "me", "carefully"), ("carefully",), ("moi",), ("moi", "bien"),
    ("bien",), ("up",),
})  # fmt: skip


def _listen_to_me(ws: list[str], p: int) -> bool:
    """Whether the clause is "listen to me", "écoutez-moi bien" and nothing more."""
    return tuple(ws[p + 1 :]) in _LISTEN_TO_ME


def _phrase_at(ws: list[str], p: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    for ph in phrases:
        if tuple(ws[p : p + len(ph)]) == ph:
            return len(ph)
    return 0


def said_last(toks: list[Tok], j: int) -> bool:
    """Whether nothing but punctuation is said after token ``j``: a word alone at the
    end of an utterance is what is said, before more it holds the floor."""
    return all(not t.w[0].isalnum() for t in toks[j:])
