"""Results of ``radiocheck test``: each ``@expect`` line met or not, per file.

These models sit in ``checker.report`` rather than ``checker.runner`` because the
reporters (JUnit, SARIF, ...) render them and may import nothing above this package
(the import-linter layers in pyproject.toml); ``checker.runner`` fills them in.
``radiocheck test --format json`` prints ``TestResult.model_dump(mode="json")``.
"""

from __future__ import annotations

import difflib
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from checker.defaults import empty_dict, empty_list
from checker.diagnostics import Diagnostic

FileStatus = Literal["passed", "failed", "error", "skipped"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    __test__: ClassVar[bool] = False  # "Test..." names are not pytest test classes


class ExpectationResult(_Model):
    """One expectation checked against a report.

    ``expected`` and ``actual`` are short human strings in the ``@expect`` syntax
    (lists joined with ``", "``); ``lines`` are the transcript lines involved (the
    interval, verdict evidence or utterance the actual value rests on).
    ``form`` is an ``@expect`` form, or ``undeclared`` for a violated verdict that no
    ``@expect`` line names (``--fail-on``).
    """

    line: int
    source: str
    form: str
    passed: bool
    expected: str
    actual: str
    lines: list[int] = Field(default_factory=empty_list)
    rule: str | None = None

    def diff(self) -> list[str]:
        """Expected (``- ``) against actual (``+ ``), lists item by item, as ``diff`` would."""
        if self.form in ("ledger", "acts"):
            want, got = self.expected.split(", "), self.actual.split(", ")
        else:
            want, got = [self.expected], [self.actual]
        return [line for line in difflib.ndiff(want, got) if not line.startswith("?")]


class FileResult(_Model):
    """One transcript: its status and each expectation's result.

    ``excerpts`` hold the transcript text of the lines named by failed expectations,
    so that a failure can be shown without reading the file again. For a recording,
    ``path`` is the recording and ``sidecar`` the ``.radio`` file holding the
    ``@expect`` lines.
    """

    path: str
    status: FileStatus
    title: str | None = None
    ruleset: str | None = None
    expectations: list[ExpectationResult] = Field(default_factory=empty_list)
    diagnostics: list[Diagnostic] = Field(default_factory=empty_list)
    excerpts: dict[int, str] = Field(default_factory=empty_dict)
    note: str | None = None
    sidecar: str | None = Field(
        default=None, description="where the @expect lines are when path is a recording"
    )

    #: Seconds the file's check took (``None`` when not measured); private, so that the
    #: JSON of a run stays reproducible. JUnit's ``time`` attributes read it.
    _seconds: float | None = PrivateAttr(default=None)

    def __eq__(self, other: object) -> bool:
        """Equal when they say the same: the measured time is not compared, so that a
        run with ``--jobs 4`` equals one with ``--jobs 1``."""
        if not isinstance(other, FileResult):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # mutable, as every pydantic model

    @property
    def expect_file(self) -> str:
        """The file whose lines the expectations' ``line`` numbers count."""
        return self.sidecar or self.path

    @property
    def failures(self) -> list[ExpectationResult]:
        """The expectations that were not met."""
        return [e for e in self.expectations if not e.passed]


class TestResult(_Model):
    """Every file of a ``radiocheck test`` run, in input order."""

    files: list[FileResult] = Field(default_factory=empty_list)

    @property
    def passed(self) -> bool:
        """True when no expectation failed and every file could be checked."""
        return all(f.status in ("passed", "skipped") for f in self.files)

    @property
    def errors(self) -> int:
        """Files that could not be read or checked."""
        return sum(1 for f in self.files if f.status == "error")

    def count(self, passed: bool) -> int:
        """Expectations that passed (or failed) over all files."""
        return sum(1 for f in self.files for e in f.expectations if e.passed is passed)
