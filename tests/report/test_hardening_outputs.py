"""Issue 16, the output side: what radiocheck prints and writes is safe whatever the input.

Each reproducer of the issue is a test here, run through the real CLI: terminal
escapes, bidirectional and zero-width characters in every text field (item 3); CI
workflow commands that input could start a line with (item 5); Markdown cells, SARIF
URIs and ``rules | head -1`` (the low items). Atomic output files (item 6) and Ctrl-C
or a killed worker under ``--jobs`` (item 10) are in ``tests/cli/test_hardening_runs.py``.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.diagnostics import visible
from checker.report.streams import LineGuard
from tests.conftest import ROOT, Run

#: OSC 52 writes the clipboard, ESC[2J clears the screen, OSC 8 forges a hyperlink.
OSC52 = "\x1b]52;c;cHduZWQ=\x07"
CLEAR = "\x1b[2J"
LINK = "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\"
RLO, ZWSP = "\u202e", "\u200b"
HOSTILE = f"{OSC52}{CLEAR}{LINK} {RLO}olleh{ZWSP}"
FORBIDDEN = ("\x1b", "\x07", RLO, ZWSP)


def _hostile_transcript(tmp_path: Path, name: str = "hostile.radio") -> Path:
    """A valid transcript with escapes in its title, a station name and an utterance."""
    path = tmp_path / name
    path.write_text(
        f"@title: Case {HOSTILE}\n"
        "@date: 2025-04-29\n"
        f'@station RANGER: vessel party=UK aka="Ranger {CLEAR}{RLO}"\n'
        "@station HMCG: rcc party=UK\n"
        f'@station DINGHY: casualty persons=10 aka="the {RLO}dinghy"\n'
        "06:33 * DINGHY signals distress\n"
        f"06:40 RANGER -> HMCG: HM Coastguard this is Ranger {HOSTILE} mayday over\n"
        "06:41 HMCG -> RANGER: Ranger this is HM Coastguard, roger, out\n",
        encoding="utf-8",
    )
    return path


def _clean(text: str) -> None:
    for ch in FORBIDDEN:
        assert ch not in text, f"{ch!r} reached the output: {text!r}"


# --- item 3: terminal escapes ---------------------------------------------------


def test_visible_is_the_one_neutraliser() -> None:
    assert visible("a\x1b[2Jb\rc") == "a\N{SYMBOL FOR ESCAPE}[2Jb\N{SYMBOL FOR CARRIAGE RETURN}c"
    assert visible(f"x{RLO}y{ZWSP}z\ufeff") == "x<U+202E>y<U+200B>z<U+FEFF>"
    assert visible("\x9b31m") == "\ufffd31m"  # a C1 CSI
    assert visible("a\nb\tc", "\n\t") == "a\nb\tc"
    once = visible(HOSTILE)
    assert visible(once) == once  # idempotent: nothing is escaped twice
    plain = "Ranger, this is Gris-Nez — Überfahrt über die Straße"
    assert visible(plain) is plain


@pytest.mark.parametrize("fmt", ["text", "table", "markdown", "github", "html"])
def test_check_prints_no_escape_from_the_input(
    cli: Callable[..., Run], tmp_path: Path, fmt: str
) -> None:
    run = cli("check", str(_hostile_transcript(tmp_path)), "--format", fmt, "--exit-zero")
    assert run.code == 0, run.err
    _clean(run.out)
    _clean(run.err)
    if fmt in ("table", "markdown"):  # (text and annotations name rules, not the title)
        assert "\N{SYMBOL FOR ESCAPE}]52;c;cHduZWQ=" in run.out
        assert "<U+202E>olleh" in run.out
    elif fmt == "html":
        assert "&lt;U+202E&gt;olleh" in run.out


def test_colour_output_keeps_rich_styles_but_not_the_input_escapes(tmp_path: Path) -> None:
    """With colours forced, rich's own ESC sequences remain; the input's do not."""
    path = _hostile_transcript(tmp_path)
    env = {"PATH": "/usr/bin:/bin", "FORCE_COLOR": "1", "COLUMNS": "120", "TERM": "xterm"}
    out = subprocess.run(
        [sys.executable, "-m", "checker.cli", "check", str(path), "--exit-zero"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    ).stdout
    assert "\x1b[1m" in out  # rich's bold
    for seq in ("\x1b]52", "\x1b[2J", "\x1b]8;;https://evil"):
        assert seq not in out
    assert RLO not in out


@pytest.mark.parametrize("extra", [[], ["--step"]])
def test_review_terminal_view_prints_no_escape(
    cli: Callable[..., Run], tmp_path: Path, extra: list[str]
) -> None:
    run = cli("review", str(_hostile_transcript(tmp_path)), *extra)
    assert run.code == 0, run.err
    _clean(run.out)
    assert "<U+202E>olleh" in run.out


def test_rich_markup_in_the_input_is_shown_not_obeyed(cli: Callable[..., Run]) -> None:
    """A ``[link=...]`` in an utterance is text: the classify table shows it as it is."""
    run = cli("classify", "[link=https://evil.example]click[/link] [bold]mayday[/bold]")
    assert run.code == 0, run.err
    assert "[link=https://evil.example]" in run.out.replace("\n", "").replace(" ", "")


def test_file_names_are_neutralised_on_stdout_and_stderr(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    _hostile_transcript(folder, f"a{CLEAR}{RLO}.radio")
    (folder / f"b{OSC52}.radio").write_text("nonsense without a colon\n", encoding="utf-8")
    run = cli("check", str(folder), "--exit-zero")
    assert run.code == 2
    _clean(run.out)
    _clean(run.err)
    assert "a\N{SYMBOL FOR ESCAPE}[2J<U+202E>.radio" in run.out
    assert "b\N{SYMBOL FOR ESCAPE}]52;" in run.err


def test_machine_formats_stay_valid_and_are_not_escaped_twice(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    path = _hostile_transcript(tmp_path)
    data = json.loads(cli("check", str(path), "--format", "json", "--exit-zero").out)
    assert data[0]["title"] == f"Case {HOSTILE}"  # the data, exactly as given
    sarif = json.loads(cli("check", str(path), "--format", "sarif", "--exit-zero").out)
    assert sarif["runs"][0]["results"]
    for line in cli("check", str(path), "--format", "jsonl", "--exit-zero").out.splitlines():
        json.loads(line)
    ET.fromstring(cli("check", str(path), "--format", "junit", "--exit-zero").out)


def test_the_html_page_shows_bidi_controls(cli: Callable[..., Run], tmp_path: Path) -> None:
    page = cli("review", str(_hostile_transcript(tmp_path)), "-o", "-").out
    assert RLO not in page and "\x1b" not in page
    assert "&lt;U+202E&gt;olleh" in page


def test_a_quoted_line_keeps_its_caret_under_the_column(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    path = tmp_path / "bidi.radio"
    path.write_text(f"06:40 {RLO}A: hello\n", encoding="utf-8")
    lines = cli("check", str(path)).err.splitlines()
    shown = next(i for i, line in enumerate(lines) if "<U+202E>" in line)
    assert "\N{SYMBOL FOR ESCAPE}" not in lines[shown] and RLO not in lines[shown]


# --- item 5: workflow commands ----------------------------------------------------


def _no_command_lines(text: str) -> None:
    for line in text.splitlines():
        assert not line.lstrip().startswith(("::", "##[")), f"a command line: {line!r}"


@pytest.mark.parametrize("fmt", ["text", "table", "markdown", "junit", "html", "json", "sarif"])
def test_a_title_never_starts_a_workflow_command(
    cli: Callable[..., Run], tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / "stop.radio"
    path.write_text(
        "@title: ::stop-commands::TOKEN\n@station A: vessel\n@station B: vessel\n"
        "06:40 A -> B: ::error file=x::forged\n",
        encoding="utf-8",
    )
    run = cli("check", str(path), "--format", fmt, "--exit-zero")
    assert run.code == 0, run.err
    _no_command_lines(run.out)
    if fmt == "table":
        assert "\\::stop-commands::TOKEN" in run.out  # the fixed prefix, visible


def test_an_echoed_bad_line_never_starts_a_workflow_command(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    path = tmp_path / "bad.radio"
    path.write_text("::stop-commands::TOKEN\n##[error]forged\n", encoding="utf-8")
    run = cli("check", str(path))
    assert run.code == 2
    _no_command_lines(run.err)
    lines = run.err.splitlines()
    shown = lines.index("\\   ::stop-commands::TOKEN")  # the prefix takes a blank
    assert lines[shown + 1].index("^") == 4  # so the caret stays under column 1


def test_github_format_still_writes_its_own_commands(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    path = tmp_path / "stop.radio"
    path.write_text("@title: x\n::stop-commands::TOKEN\n", encoding="utf-8")
    run = cli("check", str(path), "--format", "github")
    assert run.out.startswith("::error ")
    assert "%3A%3Astop-commands" not in run.out.split("::", 2)[1]  # properties escaped
    assert all(line.startswith("::") for line in run.out.splitlines())


def test_a_newline_in_a_diagnostic_cannot_start_a_line() -> None:
    from checker.diagnostics import format_diagnostic, make

    d = make("RC100", "bad\n::stop-commands::x", path="a\nb.radio", line=1, hint="h\nx")
    assert len(format_diagnostic(d).splitlines()) == 2


def test_the_guard_sees_a_command_split_across_writes() -> None:
    out = io.StringIO()
    guard = LineGuard(out)
    for chunk in ("ok\n  :", ":stop-commands::", "T\n", "#", "#[error]x\n", "a :: b\n", "#"):
        guard.write(chunk)
    guard.flush()
    assert out.getvalue() == "ok\n\\ ::stop-commands::T\n\\##[error]x\na :: b\n#"


# --- low items ----------------------------------------------------------------------


def test_markdown_cells_escape_html_backticks_and_pipes() -> None:
    from checker.report.markdown import cell, code

    assert cell("<img src=x onerror=alert(1)> &#x202E; a|b `c`") == (
        "&lt;img src=x onerror=alert(1)&gt; &amp;#x202E; a\\|b \\`c\\`"
    )
    assert code("a`b") == "``a`b``"
    assert code("`x") == "`` `x ``"
    assert code("a\nb") == "`a\N{SYMBOL FOR LINE FEED}b`"


def test_markdown_of_a_hostile_file_name(cli: Callable[..., Run], tmp_path: Path) -> None:
    path = _hostile_transcript(tmp_path, "a`b<i>.radio")
    out = cli("check", str(path), "--format", "markdown", "--exit-zero").out
    assert "``" in out and "a`b<i>.radio``" in out  # a longer fence, not a broken span
    assert "<i>" not in out.replace("a`b<i>.radio", "")


def test_sarif_uris_are_percent_encoded(cli: Callable[..., Run], tmp_path: Path) -> None:
    path = _hostile_transcript(tmp_path, "case 1#%.radio")
    sarif = json.loads(cli("check", str(path), "--format", "sarif", "--exit-zero").out)
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for result in sarif["runs"][0]["results"]
        for loc in result["locations"]
    }
    assert uris and all(u.endswith("case%201%23%25.radio") for u in uris), uris


@pytest.mark.parametrize(
    ("args", "code", "first"),
    [
        (["rules"], 0, b"Rules of"),
        # more than a pipe holds, so that the writer meets the closed pipe for sure
        (
            [
                "check",
                *[str(ROOT / "transcripts/channel/ranger-2025.radio")] * 4,
                "--format",
                "json",
            ],
            1,
            b"[",
        ),
    ],
)
def test_piped_to_head_is_silent_and_exits_as_it_would_have(
    args: list[str], code: int, first: bytes
) -> None:
    """``radiocheck rules | head -1``: no BrokenPipeError on stderr, the usual code."""
    with subprocess.Popen(
        [sys.executable, "-m", "checker.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        line = proc.stdout.readline()
        proc.stdout.close()  # ``| head -1``
        err = proc.stderr.read()
        assert proc.wait(timeout=120) == code
    assert line.startswith(first)
    assert err == b"", err


def test_convert_never_writes_a_file_that_check_rejects(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    """Speaker labels that are no station name, and ``# radiocheck:`` in a label or
    in the words, are written so that the converted file reads back without error."""
    labels = ["A # radiocheck: ignore CH01", "'Q' (vhf)", "9lives\\x", "@title", "*star", "C"]
    texts = [
        "hello over",
        "roger # radiocheck: ignore[CH01] out",
        "ok",
        "ok",
        "ok",
        "roger#radiocheck: act=mayday out",
    ]
    cues = "".join(
        f"\n{i}\n00:00:{10 + 2 * i:02d}.000 --> 00:00:{11 + 2 * i:02d}.000\n<v {who}>{text}</v>\n"
        for i, (who, text) in enumerate(zip(labels, texts, strict=True), 1)
    )
    (tmp_path / "rec.vtt").write_text("WEBVTT\n" + cues, encoding="utf-8")
    (tmp_path / "rec.radio").write_text("@title: t\n@start: 06:00:00\n", encoding="utf-8")
    out = tmp_path / "converted.radio"
    run = cli("convert", str(tmp_path / "rec.vtt"), "-o", str(out))
    assert run.code == 0, run.err
    check = cli("check", str(out), "--format", "json", "--exit-zero")
    assert check.code == 0, check.err
    report = json.loads(check.out)[0]
    assert not [d for d in report["diagnostics"] if d["severity"] == "error"]
    names = [e["speaker_name"] for e in report["events"] if e["kind"] == "utterance"]
    assert names[2] == "9lives\\x"  # the backslash survives the round trip
    assert not any(e.get("overridden") for e in report["events"])
