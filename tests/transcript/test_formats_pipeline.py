"""The recognised Ranger fixtures through the whole pipeline (CASE-RANGER.md, last section).

Each fixture's sidecar carries the expectations: the same ledgers and verdicts as the
typed transcript, except CH04, which is ``uncertain`` where the recogniser doubted
"export". They need the classifier, the protocol and the rules stages (issues 3-5);
until those land these tests are expected to fail, and start passing when they do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checker.api import check, read_transcript
from checker.report.dump import dump
from checker.report.model import Report
from checker.runner import test as run_corpus
from tests.conftest import ROOT, Run
from tests.transcript.test_formats import FIXTURES


@pytest.mark.parametrize("fmt", list(FIXTURES))
def test_fixture_meets_its_expectations(fmt: str) -> None:
    result = run_corpus([FIXTURES[fmt]], jobs=1)
    (file,) = result.files
    failed = [e for e in file.expectations if not e.passed]
    assert file.status == "passed", (file.diagnostics, failed)


def test_same_verdicts_as_the_typed_transcript_except_ch04() -> None:
    typed = check(ROOT / "transcripts" / "channel" / "ranger-2025.radio")
    heard = check(FIXTURES["whisperx"])

    def outcomes(report: Report) -> dict[tuple[str, str | None], str]:
        return {(v.rule, v.party): v.outcome for v in report.verdicts}

    want = outcomes(typed)
    got = outcomes(heard)
    assert got.pop(("CH04", "UK")) == "uncertain"
    want.pop(("CH04", "UK"))
    assert got == want


def test_convert_then_check_gives_the_same_report(cli: Callable[..., Run], tmp_path: Path) -> None:
    out = tmp_path / "ranger-whisperx.radio"
    assert cli("convert", str(FIXTURES["whisperx"]), "-o", str(out)).code == 0
    direct = check(read_transcript(FIXTURES["whisperx"]))
    again = check(out)
    assert [dump(v, exclude={"evidence"}) for v in again.verdicts] == [
        dump(v, exclude={"evidence"}) for v in direct.verdicts
    ]
    assert [(r.party, r.station, r.how) for r in again.responsibility] == [
        (r.party, r.station, r.how) for r in direct.responsibility
    ]
