"""Where a sentence may be cut into clauses: tests on the words around a cut.

:mod:`.clause_split` walks a sentence and cuts it; the tests it asks of a word —
does it end a clause, open one, make a finite verb, count persons, head a position,
name a craft's part with its verb — are here, so that each side reads in one
sitting. Most serve recognised speech, which comes without the commas and stops
that cut a typed text. A clause's marks also say where it ends unfinished
(:func:`broken_off`) or exclaims what its first word would ask (:func:`exclaimed`).
"""

from __future__ import annotations

from checker.phraseology.clause import Clause
from checker.phraseology.clause_forms import verbal
from checker.phraseology.clause_french import REASON_FIRST
from checker.phraseology.clause_predicate import INVERTING, closed
from checker.phraseology.clause_words import W
from checker.phraseology.islands import CAUTION_AFTER, marking_words
from checker.phraseology.parts import Tok
from checker.phraseology.text import GAP
from checker.phraseology.words import Words

#: Punctuation that shows a typed text (a recogniser's text has none).
PUNCT = frozenset({",", "|", "?"})
#: The polite form that opens a request of the addressee ("request you monitor it").
REQUEST = frozenset({"request", "requesting"})


def opens_after_place(w: str, nxt: str, wl: Words) -> bool:
    """Whether a word after a position the grammar read opens a new clause: a
    pronoun subject, a polite request, a bare order, a conjunction, a number of
    persons ("… east forty people on board")."""
    return (
        w in wl.pronouns
        or w in wl.polite
        or w in wl.imperative
        or w in wl.split
        or w in W.please
        or (w in wl.determiners and nxt not in ("", "position"))
        or w.isdecimal()
        or w in W.number_words
        or w in W.approx
    ) and w not in ("of", "de", "to", "a", "from", "off")


def takes_object(prev: str, wl: Words) -> bool:
    """Whether a word before a determiner or a count is a verb whose object it opens
    ("see the boat", "we have forty people", "rescued forty people"): a verb of
    command or an inflected form of one, or a verb of holding, seeing or saying.
    ("capsized", "sank" take none: "the boat has capsized many people in the water".)"""
    lemma = wl.lemma(prev)
    return (
        prev in wl.imperative
        or prev in wl.imperative_with_object
        or lemma in _HOLDING
        or (lemma != prev and (lemma in wl.imperative or lemma in wl.imperative_with_object))
        # a French conjugated verb: "changez votre cap" (its lists hold no infinitives)
        or (wl.lang == "fr" and lemma != prev and lemma in wl.verbs)
    )


#: Verbs of holding, seeing and saying, whose object follows them.
_HOLDING = frozenset({
    "have", "see", "say", "carry", "count", "find", "lose", "hear", "spot", "sight",
    "avoir", "voir", "dire", "compter", "trouver", "perdre", "transporter",
})  # fmt: skip


def counted_persons(toks: list[Tok], k: int, j: int, wl: Words) -> bool:
    """Whether a number of persons starts at ``k``: one to three number words or
    digits, or a word of quantity, then a noun of persons ("forty eight people",
    "many people")."""
    persons = wl.objects.get("persons", frozenset())
    m = k
    if m < j and toks[m].w in QUANTITY:
        m += 1
    else:
        while m < j and m < k + 3 and (toks[m].w.isdecimal() or toks[m].w in W.number_words):
            m += 1
    return k < m < j and toks[m].w in persons


#: Words of quantity that count persons without a number.
QUANTITY = frozenset({"many", "several", "lots", "beaucoup", "plusieurs"})
#: Words that head a position said after them ("location 51 09 n …").
PLACE_HEADS = frozenset({"position", "location", "positions", "lat", "latitude", "gps"})


def particle_after_verb(toks: list[Tok], k: int, wl: Words) -> bool:
    """Whether ``toks[k]`` is a particle that ends a verb ("coming in", "going down")."""
    return (
        k > 0
        and toks[k].w in wl.particles
        and (toks[k - 1].w.endswith("ing") or wl.lemma(toks[k - 1].w) in wl.verbs)
    )


