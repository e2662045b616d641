"""Adversarial inputs of the classes that found issue 16, run in bounded subprocesses.

Why a second fuzzer: the mutation fuzzer (``fuzz.py``) runs the CLI in its own
process, so it cannot survive what issue 16 found — a read of ``/dev/zero`` that grows
to gigabytes, a FIFO that never returns, a report of 1.7 GB, two processes writing one
file. Here every input runs the real CLI in a child process bounded in time (a
timeout, then SIGKILL) and in memory (``RLIMIT_AS``), and its peak memory is read from
``wait4``. Outcomes: ``ok`` (exit 0, 1 or 2), ``crash`` (exit 3, another code, or a
signal), ``hang`` (the timeout), ``escape`` (a control or bidi character from the input
printed on stdout or stderr), ``torn`` (concurrent writers left a file that is not one
whole output).

Classes (``CLASSES``): ``special-files`` (FIFO, ``/dev/zero``, a symlink out of the
project, a directory in every path option), ``control-chars`` (control and bidi
characters in the title, station names, utterances and file names), ``repetition``
(one token thousands of times in a line; thousands of stations, speakers, rules,
questions), ``repetition-zones`` (thousands of zones), ``nesting`` (TOML, GeoJSON and
Whisper JSON nested thousands deep) and ``concurrent-writers`` (several ``-o`` writers
of one file). ``tests/hardening/test_fuzz_hardening.py`` runs a bounded sample of each;
``fuzz.py --hardening SECONDS`` the long run.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import resource
import shutil
import signal
import string
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Address-space limit of a child: far above any accepted input's need, far below the
#: gigabytes of the faults issue 16 found.
MEMORY_LIMIT = 2 * 1024**3
HEADER = (
    "@title: T\n@date: 2025-04-29\n@timezone: +01:00\n"
    '@station HMCG: rcc party=UK aka="Dover Coastguard"\n'
    '@station RANGER: vessel party=UK aka="Ranger"\n'
    '@station MARINA: shore party=UK aka="Dover Marina"\n\n'
)
LINE = "10:00 HMCG -> RANGER: Ranger, this is Dover Coastguard. What is your position? Over.\n"
RULESET = '[ruleset]\nid = "r"\ntitle = "R"\nversion = "1"\n'
EXTENDS = RULESET + 'extends = ["uk-fr-channel"]\n'
#: Characters that must never reach a terminal as they are: C0 controls (ESC above
#: all), DEL, C1 controls, bidi overrides and isolates, zero-width characters.
DANGEROUS = "".join(chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F)) + (
    "\x9b\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200e\u200f\ufeff"
)
PAYLOADS = ("\x1b[2J", "\x1b]52;c;aGk=\x07", "\x1b]8;;http://x\x1b\\", "\u202e", "\u200b", "\x9b")


@dataclass
class Case:
    """One input: files to write (bytes; ``Path`` for a special file made by
    :func:`materialise`), the CLI arguments (``{dir}`` is the case's folder), how many
    copies to run at once, and the file they all write (``concurrent-writers``)."""

    cls: str
    name: str
    files: dict[str, bytes | str] = field(default_factory=dict)
    argv: list[str] = field(default_factory=list)
    parallel: int = 1
    written: str | None = None
    payload: str | None = None  # a dangerous string that must not be printed raw


@dataclass
class Result:
    """What one case did."""

    case: Case
    outcome: str
    seconds: float
    peak_kb: int
    detail: str = ""


# --- generators ----------------------------------------------------------------


def special_files(rng: random.Random) -> Iterator[Case]:
    """A FIFO, /dev/zero, a symlink out of the project and a directory, in each path
    option (the transcript, --track, --header, --baseline, @rules, extends, geometry)."""
    kinds = ["fifo", "dev-zero", "outside", "directory"]
    body = (HEADER + LINE).encode()
    while True:
        kind = rng.choice(kinds)
        where = rng.choice(["check", "track", "header", "baseline", "rules", "extends", "geometry"])
        if kind == "outside" and where in ("track", "header", "baseline"):
            continue  # a file the user names on the command line is theirs to read
        files: dict[str, bytes | str] = {"t.radio": body}
        argv = ["check", "{dir}/t.radio"]
        special = f"special:{kind}"
        if where == "check":
            files["t.radio"] = special
            if kind == "outside":  # found in a folder, not named: never read
                argv = ["check", "{dir}"]
        elif where == "track":
            files["ais.csv"] = special
            argv += ["--track", "{dir}/ais.csv"]
        elif where == "header":
            files["rec.vtt"] = b"WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>hi\n"
            files["side.radio"] = special
            argv = ["check", "{dir}/rec.vtt", "--header", "{dir}/side.radio"]
        elif where == "baseline":
            files["base.json"] = special
            argv += ["--baseline", "{dir}/base.json"]
        elif where == "rules":
            files["t.radio"] = ("@rules: r.toml\n" + HEADER + LINE).encode()
            files["r.toml"] = special
        else:
            files["t.radio"] = ("@rules: r.toml\n" + HEADER + LINE).encode()
            files["x.toml"] = special
            if where == "extends":
                files["r.toml"] = b'[ruleset]\nid = "r"\ntitle = "R"\nversion = "1"\n'
                files["r.toml"] += b'extends = ["x.toml"]\n'
            else:
                zone = '[zones.ZZ]\nkind = "srr"\nparty = "UK"\ngeometry = "x.toml#x"\n'
                files["r.toml"] = (EXTENDS + zone).encode()
        yield Case("special-files", f"{kind}-in-{where}", files, argv)


def control_chars(rng: random.Random) -> Iterator[Case]:
    """A control or bidi payload in the title, a station name, an utterance or a file
    name, printed by check (text and markdown) and review."""
    while True:
        payload = rng.choice(PAYLOADS)
        field_ = rng.choice(["title", "station", "utterance", "filename"])
        text = HEADER + LINE
        name = "t.radio"
        if field_ == "title":
            text = text.replace("@title: T", f"@title: T{payload}T")
        elif field_ == "station":
            text = text.replace('aka="Ranger"', f'aka="Ran{payload}ger"') + (
                f"10:01 Ran{payload}ger -> HMCG: Dover Coastguard, this is Ranger. Over.\n"
            )
        elif field_ == "utterance":
            text += f"10:02 RANGER -> HMCG: Dover Coastguard, we see {payload} two. Over.\n"
        else:
            name = f"t{payload}.radio"
        fmt = rng.choice([["--format", "text"], ["--format", "markdown"], ["--format", "github"]])
        argv = ["check", "{dir}/" + name, *fmt]
        files: dict[str, bytes | str] = {name: text.encode()}
        yield Case("control-chars", f"{field_}-{payload!r}", files, argv, payload=payload)


def repetition(rng: random.Random, scale: int = 1) -> Iterator[Case]:
    """The same token thousands of times in one line; thousands of stations, speakers,
    rules, questions (``scale`` multiplies the counts)."""
    codes = [a + b + f"{d:02d}" for a, b in itertools.product(string.ascii_uppercase, repeat=2)
             for d in range(100)]  # fmt: skip
    while True:
        what = rng.choice(["token", "stations", "speakers", "rules", "questions"])
        n = rng.randint(500, 2500) * scale
        if what == "token":
            token = rng.choice(["Golf Bravo", "alpha", "mayday", "Ranger", "one", "this is"])
            text = HEADER + "10:00 HMCG -> RANGER: " + " ".join([token] * n) + "\n"
            yield Case("repetition", f"token-{token}-{n}", {"t.radio": text.encode()}, _check())
        elif what == "stations":
            decl = "".join(f"@station S{i}: vessel\n" for i in range(n * 4))
            text = decl + "\n10:00 S1 -> S2: S2, this is S1. Radio check. Over.\n"
            yield Case("repetition", f"stations-{n * 4}", {"t.radio": text.encode()}, _check())
        elif what == "speakers":
            segments = [
                {"start": i * 2.0, "end": i * 2.0 + 1.5, "speaker": f"SPEAKER_{i:05d}",
                 "text": f" Dover Coastguard this is {i} over"}
                for i in range(n)
            ]  # fmt: skip
            files: dict[str, bytes | str] = {
                "w.json": json.dumps({"segments": segments}).encode(),
                "w.radio": b"@start: 10:00:00\n",
            }
            yield Case("repetition", f"speakers-{n}", files, _check("w.json"))
        elif what == "rules":
            rules = ['[ruleset]\nid = "r"\ntitle = "R"\nversion = "1"\n'] + [
                f'[[rules]]\ncode = "{codes[i]}"\nname = "r.n-{i}"\ntitle = "t"\nsource = "s"\n'
                'provenance = "guidance"\nkind = "answer"\nseverity = "warning"\n'
                for i in range(min(n * 4, len(codes)))
            ]
            files = _with_rules("\n".join(rules))
            yield Case("repetition", f"rules-{len(rules) - 1}", files, _check())
        else:
            other = "10:01 RANGER -> MARINA: Dover Marina, this is Ranger. Request a berth. Over.\n"
            text = "@rules: smcp\n" + HEADER + LINE * n + other * n
            fmt = rng.choice(["json", "sarif", "html"])
            files = {"t.radio": text.encode()}
            yield Case("repetition", f"questions-{n}-{fmt}", files, _check(fmt=fmt))


def repetition_zones(rng: random.Random, scale: int = 1) -> Iterator[Case]:
    """Thousands of zones declared in a rule set."""
    while True:
        n = rng.randint(2000, 5000) * scale
        zones = "".join(f'[zones.Z{i}]\nkind = "srr"\nparty = "UK"\n' for i in range(n))
        files = _with_rules(EXTENDS + zones)
        yield Case("repetition-zones", f"zones-{n}", files, _check())


def nesting(rng: random.Random) -> Iterator[Case]:
    """TOML, GeoJSON and Whisper JSON nested thousands deep."""
    while True:
        depth = rng.randint(1000, 6000)
        what = rng.choice(["toml", "geojson", "whisper"])
        if what == "toml":
            files = _with_rules(RULESET + "x = " + "[" * depth + "]" * depth + "\n")
            yield Case("nesting", f"toml-{depth}", files, _check())
        elif what == "geojson":
            nested = "[" * depth + "]" * depth
            geo = '{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": ' + nested
            zone = '[zones.ZZ]\nkind = "srr"\nparty = "UK"\ngeometry = "z.geojson"\n'
            files = _with_rules(EXTENDS + zone)
            files["z.geojson"] = (geo + "}}").encode()
            yield Case("nesting", f"geojson-{depth}", files, _check())
        else:
            nested = "[" * depth + "]" * depth
            doc = '{"segments": [{"start": 0, "end": 1, "text": "hi", "words": ' + nested + "}]}"
            yield Case("nesting", f"whisper-{depth}", {"w.json": doc.encode()}, _check("w.json"))


def concurrent_writers(rng: random.Random) -> Iterator[Case]:
    """Several processes writing one ``-o`` file at once, each from a transcript of
    another length: it must end as one whole output, never the head of one and the
    tail of a longer one."""
    while True:
        command = rng.choice(["review", "test"])
        files: dict[str, bytes | str] = {
            f"t{n}.radio": (HEADER + LINE * rng.randint(200, 3000)).encode() for n in range(4)
        }
        argv = [command, "{dir}/t{n}.radio", "-o", "{dir}/out.file"]
        yield Case("concurrent-writers", f"{command}-x4", files, argv, 4, "out.file")


def _with_rules(toml: str) -> dict[str, bytes | str]:
    """A rule set ``r.toml`` and a transcript that uses it."""
    return {"r.toml": toml.encode(), "t.radio": ("@rules: r.toml\n" + HEADER + LINE).encode()}


def _check(name: str = "t.radio", fmt: str = "json") -> list[str]:
    return ["check", "{dir}/" + name, "--format", fmt, "--exit-zero"]


CLASSES: dict[str, Callable[[random.Random], Iterator[Case]]] = {
    "special-files": special_files,
    "control-chars": control_chars,
    "repetition": repetition,
    "repetition-zones": repetition_zones,
    "nesting": nesting,
    "concurrent-writers": concurrent_writers,
}


# --- running -------------------------------------------------------------------


def materialise(case: Case, folder: Path, outside: Path) -> None:
    """Write the case's files; ``special:KIND`` makes a FIFO, a symlink to
    ``/dev/zero``, a symlink to a file outside the project, or a directory."""
    for name, data in case.files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        elif data == "special:fifo":
            os.mkfifo(path)
        elif data == "special:dev-zero":
            path.symlink_to("/dev/zero")
        elif data == "special:outside":
            secret = outside / "secret.txt"
            secret.write_text("SECRET=do-not-print\n")
            path.symlink_to(secret)
        else:
            path.mkdir()


def _limits() -> None:  # runs in the child, before exec
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    os.setsid()  # its own group, so that a timeout kills what it started too


def _spawn(argv: list[str], folder: Path, n: int) -> subprocess.Popen[bytes]:
    """Start the CLI as writer ``n`` (``{n}`` in an argument); its stdout and stderr
    go to files (``.out-N``, ``.err-N``)."""
    args = [a.replace("{dir}", str(folder)).replace("{n}", str(n)) for a in argv]
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120", "PYTHONPATH": str(ROOT)}
    with (folder / f".out-{n}").open("wb") as out, (folder / f".err-{n}").open("wb") as err:
        return subprocess.Popen(
            [sys.executable, "-m", "checker.cli", *args],
            cwd=folder,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=env,
            preexec_fn=_limits,  # noqa: PLW1509 - resource limits need it; no threads here
        )


def _wait(proc: subprocess.Popen[bytes], deadline: float) -> tuple[int | None, int]:
    """Exit code (None on timeout; minus the signal when killed) and peak RSS in KB,
    from ``wait4`` (which ``Popen.wait`` would not give)."""
    timed_out = False
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline and not timed_out:
            os.killpg(proc.pid, signal.SIGKILL)
            timed_out = True
        time.sleep(0.02)
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    return (None if timed_out else proc.returncode), usage.ru_maxrss


def run_case(case: Case, folder: Path, outside: Path, timeout: float) -> Result:
    """Run one case in ``folder`` (emptied first) and classify what it did."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    materialise(case, folder, outside)
    start = time.monotonic()
    procs = [_spawn(case.argv, folder, n) for n in range(case.parallel)]
    done = [_wait(p, start + timeout) for p in procs]
    seconds = time.monotonic() - start
    peak = max(d[1] for d in done)
    codes = [d[0] for d in done]
    err = b"".join(_head(folder / f".err-{n}") for n in range(case.parallel)).decode(
        "utf-8", "replace"
    )
    printed = err + b"".join(_head(folder / f".out-{n}") for n in range(case.parallel)).decode(
        "utf-8", "replace"
    )
    if any(c is None for c in codes):
        return Result(case, "hang", seconds, peak, err[-2000:])
    bad = [c for c in codes if c not in (0, 1, 2)]
    if bad:
        return Result(case, "crash", seconds, peak, f"exit {bad[0]}\n{err[-2000:]}")
    if case.payload and any(ch in printed for ch in case.payload if ch in DANGEROUS):
        return Result(case, "escape", seconds, peak, f"printed {case.payload!r} raw")
    if "SECRET=do-not-print" in printed:
        return Result(case, "escape", seconds, peak, "printed a file outside the project")
    if case.written and not _whole(folder / case.written):
        return Result(case, "torn", seconds, peak, f"{case.written} is not one whole output")
    return Result(case, "ok", seconds, peak)


def _head(path: Path, limit: int = 50_000_000) -> bytes:
    """The first ``limit`` bytes a child printed (a runaway report is not read whole)."""
    with path.open("rb") as f:
        return f.read(limit)


def _whole(path: Path) -> bool:
    """Whether a file written by concurrent writers is one whole output: an HTML page
    with one ``<html`` and one ``</html>``, or a JUnit/JSON text that parses once."""
    if not path.is_file():
        return True  # nobody wrote it: every writer failed cleanly (exit 2)
    data = path.read_bytes()
    if b"<html" in data:
        return data.count(b"<html") == 1 and data.rstrip().endswith(b"</html>")
    if data.lstrip().startswith(b"<?xml") or data.lstrip().startswith(b"<testsuites"):
        return data.count(b"<testsuites") == 1 and data.rstrip().endswith(b"</testsuites>")
    try:
        json.loads(data)
    except ValueError:
        return bool(data.strip()) and data.count(b"\n\n") < 2  # plain text: not checkable
    return True


@dataclass
class Tally:
    """Outcomes of one class."""

    tried: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    peak_kb: int = 0
    slowest: float = 0.0
    reproducers: list[str] = field(default_factory=list)


def save(result: Result, n: int, out: Path) -> str:
    """Write a failing case (files, argv, what happened) under ``out``."""
    case = result.case
    where = out / f"{case.cls}-{n:05d}-{result.outcome}"
    where.mkdir(parents=True, exist_ok=True)
    for name, data in case.files.items():
        target = where / name.replace("/", "_")
        if isinstance(data, bytes):
            target.write_bytes(data[:2_000_000])
        else:
            target.with_name(target.name + ".special").write_text(data + "\n")
    (where / "case.json").write_text(
        json.dumps({"class": case.cls, "name": case.name, "argv": case.argv,
                    "parallel": case.parallel, "outcome": result.outcome,
                    "seconds": round(result.seconds, 2), "peak_kb": result.peak_kb}, indent=2)
        + "\n"
    )  # fmt: skip
    (where / "detail.txt").write_text(result.detail)
    return str(where)


def run_classes(
    classes: list[str], seconds: float, seed: int, timeout: float, out: Path, max_inputs: int = 0
) -> dict[str, object]:
    """Run each class for its share of ``seconds`` (or ``max_inputs`` inputs); the
    report: per class the inputs tried, outcomes, peak memory, slowest input and the
    reproducers written to ``out``."""
    import tempfile

    report: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="radiocheck-adversarial-") as tmp:
        for cls in classes:
            rng = random.Random(f"{seed}-{cls}")
            cases, tally = CLASSES[cls](rng), Tally()
            deadline = time.monotonic() + seconds / len(classes)
            while time.monotonic() < deadline and not (max_inputs and tally.tried >= max_inputs):
                result = run_case(next(cases), Path(tmp) / "case", Path(tmp), timeout)
                tally.tried += 1
                tally.outcomes[result.outcome] += 1
                tally.peak_kb = max(tally.peak_kb, result.peak_kb)
                tally.slowest = max(tally.slowest, result.seconds)
                if result.outcome != "ok":
                    tally.reproducers.append(save(result, tally.tried, out))
            report[cls] = {
                "tried": tally.tried,
                "outcomes": dict(sorted(tally.outcomes.items())),
                "peak_mb": round(tally.peak_kb / 1024, 1),
                "slowest_seconds": round(tally.slowest, 2),
                "reproducers": tally.reproducers,
            }
    return report
