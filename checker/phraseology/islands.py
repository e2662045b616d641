"""Islands of structure: where the grammar parses inside an utterance.

The utterance's tokens become *units*: words, or placeholders that stand for a run
of tokens only the context can name (``@name`` for a call-up's station, ``@zone``
for a zone phrase, ``@mark`` for a charted mark). The grammar's own scanner finds
its terminals among the units; adjacent terminals form an island, and an island
that holds a word of real structure (a signal, a proword, a number with a unit) is
parsed. Bare numbers, a lone "position", a lone "the" are left to the lexicon.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache, lru_cache
from itertools import accumulate, pairwise
from typing import Any

from checker.phraseology.clause_forms import DIGIT_WORDS
from checker.phraseology.grammar import (
    MEASURE,
    NUMERIC,
    WEAK,
    parse_island,
    parser,
    scanner,
    shift_items,
    terminal_words,
)
from checker.phraseology.parts import Item, Tok, Unit
from checker.phraseology.words import words

#: Words after "all ships" / "all vessels" that make it the subject of a statement,
#: not a call-up ("all vessels released", "all ships are to keep clear").
_AFTER_ALL = frozenset({
    "released", "are", "is", "were", "may", "can", "must", "should", "will", "have",
    "stood", "to",
})  # fmt: skip
#: Receipts said after a signal heard ("pan pan received", "sécurité reçu").
_RECEIVED = frozenset({"received", "recu", "copied", "roger"})
#: Terminals of a call-up's words that are one only beside a station's name.
_BESIDE_NAMES = frozenset({"FOR_CALLED", "FROM_CALLER", "CALLING"})
#: Ordinary words that are a signal only at the start of a clause or repeated.
_GUARDED = frozenset({"security", "securite", "pan", "prudence"})
#: Words after "prudence" that make it French caution, not the signal PRUDONCE.
CAUTION_AFTER = frozenset({
    "dans", "a", "aux", "au", "sur", "en", "pour", "lors", "avec", "de", "du", "des", "la",
    "le", "les", "particuliere", "particulierement", "extreme", "requise", "recommandee",
    "accrue",
})  # fmt: skip
#: ``Unit(w, i, i + 1)`` built in C, without the named tuple's Python ``__new__``
#: (one unit a token) (measured: benchmarks/README.md, 'phraseology.islands._new').
_new = tuple.__new__


def build_units(
    said: list[str],
    spans: list[tuple[int, int, str, Any]],
) -> list[Unit]:
    """Units from tokens and placeholder spans ``(i, j, placeholder, payload)``;
    ``said`` are the words of the tokens (``Tok.w``, listed once an utterance by
    the classifier). Of spans with one start the last counts, and a span that
    starts inside another is not one; the words between spans are made a run at a
    time (a comprehension, not a loop a token)."""
    if not spans:
        return [_new(Unit, (w, i, i + 1, None)) for i, w in enumerate(said)]
    by_start = {s[0]: s for s in spans}
    units: list[Unit] = []
    i, n = 0, len(said)
    for start in sorted(by_start):
        if start < i:
            continue
        if start >= n:
            break
        units += [_new(Unit, (said[k], k, k + 1, None)) for k in range(i, start)]
        span = by_start[start]
        units.append(Unit(span[2], span[0], span[1], span[3]))
        i = span[1]
    units += [_new(Unit, (said[k], k, k + 1, None)) for k in range(i, n)]
    return units


def find_islands(
    units: list[Unit], text: str, toks: list[Tok]
) -> list[tuple[int, int, list[Item]]]:
    """Parse every island: ``(first unit, end unit, items with unit offsets)``.

    Runs of units that are grammar words are found with set look-ups first; only a
    run that holds a word of structure is scanned with the terminal regex and then
    parsed. Item offsets are turned from island-text offsets into unit indices
    (``start`` is the first unit, ``end`` one past the last).
    """
    known, strong = _word_sets()
    markers = _marker_words()
    islands: list[tuple[int, int, list[Item]]] = []
    words = [u.text for u in units]
    grammar = [w in known or w[0].isdigit() for w in words]
    k, n = 0, len(words)
    while True:
        # the next grammar word, found in C; a run goes on over grammar words and commas
        try:
            first = grammar.index(True, k)
        except ValueError:
            break
        k = first + 1
        while k < n and (grammar[k] or words[k] == ","):
            k += 1
        run = tuple(words[first:k])
        if strong.isdisjoint(run) and _channel_verbs().isdisjoint(run):
            continue  # (every strong word is a grammar word)
        upper: tuple[int, ...] = ()
        if not markers.isdisjoint(run):
            upper = tuple(
                r
                for r, w in enumerate(run)
                if w in markers and _written_upper(units[first + r], text, toks)
            )
        before = words[first - 1] if first else None
        after = words[k] if k < n else None
        islands.extend(_scan(run, (before, after), upper, first))
    return islands


#: Upper bound of the run memo (emptied when full): corpus-1000's 28,667 scanned
#: runs are 176 distinct ones ("@name , this is @name", "i say again ,").
MEMO_SIZE = 4096
#: The words around a run: the one before it and the one after it (None at either end
#: of the utterance).
_Around = tuple[str | None, str | None]
_RunKey = tuple[tuple[str, ...], _Around, tuple[int, ...]]
_runs: dict[_RunKey, list[tuple[int, int, list[Item]]]] = {}


def _scan(
    run: tuple[str, ...], around: _Around, upper: tuple[int, ...], first: int
) -> list[tuple[int, int, list[Item]]]:
    """The islands of one run of grammar words starting at unit ``first``.

    What a run yields depends only on its words, on the words just before and after
    it (``around``; None at the ends of the utterance) and on which of its marker
    words are written in capitals (``upper``, offsets in the run): all that
    :func:`_guard` looks at. So
    the islands are memoised on those, with unit offsets from the run's start, and
    moved to ``first``. Scanning, guarding, parsing and mapping the runs took about a
    tenth of classifying (measured: benchmarks/README.md, 'phraseology.islands._scan').
    The islands returned (and their items) may be the
    memo's own: callers only read them, as :func:`.structure.grammar_cands` does.
    """
    key = (run, around, upper)
    found = _runs.get(key)
    if found is None:
        found = _scan_run(run, around, upper)
        if len(_runs) >= MEMO_SIZE:
            _runs.clear()
        _runs[key] = found
    if not first:
        return found
    return [(a + first, b + first, shift_items(items, first)) for a, b, items in found]


def _scan_run(
    run: tuple[str, ...], around: _Around, upper: tuple[int, ...]
) -> list[tuple[int, int, list[Item]]]:
    """Scan one run of grammar words for terminals; parse the islands found (unit
    offsets from the start of the run)."""
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    offset = 0
    for k, w in enumerate(run):
        starts[offset] = k
        offset += len(w)
        ends[offset] = k
        offset += 1
    string = " ".join(run)
    runs: list[list[tuple[str, int, int]]] = []
    last_unit = -2
    for name, start, end in _terminals(string):
        u0, u1 = starts.get(start), ends.get(end)
        if u0 is None or u1 is None:
            continue
        if not _guard(name, u0, u1, run, around, upper):
            last_unit = -2
            continue
        contiguous = last_unit >= 0 and all(run[k] == "," for k in range(last_unit + 1, u0))
        if contiguous and runs:
            runs[-1].append((name, u0, u1))
        else:
            runs.append([(name, u0, u1)])
        last_unit = u1
    islands: list[tuple[int, int, list[Item]]] = []
    for found in runs:
        terminals = found
        if not _worth_parsing(found):
            # "Safety Two, go seven two": the change may follow a call sign's number
            verbs = [k for k, t in enumerate(found) if t[0] == "CHANNEL_VERB"]
            terminals = found[verbs[-1] :] if verbs else found
            if not _channel_alone(terminals, run, around):
                continue
        first, last = terminals[0][1], terminals[-1][2]
        unit_ids = [k for k in range(first, last + 1) if run[k] != ","]
        words = [run[k] for k in unit_ids]
        # "N 51 02.5 E 001 50.3", as a GPS writes it: put in the grammar's order first
        region = _hemisphere_first(words, unit_ids, {u0: name for name, u0, _ in terminals})
        word_starts = list(accumulate((len(w) + 1 for w in words[:-1]), initial=0))
        items = parse_island(" ".join(words))
        mapped = [_to_units(item, word_starts, unit_ids) for item in items]
        if region is not None:
            mapped = [_spanning(item, region) for item in mapped]
        islands.append((first, last + 1, mapped))
    return islands


def _hemisphere_first(
    words: list[str], unit_ids: list[int], terminal: dict[int, str]
) -> tuple[int, int] | None:
    """A latitude and a longitude each said after its hemisphere ("N 51 02.5 E 001
    50.3"): reorder ``words`` and ``unit_ids`` in place to the order the grammar reads
    ("51 02.5 N 001 50.3 E") and return the units they span, or None. ``terminal``
    names the grammar's terminal that starts at a unit (its NS and EW hemispheres)."""
    n = len(words)
    for k in range(n):
        if terminal.get(unit_ids[k]) != "NS":
            continue
        if k and words[k - 1][:1].isdigit():
            continue  # "5102 nord, 00145 est, 30 personnes": said after its numbers
        m = k + 1
        while m < n and m - k <= 3 and words[m][:1].isdigit():
            m += 1
        if m == k + 1 or m >= n or terminal.get(unit_ids[m]) != "EW":
            continue
        e = m + 1
        while e < n and e - m <= 3 and words[e][:1].isdigit():
            e += 1
        if e == m + 1:
            continue
        order = [*range(k + 1, m), k, *range(m + 1, e), m]
        words[k:e] = [words[x] for x in order]
        span = (min(unit_ids[k:e]), max(unit_ids[k:e]))
        unit_ids[k:e] = [unit_ids[x] for x in order]
        return span
    return None


def _spanning(item: Item, region: tuple[int, int]) -> Item:
    """An item read from reordered words spans all their units."""
    low, high = region
    if item.start > high or item.end <= low:
        return item
    return Item(item.kind, min(item.start, low), max(item.end, high + 1), item.data)


@lru_cache(maxsize=4096)
def _terminals(string: str) -> tuple[tuple[str, int, int], ...]:
    """The grammar's terminals in a run of words: ``(name, start, end)``. Memoised, as
    runs recur ("@name this is @name", "over"): the scan is a regex of every terminal
    (measured: benchmarks/README.md, 'phraseology.islands._terminals')."""
    return tuple((m.lastgroup or "", m.start(), m.end()) for m in scanner().finditer(string))


def _to_units(item: Item, starts: list[int], unit_ids: list[int]) -> Item:
    """Island-text offsets → unit indices (also for placeholder offsets in data);
    ``starts`` are the island offsets of its words, ``unit_ids`` their units."""

    def unit(offset: int) -> int:
        return unit_ids[max(bisect_right(starts, offset) - 1, 0)]

    data = dict(item.data)
    for key in ("zone_at", "mark_at"):
        if key in data:
            data[key] = unit(int(data[key]))
    for key in ("called", "caller"):
        value = data.get(key)
        if isinstance(value, tuple) and value[0] == "name":
            data[key] = ("name", unit(int(value[1])))
    return Item(item.kind, unit(item.start), unit(max(item.end - 1, item.start)) + 1, data)


def _guard(
    name: str, u0: int, u1: int, run: tuple[str, ...], around: _Around, upper: tuple[int, ...]
) -> bool:
    """Words that are radio structure only in some places: an SMCP marker opens a
    clause and is written in capitals or followed by punctuation, or is said twice; "security",
    "pan" and "prudence" are signals only at the start of a clause or repeated.

    ``u0`` and ``u1`` are the first and the last unit of the terminal in ``run``;
    ``around`` the words before and after the run, ``upper`` the marker words of the
    run written in capitals."""
    word = run[u0]
    prev = run[u0 - 1] if u0 > 0 else around[0]
    after = run[u1 + 1] if u1 + 1 < len(run) else around[1]
    clause_start = prev is None or prev in ("|", "?", ",")
    if name == "MARKER":
        # said twice, a marker is one in recognised speech too ("warning warning
        # unidentified vessel": no capitals, no commas)
        twice = word in (prev, after)
        # (after a call sign's digits: "this is warship two three four instruction
        # alter course to the north")
        signed = prev in DIGIT_WORDS and _marks(word, after) and after not in _SUBJECTS
        if (
            not clause_start
            and not (prev is not None and prev.startswith("@"))
            and not twice
            and not signed
        ):
            return False
        return u0 in upper or after in ("|", "?", ",") or twice or _marks(word, after)
    if name in _BESIDE_NAMES or (name == "THIS_IS" and word == "ici"):
        # "ici", "pour", "de" and "calling" are a call-up's only beside its names
        # ("Corsen de Flamant", "ici Flamant", "Sea Otter calling Humber"; "il est ici",
        # "pour vous", "calling the lifeboat")
        return after == "@name" and (word == "ici" or prev == "@name")
    if (
        (name in ("PAN_PAN", "SECURITE") and after in _RECEIVED)
        or (name == "ALL_STATIONS" and after in _AFTER_ALL)
        or (word == "prudence" and after in CAUTION_AFTER)
    ):
        # "pan pan received": the signal heard, not made; "all vessels released", "all
        # ships are to keep clear": told of; "prudence dans le secteur", "prudence à la
        # navigation": French caution, the word of a warning (the signal is said alone)
        return False
    if word in _GUARDED:  # repeated: within the terminal ("pan pan"), or beside it
        return clause_start or word in (prev, after) or (u1 > u0 and run[u1] == word)
    return True


def _marks(marker: str, after: str | None) -> bool:
    """Whether a marker said in lower case without a pause marks what follows it: an
    order, "do not", the addressee or the speaker as subject, a wh-word ("advice
    keep clear of the dredger", "instruction do not overtake", "warning you are
    entering a firing area"); "warning received", "advice noted" are no markers."""
    if after is None or marker in _NOT_MARKING or not after[:1].isalpha():
        return False
    wl = words("en")
    return after in _MARKED or after in wl.imperative or after in wl.wh


#: Marker words that mark no clause said after them in lower case ("request
#: assistance" asks, "answer negative" answers).
_NOT_MARKING = frozenset({"request", "answer"})


@cache
def marking_words() -> frozenset[str]:
    """The SMCP marker words of the grammar that may mark what follows them in lower
    case (:func:`_marks`; read by :mod:`.clause_called` after the names said first)."""
    return _marker_words() - _NOT_MARKING


#: Subjects after a word, which make it no marker mid-clause ("the warning you gave").
_SUBJECTS = frozenset({"you", "we", "i"})
#: Words that open what a marker marks, besides orders and wh-words.
_MARKED = frozenset({
    "do", "don't", "you", "we", "i", "recommend", "your", "all",
    # ("… one seven five warning the downwash will be very strong")
    "the", "there",
})  # fmt: skip


def _written_upper(unit: Unit, text: str, toks: list[Tok]) -> bool:
    """Whether the word of a unit is written in capitals in the utterance."""
    tok = toks[unit.i]
    return text[tok.s : tok.e].isupper()


def _worth_parsing(run: list[tuple[str, int, int]]) -> bool:
    names = [r[0] for r in run]
    strong = [n for n in names if n not in WEAK and n not in NUMERIC]
    if strong:
        return True
    if names.count("PHONETIC") >= 2:
        return True
    if names[:2] == ["NAME", "NAME"] or names[:3] in (_FROM_NAME, _CALLING_NAME):
        return True  # "Arcturus, Dover Coastguard", "Corsen de Flamant": abbreviated
    has_number = any(n in NUMERIC or n in ("HALF", "A") for n in names)
    if has_number and any(n in MEASURE for n in names):
        return True
    return any(a == "ZONE_PREP" and b == "ZONE" for a, b in pairwise(names))


_FROM_NAME = ["NAME", "FROM_CALLER", "NAME"]
_CALLING_NAME = ["NAME", "CALLING", "NAME"]
#: What may follow a change of channel said without "channel" ("go to six seven, over").
_CHANNEL_END = frozenset({None, ",", "|", "?", "over", "please", "thanks", "out"})
#: Numbers said alone that are seldom a working channel.
_LOW = frozenset({"zero", "one", "two", "three", "four", "five", "0", "1", "2", "3", "4", "5"})
#: The terminals of such a change after its verb.
_CHANNEL_TAIL = NUMERIC | {"TO", "WORKING"}


def _channel_alone(
    terminals: list[tuple[str, int, int]], run: tuple[str, ...], around: _Around
) -> bool:
    """A change of channel without the word "channel" ("switch to one six", "go up to
    seven two, over"): a channel verb and a number of one or two words that ends the
    clause, so that "go to five knots" and "change to two hundred" stay speech."""
    if terminals[0][0] != "CHANNEL_VERB" or any(t[0] not in _CHANNEL_TAIL for t in terminals[1:]):
        return False
    numbers = [t for t in terminals if t[0] in NUMERIC]
    said = [run[t[1]] for t in numbers]
    if len(said) == 4 and said[:2] == said[2:]:
        numbers = numbers[:2]  # "go up to seven two, seven two, over": said twice
    last = terminals[-1][2]
    after = run[last + 1] if last + 1 < len(run) else around[1]
    if len(numbers) == 1 and run[numbers[0][1]] in _LOW:
        return False  # "go to two": more likely a speed or a gear than channel 2
    return 1 <= len(numbers) <= 2 and terminals[-1][0] in NUMERIC and after in _CHANNEL_END


@cache
def _word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Words of the grammar, and the words that can make an island worth parsing:
    the distinctive words of structure terminals ("mayday", "stations", "again",
    "channel", "degrees"), not their common words ("i", "you", "this") or numbers."""
    known: set[str] = {"@name", "@zone", "@mark"}
    strong: set[str] = {"@name", "@zone"}
    for term in parser().terminals:
        words = terminal_words(term.name)
        known.update(words)
        if term.name in NUMERIC:
            continue
        if term.name not in WEAK or term.name in MEASURE or term.name == "PHONETIC":
            strong.update(w for w in words if w not in _COMMON)
    return frozenset(known), frozenset(strong)


@cache
def _channel_verbs() -> frozenset[str]:
    """The words of the CHANNEL_VERB terminal: a run with one may be a change of
    channel said without "channel" (:func:`_channel_alone`)."""
    return frozenset(terminal_words("CHANNEL_VERB"))


@cache
def _marker_words() -> frozenset[str]:
    """The words of the MARKER terminal, whose guard reads how they are written."""
    return frozenset(terminal_words("MARKER"))


_COMMON = frozenset(
    {"i", "you", "how", "do", "me", "is", "this", "all", "a", "to", "by", "on", "the", "go",
     "and", "of", "in", "from", "up", "down", "name", "zone", "mark", "your", "votre",
     "le", "du", "bien"}
)  # fmt: skip
