"""Questions asked by a noun phrase alone: "ship's name", "your position please",
"number of persons on board", "votre position".

Typed, such a phrase carries its question mark; recognised speech drops it, and the
phrase is then only a noun phrase. Said to a station, with nothing given (no number,
no position read, no verb), a phrase that names only what a station is asked for —
a name, a position, a number of persons, intentions, a port, a course — and the
things they belong to asks for it. A possessive or "of" must tie the asked thing to
its owner ("your", "ship's", "of your vessel"): "position" said alone can be the
heading of a report, "your position" cannot.
"""

from __future__ import annotations

from itertools import pairwise

from checker.phraseology.clause import PLACE, Clause
from checker.phraseology.clause_words import W
from checker.phraseology.words import Words, words

#: The object classes a station is asked for.
ASKED = frozenset({"name", "position", "intentions", "port", "course"})
#: The object classes of the things they belong to.
OWNERS = frozenset({"casualty", "persons", "part"})
#: Words that tie the asked thing to its owner.
_TIES = frozenset({
    "your", "yours", "votre", "vos", "ton", "ta", "tes", "s", "of", "de", "du", "des",
})  # fmt: skip
#: Words that open a place said, not a question ("près de la plage", "à côté du
#: phare", "devant le port", "au large de Calais").
_PLACE_OPENERS = frozenset({
    "pres", "a", "au", "aux", "devant", "derriere", "vers", "proche", "near", "by", "off",
    "close", "next", "around", "outside", "inside", "just",
})  # fmt: skip
#: Words said around the phrase that give nothing ("please", "over", "again").
_EMPTY = frozenset({
    "please", "svp", "over", "again", "now", "exactly", "current", "present", "on",
    "board", "onboard", "aboard", "bord", "a", "actuelle", "exacte", "exactement", "the",
    "le", "la", "les", "l", "what", "quel", "quelle",
})  # fmt: skip


def asks_by_noun(c: Clause) -> bool:
    """Whether a clause is a question asked by a noun phrase alone (module docstring)."""
    ws = c.words
    if (
        c.mood != "declarative"
        or c.agent == "speaker"  # "on est à côté de la bouée": a place said, by its subject
        # a subject and "be" or "have" say something: "le canot est en route"
        or (c.agent != "none" and c.predicate in ("be", "etre", "have", "avoir"))
        or c.count is not None
        or c.polarity != "positive"
        or not 2 <= len(ws) <= 8
        or PLACE in ws
        or ws[0] in ("my", "our", "mon", "notre")
        or c.objects.isdisjoint(ASKED)
    ):
        return False
    wl = words(c.lang if c.lang in ("en", "fr") else "en")
    if ws[0] in _PLACE_OPENERS or ws[0] in wl.prepositions:
        return False  # a place said: "près de la plage", "near the buoy"
    if _TIES.isdisjoint(ws) and not _compound(ws, wl):
        return False
    return all(_gives_nothing(w, wl) for w in ws)


def _gives_nothing(w: str, wl: Words) -> bool:
    """A word of the phrase that gives no answer: a tie, an empty word, a closed-class
    word, or a noun of what is asked or of its owner (not a number, not a name)."""
    if w in _EMPTY or w in _TIES or w in wl.determiners or w in wl.prepositions:
        return True
    if w.isdecimal() or w in W.number_words:
        return False
    classes = wl.object_classes(w, wl.lemma(w))
    return not (ASKED.isdisjoint(classes) and OWNERS.isdisjoint(classes))


def _compound(ws: list[str], wl: Words) -> bool:
    """An owner said right before what is asked of it: "ship name" (the "'s" of
    "ship's name" is not a word of the clause), "vessel position"."""
    return any(
        not OWNERS.isdisjoint(wl.object_classes(a, wl.lemma(a)))
        and not ASKED.isdisjoint(wl.object_classes(b, wl.lemma(b)))
        for a, b in pairwise(ws)
    )


def echoes_answer(c: Clause) -> bool:
    """Whether a clause only echoes the yes or no said before it with a subject and an
    auxiliary or a modal ("Yes, we do.", "No, it isn't.", "Oui, on a.", "Non, on n'a
    pas.", "Yes, we can."), or the question's verb with a pronoun for what it asked
    about ("yes we can see it", "no we cannot see anything", "oui on le voit"): the
    answer says it all, the clause is no statement."""
    if not 1 < len(c.words) <= 5 or c.objects or c.agent == "none":
        return False
    wl = words(c.lang)
    verbs = [w for w in c.words if not _closed(w, wl)]
    # the subject is said first; a pronoun besides it stands for what was asked about
    said = [w for w in c.words if w not in wl.lead]  # "oui on le voit"
    told = [w for w in said[1:] if w in _STANDING_IN or w in wl.pronouns]
    return not verbs or (len(verbs) == 1 and c.predicate is not None and bool(told))


def _closed(w: str, wl: Words) -> bool:
    return (
        w in wl.pronouns or w in wl.be or w in wl.have or w in wl.do or w in wl.modal
        or w in wl.negators or w in ("ne", "n", "pas", "cannot") or w in _STANDING_IN
        or w in wl.lead
    )  # fmt: skip


#: Words that stand in for what a question asked about ("we can see it", "we cannot
#: see anything", "on ne voit rien").
_STANDING_IN = frozenset({
    "it", "them", "him", "her", "anything", "nothing", "something", "anyone", "nobody",
    "le", "la", "les", "l", "lui", "leur", "en", "rien", "quelque", "personne",
})  # fmt: skip


def labels(text: str, end: int) -> bool:
    """Whether the phrase ending at character ``end`` heads a value given after a
    colon ("Number of persons: 60", "Position : 50 N 1 E"): a form filled in, not a
    question."""
    rest = text[end:].lstrip()
    return rest.startswith(":") and bool(rest[1:].strip(" .!\t\n"))
