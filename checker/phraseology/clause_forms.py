"""Word forms that tell the parts of a clause: an auxiliary, a verb in -ing, a base
form after "do not", the inflected verb that ends a noun subject, the person of a
pronoun, the agent a noun phrase names, whether a clause opens with an order (also
after a unit's call sign), a pseudo-cleft's copula, French wh-words left in place,
"merci de" + an infinitive, and a reason said before its main clause. Read by
:mod:`.clause_verbs` and :mod:`.clause_read`; kept apart so that each module reads
in one sitting.
"""

from __future__ import annotations

from collections.abc import Sequence

from checker.phraseology.clause import Clause
from checker.phraseology.clause_french import AFTER_TOUT, REASON_FIRST
from checker.phraseology.clause_predicate import closed, known_verbs
from checker.phraseology.clause_words import W, numeral
from checker.phraseology.parts import Tok
from checker.phraseology.words import Words


def auxiliary(w: str, wl: Words) -> bool:
    return w in wl.be or w in wl.have or w in wl.do or w in ("will", "can", "must", "should")


def progressive(w: str, wl: Words) -> bool:
    """An English -ing form of a verb the lemma table knows ("altering"), not a noun
    in -ing ("nothing", "morning") nor a word that names persons or a craft. The
    classes are the word's own, not its lemma's: "launching" names no launch, "boating"
    no boat."""
    if not w.endswith("ing") or len(w) < 6:
        return False
    lemma = wl.lemma(w)
    return lemma != w and lemma in wl.verbs and not NOUNS.intersection(wl.object_classes(w, w))


def verb_form(w: str, wl: Words) -> bool:
    """A base form of a verb: after "do not" it is an order ("don't panic"). Only a
    verb can follow "do not" there, so an open-class word the lemma table lacks
    ("attempt") counts when it has no inflection."""
    if w in wl.imperative or (wl.lemma(w) == w and w in wl.verbs):
        return True
    return (
        w.isalpha()
        and wl.lemma(w) == w
        and not w.endswith(("ed", "ing", "ly"))
        and not closed(w, wl)
        and w not in W.number_words
    )


def verb_word(verb: str, lemma: str, wl: Words) -> bool:
    """Whether the word after a clause's subject and auxiliaries is a verb: not a
    determiner ("des enfants": "des" folds to "de"), a quantity ("lots of us") nor a
    noun of persons, which the dictionary also knows as a verb ("to people")."""
    if (
        closed(verb, wl)
        or verb in W.quantities
        or verb in W.number_words  # "one in the water": a count, no verb "one"
        or _PERSONS.intersection(wl.object_classes(verb, lemma))
    ):
        return False
    if (
        (lemma != verb and lemma in wl.verbs)
        or verb in wl.verbs
        or verb.endswith(("ing", "ed"))
        or (wl.lang == "fr" and lemma != verb)
    ):
        return True
    # an irregular past of a frame's verb the table has no "-ing" of ("heard")
    return lemma != verb and not verb.endswith("s") and lemma in known_verbs()


_PERSONS = frozenset({"persons"})


def french_future(verb: str, lemma: str) -> bool:
    """A French future ("nous prendrons", "vous serez"), not a present of a verb in
    -rer whose endings look alike ("nous gérons", "vous opérez")."""
    if not verb.endswith(("rai", "ra", "rons", "rez", "ront")):
        return False
    stem = lemma[:-2]
    return not (lemma.endswith("er") and verb in (stem + "ons", stem + "ez", stem + "ent"))


def verbal(w: str, wl: Words) -> bool:
    """A word that ends a noun subject: an auxiliary, a modal, a negator, a French
    clitic, or an inflected form of a verb."""
    if w in wl.be or w in wl.have or w in wl.modal or w in wl.do or w in wl.negators:
        return True
    if wl.lang == "fr" and w in ("ne", "n", "se", "s", "nous", "vous", "y", "en"):
        return True
    lemma = wl.lemma(w)
    verbal = (lemma != w and lemma in wl.verbs) or (
        wl.lang == "en" and w.endswith("ed") and len(w) > 4
    )
    # "persons": the dictionary knows a verb "to person", radio does not
    return verbal and not NOUNS.intersection(wl.object_classes(w, lemma))


