"""A synthetic transcript of any length, for memory measurements.

``transcript(n, seed)`` is a valid Channel transcript of ``n`` utterances: the four
exchanges of the Ranger case said over and over, a few numbers varied by ``seed`` and
the line number. It is shared by ``benchmarks/bench_memory.py`` and the memory tests
in ``tests/hardening/test_limits.py`` so that the bench and the regression bound measure the
same thing.
"""

from __future__ import annotations

HEAD = """@rules: uk-fr-channel
@date: 2025-04-29
@timezone: +01:00
@station RANGER: vessel party=UK unit=state aka="Ranger", "Border Force Ranger"
@station FR-NAVY: vessel party=FR unit=state aka="French warship"
@station DINGHY: casualty persons=~58 aka="the dinghy", "dinghy"
@station HMCG: rcc party=UK aka="Dover Coastguard", "UK Coastguard"
"""
SAID = [
    "French warship -> Ranger: Ranger, this is French warship. What are your intentions "
    "with the dinghy? Over.",
    "Ranger -> French warship: I am going to escort that with the UK Coastguard. Over.",
    "Dover Coastguard -> Ranger: Ranger, Dover Coastguard, request you proceed to the "
    "dinghy, {n} persons on board. Over.",
    "Ranger -> Dover Coastguard: Roger, proceeding at {n} knots. Out.",
]


def transcript(utterances: int, seed: int = 0) -> str:
    """A valid transcript of ``utterances`` lines, varied by ``seed``."""
    lines = [HEAD, "06:02 * FR-NAVY shadows DINGHY\n"]
    for i in range(utterances):
        h, m = divmod(i // 4 + 5, 60)
        said = SAID[i % 4].format(n=(seed + i) % 90 + 10)
        lines.append(f"{(6 + h) % 24:02d}:{m:02d} {said}\n")
    return "".join(lines)
