"""Whether a clause only names a station: "Queen of the North.", "Le CROSS Med,
bonjour.", "Lady Grace, Coast Guard.", "coast guard sector anchorage" — a call-up
without "this is".

A name is told from a sentence by its letters where the text has them (capitals, in
a text that is not all capitals), by the transcript's own station names, and in
lower-case recognised speech by station words ("coast guard", "traffic") at its ends.
Counts ("4 POB"), persons ("women and children"), places said by a preposition ("near
Zuwara") and verbs are no names.
"""

from __future__ import annotations

from checker.phraseology.clause import PLACE, Clause, Names, Placed, name_at
from checker.phraseology.clause_forms import NOT_EZ_VERBS, progressive, verbal
from checker.phraseology.clause_predicate import closed
from checker.phraseology.clause_words import W
from checker.phraseology.lexicon import lexicon
from checker.phraseology.parts import Tok
from checker.phraseology.words import ELIDING, Words, known, words


def names_only(
    toks: list[Tok], i: int, j: int, text: str, allw: list[str], wl: Words, names: Names
) -> bool:
    """Whether the clause of tokens ``i``..``j`` (words ``allw``) only names a station,
    written so or one of the transcript's ``names``."""
    if PLACE in allw:
        return False  # "51 02 N 001 50 E": a position the grammar read, its letters no name
    return _is_name(toks, i, j, text, allw, wl) or _named(allw, names)


def _named(allw: list[str], names: Names) -> bool:
    """Whether a clause is only station names of the transcript ("north star north
    star" in lower-case recognised speech), with the words that join them."""
    k, n, found = 0, len(allw), False
    while k < n - 1 and allw[k] in _BEFORE_NAME_LEADS:
        k += 1  # "Okay Lady Orla, …": a receipt said before the name called
    while k < n:
        w = allw[k]
        match = name_at(allw, k, names)
        if match:
            k += match
            found = True
        elif w in W.name_glue or (found and w in _AFTER_NAME):
            k += 1  # "Étel, bonsoir, FMCC Toulouse": the caller named after a greeting
        else:
            # "Yes, Sea Aurora, good morning", "Sea Aurora, now we will …": a greeting
            # or a "now" said after the name called is none of it
            return found and all(x in _AFTER_NAME for x in allw[k:])
    return found


#: Greetings and words of time said after a known name in a vocative.
_AFTER_NAME = W.greetings | W.greeting_words | {"now", "then", "again", "please", "merci"}
#: Receipts and greetings said before a known name in a vocative.
_BEFORE_NAME_LEADS = (
    W.receipts
    | W.greetings
    | W.greeting_words
    | {"okay", "ok", "roger", "yes", "yeah"}
    # discourse openers: "So, Sea Ark, I ask you …", "Bon, Flamant, …"
    | {"so", "well", "right", "now", "and", "alors", "bon", "donc", "et", "bien"}
)


#: Words of an order's urgency ("request immediate launch", "engagement immédiat"):
#: the clause cutter reads a headline after them (clause_split).
URGENT = frozenset({"immediate", "immediat", "immediately", "immediatement", "urgent", "urgente"})
#: Words of urgency no station's name holds ("Engagement immédiat du canot", "immediate
#: launch of the lifeboat": the order to launch it, no call-up of a station so named).
_NEVER_NAMED = URGENT | {"urgence"}
#: The last words of a harbour office's name ("Dingle harbour", "Le Havre port").
_PORTS = frozenset({"harbour", "harbor", "port"})


def _port_named(toks: list[Tok], i: int, j: int, text: str, allw: list[str]) -> bool:
    """Whether a clause is a place's name and "harbour" or "port": each word before
    it capitalised, an article, or a word neither language knows (recognised speech);
    "the harbour", "back to port" name none."""
    if len(allw) < 2 or allw[-1] not in _PORTS or allw[0] in _PORTS:
        return False
    said = [t for t in toks[i:j] if t.w[0].isalpha()]
    if len(said) != len(allw):
        return False
    place = [t for t in said[:-1] if t.w not in _ARTICLES]
    return bool(place) and all(
        text[t.s : t.s + 1].isupper()
        or (pronounceable(t.w) and t.w not in known("en") and t.w not in known("fr"))
        for t in place
    )


