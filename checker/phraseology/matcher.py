"""The lexicon pass: phrase families matched on the normalised utterance.

Each utterance is tried only against the patterns indexed under its words. Slots
are read from the match and normalised here: numbers through the grammar, action
verbs to their base form, and near misses of recognised speech resolved with
rapidfuzz, guarded by word length, a score cut-off and (for action verbs) the first
letter, so that fuzzy matching never invents an act: it only repairs a word that
sits where a known phrase expects a content word.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from checker.defaults import empty_dict
from checker.phraseology.grammar import spoken_number, vocabulary
from checker.phraseology.lexicon import Family, Lexicon, Pattern, lexicon
from checker.phraseology.model import ActSource, ClauseFacts
from checker.phraseology.parts import Tok
from checker.vocabulary import ActKind

#: Score (0 to 100) a word must reach to be taken for a lexicon word it is not.
NEAR_MISS_CUTOFF = 88.0
#: The looser cut-off for a word in an action slot ("export" for "escort").
ACTION_CUTOFF = 65.0
MIN_NEAR_MISS_LENGTH = 6
MIN_ACTION_LENGTH = 5
#: Longer "words" are noise (or a pasted blob), never a near miss.
MAX_WORD_LENGTH = 24
_TRIM = frozenset(
    {"in", "at", "on", "by", "for", "because", "as", "but", "and", "then", "please", "now",
     "immediately", "quickly", "over", "out", "within", "about", "there", "soon", "today"}
)  # fmt: skip


@dataclass(slots=True)
class Cand:
    """A candidate act over tokens ``[i, j)`` before overlaps are resolved (slotted:
    an utterance makes a handful, read field by field many times)."""

    kind: ActKind
    i: int
    j: int
    source: ActSource
    confidence: float
    priority: int
    slots: dict[str, Any] = field(default_factory=empty_dict)
    assumed: dict[str, str] = field(default_factory=empty_dict)
    family: Family | None = None
    words: frozenset[str] = frozenset()
    frame: str | None = None
    clause: ClauseFacts | None = None


def near_miss(word: str) -> tuple[str, float] | None:
    """The lexicon word a recognised word probably was, with the score, or None."""
    return _near_miss(word)


@lru_cache(maxsize=8192)
def _near_miss(word: str) -> tuple[str, float] | None:
    lex = lexicon()
    if not MIN_NEAR_MISS_LENGTH <= len(word) <= MAX_WORD_LENGTH or not word.isalpha():
        return None
    if word in lex.known_words or word in vocabulary() or word.startswith(lex.wildcard_prefixes):
        return None
    # here: most transcripts never need it
    # (measured: benchmarks/README.md, 'phraseology.matcher._near_miss')
    from rapidfuzz import fuzz, process

    best = process.extractOne(
        word, lex.content_words, scorer=fuzz.ratio, score_cutoff=NEAR_MISS_CUTOFF
    )
    return (best[0], float(best[1])) if best else None


def lemma(word: str, lex: Lexicon) -> str | None:
    """The base form of an action verb ("escorting" → "escort"), or None."""
    if word in lex.actions:
        return word
    if word in lex.irregular:
        return lex.irregular[word]
    for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", "")):
        if word.endswith(suffix):
            stem = word[: -len(suffix)] + repl
            if stem in lex.actions:
                return stem
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in lex.actions:
                return stem[:-1]
    return None


@lru_cache(maxsize=4096)
def action_near_miss(word: str) -> tuple[str, float] | None:
    """An action verb heard wrongly: same first letter, score ≥ ``ACTION_CUTOFF``."""
    lex = lexicon()
    if not MIN_ACTION_LENGTH <= len(word) <= MAX_WORD_LENGTH or not word.isalpha():
        return None
    choices = [v for v in lex.action_list if v[0] == word[0] and len(v) >= 4]
    from rapidfuzz import fuzz, process

    best = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=ACTION_CUTOFF)
    return (best[0], float(best[1])) if best else None


RawSlots = dict[str, tuple[str, int, int]]


def match(
    lexstring: str, words: set[str], positions: list[int], lex: Lexicon
) -> list[tuple[Family, Pattern, int, int, RawSlots]]:
    """Every match of every candidate pattern: family, unit range, raw slots.

    ``positions`` gives, for each unit, its start offset in ``lexstring``; ``words``
    are the words of ``lexstring``. A pattern is tried only if it is indexed under
    one of them and the utterance has a word of every set it requires: the index
    holds each pattern under one set, and on corpus-1000 the others rule out most of
    the patterns it selects (measured: benchmarks/README.md,
    'phraseology.matcher.match'). Patterns are numbered once in the lexicon's order
    (:func:`_flat`), so that an utterance collects and sorts small integers, not
    pairs looked up through their family.
    """
    index, unanchored, entries = _flat(lex)
    refs: set[int] = set(unanchored)
    for w in index.keys() & words:  # the indexed words of the utterance, found in C
        refs.update(index[w])
    out: list[tuple[Family, Pattern, int, int, RawSlots]] = []
    disjoint = words.isdisjoint
    for ref in sorted(refs):
        fam, pattern = entries[ref]
        # in C, without a generator
        # (measured: benchmarks/README.md, 'phraseology.matcher.match')
        if any(map(disjoint, pattern.required)):
            continue
        for m in pattern.regex.finditer(lexstring):
            start, end = m.span()
            while start + 1 < end and lexstring[start] in ",¦" and lexstring[start + 1] == " ":
                start += 2
            if end <= start:
                continue
            u0 = unit_at(positions, start)
            u1 = unit_at(positions, end - 1) + 1
            slots = {
                k: (v, unit_at(positions, m.start(k)), unit_at(positions, m.end(k) - 1) + 1)
                for k, v in m.groupdict().items()
                if v and v.strip(" ,¦")
            }
            out.append((fam, pattern, u0, u1, slots))
    return out


#: The lexicon's patterns numbered in order: by word, the numbers of the patterns
#: indexed under it; the unanchored ones; each number's family and pattern.
_Flat = tuple[dict[str, tuple[int, ...]], tuple[int, ...], tuple[tuple[Family, Pattern], ...]]
_FLAT: list[tuple[Lexicon, _Flat]] = []


def _flat(lex: Lexicon) -> _Flat:
    """The numbered patterns of ``lex``, made once per lexicon (kept for the last one)."""
    if _FLAT and _FLAT[0][0] is lex:
        return _FLAT[0][1]
    refs = sorted({r for found in lex.index.values() for r in found} | set(lex.unanchored))
    number = {ref: n for n, ref in enumerate(refs)}
    flat: _Flat = (
        {w: tuple(number[r] for r in found) for w, found in lex.index.items()},
        tuple(number[r] for r in lex.unanchored),
        tuple((lex.families[f], lex.families[f].patterns[p]) for f, p in refs),
    )
    _FLAT[:] = [(lex, flat)]
    return flat


def unit_at(positions: list[int], offset: int) -> int:
    """The unit whose text contains ``offset`` (binary search; the first unit for an
    offset before it)."""
    return max(bisect_right(positions, offset) - 1, 0)


def clean_slots(
    raw: RawSlots, toks: list[Tok], text: str, zones: list[dict[str, Any]]
) -> dict[str, Any]:
    """Slot values as rules want them: numbers as numbers, zones resolved, phrases
    in the words that were said, trimmed of trailing function words ("the port in one
    hour" → "the port"); an intention's object split into object / with / destination.

    ``raw`` maps a slot to its normalised value and its token range.
    """
    slots: dict[str, Any] = {}
    for key, (value, ti, tj) in raw.items():
        name = key.split("__")[0]
        norm = " ".join([w for w in value.split() if w not in (",", "¦")])
        if not norm or name in slots:
            continue
        if norm.startswith("§z"):
            zone = zones[int(norm[2:].split()[0])]
            slots[name] = zone.get("ids") or zone["phrase"]
            slots[f"{name}_phrase"] = zone["phrase"]
            continue
        if name in ("count", "eta"):
            number = spoken_number(norm)
            if number is not None:
                slots[name] = int(number) if number == int(number) else number
            continue
        if name == "action" and " " not in norm:
            slots[name] = norm
            continue
        words = [t for t in toks[ti:tj] if t.w not in (",", "|", "?")]
        if name == "object":
            for part, cues in (("destination", _TO), ("with", ("with",))):
                cut = next((k for k, t in enumerate(words) if t.w in cues), None)
                if cut is not None:
                    if cut + 1 < len(words):
                        slots.setdefault(part, _said(words[cut + 1 :], text, True))
                    words = words[:cut]
        trim = name not in ("reason", "object", "what", "position")
        if name in ("port", "to"):
            cut = next((k for k, t in enumerate(words) if k and t.w in _TRIM), len(words))
            words = words[:cut]
        if words:
            slots[name] = _said(words, text, trim)
    return slots


_TO = ("to", "towards", "toward")


def _said(words: list[Tok], text: str, trim: bool) -> str:
    """The original text of a run of tokens, without trailing function words."""
    if trim:
        while len(words) > 1 and words[-1].w in _TRIM:
            words = words[:-1]
    return text[words[0].s : words[-1].e]
