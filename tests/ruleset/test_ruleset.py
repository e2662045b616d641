"""The rule-set loader and the world of the shipped rule sets.

No mocks: the shipped files are loaded as they ship, and each bad rule set is a real
file in ``tmp_path``. Every failure must be an ``InputError`` whose diagnostic has the
right code and points at the right line (and column, where there is one to point at).
"""

from __future__ import annotations

import json
import math
from itertools import pairwise
from pathlib import Path

import pytest

from checker.diagnostics import Diagnostic, InputError
from checker.ruleset import (
    Mark,
    RuleSet,
    load_ruleset,
    rules_json_schema,
    shipped_ids,
)
from checker.ruleset.marks import EARTH_RADIUS_NM, direction_bearing, offset_position

HEAD = '[ruleset]\nid = "t"\ntitle = "T"\nversion = "1"\n'  # lines 1-4


def rule(code: str, extra: str = "") -> str:
    """A valid ``[[rules]]`` table (7 lines, plus ``extra``)."""
    return (
        f'\n[[rules]]\ncode = "{code}"\nname = "t.rule"\ntitle = "T"\nkind = "answer"\n'
        f'source = "test"\nprovenance = "local"\n{extra}'
    )


SQUARE = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "id": "SQ",
            "properties": {},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[1.0, 50.0], [1.1, 50.0], [1.1, 50.1], [1.0, 50.1], [1.0, 50.0]]],
            },
        }
    ],
}


def errors(path: Path | str, **kwargs: Path) -> list[Diagnostic]:
    with pytest.raises(InputError) as info:
        load_ruleset(str(path), **kwargs)
    assert info.value.diagnostics, "an InputError always carries diagnostics"
    return info.value.diagnostics


# --- the shipped rule sets ---------------------------------------------------------


def test_shipped_ids() -> None:
    assert shipped_ids() == ["sar", "smcp", "uk-fr-channel"]


@pytest.mark.parametrize("rid", ["sar", "smcp", "uk-fr-channel"])
def test_each_shipped_rule_set_loads(rid: str) -> None:
    rs = load_ruleset(rid)
    assert isinstance(rs, RuleSet)
    assert rs.id == rid
    assert rs.version == "2025.1"
    assert rs.title
    assert rs.chain[-1] == rid
    assert len(rs.sha256) == 64
    assert rs.path is not None and Path(rs.path).is_file()
    own = {"sar": "SR", "smcp": "PR", "uk-fr-channel": "CH"}[rid]
    assert any(r.code.startswith(own) for r in rs.rules), "each shipped set has its own rules"
    assert len({r.code for r in rs.rules}) == len(rs.rules), "codes are unique"


def test_shipped_rule_sets_are_cached_per_process() -> None:
    assert load_ruleset("uk-fr-channel") is load_ruleset("uk-fr-channel")


def test_uk_fr_channel_chain_is_bases_first() -> None:
    rs = load_ruleset("uk-fr-channel")
    assert rs.chain == ["sar", "smcp", "uk-fr-channel"]
    assert rs.title == "UK–France Channel arrangement (as publicly reported)"
    assert rs.sha256 != load_ruleset("sar").sha256


def test_sar_and_smcp_have_an_empty_world() -> None:
    for rid in ("sar", "smcp"):
        world = load_ruleset(rid).world
        assert (world.parties, world.zones, world.ports) == ({}, {}, {})
        assert load_ruleset(rid).chain == [rid]


def test_uk_fr_channel_parties() -> None:
    parties = load_ruleset("uk-fr-channel").world.parties
    assert set(parties) == {"FR", "UK"}
    assert parties["FR"].name == "France"
    assert parties["UK"].name == "United Kingdom"
    assert {"French", "France"} <= set(parties["FR"].aka)
    assert {"British", "English", "UK"} <= set(parties["UK"].aka)


def test_uk_fr_channel_zones() -> None:
    zones = load_ruleset("uk-fr-channel").world.zones
    assert set(zones) == {"FR-SRR", "UK-SRR", "FR-TW", "UK-TW"}
    for party in ("FR", "UK"):
        srr, tw = zones[f"{party}-SRR"], zones[f"{party}-TW"]
        assert (srr.kind, srr.party, srr.approximate, srr.part_of) == ("srr", party, True, None)
        assert (tw.kind, tw.party, tw.part_of) == ("territorial-sea", party, f"{party}-SRR")
        assert tw.geometry == f"zones/channel.geojson#{party}-TW"
    assert {"French waters", "French territorial waters", "the French side"} <= set(
        zones["FR-TW"].aka
    )
    assert {"UK waters", "British waters", "English waters", "the English side"} <= set(
        zones["UK-TW"].aka
    )
    assert "the French search and rescue region" in zones["FR-SRR"].aka
    assert "the UK search and rescue region" in zones["UK-SRR"].aka
    every_alias = [a.lower() for z in zones.values() for a in z.aka]
    assert len(every_alias) == len(set(every_alias)), "an alias names one zone only"


