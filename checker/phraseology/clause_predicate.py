"""A clause's predicate: the verb's lemma with its particle ("take over"), a French
"en" phrase ("prendre en charge"), or a light verb with its noun ("avoir besoin"),
and the modality words that lean on the verb after them ("need to", "besoin de").
"""

from __future__ import annotations

from functools import cache

from checker.phraseology.clause import Clause
from checker.phraseology.clause_words import W, numeral
from checker.phraseology.words import Words


def with_light(c: Clause) -> None:
    """The light verb's predicate joins the clause's, and replaces a predicate that
    is only the verb or the noun ("on a besoin d'aide": "avoir besoin", not "avoir")."""
    if c.light:
        c.predicates = c.predicates | {c.light}
        if c.predicate in (None, "avoir", "etre", "faire", "have", "be") or (
            c.predicate is not None and c.light.endswith(c.predicate)
        ):
            c.predicate = c.light


#: Articles between a light verb and its noun ("prendre l'eau", "avoir besoin d'aide"),
#: the negators said there ("on n'a pas besoin d'aide", "we have no need of") and the
#: adverbs ("on a vraiment besoin d'aide", "on a juste besoin d'un remorquage").
_LIGHT_SKIP = frozenset({
    "le", "la", "l", "les", "un", "une", "du", "des", "pas", "plus", "jamais", "vraiment",
    "juste", "absolument", "urgemment", "surtout", "toujours", "encore", "aussi", "bien",
    "tellement", "seulement", "really", "just", "urgently", "badly",
})  # fmt: skip


def light(c: Clause, body: list[str], q: int, wl: Words) -> None:
    """A light verb and its noun after the subject (``[light]`` of words.*.toml):
    "avoir besoin", "faire naufrage" are one predicate, which the verb alone ("avoir",
    "faire") does not say."""
    for k in range(q, min(len(body) - 1, q + 5)):
        w = body[k]
        verb = "avoir" if w in wl.have else "faire" if w in wl.do else wl.lemma(w)
        nouns = wl.light.get(verb)
        if nouns is None:
            continue
        m = k + 1
        while m < len(body) and body[m] in _LIGHT_SKIP:
            m += 1
        if m < len(body) and body[m] in nouns:
            c.light = f"{verb} {body[m]}"
            return


@cache
def known_verbs() -> frozenset[str]:
    """Every predicate a frame names: a word no frame names is no verb of interest.
    (Imported from the frames when first asked: they import clause analysis.)"""
    from checker.phraseology.frames import predicate_lemmas

    return predicate_lemmas()


def to_follows(body: list[str], q: int, wl: Words) -> bool:
    """Whether the word at ``q`` leans on a verb after it ("need to go", "besoin de
    rentrer"): then it is a modality, not the predicate."""
    if q + 1 >= len(body):
        return False
    nxt = body[q + 1]
    if wl.lang == "fr" and (body[q] in _VOULOIR or body[q] in _COMPTER):
        k = q + 1
        while k < len(body) - 1 and body[k] in _BEFORE_INFINITIVE:
            k += 1
        w = body[k]
        return w in wl.verbs or (w.endswith(("er", "ir", "re")) and not closed(w, wl))
    if wl.lang == "fr":
        # an infinitive, not a word that only ends like one ("besoin de votre position")
        after = body[q + 2] if q + 2 < len(body) else ""
        if after in ("se", "s", "nous", "vous", "me", "m") and q + 3 < len(body):
            after = body[q + 3]  # "refuse de se dérouter": a reflexive infinitive
        return nxt in ("de", "d") and (
            after in wl.verbs or (after.endswith(("er", "ir", "re")) and not closed(after, wl))
        )
    return nxt in ("to", "you")


def stronger(old: str, new: str) -> str:
    """Of two modalities said in one verb chain, the one that decides the clause."""
    if old == "none":
        return new
    order = ("cannot", "unwilling", "must", "should", "want", "will", "can", "done")
    return new if order.index(new) < order.index(old) else old


#: English object pronouns, which a phrasal verb's particle may follow.
_OBJECT_PRONOUNS = frozenset({"us", "them", "him", "her", "me", "it", "this", "that"})


#: Verbs of going somewhere, whose "down", "up" or "over" before "to" is a path.
_MOTION = frozenset({
    "go", "come", "get", "walk", "swim", "climb", "move", "run", "drive", "sail", "head",
    "row", "paddle", "drift", "motor",
})  # fmt: skip


def predicate(c: Clause, body: list[str], q: int, wl: Words) -> None:
    """The predicate of the verb at ``q``: its lemma, with a particle or French "en"
    phrase that makes one predicate with it."""
    verb = body[q]
    lemma = wl.lemma(verb)
    preds = {lemma, verb}
    nxt = body[q + 1] if q + 1 < len(body) else ""
    path = (
        nxt in ("down", "up", "over")
        and body[q + 2 : q + 3] == ["to"]
        and lemma in _MOTION  # "hand over to" hands over
    )
    if nxt and (nxt in wl.particles or (wl.lang == "en" and nxt in ("on", "in"))) and not path:
        # ("go down to the slipway" goes somewhere: no "go down", which sinks)
        preds.add(f"{lemma} {nxt}")
        c.predicate = f"{lemma} {nxt}"
    elif nxt in _OBJECT_PRONOUNS and q + 2 < len(body) and body[q + 2] in wl.particles:
        # the particle after a pronoun object: "they picked us up", "take them off"
        preds.add(f"{lemma} {body[q + 2]}")
        c.predicate = f"{lemma} {body[q + 2]}"
    elif (k := _particle_after_object(body, q, wl)) > 0:
        # the particle after a short noun object: "we'll stand the search down at
        # last light", "can you hand the case over", "pick the survivors up"
        preds.add(f"{lemma} {body[k]}")
        c.predicate = f"{lemma} {body[k]}"
    elif nxt in ("this", "that") and body[q + 2 : q + 3] == ["one"] and q + 3 < len(body):
        # "we're handing this one over to you": the particle after "this one"
        if body[q + 3] in wl.particles:
            preds.add(f"{lemma} {body[q + 3]}")
            c.predicate = f"{lemma} {body[q + 3]}"
    else:
        c.predicate = lemma
    if wl.lang == "fr" and nxt == "en" and q + 2 < len(body):
        preds.add(f"{lemma} en {body[q + 2]}")
        if body[q + 2] in ("charge", "danger"):
            c.predicate = f"{lemma} en {body[q + 2]}"
    c.predicates = frozenset(preds)