#: First words of the call signs of rescue units said with a number: the UK and Irish
#: coastguard helicopters ("Rescue 163"), the French civil-security ones ("Dragon
#: 62") and the navy's ("Helimer 207").
CALL_SIGN_HEADS = frozenset({"rescue", "dragon", "helimer", "lifeboat", "coastguard", "dauphin"})


#: The words that open a clause naming a station: the caller, or the station asked
#: for on the line.
_THIS_IS = (["this", "is"], ["ce", "est"], ["is", "this"], ["is", "that"], ["am", "i"])
#: Posts aboard or ashore by which a speaker names itself ("winchman here").
_POSTS = frozenset({
    "winchman", "pilot", "copilot", "skipper", "captain", "master", "coxswain", "helmsman",
    "mate", "engineer", "operator", "officer", "watchkeeper", "bridge", "radio",
    "patron", "pilote", "capitaine", "commandant", "treuilliste", "plongeur", "chef", "quart",
})  # fmt: skip
#: Articles before a station's name ("c'est le CROSS", "this is the coast guard").
_ARTICLES = frozenset({"the", "le", "la", "l"})


def _station_word(w: str, *lists: Words) -> bool:
    """A word of a station's name as the word lists tell it: a word of stations or
    authorities of one of ``lists``, or a word neither language knows ("humber" in
    recognised speech)."""
    return any(w in wl.stations or w in wl.authorities for wl in lists) or not (
        w in known("en") or w in known("fr")
    )


def pronounceable(w: str) -> bool:
    """A word that may be a place's name said aloud ("malta", "humber"), not noise
    typed ("xyz") nor a number said twice ("forty forty"): four letters or more, with
    a vowel."""
    return len(w) >= 4 and w.isalpha() and not _VOWELS.isdisjoint(w) and w not in W.number_words


_VOWELS = frozenset("aeiouéèà")


def _named_word(tok: Tok, text: str, wl: Words) -> bool:
    """A word that may be part of a station's name: a capital, a station word, a word
    neither language knows, a word that joins names, or no word at all."""
    w = tok.w
    if not w[0].isalpha() or w in W.name_glue:
        return True
    return text[tok.s : tok.s + 1].isupper() or _station_word(w, wl)


#: Words said before a station's name that are none of it: a greeting, a receipt, an
#: answer ("Good evening, Dover Coastguard", "Bien reçu Corsen").
_BEFORE_NAME = (
    W.greeting_words
    | W.greetings
    | W.receipts
    | {"bien"}
    # the answer said before the name: "Affirmatif, Corsen.", "Negative, Dover."
    | {"affirmatif", "affirmative", "negatif", "negative", "sorry", "desole", "pardon"}
)


