"""The word classes and lemmas that clause analysis reads (CLAUSES.md).

Closed-class words (pronouns, auxiliaries, modals, negators, wh-words, politeness
forms, discourse leads, conjunctions, determiners, prepositions) are few and stable,
so they are data: ``data/words.en.toml`` and ``data/words.fr.toml``. Lemmas of the
open-class words that frames name come from simplemma through the generated table
``data/lemmas.tsv`` (see ``scripts/gen_lemmas.py``), with a few suffix rules for forms
the dictionary lacks. Everything is loaded once per process, on first use.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from checker.resources import cached_toml

#: The package's data files (word lists, frames, the lexicon).
DATA_DIR = Path(__file__).resolve().parent / "data"

#: Modality words in the order a clause reads them; the first that applies wins.
MODALITIES = ("cannot", "unwilling", "must", "should", "want", "will", "can")


@dataclass(frozen=True, slots=True)
class Words:
    """The word classes of one language, each a frozenset of normal-form words.
    An entry of several words ("have to", "bien recu") is not looked up here: the
    clause reader reads such sequences by its own rules ("have to", "going to",
    hedges of ``data/clause.toml``), and the others are documentation only."""

    lang: str
    speaker: frozenset[str]
    addressee: frozenset[str]
    third: frozenset[str]
    be: frozenset[str]
    have: frozenset[str]
    do: frozenset[str]
    modal: dict[str, str]
    negators: frozenset[str]
    wh: frozenset[str]
    polite: frozenset[str]
    lead: frozenset[str]
    split: frozenset[str]
    condition: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    particles: frozenset[str]
    #: light verbs and the nouns that make one predicate with them ("avoir besoin")
    light: dict[str, frozenset[str]]
    objects: dict[str, frozenset[str]]
    authorities: frozenset[str]
    imperative: frozenset[str]
    #: verbs that are nouns too ("search", "tow", "escort"): an order only when their
    #: object follows at once ("Search the area", not "Search pattern commenced")
    imperative_with_object: frozenset[str]
    common: frozenset[str]
    stations: frozenset[str]
    verbs: frozenset[str]
    lemmas: dict[str, str]
    pronouns: frozenset[str]
    #: word → the object classes it names (one look-up instead of one per class)
    object_index: dict[str, tuple[str, ...]]
    #: words that are no content of a clause: determiners, prepositions, pronouns,
    #: forms of "be" and "have", discourse leads (a clause's ``content`` counts the
    #: others, in one look-up a word)
    empty: frozenset[str]

    def lemma(self, word: str) -> str:
        """The lemma of a word: the table's, or a suffix rule's where the result is a
        lemma the table knows ("flooding" → "flood"), or the word itself. Memoised
        (bounded): a day of traffic says a few thousand distinct words."""
        found = self.lemmas.get(word)
        if found is not None:
            return found
        memo = _SUFFIX_MEMO[self.lang]
        found = memo.get(word)
        if found is None:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            found = memo[word] = _suffix_lemma(word, self.lang)
        return found

    def object_classes(self, word: str, lemma: str) -> tuple[str, ...]:
        """The object classes a word names: its own form's where the lists name it
        ("eaux" are waters, a position), else its lemma's ("flooding" → "flood")."""
        index = self.object_index
        found = index.get(word, ())
        if lemma != word and not found:
            more = index.get(lemma, ())
            if more:
                found = tuple(dict.fromkeys(found + more))
        return found


def forget_suffixes() -> None:
    """Empty the suffix-rule memos (see :func:`checker.phraseology.clause_read.forget_words`)."""
    for memo in _SUFFIX_MEMO.values():
        memo.clear()


#: Bound of the suffix-rule memo of each language.
MEMO_SIZE = 8192
_SUFFIX_MEMO: dict[str, dict[str, str]] = {"en": {}, "fr": {}}


