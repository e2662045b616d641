"""From raw utterance text to normalised tokens, and the language it is in.

Typed transcripts and recognised speech differ in case, punctuation, spelling and
noise. Every later step works on the same normal form: lower case, accents folded,
contractions expanded ("can't" is "cannot"), one spelling for British and American
forms, split words joined ("co ordinate", "coast guard"), fillers ("uh", "er")
dropped, clause ends as ``|`` and ``?``, commas as ``,``. Each token keeps its
character range in the original text so that acts can point at what was said.
All word lists come from the lexicon data.
"""

from __future__ import annotations

import re
import unicodedata

from checker.phraseology.lexicon import Lexicon
from checker.phraseology.parts import Tok

#: ``(?=\S)`` changes no match (no token starts with a space) but fails a space at
#: once instead of trying every alternative there
#: (measured: benchmarks/README.md, 'phraseology.text._TOKEN').
_TOKEN = re.compile(
    r"(?=\S)(?:"
    r"(?<![^\W\d_])[x×][23](?!\w)"  # "mayday relay x3": a repetition mark
    r"|\d+(?:[.,]\d+)*"
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*"
    r"|[.!;:…]+|\?+|,|[°º]|['′]|[\"″]"
    r")"
)
_CONTROL = dict.fromkeys([*range(0, 9), *range(11, 32), 127], " ")
_SCRIPTS = {
    "CYRILLIC": "Cyrl", "ARABIC": "Arab", "GREEK": "Grek", "HEBREW": "Hebr",
    "CJK": "Hani", "HIRAGANA": "Hira", "KATAKANA": "Kana", "HANGUL": "Hang",
    "THAI": "Thai", "DEVANAGARI": "Deva", "ETHIOPIC": "Ethi", "BENGALI": "Beng",
}  # fmt: skip


