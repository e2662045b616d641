"""The error catalogue as test data: one malformed input per code, through the real CLI.

Each row gives the file's bytes, the code, and the line and column the caret must
point at. A new code in ``checker.diagnostics.CATALOGUE`` without a row here fails
``test_every_code_has_a_row``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.diagnostics import CATALOGUE
from tests.conftest import Run

# name, file content, code, line, column, exit code
ROWS: list[tuple[str, bytes, str, int | None, int | None, int]] = [
    ("empty file", b"", "RC002", 1, 1, 2),
    ("only blank lines", b"\n  \n\n", "RC002", 1, 1, 2),
    ("binary file", b"RIFF\x00\x00WAVEfmt ", "RC003", 1, 5, 2),
    ("invalid utf-8", b"A: hi\nB: caf\xe9\n", "RC004", 2, 7, 2),
    ("malformed line: no colon", b"06:40 Ranger hello there\n", "RC100", 1, 7, 2),
    ("malformed directive", b"@station A vessel\n", "RC100", 1, 12, 2),
    ("directive without value", b"@title:\nA: x\n", "RC100", 1, 8, 2),
    ("impossible coordinates", b"* A is at 95 10.0 N 001 35.0 E\n", "RC100", 1, 11, 2),
    ("bad time of day", b"25:61 Ranger: hi\n", "RC101", 1, 1, 2),
    ("bad time form", b"6.40 Ranger: hi\n", "RC101", 1, 1, 2),
    ("bad time in brackets", b"[06:4] Ranger: hi\n", "RC101", 1, 2, 2),
    ("bad @start", b"@start: 6h\nA: x\n", "RC101", 1, 9, 2),
    ("time goes backwards", b"06:40 A: one\n06:30 A: two\n", "RC102", 2, 1, 0),
    ("unknown directive", b"@titel: x\nA: hi\n", "RC103", 1, 1, 2),
    ("directive after first line", b"A: hi\n@title: late\n", "RC104", 2, 1, 2),
    ("unterminated quote", b'@station A: vessel aka="Ranger\n', "RC105", 1, 24, 2),
    ("unknown station key", b"@station A: vessel colour=red\n", "RC106", 1, 20, 2),
    ("bad date", b"@date: 2025-13-01\nA: hi\n", "RC107", 1, 8, 2),
    ("date in another form", b"@date: 29/04/2025\nA: hi\n", "RC107", 1, 8, 2),
    ("unknown time zone", b"@timezone: Mars/Olympus\nA: hi\n", "RC108", 1, 12, 2),
    ("duplicate station", b"@station A: vessel\n@station a: vessel\n", "RC109", 2, 10, 2),
    (
        "alias names two stations",
        b'@station A: vessel aka="X"\n@station B: vessel aka="x"\n',
        "RC109",
        2,
        1,
        2,
    ),
    ("key given twice", b"@station A: vessel flag=GB flag=FR\n", "RC109", 1, 28, 2),
    ("continuation of nothing", b"   lonely words\n", "RC110", 1, 1, 2),
    ("unknown station role", b"@station A: boat\n", "RC111", 1, 13, 2),
    ("unknown narration verb", b"06:00 * RANGER rescues DINGHY\n", "RC112", 1, 16, 2),
    ("narration without verb", b"* RANGER\n", "RC112", 1, 9, 2),
    ("malformed expectation", b"@expect violated CH1\n", "RC113", 1, 18, 2),
    ("expectation with bad level", b"@expect responsible D custody: UK\n", "RC113", 1, 23, 2),
    ("annotation without reason", b"A: hi # radiocheck: ignore[CH03]\n", "RC114", 1, 7, 2),
    ("malformed annotation", b'A: hi # radiocheck: ignore CH03 reason="x"\n', "RC114", 1, 28, 2),
    (
        "annotation on its own line",
        b'# radiocheck: ignore[CH03] reason="x"\nA: x\n',
        "RC114",
        1,
        1,
        2,
    ),
    ("unknown medium", b"A (telegram): hi\n", "RC115", 1, 4, 2),
    ("bad persons value", b"@station A: vessel persons=many\n", "RC116", 1, 28, 2),
    ("rcc without party", b"@station H: rcc\n", "RC116", 1, 13, 2),
    ("unknown unit", b"@station A: vessel unit=navy\n", "RC116", 1, 25, 2),
    ("unknown zone kind", b"@zone X: ocean\n", "RC117", 1, 10, 2),
    ("new zone without kind", b'@zone X-SRR: aka="x"\nA: x\n', "RC117", 1, 1, 2),
    ("port without party", b"@port Valletta:\n", "RC117", 1, 7, 2),
    ("line too long", b"A: " + b"x" * 70000 + b"\n", "RC118", 1, 1, 2),
    ("day change at midnight", b"23:58 A: x\n00:03 A: y\n", "RC119", 2, 1, 0),
    ("12-hour time with a 24-hour hour", b"14:09 PM A: x\n", "RC101", 1, 1, 2),
    ("four digits that are no time of day", b"2561 A: x\n", "RC101", 1, 1, 2),
    ("undeclared speaker", b'@station RANGER: vessel aka="Ranger"\nRangr: hi\n', "RC120", 2, 1, 0),
    ("undeclared narration subject", b"* NOBODY departs\n", "RC120", 1, 3, 0),
    ("unknown port", b"@station A: vessel\n* A lands 3 persons at Atlantis\n", "RC121", 2, 1, 0),
    ("unknown zone", b"@station A: vessel\n* A is in the Sea of Nowhere\n", "RC121", 2, 1, 0),
    ("unknown rule set", b"@rules: uk-fr-chanel\nA: x\n", "RC200", 1, 9, 2),
    (
        "station known to the rule set",
        b"@rules: uk-fr-channel\nDover Coastguard: radio check\n",
        "RC123",
        2,
        1,
        0,
    ),
    (
        "recovery after landing",
        b"@station D: casualty\n@station V: vessel\n* V recovers 2 persons from D\n"
        b"* V lands 2 persons at Dover\n* V recovers 1 persons from D\n",
        "RC301",
        5,
        1,
        0,
    ),
    (
        "more landed than recovered",
        b"@station D: casualty\n@station V: vessel\n* V recovers 2 persons from D\n"
        b"* V lands 3 persons at Dover\n",
        "RC302",
        4,
        1,
        0,
    ),
    (
        "a speaker claiming to be another station",
        b'@station HMCG: rcc party=UK aka="Dover Coastguard"\n@station R: vessel aka="Ranger"\n'
        b"10:01 Impostor -> R: Ranger, this is Dover Coastguard, we are coordinating. Over.\n",
        "RC305",
        3,
        7,
        0,
    ),
    (
        "unmet expectation",
        b'@station A: vessel\n@expect act "hello": thanks\nA: hello there\n',
        "RC310",
        2,
        1,
        0,
    ),
    (
        "position outside every zone",
        b"@rules: uk-fr-channel\n@station D: casualty\n* D is at 40 10.0 N 020 30.0 W\n",
        "RC304",
        3,
        1,
        0,
    ),
]


@pytest.mark.parametrize(
    ("name", "data", "code", "line", "column", "exit"), ROWS, ids=[r[0] for r in ROWS]
)
def test_catalogue_row(
    cli: Callable[..., Run],
    tmp_path: Path,
    name: str,
    data: bytes,
    code: str,
    line: int | None,
    column: int | None,
    exit: int,
) -> None:
    path = tmp_path / "case.radio"
    path.write_bytes(data)
    run = cli("check", str(path), "--format", "json")
    assert run.code == exit, run.err
    where = f"{path}:{line}:{column}: {code} "
    assert where in run.err, run.err
    assert "Traceback" not in run.err
    first = next(chunk for chunk in run.err.split(f"{path}:")[1:] if f": {code} " in chunk)
    lines = first.splitlines()
    if len(lines) > 1 and not lines[1].strip().startswith("hint:"):
        caret = lines[2]
        assert caret.strip() == "^" and caret.index("^") - 4 == (column or 1) - 1


def test_every_code_has_a_row() -> None:
    covered = {row[2] for row in ROWS} | {"RC001", "RC005"}
    covered |= {"RC303"}  # tests/protocol/test_protocol.py: an unbound reference among casualties
    covered |= {"RC306"}  # test_a_classifier_failure_is_a_diagnostic below: injected
    ruleset_codes = {c for c in CATALOGUE if c.startswith("RC2")}  # tests/ruleset/test_ruleset.py
    # tests/transcript/test_formats.py
    recording_codes = {c for c in CATALOGUE if "RC130" <= c <= "RC149"}
    assert set(CATALOGUE) - covered - ruleset_codes - recording_codes == set()


def test_a_classifier_failure_is_a_diagnostic(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one test that injects a fault: no input makes the classifier fail, so its
    internals are made to raise, and the real CLI must say so (RC306), not hide it in
    an ``unclassified`` act."""
    from checker.phraseology import classifier

    if not classifier.__file__ or not classifier.__file__.endswith(".py"):
        pytest.skip("a compiled (mypyc) classifier calls _classify directly: no patching")

    def broken(*args: object) -> None:
        raise RuntimeError("injected")

    monkeypatch.setattr(classifier, "_classify", broken)
    path = tmp_path / "case.radio"
    path.write_text("@station A: vessel\n@station B: vessel\n10:00 A -> B: B, this is A. Over.\n")
    run = cli("check", str(path), "--format", "json", "--exit-zero")
    assert run.code == 0, run.err
    assert f"{path}:3:1: RC306 warning: the classifier failed on this utterance" in run.err
    assert "internal error: RuntimeError: injected" in run.err
    (report,) = json.loads(run.out)
    assert report["events"][0]["primary"] == "unclassified"
    assert [d["code"] for d in report["diagnostics"]] == ["RC306"]


