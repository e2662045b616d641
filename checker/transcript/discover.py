"""Which transcripts a path stands for: a folder's ``*.radio`` files, each recording
(``.vtt``, ``.srt``, ``.json``, ``.rttm``) in place of its sidecar.

``check`` and ``test`` both find their files here; it is its own module so that
``check`` does not import ``test``'s result models (:mod:`checker.runner`) to do so.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from checker.diagnostics import Diagnostic, make

RECORDING_SUFFIXES = (".vtt", ".srt", ".json", ".rttm")
_SKIP_DIRS = {"node_modules", "__pycache__", "venv"}


def recording_for(radio: Path) -> Path | None:
    """The recording beside ``radio`` with the same stem, whose sidecar it then is."""
    for suffix in RECORDING_SUFFIXES:
        candidate = radio.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    return None


def _walk(folder: Path, refused: list[Path] | None = None) -> list[Path]:
    """The ``*.radio`` files under ``folder``; a symbolic link among them that leads
    out of the folder's project is not taken (it goes to ``refused``): the user named
    the folder, not what a link in it points to (issue 16)."""
    from checker.files import outside

    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIP_DIRS)
        for f in sorted(files):
            path = Path(root, f)
            if not f.endswith(".radio"):
                continue
            if path.is_symlink() and outside(path, folder) is not None:
                if refused is not None:
                    refused.append(path)
                continue
            found.append(path)
    return found


def refused_diagnostic(path: Path) -> Diagnostic:
    """What is said of a file :func:`discover` did not take."""
    return make(
        "RC206",
        "a symbolic link out of the folder's project: not read",
        path=str(path),
        hint="name the file itself to check it",
    )


def discover(paths: Iterable[str | Path], refused: list[Path] | None = None) -> list[Path]:
    """The transcripts to test under ``paths``, in a stable order, each once.

    Folders are searched for ``*.radio`` (hidden folders and virtualenvs skipped); a
    ``.radio`` that is a recording's sidecar stands for that recording. Files named
    explicitly are kept whatever their suffix, and a missing path is kept so that
    the run reports it.
    """
    out: list[Path] = []
    seen: set[Path] = set()  # not ``in out``: a list makes 10,000 files take minutes
    for p in map(Path, paths):
        found = _walk(p, refused) if p.is_dir() else [p]
        for f in found:
            target = (recording_for(f) if f.suffix == ".radio" else None) or f
            if target not in seen:
                seen.add(target)
                out.append(target)
    return out
