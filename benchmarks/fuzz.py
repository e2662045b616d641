"""Mutation fuzzer: radiocheck must answer every input with a report or a diagnostic.

Run as ``python benchmarks/fuzz.py --seconds N [--target T ...] [--seed S]``. Each
target takes the valid inputs of the corpus (``transcripts/``, the shipped rule sets),
mutates them (characters and lines deleted, duplicated, swapped; truncation; huge
numbers; odd bytes; deep JSON nesting; random bytes) and runs the real CLI in this
process (``checker.cli.main``) with stdout and stderr captured. Exit 0 or 1 (a report)
and 2 (a clean diagnostic) are fine; exit 3 (an internal error), an exception escaping
``main``, an utterance the classifier could not classify because of an exception of
its own (``masked``: it says ``internal error`` in the report instead of failing), or
an input taking longer than ``--timeout`` seconds is a failure, and the input is
written to ``--out`` (default ``fuzz-crashes/``) with the message.

Targets: ``radio`` (the transcript reader and grammar, and the whole pipeline after
it), ``classify`` (one utterance of arbitrary text), ``vtt``, ``srt``, ``whisper``,
``rttm`` (each recording format with its sidecar), ``ruleset`` (the rule-set loader),
``track`` (AIS positions given with ``--track``).
The time is shared equally among the targets chosen. It prints one JSON object: per
target the inputs tried and the count of each outcome; the exit status is 1 when any
input failed.

``--hardening SECONDS`` adds the adversarial classes of issue 16 (``adversarial.py``:
special files, control and bidi characters, repetition, deep nesting, concurrent
writers), each input in a child process bounded in time and memory, with peak memory
and a folder of reproducers (under ``--out``) for every crash, hang, escape or torn
file; ``--hardening-class`` picks classes (default all). ``--seconds 0 --hardening N``
runs them alone.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import adversarial  # noqa: E402
from checker.cli import main  # noqa: E402

CORPUS = ROOT / "transcripts"
RULESETS = ROOT / "checker" / "ruleset" / "data"
TARGETS = ("radio", "classify", "vtt", "srt", "whisper", "rttm", "ruleset", "track")
#: Fragments worth splicing in: the format's own syntax, numbers at the edges of
#: what the readers accept, and characters that split or join lines.
TOKENS: tuple[bytes, ...] = (
    b"@date: ",
    b"@station X: vessel ",
    b"@rules: ",
    b"@expect ",
    b"@zone Z: srr party=UK ",
    b"@port P: party=FR",
    b" -> ",
    b": ",
    b"* ",
    b" # ",
    b'# radiocheck: ignore[CH01] reason="x"',
    b'# radiocheck: act=ack reason="x"',
    b'aka="',
    b"persons=~",
    b'"',
    b"\\",
    b"\t",
    b"\r",
    b"\r\n",
    b"\n",
    b"\n   ",
    b"\x00",
    b"\xff",
    b"\xef\xbb\xbf",
    b"\xc3",
    b"\xe2\x80\xa8",
    b"\xcc\x81",
    b"\xf0\x9f\x9b\xb3",
    b"0",
    b"-1",
    b"99",
    b"59",
    b"60",
    b"24:00",
    b"23:59:60",
    b"00:00:00.000",
    b"9" * 40,
    b"1e999",
    b"-1e309",
    b"nan",
    b"inf",
    b"1.7976931348623157e309",
    b"90",
    b"180",
    b"-",
    b"-->",
    b" --> ",
    b"<v ",
    b"</v>",
    b"[",
    b"]",
    b"{",
    b"}",
    b"null",
    b"true",
    b"[]",
    b"{}",
    b"=",
    b",",
    b"'",
    "\u00b0".encode(),
    b"nm inside French waters",
    b"MAYDAY MAYDAY MAYDAY",
    b"this is ",
    b"over",
    b"SPEAKER_00",
    b"<NA>",
)
#: Numbers that stress conversion: far outside any time, count or coordinate.
HUGE = (
    b"9" * 400,
    b"9" * 5000,
    b"1" + b"0" * 30,
    b"-" + b"9" * 30,
    b"1e308",
    b"1e-400",
    b"0x1f",
    b"1_000",
)


@dataclass
class Case:
    """One input: the files to write (name → bytes) and the CLI arguments, where
    ``@/NAME`` stands for the file NAME in the folder the case is written to."""

    files: dict[str, bytes]
    args: list[str]

    def argv(self, folder: Path) -> list[str]:
        return [str(folder / a[2:]) if a.startswith("@/") else a for a in self.args]


@dataclass
class Tally:
    """What one target did."""

    tried: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    slowest: float = 0.0
    failures: list[str] = field(default_factory=list)


# --- mutation ------------------------------------------------------------------


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One random edit of ``data`` (one of a dozen kinds)."""
    op = rng.randrange(13)
    n = len(data)
    if n == 0:
        return rng.choice(TOKENS)
    i = rng.randrange(n)
    if op == 0:  # delete a run of characters
        return data[:i] + data[i + rng.randint(1, 8) :]
    if op == 1:  # duplicate a run
        j = min(n, i + rng.randint(1, 16))
        return data[:j] + data[i:j] + data[j:]
    if op == 2:  # swap two characters
        j = rng.randrange(n)
        b = bytearray(data)
        b[i], b[j] = b[j], b[i]
        return bytes(b)
    if op == 3:  # insert a token
        return data[:i] + rng.choice(TOKENS) + data[i:]
    if op == 4:  # flip a byte
        b = bytearray(data)
        b[i] = rng.randrange(256)
        return bytes(b)
    if op == 5:  # truncate
        return data[:i]
    if op == 6:  # replace a number with a huge one
        digits = [k for k in range(n) if 48 <= data[k] <= 57]
        if not digits:
            return data + rng.choice(HUGE)
        k = rng.choice(digits)
        end = k
        while end < n and 48 <= data[end] <= 57:
            end += 1
        return data[:k] + rng.choice(HUGE) + data[end:]
    lines = _lines(data)
    a, b2 = rng.randrange(len(lines)), rng.randrange(len(lines))
    if op == 7:  # delete a line
        del lines[a]
    elif op == 8:  # duplicate a line
        lines.insert(b2, lines[a])
    elif op == 9:  # swap two lines
        lines[a], lines[b2] = lines[b2], lines[a]
    elif op == 10:  # indent a line (a continuation) or unindent it
        lines[a] = lines[a][1:] if lines[a][:1] in (b" ", b"\t") else b"   " + lines[a]
    elif op == 11:  # replace a character with a Unicode one
        return data[:i] + rng.choice(TOKENS[20:28]) + data[i + 1 :]
    else:  # random bytes
        return data[:i] + rng.randbytes(rng.randint(1, 32)) + data[i:]
    return b"\n".join(lines)