_ABOARD = frozenset({"onboard", "aboard"})
#: Object classes of nouns that are never the verb of a clause's subject phrase.
NOUNS = frozenset({"persons", "casualty", "intentions", "coordination", "position", "name"})


def hyphenated(toks: list[Tok], i: int, j: int, verb: str, pron: str, text: str) -> bool:
    """Whether ``verb-pron`` was written with a hyphen (French inversion)."""
    for k in range(i, j - 1):
        w = toks[k].w  # "qu'allez-vous": the verb may carry an elided "que"
        if (w == verb or w.endswith("'" + verb)) and toks[k + 1].w == pron:
            between = text[toks[k].e : toks[k + 1].s]
            return between.strip() in ("-", "-t-", "‑")
    return False


#: Possessives of the addressee, and of the speaker.
_YOUR = frozenset({"your", "votre", "vos", "ton", "ta", "tes"})
_OUR = frozenset({"our", "notre", "nos"})
#: Demonstratives before "one", which then points at a thing ("this one", "that one").
_POINTING = frozenset({"this", "that"})


def _rescuer(w: str, wl: Words) -> bool:
    """Whether a word of a craft's name makes it a rescuer: a service's, or a word of
    help that names no craft in trouble ("rescue", "sauvetage")."""
    if w in _SERVICES:
        return True
    classes = wl.object_classes(w, wl.lemma(w))
    return "help" in classes and "casualty" not in classes


#: Services whose craft come to help ("a Border Force boat", "un bateau des douanes").
_SERVICES = frozenset({
    "coastguard", "navy", "naval", "police", "border", "gendarmerie", "douane", "douanes",
    "snsm", "pompiers", "garde-cotes", "rnli",
})  # fmt: skip


def noun_agent(c: Clause, det: str, noun: list[str], wl: Words) -> None:
    # the head is the noun before its complement: "persons on board", "the crew of the
    # boat"; "some of the children" has none before it, and keeps its last noun
    cut = next((k for k, w in enumerate(noun) if w in wl.prepositions or w in _ABOARD), 0)
    at = cut - 1 if cut else len(noun) - 1
    if at > 0 and numeral(noun[at]) and not numeral(noun[at - 1]):
        at -= 1  # a number after a noun labels it: "le secteur deux", "zone 3"
    head = noun[at]
    lemma = wl.lemma(head)
    classes = wl.object_classes(head, lemma)
    if "casualty" in classes and any(_rescuer(w, wl) for w in noun):
        # a craft named for rescue is help, not the casualty: "the rescue boat",
        # "le canot de sauvetage"; so is a service's: "a Border Force boat", "the navy
        # ship", "la vedette de la gendarmerie"
        c.agent = "speaker" if det in _OUR else "third"
        c.agent_word = "help"
        return
    if "casualty" in classes:
        # the addressee's own craft is theirs: "your boat will capsize" warns them
        c.agent = "addressee" if det in _YOUR else "casualty"
    elif any(w in wl.authorities for w in noun):
        c.agent = "authority"
    elif "persons" in classes or (numeral(head) and not (det in _POINTING and noun == ["one"])):
        # ("two drowned", "all four recovered": people counted; "this one is yours"
        # points at the case)
        c.agent = "persons"
    elif "help" in classes:
        # the speaker's own unit acts for it: "our patrol boat will stay in the area"
        c.agent = "speaker" if det in _OUR else "third"
        c.agent_word = "help"
        return
    else:
        c.agent = "third"
    c.agent_word = " ".join(noun)


#: French words in -ez that are no verb.
NOT_EZ_VERBS = frozenset({"assez", "chez", "nez"})


