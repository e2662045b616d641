"""The pipeline's layering (ARCHITECTURE.md) holds: each stage imports only the stages
before it. The contract lives in pyproject.toml ([tool.importlinter]); this runs it."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_import_contract_is_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout


def test_every_stage_is_in_the_contract() -> None:
    text = (ROOT / "pyproject.toml").read_text()
    contract = text.split("[tool.importlinter]")[1]
    layers = set(re.findall(r"checker\.[a-z_]+", contract))
    stages = {
        f"checker.{p.stem if p.is_file() else p.name}"
        for p in (ROOT / "checker").iterdir()
        if not p.name.startswith("_") and (p.suffix == ".py" or (p / "__init__.py").exists())
    }
    assert stages - layers <= {"checker.py"}, f"not in the layering contract: {stages - layers}"


def _code_strings(source: str) -> str:
    """Identifiers and string literals of a module, without docstrings and comments."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    parts: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docstrings:
                parts.append(node.value)
        elif isinstance(node, ast.Name):
            parts.append(node.id)
    return "\n".join(parts).lower()


def test_no_corpus_station_name_in_the_code() -> None:
    """The checker must understand speech it has not seen: no vessel or station name of
    the corpus may be hard-coded in checker/ (issue 4). Docstrings may cite examples."""
    names: set[str] = set()
    for path in (ROOT / "transcripts").rglob("*.radio"):
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"@station\s+(\S+):.*?(?:aka=(.*))?$", line)
            if m:
                names.add(m[1].lower())
                names.update(a.lower() for a in re.findall(r'"([^"]+)"', m[2] or ""))
    generic = {
        "dinghy",
        "the dinghy",
        "the boat",
        "the small boat",
        "boat",
        "caller",
        "cutter",
        "the migrant boat",
        "the first dinghy",
        "the second dinghy",
        "uk coastguard",
        "french coastguard",
        "french warship",
        "french navy",
        "dover",
        "french patrol vessel",
        "border force cutter",
        "dover coastguard",
        "hm coastguard",
        "calais lifeboat",
        # CROSS names every French RCC, and "cross" is an English word
        "cross",
        # USCG names the US Coast Guard, every district of it, as CROSS does
        "uscg",
        # a craft's kind (a station id of a CI example), as "boat" and "dinghy" are
        "yacht",
        # a common noun (checker/names.py reads "CG" as its initials), not one station
        "coastguard",
        # posts aboard and ashore, by which a speaker names itself ("winchman here",
        # clause_names._POSTS): common nouns that some transcripts give as an alias
        "captain",
        "chef",
        "operator",
    }
    distinctive = {
        n for n in names - generic if len(n) > 3 and not n.startswith(("dinghy", "boat"))
    }
    code = "\n".join(_code_strings(p.read_text("utf-8")) for p in (ROOT / "checker").rglob("*.py"))
    found = sorted(n for n in distinctive if re.search(rf"\b{re.escape(n)}\b", code))
    assert not found, f"corpus names in checker/: {found}"
