"""Who a clause's subject is where a pronoun or an article does not say it: a
count or a quantity ("two did not make it", "most of them come from Sudan"), the
group an order is given to ("all of you stay in the boat"), a station named by its
capitals or by a word no language knows ("Corsen Radio accepte la coordination",
"jobourg coordonne"), and the subject a wh-question inverts ("que comptez-vous
faire", "what will you do"). :mod:`.clause_verbs` asks these of a clause's body.
"""

from __future__ import annotations

from checker.phraseology import clause_french as fr
from checker.phraseology.clause import Clause
from checker.phraseology.clause_forms import (
    NOUNS,
    auxiliary,
    hyphenated,
    noun_agent,
    person,
    progressive,
    verbal,
)
from checker.phraseology.clause_names import pronounceable
from checker.phraseology.clause_predicate import a_person, closed
from checker.phraseology.clause_words import W, phrases_by
from checker.phraseology.parts import Tok
from checker.phraseology.words import Words, known

#: Words of quantity that may stand as a clause's subject ("most survived", "la
#: plupart viennent du Soudan"), beside the quantities of clause.toml and numbers.
_QUANTITY_SUBJECTS = frozenset({"most", "some", "all", "both", "half", "certains", "certaines"})
#: The pronouns a quantity is taken from: "most of them", "two of us".
_OF_WHOM = frozenset({"them", "us", "you"})


def quantified(body: list[str], q: int, wl: Words) -> int:
    """Where the verb starts after a subject that is a count or a quantity, with
    the pronoun it is taken from ("two did not make it", "most of them come from
    Sudan", "most of us cannot swim"); 0 if the clause does not open so. A number
    before a noun ("five knots", "two people") is no subject alone."""
    w = body[q]
    if not (
        w in W.quantities
        or w in _QUANTITY_SUBJECTS
        or (w.isdecimal() and len(w) <= 4)
        or w in W.number_words
    ):
        return 0
    r = q + 1
    if r + 1 < len(body) and body[r] == "of" and body[r + 1] in _OF_WHOM:
        r += 2  # "most of them", "two of us"
    if r >= len(body):
        return 0
    x = body[r]
    if auxiliary(x, wl) or x in wl.modal:
        return r
    lemma = wl.lemma(x)
    if x in W.number_words or NOUNS.intersection(wl.object_classes(x, lemma)):
        return 0
    if wl.lang == "en" and x.endswith("ed") and len(x) > 4:
        return r  # "two drowned", "most survived"
    counted = r == q + 1 and (w.isdecimal() or w in W.number_words)
    if counted and x.endswith("s"):
        return 0  # "five knots", "deux canots": a noun counted
    return r if lemma in wl.verbs and (lemma != x or not counted) else 0


def quantity_agent(c: Clause, subject: list[str], wl: Words) -> None:
    """The agent of a counted subject: the pronoun it is taken from ("two of us":
    the speaker), or the count or quantity itself ("two", "most": someone else)."""
    if len(subject) == 3 and subject[1] == "of":
        c.agent, c.agent_word = person(subject[2], wl), " ".join(subject)
    else:
        noun_agent(c, "", subject, wl)


#: Where the group an order is given to is, said after it ("everyone on board").
_WHERE_THE_GROUP_IS = frozenset({"onboard", "aboard", "here", "there"})


def addressed_group(body: list[str], wl: Words) -> int:
    """How many words name the group an English order is given to, before its bare
    verb: "everybody sit down", "all sit down", "all of you stay in the boat", "two
    of you go forward", "all persons put on lifejackets" ("everybody sits" reports:
    the verb decides, in imperative()); 0 if none."""
    n = len(body)
    if n > 1 and body[0] in ("everybody", "everyone", "all") and body[1] != "of":
        named = wl.object_classes(body[1], wl.lemma(body[1]))
        k = 2 if body[0] == "all" and n > 2 and "persons" in named else 1
        if k + 1 < n and body[k] in _WHERE_THE_GROUP_IS:
            k += 1  # "all persons on board put your life jackets on now"
        return k  # "all passengers stay seated"
    if (
        n > 3
        and body[1:3] == ["of", "you"]
        and (body[0] in W.quantities or body[0] in _QUANTITY_SUBJECTS or body[0] in W.number_words)
    ):
        return 3
    return 0


