"""A synthetic corpus of transcripts, built deterministically from ``transcripts/``.

Each synthetic transcript is one of the project's own transcripts (the templates:
every ``*.radio`` under ``transcripts/`` that is not the sidecar of a recording),
varied by its copy number so that no two utterances of the corpus are the same:

* the call signs of vessels (the one-word names in their ``aka``, e.g. "Ranger") are
  replaced, in the header, the speakers and the utterances, by two-word names drawn
  from 40 x 40 words ("Amber Kestrel"), unique within a transcript;
* digits in utterances are shifted by the copy number ("58 persons", "0.8 nm",
  "channel 16");
* clocks are shifted by a few minutes per copy, keeping their order;
* after the template's lines, its utterances are said again ``ROUNDS`` times, a
  minute apart (the exchanges go on), so that transcripts have a realistic length;
* ``@expect`` lines are dropped (the renamed stations would not meet them).

An utterance that is the same as one made before is varied further, trying in turn
each style (as typed; as speech recognition writes it, lower case without
punctuation; with a hesitation "uh" before it) of each form (as it is; the
addressee's name as a vocative, "Amber Kestrel, roger. Out."; a call-up, "Amber
Kestrel, this is Grey Heron. Roger. Out."; a call-up with the name twice; the
speaker's name first, "This is Grey Heron. Roger. Out."; said twice, "Roger. Out. I
say again, roger. Out."); failing all eighteen, a spoken time is added ("... Time one
two three four."), counted, so always new. How many utterances took each variant is
in the corpus statistics. Smaller corpora are prefixes of larger ones.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORDING_SUFFIXES = (".vtt", ".srt", ".json", ".rttm")

ADJECTIVES = (
    "Amber", "Silver", "Golden", "Scarlet", "Crimson", "Azure", "Ivory", "Copper", "Cobalt",
    "Emerald", "Jade", "Russet", "Saffron", "Indigo", "Hazel", "Opal", "Ruby", "Sable",
    "Topaz", "Violet", "Coral", "Pearl", "Onyx", "Garnet", "Bronze", "Cerise", "Umber",
    "Ochre", "Teal", "Auburn", "Lilac", "Mauve", "Tawny", "Ebony", "Slate", "Willow",
    "Cedar", "Aspen", "Rowan", "Laurel",
)  # fmt: skip
BIRDS = (
    "Kestrel", "Heron", "Gannet", "Petrel", "Osprey", "Curlew", "Plover", "Tern", "Fulmar",
    "Merlin", "Puffin", "Shearwater", "Skua", "Dunlin", "Sanderling", "Avocet", "Bittern",
    "Godwit", "Whimbrel", "Redshank", "Greenshank", "Turnstone", "Knot", "Razorbill",
    "Guillemot", "Kittiwake", "Cormorant", "Shag", "Grebe", "Wigeon", "Teal", "Pintail",
    "Eider", "Scoter", "Goldeneye", "Smew", "Merganser", "Goosander", "Swift", "Swallow",
)  # fmt: skip
#: Times each template's utterances are said again after it (its exchanges go on), so
#: that transcripts are of a realistic length (the templates hold 2 to 15 utterances).
ROUNDS = 9
DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "niner")

_STATION = re.compile(r"^@station\s+([\w-]+)\s*:\s*(\w+)(.*)$")
_AKA_NAME = re.compile(r'"([A-Z][a-z]+)"')
_CLOCK = re.compile(r"^(\[?)(\d{1,2}):(\d{2})")
_UTTERANCE = re.compile(r"^(\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)(?!\*)([^:]+?):\s(.*)$")
_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"[^\w\s'.-]|(?<!\d)\.|\.(?!\d)")
STYLES = ("typed", "asr", "filler")


@dataclass
class Stats:
    """What a corpus holds, and how often utterances needed varying further."""

    transcripts: int = 0
    utterances: int = 0
    chars: int = 0
    varied: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "transcripts": self.transcripts,
            "utterances": self.utterances,
            "mean_utterance_chars": round(self.chars / max(1, self.utterances), 1),
            "utterance_variants": dict(self.varied),
        }


def templates(root: Path = ROOT) -> list[Path]:
    """The project's transcripts that stand on their own (not a recording's sidecar).

    The verbatim real transcripts of ``transcripts/real/`` are left out: they are the
    measure of understanding (benchmarks/accuracy.py), quoted as published, and the
    speed figures stay comparable with those measured before they came."""
    out = []
    for path in sorted((root / "transcripts").rglob("*.radio")):
        if any(path.with_suffix(s).is_file() for s in RECORDING_SUFFIXES):
            continue
        if "real" in path.relative_to(root / "transcripts").parts[:1]:
            continue
        out.append(path)
    return out


def _name(index: int) -> str:
    return f"{ADJECTIVES[index % len(ADJECTIVES)]} {BIRDS[(index // len(ADJECTIVES)) % len(BIRDS)]}"


def styled(text: str, style: str) -> str:
    """``typed`` as written; ``asr`` as speech recognition writes it (lower case, no
    punctuation); ``filler`` with a hesitation before it."""
    if style == "asr":
        return " ".join(_PUNCT.sub(" ", text).lower().split())
    if style == "filler":
        return f"uh {text[:1].lower()}{text[1:]}"
    return text


def spoken(n: int) -> str:
    return " ".join(DIGITS[int(d)] for d in f"{n:04d}")


class Generator:
    """Makes the synthetic transcripts one at a time, remembering every utterance."""

    def __init__(self, sources: list[Path], rounds: int = ROUNDS) -> None:
        self.rounds = rounds
        self.sources = [p.read_text(encoding="utf-8") for p in sources]
        self.names = [p.name for p in sources]
        self.seen: set[str] = set()
        self.counter = 0
        self.stats = Stats()

    def transcript(self, i: int) -> tuple[str, str]:
        """The file name and text of synthetic transcript ``i``."""
        t = i % len(self.sources)
        copy = i // len(self.sources)
        text = self.sources[t]
        lines = [line for line in text.splitlines() if not line.startswith("@expect")]
        calls: list[str] = []
        for line in lines:
            m = _STATION.match(line)
            if m and m.group(2) == "vessel":
                calls += [n for n in _AKA_NAME.findall(m.group(3)) if n not in calls]
        renames = {old: _name(copy * len(calls) + k + t * 97) for k, old in enumerate(calls)}
        if renames:
            words = re.compile(r"\b(" + "|".join(map(re.escape, renames)) + r")\b")
            lines = [
                line if line.startswith("#") else words.sub(lambda m: renames[m.group()], line)
                for line in lines
            ]
        clocks = [int(m.group(2)) * 60 + int(m.group(3)) for m in map(_CLOCK.match, lines) if m]
        talk = [line for line in lines if _UTTERANCE.match(line)]
        last = max(clocks, default=0)
        rounds = min(self.rounds, (23 * 60 - last) // max(1, len(talk)))
        room = 23 * 60 - last - rounds * len(talk)
        shift = (copy * 7) % room if room > 0 else 0
        # the exchanges go on: the template's utterances again, a minute apart
        lines += [
            _CLOCK.sub(
                # keep an opening bracket: "[01:48:00] ..." stays a bracketed time
                lambda m, n=n: f"{m.group(1)}{(last + n) // 60:02d}:{(last + n) % 60:02d}",
                line,
                count=1,
            )
            for n, line in enumerate([line for _ in range(rounds) for line in talk], 1)
        ]
        out = []
        for n, line in enumerate(lines):
            m = _CLOCK.match(line)
            if not m:
                out.append(line)
                continue
            minutes = int(m.group(2)) * 60 + int(m.group(3)) + shift
            shifted = f"{m.group(1)}{minutes // 60:02d}:{minutes % 60:02d}{line[m.end() :]}"
            u = _UTTERANCE.match(shifted)
            if u:
                text = self._utterance(u.group(3), u.group(2), copy + n)
                shifted = f"{u.group(1)}{u.group(2)}: {text}"
            out.append(shifted)
        self.stats.transcripts += 1
        stem = Path(self.names[t]).stem
        return f"{i:06d}-{stem}.radio", "\n".join(out) + "\n"

    def _utterance(self, text: str, who: str, shift: int) -> str:
        text = _DIGIT.sub(lambda m: str((int(m.group()) + shift) % 10), text)
        speaker, _, addressee = (s.strip() for s in who.partition("->"))
        forms = [("as_is", text)]
        if addressee:
            forms.append(("vocative", f"{addressee}, {text}"))
            forms.append(("callup", f"{addressee}, this is {speaker}. {text}"))
            forms.append(("callup2", f"{addressee}, {addressee}, this is {speaker}. {text}"))
        forms.append(("this_is", f"This is {speaker}. {text}"))
        forms.append(("say_again", f"{text} I say again, {text}"))
        for style in STYLES:
            for form, plain in forms:
                candidate = styled(plain, style)
                if candidate not in self.seen:
                    return self._keep(f"{form}/{style}", candidate)
        while True:
            self.counter += 1
            candidate = f"{text} Time {spoken(self.counter)}."
            if candidate not in self.seen:
                return self._keep("time", candidate)

    def _keep(self, kind: str, text: str) -> str:
        self.seen.add(text)
        self.stats.varied[kind] = self.stats.varied.get(kind, 0) + 1
        self.stats.utterances += 1
        self.stats.chars += len(text)
        return text


def build(sizes: list[int], out: Path, rounds: int = ROUNDS) -> dict[int, tuple[Path, Stats]]:
    """Write a corpus of each size under ``out/corpus-N/``; smaller ones are prefixes
    of the largest, and every utterance of the largest is distinct. A corpus already
    written by the same generator from the same templates is kept as it is."""
    sources = templates()
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in sources:
        digest.update(path.read_bytes())
    key = f"{digest.hexdigest()} rounds={rounds} largest={max(sizes)}"
    made: dict[int, tuple[Path, Stats]] = {}
    for n in sorted(sizes):
        stamp = out / f"corpus-{n}" / "corpus.json"
        if stamp.is_file():
            saved = json.loads(stamp.read_text(encoding="utf-8"))
            if saved.get("key") == key:
                made[n] = (stamp.parent, Stats(**saved["stats"]))
    if len(made) == len(sizes):
        return made
    gen = Generator(sources, rounds)
    files: list[tuple[str, str]] = []
    snapshots: dict[int, Stats] = {}
    for i in range(max(sizes)):
        files.append(gen.transcript(i))
        if i + 1 in sizes:
            s = gen.stats
            snapshots[i + 1] = Stats(s.transcripts, s.utterances, s.chars, dict(s.varied))
    for n in sorted(sizes):
        folder = out / f"corpus-{n}"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for name, text in files[:n]:
            (folder / name).write_text(text, encoding="utf-8")
        stats = snapshots[n]
        record = {"key": key, "stats": asdict(stats)}
        (folder / "corpus.json").write_text(json.dumps(record, indent=2), encoding="utf-8")
        made[n] = (folder, stats)
    return made
