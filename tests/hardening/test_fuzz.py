"""No internal errors, ever: hypothesis throws random and damaged input at every reader.

Every input must end in a report (exit 0 or 1) or a clean diagnostic (exit 2); exit 3
(internal error), an exception escaping ``main``, or a classifier that hides an
exception of its own as an "internal error" reason in its acts fails. Inputs are
random bytes, text built from the transcript grammar's own pieces, corpus files with
characters and lines deleted, duplicated, swapped or truncated, huge numbers and deep
JSON nesting, for the ``.radio`` reader, the classifier, each recording format, AIS
tracks and the rule-set loader. The example counts are bounded for the normal suite;
``benchmarks/fuzz.py --seconds N`` runs the mutation fuzzer for longer.

The ``test_found_*`` cases are inputs the fuzzer found that once crashed. The
adversarial classes of issue 16 (special files, control characters, repetition, deep
nesting, concurrent writers) need a child process bounded in time and memory per
input: they are in ``tests/hardening/test_fuzz_hardening.py`` (this module is at its size).
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checker.cli import main
from checker.context import build_context
from checker.diagnostics import InputError
from checker.phraseology import classify
from checker.ruleset.loader import load_ruleset
from checker.transcript.decode import split_lines
from checker.transcript.reader import read_text
from tests.conftest import RANGER, ROOT

CORPUS = ROOT / "transcripts"
ASR = CORPUS / "asr"
RULESETS = ROOT / "checker" / "ruleset" / "data"
SEEDS = sorted(CORPUS.rglob("*.radio"))
MASKED = "internal error: "

FAST = settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
QUICK = settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))


def run(*argv: str) -> tuple[int, str, str]:
    """``radiocheck ARGV`` in this process: exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


#: How the CLI reports a bug: "radiocheck: internal error: …" or "PATH: internal error:
#: …" at the start of a line (a diagnostic that quotes a generated line saying
#: "internal error" is no bug: hypothesis draws its text from this module's strings).
_BUG = re.compile(r"(?m)^\S+: internal error: ")


def assert_clean(code: int, out: str, err: str) -> None:
    """A report or a diagnostic, never a bug."""
    assert code in (0, 1, 2), err
    assert not _BUG.search(err) and "Traceback" not in err, err
    assert f'"reason": "{MASKED}' not in out, out
    if code == 2:
        assert err.strip(), "exit 2 without a word of explanation"


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def check_files(folder: Path, files: dict[str, bytes], target: str, *extra: str) -> None:
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    try:
        assert_clean(*run("check", str(folder / target), "--format", "json", *extra))
    finally:
        for name in files:
            (folder / name).unlink(missing_ok=True)


# --- mutation ------------------------------------------------------------------

TOKENS = [
    b"@date: ",
    b"@station X: vessel ",
    b"@rules: ",
    b"@expect ",
    b" -> ",
    b": ",
    b"* ",
    b" # ",
    b'# radiocheck: ignore[CH01] reason="x"',
    b'"',
    b"\t",
    b"\r",
    b"\n",
    b"\n   ",
    b"\x00",
    b"\xff",
    b"\xef\xbb\xbf",
    b"\xe2\x80\xa8",
    b"9" * 40,
    b"9" * 5000,
    b"1e999",
    b"-1",
    b"nan",
    b"24:00",
    b"-->",
    b"{",
    b"]",
    b"null",
]


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """``seed`` after one to four edits: characters or lines deleted, duplicated,
    swapped; a token or random bytes inserted; a number made huge; truncation."""
    data = seed
    for _ in range(draw(st.integers(1, 4))):
        n = len(data)
        i = draw(st.integers(0, max(n - 1, 0)))
        op = draw(st.integers(0, 8))
        if op == 0:
            data = data[:i] + data[i + draw(st.integers(1, 8)) :]
        elif op == 1:
            j = min(n, i + draw(st.integers(1, 16)))
            data = data[:j] + data[i:j] + data[j:]
        elif op == 2 and n:
            j = draw(st.integers(0, n - 1))
            b = bytearray(data)
            b[i], b[j] = b[j], b[i]
            data = bytes(b)
        elif op == 3:
            data = data[:i] + draw(st.sampled_from(TOKENS)) + data[i:]
        elif op == 4:
            data = data[:i] + draw(st.binary(min_size=1, max_size=16)) + data[i:]
        elif op == 5:
            data = data[:i]
        else:
            lines = data.split(b"\n")
            a = draw(st.integers(0, len(lines) - 1))
            b2 = draw(st.integers(0, len(lines) - 1))
            if op == 6:
                del lines[a]
            elif op == 7:
                lines.insert(b2, lines[a])
            else:
                lines[a], lines[b2] = lines[b2], lines[a]
            data = b"\n".join(lines)
    return data


