"""Reading one clause: its words, leads ("roger", "oui"), hedges ("I think"),
conditions, counts of persons, whether it only names a station; then its structure
(:mod:`.clause_verbs`).

The reader is one left-to-right pass, a small state machine over word classes. Real
speech is rarely a well-formed sentence, so every step is optional and nothing
fails: a clause the reader cannot place is declarative with no agent, which frames
treat as little evidence.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from checker.phraseology.clause import PLACE, Clause, Names
from checker.phraseology.clause_cuts import asked_unmarked, exclaimed
from checker.phraseology.clause_expand import expand
from checker.phraseology.clause_forms import reason_first
from checker.phraseology.clause_french import AFTER_TOUT, in_situ, merci_de
from checker.phraseology.clause_names import names_only
from checker.phraseology.clause_party import third_party
from checker.phraseology.clause_predicate import closed_core
from checker.phraseology.clause_subjects import headline
from checker.phraseology.clause_verbs import structure
from checker.phraseology.clause_words import W
from checker.phraseology.grammar import spoken_number
from checker.phraseology.numbers import french_number
from checker.phraseology.parts import Tok
from checker.phraseology.words import Words, forget_suffixes, known, words


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
    if not head and allw and allw[0] in ("if", "unless", "si") and allw[:4] not in _SIL_VOUS_PLAIT:
        # "if you obey you will be safe": the main clause starts at the next subject
        for k in range(2, len(allw)):
            if allw[k] in wl.pronouns and allw[k - 1] not in wl.prepositions and allw[k] != "it":
                head = allw[:k]
                break
    ws = allw[len(head) :] if head else allw
    c = Clause(i=i, j=j, lang=lang)
    c.chars = (toks[i].s, toks[j - 1].e)
    # (a head that opens with the addressee is a condition said without "if":
    # clause_cuts.if_unsaid)
    c.conditional = (
        bool(head)
        and head[0] in ("if", "unless", "si", "you", "vous", "tu")
        and head[:4] not in _SIL_VOUS_PLAIT  # "s'il vous plaît, venez": no condition
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
            vocative = w in wl.lead and not (
                (k and _counted(allw[k - 1], wl)) or (k > 1 and _counted(allw[k - 2], wl))
            )
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
            c.count = _count(allw, k, w, wl, c.count)
            if c.count is None and _after_plural_be(allw, k) and _ends_count(allw, k):
                # "we are 4", "nous sommes quatre", "ils sont 43", "on est trois"
                c.count = int(w) if w.isdecimal() and len(w) <= 4 else _spoken(allw, k, wl)
            if c.count is None and _after_persons(allw, k, wl):
                # the SMCP order: "persons on board four", "POB 40", "personnes à bord : 12"
                c.count = int(w) if w.isdecimal() and len(w) <= 4 else _spoken(allw, k, wl)
    for a, b in pairwise(allw):
        lemmas.add(f"{a} {b}")
    if "vous plait" in lemmas and allw.count("si") == 1:  # "…, s'il vous plaît" said last:
        c.polite, lemmas = True, lemmas - {"si", "si il"}  # a courtesy, no condition
    if c.polite and "me demande" in lemmas:
        c.polite = False  # "je me demande s'ils vont venir" wonders; it asks nothing
    c.lemmas = frozenset(lemmas)
    c.known = is_known
    c.objects = _objects(named, c.count)
    c.words = allw
    p = 0
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
        if ws[p : p + 4] in _SIL_VOUS_PLAIT:
            c.polite = True  # "(oui,) s'il vous plaît (, aidez-nous)": a courtesy, no verb
            p += 4
            continue
        if w in W.receipts:
            c.receipt = True
        if w == "tout" and p + 1 < n and ws[p + 1] in AFTER_TOUT:
            break  # "tout va bien": "tout" is the subject
        if w in _VERB_LEADS and (
            (p + 1 < n and (ws[p + 1] in wl.determiners or ws[p + 1] in _AFTER_LISTEN))
            or (p + 1 == n and toks[j - 1].w != "," and (j == len(toks) or toks[j].w != ","))
        ):
            # "attendez les secours", "listen to me", "Listen." alone: an order, not
            # a lead that holds the floor ("Listen, we are sinking")
            break
        if w in ("ca", "cela") and ws[p + 1 : p + 2] == ["ce"]:
            p += 1  # "ça, c'est pas pour nous": the subject said twice, once in "c'"
            continue
        if w in wl.lead and headline(ws, p, wl):
            break  # "Man recovered": a noun and its participle, no vocative lead
        if w in wl.lead or w in wl.polite or w in W.greetings or (w in W.adverbs and w != "all"):
            if w in ("no", "non") and p + 1 < n and ws[p + 1] in ("one", "body"):
                break
            if w == "no" and p + 1 < n and named[len(allw) - n + p + 1]:
                break  # "no assistance required", "no engine": "no" denies the noun
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
    body = ws[p:]
    if body and not head:
        c.start = at[len(allw) - len(body)]  # leads ("roger", "oui") are not the act
    # "et le moteur il démarre ou pas", "are you going to stop or not": asked unmarked,
    # and the "not" asks, it denies nothing
    or_not = len(body) > 2 and tuple(body[-2:]) in _OR_NOT and _WHETHER.isdisjoint(body)
    if asked or or_not:
        c.mood = "interrogative"
    c.content = len(body) - sum(map(wl.empty.__contains__, body))  # counted in C
    if not body:
        return c
    before = ws[p - 1] if p else (toks[i - 1].w if i else "")
    structure(c, body[:-2] if or_not else body, wl, toks, i, j, text, names, before)
    if or_not:
        c.mood = "interrogative"
    if merci and c.mood == "declarative":
        c.mood, c.agent, c.polite = "imperative", "addressee", True
    if lang == "fr" and c.mood == "declarative" and in_situ(body):
        c.mood = "interrogative"  # "vous êtes où", "c'est quoi votre position"
    c.third_party = third_party(c, body, wl)
    if grateful and c.agent == "addressee" and c.modality in ("can", "will"):
        c.polite = c.inverted = True
    if c.mood == "declarative" and (asked or c.inverted):
        c.mood = "interrogative"
    elif c.mood == "interrogative" and not asked and exclaimed(body, c, text):
        c.mood, c.exclaimed = "declarative", True  # "What a nightmare.", "Quelle horreur !"
    if c.mood == "declarative" and asked_unmarked(c, text):
        c.mood = "interrogative"
    if c.mood == "interrogative" and not c.inverted and body and body[0] not in wl.wh:
        c.echo = c.agent != "none"
    return c


def _counted(w: str, wl: Words) -> bool:
    return w in wl.determiners or w.isdecimal() or w in W.number_words


def _regional(allw: list[str], k: int) -> bool:
    """Whether word ``k`` is part of a service's name ("rescue centre", "search and
    rescue region"), not a mention of what it names."""
    nxt = allw[k + 1] if k + 1 < len(allw) else ""
    return nxt in W.region or (nxt == "and" and allw[k + 2 : k + 3] == ["rescue"])


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
_HEDGES_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _hedge in W.hedges:
    _HEDGES_BY_FIRST[_hedge[0]] = (*_HEDGES_BY_FIRST.get(_hedge[0], ()), _hedge)


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
#: "we are 4", "ils sont 43": a plural subject, a form of "be", a number.
_PLURAL_SUBJECTS = frozenset({"we", "they", "there", "nous", "ils", "elles", "on"})
#: What may follow "we are four" for it to count persons ("we are 20 miles off" does not).
_AFTER_COUNT = frozenset(
    {
        "and",
        "et",
        "on",
        "onboard",
        "aboard",
        "a",
        "with",
        "avec",
        "people",
        "persons",
        "personnes",
        "of",
        "in",
        "dans",
        "now",
        "maintenant",
        "sur",
        # "on est 45 dont 10 enfants", "we are 40 including children"
        "dont",
        "including",
        "parmi",
        # "on est cinq, pas quatre": a count corrected
        "pas",
        "not",
        # "on est 50 il y a des bébés", "we are 50 there is children": run on
        "il",
        "there",
        "plus",  # "on est six plus le chien"
    }
)
_PLURAL_BE = frozenset({"are", "were", "sommes", "etions", "sont", "etaient", "est", "etait"})


