"""The machine formats by name, for ``check --format`` and ``test --format``.

Each format is one module with a pure ``format_NAME(reports)`` for ``check`` and
``format_NAME_tests(result)`` for ``test``; this table is the one place the faces
look them up, and modules are imported only when their format is asked for.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from importlib import import_module

from checker.report.model import Report
from checker.report.results import TestResult

#: Formats besides ``text`` and ``json``, each the name of its module here.
MACHINE_FORMATS = ("jsonl", "markdown", "junit", "sarif", "github")
#: Formats for ``check`` only (no ``format_NAME_tests``): the HTML review page.
PAGE_FORMATS = ("html",)


def format_reports(name: str, reports: Sequence[Report]) -> Iterator[str]:
    """``check`` output in format ``name``, in chunks (``jsonl`` line by line)."""
    module = import_module(f"checker.report.{name}")
    if name == "jsonl":
        yield from module.iter_jsonl(reports)
    else:
        text: str = getattr(module, f"format_{name}")(reports)
        yield text


def format_tests(name: str, result: TestResult) -> str:
    """``test`` output in format ``name``."""
    module = import_module(f"checker.report.{name}")
    text: str = getattr(module, f"format_{name}_tests")(result)
    return text
