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

_TOKEN = re.compile(
    r"(?<![^\W\d_])[x×][23](?!\w)"  # "mayday relay x3": a repetition mark
    r"|\d+(?:[.,]\d+)*"
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*"
    r"|[.!;:]+|\?+|,|[°º]|['′]|[\"″]"
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


def tokenize(text: str, lex: Lexicon) -> list[Tok]:
    """The normalised tokens of an utterance (see the module docstring)."""
    clean = text if text.isprintable() else text.translate(_CONTROL)
    word_map = lex.word_map
    toks: list[Tok] = []
    append = toks.append
    previous_number = False
    for m in _TOKEN.finditer(clean):
        raw = m.group()
        first = raw[0]
        if first.isalpha():
            previous_number = False
            word = raw.lower()
            if "'" in word or "’" in word:
                word = word.replace("’", "'")
                if word.endswith("'s") and word not in word_map:
                    word = word[:-2]
            mapped = word_map.get(word)
            if mapped is not None:
                s, e = m.span()
                for w in mapped:
                    append(Tok(w, s, e))
                continue
            if not word.isascii():
                if word[0] in "x×" and len(word) == 2 and word[1] in "23":
                    continue
                word = _fold(word)
                folded = word_map.get(word)
                if folded is not None:
                    # "èh" folds to "eh", a filler the map drops (an empty tuple)
                    s, e = m.span()
                    for w in folded:
                        append(Tok(w, s, e))
                    continue
            elif len(word) == 2 and word[0] == "x" and word[1] in "23":
                continue
            s, e = m.span()
            append(Tok(word, s, e))
        elif first.isdigit():
            s, e = m.span()
            append(Tok(raw.replace(",", "."), s, e))
            previous_number = True
        else:
            s, e = m.span()
            if first in ".!;:":
                append(Tok("|", s, e))
            elif first == "?":
                append(Tok("?", s, e))
            elif first == ",":
                append(Tok(",", s, e))
            elif first in "°º" and previous_number:
                append(Tok("degrees", s, e))
            elif first in "'′" and previous_number:
                append(Tok("minutes", s, e))
            previous_number = False
    return _join(toks, lex) if lex.joins else toks


def _join(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """Merge word pairs the lexicon says are one word ("co ordinate")."""
    firsts = lex.join_firsts
    if not any(t.w in firsts for t in toks):
        return toks
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


def language(text: str, toks: list[Tok], lex: Lexicon) -> str | None:
    """The language of an utterance when it is clearly not English, else None.

    Text mostly in a non-Latin script is ``und-<Script>`` (the language is not
    determined, the script is); Latin text with more cue words of another language
    of the lexicon than English cue words is that language ("bien reçu" is ``fr``).
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
    words = [t.w for t in toks if t.w[0].isalpha()]
    english = lex.languages.get("en", frozenset())
    en = sum(1 for w in words if w in english)
    best: str | None = None
    best_count = 0
    for code, cues in lex.languages.items():
        if code == "en":
            continue
        count = sum(1 for w in words if w in cues)
        if count >= 2 and count > en and count > best_count:
            best, best_count = code, count
    return best