def person(w: str, wl: Words) -> str:
    if w in wl.speaker:
        return "speaker"
    if w in wl.addressee:
        return "addressee"
    return "third"


def imperative(
    body: list[str], k: int, wl: Words, toks: list[Tok], i: int, j: int, text: str
) -> bool:
    w = body[k]
    nxt = body[k + 1] if k + 1 < len(body) else ""
    if wl.lang == "fr":
        if w in wl.imperative:
            return True
        if w.endswith("ez") and len(w) > 3 and w not in NOT_EZ_VERBS:
            return True
        return (
            w.endswith(("er", "ir", "re"))
            and w in wl.verbs
            and k == 0
            and len(body) > 1
            and w not in ("avoir", "etre")  # "(merci d')avoir appelé" orders nothing
        )
    if nxt in wl.be or nxt in wl.modal or nxt in ("is", "are", "s"):
        return False
    if w in _COMPOUNDS and nxt in ("from", "of") and not wl.be.isdisjoint(body[k + 2 : k + 7]):
        return False  # "help from the coastguard is coming": a noun and its verb
    if w == "close" and nxt in ("to", "by"):
        return False  # "close to Dunkerque": where the speaker is, no order to close
    if w in _COMPOUNDS and (
        nxt in _COMPOUNDED
        or _call_sign_number(body, k + 1, wl)  # "Rescue 163 has winched …"
        or nxt in wl.stations
        or nxt in wl.authorities
        or nxt in wl.objects.get("help", ())
        or nxt in wl.objects.get("casualty", ())
    ):
        return False  # "rescue helicopter", "rescue coordination", "patrol boat": a noun
    if (
        nxt in _PLACED
        # "hold on to the kayak" grips, "hold at the line" waits; a hold is placed
        and (w, nxt) not in (("hold", "on"), ("hold", "at"))
        and _THINGS.intersection(wl.object_classes(w, wl.lemma(w)))
    ):
        return False  # "fire in the engine room": a thing and where it is, no order
    if w in wl.authorities and any(
        t.w == w and text[t.s : t.e].isupper() and not text.isupper() for t in toks[i:j]
    ):
        return False  # "CROSS X taking over": an acronym names a centre
    if (
        w in wl.authorities
        and nxt.isalpha()
        and not (closed(nxt, wl) or nxt in W.object_openers or nxt in wl.particles)
        and nxt not in W.number_words  # "Rescue two people": an order
    ):
        return False  # "cross gris nez we accept": a centre named, as a recogniser writes it
    if nxt in (",", "!", w) and _THINGS.intersection(wl.object_classes(w, wl.lemma(w))):
        return False  # "fire, fire in engine room": the danger cried out, no order
    if nxt == "of" and w not in _OF_VERBS:
        return False  # "change of plan, we'll take it", "report of a flare": a noun
    if w in wl.imperative_with_object:
        return nxt in W.object_openers  # "Search the area", "Tow them to port"
    if w not in wl.imperative:
        # an uncommon verb still opens an order when its object or a particle
        # follows it at once ("Vacate the area", "Turn around"): a word that is no
        # inflected form, no known noun, no closed-class word
        return (
            nxt in W.object_openers
            # (a station's name, then "out": it signs off, no order)
            and not (nxt in _SIGN_OFF and k + 2 >= len(body) and w not in wl.verbs)
            and wl.lemma(w) == w
            # ("address", "assess", "pass": a base form that ends in "ss")
            and (not w.endswith(("s", "ed", "ing", "ly")) or w.endswith("ss"))
            and not closed(w, wl)
            and w not in wl.authorities
            and not any(w in members for members in wl.objects.values())
            and w not in wl.wh
            and w not in W.number_words
        )
    return not (nxt == "" and w not in _ALONE)