def _after_plural_be(allw: list[str], k: int) -> bool:
    """Whether the number at ``k`` follows "we are", "ils sont", "there are", "il y
    a", over a hedge, a bound or an indefinite article: "we are about 40", "ils sont
    une cinquantaine", "there are more than sixty", "on est plus de 50"."""
    b = k - 1
    while b >= 0:
        if b >= 1 and allw[b - 1 : b + 1] == ["y", "a"]:
            return True  # "il y a soixante", "y a plus de 50"
        if allw[b] in W.approx or allw[b] in _INDEFINITE:
            b -= 1
        elif b >= 1 and (allw[b - 1], allw[b]) in _BOUNDS:
            b -= 2
        else:
            break
    if b >= 2 and allw[b - 2 : b + 1] == ["a", "peu", "pres"]:
        b -= 3  # "on est à peu près 40"
    be = allw[b] in _PLURAL_BE or (allw[b] in ("is", "was") and allw[b - 1] == "there")
    return b >= 1 and be and allw[b - 1] in _PLURAL_SUBJECTS  # (and "there is 47")


#: Two words that bound a count: "more than 60", "plus de 50", "at least 40".
_BOUNDS = frozenset({
    ("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"),
    ("up", "to"), ("close", "to"), ("plus", "de"), ("moins", "de"), ("au", "moins"),
    ("pres", "de"), ("autour", "de"),
})  # fmt: skip


