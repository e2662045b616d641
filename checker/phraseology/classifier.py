"""The classify stage: one utterance (and the Context) → speech acts.

Steps, each in its own module: normalise (:mod:`.text`); find zone phrases, call-up
names and charted marks (:mod:`.positions`, :mod:`.callups`); parse the islands of
structure with the LALR grammar (:mod:`.islands`, :mod:`.grammar`) and turn them into
acts (:mod:`.structure`); match the phrase lexicon on the rest (:mod:`.matcher`);
then resolve overlaps, markers and distress messages (:mod:`.resolution`). Nothing
is dropped silently: an utterance that nothing explains is ``unclassified`` with a
reason, and a classifier bug is reported the same way rather than raised.

Near misses of recognised speech ("intensions") are tried in a second pass only
when the utterance has words the lexicon does not know; a repaired word counts only
where a phrase needed it, and lowers that act's confidence.

"We will take it" is ``coordination.accept`` only as a reply to an offer. The
classifier sees one utterance, so it says ``coordination.assume`` unless the same
utterance answers yes or gives a receipt first ("yes, we will take this one",
"d'accord, on le prend"); the resolve stage, which sees the offer or its absence,
re-labels the rest (:mod:`checker.protocol.answers`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from checker.context import Context
from checker.phraseology.callup_names import find_names, spoken_form
from checker.phraseology.clause import CASUALTY_NAMES, Names
from checker.phraseology.clause_called import called_first
from checker.phraseology.clause_split import forget as forget_clauses
from checker.phraseology.clause_words import W
from checker.phraseology.counts import bare_count_alone, count_in_answer, numbers_placed
from checker.phraseology.disfluency import fluent
from checker.phraseology.framing import fill, frame_cands
from checker.phraseology.grammar import terminal_words
from checker.phraseology.heard_names import (
    HOMOPHONE_HEADS,
    UNAPOSTROPHED_WORDS,
    HeardIndex,
    apostrophes_unsaid,
    g_dropped,
    heard_index,
    heard_names,
    homophones_heard,
    were_as_we_are,
)
from checker.phraseology.islands import build_units, find_islands
from checker.phraseology.lexicon import Lexicon, lexicon
from checker.phraseology.matcher import (
    Cand,
    action_near_miss,
    clean_slots,
    lemma,
    match,
    near_miss,
    unit_at,
)
from checker.phraseology.model import Classification, SpeechAct, primary_kind
from checker.phraseology.on_the_way import help_on_the_way
from checker.phraseology.parts import CLAUSE_ENDS, Tok, Unit
from checker.phraseology.positions import (
    ZoneIndex,
    find_marks,
    find_zones,
    french_numbers,
    zone_index,
)
from checker.phraseology.readback import read_back_receipted
from checker.phraseology.resolution import (
    clauses,
    orders_that_send,
    read_back_marked,
    receipt_then_will,
    resolve,
    restarted_figure,
    unable_then_eta,
)
from checker.phraseology.structure import grammar_cands, written_positions
from checker.phraseology.text import language, tokenize
from checker.phraseology.words import french, known, tally, uncovered, words
from checker.vocabulary import Ending

_HEAD_TERMINALS = ("MAYDAY_RELAY", "MAYDAY", "PAN_PAN", "SECURITE", "SEELONCE_MAYDAY",
                   "SEELONCE_DISTRESS", "SEELONCE_FEENEE", "PRUDONCE", "ALL_STATIONS")  # fmt: skip
#: Words after which "over" is a particle or a predicate, not the proword ("take over").
_OVER_PREDICATE = frozenset({
    "is", "are", "was", "were", "be", "been", "all", "it", "not", "take", "takes", "taking",
    "took", "taken", "hand", "hands", "handing", "handed", "handover", "turn", "pass", "passed",
    "come", "roll",
})  # fmt: skip
_OUT_AFTER = frozenset({"roger", "thanks", "you", "received", "understood", "copy", "copied",
                        "goodbye", "bye", "over", "mayday", "recu"})  # fmt: skip
#: How the ``reason`` slot of an ``unclassified`` act begins when the classifier
#: failed: the check reports such a line as RC306, never silently.
INTERNAL_ERROR = "internal error"


def classify(
    text: str,
    context: Context | None = None,
    *,
    speaker: str | None = None,
    addressee: str | None = None,
) -> Classification:
    """The speech acts of one utterance (see the module docstring)."""
    if not isinstance(text, str):
        text = str(text)
    try:
        if _shouted(text):
            return _as_typed(_classify(text.lower(), context, speaker, addressee), text)
        return _classify(text, context, speaker, addressee)
    except Exception as exc:  # a classifier bug must not stop a check: say so
        from checker.process import interrupted_by

        if interrupted_by(exc):
            raise KeyboardInterrupt from exc  # Ctrl-C, not a bug of this utterance
        reason = f"{INTERNAL_ERROR}: {type(exc).__name__}: {exc}"
        return _unclassified(text, reason, None, None)


def _shouted(text: str) -> bool:
    """Whether a line is typed all in capitals ("WE ARE TAKING WATER", as telex-era logs
    and some records are): its capitals then mark no name and no sentence's start, and
    it is read as a recogniser's lower case is. Two words at least ("MAYDAY" alone is
    read as it is), half of them words a list knows (not a call sign: "ICS CV"), and
    a lower case of the same length (the spans stay the text's)."""
    if not text.isupper() or " " not in text.strip() or len(text.lower()) != len(text):
        return False
    low = [w.strip(".,!?;:'’") for w in text.lower().split()]
    vocab = _known_words()
    return 2 * sum(w in vocab for w in low) >= len(low)


def _as_typed(result: Classification, text: str) -> Classification:
    """A classification of the lower-cased line with the line as typed: its text and
    each act's matched words (the spans are the same)."""
    acts = [
        replace(a, matched=text[a.span[0] : a.span[1]]) if a.span is not None else a
        for a in result.acts
    ]
    return result.model_copy(update={"text": text, "acts": acts})


def _heard(
    toks: list[Tok], said: list[str], tables: _Tables, text: str
) -> tuple[list[Tok], list[str]]:
    """The tokens and their words with what a recogniser or a typist misheard or
    misspelt read as said (:mod:`.heard_names`): the station names as declared, first;
    then a dropped g ("goin"), a contraction without its apostrophe ("well be
    there"), a homophone where only the other fits ("you're name"), "were" as
    "we're"."""
    if tables.heard:
        heard = heard_names(toks, said, tables.heard, _known_words(), tables.name_words)
        if heard is not None:
            toks, said = heard, [t.w for t in heard]
    if _G_DROPPED.search(text):
        full = g_dropped(toks, said, tables.name_words)
        if full is not None:
            toks, said = full, [t.w for t in full]
    if not UNAPOSTROPHED_WORDS.isdisjoint(said):
        full = apostrophes_unsaid(toks, said, tables.name_words)
        if full is not None:
            toks, said = full, [t.w for t in full]
    if _youre(text, said) or not _HOMOPHONES_ALONE.isdisjoint(said):
        heard = homophones_heard(toks, said)
        if heard is not None:
            toks, said = heard, [t.w for t in heard]
    if "were" in said:
        we_are = were_as_we_are(toks, tables.name_words)
        if we_are is not None:
            toks, said = we_are, [t.w for t in we_are]
    return toks, said


def _unclassified(
    text: str, reason: str, lang: str | None, ends_with: Ending | None
) -> Classification:
    act = SpeechAct(kind="unclassified", confidence=0.0, source="lexicon", slots={"reason": reason})
    return Classification(
        text=text,
        acts=[act],
        primary="unclassified",
        language=lang,
        ends_with=ends_with,
    )


def _names_only(toks: list[Tok], text: str) -> bool:
    """Whether every word is capitalised, but the words that join names: call signs
    and station names ("Calais Radio, Calais Radio, Seahorse.", "Dunkerque, ici
    Flamant."), which no language's word list knows, not another language."""
    words = [t for t in toks if t.w[0].isalpha()]
    return any(text[t.s].isupper() for t in words) and all(
        text[t.s].isupper() or t.w in W.name_glue or t.w in _CALLUP_WORDS for t in words
    )


def _unnamed(toks: list[Tok], text: str) -> list[str]:
    """The words that may tell a language: not those written with a capital inside a
    sentence, which are names ("Pors Gwenn, Dauphin, répétez ?" is French: a call-up
    of names no word list knows, then the French proword)."""
    return [
        t.w
        for k, t in enumerate(toks)
        if k == 0 or toks[k - 1].w in CLAUSE_ENDS or not text[t.s : t.s + 1].isupper()
    ]


#: A word in "-in" ("goin", "sinkin"): one search in C before the words are looked
#: at (:func:`.heard_names.g_dropped`).
_G_DROPPED = re.compile(r"\Bin\b")
#: The homophones read alone (:func:`.heard_names.homophones_heard`; "you're" needs
#: "you" and "are" both).
_HOMOPHONES_ALONE = HOMOPHONE_HEADS - {"are"}


def _youre(text: str, said: list[str]) -> bool:
    """Whether "you're" may be written for "your" (tests in C: most lines have none)."""
    return "are" in said and ("'re" in text or "’re" in text or "oure" in text)


#: Procedure words said with the names of a call-up ("Seabird, Ocean Viking,
#: receiving", "Dunkerque, Flamant, over"): no language's words but the radio's.
_CALLUP_WORDS = frozenset({"over", "out", "receiving", "calling", "go", "ahead", "this", "is"})


def _classify(
    text: str, context: Context | None, speaker: str | None, addressee: str | None
) -> Classification:
    lex = lexicon()
    if not text.strip():
        return _unclassified(text, "empty utterance", None, None)
    toks = tokenize(text, lex)
    # The tokens' words, listed once for every step that reads only them (most do):
    # each used to list them again or to read ``t.w`` token by token.
    said = [t.w for t in toks]
    lang = language(text, said, lex)
    toks, ends_with = _strip_end(toks)
    if len(toks) < len(said):
        said = said[: len(toks)]
    tables = _tables(context)
    toks, said = _heard(toks, said, tables, text)
    # "we we're", "if — if you", "you know", "c'est grave quoi": no words
    toks, said = fluent(toks, said, text, tables.name_words)
    counted = count_in_answer(said)
    if counted is not None:
        return bare_count_alone(text, toks, *counted, ends_with)
    if not any(w[0].isalpha() for w in said):
        placed = written_positions(text, said, [])
        if placed:  # "36.5 14.2": decimal degrees read out alone
            return numbers_placed(text, toks, placed[0], ends_with)
        return _unclassified(text, "no words", lang, ends_with)
    if lang is None:
        lang = _settled(said, toks, text, lex, _tables(context).names)
    cands, markers = _candidates(text, toks, said, context, speaker, addressee, lex, lang)
    if lang not in (None, "fr"):
        # a language the tool does not cover: only the grammar's islands (a MAYDAY,
        # a call-up) are trusted; the lexicon's English phrases are not
        cands = [c for c in cands if c.source == "grammar"]
    repaired, misses = _repair(toks, said, lex, context)
    if misses and lang in (None, "fr"):
        # near misses count only where a phrase needed the repaired word
        more, _ = _candidates(
            text, repaired, [t.w for t in repaired], context, speaker, addressee, lex, lang
        )
        for c in more:
            used = {k: m for k, m in misses.items() if c.i <= k < c.j and m[1] in c.words}
            if used:
                _apply_misses(c, used)
                cands.append(c)
        misses = {k: m for k, m in misses.items() if any(m[0] in c.assumed for c in cands)}
    names = _tables(context).names
    acts = _framed(text, toks, said, cands, lang, markers, names, lex)
    if not acts and lang is None and _french_too(said):
        # a short line both languages could say, which English reads as nothing:
        # read it as French ("On arrive.")
        acts = _framed(text, toks, said, cands, "fr", markers, names, lex)
        lang = "fr" if acts else None
    if not acts:
        reason = (
            f"language {lang}: not covered by the lexicon or the clause frames"
            if lang and lang != "fr"
            else "no phrase family or structure matched"
        )
        return _unclassified(text, reason, lang or "en", ends_with)
    acts.sort(key=lambda c: (c.i, c.priority))
    said_acts = _as_acts([_act_fields(c, toks, text) for c in acts])
    primary = primary_kind(said_acts)
    _lacking_said(said_acts, primary)
    return Classification(
        text=text,
        acts=said_acts,
        primary=primary,
        ends_with=ends_with,
        markers=[m[0].upper() for m in markers],
        language=lang or "en",
        low_confidence_words=[orig for orig, _, _ in misses.values()],
    )


def _settled(said: list[str], toks: list[Tok], text: str, lex: Lexicon, names: Names) -> str | None:
    """The language of a line the text's script and cues left open: two English cue
    words settle it (most utterances: counted in C); else the word lists say whether
    it is French or a language the tool does not cover (None: English, not sure)."""
    if sum(map(lex.languages["en"].__contains__, said)) >= 2:
        return None
    ici, de = "ici" in said, "de" in said
    if ici or de:
        n = sum(1 for w in said if w[0].isalpha())  # words, not the commas between names
        ici, de = ici and n <= 12, de and n <= 6
    if ici or de:
        # "gris nez gris nez ici flamant", "corsen corsen de dragon 29": names no list
        # knows, called in French
        return "fr"
    if uncovered(
        # (the stations named first without a comma, "abeille gris nez affirmatif" as a
        # recogniser writes it, are names no word list knows: they tell no language, as
        # names written with capitals do not)
        _unnamed(toks, text)[
            max(_message_after_names(text, toks, said, lang, names) for lang in ("en", "fr")) :
        ],
        lex.known_words,
        W.number_words,
        text,
    ) and not _names_only(toks, text):
        return "und"
    return "fr" if french(said, text) else None


def _framed(
    text: str,
    toks: list[Tok],
    said: list[str],
    cands: list[Cand],
    lang: str | None,
    markers: list[tuple[str, int]],
    names: Names,
    lex: Lexicon,
) -> list[Cand]:
    """The acts of the clause frames with the candidates, overlaps resolved."""
    framed, fallback = frame_cands(text, toks, cands, lang, markers, names)
    acts = fill(resolve(framed, toks, clauses(said), markers, lex, text), fallback, toks, text)
    if fallback or any(a.kind == "readback" for a in acts):
        # "Roger, altering to starboard": an action no frame read; "Roger, dropping the
        # anchor now": a read-back's words that are an action carried out
        receipt_then_will(acts, toks)
    read_back_marked(acts, said)  # "I read back: proceed to …" repeats, it orders nothing
    read_back_receipted(acts, said)  # "understand position …", "four persons, good copy"
    help_on_the_way(acts, toks, said)  # "proceeding to the North Star, ETA twenty minutes"
    unable_then_eta(acts)  # "unable to assist, our ETA would be three hours": why not
    restarted_figure(acts)  # "Quarante-cinq... attendez. Quarante-cinq degrés …"
    orders_that_send(acts, toks, text)  # "proceed to the dinghy and take them aboard"

    return acts


def _french_too(said: list[str]) -> bool:
    """Whether a line with no word only English knows has words French knows."""
    english, _ = tally(said)
    fr = known("fr")
    return english == 0 and any(w in fr for w in said if w[0].isalpha())


def _candidates(
    text: str,
    toks: list[Tok],
    said: list[str],
    context: Context | None,
    speaker: str | None,
    addressee: str | None,
    lex: Lexicon,
    lang: str | None = None,
) -> tuple[list[Cand], list[tuple[str, int]]]:
    """Every candidate act of the grammar and the lexicon, and the SMCP markers;
    ``said`` are the words of ``toks``."""
    tables = _tables(context)
    zones = find_zones(said, context, tables.zones, lex.zones, speaker, addressee)
    taken = {k for i, j, _ in zones for k in range(i, j)}
    names = find_names(
        said,
        context,
        tables.names,
        _name_stops(),
        _head_words(),
        taken,
        lex.name_ends,
        words("en").verbs,
    )
    taken |= {k for i, j, _ in names for k in range(i, j)}
    marks = find_marks(said, taken, lex.mark_stops)
    zone_infos = [z[2] for z in zones]
    spans: list[tuple[int, int, str, Any]] = [
        (i, j, "@zone", k) for k, (i, j, _) in enumerate(zones)
    ]
    spans += [(i, j, "@name", info) for i, j, info in names]
    spans += [(i, j, "@mark", None) for i, j in marks]
    spans += [(i, j, digits, None) for i, j, digits in french_numbers(said)]
    units = build_units(said, sorted(spans))
    islands = find_islands(units, text, toks)
    cands, markers, hidden = grammar_cands(islands, units, toks, zone_infos, lex)
    message = _message_after_names(text, toks, said, lang, tables.names)
    cands += _lexicon_cands(text, units, said, toks, hidden, zone_infos, lex, message)
    cands += written_positions(text, said, cands)
    return cands, markers


def _message_after_names(
    text: str, toks: list[Tok], said: list[str], lang: str | None, names: Names
) -> int:
    """Where the message starts after stations named first in speech without
    punctuation (:func:`.clause_called.called_first`), as the clause cutter reads it;
    0 where no name is said first or the text has punctuation."""
    if not said or not _UNPUNCTUATED.isdisjoint(text):
        return 0
    end = next((k for k, w in enumerate(said) if w in CLAUSE_ENDS), len(said))
    return called_first(toks, 0, end, words("fr" if lang == "fr" else "en"), names)[0]


_UNPUNCTUATED = frozenset(",.?!;:")


@lru_cache(maxsize=1)
def _name_stops() -> frozenset[str]:
    """Words a guessed caller's name ends before: the lexicon's, and receipts ("this
    is yacht blue moon understood"); an order is a name's ("Launch One", "Rescue
    one seven seven") unless its object follows (``find_names``' verbs)."""
    return lexicon().name_stops | W.receipts | {"just"}


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str]:
    """Words that open a call-up before the called station: signals, "all stations"."""
    words = {w for t in _HEAD_TERMINALS for w in terminal_words(t)}
    return frozenset(words | {"|", "?"})


