"""The grammar ships inside the wheel and is found both there and in a source checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from checker.resources import grammar_dir
from scripts.build_compiled import build_site
from tests.conftest import ROOT


def test_grammar_found_in_the_source_checkout() -> None:
    assert grammar_dir() == ROOT / "grammar"
    assert (grammar_dir() / "transcript.lark").is_file()


@pytest.mark.slow
def test_installed_wheel_reads_and_checks(tmp_path: Path) -> None:
    """Build the wheel, unpack it alone on sys.path, and run the CLI from it."""

    def pip_wheel(*options: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", *options,
             "-w", str(tmp_path), str(ROOT)],
            capture_output=True,
            text=True,
            check=False,
        )  # fmt: skip

    build = pip_wheel("--no-build-isolation")  # offline, with the installed hatchling
    if build.returncode != 0 and "hatchling" in build.stderr:
        build = pip_wheel()
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


def test_no_compiled_module_shadows_a_source_file() -> None:
    """A module left by a compiled build (hatch-mypyc builds in place) would be imported
    instead of its .py, so edits and tests would silently run stale code."""
    shadows = [
        p.relative_to(ROOT)
        for p in (ROOT / "checker").rglob("*")
        if p.suffix in (".so", ".pyd") and p.name.split(".")[0] + ".py" in os.listdir(p.parent)
    ]
    assert not shadows, f"remove the compiled modules {shadows} (see make wheel-compiled)"


#: Test modules run again on the compiled build: every stage, the error catalogue,
#: bounded fuzzing, the corpus and determinism.
COMPILED_SUITE = [
    "tests/project/test_errors.py",
    "tests/transcript/test_transcript.py",
    "tests/transcript/test_fastpath.py",
    "tests/phraseology/test_classify.py",
    "tests/phraseology/test_classify_units.py",
    "tests/phraseology/test_classify_callups.py",
    "tests/protocol/test_protocol.py",
    "tests/protocol/test_states.py",
    "tests/rules/test_rules.py",
    "tests/rules/test_rules_kinds.py",
    "tests/protocol/test_scenarios.py",
    "tests/project/test_corpus.py",
    "tests/protocol/test_metamorphic.py",
    "tests/hardening/test_fuzz.py",
    "tests/transcript/test_formats_pipeline.py",
    "tests/hardening/test_limits.py",
]


@pytest.fixture(scope="module")
def compiled_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The optional mypyc wheel (``make wheel-compiled``), built from a copy of the
    tree and unpacked: the folder to put first on PYTHONPATH."""
    if shutil.which("cc") is None or not (ROOT / ".git").exists():
        pytest.skip("the compiled build needs a C compiler and a git checkout")
    site = build_site(tmp_path_factory.mktemp("compiled"), committed=False)
    for module in ("phraseology/text", "protocol/bind", "transcript/reader"):
        assert list(site.glob(f"checker/{module}.*.so")), module
    probe = subprocess.run(
        [sys.executable, "-P", "-c", "import checker.protocol.bind as m; print(m.__file__)"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip().endswith(".so")
    return site


@pytest.mark.slow
def test_the_compiled_build_says_exactly_what_the_pure_one_says(compiled_site: Path) -> None:
    """Byte-identical reports of every transcript and classifications of every
    labelled utterance."""

    def run(*argv: str, compiled: bool, stdin: str | None = None) -> str:
        extra = {"PYTHONPATH": str(compiled_site)} if compiled else {}
        proc = subprocess.run(  # -P: the checkout (cwd) is not put before PYTHONPATH
            [sys.executable, "-P", "-m", "checker.cli", *argv],
            cwd=ROOT,
            env={**os.environ, "NO_COLOR": "1", **extra},
            input=stdin,
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode in (0, 1), proc.stderr[-3000:]
        return proc.stdout + proc.stderr

    check = ("check", "transcripts", "--format", "json")
    assert run(*check, compiled=True) == run(*check, compiled=False)
    said = "".join(
        line.split("\t")[0] + "\n"
        for data in sorted((ROOT / "tests" / "data").glob("utterances*.tsv"))
        for line in data.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )
    classify = ("classify", "-", "--format", "json", "--rules", "uk-fr-channel")
    assert run(*classify, compiled=True, stdin=said) == run(*classify, compiled=False, stdin=said)


@pytest.mark.slow
def test_the_suite_passes_on_the_compiled_build(compiled_site: Path) -> None:
    """mypyc checks types at run time and compiles some constructs differently, so the
    stages' own tests run again with the compiled modules imported (``append`` keeps
    the checkout behind PYTHONPATH)."""
    proc = subprocess.run(
        [sys.executable, "-P", "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
         "--import-mode=append", "-m", "not slow", *COMPILED_SUITE],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(compiled_site)},
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-4000:]
