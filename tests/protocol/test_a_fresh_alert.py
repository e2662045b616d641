"""A new voice raising an alert while a centre works another case, checked with the
real pipeline: a wife calling about her husband's kayak is the alert of the one
declared casualty nobody has talked of yet (the kayaker), not of the boat the centre
was talking about; a unit already heard that raises an alert still speaks of the case
under way.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.report.model import Report
from tests.protocol.reading import said

HEADER = """\
@title: a fresh alert
@date: 2025-06-14
@timezone: +01:00
@rules: sar
@station HMCG: rcc party=UK aka="Stornoway Coastguard", "Stornoway"
@station BOAT: casualty persons=2 aka="Mhairi Bhan", "the creel boat"
@station LIFEBOAT: vessel party=UK unit=ngo aka="Tobermory lifeboat", "the lifeboat"
@station KAYAKER: casualty persons=1 aka="the kayaker", "missing kayaker"
@station CALLER: unknown aka="the caller"

10:41 BOAT -> HMCG: Stornoway, Mhairi Bhan, we've lost the engine, we're drifting onto the rocks.
10:42 HMCG -> LIFEBOAT: Tobermory lifeboat, launch to the Mhairi Bhan, drifting off Caliach Point.
10:43 LIFEBOAT -> HMCG: Launching now.
"""


def test_a_new_voice_raising_an_alert_speaks_of_the_casualty_not_yet_talked_of(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        HEADER + "10:58 CALLER -> HMCG (phone): my husband went out in his kayak this"
        " morning and he's not back, he's not answering his phone, I'm really worried\n"
    )
    assert said(report, "my husband").casualties == ["KAYAKER"]


def test_a_voice_already_heard_speaks_of_the_case_under_way(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        HEADER + "10:58 LIFEBOAT -> HMCG: the boat is sinking, they need help quickly\n"
    )
    assert said(report, "the boat is sinking").casualties == ["BOAT"]