def _is_name(toks: list[Tok], i: int, j: int, text: str, allw: list[str], wl: Words) -> bool:
    """A clause that only names a station: "Queen of the North.", "Le CROSS Med,
    bonjour.", "ici le Caporal" — a call-up without "this is"."""
    if not allw or len(allw) > 12:
        return False
    if 1 < len(allw) <= 4 and len(set(allw)) == 1 and pronounceable(allw[0]):
        # "falmouth falmouth falmouth": a word said again and again alone, that no
        # language knows, calls a station (lower case and unpunctuated: recognised);
        # a word of the phrase lexicon is said ("patientez patientez")
        return _station_word(allw[0], wl) and allw[0] not in lexicon().known_words
    if len(allw) > 1 and allw[-1] in ("here", "speaking"):
        # "Dover Coastguard here", "Alarm Phone speaking": the speaker names itself,
        # by name or by its post aboard ("winchman here", "the skipper speaking")
        if all(w in _POSTS or w in _ARTICLES for w in allw[:-1]) and allw[-2] in _POSTS:
            return True
        end = j - 1
        while end > i and toks[end].w != allw[-1]:
            end -= 1
        return end > i and _is_name(toks, i, end, text, allw[:-1], wl)
    lead = 0  # "bonjour, c'est …", "yes, this is …"
    while lead < len(allw) - 2 and (allw[lead] in W.greetings or allw[lead] in wl.lead):
        lead += 1
    said = allw[lead:]
    opener = 2 if said[:2] in _THIS_IS else 0
    if opener and len(said) > opener:
        # "yes, this is the coast guard", "c'est le CROSS": a call-up that names only
        # the caller; "is this RCC Malta?", "c'est bien le CROSS ?": the called station
        # asked for on the line
        rest = [
            w
            for w in said[opener:]
            if w not in W.name_glue and w not in _ARTICLES and w not in ("bien", "that")
        ]
        if not rest or not all(_station_word(w, wl) for w in rest):
            return False
        if said[0] in ("is", "am") and not any(
            w in wl.stations or w in wl.authorities for w in rest
        ):
            return False  # "is that Mrs Pryce?" asks who is speaking: a person
        # typed text writes a name in capitals: "C'est clair.", "C'est noté." confirm
        # (a word the lists do not know is a name only in recognised speech)
        named = {t.w for t in toks[i:j] if text[t.s : t.s + 1].isupper()}
        return text == text.lower() or any(
            w in named or w in wl.stations or w in wl.authorities for w in rest
        )
    if allw[0] in wl.prepositions and allw[0] not in W.name_glue:
        return False  # "Near Zuwara, Sabratha": a place said, no station called
    if allw[0] == "ici" and wl.lang == "fr":
        if allw[-2:] == ["a", "vous"]:
            allw = allw[:-2]  # "… ici le chalutier Marie-Jeanne, à vous": over
        return len(allw) > 1 and not any(
            (w in wl.pronouns and w not in ("le", "la")) or (w.endswith("ez") and len(w) > 3)
            for w in allw[1:]
        )
    if (
        len(allw) > 1
        and allw[0] in CALL_SIGN_HEADS
        and (allw[1].isdecimal() or allw[1] in W.number_words)
    ):
        # "Rescue 163", "Rescue 163, <the station called>", "Dragon 62": a helicopter's call sign
        # (and the station it calls), no order; "Rescue one one six": its digits said
        k = i + 1
        while k < j and (toks[k].w.isdecimal() or toks[k].w in W.number_words):
            k += 1
        return all(_named_word(toks[m], text, wl) for m in range(k, j))
    if _port_named(toks, i, j, text, allw):
        return True  # "Dingle harbour", "Le Havre port": a harbour's office calls
    # set operations in C, not a generator a word: most clauses are no name
    if (
        not _NEVER_NAMED.isdisjoint(allw)  # "Engagement immédiat du canot": an order
        or not W.approx.isdisjoint(allw)
        or not W.aboard.isdisjoint(allw)
        or (len(allw) < 3 and any(w.isdecimal() for w in allw))
    ):
        return False  # "Approximately 200.", "4 POB": a count, not a name
    if not wl.objects.get("persons", frozenset()).isdisjoint(allw) and not _title(
        toks, i, j, text, wl
    ):
        return False  # "women and children"; but "Lady Grace", "Queen Mary" are names
    upper = 0
    station = not wl.stations.isdisjoint(allw)
    ends = [w for w in allw if w != "the"]
    anchored = station and (
        ends[0] in wl.stations or ends[-1] in wl.stations or ends[-1] in wl.authorities
    )
    first = i  # "Good evening, Dover Coastguard": the greeting is said before the name
    while lead and first < j and (toks[first].w in _BEFORE_NAME or not toks[first].w[0].isalpha()):
        first += 1
    for k in range(first, j):
        w = toks[k].w
        if not w[0].isalpha():
            continue
        ch = text[toks[k].s : toks[k].s + 1] if text else ""
        verbal = (
            w in wl.be
            or w in wl.have
            or w in wl.modal
            or w in wl.lead
            or (w in wl.imperative and not ch.isupper())
            # a French verb in -ez is no name, capitalised or not ("Appelez le 999")
            or (wl.lang == "fr" and w.endswith("ez") and len(w) > 4 and w not in NOT_EZ_VERBS)
        )
        if verbal and w not in W.name_glue:
            return False
        if w[1:2] == "'" and w[0] in ELIDING and w[0] != "d":
            return False  # a French elision: "J'arrive.", "N'approchez pas" ("D'Artagnan" names)
        if k + 1 < j and text[toks[k + 1].s : toks[k + 1].s + 1].islower() and progressive(w, wl):
            return False  # "Abandoning ship.": a verb and its object ("Flying Fish" names)
        if w in wl.pronouns and w not in ("le", "la"):
            return False
        if ch.isupper() or w in wl.stations or w in wl.authorities:
            upper += 1
        elif station and not (w in known("en") or w in known("fr")):
            pass  # "crescent city coastguard": a place name beside a station word
        elif anchored and _place_word(w, toks[k + 1].w if k + 1 < j else "", wl):
            pass  # "coast guard sector anchorage", "queen of the north prince rupert traffic"
        elif w not in W.name_glue and not _inside_hyphens(toks[k], text):
            return False  # (a small word inside a name: "Pointe-aux-Oies", "Boulogne-sur-Mer")
        if (
            k == i
            and w in wl.imperative
            and j - i > 1
            and not _acronym(toks[k], text)
            and not _numbered(toks, i, j, text)
        ):
            return False  # "Cross the line": an order ("CROSS Etel", "Launch Two" name)
        if k == i and w in wl.imperative_with_object and allw[1:2] and allw[1] in W.object_openers:
            return False  # "Board the vessel", "Signal the boat": an order
    if upper == 1 and len(allw) == 1:
        # one capitalised word alone names a station only if it is no common word
        # ("Capitainerie," yes; "Caution," "Danger," no)
        w = allw[0]
        return (
            w in wl.stations
            or w in wl.authorities
            or not (w in known("en") or w in known("fr") or w in lexicon().known_words)
        )
    return upper > 0


