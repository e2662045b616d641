"""Every file radiocheck reads from its input: one resolver, one policy (issue 16).

A transcript, a rule set or a recording may name other files: ``@rules``, a rule set's
``extends``, a zone's ``geometry``, the sidecar and paired text beside a recording.
The user names more on the command line: tracks, ``--header``, baselines. Inputs come
from outside (inquiries, CI pipelines), so all of them are opened here and nowhere
else, under one policy:

* **inside the project** — a path named *by a file* must lead (symbolic links
  followed) into the project of the file that names it: the nearest folder up holding
  ``pyproject.toml`` or ``.git``, else that file's own folder. A path the user typed on
  the command line is the user's choice and is not confined. A transcript's ``@rules``
  may be let out with ``--allow-outside``; nothing else is.
* **a regular file** — FIFOs, devices, sockets and folders are refused. The check is
  made on the *opened* descriptor (``fstat``), so a path swapped between the check and
  the read cannot slip through; the file is opened non-blocking, so that opening a
  FIFO with no writer does not hang.
* **bounded** — never more than the limit plus one byte is read from anything, whatever
  ``stat`` says (``/proc`` files report a size of 0).

Diagnostics about a refused file never quote its content: the caller decides whether
a file is one whose lines may be shown (a transcript or rule set the user named).
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from checker.defaults import DEFAULT_MAX_BYTES
from checker.diagnostics import Diagnostic, InputError, make

#: The documented bound on a check's peak memory: this many times the input's size,
#: above the process's own (tests/hardening/test_hardening_inputs.py holds it).
MEMORY_MULTIPLE = 250
#: JSON nested too deeply for Python's parser is reported at the first bracket deeper
#: than this (a GeoJSON MultiPolygon needs 6 levels, a Whisper file 4).
MAX_JSON_DEPTH = 200

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class Refused(Exception):
    """A file that cannot be read under the policy: ``code`` is RC001 (missing, not a
    regular file, unreadable), RC005 (over the limit) or RC206 (outside the project)."""

    def __init__(self, code: str, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.code, self.message, self.hint = code, message, hint

    def diagnostic(self, path: str, **where: Any) -> Diagnostic:
        """This refusal as a diagnostic at ``path`` (or at ``where``, the place that
        named the file)."""
        return make(self.code, self.message, path=path, hint=self.hint, **where)


def project_root(folder: Path) -> Path:
    """The project a file in ``folder`` belongs to: the nearest folder up that holds
    ``pyproject.toml`` or ``.git``, else ``folder`` itself."""
    folder = folder.resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / "pyproject.toml").is_file() or (candidate / ".git").exists():
            return candidate
    return folder


def outside(path: Path, folder: Path) -> Path | None:
    """None when ``path`` (symbolic links followed) is inside the project of a file in
    ``folder``; else that project's root, for the message."""
    root = project_root(folder)
    return None if path.resolve().is_relative_to(root) else root


def confine(path: Path, named_by: Path | None) -> Path:
    """``path`` resolved; :class:`Refused` (RC206) when a file named it and it leads
    outside that file's project. ``named_by=None``: the user named it."""
    if named_by is not None and (root := outside(path, named_by.parent)) is not None:
        raise Refused(
            "RC206",
            f"{path.name!r}, named in {named_by.name}, is outside its project ({root})",
            hint="a file may only name files inside its own project (the nearest folder "
            "up with pyproject.toml or .git)",
        )
    return path


def read_bytes(
    path: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    named_by: Path | None = None,
    what: str = "transcript",
) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; :class:`Refused` otherwise.

    ``named_by`` is the file that named ``path`` (its project confines it; see
    :func:`confine`); ``what`` names the kind of file in messages."""
    confine(path, named_by)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise Refused("RC001", "no such file") from None
    except PermissionError:
        raise Refused("RC001", "permission denied") from None
    except IsADirectoryError:
        raise Refused("RC001", f"{path} is a directory, not a {what}") from None
    except OSError as exc:
        raise Refused("RC001", f"cannot read the file ({exc.strerror or exc})") from None
    try:  # the kind of file, on the descriptor, before Python wraps it (a folder opens
        # for reading on Linux, and os.fdopen then fails on it)
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = next((name for test, name in _KINDS if test(st.st_mode)), "not a file")
            if kind == "a directory":
                raise Refused("RC001", f"{path} is a directory, not a {what}")
            raise Refused("RC001", f"{kind}, not a regular file: only regular files are read")
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as f:
        try:
            if st.st_size > max_bytes:
                raise _too_large(st.st_size, max_bytes)
            data = f.read(min(st.st_size, max_bytes) + 1)
            while len(data) <= max_bytes:  # the file grew, or stat reported 0 (/proc)
                more = f.read(max_bytes + 1 - len(data))
                if not more:
                    break
                data += more
        except OSError as exc:
            raise Refused("RC001", f"cannot read the file ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise _too_large(None, max_bytes)
    return data


def _too_large(size: int | None, max_bytes: int) -> Refused:
    said = f"{size:,} bytes" if size is not None else "larger than that"
    return Refused(
        "RC005",
        f"file is {said}, over the limit of {max_bytes:,}",
        hint="raise the limit with --max-file-size",
    )


def read_input(
    path: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    named_by: Path | None = None,
    what: str = "transcript",
) -> bytes:
    """:func:`read_bytes`, with a refusal raised as an :class:`InputError` at ``path``."""
    try:
        return read_bytes(path, max_bytes, named_by=named_by, what=what)
    except Refused as exc:
        raise InputError([exc.diagnostic(str(path))]) from None


def read_head(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of a regular file, for sniffing its format; ``b""`` for
    anything else (the reader then says what is wrong with the path)."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:
        return b""
    with os.fdopen(fd, "rb") as f:
        try:
            return f.read(size) if stat.S_ISREG(os.fstat(fd).st_mode) else b""
        except OSError:
            return b""


def is_regular(path: Path) -> bool:
    """True for a regular file (symbolic links followed): what :func:`read_bytes` reads."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):
        return False


def loads_json(text: str) -> Any:
    """``json.loads`` for input. Two things Python's parser lets through are each a
    :class:`json.JSONDecodeError` at their place, so that every caller reports them as
    malformed JSON: nesting too deep (the parser recurses until ``RecursionError``) and
    a lone surrogate escape such as ``"\\ud800"`` (it becomes a string that is no text,
    and fails when printed or written)."""
    try:
        doc = json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text, _too_deep(text)) from None
    if _SURROGATE_ESCAPE.search(text) is not None:  # rare: only then walk the value
        bad = _lone_surrogate(doc)
        if bad is not None:
            escape = re.search(rf"\\u{ord(bad):04x}", text, re.IGNORECASE)
            msg = f"\\u{ord(bad):04x} is half of a surrogate pair, alone: not text"
            raise json.JSONDecodeError(msg, text, escape.start() if escape else 0)
    return doc


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _lone_surrogate(doc: Any) -> str | None:
    """The first lone surrogate in a string or key of ``doc`` (walked without
    recursion: the value may be deep), or None."""
    stack = [doc]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str) and (m := _SURROGATE.search(value)):
            return m[0]
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _too_deep(text: str) -> int:
    """The offset of the first bracket nested deeper than :data:`MAX_JSON_DEPTH`
    (brackets inside strings do not count); 0 if there is none. Only run on a file the
    parser has already refused."""
    depth = 0
    for m in _TOKEN.finditer(text):
        c = m[0]
        if c in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return m.start()
        elif c in "]}":
            depth -= 1
    return 0


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
