"""Memory: bytes per utterance in a check, and peak RSS over folders of many files.

Run as ``python benchmarks/bench_memory.py [--files 1000 10000] [--utterances 400 1600]``.

* ``per_utterance``: tracemalloc over :func:`checker.api.check` of one transcript of N
  utterances, for two values of N; the difference of the peaks (and of what the report
  keeps) divided by the difference of N, so that start-up and caches cancel out.
* ``onefile``: what the report of one long file (:mod:`onefile`, varied real phrasing)
  keeps per utterance: tracemalloc's traced size freed by deleting the report, the
  transcript read before tracing; and the traced peak of the check (issue 19's
  'memory kept per utterance', target 2 KiB).
* ``folder``: N small transcripts written to a temporary folder, then
  ``radiocheck check --format jsonl FOLDER`` and ``radiocheck test --jobs 1 FOLDER``
  each run in a fresh process with output to ``/dev/null``; each reports its own peak
  RSS (``VmHWM``). Flat memory means the 10,000-file peak is close to the 1,000-file
  peak. ``check --format json`` (one array, so every report is kept) is measured too,
  for comparison, up to 2,000 files.

It prints one JSON object with the figures and the machine (cores, Python).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import onefile  # noqa: E402
from synthetic import transcript  # noqa: E402


def per_utterance(counts: tuple[int, int]) -> dict[str, float]:
    from checker.api import check
    from checker.transcript.reader import read_text

    check(read_text(transcript(8)))  # grammars, lexicon, rule sets: loaded once
    peaks, kept = [], []
    for n in counts:
        text = transcript(n)
        gc.collect()
        tracemalloc.start()
        report = check(read_text(text))
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert report.checked and len(report.events) == n + 1
        peaks.append(peak)
        kept.append(current)
        del report
    span = counts[1] - counts[0]
    return {
        "utterances": list(counts),  # type: ignore[dict-item]
        "peak_bytes_per_utterance": round((peaks[1] - peaks[0]) / span),
        "kept_bytes_per_utterance": round((kept[1] - kept[0]) / span),
    }


def report_kept(n: int) -> dict[str, float]:
    """Bytes the report of one ``n``-utterance :mod:`onefile` transcript keeps per
    utterance, and the traced peak of its check (MiB)."""
    from checker.api import check
    from checker.transcript.reader import read_text

    check(read_text(onefile.transcript(20)))  # grammars, lexicon, rule sets: loaded once
    t = read_text(onefile.transcript(n))
    gc.collect()
    tracemalloc.start()
    report = check(t)
    with_report, peak = tracemalloc.get_traced_memory()
    del report
    gc.collect()
    freed = with_report - tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return {
        "utterances": n,
        "report_bytes_per_utterance": round(freed / n),
        "traced_peak_mb": round(peak / 2**20, 1),
    }


def write_folder(folder: Path, files: int) -> None:
    for i in range(files):
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"t{i:05d}.radio").write_text(transcript(4, seed=i), encoding="utf-8")


#: Runs the CLI, then writes its own peak RSS (``VmHWM``, which starts afresh with the
#: new process image) to the file named first. ``ru_maxrss`` from ``wait4`` would not
#: do: Linux carries the parent's peak over a fork and exec into the child's.
CHILD = """
import sys
from checker.cli import main
code = main(sys.argv[2:])
with open("/proc/self/status") as status, open(sys.argv[1], "w") as out:
    out.write(next(line.split()[1] for line in status if line.startswith("VmHWM")))
sys.exit(code)
"""


def peak_rss(argv: list[str]) -> dict[str, float]:
    """Run ``radiocheck ARGV`` in a fresh process: exit code, peak RSS (MB), seconds."""
    start = time.monotonic()
    with tempfile.NamedTemporaryFile("r", suffix=".hwm") as hwm, open(os.devnull, "wb") as null:
        code = subprocess.call(
            [sys.executable, "-c", CHILD, hwm.name, *argv], stdout=null, stderr=null, cwd=ROOT
        )
        kb = int(hwm.read() or 0)
    return {
        "exit": code,
        "peak_rss_mb": round(kb / 1024, 1),
        "seconds": round(time.monotonic() - start, 1),
    }


def folders(sizes: list[int]) -> dict[str, dict[str, dict[str, float]]]:
    out: dict[str, dict[str, dict[str, float]]] = {}
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="radiocheck-mem-") as tmp:
            write_folder(Path(tmp), n)
            out[str(n)] = {
                "check_jsonl": peak_rss(["check", "--format", "jsonl", tmp]),
                "test_jobs1": peak_rss(["test", "--jobs", "1", "--format", "jsonl", tmp]),
            }
            if n <= 2000:  # every report kept: about 75 KB a file
                out[str(n)]["check_json"] = peak_rss(["check", "--format", "json", tmp])
        print(f"{n} files: {out[str(n)]}", file=sys.stderr)
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--files", type=int, nargs="+", default=[1000, 10000])
    p.add_argument("--utterances", type=int, nargs=2, default=[400, 1600])
    p.add_argument("--onefile", type=int, default=16000, help="utterances of the long file")
    args = p.parse_args()
    result = {
        "machine": {"cores": os.cpu_count(), "python": platform.python_version()},
        "per_utterance": per_utterance((args.utterances[0], args.utterances[1])),
        "onefile": report_kept(args.onefile),
        "folders": folders(args.files),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
