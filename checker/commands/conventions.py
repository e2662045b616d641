"""The conventions a command line of the Python ecosystem is expected to follow.

``checker.cli`` builds the parser; this module adds what users of ruff, git and pip
take for granted, kept apart so that ``cli.py`` stays a map of the commands:

* a mistyped command or choice gets a did-you-mean (:func:`did_you_mean`);
* every subcommand's ``--help`` ends with examples (:data:`EXAMPLES`,
  :func:`add_examples`), kept here in one place so they are reviewed together;
* ``check -`` reads the transcript from standard input (:func:`read_stdin`);
* ``check -o FILE`` writes the report atomically (:func:`captured`).
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import re
import sys
from collections.abc import Iterator
from typing import Any

#: The path shown for a transcript read from standard input (diagnostics, reports).
STDIN_PATH = "<stdin>"

#: Examples printed at the end of each subcommand's ``--help``.
EXAMPLES: dict[str, str] = {
    "check": """\
examples:
  radiocheck check incident.radio
  radiocheck check transcripts/ --all            # also satisfied and not-applicable
  radiocheck check FILE.radio --format table     # the rich tables, for a wide terminal
  radiocheck check FILE.radio --format sarif -o report.sarif
  cat FILE.radio | radiocheck check -            # read standard input
  radiocheck check FILE.radio --warnings-as-errors --fail-on warning   # strict CI""",
    "schema": """\
examples:
  radiocheck schema report > report.schema.json
  radiocheck schema rules""",
    "classify": """\
examples:
  radiocheck classify "What are your intentions with the dinghy?"
  cut -d: -f2- utterances.txt | radiocheck classify - --format json""",
    "test": """\
examples:
  radiocheck test transcripts/
  radiocheck test FILE.radio --format junit -o results.xml""",
    "convert": """\
examples:
  radiocheck convert recording.vtt -o recording.radio""",
    "rules": """\
examples:
  radiocheck rules
  radiocheck rules --explain CH03
  radiocheck rules uk-fr-channel --format json""",
    "review": """\
examples:
  radiocheck review incident.radio
  radiocheck review FILE.radio -o review.html""",
    "explain": """\
examples:
  radiocheck explain incident.radio CH04
  radiocheck explain FILE.radio CH03 --party UK""",
    "diff": """\
examples:
  radiocheck diff FILE.radio --base sar --with uk-fr-channel
  radiocheck diff FILE.radio --override "48 act=answer.negative" --format json""",
    "completion": """\
examples:
  radiocheck completion bash > ~/.local/share/bash-completion/completions/radiocheck
  radiocheck completion zsh > ~/.zfunc/_radiocheck
  radiocheck completion fish > ~/.config/fish/completions/radiocheck.fish""",
}


#: The help of options that several commands share, for a command that gave none
#: (the shared options of :mod:`checker.commands._common` bring their own).
SHARED_HELP = {
    "--format": "output format (default: %(default)s)",
}


def add_examples(sub: argparse._SubParsersAction[Any]) -> None:
    """Give each subcommand's help its examples, laid out as written, and the shared
    help of a common option that has none (every option has help: a test walks them)."""
    for name, parser in sub.choices.items():
        if name in EXAMPLES and not parser.epilog:
            parser.epilog = EXAMPLES[name]
            parser.formatter_class = argparse.RawDescriptionHelpFormatter
        for action in parser._actions:
            for flag in action.option_strings:
                if action.help is None and flag in SHARED_HELP:
                    action.help = SHARED_HELP[flag]


_INVALID = re.compile(r"invalid choice: '([^']*)'")


def did_you_mean(parser: argparse.ArgumentParser, message: str) -> str:
    """``message`` with "did you mean 'check'?" when it rejects a near miss of a choice
    (a command, a ``--format``); unchanged otherwise."""
    found = _INVALID.search(message)
    if not found:
        return message
    wrong = found.group(1)
    for action in parser._actions:
        if action.choices is None:
            continue
        choices = [str(c) for c in action.choices]
        close = difflib.get_close_matches(wrong, choices, n=1)
        if close and f"invalid choice: '{wrong}'" in message:
            return f"{message}\ndid you mean '{close[0]}'?"
    return message


def read_stdin(max_bytes: int, encoding: str | None) -> str:
    """The transcript on standard input, decoded, within ``--max-file-size``.

    Read once, by the parent process, before any ``--jobs`` worker starts (a worker
    has no standard input); too large a text is refused as a file would be."""
    from checker.api import decode
    from checker.diagnostics import InputError, make

    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # a text stream put in place of stdin (an embedding, a test)
        text: str = sys.stdin.read(max_bytes + 1)
        data = text.encode("utf-8")
    else:
        data = raw.read(max_bytes + 1)
    if len(data) > max_bytes:
        said = f"standard input is over the limit of {max_bytes:,} bytes"
        hint = "raise the limit with --max-file-size"
        raise InputError([make("RC005", said, path=STDIN_PATH, hint=hint)])
    return decode(data, STDIN_PATH, encoding)


@contextlib.contextmanager
def captured(output: str | None) -> Iterator[None]:
    """Send what the block prints to ``output`` (written atomically, all or nothing:
    an interrupted run leaves the previous file) or, with ``None``, to stdout."""
    if output is None:
        yield
        return
    from checker.resources import write_atomic

    buffer = io.StringIO()
    saved = sys.stdout
    sys.stdout = buffer
    try:
        yield
    finally:
        sys.stdout = saved
    write_atomic(output, buffer.getvalue())
