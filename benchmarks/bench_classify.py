"""Benchmark: classification alone vs lark's LALR parse with a trivial word grammar.

Run as ``python benchmarks/bench_classify.py [--count N]``. It builds N (default
6,000) distinct utterances deterministically from the labelled corpus in
``tests/data`` (varying call signs, spoken and written numbers, times, case and
punctuation), then measures on one core, in the same run and on the same
utterances:

* ``classify``: :func:`checker.phraseology.classify` with a Channel context;
* ``classify_cold``: the same with the island-parse memo cleared before every
  utterance (the grammar then parses every island afresh);
* ``lark_trivial``: lark LALR (contextual lexer) parsing each utterance with
  ``start: item*`` over words, numbers and punctuation: the floor any lark-based
  classifier starts from.

It prints one JSON object on stdout (rates, their ratio, the frame / grammar / lexicon share
of the acts) and a one-line summary on stderr.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from baseline import TRIVIAL  # noqa: E402
from lark import Lark  # noqa: E402

from checker.context import Context, build_context  # noqa: E402
from checker.phraseology import classify, lexicon_sha256  # noqa: E402
from checker.phraseology.grammar import _parse_island  # noqa: E402
from checker.resources import grammar_sha256  # noqa: E402
from checker.ruleset.schema import Party, Port, World, Zone  # noqa: E402
from checker.transcript import read_text  # noqa: E402

CALL_SIGNS = [
    "Ranger", "Valiant", "Typhoon", "Seeker", "Sea Breeze", "Blue Heron", "Morning Star",
    "Fair Wind", "Marie", "Sophie", "Flamant", "Cormoran", "Wanderer", "Arcturus",
]  # fmt: skip
STATIONS = ["Ranger", "Valiant", "Typhoon", "Dover Coastguard", "French warship"]
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "niner"]
_DIGIT_WORD = re.compile(r"\b(zero|one|two|three|four|five|six|seven|eight|nine|niner)\b")
_NUMBER = re.compile(r"\d")
_NAME = re.compile("|".join(re.escape(s) for s in sorted(STATIONS, key=len, reverse=True)))


def context() -> Context:
    """A Channel context: parties, zones, ports and the stations of the cases."""
    world = World(
        parties={"FR": Party(name="France"), "UK": Party(name="United Kingdom")},
        zones={
            "FR-SRR": Zone(kind="srr", party="FR", aka=["French search and rescue region"]),
            "FR-TW": Zone(
                kind="territorial-sea", party="FR", aka=["French waters"], part_of="FR-SRR"
            ),
            "UK-TW": Zone(kind="territorial-sea", party="UK", aka=["UK waters", "English waters"]),
        },
        ports={"Dover": Port(party="UK"), "Calais": Port(party="FR")},
    )
    text = "\n".join(
        [
            '@station RANGER: vessel party=UK unit=state aka="Ranger"',
            '@station VALIANT: vessel party=UK unit=state aka="Valiant"',
            '@station FR-NAVY: vessel party=FR unit=state aka="French warship"',
            '@station HMCG: rcc party=UK aka="Dover Coastguard", "UK Coastguard"',
            "06:40 Ranger: hello",
        ]
    )
    return build_context(read_text(text), world)[0]


def corpus() -> list[str]:
    """The texts of both corpus files (held-out included: this measures speed only)."""
    texts = []
    for name in ("utterances.tsv", "utterances-heldout.tsv"):
        for line in (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines():
            text = line.split("\t", 1)[0]
            if line.startswith("#") or not text.strip() or "\\x" in text:
                continue
            texts.append(text)
    return texts


def variant(text: str, k: int) -> str:
    """The k-th deterministic variant of an utterance."""
    sign = CALL_SIGNS[k % len(CALL_SIGNS)]
    out = _NAME.sub(lambda m: CALL_SIGNS[(k + len(m.group())) % len(CALL_SIGNS)], text)
    out = _DIGIT_WORD.sub(lambda m: DIGITS[(DIGITS.index(m.group()) + k) % 10]
                          if m.group() in DIGITS else m.group(), out)  # fmt: skip
    out = _NUMBER.sub(lambda m: str((int(m.group()) + k) % 10), out)
    style = (k // len(CALL_SIGNS)) % 4
    if style == 1:
        out = re.sub(r"[^\w\s'-]", "", out).lower()  # recognised speech: no punctuation
    elif style == 2:
        out = f"{sign}, {out}"  # a vocative before the message
    elif style == 3:
        out = f"uh {out[:1].lower()}{out[1:]} time {DIGITS[k % 10]} {DIGITS[(k // 10) % 10]}"
    return out


def utterances(count: int) -> list[str]:
    """``count`` distinct utterances, always the same ones."""
    base = corpus()
    seen: set[str] = set()
    out: list[str] = []
    k = 0
    while len(out) < count:
        for text in base:
            v = variant(text, k)
            if v not in seen:
                seen.add(v)
                out.append(v)
                if len(out) == count:
                    break
        k += 1
    return out


def rate(fn: object, texts: list[str]) -> float:
    start = time.perf_counter()
    for t in texts:
        fn(t)  # type: ignore[operator]
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=6000)
    args = ap.parse_args()
    texts = utterances(args.count)
    ctx = context()
    trivial = Lark(TRIVIAL, parser="lalr", lexer="contextual")
    for t in texts[:200]:  # build parsers, compile the lexicon, warm caches of words
        classify(t, ctx)
        trivial.parse(t)
    _parse_island.cache_clear()

    def cold(t: str) -> object:
        _parse_island.cache_clear()
        return classify(t, ctx)

    def trivial_parse(t: str) -> object:
        try:
            return trivial.parse(t)
        except Exception:  # the trivial grammar rejects a few symbols: count the attempt
            return None

    rates = {
        "lark_trivial": rate(trivial_parse, texts),
        "classify": rate(lambda t: classify(t, ctx), texts),
        "classify_cold": rate(cold, texts),
    }
    sources: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for t in texts:
        for act in classify(t, ctx).acts:
            sources[act.source] += 1
            kinds[act.kind] += 1
    total = sum(sources.values())
    result = {
        "utterances": len(texts),
        "distinct": len(set(texts)),
        "mean_chars": round(sum(map(len, texts)) / len(texts), 1),
        "per_second": {k: round(v) for k, v in rates.items()},
        "ratio_classify_to_lark_trivial": round(rates["classify"] / rates["lark_trivial"], 2),
        "ratio_cold_to_lark_trivial": round(rates["classify_cold"] / rates["lark_trivial"], 2),
        "acts": total,
        "share": {k: round(v / total, 3) for k, v in sorted(sources.items())},
        "unclassified": kinds["unclassified"],
        "island_cache": _parse_island.cache_info()._asdict(),
        "grammar_sha256": grammar_sha256(),
        "lexicon_sha256": lexicon_sha256(),
    }
    print(json.dumps(result, indent=2))
    print(
        f"classify {rates['classify']:,.0f}/s (cold {rates['classify_cold']:,.0f}/s) vs "
        f"lark trivial {rates['lark_trivial']:,.0f}/s: ratio "
        f"{result['ratio_classify_to_lark_trivial']}; acts from clause frames "
        f"{result['share'].get('frame', 0):.0%}, grammar {result['share'].get('grammar', 0):.0%}, "
        f"lexicon {result['share'].get('lexicon', 0):.0%}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
