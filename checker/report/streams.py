"""Standard output and error as the CLI writes them: no line begins with a CI command.

CI runners read workflow commands from a job's log: GitHub Actions takes any line that
begins with ``::`` (after trimming leading blanks) as a command, and ``##[`` and
``##vso[`` are the older and the Azure forms. A title ``::stop-commands::TOKEN``
printed at the start of a line of the text report, or an echoed source line on
stderr, would silence every later annotation of the job. Only ``--format github`` may
write commands, so everything else the CLI prints goes through :class:`LineGuard`:
a line whose first characters (after blanks and colour codes) would be read as a
command gets a fixed ``\\`` in front (in place of its first blank when it has one, so
columns stay where they were; in Markdown ``\\:`` shows as ``:``). stderr, plain text
for people only, also has every control character made visible (:func:`visible`).

A reader that closes the pipe early (``| head``) ends nothing: the rest of the output
is dropped quietly and the command exits as it would have.

The guard sees whole lines: the start of a line that might still become a command is
held back until the rest arrives, and a chunk without ``::`` or ``##`` passes through
without being split.
"""

from __future__ import annotations

import os
import re
from typing import Any, TextIO

from checker.diagnostics import visible

#: Line beginnings a CI runner reads as a command.
MARKERS = ("::", "##[", "##vso[")
#: Blanks and colour codes before a line's first character, which a runner may skip.
_LEAD = re.compile(r"(?:[ \t\f\v]|\x1b\[[0-9;]*m)*")
#: The fixed prefix of a defused line.
PREFIX = "\\"


def _verdict(start: str, complete: bool) -> bool | None:
    """Whether a line beginning ``start`` must be defused; ``None``: not known yet."""
    lead = _LEAD.match(start)
    rest = start[lead.end() :] if lead else start
    if rest.startswith(MARKERS):
        return True
    if complete:
        return False
    if not rest or rest.startswith("\x1b") or any(m.startswith(rest) for m in MARKERS):
        return None
    return False


def defuse(line: str) -> str:
    """``line`` with the fixed prefix, in place of a leading blank when there is one."""
    return PREFIX + (line[1:] if line[:1] in (" ", "\t") else line)


class LineGuard:
    """A text stream that writes to ``stream`` with no line starting a CI command.

    ``neutralise`` also makes control, bidirectional and zero-width characters visible
    (for stderr, which carries no escape sequences of radiocheck's own)."""

    def __init__(self, stream: TextIO, *, neutralise: bool = False, guard: bool = True) -> None:
        self._stream = stream
        self._neutralise = neutralise
        self._guard = guard
        self.closed_by_reader = False  # the reader went away (``| head``)
        self._pending = ""  # the beginning of a line, not yet known to be safe
        self._at_start = True  # the next character begins a line

    def write(self, text: str) -> int:
        """Write ``text``, defusing any line that begins with a command marker."""
        size = len(text)
        if self._neutralise:
            text = visible(text, "\n\t")
        data = self._pending + text
        at_start = self._at_start or bool(self._pending)
        self._pending = ""
        if not data:
            return size
        if not self._guard:
            self._send(data)
            return size
        if "::" in data or "##" in data:
            data = self._defuse_all(data, at_start)
        cut = data.rfind("\n") + 1
        tail = data[cut:]
        if (cut or at_start) and _verdict(tail, complete=False) is None:
            self._pending, data = tail, data[:cut]
        if data:
            self._send(data)
            self._at_start = data.endswith("\n")
        return size

    def _send(self, data: str) -> None:
        if self.closed_by_reader:
            return
        try:
            self._stream.write(data)
        except BrokenPipeError:
            self._reader_left()

    def _reader_left(self) -> None:
        """The reader closed the pipe (``radiocheck rules | head -1``): the rest of the
        output goes nowhere, quietly, and the command ends with the exit code it would
        have had. The stream's descriptor is pointed at the null device, as the Python
        docs on SIGPIPE recommend, so that the interpreter's last flush cannot fail."""
        self.closed_by_reader = True
        try:
            fd = self._stream.fileno()
        except (OSError, ValueError):  # not a real file (a test's capture)
            return
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)

    @staticmethod
    def _defuse_all(data: str, at_start: bool) -> str:
        lines = data.split("\n")
        for i, line in enumerate(lines):
            if (i or at_start) and _verdict(line, complete=i < len(lines) - 1):
                lines[i] = defuse(line)
        return "\n".join(lines)

    def writelines(self, lines: Any) -> None:
        """Write each of ``lines``."""
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        """Write what is held back (a prompt waits for an answer) and flush."""
        if self._pending:
            pending, self._pending = self._pending, ""
            self._send(pending)
            self._at_start = False
        if self.closed_by_reader:
            return
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._reader_left()

    def __getattr__(self, name: str) -> Any:
        """Everything else (``isatty``, ``fileno``, ``encoding``) is the stream's."""
        return getattr(self._stream, name)