#: English verbs whose order takes "of" at once ("beware of the nets").
_OF_VERBS = frozenset({"think", "beware", "dispose", "approve"})
#: Prowords a station signs off with, after its own name.
_SIGN_OFF = frozenset({"out", "over"})
#: Verbs that order alone, with nothing after them ("Stop!", "Acknowledge.").
_ALONE = frozenset({
    "go", "stop", "help", "wait", "come", "leave", "hurry", "acknowledge", "confirm",
    "respond", "answer", "spell", "listen", "look", "jump", "sit",
})  # fmt: skip


#: Prepositions that place a thing named first ("fire in the engine room").
_PLACED = frozenset({"in", "on", "aboard", "onboard", "at", "under", "below"})
_THINGS = frozenset({"status", "threat"})
#: Command verbs that are also the first noun of a compound of search and rescue.
_COMPOUNDS = frozenset({"rescue", "patrol", "pilot", "help", "watch"})
_COMPOUNDED = frozenset({
    "coordination", "operation", "operations", "team", "unit", "units", "services",
    "service", "swimmer", "area", "region", "pattern", "plan", "centre", "center", "zone",
    # a rank said with a name: "it's Falmouth, watch manager Dan Hocking"
    "manager", "officer", "leader", "keeper", "supervisor",
    # the state of the rescue said, no order: "rescue complete", "rescue successful"
    "complete", "completed", "successful", "finished", "over", "done", "underway",
})  # fmt: skip


#: Verbs by which the speaker asks the addressee to act ("I need you to …").
ASK_OF = frozenset({"need", "needs", "want", "wants", "like", "love"})


def cleft(body: list[str], wl: Words) -> int:
    """Where the copula of a pseudo-cleft is ("what we need is a boat": 3), or 0: a
    "what" clause whose "is"/"was" follows a verb, not a noun ("what kind of boat
    is it") nor "what" itself ("what is your position")."""
    for k in range(2, min(len(body) - 1, 9)):
        if body[k] in ("is", "was"):
            before = body[k - 1]
            lemma = wl.lemma(before)
            if before in ("do", "happened", "happen") or (
                lemma in wl.verbs and not wl.object_classes(before, lemma)
            ):
                return k
    return 0


def call_sign(body: list[str], wl: Words) -> int:
    """Where the order starts after a unit's call sign said without a comma
    ("lifeboat 17 launch", "rescue 169 proceed to the datum"): a noun, its number,
    then a verb of command; 0 when the clause does not open so."""
    for k in (1, 2):
        if (
            k + 1 < len(body)
            and numeral(body[k])
            and not closed(body[0], wl)
            and body[k + 1] in wl.imperative
        ):
            return k + 1
    return 0


#: Words of a craft's or a station's kind too common to be called alone: "boat fire
#: on board" is no order to a boat.
_GENERIC = frozenset({
    "boat", "ship", "vessel", "yacht", "ferry", "tug", "motor", "fishing", "sailing",
    "station", "calling", "radio", "rescue", "control", "traffic", "sector",
})  # fmt: skip
#: Command verbs that, after "you", more often report or ask ("you read me", "you say
#: you are forty").
_NOT_AFTER_YOU = frozenset({"read", "say", "do", "be", "get", "make", "let", "try", "look"})
#: Words after which "you" + a bare verb is what is asked, not an order said to "you".
_ASKING = frozenset({
    "request", "requests", "requested", "suggest", "recommend", "advise", "ask", "insist",
    "propose", "that", "want", "need", "like", "prefer",
})  # fmt: skip


