"""The rule-set file schema (TOML, validated by pydantic with ``extra="forbid"``).

A rule set has a world (parties, zones, ports, marks) that flows through the whole pipeline,
and rules that only the rules stage reads. This module describes the *file*; the
loader merges ``extends`` chains into one :class:`RuleSet`. Nothing here is ever
evaluated as code: ``params`` are plain data, validated per kind by the rule engine.

``radiocheck schema rules`` prints :func:`rules_json_schema`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from checker.defaults import empty_dict, empty_list
from checker.vocabulary import Level, RuleKind, Severity, Unit, WorldRole, ZoneKind

Provenance = Literal["convention", "treaty", "guidance", "press-report", "local"]

CODE_PATTERN = r"^[A-Z]{2}[0-9]{2}$"
ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_-]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class RulesetMeta(_Strict):
    """The ``[ruleset]`` table."""

    id: str = Field(pattern=ID_PATTERN)
    title: str
    version: str
    description: str | None = None
    extends: list[str] = Field(default_factory=empty_list)


class Party(_Strict):
    """A state or authority that can be answerable for a zone."""

    name: str
    aka: list[str] = Field(default_factory=empty_list)


class Zone(_Strict):
    """A zone: territorial sea, search-and-rescue region, port area or other.

    ``geometry`` is ``FILE#FEATURE-ID``, a GeoJSON file relative to the rule-set file
    and the ``id`` of a feature in it. ``approximate`` marks geometry that is reported
    rather than published; verdicts that rest on it are ``uncertain``.
    """

    kind: ZoneKind
    party: str | None = None
    aka: list[str] = Field(default_factory=empty_list)
    part_of: str | None = None
    geometry: str | None = None
    approximate: bool = False


class Port(_Strict):
    """A port and the party it belongs to."""

    party: str
    aka: list[str] = Field(default_factory=empty_list)
    place_of_safety: bool = True


class Mark(_Strict):
    """A charted mark — a cape, port, light or buoy — that positions are given from.

    "2 nm north-west of Cap Gris-Nez" and "bearing 315 from Cap Gris-Nez, distance 2"
    place a point relative to the mark (:mod:`checker.ruleset.marks`). ``lat`` and
    ``lon`` are WGS84 decimal degrees; ``source`` says where the position comes from.
    """

    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    aka: list[str] = Field(default_factory=empty_list)
    kind: str | None = None
    source: str | None = None


class RuleExample(_Strict):
    """A passing and a failing transcript snippet for a rule, run as tests."""

    passing: str | None = Field(default=None, alias="pass")
    failing: str | None = Field(default=None, alias="fail")


class RuleSpec(_Strict):
    """One rule: data only. ``params`` are validated by the engine for its ``kind``."""

    code: str = Field(pattern=CODE_PATTERN)
    name: str = Field(pattern=r"^[a-z][a-z0-9_.-]+$")
    title: str
    kind: RuleKind
    severity: Severity = "error"
    level: Level | None = None
    source: str
    provenance: Provenance
    rationale: str = ""
    params: dict[str, Any] = Field(default_factory=empty_dict)
    excused_by: list[Annotated[str, Field(pattern=CODE_PATTERN)]] = Field(
        default_factory=empty_list
    )
    examples: list[RuleExample] = Field(default_factory=empty_list)


class KnownStation(_Strict):
    """A station the world knows by name (an RCC, a coast station), so that a
    transcript that names it without declaring it still knows its role and party.
    A transcript's own ``@station`` always wins."""

    role: WorldRole
    party: str
    unit: Unit = "state"
    aka: list[str] = Field(default_factory=empty_list)


class RulesetFile(_Strict):
    """One TOML file as written, before ``extends`` is applied."""

    ruleset: RulesetMeta
    parties: dict[str, Party] = Field(default_factory=empty_dict)
    zones: dict[str, Zone] = Field(default_factory=empty_dict)
    ports: dict[str, Port] = Field(default_factory=empty_dict)
    marks: dict[str, Mark] = Field(default_factory=empty_dict)
    stations: dict[str, KnownStation] = Field(default_factory=empty_dict)
    rules: list[RuleSpec] = Field(default_factory=empty_list)


class World(_Strict):
    """Parties, zones, ports, marks and known stations after ``extends`` is applied:
    the world of a check."""

    parties: dict[str, Party] = Field(default_factory=empty_dict)
    zones: dict[str, Zone] = Field(default_factory=empty_dict)
    ports: dict[str, Port] = Field(default_factory=empty_dict)
    marks: dict[str, Mark] = Field(default_factory=empty_dict)
    stations: dict[str, KnownStation] = Field(default_factory=empty_dict)


class RuleSet(_Strict):
    """A loaded rule set: its identity, its merged world and its merged rules.

    ``chain`` lists the ids of every file merged, base first; ``sha256`` hashes their
    contents in that order, so that a report names exactly the rules it was judged by.
    ``base_dir`` is the folder of the top file, for GeoJSON paths.
    """

    id: str
    title: str
    version: str
    path: str | None = None
    sha256: str
    chain: list[str]
    world: World
    rules: list[RuleSpec] = Field(default_factory=empty_list)
    geometry_files: dict[str, str] = Field(default_factory=empty_dict)


#: The base of the published schemas' ``$id`` (``radiocheck schema``). pyproject.toml
#: has no ``[project.urls]`` to build a web address on, so the ids are URNs, stable for
#: as long as the shape they name (docs/cli.md, "radiocheck schema").
SCHEMA_ID_BASE = "urn:radiocheck:schema"
#: The version of the rule-set file format that :func:`rules_json_schema` describes.
RULES_SCHEMA_VERSION = 1


def rules_json_schema() -> dict[str, Any]:
    """The JSON Schema of a rule-set file, for editors and other tools; ``$schema``
    names the dialect pydantic writes and ``$id`` names the schema itself."""
    schema = RulesetFile.model_json_schema(by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_ID_BASE}:rules:v{RULES_SCHEMA_VERSION}",
        **schema,
    }
