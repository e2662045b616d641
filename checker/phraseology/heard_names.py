"""Station names as a speech recogniser mishears them. A recogniser spells a name
it does not know by its sound, so a call-up of two names heard wrongly names nobody,
its words are read as a message (a misheard name ending in "-ez" as a French order),
and the reply is bound to no station. A word that no word list knows and that is a
small edit away from the words of one declared name (or a run of them: a two-word
name said as one word), and nearer to it than to any other, is read as that name.

Only words of five letters or more are tried, never a known word of either
language ("escort" stays "escort" beside a unit declared as "Escaut"), and an edit
distance is allowed by the name's length: one for a name of five letters, two from
six on. rapidfuzz is imported only when a word may be such a name (most checks have
none: tests/project/test_benchmarks_startup.py).

The other words misheard or misspelt that only their neighbours tell are read here
too, each where the words around it allow one reading: "were" as "we're" before an
"-ing" at a clause's start; a dropped g ("goin"); a contraction typed without its
apostrophe before a bare verb ("well be there", "ill call you back"); a homophone
where only the other word fits ("you're name", "able too keep up", "cannot here
you").
"""

from __future__ import annotations

from collections.abc import Iterable

from checker.phraseology.parts import Tok

#: The index of the declared names by their first two letters: each name, or run of
#: its words, as one string, with the words it stands for.
HeardIndex = dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
_SHORTEST = 5


def heard_index(names: Iterable[str], known: frozenset[str]) -> HeardIndex:
    """The names (as the tokeniser gives their words) and every run of their words,
    joined, that a misheard word could stand for."""
    index: dict[str, set[tuple[str, tuple[str, ...]]]] = {}
    for name in names:
        words = name.split()
        for a in range(len(words)):
            for b in range(a + 1, len(words) + 1):
                run = tuple(words[a:b])
                joined = "".join(run)
                if len(joined) < _SHORTEST or not joined.isalpha():
                    continue
                if len(run) == 1 and joined in known:
                    continue  # "cross", "dover": a word of its own, heard as itself
                index.setdefault(joined[:2], set()).add((joined, run))
    return {k: tuple(sorted(v)) for k, v in index.items()}


def heard_names(
    toks: list[Tok],
    said: list[str],
    index: HeardIndex,
    known: frozenset[str],
    names: frozenset[str] = frozenset(),
) -> list[Tok] | None:
    """``toks`` with each misheard name replaced by the words of the name it stands
    for (at the misheard word's place), or None when there is none (most lines).
    ``known`` are the words of either language, ``names`` those of the declared
    names: both are heard as themselves."""
    out: list[Tok] | None = None
    shift = 0
    for k, w in enumerate(said):
        if len(w) < _SHORTEST or w in known or w in names or not w.isalpha():
            continue
        runs = index.get(w[:2])
        if not runs:
            continue
        near: dict[tuple[str, ...], int] = {}
        for joined, run in runs:
            limit = _allowed(joined)
            if abs(len(joined) - len(w)) > limit:
                continue
            from rapidfuzz.distance import Levenshtein  # (here: most lines never need it)

            d = Levenshtein.distance(w, joined, score_cutoff=limit)
            if 0 < d <= limit:
                near[run] = min(d, near.get(run, d))
        if not near:
            continue
        best = min(near.values())
        nearest = [run for run, d in near.items() if d == best]
        if len(nearest) != 1:
            continue  # two names it could be as well: not for a guess to decide
        run = nearest[0]
        if out is None:
            out = list(toks)
        t = toks[k]
        out[k + shift : k + shift + 1] = [Tok(word, t.s, t.e) for word in run]
        shift += len(run) - 1
    return out


def _allowed(joined: str) -> int:
    return 1 if len(joined) < 6 else 2


