"""Stations called first in speech without punctuation: where the message starts.

Typed transcripts set a call-up apart with commas ("Ridens, Dover, negative, do not
go in"); a recogniser gives "ridens dover negative do not go in", and the names then
read as the message's subject or object ("sea bird" a place at sea, "dover
coastguard launch the lifeboat" a report). A name is told here by what follows it: a
run of words that can be a name (no verb, no closed-class word, no count of persons)
said first, then a word that only opens a message — a receipt or an answer, an order,
a question by inversion or a wh-word, a subject and its verb, an SMCP marker. The
transcript's own names are read first where it declares them.
"""

from __future__ import annotations

from functools import cache

from checker.phraseology.clause import Names, name_at
from checker.phraseology.clause_cuts import (
    NOMINATIVE,
    finite_next,
    forbids,
    french_order,
    noun_then_verb,
)
from checker.phraseology.clause_forms import verbal
from checker.phraseology.clause_names import CALL_SIGN_HEADS
from checker.phraseology.clause_predicate import closed
from checker.phraseology.clause_words import W
from checker.phraseology.islands import marking_words
from checker.phraseology.lexicon import lexicon
from checker.phraseology.parts import Tok
from checker.phraseology.words import Words, words

#: Auxiliaries that ask by inversion after a name ("Dover have you got …").
_ASKING_AUX = frozenset({
    "have", "has", "can", "could", "will", "would", "are", "is", "do", "did", "pouvez",
    "avez", "etes", "est",
})  # fmt: skip
#: Answers and receipts that open a message after the names ("ridens dover negative").
_ANSWERS = W.receipts | frozenset({
    "affirmative", "negative", "affirmatif", "negatif", "yes", "yeah", "oui", "okay", "ok",
    "wilco", "d'accord", "thanks", "merci", "bien",
})  # fmt: skip
#: French words elided onto the next that open a message after the names.
_ELIDED = ("qu'", "j'", "c'", "n'")
#: How many words a name said first may have (a vessel with "des" in it, a call sign with digits).
_NAME_WORDS = 6
#: Words that are never part of a station's name said first.
_NOT_NAMES = W.address_forms | W.greeting_words | frozenset({
    "mayday", "pan", "securite", "all", "tous", "toutes", "help", "aide", "hello", "allo",
    "please", "sorry", "no", "non", "not", "pas",
})  # fmt: skip


def called_first(
    toks: list[Tok], i: int, j: int, wl: Words, names: Names, island_after: bool = False
) -> tuple[int, bool]:
    """Where the message starts after stations named first without a comma, and
    whether those names are the transcript's own; ``(0, False)`` where no name is said
    first. A known name ends where the transcript's name ends ("rescue nine one two go
    to the casualty"); an unknown one is a run of words that can name, ended by a word
    that opens a message ("ridens dover proceed to the small boat"), or by an island
    the grammar read (``island_after``: a procedure, a position)."""
    said = [t.w for t in toks[i:j]]
    if toks[i].w in names:
        m = name_at(said, 0, names)
        while m and m + 1 < len(said) and name_at(said, m, names):
            m += name_at(said, m, names)  # "north star dover coastguard have you …"
        if m and m + 1 < len(said) and opens_message(said, m, wl):
            return i + m, True
        return 0, False
    m = _name_run(said, wl)
    if m and m == len(said) and island_after:
        return j, False  # "grand large comment me recevez-vous": names, then a procedure
    if m and m + 1 < len(said) and opens_message(said, m, wl):
        return i + m, False
    if m >= 2 and m + 1 == len(said) and said[m] in _ANSWERS:
        return i + m, False  # "abeille gris nez affirmatif": the answer said alone
    k = _after_station_word(toks, i, j, said, m, wl)
    return (i + k, False) if k else (0, False)


def _after_station_word(toks: list[Tok], i: int, j: int, said: list[str], m: int, wl: Words) -> int:
    """Where a message said as a noun and its verb starts after a station's last
    word ("… lifeboat", "… coastguard") among the names said first: "humber
    bridlington lifeboat casualty recovered from the water", "dover coastguard the
    boat is sinking"; 0 if it does not."""
    ends = lexicon().name_ends
    k = next((x for x in range(m, 0, -1) if said[x - 1] in ends), 0)
    if not k or m >= len(said):
        return 0
    w = said[m]
    if k == m:
        return k if w in wl.determiners and noun_then_verb(toks, i + m, j, wl) else 0
    verb = verbal(w, wl) or w in wl.be or w in wl.have or w in wl.modal
    return k if verb and m - k <= _NOUN_WORDS else 0


#: How many words a subject said after the names may have ("casualty", "two persons").
_NOUN_WORDS = 3


def name_words(said: list[str]) -> bool:
    """Whether words can all be a station's name said alone, in English or French
    ("gris nez", "sea bird"): a vocative after a receipt or thanks."""
    runs = [_name_run(said, words(lang)) for lang in ("en", "fr")]
    # a word of either language's closed classes or verbs is none of a name ("vous
    # coulez"); one word alone need only be a station's word in one of them
    return (min(runs) if len(said) > 1 else max(runs)) == len(said)