_INDEFINITE = frozenset({"a", "un", "une"})
#: Leads that are verbs of an order when an object follows ("écoutez, …" holds the
#: floor; "écoutez la radio" orders).
_VERB_LEADS = frozenset({"attendez", "ecoutez", "ecoute", "attends", "listen", "wait"})
#: French "please", as the clause reads it ("s'il" is "si il").
_GRATEFUL = frozenset({"grateful", "appreciate"})
#: The ends of a clause that ask without a mark: "… ou pas", "… or not".
_OR_NOT = frozenset({("ou", "pas"), ("or", "not"), ("ou", "non"), ("or", "no")})
_WHETHER = frozenset({"if", "whether", "si"})
_SIL_VOUS_PLAIT = (["si", "il", "vous", "plait"], ["si", "il", "te", "plait"])
#: Words of a plea said as a hedge ("we beg you, help us", "je vous en supplie").
_PLEAS = frozenset({"beg", "begging", "supplie", "supplions"})
#: What follows "listen" when it is the order ("listen to me", "listen carefully").
_AFTER_LISTEN = frozenset({"to", "carefully", "up", "moi", "bien", "attentivement"})
#: Words between a persons noun and the number that counts it ("persons on board is 4").
_NOUN_TO_COUNT = frozenset(
    {"on", "board", "onboard", "aboard", "a", "bord", "is", "are", "total", "est", "sont"}
)
_POB = frozenset({"pob", "pax", "souls"})


def _ends_count(allw: list[str], k: int) -> bool:
    """Whether the spoken number starting at ``k`` ("quatre vingt dix") ends the
    clause or is followed by what follows a count ("we are 20 miles off" is not)."""
    e = k + 1
    while e < len(allw) and allw[e] in W.number_words:
        e += 1
    return e == len(allw) or allw[e] in _AFTER_COUNT


def _after_persons(allw: list[str], k: int, wl: Words) -> bool:
    """Whether the number at ``k`` follows the persons it counts, in the SMCP order:
    "persons on board four", "POB 40", "number of people is 30"; not "people 2 miles
    off" (what follows must be what follows a count) nor "the children 3" (something
    must stand between a plain noun and its number)."""
    if not _ends_count(allw, k):
        return False
    b = k - 1
    while b >= 0 and (allw[b] in _NOUN_TO_COUNT or allw[b] in W.approx):
        b -= 1
    if b < 0:
        return False
    word = allw[b]
    if word in _POB:
        return True
    persons = wl.objects.get("persons", frozenset())
    if not (word in persons or wl.lemma(word) in persons):
        return False
    # "number of crew 12", "nombre de passagers : 30": the noun is what is counted
    return b < k - 1 or (b >= 2 and allw[b - 1] in ("of", "de") and allw[b - 2] in _NUMBER_OF)


_NUMBER_OF = frozenset({"number", "nombre", "total"})


def _spoken(allw: list[str], k: int, wl: Words) -> int:
    """The value of a spoken number at ``k`` (English; -1, a count without its value,
    for French words)."""
    end = k
    while end < len(allw) and allw[end] in W.number_words:
        end += 1
    value = number_value(allw[k:end], wl.lang)
    return int(value) if value is not None and value >= 0 else -1


