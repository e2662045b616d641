"""The phrase lexicon: ``data/lexicon.toml`` loaded and compiled once per process.

Phrase families are data. This module turns each pattern of the small pattern
language described at the top of the data file into one compiled regular expression
over the classifier's normalised utterance string (tokens separated by single
spaces, each followed by a space; clause ends are ``|`` and ``?``; commas are kept
as ``,`` and may appear between any two words of a pattern). It also indexes every
pattern by the words it cannot match without, so that an utterance is tried only
against the patterns whose words it contains.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from checker.phraseology.grammar import terminal_words
from checker.phraseology.words import DATA_DIR
from checker.resources import cache_key, grammar_sha256, read_cache, write_cache
from checker.vocabulary import ActKind, act_kind

_WORD = "[^ |?,¦]"
_NUMBER_TERMINALS = ("DIGIT", "TEEN", "TENS", "HUNDRED", "POINT", "HALF")
_TOKEN = re.compile(r"\\\?|\(|\)\?|\)|\||!\(|!\w[\w'-]*|\{[^}]+\}\??|\.\.\.|\^|\$|[^\s()|{}]+")


@dataclass(frozen=True)
class Pattern:
    """One pattern of a family: its regular expression is compiled on first use.

    Compiling all 250 expressions takes most of the start-up of a check
    (measured: benchmarks/README.md, 'phraseology.lexicon.Pattern'); a short
    transcript tries only the few patterns its words select.
    """

    source: str
    expression: str
    anchors: frozenset[str]
    words: frozenset[str]
    #: Every set of words of which the pattern needs one, to skip the pattern when an
    #: utterance lacks one: see :func:`checker.phraseology.matcher.match`.
    required: tuple[frozenset[str], ...]

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.expression)


@dataclass(frozen=True)
class Family:
    """A phrase family: one act kind and the ways it is worded."""

    kind: ActKind
    priority: int
    confidence: float
    patterns: tuple[Pattern, ...]
    slots: dict[str, str]
    beats: frozenset[ActKind]
    keeps: frozenset[ActKind]
    slot_patterns: dict[str, re.Pattern[str]]


@dataclass(frozen=True)
class Lexicon:
    """Everything the classifier reads from the data file, compiled."""

    families: tuple[Family, ...]
    index: dict[str, tuple[tuple[int, int], ...]]
    unanchored: tuple[tuple[int, int], ...]
    fillers: frozenset[str]
    word_map: dict[str, tuple[str, ...]]
    contractions: dict[str, tuple[str, ...]]
    spelling: dict[str, str]
    joins: dict[tuple[str, str], str]
    join_firsts: frozenset[str]
    languages: dict[str, frozenset[str]]
    name_stops: frozenset[str]
    name_ends: frozenset[str]
    #: Words that end a charted mark's name: the name stops and the function words
    #: but "the" ("the bank").
    mark_stops: frozenset[str]
    known_words: frozenset[str]
    content_words: tuple[str, ...]
    wildcard_prefixes: tuple[str, ...]
    actions: frozenset[str]
    action_list: tuple[str, ...]
    irregular: dict[str, str]
    grammar_acts: dict[str, frozenset[str]]
    markers: dict[str, tuple[ActKind, frozenset[ActKind]]]
    zones: dict[str, Any]
    sha256: str


def _data() -> bytes:
    return (DATA_DIR / "lexicon.toml").read_bytes()


def lexicon_sha256() -> str:
    """The SHA-256 of the lexicon data: reports name the phrasing they were read with."""
    return lexicon().sha256


class _Compiler:
    """Compiles one pattern; collects its literal words and slot names."""

    def __init__(self, text: str, number: str) -> None:
        self.tokens = _TOKEN.findall(text)
        self.pos = 0
        self.number = number
        self.words: set[str] = set()
        self.prefixes: set[str] = set()
        self.slot_names: dict[str, int] = {}
        #: After :meth:`compile`: the words the pattern cannot match without, as sets
        #: of which one must be said (the index uses the rarest-looking set only).
        self.required: tuple[frozenset[str], ...] = ()

    def compile(self) -> tuple[str, frozenset[str]]:
        regex, anchors = self._sequence(tail=True)
        if self.pos != len(self.tokens):
            raise ValueError(f"unbalanced pattern near {self.tokens[self.pos]!r}")
        return "(?<= )" + regex, anchors

    def _sequence(self, tail: bool) -> tuple[str, frozenset[str]]:
        parts: list[str] = []
        candidates: list[frozenset[str]] = []
        items: list[tuple[str, frozenset[str] | None, bool]] = []
        while self.pos < len(self.tokens) and self.tokens[self.pos] not in ("|", ")", ")?"):
            items.append(self._element())
        for k, (element, anchor, _) in enumerate(items):
            regex = element
            if k < len(items) - 1:
                regex = regex.replace("__tail__", "{1,5}?")
            elif tail:  # a phrase slot that ends the pattern runs to the clause end
                regex = regex.replace("__tail__", "{1,6}")
            if k and not regex.startswith(("(?=", "(?!", "(?:(?<=")):
                parts.append("(?:[,¦] )?")
            parts.append(regex)
            if anchor:
                candidates.append(anchor)
        # index under the rarest-looking words: long words beat "i" / "we" / "the"
        best = max(candidates, key=lambda a: (min(len(w) for w in a), -len(a)), default=None)
        self.required = tuple(candidates)  # the outermost sequence's are the last set
        return "".join(parts), best or frozenset()

    def _element(self) -> tuple[str, frozenset[str] | None, bool]:
        tok = self.tokens[self.pos]
        self.pos += 1
        if tok in ("(", "!("):
            alternatives: list[tuple[str, frozenset[str]]] = []
            while True:
                alternatives.append(self._sequence(tail=False))
                end = self.tokens[self.pos]
                self.pos += 1
                if end != "|":
                    break
            body = "(?:" + "|".join(a for a, _ in alternatives) + ")"
            if tok == "!(":
                return f"(?!{body})", None, True
            if end == ")?":
                return body + "?", None, True
            anchored = all(a for _, a in alternatives)
            anchor = frozenset().union(*(a for _, a in alternatives)) if anchored else None
            return body, anchor, False
        if tok.startswith("!"):
            return f"(?!{re.escape(tok[1:])} )", None, True
        if tok == "...":
            return f"(?:{_WORD}+ ){{0,5}}?", None, True
        if tok == "^":
            return r"(?:(?<=^ )|(?<=[|?,¦] ))", None, True
        if tok == "$":
            return r"(?=[|?,¦] |$)", None, True
        if tok == "\\?":
            return r"\? ", frozenset({"?"}), False
        if tok.startswith("{"):
            return self._slot(tok)
        if tok.endswith("*"):
            self.prefixes.add(tok[:-1])
            return f"{re.escape(tok[:-1])}{_WORD}* ", None, False
        self.words.add(tok)
        return f"{re.escape(tok)} ", frozenset({tok}), False

    def _slot(self, tok: str) -> tuple[str, frozenset[str] | None, bool]:
        optional = tok.endswith("?")
        inner = tok[1 : tok.rindex("}")]
        name, _, kind = inner.partition(":")
        choices: list[str] = []
        if "=" in name:  # {action=report|keep}: one of these words, captured
            name, _, alts = name.partition("=")
            choices = alts.split("|")
        count = self.slot_names.get(name, 0)
        self.slot_names[name] = count + 1
        group = name if not count else f"{name}__{count}"
        if choices:
            self.words.update(choices)
            body = "(?:" + "|".join(re.escape(c) + " " for c in choices) + ")"
            regex = f"(?P<{group}>{body})"
            return (
                (regex + "?" if optional else regex),
                (None if optional else frozenset(choices)),
                optional,
            )
        body = {
            "": f"(?:{_WORD}+ )__tail__",
            "word": f"{_WORD}+ ",
            "num": f"(?:{self.number} )+",
            "zone": r"§z\d+ ",
            "rest": "(?:[^ |?]+ )*",
            "place": f"(?:{_WORD}+ ){{1,3}}",
        }[kind]
        regex = f"(?P<{group}>{body})"
        return (regex + "?" if optional else regex), None, optional


#: One compiled pattern: its expression, anchors, literal words, word prefixes and the
#: sets of words it requires.
_Compiled = tuple[str, frozenset[str], frozenset[str], frozenset[str], tuple[frozenset[str], ...]]


def _compile_all(data: dict[str, Any]) -> dict[str, _Compiled]:
    """Every pattern and slot pattern of the data file, compiled
    (measured: benchmarks/README.md, 'phraseology.lexicon._load')."""
    number_words = sorted(
        {w for t in _NUMBER_TERMINALS for w in terminal_words(t)}, key=lambda w: -len(w)
    )
    number = r"(?:\d+(?:\.\d+)?|" + "|".join(number_words) + ")"
    out: dict[str, _Compiled] = {}
    for fam in data["family"]:
        for source in (*fam["patterns"], *fam.get("slot_patterns", {}).values()):
            comp = _Compiler(source, number)
            regex, anchors = comp.compile()
            out[source] = (
                regex,
                anchors,
                frozenset(comp.words),
                frozenset(comp.prefixes),
                comp.required,
            )
    return out


def _load(raw: bytes) -> tuple[dict[str, Any], dict[str, _Compiled]]:
    """The data file and its compiled patterns, from the project's cache when it holds
    them for this data, this module's code and these grammars (the cached JSON is
    read in a fraction of the time that reading the TOML and compiling take;
    measured: benchmarks/README.md, 'phraseology.lexicon._load')."""
    key = cache_key("lexicon", hashlib.sha256(raw).hexdigest(), _code_sha256(), grammar_sha256())
    entry = read_cache("lexicon", key)
    if isinstance(entry, dict) and isinstance(entry.get("compiled"), dict):
        compiled = {
            src: (
                regex,
                frozenset(anchors),
                frozenset(words),
                frozenset(prefixes),
                tuple(map(frozenset, required)),
            )
            for src, (regex, anchors, words, prefixes, required) in entry["compiled"].items()
        }
        return entry["data"], compiled
    data = tomllib.loads(raw.decode("utf-8"))
    compiled = _compile_all(data)
    stored = {
        src: [regex, sorted(anchors), sorted(words), sorted(prefixes), [sorted(r) for r in req]]
        for src, (regex, anchors, words, prefixes, req) in compiled.items()
    }
    write_cache("lexicon", key, {"data": data, "compiled": stored})
    return data, compiled


def _code_sha256() -> str:
    """This module's source: a change to the pattern compiler invalidates the cache."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


