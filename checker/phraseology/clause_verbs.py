"""A clause's structure: mood (a wh-word, an inverted auxiliary, a bare verb), the
subject (a pronoun, a noun phrase, a station of the transcript), the chain of
auxiliaries, modals and negators, and the predicate with its particle ("take over")
or French progressive ("en train de").
"""

from __future__ import annotations

from checker.phraseology import clause_french as fr
from checker.phraseology.clause import Clause, Names, name_at
from checker.phraseology.clause_forms import (
    ASK_OF,
    NEGATING_FIRST,
    call_sign,
    cleft,
    craft_part,
    french_future,
    fronted,
    hyphenated,
    imperative,
    lead_verb,
    noun_agent,
    part_noun,
    person,
    progressive,
    respelt,
    verb_form,
    verb_word,
    verbal,
    verbless,
    vocative,
)
from checker.phraseology.clause_predicate import (
    BARE_AFTER_BE,
    INVERTING,
    VERB_MODALS,
    a_person,
    light,
    predicate,
    stronger,
    to_follows,
    with_light,
)
from checker.phraseology.clause_subjects import (
    ORDERED_OTHERS,
    addressed_group,
    ce_noun,
    demonstrative_noun,
    dropped_i,
    headline,
    institution_verb,
    inverted_after_wh,
    name_subject,
    noun_phrase_end,
    quantified,
    quantity_agent,
    subject_after_phrase,
)
from checker.phraseology.clause_words import W
from checker.phraseology.parts import Tok
from checker.phraseology.words import Words

#: Verbs of trying, after which the verb tried is the predicate.
_TRY = frozenset({
    "try", "tries", "tried", "trying", "essayer", "essaie", "essaye", "essayons", "essayez",
    "essaient", "tenter", "tente", "tentons",
})  # fmt: skip


def _cleft_relative(body: list[str], p: int, wl: Words) -> int:
    """Where the relative of a cleft on its subject is ("c'est nous qui
    coordonnons", "it's Dover who is coordinating", "it is the French that will take
    it"), or 0; a cleft on the object ("it is the boat that we saw") is none."""
    head = body[p : p + 2]
    if head == ["ce", "est"]:
        rel: tuple[str, ...] = ("qui",)
    elif head in (["it", "is"], ["it", "was"]):
        rel = ("who", "that")
    else:
        return 0
    for k in range(p + 3, min(len(body), p + 7)):
        if body[k] in rel:
            after = body[k + 1] if k + 1 < len(body) else ""
            if (
                wl.lang == "en"
                and (
                    after in wl.pronouns
                    or after in wl.determiners
                    or not after
                    # "it's not that far", "it is so bad that …": no agent named
                    or any(w in wl.negators or w in W.adverbs for w in body[p + 2 : k])
                )
            ):
                return 0
            return k
    return 0


def _no_problem(body: list[str], q: int, k: int, wl: Words) -> bool:
    """Whether the negator at ``k``, after the verb at ``q`` (said with "be": the
    caller checks), says "no problem", unpunctuated: a word of assent, no negation of
    the verb ("you are authorised no problem keep us informed"); "we have no problem
    with the engine", "there is no problem here" and "we see no problem" negate."""
    if q < len(body) and (body[q] in wl.have or body[q] in wl.be):
        return False
    if body[k] == "no":
        said, rest = body[k + 1 : k + 2], body[k + 2 : k + 3]
    elif body[k] == "pas" and body[k + 1 : k + 2] == ["de"]:
        said, rest = body[k + 2 : k + 3], body[k + 3 : k + 4]
    else:
        return False
    return bool(said) and said[0] in _NO_PROBLEM and not (rest and rest[0] in wl.prepositions)


#: What "no" or "pas de" say assent with.
_NO_PROBLEM = frozenset({"problem", "worries", "probleme", "souci", "soucis"})


