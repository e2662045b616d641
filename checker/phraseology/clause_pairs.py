"""How a clause reads in the light of the clause said just before it.

Speech runs clauses together: a start broken off and begun again ("Libya is, uh,
Libya is not responsible"), a thing named first and taken up by a pronoun ("le
transfert, on le refuse"), a view or a saying said first ("for us, | it is a
distress", "they say | they are taking on water"), a figure said again digit by digit
("sur le soixante-sept, | six sept"), or a check that holds the floor ("ne quittez pas,
| je vérifie"). :func:`checker.phraseology.framing.frame_cands` asks these questions of
each clause and the one before it; each is a few set tests on the two clauses' words
and features.
"""

from __future__ import annotations

from checker.phraseology.clause import Clause, Placed
from checker.phraseology.clause_party import RELATIVE, THERE_IS
from checker.phraseology.clause_words import numeral
from checker.phraseology.matcher import Cand
from checker.phraseology.resolution import ACCEPT_WORDS
from checker.vocabulary import ActKind

#: Subjects that are a party other than the speaker and the addressee.
_PARTY = frozenset({"third", "persons", "casualty"})
#: A view said before a clause: what follows is how the speaker sees it.
_OUR_VIEW = (["for", "us"], ["pour", "nous"], ["in", "our", "view"], ["selon", "nous"])
#: The most words of a thing said first and taken up by a pronoun after it.
_TOPIC_WORDS = 4
#: The most words of a start broken off and begun again.
_FALSE_START_WORDS = 4
#: The most words of a tag question ("is it", "is it not", "aren't they").
_TAG_WORDS = 3
#: The pronouns that close a tag question.
_TAG_PRONOUNS = frozenset({"it", "they", "you", "he", "she", "we", "there"})
#: Who or what an existential tells of.
_SOMEONE = frozenset({"persons", "casualty"})
#: Verbs of checking something before answering.
_CHECKING = frozenset({
    "check", "verify", "look", "see", "verifier", "regarder", "chercher", "voir", "confirm",
    "verifie", "verifions", "regarde", "regardons", "cherche",
})  # fmt: skip
#: Verbs of saying whose bare clause announces what a party says.
_SAYING = frozenset({"say", "tell", "report", "dire", "expliquer", "raconter"})
#: The most words of a bare saying ("the people on the boat say").
_HEARSAY_WORDS = 7


def read_after(kind: ActKind, cl: Clause, before: Clause, in_water: bool) -> ActKind:
    """The act a clause's frame read, as the clause before it makes it (``in_water``:
    the clause tells of persons in the water)."""
    if (
        _hearsay(before)
        and cl.agent in _PARTY
        and (kind == "report.status" or (kind == "report.persons" and in_water))
    ):
        return "distress.relay"  # "they say they are taking on water": their trouble
    if (
        kind in ("refuse", "assistance.accept")
        and before.agent == "none"
        and len(before.words) <= _TOPIC_WORDS
        and not ACCEPT_WORDS.isdisjoint(before.words)
    ):
        # "le transfert, on le refuse", "the handover, we accept it": the handover said
        # first, taken up again by a pronoun
        return "coordination.reject" if kind == "refuse" else "coordination.accept"
    if (
        kind == "report.status"
        and cl.words[:1]
        and cl.words[0] in RELATIVE
        and not THERE_IS.isdisjoint(before.predicates)
        and not _SOMEONE.isdisjoint(before.objects)
    ):
        return "distress.relay"  # "y a un nageur | qui est emporté par le courant"
    if kind == "distress.declare" and cl.agent in ("third", "none") and before.words in _OUR_VIEW:
        return "phase.assess"  # "For us, it is a distress": the phase as the speaker sees it
    return kind


def tag_question(cl: Clause) -> bool:
    """Whether a clause is a tag that turns the statement before it into a question
    ("there is women on board, | is it?", "they're all aboard, | aren't they"): an
    auxiliary and a pronoun asked alone."""
    return (
        cl.mood == "interrogative"
        and cl.inverted
        and 2 <= len(cl.words) <= _TAG_WORDS
        and (cl.words[-2] if cl.words[-1] == "not" else cl.words[-1]) in _TAG_PRONOUNS
    )


def false_start(cl: Clause, after: Clause) -> bool:
    """Whether a short clause is begun again by the next ("Libya is, | Libya is not
    responsible"): the words the speaker broke off say nothing of their own."""
    n = len(cl.words)
    return 1 < n <= _FALSE_START_WORDS and len(after.words) > n and after.words[:n] == cl.words


def checking(cl: Clause) -> bool:
    """Whether a clause is only the speaker checking ("je vérifie", "let me check")."""
    return (
        cl.agent in ("speaker", "none")
        and not cl.objects
        and not _CHECKING.isdisjoint(cl.predicates)
    )


def standing_by(p: Placed, cands: list[Cand]) -> bool:
    """Whether the clause placed at ``p`` holds the floor ("ne quittez pas", "stand by"):
    the checking said after it is the reason, not a message ("ne quittez pas, je
    vérifie")."""
    return any(c.kind == "procedure.stand-by" and p.i <= c.i < p.j for c in cands)


def figure_again(before: Clause, cl: Clause) -> bool:
    """Whether a clause of numbers alone says again a figure of the clause before it,
    digit by digit ("on dégage sur le soixante-sept, six sept", "channel sixteen, one
    six"): it states nothing of its own."""
    return bool(cl.words) and all(map(numeral, cl.words)) and any(map(numeral, before.words))


def _hearsay(cl: Clause) -> bool:
    """Whether a clause is only a party saying something, what follows it being what
    it says ("they say | they are taking on water", "il dit | ...")."""
    return (
        cl.agent in _PARTY
        and cl.polarity == "positive"
        and not cl.objects
        and len(cl.words) <= _HEARSAY_WORDS
        and not _SAYING.isdisjoint(cl.predicates)
    )
