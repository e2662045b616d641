"""Several rule sets given on the command line (``--rules A --rules B``): later ones
extend earlier ones, as a file's ``extends`` does.

Each set is loaded and its params validated on its own — so an error names the file
it is in — and then merged: parties, zones, ports and marks by key, rules by code,
the later winning and a replaced rule keeping its place. :func:`ruleset_for` is the
load stage of a check: one set is chosen by ``checker.ruleset.choose``; several are
combined here, where their params can be validated.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from checker.rules.validate import validated
from checker.ruleset.choose import choose_ruleset, refuse_unknown
from checker.ruleset.loader import load_ruleset
from checker.ruleset.schema import RuleSet, RuleSpec, World
from checker.transcript.model import Transcript


def ruleset_for(
    transcript: Transcript,
    ruleset: RuleSet | str | Sequence[str] | None,
    *,
    select: Collection[str] | None = None,
    allow_outside: bool = False,
) -> RuleSet:
    """The rule set ``transcript`` is checked by: several ids or paths (read from the
    current folder) combined, the later extending the earlier; else the one
    :func:`~checker.ruleset.choose.choose_ruleset` chooses. Raises
    :class:`~checker.diagnostics.InputError` when ``select`` names no rule of it."""
    if ruleset is None or isinstance(ruleset, (str, RuleSet)):
        rules = choose_ruleset(transcript, ruleset, allow_outside=allow_outside)
    else:  # --rules A --rules B: B extends A
        rules = load_all(list(ruleset), base_dir=Path.cwd())
    refuse_unknown(transcript, rules, select)
    return rules


def load_all(names: Sequence[str], base_dir: Path | None = None) -> RuleSet:
    """Load and validate each rule set, then :func:`combine` them."""
    sets = [load_ruleset(n, base_dir=base_dir) for n in names]
    for rs in sets:
        validated(rs)
    return combine(sets)


def combine(sets: Sequence[RuleSet]) -> RuleSet:
    """One rule set made of ``sets``, the later extending the earlier."""
    if len(sets) == 1:
        return sets[0]
    world: dict[str, dict[str, Any]] = {"parties": {}, "zones": {}, "ports": {}, "marks": {}}
    rules: dict[str, RuleSpec] = {}
    geometry: dict[str, str] = {}
    chain: list[str] = []
    for rs in sets:
        for table, entries in world.items():
            entries.update(getattr(rs.world, table))
        rules.update({r.code: r for r in rs.rules})
        geometry.update(rs.geometry_files)
        chain += [c for c in rs.chain if c not in chain]
    top = sets[-1]
    return RuleSet.model_construct(  # of validated rule sets: not validated again
        id="+".join(rs.id for rs in sets),
        title=" + ".join(rs.title for rs in sets),
        version=top.version,
        path=top.path,
        sha256=hashlib.sha256("".join(rs.sha256 for rs in sets).encode()).hexdigest(),
        chain=chain,
        world=World.model_construct(None, **world),
        rules=list(rules.values()),
        geometry_files=geometry,
    )
