"""The conventions of a command line (ruff, git, pip): the linter-shaped report, the
same words at every width, -o, -, help, did-you-mean, NO_COLOR, pipes, completion."""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import RANGER, ROOT, Run

_BOX = re.compile(r"[│┃┏┓┗┛┡┩└┘┌┐├┤┬┴┼─━╇╈╋┳┻]")


def _run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> Run:
    full = {**os.environ, "NO_COLOR": "1", **(env or {})}
    full.pop("FORCE_COLOR", None)
    done = subprocess.run(
        [sys.executable, "-m", "checker.cli", *args],
        capture_output=True,
        text=True,
        env=full,
        cwd=ROOT,
        input=stdin,
        timeout=120,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def test_text_is_one_line_per_finding_then_ledgers_and_totals(cli: Callable[..., Run]) -> None:
    run = cli("check", str(RANGER))
    assert run.code == 1
    lines = run.out.splitlines()
    findings = [ln for ln in lines if re.match(r".*ranger-2025\.radio:\d+:1: [A-Z]{2}\d{2} ", ln)]
    assert len(findings) == 7  # 4 violated, 2 uncertain, 1 excused; nothing satisfied
    ch03 = next(ln for ln in findings if " CH03 " in ln)
    assert ":51:1: CH03 violated [error] UK/RANGER DINGHY: Recovered in FR-TW" in ch03
    assert "DINGHY coordination: nobody (aware) from line 44 → FR by region from line 45" in lines
    assert lines[-1] == "Found 4 violations (2 errors) and 2 uncertain in 1 file."
    assert not any(" satisfied" in ln or "not-applicable" in ln for ln in findings)


def test_all_adds_satisfied_without_a_severity(cli: Callable[..., Run]) -> None:
    out = cli("check", str(RANGER), "--all").out
    satisfied = [ln for ln in out.splitlines() if " satisfied" in ln]
    assert satisfied and "not-applicable" in out
    assert not any("[error]" in ln or "[warning]" in ln for ln in satisfied)


def test_a_total_over_several_files(cli: Callable[..., Run], tmp_path: Path) -> None:
    clean = tmp_path / "clean.radio"
    clean.write_text("@station A: vessel\nA: hello\n")
    out = cli("check", str(RANGER), str(clean)).out
    assert out.splitlines()[-1] == "Found 4 violations (2 errors) and 2 uncertain in 2 files."


def test_a_file_that_cannot_be_read_is_counted_as_not_checked(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    run = cli("check", str(tmp_path / "missing.radio"), str(RANGER))
    assert run.code == 2 and "RC001" in run.err
    last = "Found 4 violations (2 errors) and 2 uncertain in 2 files; 1 not checked."
    assert run.out.splitlines()[-1] == last


def _words(text: str) -> collections.Counter[str]:
    return collections.Counter(_BOX.sub(" ", text).split())


@pytest.mark.parametrize("fmt", ["text", "table"])
def test_width_never_changes_the_words(fmt: str) -> None:
    args = ("check", str(RANGER), "--format", fmt)
    narrow = _run(*args, env={"COLUMNS": "80"}).out
    wide = _run(*args, env={"COLUMNS": "200"}).out
    piped = _run(*args, env={"COLUMNS": ""}).out
    assert _words(narrow) == _words(wide) == _words(piped)
    assert "…" not in narrow + wide


def test_output_file_and_stdin(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    run = _run("check", str(RANGER), "-o", str(target))
    assert run.code == 1 and run.out == ""
    assert "CH03 violated" in target.read_text(encoding="utf-8")
    run = _run("check", "-", "--format", "json", stdin=RANGER.read_text(encoding="utf-8"))
    assert run.code == 1, run.err
    assert '"path": "<stdin>"' in run.out
    bad = _run("check", "-", stdin="A hello\n")
    assert bad.code == 2 and "<stdin>:1:" in bad.err


def test_no_arguments_print_the_help() -> None:
    run = _run()
    assert run.code == 2 and run.out.startswith("usage: radiocheck")


def test_a_near_miss_gets_a_suggestion() -> None:
    run = _run("chek")
    assert run.code == 2 and "did you mean 'check'?" in run.err
    run = _run("check", "--format", "tabel", str(RANGER))
    assert run.code == 2 and "did you mean 'table'?" in run.err


def _parsers() -> list[argparse.ArgumentParser]:
    from checker.cli import build_parser

    top = build_parser()
    sub = next(a for a in top._actions if isinstance(a, argparse._SubParsersAction))
    return [top, *sub.choices.values()]


def test_every_option_has_help_and_every_command_examples() -> None:
    for parser in _parsers():
        for action in parser._actions:
            assert action.help, f"{parser.prog}: {action.option_strings or action.dest}"
        if parser.prog != "radiocheck":
            assert parser.epilog and "examples:" in parser.epilog, parser.prog
            assert "examples:\n  radiocheck" in parser.format_help(), parser.prog


def test_no_color_only_when_not_empty() -> None:
    force = {"FORCE_COLOR": "1", "TERM": "xterm", "COLUMNS": "120"}
    coloured = subprocess.run(
        [sys.executable, "-m", "checker.cli", "check", str(RANGER)],
        capture_output=True,
        text=True,
        env={**os.environ, **force, "NO_COLOR": ""},
        cwd=ROOT,
        check=False,
    ).stdout
    plain = subprocess.run(
        [sys.executable, "-m", "checker.cli", "check", str(RANGER)],
        capture_output=True,
        text=True,
        env={**os.environ, **force, "NO_COLOR": "1"},
        cwd=ROOT,
        check=False,
    ).stdout
    cyan = "\x1b[1;36m"  # the rule codes; NO_COLOR keeps bold, drops colours
    assert cyan in coloured and cyan not in plain


def test_a_broken_pipe_keeps_the_failing_status() -> None:
    """``radiocheck check ranger | head -1`` under ``set -o pipefail``: exit 1, not 0."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "checker.cli", "check", str(RANGER), str(RANGER), str(RANGER)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # as head -1 does
    _, err = proc.communicate(timeout=120)
    assert b"CH" in first or b"SR" in first
    assert proc.returncode == 1, err
    assert b"Traceback" not in err


def test_warnings_as_errors_exit_2(cli: Callable[..., Run], tmp_path: Path) -> None:
    warned = tmp_path / "warned.radio"
    warned.write_text("@station A: vessel\nA: hello\nB: hello\n")
    run = cli("check", str(warned))
    assert run.code == 0 and "warning" in run.err
    assert cli("check", str(warned), "--warnings-as-errors").code == 2


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(shell: str, tmp_path: Path) -> None:
    run = _run("completion", shell)
    assert run.code == 0
    assert "check" in run.out and "format" in run.out and "sarif" in run.out
    if shell == "bash":
        script = tmp_path / "radiocheck.bash"
        script.write_text(run.out)
        bash = shutil.which("bash")
        assert bash
        assert subprocess.run([bash, "-n", str(script)], check=False).returncode == 0
        probe = (
            f"source {script}; COMP_WORDS=(radiocheck check --format s); COMP_CWORD=3; "
            "_radiocheck; echo ${COMPREPLY[@]}"
        )
        done = subprocess.run([bash, "-c", probe], capture_output=True, text=True, check=False)
        assert done.stdout.split() == ["sarif"]
