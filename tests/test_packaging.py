"""The grammar ships inside the wheel and is found both there and in a source checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from checker.resources import grammar_dir

ROOT = Path(__file__).resolve().parent.parent


def test_grammar_found_in_the_source_checkout() -> None:
    assert grammar_dir() == ROOT / "grammar"
    assert (grammar_dir() / "transcript.lark").is_file()


@pytest.mark.slow
def test_installed_wheel_reads_and_checks(tmp_path: Path) -> None:
    """Build the wheel, unpack it alone on sys.path, and run the CLI from it."""
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if build.returncode != 0 and "hatchling" in build.stderr:
        build = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "--no-deps",
                "-q",
                "-w",
                str(tmp_path),
                str(ROOT),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    assert build.returncode == 0, build.stderr
    wheel = next(tmp_path.glob("radiocheck-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "checker/_grammar/transcript.lark" in names
    assert "checker/py.typed" in names
    assert any(n.startswith("checker/ruleset/data/") and n.endswith(".toml") for n in names)
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "NO_COLOR": "1"}
    probe = subprocess.run(
        [sys.executable, "-c", "import checker.resources as r; print(r.grammar_dir())"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip() == str(site / "checker" / "_grammar")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "checker.cli",
            "check",
            str(ROOT / "transcripts/channel/ranger-2025.radio"),
            "--format",
            "json",
            "--exit-zero",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert '"schema_version": 1' in run.stdout
