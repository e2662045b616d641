"""Small helpers for report prose that every output format shares."""

from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``1 error``, ``2 errors``: a number with its noun in the right form."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


#: The colour of each verdict outcome, the same in every terminal view.
OUTCOME_STYLE = {
    "violated": "bold red",
    "excused": "yellow",
    "uncertain": "magenta",
    "satisfied": "green",
    "not-applicable": "dim",
}