# ---------------------------------------------------------------- normalisation steps
def _over_after(before: str, toks: list[Tok]) -> bool:
    """Whether a last "à vous" after the word ``before`` ends the turn: after a pause,
    or anywhere in recognised speech, which writes no pause ("cross corsen ici le
    chalutier marie jeanne à vous"), but after a verb or a thanks it goes with them
    ("c'est à vous", "je passe à vous", "merci à vous")."""
    if before in ("|", ",", "?"):
        return True
    return before not in _TO_YOU and not any(t.w in ("|", ",", "?") for t in toks)


#: Words that "à vous" completes rather than ends the turn after.
_TO_YOU = frozenset({
    "est", "ce", "c", "passe", "passer", "revient", "appartient", "parle", "parler",
    "pense", "donne", "transmets", "transmet", "dis", "dit", "repond", "merci", "bravo",
    "rendez", "laisse", "confie", "envoie", "ecris", "telephone", "reviens", "coordination",
    "main", "relais", "dossier", "cas", "affaire", "tour",
})  # fmt: skip


def _strip_end(toks: list[Tok]) -> tuple[list[Tok], Ending | None]:
    """Remove a closing OVER / OUT and say which it was."""
    k = len(toks) - 1
    while k >= 0 and toks[k].w in ("|", "?", ","):
        k -= 1
    if k < 0:
        return toks, None
    w = toks[k].w
    prev = toks[k - 1].w if k > 0 else "|"
    if w == "over" and prev not in _OVER_PREDICATE:
        return toks[:k], "over"
    if w in ("vous", "toi") and prev == "a" and (k == 1 or _over_after(toks[k - 2].w, toks)):
        return toks[: k - 1], "over"  # French radio's "à vous" after a pause
    if w == "termine" or (w == "out" and (prev in ("|", ",", "?") or prev in _OUT_AFTER or k == 0)):
        cut = k - 2 if prev == "and" and k >= 2 and toks[k - 2].w == "over" else k
        return toks[:cut], "out"
    return toks, None


