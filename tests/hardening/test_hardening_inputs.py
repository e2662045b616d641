"""Issue 16, the input side: every reproducer of the audit, through the real CLI.

* one resolver, one policy (:mod:`checker.files`): a path named by an input stays in
  its project, and a diagnostic never quotes a file that is not a transcript or rule set;
* FIFOs and devices are refused, and nothing is read past the limit plus one byte;
* memory stays within a documented multiple of the input's size;
* bad input is exit 2 with a diagnostic, never exit 3.

Runs that a regression could hang (a FIFO) or blow up (``/dev/zero``) are made in a
subprocess with a timeout and a memory limit, so that the suite itself cannot hang.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from checker import files, resources
from checker.files import Refused, read_bytes
from tests.conftest import ROOT, Run

SECRET = "hunter2-secret-of-the-environment"
RULES_HEAD = '[ruleset]\nid = "mine"\ntitle = "Mine"\nversion = "1"\n'


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def radiocheck(*args: str, cwd: Path, timeout: float = 60) -> Run:
    """``radiocheck ARGS`` in a child process, bounded in time and memory."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "160", "SECRET_TOKEN": SECRET}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-m", "checker.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_limit_memory,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def case(tmp_path: Path) -> Path:
    """A folder with a small valid transcript, ``a.radio``."""
    (tmp_path / "a.radio").write_text("@station A: vessel\nA: hello\n")
    return tmp_path


# --- item 2: FIFOs and devices --------------------------------------------------


@pytest.fixture
def fifo(case: Path) -> Path:
    path = case / "f.radio"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "f.radio"],
        ["check", "a.radio", "--track", "f.radio"],
        ["check", "rec.vtt", "--header", "f.radio"],
        ["check", "a.radio", "--baseline", "f.radio"],
        ["explain", "f.radio", "SR01"],
        ["review", "f.radio"],
        ["check", "a.radio", "--rules", "f.radio"],
    ],
    ids=["check", "track", "header", "baseline", "explain", "review", "rules"],
)
def test_a_fifo_is_refused_not_waited_on(case: Path, fifo: Path, argv: list[str]) -> None:
    (case / "rec.vtt").write_text("WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>hi\n")
    run = radiocheck(*argv, cwd=case, timeout=60)
    assert run.code == 2, run.err
    assert "FIFO" in run.err or "not found" in run.err, run.err
    assert "Traceback" not in run.err


def test_a_fifo_behind_a_symlink_in_a_folder(case: Path, fifo: Path) -> None:
    folder = case / "many"
    folder.mkdir()
    (case / "pyproject.toml").write_text("")  # the FIFO is in the folder's project
    (folder / "ok.radio").write_text("@station A: vessel\nA: hello\n")
    (folder / "x.radio").symlink_to(fifo)
    run = radiocheck("check", "many", "--format", "json", cwd=case)
    assert run.code == 2
    assert "many/x.radio: RC001 a FIFO (named pipe), not a regular file" in run.err
    assert json.loads(run.out)[0]["source"]["path"] == "many/ok.radio"  # the others checked


@pytest.mark.parametrize(
    "argv", [["check", "/dev/zero"], ["check", "a.radio", "--track", "/dev/zero"]]
)
def test_a_device_is_refused_not_read(case: Path, argv: list[str]) -> None:
    run = radiocheck(*argv, cwd=case, timeout=60)
    assert run.code == 2
    assert "/dev/zero: RC001 a character device, not a regular file" in run.err


def test_nothing_is_read_past_the_limit_even_when_stat_says_0() -> None:
    environ = Path("/proc/self/environ")
    if not environ.exists():  # pragma: no cover - not Linux
        pytest.skip("needs /proc")
    assert environ.stat().st_size == 0
    with pytest.raises(Refused) as refused:
        read_bytes(environ, 10)
    assert refused.value.code == "RC005"


