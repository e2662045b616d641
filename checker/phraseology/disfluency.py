"""Disfluencies of speech, read as no words before an utterance is read.

Real speech, typed from a recording or written by a recogniser, stutters ("we we're
taking water"), starts again ("if — if you obey you will be safe", "je vais... je vais
mourir") and puts asides inside a sentence ("we have, you know, run aground", "c'est
très grave quoi"). Sentences written to test a classifier have none of these, and the
clause reader, which reads a subject next to its verb and a condition at the start of
a clause, misread them: a stutter made a second clause with no verb, an aside a
question or a new subject. So the tokens they are said in are dropped here, as the
tokeniser drops "uh" and "euh": the words kept keep their places in the text, so
evidence still points at what was said.

What is dropped is kept narrow, since a word dropped wrongly changes a reading:

- a **lead-in** of ``data/clause.toml`` (``lead_ins``: "well", "so", "and then",
  "alors", "et puis", "ben"…) that opens a sentence and is followed by more of it,
  with its comma ("well, El Faro"): the sentence is read from its own first word, as
  a condition ("if"), an order's verb or a bare name must be;
- a **restart**: a run of one to four words said again at once, when the run opens
  with a word of a closed class (a pronoun, an auxiliary, a determiner, a
  preposition…), no word of it is a number or may be a name ("two two" is
  twenty-two, "the Arthur M. Anderson, the Arthur M. Anderson" is a call-up; "mayday
  mayday" is the signal and "vous vous rendez" is French, which open no restart),
  and it is not said a third time ("my day my day my day" is a recognised MAYDAY).
  Between the two a comma or a pause may stand only where the second goes on in its
  sentence ("si vous obéissez, si vous obéissez, vous serez en sécurité"): a whole
  sentence said twice stays two sentences;
- an **aside** of ``data/clause.toml`` (``asides``): "you know", "I mean", "tu vois"…
  unless a word before it makes it a question or a verb's words ("do you know where",
  "si vous voyez", ``aside_keepers``), or it opens a clause and its object follows
  ("you know the position?");
- **"like" and "genre"** as a hedge: after "be", "there", a pause or a joining word,
  or before a number ("there's like forty of us"), but not after a keeper ("we would
  like", "it looks like", "ce genre");
- the French tag **"quoi"** that ends a clause ("c'est grave quoi"), not after a verb
  or a preposition, where it asks ("vous faites quoi", "de quoi").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from checker.phraseology.clause_words import W, numeral, phrases_by
from checker.phraseology.parts import Tok
from checker.phraseology.words import words

#: Tokens that part clauses: a comma, a sentence's end, a question mark.
_PAUSES = frozenset({",", "|", "?"})
#: Tokens that end a sentence: a sentence said twice is not a restart.
_ENDS = frozenset({"|", "?"})
#: Words that may stand for a pause before "like" ("and, like, forty people").
_JOINS = frozenset({"and", "but", "so", "or", "et", "mais", "donc", "alors"})
#: Words said twice on purpose: one ends a clause as an object and the other opens the
#: next as its subject ("I cannot hear you you need to…", "we cannot help you, you
#: must call…"), or the accents are gone ("on les a à bord" reads "a a").
_TWICE = frozenset({"you", "u", "ye", "it", "that", "this", "there", "a"})
#: Longest restart read, in words.
_LONGEST = 4


def fluent(
    toks: list[Tok], said: list[str], text: str, names: frozenset[str]
) -> tuple[list[Tok], list[str]]:
    """The tokens and their words without the disfluencies of the module docstring:
    the same lists where there are none (most utterances). ``names`` are the words
    of the context's station names, which a restart never drops."""
    if not _LEAD_HEADS.isdisjoint(said):
        drop: set[int] = set()
        _lead_ins(said, drop)
        toks, said = _without(toks, said, drop)
    heads, ends = _asides_words()
    if not heads.isdisjoint(said) and not ends.isdisjoint(said):
        drop = set()
        _asides(said, drop)  # the asides first: "you, you know, will" says "you" twice
        toks, said = _without(toks, said, drop)
    opens = _opens_restart()
    # (one pass in C finds where a restart may open: a word of the list said again
    # within a restart's reach; most utterances have none)
    starts = [k for k, w in enumerate(said) if w in opens and w in said[k + 1 : k + _LONGEST + 2]]
    if not starts:
        return toks, said
    drop = set()
    _restarts(said, starts, drop, lambda k: _name_like(toks[k], said[k], text, names))
    return _without(toks, said, drop)


