"""Whose trouble a clause tells of: the speaker's own, or a third party's.

A MAYDAY RELAY says so in its proword; in plain language a relay is told by who is
in trouble. A relative ("my husband's boat has not come back"), a passing ship ("I
can see a small boat in trouble"), an NGO hotline or a coastguard ("we have received
a call from a yacht that's sinking") speak of another craft, named by an indefinite
or a third person's article, by a kin word after "my", or as the source of an alert
the speaker received. The casualty speaking of itself says "we", "the boat", "my
boat". The flag is a clause feature (``third_party``) that frames may ask for
(``distress.relay`` in ``data/frames.toml``); the words are data in
``data/clause.toml``.
"""

from __future__ import annotations

from itertools import pairwise

from checker.phraseology.clause import Clause
from checker.phraseology.clause_words import W
from checker.phraseology.words import Words

#: The words that can start a third party's mention.
_TRIGGERS = W.kin | W.alert_verbs | W.indefinite | W.their
#: Verbs by which a speaker tells of a craft it has, sees or was told of.
_TELLING = frozenset({
    "have", "get", "see", "sight", "spot", "observe", "watch", "find", "notice", "report",
    "avoir", "voir", "apercevoir", "observer", "signaler", "reperer", "trouver",
})  # fmt: skip
#: Relative pronouns, after which what a person is doing is said.
RELATIVE = frozenset({"who", "that", "which", "qui"})
#: The existential, by which a speaker tells of someone there.
THERE_IS = frozenset({"there be", "il y a"})
#: Third persons plural: others, not the speaker's craft ("it", "il" may be its boat).
_THEY = frozenset({"they", "ils", "elles"})
#: A third person singular: a person told of ("she" may be the speaker's boat).
_HE = frozenset({"he", "il"})
#: The words of a person being in trouble, not in a poor condition.
_IN_TROUBLE = frozenset({
    "trouble", "difficulty", "difficulties", "danger", "distress", "peril", "difficulte",
    "difficultes", "detresse", "perdition",
})  # fmt: skip
#: What a craft does when it goes down.
GOING_DOWN = frozenset({"sink", "capsize", "founder", "couler", "chavirer", "sombrer"})
#: How far after an article or an alert word its noun may come ("a small fishing boat").
_REACH = 4


def third_party(c: Clause, body: list[str], wl: Words) -> bool:
    """Whether the clause's ``body`` (its words after leads) tells of a craft or of
    persons other than the speaker's own."""
    if c.agent == "speaker" and c.predicate in ("be", "etre"):
        return False  # "we are a small boat with forty people": the casualty itself
    if (
        (c.agent != "speaker" or c.predicate in _TELLING)
        and c.polarity == "positive"
        and body[0] not in _HE
        and _waving(body)
    ):
        # "persons waving", "ils nous font des signes": others' call for help seen ("he's
        # waving, he's alive", of one in the water: the sign of life of one found)
        return True
    if c.agent == "third" and body and body[0] in _THEY:
        # "they are sinking", "ils sont en détresse": a casualty says "we"
        danger = c.predicate in ("be", "etre") and "danger" in c.objects  # not "they say …"
        return (danger or c.predicate in GOING_DOWN) and "health" not in c.objects
    if c.agent == "third" and body and body[0] in _HE and "il y a" not in c.predicates:
        # "he is in trouble", "il est en difficulté": a person in danger, told of (the
        # craft, "il coule", may be the speaker's own)
        # ("he's in a bad way", "il est dans un état grave" tell of his condition)
        return c.predicate in ("be", "etre") and not _IN_TROUBLE.isdisjoint(body)
    if _TRIGGERS.isdisjoint(body):
        return False  # most clauses: one set test in C
    n = len(body)
    # "we need a boat": a craft the speaker asks for is not one in trouble
    told = c.agent in ("casualty", "third", "none") or not c.predicates.isdisjoint(_TELLING)
    for k, w in enumerate(body):
        if w in W.kin and k > 0 and body[k - 1] in W.own and "health" not in c.objects:
            # "my husband", "mon fils", "my husband's boat"; the condition of a
            # relative on board is the casualty's report ("my wife is hurt")
            return True
        if w in W.alert_verbs and any(x in W.alerts for x in body[k + 1 : k + 1 + _REACH]):
            return True  # "we received a call from a yacht", "on a reçu un appel"
        if (w == "a" and wl.lang == "fr") or (w == "son" and wl.lang == "en"):
            continue  # French "a" is "has" or "à"; English "son" is kin, above
        after = body[k + 1 : min(n, k + 1 + _REACH)]
        if (
            told
            and (w in W.indefinite or w in W.their)
            and any("casualty" in wl.object_classes(x, wl.lemma(x)) for x in after)
        ):
            return True  # "a yacht is on the rocks", "their boat capsized"
    if (
        (c.agent == "speaker" or not c.predicates.isdisjoint(THERE_IS))
        and not c.predicates.isdisjoint(_TELLING | THERE_IS)
        and "danger" in c.objects
        and "health" not in c.objects
        and _someone_seen(body, wl)
    ):
        # "I can see a kayaker in trouble", "on a un kite en difficulté", "il y a un
        # nageur en difficulté"
        return True
    # persons named by an indefinite as the subject, in danger: "a kayaker is in
    # difficulty", "un nageur en difficulté" (not "a man is hurt": a casualty's own)
    return (
        c.agent == "persons"
        and body[0] in W.indefinite
        and "danger" in c.objects
        and "health" not in c.objects
    )


