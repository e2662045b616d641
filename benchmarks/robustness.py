"""Whether a reading survives the disfluencies of speech: ``python benchmarks/robustness.py``.

Real speech stutters, starts again, puts asides inside a sentence and opens with
words that lead in; a recogniser writes it without capitals or punctuation. Text
typed for a report has few of these, and the hidden material this tool is judged on
has many. This benchmark takes every line of the real corpus (``accuracy.rows``; its
parts as ``accuracy.py`` splits them) and says each again with one disfluency, made
by a fixed rule from a seed per line, so every run makes the same lines:

- ``filler``: "uh" or "um" ("euh", "ben") between two words;
- ``aside``: an aside where speakers put it: "you know", "I mean" ("tu vois", "vous
  savez") after a comma or a subject or ending the line; "like" after "be" or a
  comma or before a number; French "quoi" ending a clause, before its punctuation;
- ``stutter``: one word said twice;
- ``false start``: the first one to three words said, broken off, then the line;
- ``lead-in``: "well", "so", "and so" ("alors", "bon ben", "donc", "et puis") before
  the line: words that lead in and say nothing ("yeah" or "okay" would answer or
  receipt, which SPEECH-ACTS.md makes the primary act before a bare call);
- ``recognised``: lower case without punctuation (``accuracy.as_recognised``);
- ``no apostrophes``: English typed without them ("were sinking", "well be there",
  "im", "dont"), as hurried typists and some recognisers write;
- ``upper case``: all in capitals, as telex-era logs and some records are typed;
- ``homophone``: one English word as a recogniser may write it for another that
  sounds the same ("their" for "there", "four" for "for", "no" for "know");
- ``number in words``: an English number under a hundred in words ("forty" for "40");
- ``number in digits``: a number word in digits, as recognisers write them ("40" for
  "forty", "3" for "trois"; French "un" may be the article, so some lines are odd);
- ``called first``: the stations named before the line ("Solent Coastguard, this is
  Blue Heron, …", "CROSS Corsen, ici Blue Heron, …"), and the same as a recogniser
  writes it (``called first, recognised``), with no context (``radiocheck classify``
  alone must guess where the names end) and with the stations declared as a
  transcript declares them (``…, stations declared``): a call-up is no substantive
  act, so the primary act stays the line's (unless the line is a call itself);
- ``over``: the proword said at the end.

For each it reports how often the primary act is the same as the plain line's
(**agreement**, the figure to keep high: a disfluency says nothing new) and how often
it is right. The test part's lines are scored, never listed; ``--show KIND`` lists
the tuning part's disagreements of one disfluency. Writes
``benchmarks/out/robustness.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import accuracy

from checker.context import Context, build_context
from checker.phraseology import classify
from checker.ruleset.schema import Party, World
from checker.transcript import read_text

OUT = accuracy.ROOT / "benchmarks" / "out" / "robustness.json"
_FILLERS = {"en": ("uh", "um"), "fr": ("euh", "ben")}
_ASIDES = {"en": ("you know", "I mean", "like"), "fr": ("tu vois", "vous savez", "quoi")}
_LEADS = {"en": ("well", "so", "and so"), "fr": ("alors", "bon ben", "donc", "et puis")}
#: Forms of "be" after which "like" hedges ("there's like forty").
_BE = frozenset({"is", "are", "was", "were", "it's", "there's", "we're", "they're", "i'm"})
#: Words after which speakers put an aside: subjects said first.
_SUBJECTS = frozenset({
    "we", "i", "you", "he", "she", "they", "it", "je", "tu", "il", "elle", "on", "nous",
    "vous", "ils", "elles", "c'est", "we're", "i'm", "you're", "they're", "there's",
    "it's",
})  # fmt: skip


def _filler(w: list[str], rnd: random.Random, lang: str) -> str | None:
    if len(w) < 2:
        return None
    k = rnd.randrange(1, len(w))
    return " ".join([*w[:k], rnd.choice(_FILLERS[lang]), *w[k:]])


def _aside(w: list[str], rnd: random.Random, lang: str) -> str | None:
    if len(w) < 2:
        return None
    aside = rnd.choice(_ASIDES[lang])
    low = [x.lower().rstrip(",.!?;:") for x in w]
    if aside == "quoi":  # before a clause's punctuation, or ending the line
        spots = [k for k in range(len(w)) if w[k][-1] in ",.!?;:" and low[k]]
        k = rnd.choice([*spots, len(w) - 1])
        bare = w[k].rstrip(",.!?;:")
        return " ".join([*w[:k], f"{bare} quoi{w[k][len(bare) :]}", *w[k + 1 :]])
    if aside == "like":
        spots = [
            k + 1
            for k in range(len(w) - 1)
            if w[k][-1] == "," or low[k] in _BE or w[k + 1][:1].isdigit()
        ]
    else:
        spots = [k + 1 for k in range(len(w) - 1) if w[k][-1] == "," or low[k] in _SUBJECTS]
    k = rnd.choice([*spots, len(w)])
    if k < len(w):
        return " ".join([*w[:k], aside, *w[k:]])
    last = w[-1].rstrip(".!?")
    end = w[-1][len(last) :]
    return " ".join([*w[:-1], f"{last}, {aside}{end}" if last else aside])


def _stutter(w: list[str], rnd: random.Random, lang: str) -> str | None:
    if len(w) < 2:
        return None
    k = rnd.randrange(len(w))
    return " ".join([*w[: k + 1], w[k], *w[k + 1 :]])


def _false_start(w: list[str], rnd: random.Random, lang: str) -> str | None:
    if len(w) < 2:
        return None
    k = rnd.randrange(1, min(3, len(w)) + 1)
    return " ".join(w[:k]) + " — " + " ".join(w)


def _lead_in(w: list[str], rnd: random.Random, lang: str) -> str | None:
    return rnd.choice(_LEADS[lang]) + " " + " ".join(w)


def _recognised(w: list[str], rnd: random.Random, lang: str) -> str | None:
    return accuracy.as_recognised(" ".join(w))


def _no_apostrophes(w: list[str], rnd: random.Random, lang: str) -> str | None:
    if lang != "en" or not any("'" in x or "’" in x for x in w):
        return None
    return " ".join(w).replace("'", "").replace("’", "")


def _upper(w: list[str], rnd: random.Random, lang: str) -> str | None:
    return " ".join(w).upper()


#: Words a recogniser writes for others that sound the same (English).
_HOMOPHONES = {
    "there": "their", "their": "there", "they're": "there", "your": "you're",
    "you're": "your", "to": "too", "two": "to", "for": "four", "four": "for",
    "here": "hear", "hear": "here", "no": "know", "know": "no", "we're": "were",
    "right": "write", "sea": "see", "see": "sea", "where": "wear", "whether": "weather",
    "weather": "whether", "aboard": "a board", "ahead": "a head",
}  # fmt: skip


def _homophone(w: list[str], rnd: random.Random, lang: str) -> str | None:
    spots = [k for k, x in enumerate(w) if x.lower().rstrip(",.!?;:") in _HOMOPHONES]
    if lang != "en" or not spots:
        return None
    k = rnd.choice(spots)
    bare = w[k].rstrip(",.!?;:")
    heard = _HOMOPHONES[bare.lower()]
    return " ".join([*w[:k], heard + w[k][len(bare) :], *w[k + 1 :]])


_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen")  # fmt: skip


def _in_words(n: int) -> str:
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _UNITS[n % 10])


def _numbers_in_words(w: list[str], rnd: random.Random, lang: str) -> str | None:
    spots = [
        k for k, x in enumerate(w) if x.rstrip(",.!?;:").isdigit() and int(x.rstrip(",.!?;:")) < 100
    ]
    if lang != "en" or not spots:
        return None
    k = rnd.choice(spots)
    bare = w[k].rstrip(",.!?;:")
    return " ".join([*w[:k], _in_words(int(bare)) + w[k][len(bare) :], *w[k + 1 :]])


_CALLED = {"en": "Solent Coastguard, this is Blue Heron,", "fr": "CROSS Corsen, ici Blue Heron,"}


def _called_first(w: list[str], rnd: random.Random, lang: str) -> str | None:
    return _CALLED[lang] + " " + " ".join(w)


def _called_first_recognised(w: list[str], rnd: random.Random, lang: str) -> str | None:
    return accuracy.as_recognised(_CALLED[lang] + " " + " ".join(w))


@lru_cache(maxsize=1)
def stations() -> Context:
    """The context of a transcript that declares the three stations of ``_CALLED``,
    as a .radio file's ``@station`` lines do: a check knows its stations' names."""
    world = World(parties={"FR": Party(name="France"), "UK": Party(name="United Kingdom")})
    text = "\n".join(
        [
            '@station SOLENT: rcc party=UK aka="Solent Coastguard"',
            '@station CORSEN: rcc party=FR aka="CROSS Corsen"',
            '@station HERON: vessel aka="Blue Heron"',
            "06:40 HERON: hello",
        ]
    )
    return build_context(read_text(text), world)[0]


_WORDS_TO_DIGITS = {
    **{w: str(n) for n, w in enumerate(_UNITS)},
    **{w: str(n + 10) for n, w in enumerate(_TEENS)},
    **{w: str(10 * n) for n, w in enumerate(_TENS) if w},
    "zéro": "0", "un": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5",
    "sept": "7", "huit": "8", "neuf": "9", "dix": "10", "vingt": "20", "trente": "30",
    "quarante": "40", "cinquante": "50", "soixante": "60",
}  # fmt: skip


def _numbers_in_digits(w: list[str], rnd: random.Random, lang: str) -> str | None:
    spots = [k for k, x in enumerate(w) if x.lower().rstrip(",.!?;:") in _WORDS_TO_DIGITS]
    if not spots:
        return None
    k = rnd.choice(spots)
    bare = w[k].rstrip(",.!?;:")
    return " ".join([*w[:k], _WORDS_TO_DIGITS[bare.lower()] + w[k][len(bare) :], *w[k + 1 :]])


def _over(w: list[str], rnd: random.Random, lang: str) -> str | None:
    return " ".join(w) + (" over" if lang == "en" else " terminé")


DISFLUENCIES: dict[str, Callable[[list[str], random.Random, str], str | None]] = {
    "filler": _filler,
    "aside": _aside,
    "stutter": _stutter,
    "false start": _false_start,
    "lead-in": _lead_in,
    "recognised": _recognised,
    "no apostrophes": _no_apostrophes,
    "upper case": _upper,
    "homophone": _homophone,
    "called first": _called_first,
    "called first, recognised": _called_first_recognised,
    "called first, recognised, stations declared": _called_first_recognised,
    "number in words": _numbers_in_words,
    "number in digits": _numbers_in_digits,
    "over": _over,
}


def evaluate(data: list[accuracy.Row], show: str | None = None) -> dict[str, Any]:
    """Agreement and accuracy of every disfluency over ``data``."""
    out: dict[str, Any] = {"utterances": len(data)}
    counts = {name: [0, 0, 0] for name in DISFLUENCIES}  # said, agreeing, right
    for n, row in enumerate(data):
        plain = classify(row.text)
        lang = "fr" if plain.language == "fr" else "en"
        for name, make in DISFLUENCIES.items():
            said = make(row.text.split(), random.Random(f"{n}:{name}"), lang)
            if said is None:
                continue
            got = classify(said, stations() if name.endswith("declared") else None).primary
            c = counts[name]
            c[0] += 1
            c[1] += got == plain.primary
            c[2] += got in row.labels
            if show == name and got != plain.primary:
                print(f"{plain.primary:22} {got:22} {said}")
    for name, (said, agreeing, right) in counts.items():
        out[name] = {
            "lines": said,
            "agreement": round(agreeing / said, 4) if said else None,
            "accuracy": round(right / said, 4) if said else None,
        }
    return out


def _print(results: dict[str, dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="The primary act through the disfluencies of speech")
    table.add_column("disfluency")
    for part in results:
        table.add_column(f"{part}: agreement %", justify="right")
        table.add_column(f"{part}: right %", justify="right")
    for name in DISFLUENCIES:
        cells = [name]
        for r in results.values():
            cells += [f"{100 * r[name]['agreement']:.1f}", f"{100 * r[name]['accuracy']:.1f}"]
        table.add_row(*cells)
    Console().print(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--show", choices=tuple(DISFLUENCIES), help="list the tuning part's disagreements"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = [r for r in accuracy.rows() if r.source not in accuracy.NOT_COVERED]
    results = {
        "tune": evaluate([r for r in data if r.part == "tune"], args.show),
        "test": evaluate([r for r in data if r.part == "test"]),
    }
    _print(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
