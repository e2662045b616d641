"""A number said alone as a count of persons: "Four.", "between 50 and 60", "une
quarantaine", "at least forty".

An answer to "how many on board?" is often only its number, hedged, corrected or
given as a range; the classifier reads such an utterance (or, after a yes, such a
last clause) as ``report.persons`` at low confidence, and the resolve stage checks
it against the question it answers. Most utterances stop at their first word,
which is no number. Decimal degrees said alone ("36.5 14.2") are a position, read
here too (:func:`numbers_placed`).
"""

from __future__ import annotations

from checker.phraseology.clause_counts import number_value
from checker.phraseology.clause_words import W
from checker.phraseology.grammar import spoken_number
from checker.phraseology.matcher import Cand
from checker.phraseology.model import Classification, SpeechAct
from checker.phraseology.parts import Tok
from checker.vocabulary import Ending

#: Largest number said alone that is read as a count of persons.
MAX_BARE_COUNT = 999
#: Words around a number said alone that leave it a count: a range's "between",
#: a hedge after it ("150 or so", "sixty-ish", "60+").
_AROUND_COUNT = frozenset({"between", "entre", "so", "ish", "odd", "something", "plus", "+", "?"})
#: What separates two numbers said alone: a correction or a range ("quarante,
#: quarante-cinq", "Fifty. Five-zero.").
_SEPARATORS = frozenset({"|", ","})
#: Words that join the two ends of a range ("30 to 40", "trente ou quarante").
_RANGE_JOIN = frozenset({"to", "or", "ou", "a", "-"})
#: Articles before a number ("a hundred", "une quarantaine") and the "and" inside one
#: ("one hundred and twenty"): number words only beside a number word.
_IN_NUMBER = frozenset({"a", "an", "un", "une", "and", "et"})
#: Most words a number said alone may have, hedges aside.
_BARE_WORDS = 6
#: Words that soften a bound before it: "not more than", "a little over", "un peu plus de".
_SOFTENERS = frozenset({"not", "a", "little", "bit", "just", "un", "peu", "juste"})
#: Hedges said before a number alone: "at least forty", "I think forty", "plus de 100".
_COUNT_LEADS: dict[str, tuple[str, ...]] = {
    "at": ("least",), "au": ("moins",), "more": ("than",), "plus": ("de", "d"),
    "less": ("than",), "moins": ("de", "d"), "i": ("think", "guess", "count"),
    "je": ("pense", "crois", "compte"), "over": (), "under": (), "presque": (),
}  # fmt: skip


def bare_count(said: list[str]) -> tuple[int, str] | None:
    """The value of an utterance that is only a number ("Four.", "two hundred",
    "Trente-deux.", "between 50 and 60", "une quarantaine", "at least forty"), if it
    could count persons, and the number's language. A range counts its upper end,
    as the frames do ("30 to 40 people"); of two numbers said one after the other,
    the second corrects or repeats the first ("quarante, quarante-cinq")."""
    k = _after_leads(said)
    groups: list[list[str]] = [[]]
    size = 0
    for w in said[k:]:  # most utterances stop at their first word, which is no number
        if w in W.approx and groups[-1] and groups[-1][-1] not in _IN_NUMBER:
            groups.append([])  # "50, maybe 60": a second guess corrects the first
            continue
        if w in _AROUND_COUNT or w in W.approx:
            continue
        if w in _SEPARATORS:
            if groups[-1]:
                groups.append([])
            continue
        number = w.isdecimal() or w in W.number_words
        if w.isdecimal() and groups[-1] and groups[-1][-1].isdecimal():
            groups.append([])  # "40/45", "40-45": written digits, a range
        if not number and w in _RANGE_JOIN and groups[-1] and groups[-1][-1] not in _IN_NUMBER:
            groups.append([])
            continue
        size += 1
        if size > _BARE_WORDS or not (number or w in _IN_NUMBER):
            return None
        groups[-1].append(w)
    found = [_bare_value(g) or _said_twice(g) for g in groups if g]
    if not found or len(found) > 2 or None in found:
        return None
    value, lang = found[-1]  # type: ignore[misc]
    if not 0 < value <= MAX_BARE_COUNT or value != int(value):
        return None
    return int(value), lang


def _after_leads(said: list[str]) -> int:
    """Where the number of a bare count starts, after its hedge ("at least", "plus de")
    and what softens it ("not more than 10", "a little more than fifty", "un peu plus
    de 50"); "a hundred" keeps its article."""
    k = 0
    while k < len(said) - 1 and said[k] in _SOFTENERS:
        k += 1
    if k == len(said) or said[k] not in _COUNT_LEADS:
        k = 0
    if k < len(said) and said[k] in _COUNT_LEADS:
        second = _COUNT_LEADS[said[k]]
        k += 1 if not second else 2 if len(said) > k + 1 and said[k + 1] in second else 0
    return k


