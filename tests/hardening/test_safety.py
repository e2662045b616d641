"""Safety: transcripts and rule files are data, never code, and never reach the network.

- No ``eval``, ``exec``, ``compile``, pickle, marshal or shelve anywhere in ``checker/``
  (read from the AST, so a comment or a string does not count and an alias does).
- lark grammars are never cached through lark's ``cache=`` (a predictable temp file that
  lark unpickles).
- An ``@rules`` path is resolved relative to the transcript and refused (RC206) when it
  leads outside the transcript's project, unless ``--allow-outside``.
- No network: with every socket call made to fail, the corpus still checks.
"""

from __future__ import annotations

import ast
import socket
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from checker.api import check
from checker.diagnostics import InputError
from checker.files import project_root
from tests.conftest import ROOT, Run

CHECKER = ROOT / "checker"
SOURCES = sorted(CHECKER.rglob("*.py"))
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "breakpoint", "input"}
FORBIDDEN_MODULES = {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "cloudpickle"}
NETWORK_MODULES = {
    "socket",
    "ssl",
    "http",
    "urllib",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "xmlrpc",
    "webbrowser",
}
#: Attribute calls that evaluate or load code or objects from data.
FORBIDDEN_ATTRIBUTES = {("yaml", "load"), ("yaml", "unsafe_load"), ("os", "system")}


@cache
def _trees() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"), str(p))) for p in SOURCES]


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"