def corpus_mutant(paths: list[Path]) -> st.SearchStrategy[bytes]:
    return st.sampled_from([p.read_bytes() for p in paths]).flatmap(mutated)


# --- the .radio reader and the whole pipeline -----------------------------------

NAMES = st.sampled_from(["RANGER", "Ranger", "French warship", "DINGHY", "A", "X Y", "ALL"])
CLOCKS = st.one_of(
    st.from_regex(r"\A\[?\d{1,2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?\]?\Z"),
    st.sampled_from(["24:00", "23:59:60", "6.40", "99:99", "[06:4]", "00:00"]),
)
NUMBER = st.one_of(
    st.integers(-5, 10**6).map(str),
    st.sampled_from(["9" * 40, "9" * 5000, "2.5", "~58", "1e999", "0", "-0"]),
)
WORDS = st.text(st.characters(codec="utf-8", exclude_characters="\n\r\x00"), max_size=30)
NARRATION = st.tuples(
    NAMES,
    st.sampled_from(
        [
            "shadows DINGHY",
            "signals distress",
            "recovers {n} persons from DINGHY",
            "lands {n} persons at Dover",
            "reports {n} persons missing",
            "is {n} nm inside French waters",
            "is {n} nm north-west of Cap Gris-Nez",
            "is at {n} 57.3 N 001 {n} E",
            "is at {n}°57.3'N {n}°35.0'E",
            "takes coordination of DINGHY",
            "hands coordination of DINGHY to HMCG",
            "{w}",
        ]
    ),
    NUMBER,
    WORDS,
).map(lambda t: f"* {t[0]} " + t[1].format(n=t[2], w=t[3]))
UTTERANCE = st.tuples(NAMES, st.one_of(st.just(""), NAMES.map(" -> {}".format)), WORDS).map(
    lambda t: f"{t[0]}{t[1]}: {t[2]}"
)
DIRECTIVE = st.one_of(
    st.sampled_from(["@title: x", "@rules: uk-fr-channel", "@rules: sar", "@timezone: +01:00"]),
    st.builds("@date: {}".format, st.from_regex(r"\A\d{4}-\d{2}-\d{2}\Z")),
    st.builds("@start: {}".format, CLOCKS),
    st.builds("@timezone: {}".format, WORDS),
    st.builds(
        '@station {}: {} persons={} aka="{}"'.format,
        st.sampled_from(["RANGER", "DINGHY", "A"]),
        st.sampled_from(["vessel party=UK", "casualty", "rcc party=FR", "boat"]),
        NUMBER,
        WORDS,
    ),
    st.builds("@expect {}".format, WORDS),
    st.builds("@zone {}: srr party=UK aka={}".format, NAMES, WORDS),
)
LINE = st.one_of(
    UTTERANCE,
    NARRATION,
    DIRECTIVE,
    st.tuples(CLOCKS, st.one_of(UTTERANCE, NARRATION)).map(" ".join),
    st.builds("   {}".format, WORDS),
    st.builds("# {}".format, WORDS),
    st.builds("{} # radiocheck: {}".format, UTTERANCE, WORDS),
    st.just(""),
    WORDS,
)


@FAST
@given(st.binary(max_size=300))
def test_random_bytes(work: Path, data: bytes) -> None:
    check_files(work, {"case.radio": data}, "case.radio")


@QUICK
@given(st.lists(LINE, min_size=1, max_size=12), st.sampled_from(["\n", "\r\n", "\r"]))
def test_transcripts_from_the_grammars_pieces(work: Path, lines: list[str], eol: str) -> None:
    check_files(work, {"case.radio": (eol.join(lines) + eol).encode()}, "case.radio")


