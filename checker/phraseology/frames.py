"""Act frames: act kinds declared as constraints on clause features (CLAUSES.md).

``data/frames.toml`` declares each act kind as one or more frames; this module loads
them once, orders them by specificity (the weight of the constraints they state,
then file order) and gives a clause the act of the first frame that it satisfies.
"We will take coordination", "Falmouth is coordinating" and "je prends la
coordination" are one frame; negation, questions and person come from the clause,
not from more phrases.

Confidence is what the frame explains of the clause: a base for a frame match,
raised by the constraints it checked and by the share of the clause's content words
that it names, lowered for a question read from weak evidence (an echo without a
question mark).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from checker.phraseology.clause import Clause
from checker.phraseology.lexicon import lexicon
from checker.phraseology.words import data_toml
from checker.vocabulary import ActKind, act_kind

#: How much each constraint says about a clause: a lemma set says more than a mood.
_WEIGHTS = {
    "predicate": 3, "cue": 2, "object": 2, "conditional": 2, "count": 3, "mood": 1,
    "agent": 1, "modality": 1, "polarity": 1, "polite": 1, "inverted": 1, "ask": 1,
    "receipt": 1, "passive": 1, "third_party": 6,
}  # fmt: skip
#: Acts that commit the speaker or give something: said with "cannot" or "will not",
#: they are their own refusal ("we can't accept the case"), read by other frames.
_COMMITTING = frozenset({
    "coordination.accept", "coordination.assume", "coordination.handover", "permission.grant",
    "assistance.offer", "assistance.accept", "comply", "intention", "task", "case.close",
    "answer.affirmative", "ack", "report.rescued", "search.suspend", "search.terminate",
})  # fmt: skip
#: Modalities of a clause that say the act is not done.
_UNABLE = frozenset({"cannot", "unwilling"})
_LIST_KEYS = (
    "mood", "agent", "modality", "predicate", "object", "cue", "without", "not_object",
    "not_predicate",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Frame:
    """One frame of ``frames.toml``; lists are frozensets, absent ones None."""

    id: str
    kind: ActKind
    weight: int
    order: int
    mood: frozenset[str] | None
    agent: frozenset[str] | None
    modality: frozenset[str] | None
    polarity: str | None
    predicate: frozenset[str] | None
    object: frozenset[str] | None
    cue: frozenset[str] | None
    without: frozenset[str] | None
    not_object: frozenset[str] | None
    not_predicate: frozenset[str] | None
    conditional: bool | None
    polite: bool | None
    inverted: bool | None
    count: bool | None
    ask: bool | None
    receipt: bool | None
    passive: bool | None
    third_party: bool | None
    slots: dict[str, Any]
    #: the cues and withouts of more than two words, as word tuples: a clause's
    #: ``lemmas`` hold its words and their pairs only, so these are looked for in its
    #: words ("ahead of you", "out of fuel", "a partir de maintenant")
    cue_long: tuple[tuple[str, ...], ...] = ()
    without_long: tuple[tuple[str, ...], ...] = ()
    #: a commitment in the positive (accept, offer, grant, comply, …) that names no
    #: modality: a clause of "cannot" or "will not" never makes it
    positive_act: bool = False

    def matches(self, c: Clause) -> bool:
        if self.mood is not None and c.mood not in self.mood:
            return False
        if self.agent is not None and c.agent not in self.agent:
            return False
        if self.modality is not None and c.modality not in self.modality:
            return False
        if self.polarity is not None and c.polarity != self.polarity:
            return False
        if self.modality is None and self.positive_act and c.modality in _UNABLE:
            return False  # "we can't accept the case" accepts nothing
        if self.conditional is not None and c.conditional != self.conditional:
            return False
        if self.polite is not None and c.polite != self.polite:
            return False
        if self.inverted is not None and c.inverted != self.inverted:
            return False
        if self.count is not None and (c.count is not None) != self.count:
            return False
        if self.ask is not None and (c.agent == "addressee" or c.mood == "imperative") != self.ask:
            return False
        if self.passive is not None and c.passive != self.passive:
            return False
        if self.receipt is not None and c.receipt != self.receipt:
            return False
        if self.third_party is not None and c.third_party != self.third_party:
            return False
        if (
            self.predicate is not None
            and self.predicate.isdisjoint(c.predicates)
            and (c.predicates or "none" not in self.predicate)
        ):
            return False
        if self.object is not None and self.object.isdisjoint(c.objects):
            return False
        if self.cue is not None and self.cue.isdisjoint(c.lemmas) and not says(self.cue_long, c):
            return False
        if self.not_object is not None and not self.not_object.isdisjoint(c.objects):
            return False
        if self.not_predicate is not None and not self.not_predicate.isdisjoint(c.predicates):
            return False
        return self.without is None or (
            self.without.isdisjoint(c.lemmas) and not says(self.without_long, c)
        )


def says(phrases: tuple[tuple[str, ...], ...], c: Clause) -> bool:
    """Whether the clause says one of the phrases (of three words or more) word for
    word; its first pair of words must be among the clause's lemmas."""
    for phrase in phrases:
        if f"{phrase[0]} {phrase[1]}" not in c.lemmas:
            continue
        n, words = len(phrase), c.words
        if any(tuple(words[k : k + n]) == phrase for k in range(len(words) - n + 1)):
            return True
    return False