def bare_status(w: str, nxt: str, wl: Words) -> bool:
    """A bare noun of the craft's status or parts and its verb, said telegraphically:
    "engine stopped", "water coming in", "moteur cassé"."""
    if not nxt or closed(w, wl) or w in wl.determiners:
        return False
    classes = wl.object_classes(w, wl.lemma(w))
    if "status" not in classes and "part" not in classes:
        return False
    lemma = wl.lemma(nxt)
    return (nxt.endswith(("ed", "ing")) and lemma in wl.verbs) or (
        wl.lang == "fr" and lemma != nxt and lemma in wl.verbs
    )


def finite(word: str, after: str, wl: Words) -> bool:
    """Whether a word after "and" is a finite verb whose subject went unsaid: an
    auxiliary or a modal ("and is sinking", "and will call"), an inflected verb that
    names no thing ("and needs help", "et coule"); French "a" only before a noun of
    a light verb or a participle ("et a besoin d'aide": "a" is also "à")."""
    if wl.lang == "fr" and word == "a":
        return any(after in nouns for nouns in wl.light.values()) or (
            after != wl.lemma(after) and wl.lemma(after) in wl.verbs
        )
    if word in wl.be or word in wl.have or word in wl.modal or word in ("cannot", "can"):
        return True
    lemma = wl.lemma(word)
    return (
        lemma != word
        and lemma in wl.verbs
        and not word.endswith("ing")
        and not (wl.object_index.get(word) or (wl.lang == "en" and wl.object_index.get(lemma)))
        and (wl.lang == "fr" or word.endswith(("s", "ed")))
    )


def finite_next(word: str, wl: Words) -> bool:
    """Whether a word after a pronoun makes it a subject: an auxiliary, a modal, a
    negator, or an inflected verb."""
    return (
        word in wl.be or word in wl.have or word in wl.modal or word in wl.do
        or word in ("ne", "n", "just", "cannot", "will", "can", "are", "am")
        or (wl.lemma(word) != word and wl.lemma(word) in wl.verbs)
        # "on n'a pas de position": the negator elided onto the verb
        or (word[:2] == "n'" and len(word) > 2 and finite_next(word[2:], wl))
    )  # fmt: skip


def ends_clause(prev: str, wl: Words) -> bool:
    """Whether the word before a pronoun can end a clause (not a preposition, a
    conjunction, an auxiliary that asks "are we …", a verb that reports "think we …")."""
    return not (
        prev in wl.prepositions or prev in wl.split or prev in wl.condition
        or prev in W.subordinate or prev in W.say_verbs or prev in wl.be or prev in wl.have
        or prev in wl.do or prev in wl.modal or prev in wl.wh or prev in LEANING
        or prev == ","
    )  # fmt: skip


#: Words after which a subject goes on the same clause: a complementiser, or the
#: verb of a hedge ("I think we …", "I'm afraid we cannot", "je crois qu'ils …").
LEANING = frozenset({
    "that", "than", "que", "qu", "if", "think", "believe", "guess", "afraid", "fear",
    "pense", "crois", "crains", "ne", "n",  # ("ne nous laissez pas": a clitic, no subject)
})  # fmt: skip


def opens(word: str, wl: Words, *, conj: bool = False) -> bool:
    """Whether a word can open a new clause after a comma or a conjunction (after a
    conjunction, a verb alone does not: "search and rescue area")."""
    return (
        word in wl.pronouns
        or (word in wl.imperative and not conj)
        or word in wl.wh
        or word in wl.condition
        or word in W.subordinate
        or word in W.consequence
        or (
            wl.lang == "fr"
            and word.endswith(("ez", "er", "ir", "re"))
            and len(word) > 3
            and word not in wl.determiners  # "votre", "notre": "et votre fils sont …"
            and (word in wl.lemmas or word in wl.lemmas.values())
        )
        or word in ("do", "don't", "please", "ne", "n", "let", "ici", "request", "requesting")
        # a French subject elided onto its verb: "le CROSS, j'écoute", "…, c'est pas à
        # nous"; "il faut" said without its "il" ("…, faut appeler Ostende"); the
        # question "qu'est-ce que …" ("Escaut de Calais, qu'est-ce que vous comptez
        # faire ?")
        or (wl.lang == "fr" and word.startswith(("j'", "c'")) and len(word) > 3)
        or (wl.lang == "fr" and word.startswith("qu'est"))
        or (wl.lang == "fr" and word == "faut")
    )