def _numbered(toks: list[Tok], i: int, j: int, text: str) -> bool:
    """A capitalised word and a capitalised number word, the clause's only words: a
    unit's call sign ("Launch Two,", "Safety Three"), not an order ("launch two
    boats")."""
    said = [t for t in toks[i:j] if t.w[0].isalnum()]
    if len(said) != 2 or not text:
        return False
    a, b = said
    return b.w in W.number_words and text[a.s].isupper() and text[b.s].isupper()


def _inside_hyphens(tok: Tok, text: str) -> bool:
    return tok.s > 0 and text[tok.s - 1 : tok.s] == "-" and text[tok.e : tok.e + 1] == "-"


def _acronym(tok: Tok, text: str) -> bool:
    """A word written in capitals in a text that is not ("CROSS", "MRCC")."""
    word = text[tok.s : tok.e]
    return len(word) > 1 and word.isupper() and text.upper() != text


def _title(toks: list[Tok], i: int, j: int, text: str, wl: Words) -> bool:
    """Whether a clause that names persons is rather a name written in title case:
    every word but the glue ("of the") capitalised, in a text not all capitals, two
    words or more ("Lady Grace", "Queen of the North"); of names listed with commas
    ("Lady Grace, Coast Guard"), a single word must name no person ("Women,
    Children" is a list); a number makes a count ("Two Men")."""
    if not text or text.upper() == text:
        return False
    persons = wl.objects.get("persons", frozenset())
    parts: list[tuple[int, bool]] = []  # per part between commas: capitals, a person
    capitals, person = 0, False
    for t in toks[i:j]:
        w = t.w
        if w == ",":
            parts.append((capitals, person))
            capitals, person = 0, False
        elif w.isdecimal() or w in W.number_words:
            return False
        elif w[0].isalpha() and w not in W.name_glue:
            if not text[t.s].isupper():
                return False
            capitals += 1
            person = person or w in persons
    parts.append((capitals, person))
    if sum(n for n, _ in parts) < 2:
        return False
    return not any(n == 1 and named for n, named in parts)


