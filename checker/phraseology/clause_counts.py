"""How a clause counts persons: the number said after "we are" ("we are 4", "ils sont
43"), after the persons it counts ("persons on board four", "POB 40"), or before them
("forty-seven people", "vingt et un passagers"), in digits, in English words or in
French words. :func:`.clause_read.read` asks these of each number word of a clause;
:mod:`.counts` reads a number said alone with :func:`number_value`.
"""

from __future__ import annotations

from functools import cache

from checker.phraseology.clause_words import W
from checker.phraseology.grammar import spoken_number
from checker.phraseology.numbers import french_number
from checker.phraseology.words import Words, words

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


def after_plural_be(allw: list[str], k: int) -> bool:
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
#: Words between a persons noun and the number that counts it ("persons on board is 4").
_NOUN_TO_COUNT = frozenset(
    {"on", "board", "onboard", "aboard", "a", "bord", "is", "are", "total", "est", "sont"}
)
_POB = frozenset({"pob", "pax", "souls"})


def ends_count(allw: list[str], k: int, after: frozenset[str] = _AFTER_COUNT) -> bool:
    """Whether the spoken number starting at ``k`` ("quatre vingt dix") ends the
    clause or is followed by what follows a count (``after``: "we are 20 miles off" is
    not)."""
    e = k + 1
    while e < len(allw) and allw[e] in W.number_words:
        e += 1
    return e == len(allw) or allw[e] in after


def after_persons(allw: list[str], k: int, wl: Words) -> bool:
    """Whether the number at ``k`` follows the persons it counts, in the SMCP order:
    "persons on board four", "POB 40", "number of people is 30"; not "people 2 miles
    off" (what follows must be what follows a count) nor "the children 3" (something
    must stand between a plain noun and its number)."""
    if not ends_count(allw, k):
        return False
    b = k - 1
    while b >= 0 and (allw[b] in _NOUN_TO_COUNT or allw[b] in W.approx):
        b -= 1
    if b < 0:
        return False
    word = allw[b]
    if word in _POB:
        return True
    if word in _ONE_PERSON:
        return False  # "one male nineteen", "male about fifty": his age, no count
    persons = wl.objects.get("persons", frozenset())
    if not (word in persons or wl.lemma(word) in persons):
        return False
    # "number of crew 12", "nombre de passagers : 30": the noun is what is counted
    return b < k - 1 or (b >= 2 and allw[b - 1] in ("of", "de") and allw[b - 2] in _NUMBER_OF)


_NUMBER_OF = frozenset({"number", "nombre", "total"})
#: Nouns of one person, whose number said after them is an age.
_ONE_PERSON = frozenset({
    "male", "female", "man", "woman", "boy", "girl", "lad", "lady", "child", "kid",
    "adult", "homme", "femme", "garcon", "fille", "enfant", "adulte",
})  # fmt: skip


def spoken_count(allw: list[str], k: int, wl: Words) -> int:
    """The value of a spoken number at ``k`` (English; -1, a count without its value,
    for French words)."""
    end = k
    while end < len(allw) and (allw[end] in W.number_words or _joins_number(allw, end, len(allw))):
        end += 1  # ("vingt et un": the "et" of a French number)
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


@cache
def _persons() -> frozenset[str]:
    """The nouns of persons of both languages."""
    return frozenset().union(*(words(x).objects.get("persons", ()) for x in ("en", "fr")))


def count_at(allw: list[str], k: int, w: str, wl: Words, current: int | None) -> int | None:
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