def inverted_after_comma(w: str, nxt: str, wl: Words) -> bool:
    """An auxiliary or a modal and then a pronoun: a question by inversion opens
    ("Falmouth, can you proceed to the casualty", "Roger, are you taking water")."""
    auxiliary = w in wl.modal or w in wl.be or w in wl.have
    if wl.lang == "fr":  # "Saint-Jo, pouvez-vous vous rendre sur zone"
        return auxiliary and nxt in _FR_INVERTED
    return (auxiliary or w in ("do", "does", "did")) and (
        nxt in wl.pronouns or nxt in _ASKED_OF  # "Winchman here, is the casualty conscious"
    )


def label_before(toks: list[Tok], start: int, k: int, wl: Words) -> bool:
    """Whether the words from the last cut to the comma at ``k`` are a message's label
    and nothing else: an SMCP marker word after its qualifiers, no verb ("navigational
    warning, a container adrift …", "nautical information, the port is closed"); what
    follows is what it marks."""
    said = [t.w for t in toks[start:k] if t.w != ","]
    return (
        0 < len(said) <= _LABEL_WORDS
        and said[-1] in marking_words()
        and not any(w in wl.verbs or closed(w, wl) for w in said[:-1])
    )


#: At most this many words make a message's label ("urgent navigational warning").
_LABEL_WORDS = 3


def caution_after_comma(w: str, nxt: str) -> bool:
    """French caution asked after a comma: "…, prudence dans le secteur", "…,
    vigilance accrue" (the word of a warning, not the signal PRUDONCE)."""
    return w in ("prudence", "vigilance") and nxt in CAUTION_AFTER


def forbids(w: str, nxt: str) -> bool:
    """Whether a prohibition opens at ``w``: "don't …", "do not …"."""
    return w == "don't" or (w == "do" and nxt == "not")


def base_verb(w: str, wl: Words) -> bool:
    """Whether a word is a known verb in its base form ("haul", "cancel"), which can
    open an order."""
    return w in wl.verbs and wl.lemma(w) == w


def order_after_comma(w: str, nxt: str, wl: Words) -> bool:
    """An English verb of no list of orders, in its base form, and its object at once:
    an order opens after a comma ("for the helicopter, haul your nets", "Falmouth,
    lower the boat"), as an order of the lists does."""
    return (
        wl.lang == "en"
        and nxt in _ORDERED
        and base_verb(w, wl)
        and not w.endswith(("ed", "ing"))
        and w not in wl.be
        and w not in wl.have
        and w not in wl.modal
    )


#: The words an order's object starts with (a determiner or a pronoun: not "up",
#: "out", "now", which follow nouns as often).
_ORDERED = frozenset({
    "your", "the", "her", "him", "it", "them", "us", "me", "all", "this", "that", "these",
    "those", "everything", "everyone", "everybody", "a", "an",
})  # fmt: skip


#: What an English question by inversion may ask of, besides a pronoun.
_ASKED_OF = frozenset({
    "the", "your", "his", "her", "their", "there", "anyone", "anybody", "everyone", "everybody",
})  # fmt: skip


#: French subject pronouns after an inverted verb ("pouvez-vous", "avez-vous", "est-il").
_FR_INVERTED = frozenset({"vous", "tu", "nous", "il", "ils", "elle", "elles", "on"})


def named_subject(w: str, nxt: str, wl: Words) -> bool:
    """A name or bare noun and then an auxiliary or a modal: a new subject after a
    comma ("you are entering British waters, Dover will take the lead")."""
    return (
        w[0].isalpha()
        and (nxt in wl.modal or nxt in wl.be or nxt in wl.have)
        and nxt not in ("a", "est")
        and not closed(w, wl)
    )


