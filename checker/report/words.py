"""Small helpers for report prose that every output format shares.

Nothing here imports rich: the machine formats (JSON, SARIF, JUnit) and ``test`` use
these without paying for a terminal library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.transcript.model import Narration


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

#: Narration verbs said without an object or a place.
_VERBS = {
    "signals-distress": "signals distress",
    "sends-dsc-alert": "sends a DSC alert",
    "activates-epirb": "activates an EPIRB",
    "calls-999": "calls 999",
    "arrives-on-scene": "arrives on scene",
    "departs": "departs",
}


def narration_text(n: Narration) -> str:
    """A narration line in words, as the controlled vocabulary writes it."""
    pos = n.position.text if n.position else ""
    verb = n.verb
    if verb in _VERBS:
        return f"{n.subject} {_VERBS[verb]}"
    phrases = {
        "shadows": f"shadows {n.object}",
        "escorts": f"escorts {n.object}",
        "stops": f"stops {pos}".strip(),
        "is": f"is {pos}",
        "enters": f"enters {pos}",
        "reports-in-water": f"reports {n.count} persons in the water",
        "reports-missing": f"reports {n.count} persons missing",
        "recovers": f"recovers {n.count} persons" + (f" from {n.object}" if n.object else ""),
        "recovers-bodies": f"recovers {n.count} bodies" + (f" from {n.object}" if n.object else ""),
        "takes-in-tow": f"takes {n.object} in tow",
        "lands": f"lands {n.count} persons at {n.port}",
        "proceeds": f"proceeds to {n.object}",
        "takes-coordination": f"takes coordination of {n.object}",
        "hands-coordination": f"hands coordination of {n.object} to {n.target}",
        "tasks": f"tasks {n.target} to {n.object}",
        "suspends-search": f"suspends the search for {n.object}",
        "closes-case": f"closes the case of {n.object}",
        "loses-contact": f"loses contact with {n.object}",
    }
    return f"{n.subject} {phrases.get(verb, verb)}"
