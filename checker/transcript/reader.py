"""Read a ``.radio`` transcript into a :class:`Transcript`, reporting every bad line.

Each physical line is parsed on its own (see ``grammar/transcript.lark``); a line
the grammar or the value checks reject becomes a diagnostic and reading goes on, so
one run lists all the problems of a file. Every line is accounted for in
``Transcript.counts``: utterance, narration, continuation, directive, comment, blank
or invalid — nothing is dropped silently.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from lark.exceptions import UnexpectedInput

from checker.diagnostics import Diagnostic, InputError, make
from checker.transcript import directives
from checker.transcript import fields as line_fields
from checker.transcript.decode import (
    DEFAULT_MAX_BYTES,
    decode,
    empty_diagnostic,
    read_bytes,
    split_lines,
)
from checker.transcript.directives import Problem
from checker.transcript.fastpath import TIME_PATTERN
from checker.transcript.model import (
    Annotation,
    Line,
    LineCounts,
    Narration,
    Transcript,
)
from checker.transcript.parse import Located, Parsed, parse_line
from checker.transcript.syntax import syntax_diagnostic
from checker.transcript.times import (
    TimeError,
    parse_clock,
    parse_date,
    parse_offset,
    parse_stamp,
    seconds_of_day,
    to_utc,
)

MAX_LINE = 64 * 1024
MAX_COUNT_DIGITS = 6
_TIME_ATTEMPT = re.compile(r"^\[?(\d[\d:.hH]*)\]?(?=\s|$)")
_STARTS_WITH_TIME = re.compile(rf"^\[?[ \t]*{TIME_PATTERN}[ \t]*\]?(?=\s)")


def read_path(
    path: str | Path,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    data: bytes | None = None,
) -> Transcript:
    """Read a transcript file; raises :class:`InputError` when the file has no text.
    ``data``: its bytes, when the caller has read them already."""
    if data is None:
        data = read_bytes(Path(path), max_bytes)
    text = decode(data, str(path), encoding)
    return read_text(text, path=str(path), sha256=hashlib.sha256(data).hexdigest())


def read_text(text: str, *, path: str | None = None, sha256: str | None = None) -> Transcript:
    """Read transcript text; raises :class:`InputError` for an empty one."""
    shown = path or "<text>"
    if not text.strip():
        raise InputError([empty_diagnostic(shown)])
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    t = _Reader(shown, split_lines(text)).run(path, digest)
    if t.counts.comments + t.counts.blanks == t.counts.lines:  # nothing but comments
        raise InputError([empty_diagnostic(shown, "the transcript holds only comments")])
    return t


#: A time this much earlier than the last one is the next day (a log past midnight),
#: not a mistake: "23:58" then "00:03".
_NEXT_DAY = 12 * 3600


class _Reader:
    """The state of one pass over a file's lines."""

    def __init__(self, path: str, lines: list[str]) -> None:
        self.path = path
        self.source = lines
        # made, not validated: the reader fills it with values it made (a validated
        # Transcript would build its schema, one of the costliest, in every check)
        self.t = Transcript.model_construct(sha256="", source_lines=lines)
        self.diagnostics: list[Diagnostic] = []
        self.open: Line | None = None  # the utterance a continuation line may extend
        self.started = False  # an utterance or narration has been seen
        self.day: date | None = None
        self.zone: tzinfo = UTC
        self.first_utc: datetime | None = None
        self.first_sod: float | None = None
        self.last: tuple[float, int] | None = None  # ordering key and line of the last time
        self.new_day = False
        #: Declared station ids, folded to lower case, with their lines: one lookup
        #: per declaration (a scan of the earlier ones made 25,000 stations quadratic).
        self.declared: dict[str, int] = {}
        #: Each speaker and addressee name as first read: the lines (and the events, and
        #: the report) keep one instance of a name, not one a line (issue 19: memory).
        self.names: dict[str, str] = {}

    def run(self, path: str | None, sha256: str) -> Transcript:
        t = self.t
        t.path, t.sha256 = path, sha256
        counted: Counter[str] = Counter()  # made into LineCounts once: see _dispatch
        for number, raw in enumerate(self.source, 1):
            counted[self._line(number, raw)] += 1
        t.counts = LineCounts(lines=len(self.source), **counted)
        t.diagnostics = self.diagnostics
        return t

    # -- helpers
    def _diag(
        self, code: str, message: str, line: int, column: int, hint: str | None = None
    ) -> None:
        self.diagnostics.append(
            make(
                code,
                message,
                path=self.path,
                line=line,
                column=column,
                hint=hint,
                source_line=self.source[line - 1],
            )
        )

    def _line(self, number: int, raw: str) -> str:
        """Read one line; return the name of the count it adds to."""
        text = raw.rstrip()
        if not text:
            self.open = None
            return "blanks"
        if len(raw) > MAX_LINE:
            self.diagnostics.append(
                make(
                    "RC118",
                    f"line is {len(raw):,} characters, over {MAX_LINE:,}",
                    path=self.path,
                    line=number,
                    column=1,
                )
            )
            return "invalid"
        continuation = text[0] in " \t"
        if not continuation and not _STARTS_WITH_TIME.match(text):
            bad = _TIME_ATTEMPT.match(text)
            if bad:
                self._diag(
                    "RC101",
                    f"{bad[1]!r} is not a time",
                    number,
                    text.index(bad[1]) + 1,
                    "times are HH:MM, HH:MM:SS, HHMM, 14h09 or 2:09 PM, optionally with Z or "
                    "+01:00; "
                    "quote a name that starts with a digit",
                )
                return "invalid"
        try:
            parsed = parse_line(text, continuation=continuation)
        except UnexpectedInput as exc:
            self.diagnostics.append(syntax_diagnostic(text, exc, self.path, number))
            return "invalid"
        try:
            return self._dispatch(parsed, number)
        except Problem as problem:
            self._diag(problem.code, problem.message, number, problem.column, problem.hint)
            return "invalid"

    def _dispatch(self, p: Parsed, number: int) -> str:
        annotations = [self._annotation(a, number) for a in p.annotations]
        if p.kind == "comment":
            if annotations:
                raise Problem(
                    "RC114",
                    "an annotation belongs at the end of the line it annotates",
                    p.annotations[0]["column"],
                )
            return "comments"
        if p.kind == "cont":
            if self.open is None:
                raise Problem(
                    "RC110",
                    "an indented line continues an utterance, but there is none to continue",
                    1,
                    "remove the indentation, or put this line right after the utterance",
                )
            if p.text:
                self.open.text = f"{self.open.text} {p.text.value}".strip()
            self.open.end_line = number
            self.open.annotations.extend(annotations)
            return "continuations"
        if p.kind == "directive":
            self._directive(p, number)
            return "directives"
        self.started = True
        fields: dict[str, Any] = {
            "kind": p.kind,
            "line": number,
            "end_line": number,
            "comment": p.comment,
            "annotations": annotations,
        }
        if p.time is not None:
            fields.update(self._time(number, p.time))
        if p.kind == "utterance":
            fields.update(line_fields.utterance(p))
            for role in ("speaker", "addressee"):  # a channel's few names, said again and again
                if role in fields:
                    fields[role] = self.names.setdefault(fields[role], fields[role])
            fields["recognition"] = line_fields.recognition(annotations, number)
        else:
            assert p.narration is not None
            fields["narration"] = self._narration(p.narration)
        line = Line(**fields)
        self.open = line if p.kind == "utterance" else None
        self.t.lines.append(line)
        return "utterances" if p.kind == "utterance" else "narrations"

    # -- directives
    def _directive(self, p: Parsed, number: int) -> None:
        name = p.directive
        self.open = None
        if self.started and name != "date":
            raise Problem(
                "RC104",
                f"@{name} must come before the first utterance or narration line",
                1,
                "move it to the header; only @date may start a new day later on",
            )
        h, t = self.t.header, self.t
        value = p.value
        if name in ("title", "date", "timezone", "start", "rules") and (
            value is None or not value.value.strip()
        ):
            raise Problem("RC100", f"@{name} needs a value", len(f"@{name}:") + 1)
        if name == "title":
            assert value is not None
            h.title = value.value
        elif name == "date":
            assert value is not None
            try:
                self.day = parse_date(value.value)
            except TimeError as exc:
                raise Problem("RC107", str(exc), value.column) from None
            if h.date is None:
                h.date = value.value
            self.new_day = self.started
        elif name == "timezone":
            assert value is not None
            try:
                self.zone = parse_offset(value.value)
            except TimeError as exc:
                raise Problem(
                    "RC108",
                    str(exc),
                    value.column,
                    "write +01:00, Z, or a name such as Europe/London",
                ) from None
            h.timezone = value.value
        elif name == "start":
            assert value is not None
            try:
                parse_clock(value.value)
            except TimeError as exc:
                raise Problem("RC101", str(exc), value.column) from None
            h.start = value.value
        elif name == "rules":
            assert value is not None
            h.rules, h.rules_line = value.value, number
        elif name == "station":
            decl = directives.station(p, number)
            self._unique(decl.id, number, p)
            t.stations.append(decl)
        elif name == "zone":
            t.zones.append(directives.zone(p, number))
        elif name == "port":
            t.ports.append(directives.port(p, number))
        else:
            t.expectations.append(
                directives.expectation(p, number, self.source[number - 1].strip())
            )

    def _unique(self, station_id: str, number: int, p: Parsed) -> None:
        assert p.ident is not None
        first = self.declared.setdefault(station_id.lower(), number)
        if first != number:
            raise Problem(
                "RC109",
                f"station {station_id} is already declared on line {first}",
                p.ident.column,
            )

    def _annotation(self, a: dict[str, Any], number: int) -> Annotation:
        column = a["column"]
        if "duplicates" in a:
            raise Problem("RC114", f"{a['duplicates'][0]} is given twice in one annotation", column)
        if "ignore" not in a and "act" not in a and ("confidence" in a or "doubtful" in a):
            return line_fields.recognised(a, number)
        if ("ignore" in a) == ("act" in a):
            raise Problem("RC114", "an annotation is either ignore[CODE, ...] or act=KIND", column)
        if not a.get("reason", "").strip():
            raise Problem(
                "RC114",
                'an annotation needs reason="..."',
                column,
                "reports show the reason beside the suppression or override",
            )
        if "ignore" in a:
            return Annotation(kind="ignore", rules=a["ignore"], reason=a["reason"], line=number)
        act = directives.act_kind(a["act"])
        return Annotation(kind="act", act=act, reason=a["reason"], line=number)

    # -- events
    def _time(self, number: int, tok: Located) -> dict[str, Any]:
        """The ``clock``, ``time`` and ``seconds`` of the line with this time."""
        try:
            day, clock, offset = parse_stamp(tok.value)
        except TimeError as exc:
            raise Problem("RC101", str(exc), tok.column) from None
        if day is not None:  # an ISO date-time sets the day, as an @date line would
            self.new_day = self.new_day or (self.day is not None and day != self.day)
            self.day = day
        fields: dict[str, Any] = {
            "clock": clock.isoformat(
                timespec="seconds" if not clock.microsecond else "milliseconds"
            )
        }
        key: float
        if self.day is not None:
            moment = to_utc(self.day, clock, offset or self.zone)
            fields["time"] = moment
            self.first_utc = self.first_utc or moment
            key = (moment - self.first_utc).total_seconds()
        else:
            sod = seconds_of_day(clock) - (_offset_seconds(offset, clock) if offset else 0)
            self.first_sod = sod if self.first_sod is None else self.first_sod
            key = sod - self.first_sod
        if day is None and self.last is not None and self.last[0] - key >= _NEXT_DAY:
            # a log runs past midnight: "23:58" then "00:03" is the next morning
            if self.day is not None:
                self.day += timedelta(days=1)
                later = to_utc(self.day, clock, offset or self.zone)
                key += (later - fields["time"]).total_seconds()
                fields["time"] = later
            else:
                key += 86400
                self.first_sod = (self.first_sod or 0.0) - 86400
            self.diagnostics.append(
                make(
                    "RC119",
                    f"{tok.value} after the time on line {self.last[1]} is read as the next day",
                    path=self.path,
                    line=number,
                    column=tok.column,
                    hint="add @date before this line if the day is another",
                    source_line=self.source[number - 1],
                )
            )
        fields["seconds"] = key
        if self.last is not None and key < self.last[0]:
            hint = "add @date before this line to start a new day" if not self.new_day else None
            self.diagnostics.append(
                make(
                    "RC102",
                    f"{tok.value} is earlier than the time on line {self.last[1]}; "
                    "the line is kept in file order",
                    path=self.path,
                    line=number,
                    column=tok.column,
                    hint=hint,
                    source_line=self.source[number - 1],
                )
            )
        self.last = (key, number)
        self.new_day = False
        return fields

    def _narration(self, n: dict[str, Any]) -> Narration:
        def text(key: str) -> str | None:
            tok: Located | None = n.get(key)
            return tok.value if tok else None

        count = None
        if n.get("count") is not None:
            tok = n["count"]
            digits = tok.value.lstrip("~")
            if not digits.isascii() or not digits.isdigit():
                message = f"a count of persons is a whole number, not {digits}"
                raise Problem("RC100", message, tok.column)
            if len(digits) > MAX_COUNT_DIGITS:  # as persons= in @station
                raise Problem("RC100", "too many digits for a count of persons", tok.column)
            count = int(digits)
        pos = line_fields.position(n["position"]) if n.get("position") else None
        return Narration(
            subject=n["subject"].value,
            verb=n["verb"],
            object=text("object"),
            target=text("target"),
            count=count,
            position=pos,
            port=text("port"),
        )


def _offset_seconds(offset: tzinfo, clock: time) -> float:
    delta = offset.utcoffset(datetime.combine(date(2000, 1, 1), clock))
    return delta.total_seconds() if delta else 0.0