def _name_run(said: list[str], wl: Words) -> int:
    """How many words from the start can be stations' names: no verb, no closed-class
    word (but the glue of a name inside it), no word of a state or of persons, a
    number only after a name's word (a call sign: "dragon six deux")."""
    unnamed = _no_name_words(wl.lang)
    markers = marking_words()  # ("… warship two three four instruction alter course")
    k = 0
    while k < min(len(said), _NAME_WORDS + 1):
        w = said[k]
        if k and (w in W.number_words or w.isdecimal()):
            k += 1
            continue
        if k and w in W.name_glue and w not in ("and", "et", "out", "termine", "ici", "pour"):
            k += 1
            continue
        if w in CALL_SIGN_HEADS and k + 1 < len(said) and said[k + 1] in W.number_words:
            # "… rescue one seven five when the winchman …": a call sign ends the names
            k += 1
            while k < len(said) and said[k] in W.number_words:
                k += 1
            break
        if (
            not w[:1].isalpha()
            or "'" in w  # "c'est", "j'ai": an elision opens a clause
            or w in _NOT_NAMES
            or w in _ANSWERS
            or w in markers
            or w in _CORRECTING
            or w in W.greetings
            or w in W.number_words
            or w in unnamed
            # (a verb's base form may name: "sea breeze"; an order or an inflected
            # verb may not)
            or w in wl.imperative
            or verbal(w, wl)
            or w in wl.modal
            or w in wl.wh
            or w in W.subjects
            or closed(w, wl)
            or (wl.lang == "fr" and french_order(w))
        ):
            break
        k += 1
    while k and said[k - 1] in W.name_glue:
        k -= 1  # a name ends on a name's word, not on its glue
    return k if k <= _NAME_WORDS and (k >= 2 or _alone_a_name(said[:k], wl)) else 0


@cache
def _no_name_words(lang: str) -> frozenset[str]:
    """Words that say what is wrong or who is there, no station's name ("engine
    failure we are drifting", "two men in the water"), unless a station's word
    ("motor vessel")."""
    wl = words(lang)
    said = frozenset().union(*(wl.objects.get(c, frozenset()) for c in _NO_NAME_CLASSES))
    return said - wl.stations - wl.authorities


#: The object classes whose words name no station.
_NO_NAME_CLASSES = (
    "status", "threat", "danger", "health", "part", "phase", "persons", "intentions",
    "coordination", "permission", "landing", "name", "course",
)  # fmt: skip


def _alone_a_name(run: list[str], wl: Words) -> bool:
    """A single word said first names a station only if it is a station's word
    ("coastguard roger")."""
    return len(run) == 1 and (run[0] in wl.stations or run[0] in wl.authorities)


def opens_message(said: list[str], k: int, wl: Words) -> bool:
    """Whether the word at ``k`` opens a message after the names: a receipt or an
    answer, an order, a question asked by inversion or a wh-word, a subject and its
    verb, an SMCP marker before what it marks."""
    w = said[k]
    nxt = said[k + 1] if k + 1 < len(said) else ""
    if w in _ANSWERS:
        return w != "bien" or nxt in ("recu", "compris", "copie", "note")
    if w in marking_words():
        return nxt in wl.imperative or nxt in wl.wh or nxt in ("do", "don't", "you", "we", "i")
    if w in wl.imperative:
        return nxt not in wl.be and nxt not in wl.modal
    if w in _CORRECTING or w in W.approx:
        return True  # "gris nez flamant erreur je corrige", "… approximately four zero persons"
    if w == "never" or forbids(w, nxt):
        return True  # "… dover do not go in"
    if wl.lang == "fr" and w in ("ne", "n") and french_order(nxt):
        return True  # "… ne quittez pas"
    if wl.lang == "fr" and (french_order(w) or w == "ici" or w.startswith(_ELIDED)):
        return True  # ("… gris nez qu'est-ce que vous comptez faire", "… j'ai un blessé")
    if w in _ASKING_AUX and (nxt in wl.pronouns or nxt in ("ce", "anyone", "anybody")):
        return True
    if w in wl.wh and w not in ("qui", "que", "qu", "which", "who", "that"):
        return nxt in wl.be or nxt in wl.do or nxt in wl.modal or wl.lang == "fr"
    # ("you" and "vous" are subjects here, before their verb: "… coastguard you are
    # to remain on scene")
    if w in _NOMINATIVE and nxt in wl.verbs:
        return True  # "… ridens we accept": "we" is always a subject
    return (w in W.subjects or w in ("you", "vous")) and finite_next(nxt, wl)


#: Procedure words that correct or ask again, said first after the names.
_CORRECTING = frozenset({"correction", "erreur", "rectification", "repetez", "repeat"})
#: Pronouns that are only ever subjects, and the French ones that are here, right
#: after the names.
_NOMINATIVE = NOMINATIVE | {"je", "nous", "ils", "elles"}
