"""One long file is checked in linear time (issue 19, item 1).

A day of a busy channel in one transcript must cost, per utterance, what an hour
costs. The bound is on work, not on time, so that it holds on a loaded machine: the
function calls a check makes (every Python and built-in call, counted by cProfile in
C), per utterance, on one file of 20,000 utterances and on one of 2,000 made alike
(``benchmarks/onefile.py``: real phrasing, stations that come and go, a case of
distress every 2,000 utterances). Linear code makes about as many calls per utterance
in both; a scan from the start per event or per casualty makes ever more. Before
issue 19 the larger file took 1.9 times the calls per utterance of the smaller (the
protocol stage 3.7 times); now 1.0. The timings are in benchmarks/README.md.
"""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable
from typing import Any

from benchmarks.onefile import transcript
from checker.api import check
from checker.transcript.reader import read_text

#: The most calls per utterance the long file may make, as a multiple of the short
#: one's: linear code stays within a few per cent; the quadratic code made 1.9.
GROWTH = 1.2


def _calls_per_utterance(utterances: int) -> float:
    t = read_text(transcript(utterances))
    profile = cProfile.Profile()
    profile.enable()
    report = check(t)
    profile.disable()
    assert report.checked and report.summary.utterances == utterances
    stats: dict[Any, tuple[Any, ...]] = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    return sum(entry[1] for entry in stats.values()) / utterances


def test_calls_per_utterance_do_not_grow_with_the_file(
    record_property: Callable[[str, Any], None],
) -> None:
    check(read_text(transcript(50)))  # grammars, lexicon and rule set load outside the count
    short, long = _calls_per_utterance(2_000), _calls_per_utterance(20_000)
    record_property("calls_per_utterance_2000", round(short))
    record_property("calls_per_utterance_20000", round(long))
    assert long <= GROWTH * short, f"{long:.0f} calls per utterance at 20,000, {short:.0f} at 2,000"