def structure(
    c: Clause,
    body: list[str],
    wl: Words,
    toks: list[Tok],
    i: int,
    j: int,
    text: str,
    names: Names,
    before: str = "",
) -> None:
    """Mood, agent, modality, polarity and predicate from the clause's body;
    ``before`` is the word said before it (a lead such as "request", or the last
    word of the clause before)."""
    lang = wl.lang
    k = cleft(body, wl) if body[0] == "what" and c.mood != "interrogative" else 0
    if k:
        # "what happened is we hit something", "what I want you to do is put everybody
        # in life jackets", "what we need is a boat": a statement, read from what it says
        head, rest = body[1:k], body[k + 1 :]
        whole = rest and (rest[0] in wl.pronouns or verb_form(rest[0], wl))
        body = rest if whole else head + rest
    body = respelt(body, wl)
    n = len(body)
    p = 0
    first = body[0]
    # negation belongs to the verb it is said with (read by the verb chain); only
    # a clause that opens with it ("not in our waters", "nobody is hurt") is
    # negated here: "we need a doctor, one man is not breathing" asks for help
    second = body[1] if n > 1 else ""
    negated = (
        first in NEGATING_FIRST
        or (first == "no" and n > 1)  # a determiner: the lead "no" was read off
        or (first in ("do", "don't") and second in ("not", "never"))
        or (first == "personne" and second in ("ne", "n"))
    )
    c.polarity = "negative" if negated else "positive"
    # wh-questions and inversion
    if (
        first in wl.wh
        and not (
            lang == "fr"
            and first in ("que", "qui")
            and c.mood != "interrogative"
            # "qui coordonne": opening a sentence, "qui" asks (a relative follows a noun)
            and not (first == "qui" and (i == 0 or toks[i - 1].w in ("|", "?")) and n > 1)
            # "que comptez-vous faire": an inverted subject after "que" asks, "?" or not,
            # as "qu'est-ce que" does
            and not (
                n > 2
                and body[2] in fr.FR_SUBJECTS
                and hyphenated(toks, i, j, body[1], body[2], text)
            )
            and body[1:3] != ["est", "ce"]
        )
        # "what I'd advise is: …", "what we need is …": a pseudo-cleft says what
        # follows it, it asks nothing
        and not (first == "what" and c.mood != "interrogative" and pseudo_cleft(body))
    ):
        if not (first == "when" and c.mood != "interrogative"):
            c.mood = "interrogative"
            p = 1
            while p < n and (
                body[p] in wl.determiners
                or body[p] in ("many", "much", "long", "far", "old", "big")
            ):
                p += 1
            # "what is your position": the noun after the auxiliary is what is asked
            if lang == "fr" and body[p : p + 3] == ["est", "ce", "que"]:
                p += 3  # "qu'est-ce que vous comptez faire": the subject follows
            elif p + 1 < n and inverted_after_wh(body, p, wl, toks, i, j, text):
                # "que comptez-vous faire ?", "what will you do with them?": the
                # pronoun after the verb is the subject, and the verb's chain goes on
                c.agent = person(body[p + 1], wl)
                _verb_chain(c, [body[p], *body[p + 2 :]], 0, wl, skip_subject=True)
                return
    elif (
        lang == "en"
        and (first in wl.be or first in wl.have or first in wl.do or first in INVERTING)
        and first != "got"  # "got it", "got that": a receipt, no inversion
        and n > 1
        and (body[1] in wl.pronouns or body[1] in wl.determiners or body[1] in ("there", "it"))
    ):
        c.mood = "interrogative"
        c.inverted = True
        if body[1] in wl.pronouns and body[1] != "there":
            # "can you take coordination?": the pronoun after the auxiliary is the
            # subject, and the auxiliary's chain goes on after it
            c.agent = "persons" if body[1] in W.everyone else person(body[1], wl)
            _verb_chain(c, [first, *body[2:]], 0, wl, skip_subject=True)
            return
    elif (
        lang == "fr"
        and n > 1
        and body[1] in ("vous", "nous", "tu", "il", "elle", "ils", "on")
        and hyphenated(toks, i, j, first, body[1], text)
        # the verb agrees with an inverted subject; "aidez-nous" is an order
        and not (first.endswith("ez") and body[1] != "vous")
        # "dirigez-vous vers le port": a reflexive order, unless asked ("pouvez-vous")
        and not (
            first.endswith("ez")
            and c.mood != "interrogative"
            and first not in fr.ASKING_EZ
            # a direct object asks ("apercevez-vous le bateau"), not what NOT_ASKED has
            and not (n > 2 and body[2] in wl.determiners and body[2] not in fr.NOT_ASKED)
        )
        and not (first.endswith("ons") and body[1] != "nous")
    ):
        c.mood = "interrogative"
        c.inverted = True
        c.agent = person(body[1], wl)
        _verb_chain(c, body, 0, wl, skip_subject=True)
        return
    if lang == "en" and body[:3] == ["you", "going", "to"] and c.mood == "declarative":
        c.mood = "interrogative"  # "you gonna leave me": speech asks with "are" unsaid
    said = dropped_i(body, p, wl) if lang == "en" and c.mood == "declarative" else None
    if said is not None:
        # radio drops "I" before a modal ("can't do that", "will call you back") and
        # "I am" before the speaker's state ("on scene", "unable to assist")
        c.agent = "speaker"
        _verb_chain(c, said, 0, wl, skip_subject=True)
        return
    # imperative: a bare verb first, or "do not" / "ne … pas" + verb, or "let us"
    if c.mood != "interrogative":
        k = 0
        if body[0] in ("do", "don't") and n > 1 and body[1] in ("not", "never"):
            k = 2
        elif body[0] in ("never",) or (lang == "fr" and body[0] in ("ne", "n")):
            k = fr.after_ne(body)  # "ne bougez pas", "ne vous approchez pas"
        elif lang == "en" and (group := addressed_group(body, wl)):
            k = group  # "everybody sit down", "all of you stay in the boat"
        elif lang == "en" and (
            called := call_sign(body, wl) or vocative(body, wl, before) or fronted(body, wl)
        ):
            k = called  # "lifeboat 17 launch and proceed": a unit called, then an order
        m = name_at(body, k, names)
        if m and k + m < n and _comma_after(toks, i, j, body[k : k + m]):
            k, m = k + m, 0  # "Okay Jobourg, copy that": the station called, then the order
        named = m > 0
        dont = k == 2 and n > 2 and body[0] in ("do", "don't")
        if dont and body[2] in W.dropped_i:
            # "don't know where we are": the speaker's state, "I" dropped
            c.agent = "speaker"
            _verb_chain(c, body, 2, wl, skip_subject=True)
            return
        if (
            k < n
            and not named
            and ((dont and verb_form(body[k], wl)) or imperative(body, k, wl, toks, i, j, text))
        ):
            c.mood = "imperative"
            if body[k] == "let" and k + 1 < n and body[k + 1] == "us" and not dont:
                c.agent = "speaker"
                k += 2
                if k >= n:
                    return  # "let's" cut from its verb ("let's go1_000": the rest is an island)
            else:
                c.agent = "addressee"
            if wl.light:
                light(c, body, k, wl)  # "faites route sur le voilier": "faire route"
            predicate(c, body, k, wl)
            with_light(c)
            return
    if (
        lang == "en"
        and c.mood == "declarative"
        and p < n
        and progressive(body[p], wl)
        and not any(t.w in W.receipts for t in toks[max(0, i - 3) : i + 2])
        and not part_noun(body, p, wl)
    ):
        # radio drops "I am" / "we are": "altering course now", "taking on water",
        # "proceeding to the casualty" say what the speaker is doing; after a receipt
        # the words are more often the other station's read back ("Roger, taking on
        # water"), so they are left without an agent there
        c.agent = "speaker"
        _verb_chain(c, body, p, wl, skip_subject=True)
        return
    if (k := _cleft_relative(body, p, wl)) > 0:
        # a cleft names its agent: "c'est nous qui coordonnons", "c'est le X qui
        # coordonne", "it is Dover who has the coordination"
        # "c'est maintenant MRCC Dover qui coordonne": the adverb is not the agent's
        agent = [w for w in body[p + 2 : k] if w not in W.adverbs] or body[p + 2 : k]
        if len(agent) == 1 and agent[0] in wl.pronouns:
            c.agent = person(agent[0], wl)
        else:
            det = agent[0] if agent[0] in wl.determiners else ""
            noun_agent(c, det, agent[1:] if det else agent, wl)
        _verb_chain(c, body, k + 1, wl, skip_subject=True)
        return
    # subject, after a phrase fronted before it ("for a licence you'll have to …")
    q = p = subject_after_phrase(body, p, wl)
    while q < n and q < p + 6:
        w = body[q]
        if q == p and (m := name_at(body, q, names)) and _comma_after(toks, i, j, body[q : q + m]):
            q = p = q + m  # "Jobourg, copy that": the station said to, then the clause
            continue
        for k, known in names.get(w, ()):
            if q + k < n and tuple(body[q : q + k]) in known:
                # a station of the transcript: "cross gris nez is coordinating"
                name = body[q : q + k]
                c.agent = "authority" if any(x in wl.authorities for x in name) else "third"
                c.agent_word = " ".join(name)
                _verb_chain(c, body, q + k, wl, skip_subject=True)
                return
        if lang == "fr" and w in fr.IMPERSONAL and fr.impersonal(c, body, q, wl, _chain_after):
            return  # "il y a", "il nous faut", "il (ne) faut (pas)"
        if (
            lang == "en"
            and w in ("that", "this")
            and q + 2 < n
            and body[q + 1] in _FRONTED_SUBJECTS
            and (body[q + 2] in wl.modal or body[q + 2] in wl.do or body[q + 2] in wl.negators)
        ):
            q += 1  # "that we cannot do": the object said first, then the subject
            continue
        if w in wl.pronouns and not (
            demonstrative_noun(body, q, wl) if lang == "en" else ce_noun(body, q, wl)
        ):
            c.agent = person(w, wl)
            if w in W.everyone:
                c.agent = "persons"
            if w in ("there",) and q + 1 < n and body[q + 1] in wl.be:
                c.agent_word = "there"
            _verb_chain(c, body, q + 1, wl, skip_subject=True)
            if c.agent_word == "there" and c.predicate == "be":
                c.predicates = c.predicates | {"there be"}  # the existential, as "il y a"
            return
        if w in wl.determiners or w in wl.pronouns:
            # a noun subject: "my ship is dangerous", "le CROSS prend la coordination"
            end = noun_phrase_end(body, q, wl)
            if end:
                noun_agent(c, w, body[q + 1 : end], wl)
                _verb_chain(c, body, end, wl, skip_subject=True)
                return
            break
        if w in wl.be or w in wl.have or w in wl.modal or w in wl.negators:
            break
        r = quantified(body, q, wl) if q == p else 0
        if r:  # "most of them come from Sudan", "two did not make it"
            quantity_agent(c, body[q:r], wl)
            _verb_chain(c, body, r, wl, skip_subject=True)
            return
        s, e = name_subject(body, q, toks, i, j, text, wl) if q == p else (q, q)
        if e > s and e < n and verbal(body[e], wl):
            # a station named, then its verb: "Corsen Radio accepte la coordination"
            noun_agent(c, "", body[s:e], wl)
            _verb_chain(c, body, e, wl, skip_subject=True)
            return
        # a bare noun or name followed by an auxiliary: "Falmouth is coordinating"; a
        # bare noun and a participle: "Man recovered" (:func:`.clause_subjects.headline`)
        if q == p and headline(body, q, wl):
            noun_agent(c, "", [w], wl)
            _verb_chain(c, body, q + 1, wl, skip_subject=True)
            return
        if (
            q + 1 < n
            and (body[q + 1] in wl.be or body[q + 1] in wl.modal or body[q + 1] in wl.have)
            and body[q + 1] not in ("a",)
        ):
            noun_agent(c, "", [w], wl)
            _verb_chain(c, body, q + 1, wl, skip_subject=True)
            return
        r = institution_verb(body, q, wl) if lang == "en" and w in wl.authorities else 0
        if r:  # "Falmouth Coastguard taking coordination", "Tunis MRCC coordinates …"
            noun_agent(c, "", [x for x in body[p:r] if x not in W.adverbs], wl)
            _verb_chain(c, body, r, wl, skip_subject=True)
            return
        q += 1
    _verb_chain(c, body, p, wl, skip_subject=False)


