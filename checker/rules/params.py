"""Parameter types shared by the rule kinds: durations, activities, who acts.

Rule files are data, so every parameter is parsed here, never evaluated: a duration
is ``"3m"``, ``"90s"``, ``"1h30m"`` or ISO 8601 ``"PT3M"``; an activity is a speech
act kind (``"distress.ack"``) or a narration verb (``"recovers"``), optionally
prefixed ``act:`` or ``narration:`` when a name could be either.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict

from checker.vocabulary import ACT_KINDS, NARRATION_VERBS

_SHORT = re.compile(
    r"^\s*(?:(\d+(?:\.\d+)?)h)?\s*(?:(\d+(?:\.\d+)?)m)?\s*(?:(\d+(?:\.\d+)?)s)?\s*$"
)


def _duration(value: object) -> object:
    """``"3m"``/``"1h30m"``/``"90s"`` into a timedelta; ISO 8601 and numbers (seconds)
    are left to pydantic, which parses them itself."""
    if isinstance(value, str) and not value.strip().upper().startswith("P"):
        m = _SHORT.match(value.lower())
        if not m or not any(m.groups()):
            raise ValueError(f"{value!r} is not a duration: write 3m, 90s, 1h30m or PT3M")
        h, mi, s = (float(g) if g else 0.0 for g in m.groups())
        return timedelta(hours=h, minutes=mi, seconds=s)
    return value


Duration = Annotated[timedelta, BeforeValidator(_duration)]


def activity(value: str) -> str:
    """Normalise an activity to ``act:KIND`` or ``narration:VERB``."""
    kind, _, name = value.partition(":") if ":" in value else ("", "", value)
    if kind in ("", "act") and name in ACT_KINDS:
        return f"act:{name}"
    if kind in ("", "narration") and name in NARRATION_VERBS:
        return f"narration:{name}"
    raise ValueError(
        f"{value!r} is neither a speech act kind nor a narration verb "
        "(for example distress.ack, coordination.accept, recovers, lands)"
    )


Activity = Annotated[str, AfterValidator(activity)]


class KindParams(BaseModel):
    """Base of every kind's ``Params``: unknown keys are errors, never ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def seconds(d: timedelta | None) -> float | None:
    """A duration in seconds (None stays None)."""
    return None if d is None else d.total_seconds()


def spoken(d: timedelta | None) -> str:
    """A duration as a reviewer would say it: ``3 min``, ``90 s``, ``1 h 30 min``."""
    if d is None:
        return "no time limit"
    total = int(d.total_seconds())
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    parts = [f"{h} h" if h else "", f"{m} min" if m else "", f"{s} s" if s else ""]
    return " ".join(p for p in parts if p) or "0 s"


def spoken_secs(secs: float) -> str:
    """Seconds as a reviewer would say them (see :func:`spoken`)."""
    return spoken(timedelta(seconds=round(secs)))