def name_subject(
    body: list[str], q: int, toks: list[Tok], i: int, j: int, text: str, wl: Words
) -> tuple[int, int]:
    """Where the words from ``q`` that name a station or a unit as the clause's
    subject start and end: words capitalised in typed text ("Corsen Radio accepte la
    coordination", "Falmouth accepts SMC"), with a call sign's number ("Rescue 163 has
    winched …"), after the name of the station called ("Dover, Corsen Radio accepte …"),
    or a word neither language knows ("jobourg coordonne l'opération"); (q, q) if
    none. The caller checks that a verb follows."""
    w = body[q]
    if not w[0].isalpha() or w in wl.pronouns or w in wl.determiners:
        return q, q
    if text == text.lower() or text == text.upper():
        return (q, q + 1) if _unknown(w) and pronounceable(w) else (q, q)
    start = k = q
    t = next((m for m in range(i, j) if toks[m].w == w), j)
    while t < j and k < len(body):
        if toks[t].w == "," and k > start and t + 1 < j and _capital(toks[t + 1], text):
            start, t = k, t + 1  # "Dover, Corsen Radio accepte": the station called first
            continue
        if toks[t].w == "," and k > start:
            return q, q  # "Jobourg, copy that": the station said to, not the subject
        x = body[k]
        if toks[t].w != x or not (
            _capital(toks[t], text) or (k > start and (x.isdecimal() or x in W.number_words))
        ):
            break
        k, t = k + 1, t + 1
    # a sentence opens with a capital: one word alone names only if no language
    # knows it ("Case closed" is no station)
    if k - start == 1 and not _unknown(body[start]):
        return q, q
    return start, k


def _capital(tok: Tok, text: str) -> bool:
    return text[tok.s : tok.s + 1].isupper()


def _unknown(w: str) -> bool:
    return w not in known("en") and w not in known("fr")


def inverted_after_wh(
    body: list[str], p: int, wl: Words, toks: list[Tok], i: int, j: int, text: str
) -> bool:
    """Whether a wh-question inverts its subject after the word at ``p``: French
    with a hyphen ("que comptez-vous"), English after an auxiliary or a modal
    ("where are you going", "what will you do")."""
    verb, subject = body[p], body[p + 1]
    if wl.lang == "fr":
        return subject in fr.FR_SUBJECTS and hyphenated(toks, i, j, verb, subject, text)
    auxiliary = verb in wl.be or verb in wl.have or verb in wl.do or verb in wl.modal
    return auxiliary and (subject in W.subjects or subject == "you")


def dropped_i(body: list[str], p: int, wl: Words) -> list[str] | None:
    """The words of a clause whose subject radio left unsaid, from its verb chain,
    with "am" put back where "I am" was dropped; None where the speaker is not the
    unsaid subject. "I" is dropped before a modal ("can't do that", "cannot comply",
    "will call you back"; not "won't be possible", which drops "it"), and "I am"
    before the speaker's state ("on scene", "on my way", "unable to assist":
    ``dropped_be`` of data/clause.toml)."""
    if p + 1 < len(body) and body[p] in _DROPPED_I_MODALS:
        nxt = body[p + 1]
        if nxt in wl.pronouns or nxt in wl.be or nxt in wl.determiners:
            return None
        return body[p:]
    if p < len(body) and any(
        tuple(body[p : p + len(w)]) == w for w in _DROPPED_BE.get(body[p], ())
    ):
        return ["am", *body[p:]]
    return None


#: The phrases of ``W.dropped_be`` by their first word (one look-up a clause).
_DROPPED_BE = phrases_by(W.dropped_be, 0)


#: Modals before which radio drops "I".
_DROPPED_I_MODALS = frozenset(
    {"can't", "cannot", "cant", "won't", "wont", "couldn't", "will", "shall"}
)


#: Those the addressee is to have act: "I want everyone to sit down".
ORDERED_OTHERS = frozenset({"everyone", "everybody", "them", "all"})


#: What a bare noun that opens a headline may name.
_HEADLINE_NOUNS = frozenset({"persons", "casualty", "part"})


def headline(body: list[str], q: int, wl: Words) -> bool:
    """A bare noun and a past participle, as radio reports in headlines ("Man
    recovered", "Casualty located", "Engine failed"): the noun is the subject. The
    noun names persons, a craft or a part of one; the participle is a verb's past
    ("recovered", "taken"), not a noun or an "-ing". A bare noun and a verb in "-s"
    that a small word or the end follows is one too ("responsibility passes to you",
    "engine stops"), and the noun may then also name the case or its coordination."""
    if wl.lang != "en" or q + 1 >= len(body):
        return False
    w, nxt = body[q], body[q + 1]
    classes = wl.object_classes(w, wl.lemma(w))
    if (not _HEADLINE_NOUNS.isdisjoint(classes) or "coordination" in classes) and third_singular(
        body, q + 1, wl
    ):
        return q + 2 >= len(body) or closed(body[q + 2], wl)
    if _HEADLINE_NOUNS.isdisjoint(classes) and w not in wl.stations:
        return False
    if progressive(nxt, wl) and q + 2 < len(body):
        return True  # "Lifeboat proceeding to the casualty", "Casualty drifting north"
    if _HEADLINE_NOUNS.isdisjoint(classes):
        return False
    lemma = wl.lemma(nxt)
    return lemma != nxt and lemma in wl.verbs and not nxt.endswith(("s", "ing"))


