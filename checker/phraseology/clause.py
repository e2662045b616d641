"""Clause analysis: an utterance split into clauses, each read into features.

The meaning that matters to the protocol is carried by a few features of a clause —
who acts (``agent``), how (``modality``), whether it is asked, ordered or stated
(``mood``), affirmed or denied (``polarity``), what is done (``predicate``) and to
what (``objects``) — and those are read from closed-class words and lemmas, which are
few and stable, instead of from open-class phrasing, which is not (CLAUSES.md).

The reader is one left-to-right pass over a clause's words, a small state machine
over word classes: leads ("roger", "oui"), a condition or subordinator ("if",
"otherwise", "si"), a wh-word or an inverted auxiliary (a question), the subject,
the auxiliary and modal chain with its negators, the predicate (with a particle:
"take over", "go down"), then the rest for objects, counts and cues. Real speech is
rarely a well-formed sentence, so every step is optional and nothing fails: a clause
the reader cannot place is declarative with no agent, which frames treat as little
evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checker.phraseology.grammar import spoken_number
from checker.phraseology.lexicon import lexicon
from checker.phraseology.parts import Tok
from checker.phraseology.words import Words, known, words

#: What a position read by the grammar is in a clause: one word, a position.
PLACE = "@position"
#: Words that end a clause; "?" also makes it a question.
_ENDS = frozenset({"|", "?"})
#: Subordinators whose clause leans on the next one ("since you have disregarded our
#: warning, we will …"): read as one clause with the next, features from the main one.
_SUBORDINATE = frozenset({
    "since", "because", "as", "while", "although", "though", "once", "whenever", "when",
    "parce", "puisque", "quand", "lorsque", "comme", "pendant", "apres", "avant", "vu",
    "etant", "if", "unless", "si",
})  # fmt: skip
#: Consequence words: the clause after them is a condition's outcome.
_CONSEQUENCE = frozenset({"otherwise", "or", "else", "sinon"})
_EVERYONE = frozenset({"everybody", "everyone", "nobody", "anybody", "anyone", "personne"})
#: What "do" takes as the main verb ("we will do that", "do as you say").
_DO_OBJECTS = frozenset({"that", "it", "so", "as", "this", "what", "everything", "ca", "le"})
#: Subject pronouns that start a new clause in unpunctuated speech ("please stand by
#: we are checking") when a verb follows them.
_SUBJECTS = frozenset({"i", "we", "they", "he", "she", "je", "nous", "ils", "elles", "on"})
#: Words that make "search and rescue" or "rescue" part of a name ("search and
#: rescue region", "rescue centre"), not a mention of help.
_REGION = frozenset({"region", "area", "zone", "centre", "center", "srr", "sub", "coordination",
                     "services", "service", "organisation", "organization", "and", "region"})
#: Negators that follow the verb they deny ("we have no engine", "je ne peux pas").
_AFTER_VERB_NEGATORS = frozenset({"not", "no", "nothing", "none", "never", "nobody", "pas", "rien",
                                  "jamais", "plus", "aucun", "aucune", "personne"})  # fmt: skip
#: Verbs after which a wh-word opens a reported question, not a new one.
_SAY_VERBS = frozenset({"know", "tell", "ask", "say", "see", "wonder", "understand", "sais",
                        "savoir", "dire", "demande", "that", "is"})  # fmt: skip
#: Tags that turn a statement into a question ("you said two whistles, right?").
_TAGS = frozenset({"right", "correct", "hein", "non", "okay", "ok", "yes"})
#: Hedges that do not change who acts: "I think we broke a plank" is about "we".
_HEDGES = (("i", "think"), ("i", "believe"), ("i", "guess"), ("you", "know"),
           ("je", "pense", "que"), ("je", "crois", "que"), ("je", "pense"), ("je", "crois"),
           ("i", "reiterate", "that"), ("i", "reiterate"), ("i", "say", "again"),
           ("je", "repete"), ("je", "reitere", "que"), ("je", "repete", "que"),
           ("it", "looks", "like"), ("please", "be", "informed", "that"),
           ("no", "problem", "on", "board"), ("no", "problem"), ("pas", "de", "probleme"),
           ("no", "worries"), ("sans", "probleme"),
           ("be", "advised"), ("be", "informed"))  # fmt: skip
#: French elisions: "n'avons" is "ne avons".
_ELISIONS = {
    "n": "ne", "j": "je", "l": "le", "d": "de", "qu": "que", "c": "ce", "s": "se",
    "m": "me", "t": "te", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque",
}  # fmt: skip
#: French object clitics between the subject and the verb ("je vous demanderai").
_CLITICS = frozenset({"me", "te", "se", "nous", "vous", "le", "la", "les", "lui", "leur", "y", "en"})
_NUMBER_WORDS = frozenset({
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "niner",
    "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty",
    "hundred", "un", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix",
    "douze", "quinze", "vingt", "trente", "quarante", "cinquante", "soixante", "cent",
    "vingtaine", "dizaine", "centaine", "several", "plusieurs",
})  # fmt: skip
#: Nouns of equipment that a count can qualify ("a ten-man raft" is equipment).
_EQUIPMENT = frozenset({"raft", "liferaft", "rafts", "boat", "dinghy", "lifeboat", "radeau",
                        "survival", "craft", "rib", "tender"})  # fmt: skip
#: Words after a number that make it a count of persons ("40 on board", "20 of us").
_CONDITIONS = frozenset({"dead", "injured", "missing", "hurt", "wounded", "survivors", "morts",
                        "blesses", "disparus", "blesse", "mort", "disparu"})  # fmt: skip
#: Words that soften a number ("about 50", "environ 40").
_APPROX = frozenset({"approximately", "about", "around", "roughly", "some", "maybe", "only",
                     "just", "environ", "seulement", "presque", "nearly", "almost", "over"})
_ABOARD = frozenset({"onboard", "aboard", "pob", "pax", "souls", "bord", "us", "occupants",
                     "individuals", "nous"})  # fmt: skip
#: Words that follow a verb of command at once: its object or a particle.
_OBJECT_OPENERS = frozenset({
    "your", "the", "my", "our", "this", "that", "these", "those", "me", "us", "it", "them",
    "him", "her", "away", "back", "out", "off", "up", "down", "around", "here", "there",
    "now", "immediately", "clear", "all", "everything", "course", "speed",
})  # fmt: skip
_ADVERBS = frozenset({
    "just", "now", "currently", "still", "already", "really", "also", "immediately", "all",
    "right", "only", "then", "actually", "probably", "definitely", "certainly", "soon",
    "deja", "encore", "vraiment", "maintenant", "immediatement", "bien", "toujours", "aussi",
    "tout", "de", "suite", "actuellement", "bientot", "even", "never", "always", "finally",
})  # fmt: skip


@dataclass(slots=True)
class Clause:
    """The features of one clause (CLAUSES.md), over tokens ``[i, j)``."""

    i: int
    j: int
    lang: str
    mood: str = "declarative"
    agent: str = "none"
    agent_word: str | None = None
    modality: str = "none"
    polarity: str = "positive"
    predicate: str | None = None
    predicates: frozenset[str] = frozenset()
    lemmas: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    conditional: bool = False
    polite: bool = False
    inverted: bool = False
    echo: bool = False
    count: int | None = None
    content: int = 0
    name: bool = False
    start: int = -1
    chars: tuple[int, int] = (0, 0)
    passive: bool = False
    after_island: bool = False
    known: bool = False
    receipt: bool = False
    words: list[str] = field(default_factory=list)

    def features(self) -> dict[str, Any]:
        """The features as the report shows them (only those that say something)."""
        out: dict[str, Any] = {"mood": self.mood, "polarity": self.polarity}
        if self.agent != "none":
            out["agent"] = self.agent if not self.agent_word else f"{self.agent}:{self.agent_word}"
        if self.modality != "none":
            out["modality"] = self.modality
        if self.predicate:
            out["predicate"] = self.predicate
        if self.objects:
            out["objects"] = sorted(self.objects)
        if self.conditional:
            out["conditional"] = True
        if self.echo:
            out["echo"] = True
        if self.count is not None:
            out["count"] = self.count
        out["language"] = self.lang
        return out


#: Station names of the context by first word ("cross": (("cross", "gris", "nez"),)).
Names = dict[str, tuple[tuple[str, ...], ...]]


def split(
    toks: list[Tok],
    skip: frozenset[int],
    lang: str,
    text: str = "",
    names: Names | None = None,
    objects_after: frozenset[int] | None = None,
    places: frozenset[int] = frozenset(),
) -> list[Clause]:
    """The clauses of an utterance's tokens, each read into features. ``skip`` are
    the indices of tokens that the grammar explained (call-ups, signals): they end a
    clause and are not read."""
    pieces: list[tuple[int, int, bool]] = []  # (i, j, ends with "?")
    start = 0
    n = len(toks)
    for k in range(n + 1):
        w = toks[k].w if k < n else "|"
        if k < n and k not in skip and w not in _ENDS:
            continue
        if k > start:
            pieces.append((start, k, w == "?"))
        start = k + 1
    out: list[Clause] = []
    for i, j, asked in pieces:
        parts = _subclauses(toks, i, j, asked, lang, text, names or {}, places)
        if parts and i > 0 and (i - 1) in (objects_after or ()):
            parts[0].after_island = True
        out += parts
    return out


def _subclauses(
    toks: list[Tok],
    i: int,
    j: int,
    asked: bool,
    lang: str,
    text: str,
    names: Names,
    places: frozenset[int] = frozenset(),
) -> list[Clause]:
    """A sentence cut at commas and conjunctions that start a new subject or verb,
    with conditions and subordinate clauses joined to the clause they lean on."""
    wl = words(_clause_lang(toks, i, j, lang))
    cuts = [i]
    ici = toks[i].w == "ici" and wl.lang == "fr"
    for k in range(i + 1, j):
        w = toks[k].w
        nxt = toks[k + 1].w if k + 1 < j else ""
        if k in places or (k - 1 in places and k + 1 in places):
            continue  # never inside a position the grammar read
        if ici and (w in wl.polite or w in ("vous", "nous", "je", "j") or w.startswith(("j'", "n'"))
                    or (w.endswith("ez") and len(w) > 3)):
            cuts.append(k)
            ici = False
        elif w == ",":
            if (
                _opens(nxt, wl)
                or (nxt in wl.determiners and nxt not in ("a", "an", "un", "une"))
                or nxt.isdigit()
                or nxt in _NUMBER_WORDS
                or nxt in _APPROX
                or (nxt in wl.split and k + 2 < j and _opens(toks[k + 2].w, wl, conj=True))
            ):
                cuts.append(k + 1)
        elif w in _SUBJECTS and k > i and _finite_next(nxt, wl) and _ends_clause(toks[k - 1].w, wl):
            cuts.append(k)
        elif w == "ici" and wl.lang == "fr":
            cuts.append(k)
            ici = True
        elif (w in wl.split or w in _CONSEQUENCE) and _opens(nxt, wl, conj=True) and toks[k - 1].w != ",":
            cuts.append(k)
        elif w in wl.wh and nxt and (nxt in wl.be or nxt in wl.do or nxt in wl.modal
                                     or nxt in ("many", "much")) \
                and toks[k - 1].w not in _SAY_VERBS and toks[k - 1].w not in wl.prepositions:
            cuts.append(k)  # "this is the coast guard what is your emergency"
    cuts.append(j)
    spans = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    merged: list[tuple[int, int, int]] = []  # (i, j, main clause start)
    lean = False
    for a, b in spans:
        first = toks[a].w if toks[a].w != "," else (toks[a + 1].w if a + 1 < b else "")
        if lean and merged:
            pa, _, _ = merged[-1]
            merged[-1] = (pa, b, a)
            lean = False
            continue
        merged.append((a, b, a))
        lean = (first in _SUBORDINATE and not (asked and b == j)) or (
            first in _CONSEQUENCE and b - a <= 2
        )
    out = []
    for a, b, main in merged:
        c = _read(toks, a, b, main, wl, asked and b == j, text, names, places)
        if c.words or (asked and b == j):
            out.append(c)
    return out


def _finite_next(word: str, wl: Words) -> bool:
    """Whether a word after a pronoun makes it a subject: an auxiliary, a modal, a
    negator, or an inflected verb."""
    return (
        word in wl.be or word in wl.have or word in wl.modal or word in wl.do
        or word in ("ne", "n", "just", "cannot", "will", "can", "are", "am")
        or (wl.lemma(word) != word and wl.lemma(word) in wl.verbs)
    )  # fmt: skip


def _ends_clause(prev: str, wl: Words) -> bool:
    """Whether the word before a pronoun can end a clause (not a preposition, a
    conjunction, an auxiliary that asks "are we …", a verb that reports "think we …")."""
    return not (
        prev in wl.prepositions or prev in wl.split or prev in wl.condition
        or prev in _SUBORDINATE or prev in _SAY_VERBS or prev in wl.be or prev in wl.have
        or prev in wl.do or prev in wl.modal or prev in wl.wh or prev in ("that", "than", "que",
                                                                          "qu", "think", "if")
        or prev == ","
    )  # fmt: skip


def _opens(word: str, wl: Words, *, conj: bool = False) -> bool:
    """Whether a word can open a new clause after a comma or a conjunction (after a
    conjunction, a verb alone does not: "search and rescue area")."""
    return (
        word in wl.pronouns
        or (word in wl.imperative and not conj)
        or word in wl.wh
        or word in wl.condition
        or word in _SUBORDINATE
        or word in _CONSEQUENCE
        or (wl.lang == "fr" and word.endswith(("ez", "er", "ir", "re")) and len(word) > 3
            and (word in wl.lemmas or word in wl.lemmas.values()))
        or word in ("do", "don't", "please", "ne", "n", "let", "ici")
    )


def _clause_lang(toks: list[Tok], i: int, j: int, lang: str) -> str:
    """The clause's own language where its words say so clearly (two or more words
    that only it knows, more than the other's), else the utterance's."""
    if lang not in ("en", "fr"):
        return "en"
    en, fr = known("en"), known("fr")
    e = f = 0
    for k in range(i, j):
        w = toks[k].w
        if not w[0].isalpha():
            continue
        w = w.rpartition("'")[2] or w
        a, b = w in en, w in fr
        e += a and not b
        f += b and not a
    if f > e and f >= 2:
        return "fr"
    if e > f and e >= 2:
        return "en"
    return lang


def _expand(
    toks: list[Tok],
    i: int,
    j: int,
    lang: str,
    at: list[int] | None = None,
    places: frozenset[int] = frozenset(),
) -> list[str]:
    """The words of a clause with French elisions split, commas dropped and each
    position the grammar read as one word, :data:`PLACE`; ``at`` (when given)
    receives the token index of every word."""
    out: list[str] = []
    for k in range(i, j):
        w = toks[k].w
        if k in places:
            if not out or out[-1] != PLACE:
                out.append(PLACE)
                if at is not None:
                    at.append(k)
            continue
        if w == ",":
            continue
        words = [w]
        if "'" in w:
            head, _, tail = w.partition("'")
            if lang == "fr" and head in _ELISIONS:
                words = [_ELISIONS[head], tail]
            elif head in ("let",) and tail == "s":
                words = ["let", "us"]
            elif tail in ("s", "re", "ve", "ll", "d", "m"):
                words = [head, {"s": "is", "re": "are", "ve": "have", "ll": "will", "d": "would",
                                "m": "am"}[tail]]  # fmt: skip
        out += words
        if at is not None:
            at += [k] * len(words)
    return out


def _read(
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
    allw = _expand(toks, i, j, lang, at, places)
    head = _expand(toks, i, main, lang, None, places) if main > i else []
    if not head and allw and allw[0] in ("if", "unless", "si"):
        # "if you obey you will be safe": the main clause starts at the next subject
        for k in range(2, len(allw)):
            if allw[k] in wl.pronouns and allw[k - 1] not in wl.prepositions and allw[k] != "it":
                head = allw[:k]
                break
    ws = allw[len(head) :] if head else allw
    c = Clause(i=i, j=j, lang=lang)
    c.chars = (toks[i].s, toks[j - 1].e)
    c.conditional = bool(head) and head[0] in ("if", "unless", "si")
    c.name = _is_name(toks, i, j, text, allw, wl) or _named(allw, names)
    lemmas: set[str] = set()
    objects: set[str] = set()
    for k, w in enumerate(allw):
        lemma = wl.lemma(w)
        lemmas.add(w)
        lemmas.add(lemma)
        if w == PLACE:
            objects.add("position")
        elif not _closed(w, wl) and not (k + 1 < len(allw) and allw[k + 1] in _REGION):
            objects.update(wl.object_classes(w, lemma))
        if w in wl.polite:
            c.polite = True
        if w.isdigit() or w in _NUMBER_WORDS:
            c.count = _count(allw, k, w, wl, c.count)
            if c.count is None and k >= 2 and allw[k - 1] in ("are", "were", "sommes", "etions") \
                    and allw[k - 2] in wl.speaker and w.isdigit() and len(w) <= 4:
                c.count = int(w)  # "we are 4", "nous sommes 43"
    if c.count is not None:
        objects.add("persons")
    for a, b in zip(allw, allw[1:], strict=False):
        lemmas.add(f"{a} {b}")
    c.lemmas = frozenset(lemmas)
    vocab = known(lang)
    c.known = any((w.rpartition("'")[2] or w) in vocab or w.isdigit() for w in allw)
    c.objects = frozenset(objects)
    c.words = allw
    p = 0
    n = len(ws)
    # leads, hedges and consequence words
    while p < n:
        w = ws[p]
        if w in _CONSEQUENCE:
            c.conditional = True
            p += 1
            continue
        hedge = _phrase_at(ws, p, _HEDGES)
        if hedge:
            p += hedge
            continue
        if w in _RECEIPTS:
            c.receipt = True
        if w in wl.lead or w in wl.polite or (w in _ADVERBS and w not in ("all",)):
            if w in ("no", "non") and p + 1 < n and ws[p + 1] in ("one", "body"):
                break
            p += 1
            continue
        if w in ("est", "est-ce") and lang == "fr" and p + 2 < n and ws[p + 1] in ("ce", "-ce"):
            c.mood = "interrogative"
            p += 2
            continue
        break
    body = ws[p:]
    if body and not head:
        c.start = at[len(allw) - len(body)]  # leads ("roger", "oui") are not the act
    if asked:
        c.mood = "interrogative"
    c.content = sum(
        1
        for w in body
        if w not in wl.determiners and w not in wl.prepositions and w not in wl.pronouns
        and w not in wl.be and w not in wl.have and w not in wl.lead
    )
    if not body:
        return c
    _structure(c, body, wl, toks, i, j, text, names)
    if c.mood == "declarative" and asked:
        c.mood = "interrogative"
    if c.mood == "interrogative" and not c.inverted and body and body[0] not in wl.wh:
        c.echo = c.agent != "none"
    return c


_RECEIPTS = frozenset({"roger", "copy", "copied", "understood", "received", "recu", "compris",
                       "understand"})  # fmt: skip
_NAME_GLUE = frozenset({"of", "the", "de", "du", "des", "le", "la", "les", "and", "et", "bonjour",
                        "hello", "ici", "s", "out", "termine"})  # fmt: skip


def _named(allw: list[str], names: Names) -> bool:
    """Whether a clause is only station names of the transcript ("north star north
    star" in lower-case recognised speech), with the words that join them."""
    k, n, found = 0, len(allw), False
    while k < n:
        w = allw[k]
        match = next((nm for nm in names.get(w, ()) if tuple(allw[k : k + len(nm)]) == nm), None)
        if match is not None:
            k += len(match)
            found = True
        elif w in _NAME_GLUE:
            k += 1
        else:
            return False
    return found


def _is_name(toks: list[Tok], i: int, j: int, text: str, allw: list[str], wl: Words) -> bool:
    """A clause that only names a station: "Queen of the North.", "Le CROSS Med,
    bonjour.", "ici le Caporal" — a call-up without "this is"."""
    if not allw or len(allw) > 12:
        return False
    if allw[0] == "ici" and wl.lang == "fr":
        return len(allw) > 1 and not any(
            w in wl.pronouns and w not in ("le", "la") or (w.endswith("ez") and len(w) > 3)
            for w in allw[1:]
        )
    if any(w in _APPROX or w in _ABOARD or w.isdigit() and len(allw) < 3 for w in allw):
        return False  # "Approximately 200.", "4 POB": a count, not a name
    if any(w in wl.objects.get("persons", ()) for w in allw):
        return False
    upper = 0
    station = any(w in wl.stations for w in allw)
    for k in range(i, j):
        w = toks[k].w
        if not w[0].isalpha():
            continue
        ch = text[toks[k].s : toks[k].s + 1] if text else ""
        if w in wl.be or w in wl.have or w in wl.modal or w in wl.lead or (
            w in wl.imperative and not ch.isupper()
        ):
            if w not in _NAME_GLUE:
                return False
        if w in wl.pronouns and w not in ("le", "la"):
            return False
        if ch.isupper() or w in wl.stations or w in wl.authorities:
            upper += 1
        elif station and not (w in known("en") or w in known("fr")):
            pass  # "crescent city coastguard": a place name beside a station word
        elif w not in _NAME_GLUE:
            return False
        if k == i and w in wl.imperative and j - i > 1:
            return False
    if upper == 1 and len(allw) == 1:
        # one capitalised word alone names a station only if it is no common word
        # ("Capitainerie," yes; "Caution," "Danger," no)
        w = allw[0]
        return w in wl.stations or w in wl.authorities or not (
            w in known("en") or w in known("fr") or w in lexicon().known_words
        )
    return upper > 0


def _closed(w: str, wl: Words) -> bool:
    return (
        w in wl.be or w in wl.have or w in wl.pronouns or w in wl.determiners
        or w in wl.prepositions or w in wl.negators or w in wl.lead
    )  # fmt: skip


def _phrase_at(ws: list[str], p: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    for ph in phrases:
        if tuple(ws[p : p + len(ph)]) == ph:
            return len(ph)
    return 0


def _count(allw: list[str], k: int, w: str, wl: Words, current: int | None) -> int | None:
    """A number that counts persons: "43 personnes", "four people on board"; not "a
    ten-man raft", whose count qualifies equipment."""
    persons = wl.objects.get("persons", frozenset())
    for m in range(k + 1, min(k + 4, len(allw))):
        nxt = allw[m]
        if nxt in persons or wl.lemma(nxt) in persons or nxt in _ABOARD or nxt in _CONDITIONS:
            after = allw[m + 1] if m + 1 < len(allw) else ""
            if after in _EQUIPMENT:
                return current
            if current is not None:
                return current
            if w.isdigit():
                return int(w) if len(w) <= 6 else -1
            start = k
            while start > 0 and allw[start - 1] in _NUMBER_WORDS:
                start -= 1
            value = spoken_number(" ".join(allw[start:m])) if wl.lang == "en" else None
            return int(value) if value is not None and value >= 0 else -1
        if nxt.isalpha() and nxt not in wl.determiners and nxt not in ("de", "d", "of"):
            if nxt in _NUMBER_WORDS or nxt in _CONDITIONS:
                continue
            return current
    return current


def _structure(
    c: Clause, body: list[str], wl: Words, toks: list[Tok], i: int, j: int, text: str,
    names: Names,
) -> None:
    """Mood, agent, modality, polarity and predicate from the clause's body."""
    lang = wl.lang
    n = len(body)
    p = 0
    first = body[0]
    # negation belongs to the verb it is said with (read by the verb chain); only
    # a clause that opens with it ("not in our waters", "nobody is hurt") is
    # negated here: "we need a doctor, one man is not breathing" asks for help
    second = body[1] if n > 1 else ""
    negated = first in ("never", "not", "ne", "n", "nothing", "nobody", "none", "aucun", "aucune",
                        "rien", "jamais") or (first == "no" and second in ("one", "body")) or (
        first in ("do", "don't") and second in ("not", "never")) or (
        first == "personne" and second in ("ne", "n"))
    c.polarity = "negative" if negated else "positive"
    # wh-questions and inversion
    if first in wl.wh and not (lang == "fr" and first in ("que", "qui") and c.mood != "interrogative"):
        if not (first == "when" and c.mood != "interrogative"):
            c.mood = "interrogative"
            p = 1
            while p < n and (body[p] in wl.determiners or body[p] in ("many", "much", "long",
                                                                      "far", "old", "big")):
                p += 1
            # "what is your position": the noun after the auxiliary is what is asked
    elif lang == "en" and (first in wl.be or first in wl.have or first in wl.do or first in wl.modal) \
            and n > 1 and (body[1] in wl.pronouns or body[1] in wl.determiners
                           or body[1] in ("there", "it")):
        c.mood = "interrogative"
        c.inverted = True
    elif lang == "fr" and n > 1 and body[1] in ("vous", "nous", "tu", "il", "elle", "ils", "on") \
            and _hyphenated(toks, i, j, first, body[1], text):
        c.mood = "interrogative"
        c.inverted = True
        c.agent = _person(body[1], wl)
        _verb_chain(c, body, 0, wl, skip_subject=True)
        return
    # imperative: a bare verb first, or "do not" / "ne … pas" + verb, or "let us"
    if c.mood != "interrogative":
        k = 0
        if body[0] in ("do", "don't") and n > 1 and body[1] in ("not", "never"):
            k = 2
        elif body[0] in ("never",):
            k = 1
        elif lang == "fr" and body[0] in ("ne", "n"):
            k = 1
        named = k < n and any(
            tuple(body[k : k + len(nm)]) == nm for nm in names.get(body[k], ())
        )
        if k < n and not named and _imperative(body, k, wl, toks, i, j):
            c.mood = "imperative"
            if body[k] == "let" and k + 1 < n and body[k + 1] == "us":
                c.agent = "speaker"
                k += 2
            else:
                c.agent = "addressee"
            _predicate(c, body, k, wl)
            return
    # subject
    q = p
    while q < n and q < p + 6:
        w = body[q]
        for name in names.get(w, ()):
            if tuple(body[q : q + len(name)]) == name and q + len(name) < n:
                # a station of the transcript: "cross gris nez is coordinating"
                c.agent = "authority" if any(x in wl.authorities for x in name) else "third"
                c.agent_word = " ".join(name)
                _verb_chain(c, body, q + len(name), wl, skip_subject=True)
                return
        if lang == "fr" and w == "il" and q + 2 < n and body[q + 1] == "y" and body[q + 2] in ("a", "avait", "aura"):
            c.agent = "third"
            c.agent_word = "there"
            c.predicate = "etre"
            c.predicates = frozenset({"etre", "be", "il y a"})
            return
        if lang == "fr" and w == "il" and q + 1 < n and body[q + 1] == "faut":
            c.agent = "none"
            c.modality = "must"
            _verb_chain(c, body, q + 2, wl, skip_subject=True)
            return
        if w in wl.pronouns:
            c.agent = _person(w, wl)
            if w in _EVERYONE:
                c.agent = "persons"
            if w in ("there",) and q + 1 < n and body[q + 1] in wl.be:
                c.agent_word = "there"
            _verb_chain(c, body, q + 1, wl, skip_subject=True)
            return
        if w in wl.determiners:
            # a noun subject: "my ship is dangerous", "le CROSS prend la coordination"
            end = q + 1
            while end < n and end < q + 6 and not _verbal(body[end], wl):
                end += 1
            if q + 1 < end < n:
                _noun_agent(c, w, body[q + 1 : end], wl)
                _verb_chain(c, body, end, wl, skip_subject=True)
                return
            break
        if w in wl.be or w in wl.have or w in wl.modal or w in wl.negators:
            break
        # a bare noun or name followed by an auxiliary: "Falmouth is coordinating"
        if q + 1 < n and (body[q + 1] in wl.be or body[q + 1] in wl.modal or body[q + 1] in wl.have) \
                and body[q + 1] not in ("a",):
            _noun_agent(c, "", [w], wl)
            _verb_chain(c, body, q + 1, wl, skip_subject=True)
            return
        q += 1
    _verb_chain(c, body, p, wl, skip_subject=False)


def _verbal(w: str, wl: Words) -> bool:
    """A word that ends a noun subject: an auxiliary, a modal, a negator, a French
    clitic, or an inflected form of a verb."""
    if w in wl.be or w in wl.have or w in wl.modal or w in wl.do or w in wl.negators:
        return True
    if wl.lang == "fr" and w in ("ne", "n", "se", "s", "nous", "vous", "y", "en"):
        return True
    lemma = wl.lemma(w)
    return lemma != w and lemma in wl.verbs or (wl.lang == "en" and w.endswith("ed") and len(w) > 4)


def _hyphenated(toks: list[Tok], i: int, j: int, verb: str, pron: str, text: str) -> bool:
    """Whether ``verb-pron`` was written with a hyphen (French inversion)."""
    for k in range(i, j - 1):
        if toks[k].w == verb and toks[k + 1].w == pron:
            between = text[toks[k].e : toks[k + 1].s]
            return between.strip() in ("-", "-t-", "‑")
    return False


def _adjectival(w: str, wl: Words) -> bool:
    return w in ("main", "last", "other", "first", "second", "small", "big", "migrant",
                 "whole", "french", "british", "english", "libyan", "maltese", "russian",
                 "spanish", "italian", "chinese", "military", "engine", "only", "same")  # fmt: skip


def _finite(w: str, wl: Words) -> bool:
    lemma = wl.lemma(w)
    return lemma != w and not w.endswith("ing") or w.endswith("ed")


def _noun_agent(c: Clause, det: str, noun: list[str], wl: Words) -> None:
    head = noun[-1]
    lemma = wl.lemma(head)
    classes = wl.object_classes(head, lemma)
    if "casualty" in classes:
        c.agent = "casualty" if det in ("my", "our", "mon", "ma", "notre", "nos", "mes") else "third"
        if c.agent == "third":
            c.agent = "casualty"
    elif any(w in wl.authorities for w in noun):
        c.agent = "authority"
    elif "persons" in classes:
        c.agent = "persons"
    elif "help" in classes:
        c.agent = "third"
        c.agent_word = "help"
        return
    else:
        c.agent = "third"
    c.agent_word = " ".join(noun)


def _person(w: str, wl: Words) -> str:
    if w in wl.speaker:
        return "speaker"
    if w in wl.addressee:
        return "addressee"
    return "third"


def _imperative(body: list[str], k: int, wl: Words, toks: list[Tok], i: int, j: int) -> bool:
    w = body[k]
    nxt = body[k + 1] if k + 1 < len(body) else ""
    if wl.lang == "fr":
        if w in wl.imperative:
            return True
        if w.endswith("ez") and len(w) > 3 and w not in ("chez", "assez", "nez"):
            return True
        return w.endswith(("er", "ir", "re")) and w in wl.verbs and k == 0 and len(body) > 1
    if nxt in wl.be or nxt in wl.modal or nxt in ("is", "are", "s"):
        return False
    if w not in wl.imperative:
        # an uncommon verb still opens an order when its object or a particle
        # follows it at once ("Vacate the area", "Turn around"): a word that is no
        # inflected form, no known noun, no closed-class word
        return (
            nxt in _OBJECT_OPENERS
            and wl.lemma(w) == w
            and not w.endswith(("s", "ed", "ing", "ly"))
            and not _closed(w, wl)
            and w not in wl.authorities
            and not any(w in members for members in wl.objects.values())
            and w not in wl.wh
            and w not in _NUMBER_WORDS
        )
    return not (nxt == "" and w not in ("go", "stop", "help", "wait", "come", "leave", "hurry"))


def _verb_chain(c: Clause, body: list[str], q: int, wl: Words, *, skip_subject: bool) -> None:
    """Auxiliaries, modals and negators after the subject, then the predicate."""
    n = len(body)
    saw_be = saw_have = False
    modality = "none"
    negated = c.polarity == "negative"
    lang = wl.lang
    while q < n:
        w = body[q]
        if lang == "fr" and w == "en" and q + 2 < n and body[q + 1] == "train":
            q += 3 if body[q + 2] in ("de", "d") else 2  # "en train de couler": a progressive
            continue
        if lang == "fr" and w in _CLITICS and q + 1 < n and body[q + 1] not in wl.determiners:
            q += 1
            continue
        if w in wl.negators or w in ("ne", "pas"):
            negated = True
            q += 1
            continue
        if w in _ADVERBS:
            q += 1
            continue
        if w == "to" or w == "de" and modality != "none":
            q += 1
            continue
        if w in ("going", "about") and q + 1 < n and body[q + 1] == "to":
            modality = _stronger(modality, "will")
            q += 2
            continue
        if w in ("have", "has", "had", "got") and q + 1 < n and body[q + 1] == "to":
            modality = _stronger(modality, "must")
            q += 2
            continue
        if w == "would" and q + 1 < n and body[q + 1] in ("like", "love"):
            modality = _stronger(modality, "want")
            # "we would like to leave": the verb follows; "we would like a tow": "like" is it
            q += 2 if q + 2 < n and body[q + 2] == "to" else 1
            if body[q] in ("like", "love"):
                break
            continue
        if w == "not" and q + 1 < n and body[q + 1] in ("able", "willing"):
            modality = _stronger(modality, "cannot" if body[q + 1] == "able" else "unwilling")
            q += 2
            continue
        if w in wl.modal:
            m = wl.modal[w]
            if w in wl.be:
                saw_be = True  # "vous serez bombardés": a future of être
            if w in ("need", "needs", "like", "want", "wants", "wish", "hope", "prefer", "plan",
                     "refuse", "refuses", "refused",
                     "intend", "besoin", "compte") and not _to_follows(body, q, lang):
                break  # "we need help": a verb, not a modal
            if w in ("required", "ordered", "obliged", "advised") and not saw_be:
                break
            modality = _stronger(modality, m)
            q += 1
            continue
        if w in wl.be:
            saw_be = True
            q += 1
            continue
        if w in wl.have:
            saw_have = True
            q += 1
            continue
        if w in wl.do:
            nxt = body[q + 1] if q + 1 < n else ""
            if nxt == "" or nxt in wl.determiners or nxt in _DO_OBJECTS or nxt in wl.pronouns:
                break  # "we will do that", "do as you say": do is the verb
            q += 1
            continue
        break
    tail = body[q + 1 : q + 4]
    if any(w in _AFTER_VERB_NEGATORS for w in tail) or (
        q < n and body[q] in ("no", "nothing", "aucun", "aucune", "rien")
    ):
        negated = True  # "we have no power", "je n'ai rien reçu"
    if negated:
        c.polarity = "negative"
    if negated and modality == "will":
        modality = "unwilling"
    if negated and modality == "can":
        modality = "cannot"
    if q >= n:
        if saw_be:
            c.predicate = "etre" if lang == "fr" else "be"
        elif saw_have:
            c.predicate = "avoir" if lang == "fr" else "have"
        c.predicates = frozenset({c.predicate} if c.predicate else ())
        c.modality = modality
        return
    verb = body[q]
    lemma = wl.lemma(verb)
    is_verb = (lemma != verb and lemma in wl.verbs) or verb in wl.verbs or verb.endswith(("ing", "ed")) or (
        lang == "fr" and lemma != verb)
    base_after_be = lang == "en" and lemma == verb and not verb.endswith("ing")
    if saw_be and (not is_verb or (base_after_be and modality == "none")):
        # "that is correct": after a copula, a base form is an adjective or a noun
        c.predicate = "etre" if lang == "fr" else "be"
        c.predicates = frozenset({c.predicate})
    elif saw_have and not is_verb:
        c.predicate = "avoir" if lang == "fr" else "have"
        c.predicates = frozenset({c.predicate})
    elif not is_verb and not saw_be and not saw_have and lang == "en" and verb not in _KNOWN_VERBS():
        c.predicate = None
        c.predicates = frozenset()
    else:
        _predicate(c, body, q, wl)
        c.passive = saw_be and lemma != verb and not verb.endswith("ing")
        if saw_have and verb != lemma and (verb.endswith(("ed", "en", "e", "i", "u", "t"))):
            modality = _stronger(modality, "done")
        elif not saw_be and lang == "en" and verb != lemma and not verb.endswith(("ing", "s")):
            modality = _stronger(modality, "done")
        if lang == "fr" and verb.endswith(("rai", "ra", "rons", "rez", "ront")) and modality == "none":
            modality = "will"
    if lang == "fr" and saw_have and verb.endswith(("e", "i", "u", "is", "it")) and modality == "none" \
            and c.predicate not in ("avoir",):
        modality = "done"
    c.modality = modality


def _KNOWN_VERBS() -> frozenset[str]:  # noqa: N802
    from checker.phraseology.frames import predicate_lemmas

    return predicate_lemmas()


def _to_follows(body: list[str], q: int, lang: str) -> bool:
    if q + 1 >= len(body):
        return False
    nxt = body[q + 1]
    if lang == "fr":
        return nxt in ("de", "d") and q + 2 < len(body) and body[q + 2].endswith(("er", "ir", "re"))
    return nxt == "to" or nxt == "you"


def _stronger(old: str, new: str) -> str:
    if old == "none":
        return new
    order = ("cannot", "unwilling", "must", "should", "want", "will", "can", "done")
    return new if order.index(new) < order.index(old) else old


def _predicate(c: Clause, body: list[str], q: int, wl: Words) -> None:
    verb = body[q]
    lemma = wl.lemma(verb)
    preds = {lemma, verb}
    nxt = body[q + 1] if q + 1 < len(body) else ""
    if nxt and (nxt in wl.particles or nxt in ("on", "in")):
        preds.add(f"{lemma} {nxt}")
        c.predicate = f"{lemma} {nxt}"
    else:
        c.predicate = lemma
    if wl.lang == "fr" and nxt == "en" and q + 2 < len(body):
        preds.add(f"{lemma} en {body[q + 2]}")
        if body[q + 2] in ("charge", "danger"):
            c.predicate = f"{lemma} en {body[q + 2]}"
    c.predicates = frozenset(preds)