def noun_then_verb(toks: list[Tok], k: int, j: int, wl: Words) -> bool:
    """Whether one to three open-class words from ``k`` are a noun said as a subject:
    an auxiliary or a modal follows them ("and the main engine is", "et le bateau
    a chaviré"; English "a" is an article, never "has"), or in French an inflected
    verb follows the noun ("et notre bateau coule")."""
    for m in range(k + 1, min(k + 4, j)):
        w = toks[m].w
        if w == "a" and m + 1 < j and toks[m + 1].w in _PLACED_BY_A:
            return False  # "et la maman à bord": "à", its accent lost, not "a" (has)
        if w in wl.be or w in wl.modal or w in wl.have:
            return (w != "a" or wl.lang == "fr") and all(
                toks[x].w[0].isalpha() and not closed(toks[x].w, wl) for x in range(k, m)
            )
        if not w[0].isalpha() or closed(w, wl):
            return False
        if wl.lang == "fr" and m == k + 1 and finite_next(w, wl):
            return True  # "et notre bateau coule": the noun and its verb
        if (
            m == k + 1
            and w.endswith("s")
            and not w.endswith("ss")
            and not toks[k].w.endswith("s")
            and wl.lemma(w) != w
            and wl.lemma(w) in wl.verbs
        ):
            return True  # "until it crosses the line the case stays with you": a
            # singular noun and its verb in the present
        if m == k + 1 and toks[k].w in W.kin and w != "a":
            # "is that the coastguard my husband went out fishing": a relative and the
            # verb said of them, or an adverb between ("… my friend never got out")
            if finite_next(w, wl):
                return True
            if w in _BEFORE_VERB and m + 1 < j and finite_next(toks[m + 1].w, wl):
                return True
    return False


#: Adverbs said between a subject and its verb ("my friend never got out").
_BEFORE_VERB = frozenset({"never", "just", "still", "already", "also", "jamais"})
#: Words after which French "a" is "à" ("à bord", "à terre", "à quai", "à couple").
_PLACED_BY_A = frozenset({"bord", "terre", "quai", "couple", "proximite", "cote", "vue"})
#: Subjects that, after "ici", start a clause of their own: "ici" was "here".
_SUBJECTS_AFTER_HERE = frozenset({"vous", "nous", "je", "j", "on", "il", "ils", "elle", "tu"})


def here_adverb(nxt: str, wl: Words) -> bool:
    """Whether "ici" said inside a clause is the adverb "here", not a call-up's "this
    is": what follows it opens a condition, joins a clause or is a subject ("vous
    n'êtes pas autorisés à stationner ici si vous restez", "restez ici et attendez"),
    puts it in time or place ("nous sommes ici depuis deux heures"), or nothing
    follows."""
    return (
        not nxt
        or nxt in W.subordinate
        or nxt in wl.split
        or (nxt in wl.prepositions and nxt not in W.name_glue)
        or nxt in _SUBJECTS_AFTER_HERE
        or nxt in (",", "|")
    )


#: French verb forms of the third person that follow a clitic "nous" or "vous" ("des
#: migrants nous ont appelés", "le CROSS vous a vus"): never the pronoun's own verb.
NOT_OURS_OR_YOURS = frozenset(
    {"a", "ont", "est", "sont", "va", "vont", "fait", "font", "peut", "peuvent"}
)
#: The forms of "nous" and "vous" that do not end in -ons or -ez.
_OURS_OR_YOURS = frozenset({"sommes", "etes", "faites", "dites"})


def object_clitic(pron: str, verb: str) -> bool:
    """Whether a French "nous" or "vous" is the object of the verb after it, not its
    subject: the verb does not agree with it ("le vent nous pousse", "des migrants
    nous ont appelés", "le CROSS vous a vus"; "nous poussons", "vous êtes" agree)."""
    if pron not in ("nous", "vous"):
        return False
    return verb in NOT_OURS_OR_YOURS or not (verb.endswith(("ons", "ez")) or verb in _OURS_OR_YOURS)


def if_unsaid(toks: list[Tok], a: int, b: int, c: int) -> bool:
    """Whether the clause ``[a, b)`` is a condition said without "if", before the
    clause from ``c`` that says what follows from it: "You obey, you will be safe.",
    "You continue on this course, you will run aground.", "Vous obéissez, vous serez
    en sécurité." (the addressee in the present, a comma, then a future)."""
    if toks[a].w == ",":
        a += 1  # the comma after a call-up: "Blue Heron, you obey, you will be safe"
    if b - a < 3 or toks[b - 1].w != "," or c + 1 >= len(toks):
        return False
    subject, verb = toks[a].w, toks[a + 1].w
    if subject not in YOU or verb in _NOT_PRESENT or verb.endswith(("rez", "rons")):
        return False
    after, then = toks[c].w, toks[c + 1].w
    return after in _THEN_SUBJECTS and (then in _FUTURE or then.endswith(("rez", "rons", "ront")))


