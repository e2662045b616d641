"""The catalogue of act kinds: what each kind is, its slots and an example, as data.

``data/acts.toml`` describes every kind of :data:`checker.vocabulary.ActKind`, beside
the lexicon that produces them, so that what a kind means is written once, where the
phrases are, and read by whatever explains kinds to people: ``docs/acts.md`` is
generated from it (``scripts/gen_docs.py``). The classifier itself never reads it.
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict

from checker.phraseology.words import data_toml
from checker.vocabulary import ActKind


class ActInfo(BaseModel):
    """One kind of the catalogue.

    ``what`` says what the kind is (SPEECH-ACTS.md, shortened); ``slots`` are the slots
    it fills; ``example`` an utterance the classifier reads as that kind; and
    ``from_context``, for a kind the classifier alone does not give for its example,
    how the kind arises (the resolve stage, a reviewer's override)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    kind: ActKind
    what: str
    slots: tuple[str, ...] = ()
    example: str
    from_context: str | None = None


@cache
def catalogue() -> dict[ActKind, ActInfo]:
    """Every kind of ``data/acts.toml``, by kind, in the file's order."""
    entries = [ActInfo.model_validate(raw) for raw in data_toml("acts.toml")["act"]]
    return {info.kind: info for info in entries}
