"""The words of a clause from its tokens: French elisions split ("n'avons": "ne
avons"), English contractions spelt out ("we'll": "we will"; "ill" before a verb, its
apostrophe dropped, too), a number said twice once ("three, three men"), a noun's
dropped "'s"
read as "is" where it is one ("the engine's dead"), commas dropped and each position
the grammar read as one word (:data:`.clause.PLACE`).
"""

from __future__ import annotations

from checker.phraseology.clause import PLACE
from checker.phraseology.clause_predicate import known_verbs
from checker.phraseology.clause_words import W
from checker.phraseology.parts import Tok
from checker.phraseology.words import Words


def expand(
    toks: list[Tok],
    i: int,
    j: int,
    lang: str,
    at: list[int],
    places: frozenset[int],
    text: str,
    wl: Words,
) -> list[str]:
    """The words of a clause with French elisions split, commas dropped and each
    position the grammar read as one word, :data:`PLACE`; ``at`` receives the token
    index of every word."""
    out: list[str] = []
    for k in range(i, j):
        w = toks[k].w
        if k in places:
            if not out or out[-1] != PLACE:
                out.append(PLACE)
                at.append(k)
            continue
        if w == ",":
            continue
        if k + 2 < j and toks[k + 1].w == "," and toks[k + 2].w == w and w in W.number_words:
            continue  # "three, three men": a number said twice, no digits of one
        words = [w]
        if "'" in w:
            head, _, tail = w.partition("'")
            if lang == "fr" and head in W.elisions:
                # "s'il", "s'ils" are "si il(s)" ("s'est" is "se est")
                words = ["si" if head == "s" and tail in ("il", "ils") else W.elisions[head], tail]
            elif head in ("let",) and tail == "s":
                words = ["let", "us"]
            elif tail in ("s", "re", "ve", "ll", "d", "m"):
                words = [head, {"s": "is", "re": "are", "ve": "have", "ll": "will", "d": "would",
                                "m": "am"}[tail]]  # fmt: skip
        elif lang == "fr" and w in _UNELIDED and k + 1 < j and toks[k + 1].w[0].isalpha():
            # "j accepte", "sil te plait": the elision typed or heard without its
            # apostrophe
            words = list(_UNELIDED[w]) if w != "sil" or toks[k + 1].w in ("vous", "te") else [w]
        elif lang == "en" and k + 1 < j and _s_is(toks, k, text, wl):
            words = [w, "has" if toks[k + 1].w in W.s_has else "is"]
        elif lang == "en" and w == "ill" and k + 1 < j and _verb(toks[k + 1].w, wl):
            # "ill find another asset": "I'll" without its apostrophe, before a verb
            # ("he is ill", "ill health": sick)
            words = ["i", "will"]
        out += words
        at += [k] * len(words)
    return out


#: French elided words said apart from the next word, spelt out.
_UNELIDED = {"j": ("je",), "sil": ("si", "il")}


def _verb(w: str, wl: Words) -> bool:
    """Whether a word is a verb's base form a frame names ("find", "call")."""
    return w in wl.imperative or (wl.lemma(w) == w and w in known_verbs())


def _s_is(toks: list[Tok], k: int, text: str, wl: Words) -> bool:
    """Whether the "'s" the tokeniser dropped from word ``k`` is "is" (or "has"): a
    noun's "'s" before what is said of it ("the engine's dead", "the helicopter's on
    its way", "the boat's taking water"), not before what it owns ("the ship's
    name"). A word the lexicon splits ("it's": "it is") says so itself."""
    t = toks[k]
    if t.e < 2 or text[t.e - 1] not in "sS" or text[t.e - 2] not in "'’":
        return False
    nxt = toks[k + 1]
    if nxt.s < t.e or toks[k - 1].e == t.e:
        return False
    n = nxt.w
    return (
        n in W.s_is
        or n in W.s_has
        or (n in wl.prepositions and n != "of")
        or n.endswith(("ing", "ed"))
        or n.isdecimal()
    )
