"""Speech acts of radio phraseology: the classify stage (SPEECH-ACTS.md).

``classify(text, context)`` turns one utterance into speech acts with slots, a
confidence and the part of the classifier that produced each (the LALR grammar of
``grammar/phraseology.lark`` for structure, the phrase lexicon of
``data/lexicon.toml`` for the rest). ``lexicon_sha256()`` names the lexicon a result
was produced with.
"""

from checker.phraseology.classifier import classify
from checker.phraseology.grammar import spoken_number
from checker.phraseology.lexicon import lexicon_sha256
from checker.phraseology.model import (
    Classification,
    SpeechAct,
    primary_kind,
)
from checker.vocabulary import ACT_KINDS

__all__ = [
    "ACT_KINDS",
    "Classification",
    "SpeechAct",
    "classify",
    "lexicon_sha256",
    "primary_kind",
    "spoken_number",
]