@QUICK
@given(corpus_mutant(SEEDS))
def test_mutated_corpus_transcripts(work: Path, data: bytes) -> None:
    check_files(work, {"case.radio": data}, "case.radio")


@FAST
@given(st.lists(LINE, min_size=1, max_size=12))
def test_read_text_keeps_counts(lines: list[str]) -> None:
    """The reader alone: any text is read or refused with an InputError (RC002: blank,
    or nothing but comments)."""
    text = "\n".join(lines).replace("\x00", "")
    try:
        t = read_text(text)
    except InputError as exc:
        assert [d.code for d in exc.diagnostics] == ["RC002"]
        assert all(not x.strip() or x.strip().startswith("#") for x in split_lines(text))
        return
    c = t.counts
    parts = (c.utterances, c.narrations, c.continuations, c.directives, c.comments, c.blanks)
    assert sum(parts) + c.invalid == c.lines


# --- the classifier ------------------------------------------------------------


def _context() -> Any:
    world = load_ruleset("uk-fr-channel").world
    t = read_text(RANGER.read_text(encoding="utf-8"))
    return build_context(t, world)[0]


CONTEXT = _context()
UTTERANCES = [
    line.split(": ", 1)[1]
    for p in SEEDS
    for line in p.read_text(encoding="utf-8").splitlines()
    if ": " in line and not line.startswith(("@", "#", "*", " "))
]
SPOKEN = st.sampled_from(
    [
        "MAYDAY",
        "position",
        "degrees",
        "minutes",
        "north",
        "east",
        "persons on board",
        "channel",
        "bearing",
        "distance",
        "miles",
        "nm",
        "inside French waters",
        "this is",
        "over",
        "out",
        "point",
        "decimal",
        "one",
        "niner",
        "thousand",
        "hundred",
        "alfa",
        "mmsi",
    ]
)
SPEECH = st.lists(st.one_of(SPOKEN, NUMBER, WORDS), max_size=20).map(" ".join)


def assert_classified(text: str) -> None:
    c = classify(text, CONTEXT, speaker="RANGER", addressee="FR-NAVY")
    assert c.acts, text
    for act in c.acts:
        assert 0.0 <= act.confidence <= 1.0
        reason = str(act.slots.get("reason", ""))
        assert not reason.startswith(MASKED), (text, reason)
    assert c.primary in {a.kind for a in c.acts} | {"unclassified", "call"}


@QUICK
@given(st.text(max_size=200))
@example("9" * 5000 + " persons on board")
@example("position " + "9" * 5000 + " degrees " + "9" * 400 + " minutes north")
@example("channel " + "9" * 5000)
@example("MAYDAY " * 500)
def test_classify_any_text(text: str) -> None:
    assert_classified(text)


@QUICK
@given(SPEECH)
def test_classify_radio_words_and_numbers(text: str) -> None:
    assert_classified(text)


@QUICK
@given(st.sampled_from(UTTERANCES).map(str.encode).flatmap(mutated))
def test_classify_mutated_utterances(data: bytes) -> None:
    assert_classified(data.decode("utf-8", errors="replace"))


@FAST
@given(st.one_of(SPEECH, st.text(max_size=80)))
def test_classify_command(text: str) -> None:
    assert_clean(*run("classify", "--format", "json", "--", text))


# --- recordings ----------------------------------------------------------------


def _recording(stem: str) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(ASR.glob(f"{stem}.*"))}


@st.composite
def recording(draw: st.DrawFn, stem: str, suffix: str) -> dict[str, bytes]:
    """A corpus recording with the recording, its sidecar or its text mutated."""
    files = _recording(stem)
    names = sorted(files)
    victim = draw(st.sampled_from([f"{stem}{suffix}"] * 3 + names))
    files[victim] = draw(mutated(files[victim]))
    return files


@FAST
@given(recording("ranger-vtt", ".vtt"))
def test_mutated_vtt(work: Path, files: dict[str, bytes]) -> None:
    check_files(work, files, "ranger-vtt.vtt")


@FAST
@given(recording("ranger-srt", ".srt"))
def test_mutated_srt(work: Path, files: dict[str, bytes]) -> None:
    check_files(work, files, "ranger-srt.srt")


