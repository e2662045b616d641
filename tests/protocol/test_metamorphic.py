"""Metamorphic tests over the corpus: transformations that must not change who was
responsible (issue 4). Renaming stations, shifting every time, lower-casing and
removing punctuation, or adding fillers leave the ledgers as they were; swapping
France and the UK throughout swaps the parties in the ledgers. Every shipped
transcript said as a recogniser gives it (lower case, no punctuation at all, the
form of ``benchmarks/accuracy.py``'s ``as_recognised``) still meets every one of its
``@expect`` lines (issue 15): the reading of a whole incident may not rest on a
typist's commas and capitals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.api import check
from checker.report.expect import evaluate
from checker.runner import discover
from tests.conftest import ROOT

CORPUS = [
    p
    for p in discover([ROOT / "transcripts"])
    if p.suffix == ".radio" and "@expect ledger" in p.read_text(encoding="utf-8")
]
_UTTERANCE = re.compile(r"^(\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?([^*@#\s][^:]*?)(\s*:\s)(.*)$")
_TIME = re.compile(r"^(\[?)(\d{1,2}):(\d{2})")

Ledger = list[tuple[str, str, str | None, str | None, str, int]]


def ledgers(text: str, path: Path) -> Ledger:
    report = check(text.replace("\n@rules: ", "\n@rules: ") if text else text)
    assert report.checked, (path.name, [d.message for d in report.diagnostics])
    return [
        (s.casualty, s.level, s.party, s.station, s.how, s.from_line) for s in report.responsibility
    ]


def _map_utterance_text(text: str, fn: Callable[[str], str]) -> str:
    out = []
    for raw in text.splitlines():
        m = _UTTERANCE.match(raw)
        if m and not raw.startswith(("@", "#", " ", "\t")):
            comment = ""
            body = m[4]
            hash_at = re.search(r"\s#(\s|$)", body)
            if hash_at:
                body, comment = body[: hash_at.start()], body[hash_at.start() :]
            out.append(f"{m[1] or ''}{m[2]}{m[3]}{fn(body)}{comment}")
        else:
            out.append(raw)
    return "\n".join(out) + "\n"


def lower_no_punctuation(text: str) -> str:
    return _map_utterance_text(text, lambda s: re.sub(r"[.,;!?]", "", s).lower())


def add_fillers(text: str) -> str:
    def fill(s: str) -> str:
        words = s.split()
        return " ".join([*words[:1], "uh", *words[1:2], "er", *words[2:]]) if words else s

    return _map_utterance_text(text, fill)


def shift_times(text: str) -> str:
    def shift(line: str) -> str:
        m = _TIME.match(line)
        if not m:
            return line
        minutes = int(m[2]) * 60 + int(m[3]) + 7
        return f"{m[1]}{minutes // 60 % 24:02d}:{minutes % 60:02d}" + line[m.end() :]

    shifted = "\n".join(shift(line) for line in text.splitlines()) + "\n"
    hours = [int(m[2]) for m in map(_TIME.match, text.splitlines()) if m]
    if any(h >= 23 for h in hours):
        pytest.skip("times near midnight would cross a day")
    return shifted


def _station_names(text: str) -> list[str]:
    names: list[str] = []
    for line in text.splitlines():
        m = re.match(r"@station\s+(\S+):(.*)$", line)
        if m:
            names.append(m[1])
            names.extend(re.findall(r'"([^"]+)"', m[2]))
    return names


def rename_stations(text: str) -> tuple[str, dict[str, str]]:
    """Give every station a new id and every distinctive alias a new name, everywhere."""
    ids = [m[1] for m in re.finditer(r"^@station\s+(\S+):", text, re.M)]
    new_ids = {old: f"ST{i:02d}" for i, old in enumerate(ids)}
    generic = re.compile(r"\b(dinghy|boat|coastguard|warship|navy|lifeboat|cutter)\b", re.I)
    aliases = [a for a in _station_names(text) if a not in ids and not generic.search(a)]
    new_aliases = {a: f"Kestrel {chr(65 + i)}" for i, a in enumerate(dict.fromkeys(aliases))}
    # As written (case-sensitive): the id RANGER and the alias "Ranger" are different words.
    for old, new in sorted({**new_aliases, **new_ids}.items(), key=lambda kv: -len(kv[0])):
        text = re.sub(rf"(?<![\w-]){re.escape(old)}(?![\w-])", new, text)
    return text, {v: k for k, v in new_ids.items()}


_CODES = {"FR": "UK", "UK": "FR"}
_WORDS = {
    "French": "UK",
    "UK": "French",
    "British": "French",
    "English": "French",
    "France": "Britain",
    "Britain": "France",
    "Dover": "Calais",
    "Calais": "Dover",
}


def swap_parties(text: str) -> str:
    """France for the UK throughout: party codes where they are codes (party=, ledger
    entries), words where they are words ("UK waters" becomes "French waters")."""
    out = []
    words = re.compile(r"(?<![\w-])(" + "|".join(_WORDS) + r")(?![\w-])")
    for raw in text.splitlines():
        # Mark swapped codes with NUL so that the word pass leaves them alone.
        line = re.sub(r"party=(FR|UK)\b", lambda m: "party=\0" + _CODES[m[1]], raw)
        if line.startswith("@expect") and '"' not in line:
            line = re.sub(r"(?<![\w-])(FR|UK)(?=[/\s,]|$)", lambda m: "\0" + _CODES[m[1]], line)
        line = words.sub(lambda m: _WORDS[m[1]], line)
        out.append(line.replace("\0French", "UK").replace("\0UK", "FR").replace("\0FR", "FR"))
    return "\n".join(out) + "\n"


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "lower-case, no punctuation": lower_no_punctuation,
    "fillers": add_fillers,
    "times shifted": shift_times,
}


@pytest.mark.parametrize("name", TRANSFORMS)
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_ledgers_survive(path: Path, name: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert ledgers(TRANSFORMS[name](text), path) == ledgers(text, path)


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_renaming_stations_keeps_ledgers(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    renamed, back = rename_stations(text)
    got = [
        (back.get(c, c), lvl, p, back.get(s, s) if s else s, h, n)
        for c, lvl, p, s, h, n in ledgers(renamed, path)
    ]
    assert got == ledgers(text, path)


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_swapping_france_and_the_uk_swaps_the_ledgers(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    written = re.search(r"\d+°|\d+ \d+(\.\d+)? [NS]", text)
    spoken = re.search(r"\b(north|south)\b[^\n]*\b(east|west)\b", text, re.I)
    if written or spoken:
        pytest.skip("coordinates cannot be mirrored across the line")
    swapped = ledgers(swap_parties(text), path)
    expected = [
        (c, lvl, {"FR": "UK", "UK": "FR"}.get(p, p) if p else p, s, h, n)
        for c, lvl, p, s, h, n in ledgers(text, path)
    ]
    assert swapped == expected


CHECKED = [
    p
    for p in discover([ROOT / "transcripts"])
    if p.suffix == ".radio" and "\n@expect " in p.read_text(encoding="utf-8")
]
_NOT_SAID = re.compile(r"[^\w\s'’-]+")


def as_recognised(text: str) -> str:
    """Every utterance as a recogniser gives it, and the quoted text of the
    ``@expect act(s)`` lines the same way (they name an utterance by its words)."""

    def plain(s: str) -> str:
        return " ".join(_NOT_SAID.sub(" ", s.lower()).split())

    said = _map_utterance_text(text, plain)
    return re.sub(
        r'^(@expect acts? )"([^"]*)"', lambda m: f'{m[1]}"{plain(m[2])}"', said, flags=re.M
    )


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_expectations_hold_as_recognised(path: Path) -> None:
    report = check(as_recognised(path.read_text(encoding="utf-8")))
    assert report.checked, [d.message for d in report.diagnostics]
    failed = [f"{r.source}: {r.expected} / {r.actual}" for r in evaluate(report) if not r.passed]
    assert not failed, failed
