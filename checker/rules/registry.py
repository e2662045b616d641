"""The rule kinds, in one explicit table (as yamllint's rules registry).

A rule file names a kind; this table says which module implements it. Nothing is
discovered or imported by name from a rule file: a kind that is not here does not
exist, and ``tests/rules/test_rules_meta.py`` checks that the table covers every kind of the
rule-set schema.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from checker.rules.finding import Finding
from checker.rules.kinds import (
    absence,
    acknowledge,
    answer,
    entry_consent,
    existence,
    explicit_handover,
    first_contact,
    landing_state,
    persons_accounted,
    phraseology,
    place_of_safety,
    precedence,
    render_assistance,
    response,
    zone_responsibility,
)
from checker.rules.params import KindParams
from checker.rules.view import View


@dataclass(frozen=True)
class Kind:
    """One rule kind: its name, parameters, check and documentation.

    ``nothing`` explains a ``not-applicable`` verdict when the check found nothing to
    judge; ``excusable`` is False for kinds no duty can excuse (landing rules).
    """

    name: str
    params: type[KindParams]
    check: Callable[[View, Any], Iterable[Finding]]
    doc: str
    nothing: str
    excusable: bool = True


def _kind(module: ModuleType) -> Kind:
    return Kind(
        name=module.KIND,
        params=module.Params,
        check=module.check,
        doc=inspect.cleandoc(module.__doc__ or ""),
        nothing=module.NOTHING,
        excusable=getattr(module, "EXCUSABLE", True),
    )


KINDS: dict[str, Kind] = {
    k.name: k
    for k in map(
        _kind,
        (
            zone_responsibility,
            first_contact,
            explicit_handover,
            acknowledge,
            answer,
            render_assistance,
            entry_consent,
            landing_state,
            place_of_safety,
            persons_accounted,
            phraseology,
            response,
            precedence,
            absence,
            existence,
        ),
    )
}


def get(name: str) -> Kind:
    """The kind called ``name``; ``KeyError`` naming the known ones otherwise."""
    try:
        return KINDS[name]
    except KeyError:
        raise KeyError(f'no such rule kind: "{name}" (known: {", ".join(KINDS)})') from None
