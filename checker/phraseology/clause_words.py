"""The closed-class words of clause analysis, loaded once from ``data/clause.toml``.

English and French words of one role are one list (a clause's language is known,
but "si" and "if" open a condition alike, and mixed speech mixes them): which words
end a clause, open a condition or a subordinate clause, soften a number, follow a
verb of command, make a count a count of persons, and so on. Data, not code, like
``data/words.*.toml`` and ``data/frames.toml``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from checker.phraseology.words import data_toml


@dataclass(frozen=True, slots=True)
class ClauseWords:
    """Every list of ``data/clause.toml`` (see its comments for what each is for)."""

    subordinate: frozenset[str]
    consequence: frozenset[str]
    everyone: frozenset[str]
    do_objects: frozenset[str]
    subjects: frozenset[str]
    region: frozenset[str]
    after_verb_negators: frozenset[str]
    say_verbs: frozenset[str]
    hedges: tuple[tuple[str, ...], ...]
    clitics: frozenset[str]
    number_words: frozenset[str]
    equipment: frozenset[str]
    conditions: frozenset[str]
    approx: frozenset[str]
    quantities: frozenset[str]
    aboard: frozenset[str]
    object_openers: frozenset[str]
    adverbs: frozenset[str]
    please: frozenset[str]
    dropped_i: frozenset[str]
    dropped_be: tuple[tuple[str, ...], ...]
    kin: frozenset[str]
    own: frozenset[str]
    alert_verbs: frozenset[str]
    alerts: frozenset[str]
    indefinite: frozenset[str]
    their: frozenset[str]
    tags: frozenset[str]
    receipts: frozenset[str]
    greetings: frozenset[str]
    greeting_words: frozenset[str]
    address_forms: frozenset[str]
    name_glue: frozenset[str]
    elisions: dict[str, str]
    comply_verbs: frozenset[str]
    s_is: frozenset[str]
    s_has: frozenset[str]
    moving_verbs: frozenset[str]
    arriving_verbs: frozenset[str]
    on_the_way: tuple[tuple[str, ...], ...]
    passage_words: frozenset[str]
    eta_units: frozenset[str]
    arrival_places: frozenset[str]
    arrival_next: frozenset[str]
    descriptions: frozenset[str]
    described_parts: frozenset[str]
    part_states: frozenset[str]
    closing_headlines: tuple[tuple[str, ...], ...]
    asides: tuple[tuple[str, ...], ...]
    aside_keepers: frozenset[str]
    like_words: frozenset[str]
    tag_quoi: frozenset[str]
    lead_ins: tuple[tuple[str, ...], ...]


def _load() -> ClauseWords:
    data = data_toml("clause.toml")
    fields: dict[str, object] = {}
    for name in ClauseWords.__dataclass_fields__:
        value = data[name]
        if name in (
            "hedges",
            "dropped_be",
            "on_the_way",
            "closing_headlines",
            "asides",
            "lead_ins",
        ):
            # in file order: a longer hedge is listed before its prefix
            fields[name] = tuple(tuple(h.split()) for h in value)
        elif name == "elisions":
            fields[name] = dict(value)
        else:
            fields[name] = frozenset(value)
    return ClauseWords(**fields)  # type: ignore[arg-type]


#: The lists, loaded when clause analysis is first imported.
W = _load()


def phrases_by(
    phrases: Iterable[tuple[str, ...]], at: int
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases by their word at ``at`` (0 the first, -1 the last), each word's in
    the order given: a list of phrases looked up by one word, not tried whole at every
    word of every clause."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for phrase in phrases:
        out[phrase[at]] = (*out.get(phrase[at], ()), phrase)
    return out


def numeral(w: str) -> bool:
    """Whether a word is a number, in digits or in words ("67", "six", "soixante")."""
    return w.isdecimal() or w in W.number_words