def _said_twice(words: list[str]) -> tuple[float, str] | None:
    """The value of two numbers said one after the other without a pause between
    them, as recognised speech writes them ("fifty two fifty two", "fifty two five
    two", "forty forty two", "soixante six soixante six"): the second repeats or
    corrects the first. Where some cut makes the same number twice, that number;
    otherwise the cut with the longest first number."""
    cuts = [
        (a, b)
        for k in range(len(words) - 1, 0, -1)
        if (a := _bare_value(words[:k])) is not None and (b := _bare_value(words[k:])) is not None
    ]
    for a, b in cuts:
        if a[0] == b[0]:
            return b
    return cuts[0][1] if cuts else None


def _bare_value(words: list[str]) -> tuple[float, str] | None:
    """The value of one number of a bare count and its language; "50 and 60" is a
    range, "one hundred and twenty" one number."""
    if words[-1] in _IN_NUMBER or (words[0] in ("and", "et")):
        return None
    if len(words) == 1 and words[0].isdecimal():
        return (float(words[0]), "en") if len(words[0]) <= 3 else None
    english = ["one" if w in ("a", "an") else w for w in words]
    value = spoken_number(" ".join(english))
    if value is not None:
        return value, "en"
    value = number_value(words, "en")  # "trente-deux", "une quarantaine": French
    if value is not None:
        return value, "fr"
    for join in ("and", "et"):  # "between 50 and 60"
        if join in words:
            k = len(words) - 1 - words[::-1].index(join)
            return _bare_value(words[k + 1 :])
    return None


#: Words around a count said in an answer that leave it a count: what introduces it
#: ("it's 52", "the number is 52", "c'est 52", "we counted 52", "maybe 50", "peut-être
#: 50") and what follows it ("52 in total", "forty, I think", "45 they said").
_COUNT_OPENERS: tuple[tuple[str, ...], ...] = (
    ("the", "number", "is"), ("le", "nombre", "c'est"), ("le", "nombre", "est"),
    ("it", "is"), ("that", "is"), ("c'est",), ("in", "total"), ("au", "total"),
    ("total",), ("we", "counted"), ("on", "a", "compte"), ("they", "told", "me"),
    ("i", "think"), ("i", "guess"), ("je", "crois"), ("je", "pense"), ("peut", "etre"),
)  # fmt: skip
_COUNT_CLOSERS: tuple[tuple[str, ...], ...] = (
    ("in", "total"), ("au", "total"), ("en", "tout"), ("i", "think"), ("i", "guess"),
    ("i", "believe"), ("je", "crois"), ("je", "pense"), ("they", "said"), ("he", "said"),
    ("she", "said"), ("ils", "disent"), ("il", "dit"), ("elle", "dit"), ("peut", "etre"),
    # "about forty, maybe more", "une cinquantaine, peut-être plus"
    ("maybe", "more"), ("or", "more"), ("maybe", "less"), ("more", "or", "less"),
    ("peut", "etre", "plus"), ("ou", "plus"), ("plus", "ou", "moins"), ("at", "least"),
    # "quarante et quelques", "thirty-something", "forty odd", "fifty or so"
    ("et", "quelques"), ("something",), ("odd",), ("or", "so"),
)  # fmt: skip
#: A clause that only says the speaker is not sure: beside a count it hedges the count
#: ("I don't know, maybe 50"), it is no statement of its own.
UNSURE: frozenset[tuple[str, ...]] = frozenset({
    ("i", "am", "not", "sure"), ("not", "sure"), ("i", "do", "not", "know"),
    ("i", "do", "not", "know", "exactly"), ("i", "am", "not", "sure", "exactly"),
    ("no", "idea"), ("je", "sais", "pas"), ("je", "ne", "sais", "pas"),
    ("je", "sais", "pas", "exactement"), ("je", "ne", "sais", "pas", "exactement"),
    ("je", "ne", "suis", "pas", "sur"), ("pas", "sur"), ("je", "suis", "pas", "sur"),
})  # fmt: skip


#: The longer doubts first, for the words of recognised speech without commas ("i
#: don't know maybe 50", "forty i'm not sure").
_UNSURE_FIRST = tuple(sorted(UNSURE, key=len, reverse=True))


