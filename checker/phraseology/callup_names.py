"""Station names of call-ups, found before the grammar sees the words.

The grammar reads each name as one ``@name`` placeholder, because no grammar can know
every vessel's name; the Context can. :func:`find_names` decides which words of a
call-up ("X, X, this is Y"; "Y calling"; the abbreviated "X, Y") are station names.
Split from :mod:`callups` so that the optional compiled build compiles it (that
module's rule classes are mixed into the grammar's lark Transformer).
"""

from __future__ import annotations

from typing import Any

from checker.context import Context
from checker.phraseology.clause import Names, name_at
from checker.phraseology.numbers import PHONETIC as _PHONETIC
from checker.phraseology.numbers import SPOKEN

#: The first word of a call-up's "this is" / "station calling" (French "ici": :func:`_ici`).
_OPENERS = frozenset({"this", "station"})
#: The word between a French call-up's names: "Corsen de Flamant" (called, then
#: caller), "ici Flamant pour Corsen" (caller, then called).
_FROM_CALLER = frozenset({"de", "d"})
_FOR_CALLED = "pour"
#: "station calling", French "station appelant".
_CALLING = frozenset({"calling", "appelant"})


def _station_at(said: list[str], i: int, names: Names) -> int:
    """End of the longest known station name starting at token ``i`` (or ``i``)."""
    start = i + 1 if i < len(said) and said[i] == "the" else i
    k = name_at(said, start, names)
    return start + k if k else i


#: Words that open a verb's object after a guessed name ("… cancel my distress alert").
_OBJECT_OPENERS = frozenset({"my", "our", "your", "the", "all", "his", "her", "their"})
#: Words after which a verb guessed last into a name is the message's order: its
#: object ("… cancel my distress alert", "… spell that") or its particle ("… get away
#: from", "… clear right now").
_ORDER_GOES_ON = _OBJECT_OPENERS | frozenset({
    "that", "it", "them", "us", "me", "him", "away", "back", "out", "off", "down", "up",
    "right", "now",
})  # fmt: skip
#: Words of a craft's kind said before its name ("the fishing vessel", "le chalutier").
_DESIGNATION = frozenset({
    "the", "fishing", "motor", "sailing", "vessel", "yacht", "mv", "fv", "sv",
    "trawler", "tug", "ferry", "tanker", "cargo", "ship", "boat", "pleasure", "craft",
    "le", "la", "navire", "voilier", "chalutier", "bateau", "remorqueur",
})  # fmt: skip


def _designated(said: list[str], k: int) -> int:
    """Where a name starts after the craft's kind said before it ("the fishing vessel
    Lady Grace": at "lady"); ``k`` if no kind is said, or nothing follows it."""
    j = k
    while j < len(said) and said[j] in _DESIGNATION:
        j += 1
    return j if k < j < len(said) and said[j].isalpha() else k


#: Procedure phrases said at once after a caller's name guessed without a context.
_PROCEDURE_OPENINGS = frozenset({("radio", "check"), ("essai", "radio")})


def _guess_name(
    said: list[str],
    i: int,
    stops: frozenset[str],
    ends: frozenset[str],
    limit: int = 3,
    verbs: frozenset[str] = frozenset(),
) -> int:
    """End of a name guessed without a context: up to three words, ending before a
    stop word, at a word that ends names ("... Coastguard") or where it repeats; a
    verb said before its object is the message's, not the name's ("this is yacht
    blue moon cancel my distress alert")."""
    j = i
    if j < len(said) and said[j] == "the":
        j += 1
    while j < len(said) and j - i < limit and said[j].isalpha() and said[j] not in stops:
        if j > i and (said[j] == said[i] or said[j] in SPOKEN):
            break  # the name again (a repetition starts), or its number
        if j > i and tuple(said[j : j + 2]) in _PROCEDURE_OPENINGS:
            break  # "this is sea otter radio check": the procedure said after the name
        j += 1
        if said[j - 1] in ends:
            break
    if i + 1 < j < len(said) and said[j - 1] in verbs and said[j] in _ORDER_GOES_ON:
        j -= 1
    if i < j < len(said) and _hull_number(said, j, stops):
        j += 1  # "this is warship 42", "Rescue 163": the number is the name's
    elif i < j:
        j = _spoken_hull_number(said, j, stops)  # "Rescue one eight six", "PZ one one four"
    return j if j > i and said[j - 1] != "the" else i


