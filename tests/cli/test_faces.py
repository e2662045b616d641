"""The thin faces (issue 18): exit codes, the format registry and the shared options,
through the real CLI."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from checker.cli import build_parser
from checker.commands._common import Exit
from checker.defaults import DEFAULT_MAX_BYTES, DEFAULT_MIN_CONFIDENCE
from checker.report.formats import (
    CHECK_CHOICES,
    REPORT_FORMATS,
    TEST_FORMATS,
    format_reports,
    format_tests,
)
from tests.conftest import RANGER, Run


def test_the_exit_codes_are_those_of_report_md() -> None:
    assert {e.name: int(e) for e in Exit} == {
        "OK": 0,
        "VIOLATIONS": 1,
        "INPUT": 2,
        "BUG": 3,
        "INTERRUPTED": 130,
    }


def test_an_unknown_format_is_refused_with_the_registry_s_names(cli: Callable[..., Run]) -> None:
    run = cli("check", str(RANGER), "--format", "yaml")
    assert run.code == Exit.INPUT and run.out == ""
    assert "invalid choice: 'yaml'" in run.err
    for name in CHECK_CHOICES:
        assert repr(name) in run.err


def test_a_format_check_alone_writes_is_refused_by_test(cli: Callable[..., Run]) -> None:
    assert "html" in REPORT_FORMATS and "html" not in TEST_FORMATS
    run = cli("test", str(RANGER), "--format", "html")
    assert run.code == Exit.INPUT and "invalid choice: 'html'" in run.err


def test_the_registry_refuses_a_name_it_does_not_have() -> None:
    with pytest.raises(ValueError, match="unknown format 'yaml'; one of: jsonl, markdown"):
        list(format_reports("yaml", []))
    with pytest.raises(ValueError, match="unknown format 'html'"):
        format_tests("html", None)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", list(REPORT_FORMATS))
def test_every_registered_check_format_is_written(cli: Callable[..., Run], name: str) -> None:
    run = cli("check", str(RANGER), "--format", name, "--exit-zero")
    assert run.code == Exit.OK and run.out, run.err


def test_shared_options_take_the_api_s_defaults() -> None:
    parser = build_parser()
    for argv in (["check", "x.radio"], ["review", "x.radio"], ["explain", "x.radio", "CH01"]):
        args = parser.parse_args(argv)
        assert args.max_file_size == DEFAULT_MAX_BYTES
        assert args.min_confidence == DEFAULT_MIN_CONFIDENCE
    assert parser.parse_args(["convert", "x.vtt"]).max_file_size == DEFAULT_MAX_BYTES


def test_a_command_s_exit_code_is_a_plain_number_in_json(cli: Callable[..., Run]) -> None:
    """``Exit`` is an ``int``: the CLI's result serialises and compares as one."""
    run = cli("check", str(RANGER), "--format", "json")
    assert run.code == 1 and json.dumps(run.code) == "1"
    assert json.loads(run.out)[0]["checked"] is True