#: Words after which a clause starts, so that "were" there can have no subject before
#: it (leads and receipts; a name is checked apart).
_OPENERS = frozenset({
    "|", ",", "?", "roger", "okay", "ok", "yes", "yeah", "copy", "copied", "and", "so",
    "now", "er", "uh", "over", "out", "sir", "coastguard",
})  # fmt: skip


def were_as_we_are(toks: list[Tok], names: frozenset[str]) -> list[Tok] | None:
    """``toks`` with "were" read as "we're" where a recogniser wrote it so: at the
    start of a clause (after a lead, a receipt or a station's name) and before a
    verb in "-ing" ("ashling mara were abandoning her now were going into the raft");
    None when there is none. "where were you going", "the people were going" keep
    their "were"."""
    out: list[Tok] | None = None
    for k, t in enumerate(toks):
        if t.w != "were" or k + 1 >= len(toks) or not toks[k + 1].w.endswith("ing"):
            continue
        prev = toks[k - 1].w if k else "|"
        if prev not in _OPENERS and prev not in names and not prev.endswith("ing") and k:
            continue
        if out is None:
            out = list(toks)
        at = len(out) - len(toks) + k
        out[at : at + 1] = [Tok("we", t.s, t.e), Tok("are", t.s, t.e)]
    return out


#: Contractions typed or heard without their apostrophe that are words too: read as
#: the contraction before a verb's bare form at the start of a clause ("well be there
#: in ten minutes", "ill call you back", "id like to report", "lets go").
_UNAPOSTROPHED = {
    "well": ("we", "will"),
    "ill": ("i", "will"),
    "id": ("i", "would"),
    "wed": ("we", "would"),
    "lets": ("let", "us"),
}
#: The words of ``_UNAPOSTROPHED``: the classifier's one test before the words are read.
UNAPOSTROPHED_WORDS = frozenset(_UNAPOSTROPHED)
#: Bare verbs said after "will" or "would" that the order verbs do not list.
_BARE_TOO = frozenset({"have", "need", "see", "like", "love", "be"})
#: After "well", only these say "we'll" by themselves: "well, stop your engine" is an
#: order led into, "well call you back" (an object pronoun after the verb) a promise.
_WELL_BARE = frozenset({"be", "have", "need", "see", "try"})
_OBJECTS = frozenset({"you", "them", "him", "her", "it", "us"})


def apostrophes_unsaid(toks: list[Tok], said: list[str], names: frozenset[str]) -> list[Tok] | None:
    """``toks`` with a contraction written without its apostrophe read as said, where a
    bare verb follows at the start of a clause (``_UNAPOSTROPHED``; after "well", as
    ``_WELL_BARE`` says); None when there is none. "Well, …", "well stop your engine",
    "an ill passenger", "the ID number" keep their words."""
    from checker.phraseology.words import words

    bare = words("en").imperative | _BARE_TOO
    out: list[Tok] | None = None
    for k, w in enumerate(said):
        full = _UNAPOSTROPHED.get(w)
        if full is None or k + 1 >= len(said) or said[k + 1] not in bare:
            continue
        prev = said[k - 1] if k else "|"
        if k and w != "lets" and prev not in _OPENERS and prev not in names:
            continue
        if w == "well" and not _we_will(said, k):
            continue
        if out is None:
            out = list(toks)
        t = toks[k]
        at = len(out) - len(toks) + k
        out[at : at + 1] = [Tok(full[0], t.s, t.e), Tok(full[1], t.s, t.e)]
    return out


def _we_will(said: list[str], k: int) -> bool:
    """Whether "well" at ``k``, a bare verb after it, is "we'll": before a verb of
    ``_WELL_BARE``, or a verb and its object pronoun ("well call you back"), but not
    "do" ("well do you have …" asks)."""
    verb = said[k + 1]
    if verb in _WELL_BARE:
        return True
    return verb != "do" and k + 2 < len(said) and said[k + 2] in _OBJECTS