def _fold(word: str) -> str:
    """Accents folded ("reçu" → "recu"); ASCII words pass untouched (fast path)."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


#: Upper bound of the word memo. A day of traffic says a few thousand distinct words;
#: the memo is emptied when full, so that a pasted blob of noise cannot grow it.
MEMO_SIZE = 8192
#: What a matched token becomes: its words, and whether one of them opens a join.
_Words = tuple[tuple[str, ...], bool]
#: What the memo says of a matched token: its words, whether one opens a join, and
#: whether it is a number (a ° or ' after it means degrees or minutes).
_Memo = tuple[tuple[str, ...], bool, bool]
#: Marks whose meaning depends on a number before them (° is degrees, ' is minutes).
_AFTER_NUMBER = {"°": "degrees", "º": "degrees", "'": "minutes", "′": "minutes"}
_memo: dict[str, _Memo] = {}
#: ``Tok(w, s, e)`` without the named tuple's Python-level ``__new__``: the same
#: object, built in C. Tokens are the most numerous objects of a classification
#: (measured: benchmarks/README.md, 'phraseology.text._new').
_new = tuple.__new__
_memo_lex: list[Lexicon | None] = [None]


def tokenize(text: str, lex: Lexicon) -> list[Tok]:
    """The normalised tokens of an utterance (see the module docstring).

    A token's words depend only on what was matched, so they are memoised per
    matched string (bounded, :data:`MEMO_SIZE`): words recur across utterances even
    when utterances do not. The memo also says whether a word opens a join, which
    spares :func:`_join` a scan, and whether the token is a number; tokens are built
    in C (``_new``) and ``m[0]`` stands for ``m.group()``
    (measured: benchmarks/README.md, 'phraseology.text.tokenize').
    """
    clean = text if text.isprintable() else text.translate(_CONTROL)
    memo = _memo
    if _memo_lex[0] is not lex:
        memo.clear()
        _memo_lex[0] = lex
    toks: list[Tok] = []
    append = toks.append
    previous_number = False
    join = False
    for m in _TOKEN.finditer(clean):
        raw = m[0]
        words, opens, number = memo.get(raw) or _remember(raw, lex)
        if words:
            s, e = m.span()
            for w in words:
                append(_new(Tok, (w, s, e)))
            if opens:
                join = True
        elif previous_number and raw in _AFTER_NUMBER:
            s, e = m.span()
            append(_new(Tok, (_AFTER_NUMBER[raw], s, e)))
        previous_number = number
    return _join(toks, lex) if join else toks


def _remember(raw: str, lex: Lexicon) -> _Memo:
    """What the memo says of a matched token (emptied when full, see
    :data:`MEMO_SIZE`)."""
    words, opens = _words(raw, lex)
    found = (words, opens, raw[0].isdigit())
    if len(_memo) >= MEMO_SIZE:
        _memo.clear()
    _memo[raw] = found
    return found


def _words(raw: str, lex: Lexicon) -> _Words:
    """The words one matched token stands for: a word normalised through the
    lexicon's word map (none for a filler or a repetition mark), a number with a
    decimal point, a clause end, a comma; none for a mark that means something only
    after a number (see :data:`_AFTER_NUMBER`)."""
    first = raw[0]
    if first.isalpha():
        words = _word(raw.lower(), lex.word_map)
        return words, any(w in lex.join_firsts for w in words)
    if first.isdigit():
        return (raw.replace(",", "."),), False
    if first in ".!;:…":
        return ("|",), False
    if first in "?,":
        return (first,), False
    return (), False


def _word(word: str, word_map: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """One lower-case word: apostrophes unified, a possessive "'s" dropped unless the
    map knows the word ("let's"), mapped, accents folded ("reçu" → "recu")."""
    if "'" in word or "’" in word:
        word = word.replace("’", "'")
        if word.endswith("'s") and word not in word_map:
            word = word[:-2]
    mapped = word_map.get(word)
    if mapped is not None:
        return mapped
    if len(word) == 2 and word[0] in "x×" and word[1] in "23":
        return ()  # "mayday x3": a repetition mark
    if not word.isascii():
        word = _fold(word)
        folded = word_map.get(word)
        if folded is not None:
            return folded  # "èh" folds to "eh", a filler the map drops (no word)
    return (word,)


def _join(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """Merge word pairs the lexicon says are one word ("co ordinate"); called only
    when a token opens one (the tokeniser knows from its memo)."""
    out: list[Tok] = []
    i, n = 0, len(toks)
    while i < n:
        if i + 1 < n:
            joined = lex.joins.get((toks[i].w, toks[i + 1].w))
            if joined is not None:
                out.append(Tok(joined, toks[i].s, toks[i + 1].e))
                i += 2
                continue
        out.append(toks[i])
        i += 1
    return out


def language(text: str, said: list[str], lex: Lexicon) -> str | None:
    """The language of an utterance when it is clearly not English, else None.

    Text mostly in a non-Latin script is ``und-<Script>`` (the language is not
    determined, the script is); Latin text with more cue words of another language
    of the lexicon than English cue words is that language ("bien reçu" is ``fr``).
    ``said`` are the words of the tokens (``Tok.w``, listed once an utterance by the classifier).
    """
    if not text.isascii():
        counts: dict[str, int] = {}
        letters = 0
        for ch in text:
            if ch.isalpha():
                letters += 1
                if ord(ch) > 0x24F:
                    script = unicodedata.name(ch, "UNKNOWN").split(" ")[0]
                    counts[script] = counts.get(script, 0) + 1
        if counts and letters:
            script, count = max(counts.items(), key=lambda kv: kv[1])
            if count * 2 > letters:
                return "und-" + _SCRIPTS.get(script, "Zyyy")
    words = [w for w in said if w[0].isalpha()]
    english = lex.languages.get("en", frozenset())
    en = sum(map(english.__contains__, words))  # counted in C: a true is 1
    best: str | None = None
    best_count = 0
    for code, cues in lex.languages.items():
        if code == "en":
            continue
        count = sum(map(cues.__contains__, words))
        if count >= 2 and count > en and count > best_count:
            best, best_count = code, count
    return best