#: The present of "aller", a future before an infinitive ("je vais appeler").
_ALLER = frozenset({"vais", "vas", "va", "allons", "allez", "vont"})
#: What follows "aller" when it is the verb of going: a place or a way.
_WHERE_TO = frozenset({
    "vers", "au", "aux", "a", "sur", "chez", "dans", "jusque", "jusqu", "directement",
    "droit", "ici", "bien", "mal", "mieux", "plus",
})  # fmt: skip


def _goes(body: list[str], q: int) -> bool:
    """Whether "aller" before ``body[q]`` is the verb of going, not a future: a place,
    a way or nothing follows ("je vais là-bas", "ça va mieux", "on y va" is elsewhere)."""
    if q >= len(body):
        return True
    w = body[q]
    return w in _WHERE_TO or (w == "la" and body[q + 1 : q + 2] == ["bas"])


def _infinitive_after(body: list[str], q: int, wl: Words) -> bool:
    """Whether a verb of helping follows at ``q``, after object clitics ("les aider",
    "chercher")."""
    while q < len(body) and body[q] in W.clitics:
        q += 1
    return q < len(body) and wl.lemma(body[q]) in _GO_AND


#: What one goes and does that is the point of going: help, fetch, take aboard ("on
#: peut aller les aider"); "aller voir" stays a going.
_GO_AND = frozenset({"aider", "secourir", "chercher", "recuperer", "sauver", "remorquer"})


