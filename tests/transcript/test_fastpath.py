"""The fast path (plain utterances, comment lines, one-value header directives and
``@station`` lines) gives exactly what the grammar gives."""

from __future__ import annotations

import itertools

import pytest

from checker.transcript.fastpath import plain_utterance
from checker.transcript.parse import _fast_path, parser
from tests.conftest import ROOT


def _grammar(line: str) -> object:
    return parser().parse(line, start="line")


def _grammar_or_none(line: str) -> object:
    """What the grammar makes of a line, or None where it refuses it."""
    try:
        return _grammar(line)
    except Exception:
        return None


def _corpus_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted((ROOT / "transcripts").rglob("*.radio")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            text = raw.rstrip()
            if text and text[0] not in " \t":
                lines.append(text)
    return lines


TIMES = ["", "06:40 ", "[06:40] ", "[ 06:40:12 ] ", "06:40Z ", "06:40+01:00 ", "[06:40:12.5]",
         "1409Z ", "1409 ", "14:09 hrs ", "14h09 ", "2:09 PM ", "[2:09 p.m.] ",
         "2025-04-29T14:09:30Z ", "2025-04-29 06:31 "]  # fmt: skip
SPEAKERS = ["Ranger", "Border Force Ranger", "FR-NAVY", "A", "Sea-Watch 3", "B]x"]
ADDRESSEES = ["", " -> French warship", "->HMCG", " -> ALL STATIONS"]
MEDIA = ["", " (phone)", " ( sms )", "(in-person)"]
TEXTS = ["", " hello", "  stand by on channel 16. Over.", " what? (over) -> no", " a:b"]


def test_every_corpus_line_the_fast_path_takes_matches_the_grammar() -> None:
    taken = 0
    for line in _corpus_lines():
        fast = plain_utterance(line)
        if fast is None:
            continue
        taken += 1
        slow = _grammar(line)
        assert fast_parsed(line) == slow, line
    assert taken > 100  # most utterance lines of the corpus take it


@pytest.mark.parametrize(
    "line",
    [
        f"{t}{s}{a}{m}:{x}"
        for t, s, a, m, x in itertools.product(TIMES, SPEAKERS, ADDRESSEES, MEDIA, TEXTS)
    ],
)
def test_generated_lines(line: str) -> None:
    slow = _grammar_or_none(line)
    fast = fast_parsed(line) if plain_utterance(line) is not None else None
    if fast is not None:
        assert fast == slow, line


ADVERSARIAL = [
    "06:40 06:41: hi", "A -> B -> C: hi", "A->: x", "A (phone) -> B: x", "A ( ): x",
    "06:40: x", "A:", "A :b", "A - B: x", "A -B: x", "A->B(phone):x", "[06:40]A: x",
    "06:40A: x", "A(phone)(sms): x", "~A: x", "A~: x", "A]: x", "A [x]: y", "A: ]",
    "A-> B (in-person) : hi there", "06:40 A:", "12:61 A: x", "A\tB: x", "A: x\ty",
]  # fmt: skip


@pytest.mark.parametrize("line", ADVERSARIAL)
def test_adversarial_lines(line: str) -> None:
    """The fast path takes a line only where the grammar agrees, to the token."""
    slow = _grammar_or_none(line)
    if plain_utterance(line) is not None:
        assert fast_parsed(line) == slow


@pytest.mark.parametrize(
    "line",
    [
        "@title: x",
        "# comment",
        "* A departs",
        "A: hello # a comment",
        'A: hi # radiocheck: ignore[CH01] reason="x"',
        '"Odd: name" -> B: hi',
        "   continued",
        "A hello",
    ],
)
def test_other_lines_go_to_the_grammar(line: str) -> None:
    assert plain_utterance(line) is None


def test_every_corpus_line_any_fast_path_takes_matches_the_grammar() -> None:
    taken = 0
    for line in _corpus_lines():
        fast = _fast_path(line)
        if fast is None or fast.kind == "utterance":
            continue
        taken += 1
        assert fast == _grammar(line), line
    assert taken > 100  # headers and comments


COMMENTS_AND_HEADERS = [
    "#", "# ", "#x", "# a comment", "#  spaced   out  ", "## double", "# a # b", "#\ttab",
    "# radiocheck: ignore[CH01]", "#radiocheck:act=ack", "# RadioCheck: x", "# x # radiocheck: y",
    "# ünïcödé — dash", "#\u00a0nbsp", "@title: x", "@title:x", "@title:", "@title:   ",
    "@title: Ranger 2025", "@title: a # b", "@title: a #b", "@title: #x", "@title : x",
    "@title:\u00a0x", "@titles: x", "@Title: x", "@date: 2025-01-02", "@date:", "@timezone: +01:00",
    "@timezone: Europe/London", "@start: 06:40", "@rules: sar", "@rules: ./my rules.toml",
    '@title: "quoted"', "@title: a -> b (phone): c", "@station X: vessel", "@zone X: srr",
    "@expect act \"x\": ack", "@title: x\ty", "@title:\tx",
]  # fmt: skip


@pytest.mark.parametrize("line", COMMENTS_AND_HEADERS)
def test_comment_and_header_lines(line: str) -> None:
    """The fast path takes a comment or header line only where the grammar agrees."""
    slow = _grammar_or_none(line)
    fast = _fast_path(line)
    if fast is not None:
        assert fast == slow, line


def fast_parsed(line: str) -> object:
    from checker.transcript.parse import parse_line

    return parse_line(line)


STATION_IDENTS = ["X", "FR-NAVY", '"Odd: name"', '"a \\" b"', "@X", "Sea.Watch"]
STATION_ROLES = [": vessel", ":vessel", " : rcc", ": casualty", ":", ": vessel,", ": (x)"]
STATION_KEYVALS = [
    "", " party=UK", " party=UK unit=state", ' aka="a", "b"', ' aka="a","b" party=FR',
    " persons=~58", " a=x,b=y", ' aka="x"party=UK', " party =UK", " party= UK",
    " party=UK=x", ' aka="x"y', " aka=x\"y\"", " Party=UK", " party=UK,", " party=,",
    " p_q-r=1", "\tparty=UK\tunit=ngo", ' aka="a,b", c', " party=U\u00a0K",
]  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        f"@station{sep}{i}{r}{k}"
        for sep, i, r, k in itertools.product(
            [" ", "\t", "", "  "], STATION_IDENTS, STATION_ROLES, STATION_KEYVALS
        )
    ]
    + ["@stationX: vessel", "@station-x X: vessel", "@stations X: vessel", "@station X: vessel #c"],
)
def test_station_lines(line: str) -> None:
    """The fast path takes a ``@station`` line only where the grammar agrees, to the
    token and its column; a line it leaves goes to the grammar (and its errors)."""
    slow = _grammar_or_none(line)
    fast = _fast_path(line)
    if fast is not None:
        assert fast == slow, line