@FAST
@given(st.sampled_from(["ranger-whisper", "ranger-whisperx"]).flatmap(
    lambda stem: recording(stem, ".json")
))  # fmt: skip
def test_mutated_whisper(work: Path, files: dict[str, bytes]) -> None:
    check_files(work, files, next(n for n in files if n.endswith(".json")))


@FAST
@given(recording("ranger-rttm", ".rttm"))
def test_mutated_rttm(work: Path, files: dict[str, bytes]) -> None:
    check_files(work, files, "ranger-rttm.rttm")


def _clock(s: float) -> str:
    return f"{int(s // 3600):02d}:{int(s % 3600 // 60):02d}:{s % 60:06.3f}"


CUE_TIME = st.one_of(
    st.floats(0, 1e6).map(_clock),
    st.sampled_from(["00:61.000", "9" * 5000 + ":00:01.000", "1e999", "-00:01.000", ""]),
    st.from_regex(r"\A\d{1,12}:\d{2}:\d{2}[.,]\d{1,3}\Z"),
)
CUE = st.tuples(CUE_TIME, CUE_TIME, st.one_of(UTTERANCE, WORDS))


@FAST
@given(st.lists(CUE, max_size=6), st.booleans())
def test_generated_cues(work: Path, cues: list[tuple[str, str, str]], vtt: bool) -> None:
    if vtt:
        body = "WEBVTT\n\n" + "".join(f"{a} --> {b}\n{t}\n\n" for a, b, t in cues)
        check_files(work, {"rec.vtt": body.encode()}, "rec.vtt")
    else:
        body = "".join(
            f"{i}\n{a.replace('.', ',')} --> {b.replace('.', ',')}\n{t}\n\n"
            for i, (a, b, t) in enumerate(cues, 1)
        )
        check_files(work, {"rec.srt": body.encode()}, "rec.srt")


JSON_SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(10**300, 10**310),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
)
JSON_VALUE = st.recursive(
    JSON_SCALAR,
    lambda kids: st.one_of(
        st.lists(kids, max_size=4), st.dictionaries(st.text(max_size=8), kids, max_size=4)
    ),
    max_leaves=20,
)
SEGMENT = st.fixed_dictionaries(
    {},
    optional={
        "start": JSON_SCALAR,
        "end": JSON_SCALAR,
        "text": st.one_of(WORDS, JSON_SCALAR),
        "speaker": st.one_of(st.sampled_from(["SPEAKER_00", "S1"]), JSON_SCALAR),
        "words": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "word": st.one_of(WORDS, JSON_SCALAR),
                    "start": JSON_SCALAR,
                    "end": JSON_SCALAR,
                    "score": JSON_SCALAR,
                    "probability": JSON_SCALAR,
                    "speaker": JSON_SCALAR,
                },
            ),
            max_size=3,
        ),
        "avg_logprob": JSON_SCALAR,
        "compression_ratio": JSON_SCALAR,
        "no_speech_prob": JSON_SCALAR,
        "extra": JSON_VALUE,
    },
)


@FAST
@given(
    st.one_of(
        st.fixed_dictionaries({"segments": st.lists(SEGMENT, max_size=5)}),
        st.fixed_dictionaries({"segments": JSON_VALUE}),
        JSON_VALUE,
    )
)
def test_generated_whisper_json(work: Path, value: Any) -> None:
    check_files(work, {"rec.json": json.dumps(value).encode()}, "rec.json")


@pytest.mark.parametrize("depth", [100, 5_000, 200_000])
@pytest.mark.parametrize("brackets", ["[]", "{}"])
def test_deeply_nested_json(work: Path, depth: int, brackets: str) -> None:
    opener = "[" if brackets == "[]" else '{"a":'
    closer = "]" if brackets == "[]" else "}"
    data = '{"segments": ' + opener * depth + "1" + closer * depth + "}"
    code, _, err = run_in(work, {"rec.json": data.encode()}, "rec.json")
    assert code == 2 and ("RC131" in err or "RC132" in err or "RC133" in err), err


def run_in(folder: Path, files: dict[str, bytes], target: str) -> tuple[int, str, str]:
    for name, data in files.items():
        (folder / name).write_bytes(data)
    try:
        result = run("check", str(folder / target), "--format", "json")
    finally:
        for name in files:
            (folder / name).unlink(missing_ok=True)
    assert_clean(*result)
    return result


