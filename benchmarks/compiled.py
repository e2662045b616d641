"""The optional compiled build (mypyc, ``make wheel-compiled``) measured beside the pure one.

``python benchmarks/run.py --compiled`` builds the wheel from the committed tree
(``scripts/build_compiled.py``), and with its unpacked folder first on ``PYTHONPATH``
measures classification alone (the same :func:`run.in_process`, in a child process)
and ``check DIR --format jsonl`` on one core on the middle corpus.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "scripts"))

from build_compiled import build_site  # noqa: E402

__all__ = ["build_site", "measure"]

#: In the child: the benchmark's helpers, but the compiled ``checker`` (PYTHONPATH)
#: before the checkout that run.py puts first on sys.path.
_CHILD = """
import json, sys
from pathlib import Path
sys.path.insert(0, {here!r})
import run
while {root!r} in sys.path:  # (run.py and bench_onefile.py each put it first)
    sys.path.remove({root!r})
import checker.phraseology.text as text
assert not text.__file__.endswith(".py"), text.__file__
print(json.dumps(run.in_process(Path({folder!r}), {repeats})))
"""


def measure(
    site: Path, folder: Path, utterances: int, repeats: int, env: dict[str, str]
) -> dict[str, Any]:
    """Classification alone and a one-core check of ``folder`` with the compiled build."""
    child_env = {**env, "PYTHONPATH": str(site)}
    code = _CHILD.format(here=str(HERE), root=str(ROOT), folder=str(folder), repeats=repeats)
    done = subprocess.run(
        [sys.executable, "-P", "-c", code],
        env=child_env,
        capture_output=True,
        text=True,
        check=True,
    )
    classify = json.loads(done.stdout)
    cmd = [sys.executable, "-P", "-m", "checker.cli", "check", str(folder), "--format", "jsonl"]
    start = time.perf_counter()
    subprocess.run([*cmd, "--exit-zero"], env=child_env, stdout=subprocess.DEVNULL, check=True)
    seconds = time.perf_counter() - start
    return {
        "classify": classify,
        "check_jsonl": {
            "seconds": round(seconds, 3),
            "utterances_per_second": round(utterances / seconds),
        },
    }