#: Prepositions that open a phrase said before a clause's subject: "for a fishing
#: licence you'll have to …", "pour ça il faut appeler …".
_FRONTED = frozenset({"for", "pour", "regarding", "concerning", "concernant", "about"})
_FOR_US = frozenset({"us", "me", "nous", "moi"})


def subject_after_phrase(body: list[str], p: int, wl: Words) -> int:
    """Where the subject starts after a phrase fronted before it ("for a fishing
    licence you'll have to speak to the MMO": at "you"), or ``p``: a pronoun within
    six words that an auxiliary, a modal or a verb follows."""
    if p + 1 >= len(body) or body[p] not in _FRONTED or body[p + 1] in _FOR_US:
        return p  # ("for us this is a distress case" says whose judgement it is)
    for k in range(p + 1, min(len(body) - 1, p + 7)):
        nxt = body[k + 1]
        if body[k] in wl.pronouns and (
            nxt in wl.be or nxt in wl.have or nxt in wl.modal or nxt in wl.do
        ):
            return k
        if body[k] in _PERSONAL and nxt in wl.verbs:
            return k  # "for this you speak with the Guardia Costiera"
    return p


#: Personal pronouns that are only ever subjects before a verb: the subject pronouns
#: of clause.toml but "it" (as often an object), and "you"/"vous".
_PERSONAL = (W.subjects - {"it"}) | {"you", "vous"}


def third_singular(body: list[str], r: int, wl: Words) -> bool:
    """An English verb in "-s" at ``r`` ("coordinates", "takes", "accepts"), a noun's
    plural as well ("coordinates"), read as the verb after an institution's name
    unless a verb follows it ("MRCC Rome coordinates are …")."""
    w = body[r]
    lemma = wl.lemma(w)
    after = body[r + 1] if r + 1 < len(body) else ""
    return (
        wl.lang == "en"
        and w.endswith("s")
        and lemma != w
        and lemma in wl.verbs
        and not (after in wl.be or after in wl.have or after in wl.modal)
    )


#: Words after which a noun phrase goes on: "le canot de Calais", "the crew of Dover".
_OF = frozenset({"de", "du", "d", "des", "of"})


def noun_phrase_end(body: list[str], q: int, wl: Words) -> int:
    """Where the verb starts after a noun subject opened by the article at ``q`` ("my
    ship is dangerous", "le CROSS prend la coordination"), or 0: six words without a
    verb are no subject ("a lot of people on the boat")."""
    n = len(body)
    end = q + 1
    if end < n and body[end] in wl.modal and not auxiliary(body[end], wl):
        end += 1  # after an article a modal word is a noun: "notre intention est"
    elif end < n and not closed(body[end], wl):
        end += 1  # the word after an article is its noun: "the pumps cannot …"
    skipped = None  # a verb's form after "de": a name ("le canot de Calais est …",
    # not "caler"), unless no other verb follows ("l'alarme de cale sonne")
    # (a verb's form right after an article qualifies the noun: "the search for the
    # missing diver", "le bateau en train de couler")
    # (a subject may run on through its complements to its verb: "the search for the
    # missing diver south-west of the Needles is stood down")
    # (French qualifies a noun by a participle after it: "les recherches concernant la
    # personne disparue au large de Berck sont terminées")
    french = wl.lang == "fr"
    longest = _LONGEST_SUBJECT if not french else _SUBJECT_WORDS
    while end < n and end < q + longest and body[end] != ",":  # (none runs past a pause)
        verb = verbal(body[end], wl)
        participle = french and _participle_after_noun(body, end, wl)
        if (
            verb
            and body[end - 1] not in _OF
            # (French articles are also clitic objects: "les pompiers les prennent")
            and not (wl.lang == "en" and body[end - 1] in wl.determiners)
            and not participle
        ):
            break
        if skipped is None and body[end - 1] in _OF and verb:
            skipped = end
        if participle:
            longest = _LONGEST_SUBJECT  # its complements may follow the participle
        end += 1
    if skipped is not None and not (end < n and verbal(body[end], wl)):
        end = skipped
    return end if q + 1 < end < n and (end < q + _SUBJECT_WORDS or verbal(body[end], wl)) else 0


