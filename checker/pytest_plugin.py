"""pytest plugin: each ``@expect`` line of a transcript is a test item.

Opt-in, so that installing radiocheck never changes another project's test run: it
collects only with ``--radiocheck`` or the ini option ``radiocheck_paths`` (folders
of transcripts; added to the run when pytest is started without arguments, and the
only places collected from when ``--radiocheck`` is not given)::

    pytest --radiocheck transcripts/
    # or, in pyproject.toml:  [tool.pytest.ini_options]  radiocheck_paths = ["transcripts"]

One item per expectation, not per file: a failure then names the one claim that
broke, ``-k`` can pick claims, and JUnit XML lists each. The file is still checked
once, by its collector, and the items share the result. A failure shows the domain
message (expected against actual, and the transcript lines involved), never a
traceback; a transcript that cannot be read shows its diagnostics.

Nothing of radiocheck is imported until a transcript is collected, so the plugin
costs other projects nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from checker.report.results import FileResult


class TranscriptProblem(Exception):
    """A transcript could not be read or checked, or an expectation was not met.

    Its message is the complete domain report that ``repr_failure`` shows.
    """


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--radiocheck``, ``--radiocheck-rules`` and the ``radiocheck_paths`` ini option."""
    group = parser.getgroup("radiocheck")
    group.addoption(
        "--radiocheck",
        action="store_true",
        help="collect radio transcripts (*.radio) with @expect lines as tests",
    )
    group.addoption("--radiocheck-rules", help="rule set for every transcript (overrides @rules)")
    parser.addini(
        "radiocheck_paths",
        type="paths",
        default=[],
        help="folders of radio transcripts to test (enables the radiocheck plugin)",
    )


def _ini_paths(config: pytest.Config) -> list[Path]:
    paths: list[Path] = config.getini("radiocheck_paths")
    return paths


def pytest_configure(config: pytest.Config) -> None:
    """Add ``radiocheck_paths`` to a run started without arguments (from ``testpaths``)."""
    if config.args_source is pytest.Config.ArgsSource.TESTPATHS:
        for p in _ini_paths(config):
            if str(p) not in config.args and p.exists():
                config.args.append(str(p))


def _wanted(file_path: Path, config: pytest.Config) -> bool:
    if config.getoption("radiocheck"):
        return True
    roots = _ini_paths(config)
    return any(file_path.is_relative_to(r) for r in roots)


_EXPECT = re.compile(r"^[ \t]*@expect\b", re.MULTILINE)


def _has_expectations(path: Path) -> bool:
    from checker.files import Refused, read_bytes  # one policy: a FIFO would block here

    try:
        text = read_bytes(path).decode("utf-8", errors="replace")
    except Refused:
        return True  # let the collector report why it cannot be read
    return bool(_EXPECT.search(text))


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """A :class:`TranscriptFile` for each transcript with ``@expect`` lines."""
    suffix = file_path.suffix
    if suffix not in (".radio", ".vtt", ".srt", ".json", ".rttm"):
        return None
    if not _wanted(file_path, parent.config):
        return None
    from checker.runner import recording_for

    if suffix == ".radio":
        if recording_for(file_path) is not None:
            return None  # a recording's sidecar: collected with its recording
        header = file_path
    else:
        header = file_path.with_suffix(".radio")
        if not header.is_file():
            return None
    if not _has_expectations(header):
        return None
    item: TranscriptFile = TranscriptFile.from_parent(parent, path=file_path)
    item.header = header
    return item


class TranscriptFile(pytest.File):
    """A transcript; checked once, on the first of its items that runs."""

    header: Path
    _result: FileResult | None = None
    _bug: Exception | None = None  # a bug in radiocheck: raised again for every item

    def collect(self) -> Iterator[ExpectationItem]:
        from checker.api import read_transcript
        from checker.diagnostics import InputError, format_diagnostic, has_errors

        try:
            transcript = read_transcript(_relative(self.header))
        except InputError as exc:
            raise TranscriptProblem(
                "\n".join(format_diagnostic(d) for d in exc.diagnostics)
            ) from None
        if has_errors(transcript.diagnostics):
            raise TranscriptProblem("\n".join(format_diagnostic(d) for d in transcript.diagnostics))
        for x in transcript.expectations:
            yield ExpectationItem.from_parent(
                self, name=_item_name(x.line, x.source), line=x.line, source=x.source
            )

    def repr_failure(  # type: ignore[override]
        self, excinfo: pytest.ExceptionInfo[BaseException]
    ) -> str:
        if isinstance(excinfo.value, TranscriptProblem):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def result(self) -> FileResult:
        """The transcript checked and its expectations evaluated (cached)."""
        if self._bug is not None:
            raise TranscriptProblem(
                f"radiocheck failed on this file: {type(self._bug).__name__}: {self._bug} "
                "(a bug in radiocheck; the first item of the file shows the traceback)"
            )
        if self._result is None:
            from checker.api import check
            from checker.diagnostics import InputError
            from checker.report.results import FileResult
            from checker.runner import file_result, recordings_supported

            shown = self.nodeid.split("::")[0]
            if self.path != self.header and not recordings_supported():
                self._result = FileResult(
                    path=shown, status="skipped", note="recordings cannot be read by this version"
                )
                return self._result
            try:
                report = check(_relative(self.path), self.config.getoption("radiocheck_rules"))
                self._result = file_result(report, shown)
            except InputError as exc:
                self._result = FileResult(path=shown, status="error", diagnostics=exc.diagnostics)
            except Exception as exc:
                self._bug = exc
                raise
        return self._result


def _relative(path: Path) -> Path:
    """``path`` as diagnostics should show it: relative to the current folder if inside."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def _item_name(line: int, source: str) -> str:
    words = re.sub(r"^@expect\s+", "", source.strip())
    slug = re.sub(r"[^\w./=-]+", "-", words).strip("-")[:60].rstrip("-")
    return f"L{line}-{slug}"


class ExpectationItem(pytest.Item):
    """One ``@expect`` line: its number and text."""

    def __init__(self, *, line: int, source: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.line = line
        self.source = source

    def runtest(self) -> None:
        from checker.diagnostics import format_diagnostic
        from checker.runner import describe_failure

        assert isinstance(self.parent, TranscriptFile)
        result = self.parent.result()
        if result.status == "skipped":
            pytest.skip(result.note or "skipped")
        if result.status == "error":
            raise TranscriptProblem(
                f"{result.path}: could not be checked\n"
                + "\n".join(format_diagnostic(d) for d in result.diagnostics)
            )
        mine = [e for e in result.expectations if e.line == self.line]
        failed = [e for e in mine if not e.passed]
        if failed:
            lines = [line for e in failed for line in describe_failure(result, e)]
            raise TranscriptProblem("\n".join(["expected (-) and actual (+):", *lines]))

    def repr_failure(  # type: ignore[override]
        self, excinfo: pytest.ExceptionInfo[BaseException]
    ) -> str:
        if isinstance(excinfo.value, TranscriptProblem):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        assert isinstance(self.parent, TranscriptFile)
        where = self.parent.header  # a recording's @expect lines are in its sidecar
        return where, self.line - 1, f"{self.name} ({self.source})"