def vocative(body: list[str], wl: Words, before: str) -> int:
    """Where an order starts after the station it is said to, called without a comma
    in recognised speech ("russian warship go away", "dover coastguard send help",
    "you go"), or 0. The station is one to three open-class words ending in a word
    of a station's or a craft's kind, in the singular: a plural subject agrees with
    a bare verb ("the boats go"), a singular one does not. The verb is a command
    verb that names no thing ("boat fire" is a fire). ``before`` is the word before
    the clause: after "request", "suggest" … "you take over" is what is asked."""
    if before in _ASKING or before in W.say_verbs:
        return 0
    if body[0] == "you":
        k = 1 if len(body) > 1 and body[1] not in _NOT_AFTER_YOU else 0
    else:
        k = next(
            (
                m + 1
                for m in range(min(3, len(body) - 1))
                if body[m] in wl.stations or body[m] in wl.authorities
            ),
            0,
        )
        if k == 1 and body[0] in _GENERIC:
            return 0
        head = body[k - 1] if k else ""
        if not k or (head.endswith("s") and head not in ("cross", "vts")):
            return 0
        if any(closed(w, wl) or verbal(w, wl) or not w.isalpha() for w in body[:k]):
            return 0
        while k < len(body) - 1 and (body[k] in W.number_words or body[k].isdecimal()):
            k += 1  # a call sign's digits: "rescue one two two scramble to the casualty"
    if not k or k >= len(body):
        return 0
    w = body[k]
    lemma = wl.lemma(w)
    if w not in wl.imperative or lemma != w or wl.object_classes(w, lemma):
        return 0
    return k


def fronted(body: list[str], wl: Words) -> int:
    """Where an order starts after a place or a time said first ("in the vicinity
    keep a sharp lookout", "in case of doubt call us"): a preposition, up to four
    words of its phrase, then a command verb with its object; or 0."""
    if body[0] not in wl.prepositions or body[0] in ("to", "of"):
        return 0
    for m in range(2, min(6, len(body) - 1)):
        w, prev = body[m], body[m - 1]
        if closed(prev, wl) or verbal(prev, wl) or not prev.isalpha():
            if prev not in wl.determiners and prev not in wl.prepositions:
                return 0
            continue
        if w in wl.imperative and (body[m + 1] in W.object_openers or body[m + 1] in wl.particles):
            return m
    return 0


#: French clitics that are only ever subjects, and the stressed pronouns said before
#: them ("moi, je …", "nous, on …"; in "nous vous envoyons", "vous" is the object).
_FR_CLITICS = frozenset({"je", "j", "tu", "il", "ils", "on"})
_FR_STRESSED = frozenset({"moi", "toi", "lui", "nous", "vous", "eux", "elle", "elles"})


def reason_first(allw: list[str], at: list[int], toks: list[Tok], i: int, j: int) -> list[str]:
    """The words of a subordinate clause said before its main clause and cut from it
    by a comma ("as you are conducting transit passage in a strait, your passage must
    not be impaired", "qu'étant donné que vous êtes en transit, votre passage …"), or
    none: the main clause is what the speaker says; the reason or time leans on it."""
    lead = 1 if allw[0] in ("that", "que", "qu") and len(allw) > 1 else 0
    if allw[lead] not in W.subordinate or allw[lead] in ("if", "unless", "si"):
        return []
    comma = next((k for k in range(i + 1, j - 1) if toks[k].w == ","), None)
    if comma is None:
        return []
    head = [w for w, k in zip(allw, at, strict=True) if k < comma]
    return head if len(head) < len(allw) else []


