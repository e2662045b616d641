"""Zones by geometry on the shipped Channel GeoJSON (the 1988 France-UK line)."""

from __future__ import annotations

import pytest

from checker import geo
from checker.context import Context, build_context
from checker.ruleset.loader import load_ruleset
from checker.transcript import read_text


@pytest.fixture(scope="module")
def channel() -> Context:
    rs = load_ruleset("uk-fr-channel")
    ctx, _ = build_context(read_text("A: x\n"), rs.world, rs.geometry_files)
    return ctx


@pytest.mark.parametrize(
    ("lat", "lon", "zones"),
    [
        (50 + 52 / 60, 1 + 32 / 60, ("FR-TW", "FR-SRR")),  # off Wimereux
        (51 + 5 / 60, 1 + 20 / 60, ("UK-TW", "UK-SRR")),  # off Folkestone
        (50.98, 1.75, ("FR-TW", "FR-SRR")),  # off Calais
        (51.12, 1.45, ("UK-TW", "UK-SRR")),  # off Dover
        (50.3, -0.5, ("UK-SRR",)),  # mid-Channel, beyond both belts, UK side
        (49.9, -0.5, ("FR-SRR",)),  # mid-Channel, French side
    ],
)
def test_points_either_side(
    channel: Context, lat: float, lon: float, zones: tuple[str, ...]
) -> None:
    placed = geo.place(lat, lon, channel.zones)
    assert placed.zones == zones
    assert placed.near == ()


def test_point_on_the_1988_line_is_in_both_and_flagged(channel: Context) -> None:
    # Turning point IV of the 1988 line: 51°02'19"N 1°32'53"E.
    placed = geo.place(51 + 2 / 60 + 19 / 3600, 1 + 32 / 60 + 53 / 3600, channel.zones)
    assert {"FR-TW", "UK-TW"} <= set(placed.zones)
    assert {"FR-TW", "UK-TW"} <= set(placed.near)


def test_point_just_beyond_tolerance_is_not_near(channel: Context) -> None:
    # 0.3 nm south-east of point IV (the line runs roughly south-west to north-east).
    lat = 51 + 2 / 60 + 19 / 3600 - 0.3 / 60 * 0.7
    lon = 1 + 32 / 60 + 53 / 3600 + 0.3 / 60 * 0.7 / 0.63
    placed = geo.place(lat, lon, channel.zones)
    assert placed.zones[0] == "FR-TW" and placed.near == ()


def test_srr_zones_are_approximate(channel: Context) -> None:
    assert geo.place(50.3, -0.5, channel.zones).approximate is True
    assert geo.place(51.12, 1.45, channel.zones).approximate is True  # UK-SRR is approximate


def test_phrases(channel: Context) -> None:
    ids = channel.zone_ids("French waters")
    assert ids == ["FR-TW", "FR-SRR"]
    placed = geo.by_phrase(ids, channel.zones, inside_nm=0.8)
    assert placed.zones == ("FR-TW", "FR-SRR") and placed.near == ()
    assert geo.by_phrase(ids, channel.zones, inside_nm=0.05).near == ("FR-TW", "FR-SRR")
    assert channel.zone_ids("the English side") == ["UK-TW", "UK-SRR"]
    assert channel.zone_ids("the French SAR zone") == ["FR-SRR"]
    assert channel.zone_ids("Atlantis") == []


def test_median_line(channel: Context) -> None:
    placed = geo.median_line(channel.zones)
    assert set(placed.zones) == {"FR-TW", "UK-TW", "FR-SRR", "UK-SRR"}
    assert set(placed.near) == set(placed.zones)


def test_ports_belong_to_parties(channel: Context) -> None:
    dover, calais, boulogne = (
        channel.port("Dover"),
        channel.port("calais"),
        channel.port("Boulogne"),
    )
    assert dover is not None and dover.party == "UK"
    assert calais is not None and calais.party == "FR"
    assert boulogne is not None and boulogne.name == "Boulogne-sur-Mer"
    assert channel.port("Atlantis") is None
