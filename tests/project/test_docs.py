"""The documentation's examples run, so that the docs stay true.

Every fenced block of README.md and docs/*.md whose language is one of these is run:

- ``sh``: each line is a command. ``radiocheck ...`` lines run in-process through
  ``checker.cli.main``, in order, in a scratch folder that links to the repository's
  ``transcripts/``, ``docs/`` and ``pyproject.toml`` (so paths are as from the repository
  root, and files a command writes land in the scratch folder). A line must exit with
  the code its trailing ``# exit N`` comment states, or 0. ``VAR=value`` prefixes,
  ``> FILE`` and ``< FILE`` are understood; ``radiocheck test`` runs with ``--jobs 1``
  unless the line says otherwise (starting worker processes would only slow this
  test down; the results are the same). ``make``, ``pytest`` and ``pip`` lines are
  not run here (they set up or run the whole suite); any other command is an error,
  so that nothing in a runnable block goes unchecked.
- ``radio``: the transcript must read without errors, be checked, and meet its
  ``@expect`` lines.
- ``toml``: must be valid TOML; a ``[[rules]]`` table must be a valid rule of its kind;
  a file with a ``[ruleset]`` table must load as a rule set.
- Any block whose info string has ``file=NAME`` (```` ```toml file=my-rules.toml ````) is
  also written to the scratch folder under NAME, before anything of its document runs.

Blocks in any other language (``text``, ``json``, ``yaml``, ``markdown``...) are shown,
not run.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shlex
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINKED = ("transcripts", "docs", "pyproject.toml")
NOT_RUN = ("make", "pytest", "pip")
_FENCE = re.compile(r"^```(\S*)(.*)$")
_EXIT = re.compile(r"#\s*exit\s+(\d+)\s*$")


@dataclass
class Block:
    path: Path
    line: int  # the line of the opening fence
    lang: str
    info: str
    text: str

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"

    @property
    def file(self) -> str | None:
        m = re.search(r"\bfile=(\S+)", self.info)
        return m[1] if m else None


def blocks(path: Path) -> list[Block]:
    """The fenced blocks of a Markdown file, in order."""
    out: list[Block] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        start, body = i, []
        i += 1
        while i < len(lines) and not lines[i].startswith("```"):
            body.append(lines[i])
            i += 1
        out.append(Block(path, start + 1, m[1], m[2].strip(), "\n".join(body) + "\n"))
        i += 1
    return out


def commands(block: Block) -> list[tuple[int, str]]:
    """(line number, command) for each command line of an ``sh`` block."""
    out = []
    for n, raw in enumerate(block.text.splitlines(), block.line + 1):
        if raw.strip() and not raw.lstrip().startswith("#"):
            out.append((n, raw))
    return out


@contextlib.contextmanager
def _in(folder: Path, env: dict[str, str]):
    saved_env, saved_cwd = dict(os.environ), Path.cwd()
    for key in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        os.environ.pop(key, None)
    os.environ.update({"NO_COLOR": "1", "COLUMNS": "100", **env})
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def run_command(raw: str, folder: Path) -> tuple[int | None, int, str]:
    """Run one documented command line: (code, expected code, output)."""
    from checker.cli import main

    m = _EXIT.search(raw)
    expected = int(m[1]) if m else 0
    words = shlex.split(raw, comments=True)
    env: dict[str, str] = {}
    while words and re.fullmatch(r"[A-Z_]+=.*", words[0]):
        key, _, value = words.pop(0).partition("=")
        env[key] = value
    if not words or words[0] in NOT_RUN:
        return None, expected, ""
    if words[1:2] == ["test"] and not {"-j", "--jobs"} & set(words):
        words[2:2] = ["--jobs", "1"]  # worker processes would only slow the test down
    if words[0] != "radiocheck":
        raise AssertionError(
            f"{words[0]!r} in a runnable sh block: only radiocheck, {', '.join(NOT_RUN)} "
            "lines may appear there (use ```text for other shell)"
        )
    stdin_file = stdout_file = None
    argv: list[str] = []
    it = iter(words[1:])
    for w in it:
        if w == ">":
            stdout_file = next(it)
        elif w == "<":
            stdin_file = next(it)
        else:
            argv.append(w)
    out, err = io.StringIO(), io.StringIO()
    with _in(folder, env):
        stdin = io.StringIO(Path(stdin_file).read_text() if stdin_file else "")
        saved_stdin, sys.stdin = sys.stdin, stdin
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(argv)
        finally:
            sys.stdin = saved_stdin
        if stdout_file:
            Path(stdout_file).write_text(out.getvalue(), encoding="utf-8")
    return code, expected, (out.getvalue() + err.getvalue())[-3000:]


def check_radio(block: Block, folder: Path) -> list[str]:
    """Problems of one ``radio`` block: read errors, unmet expectations."""
    from checker.api import check, read_transcript
    from checker.diagnostics import InputError
    from checker.report.expect import evaluate

    name = block.file or f"_example_{block.line}.radio"
    path = folder / name
    path.write_text(block.text, encoding="utf-8")
    with _in(folder, {}):
        try:
            t = read_transcript(Path(name))
            errors = [d for d in t.diagnostics if d.severity == "error"]
            if errors:
                return [f"{block.where}: line {d.line}: {d.code} {d.message}" for d in errors]
            report = check(t)
        except InputError as exc:
            return [f"{block.where}: {d.code} {d.message}" for d in exc.diagnostics]
    if not report.checked:
        return [f"{block.where}: not checked: {[d.message for d in report.diagnostics]}"]
    return [
        f"{block.where}: @expect on line {r.line} not met: expected {r.expected}, got {r.actual}"
        for r in evaluate(report)
        if not r.passed
    ]


def check_toml(block: Block, folder: Path) -> list[str]:
    """Problems of one ``toml`` block: syntax, rules, rule sets."""
    from checker.diagnostics import InputError
    from checker.rules.registry import get
    from checker.ruleset.loader import load_ruleset
    from checker.ruleset.schema import RuleSpec

    try:
        data = tomllib.loads(block.text)
    except tomllib.TOMLDecodeError as exc:
        return [f"{block.where}: not valid TOML: {exc}"]
    problems = []
    if "ruleset" in data:
        if not block.file:
            return [f"{block.where}: a rule set example needs file=NAME.toml to be loaded"]
        try:
            load_ruleset(str(folder / block.file))
        except InputError as exc:
            problems += [f"{block.where}: {d.code} {d.message}" for d in exc.diagnostics]
    else:
        for rule in data.get("rules", []):
            try:
                spec = RuleSpec.model_validate(rule)
                get(spec.kind).params.model_validate(spec.params)
            except Exception as exc:  # pydantic's message says what is wrong
                problems.append(f"{block.where}: rule {rule.get('code')}: {exc}")
    return problems


def run_doc(path: Path, folder: Path) -> list[str]:
    """Run every runnable block of one document; the problems found."""
    for name in LINKED:
        (folder / name).symlink_to(ROOT / name)
    problems: list[str] = []
    for block in blocks(path):
        if block.file:
            (folder / block.file).parent.mkdir(parents=True, exist_ok=True)
            (folder / block.file).write_text(block.text, encoding="utf-8")
    for block in blocks(path):
        if block.lang == "sh":
            for n, raw in commands(block):
                where = f"{path.relative_to(ROOT)}:{n}"
                try:
                    code, expected, output = run_command(raw, folder)
                except AssertionError as exc:
                    problems.append(f"{where}: {exc}")
                    continue
                if code is not None and code != expected:
                    problems.append(
                        f"{where}: `{raw.strip()}` exited {code}, the doc says {expected}\n{output}"
                    )
        elif block.lang == "radio":
            problems += check_radio(block, folder)
        elif block.lang == "toml":
            problems += check_toml(block, folder)
        elif block.lang == "json" and block.file:
            try:
                json.loads(block.text)
            except ValueError as exc:
                problems.append(f"{block.where}: not valid JSON: {exc}")
    return problems


@pytest.mark.parametrize("path", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_doc_examples_run(path: Path, tmp_path: Path) -> None:
    problems = run_doc(path, tmp_path)
    assert not problems, "\n".join(problems)


def test_docs_have_runnable_examples() -> None:
    runnable = [b for p in DOCS for b in blocks(p) if b.lang in ("sh", "radio")]
    assert len(runnable) > 20


def test_fences_are_closed() -> None:
    for path in DOCS:
        fences = [
            line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("```")
        ]
        assert len(fences) % 2 == 0, f"{path}: an unclosed code fence"