def test_uk_fr_channel_ports() -> None:
    ports = load_ruleset("uk-fr-channel").world.ports
    by_party = {name: port.party for name, port in ports.items()}
    assert by_party == {
        "Dover": "UK",
        "Ramsgate": "UK",
        "Folkestone": "UK",
        "Newhaven": "UK",
        "Calais": "FR",
        "Boulogne-sur-Mer": "FR",
        "Dunkirk": "FR",
        "Gravelines": "FR",
    }
    assert ports["Boulogne-sur-Mer"].aka == ["Boulogne"]
    assert ports["Dunkirk"].aka == ["Dunkerque"]
    assert all(p.place_of_safety for p in ports.values())


def test_geometry_files_point_to_existing_features() -> None:
    rs = load_ruleset("uk-fr-channel")
    assert set(rs.geometry_files) == set(rs.world.zones)
    for zid, ref in rs.geometry_files.items():
        file, _, feature = ref.partition("#")
        assert Path(file).is_absolute() and Path(file).is_file()
        assert feature == zid
        assert Path(file).parent.name == "zones"


def test_rules_json_schema_describes_the_file() -> None:
    schema = rules_json_schema()
    assert set(schema["properties"]) == {
        "ruleset",
        "parties",
        "zones",
        "ports",
        "marks",
        "stations",
        "rules",
    }
    assert schema["additionalProperties"] is False


# --- the Channel GeoJSON -------------------------------------------------------------

# The six points of the 1988 France-UK line (ED50 as published), longitude first.
LINE_1988 = [
    (1 + 15 / 60 + 53.43 / 3600, 50 + 49 / 60 + 30.95 / 3600),
    (1 + 16 / 60 + 58.00 / 3600, 50 + 53 / 60 + 47.00 / 3600),
    (1 + 21 / 60 + 25.00 / 3600, 50 + 57 / 60 + 0.00 / 3600),
    (1 + 32 / 60 + 53.00 / 3600, 51 + 2 / 60 + 19.00 / 3600),
    (1 + 43 / 60 + 31.00 / 3600, 51 + 5 / 60 + 58.00 / 3600),
    (1 + 53 / 60 + 20.07 / 3600, 51 + 12 / 60 + 0.72 / 3600),
]


def inside(point: tuple[float, float], ring: list[list[float]]) -> bool:
    """Even-odd ray casting: enough for simple polygons away from their edges."""
    x, y = point
    hit = False
    for (x1, y1), (x2, y2) in pairwise(ring):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


