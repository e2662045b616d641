"""Build the optional wheel with radiocheck's hot paths compiled by mypyc.

``python scripts/build_compiled.py [--out DIR] [--working-tree]`` builds it from a copy
of the committed tree (or, with ``--working-tree``, of the files as they are now, as
the tests do), never in the checkout itself: hatch-mypyc compiles in place, and a
compiled module left beside its ``.py`` would shadow every later edit of it. It prints
the wheel's path and unpacks it in ``DIR/compiled/site`` (what the tests and
``benchmarks/run.py --compiled`` put on ``PYTHONPATH``). Needs a C compiler. The
modules compiled are listed in ``pyproject.toml``
(``[tool.hatch.build.targets.wheel.hooks.mypyc]``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_site(out: Path, *, committed: bool = True) -> Path:
    """Build the compiled wheel in ``out/compiled`` and unpack it; the folder to put on
    PYTHONPATH. ``committed``: from HEAD (a figure names a commit); else from the
    working tree, uncommitted changes included (the tests test what is there)."""
    work = out / "compiled"
    shutil.rmtree(work, ignore_errors=True)
    tree, site = work / "tree", work / "site"
    tree.mkdir(parents=True)
    if committed:
        archive = subprocess.run(
            ["git", "archive", "--format=tar", "HEAD"], cwd=ROOT, capture_output=True, check=True
        ).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
    else:
        _copy_working_tree(tree)
    env = {**os.environ, "HATCH_BUILD_HOOK_ENABLE_MYPYC": "true"}
    pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work), str(tree)]
    build = subprocess.run(pip, env=env, capture_output=True, text=True, check=False)
    if build.returncode != 0:
        raise RuntimeError(
            f"the compiled build failed:\n{build.stdout[-3000:]}{build.stderr[-3000:]}"
        )
    with zipfile.ZipFile(wheel_of(out)) as z:
        z.extractall(site)
    return site


def wheel_of(out: Path) -> Path:
    """The compiled wheel that :func:`build_site` made in ``out``."""
    return next((out / "compiled").glob("radiocheck-*-cp3*.whl"))


def _copy_working_tree(dest: Path) -> None:
    """The tracked and untracked-but-not-ignored files of the checkout, as they are now
    (hatch-mypyc compiles in place: never in the checkout itself)."""
    files = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    for name in files:
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "build", help="default: build/")
    ap.add_argument("--working-tree", action="store_true", help="uncommitted changes too")
    args = ap.parse_args()
    build_site(args.out, committed=not args.working_tree)
    print(wheel_of(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