def _long(phrases: frozenset[str] | None) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted(tuple(p.split()) for p in phrases or () if p.count(" ") > 1))


#: The values a frame may ask of each feature (CLAUSES.md).
VALUES: dict[str, frozenset[str]] = {
    "mood": frozenset({"declarative", "interrogative", "imperative"}),
    "agent": frozenset(
        {"speaker", "addressee", "third", "casualty", "authority", "persons", "none"}
    ),
    "modality": frozenset(
        {"will", "can", "cannot", "must", "should", "want", "unwilling", "done", "none"}
    ),
    "polarity": frozenset({"positive", "negative"}),
}
_FLAGS = (
    "conditional", "polite", "inverted", "count", "ask", "receipt", "passive", "third_party",
)  # fmt: skip
_KEYS = frozenset({"kind", "slots", *_LIST_KEYS, *VALUES, *_FLAGS})


def check(raw: list[dict[str, Any]], kinds: tuple[str, ...], objects: frozenset[str]) -> list[str]:
    """What is wrong with the frames of ``frames.toml`` (empty when nothing is): an
    unknown key or value is a typo that would silently never match."""
    errors = []
    for n, frame in enumerate(raw, 1):
        where = f"frame {n} ({frame.get('kind', '?')})"
        for key in frame.keys() - _KEYS:
            errors.append(f"{where}: unknown key {key!r}")
        if frame.get("kind") not in kinds:
            errors.append(f"{where}: unknown act kind")
        for key, allowed in VALUES.items():
            value = frame.get(key)
            for v in [value] if isinstance(value, str) else value or []:
                if v not in allowed:
                    errors.append(f"{where}: {key} {v!r} is not one of {sorted(allowed)}")
        for v in [*frame.get("object", []), *frame.get("not_object", [])]:
            if v not in objects:
                errors.append(f"{where}: object class {v!r} is not in words.*.toml [objects]")
        for flag in _FLAGS:
            if flag in frame and not isinstance(frame[flag], bool):
                errors.append(f"{where}: {flag} must be true or false")
    return errors


@lru_cache(maxsize=1)
def frames() -> tuple[Frame, ...]:
    """Every frame, most specific first."""
    data = data_toml("frames.toml")
    joins = lexicon().joins
    out: list[Frame] = []
    numbers: dict[str, int] = {}
    for order, raw in enumerate(data["frame"]):
        kind = act_kind(raw["kind"])
        numbers[kind] = numbers.get(kind, 0) + 1
        fields: dict[str, Any] = {}
        for key in _LIST_KEYS:
            value = raw.get(key)
            fields[key] = None if value is None else frozenset(_joined(v, joins) for v in value)
        weight = sum(w for key, w in _WEIGHTS.items() if key in raw)
        if raw.get("predicate") == ["none"]:
            weight -= _WEIGHTS["predicate"] - 1  # "no verb" says less than a lemma
        out.append(
            Frame(
                id=f"{kind}#{numbers[kind]}",
                kind=kind,
                weight=weight,
                order=order,
                polarity=raw.get("polarity"),
                conditional=raw.get("conditional"),
                polite=raw.get("polite"),
                inverted=raw.get("inverted"),
                count=raw.get("count"),
                ask=raw.get("ask"),
                receipt=raw.get("receipt"),
                passive=raw.get("passive"),
                third_party=raw.get("third_party"),
                slots=dict(raw.get("slots", {})),
                positive_act=raw.get("polarity") == "positive" and kind in _COMMITTING,
                cue_long=_long(fields["cue"]),
                without_long=_long(fields["without"]),
                **fields,
            )
        )
    out.sort(key=lambda f: (-f.weight, f.order))
    return tuple(out)