def count_in_answer(said: list[str]) -> tuple[int, str] | None:
    """The count of a clause that is a number said alone with the words an answer
    wraps it in ("it's 52", "52 in total", "forty, I think", "peut-être 50"): see
    :func:`bare_count`."""
    if not said or not (said[0] in _MAY_OPEN or said[0].isdecimal()):
        return None  # most utterances: their first word opens no count
    words = said
    changed = True
    while changed and words:
        changed = False
        while words and words[0] in _SEPARATORS:
            words = words[1:]
        while words and words[-1] in _SEPARATORS:
            words = words[:-1]
        if len(words) > 2 and words[1] == "," and words[0] == words[2]:
            words, changed = words[2:], True  # said again: "huit, huit en tout"
        for phrase in _OPEN_BY_FIRST.get(words[0], ()) if words else ():
            if len(words) > len(phrase) and tuple(words[: len(phrase)]) == phrase:
                words, changed = words[len(phrase) :], True
                break
        for phrase in _CLOSE_BY_LAST.get(words[-1], ()) if words else ():
            if len(words) > len(phrase) and tuple(words[-len(phrase) :]) == phrase:
                words, changed = words[: -len(phrase)], True
                break
        if words and not (words[0] in _MAY_OPEN or words[0].isdecimal()):
            return None  # "i think we are sinking": no number next
    return bare_count(words) if words else None


def _by(phrases: tuple[tuple[str, ...], ...], at: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        out.setdefault(phrase[at], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


#: The openers by their first word and the closers by their last, longest first.
_OPEN_BY_FIRST = _by((*_COUNT_OPENERS, *_UNSURE_FIRST), 0)
_CLOSE_BY_LAST = _by((*_COUNT_CLOSERS, *_UNSURE_FIRST), -1)
#: Every word a count said in an answer may open with (the rest stop at once).
_MAY_OPEN = frozenset(
    _OPEN_BY_FIRST.keys()
    | _COUNT_LEADS.keys()
    | _AROUND_COUNT
    | _SEPARATORS
    | _IN_NUMBER
    | W.approx
    | W.number_words
)


#: Who said alone, as an answer ("Everybody.", "Nobody.", "All of them.", "Tout le
#: monde.", "Personne."): the persons asked about, as a number said alone counts
#: them ("all" or "none" alone answer anything).
_WHO = frozenset({
    ("everybody",), ("everyone",), ("nobody",), ("no", "one"), ("all", "of", "them"),
    ("all", "of", "us"), ("both", "of", "them"), ("both", "of", "us"), ("tout", "le", "monde"),
    ("personne",), ("tous", "les", "deux"), ("aucun", "de", "eux"), ("tous",), ("toutes",),
    # how many, said without a number; alone ("Many.", "Beaucoup.", "Tout seul.")
    ("many",), ("a", "lot"), ("lots",), ("plenty",), ("too", "many"), ("so", "many"),
    ("beaucoup",), ("trop",), ("nombreux",), ("alone",), ("seul",), ("seule",),
    ("tout", "seul"), ("toute", "seule"), ("myself",), ("just", "me"), ("only", "me"),
    ("moi", "seul"), ("juste", "moi"),
})  # fmt: skip
#: What follows a number that counts some of those asked about ("two of them",
#: "deux d'entre eux").
_OF_THEM = frozenset({("of", "them"), ("of", "us"), ("d'entre", "eux"), ("d'entre", "nous")})


def who_alone(words: list[str]) -> bool:
    """Whether a clause's words (after its leads) only say who ("Everybody.",
    "Two of them.", "Deux d'entre eux.")."""
    while words and words[-1] in _SEPARATORS:
        words = words[:-1]
    said = tuple(words)
    if said in _WHO:
        return True
    return (
        bool(said) and (said[0].isdecimal() or said[0] in W.number_words) and said[1:] in _OF_THEM
    )


def bare_count_alone(
    text: str, toks: list[Tok], count: int, lang: str, ends_with: Ending | None
) -> Classification:
    """A number said alone ("Four.", "200") answers "how many": a persons count,
    a guess, so its confidence is low (the resolve stage sees the question)."""
    act = SpeechAct(
        kind="report.persons",
        confidence=0.4,
        source="frame",
        span=(toks[0].s, toks[-1].e),
        matched=text[toks[0].s : toks[-1].e],
        slots={"count": count},
        frame="report.persons#bare-number",
    )
    return Classification(
        text=text, acts=[act], primary="report.persons", ends_with=ends_with, language=lang
    )


def numbers_placed(
    text: str, toks: list[Tok], placed: Cand, ends_with: Ending | None
) -> Classification:
    """Decimal degrees said alone ("36.5 14.2"): a position, north and east as
    unsigned, its confidence the lexicon's (the hemispheres were not said)."""
    act = SpeechAct(
        kind="report.position",
        confidence=placed.confidence,
        source="lexicon",
        span=(toks[placed.i].s, toks[placed.j - 1].e),
        matched=text[toks[placed.i].s : toks[placed.j - 1].e],
        slots=dict(placed.slots),
    )
    return Classification(
        text=text, acts=[act], primary="report.position", ends_with=ends_with, language="en"
    )