def _clitic_pair(body: list[str], q: int, wl: Words) -> bool:
    """Whether the clitic at ``q`` is followed by an object clitic that is no article:
    one more clitic, then a verb ("on vous les transfère", "je vous la passe"; not
    "vous avez la position")."""
    return (
        body[q + 1] in _OBJECT_CLITICS
        and q + 2 < len(body)
        and wl.lemma(body[q + 2]) in wl.verbs
        and body[q + 2] not in wl.determiners
    )


#: The object clitics that are also articles.
_OBJECT_CLITICS = frozenset({"le", "la", "les", "l"})

#: Adjectives of willingness, modal only before "to" ("are you happy to take it?",
#: "we're ready to take the coordination", "willing to assist").
_READY = frozenset({"willing", "happy", "ready", "prepared"})

#: Subjects after an object said first ("that we cannot do", "this I can't do").
_FRONTED_SUBJECTS = frozenset({"we", "i", "they", "he", "she"})
#: "ask", an order only after "must" or "have to" ("I must ask you to …").
_ASK = frozenset({"ask", "asking"})
#: French participles that are also receipt words or closed ones ("reçu", "entendu").
_HAD_PARTICIPLES = frozenset({"entendu", "recu", "compris", "note", "eu", "percu", "apercu"})


def _to_after_others(body: list[str], k: int, wl: Words) -> int:
    """Where the "to" of "(I want) you to …" is, from ``k`` just after "you": at once,
    or after the others asked with the addressee ("you and your wife to …", "you and
    the crew to …"); 0 when there is none."""
    if body[k] == "to":
        return k
    if body[k] != "and" or body[k + 1 : k + 2] == ["to"]:
        return 0
    for m in range(k + 2, min(k + 5, len(body) - 1)):
        if body[m] == "to":
            # the others are a noun phrase, no verb among them
            between = body[k + 1 : m]
            return m if not any(x in wl.be or x in wl.modal for x in between) else 0
    return 0


