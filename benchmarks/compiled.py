"""The optional compiled build (mypyc, ``make wheel-compiled``) measured beside the pure one.

``python benchmarks/run.py --compiled`` builds the wheel from the committed tree (git
archive: hatch-mypyc compiles in place, never in the checkout), unpacks it under
``out/compiled/site`` and, with that folder first on ``PYTHONPATH``, measures
classification alone (the same :func:`run.in_process`, in a child process) and
``check DIR --format jsonl`` on one core on the middle corpus.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

#: In the child: the benchmark's helpers, but the compiled ``checker`` (PYTHONPATH)
#: before the checkout that run.py puts first on sys.path.
_CHILD = """
import json, sys
from pathlib import Path
sys.path.insert(0, {here!r})
import run
sys.path.remove({root!r})
import checker.phraseology.text as text
assert not text.__file__.endswith(".py"), text.__file__
print(json.dumps(run.in_process(Path({folder!r}), {repeats})))
"""


def build_site(out: Path) -> Path:
    """Build the compiled wheel of HEAD and unpack it; the folder to put on PYTHONPATH."""
    work = out / "compiled"
    shutil.rmtree(work, ignore_errors=True)
    tree, site = work / "tree", work / "site"
    tree.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "archive", "--format=tar", "HEAD"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(tree, filter="data")
    env = {**os.environ, "HATCH_BUILD_HOOK_ENABLE_MYPYC": "true"}
    pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work), str(tree)]
    subprocess.run(pip, env=env, check=True, capture_output=True)
    wheel = next(work.glob("radiocheck-*-cp3*.whl"))
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)
    return site


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
