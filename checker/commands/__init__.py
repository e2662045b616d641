"""Subcommands of ``radiocheck`` that live in their own modules.

Each module here defines ``add_parser(subparsers)`` and ``run(args) -> int`` and is
listed in :data:`MODULES`; ``checker.cli`` registers them. Modules import the
pipeline inside ``run`` so that building the parser stays instant.
"""

from __future__ import annotations

import argparse

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


def positive_int(text: str) -> int:
    """An argparse type for ``--jobs``: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value
