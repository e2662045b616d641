"""The assertion the pattern tests of real speech share (test_other_words.py,
test_unseen_words.py)."""

from __future__ import annotations

from checker.phraseology import classify


def reads(text: str, primary: str) -> None:
    """The utterance's primary act is ``primary`` (the acts read, if not)."""
    result = classify(text)
    assert result.primary == primary, [a.kind for a in result.acts]
