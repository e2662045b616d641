"""Determinism: the same input gives byte-identical output, whatever runs it.

Across two runs in one process, across ``--jobs 1`` and ``--jobs 2`` of ``radiocheck
test`` and ``radiocheck check`` over the whole corpus, and across processes with
different ``PYTHONHASHSEED`` (set and dict order of strings), time zone (``TZ``) and
locale. And no source of
variation is called at all: the clock, the locale, random numbers.
"""

from __future__ import annotations

import ast
import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cli import main
from tests.conftest import ROOT

CORPUS = ROOT / "transcripts"
FILES = sorted(
    str(p.relative_to(ROOT))
    for p in CORPUS.rglob("*")
    if p.suffix in (".radio", ".vtt", ".srt", ".json", ".rttm")
    and not (
        p.suffix == ".radio"
        and any(p.with_suffix(s).exists() for s in (".vtt", ".srt", ".json", ".rttm"))
    )
)
#: Calls whose result depends on when, where or by chance the checker runs.
VARYING = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "strftime"),
    ("time", "ctime"),
    ("locale", "getlocale"),
    ("locale", "setlocale"),
    ("locale", "getpreferredencoding"),
    ("os", "getpid"),
    ("os", "urandom"),
    ("uuid", "uuid1"),
    ("uuid", "uuid4"),
}
VARYING_MODULES = {"random", "secrets", "uuid"}


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def _at_the_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the corpus is named by relative paths, as in CI


def test_the_corpus_is_all_there() -> None:
    assert len(FILES) > 40
    assert "transcripts/asr/ranger-vtt.vtt" in FILES


@pytest.mark.parametrize("fmt", ["json", "junit"])
def test_two_runs_in_one_process(fmt: str) -> None:
    first = _run("check", *FILES, "--format", fmt)
    second = _run("check", *FILES, "--format", fmt)
    assert first[0] in (0, 1, 2)
    if fmt == "junit":  # time="..." is measured: everything else is the same
        first, second = (
            (code, re.sub(r' time="[0-9.]+"', "", out), err) for code, out, err in (first, second)
        )
    assert first == second


def test_test_jobs_1_and_jobs_2() -> None:
    one = _run("test", "transcripts", "--jobs", "1", "--format", "json")
    two = _run("test", "transcripts", "--jobs", "2", "--format", "json")
    assert one[0] in (0, 1), one[2]
    assert one == two
    assert one[1].count('"path"') >= len(FILES)


@pytest.mark.parametrize("fmt", ["jsonl", "text", "json"])
def test_check_jobs_1_and_jobs_2(fmt: str, tmp_path: Path) -> None:
    """``check --jobs 2`` says exactly what ``--jobs 1`` says, in the same order, on
    stdout and stderr, with an unreadable file and a malformed one among the rest."""
    unreadable = tmp_path / "empty.radio"
    unreadable.write_bytes(b"")
    malformed = tmp_path / "malformed.radio"
    malformed.write_text("@station A: vessel party=UK\n12:00 A -> : no addressee\n")
    files = [*FILES[:12], str(unreadable), *FILES[12:20], str(malformed), *FILES[20:]]
    one = _run("check", *files, "--format", fmt, "--jobs", "1")
    two = _run("check", *files, "--format", fmt, "--jobs", "2")
    assert one == two
    assert one[0] == 2, "an unreadable file makes the exit code 2"
    assert f"{unreadable}:" in one[2] and f"{malformed}:2:" in one[2]
    assert one[2].index(str(unreadable)) < one[2].index(str(malformed))


def _processes(envs: list[dict[str, str]], *argv: str) -> list[str]:
    procs = []
    for extra in envs:
        env = {k: v for k, v in os.environ.items() if k not in ("TZ", "LANG", "LC_ALL")}
        env.update(extra)
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "checker.cli", *argv],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        )
    outs = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode in (0, 1), err.decode()
        outs.append(out.decode("utf-8"))
    return outs


def test_hash_seed_time_zone_and_locale_change_nothing() -> None:
    envs = [
        {"PYTHONHASHSEED": "0", "TZ": "UTC", "LC_ALL": "C.UTF-8"},
        {"PYTHONHASHSEED": "4242", "TZ": "Pacific/Auckland", "LANG": "fr_FR.UTF-8"},
    ]
    a, b = _processes(envs, "check", *FILES, "--format", "json")
    assert a == b
    assert a == _run("check", *FILES, "--format", "json")[1]  # and the same in-process


def test_nothing_reads_the_clock_the_locale_or_chance() -> None:
    found = []
    for path in sorted((ROOT / "checker").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if (node.value.id, node.attr) in VARYING:
                    found.append(f"{where}: {node.value.id}.{node.attr}")
            elif isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
                if isinstance(node, ast.ImportFrom) and node.module:
                    names.append(node.module)
                    names += [f"{node.module}.{a.name}" for a in node.names]
                for name in names:
                    head, _, attr = name.rpartition(".")
                    if name.split(".")[0] in VARYING_MODULES or (head, attr) in VARYING:
                        found.append(f"{where}: import {name}")
    assert found == []


def test_report_paths_are_as_given(tmp_path: Path) -> None:
    """A report names the file as the user did: no absolute path that differs per machine."""
    _, out, _ = _run("check", FILES[0], "--format", "json")
    assert f'"path": "{FILES[0]}"' in out
    assert str(ROOT) not in out
