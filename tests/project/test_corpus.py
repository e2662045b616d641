"""Dogfooding: the project's own scenario corpus, through the real pipeline.

These need the classifier (issue 3), the ledgers (issue 4) and the rule verdicts
(issue 5); until those land they are expected to fail, and they turn green (XPASS)
by themselves when they do. The logic of ``radiocheck test`` is covered without them
in tests/report/test_testing.py, tests/cli/test_cli_test.py and
tests/cli/test_pytest_plugin.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from checker.api import read_transcript
from checker.runner import discover
from tests.conftest import ROOT, Run

pytest_plugins = ["pytester"]

CORPUS = ROOT / "transcripts"


def test_the_corpus_has_ci_examples_of_every_form() -> None:
    text = "".join(p.read_text() for p in (CORPUS / "ci-examples").glob("*.radio"))
    for form in ("responsible", "ledger", "violated", "satisfied", "not-violated", "act", "acts"):
        assert f"@expect {form} " in text, form


def test_radiocheck_test_passes_on_the_corpus(cli: Callable[..., Run]) -> None:
    run = cli("test", str(CORPUS))
    assert run.code == 0, run.out + run.err


def test_two_jobs_give_the_same_json_on_the_corpus(cli: Callable[..., Run]) -> None:
    one = cli("test", str(CORPUS), "--jobs", "1", "--format", "json")
    two = cli("test", str(CORPUS), "--jobs", "2", "--format", "json")
    assert one.code != 3 and one.out == two.out
    assert json.loads(one.out)["files"]


def test_pytest_collects_the_same_cases_as_radiocheck_test(pytester: pytest.Pytester) -> None:
    files = discover([CORPUS])
    headers = [p if p.suffix == ".radio" else p.with_suffix(".radio") for p in files]
    expected = sum(len(read_transcript(h).expectations) for h in headers)
    items, _ = pytester.inline_genitems("--radiocheck", str(CORPUS))
    assert len(items) == expected
    assert {i.path for i in items} == {
        p for p, h in zip(files, headers, strict=True) if read_transcript(h).expectations
    }


def test_pytest_radiocheck_runs_the_same_cases(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--radiocheck", str(CORPUS), "-p", "no:cacheprovider")
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) > 0
    assert set(outcomes) <= {"passed"}, outcomes