def respelt(body: list[str], wl: Words) -> list[str]:
    """A clause's words as meant where typing or speech bent them: English "dont"
    typed without its apostrophe ("dont move"; French "dont" is kept), "your"/"their"
    for "you're"/"they're"/"it's" before an -ing form ("your taking on water", "its
    not working"), a French
    stressed pronoun before the clitic it stresses ("moi, je peux vous jurer", "nous,
    on arrive": the clitic is the subject)."""
    if wl.lang == "en" and body[0] == "dont":
        return ["do", "not", *body[1:]]
    body = _modal_phrase(body)
    if (k := _calling_to(body)) and k < len(body):
        # "I'm calling to hand over to you a small boat", "je vous appelle pour vous
        # signaler …": the call's purpose is what the speaker does by it; what it
        # calls to tell is what is said ("I'm ringing to let you know that we've
        # found him")
        told = _telling(body, k)
        body = body[told:] if told < len(body) else [body[0], *body[k:]]
    if (k := _to_tell(body)) and k < len(body):
        body = body[k:]  # "just to let you know we've taken the case over": told
    if body[0] == "position" and len(body) > 2 and (numeral(body[1]) or body[1] in W.approx):
        body = body[1:]  # "position cinq milles au nord-ouest de Dunkerque": a label
    if body[0] in REASON_FIRST and (k := _subject_after_reason(body)):
        # (the words that open a reason said before the subject, with no comma)
        body = body[k:]  # "given the forecast gale I strongly advise you to return"
    if (
        wl.lang == "en"
        and body[0] in _MISSPELT_BE
        and len(body) > 1
        and (_ing(body[1], wl) or (body[0] == "its" and body[1] == "not"))
    ):
        return [*_MISSPELT_BE[body[0]], *body[1:]]
    if wl.lang == "fr" and len(body) > 2 and body[0] in _FR_STRESSED and body[1] in _FR_CLITICS:
        return body[1:]
    if wl.lang == "fr" and len(body) > 1 and body[0] == "tout" and body[1] in AFTER_TOUT:
        return ["ca", *body[1:]]  # "tout va bien": "tout" the subject, as "ça"
    if wl.lang == "fr" and len(body) > 1 and body[0] == "a" and _after_a(body[1], wl):
        # "à côté de l'éolienne", "A 5 milles de la côte": with its accent folded (or
        # not typed on a capital) "à" opens a place, no "a" of "avoir" with no subject
        return ["au", *body[1:]]
    return body


#: A call said with its purpose: "I'm calling to …", "je vous appelle pour …".
_CALLERS = frozenset({"i", "we", "je", "on", "nous"})
_CALLING = frozenset({
    "calling", "ringing", "phoning", "contacting", "appelle", "appelons", "appelais",
    "contacte", "contactons",
})  # fmt: skip
#: The endings of a French infinitive ("signaler", "revenir", "prendre", "pouvoir").
_INFINITIVE = ("er", "ir", "re")
_CALLING_GAP = frozenset({"am", "are", "just", "only", "you", "vous", "te", "simply"})


def _calling_to(body: list[str]) -> int:
    """Where the purpose starts in a call said with it ("I'm just calling to let you
    know", "on vous appelle pour …"), after its subject, or where its reason starts
    ("je vous appelle parce que …": a telling phrase of ``_TELLING``); or 0."""
    if body[0] not in _CALLERS:
        return 0
    k = 1
    while k < len(body) and body[k] in _CALLING_GAP:
        k += 1
    if k >= len(body) - 2 or body[k] not in _CALLING:
        return 0
    k += 1
    while k < len(body) and body[k] in _CALLING_GAP:
        k += 1
    if body[k : k + 2] == ["parce", "que"] and k + 2 < len(body):
        return k  # "je vous appelle parce que j'ai vu une fusée rouge": what is told
    if k >= len(body) - 1 or body[k] not in ("to", "pour"):
        return 0
    if body[k] == "pour":
        # "j'appelle pour vous signaler …" (an infinitive; "j'appelle pour mon mari"
        # calls about someone)
        m = k + 1
        while m < len(body) - 1 and body[m] in W.clitics:
            m += 1
        if not body[m].endswith(_INFINITIVE):
            return 0
    return k + 1


#: What a call is made to tell, before what it tells.
_TELLING = (
    ("let", "you", "know", "that"), ("let", "you", "know"), ("tell", "you", "that"),
    ("inform", "you", "that"), ("vous", "informer", "que"), ("vous", "dire", "que"),
    ("vous", "prevenir", "que"), ("vous", "signaler", "que"),
    # (a call said with its reason: "je vous appelle parce que …")
    ("parce", "que"),
)  # fmt: skip


