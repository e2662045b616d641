# ruff: noqa: E501
"""A no to a prohibition keeps it, with the real pipeline (twenty-eighth session's
tuning incidents): "Don't go out onto the mud yourself" - "no no I won't" complies,
as a plain "No." does; the near miss, "I won't" to an order to do something
("Stay on the line" - "no I won't, I have to go"), still refuses.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.report.model import Report
from tests.protocol.reading import said

CALL = """\
@title: a walker on the phone, told not to go out onto the mud
@date: 2026-01-01
@rules: sar
@station HMCG: rcc party=UK aka="UK Coastguard"
@station WALKER: unknown aka="walker"
@station CANOEIST: casualty persons=1 aka="the canoeist"

14:04 WALKER -> HMCG (phone): there's a canoe turned over, he's in the water, about three hundred metres out
"""


def _kinds(report: Report, words: str) -> list[str]:
    return [a.kind for a in said(report, words).acts]


def test_i_wont_to_a_prohibition_complies(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(
        CALL
        + "14:06 HMCG -> WALKER (phone): Good. Don't go out onto the mud yourself, whatever happens.\n"
        + "14:06 WALKER -> HMCG (phone): no no I won't, don't worry\n"
    )
    kinds = _kinds(report, "no no I won't")
    assert "comply" in kinds and "refuse" not in kinds, kinds
    assert said(report, "no no I won't").primary == "comply"


def test_a_plain_no_to_a_prohibition_complies(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(
        CALL
        + "14:08 HMCG -> WALKER (phone): Don't go out there.\n"
        + "14:08 WALKER -> HMCG (phone): No.\n"
    )
    assert _kinds(report, "No.") == ["answer.negative", "comply"]


def test_i_wont_to_an_order_still_refuses(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(
        CALL
        + "14:07 HMCG -> WALKER (phone): Stay on the line.\n"
        + "14:07 WALKER -> HMCG (phone): no I won't, I have to go\n"
    )
    kinds = _kinds(report, "no I won't")
    assert "refuse" in kinds and "comply" not in kinds, kinds