def _verb_chain(c: Clause, body: list[str], q: int, wl: Words, *, skip_subject: bool) -> None:
    """Auxiliaries, modals and negators after the subject, then the predicate."""
    n = len(body)
    saw_be = saw_have = False
    modality = "none"
    negated = c.polarity == "negative"
    lang = wl.lang
    if wl.light:
        light(c, body, q, wl)
    tried = False
    have_verb = False  # "have" said as the verb, not an auxiliary
    while q < n:
        w = body[q]
        if lang == "fr" and w == "en" and q + 2 < n and body[q + 1] == "train":
            q += 3 if body[q + 2] in ("de", "d") else 2  # "en train de couler": a progressive
            continue
        if (
            lang == "fr"
            and w == "a"
            and c.agent_word
            and q + 1 < n
            and body[q + 1] in ("le", "la", "l", "bord", "terre")
            # ("Jobourg a la coordination": what a station has is no place)
            and not (q + 2 < n and body[q + 2] in wl.objects.get("coordination", ()))
        ):
            q = n  # "des gens à l'eau": after a noun, "a" before an article is "à"
            break
        if (
            lang == "fr"
            and w in W.clitics
            and (modality != "none" or not (saw_be or saw_have))  # "vous avez la …"
            and q + 1 < n
            and (body[q + 1] not in wl.determiners or _clitic_pair(body, q, wl))
        ):
            q += 1
            continue
        if w in wl.negators or w in ("ne", "pas"):
            negated = True
            q += 1
            if w == "no" and q < n and body[q] == "longer":
                q += 1  # "we no longer require assistance": "no longer" negates the verb
            continue
        if w in W.adverbs or w in W.please or _ly_adverb(w, q, n, wl):
            q += 1
            continue
        if w == "to" or (w in ("de", "a") and modality != "none"):  # "prêts à intervenir"
            q += 1
            continue
        if w in ("going", "about") and q + 1 < n and body[q + 1] == "to":
            modality = stronger(modality, "will")
            q += 2
            continue
        if w in ("have", "has", "had", "got") and q + 1 < n and body[q + 1] == "to":
            modality = stronger(modality, "must")
            q += 2
            continue
        v = q + 1 if w == "would" else q  # the verb of "(would) like/need/want you to"
        if (
            c.agent == "speaker"
            and v + 2 < n
            # ("I must ask you to reduce your speed": an order said politely; "we ask
            # you to launch a rescue" begs)
            and (body[v] in ASK_OF or (body[v] in _ASK and modality == "must"))
            and (body[v + 1] in wl.addressee or body[v + 1] in ORDERED_OTHERS)
            and (to := _to_after_others(body, v + 2, wl))
        ):
            # "I need you to stay on the line", "we would like you to alter course", "I
            # want everyone to sit down", "I want you and your wife to put your
            # lifejackets on": an order said politely; the addressee is to act, or to
            # see it done
            c.agent = "addressee"
            modality = stronger(modality, "must")
            q = to + 1
            continue
        if (
            c.agent == "speaker"
            and lang == "en"
            and v + 3 < n
            and body[v] in ASK_OF
            and body[v + 1] == "that"
            and body[v + 2] in wl.addressee
        ):
            # "we would like that you take over this boat": the French "que vous" said
            # in English by a French speaker, the same polite order
            c.agent = "addressee"
            modality = stronger(modality, "must")
            q = v + 3
            continue
        if (
            lang == "fr"
            and c.agent == "speaker"
            and w in fr.FR_ASK_OF
            and q + 3 < n
            and body[q + 1] in ("que", "qu")
            and body[q + 2] in wl.addressee
        ):
            # "je veux que vous restiez à bord", "j'ai besoin que vous gardiez votre
            # calme": the addressee is to act
            c.agent = "addressee"
            modality = stronger(modality, "must")
            q += 3
            continue
        if w == "would" and q + 1 < n and body[q + 1] in ("like", "love"):
            modality = stronger(modality, "want")
            # "we would like to leave": the verb follows; "we would like a tow": "like" is it
            q += 2 if q + 2 < n and body[q + 2] == "to" else 1
            if body[q] in ("like", "love"):
                break
            continue
        if lang == "fr" and w == "aller" and _infinitive_after(body, q + 1, wl):
            q += 1  # "on peut aller les aider": going to help, the verb is "aider"
            continue
        if w in _TRY and q + 2 < n and body[q + 1] in ("to", "and", "de", "d"):
            q += 2  # "I'm gonna try and call them", "on essaie de les joindre": the verb tried
            tried = True
            continue
        if w == "not" and q + 1 < n and body[q + 1] in ("able", "willing"):
            modality = stronger(modality, "cannot" if body[q + 1] == "able" else "unwilling")
            q += 2
            continue
        if w in wl.modal:
            m = wl.modal[w]
            if lang == "fr" and w in _ALLER and _goes(body, q + 1):
                break  # "je vais là-bas", "on va vers lui": "aller" is the verb
            if w in wl.be:
                saw_be = True  # "vous serez bombardés": a future of être
            if w in VERB_MODALS and not to_follows(body, q, wl):
                break  # "we need help": a verb, not a modal
            if w in _READY and body[q + 1 : q + 2] != ["to"]:
                break  # "we are ready", "happy with that": a state, not a will
            if w in ("required", "ordered", "obliged", "advised", "requested") and not saw_be:
                break
            modality = stronger(modality, m)
            q += 1
            continue
        if w in wl.be:
            saw_be = True
            q += 1
            continue
        if (
            lang == "en"
            and w in ("have", "has", "had")  # ("we've got a RIB ready": "got" is the verb)
            and q + 1 < n
            and (
                body[q + 1] in ("onboard", "aboard")
                or (
                    body[q + 1] in ("a", "an")
                    and not (q + 2 < n and body[q + 2] in ("lot", "bit", "few", "little"))
                )
            )
        ):
            # "we have on board two men", "can I have a tow": "have" is the verb, no
            # auxiliary, and what follows it its object ("have a look": a light verb)
            have_verb = True
            break
        if w in wl.have:
            saw_have = True
            q += 1
            continue
        if w in wl.do:
            nxt = body[q + 1] if q + 1 < n else ""
            if nxt == "" or nxt in wl.determiners or nxt in W.do_objects or nxt in wl.pronouns:
                break  # "we will do that", "do as you say": do is the verb
            q += 1
            continue
        break
    tail = body[q + 1 : q + 4]
    for k, x in enumerate(tail):
        if x in W.subordinate:
            tail = tail[:k]  # "we are going to die if nobody comes": not ours
            break
    if any(
        w in W.after_verb_negators
        and not (w == "personne" and a_person(body, q + 1 + k, wl))
        and not (saw_be and _no_problem(body, q, q + 1 + k, wl))
        for k, w in enumerate(tail)
    ) or (q < n and body[q] in ("no", "nothing", "aucun", "aucune", "rien")):
        negated = True  # "we have no power", "je n'ai rien reçu"
    if negated:
        c.polarity = "negative"
    if negated and modality == "will":
        # a machine does not refuse: "the engine won't start" cannot
        thing = c.agent == "third" and craft_part(c.agent_word, wl)
        modality = "cannot" if thing else "unwilling"
    modality = "cannot" if negated and modality == "can" else modality
    if lang == "fr" and (past := fr.recent_past(body, q, wl)):
        q, modality = past, stronger(modality, "done")  # "on vient de voir": just seen
    if q >= n:
        if saw_be:
            c.predicate = "etre" if lang == "fr" else "be"
        elif saw_have:
            c.predicate = "avoir" if lang == "fr" else "have"
        c.predicates = frozenset({c.predicate} if c.predicate else ())
        c.modality = modality
        with_light(c)
        return
    verb = body[q]
    lemma = wl.lemma(verb)
    is_verb = (
        have_verb
        or verb_word(verb, lemma, wl)
        # "on a reçu un appel", "nous avons entendu un mayday": a receipt word after
        # "avoir" is its participle
        or (saw_have and lang == "fr" and verb in _HAD_PARTICIPLES)
        or (not saw_be and not saw_have and q > 0 and lead_verb(verb, lemma, wl))
    )
    base_after_be = lang == "en" and lemma == verb and not verb.endswith("ing")
    if (
        saw_be
        and not tried  # "we were trying to keep this thing up": the verb tried
        and verb not in BARE_AFTER_BE
        and (not is_verb or (base_after_be and modality == "none"))
    ):
        # "that is correct": after a copula, a base form is an adjective or a noun
        c.predicate = "etre" if lang == "fr" else "be"
        c.predicates = frozenset({c.predicate})
    elif saw_have and not is_verb:
        c.predicate = "avoir" if lang == "fr" else "have"
        c.predicates = frozenset({c.predicate})
    elif not (is_verb or saw_be or saw_have) and verbless(verb, lemma, wl):
        # no verb: "a person in the water", "avec des enfants", "beaucoup de monde"
        c.predicate = None
        c.predicates = frozenset()
    else:
        predicate(c, body, q, wl)
        c.passive = saw_be and lemma != verb and not verb.endswith("ing")
        if (saw_have and verb != lemma and (verb.endswith(("ed", "en", "e", "i", "u", "t")))) or (
            not saw_be and lang == "en" and verb != lemma and not verb.endswith(("ing", "s"))
        ):
            modality = stronger(modality, "done")
        if lang == "fr" and french_future(verb, lemma) and modality == "none":
            modality = "will"
    if (
        lang == "fr"
        and saw_have
        # (agreed with its object: "on les a récupérés", "on l'a vue", "ils les ont pris")
        and verb.endswith(("e", "i", "u", "is", "it", "es", "us", "ts"))
        and modality == "none"
        and c.predicate not in ("avoir",)
    ):
        modality = "done"
    c.modality = modality
    with_light(c)