def _imported(tree: ast.Module) -> list[tuple[str, ast.AST]]:
    out: list[tuple[str, ast.AST]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(alias.name, node) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            out.append((node.module, node))
        elif isinstance(node, ast.Call) and _name(node.func) in ("import_module", "__import__"):
            arg = node.args[0] if node.args else None
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                out.append((arg.value, node))
    return out


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def test_the_sources_are_found() -> None:
    assert len(SOURCES) > 50
    assert CHECKER / "cli.py" in SOURCES


def test_no_eval_exec_or_compile() -> None:
    bad = [
        f"{_where(p, node)}: {_name(node.func)}()"
        for p, tree in _trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in FORBIDDEN_CALLS
    ]
    bad += [
        f"{_where(p, node)}: {node.func.value.id}.{node.func.attr}()"
        for p, tree in _trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and ((node.func.value.id, node.func.attr) in FORBIDDEN_ATTRIBUTES)
    ]
    assert bad == []


def test_no_pickle_marshal_or_shelve() -> None:
    bad = [
        f"{_where(p, node)}: {name}"
        for p, tree in _trees()
        for name, node in _imported(tree)
        if name.split(".")[0] in FORBIDDEN_MODULES
    ]
    assert bad == []


def test_no_network_modules() -> None:
    bad = [
        f"{_where(p, node)}: {name}"
        for p, tree in _trees()
        for name, node in _imported(tree)
        if name.split(".")[0] in NETWORK_MODULES
    ]
    assert bad == []


def test_import_module_takes_names_from_fixed_tables() -> None:
    """``import_module`` is used for the subcommands and formats; its argument is
    built from constants of the package, never from input."""
    calls = [
        (p, node)
        for p, tree in _trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _name(node.func) == "import_module"
    ]
    for p, node in calls:
        arg = node.args[0]
        if isinstance(arg, ast.Name):  # a value of a constant table of module names
            tables = [
                n.value
                for n in ast.walk(dict(_trees())[p])
                if isinstance(n, ast.AnnAssign | ast.Assign) and isinstance(n.value, ast.Dict)
            ]
            assert tables, _where(p, node)
            for table in tables:
                assert isinstance(table, ast.Dict)
                for value in table.values:
                    assert isinstance(value, ast.Constant), _where(p, value)
                    assert str(value.value).startswith("checker"), _where(p, value)
            continue
        assert isinstance(arg, ast.JoinedStr | ast.Constant), _where(p, node)
        if isinstance(arg, ast.JoinedStr):
            head = arg.values[0]
            assert isinstance(head, ast.Constant) and str(head.value).startswith("checker."), (
                _where(p, node)
            )


def test_lark_is_never_given_a_cache() -> None:
    """lark's ``cache=True`` writes a pickle to a predictable temp file and loads it
    back; a grammar cache must be project-owned, private and validated instead
    (``checker.resources``), so no call to lark, or to the project's wrapper of it,
    passes ``cache=``; only that wrapper may forward ``**options``."""
    calls = [
        (p, node)
        for p, tree in _trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _name(node.func) in ("Lark", "lark_parser")
    ]
    assert calls, "no Lark(...) call found: has the grammar moved?"
    for p, node in calls:
        keywords = {k.arg for k in node.keywords}
        assert "cache" not in keywords, f"{_where(p, node)}: cache=..."
        if None in keywords:  # **options: only the wrapper, whose callers are checked here
            assert p == CHECKER / "resources.py", f"{_where(p, node)}: **options hides cache="


def test_the_parsers_have_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.phraseology import grammar
    from checker.transcript import parse

    for build in (parse.parser, grammar.parser):
        assert build().options.cache is False


# --- @rules outside the project ----------------------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project (pyproject.toml) with a transcript, and a rule set beside it, outside."""
    root = tmp_path / "project"
    (root / "cases").mkdir(parents=True)
    (root / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    sar = (ROOT / "checker" / "ruleset" / "data" / "sar.toml").read_text(encoding="utf-8")
    mine = sar.replace('id = "sar"', 'id = "mine"', 1)
    (tmp_path / "mine.toml").write_text(mine)
    (root / "rules").mkdir()
    (root / "rules" / "mine.toml").write_text(mine)
    return root


def _transcript(project: Path, rules: str) -> Path:
    path = project / "cases" / "t.radio"
    path.write_text(f"@rules: {rules}\n@station A: vessel\nA: hello\n")
    return path


def test_project_root(project: Path, tmp_path: Path) -> None:
    assert project_root(project / "cases") == project.resolve()
    loose = tmp_path / "loose"
    loose.mkdir()
    assert project_root(loose) == loose.resolve()


@pytest.mark.parametrize(
    "rules", ["../rules/mine.toml", "../rules/mine", "../../project/rules/mine.toml"]
)
def test_rules_inside_the_project_are_read(
    cli: Callable[..., Run], project: Path, rules: str
) -> None:
    run = cli("check", str(_transcript(project, rules)), "--format", "json")
    assert run.code == 0, run.err
    assert '"id": "mine"' in run.out


def test_rules_outside_the_project_are_refused(cli: Callable[..., Run], project: Path) -> None:
    path = _transcript(project, "../../mine.toml")
    run = cli("check", str(path), "--format", "json")
    assert run.code == 2
    assert f"{path}:1:9: RC206 rule set '../../mine.toml' is outside" in run.err
    assert "--allow-outside" in run.err
    run = cli("check", str(path), "--format", "json", "--allow-outside")
    assert run.code == 0, run.err
    assert '"id": "mine"' in run.out


def test_absolute_paths_and_symlinks_out_are_refused(
    cli: Callable[..., Run], project: Path, tmp_path: Path
) -> None:
    path = _transcript(project, str(tmp_path / "mine.toml"))
    assert cli("check", str(path)).code == 2
    (project / "rules" / "link.toml").symlink_to(tmp_path / "mine.toml")
    path = _transcript(project, "../rules/link.toml")
    run = cli("check", str(path))
    assert run.code == 2 and "RC206" in run.err
    secret = tmp_path / "secret.txt"
    secret.write_text("password = hunter2\n")
    path = _transcript(project, str(secret))
    run = cli("check", str(path))
    assert run.code == 2 and "RC206" in run.err and "hunter2" not in run.err


def test_radiocheck_test_refuses_and_allows_too(cli: Callable[..., Run], project: Path) -> None:
    _transcript(project, "../../mine.toml")
    run = cli("test", str(project / "cases"), "--jobs", "1", "--format", "json")
    assert run.code == 2 and "RC206" in run.err
    run = cli("test", str(project / "cases"), "--jobs", "1", "--allow-outside")
    assert run.code == 0, run.err


def test_the_api_refuses_unless_allowed(project: Path) -> None:
    path = _transcript(project, "../../mine.toml")
    with pytest.raises(InputError) as exc:
        check(path)
    assert [d.code for d in exc.value.diagnostics] == ["RC206"]
    ruleset = check(path, allow_outside=True).ruleset
    assert ruleset is not None and ruleset.id == "mine"


def test_shipped_ids_and_command_line_rules_are_not_restricted(
    cli: Callable[..., Run], project: Path, tmp_path: Path
) -> None:
    path = _transcript(project, "sar")
    assert cli("check", str(path)).code == 0
    run = cli("check", str(path), "--rules", str(tmp_path / "mine.toml"), "--format", "json")
    assert run.code == 0 and '"id": "mine"' in run.out  # the user chose it


# --- no network ----------------------------------------------------------------------


def test_no_network_during_check_and_test(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[str] = []

    def refuse(name: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            attempts.append(name)
            raise OSError(f"network access attempted: socket.{name}")

        return call

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(name))
    corpus = sorted((ROOT / "transcripts").rglob("*.radio"))[:12]
    run = cli("check", *map(str, corpus), "--format", "json")
    assert run.code in (0, 1), run.err
    run = cli(
        "check", str(ROOT / "transcripts" / "asr" / "ranger-whisperx.json"), "--format", "sarif"
    )
    assert run.code in (0, 1, 2)
    run = cli("test", str(ROOT / "transcripts" / "rules"), "--jobs", "1", "--format", "json")
    assert run.code in (0, 1), run.err
    assert attempts == []


# --- what is printed ---------------------------------------------------------------


def test_control_characters_of_the_input_never_reach_the_terminal(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    """A quoted line is shown with its control characters as symbols: an ESC could
    start an escape sequence that rewrites the terminal, a CR hide the line."""
    path = tmp_path / "esc.radio"
    path.write_bytes(b"06:40 \x1b]0;pwned\x07\x1b[2J hello\r there\n")
    run = cli("check", str(path))
    assert run.code == 2
    assert not any(c in run.err for c in "\x1b\x07\r"), repr(run.err)
    assert "\N{SYMBOL FOR ESCAPE}]0;pwned" in run.err
    lines = run.err.splitlines()
    shown = next(i for i, line in enumerate(lines) if "pwned" in line)
    assert lines[shown + 1].index("^") == 4 + 6  # the caret still under column 7


def test_a_rule_set_name_too_long_for_the_system_is_no_file(
    cli: Callable[..., Run], project: Path
) -> None:
    """A name longer than the file system allows (found by the fuzzer: a run of digits
    before a shipped id) raised OSError while the checker looked for the file, and
    came out as an internal error (exit 3); it is a rule set that is not found."""
    name = "9" * 3000 + " uk-fr-channel"
    run = cli("check", str(_transcript(project, name)), "--format", "json")
    assert run.code == 2, run.err
    assert ":1:9: RC200 rule set '999" in run.err and "internal error" not in run.err
