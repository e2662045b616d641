"""Encodings and line endings: one transcript, however it was saved, is one report.

UTF-8 with or without a byte order mark and UTF-16 (LE or BE) with one are read the
same; invalid UTF-8 is refused with its byte offset and the line and column of it;
NUL bytes and binary files are refused; ``--encoding`` overrides; CRLF, CR and mixed
line endings number the lines as an editor does.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.cli import main
from checker.diagnostics import InputError
from checker.transcript.decode import decode
from tests.conftest import RANGER

TEXT = RANGER.read_text(encoding="utf-8")


def _check(path: Path, *extra: str) -> tuple[int, list[dict[str, Any]], str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", str(path), "--format", "json", *extra])
    return code, json.loads(out.getvalue() or "[]"), err.getvalue()


def _essence(report: dict[str, Any]) -> dict[str, Any]:
    """The report without what names the file itself (path, hash)."""
    return {k: v for k, v in report.items() if k not in ("source",)}


SAVED = {
    "utf-8": TEXT.encode("utf-8"),
    "utf-8 with BOM": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    "utf-16 LE with BOM": codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    "utf-16 BE with BOM": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    "CRLF": TEXT.replace("\n", "\r\n").encode("utf-8"),
    "CR (old Mac)": TEXT.replace("\n", "\r").encode("utf-8"),
    "UTF-16 LE, CRLF": codecs.BOM_UTF16_LE + TEXT.replace("\n", "\r\n").encode("utf-16-le"),
    "no newline at the end": TEXT.rstrip("\n").encode("utf-8"),
}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("ref") / "ranger.radio"
    path.write_bytes(TEXT.encode("utf-8"))
    code, (report,), err = _check(path)
    assert code in (0, 1), err
    return _essence(report)


@pytest.mark.parametrize("name", list(SAVED))
def test_the_same_report_however_it_was_saved(
    tmp_path: Path, reference: dict[str, Any], name: str
) -> None:
    path = tmp_path / "ranger.radio"
    path.write_bytes(SAVED[name])
    code, (report,), err = _check(path)
    assert code in (0, 1), err
    assert _essence(report) == reference


def test_mixed_line_endings_number_lines_as_an_editor_does() -> None:
    text = decode(b"A: one\r\nA: two\rA: three\nA: four", "mixed.radio")
    from checker.transcript.reader import read_text

    t = read_text(text)
    assert [(line.line, line.text) for line in t.lines] == [
        (1, "one"),
        (2, "two"),
        (3, "three"),
        (4, "four"),
    ]
    # a form feed or a Unicode line separator is not a line break
    t = read_text("A: one\x0ctwo\u2028three\nA: four\n")
    assert [line.line for line in t.lines] == [1, 2]
    assert t.counts.lines == 2


@pytest.mark.parametrize(
    ("data", "line", "column", "offset"),
    [
        (b"A: caf\xe9\n", 1, 7, 6),
        (b"A: hi\nB: caf\xe9\n", 2, 7, 12),
        (b"A: hi\r\nB: \xc3\n", 2, 4, 10),
        (b"\xff\xfeA", 1, 1, 0),  # looks like a UTF-16 BOM, then an odd byte: RC004 too
    ],
)
def test_invalid_utf8_is_located(
    tmp_path: Path, data: bytes, line: int, column: int, offset: int
) -> None:
    path = tmp_path / "bad.radio"
    path.write_bytes(data)
    code, _, err = _check(path)
    assert code == 2
    if data.startswith(codecs.BOM_UTF16_LE):
        assert "RC004 invalid utf-16" in err
        return
    assert f"{path}:{line}:{column}: RC004 invalid utf-8 at byte {offset} " in err
    assert "--encoding" in err


@settings(max_examples=60, deadline=None)
@given(
    st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=60),
    st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=60),
    st.sampled_from([b"\xff", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"\xc0\xaf"]),
)
def test_any_invalid_utf8_byte_is_found_at_its_offset(before: str, after: str, bad: bytes) -> None:
    head = before.encode("utf-8").removeprefix(codecs.BOM_UTF8)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    data = head + bad + after.encode("utf-8")
    with pytest.raises(InputError) as exc:
        decode(data, "x.radio")
    (d,) = exc.value.diagnostics
    assert d.code == "RC004"
    assert f"at byte {len(head)} " in d.message
    assert d.line == head.count(b"\n") + 1
    assert d.column == len(head) - (head.rfind(b"\n") + 1) + 1


@pytest.mark.parametrize(
    ("data", "where"),
    [
        (b"RIFF\x00\x00WAVEfmt ", ":1:5: RC003"),
        (b"A: hi\nB: h\x00i\n", ":2:5: RC003"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ":3:1: RC003"),  # a PNG
        ("A: hi\n".encode("utf-16-le"), ":1:2: RC003"),  # UTF-16 without its BOM
    ],
)
def test_binary_files_are_refused(tmp_path: Path, data: bytes, where: str) -> None:
    path = tmp_path / "bin.radio"
    path.write_bytes(data)
    code, _, err = _check(path)
    assert code == 2 and f"{path}{where}" in err, err
    # control characters of the input are shown as symbols, not written to a terminal
    assert not any(c in err for c in "\x00\r\x1a")


def test_a_nul_inside_utf16_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nul16.radio"
    path.write_bytes(codecs.BOM_UTF16_LE + "A: h\x00i\n".encode("utf-16-le"))
    code, _, err = _check(path)
    assert code == 2 and "RC003 the text contains NUL characters" in err


def test_encoding_option(tmp_path: Path) -> None:
    path = tmp_path / "latin.radio"
    path.write_bytes("@station A: vessel\nA: café à Calais\n".encode("latin-1"))
    assert _check(path)[0] == 2
    code, (report,), err = _check(path, "--encoding", "latin-1")
    assert code == 0, err
    assert report["events"][0]["text"] == "café à Calais"
    path.write_bytes("A: hi\n".encode("utf-16-le"))  # UTF-16 without a BOM, named
    code, (report,), err = _check(path, "--encoding", "utf-16-le")
    assert code == 0, err
    code, _, err = _check(path, "--encoding", "no-such-codec")
    assert code == 2 and "RC004 unknown encoding 'no-such-codec'" in err


def test_recordings_are_decoded_alike(tmp_path: Path) -> None:
    vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>café\n"
    reports = []
    saved = [vtt.encode(), codecs.BOM_UTF8 + vtt.encode(), vtt.encode("utf-16")]
    saved.append(vtt.replace("\n", "\r\n").encode())
    for i, data in enumerate(saved):
        path = tmp_path / f"r{i}.vtt"
        path.write_bytes(data)
        code, (report,), err = _check(path)
        assert code in (0, 1), err
        reports.append([e["text"] for e in report["events"]])
    assert reports == [["café"]] * 4