def test_missing_file(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = cli("check", str(tmp_path / "nope.radio"))
    assert run.code == 2
    assert f"{tmp_path / 'nope.radio'}: RC001 no such file" in run.err


def test_directory_instead_of_file(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = cli("check", str(tmp_path))
    assert run.code == 2 and "RC001" in run.err


def test_file_over_the_size_limit(cli: Callable[..., Run], tmp_path: Path) -> None:
    path = tmp_path / "big.radio"
    path.write_text("A: hi\n" * 100)
    run = cli("check", str(path), "--max-file-size", "100")
    assert run.code == 2 and "RC005 file is 600 bytes, over the limit of 100" in run.err


def test_every_malformed_line_is_reported_in_one_run(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    path = tmp_path / "many.radio"
    path.write_text("@titel: x\n@station A: boat\nA hello\n25:00 A: x\nA: fine\n* A rescues B\n")
    run = cli("check", str(path))
    assert run.code == 2
    codes = [c for c in ("RC103", "RC111", "RC100", "RC101", "RC112") if c in run.err]
    assert codes == ["RC103", "RC111", "RC100", "RC101", "RC112"]


def test_utf16_and_bom_are_read(cli: Callable[..., Run], tmp_path: Path) -> None:
    text = "@station A: vessel\n06:40 A: café\n"
    for i, data in enumerate((text.encode("utf-8-sig"), text.encode("utf-16"))):
        path = tmp_path / f"enc{i}.radio"
        path.write_bytes(data)
        run = cli("check", str(path), "--format", "json")
        assert run.code == 0, run.err
        assert '"café"' in run.out or "café" in run.out


def test_encoding_option(cli: Callable[..., Run], tmp_path: Path) -> None:
    path = tmp_path / "latin.radio"
    path.write_bytes("@station A: vessel\nA: café\n".encode("latin-1"))
    assert cli("check", str(path)).code == 2
    assert cli("check", str(path), "--encoding", "latin-1").code == 0