def _chain_after(c: Clause, body: list[str], q: int, wl: Words) -> None:
    """The verb chain from ``q``, the subject read (for :func:`.clause_french.impersonal`)."""
    _verb_chain(c, body, q, wl, skip_subject=True)


def _comma_after(toks: list[Tok], i: int, j: int, name: list[str]) -> bool:
    """Whether the station ``name`` is written followed by a comma in tokens ``i``..``j``:
    a name said to, not a subject ("Jobourg, copy that" against "Jobourg copies")."""
    m = len(name)
    for t in range(i, j - m):
        if toks[t].w == name[0] and [x.w for x in toks[t : t + m]] == name:
            return toks[t + m].w == ","
    return False


def _ly_adverb(w: str, q: int, n: int, wl: Words) -> bool:
    """Whether an English word in "-ly" before the verb is an adverb of it ("I strongly
    advise you", "we urgently need"), not a verb ("reply", "supply", "fly")."""
    return wl.lang == "en" and q + 1 < n and len(w) > _LY and w.endswith("ly") and w not in wl.verbs


_LY = 5


#: Subjects of a pseudo-cleft's relative ("what I'd advise is …").
_CLEFT_SUBJECTS = frozenset({"i", "we", "you", "they"})


def pseudo_cleft(body: list[str]) -> bool:
    """Whether a clause opened by "what" is the head of a pseudo-cleft, said before
    what it names: a pronoun subject after "what", "is" or "was" last."""
    return len(body) > 3 and body[1] in _CLEFT_SUBJECTS and body[-1] in ("is", "was")