def _joined(phrase: str, joins: dict[tuple[str, str], str]) -> str:
    """A frame's phrase as the tokenizer gives its words: the pairs it writes as one
    ("on board" is "onboard", "on scene" "onscene"), so that a frame written in plain
    words meets them."""
    if " " not in phrase:
        return phrase
    words = phrase.split()
    out: list[str] = []
    k = 0
    while k < len(words):
        pair = joins.get((words[k], words[k + 1])) if k + 1 < len(words) else None
        if pair is not None:
            out.append(pair)
            k += 2
        else:
            out.append(words[k])
            k += 1
    return " ".join(out)


@lru_cache(maxsize=1)
def predicate_lemmas() -> frozenset[str]:
    """Every lemma that a frame names as a predicate (clause analysis takes such a
    word for a verb even where the lemma table has no other form of it)."""
    return frozenset(w for f in frames() if f.predicate for w in f.predicate)


_MOODS = ("declarative", "interrogative", "imperative")
#: Acts whose agent word ("the French", "Falmouth") is their ``by`` slot.
_AGENT_NAMED: frozenset[ActKind] = frozenset({"coordination.assume", "coordination.decline"})


@dataclass(frozen=True, slots=True)
class _Route:
    """Frames split by what a clause must say to meet them: those with a cue by each
    cue lemma (a cue of three words or more by its first pair), those with an object
    class and no cue by each class, the rest together. A clause is tried against the
    general frames and the pools of the cues and objects it says, not all."""

    general: tuple[Frame, ...]
    by_cue: dict[str, tuple[Frame, ...]]
    by_object: dict[str, tuple[Frame, ...]]

    def pools(self, c: Clause, out: list[tuple[Frame, ...]]) -> None:
        """Append to ``out`` the pools that may hold a frame the clause meets."""
        if self.general:
            out.append(self.general)
        if self.by_cue:
            out += [self.by_cue[w] for w in self.by_cue.keys() & c.lemmas]
        if self.by_object:
            out += [self.by_object[o] for o in self.by_object.keys() & c.objects]


def _route(pool: list[Frame]) -> _Route:
    general: list[Frame] = []
    by_cue: dict[str, list[Frame]] = {}
    by_object: dict[str, list[Frame]] = {}
    for frame in pool:  # (in order: each pool keeps it)
        if frame.cue is not None:
            for lemma in {" ".join(cue.split()[:2]) for cue in frame.cue}:
                by_cue.setdefault(lemma, []).append(frame)
        elif frame.object is not None:
            for name in frame.object:
                by_object.setdefault(name, []).append(frame)
        else:
            general.append(frame)
    return _Route(
        tuple(general),
        {k: tuple(v) for k, v in by_cue.items()},
        {k: tuple(v) for k, v in by_object.items()},
    )


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[_Route, dict[str, _Route]]]:
    """Per mood, the frames that name no predicate and, by each predicate lemma, those
    that name it, each split by :class:`_Route`: a clause is tried against the few
    frames its mood, verb, words and objects can meet, not all (on corpus-1000 a
    clause tried 26 frames, then 44 as frames grew, 12 once the predicates' frames
    were split by cue and object too; measured: benchmarks/README.md,
    'phraseology.frames.match')."""
    free: dict[str, list[Frame]] = {m: [] for m in _MOODS}
    by_predicate: dict[str, dict[str, list[Frame]]] = {m: {} for m in _MOODS}
    for frame in frames():
        for mood in _MOODS:
            if frame.mood is None or mood in frame.mood:
                if frame.predicate is None:
                    free[mood].append(frame)
                else:
                    # (by mood too: "be" and "etre" name some eighty frames each)
                    for lemma in frame.predicate:
                        by_predicate[mood].setdefault(lemma, []).append(frame)
    return {
        m: (_route(free[m]), {k: _route(v) for k, v in by_predicate[m].items()}) for m in _MOODS
    }


_NO_ROUTE = _Route((), {}, {})