@pytest.fixture(scope="module")
def channel() -> dict[str, dict[str, object]]:
    """Feature id → feature of the shipped channel.geojson."""
    rs = load_ruleset("uk-fr-channel")
    file = Path(rs.geometry_files["FR-TW"].partition("#")[0])
    assert file.stat().st_size < 30_000
    doc = json.loads(file.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    return {f["id"]: f for f in doc["features"]}


def zones_at(channel: dict[str, dict[str, object]], lon: float, lat: float) -> set[str]:
    return {
        zid
        for zid, f in channel.items()
        if inside((lon, lat), f["geometry"]["coordinates"][0])  # type: ignore[index]
    }


def test_channel_features(channel: dict[str, dict[str, object]]) -> None:
    assert set(channel) == {"FR-TW", "UK-TW", "FR-SRR", "UK-SRR"}
    for zid, f in channel.items():
        props = f["properties"]
        assert isinstance(props, dict)
        assert props["id"] == zid
        assert props["approximate"] is True
        assert "ED50" in props["datum"] and "WGS84" in props["datum"]
        geom = f["geometry"]
        assert isinstance(geom, dict) and geom["type"] == "Polygon"
        (ring,) = geom["coordinates"]
        assert ring[0] == ring[-1] and len(ring) >= 4
        for lon, lat in ring:
            assert -2.0 <= lon <= 2.6 and 49.0 <= lat <= 51.8  # lon/lat order, WGS84 range
            assert round(lon, 5) == lon and round(lat, 5) == lat


def test_territorial_seas_share_the_1988_line(channel: dict[str, dict[str, object]]) -> None:
    for zid in ("FR-TW", "UK-TW"):
        ring = {tuple(p) for p in channel[zid]["geometry"]["coordinates"][0]}  # type: ignore[index]
        for lon, lat in LINE_1988:
            assert (round(lon, 5), round(lat, 5)) in ring, (zid, lon, lat)


@pytest.mark.parametrize(
    ("lon", "lat", "expected", "where"),
    [
        (1 + 32 / 60, 50 + 52 / 60, {"FR-TW", "FR-SRR"}, "50°52'N 1°32'E, off Cap Gris-Nez"),
        (1 + 20 / 60, 51 + 5 / 60, {"UK-TW", "UK-SRR"}, "51°05'N 1°20'E, off Dover"),
        # 0.8 nm either side of the 1988 line between points II and III, off Wimereux
        (1.3365, 50.92, {"FR-TW", "FR-SRR"}, "the Ranger dinghy, 0.8 nm inside French waters"),
        (1.2945, 50.92, {"UK-TW", "UK-SRR"}, "0.8 nm inside UK waters"),
        (1.85, 50.967, {"FR-TW", "FR-SRR"}, "Calais"),
        (1.58, 50.727, {"FR-TW", "FR-SRR"}, "Boulogne-sur-Mer"),
        (2.37, 51.05, {"FR-TW", "FR-SRR"}, "Dunkirk"),
        (2.12, 51.01, {"FR-TW", "FR-SRR"}, "Gravelines"),
        (1.08, 50.0, {"FR-TW", "FR-SRR"}, "4 nm off Dieppe"),
        (1.32, 51.12, {"UK-TW", "UK-SRR"}, "Dover"),
        (1.42, 51.33, {"UK-TW", "UK-SRR"}, "Ramsgate"),
        (1.19, 51.08, {"UK-TW", "UK-SRR"}, "Folkestone"),
        (0.055, 50.78, {"UK-TW", "UK-SRR"}, "Newhaven"),
        (-0.14, 50.7, {"UK-TW", "UK-SRR"}, "7 nm off Brighton"),
        (0.0, 50.0, {"FR-SRR"}, "mid-Channel, south of the median"),
        (-0.5, 50.45, {"UK-SRR"}, "mid-Channel, north of the median"),
        (2.2, 51.5, {"UK-SRR"}, "southern North Sea, north-west of the median"),
        (2.3, 51.4, {"FR-SRR"}, "southern North Sea, beyond the French belt"),
    ],
)
def test_points_fall_in_the_right_zones(
    channel: dict[str, dict[str, object]],
    lon: float,
    lat: float,
    expected: set[str],
    where: str,
) -> None:
    assert zones_at(channel, lon, lat) == expected, where


def test_srrs_cover_the_channel_once_and_hold_their_territorial_seas(
    channel: dict[str, dict[str, object]],
) -> None:
    for i in range(46):
        for j in range(28):
            lon, lat = -1.995 + i * 0.1, 49.005 + j * 0.1
            found = zones_at(channel, lon, lat)
            assert len(found & {"FR-SRR", "UK-SRR"}) == 1, (lon, lat)
            assert not {"FR-TW", "UK-TW"} <= found, (lon, lat)
            if "FR-TW" in found:
                assert "FR-SRR" in found, (lon, lat)
            if "UK-TW" in found:
                assert "UK-SRR" in found, (lon, lat)


# --- custom rule sets ---------------------------------------------------------------


def test_custom_rule_set_extends_uk_fr_channel(tmp_path: Path) -> None:
    (tmp_path / "harbour.geojson").write_text(json.dumps(SQUARE), encoding="utf-8")
    custom = tmp_path / "custom.toml"
    custom.write_text(
        '[ruleset]\nid = "custom"\ntitle = "Custom"\nversion = "0.1"\n'
        'extends = ["uk-fr-channel"]\n\n'
        '[zones.CALAIS-APPROACH]\nkind = "port-area"\nparty = "FR"\npart_of = "FR-TW"\n'
        'aka = ["the Calais approach"]\ngeometry = "harbour.geojson#SQ"\n\n'
        '[ports.Dover]\nparty = "UK"\naka = ["Port of Dover"]\nplace_of_safety = false\n',
        encoding="utf-8",
    )
    rs = load_ruleset(str(custom))
    shipped = load_ruleset("uk-fr-channel")
    assert rs.id == "custom" and rs.version == "0.1"
    assert rs.chain == ["sar", "smcp", "uk-fr-channel", "custom"]
    assert rs.path == str(custom.resolve())
    assert set(rs.world.zones) == {*shipped.world.zones, "CALAIS-APPROACH"}
    assert rs.world.ports["Dover"].aka == ["Port of Dover"]
    assert rs.world.ports["Dover"].place_of_safety is False
    assert rs.world.ports["Calais"] == shipped.world.ports["Calais"]
    assert shipped.world.ports["Dover"].place_of_safety is True, "the cached set is untouched"
    assert rs.geometry_files["CALAIS-APPROACH"] == f"{tmp_path.resolve() / 'harbour.geojson'}#SQ"
    assert rs.geometry_files["FR-TW"] == shipped.geometry_files["FR-TW"]
    assert rs.sha256 != shipped.sha256


def test_relative_path_with_base_dir_and_merge_order(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "base.toml").write_text(
        '[ruleset]\nid = "base"\ntitle = "Base"\nversion = "1"\nextends = ["sar"]\n\n'
        '[parties.XX]\nname = "Exland"\n\n[ports.Export]\nparty = "XX"\n'
        + rule("XX01", 'severity = "error"\n')
        + rule("XX02"),
        encoding="utf-8",
    )
    (folder / "local.toml").write_text(
        '[ruleset]\nid = "local"\ntitle = "Local"\nversion = "2"\n'
        'extends = ["sar", "base"]\n\n[ports.Export]\nparty = "XX"\naka = ["Xport"]\n'
        + rule("XX01", 'severity = "warning"\nexcused_by = ["XX02"]\n')
        + rule("XX03"),
        encoding="utf-8",
    )
    rs = load_ruleset("rules/local.toml", base_dir=tmp_path)
    assert rs.chain == ["sar", "base", "local"], "a diamond merges sar once, bases first"
    own = [r for r in rs.rules if r.code.startswith("XX")]
    assert [r.code for r in own] == ["XX01", "XX02", "XX03"]
    assert own[0].severity == "warning", "a later rule with the same code replaces it"
    assert [r.code for r in rs.rules if not r.code.startswith("XX")] == [
        r.code for r in load_ruleset("sar").rules
    ], "sar's rules come first, merged once"
    assert rs.world.ports["Export"].aka == ["Xport"]
    assert rs.world.parties["XX"].name == "Exland"
    assert load_ruleset("local", base_dir=folder).chain == rs.chain, ".toml may be left off"
    assert load_ruleset(str(folder / "local.toml")).sha256 == rs.sha256


# --- bad rule sets -------------------------------------------------------------------

GEO = 'geometry = "zone.geojson#SQ"\n'

# (case, files by name — the first is loaded, expected code, file, line, column, text at
# the column). Line numbers count from 1 in the named file.
BAD: list[tuple[str, dict[str, str], str, str, int, int | None, str | None]] = [
    (
        "TOML syntax error",
        {"a.toml": HEAD + 'extends = ["sar"\n'},
        "RC201",
        "a.toml",
        5,
        17,
        None,
    ),
    (
        "TOML syntax error: duplicate table",
        {"a.toml": HEAD + "\n[zones.A]\nkind = 'srr'\n\n[zones.A]\nkind = 'srr'\n"},
        "RC201",
        "a.toml",
        9,
        9,
        None,
    ),
    (
        "unknown top-level key",
        {"a.toml": HEAD + "\n[colours]\nred = 1\n"},
        "RC202",
        "a.toml",
        6,
        1,
        "[colours]",
    ),
    (
        "unknown table named only in a deeper header",
        {"a.toml": HEAD + '\n[pots.Dover]\nparty = "UK"\n'},
        "RC202",
        "a.toml",
        6,
        1,
        "[pots.Dover]",
    ),
    (
        "unknown key in [ruleset]",
        {"a.toml": HEAD + 'extend = ["sar"]\n'},
        "RC202",
        "a.toml",
        5,
        1,
        "extend",
    ),
    (
        "unknown zone key",
        {"a.toml": HEAD + '\n[zones.FR-TW]\nkind = "srr"\n  colour = "blue"\n'},
        "RC202",
        "a.toml",
        8,
        3,
        "colour",
    ),
    (
        "bad zone kind",
        {"a.toml": HEAD + '\n[zones.FR-TW]\nparty = "FR"\nkind = "territorial-waters"\n'},
        "RC202",
        "a.toml",
        8,
        8,
        '"territorial-waters"',
    ),
    (
        "bad rule code",
        {"a.toml": HEAD + rule("XX01") + rule("CH5")},
        "RC202",
        "a.toml",
        15,
        8,
        '"CH5"',
    ),
    (
        "bad code in excused_by",
        {"a.toml": HEAD + rule("XX01", 'excused_by = ["XX01", "sr01"]\n')},
        "RC202",
        "a.toml",
        13,
        23,
        '"sr01"',
    ),
    (
        "missing key",
        {"a.toml": '[ruleset]\nid = "t"\nversion = "1"\n'},
        "RC202",
        "a.toml",
        1,
        1,
        "[ruleset]",
    ),
    (
        "no [ruleset] table",
        {"a.toml": '[parties.FR]\nname = "France"\n'},
        "RC202",
        "a.toml",
        1,
        1,
        None,
    ),
    (
        "empty file",
        {"a.toml": "\n  \n"},
        "RC202",
        "a.toml",
        1,
        None,
        None,
    ),
    (
        "part_of an unknown zone",
        {"a.toml": HEAD + '\n[zones.A]\nkind = "territorial-sea"\npart_of = "A-SRR"\n'},
        "RC204",
        "a.toml",
        8,
        11,
        '"A-SRR"',
    ),
    (
        "zone of an unknown party",
        {"a.toml": HEAD + '\n[zones.A]\nkind = "srr"\nparty = "FRA"\n'},
        "RC204",
        "a.toml",
        8,
        9,
        '"FRA"',
    ),
    (
        "port of an unknown party",
        {"a.toml": HEAD + '\n[parties.FR]\nname = "France"\n\n[ports.Calais]\nparty = "FX"\n'},
        "RC204",
        "a.toml",
        10,
        9,
        '"FX"',
    ),
    (
        "duplicate rule code",
        {"a.toml": HEAD + rule("XX01") + rule("XX01")},
        "RC204",
        "a.toml",
        15,
        8,
        '"XX01"',
    ),
    (
        "excused_by an unknown code",
        {"a.toml": HEAD + rule("XX01", 'excused_by = ["XX01",\n  "SR99"]\n')},
        "RC204",
        "a.toml",
        14,
        3,
        '"SR99"',
    ),
    (
        "extends cycle a → b → a",
        {
            "a.toml": '[ruleset]\nid = "a"\ntitle = "A"\nversion = "1"\nextends = ["b"]\n',
            "b.toml": '[ruleset]\nid = "b"\ntitle = "B"\nversion = "1"\nextends = ["sar", "a"]\n',
        },
        "RC203",
        "b.toml",
        5,
        19,
        '"a"',
    ),
    (
        "extends itself",
        {"a.toml": '[ruleset]\nid = "a"\ntitle = "A"\nversion = "1"\nextends = ["a.toml"]\n'},
        "RC203",
        "a.toml",
        5,
        12,
        '"a.toml"',
    ),
    (
        "extends an unknown id",
        {"a.toml": HEAD + 'extends = [\n  "sar",\n  "uk-fr-chanel",\n]\n'},
        "RC200",
        "a.toml",
        7,
        3,
        '"uk-fr-chanel"',
    ),
    (
        "missing geometry file",
        {"a.toml": HEAD + '\n[zones.A]\nkind = "srr"\ngeometry = "nowhere.geojson#A"\n'},
        "RC205",
        "a.toml",
        8,
        12,
        '"nowhere.geojson#A"',
    ),
    (
        "unknown feature id",
        {
            "a.toml": HEAD + '\n[zones.A]\nkind = "srr"\ngeometry = "zone.geojson#SQUARE"\n',
            "zone.geojson": json.dumps(SQUARE),
        },
        "RC205",
        "a.toml",
        8,
        12,
        '"zone.geojson#SQUARE"',
    ),
    (
        "geometry without a feature id",
        {
            "a.toml": HEAD + '\n[zones.A]\nkind = "srr"\ngeometry = "zone.geojson"\n',
            "zone.geojson": json.dumps(SQUARE),
        },
        "RC205",
        "a.toml",
        8,
        12,
        '"zone.geojson"',
    ),
    (
        "invalid GeoJSON",
        {
            "a.toml": HEAD + '\n[zones.A]\nkind = "srr"\n' + GEO,
            "zone.geojson": '{"type": "FeatureCollection",\n "features": [}',
        },
        "RC205",
        "zone.geojson",
        2,
        15,
        None,  # placed, never quoted: a GeoJSON file is not one the user named (issue 16)
    ),
    (
        "GeoJSON that is not a FeatureCollection",
        {
            "a.toml": HEAD + '\n[zones.A]\nkind = "srr"\n' + GEO,
            "zone.geojson": json.dumps(SQUARE["features"]),
        },
        "RC205",
        "zone.geojson",
        1,
        1,
        None,
    ),
    (
        "feature that is not a polygon",
        {
            "a.toml": HEAD + '\n[zones.A]\nkind = "srr"\n' + GEO,
            "zone.geojson": json.dumps(
                {
                    "type": "FeatureCollection",
                    "features": [{"type": "Feature", "properties": {"id": "SQ"}, "geometry": None}],
                }
            ),
        },
        "RC205",
        "a.toml",
        8,
        12,
        '"zone.geojson#SQ"',
    ),
    (
        "mark latitude out of range",
        {"a.toml": HEAD + '\n[marks."Cap Gris-Nez"]\nlon = 1.58\nlat = 95\n'},
        "RC202",
        "a.toml",
        8,
        7,
        "95",
    ),
    (
        "mark longitude out of range",
        {"a.toml": HEAD + "\n[marks.X]\nlat = 50.0\nlon = -181.5\n"},
        "RC202",
        "a.toml",
        8,
        7,
        "-181.5",
    ),
    (
        "unknown mark key",
        {"a.toml": HEAD + "\n[marks.X]\nlat = 50.0\nlon = 1.0\nparty = 'FR'\n"},
        "RC202",
        "a.toml",
        9,
        1,
        "party",
    ),
]


@pytest.mark.parametrize(
    ("files", "code", "file", "line", "column", "text"),
    [case[1:] for case in BAD],
    ids=[case[0] for case in BAD],
)
def test_bad_rule_sets(
    tmp_path: Path,
    files: dict[str, str],
    code: str,
    file: str,
    line: int,
    column: int | None,
    text: str | None,
) -> None:
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    found = errors(tmp_path / next(iter(files)))
    assert all(d.path for d in found), "every diagnostic names its file"
    (d,) = [d for d in found if d.code == code]
    assert Path(d.path or "").name == file
    assert (d.line, d.column) == (line, column), d
    if text is not None:
        assert d.source_line is not None
        assert d.source_line[(column or 1) - 1 :].startswith(text), d.source_line


def test_every_schema_error_is_reported_at_once(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text(
        HEAD + '\n[zones.A]\nkind = "sea"\nshape = 1\n\n[ports.X]\naka = "X"\n', encoding="utf-8"
    )
    found = errors(path)
    assert [(d.code, d.line) for d in found] == [
        ("RC202", 7),
        ("RC202", 8),
        ("RC202", 10),  # missing party: the [ports.X] header
        ("RC202", 11),
    ]


def test_hints_name_the_allowed_and_the_close(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text(HEAD + '\n[zones.A]\nkind = "srr"\npartof = "B"\n', encoding="utf-8")
    (d,) = errors(path)
    assert d.hint is not None
    assert "did you mean 'part_of'?" in d.hint
    assert "kind, party, aka, part_of, geometry, approximate" in d.hint

    path.write_text(HEAD + '\n[zones.A]\nkind = "SRR"\n', encoding="utf-8")
    (d,) = errors(path)
    assert d.hint == "did you mean 'srr'?"

    zone = '\n[parties.FR]\nname = "France"\n[zones.A]\nkind = "srr"\nparty = "Fr"\n'
    path.write_text(HEAD + zone, encoding="utf-8")
    (d,) = errors(path)
    assert d.code == "RC204"
    assert d.hint is not None and "'FR'" in d.hint


def test_cycle_message_names_the_chain(tmp_path: Path) -> None:
    for name, other in (("a", "b"), ("b", "a")):
        (tmp_path / f"{name}.toml").write_text(
            f'[ruleset]\nid = "{name}"\ntitle = "T"\nversion = "1"\nextends = ["{other}"]\n',
            encoding="utf-8",
        )
    (d,) = errors(tmp_path / "a.toml")
    assert d.code == "RC203"
    assert "a → b → a" in d.message


def test_unknown_id_or_missing_path(tmp_path: Path) -> None:
    (d,) = errors("uk-fr-chanel")
    assert d.code == "RC200"
    assert d.path == "uk-fr-chanel"
    assert d.hint is not None
    assert "did you mean 'uk-fr-channel'?" in d.hint
    assert "sar, smcp, uk-fr-channel" in d.hint

    (d,) = errors("missing.toml", base_dir=tmp_path)
    assert d.code == "RC200"
    assert d.path == str(tmp_path / "missing.toml")


def test_unreadable_or_undecodable_file(tmp_path: Path) -> None:
    (d,) = errors(tmp_path, base_dir=tmp_path)  # a folder is not a rule set
    assert d.code == "RC200"

    path = tmp_path / "latin1.toml"
    path.write_bytes(HEAD.encode() + b'\n[parties.FR]\nname = "R\xe9publique"\n')
    (d,) = errors(path)
    assert (d.code, d.line) == ("RC201", 7)


# --- marks -----------------------------------------------------------------------------

CHANNEL_MARKS = {
    "Cap Gris-Nez": ("cape", "FR"),
    "Cap Blanc-Nez": ("cape", "FR"),
    "South Foreland": ("cape", "UK"),
    "Dungeness": ("cape", "UK"),
    "Dover": ("port", "UK"),
    "Folkestone": ("port", "UK"),
    "Calais": ("port", "FR"),
    "Boulogne-sur-Mer": ("port", "FR"),
    "Dunkirk": ("port", "FR"),
    "Varne LV": ("light", None),
    "Sandettie LV": ("light", None),
}
# The Dover Strait and its approaches, (lon, lat) corners: Dungeness to Dunkirk.
DOVER_STRAIT = ((1.0, 50.7), (2.0, 51.3))


def nm_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Haversine distance in nm between two (lat, lon) points, written independently."""
    (lat1, lon1), (lat2, lon2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_NM * math.asin(math.sqrt(h))


def test_uk_fr_channel_marks() -> None:
    marks = load_ruleset("uk-fr-channel").world.marks
    assert {name: m.kind for name, m in marks.items()} == {
        name: kind for name, (kind, _) in CHANNEL_MARKS.items()
    }
    assert all(isinstance(m, Mark) for m in marks.values())
    assert {"Cap Gris Nez", "Gris-Nez", "Gris Nez", "Griz Nez", "Cape Gris-Nez"} <= set(
        marks["Cap Gris-Nez"].aka
    )
    for m in marks.values():
        assert m.source is not None
        assert "approximate" in m.source and "verify against a chart" in m.source
    names = [n.lower() for name, m in marks.items() for n in (name, *m.aka)]
    assert len(names) == len(set(names)), "a name or alias names one mark only"
    for rid in ("sar", "smcp"):
        assert load_ruleset(rid).world.marks == {}


def test_channel_marks_lie_in_the_dover_strait() -> None:
    (west, south), (east, north) = DOVER_STRAIT
    for name, m in load_ruleset("uk-fr-channel").world.marks.items():
        nearest = (min(max(m.lat, south), north), min(max(m.lon, west), east))
        assert nm_between((m.lat, m.lon), nearest) <= 15, name


def test_capes_and_harbours_lie_on_their_side_of_the_1988_line(
    channel: dict[str, dict[str, object]],
) -> None:
    world = load_ruleset("uk-fr-channel").world
    for name, (kind, party) in CHANNEL_MARKS.items():
        if party is None:
            continue
        mark = world.marks[name]
        other = "UK" if party == "FR" else "FR"
        found = zones_at(channel, mark.lon, mark.lat)
        assert f"{party}-SRR" in found and f"{other}-SRR" not in found, name
        assert f"{party}-TW" in found and f"{other}-TW" not in found, name
        if kind == "port":
            assert world.ports[name].party == party, name


def test_marks_merge_by_key_later_wins(tmp_path: Path) -> None:
    custom = tmp_path / "custom.toml"
    custom.write_text(
        '[ruleset]\nid = "custom"\ntitle = "Custom"\nversion = "0.1"\n'
        'extends = ["uk-fr-channel"]\n\n'
        '[marks."Cap Gris-Nez"]\nlat = 50.87\nlon = 1.58\nkind = "light"\n'
        'source = "our own survey"\n\n'
        '[marks.CS4]\nlat = 51.14\nlon = 1.57\nkind = "buoy"\naka = ["CS 4"]\n',
        encoding="utf-8",
    )
    rs = load_ruleset(str(custom))
    shipped = load_ruleset("uk-fr-channel").world.marks
    assert list(rs.world.marks) == [*shipped, "CS4"]
    gris_nez = rs.world.marks["Cap Gris-Nez"]
    assert (gris_nez.lat, gris_nez.lon, gris_nez.kind) == (50.87, 1.58, "light")
    assert gris_nez.aka == [], "a mark is replaced whole, not field by field"
    assert rs.world.marks["CS4"] == Mark(lat=51.14, lon=1.57, aka=["CS 4"], kind="buoy")
    assert rs.world.marks["Dover"] == shipped["Dover"]
    assert shipped["Cap Gris-Nez"].kind == "cape", "the cached set is untouched"


def test_mark_errors_name_the_mark_and_the_allowed_keys(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text(HEAD + '\n[marks."Cap Gris-Nez"]\nlon = 1.58\nlat = 95\n', encoding="utf-8")
    (d,) = errors(path)
    assert d.code == "RC202"
    assert d.message.startswith("marks.Cap Gris-Nez.lat:")
    assert "90" in d.message

    path.write_text(HEAD + "\n[marks.X]\nlat = 50.0\nlon = 1.0\nknd = 'cape'\n", encoding="utf-8")
    (d,) = errors(path)
    assert d.hint is not None
    assert "did you mean 'kind'?" in d.hint
    assert "lat, lon, aka, kind, source" in d.hint

    path.write_text(HEAD + "\n[marks.X]\nlon = 1.0\n", encoding="utf-8")
    (d,) = errors(path)
    assert (d.code, d.line, d.column) == ("RC202", 6, 1)
    assert "missing key 'lat'" in d.message


# --- positions from marks ------------------------------------------------------------------


def test_sixty_nm_due_north_is_about_one_degree_of_latitude() -> None:
    lat, lon = offset_position(50.0, 1.0, 0.0, 60.0)
    assert lat == pytest.approx(51.0, abs=0.002)
    assert lon == pytest.approx(1.0, abs=1e-9)
    lat, lon = offset_position(0.0, 0.0, 90.0, 60.0)  # along the equator
    assert lat == pytest.approx(0.0, abs=1e-9)
    assert lon == pytest.approx(1.0, abs=0.002)
    lat, lon = offset_position(51.0, 1.5, 180.0, 60.0)
    assert lat == pytest.approx(50.0, abs=0.002)
    assert lon == pytest.approx(1.5, abs=1e-9)


def test_one_degree_of_longitude_shrinks_with_latitude() -> None:
    lat, lon = offset_position(60.0, 0.0, 90.0, 30.0)  # 1° of longitude is 30 nm at 60°N
    assert lon == pytest.approx(1.0, abs=0.002)
    assert lat < 60.0, "a great circle starting due east bends towards the equator"


@pytest.mark.parametrize("bearing", [0.0, 22.5, 45.0, 135.0, 200.0, 292.5, 315.0, 359.0])
@pytest.mark.parametrize("distance", [0.5, 2.0, 12.0, 60.0])
def test_offset_lies_at_the_distance_and_back_on_the_reciprocal(
    bearing: float, distance: float
) -> None:
    start = (50.8692, 1.5831)
    end = offset_position(*start, bearing, distance)
    assert nm_between(start, end) == pytest.approx(distance, rel=1e-9)
    back = offset_position(*end, _bearing(end, start), distance)
    assert back == pytest.approx(start, abs=1e-9)


def _bearing(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Initial great-circle bearing from a to b, written independently."""
    (lat1, lon1), (lat2, lon2) = (tuple(map(math.radians, p)) for p in (a, b))
    y = math.sin(lon2 - lon1) * math.cos(lat2)
    x = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(lon2 - lon1)
    return math.degrees(math.atan2(y, x)) % 360


def test_two_nm_north_west_of_cap_gris_nez(channel: dict[str, dict[str, object]]) -> None:
    """TRANSCRIPT-FORMAT.md's example: the point lies 2 nm on bearing 315 FROM the cape."""
    cape = load_ruleset("uk-fr-channel").world.marks["Cap Gris-Nez"]
    bearing = direction_bearing("north-west")
    assert bearing == 315
    lat, lon = offset_position(cape.lat, cape.lon, bearing, 2.0)
    assert lat > cape.lat and lon < cape.lon, "north-west of the cape, not south-east"
    assert lat - cape.lat == pytest.approx(2 * math.cos(math.radians(45)) / 60, rel=0.01)
    assert _bearing((cape.lat, cape.lon), (lat, lon)) == pytest.approx(315, abs=0.01)
    assert zones_at(channel, lon, lat) == {"FR-TW", "FR-SRR"}


def test_offset_edge_cases() -> None:
    assert offset_position(50.0, 1.0, 123.0, 0.0) == pytest.approx((50.0, 1.0))
    lat, lon = offset_position(0.0, 179.9, 90.0, 60.0)  # across the antimeridian
    assert lon == pytest.approx(-179.1, abs=0.002)
    lat, lon = offset_position(89.9, 0.0, 0.0, 60.0)  # over the pole
    assert lat == pytest.approx(89.1, abs=0.002)
    assert abs(lon) == pytest.approx(180.0)
    for bad in [(91.0, 0.0, 0.0, 1.0), (50.0, 1.0, 0.0, -1.0), (50.0, 1.0, math.nan, 1.0)]:
        with pytest.raises(ValueError):
            offset_position(*bad)


@pytest.mark.parametrize(
    ("word", "bearing"),
    [
        ("north", 0.0),
        ("N", 0.0),
        ("due north", 0.0),
        ("north north east", 22.5),
        ("north-north-east", 22.5),
        ("north-northeast", 22.5),
        ("NNE", 22.5),
        ("nne", 22.5),
        ("north-east", 45.0),
        ("East", 90.0),
        ("ESE", 112.5),
        ("south-east", 135.0),
        ("S", 180.0),
        ("south south west", 202.5),
        ("southwest", 225.0),
        ("west", 270.0),
        ("west-north-west", 292.5),
        ("north-west", 315.0),
        ("northwest", 315.0),
        ("North West", 315.0),
        ("NW", 315.0),
        ("NNW", 337.5),
    ],
)
def test_direction_bearing(word: str, bearing: float) -> None:
    assert direction_bearing(word) == bearing


@pytest.mark.parametrize(
    "word", ["", "due", "NN", "NWN", "NESW", "northward", "north by east", "upwind", "315"]
)
def test_direction_bearing_rejects_what_is_not_a_point(word: str) -> None:
    assert direction_bearing(word) is None


def test_known_stations_of_the_channel() -> None:
    world = load_ruleset("uk-fr-channel").world
    assert world.stations["HMCG"].role == "rcc" and world.stations["HMCG"].party == "UK"
    assert "CROSS Gris-Nez" in world.stations["CROSS-GRIS-NEZ"].aka
    assert load_ruleset("sar").world.stations == {}


def test_known_station_with_an_unknown_party(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[ruleset]\nid = "bad"\ntitle = "Bad"\nversion = "1"\n\n'
        '[stations.RCC-X]\nrole = "rcc"\nparty = "XX"\n'
    )
    with pytest.raises(InputError) as exc:
        load_ruleset(str(bad))
    d = exc.value.diagnostics[0]
    assert (d.code, d.line) == ("RC204", 8)  # the party = "XX" line