def test_a_huge_json_beside_a_sidecar_is_not_read_whole(case: Path) -> None:
    (case / "a.json").write_bytes(b'{"segments": []}')
    with (case / "a.json").open("r+b") as f:
        f.truncate(1 << 30)  # sparse: 1 GiB that was read whole before
    run = radiocheck("check", "a.radio", "--max-file-size", "100000", cwd=case, timeout=60)
    assert run.code == 0, run.err


# --- item 1: one resolver, one policy -----------------------------------------------


def test_extends_cannot_read_the_environment(case: Path) -> None:
    (case / "rules.toml").write_text(RULES_HEAD + 'extends = ["/proc/self/environ"]\n')
    run = radiocheck("check", "a.radio", "--rules", "rules.toml", cwd=case)
    assert run.code == 2
    assert "rules.toml:5:12: RC206 extended rule set '/proc/self/environ' is outside" in run.err
    assert SECRET not in run.err + run.out


def test_extends_through_a_symlink_out_of_the_project(case: Path, tmp_path_factory: Any) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "base.toml"
    elsewhere.write_text(RULES_HEAD.replace("mine", "base") + "\n[[rules]]\nsecret = 1\n")
    (case / "base.toml").symlink_to(elsewhere)
    (case / "rules.toml").write_text(RULES_HEAD + 'extends = ["base.toml"]\n')
    run = radiocheck("check", "a.radio", "--rules", "rules.toml", cwd=case)
    assert run.code == 2 and "RC206" in run.err and "secret" not in run.err


def test_geometry_cannot_quote_any_file(case: Path) -> None:
    zone = '\n[zones.A]\nkind = "srr"\ngeometry = "{}"\n'
    (case / "rules.toml").write_text(RULES_HEAD + zone.format("/etc/passwd#x"))
    run = radiocheck("check", "a.radio", "--rules", "rules.toml", cwd=case)
    assert run.code == 2
    assert "RC206 zone 'A': GeoJSON file '/etc/passwd' is outside" in run.err
    assert "root:" not in run.err
    # inside the project, a file that is no GeoJSON is placed, never quoted
    (case / "notes.txt").write_text(f"{SECRET}\n")
    (case / "rules.toml").write_text(RULES_HEAD + zone.format("notes.txt#x"))
    run = radiocheck("check", "a.radio", "--rules", "rules.toml", cwd=case)
    assert run.code == 2 and "notes.txt:1:1: RC205 not valid GeoJSON" in run.err
    assert SECRET not in run.err


def test_a_sidecar_or_paired_text_out_of_the_project_is_not_read(
    case: Path, tmp_path_factory: Any
) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "secret.txt").write_text(f"[00:00:00.000 --> 00:00:02.000] {SECRET}\n")
    (case / "rec.rttm").write_text("SPEAKER rec 1 0.0 2.0 <NA> <NA> A <NA> <NA>\n")
    (case / "rec.txt").symlink_to(elsewhere / "secret.txt")
    run = radiocheck("check", "rec.rttm", cwd=case)
    assert run.code == 2 and "RC206" in run.err and SECRET not in run.err
    (elsewhere / "secret.radio").write_text(f"{SECRET} this is no transcript\n")
    (case / "rec.vtt").write_text("WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>hi\n")
    (case / "rec.radio").symlink_to(elsewhere / "secret.radio")
    run = radiocheck("check", "rec.vtt", cwd=case)
    assert SECRET not in run.err + run.out  # the neighbour is not this recording's sidecar


# --- item 8: exit 2, never 3 ------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"06:40:59.9999999 A: hi\n", "RC101"),
        (b"@start: 06:40:59.9999999\nA: hi\n", "RC101"),
        (b"@timezone: " + b"/".join([b"a"] * 500) + b"\nA: hi\n", "RC108"),
        (b"# only a comment\n\n# and another\n", "RC002"),
    ],
    ids=["seven-digits", "seven-digits-start", "timezone-500", "comments-only"],
)
def test_bad_transcripts_are_diagnostics(
    cli: Callable[..., Run], tmp_path: Path, data: bytes, code: str
) -> None:
    path = tmp_path / "case.radio"
    path.write_bytes(data)
    run = cli("check", str(path))
    assert run.code == 2 and f": {code} " in run.err, run.err


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"A: hi +2DYA- there\n", "utf-7"),
        (b"A: hi \\ud800 there\n", "unicode_escape"),
        (b"A: caf\xc3\xa9\n", "idna"),
        (b"A: hi\n", "rot13"),
    ],
)
def test_exotic_encodings_are_rc004(
    cli: Callable[..., Run], tmp_path: Path, data: bytes, encoding: str
) -> None:
    path = tmp_path / "case.radio"
    path.write_bytes(data)
    run = cli("check", str(path), "--encoding", encoding, "--format", "json")
    assert run.code == 2 and ": RC004 " in run.err, run.err


