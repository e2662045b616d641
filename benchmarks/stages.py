"""The CPU time of each stage of one check: ``python benchmarks/stages.py FILE``.

Prints one JSON object: the utterances of FILE and the seconds of CPU time (this
process's, so that other work on the machine counts less than in a wall time) spent
reading, building the context, classifying, resolving, in the protocol stage, the
rules and writing the report as ``--format jsonl`` does; ``check`` is the whole of
:func:`checker.api.check` (reading excluded: the file is read first, its size the
limit). Each stage is timed by wrapping the function :mod:`checker.api` calls for it,
so the figures are those of the real pipeline, in a fresh process (``run.py`` starts
one per file, so that no file's memory weighs on the next).
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: (stage, the names of the functions of checker.api that do it).
STAGES = (
    ("context", ("build_context",)),
    ("classify", ("classify_transcript",)),
    ("resolve", ("resolve_transcript",)),
    ("protocol", ("build_timeline",)),
    ("rules", ("evaluate",)),
)


def _timed(spent: dict[str, float], stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[stage] += time.process_time() - start

    return run


def measure(path: Path) -> dict[str, Any]:
    """The utterances of ``path`` and the CPU seconds of each stage of its check."""
    from checker import api
    from checker.report.jsonl import iter_jsonl

    spent: dict[str, float] = defaultdict(float)
    for stage, names in STAGES:
        for name in names:
            setattr(api, name, _timed(spent, stage, getattr(api, name)))
    api.check(api.read_transcript(ROOT / "transcripts" / "channel" / "ranger-2025.radio"))
    spent.clear()  # grammars, lexicon and rule set loaded outside the figures

    start = time.process_time()
    transcript = api.read_transcript(path, max_bytes=path.stat().st_size)
    spent["read"] = time.process_time() - start
    start = time.process_time()
    report = api.check(transcript)
    spent["check"] = time.process_time() - start
    start = time.process_time()
    for _ in iter_jsonl([report]):
        pass
    spent["report"] = time.process_time() - start
    return {
        "utterances": report.summary.utterances,
        "seconds": {k: round(v, 3) for k, v in spent.items()},
    }


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]))))
