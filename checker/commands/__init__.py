"""Subcommands of ``radiocheck`` that live in their own modules.

Each module here defines ``add_parser(subparsers)`` and ``run(args) -> int`` and is
listed in :data:`MODULES`; ``checker.cli`` registers them. Modules import the
pipeline inside ``run`` so that building the parser stays instant.
"""

from __future__ import annotations

#: Module names under ``checker.commands``, in the order ``--help`` lists them.
MODULES: tuple[str, ...] = (
    "classify",
    "test",
    "convert",
    "rules",
    "review",
    "explain",
    "diff",
)