def _repair(
    toks: list[Tok], said: list[str], lex: Lexicon, context: Context | None
) -> tuple[list[Tok], dict[int, tuple[str, str, float]]]:
    """Near misses of recognised speech replaced by the lexicon word they resemble
    (``said`` are the words of ``toks``)."""
    misses: dict[int, tuple[str, str, float]] = {}
    names = _tables(context).words
    known = lex.known_words
    out = toks
    for k, w in enumerate(said):
        if len(w) < 6 or w in known or w in names:
            continue
        found = near_miss(w)
        if found is not None:
            if out is toks:
                out = list(toks)
            t = toks[k]
            out[k] = Tok(found[0], t.s, t.e)
            misses[k] = (w, found[0], found[1])
    return out, misses


class _Tables:
    """Look-up tables of one context: station-name index, zone-phrase index, and
    the words of every name (never taken for near misses)."""

    def __init__(self, context: Context | None) -> None:
        self.context = context
        if context is None:
            self.names: Names = {}
            self.zones: ZoneIndex = {}
            self.words: frozenset[str] = frozenset()
            self.heard: HeardIndex = {}
            self.name_words: frozenset[str] = frozenset()
            return
        stations = context.station_names()
        zone_names = context.zone_names()
        # the names as the tokeniser gives their words ("Falmouth Coast Guard" is said
        # "falmouth coastguard", "Ketch Harbour" "ketch harbor", "CROSS Étel" "cross etel")
        spoken = {spoken_form(n) for n in stations}
        self.names = _index_for(tuple(sorted(spoken)))
        casualties = frozenset(
            tuple(spoken_form(n).split())
            for n, sid in stations.items()
            if (st := context.stations.get(sid)) is not None and st.role == "casualty"
        )
        if casualties:  # (a key no word can be: clause.CASUALTY_NAMES)
            self.names = {**self.names, CASUALTY_NAMES: ((0, casualties),)}
        self.zones = zone_index(context)
        self.words = frozenset(
            w for n in (*stations, *zone_names) for w in n.replace("-", " ").split()
        )
        self.heard = heard_index(spoken, _known_words())
        # (a word of a declared name is heard as itself)
        self.name_words = frozenset(w for n in spoken for w in n.split())


