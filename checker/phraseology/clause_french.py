"""French forms that tell the parts of a clause: a wh-word left in place ("vous êtes
où"), an inversion's subject, a reflexive order, "ne" and the object pronouns before
an order's verb, "merci de" + an infinitive, "tout" as a subject, the impersonal
"il" ("il y a", "il faut", "il nous faut"). Read by :mod:`.clause_verbs`,
:mod:`.clause_read` and :mod:`.clause_split`; kept apart from :mod:`.clause_forms`
so that each module reads in one sitting.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.phraseology.clause import Clause
from checker.phraseology.clause_predicate import closed
from checker.phraseology.clause_words import W
from checker.phraseology.words import Words

#: French wh-words asked where the answer goes ("vous êtes où", "c'est quoi votre
#: position", "vous êtes combien"), and the words that may follow them.
_IN_SITU_LAST = frozenset({"ou", "quand", "comment", "pourquoi"})
_AFTER_IN_SITU = frozenset({"exactement", "maintenant", "la", "actuellement", "alors", "donc"})


def in_situ(body: list[str]) -> bool:
    """Whether a French clause asks by a wh-word left in place: "quoi" and
    "combien" after the verb, "où"/"quand"/"comment" at its end ("où" folds to "ou",
    which is also "or": only at the end, after a verb, is it asked)."""
    n = len(body)
    for k in range(1, n):
        w = body[k]
        if w == "t" and k + 1 < n and body[k + 1] in FR_SUBJECTS:
            return True  # "y a-t-il des enfants", "a-t-elle un gilet": an inversion
        if (w == "combien" or (w == "quoi" and body[k - 1] not in ("importe", "ou"))) and (
            W.say_verbs.isdisjoint(body[:k])  # "je ne sais pas quoi faire" tells
        ):
            return True
        if (
            w in _QUEL
            and body[k - 1] not in _NOT_ASKING_QUEL
            and W.say_verbs.isdisjoint(body[:k])  # "je ne sais pas à quelle distance …"
        ):
            # "l'eau est à quelle hauteur", "vous êtes à quelle distance", after the
            # verb: "c'est quel type d'embarcation", "vous avez quelle position"
            return True
        if w in _IN_SITU_LAST and all(x in _AFTER_IN_SITU for x in body[k + 1 :]):
            return True
    return False


#: "quel" and its forms, asked in place ("à quelle hauteur", "c'est quel bateau").
_QUEL = frozenset({"quel", "quelle", "quels", "quelles"})
#: What "quel" may follow without asking: "n'importe quel bateau", "tel quel".
_NOT_ASKING_QUEL = frozenset({"importe", "tel", "telle", "tels", "telles"})


#: French subject pronouns that follow their verb in an inverted question.
FR_SUBJECTS = frozenset({"vous", "tu", "nous", "il", "elle", "ils", "elles", "on"})
#: French verbs in -ez that, inverted with "vous", ask rather than order
#: ("pouvez-vous", "avez-vous des blessés").
ASKING_EZ = frozenset({
    "pouvez", "voulez", "avez", "etes", "allez", "savez", "devez", "comptez", "souhaitez",
    "pensez", "voyez", "entendez", "connaissez", "disposez", "recevez", "faites", "desirez",
    "prevoyez", "acceptez", "confirmez", "etiez", "aviez", "pourriez", "voudriez", "auriez",
})  # fmt: skip
#: Words after a reflexive order that do not make it a question: its complement
#: ("éloignez-vous du navire"), who is told ("asseyez-vous tous").
NOT_ASKED = frozenset({"de", "du", "d", "tous", "toutes", "tout"})


_THANK = frozenset({"merci", "remercie", "remercions"})


def after_ne(body: list[str]) -> int:
    """Where the verb of a French negative order may be: after "ne" and the object
    pronouns before the verb ("ne vous approchez pas", "ne nous laissez pas"; a subject
    comes before "ne", so none is there)."""
    k = 1
    while k + 1 < len(body) and body[k] in W.clitics:
        k += 1
    return k


def merci_de(ws: list[str], p: int, wl: Words) -> bool:
    """Whether ``ws[p:]`` opens "merci de" (or "… vous remercie de") + (clitics) + an
    infinitive."""
    if p + 1 >= len(ws) or ws[p] not in _THANK or ws[p + 1] not in ("de", "d"):
        return False
    k = p + 2
    while k < len(ws) and (ws[k] in W.clitics or ws[k] == "bien"):  # "de bien vouloir"
        k += 1
    # "merci d'avoir appelé", "merci d'être là" thank
    return (
        k < len(ws)
        and ws[k].endswith(("er", "ir", "re"))
        and ws[k] not in ("avoir", "etre")
        and not closed(ws[k], wl)  # "merci de votre appel"
    )


#: Verbs after which "tout" is their subject ("tout va bien", "tout est ok").
AFTER_TOUT = frozenset({"va", "est", "marche", "fonctionne", "allait", "etait", "ira", "sera"})


def impersonal(
    c: Clause,
    body: list[str],
    q: int,
    wl: Words,
    chain: Callable[[Clause, list[str], int, Words], None],
) -> bool:
    """Read a French impersonal "il" at ``q`` and say whether it was one: "il y a"
    (the existential), "il nous faut une remorque" (we need one), "il faut" + a verb
    (an obligation: "il faut mettre les gilets", "il ne faut pas bouger"; "il faut
    que vous restiez à bord" orders the addressee). ``chain`` reads the verb chain
    from an index, the subject read."""
    n = len(body)
    if _existential(body, q):
        c.agent = "third"
        c.agent_word = "there"
        c.predicate = "etre"
        c.predicates = frozenset({"etre", "be", "il y a"})
        return True
    if body[q] != "il":
        return False
    if q + 2 < n and body[q + 1] in ("nous", "me", "m") and body[q + 2] in _FAUT:
        c.agent, c.predicate = "speaker", "falloir"
        c.predicates = frozenset({"falloir", "need"})
        return True
    if body[q + 1 : q + 4] in (["ne", "faut", "pas"], ["n", "faut", "pas"]):
        body = [*body[: q + 1], "faut", *body[q + 4 :]]  # a ban
        n = len(body)
        c.polarity = "negative"
    if not (q + 1 < n and body[q + 1] in _FAUT):
        return False
    c.agent = "none"
    c.modality = "must"
    if q + 3 < n and body[q + 2] == "que" and body[q + 3] in wl.addressee:
        c.agent = "addressee"
        chain(c, body, q + 4, wl)
    else:
        chain(c, body, q + 2, wl)
        if c.predicate is None and q + 2 < n and body[q + 2] in wl.determiners:
            # "il faut une ambulance au port": a need said of a thing, as "il nous faut"
            c.predicate = "falloir"
            c.predicates = frozenset({"falloir", "need"})
    c.modality = "must"  # the chain reads no modal after "faut"
    return True


#: What opens a French impersonal clause: "il", and the "y" of an "il y a" said
#: without its "il" ("y a des enfants", "y'a de l'eau", "ya 50 personnes").
IMPERSONAL = frozenset({"il", "y", "y'a", "ya"})
#: "il faut", and "il faudrait", which asks the same more politely.
_FAUT = frozenset({"faut", "faudrait"})
_HAS = frozenset({"a", "avait", "aura"})


def _existential(body: list[str], q: int) -> bool:
    """Whether the clause says "il y a" at ``q``, with or without its "il"."""
    if body[q] in ("y'a", "ya"):
        return True
    k = q + 1 if body[q] == "il" else q
    return k + 1 < len(body) and body[k] == "y" and body[k + 1] in _HAS


#: French verbs by which the speaker asks the addressee to act ("je veux que vous …").
FR_ASK_OF = frozenset({
    "veux", "voulons", "voudrais", "voudrions", "aimerais", "aimerions", "souhaite",
    "souhaitons", "souhaiterais", "besoin", "demande", "demandons",
})  # fmt: skip


def recent_past(body: list[str], q: int, wl: Words) -> int:
    """Where the infinitive is when the verb at ``q`` is "venir de" + an infinitive,
    the recent past ("on vient de voir des fusées", "il vient de chavirer",
    "l'hélicoptère vient de le treuiller", its object clitic between), or 0: the
    infinitive is the predicate, done; "venir" alone comes ("on vient vous chercher")."""
    if q + 2 >= len(body) or wl.lemma(body[q]) != "venir" or body[q + 1] not in ("de", "d"):
        return 0
    r = q + 2
    while r < len(body) - 1 and body[r] in W.clitics:
        r += 1
    after = body[r]
    # (an infinitive the word lists do not hold is one straight after "de": "on vient
    # de croiser un pneumatique"; after an article it may be a noun, "de la terre")
    verb = after.endswith(("er", "ir", "re", "oir")) and (
        after in wl.verbs or after in wl.lemmas.values() or (r == q + 2 and len(after) > 4)
    )
    return r if verb else 0


#: Words that open a reason said before the clause it explains ("given the time …",
#: "considering the number of passengers, …", "vu la météo, …", "compte tenu de …").
REASON_FIRST = frozenset({"given", "considering", "vu", "compte", "etant"})
