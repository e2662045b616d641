"""The ``jsonl`` format: one JSON object per line, for very large transcripts.

Per file: a ``report`` header (tool, source, rule set), then one object per event,
casualty, ledger interval (``responsibility``), verdict and diagnostic, then its
``summary``. Every object has ``type`` and ``source`` (the file's path), so lines from
many files can be filtered with ``grep`` or ``jq`` without context. The fields of each
object are those of the JSON report (REPORT.md). :func:`iter_jsonl` yields lines one
at a time, so the CLI can write them as they are made.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from checker.report.dump import dump
from checker.report.model import Report
from checker.report.results import TestResult

_HEADER = ("schema_version", "tool", "source", "title", "checked", "stages", "ruleset")
_PARTS = (
    ("event", "events"),
    ("casualty", "casualties"),
    ("responsibility", "responsibility"),
    ("verdict", "verdicts"),
    ("diagnostic", "diagnostics"),
)


#: ``json.dumps(obj, ensure_ascii=False)`` makes a new encoder on every call; one
#: encoder, made once, gives the same text (measured: benchmarks/README.md,
#: 'report.jsonl._encode').
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _line(kind: str, source: str | None, body: dict[str, Any]) -> str:
    return _encode({"type": kind, "source": source, **body}) + "\n"


def iter_jsonl(reports: Iterable[Report]) -> Iterator[str]:
    """The lines of the ``check`` output, one at a time."""
    for r in reports:
        src = r.source.path
        header = r.model_dump(mode="json", include=set(_HEADER))
        header["source_info"] = header.pop("source")
        yield _line("report", src, header)
        for kind, attr in _PARTS:
            for item in getattr(r, attr):
                yield _line(kind, src, dump(item))
        yield _line("summary", src, dump(r.summary))


def format_jsonl(reports: Iterable[Report]) -> str:
    """The whole ``check`` output as one string."""
    return "".join(iter_jsonl(reports))


def iter_jsonl_tests(result: TestResult) -> Iterator[str]:
    """``test`` output: one ``expectation`` object per result, then a ``file`` object."""
    for f in result.files:
        for e in f.expectations:
            yield _line("expectation", f.path, dump(e))
        body = f.model_dump(mode="json", exclude={"path", "expectations"})
        yield _line("file", f.path, body)


def format_jsonl_tests(result: TestResult) -> str:
    """The whole ``test`` output as one string."""
    return "".join(iter_jsonl_tests(result))