def mutated(seed: bytes, rng: random.Random) -> bytes:
    """``seed`` after one to eight edits."""
    data = seed
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 5, 8))):
        data = mutate(data, rng)
    return data


def deep_json(rng: random.Random) -> bytes:
    """JSON nested far deeper than any recogniser writes (objects and arrays)."""
    depth = rng.choice((100, 1000, 5000, 50_000))
    opener, closer = (b"[", b"]") if rng.random() < 0.5 else (b'{"segments":', b"}")
    return b'{"segments": ' + opener * depth + b"1" + closer * depth + b"}"


# --- targets -------------------------------------------------------------------


def _seeds(pattern: str, root: Path = CORPUS) -> list[Path]:
    return sorted(root.rglob(pattern))


def radio_cases(rng: random.Random) -> Iterator[Case]:
    """Mutated corpus transcripts (sidecars of recordings included), and random bytes."""
    seeds = [p.read_bytes() for p in _seeds("*.radio")]
    while True:
        data = rng.randbytes(rng.randint(0, 256)) if rng.random() < 0.05 else None
        if data is None:
            data = mutated(rng.choice(seeds), rng)
            if rng.random() < 0.1:  # splice two transcripts
                other = rng.choice(seeds)
                data = data[: rng.randrange(len(data) + 1)] + other[rng.randrange(len(other)) :]
        yield Case({"case.radio": data}, ["check", "@/case.radio", "--format", "json"])


def classify_cases(rng: random.Random) -> Iterator[Case]:
    """Utterance texts of the corpus, mutated; arbitrary Unicode text."""
    texts: list[bytes] = []
    for p in _seeds("*.radio"):
        for line in p.read_bytes().split(b"\n"):
            if b": " in line and not line.startswith((b"@", b"#", b"*")):
                texts.append(line.split(b": ", 1)[1])
    for tsv in sorted((ROOT / "tests" / "data").glob("*.tsv")):
        texts += [row.split(b"\t")[0] for row in tsv.read_bytes().splitlines()[1:] if row]
    while True:
        if rng.random() < 0.1:
            text = "".join(chr(rng.randrange(1, 0x3000)) for _ in range(rng.randint(0, 80)))
        else:
            text = mutated(rng.choice(texts), rng).decode("utf-8", errors="replace")
        text = text.replace("\x00", "")  # argv cannot hold NUL
        yield Case({}, ["classify", "--format", "json", "--", text])