#: Particles that close a phrasal verb after its object ("stand the search down"); not
#: those that are as often prepositions of a place ("put the kids in the raft").
_CLOSING = frozenset({"down", "up", "over", "off", "out", "back", "away"})
#: Determiners that open the short object before such a particle.
_OBJECT_OPENS = frozenset({"the", "your", "our", "this", "that", "his", "her", "their", "my"})


def _particle_after_object(body: list[str], q: int, wl: Words) -> int:
    """Where a particle closes the verb at ``q`` after a determiner and one or two
    open words, in English: the particle is said last or before a preposition, a
    time or "now" (not "down the coast", a place), else 0. Not after "get": "I
    can't get the kedge out" moves a thing, where the frames' "get out" goes out."""
    if wl.lang != "en" or q + 1 >= len(body):
        return 0
    if body[q + 1] not in _OBJECT_OPENS and not numeral(body[q + 1]):
        return 0  # (a count opens the object too: "we've pulled six swimmers out")
    if wl.lemma(body[q]) == "get":
        return 0  # causative: "get the kedge out" moves a thing; "get out" goes out
    for k in (q + 3, q + 4):
        if k >= len(body) or closed(body[k - 1], wl):
            return 0
        if body[k] in _CLOSING:
            after = body[k + 1] if k + 1 < len(body) else ""
            if not after or after in wl.prepositions or after in ("now", "please", "and"):
                return k
            return 0
    return 0


def closed_core(w: str, wl: Words) -> bool:
    """A closed-class word other than a discourse lead."""
    return (
        w in wl.be or w in wl.have or w in wl.pronouns or w in wl.determiners
        or w in wl.prepositions or w in wl.negators
    )  # fmt: skip


def closed(w: str, wl: Words) -> bool:
    """A closed-class word: an auxiliary, pronoun, determiner, preposition, negator or
    discourse lead, never the predicate of a clause."""
    return w in wl.lead or closed_core(w, wl)


#: French "vouloir", whose infinitive follows it without "de" ("ils veulent partir";
#: "ils ne veulent pas de notre aide" wants a thing: the verb).
_VOULOIR = frozenset({
    "veux", "veut", "voulons", "voulez", "veulent", "voudrais", "voudrait", "voudrions",
    "voudriez", "voudraient",
})  # fmt: skip
#: "compter" as "intend", with a bare infinitive like "vouloir": "je compte
#: transférer l'enfant sur la vedette" (not "je compte les gilets").
_COMPTER = frozenset({"compte", "comptons", "comptez"})
#: Modal words that are verbs of their own unless "to" follows ("we need help",
#: "we need to leave"), or for "vouloir" an infinitive.
VERB_MODALS = (
    frozenset({
        "need", "needs", "like", "want", "wants", "wish", "hope", "prefer", "plan", "refuse",
        "refuses", "refused", "intend", "besoin", "compte", "refusent", "refusons", "refusez",
    })
    | _VOULOIR
)  # fmt: skip
#: Words between "vouloir" and its infinitive: negators, "bien", clitics.
_BEFORE_INFINITIVE = frozenset({
    "pas", "plus", "jamais", "bien", "le", "la", "les", "l", "lui", "leur", "nous", "vous",
    "se", "s", "me", "m", "te", "t", "y", "en",
})  # fmt: skip


#: Verbs that a learner of English says in their base form after "be" ("I am
#: understand", "we are proceed to the position", "I am not copy"): never an
#: adjective there, so the verb is the predicate.
BARE_AFTER_BE = frozenset({
    "understand", "copy", "proceed", "receive", "send", "launch", "alter", "stop",
    "come", "go", "need", "require", "request", "assist", "help", "rescue", "recover",
    "continue", "try", "wait", "stand", "call", "inform", "confirm", "take", "make",
})  # fmt: skip


#: The modals that ask by inversion ("can you", "will they"): "need", "want" first
#: state with "I" dropped ("Need a pump.", "Want a tow?" asks only by its mark).
INVERTING = frozenset({"will", "shall", "would", "can", "could", "may", "might", "must", "should"})


#: French ordinals that are no "-ième": "la première personne", "la dernière".
_ORDINALS = frozenset({"premier", "premiere", "dernier", "derniere", "seconde", "second"})


def ordinal(w: str) -> bool:
    """Whether a word is a French ordinal ("troisième", "dernière"), which counts the
    noun after it: "la troisième personne" is a person, not "nobody"."""
    return w in _ORDINALS or (w.endswith("ieme") and len(w) > 5)


def a_person(body: list[str], k: int, wl: Words) -> bool:
    """Whether "personne" at ``k`` is the noun ("une personne", "la personne disparue",
    "chaque personne"), not "nobody"."""
    return k > 0 and (
        body[k - 1] in wl.determiners or body[k - 1] in W.number_words or ordinal(body[k - 1])
    )
