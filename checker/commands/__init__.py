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
    "completion",
)


#: ``--max-file-size``'s default: :data:`checker.files.DEFAULT_MAX_BYTES`, written out
#: here so that building the parser imports nothing of the pipeline (a test holds them
#: equal).
MAX_FILE_SIZE = 5 * 1024 * 1024


def positive_int(text: str) -> int:
    """An argparse type for ``--jobs``: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def probability(text: str) -> float:
    """An argparse type for ``--min-confidence``: a number from 0 to 1 (NaN is none:
    every comparison with it is false, so it would silently pass every verdict)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:  # also false for NaN
        raise argparse.ArgumentTypeError(f"must be from 0 to 1, not {text}")
    return value


def byte_size(text: str) -> int:
    """An argparse type for ``--max-file-size``: a whole number of bytes, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of bytes: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value
