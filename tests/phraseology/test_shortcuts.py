"""The classifier's shortcuts give the plain reading's answers.

Several steps of classification take a shortcut for speed (benchmarks/README.md,
"Classify"): the tokeniser reads a text a run of non-space characters at a time,
frames are looked up through an index, units are made a run of words at a time,
islands are found with set operations. Each test here holds a shortcut to the
plain, slower reading it replaced, on the labelled corpus and on random input.
"""

from __future__ import annotations

import random

import pytest

from checker.phraseology.clause_split import split
from checker.phraseology.frames import frames, match
from checker.phraseology.islands import _word_sets, build_units
from checker.phraseology.lexicon import lexicon
from checker.phraseology.numbers import SPOKEN
from checker.phraseology.parts import Tok, Unit
from checker.phraseology.text import (
    _AFTER_NUMBER,
    _CLIPS,
    _CONTROL,
    _INITIALISM,
    _INITIALISMS,
    _TOKEN,
    _join,
    _words,
    tokenize,
)
from checker.phraseology.words import known, tally
from tests.conftest import ROOT

_TRICKY = [
    "", " ", "40°N", "40 ° N", "40 °", "°40", "12' 30\"", "12 ' 30", "position 50 57' N",
    "mayday relay x3", "x3 mayday", "MAYDAY×2", "co ordinate", "coast guard", "uh, er, roger",
    "can't", "let's go", "the boat's engine", "reçu, à bientôt", "l'eau monte", "Ж Ж Ж",
    "a\x01b\tc\nd", "…?!", "1,5 miles", "we are 4.", "what is your POB?", "S.O.S.",
    "U.S. Coast Guard", "at 5 a.m.", "S.O.S", "ok.then", "a.b.c,d", "...ive ...ree ...over",
    "...we are sinking", "…orth", "..5 persons", ".ard",
]  # fmt: skip


def _plain_tokenize(text: str) -> list[Tok]:
    """The tokeniser before its run memo: one regular-expression match at a time."""
    lex = lexicon()
    clean = text if text.isprintable() else text.translate(_CONTROL)
    toks: list[Tok] = []
    previous_number = join = False
    skip_to = 0
    for m in _TOKEN.finditer(clean):
        if m.start() < skip_to:
            continue
        if m.start() == 0 or clean[m.start() - 1].isspace():
            # letters with dots opening a run ("S.O.S.") are one word
            initials = _INITIALISM.match(clean, m.start())
            if initials:
                letters = initials[0].replace(".", "").lower()
                toks.append(Tok(_INITIALISMS.get(letters, letters), m.start(), initials.end()))
                skip_to = initials.end()
                previous_number = False
                continue
        raw = m.group()
        run = max(clean.rfind(" ", 0, m.start()), clean.rfind("\t", 0, m.start())) + 1
        first_alpha = raw[0].isalpha() and not any(c.isalpha() for c in clean[run : m.start()])
        if (
            first_alpha
            and clean[run : run + 1] in _CLIPS
            and clean[run:].lstrip(".…")[:1].isalpha()
            and raw.lower() not in lex.known_words
            and raw.lower() not in SPOKEN
        ):
            continue  # "...ive": a word clipped at its start
        words, opens = _words(raw, lex)
        if words:
            toks += [Tok(w, m.start(), m.end()) for w in words]
            join = join or opens
        elif previous_number and raw in _AFTER_NUMBER:
            toks.append(Tok(_AFTER_NUMBER[raw], m.start(), m.end()))
        previous_number = raw[0].isdigit()
    return _join(toks, lex) if join else toks


def _corpus() -> list[str]:
    lines = (ROOT / "tests" / "data" / "utterances.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t", 1)[0] for line in lines if line and not line.startswith("#")]


@pytest.mark.parametrize("text", _TRICKY)
def test_tokens_are_the_plain_tokeniser_s(text: str) -> None:
    assert tokenize(text, lexicon()) == _plain_tokenize(text)


def test_tokens_are_the_plain_tokeniser_s_on_the_corpus_and_noise() -> None:
    rnd = random.Random(15)
    pieces = [*"ab éx23 40°º'′\".,;:!?…’\t\x01", "co ordinate", "uh ", "40 ° ", "Ж"]
    noise = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 20))) for _ in range(3000)]
    for text in _corpus() + noise:
        assert tokenize(text, lexicon()) == _plain_tokenize(text), text


def test_the_frame_index_finds_the_first_frame_in_order() -> None:
    for text in _corpus():
        for p in split(tokenize(text, lexicon()), frozenset(), "en", text):
            plain = next((f for f in frames() if f.matches(p.clause)), None)
            assert match(p.clause) is plain, text


def _plain_units(said: list[str], spans: list[tuple[int, int, str, int]]) -> list[Unit]:
    by_start = {s[0]: s for s in spans}
    units: list[Unit] = []
    i = 0
    while i < len(said):
        span = by_start.get(i)
        if span is not None:
            units.append(Unit(span[2], span[0], span[1], span[3]))
            i = span[1]
        else:
            units.append(Unit(said[i], i, i + 1, None))
            i += 1
    return units


def test_units_are_the_token_loop_s() -> None:
    rnd = random.Random(15)
    for _ in range(5000):
        n = rnd.randint(0, 10)
        said = [f"w{k}" for k in range(n)]
        spans = []
        for _ in range(rnd.randint(0, 4) if n else 0):
            i = rnd.randrange(n)
            spans.append((i, rnd.randint(i + 1, n), rnd.choice(["@zone", "@name"]), i))
        spans.sort()
        assert build_units(said, spans) == _plain_units(said, spans)


def test_every_strong_island_word_is_a_grammar_word() -> None:
    # find_islands tests a run's strength with one set test over all its words,
    # commas included: true only because every strong word is a grammar word
    grammar, strong = _word_sets()
    assert strong <= grammar


def test_tally_counts_the_words_only_one_language_knows() -> None:
    en, fr = known("en"), known("fr")
    for text in [*_corpus(), "l'eau monte et nous coulons", "we're sinking, aidez-nous"]:
        said = [t.w for t in tokenize(text, lexicon())]
        tails = [w.rpartition("'")[2] or w for w in said if w[0].isalpha()]
        plain = (
            sum(w in en and w not in fr for w in tails),
            sum(w in fr and w not in en for w in tails),
        )
        assert tally(said) == plain, text