def match(c: Clause) -> Frame | None:
    """The most specific frame the clause satisfies, or None (the same frame as a
    scan of :func:`frames` in order, found through :func:`_index`: a frame is in
    a pool the clause selects whenever it could match, each pool is in order, and
    the best of all pools is taken, so the pools' own order does not matter)."""
    indexed = _index().get(c.mood)
    if indexed is None:
        return None
    free, by_predicate = indexed
    pools: list[tuple[Frame, ...]] = []
    free.pools(c, pools)
    if c.predicates:
        for p in c.predicates:
            route = by_predicate.get(p)
            if route is not None:
                route.pools(c, pools)
    else:
        by_predicate.get("none", _NO_ROUTE).pools(c, pools)
    best: Frame | None = None
    # the pools whose first frame weighs most first: a match found there ends the
    # others at their first frame that cannot beat it
    pools.sort(key=_first_weight, reverse=True)
    for pool in pools:
        for frame in pool:
            if best is not None and (frame.weight, -frame.order) <= (best.weight, -best.order):
                break  # each pool is in order: nothing later in it can win
            if frame.matches(c):
                best = frame
                break
    return best


def _first_weight(pool: tuple[Frame, ...]) -> tuple[int, int]:
    """A pool's order of trial: its best frame's weight and order (empty pools last)."""
    return (pool[0].weight, -pool[0].order) if pool else (-1, 0)


def confidence(frame: Frame, c: Clause) -> float:
    """How much of the clause the frame explains (see the module docstring). It
    depends on the frame and on two facts of the clause only, so it is computed
    once for each of the four (the frames are few: the memo is bounded by them)."""
    key = (frame.order, c.content > 6, c.echo)
    found = _CONFIDENCE.get(key)
    if found is None:
        found = _CONFIDENCE[key] = _confidence(frame, c)
    return found


_CONFIDENCE: dict[tuple[int, bool, bool], float] = {}


def _confidence(frame: Frame, c: Clause) -> float:
    named = 0
    for key in ("predicate", "object", "cue"):
        values = getattr(frame, key)
        if values is not None:
            named += 1
    base = 0.55 + 0.05 * min(frame.weight, 6) + 0.04 * named
    if c.content > 6:
        base -= 0.05
    if c.echo:
        base -= 0.1
    return round(max(0.3, min(0.9, base)), 2)


def slots(frame: Frame, c: Clause) -> dict[str, Any]:
    """The act's slots from the frame and the clause's features."""
    out = dict(frame.slots)
    kind = frame.kind
    if kind == "phase.assess":
        phase = next(
            (p for p in ("distress", "alert", "uncertainty") if p in c.lemmas),
            "distress" if {"detresse", "detresfa", "danger"} & c.lemmas else None,
        )
        if phase is None and {"alerte", "alerfa"} & c.lemmas:
            phase = "alert"
        if phase is None and {"incertitude", "incerfa"} & c.lemmas:
            phase = "uncertainty"
        out["phase"] = phase or "distress"
        out["negated"] = c.polarity == "negative"
    if kind == "report.persons" and c.count is not None and c.count >= 0:
        out.setdefault("count", c.count)
        condition = _condition(c.words)
        if condition:
            out.setdefault("condition", condition)
    if kind == "readback" and c.count is not None and c.count >= 0:
        out.setdefault("count", c.count)  # "so you have four zero on board": figures
    if kind == "report.rescued" and c.count is not None and c.count >= 0:
        out.setdefault("count", c.count)  # "on a récupéré trente et une personnes"
    if kind == "distress.relay":
        out.setdefault("formal", False)  # a MAYDAY RELAY is the grammar's
        if c.count is not None and c.count >= 0:
            out.setdefault("persons", c.count)
    if kind in _AGENT_NAMED:
        # (the casualty said as the subject is what the act is about: "this dinghy is
        # for the British to deal with" is the speaker's word on it)
        by = _passive_agent(c) or (c.agent_word if c.agent != "casualty" else None)
        if by:
            out.setdefault("by", by)
    if kind == "coordination.assume" and (
        not _OSC.isdisjoint(c.words) or "coordonnateur sur" in c.lemmas
    ):
        out["role"] = "osc"  # "Kestrel Bay is OSC": on scene, not the mission's
    return out


#: Words that name the on-scene co-ordinator (whose coordination is the rescue's;
#: "coordonnateur sur zone" in French).
_OSC = frozenset({"osc", "on-scene", "onscene"})


