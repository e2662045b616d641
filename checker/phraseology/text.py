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
from checker.phraseology.numbers import SPOKEN
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
#: Letters written with dots ("S.O.S.", "U.S."), read as one word.
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_](?![^\W\d_])\.?")
#: Initialisms whose letters spell a common word ("U.S." is no "us", "a.m." no "am").
_INITIALISMS = {"us": "usa", "am": "a.m.", "pm": "p.m."}
_CONTROL = dict.fromkeys([*range(0, 9), *range(11, 32), 127], " ")
_SCRIPTS = {
    "CYRILLIC": "Cyrl", "ARABIC": "Arab", "GREEK": "Grek", "HEBREW": "Hebr",
    "CJK": "Hani", "HIRAGANA": "Hira", "KATAKANA": "Kana", "HANGUL": "Hang",
    "THAI": "Thai", "DEVANAGARI": "Deva", "ETHIOPIC": "Ethi", "BENGALI": "Beng",
}  # fmt: skip


def fold_accents(word: str) -> str:
    """Accents folded ("reçu" → "recu"); ASCII words pass untouched (fast path)."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


#: Upper bound of the memos. A day of traffic says a few thousand distinct words;
#: a memo is emptied when full, so that a pasted blob of noise cannot grow it.
MEMO_SIZE = 8192
#: Longest run of non-space characters the memo keeps (words are short; a longer run
#: is noise or a pasted blob).
MEMO_CHUNK = 48
#: What a matched token becomes: its words, and whether one of them opens a join.
_Words = tuple[tuple[str, ...], bool]
#: Marks whose meaning depends on a number before them (° is degrees, ' is minutes).
_AFTER_NUMBER = {"°": "degrees", "º": "degrees", "'": "minutes", "′": "minutes"}
#: What the memo says of a run of non-space characters ("Coastguard,", "40°N"): its
#: words with their character ranges in the run; whether one opens a join; whether
#: its first token is a mark that means something only after a number; whether its
#: last token is a number (None if it has no token: the state passes through).
_Chunk = tuple[tuple[tuple[str, int, int], ...], bool, bool, bool | None]
_memo: dict[str, _Chunk] = {}
#: ``Tok(w, s, e)`` without the named tuple's Python-level ``__new__``: the same
#: object, built in C. Tokens are the most numerous objects of a classification
#: (measured: benchmarks/README.md, 'phraseology.text._new').
_new = tuple.__new__
_memo_lex: list[Lexicon | None] = [None]


def tokenize(text: str, lex: Lexicon) -> list[Tok]:
    """The normalised tokens of an utterance (see the module docstring).

    No token spans a space (:data:`_TOKEN` matches none, and its look-arounds see a
    space as they see the end of the text), so the text is cut at spaces and each
    run of other characters is tokenised once, memoised (bounded,
    :data:`MEMO_SIZE`): "Coastguard," and "over." recur across utterances even when
    utterances do not. The one thing that crosses runs is whether the last token was
    a number ("40 °": degrees), carried here; tokens are built in C (``_new``)
    (measured: benchmarks/README.md, 'phraseology.text.tokenize').
    """
    clean = text if text.isprintable() else text.translate(_CONTROL)
    if "[" in clean or "(" in clean:
        clean = unmarked(clean)
    memo = _memo
    if _memo_lex[0] is not lex:
        memo.clear()
        _memo_lex[0] = lex
    toks: list[Tok] = []
    append = toks.append
    find = clean.find
    at = 0
    previous_number = False
    join = False
    for chunk in clean.split():
        at = find(chunk, at)
        words, opens, mark_first, number = memo.get(chunk) or _remember(chunk, lex)
        if mark_first and previous_number:
            words = _chunk(chunk, lex, True)[0]  # "40 °": the mark reads the number
        for w, s, e in words:
            append(_new(Tok, (w, s + at, e + at)))
        if opens:
            join = True
        if number is not None:
            previous_number = number
        at += len(chunk)
    if "." in clean and _MIDDLE_INITIAL.search(clean):
        toks = _initials_kept(toks, clean)
    if "'s " in clean or "’s " in clean:
        toks = _is_said(toks, clean)
    return _join(toks, lex) if join else toks


#: Words said after "is" that never follow a possessive: a place, a particle, a state
#: or an article ("the lifeboat's on scene", "pump's aboard", "the boat's a wreck").
_AFTER_IS = frozenset({
    "on", "in", "at", "aboard", "onboard", "onscene", "alongside", "under", "off", "out",
    "down", "up", "over", "away", "back", "here", "there", "now", "still", "not", "just",
    "ok", "okay", "alright", "fine", "safe", "a", "an", "the", "very", "really", "too",
    "so", "almost", "nearly", "about",
})  # fmt: skip


def _is_said(toks: list[Tok], text: str) -> list[Tok]:
    """``toks`` with the "is" of a noun's "'s" said back where a possessive cannot be:
    the word read drops "'s" as a possessive (:func:`_word`); before a place, a
    particle or an article it was "is" ("the lifeboat's on scene" is on scene, no
    "lifeboat on scene" call-up)."""
    out: list[Tok] = []
    last = len(toks) - 1
    for k, t in enumerate(toks):
        raw = text[t.s : t.e]
        if (
            k < last
            and len(raw) > 2
            and raw[-2] in _APOSTROPHES
            and raw[-1] in "sS"
            and raw[:-2].lower() == t.w
            and toks[k + 1].w in _AFTER_IS
        ):
            out.append(_new(Tok, (t.w, t.s, t.e - 2)))
            out.append(_new(Tok, ("is", t.e - 2, t.e)))
            continue
        out.append(t)
    return out


#: A middle initial between two capitalised words ("Arthur M. Anderson"): its stop
#: ends no sentence. N, S, E and W are left out: "51 09 N. We are …" ends one.
_MIDDLE_INITIAL = re.compile(r"\b[A-Z][a-z]+ [A-DF-MO-RT-VX-Z]\.(?= [A-Z][a-z])")


def _initials_kept(toks: list[Tok], text: str) -> list[Tok]:
    """``toks`` without the sentence ends that are the stops of middle initials."""
    stops = {m.end() - 1 for m in _MIDDLE_INITIAL.finditer(text)}
    return [t for t in toks if not (t.w == "|" and t.s in stops)]


def _remember(chunk: str, lex: Lexicon) -> _Chunk:
    """What the memo says of a run of non-space characters (emptied when full, see
    :data:`MEMO_SIZE`; a run longer than :data:`MEMO_CHUNK` is not kept, so that the
    memo holds a few hundred kilobytes at most, whatever the input)."""
    found = _chunk(chunk, lex, False)
    if len(chunk) > MEMO_CHUNK:
        return found
    if len(_memo) >= MEMO_SIZE:
        _memo.clear()
    _memo[chunk] = found
    return found


_APOSTROPHES = frozenset("'’")


def _chunk(chunk: str, lex: Lexicon, previous_number: bool) -> _Chunk:
    """The tokens of one run of non-space characters, as :data:`_Chunk` says;
    ``previous_number`` is whether the token before the run was a number."""
    out: list[tuple[str, int, int]] = []
    opens = False
    mark_first = False
    number: bool | None = None
    start = 0
    initials = _INITIALISM.match(chunk)
    if initials:  # "S.O.S.", "U.S.", "M.V.": one word, no sentence ends inside it
        letters = initials[0].replace(".", "").lower()
        out.append((_INITIALISMS.get(letters, letters), 0, initials.end()))
        start = initials.end()
        number = False
    # "...ive", "…ree": a word whose start the line lost (recognised or transcribed
    # radio) is no word; read, it would be another ("ive" as "I've")
    clipped = chunk[:1] in _CLIPS and chunk.lstrip(".…")[:1].isalpha()
    for m in _TOKEN.finditer(chunk, start):
        raw = m[0]
        if clipped and raw[0].isalpha():
            clipped = False
            if raw.lower() not in lex.known_words and raw.lower() not in SPOKEN:
                continue  # ("...we are sinking": a pause before a whole word)
        if number is None:
            mark_first = raw in _AFTER_NUMBER
        s, e = m.span()
        if len(raw) > 3 and chunk[e : e + 1] in _APOSTROPHES and raw[-2:].lower() == "in":
            raw += "g"  # "leavin'", "takin' on water": speech's dropped g, spelt
        words, opens_here = _words(raw, lex)
        if words:
            out += [(w, s, e) for w in words]
            opens = opens or opens_here
        elif previous_number and raw in _AFTER_NUMBER:
            out.append((_AFTER_NUMBER[raw], s, e))
        previous_number = number = raw[0].isdigit()
    return tuple(out), opens, mark_first, number


#: The marks of a word clipped at its start (a number word after them is whole).
_CLIPS = frozenset(".…")


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
        word = fold_accents(word)
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


#: A transcriber's note in brackets, not speech: a doubt ("[?]", "[sic]"), a gap
#: ("[inaudible]", "(unintelligible)", "[overlapping]", "[caller speaks Pashto, not
#: transcribed]") or a noise ("[pause]", "(laughs)"). Inquiry and court transcripts
#: are full of them; "[the boat]", an editor's word for the speech, is read.
_GAP_WORDS = (
    r"inaudible|unintelligible|indistinct|incomprehensible|incompr[ée]hensible|garbled|"
    r"crosstalk|cross-talk|overlapping|not transcribed|non transcrit|connection lost|"
    r"line (?:cut|drops|dropped|dead|went dead)|call (?:drops|dropped|cut|ends)|"
    r"signal lost|transmission (?:cut|lost|ends)|breaks? up|cut off|coupure|coup[ée]e"
)
_NOTE_OPENS = r"[\[(][^\])]{0,60}?\b"
EDITORIAL = re.compile(
    _NOTE_OPENS + rf"(?:{_GAP_WORDS}|pause|silence|noise|static|laughs?|coughs?|sighs?|unclear|"
    r"bruit|crying|cries|shouting|screaming|yelling|sobbing|pleurs|cris)\b[^\])]{0,60}[\])]|"
    r"[\[(]\s*(?:\?|sic|sp\?|ph)\s*[\])]",
    re.IGNORECASE,
)
#: The notes of a gap in what was heard (:data:`EDITORIAL`), after which a clause is
#: cut off.
GAP = re.compile(_NOTE_OPENS + rf"(?:{_GAP_WORDS})\b", re.IGNORECASE)


def unmarked(text: str) -> str:
    """The text with its transcriber's notes blanked (same length: the tokens keep
    their places in the text)."""
    return EDITORIAL.sub(lambda m: " " * len(m.group()), text)