def _spoken_hull_number(said: list[str], j: int, stops: frozenset[str]) -> int:
    """End of a name's number said in words from ``j`` (up to four words that end the
    clause: "Rescue one eight six, over"; "Kestrel two miles south" goes on), or ``j``."""
    k = j
    while k < len(said) and k - j < 4 and said[k] in SPOKEN:
        k += 1
    nxt = said[k] if k < len(said) else ""
    return k if k > j and (not nxt.isalnum() or nxt in stops) else j


def _hull_number(said: list[str], j: int, stops: frozenset[str]) -> bool:
    """Whether the number at ``j`` ends a name ("warship 42", "Foxtrot 236"): a few
    digits that end the clause ("this is Dover 2 miles off" goes on; "0700" is a time)."""
    if not (said[j].isdecimal() and len(said[j]) <= 3 and said[j][0] != "0"):
        return False
    nxt = said[j + 1] if j + 1 < len(said) else ""
    return not nxt.isalnum() or nxt in stops


#: Longest name, in words, that a repetition can delimit.
_LONGEST_REPEATED = 6


def _repeated(said: list[str], i: int) -> int:
    """End of a name said at least twice in a row from ``i`` ("queen of the north
    queen of the north"), or 0: the repetition delimits the name, stop words and
    all, where no capital letter or known station can (recognised speech)."""
    words = [(k, w) for k, w in enumerate(said[i : i + 2 * _LONGEST_REPEATED + 3], i) if w != ","]
    for size in range(2, _LONGEST_REPEATED + 1):
        unit = [w for _, w in words[:size]]
        # "the Arthur M. Anderson, the Arthur M. Anderson": an article may come again
        again = size + 1 if size < len(words) and words[size][1] == "the" else size
        if (
            len(words) >= again + size
            and unit == [w for _, w in words[again : again + size]]
            and all(w.isalpha() for w in unit)
            and unit[0] not in ("this", "the")
        ):
            return words[size - 1][0] + 1
    return 0


def _absorb_repeats(said: list[str], i: int, j: int) -> int:
    """Extend a name over its repetitions ("Sea Wolf, Sea Wolf")."""
    words = [w for w in said[i:j] if w != ","]
    k = len(words)
    if k == 0:
        return j
    while True:
        at = j
        while at < len(said) and said[at] == ",":
            at += 1  # "Sea Wolf, Sea Wolf": the comma between is no part of the name
        if said[at : at + 1] == ["the"] and words[0] != "the":
            at += 1  # "the Arthur M. Anderson, the Arthur M. Anderson"
        if said[at : at + k] != words:
            return j
        j = at + k


