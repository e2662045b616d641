"""Defaults that the API and the command line share, defined once.

They sit here, at the bottom of the house with nothing imported, so that the command
line can show them in ``--help`` without loading the pipeline (``radiocheck --help``
stays instant, and no pydantic model is built before the CLI has set up its
process); ``checker.api``, the rules stage and :mod:`checker.files` take them from here.
The empty containers that model and dataclass fields default to are here too.
"""

from __future__ import annotations

from typing import Any

#: Verdicts resting on evidence below this confidence are ``uncertain``.
DEFAULT_MIN_CONFIDENCE = 0.5

#: The default limit on one input file (``--max-file-size``): 5 MiB. A check holds
#: models of every line, act and event, so its peak memory is a multiple of the
#: input's size (docs/errors.md, RC005;
#: measured: benchmarks/README.md, 'files.DEFAULT_MAX_BYTES').
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


# The empty containers that fields default to. pydantic reads the signature of every
# default factory in a schema it generates (whether the factory takes the validated
# data), and for a builtin such as ``list`` ``inspect`` parses its text signature: about
# 17 ms of a one-file check's start-up went to ``list`` and ``dict`` (measured:
# benchmarks/README.md, 'defaults.empty_list'). A Python function's signature is read
# at once; ``tests/project/test_benchmarks_startup.py`` keeps the builtins out.


def empty_list() -> list[Any]:
    """A new empty list (a field's default factory)."""
    return []


def empty_dict() -> dict[Any, Any]:
    """A new empty dict (a field's default factory)."""
    return {}


def empty_set() -> set[Any]:
    """A new empty set (a field's default factory)."""
    return set()
