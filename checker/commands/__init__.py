"""The subcommands of ``radiocheck``, one module each.

Each module here defines ``add_parser(subparsers)`` and ``run(args) -> int`` and is
listed in :data:`MODULES`; ``checker.cli`` registers them. What several share (exit
codes, the console, common options) is in :mod:`checker.commands._common`. Modules
import the pipeline inside ``run``, through the public API (``checker.api``,
``checker.runner``) and the report package only, so that building the parser stays
instant (an import-linter contract in pyproject.toml holds them to that).
"""

from __future__ import annotations

#: Module names under ``checker.commands``, in the order ``--help`` lists them.
MODULES: tuple[str, ...] = (
    "check",
    "schema",
    "classify",
    "test",
    "convert",
    "rules",
    "review",
    "explain",
    "diff",
    "completion",
)