def _place_word(w: str, nxt: str, wl: Words) -> bool:
    """Whether a common word beside a station word is part of the station's name in
    lower-case speech: a noun that is no verb form and names nothing but a place
    ("anchorage", "north" in "queen of the north"), not one that places something
    ("north of the island")."""
    lemma = wl.lemma(w)
    if not w.isalpha() or closed(w, wl) or verbal(w, wl) or w in W.number_words:
        return False
    if (lemma != w and lemma in wl.verbs) or w.endswith("ing"):
        return False
    classes = wl.object_classes(w, lemma)
    if any(c != "position" for c in classes):
        return False
    return not (classes and nxt in ("of", "de", "du"))


def go_ahead(ws: list[str]) -> bool:
    """Whether a clause only invites the caller to pass its message ("go ahead",
    "send your traffic", "allez-y", "j'écoute", "je vous écoute"): the answer to a
    call-up, no order."""
    if not _GO_FIRST.intersection(ws):
        return False  # most clauses
    said = [w for w in ws if w not in _COURTESY]
    while said[1:] and said[0] in W.receipts:
        said = said[1:]  # "pan pan received go ahead": the receipt, then the go-ahead
    if said[:1] == ["calling"] and tuple(said) in _GO_AHEAD:
        return True  # ("calling" is a word no list knows: not taken for a name)
    # the stations named around it ("… Coastguard, go ahead", "go ahead, <a name>"):
    # words of stations, or no known word
    both = (words("en"), words("fr"))
    while said and _station_word(said[0], *both):
        said = said[1:]
    while said and _station_word(said[-1], *both):
        said = said[:-1]
    return tuple(said) in _GO_AHEAD


#: The words of a go-ahead (:func:`go_ahead`), and those said around it.
_GO_AHEAD = frozenset({
    ("go", "ahead"), ("go", "ahead", "with", "your", "message"),
    ("go", "ahead", "with", "your", "traffic"), ("send", "your", "traffic"),
    ("send", "your", "message"), ("pass", "your", "message"), ("allez", "y"), ("allez-y",),
    ("je", "ecoute"), ("je", "vous", "ecoute"), ("on", "vous", "ecoute"),
    ("passez", "votre", "message"), ("a", "vous"), ("parlez",), ("transmettez",),
    # "Seabird, Ocean Viking, receiving": the called station hears, and answers
    ("receiving",), ("receiving", "you"), ("je", "vous", "recois"), ("on", "vous", "recoit"),
    # "… this is Hellas Spirit, calling you, over": the call-up's own words
    ("calling", "you"), ("calling",), ("je", "vous", "appelle"),
})  # fmt: skip
_COURTESY = W.greeting_words | W.greetings | {"over", "please"}
_GO_FIRST = frozenset(w for phrase in _GO_AHEAD for w in phrase[:1])


