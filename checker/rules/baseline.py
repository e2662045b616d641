"""Baselines, for adopting rules gradually (as ruff's and mypy's baselines).

``radiocheck check --write-baseline FILE`` records the verdicts that would fail
today; ``--baseline FILE`` then fails only on verdicts not in it. A verdict is
recorded by its key — (transcript, rule, party, casualty, outcome) — not by its lines,
so that editing a transcript does not make old verdicts look new. Verdicts found in
the baseline are marked suppressed, with the baseline named as the reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from checker.files import Refused, loads_json, read_bytes
from checker.resources import write_atomic
from checker.rules.model import Verdict

FAILING = ("violated", "uncertain")
Key = tuple[str, str, str | None, str | None, str]


def key(source: str | None, v: Verdict) -> Key:
    """A verdict's baseline key."""
    return (source or "", v.rule, v.party, v.casualty, v.outcome)


def write(path: Path, verdicts: Iterable[tuple[str | None, Verdict]]) -> int:
    """Write the failing verdicts' keys to ``path``; return how many."""
    keys = sorted(
        {key(src, v) for src, v in verdicts if v.outcome in FAILING and not v.suppressed},
        key=lambda k: tuple(x or "" for x in k),
    )
    rows = [
        dict(zip(("file", "rule", "party", "casualty", "outcome"), k, strict=True)) for k in keys
    ]
    write_atomic(path, json.dumps({"version": 1, "verdicts": rows}, indent=2) + "\n")
    return len(rows)


def read(path: Path) -> set[Key]:
    """The keys recorded in a baseline; ``ValueError`` saying what is wrong otherwise.

    The file is read under the policy of :mod:`checker.files` (a regular file, bounded)
    and its shape is checked here, so that a hand-edited or foreign file is an input
    error, never a crash."""
    try:
        data = loads_json(read_bytes(path, what="baseline").decode("utf-8"))
    except Refused as exc:
        raise ValueError(f"cannot read {path}: {exc.message}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path} is not a radiocheck baseline ({exc})") from None
    rows = data.get("verdicts") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise ValueError(f'{path} is not a radiocheck baseline (no "verdicts" list)')
    keys: set[Key] = set()
    for i, row in enumerate(rows):
        fields = {n: row.get(n) if isinstance(row, dict) else None for n in _FIELDS}
        if not isinstance(row, dict) or not all(
            isinstance(fields[n], str) or (fields[n] is None and n not in _REQUIRED)
            for n in _FIELDS
        ):
            raise ValueError(
                f"{path} is not a radiocheck baseline (verdicts[{i}] is not an object of "
                'strings with "rule" and "outcome")'
            )
        keys.add(
            (
                str(fields["file"] or ""),
                str(fields["rule"]),
                fields["party"],
                fields["casualty"],
                str(fields["outcome"]),
            )
        )
    return keys


_FIELDS = ("file", "rule", "party", "casualty", "outcome")
_REQUIRED = ("rule", "outcome")


def apply(known: set[Key], source: str | None, verdicts: list[Verdict], path: Path) -> int:
    """Mark the verdicts recorded in the baseline as suppressed; return how many."""
    n = 0
    for v in verdicts:
        if not v.suppressed and v.outcome in FAILING and key(source, v) in known:
            v.suppressed = f"in baseline {path}"
            n += 1
    return n