def number_value(words: list[str], lang: str) -> float | None:
    """The value of a spoken number: English through the grammar, French through
    text2num (lazily imported: most utterances say no French number); a French
    approximation ("une cinquantaine") is its round number."""
    if lang == "en":
        if words[:1] == ["a"]:
            words = ["one", *words[1:]]  # "a hundred (and fifty)"
        elif words[:1] == ["hundred"] or words[:1] == ["thousand"]:
            words = ["one", *words]  # "hundred and fifty", recognised without its "a"
        value = spoken_number(" ".join(words))
        if value is not None or not words or words[0] not in _FRENCH_NUMBERS:
            return value
        # a French number in an utterance too short to tell its language
    if words and words[0] in ("un", "une") and len(words) > 1:
        words = words[1:]  # "une cinquantaine", "un millier"
    if len(words) == 1 and words[0] in _ROUND:
        return _ROUND[words[0]]
    value = french_number(words)
    return None if value is None else float(value)


#: Number words after which "and" goes on with the number ("a hundred and fifty").
_HUNDREDS = frozenset({"hundred", "thousand"})
_FRENCH_NUMBERS = frozenset({
    "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante",
    "cinquante", "soixante", "cent", "mille",
})  # fmt: skip
#: French approximate numbers (the count is their round number).
_ROUND = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}  # fmt: skip


def _phrase_at(ws: list[str], p: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    for ph in phrases:
        if tuple(ws[p : p + len(ph)]) == ph:
            return len(ph)
    return 0


@cache
def _persons() -> frozenset[str]:
    """The nouns of persons of both languages."""
    return frozenset().union(*(words(x).objects.get("persons", ()) for x in ("en", "fr")))


def _count(allw: list[str], k: int, w: str, wl: Words, current: int | None) -> int | None:
    """A number that counts persons: "43 personnes", "four people on board"; not "a
    ten-man raft", whose count qualifies equipment."""
    persons = _persons()  # either language's: "47 passagers" said alone reads as English
    for m in range(k + 1, min(k + 4, len(allw))):
        nxt = allw[m]
        if nxt in persons or wl.lemma(nxt) in persons or nxt in W.aboard or nxt in W.conditions:
            after = allw[m + 1] if m + 1 < len(allw) else ""
            if after in W.equipment:
                return current  # "a ten-man raft": the number qualifies equipment
            if current is not None:
                return current
            if w.isdecimal():
                return int(w) if len(w) <= 6 else -1
            start = k
            while start > 0 and (
                allw[start - 1] in W.number_words
                # "a hundred and fifty", "one hundred and twenty": "and" inside a number
                or (allw[start - 1] == "and" and start > 1 and allw[start - 2] in _HUNDREDS)
                or (allw[start - 1] == "a" and allw[start] in _HUNDREDS)
            ):
                start -= 1
            end = k + 1  # "une soixantaine de personnes": the number ends before "de"
            while end < m and (allw[end] in W.number_words or _joins_number(allw, end, m)):
                end += 1
            value = number_value(allw[start:end], wl.lang)
            return int(value) if value is not None and value >= 0 else -1
        if nxt.isalpha() and nxt not in wl.determiners and nxt not in ("de", "d", "of"):
            if nxt in W.number_words or nxt in W.conditions or nxt in _BEFORE_PERSONS:
                continue
            if _joins_number(allw, m, len(allw)):
                continue  # "vingt et une personnes"
            if nxt in _TO_BOARD and m + 1 < len(allw) and allw[m + 1] in _BOARD:
                continue  # "40 à bord", "two in the boat" is no count
            return current
    return current


def _joins_number(allw: list[str], k: int, end: int) -> bool:
    """Whether the word at ``k`` is inside a French number ("vingt et une")."""
    w = allw[k]
    if w in _IN_FRENCH_NUMBER:
        return k + 1 < end and (allw[k + 1] in W.number_words or allw[k + 1] == "une")
    return w == "une" and allw[k - 1] in _IN_FRENCH_NUMBER


#: Nouns between a number and the persons it counts: "20 membres d'équipage".
_BEFORE_PERSONS = frozenset({"members", "membres"})
#: The "et" of a French number ("vingt et un").
_IN_FRENCH_NUMBER = frozenset({"et"})
#: "à bord", "on board": the count is of those aboard.
_TO_BOARD = frozenset({"a", "on"})
_BOARD = frozenset({"bord", "board"})