def greeting(words: list[str]) -> bool:
    """Whether a clause is only a greeting ("hello", "good evening, sir", "allô"), or
    asks only whether anyone hears ("is anybody there?", "il y a quelqu'un ?",
    "hello, anybody?"): contact sought, nobody named."""
    if not words:
        return False
    if not _ANYONE.isdisjoint(words) and all(w in _ANYONE_THERE for w in words):
        return True
    if words[0] in W.greetings and 1 < len(words) <= 4 and all(_greeted(w) for w in words[1:]):
        return True  # "Allô, Bilbao ?", "hello Falmouth": a station greeted by name
    if words[0] in W.address_forms and 1 < len(words) <= 3 and all(_greeted(w) for w in words[1:]):
        return True  # "Monsieur Hamel ?", "Madame Le Goff ?": the caller called back
    return not W.greetings.isdisjoint(words) and all(
        w in W.greetings or w in W.greeting_words for w in words
    )


def _greeted(w: str) -> bool:
    """A word of a station greeted by name: a station word, or a word no language
    knows ("bilbao"), not a greeting's other words."""
    return w not in W.greeting_words and _station_word(w, words("en"), words("fr"))


#: Who may hear a call that names nobody, and the words said around them.
_ANYONE = frozenset({"anybody", "anyone", "somebody", "someone", "quelqu'un", "quelquun"})
_ANYONE_THERE = _ANYONE | W.greetings | W.greeting_words | {
    "is", "there", "out", "here", "listening", "please", "il", "y", "a", "est", "ce", "que",
    "la", "la-bas", "ici", "over",
}  # fmt: skip


def hailed(c: Clause, after: Clause) -> bool:
    """Whether a clause calls a station by what it is and where, before the caller
    names itself ("Vessel in position 51 north 1 east, this is <a coastguard>",
    "Motor vessel on my starboard bow, this is <a cutter>", "navire en position …, ici
    <la marine>"): a craft's noun first, no verb of its own."""
    caller = after.words
    if not (caller[:2] == ["this", "is"] or caller[:1] == ["ici"]):
        return False
    if not after.name and not _described(caller[2 if caller[0] == "this" else 1 :], after.lang):
        return False
    said = [w for w in c.words if w not in _HAIL_QUALIFIERS]
    if not said or c.mood != "declarative" or c.modality != "none" or c.receipt:
        return False
    wl = words(c.lang)
    craft = wl.objects.get("casualty", frozenset())
    if _all_addressed(said):
        return True  # "Toutes les unités sur l'homme à la mer, ici <la frégate>"
    return (said[0] in craft or wl.lemma(said[0]) in craft) and not any(
        (w in wl.be or w in wl.have or w in wl.do)
        and not said[k - 1].isdecimal()  # "… 50 nord 1 est": a compass point, no verb
        # "embarcation à ma proximité": French "à" before an article, no verb
        and not (w == "a" and k + 1 < len(said) and said[k + 1] in wl.determiners)
        for k, w in enumerate(said)
    )


#: Every station called by what it is: "all units", "toutes les unités", "à tous les
#: navires" (the grammar's ALL_STATIONS reads the English "all stations" itself).
_ALL = frozenset({"all", "toutes", "tous"})
_ADDRESSED = frozenset({
    "units", "stations", "ships", "vessels", "craft", "unites", "navires",
    "bateaux", "moyens",
})  # fmt: skip


def _all_addressed(said: list[str]) -> bool:
    """Whether the words open by calling every station of a kind ("all units", "à
    toutes les unités", "tous les navires")."""
    k = 1 if said[:1] == ["a"] else 0
    if said[k : k + 1] and said[k] in _ALL:
        rest = said[k + 1 : k + 3]
        return bool(rest) and (rest[0] in _ADDRESSED or rest[-1] in _ADDRESSED)
    return False


def self_described(c: Clause) -> bool:
    """Whether a clause is the caller naming itself by what it is ("this is the
    coastguard helicopter", "ici la marine nationale"): a call-up's second half."""
    w = c.words
    if w[:2] == ["this", "is"]:
        return _described(w[2:], c.lang)
    return w[:1] == ["ici"] and _described(w[1:], c.lang)