RTTM_LINE = st.tuples(
    st.sampled_from(["SPEAKER", "LEXEME", ";;"]),
    st.sampled_from(["rec", "other"]),
    NUMBER,
    NUMBER,
    NUMBER,
    st.sampled_from(["SPEAKER_00", "<NA>", ""]),
).map(lambda t: f"{t[0]} {t[1]} 1 {t[3]} {t[4]} <NA> <NA> {t[5]} <NA> <NA>")


@FAST
@given(st.lists(RTTM_LINE, max_size=5), st.lists(CUE, max_size=4))
# a cue that says "internal error" is quoted by a diagnostic: no bug (found in CI)
@example(
    turns=["SPEAKER rec 1 0 0 <NA> <NA> SPEAKER_00 <NA> <NA>"],
    cues=[("00:00:00.000", "00:00:01.000", "internal error")],
)
def test_generated_rttm(work: Path, turns: list[str], cues: list[tuple[str, str, str]]) -> None:
    text = "".join(f"[{a} --> {b}] {t}\n" for a, b, t in cues)
    files = {"rec.rttm": "\n".join(turns).encode(), "rec.txt": text.encode()}
    check_files(work, files, "rec.rttm")


# --- AIS tracks ----------------------------------------------------------------

AIS_ROW = st.tuples(
    st.one_of(st.just("235000001"), NUMBER, WORDS),
    st.one_of(
        st.just("2025-04-29T05:40:00"),
        st.sampled_from(["9" * 30, "1e999", "-1", "29/04/2025 05:40:00", "31/02/2025 25:00:00"]),
        NUMBER,
        WORDS,
    ),
    st.one_of(st.floats(allow_nan=True).map(str), NUMBER),
    st.one_of(st.floats(allow_nan=True).map(str), NUMBER),
).map(",".join)


@FAST
@given(st.lists(AIS_ROW, max_size=5))
def test_generated_tracks(work: Path, rows: list[str]) -> None:
    csv = "mmsi,time,lat,lon\n" + "\n".join(rows) + "\n"
    files = {**_recording("ranger-vtt"), "ais.csv": csv.encode()}
    check_files(work, files, "ranger-vtt.vtt", "--track", str(work / "ais.csv"))


# --- rule sets -----------------------------------------------------------------

ZONES = {f"zones/{p.name}": p.read_bytes() for p in sorted(RULESETS.glob("zones/*.geojson"))}


@FAST
@given(corpus_mutant(sorted(RULESETS.glob("*.toml"))))
def test_mutated_rule_sets(work: Path, data: bytes) -> None:
    files = {"case.radio": RANGER.read_bytes(), "rules.toml": data, **ZONES}
    check_files(work, files, "case.radio", "--rules", str(work / "rules.toml"))


@FAST
@given(corpus_mutant([RULESETS / "zones" / "channel.geojson"]))
def test_mutated_zone_geometry(work: Path, data: bytes) -> None:
    rules = (RULESETS / "uk-fr-channel.toml").read_bytes()
    files = {"case.radio": RANGER.read_bytes(), "rules.toml": rules, **ZONES}
    files["zones/channel.geojson"] = data
    check_files(work, files, "case.radio", "--rules", str(work / "rules.toml"))


TOML_VALUE = st.one_of(
    st.text(max_size=12).map(json.dumps),
    st.integers().map(str),
    st.sampled_from(["1e999", "inf", "nan", "9" * 5000, "true", "[]", "{}", "1979-05-27"]),
    st.lists(st.text(max_size=6).map(json.dumps), max_size=3).map(lambda v: f"[{', '.join(v)}]"),
)
TOML_KEY = st.sampled_from(
    ["id", "title", "version", "extends", "party", "kind", "aka", "part_of", "code", "name",
     "severity", "params", "excused_by", "geometry", "lat", "lon", "x"]
)  # fmt: skip
TOML_TABLE = st.sampled_from(
    ["ruleset", "parties.UK", "zones.X", "ports.Dover", "marks.M", "[rules]", "x"]
)
TOML_DOC = st.lists(
    st.tuples(TOML_TABLE, st.lists(st.tuples(TOML_KEY, TOML_VALUE), max_size=5)), max_size=5
).map(
    lambda tables: "".join(f"[{t}]\n" + "".join(f"{k} = {v}\n" for k, v in kv) for t, kv in tables)
)


