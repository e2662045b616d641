"""``docs/errors.md`` cannot drift: every code is documented, and every example runs.

The table must list every code of ``CATALOGUE`` once, with its severity and title; each
code's section gives the files of an example and a command, and running that command
in an empty folder must print the code at the stated place, with the stated exit code.
"""

from __future__ import annotations

import codecs
import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from checker.diagnostics import CATALOGUE
from tests.conftest import ROOT, Run

DOC = ROOT / "docs" / "errors.md"
TEXT = DOC.read_text(encoding="utf-8")
ROW = re.compile(
    r"^\| \[(?P<code>RC\d{3})\]\(#(?P<anchor>rc\d{3})\) \| (?P<severity>\w+) \| "
    r"(?P<title>[^|]+?) \| (?P<example>.+) \| `(?P<where>[^`]+)` \|$",
    re.MULTILINE,
)
SECTION = re.compile(r"^### (RC\d{3})\n(.*?)(?=^### |\Z)", re.MULTILINE | re.DOTALL)
FILE = re.compile(
    r"File `(?P<name>[^`]+)`:\n\n```(?P<kind>text|bytes)\n(?P<body>.*?)```", re.DOTALL
)
RUN = re.compile(r"Run `radiocheck (?P<argv>[^`]+)`: exit (?P<exit>\d), `(?P<where>[^`]+)`\.")
REPEAT = re.compile(r"⟨(\d+)×(.)⟩")


@dataclass
class Example:
    code: str
    files: dict[str, bytes]
    argv: list[str]
    exit: int
    where: str  # path, or path:line:column

    @property
    def path(self) -> str:
        return self.where.split(":")[0]

    @property
    def position(self) -> tuple[int, int] | None:
        parts = self.where.split(":")
        return (int(parts[1]), int(parts[2])) if len(parts) == 3 else None


def _content(kind: str, body: str) -> bytes:
    body = REPEAT.sub(lambda m: m[2] * int(m[1]), body)
    if kind == "bytes":
        data: bytes = codecs.escape_decode(body.removesuffix("\n").encode("utf-8"))[0]
        return data
    return body.encode("utf-8")


def examples() -> list[Example]:
    out = []
    for code, body in SECTION.findall(TEXT):
        if "There is no example" in body:
            continue
        files = {m["name"]: _content(m["kind"], m["body"]) for m in FILE.finditer(body)}
        run = RUN.search(body)
        assert run, f"{code}: no 'Run `radiocheck ...`: exit N, `WHERE: CODE`.' line"
        where, _, said = run["where"].rpartition(": ")
        assert said == code, f"{code}: the example is said to report {said}"
        out.append(Example(code, files, shlex.split(run["argv"]), int(run["exit"]), where))
    return out


EXAMPLES = examples()


def test_the_table_lists_every_code_once_as_the_catalogue_says() -> None:
    rows = {m["code"]: m for m in ROW.finditer(TEXT)}
    assert len(rows) == len(ROW.findall(TEXT)), "a code is listed twice"
    assert list(rows) == list(CATALOGUE), "the table follows the catalogue, in its order"
    for code, info in CATALOGUE.items():
        row = rows[code]
        assert row["anchor"] == code.lower()
        assert row["severity"] == info.severity.value, code
        assert row["title"] == info.title, code


#: Codes no input should cause (a bug in radiocheck): documented, without an example.
NO_EXAMPLE = {"RC306"}


def test_every_code_has_one_example() -> None:
    assert [e.code for e in EXAMPLES] == [c for c in CATALOGUE if c not in NO_EXAMPLE]


def test_the_table_says_where_the_example_reports() -> None:
    rows = {m["code"]: m["where"] for m in ROW.finditer(TEXT)}
    for e in EXAMPLES:
        assert rows[e.code] == e.where, e.code


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.code for e in EXAMPLES])
def test_example(
    cli: Callable[..., Run],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    example: Example,
) -> None:
    monkeypatch.chdir(tmp_path)
    for name, data in example.files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    run = cli(*example.argv)
    assert run.code == example.exit, run.err
    assert "Traceback" not in run.err and "internal error" not in run.err
    # the path may be shown as given or made absolute (rule sets are resolved)
    located = re.compile(rf"(?:^|/){re.escape(example.where)}: {example.code} ", re.MULTILINE)
    match = located.search(run.err)
    assert match, run.err
    if example.position is None:
        return
    block = run.err[match.end() :].split("\n")
    if len(block) > 2 and not block[1].strip().startswith("hint:"):
        caret = block[2]
        assert caret.strip() == "^", run.err
        assert caret.index("^") - 4 == example.position[1] - 1, run.err
