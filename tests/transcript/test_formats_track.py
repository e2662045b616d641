"""AIS tracks: the common public CSV shapes read into a Track; bad rows located."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from checker.api import read_transcript
from checker.diagnostics import InputError
from checker.transcript.track import parse_time, read_track
from tests.conftest import ROOT, Run

VTT = ROOT / "transcripts" / "asr" / "ranger-vtt.vtt"
MARINECADASTRE = (
    "MMSI,BaseDateTime,LAT,LON,SOG,COG,VesselName\n"
    "235000001,2025-04-29T05:41:00,50.95,1.60,8.1,270.0,RANGER\n"
    "235000001,2025-04-29T05:40:00,50.95,1.62,8.0,271.0,RANGER\n"
    "227000002,2025-04-29T05:40:30,50.96,1.58,2.0,90.0,FRENCH NAVY\n"
)
DANISH = (
    "# Timestamp;Type of mobile;MMSI;Latitude;Longitude\n"
    "29/04/2025 05:40:00;Class A;235000001;50.95;1.62\n"
)

# name, code, file content, line, column
BAD_TRACKS: list[tuple[str, str, str, int, int]] = [
    (
        "no latitude column",
        "RC145",
        "MMSI,BaseDateTime,LON\n235000001,2025-04-29T05:40:00,1.6\n",
        1,
        1,
    ),
    (
        "latitude out of range",
        "RC146",
        "mmsi,time,lat,lon\n235000001,2025-04-29T05:40:00,95.0,1.6\n",
        2,
        31,
    ),
    (
        "not available (91)",
        "RC146",
        "mmsi,time,lat,lon\n235000001,2025-04-29T05:40:00,91,181\n",
        2,
        31,
    ),
    (
        "longitude not a number",
        "RC146",
        "mmsi,time,lat,lon\n235000001,2025-04-29T05:40:00,50.9,east\n",
        2,
        36,
    ),
    ("bad time", "RC147", "mmsi,time,lat,lon\n235000001,yesterday,50.9,1.6\n", 2, 11),
    ("bad MMSI", "RC148", "mmsi,time,lat,lon\nRANGER,2025-04-29T05:40:00,50.9,1.6\n", 2, 1),
    ("short row", "RC148", "mmsi,time,lat,lon\n235000001,2025-04-29T05:40:00\n", 2, 1),
]


def test_marinecadastre_columns_sorted_per_mmsi(tmp_path: Path) -> None:
    path = tmp_path / "ais.csv"
    path.write_text(MARINECADASTRE)
    track = read_track(path)
    assert sorted(track.points) == ["227000002", "235000001"]
    ranger = track.points["235000001"]
    assert [p.line for p in ranger] == [3, 2]  # sorted by time, lines kept
    assert ranger[0].time == datetime(2025, 4, 29, 5, 40, tzinfo=UTC)
    assert track.at("235000001", datetime(2025, 4, 29, 5, 40, 30, tzinfo=UTC)) == ranger[0]
    assert track.at("235000001", datetime(2025, 4, 29, 5, 0, tzinfo=UTC)) is None


def test_danish_export_with_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "aisdk.csv"
    path.write_text(DANISH)
    (point,) = read_track(path).points["235000001"]
    assert (point.lat, point.lon, point.line) == (50.95, 1.62, 2)
    assert point.time == datetime(2025, 4, 29, 5, 40, tzinfo=UTC)


def test_time_forms() -> None:
    expected = datetime(2025, 4, 29, 5, 40, tzinfo=UTC)
    for text in (
        "2025-04-29T05:40:00Z",
        "2025-04-29 05:40:00",
        "2025-04-29T06:40:00+01:00",
        "29/04/2025 05:40:00",
        str(int(expected.timestamp())),
    ):
        assert parse_time(text) == expected, text


def test_track_is_attached_to_the_transcript(tmp_path: Path) -> None:
    path = tmp_path / "ais.csv"
    path.write_text(MARINECADASTRE)
    t = read_transcript(VTT, track=path)
    assert t.track is not None and len(t.track.points["235000001"]) == 2


def test_every_bad_row_is_reported_at_once(tmp_path: Path) -> None:
    path = tmp_path / "ais.csv"
    path.write_text("mmsi,time,lat,lon\n1,x,0,0\n235000001,2025-04-29T05:40:00,99,0\n")
    with pytest.raises(InputError) as exc:
        read_track(path)
    assert [(d.code, d.line) for d in exc.value.diagnostics] == [("RC148", 2), ("RC146", 3)]


@pytest.mark.parametrize(
    ("name", "code", "content", "line", "column"), BAD_TRACKS, ids=[b[0] for b in BAD_TRACKS]
)
def test_bad_track_through_the_cli(
    cli: Callable[..., Run],
    tmp_path: Path,
    name: str,
    code: str,
    content: str,
    line: int,
    column: int,
) -> None:
    path = tmp_path / "ais.csv"
    path.write_text(content)
    run = cli("check", str(VTT), "--track", str(path))
    assert run.code == 2, run.err
    assert "Traceback" not in run.err
    assert f"{path}:{line}:{column}: {code} " in run.err, run.err


def test_a_file_that_is_no_track_is_not_quoted(cli: Callable[..., Run], tmp_path: Path) -> None:
    # issue 16: a file named as a track whose first line names no track column may be
    # anything (a secrets file); its content is never printed
    path = tmp_path / "secrets.csv"
    path.write_text("API_TOKEN=s3cr3t-value\n")
    run = cli("check", str(VTT), "--track", str(path))
    assert run.code == 2 and "RC145" in run.err
    assert "s3cr3t" not in run.err + run.out
