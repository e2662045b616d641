"""Did-you-mean for an undeclared speaker (issue 17): abbreviations as logs write them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from checker.names import did_you_mean

KNOWN = ["Dover Coastguard", "HMCG", "Border Force Ranger", "Ranger", "French warship",
         "Ramsgate lifeboat", "CROSS Gris-Nez"]  # fmt: skip


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("Dover CG", "Dover Coastguard"),  # initials of a compound's parts
        ("BF Ranger", "Border Force Ranger"),  # initials of two words
        ("Dover Coastg", "Dover Coastguard"),  # a prefix
        ("Fr warship", "French warship"),
        ("Ramsgate LB", "Ramsgate lifeboat"),
        ("Rangr", "Ranger"),  # a near spelling
    ],
)
def test_an_abbreviation_or_a_near_spelling_is_suggested(said: str, meant: str) -> None:
    assert did_you_mean(said, KNOWN) == meant


@pytest.mark.parametrize("said", ["Calais", "Dover", "CG", "D C"])
def test_no_suggestion_without_a_reason(said: str) -> None:
    assert did_you_mean(said, KNOWN) is None


def test_the_check_suggests_the_declared_station(tmp_path: Path) -> None:
    path = tmp_path / "log.radio"
    path.write_text(
        '@station DOVER: rcc party=UK aka="Dover Coastguard"\n'
        "14:09 Dover CG: all stations, stand by\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "checker.cli", "check", str(path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert "RC120" in run.stderr and "did you mean 'Dover Coastguard'?" in run.stderr
    assert run.stderr.count("RC120") == 1  # one mistake, one diagnostic
