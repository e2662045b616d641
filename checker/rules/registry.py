"""The rule kinds, in one explicit table (as yamllint's rules registry).

A rule file names a kind; this table says which module implements it, imported when
the kind is first used. Nothing is discovered or imported by name from a rule file: a
kind that is not here does not exist, and ``tests/rules/test_rules_meta.py`` checks that
the table covers every kind of the rule-set schema and names each module's own kind.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import import_module
from types import ModuleType
from typing import Any

from checker.rules.finding import Finding
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


#: Each kind's module in ``checker.rules.kinds``, in the order the kinds are listed.
_MODULES: dict[str, str] = {
    "zone-responsibility": "zone_responsibility",
    "first-contact": "first_contact",
    "explicit-handover": "explicit_handover",
    "acknowledge": "acknowledge",
    "answer": "answer",
    "render-assistance": "render_assistance",
    "entry-consent": "entry_consent",
    "landing-state": "landing_state",
    "place-of-safety": "place_of_safety",
    "persons-accounted": "persons_accounted",
    "phraseology": "phraseology",
    "response": "response",
    "precedence": "precedence",
    "absence": "absence",
    "existence": "existence",
}


class _Kinds(Mapping[str, Kind]):
    """The kinds by name, each module imported when its kind is first asked for: a
    check imports only the kinds its rule set names (their classes and models cost
    start-up; measured: benchmarks/README.md, 'rules.registry.KINDS')."""

    def __init__(self) -> None:
        self._loaded: dict[str, Kind] = {}

    def __getitem__(self, name: str) -> Kind:
        kind = self._loaded.get(name)
        if kind is None:
            kind = self._loaded[name] = _kind(
                import_module(f"checker.rules.kinds.{_MODULES[name]}")
            )
        return kind

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)


KINDS: Mapping[str, Kind] = _Kinds()


def get(name: str) -> Kind:
    """The kind called ``name``; ``KeyError`` naming the known ones otherwise."""
    try:
        return KINDS[name]
    except KeyError:
        raise KeyError(f'no such rule kind: "{name}" (known: {", ".join(KINDS)})') from None