def test_a_lone_surrogate_in_whisper_json(cli: Callable[..., Run], tmp_path: Path) -> None:
    path = tmp_path / "rec.json"
    path.write_text('{"segments": [{"start": 0.0, "end": 1.0, "text": "hi \\ud800 x"}]}')
    run = cli("check", str(path), "--format", "sarif")
    assert run.code == 2 and f"{path}:1:54: RC131" in run.err, run.err


def test_deep_toml_and_geojson(cli: Callable[..., Run], case: Path) -> None:
    deep = RULES_HEAD + "x = " + "[" * 5000 + "]" * 5000 + "\n"
    (case / "deep.toml").write_text(deep)
    run = cli("check", str(case / "a.radio"), "--rules", str(case / "deep.toml"))
    assert run.code == 2 and "deep.toml:5:105: RC201" in run.err, run.err
    (case / "g.geojson").write_text("[" * 5000 + "]" * 5000)
    zone = '\n[zones.A]\nkind = "srr"\ngeometry = "g.geojson#A"\n'
    (case / "geo.toml").write_text(RULES_HEAD + zone)
    run = cli("check", str(case / "a.radio"), "--rules", str(case / "geo.toml"))
    assert (
        run.code == 2 and "g.geojson:1:201: RC205 not valid GeoJSON: nested too deeply" in run.err
    )


@pytest.mark.parametrize(
    "content",
    [
        '{"verdicts": [5]}',
        "[]",
        '{"verdicts": "all"}',
        '{"verdicts": [{"rule": "SR01", "outcome": "violated", "party": [1]}]}',
        '{"verdicts": [{"rule": "SR01"}]}',
        "[" * 5000 + "]" * 5000,
        "",
    ],
)
def test_a_baseline_of_the_wrong_shape(cli: Callable[..., Run], case: Path, content: str) -> None:
    (case / "b.json").write_text(content)
    run = cli("check", str(case / "a.radio"), "--baseline", str(case / "b.json"))
    assert run.code == 2 and "is not a radiocheck baseline" in run.err, run.err


@pytest.mark.parametrize("target", ["folder", "/dev/full"])
def test_write_baseline_that_cannot_be_written(
    cli: Callable[..., Run], case: Path, target: str
) -> None:
    if target == "folder":
        target = str(case)
    elif not Path(target).exists():  # pragma: no cover - not Linux
        pytest.skip("needs /dev/full")
    run = cli("check", str(case / "a.radio"), "--write-baseline", target)
    assert run.code == 2 and "--write-baseline: cannot write" in run.err, run.err


def test_a_cache_entry_of_the_wrong_shape_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("RADIOCHECK_NO_CACHE", raising=False)
    key = resources.cache_key("test")
    resources.write_cache("thing", key, {"compiled": {"a": [1, 2]}})
    assert resources.read_cache("thing", key) == {"compiled": {"a": [1, 2]}}
    (entry,) = (tmp_path / "radiocheck").glob("thing-*.json")
    good = json.loads(entry.read_text())
    for value in ({"compiled": {"a": 5}}, [], "x"):  # the key kept, another value
        entry.write_text(json.dumps({**good, "value": value}))
        assert resources.read_cache("thing", key) is None  # so the caller rebuilds it