_MISSING = frozenset({
    "missing", "disparu", "disparus", "disparue", "disparues", "unaccounted", "manque", "manquent",
})  # fmt: skip
_SAVED = frozenset({
    "survivors", "survivor", "rescued", "recovered", "saved", "rescapes", "rescapees", "sauves",
    "recuperes", "recuperees",
})  # fmt: skip
_DEAD = frozenset({
    "dead", "died", "deceased", "body", "bodies", "drowned", "mort", "morts", "morte", "mortes",
    "decede", "decedes", "decedee", "corps", "noye", "noyes",
})  # fmt: skip
_HURT = frozenset(
    {"injured", "hurt", "wounded", "blesse", "blesses", "blessee", "blessees", "sick"}
)
_RAFT = frozenset({"raft", "liferaft", "rafts", "liferafts", "radeau", "radeaux"})
_IN_WATER = frozenset({("the", "water"), ("l", "eau"), ("le", "eau"), ("in", "water")})


def _overboard(words: list[str]) -> bool:
    """Persons gone over the side: "overboard", "un homme à la mer" (not "la mer est
    belle": the sea said with its article alone)."""
    return "overboard" in words or any(
        words[k : k + 3] == ["a", "la", "mer"] for k in range(len(words) - 2)
    )


def _condition(words: list[str]) -> str | None:
    """What a count of persons counts, by the clause's words ("four missing", "deux
    personnes à l'eau"): the protocol adds it to that count, and a count of the
    missing or the injured never becomes the number on board."""
    said = set(words)
    if not _MISSING.isdisjoint(said):
        return "missing"
    if not _DEAD.isdisjoint(said):
        return "dead"
    if not _HURT.isdisjoint(said):
        return "injured"
    if not _SAVED.isdisjoint(said):
        return "rescued"
    if any(pair in _IN_WATER for pair in pairwise(words)) or _overboard(words):
        return "in the water"
    if any(w in _RAFT and _FROM.isdisjoint(words[max(0, k - 2) : k]) for k, w in enumerate(words)):
        return "in the raft"  # "three of us in the raft": not all who were aboard
    return None  # ("two men from a liferaft": where they were taken from)


#: Words that say where persons were taken from, not where they are.
_FROM = frozenset({"from", "de", "du", "des"})


def supported(kind: ActKind, cl: Clause) -> bool:
    """Whether a clause has a word that some frame of ``kind`` names (a predicate, a
    cue, an object class): "this is not Libyan territorial waters" has none of
    coordination's, so a phrase of the lexicon that read a decline there yields to
    the frame that reads a position."""
    words, classes = _support().get(kind, (None, None))
    if words is None or classes is None:
        return True  # a kind no frame declares: the lexicon is all there is
    return not (
        words.isdisjoint(cl.predicates) and words.isdisjoint(cl.lemmas)
        and classes.isdisjoint(cl.objects)
    )  # fmt: skip


@lru_cache(maxsize=1)
def _support() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per kind, the words its frames name (less the light verbs and pronouns: "be",
    "have", "it" say nothing of a domain) and the object classes they name."""
    words: dict[str, set[str]] = {}
    classes: dict[str, set[str]] = {}
    for f in frames():
        words.setdefault(f.kind, set()).update(
            w for group in (f.predicate, f.cue) if group for w in group if w != "none"
        )
        classes.setdefault(f.kind, set()).update(f.object or ())
    return {k: (frozenset(words[k] - _LIGHT_VERBS), frozenset(classes[k])) for k in words}


#: Verbs that every kind uses and so support none.
_LIGHT_VERBS = frozenset({
    "be", "etre", "have", "avoir", "do", "faire", "get",
    # pronouns a frame's cue names ("we'll take it", "we don't deal with that") say
    # nothing of a domain either
    "it", "this", "that", "these", "those", "them", "ca", "cela", "le", "la", "les", "en",
})  # fmt: skip


#: Words that end a passive's agent ("coordinated by Ankara now").
_AFTER_AGENT = frozenset({
    "now", "since", "from", "and", "until", "maintenant", "depuis", "a", "et", "jusqu",
    "desormais", "today", "aujourd",
})  # fmt: skip


def _passive_agent(c: Clause) -> str | None:
    """Who acts in a passive clause, named after "by" / "par": "the case is coordinated
    by Ankara" is Ankara's coordination, not the case's ("le cas est coordonné par le
    CROSS Étel")."""
    if not c.passive:
        return None
    for k, w in enumerate(c.words):
        if w in ("by", "par"):
            named: list[str] = []
            for x in c.words[k + 1 :]:
                if x in _AFTER_AGENT:
                    break
                if x not in ("the", "le", "la", "l", "les") or named:
                    named.append(x)
            return " ".join(named[:4]) or None
    return None