def recording_cases(suffix: str, stems: list[str]) -> Callable[[random.Random], Iterator[Case]]:
    """Mutate a recording, or its sidecar, or (RTTM) its text."""

    def cases(rng: random.Random) -> Iterator[Case]:
        groups = []
        for stem in stems:
            files = {p.suffix: p.read_bytes() for p in sorted(CORPUS.glob(f"asr/{stem}.*"))}
            groups.append((stem, files))
        while True:
            stem, chosen = rng.choice(groups)
            files = dict(chosen)
            victim = suffix if rng.random() < 0.8 else rng.choice(sorted(files))
            if suffix == ".json" and victim == suffix and rng.random() < 0.05:
                files[victim] = deep_json(rng)
            elif rng.random() < 0.03:
                files[victim] = rng.randbytes(rng.randint(0, 512))
            else:
                files[victim] = mutated(files[victim], rng)
            if rng.random() < 0.05:  # no sidecar
                files.pop(".radio", None)
            named = {f"{stem}{s}": data for s, data in files.items()}
            yield Case(named, ["check", f"@/{stem}{suffix}", "--format", "json"])

    return cases


def ruleset_cases(rng: random.Random) -> Iterator[Case]:
    """Mutated shipped rule sets (under a new id, so they load from the file)."""
    seeds = [p.read_bytes() for p in sorted(RULESETS.glob("*.toml"))]
    zones = {f"zones/{p.name}": p.read_bytes() for p in sorted(RULESETS.glob("zones/*.geojson"))}
    transcript = (CORPUS / "channel" / "ranger-2025.radio").read_bytes()
    while True:
        files = {"case.radio": transcript, **zones}
        if rng.random() < 0.2:  # the zone geometry instead of the TOML
            name = rng.choice(sorted(zones))
            files[name] = mutated(files[name], rng)
            data = seeds[-1]
        else:
            data = mutated(rng.choice(seeds), rng)
        if rng.random() < 0.05:
            data = b"[ruleset]\nid='x'\ntitle='x'\nversion='1'\n" + b"[a." * 5000 + b"b]\n"
        files["rules.toml"] = data
        args = ["check", "@/case.radio", "--rules", "@/rules.toml", "--format", "json"]
        yield Case(files, args)


AIS = (
    b"MMSI,BaseDateTime,LAT,LON,SOG,COG,VesselName\n"
    b"235000001,2025-04-29T05:41:00,50.95,1.60,8.1,270.0,RANGER\n"
    b"235000001,2025-04-29T05:40:00,50.95,1.62,8.0,271.0,RANGER\n"
    b"227000002,1745905230,50.96,1.58,2.0,90.0,FRENCH NAVY\n",
    b"# Timestamp;Type of mobile;MMSI;Latitude;Longitude\n"
    b"29/04/2025 05:40:00;Class A;235000001;50.95;1.62\n",
)


def track_cases(rng: random.Random) -> Iterator[Case]:
    """Mutated AIS tracks (``--track``) beside the recognised Ranger case."""
    files = {p.suffix: p.read_bytes() for p in sorted(CORPUS.glob("asr/ranger-vtt.*"))}
    while True:
        named = {f"rec{s}": data for s, data in files.items()}
        named["ais.csv"] = mutated(rng.choice(AIS), rng)
        yield Case(named, ["check", "@/rec.vtt", "--track", "@/ais.csv", "--format", "json"])


GENERATORS: dict[str, Callable[[random.Random], Iterator[Case]]] = {
    "radio": radio_cases,
    "classify": classify_cases,
    "vtt": recording_cases(".vtt", ["ranger-vtt"]),
    "srt": recording_cases(".srt", ["ranger-srt"]),
    "whisper": recording_cases(".json", ["ranger-whisper", "ranger-whisperx"]),
    "rttm": recording_cases(".rttm", ["ranger-rttm"]),
    "ruleset": ruleset_cases,
    "track": track_cases,
}


# --- running -------------------------------------------------------------------


#: What the classifier writes in place of acts when it caught an exception of its own.
MASKED = '"reason": "internal error: '