#: The addressee as a subject.
YOU = frozenset({"you", "vous", "tu"})
#: Auxiliaries and modals ("you will …", "you must …") and the verbs of a hedge ("you
#: know, …", "vous savez, …"): no present condition.
_NOT_PRESENT = frozenset({
    "will", "would", "are", "were", "must", "can", "could", "should", "have", "had",
    "do", "did", "need", "etes", "avez", "devez", "pouvez", "allez", "es", "as", "know",
    "see", "mean", "think", "understand", "savez", "voyez", "comprenez", "sais", "vois",
})  # fmt: skip
_THEN_SUBJECTS = frozenset({"you", "we", "it", "vous", "nous", "on", "tu", "il", "they"})
_FUTURE = frozenset({"will", "shall", "allez", "allons", "va", "vont", "vas"})


#: Words a clause cannot end on: it broke off after them ("we have a…", "on a un…";
#: not French "a", which ends "il y en a", nor "la", which is also "là").
_UNFINISHED = {
    "en": frozenset({"a", "an", "the", "my", "our", "your", "their", "of", "to", "with"}),
    "fr": frozenset({
        "un", "une", "le", "les", "de", "du", "des", "au", "aux", "mon", "ma", "mes",
        "notre", "nos", "votre", "vos", "leur", "leurs",
    }),
}  # fmt: skip


def broken_off(words: list[str], lang: str, rest: str) -> bool:
    """Whether a clause of ``words`` broke off mid-phrase: it ends on an article, a
    possessive or a preposition, at the end of what was said or before a dash or an
    ellipsis (``rest`` is the text after it): "…Little Missie, we have a…"."""
    rest = rest.lstrip(" .,!?")
    return (
        bool(words)
        and words[-1] in _UNFINISHED.get(lang, frozenset())
        # (or before a gap the transcriber noted: "we are going to -- [inaudible]")
        and (rest[:1] in ("", "…", "—", "-") or GAP.match(rest) is not None)
    )


def exclaimed(body: list[str], c: Clause, text: str) -> bool:
    """Whether a clause opened by "what", "how" or "quel" exclaims rather than asks:
    "what a …" always; a few words without a verb in typed text that ends none of its
    sentences with "?" ("How terrible.", "Quelle horreur !"; "how many people" asks)."""
    if len(body) < 2 or body[0] not in _EXCLAIMING:
        return False
    if body[1] in ("a", "an"):
        return True
    return (
        # (after "quel" a noun is read as no verb: "quelle horreur"; "quelle est …" asks)
        (c.predicate is None or (body[0].startswith("quel") and body[1] not in _BE_AFTER))
        and len(body) <= 4
        and body[1] not in _ASKING_HOW
        and "?" not in text
        and any(mark in text for mark in ".!")
    )


_EXCLAIMING = frozenset({"what", "how", "quel", "quelle", "quels", "quelles"})
_BE_AFTER = frozenset({"est", "sont", "etait", "etaient", "sera", "seront"})
#: What "how" asks about ("how many", "how long"): a question even without a verb.
_ASKING_HOW = frozenset({"many", "much", "long", "far", "old", "big", "deep", "often", "fast"})


#: Question tags that, said last, ask even without a question mark.
BARE_TAGS = frozenset({"right", "correct", "hein", "non"})


def tag_after(prev: str, wl: Words) -> bool:
    """Whether a tag can follow this word: a comma, or a word that is no verb, no
    closed-class word and no quantity ("all right")."""
    return prev == "," or not (
        closed(prev, wl)
        or verbal(prev, wl)
        or prev in wl.imperative
        or prev in wl.do
        or prev in wl.modal
        or prev in ("all", "to", "is", "that", "s", "not", "pas")
    )


#: Words said twice to stress the next one ("very very big waves", "très très vite").
_INTENSIFIERS = frozenset({"very", "really", "so", "too", "tres", "trop", "vraiment", "si"})


