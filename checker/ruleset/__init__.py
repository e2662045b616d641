"""Rule sets: the world (parties, zones, ports, marks) and the rules a transcript is judged by.

This package sits low in the pipeline because the world is needed from the context
stage on; only the rule engine (``checker.rules``) reads the rules themselves.
"""

from checker.ruleset.loader import load_ruleset, shipped_ids
from checker.ruleset.schema import (
    Mark,
    Party,
    Port,
    RuleSet,
    RuleSpec,
    World,
    Zone,
    rules_json_schema,
)

__all__ = [
    "Mark",
    "Party",
    "Port",
    "RuleSet",
    "RuleSpec",
    "World",
    "Zone",
    "load_ruleset",
    "rules_json_schema",
    "shipped_ids",
]
