"""The labelled utterance corpus, one test per line, on the primary act.

``tests/data/utterances.tsv`` is the development corpus; ``utterances-heldout.tsv``
was written before the classifier and is never used to tune it. Held-out lines run
here too, so that a held-out miss fails like any other; the few known misses are
marked ``xfail(strict=True)`` with their reason (see KNOWN_MISSES). Key slots of a
line (``about=dinghy``) must appear in some act of the classification.
"""

from __future__ import annotations

from typing import Any

import pytest

from checker.phraseology import classify, primary_kind
from checker.phraseology.model import SpeechAct
from tests.classify_context import channel_context
from tests.conftest import DATA

FILES = ("utterances.tsv", "utterances-heldout.tsv")

#: Held-out lines the classifier gets wrong, with the reason (stated in the report).
KNOWN_MISSES: dict[str, str] = {}


def load(name: str) -> list[tuple[int, str, list[str], dict[str, str], str]]:
    """Lines of a corpus file: line number, text, kinds, key slots, note.

    ``\\xNN`` escapes in the text stand for control characters.
    """
    rows = []
    for number, line in enumerate((DATA / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or not line:
            continue
        text, kinds, slots, note = ([*line.split("\t"), "", "", ""])[:4]
        if "\\x" in text:
            text = text.encode("ascii", "backslashreplace").decode("unicode_escape")
        pairs = dict(p.split("=", 1) for p in slots.split(";") if "=" in p)
        rows.append((number, text, kinds.split(","), pairs, note))
    return rows


def expected_primary(kinds: list[str]) -> str:
    """The primary act of a labelled line, by the rule of SPEECH-ACTS.md."""
    acts = [SpeechAct(kind=k, confidence=1.0, source="lexicon") for k in kinds]
    return primary_kind(acts)


def _has_slot(acts: list[SpeechAct], key: str, value: str) -> bool:
    def text(v: Any) -> str:
        said = " ".join(map(str, v)) if isinstance(v, list | tuple) else str(v)
        return said.replace("-", " ").casefold()

    want = value.replace("-", " ").casefold()
    return any(
        want in text(a.slots.get(key, "")) or want in text(a.slots.get(f"{key}_id", ""))
        for a in acts
    )


CONTEXT = channel_context()


def _cases() -> list[Any]:
    cases = []
    for name in FILES:
        for number, text, kinds, slots, _note in load(name):
            marks = []
            if text in KNOWN_MISSES:
                marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[text]))
            cases.append(pytest.param(text, kinds, slots, id=f"{name}:{number}", marks=marks))
    return cases


@pytest.mark.parametrize(("text", "kinds", "slots"), _cases())
def test_primary_act(text: str, kinds: list[str], slots: dict[str, str]) -> None:
    result = classify(text, CONTEXT)
    assert result.primary == expected_primary(kinds), [a.kind for a in result.acts]
    for key, value in slots.items():
        assert _has_slot(result.acts, key, value), (key, value, [a.slots for a in result.acts])