class Timeout(Exception):
    """An input ran longer than ``--timeout``."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Timeout


def run_case(case: Case, folder: Path, timeout: float) -> tuple[str, str]:
    """Write the case's files, run the CLI; return (outcome, stderr)."""
    for name, data in case.files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(case.argv(folder))
        outcome = str(code)
        if MASKED in out.getvalue():  # the classifier turned its own exception into a word
            outcome = "masked"
            err.write(out.getvalue())
    except Timeout:
        outcome = "timeout"
    except BaseException:  # anything escaping main is a bug, whatever it is
        outcome = "escaped"
        err.write(traceback.format_exc())
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        for name in case.files:
            (folder / name).unlink(missing_ok=True)
    return outcome, err.getvalue()


def save(target: str, n: int, case: Case, folder: Path, outcome: str, err: str, out: Path) -> str:
    """Write a failing input (its files, argv and stderr) under ``out``."""
    where = out / f"{target}-{n:06d}-{outcome}"
    where.mkdir(parents=True, exist_ok=True)
    for name, data in case.files.items():
        (where / name).parent.mkdir(parents=True, exist_ok=True)
        (where / name).write_bytes(data)
    argv = [a.replace(str(folder), str(where)) for a in case.argv(folder)]
    (where / "argv.json").write_text(json.dumps(argv) + "\n")
    (where / "stderr.txt").write_text(err)
    return str(where)


def fuzz(
    target: str, seconds: float, seed: int, timeout: float, out: Path, max_inputs: int = 0
) -> Tally:
    """Fuzz one target for ``seconds`` (or ``max_inputs`` inputs)."""
    rng = random.Random(f"{seed}-{target}")
    tally = Tally()
    cases = GENERATORS[target](rng)
    deadline = time.monotonic() + seconds
    with tempfile.TemporaryDirectory(prefix=f"radiocheck-fuzz-{target}-") as tmp:
        folder = Path(tmp)
        while time.monotonic() < deadline and not (max_inputs and tally.tried >= max_inputs):
            case = next(cases)
            start = time.monotonic()
            outcome, err = run_case(case, folder, timeout)
            tally.slowest = max(tally.slowest, time.monotonic() - start)
            tally.tried += 1
            tally.outcomes[outcome] += 1
            if outcome not in ("0", "1", "2"):
                tally.failures.append(save(target, tally.tried, case, folder, outcome, err, out))
    return tally


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--seconds", type=float, default=60.0, help="total time (default 60)")
    p.add_argument("--target", action="append", choices=TARGETS, help="repeatable; default all")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--timeout", type=float, default=10.0, help="seconds per input (default 10)")
    p.add_argument("--max-inputs", type=int, default=0, help="stop each target after N inputs")
    p.add_argument("--out", type=Path, default=Path("fuzz-crashes"), help="failing inputs here")
    p.add_argument(
        "--hardening",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="also run the adversarial classes of issue 16 for SECONDS",
    )
    p.add_argument("--hardening-class", action="append", choices=list(adversarial.CLASSES))
    return p.parse_args(argv)


def run(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    targets = args.target or list(TARGETS)
    signal.signal(signal.SIGALRM, _alarm)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    report: dict[str, object] = {"seed": args.seed, "seconds": args.seconds, "targets": {}}
    failed = 0
    started = time.monotonic()
    for target in targets if args.seconds else []:
        tally = fuzz(
            target, args.seconds / len(targets), args.seed, args.timeout, args.out, args.max_inputs
        )
        failed += len(tally.failures)
        report["targets"][target] = {  # type: ignore[index]
            "tried": tally.tried,
            "outcomes": dict(sorted(tally.outcomes.items())),
            "slowest_seconds": round(tally.slowest, 3),
            "failures": tally.failures,
        }
        print(f"{target}: {tally.tried} inputs, {dict(tally.outcomes)}", file=sys.stderr)
    if args.hardening:
        classes = args.hardening_class or list(adversarial.CLASSES)
        hard = adversarial.run_classes(
            classes, args.hardening, args.seed, max(args.timeout, 60.0), args.out, args.max_inputs
        )
        report["hardening"] = hard
        for cls, tally in hard.items():
            failed += len(tally["reproducers"])  # type: ignore[index]
            print(f"hardening {cls}: {tally}", file=sys.stderr)
    if not args.seconds:
        targets = []
        report["targets"] = {}
    total = sum(t["tried"] for t in report["targets"].values())  # type: ignore[attr-defined]
    report["tried"] = total
    report["failures"] = failed
    report["elapsed_seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(report, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(run())