@cache
def lexicon() -> Lexicon:
    """The compiled lexicon (built on first use, once per process)."""
    raw = _data()
    data, compiled = _load(raw)
    families: list[Family] = []
    index: dict[str, list[tuple[int, int]]] = {}
    unanchored: list[tuple[int, int]] = []
    words: set[str] = set()
    prefixes: set[str] = set()
    for f_i, fam in enumerate(data["family"]):
        patterns: list[Pattern] = []
        for p_i, source in enumerate(fam["patterns"]):
            regex, anchors, literal, wildcards, required = compiled[source]
            words |= literal
            prefixes |= wildcards
            patterns.append(Pattern(source, regex, anchors, literal, required))
            for a in anchors:
                index.setdefault(a, []).append((f_i, p_i))
            if not anchors:
                unanchored.append((f_i, p_i))
        slot_patterns = {
            name: re.compile(compiled[src][0]) for name, src in fam.get("slot_patterns", {}).items()
        }
        families.append(
            Family(
                kind=act_kind(fam["kind"]),
                priority=int(fam.get("priority", 0)),
                confidence=float(fam.get("confidence", 0.9)),
                patterns=tuple(patterns),
                slots=dict(fam.get("slots", {})),
                beats=frozenset(map(act_kind, fam.get("beats", ()))),
                keeps=frozenset(map(act_kind, fam.get("keeps", ()))),
                slot_patterns=slot_patterns,
            )
        )
    norm = data["normalise"]
    vocab = data["vocabulary"]
    actions = data["actions"]
    zones = data["zones"]
    heads_index: dict[str, list[tuple[str, ...]]] = {}
    for head in zones["heads"]:
        parts = tuple(head.split())
        heads_index.setdefault(parts[0], []).append(parts)
    function = frozenset(vocab["function"])
    name_stops = frozenset(vocab["name_stops"])
    known = words | function | set(vocab["common"]) | set(actions["verbs"]) | set(norm["fillers"])
    content = tuple(sorted(w for w in words | set(actions["verbs"]) if len(w) >= 6))
    return Lexicon(
        families=tuple(families),
        index={k: tuple(v) for k, v in index.items()},
        unanchored=tuple(unanchored),
        fillers=frozenset(norm["fillers"]),
        word_map=_word_map(norm),
        contractions={k: tuple(v.split()) for k, v in norm["contractions"].items()},
        spelling=dict(norm["spelling"]),
        joins={_pair(k): v for k, v in norm["joins"].items()},
        join_firsts=frozenset(k.split()[0] for k in norm["joins"]),
        languages={k: frozenset(v["cues"]) for k, v in data["language"].items()},
        name_stops=name_stops,
        name_ends=frozenset(vocab["name_ends"]),
        mark_stops=name_stops | function - {"the"},
        known_words=frozenset(known),
        content_words=content,
        wildcard_prefixes=tuple(sorted(prefixes)),
        actions=frozenset(actions["verbs"]),
        action_list=tuple(actions["verbs"]),
        irregular=dict(actions["irregular"]),
        grammar_acts={k: frozenset(v["unless_before"]) for k, v in data["grammar_acts"].items()},
        markers={  # a marker of kind "" (ANSWER) decides no kind: not listed
            k: (act_kind(v["kind"]), frozenset(map(act_kind, v["refined_by"])))
            for k, v in data["markers"].items()
            if v["kind"]
        },
        zones={
            "adjectives": frozenset(zones["adjectives"]),
            "possessives": dict(zones["possessives"]),
            "heads_index": {
                k: tuple(sorted(v, key=len, reverse=True)) for k, v in heads_index.items()
            },
        },
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def _word_map(norm: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """One look-up per word for the tokeniser: a filler maps to no word, a
    contraction to its words, a spelling variant to the one spelling."""
    out: dict[str, tuple[str, ...]] = {k: (v,) for k, v in norm["spelling"].items()}
    out.update({k: tuple(v.split()) for k, v in norm["contractions"].items()})
    out.update(dict.fromkeys(norm["fillers"], ()))
    return out


def _pair(words: str) -> tuple[str, str]:
    """The two words of a join ("co ordinate")."""
    first, _, second = words.partition(" ")
    return first, second