#: Words of persons waving for help, seen by the speaker.
_WAVES = frozenset({"waving", "agitent", "agitaient"})
_SIGNS = frozenset({"signe", "signes"})
_MAKE = frozenset({"font", "faisaient", "fait", "faisait"})
#: Words of a wave that sends the helper away: no call for help.
_SENT_AWAY = frozenset({"away", "off", "eloigner"})
_GO_AWAY = frozenset({("de", "partir"), ("de", "s'eloigner"), ("to", "leave"), ("to", "go")})


def _waving(body: list[str]) -> bool:
    """Whether a clause tells of persons waving ("people waving their arms", "ils font
    des signes"), the speaker not among them."""
    # (a sign made within three words: "ils font des grands signes")
    waving = not _WAVES.isdisjoint(body) or any(
        w in _SIGNS and not _MAKE.isdisjoint(body[max(0, k - 3) : k])
        for k, w in enumerate(body)
        if k
    )
    # "ils nous font signe de partir", "waving us away": help refused
    return waving and _SENT_AWAY.isdisjoint(body) and _GO_AWAY.isdisjoint(pairwise(body))


def _someone_seen(body: list[str], wl: Words) -> bool:
    """Whether an indefinite names persons, a craft or a thing no list knows ("a kite")
    in trouble, after a verb of having or seeing: someone the speaker sees or has news
    of, not its own trouble ("we have a problem", "on a une voie d'eau" name the
    trouble; "a lad with a cut hand, nothing serious" is in none)."""
    for k, w in enumerate(body[:-1]):
        if w not in W.indefinite or (w == "a" and wl.lang == "fr"):
            continue
        noun = body[k + 1]
        classes = wl.object_classes(noun, wl.lemma(noun))
        if "danger" in classes or not (
            "persons" in classes or "casualty" in classes or (not classes and noun.isalpha())
        ):
            return False
        # the trouble said of it after a preposition: "a kite in difficulty" ("a big
        # emergency" is the trouble itself)
        for m in range(k + 2, len(body)):
            if body[m] in _IN_TROUBLE or body[m] == "swept":
                between = body[k + 2 : m]
                # (or what it is doing: "a swimmer who is being swept out")
                return any(x in wl.prepositions or x in RELATIVE for x in between)
        return False
    return False