def _described(caller: list[str], lang: str) -> bool:
    """Whether the caller names itself by what it is rather than by a name ("this is
    the coastguard helicopter", "ici la marine nationale"): the article, then only
    words of stations, authorities and craft."""
    wl = words(lang)
    if not caller or caller[0] not in _ARTICLES:
        return False  # "this is a warship": what a craft is, said of it
    known = wl.stations | wl.authorities | wl.objects.get("casualty", frozenset()) | _CALLERS
    said = [w for w in caller[1:] if w not in _HAIL_QUALIFIERS and w != "over"]
    return bool(said) and all(w in known or wl.lemma(w) in known for w in said)


#: Craft that call, beyond the station words ("this is the French frigate").
_CALLERS = frozenset({
    "helicopter", "aircraft", "plane", "airplane", "cutter", "frigate",
    "warship", "patrol", "patrouilleur", "fregate", "helicoptere", "avion", "vedette",
    "canot", "lifeboat", "nationale", "marine", "gendarmerie", "maritime", "douane",
    "douanes", "customs", "police", "pilot", "pilote",
})  # fmt: skip


#: Words that qualify a craft hailed ("motor vessel", "unidentified vessel").
_HAIL_QUALIFIERS = frozenset({
    "the", "le", "la", "motor", "sailing", "fishing", "unknown", "unidentified",
    "small", "grey", "gray", "red", "white", "blue", "black", "inconnu", "petit",
})  # fmt: skip


def call_tail(p: Placed, toks: list[Tok], call_ends: set[int], text: str) -> bool:
    """Whether a verbless clause finishes the call-up before it: the rest of the
    caller's name, its call sign or where it is ("this is Maltese patrol boat P six
    one, over", "this is the British warship on your port side, over", "Solent
    Coastguard, Solent Coastguard, Rescue one eight six"), with nothing after it but
    "over" or the end."""
    cl = p.clause
    if (cl.modality != "none" or cl.agent != "none") and cl.words[:1] != ["calling"]:
        return False
    k = p.i
    while k > 0 and toks[k - 1].w == ",":
        k -= 1
    if call_ends.isdisjoint(range(k, p.i + 1)) or not all(t.w in _CALL_ENDS for t in toks[p.j :]):
        return False
    tail = [t for t in toks[p.i : p.j] if t.w != ","]
    if tail and tail[0].w == "de":
        tail = tail[1:]  # "CROSS Corsen, de Dauphin deux-quatre": French "this is"
    words = [t.w for t in tail]
    if words[:1] == ["calling"] and all(
        w in _ON_CHANNEL or w.isdecimal() or w in W.number_words for w in words[1:]
    ):
        return True  # "…, this is Saffron, calling on one six": where the call is made
    if words and words[0] in _BESIDE and not _SIDE.isdisjoint(words):
        return cl.predicate is None  # where the caller is, as seen by the called
    # the rest of a name or its call sign: numbers, letters, names written so or no
    # word a language knows (a noun read as a verb, "Dauphin", is no verb here)
    return bool(tail) and all(
        t.w.isdecimal()
        or len(t.w) == 1
        or t.w in W.number_words
        or text[t.s : t.s + 1].isupper()
        or not (t.w in known("en") or t.w in known("fr"))
        for t in tail
    )


#: Words of "calling (you) on channel 16" besides its number.
_ON_CHANNEL = frozenset({"on", "you", "channel", "vhf", "sur", "canal", "vous"})
#: What may follow a call-up's tail: the end of the transmission.
_CALL_ENDS = frozenset({",", "|", "over", "a", "vous", "parlez"})
#: Words that open where a calling station is relative to the called ("on your port
#: side", "astern of you").
_BESIDE = frozenset(
    {"on", "off", "astern", "ahead", "abeam", "behind", "sur", "derriere", "devant"}
)
_SIDE = frozenset({"your", "you", "side", "bow", "quarter", "votre", "vous", "babord", "tribord"})
