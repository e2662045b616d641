"""One long transcript: a day of a busy channel in one file (issue 19).

``transcript(n, seed)`` is a valid Channel transcript of ``n`` utterances, every one
distinct, made from varied real phrasing so that no memo of whole utterances (nor of
a handful of phrases) can flatter a figure:

* the words are the verbatim real radio and phone speech of
  ``tests/data/real/utterances.tsv`` (tuning and test lines alike: this measures speed,
  not understanding), digits shifted by a number drawn per utterance;
* each is said by one of the 40 vessels on the channel or one of two coastguards, to
  another of them, to all stations or to nobody, behind a call-up drawn from several
  forms (none, a vocative, "X, this is Y", the name twice, "this is Y"), typed or as
  speech recognition writes it; vessels have two-word names ("Amber Kestrel", the
  words of :mod:`corpus`), and come and go: a new one arrives every 50 utterances and
  the oldest leaves, so that what a file holds per utterance (stations, casualties:
  a vessel that says it is in distress is one from then on) does not depend on its
  length;
* about two utterances in five answer the one before (its addressee speaks back), so
  that questions find replies as they do on a working channel;
* every 2,000 utterances a new casualty (a dinghy, declared in the header) signals
  distress, is placed, is called about by name, is reached, recovered from and landed,
  in narration lines and utterances spread over the next few hundred lines;
* times step one to three seconds, and a new ``@date`` starts each day.

An utterance already made is given a spoken time ("... Time one two three four.") so
that it is new. The same ``n`` and ``seed`` make the same text; a shorter transcript is
not a prefix of a longer one (the header declares one casualty per 2,000 utterances).
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

from benchmarks.corpus import ADJECTIVES, BIRDS, STYLES, spoken, styled

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "real" / "utterances.tsv"
#: Utterances per casualty (a new case of distress every so many lines).
CASE_EVERY = 2000
#: Vessels on the channel at a time, and utterances between two arrivals.
ON_CHANNEL = 40
ARRIVAL = 50
PHONETIC = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel")
FORMS = ("bare", "vocative", "callup", "callup2", "this_is")
_DIGIT = re.compile(r"\d")


def phrases(path: Path = REAL) -> list[str]:
    """The real utterances' texts, in file order."""
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return [line.split("\t")[0] for line in lines if line.strip()]


def _vessel(i: int) -> tuple[str, str]:
    """The id and name of vessel ``i``: the 1,600 pairs of words, then each again after
    a phonetic word ("Amber Kestrel Bravo"), unique for ``i`` below 12,800."""
    q, r = divmod(i % 1600, len(ADJECTIVES))
    name = f"{ADJECTIVES[r]} {BIRDS[(q + 7 * r) % len(BIRDS)]}"
    return f"V{i:04d}", name + (f" {PHONETIC[i // 1600]}" if i >= 1600 else "")


