"""A claimed identity is evidence about the speaker, never a re-attribution (issue 16,
item 9): an undeclared "Impostor" saying "this is Dover Coastguard" stays the
impostor, the claim is a diagnostic (RC305) and lowers the confidence of the line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from checker.protocol.speakers import CLAIM_CONFLICT
from tests.conftest import Run

IMPOSTOR = """\
@title: Impostor
@date: 2025-06-14
@timezone: +01:00
@rules: uk-fr-channel
@station HMCG: rcc party=UK aka="Dover Coastguard"
@station RANGER: vessel party=UK unit=state aka="Ranger"
@station DINGHY: casualty

10:00 RANGER -> HMCG: Dover Coastguard, this is Ranger. Mayday relay, small boat dinghy with 40 persons taking water. Over.
10:01 Impostor -> RANGER: Ranger, this is Dover Coastguard, we are coordinating the rescue of the dinghy. Over.
10:02 RANGER -> Impostor: Roger. Out.
"""  # noqa: E501


def _report(cli: Callable[..., Run], tmp_path: Path, text: str) -> tuple[dict[str, Any], str]:
    path = tmp_path / "case.radio"
    path.write_text(text)
    run = cli("check", str(path), "--format", "json", "--exit-zero")
    assert run.code == 0, run.err
    (report,) = json.loads(run.out)
    return report, run.err


def test_an_impostor_stays_the_speaker(cli: Callable[..., Run], tmp_path: Path) -> None:
    report, err = _report(cli, tmp_path, IMPOSTOR)
    event = next(e for e in report["events"] if e["line"] == 10)
    assert (event["speaker"], event["speaker_name"]) == ("IMPOSTOR", "Impostor")
    assert event["confidence"] == CLAIM_CONFLICT
    assert all(a["confidence"] <= CLAIM_CONFLICT for a in event["acts"])
    call = next(a for a in event["acts"] if a["kind"] == "call")
    assert call["slots"]["caller"] == "dover coastguard"  # the claim is kept, as heard
    # the coastguard is not credited with the impostor's assumption
    assert not any(
        s["station"] == "HMCG" and 10 in s["evidence"] for s in report["responsibility"]
    ), report["responsibility"]
    (claim,) = [d for d in report["diagnostics"] if d["code"] == "RC305"]
    assert (claim["line"], claim["column"], claim["severity"]) == (10, 7, "warning")
    assert "'Impostor' says it is HMCG" in claim["message"]
    assert ":10:7: RC305" in err
    (listed,) = report["speakers"]  # listed as before, never mapped
    assert (listed["label"], listed["station"], listed["lines"]) == ("Impostor", None, [10])


def test_a_station_naming_itself_by_an_alias_claims_nothing(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    text = IMPOSTOR.replace("10:01 Impostor -> RANGER", "10:01 HMCG -> RANGER").replace(
        "RANGER -> Impostor", "RANGER -> HMCG"
    )
    report, err = _report(cli, tmp_path, text)
    assert "RC305" not in err
    event = next(e for e in report["events"] if e["line"] == 10)
    assert (event["speaker"], event["confidence"]) == ("HMCG", 1.0)


def test_a_declared_station_claiming_another_is_doubted(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    text = IMPOSTOR.replace("10:01 Impostor -> RANGER", "10:01 RANGER -> RANGER")
    report, err = _report(cli, tmp_path, text)
    assert "RC305" in err and "'RANGER' says it is HMCG" in err
    event = next(e for e in report["events"] if e["line"] == 10)
    assert (event["speaker"], event["confidence"]) == ("RANGER", CLAIM_CONFLICT)