def _suffix_lemma(word: str, lang: str) -> str:
    known = _known_lemmas()
    if lang == "fr":
        # past participles that the dictionary lemmatises as adjectives
        # ("bombardés" → "bombardé"): back to the verb the frames name
        stem = word[:-1] if word.endswith("s") else word
        for end, verb in (("ee", "er"), ("e", "er"), ("ie", "ir"), ("i", "ir")):
            if stem.endswith(end) and len(stem) > len(end) + 2:
                candidate = stem[: -len(end)] + verb
                if candidate in _table_verbs("fr"):
                    return candidate
        table = _lemma_table("fr")
        found = table.get(stem)
        if found is None and stem.startswith("re") and len(stem) > 6:
            # a verb said again that the dictionary lacks ("je vous réengage"): the
            # verb's own lemma, as the frames name it
            base = table.get(stem[2:])
            if base is not None and base in _table_verbs("fr"):
                return base
        return word if found is None else found
    if lang == "en":
        for suffix, repl in (
            ("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
            ("es", ""), ("s", ""), ("in", ""), ("in'", ""),
        ):  # fmt: skip
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                stem = word[: -len(suffix)] + repl
                if stem in known:
                    return stem
                if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in known:
                    return stem[:-1]  # "stopping" → "stopp" → "stop"
    return word


@lru_cache(maxsize=1)
def _known_lemmas() -> frozenset[str]:
    return frozenset(lemma for lang in ("en", "fr") for lemma in _lemma_table(lang).values())


def _object_index(objects: dict[str, frozenset[str]]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for name, members in objects.items():
        for member in members:
            index.setdefault(member, []).append(name)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=2)
def _lemma_table(lang: str) -> dict[str, str]:
    return _lemma_tables()[lang]


@lru_cache(maxsize=1)
def _lemma_tables() -> dict[str, dict[str, str]]:
    """Both languages' tables, from one read of the file (lines are "form lemma
    language", grouped by language)."""
    tables: dict[str, dict[str, str]] = {"en": {}, "fr": {}}
    for line in data_text("lemmas.tsv").splitlines():
        if line and line[0] != "#":
            form, lemma, code = line.split("\t")
            tables.setdefault(code, {})[form] = lemma
    return tables


def _verbs(lang: str, imperative: set[str] | frozenset[str]) -> frozenset[str]:
    """Lemmas the table shows to be verbs: one of their forms is a present
    participle (English "-ing") or a plural person (French "-ons", "-ez")."""
    return _table_verbs(lang) | {w for w in imperative if " " not in w}


@lru_cache(maxsize=2)
def _table_verbs(lang: str) -> frozenset[str]:
    ends = ("ing",) if lang == "en" else ("ons", "ez")
    return frozenset(lemma for form, lemma in _lemma_table(lang).items() if form.endswith(ends))


def data_toml(name: str) -> dict[str, Any]:
    """A TOML data file of this package, parsed. ``tomllib`` is pure Python and slow,
    so the parsed data is kept in the user's cache as JSON, keyed by the file's bytes,
    and read back from there by the next process (``RADIOCHECK_NO_CACHE`` turns it
    off; measured: benchmarks/README.md, 'phraseology.words.data_toml')."""
    data: dict[str, Any] = cached_toml(
        "data-" + name.replace(".", "-"), "phraseology-data", name, data_text(name)
    )
    return data


def data_text(name: str) -> str:
    """A data file of this package (inside the wheel as in a checkout). Read by path:
    ``importlib.resources`` would import ``zipfile`` for it, on every start
    (measured: benchmarks/README.md, 'phraseology.words.data_text')."""
    return (DATA_DIR / name).read_text(encoding="utf-8")


def _set(values: list[str]) -> frozenset[str]:
    return frozenset(v for v in values if " " not in v)


@lru_cache(maxsize=2)
def words(lang: str) -> Words:
    """The word classes of ``lang`` (``en`` or ``fr``), loaded once."""
    data = data_toml(f"words.{lang}.toml")
    pron, aux, modals = data["pronouns"], data["auxiliaries"], data["modals"]
    modal: dict[str, str] = {}
    for modality in MODALITIES:
        for w in modals.get(modality, []):
            if " " not in w:
                modal.setdefault(w, modality)
    objects = {k: frozenset(v) for k, v in data["objects"].items()}
    imperative = set(data.get("imperative", {}).get("verbs", []))
    with_object = _set(data.get("imperative", {}).get("with_object", []))
    pronouns = _set(pron["speaker"]) | _set(pron["addressee"]) | _set(pron["third"])
    determiners = _set(data["determiners"]["words"])
    prepositions = _set(data["prepositions"]["words"])
    lead = _set(data["discourse"]["lead"])
    return Words(
        lang=lang,
        speaker=_set(pron["speaker"]),
        addressee=_set(pron["addressee"]),
        third=_set(pron["third"]),
        be=_set(aux["be"]),
        have=_set(aux["have"]),
        do=_set(aux["do"]),
        modal=modal,
        negators=_set(data["negators"]["words"]),
        wh=_set(data["wh"]["words"]),
        polite=_set(data["politeness"]["request"]),
        lead=lead,
        split=_set(data["conjunctions"]["split"]),
        condition=_set(data["conjunctions"]["condition"]),
        determiners=determiners,
        prepositions=prepositions,
        particles=_set(data["particles"]["words"]),
        light={k: frozenset(v) for k, v in data.get("light", {}).items()},
        objects=objects,
        authorities=_set(data["authorities"]["words"]),
        imperative=frozenset(w for w in imperative if " " not in w),
        imperative_with_object=with_object,
        common=frozenset(data.get("common", {}).get("words", [])),
        verbs=_verbs(lang, imperative | with_object),
        stations=frozenset(data.get("stations", {}).get("words", [])),
        lemmas={**_lemma_table(lang), **data.get("lemma_overrides", {})},
        pronouns=pronouns,
        object_index=_object_index(objects),
        empty=determiners | prepositions | pronouns | _set(aux["be"]) | _set(aux["have"]) | lead,
    )


@lru_cache(maxsize=2)
def known(lang: str) -> frozenset[str]:
    """Every word of a language that the word lists and the lemma table know."""
    wl = words(lang)
    out: set[str] = set()
    for value in (
        wl.speaker, wl.addressee, wl.third, wl.be, wl.have, wl.do, wl.negators, wl.wh,
        wl.polite, wl.lead, wl.split, wl.condition, wl.determiners, wl.prepositions,
        wl.particles, wl.authorities, wl.imperative, wl.imperative_with_object,
        frozenset(wl.modal),
    ):  # fmt: skip
        out.update(value)
    for members in wl.objects.values():
        out.update(members)
    out.update(wl.lemmas)
    out.update(wl.lemmas.values())
    out.update(wl.common)
    return frozenset(out)


#: An utterance of at least this many words is checked for its language.
MIN_WORDS_FOR_LANGUAGE = 4


def uncovered(
    said: list[str],
    known_en: frozenset[str],
    neutral: frozenset[str] = frozenset(),
    text: str = "",
) -> bool:
    """Whether an utterance is in a language the tool does not cover: four or more
    words, of which under a third are English words the lexicon or the word lists
    know and under a third French ones ("Vi har kontroll, du må svinge" is
    neither). ``known_en`` are the phrase lexicon's words; ``neutral`` words (the
    number words) tell no language and are not counted: "Forty seven, forty seven
    persons" is English. A letter that neither English nor French writes ("å", "ø",
    "ä", "ß", "ñ") lowers the bar to two words, of which under half are known: "Du
    må svinge styrbord nå", "Han er i vannet", "Wir brauchen Hilfe"."""
    alpha = [
        w.rpartition("'")[2] or w
        for w in said
        if w[0].isalpha() and len(w) > 1 and w not in neutral
    ]
    foreign = not text.isascii() and not _FOREIGN.isdisjoint(text.lower())
    if len(alpha) < (2 if foreign else MIN_WORDS_FOR_LANGUAGE):
        return False
    en = _known_with(known_en)
    fr = known("fr")
    n = len(alpha)
    # a French order in "-ez" is French even where its verb is not listed ("agitez")
    french = sum(w in fr or (w.endswith("ez") and len(w) > 4) for w in alpha)
    share = 2 if foreign else 3
    return sum(w in en for w in alpha) * share < n and french * share < n


#: Letters neither English nor French writes (Scandinavian, German, Spanish,
#: Portuguese, Polish, Czech…).
_FOREIGN = frozenset("åøæäößñãõąęłńśźżčřšžğış")


@lru_cache(maxsize=2)
def _known_with(known_en: frozenset[str]) -> frozenset[str]:
    return known("en") | known_en


_ACCENTED = frozenset("éèêëàâùûçîïôœ")


def tally(said: Iterable[str]) -> tuple[int, int]:
    """How many of these words only English knows, and how many only French (a
    word both know, "a", "port", "est", tells nothing); elisions count by their
    word ("l'eau" is "eau"). The words are counted in C against sets made once
    (measured: benchmarks/README.md, 'phraseology.words.tally')."""
    en_only, fr_only = _only()
    ws = [
        (w.rpartition("'")[2] or w) if "'" in w else w
        for w in said
        if w[0].isalpha()  # a number, a clause end, a comma: neither language's
    ]
    return sum(map(en_only.__contains__, ws)), sum(map(fr_only.__contains__, ws))


@lru_cache(maxsize=1)
def _only() -> tuple[frozenset[str], frozenset[str]]:
    """The words only English knows, and those only French knows."""
    en, fr = known("en"), known("fr")
    return en - fr, fr - en


def french(said: list[str], text: str = "") -> bool:
    """Whether more of an utterance's words are French than English (:func:`tally`),
    and at least two ("C'est très chaud là" has too few of the lexicon's cue
    words), or one with no English-only word beside it; a word written with a
    French accent ("réception") counts for French."""
    e, f = tally(said)
    if not text.isascii():
        f += sum(1 for w in text.lower().split() if not _ACCENTED.isdisjoint(w))
    if f > e and f >= 2:
        return True
    # a short line may have one word only French knows and none only English
    # knows ("les enfants pleurent", "on est nombreux"): French too, once it has
    # a second word that both languages could say; or a French elision ("J'arrive.")
    if e == 0 and any(w[1:2] == "'" and w[0] in ELIDING and len(w) > 2 for w in said):
        return True
    # a line that opens with an order in the "vous" form that no English word spells
    # ("Reculez.", "Patientez.", "Rebroussez chemin.")
    first = next((w for w in said if w[0].isalpha()), "")
    if e == 0 and len(first) > 5 and first.endswith("ez") and first not in known("en"):
        return True
    return e == 0 and f == 1 and sum(1 for w in said if w[0].isalpha()) >= 2


#: First letters of French elisions ("j'arrive", "l'eau", "n'approchez", "c'est").
ELIDING = frozenset("jlndmtsc")