def _participle_after_noun(body: list[str], end: int, wl: Words) -> bool:
    """Whether the French word at ``end`` is a participle that qualifies the noun
    before it ("la personne disparue", "le bateau chaviré", "les recherches
    concernant …"), not the noun's verb."""
    w, before = body[end], body[end - 1]
    if not (
        w.endswith(_FR_PARTICIPLE_ENDINGS)
        and len(w) > 4
        and w not in wl.be
        and w not in wl.have
        and not (closed(before, wl) and not (before == "personne" and a_person(body, end - 1, wl)))
        and not verbal(before, wl)
    ):
        return False
    # ("le bateau coule": a verb of the same form; a participle's noun has its own
    # verb later, a form of "être" or "avoir" said before any other subject)
    for later in body[end + 1 : end + _LONGEST_SUBJECT]:
        if later != "a" and (later in wl.be or later in wl.have):
            return True
        if later in fr.FR_SUBJECTS or later in ("je", "j", "y", ",", "a", "tous", "toutes"):
            # ("à" and "a" are one word once folded: no telling; "… disparu toutes les
            # unités sont libérées": a subject of its own opens)
            return False
    return False


#: The endings of French participles once accents are folded ("disparue", "chavirés",
#: "concernant", "remplis", "perdus", "disparu", "parti").
_FR_PARTICIPLE_ENDINGS = ("e", "es", "ant", "is", "us", "u", "i")


#: How many words a noun subject may have before its verb, and how many an English one
#: may run on through its complements ("the search for the missing diver south-west of
#: the Needles is stood down").
_SUBJECT_WORDS = 6
_LONGEST_SUBJECT = 12


def institution_verb(body: list[str], q: int, wl: Words) -> int:
    """Where the verb of an institution named at ``q`` starts, or 0: radio drops "is"
    after an institution ("Falmouth Coastguard taking coordination", "MRCC Falmouth now
    coordinating"), and after one a verb in "-s" is its verb ("Tunis MRCC coordinates
    the search")."""
    n = len(body)
    r = q + 1
    while r < min(n, q + 4) and (
        body[r] in W.adverbs or not (closed(body[r], wl) or verbal(body[r], wl))
    ):
        if progressive(body[r], wl) or third_singular(body, r, wl):
            break
        r += 1
    return r if r < n and (progressive(body[r], wl) or third_singular(body, r, wl)) else 0


#: Demonstratives that are pronouns alone ("that is correct") and determiners
#: before a noun ("that boat was recovered").
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})


def demonstrative_noun(body: list[str], q: int, wl: Words) -> bool:
    """Whether the demonstrative at ``q`` opens a noun subject: a craft or people
    follow it and an auxiliary them ("that boat was recovered", "these people are
    cold"), so the noun is no verb ("that sounds good" keeps the pronoun)."""
    if body[q] not in _DEMONSTRATIVES or q + 2 >= len(body):
        return False
    noun, after = body[q + 1], body[q + 2]
    if noun == "one" and body[q] in ("this", "that"):
        return _aux(after, wl)  # "this one is for you now", "that one will sink"
    head = q + 1
    if (
        not _aux(after, wl)
        and after.isalpha()
        and not closed(after, wl)
        and noun.isalpha()
        and not closed(noun, wl)
        and noun not in wl.modal
    ):
        head, noun = q + 2, after  # "that beacon alert is cancelled": its head
    after = body[head + 1] if head + 1 < len(body) else ""
    if after in wl.prepositions or (after in _POINTS and body[head + 2 : head + 3] == ["of"]):
        # "that beacon alert south of the Fastnet is cancelled": its complement
        after = next((w for w in body[head + 2 : head + 8] if _aux(w, wl)), "")
    return (
        noun.isalpha()
        and not closed(noun, wl)
        and noun not in wl.modal
        and _aux(after, wl)
        # a craft, people, an alert or a case, whose agent the clause's acts turn on;
        # "that position is not our area" stays a statement about what "that" points at
        and not _SUBJECT_CLASSES.isdisjoint(wl.object_classes(noun, wl.lemma(noun)))
    )


def ce_noun(body: list[str], q: int, wl: Words) -> bool:
    """Whether French "ce" at ``q`` is the determiner of a noun ("ce bateau coule",
    "ce monsieur est à l'eau"), not the pronoun ("c'est", "ce doit être", "ce qui")."""
    if body[q] != "ce" or q + 1 >= len(body):
        return False
    noun = body[q + 1]
    return (
        noun.isalpha()
        and not closed(noun, wl)  # (an auxiliary too: "c'est")
        and noun not in wl.modal
        and wl.lemma(noun) not in _CE_VERBS  # "ce serait bien", "ce sera fait"
    )


#: The verbs "ce" is the subject of.
_CE_VERBS = frozenset({"etre", "avoir", "devoir", "pouvoir", "sembler", "faire", "aller"})


#: Points of the compass that open a complement with "of" ("south of the Fastnet").
_POINTS = frozenset({"north", "south", "east", "west"})
#: The object classes of a noun a demonstrative makes a subject.
_SUBJECT_CLASSES = frozenset({"casualty", "persons", "help", "phase"})


def _aux(w: str, wl: Words) -> bool:
    return w in wl.be or w in wl.have or w in wl.modal