def _to_tell(body: list[str]) -> int:
    """Where what is told starts after a purpose said alone, with no call ("just to
    let you know that …", "juste pour vous dire que …"), or 0."""
    k = 1 if body[0] in ("just", "only", "juste") else 0
    if k + 2 >= len(body) or body[k] not in ("to", "pour"):
        return 0
    told = _telling(body, k + 1)
    return told if told < len(body) else 0


def _telling(body: list[str], k: int) -> int:
    """Where what is told starts after a telling phrase at ``k``, or past the end."""
    for phrase in _TELLING:
        if tuple(body[k : k + len(phrase)]) == phrase and k + len(phrase) < len(body):
            return k + len(phrase)
    return len(body)


#: The subjects such a reason ends at.
_REASON_SUBJECTS = frozenset({"i", "we", "you", "je", "nous", "on", "vous"})


def _subject_after_reason(body: list[str]) -> int:
    """Where the subject starts after a reason said first, within six words, or 0:
    the reason leans on the clause; what the speaker does is said after it."""
    for k in range(2, min(len(body) - 1, 8)):
        if body[k] in _REASON_SUBJECTS:
            return k
    return 0


#: Phrases that say what a modal says ("we are not in a position to accept" cannot),
#: by their first word.
_MODAL_PHRASES: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
    "in": ((("in", "a", "position", "to"), ("able", "to")),),
    "en": (
        (("en", "mesure", "de"), ("capables", "de")),
        (("en", "mesure", "d"), ("capables", "de")),
    ),
    "dans": (
        (("dans", "le", "impossibilite", "de"), ("incapables", "de")),
        (("dans", "le", "incapacite", "de"), ("incapables", "de")),
    ),
    # "il n'arrive plus à revenir": he can no longer get back (before an infinitive:
    # "on arrive à Boulogne" arrives)
    "arrive": (
        (("arrive", "plus", "a"), ("peut", "plus")),
        (("arrive", "pas", "a"), ("peut", "pas")),
        (("arrive", "a"), ("peut",)),
    ),
    "arrivent": (
        (("arrivent", "plus", "a"), ("peuvent", "plus")),
        (("arrivent", "pas", "a"), ("peuvent", "pas")),
        (("arrivent", "a"), ("peuvent",)),
    ),
    "arrivons": (
        (("arrivons", "plus", "a"), ("pouvons", "plus")),
        (("arrivons", "pas", "a"), ("pouvons", "pas")),
        (("arrivons", "a"), ("pouvons",)),
    ),
}


def _modal_phrase(body: list[str]) -> list[str]:
    """``body`` with a phrase that says a modality put as its modal: "in a position
    to" as "able to", "en mesure de" as "capables de", "dans l'impossibilité de" as
    "incapables de", "n'arrive plus à" as "ne peut plus"."""
    if _MODAL_PHRASES.keys().isdisjoint(body):
        return body
    for k, w in enumerate(body):
        for phrase, modal in _MODAL_PHRASES.get(w, ()):
            end = k + len(phrase)
            if tuple(body[k:end]) == phrase and (
                not w.startswith("arriv") or (end < len(body) and body[end].endswith(_INFINITIVE))
            ):
                return [*body[:k], *modal, *body[end:]]
    return body


def _after_a(w: str, wl: Words) -> bool:
    return w in wl.determiners or w.isdecimal() or w in W.number_words or w in _A_PLACE


#: Words after a clause-opening "à" that make it the preposition ("à bord", "à côté").
_A_PLACE = frozenset({
    "cote", "bord", "proximite", "peu", "environ", "droite", "gauche", "terre", "quai",
    "nouveau", "l", "hauteur", "travers", "moins", "plus", "quelques",
})  # fmt: skip


#: Possessives and "there" written for "you're", "they're", "it's" before an -ing form.
_MISSPELT_BE = {
    "your": ("you", "are"), "their": ("they", "are"), "there": ("they", "are"),
    "its": ("it", "is"),  # "its sinking", "its not working": recognised speech
    "were": ("we", "are"),  # "were sinking" opening a clause: no subject but "we"
}  # fmt: skip