@FAST
@given(TOML_DOC)
def test_generated_rule_sets_load_or_raise_input_errors(work: Path, text: str) -> None:
    path = work / "gen.toml"
    path.write_text(text, encoding="utf-8")
    try:
        load_ruleset(str(path))
    except InputError as exc:
        assert exc.diagnostics and all(d.code.startswith("RC2") for d in exc.diagnostics)


# --- found by the fuzzer -------------------------------------------------------

FOUND: list[tuple[str, dict[str, bytes], str, str]] = [
    (
        "SRT hours of 400 digits",
        {"rec.srt": b"1\n" + b"9" * 400 + b":00:01,000 --> 00:00:02,000\nA: hi\n"},
        "rec.srt",
        "RC134",
    ),
    (
        "VTT hours of 5,000 digits",
        {"rec.vtt": b"WEBVTT\n\n" + b"9" * 5000 + b":00:01.000 --> 00:00:02.000\n<v A>hi\n"},
        "rec.vtt",
        "RC134",
    ),
    (
        "VTT cue a century in",
        {"rec.vtt": b"WEBVTT\n\n1000000:00:01.000 --> 1000000:00:02.000\n<v A>hi\n"},
        "rec.vtt",
        "RC134",
    ),
    (
        "Whisper segment at 1e300 seconds",
        {"rec.json": b'{"segments": [{"start": 1e300, "end": 1e300, "text": "hi"}]}'},
        "rec.json",
        "RC134",
    ),
    (
        "JSON integer of 5,000 digits",
        {"rec.json": b'{"segments": [{"start": ' + b"9" * 5000 + b', "end": 1, "text": "a"}]}'},
        "rec.json",
        "RC131",
    ),
    ("last day of 9999", {"c.radio": b"@date: 9999-12-31\n@timezone: -05:00\n23:59 A: hi\n"},
     "c.radio", "RC107"),
    ("first day of year 1", {"c.radio": b"@date: 0001-01-01\n@timezone: +05:00\n00:01 A: hi\n"},
     "c.radio", "RC107"),
    (
        "count of 5,000 digits",
        {"c.radio": b"@station D: casualty\n* A recovers " + b"9" * 5000 + b" persons from D\n"},
        "c.radio",
        "RC100",
    ),
    ("count with a fraction", {"c.radio": b"@station D: casualty\n* A recovers 2.5 persons\n"},
     "c.radio", "RC100"),
    (
        "distance of 5,000 digits",
        {"c.radio": b"@rules: uk-fr-channel\n* A is " + b"9" * 5000 + b" nm west of Cap Gris-Nez\n"},  # noqa: E501
        "c.radio",
        "RC100",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "files", "target", "code"), FOUND, ids=[f[0] for f in FOUND])
def test_found_by_the_fuzzer(
    work: Path, name: str, files: dict[str, bytes], target: str, code: str
) -> None:
    result = run_in(work, files, target)
    assert result[0] == 2 and f": {code} " in result[2], result[2]


# --- the long-running fuzzer itself ----------------------------------------------


def _fuzz_module() -> Any:
    spec = importlib.util.spec_from_file_location("radiocheck_fuzz", ROOT / "benchmarks/fuzz.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_the_fuzz_script_counts_its_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fuzz = _fuzz_module()
    code = fuzz.run(["--seconds", "60", "--max-inputs", "5", "--out", str(tmp_path / "crashes")])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["failures"] == 0, report
    assert set(report["targets"]) == set(fuzz.TARGETS)
    for target in report["targets"].values():
        assert target["tried"] == 5
        assert sum(target["outcomes"].values()) == 5
        assert set(target["outcomes"]) <= {"0", "1", "2"}
    assert not (tmp_path / "crashes").exists()


def test_mutations_are_reproducible() -> None:
    import random

    fuzz = _fuzz_module()
    seed = RANGER.read_bytes()
    one = [fuzz.mutated(seed, random.Random(7)) for _ in range(3)]
    two = [fuzz.mutated(seed, random.Random(7)) for _ in range(3)]
    assert one == two and all(isinstance(m, bytes) for m in one)