def finite_after_and(toks: list[Tok], k: int, j: int, wl: Words) -> bool:
    """Whether the word after "and" at ``k`` is a finite verb whose subject went
    unsaid, a French negator before it read through ("et n'est pas rentré")."""
    m = k + 1
    if wl.lang == "fr" and toks[m].w in ("ne", "n") and m + 1 < j:
        m += 1
    word = toks[m].w
    if wl.lang == "fr" and word.startswith("n'"):
        word = word[2:]  # "n'est", "n'a" are one token
    return finite(word, toks[m + 1].w if m + 1 < j else "", wl)


def after_repetition(toks: list[Tok], start: int, k: int, j: int, wl: Words) -> bool:
    """Whether the words from ``start`` to ``k`` are a phrase of one to four words said
    twice (or more), that does not go on past ``k``."""
    for size in range(1, 5):
        if k - 2 * size < start:
            return False
        unit = [t.w for t in toks[k - size : k]]
        if (
            [t.w for t in toks[k - 2 * size : k - size]] == unit
            and [t.w for t in toks[k : k + size]] != unit
            and all(w[0].isalpha() for w in unit)
            # a word that carries the phrase: not "nous nous" (a subject and its
            # reflexive), not "very very" (an intensifier)
            and any(
                w not in wl.pronouns
                and w not in W.adverbs
                and not closed(w, wl)
                and w not in _INTENSIFIERS
                for w in unit
            )
            and (k - start) % size == 0
            and all([t.w for t in toks[m : m + size]] == unit for m in range(start, k, size))
        ):
            return True
    return False


#: Words before an order that leave it inside their clause: a subject, a clitic, "to",
#: a negation or "please" ("you stop", "vous appelez", "to stop", "don't stop").
_BEFORE_NO_ORDER = frozenset({
    "to", "not", "don't", "do", "please", "ne", "n", "y", "en", "me", "te", "se", "le",
    "la", "les", "lui", "leur", "nous", "vous", "de", "d", "pour", "and", "et", "or", "ou",
})  # fmt: skip
#: What an English order's object opens with, after the order that opens a clause.
_ORDER_OBJECTS = frozenset({"your", "all", "everyone", "everybody", "immediately"})


#: Particles that may end a verb's phrase before an unpunctuated subject.
PARTICLE_ENDS = frozenset({
    "in", "out", "over", "up", "down", "back", "off", "on", "through", "around", "aboard",
    "onboard", "along", "alongside", "across", "away", "behind", "ahead", "inside", "outside",
})  # fmt: skip


def order_opens(toks: list[Tok], k: int, j: int, wl: Words) -> bool:
    """Whether the word at ``k`` opens an order after the clause before it, in speech
    without punctuation: a French verb in "-ez" not after its subject ("vous êtes
    côté anglais appelez le 999"), or an English order before "your", "all" … ("final
    warning stop your engine"; "we need you to stop your engine" stays one clause)."""
    w, prev = toks[k].w, toks[k - 1].w
    nxt = toks[k + 1].w if k + 1 < j else ""
    forbidden = forbids(w, nxt)
    if prev in _BEFORE_NO_ORDER or prev in wl.pronouns:
        return False
    if not (ends_clause(prev, wl) or (forbidden and prev in PARTICLE_ENDS)):
        return False
    if prev in wl.modal or prev in wl.be or prev in wl.have or prev in wl.do:
        return False
    if wl.lang == "fr":
        return french_order(w)
    # ("when the winchman comes down do not touch him": a prohibition after a clause)
    return (w in wl.imperative and nxt in _ORDER_OBJECTS) or forbidden


def french_order(w: str) -> bool:
    """Whether a French word is an order by its "-ez" ("appelez", "maintenez"; not
    "assez", "chez")."""
    return w.endswith("ez") and len(w) > 4 and w not in _NOT_ORDERS


#: French words in "-ez" that are no order.
_NOT_ORDERS = frozenset({"assez", "chez"})


#: Words of a closing wish ("have a good day", "bonne soirée").
_WISHES = frozenset({"good", "nice", "safe", "great", "bonne", "bon", "thank", "thanks", "merci"})
#: What a station gives the other by saying they have it.
_GIVEN = frozenset({"permission", "coordination"})
#: What a station can only ask of the other's state: what it has, sees, hears, knows.
_ASKED_OF_YOU = frozenset({"have", "avoir", "see", "voir", "hear", "entendre", "know", "savoir"})


