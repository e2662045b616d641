"""The report formats by name: the one registry of ``check --format`` and ``test --format``.

Each entry names the function that writes a format, as ``"module:function"``; the
module is imported only when its format is asked for, so that the command line,
which takes its ``--format`` choices from here, loads no reporter to build its
parser. A writer of ``check`` takes the reports and returns the text, or yields it
in chunks (``jsonl``, line by line); a writer of ``test`` takes the
:class:`~checker.report.results.TestResult`. ``text`` and ``table`` are written by the
commands themselves (rich); ``check``'s ``json`` and ``jsonl`` by
:mod:`checker.report.streamed`, a report at a time as the files are checked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from checker.report.model import Report
    from checker.report.results import TestResult

#: ``check``'s formats written here: name -> the writer of a list of reports.
REPORT_FORMATS: dict[str, str] = {
    "jsonl": "checker.report.jsonl:iter_jsonl",
    "markdown": "checker.report.markdown:format_markdown",
    "junit": "checker.report.junit:format_junit",
    "sarif": "checker.report.sarif:format_sarif",
    "github": "checker.report.github:format_github",
    "html": "checker.report.html:format_html",
}
#: ``test``'s formats written here: name -> the writer of a test result.
TEST_FORMATS: dict[str, str] = {
    "jsonl": "checker.report.jsonl:format_jsonl_tests",
    "markdown": "checker.report.markdown:format_markdown_tests",
    "junit": "checker.report.junit:format_junit_tests",
    "sarif": "checker.report.sarif:format_sarif_tests",
    "github": "checker.report.github:format_github_tests",
}
#: The ``--format`` choices of each command, in the order ``--help`` lists them.
CHECK_CHOICES = ("text", "json", "table", *REPORT_FORMATS)
TEST_CHOICES = ("text", "json", *TEST_FORMATS)
#: The formats both commands write here (the machine formats).
MACHINE_FORMATS = tuple(name for name in REPORT_FORMATS if name in TEST_FORMATS)


def format_reports(name: str, reports: Sequence[Report]) -> Iterator[str]:
    """``check`` output in format ``name``, in chunks."""
    written = _writer(REPORT_FORMATS, name)(reports)
    if isinstance(written, str):
        yield written
    else:
        yield from written


def format_tests(name: str, result: TestResult) -> str:
    """``test`` output in format ``name``."""
    text: str = _writer(TEST_FORMATS, name)(result)
    return text


def _writer(registry: dict[str, str], name: str) -> Callable[..., Any]:
    """The writer of format ``name``, imported now; :class:`ValueError` naming the
    known formats when there is none."""
    if name not in registry:
        raise ValueError(f"unknown format {name!r}; one of: {', '.join(registry)}")
    module, _, function = registry[name].partition(":")
    writer: Callable[..., Any] = getattr(import_module(module), function)
    return writer