#: Object classes of a noun that "your" goes before and "you are" never does in
#: radio speech ("you're name", "you're position", "you're vessel").
_OWNED = frozenset({"name", "position", "casualty", "course", "intentions", "port"})
#: Words before which "here" is "hear": an object pronoun, after a word that can
#: only go before a verb ("I cannot here you", "do you here me").
_HEARD = frozenset({"you", "me", "us", "him", "her", "them"})
_BEFORE_HEAR = frozenset({"can", "cannot", "could", "not", "i", "we", "you", "to", "do"})
#: Words after which "too" before a bare verb is "to" ("able too keep up", "ready too
#: deploy"); after "be" or a verb it is the adverb ("you are too close").
_TO_AFTER = frozenset({
    "able", "unable", "ready", "prepared", "willing", "need", "needs", "want", "wants",
    "have", "has", "had", "try", "trying", "tried", "going", "got", "like", "order",
    "intend", "intending", "plan", "planning", "about", "asked", "told",
})  # fmt: skip
#: Order verbs that are adjectives too ("going too close", "too slow"): never "to".
_TOO_ADJECTIVES = frozenset({"close", "clear", "slow", "light", "open", "fast", "low"})
#: The words a homophone repair may start at (one look-up an utterance).
HOMOPHONE_HEADS = frozenset({"are", "too", "here"})


def homophones_heard(toks: list[Tok], said: list[str]) -> list[Tok] | None:
    """``toks`` with a word written for another that sounds the same read as the other,
    where the words around it allow only that one (typists and recognisers both do
    it): "you're name" → "your name" (a noun of ``_OWNED`` after it), "able too keep
    up" → "able to keep up" (``_TO_AFTER`` before it, a bare verb after it), "cannot
    here you" → "cannot hear you"; None when there is none."""
    from checker.phraseology.words import words

    wl = words("en")
    out: list[Tok] | None = None
    for k, w in enumerate(said):
        nxt = said[k + 1] if k + 1 < len(said) else ""
        prev = said[k - 1] if k else ""
        if w == "are" and prev == "you" and toks[k - 1].e == toks[k].e:
            # "you're" as one written word, then a noun of what one owns
            classes = wl.object_index.get(nxt, ())
            if not classes or _OWNED.isdisjoint(classes) or nxt.endswith("ing"):
                continue  # ("you're heading for the sandbank": a verb)
            out = list(toks) if out is None else out
            at = len(out) - len(toks) + k  # where word k of the input now stands
            out[at - 1 : at + 1] = [Tok("your", toks[k - 1].s, toks[k].e)]
        elif w == "too" and prev in _TO_AFTER and nxt in wl.imperative - _TOO_ADJECTIVES:
            out = list(toks) if out is None else out
            out[len(out) - len(toks) + k] = Tok("to", toks[k].s, toks[k].e)
        elif w == "here" and nxt in _HEARD and prev in _BEFORE_HEAR:
            out = list(toks) if out is None else out
            out[len(out) - len(toks) + k] = Tok("hear", toks[k].s, toks[k].e)
    return out


def g_dropped(toks: list[Tok], said: list[str], names: frozenset[str]) -> list[Tok] | None:
    """``toks`` with a word in "-in" read as its "-ing" where speech dropped the g and
    no apostrophe marks it ("we are goin down", "sinkin"): the word is unknown in both
    languages and its "-ing" form is known ("besoin", "matin" stay). After the
    station names are heard ("mailin head" is "Malin Head", not "mailing"); None when
    there is none."""
    from checker.phraseology.words import known

    english, french = known("en"), known("fr")
    out: list[Tok] | None = None
    for k, w in enumerate(said):
        if (
            len(w) > 3
            and w.endswith("in")
            and w not in english
            and w not in french
            and w + "g" in english
            and w not in names
        ):
            out = list(toks) if out is None else out
            out[k] = Tok(w + "g", toks[k].s, toks[k].e)
    return out