#: The marks whose presence anywhere in a text says it was typed, not recognised (a
#: recogniser writes none): what :func:`asked_unmarked` reads, and the clause memo keys.
MARKS = frozenset(".?!,")
#: Pronouns that are only ever subjects.
NOMINATIVE = frozenset({"i", "we", "they", "he", "she"})


def asked_unmarked(c: Clause, text: str) -> bool:
    """Whether a statement of what the addressee has, sees, hears or knows is asked,
    in speech written without any punctuation ("you have life jackets for
    everybody", "vous voyez le bateau de sauvetage"): a speaker does not tell the
    other what they have or see, and a recogniser drops the question's mark."""
    return (
        c.agent == "addressee"
        and c.predicate in _ASKED_OF_YOU
        and c.modality == "none"
        and not c.conditional
        and W.receipts.isdisjoint(c.words)  # "vous avez reçu un ordre" tells
        and _GIVEN.isdisjoint(c.objects)  # "you have permission", "you have the lead"
        and _WISHES.isdisjoint(c.words)  # "thank you have a good day" wishes
        and "let" not in c.words  # "just to let you know we have left": told
        # "you have a large tanker three miles on your port bow": traffic told of
        and _BEARINGS.isdisjoint(c.words)
        and MARKS.isdisjoint(text)
    )


#: Where a thing is from the addressee's own craft: traffic told of, not asked.
_BEARINGS = frozenset({"bow", "beam", "quarter", "astern", "abeam", "ahead", "abaft"})


def asks_an_idea(c: Clause) -> bool:
    """Whether a statement asks whether the addressee knows something, by "any idea"
    or "une idée", or asks for what there is by "any" with no verb ("any women, any
    children on board"), which radio asks without its mark ("any idea on the helicopter",
    "vous avez une idée de leur vitesse à peu près", "on a une idée de la nationalité
    des occupants"); "j'ai une idée" tells one."""
    w = c.words
    if w[:2] == ["any", "idea"] or (
        w[:1] in (["any"], ["anybody"], ["anyone"]) and not c.predicate
    ):
        return True  # "any women, any children on board", "anybody injured"
    return (
        c.lang == "fr"
        and c.agent in ("addressee", "speaker")
        and w[:1] != ["je"]
        and c.predicate == "avoir"
        and c.polarity == "positive"
        and any(w[k] == "idee" and w[k - 1] in ("une", "aucune") for k in range(1, len(w)))
    )


#: The third-person subjects of a question by inversion, by the verbs that agree
#: with them (besides modals and "did", which agree with all).
_THIRD_ASKED = {"is": ("he", "she"), "was": ("he", "she"), "does": ("he", "she"),
                "are": ("they",), "were": ("they",), "do": ("they",)}  # fmt: skip


#: Verbs whose particle takes an object after it ("picked up six people", "pulled
#: out three", "took off twelve").
_TAKING_UP = frozenset({"pick", "take", "pull", "bring", "winch", "haul", "lift", "fish", "get"})


def takes_up(toks: list[Tok], k: int, wl: Words) -> bool:
    """Whether ``toks[k]`` is the particle of a verb of taking persons, whose object
    follows it."""
    return (
        k > 0
        and toks[k].w in ("up", "out", "off", "aboard", "onboard", "in")
        and wl.lemma(toks[k - 1].w) in _TAKING_UP
    )


def reason_before(toks: list[Tok], start: int, k: int) -> bool:
    """Whether the words before the comma at ``k`` are a reason said first: its
    clause, or the words since the comma before it, open with "given",
    "considering", "vu" ("Captain, considering the number of passengers, …")."""
    if toks[start].w in REASON_FIRST:
        return True
    for q in range(k - 1, start, -1):
        if toks[q].w == ",":
            return toks[q + 1].w in REASON_FIRST
    return False


def asks_third(w: str, nxt: str, wl: Words) -> bool:
    """Whether a verb and the third-person pronoun after it ask by inversion ("is he
    ok", "are they still there", "can she walk")."""
    if nxt not in ("he", "she", "they"):
        return False
    # (the modals that invert, not the modal verbs of the word lists: "it looks like
    # they are in trouble", "we hope they …")
    return nxt in _THIRD_ASKED.get(w, ()) or w in INVERTING or w == "did"
