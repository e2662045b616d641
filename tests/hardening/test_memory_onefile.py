"""Memory a report keeps per utterance of one long file (issue 19, 'Memory, second pass').

A bound, not a goal: the report of a 2,000-utterance file of varied real phrasing
(:mod:`benchmarks.onefile`) must keep at most :data:`KEPT_PER_UTTERANCE`. Measured
with tracemalloc as what deleting the report frees (the transcript, and the
classifier's bounded memos, are not the report's): 1.8 KiB an utterance with equal
values shared (``checker/phraseology/shared.py``) and clauses as ``ClauseFacts``;
2.8 KiB before, which this bound fails.
"""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable
from typing import Any

from benchmarks.onefile import transcript
from checker.api import check
from checker.transcript.reader import read_text

KEPT_PER_UTTERANCE = 2304  # 2.25 KiB
UTTERANCES = 2000


def test_a_long_files_report_keeps_little_per_utterance(
    record_property: Callable[[str, Any], None],
) -> None:
    check(read_text(transcript(20)))  # grammars, lexicon and rule sets load once
    t = read_text(transcript(UTTERANCES))
    gc.collect()
    tracemalloc.start()
    try:
        report = check(t)
        with_report = tracemalloc.get_traced_memory()[0]
        assert report.checked and report.summary.utterances == UTTERANCES
        del report
        gc.collect()
        kept = (with_report - tracemalloc.get_traced_memory()[0]) / UTTERANCES
    finally:
        tracemalloc.stop()
    record_property("report_bytes_per_utterance", round(kept))
    print(f"the report keeps {kept:.0f} B an utterance")
    assert 0 < kept <= KEPT_PER_UTTERANCE