_LAST: list[_Tables] = [_Tables(None)]


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Every word the lexicon, the word lists or the lemma table know, in either
    language: never taken for a misheard name."""
    return lexicon().known_words | known("en") | known("fr")


def _tables(context: Context | None) -> _Tables:
    """The tables of a context, rebuilt only when another context comes: a check
    classifies all its utterances with one context, which does not change meanwhile."""
    last = _LAST[0]
    if last.context is context:
        return last
    tables = _Tables(context)
    _LAST[0] = tables
    forget_clauses()  # what was read in the last context is not kept
    return tables


@lru_cache(maxsize=64)
def _index_for(names: tuple[str, ...]) -> Names:
    index: dict[str, dict[int, set[tuple[str, ...]]]] = {}
    for name in names:
        words = tuple(name.replace("-", " ").split())
        if words:
            index.setdefault(words[0], {}).setdefault(len(words), set()).add(words)
    return {
        first: tuple((k, frozenset(v)) for k, v in sorted(by_length.items(), reverse=True))
        for first, by_length in index.items()
    }


# ---------------------------------------------------------------- lexicon acts
def _lacking_said(acts: list[SpeechAct], primary: str) -> None:
    """The refusal that the primary act reads as a want of consent ("we cannot come
    into your waters", :func:`model.primary_kind`) is that act, in place: the primary
    act is always one of the acts (the fuzzer found one that was not)."""
    if primary != "permission.lacking" or any(a.kind == primary for a in acts):
        return
    for n, act in enumerate(acts):
        if act.kind in ("refuse", "assistance.unable"):
            acts[n] = replace(act, kind="permission.lacking")
            return


def _lexicon_cands(
    text: str,
    units: list[Unit],
    said: list[str],
    toks: list[Tok],
    hidden: dict[int, str],
    zones: list[dict[str, Any]],
    lex: Lexicon,
    message: int = 0,
) -> list[Cand]:
    """Acts of the phrase lexicon, matched on the units the grammar did not claim;
    the message starts at token ``message`` after stations named first without a comma
    (a clause break there: "… dover wait one" stands by)."""
    parts: list[str] = [""]
    positions: list[int] = []
    unit_ids: list[int] = []
    offset = 1
    mark_of = hidden.get
    for k, u in enumerate(units):
        w = u.text
        mark = mark_of(k)
        if message and u.i == message and parts[-1] != "|":
            parts.append("|")
            offset += 2
        if mark == "|":
            if parts[-1] == "|":
                continue
            w = "|"
        elif mark == "¦":
            w = f"{w} ¦" if parts[-1].endswith("¦") else f"¦ {w} ¦"
        elif w[0] == "@":
            w = f"§z{u.payload}" if w == "@zone" else " ".join(said[u.i : u.j])
        positions.append(offset)
        unit_ids.append(k)
        parts.append(w)
        offset += len(w) + 1
    lexstring = " ".join(parts) + " "
    words = set(lexstring.split())  # the words of every part, split in C
    out: list[Cand] = []
    for fam, pattern, u0, u1, raw in match(lexstring, words, positions, lex):
        first, last = units[unit_ids[u0]], units[unit_ids[u1 - 1]]
        slots = dict(fam.slots)
        tokens = {
            k: (v, units[unit_ids[a]].i, units[unit_ids[max(b - 1, a)]].j)
            for k, (v, a, b) in raw.items()
        }
        slots.update(clean_slots(tokens, toks, text, zones))
        cand = Cand(
            fam.kind,
            first.i,
            last.j,
            "lexicon",
            fam.confidence,
            fam.priority,
            slots,
            {},
            fam,
            pattern.words,
        )
        _action(cand, lex)
        for name, regex in fam.slot_patterns.items():
            m = regex.search(lexstring)
            if m is not None:
                a = unit_at(positions, m.start(name))
                b = unit_at(positions, max(m.end(name) - 1, m.start(name))) + 1
                span = (m.group(name) or "", units[unit_ids[a]].i, units[unit_ids[b - 1]].j)
                extra = clean_slots({name: span}, toks, text, zones)
                if name in extra:
                    cand.slots.setdefault(name, extra[name])
        out.append(cand)
    return out


def _action(cand: Cand, lex: Lexicon) -> None:
    """Base form of the action verb; a near miss of an action verb is repaired with
    lower confidence ("export" → "escort")."""
    action = cand.slots.get("action")
    if isinstance(action, str) and " " not in action:
        base = lemma(action, lex)
        if base is None:
            found = action_near_miss(action)
            if found is not None:
                cand.assumed[action] = found[0]
                cand.confidence = min(cand.confidence, _near_confidence(found[1]))
                base = found[0]
        if base is not None:
            cand.slots["action"] = base


def _near_confidence(score: float) -> float:
    """Confidence of an act that rests on a near miss: at most 0.7, lower for a
    worse match (score 100 → 0.7, score 65 → 0.56)."""
    return round(min(0.7, 0.3 + 0.4 * score / 100), 2)


def _apply_misses(cand: Cand, misses: dict[int, tuple[str, str, float]]) -> None:
    for k, (orig, new, score) in misses.items():
        if cand.i <= k < cand.j:
            cand.assumed[orig] = new
            cand.confidence = min(cand.confidence, _near_confidence(score))


def _as_acts(fields: list[dict[str, Any]]) -> list[SpeechAct]:
    """The acts of these fields (see :func:`_act_fields`); their kinds are typed
    already, on :class:`Cand`."""
    return [SpeechAct(**f) for f in fields]


def _act_fields(c: Cand, toks: list[Tok], text: str) -> dict[str, Any]:
    """The fields of the :class:`SpeechAct` of a candidate (made by :func:`_as_acts`)."""
    s, e = toks[c.i].s, toks[max(c.j - 1, c.i)].e
    return {
        "kind": c.kind,
        "confidence": c.confidence,
        "source": c.source,
        "span": (s, e),
        "matched": text[s:e],
        "slots": c.slots,
        "assumed": c.assumed,
        **({"frame": c.frame, "clause": c.clause} if c.frame is not None else {}),
    }