def test_a_cli_run_with_wrong_cache_entries_rebuilds_them(
    case: Path, tmp_path_factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("RADIOCHECK_NO_CACHE", raising=False)
    assert radiocheck("check", "a.radio", cwd=case).code == 0
    entries = list((home / "radiocheck").glob("*.json"))
    assert entries
    for entry in entries:
        good = json.loads(entry.read_text())
        entry.write_text(json.dumps({**good, "value": {"compiled": {"x": 5}, "data": 3}}))
    run = radiocheck("check", "a.radio", cwd=case)
    assert run.code == 0, run.err


# --- low items ------------------------------------------------------------------


@pytest.mark.parametrize("onset", ["nan", "inf", "-inf", "NaN"])
def test_rttm_nan_and_inf_are_diagnostics(
    cli: Callable[..., Run], tmp_path: Path, onset: str
) -> None:
    (tmp_path / "rec.rttm").write_text(f"SPEAKER rec 1 {onset} 2.0 <NA> <NA> A <NA> <NA>\n")
    (tmp_path / "rec.txt").write_text("[00:00:00.000 --> 00:00:02.000] hi\n")
    run = cli("check", str(tmp_path / "rec.rttm"), "--format", "json")
    assert run.code == 2 and "rec.rttm:1:15: RC141" in run.err, run.err


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--min-confidence", "nan", "must be from 0 to 1"),
        ("--min-confidence", "2", "must be from 0 to 1"),
        ("--min-confidence", "-0.1", "must be from 0 to 1"),
        ("--max-file-size", "-1", "must be 0 or more"),
        ("--max-file-size", "ten", "not a whole number"),
    ],
)
def test_bad_option_values(
    cli: Callable[..., Run], case: Path, option: str, value: str, message: str
) -> None:
    for command in ("check", "review"):
        run = cli(command, str(case / "a.radio"), option, value)
        assert run.code == 2 and message in run.err, run.err


def test_an_unknown_selected_code(cli: Callable[..., Run], case: Path) -> None:
    run = cli("check", str(case / "a.radio"), "--select", "SR01,ZZ99")
    assert run.code == 2
    assert f"{case / 'a.radio'}: RC207 --select ZZ99: no rule of rule set 'sar'" in run.err
    assert cli("check", str(case / "a.radio"), "--select", "SR").code == 0


# --- item 7: memory -------------------------------------------------------------

#: The child reports its own peak: VmHWM, the high-water mark of its memory since its
#: exec. ``ru_maxrss`` would not do: Linux carries into it the resident size the child
#: had between fork and exec, i.e. the whole pytest process's (a CI run late in the
#: suite measured 1.09 GB for a check whose own peak is about 100 MB).
_PEAK = """
import resource, sys
from checker.api import check, read_transcript
from checker.ruleset.loader import load_ruleset
path, rules = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else None)
report = check(read_transcript(path), rules)
report.model_dump_json()
try:
    with open("/proc/self/status") as f:
        hwm = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(hwm * 1024)
"""