def _ing(w: str, wl: Words) -> bool:
    """An -ing form of a verb, "going" included (too short for :func:`progressive`)."""
    return w == "going" or progressive(w, wl)


def craft_part(words: str | None, wl: Words) -> bool:
    """Whether a subject names a part of a craft ("the engine", "le moteur")."""
    if not words:
        return False
    return not wl.objects.get("status", frozenset()).isdisjoint(words.split())


def part_noun(body: list[str], p: int, wl: Words) -> bool:
    """Whether an -ing word names a part of the craft with its condition after it:
    "steering failure", "steering gone" (no "we are steering" dropped)."""
    if p + 1 >= len(body) or "part" not in wl.object_classes(body[p], body[p]):
        return False
    nxt = body[p + 1]
    if nxt in wl.be and p + 2 < len(body):
        nxt = body[p + 2]  # "the steering's gone", "steering is jammed": the part is said
    return "status" in wl.object_classes(nxt, wl.lemma(nxt)) or nxt in ("gone", "dead", "out")


#: Words that negate a clause they open ("nobody is hurt", "not in our waters", "rien
#: ne marche"); elsewhere negation belongs to the verb it is said with.
NEGATING_FIRST = frozenset({
    "never", "not", "ne", "n", "nothing", "nobody", "none", "aucun", "aucune", "rien",
    "jamais",
})  # fmt: skip


def _call_sign_number(body: list[str], k: int, wl: Words) -> bool:
    """Whether the number from ``k`` is a call sign's ("Rescue 163 has winched …"),
    not a count of what an order names ("Rescue two people")."""
    m = k
    while m < len(body) and (body[m].isdecimal() or body[m] in W.number_words):
        m += 1
    if m == k:
        return False
    if digits_said(body[k:m]):
        return True  # "Rescue one six four, casualty recovered": digit by digit, a name
    return m == len(body) or not wl.object_classes(body[m], wl.lemma(body[m]))


#: Digits said one by one, as call signs are ("Rescue nine one two"), and how many of
#: them make a call sign or a figure, not a count ("four zero" may count persons; "one
#: seven five" names a helicopter).
DIGIT_WORDS = frozenset({
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "niner",
})  # fmt: skip
CALL_SIGN_DIGITS = 3


def digits_said(said: Sequence[str]) -> bool:
    """Whether words are digits said one by one, enough of them for a call sign ("nine
    one two")."""
    return len(said) >= CALL_SIGN_DIGITS and all(w in DIGIT_WORDS for w in said)


def figures_said(said: Sequence[str]) -> bool:
    """Whether words are one number written in figures, long enough for a call sign
    ("924")."""
    return len(said) == 1 and said[0].isdecimal() and len(said[0]) >= CALL_SIGN_DIGITS


def lead_verb(verb: str, lemma: str, wl: Words) -> bool:
    """A discourse lead that is an inflected verb, which is the clause's verb when
    said right after its subject: "vous attendez mes ordres" (alone, "attendez, …"
    holds the floor, as it does after a verb: "on est, attendez, cinquante et un …")."""
    return verb in wl.lead and lemma != verb and lemma in wl.verbs


def verbless(verb: str, lemma: str, wl: Words) -> bool:
    """Whether a clause whose first word after its subject is ``verb`` has no verb:
    "a person in the water", "avec des enfants", "47 avec les enfants", "enfants à
    bord", "beaucoup de monde" (a French inflection alone makes no verb of a noun, a
    number or a closed-class word)."""
    return verb not in known_verbs() and (
        wl.lang == "en"
        or closed(verb, wl)
        or verb in W.adverbs
        or verb in W.quantities
        or verb.isdecimal()
        or verb in W.number_words
        or bool(wl.object_classes(verb, lemma))
    )