def _without(toks: list[Tok], said: list[str], drop: set[int]) -> tuple[list[Tok], list[str]]:
    if not drop:
        return toks, said
    kept = [k for k in range(len(said)) if k not in drop]
    return [toks[k] for k in kept], [said[k] for k in kept]


def _name_like(tok: Tok, w: str, text: str, names: frozenset[str]) -> bool:
    """Whether a word may be part of a name: a word of a station of the context, or
    one written with a capital that no word list knows ("Anderson", not "Je")."""
    return w in names or (text[tok.s : tok.s + 1].isupper() and w not in _known())


@lru_cache(maxsize=1)
def _asides_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words an aside, a hedge or a tag begins with, and those it ends with: two
    tests an utterance ("you" is said often, "you know" seldom)."""
    hedges = W.like_words | W.tag_quoi
    return frozenset(_ASIDES) | hedges, frozenset(a[-1] for a in W.asides) | hedges


@lru_cache(maxsize=1)
def _opens_restart() -> frozenset[str]:
    """Closed-class words a restart may open with, English and French (see the module
    docstring): pronouns, auxiliaries, modals, negators, question words, joining
    words, determiners and prepositions, less those French says twice on purpose
    ("nous nous", "vous vous") and the prowords ("over", "out")."""
    out: set[str] = set()
    for lang in ("en", "fr"):
        w = words(lang)
        out |= w.pronouns | w.be | w.have | w.do | w.negators | w.wh | w.split
        out |= w.condition | w.determiners | w.prepositions
        out |= {m for m in w.modal if " " not in m}
    return frozenset(out - {"nous", "vous", "over", "out", "se", "s"})


def _lead_ins(said: list[str], drop: set[int]) -> None:
    n = len(said)
    for start in [0, *(k + 1 for k, w in enumerate(said) if w in _ENDS)]:
        k = start
        while k < n:
            lead = next(
                (p for p in _LEAD_INS.get(said[k], ()) if tuple(said[k : k + len(p)]) == p),
                None,
            )
            if lead is None:
                break
            after = k + len(lead)
            if after < n and said[after] == "," and after + 1 < n:
                after += 1  # "well, if you obey …": the comma goes with it
            if (
                after >= n
                or said[after] in _PAUSES
                or (lead == ("well",) and said[after] in _WELL_SAID)
            ):
                break  # "so." alone, "well received", "well done"
            drop.update(range(k, after))
            k = after


def _restarts(
    said: list[str], starts: list[int], drop: set[int], named: Callable[[int], bool]
) -> None:
    n = len(said)
    for k in starts:
        first = said[k]
        if k in drop:
            continue
        for size in range(min(_LONGEST, (n - k) // 2), 0, -1):
            again = k + size
            if size == 1 and first in _TWICE:
                continue
            if said[again] == first:  # "we are we are getting", "je je"
                if said[again : again + size] != said[k:again]:
                    continue
                gap = 0
            elif said[again] in _PAUSES and size <= 3 and again + 1 + size < n:
                # "if — if you obey", "je vais... je vais mourir": the second goes on
                if said[again + 1 : again + 1 + size] != said[k:again]:
                    continue
                if said[again + 1 + size] in _ENDS:
                    continue
                gap = 1  # the false start's pause goes with it
            else:
                continue
            thrice = again + gap + size
            run = said[k:again]
            if said[thrice : thrice + size] == run or (k >= size and said[k - size : k] == run):
                break  # said three times: a call ("my day my day my day"), no restart
            if _plain(run) and not any(map(named, range(k, again))):
                drop.update(range(k, again + gap))
                break


def _plain(run: list[str]) -> bool:
    """Whether a run of words may be a restart: no number, no pause."""
    return not any(w in _PAUSES or numeral(w) for w in run)


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    from checker.phraseology.lexicon import lexicon

    return lexicon().known_words | _opens_restart()


def _asides(said: list[str], drop: set[int]) -> None:
    n = len(said)
    for k, w in enumerate(said):
        before = said[k - 1] if k else "|"
        if w in W.like_words:
            after = said[k + 1] if k + 1 < n else "|"
            if before in W.aside_keepers:
                continue
            if before in _HEDGED or numeral(after) or (w == "like" and after in _PAUSES):
                _set_off(said, k, 1, drop)
        elif w in W.tag_quoi:
            after = said[k + 1] if k + 1 < n else "|"
            if k and after in _TAG_ENDS and not _asks(before):
                _set_off(said, k, 1, drop)
        else:
            for aside in _ASIDES.get(w, ()):
                size = len(aside)
                if tuple(said[k : k + size]) != aside:
                    continue
                after = said[k + size] if k + size < n else "|"
                if before in W.aside_keepers:
                    break
                if (
                    after in _PAUSES
                    or before not in _OPENING
                    or after in _SUBJECTS
                    or aside[-1] == "mean"
                ):
                    _set_off(said, k, size, drop)
                break


def _set_off(said: list[str], k: int, size: int, drop: set[int]) -> None:
    """Drop the aside of ``size`` words at ``k`` and the commas that set it off: both
    where it stands between two ("we have, you know, run aground" reads "we have run
    aground"), the one after it where it opens a sentence, the one before it where it
    ends one ("ne vous inquiétez pas, quoi")."""
    drop.update(range(k, k + size))
    before = said[k - 1] if k else "|"
    after = said[k + size] if k + size < len(said) else "|"
    if before == "," and after == ",":
        drop.update((k - 1, k + size))
    elif after == "," and (k < 2 or said[k - 2] in _ENDS):
        drop.add(k + size)
    elif before == "," and after in _ENDS:
        drop.add(k - 1)


_ASIDES = phrases_by(W.asides, 0)
#: The lead-ins by their first word, the longest first ("bon ben" before "ben").
_LEAD_INS = phrases_by(sorted(W.lead_ins, key=len, reverse=True), 0)
_LEAD_HEADS = frozenset(_LEAD_INS)
#: Words after which "well" is no lead-in: a receipt ("well received"), a praise.
_WELL_SAID = W.receipts | {"done"}
#: "be" in English and French, and "there", "c'est": after them "like" hedges.
_BE = words("en").be | words("fr").be | {"there", "c'est"}
#: What follows a "quoi" that ends its clause: a pause (not a question mark), "là".
_TAG_ENDS = frozenset({",", "|", "la", "hein"})
#: Subjects that open a clause after an aside ("you know we are sinking").
_SUBJECTS = frozenset({
    "we", "i", "they", "he", "she", "it", "there", "this",
    "je", "il", "elle", "on", "nous", "ils", "elles", "c'est", "ca",
})  # fmt: skip
#: Words after which "like" and "genre" hedge: "be", "there", a pause, a joining word.
_HEDGED = _PAUSES | _JOINS | _BE
#: Words after which an aside opens its clause (and may be its words: "you know the
#: position?"): a pause or a joining word.
_OPENING = _PAUSES | _JOINS


def _asks(before: str) -> bool:
    """Whether "quoi" after this word asks: after a verb ("vous faites quoi") or a
    preposition ("de quoi", "à quoi")."""
    fr = words("fr")
    if before in fr.prepositions or before in fr.be or before in ("c'est", "quoi", "a"):
        return True
    lemma = fr.lemmas.get(before)
    return lemma is not None and lemma.endswith(("er", "ir", "re"))