def collapse(words: list[str]) -> list[str]:
    """The shortest unit that repeats to make the whole run ("sea wolf sea wolf"; an
    article said again before the repetition is no part of it: "arthur m anderson the
    arthur m anderson")."""
    n = len(words)
    for size in range(1, n // 2 + 1):
        unit, k = words[:size], size
        # the article may come again only where it comes before the first repetition
        again = unit[0] != "the" and words[size : size + 1] == ["the"]
        while k < n:
            k += 1 if again and words[k] == "the" else 0
            if words[k : k + size] != unit:
                break
            k += size
        if k == n:
            return unit
    return words


def find_names(
    said: list[str],
    context: Context | None,
    name_index: Names,
    stops: frozenset[str],
    head_words: frozenset[str],
    taken: set[int],
    ends: frozenset[str] = frozenset(),
    verbs: frozenset[str] = frozenset(),
) -> list[tuple[int, int, dict[str, Any]]]:
    """Station names of call-ups as token ranges, with the name and station id;
    ``said`` are the words of the tokens (``Tok.w``, listed once an utterance by the classifier).

    A caller follows "this is" or "station calling"; the called station is the run
    of words before "this is", back to the start of the clause or a distress signal.
    "this is" counts as a call-up only at the start of a clause or after a name, so
    "this is not our case" and "yes this is correct" are not call-ups.
    """
    found: list[tuple[int, int, dict[str, Any]]] = []
    n = len(said)
    for i in [k for k, w in enumerate(said) if w in _OPENERS and k + 1 < n]:
        w, nxt = said[i], said[i + 1]
        if not ((w == "this" and nxt == "is") or (w == "station" and nxt in _CALLING)):
            continue
        k = i + 2
        if k >= n or k in taken:
            continue
        # "this is the fishing vessel Lady Grace": the name follows the craft's kind
        known_caller = False
        for start in dict.fromkeys((_designated(said, k), k)):
            end = _station_at(said, start, name_index)
            known_caller = end > start
            if end == start:
                end = _repeated(said, start) or _guess_name(said, start, stops, ends, verbs=verbs)
            if end > start:
                break
        if end == start:
            continue
        end = _absorb_repeats(said, start, end)
        # the called station: words back to the clause start or a signal word
        claimed = taken | {k for a, b_, _ in found for k in range(a, b_)}
        b = i
        while b > 0 and said[b - 1] not in head_words and b - 1 not in claimed:
            b -= 1
        called = _after_leads(said, [t for t in range(b, i) if said[t] != ","], known_caller)
        clause_start = not called
        if w == "this" and called:
            words = [said[t] for t in called]
            if any(x in stops for x in words) or len(words) > 8:
                # ("vessel on fire, this is Solent Coastguard": after a comma and a few
                # words "this is" opens the call-up; a long hail by position is read
                # as a hail in framing)
                if not clause_start and not (said[i - 1] == "," and len(words) <= 4):
                    continue
                called = []
        if called and not all(said[t] in _PHONETIC for t in called):
            called_words = collapse([said[t] for t in called])
            found.append((called[0], called[-1] + 1, _name_info(called_words, context)))
        caller_words = collapse([w for w in said[start:end] if w != ","])
        found.append((k, end, _name_info(caller_words, context)))
        found += _called_after(said, end, "calling", name_index, context)
    found += _ici_calls(said, context, name_index, taken, found)
    return found + _short_callup(said, context, name_index, taken, found)


def _ici_calls(
    said: list[str],
    context: Context | None,
    name_index: Names,
    taken: set[int],
    found: list[tuple[int, int, dict[str, Any]]],
) -> list[tuple[int, int, dict[str, Any]]]:
    """The names of every French call-up at "ici" (:func:`_ici`)."""
    out: list[tuple[int, int, dict[str, Any]]] = []
    if "ici" not in said:
        return out
    for i in [k for k, w in enumerate(said) if w == "ici" and k + 1 < len(said)]:
        out += _ici(said, i, context, name_index, taken, found + out)
    return out


def _ici(
    said: list[str],
    i: int,
    context: Context | None,
    name_index: Names,
    taken: set[int],
    found: list[tuple[int, int, dict[str, Any]]],
) -> list[tuple[int, int, dict[str, Any]]]:
    """The names of a French call-up at "ici" (``said[i]``): "CROSS Corsen, ici
    Flamant", "ici le CROSS pour Flamant". "Ici" is also "here" ("vous n'êtes pas
    autorisés à stationner ici", "ici, ce sont les eaux libyennes"), so only known
    stations count, none guessed: the caller right after it (its article or kind
    said first), the called station before it back to the start of the clause, or
    after the caller and "pour"."""
    start = _designated(said, i + 1)
    end = _station_at(said, start, name_index)
    if end == start:
        start = i + 1
        end = _station_at(said, start, name_index)
    if end == start or any(k in taken for k in range(i + 1, end)):
        return []
    end = _absorb_repeats(said, start, end)
    caller = _name_info(collapse([w for w in said[start:end] if w != ","]), context)
    out = [(i + 1, end, caller)]  # (the article and kind said first are the name's)
    claimed = taken | {k for a, b, _ in found for k in range(a, b)}
    b = i
    while b > 0 and said[b - 1] not in ("|", "?", ".") and b - 1 not in claimed:
        b -= 1
    before = _after_leads(said, [t for t in range(b, i) if said[t] != ","], True)
    called = _name_info(collapse([said[t] for t in before]), context) if before else {}
    if called.get("station") is not None:
        if called["station"] != caller.get("station"):
            out.insert(0, (before[0], before[-1] + 1, called))
    else:
        out += _called_after(said, end, _FOR_CALLED, name_index, context)
    return out


def _called_after(
    said: list[str], end: int, word: str, name_index: Names, context: Context | None
) -> list[tuple[int, int, dict[str, Any]]]:
    """The known station called after the caller and ``word`` at ``end`` ("this is Sea
    Otter calling Humber", "ici Flamant pour Corsen"), as a list of none or one."""
    if end + 1 >= len(said) or said[end] != word:
        return []
    last = _station_at(said, end + 1, name_index)
    if last == end + 1:
        return []
    called = _name_info([w for w in said[end + 1 : last] if w != "the"], context)
    return [(end + 1, last, called)] if called.get("station") is not None else []


#: Receipts and greetings said before a call-up ("Okay Sea Otter, Falmouth Coast Guard",
#: "Roger Dover, Sea Otter", "Bonjour Corsen, ici …").
_LEADS = frozenset({
    "roger", "ok", "okay", "copy", "copied", "yes", "yeah", "yep", "understood", "received",
    "affirmative", "right", "alright", "hello", "hi", "good", "morning", "afternoon",
    "evening", "bonjour", "bonsoir", "allo", "oui", "merci", "thanks", "thank", "you",
    "bien", "recu", "d", "accord", "and", "so", "well", "ecoute",
})  # fmt: skip


def _after_leads(said: list[str], called: list[int], known_caller: bool) -> list[int]:
    """The called words with the receipts and greetings said before them dropped
    ("Okay Sea Otter, this is Falmouth"; "Roger, this is Dover Coastguard" when the caller
    is a known station: "yes this is correct" calls nobody)."""
    k = 0
    while k < len(called) and said[called[k]] in _LEADS:
        k += 1
    return called[k:] if k < len(called) or known_caller else called


def _lead_end(said: list[str]) -> int:
    """Where an utterance's words start after its leading receipts and greetings
    (and their commas)."""
    k = 0
    while k < len(said) and (said[k] in _LEADS or (k and said[k] == ",")):
        k += 1
    return k


def _short_callup(
    said: list[str],
    context: Context | None,
    name_index: Names,
    taken: set[int],
    found: list[tuple[int, int, dict[str, Any]]],
) -> list[tuple[int, int, dict[str, Any]]]:
    """The abbreviated call-up of an exchange under way: "Arcturus, Dover Coastguard,
    roger ..." — the called station, then the caller, without "this is". Only two
    *different known* stations at the start of the utterance count (no guessing), so
    a plain sentence that starts with a name is not taken for one."""
    if context is None or not said:
        return []
    lead = _lead_end(said)  # "Roger Dover, Sea Otter, …": after the receipt
    first = _station_at(said, lead, name_index)
    short = None
    if first == lead:
        short = _shortened(said, lead, name_index, context)
        if short is None:
            return []  # most utterances: no known station first, nothing to claim
        first = lead + 1
    claimed = taken | {k for a, b, _ in found for k in range(a, b)}
    if any(k in claimed for k in range(lead, first)):
        return []
    j = first
    while j < len(said) and said[j] == ",":
        j += 1
    if j < len(said) and (said[j] in _FROM_CALLER or said[j] == "calling"):
        j += 1  # "Corsen de Flamant", "Sea Otter calling Humber": the other name next
    second = _second_name(said, j, name_index, context)
    if second is None or any(k in claimed for k in range(j, second[0])):
        return []
    called = _name_info([w for w in said[lead:first] if w != "the"], context)
    if short is not None:
        called["station"] = short
    caller = second[1]
    if called.get("station") is None or called.get("station") == caller.get("station"):
        return []
    return [(lead, first, called), (j, second[0], caller)]


def _second_name(
    said: list[str], j: int, name_index: Names, context: Context
) -> tuple[int, dict[str, Any]] | None:
    """End and name of the known station said at ``j`` as the caller of an
    abbreviated call-up: its name, the one station whose name the word begins or ends
    ("Rescue", "Risban"), or the name written with "de" elided ("Corsen
    d'Abeille"); None if no station is."""
    words = said
    if j < len(said) and said[j].startswith("d'"):
        words = [*said[:j], said[j][2:], *said[j + 1 :]]
    end = _station_at(words, j, name_index)
    if end > j:
        return end, _name_info([w for w in words[j:end] if w != "the"], context)
    station = _shortened(words, j, name_index, context, last=True)
    if station is None:
        return None
    return j + 1, {**_name_info(words[j : j + 1], context), "station": station}


def _shortened(
    said: list[str], i: int, name_index: Names, context: Context, last: bool = False
) -> str | None:
    """The one station whose names begin or end with the word said alone at ``i``,
    before a comma: "Rescue, Aurora Spirit, say again" calls "Rescue 914" by its
    first word, as crews shorten a call sign once the exchange is under way; "Corsen,
    Risban, j'écoute" answers as "Notre-Dame du Risban" by its last. ``last``: the
    second name of the call-up, which may also end the sentence. None when the word
    begins or ends no name, or the names of several stations."""
    if i >= len(said):
        return None
    after = said[i + 1] if i + 1 < len(said) else None
    if not (after == "," or (last and after in (None, "|", "?"))):
        return None
    word = said[i]
    found: set[str | None] = set()
    if word in name_index:
        found = {
            _station_id(" ".join(words), context)
            for _size, names in name_index[word]
            for words in names
        }
        found.discard(None)
    if not found:  # (a name's first word before its last: "Rescue" is "Rescue 914")
        found = set(_endings(context).get(word, ()))
        found.discard(None)
    return found.pop() if len(found) == 1 else None


_endings_memo: dict[str, set[str | None]] = {}
_endings_of: list[Context | None] = [None]


def _endings(context: Context) -> dict[str, set[str | None]]:
    """The stations by the last word of each of their names of two words or more (as
    the tokeniser says them), for the context of the last call."""
    if _endings_of[0] is context:
        return _endings_memo
    _endings_of[0] = context
    _endings_memo.clear()
    for name, station in _spoken_stations(context).items():
        words = name.split()
        if len(words) > 1 and words[-1].isalpha() and len(words[-1]) > 2:
            _endings_memo.setdefault(words[-1], set()).add(station)
    return _endings_memo


def _name_info(words: list[str], context: Context | None) -> dict[str, Any]:
    name = " ".join(words)
    info: dict[str, Any] = {"name": name}
    if context is not None:
        station = _station_id(name, context)
        if station is not None:
            info["station"] = station
    return info


#: Upper bound of the station memo (emptied when full): a transcript names a few
#: dozen stations, however many times.
MEMO_SIZE = 1024
_stations: dict[str, str | None] = {}
_stations_of: list[Context | None] = [None]


def _station_id(name: str, context: Context) -> str | None:
    """``context.station_id(name)``, memoised for the context of the last call: a
    check classifies all its utterances with one context, which does not change
    meanwhile, and names recur in every call-up. The look-up normalises the name
    with regular expressions
    (measured: benchmarks/README.md, 'phraseology.callups._station_id')."""
    if _stations_of[0] is not context:
        _stations.clear()
        _stations_of[0] = context
    if name in _stations:
        return _stations[name]
    if len(_stations) >= MEMO_SIZE:
        _stations.clear()
    station = context.station_id(name)
    if station is None:
        # "falmouth coastguard", declared "Coast Guard"; "ketch harbor", declared
        # "Ketch Harbour"; "cross etel", declared "CROSS Étel"
        station = _spoken_stations(context).get(name)
    _stations[name] = station
    return station


#: The stations by their names as the tokeniser says them, for the context of the
#: last call (a name two stations share in that form is no one's).
_spoken: dict[str, str | None] = {}
_spoken_of: list[Context | None] = [None]


def _spoken_stations(context: Context) -> dict[str, str | None]:
    if _spoken_of[0] is context:
        return _spoken
    _spoken_of[0] = context
    _spoken.clear()
    for declared, station in context.station_names().items():
        key = spoken_form(declared)
        _spoken[key] = station if _spoken.get(key, station) == station else None
    return _spoken


def spoken_form(name: str) -> str:
    """A declared name as the tokeniser gives its words: accents folded ("Étel" is
    "etel", "Caïman" "caiman"), one spelling ("harbour" is "harbor"), and the word
    pairs it joins joined ("coast guard" is "coastguard")."""
    # (the lexicon imports the grammar, which imports the call-up rules)
    from checker.phraseology.lexicon import lexicon
    from checker.phraseology.text import fold_accents

    lex = lexicon()
    out: list[str] = []
    for said in name.lower().replace("-", " ").split():
        folded = fold_accents(said)
        w = lex.spelling.get(folded, folded)
        pair = lex.joins.get((out[-1], w)) if out else None
        if pair is not None:
            out[-1] = pair
        else:
            out.append(w)
    return " ".join(out)
