"""``radiocheck convert RECORDING [-o OUT]``: a recognised transcript as a ``.radio`` file.

The recording is read with its sidecar (``NAME.radio`` beside it, or ``--header``)
and written as one ``.radio`` file: the sidecar's header and narration, and the cues
as utterances with clock times and speakers, the recogniser's doubts in comments.
A person corrects that file and checks it again. Exit codes: 0 written (warnings go
to stderr), 2 the recording could not be read or has errors (nothing is written, so
a bad conversion never looks like a good one).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from checker.commands._common import Exit, add_debug, add_reading

INPUT_FORMATS = ("vtt", "srt", "json", "whisper", "whisperx", "rttm")


def add_parser(subparsers: Any) -> None:
    """Register ``convert`` and its options."""
    p = subparsers.add_parser(
        "convert",
        help="write a recording's transcript (.vtt, .srt, .json, .rttm) as a .radio file",
        description="Read a recogniser's output with its sidecar NAME.radio and write the "
        "merged transcript as a .radio file a person can correct and check again.",
    )
    p.add_argument("recording", metavar="RECORDING", help="a .vtt, .srt, .json or .rttm file")
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT (default: stdout)")
    p.add_argument("--input-format", choices=INPUT_FORMATS, help="override detection")
    p.add_argument("--header", metavar="FILE", help="the sidecar (default: NAME.radio beside it)")
    add_reading(p)
    add_debug(p)


def run(args: argparse.Namespace) -> int:
    """Convert one recording; InputError propagates to the CLI, which prints it (exit 2)."""
    from checker.api import find_sidecar, read_recording, to_radio
    from checker.diagnostics import InputError, format_diagnostic, has_errors, make
    from checker.resources import write_atomic

    recording = Path(args.recording)
    sidecar = Path(args.header) if args.header else find_sidecar(recording)
    beside = recording.with_suffix(".radio")
    if args.output and Path(args.output).resolve() in {
        p.resolve() for p in (sidecar, beside) if p is not None
    }:
        raise InputError(
            [
                make(
                    "RC130",
                    f"{args.output} is the recording's sidecar; converting would "
                    "overwrite it, or make the result the sidecar of the recording it came from",
                    path=args.output,
                    hint="write the converted transcript to another name, "
                    f"such as {recording.stem}-corrected.radio",
                )
            ]
        )
    t = read_recording(
        recording,
        input_format=args.input_format,
        header=args.header,
        encoding=args.encoding,
        max_bytes=args.max_file_size,
    )
    for d in t.diagnostics:
        print(format_diagnostic(d), file=sys.stderr)
    if has_errors(t.diagnostics):
        return Exit.INPUT
    text = to_radio(t)
    if args.output:
        try:
            write_atomic(args.output, text)
        except OSError as exc:
            raise InputError(
                [make("RC001", f"cannot write the file ({exc.strerror})", path=args.output)]
            ) from None
    else:
        sys.stdout.write(text)
    return Exit.OK