def _on_channel(i: int) -> range:
    """The vessels on the channel at utterance ``i``."""
    return range(i // ARRIVAL, i // ARRIVAL + ON_CHANNEL)


def _casualty(k: int) -> tuple[str, str]:
    """The id and name of the ``k``-th casualty ("Dinghy Bravo 3")."""
    return f"DINGHY-{k}", f"Dinghy {PHONETIC[k % len(PHONETIC)]} {k // len(PHONETIC) + 1}"


def header(vessels: int, cases: int) -> str:
    """The transcript's header: the rule set, the coastguards, the vessels, the casualties."""
    lines = [
        "# A day of a busy channel in one file: benchmarks/onefile.py",
        "@title: A busy day on channel 16",
        "@date: 2025-06-01",
        "@timezone: +01:00",
        "@rules: uk-fr-channel",
        '@station HMCG: rcc party=UK aka="Dover Coastguard", "UK Coastguard"',
        '@station CROSS: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"',
    ]
    for i in range(vessels):
        sid, name = _vessel(i)
        party = ("UK", "FR")[i % 2]
        unit = "state" if i % 5 == 0 else "private"
        lines.append(f'@station {sid}: vessel party={party} unit={unit} aka="{name}"')
    for k in range(cases):
        sid, name = _casualty(k)
        lines.append(f'@station {sid}: casualty persons=~{20 + k % 50} aka="{name}"')
    return "\n".join(lines) + "\n\n"


class _Writer:
    """Makes the lines one at a time, remembering every utterance."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.texts = phrases()
        self.names = {"HMCG": "Dover Coastguard", "CROSS": "CROSS Gris-Nez"}
        self.seen: set[str] = set()
        self.counter = 0
        self.seconds = 5
        self.day = date(2025, 6, 1)
        self.lines: list[str] = []
        self.last: tuple[str, str | None] | None = None

    def clock(self) -> str:
        """The next line's time, stepping one to three seconds (a new @date at midnight)."""
        self.seconds += self.rng.randint(1, 3)
        if self.seconds >= 86400:
            self.seconds -= 86400
            self.day += timedelta(days=1)
            self.lines.append(f"@date: {self.day.isoformat()}")
        h, rest = divmod(self.seconds, 3600)
        return f"{h:02d}:{rest // 60:02d}:{rest % 60:02d}"

    def name(self, sid: str | None) -> str | None:
        """The name a station is called by (``ALL STATIONS`` as it is)."""
        if sid is not None and sid.startswith("V") and sid not in self.names:
            self.names[sid] = _vessel(int(sid[1:]))[1]
        return self.names.get(sid or "", sid)

    def say(self, speaker: str, addressee: str | None, text: str) -> None:
        """An utterance behind a call-up drawn at random; new, or given a spoken time."""
        who, to = self.name(speaker), self.name(addressee)
        form = self.rng.choice(FORMS) if to and to != "ALL STATIONS" else "this_is"
        said = {
            "bare": text,
            "vocative": f"{to}, {text}",
            "callup": f"{to}, this is {who}. {text}",
            "callup2": f"{to}, {to}, this is {who}. {text}",
            "this_is": f"This is {who}. {text}",
        }[form]
        said = styled(said, self.rng.choice(STYLES))
        while said in self.seen:
            self.counter += 1
            said = f"{said} Time {spoken(self.counter % 10000)}."
        self.seen.add(said)
        column = f"{who} -> {to}" if to else who
        self.lines.append(f"{self.clock()} {column}: {said}")
        self.last = (speaker, addressee)

    def narrate(self, what: str) -> None:
        self.lines.append(f"{self.clock()} * {what}")

    def real(self, i: int) -> None:
        """Utterance ``i``: a real one, digits shifted, said by and to stations on the
        channel drawn at random."""
        shift = self.rng.randint(1, 9)
        text = _DIGIT.sub(lambda m: str((int(m.group()) + shift) % 10), self.rng.choice(self.texts))
        stations = ["HMCG", "CROSS", *(_vessel(v)[0] for v in _on_channel(i))]
        if self.last and self.last[1] in stations and self.rng.random() < 0.4:
            speaker, addressee = self.last[1], self.last[0]  # the addressee answers
        else:
            speaker = self.rng.choice(stations)
            roll = self.rng.random()
            addressee = (
                None
                if roll < 0.1
                else "ALL STATIONS"
                if roll < 0.15
                else self.rng.choice([s for s in stations if s != speaker])
            )
        self.say(speaker, addressee, text)

    def case(self, k: int, step: int) -> bool:
        """Line ``step`` of casualty ``k``'s story, narration before an utterance; True
        when the story says the utterance too."""
        cid, name = _casualty(k)
        rng = random.Random(k)  # the same vessel, place and count at every step
        first = _on_channel(k * CASE_EVERY)  # one that stays on the channel for the story
        vid, vessel = _vessel(first.start + 10 + rng.randrange(ON_CHANNEL - 10))
        persons = 20 + k % 50
        miles = f"{rng.randint(1, 9)}.{rng.randint(0, 9)}"
        side = rng.choice(("French", "UK"))
        narration = {
            0: f"{cid} signals distress",
            3: f"{cid} is {miles} nm inside {side} waters",
            12: f"{vid} proceeds to {cid}",
            120: f"{vid} arrives on scene",
            200: f"{vid} recovers {persons} persons from {cid}",
            400: f"{vid} lands {persons} persons at Dover",
        }.get(step)
        if narration:
            self.narrate(narration)
        said = {
            5: ("HMCG", "ALL STATIONS", f"Mayday relay, {name}, about {persons} persons on "
                f"board, {miles} miles inside {side} waters. Over."),
            9: (vid, "HMCG", f"Received mayday. {vessel} proceeding to {name}. Over."),
            40: ("CROSS", vid, f"What are your intentions with {name}? Over."),
            41: (vid, "CROSS", f"We are taking the persons of {name} on board. Over."),
        }.get(step)  # fmt: skip
        if said:
            self.say(*said)
        return said is not None


def transcript(utterances: int, seed: int = 0) -> str:
    """A valid one-file transcript of ``utterances`` distinct utterances."""
    w = _Writer(seed)
    for i in range(utterances):
        if not w.case(*divmod(i, CASE_EVERY)):
            w.real(i)
    vessels = _on_channel(max(0, utterances - 1)).stop
    return header(vessels, utterances // CASE_EVERY + 1) + "\n".join(w.lines) + "\n"