def _peak(*args: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    return int(done.stdout.split()[-1])


def _vtt(cues: int) -> str:
    said = ["radio check over", "roger proceeding to the position", "all stations securite"]
    out = ["WEBVTT", ""]
    for i in range(cues):
        start = f"{i * 2 // 3600:02d}:{i * 2 % 3600 // 60:02d}:{i * 2 % 60:02d}"
        out += [f"{start}.000 --> {start}.900", f"<v {'AB'[i % 2]}>{said[i % 3]} {i}", ""]
    return "\n".join(out)


@pytest.mark.parametrize("suffix", [".radio", ".vtt"])
def test_peak_memory_is_within_the_documented_multiple(tmp_path: Path, suffix: str) -> None:
    """Measured: 120 to 170 times the input's size (a 2 MB transcript, 373 MB); the
    documented bound is :data:`checker.files.MEMORY_MULTIPLE`."""
    from benchmarks.synthetic import transcript

    small, big = tmp_path / "small.radio", tmp_path / f"big{suffix}"
    small.write_text("@station A: vessel\nA: hello\n")
    big.write_text(transcript(2000) if suffix == ".radio" else _vtt(3000))
    size = big.stat().st_size
    base, peak = _peak(str(small)), _peak(str(big))
    assert peak - base <= files.MEMORY_MULTIPLE * size, (base, peak, size)
    doc = " ".join((ROOT / "docs" / "errors.md").read_text().split())
    assert f"at most {files.MEMORY_MULTIPLE} times" in doc


def test_twenty_thousand_zones_in_linear_memory(tmp_path: Path) -> None:
    n = 20000
    features = [
        {
            "type": "Feature",
            "id": f"Z{i}",
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y]]],
            },
        }
        for i in range(n)
        for x, y in [((i % 300) * 0.01 - 1.5, (i // 300) * 0.01 + 40)]
    ]
    (tmp_path / "z.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": features})
    )
    zones = "".join(
        f'[zones.Z{i}]\nkind = "srr"\nparty = "UK"\ngeometry = "z.geojson#Z{i}"\n' for i in range(n)
    )
    rules = tmp_path / "zones.toml"
    rules.write_text(RULES_HEAD + 'extends = ["uk-fr-channel"]\n' + zones)
    case = tmp_path / "case.radio"
    case.write_text("@station A: vessel\n* A is at 40 10.0 N 001 10.0 W\nA: hello\n")
    assert _peak(str(case), str(rules)) < 600 * 1024 * 1024  # was 3.2 GB


def test_the_pytest_plugin_does_not_wait_on_a_fifo(fifo: Path) -> None:
    from checker.pytest_plugin import _has_expectations

    assert _has_expectations(fifo)  # refused at once; the collector reports it


def test_a_file_that_is_no_rule_set_is_never_parsed(cli: Callable[..., Run], case: Path) -> None:
    """Inside the project too: ``extends = [".env"]`` or ``@rules: .env`` would quote
    the secrets of the file in a TOML error."""
    (case / ".env").write_text(f"TOKEN={SECRET}\n")
    (case / "rules.toml").write_text(RULES_HEAD + 'extends = [".env"]\n')
    run = cli("check", str(case / "a.radio"), "--rules", str(case / "rules.toml"))
    assert run.code == 2 and "RC200 extended rule set '.env' is not a .toml file" in run.err
    assert SECRET not in run.err
    (case / "b.radio").write_text("@rules: .env\nA: hi\n")
    run = cli("check", str(case / "b.radio"))
    assert run.code == 2 and "b.radio:1:9: RC200 rule set '.env' is not a .toml file" in run.err
    assert SECRET not in run.err


# --- found by the long fuzz run (benchmarks/fuzz.py --hardening) ---------------------


@pytest.mark.parametrize("option", ["--baseline", "--header", "--track"])
def test_a_folder_where_a_file_is_expected_is_exit_2(tmp_path: Path, option: str) -> None:
    # a folder opens for reading on Linux; it was exit 3 (IsADirectoryError)
    (tmp_path / "t.radio").write_text("A: hello\n", encoding="utf-8")
    (tmp_path / "x.json").mkdir()
    target = "t.radio" if option != "--header" else "rec.vtt"
    if option == "--header":
        (tmp_path / "rec.vtt").write_text("WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>hi\n")
    run = subprocess.run(
        [sys.executable, "-m", "checker.cli", "check", str(tmp_path / target), option,
         str(tmp_path / "x.json")],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert run.returncode == 2, run.stderr
    assert "directory" in run.stderr and "internal error" not in run.stderr


def test_a_link_out_of_the_project_in_a_folder_is_not_read(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "cases").mkdir(parents=True)
    (project / "pyproject.toml").write_text("")
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET=do-not-print\n")
    (project / "cases" / "a.radio").symlink_to(secret)
    (project / "cases" / "b.radio").write_text("A: hello\n", encoding="utf-8")
    for command in ("check", "test"):
        run = subprocess.run(
            [sys.executable, "-m", "checker.cli", command, str(project / "cases")],
            capture_output=True, text=True, check=False, timeout=120,
        )  # fmt: skip
        assert "do-not-print" not in run.stdout + run.stderr, command
        assert "RC206" in run.stdout + run.stderr and run.returncode in (1, 2), command
