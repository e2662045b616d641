"""The context stage: who the stations are, what the zones and ports are called.

A transcript names stations as people do ("French warship", "Ranger"); a rule set
names zones and ports ("French waters", "Boulogne"). :func:`build_context` merges the
transcript's declarations with the rule set's world into one :class:`Context` whose
lookups every later stage uses: a name to a station id, a phrase to zone ids, a name
to a port. Undeclared speakers become stations of role ``unknown`` with a warning,
so nothing that was said is dropped.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from checker.defaults import empty_dict, empty_list
from checker.diagnostics import Diagnostic, make
from checker.names import did_you_mean
from checker.ruleset.schema import World
from checker.transcript.model import Line, StationDecl, Transcript
from checker.vocabulary import Role, Unit, ZoneKind

#: Reports a diagnostic: code, message, line, column, hint.
Report = Callable[[str, str, int, int, "str | None"], None]

ALL = "ALL"
_ALL_NAMES = {"all", "all stations", "all ships", "all vessels"}
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_SPACE = re.compile(r"\s+")


# names recur on every line (measured: benchmarks/README.md, 'context.normalise')
@lru_cache(maxsize=8192)
def normalise(name: str) -> str:
    """The lookup form of a name: lower case, hyphens as spaces, single spaces, no
    leading article, no surrounding punctuation (so "The Dinghy," finds "dinghy" and
    "cross gris nez", as a recogniser writes it, finds "CROSS Gris-Nez")."""
    text = _SPACE.sub(" ", name.strip().strip(".,;:!?'\"").lower().replace("-", " "))
    return _ARTICLE.sub("", text)


class Station(BaseModel):
    """A station of the transcript, declared or met in a speaker column."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    id: str
    role: Role
    party: str | None = None
    unit: Unit | None = None
    flag: str | None = None
    aliases: list[str] = Field(default_factory=empty_list)
    persons: int | None = None
    persons_approx: bool = False
    mmsi: str | None = None
    callsign: str | None = None
    declared: bool = True
    line: int | None = None

    @property
    def bystander(self) -> bool:
        """Whether the transcript declares the station as no unit (role ``unknown``: a
        caller, a relative, a witness ashore); a station it never declared may be one."""
        return self.declared and self.role == "unknown"


class ZoneInfo(BaseModel):
    """A zone of the check: the rule set's, with the transcript's additions."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    id: str
    kind: ZoneKind
    party: str | None = None
    aliases: list[str] = Field(default_factory=empty_list)
    part_of: str | None = None
    approximate: bool = False
    geometry: str | None = None
    source: Literal["ruleset", "transcript"] = "ruleset"


class PortInfo(BaseModel):
    """A port and the party it belongs to."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    name: str
    party: str
    aliases: list[str] = Field(default_factory=empty_list)
    place_of_safety: bool = True


class MarkInfo(BaseModel):
    """A charted mark (cape, harbour, light vessel) positions can be given from."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    name: str
    lat: float
    lon: float
    aliases: list[str] = Field(default_factory=empty_list)


class _NameIndex:
    """The name lookups of a :class:`Context`, in lookup form (:func:`normalise`).

    Derived data, so a plain object rather than model fields: ``station_id`` alone is
    called many times per transcript line, and reading a pydantic private attribute
    (``BaseModel.__getattr__``) costs far more than a slot
    (measured: benchmarks/README.md, 'context._NameIndex').
    """

    __slots__ = ("marks", "parties", "ports", "stations", "zones")

    def __init__(self, ctx: Context) -> None:
        self.stations: dict[str, str] = {}
        for st in ctx.stations.values():
            for name in (st.id, *st.aliases):
                self.stations.setdefault(normalise(name), st.id)
        self.zones: dict[str, str] = {}
        for z in ctx.zones.values():
            for name in (z.id, *z.aliases):
                self.zones.setdefault(normalise(name), z.id)
        self.ports: dict[str, str] = {}
        for p in ctx.ports.values():
            for name in (p.name, *p.aliases):
                self.ports.setdefault(normalise(name), p.name)
        self.marks = {
            normalise(n): m.name for m in ctx.marks.values() for n in (m.name, *m.aliases)
        }
        self.parties = {normalise(code): code for code in ctx.parties}
        self.parties.update({normalise(n): code for code, n in ctx.parties.items()})
        for code, names in ctx.party_aliases.items():
            self.parties.update({normalise(n): code for n in names})


class Context(BaseModel):
    """Stations, zones, ports and parties of one check, with name lookups."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    # The lookups live in a slot, not a PrivateAttr: see _NameIndex. A copy or an
    # unpickled context starts without the slot and rebuilds it on first use.
    __slots__ = ("_index",)
    if TYPE_CHECKING:
        _index: _NameIndex

    stations: dict[str, Station] = Field(default_factory=empty_dict)
    zones: dict[str, ZoneInfo] = Field(default_factory=empty_dict)
    ports: dict[str, PortInfo] = Field(default_factory=empty_dict)
    parties: dict[str, str] = Field(default_factory=empty_dict)
    party_aliases: dict[str, list[str]] = Field(default_factory=empty_dict)
    marks: dict[str, MarkInfo] = Field(default_factory=empty_dict)

    def model_post_init(self, __context: object) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the name lookups after stations, zones or ports change."""
        object.__setattr__(self, "_index", _NameIndex(self))

    def add_station(self, station: Station) -> None:
        """Add a station met on the way (an undeclared speaker, a casualty first
        named) and index its names alone: rebuilding every lookup per new station made
        4,000 speaker labels quadratic. Its names go last, as a full rebuild puts them:
        a name an earlier station holds keeps denoting that station."""
        self.stations[station.id] = station
        index = self._names()
        for name in (station.id, *station.aliases):
            index.stations.setdefault(normalise(name), station.id)

    def _names(self) -> _NameIndex:
        try:
            return self._index
        except AttributeError:  # a copy: pydantic copies fields, not slots
            self.reindex()
            return self._index

    # -- lookups
    def station_id(self, name: str) -> str | None:
        """The id of the station a name or alias denotes (case-insensitive), or None.
        ``ALL`` and ``ALL STATIONS`` denote every station: :data:`ALL`."""
        key = normalise(name)
        if key in _ALL_NAMES:
            return ALL
        return self._names().stations.get(key)

    def station(self, station_id: str) -> Station | None:
        """The station with this id."""
        return self.stations.get(station_id)

    def party_of(self, station_id: str | None) -> str | None:
        """The party a station answers to: its ``party=``, else its flag state (a
        private or NGO ship answers to its flag under UNCLOS)."""
        st = self.stations.get(station_id) if station_id else None
        if st is None:
            return None
        if st.party or not st.flag:
            return st.party
        return self.party(st.flag) or st.flag  # flag=GB is the party UK where UK knows GB

    def zone_id(self, phrase: str) -> str | None:
        """The zone a phrase names exactly ("French waters" → FR-TW), or None."""
        return self._names().zones.get(normalise(phrase))

    def zone_ids(self, phrase: str) -> list[str]:
        """The zone a phrase names and every zone it is part of, innermost first."""
        found = self.zone_id(phrase)
        chain: list[str] = []
        while found is not None and found not in chain:
            chain.append(found)
            found = self.zones[found].part_of if found in self.zones else None
        return chain

    def zone_names(self) -> dict[str, str]:
        """Every zone name and alias in lookup form, mapped to its zone id."""
        return dict(self._names().zones)

    def station_names(self) -> dict[str, str]:
        """Every station name and alias in lookup form, mapped to its station id."""
        return dict(self._names().stations)

    def port(self, name: str) -> PortInfo | None:
        """The port a name denotes (case-insensitive, aliases included)."""
        key = self._names().ports.get(normalise(name))
        return self.ports[key] if key else None

    def mark(self, name: str) -> MarkInfo | None:
        """The charted mark a name denotes ("Cap Gris Nez" finds Cap Gris-Nez)."""
        marks = self._names().marks
        key = marks.get(normalise(name))
        if key is None:
            key = marks.get(normalise(name.replace("-", " ")))
        return self.marks[key] if key else None

    def party(self, name: str) -> str | None:
        """The party code a code or name denotes ("France" → FR)."""
        return self._names().parties.get(normalise(name))


def _station_from_decl(decl: StationDecl) -> Station:
    return Station(declared=True, **decl.model_dump())


def undeclared_id(name: str) -> str:
    """The id given to a station met only in a speaker column: ``Dover CG`` → ``DOVER-CG``."""
    return re.sub(r"[^A-Z0-9]+", "-", name.upper()).strip("-") or "UNKNOWN"


def build_context(  # noqa: PLR0912  one branch per kind of declaration merged
    transcript: Transcript,
    world: World | None = None,
    geometry: Mapping[str, str] | None = None,
) -> tuple[Context, list[Diagnostic]]:
    """Merge a transcript's declarations with a rule set's world.

    ``geometry`` maps zone ids to resolved ``PATH#FEATURE`` references (the loader's
    ``RuleSet.geometry_files``). Returns the context and the diagnostics found while
    merging: alias clashes and bad ``@zone`` references (errors), undeclared stations,
    unknown zones, ports and marks in narration (warnings).
    """
    world = world or World()
    diags: list[Diagnostic] = []
    path = transcript.path or "<text>"

    def diag(code: str, message: str, line: int, column: int = 1, hint: str | None = None) -> None:
        """Record one diagnostic located on a transcript line."""
        src = (
            transcript.source_lines[line - 1] if 0 < line <= len(transcript.source_lines) else None
        )
        diags.append(
            make(code, message, path=path, line=line, column=column, hint=hint, source_line=src)
        )

    ctx = Context.model_construct(  # of values made here: not validated
        parties={code: p.name for code, p in world.parties.items()},
        party_aliases={code: list(p.aka) for code, p in world.parties.items() if p.aka},
        marks={
            n: MarkInfo(name=n, lat=m.lat, lon=m.lon, aliases=list(m.aka))
            for n, m in world.marks.items()
        },
    )
    for zid, wz in world.zones.items():
        ctx.zones[zid] = ZoneInfo(
            id=zid,
            kind=wz.kind,
            party=wz.party,
            aliases=list(wz.aka),
            part_of=wz.part_of,
            approximate=wz.approximate,
            geometry=(geometry or {}).get(zid, wz.geometry),
        )
    for name, wp in world.ports.items():
        ctx.ports[name] = PortInfo(
            name=name, party=wp.party, aliases=list(wp.aka), place_of_safety=wp.place_of_safety
        )

    owner: dict[str, str] = {}
    for decl in transcript.stations:
        st = _station_from_decl(decl)
        for name in (st.id, *st.aliases):
            key = normalise(name)
            if key in owner and owner[key] != st.id:
                diag(
                    "RC109",
                    f"{name!r} already names station {owner[key]}",
                    decl.line,
                    hint="each name or alias may denote one station only",
                )
            owner.setdefault(key, st.id)
        ctx.stations[st.id] = st
        if st.party and ctx.parties and st.party not in ctx.parties:
            diag(
                "RC121",
                f"party {st.party!r} is not a party of the rule set "
                f"(known: {', '.join(sorted(ctx.parties))})",
                decl.line,
                1,
                party_hint(st.party, ctx),
            )

    for z in transcript.zones:
        if z.id in ctx.zones:
            current = ctx.zones[z.id]
            ctx.zones[z.id] = current.model_copy(
                update={
                    "aliases": [*current.aliases, *z.aliases],
                    "party": z.party or current.party,
                    "part_of": z.part_of or current.part_of,
                }
            )
        elif z.kind is None:
            diag(
                "RC117",
                f"zone {z.id} is not in the rule set, so it needs a kind",
                z.line,
                1,
                'e.g. @zone MT-SRR: srr party=MT aka="the Maltese SAR region"',
            )
            continue
        else:
            ctx.zones[z.id] = ZoneInfo(
                id=z.id,
                kind=z.kind,
                party=z.party,
                aliases=z.aliases,
                part_of=z.part_of,
                source="transcript",
            )
    for z in transcript.zones:
        part_of = ctx.zones[z.id].part_of if z.id in ctx.zones else None
        if part_of and part_of not in ctx.zones:
            diag(
                "RC117", f"zone {z.id} is part of {part_of!r}, which is not a zone", z.line, 1, None
            )
    for port in transcript.ports:
        known = ctx.ports.get(port.name)
        aliases = [*(known.aliases if known else []), *port.aliases]
        ctx.ports[port.name] = PortInfo(name=port.name, party=port.party, aliases=aliases)
    ctx.reindex()

    _meet_speakers(transcript, ctx, diag, world)
    return ctx, diags


def party_hint(party: str, ctx: Context) -> str | None:
    """A hint naming the party a mistyped code probably meant."""
    close = difflib.get_close_matches(party.upper(), list(ctx.parties), n=1)
    return f"did you mean {close[0]}?" if close else None


def _known_stations(world: World) -> dict[str, str]:
    """The rule set's known stations by every name, in lookup form."""
    return {normalise(name): sid for sid, st in world.stations.items() for name in (sid, *st.aka)}


def _meet_speakers(transcript: Transcript, ctx: Context, report: Report, world: World) -> None:
    """Resolve speaker, addressee and narration names: a declared station, else a
    station the rule set knows (RC123, info), else a new one of role unknown (RC120)."""
    known = [n for st in ctx.stations.values() for n in (st.id, *st.aliases)]
    from_world = _known_stations(world)
    for line in transcript.lines:
        names: list[tuple[str, int]] = []
        if line.kind == "utterance":
            if line.speaker:
                names.append((line.speaker, line.speaker_column or 1))
            if line.addressee:
                names.append((line.addressee, line.addressee_column or 1))
        elif line.narration is not None:
            names.append((line.narration.subject, 0))
            _check_places(line, ctx, report)
        for name, column in names:
            if ctx.station_id(name) is not None:
                continue
            sid = from_world.get(normalise(name))
            if sid is not None and sid not in ctx.stations:
                ws = world.stations[sid]
                ctx.add_station(Station(
                    id=sid, role=ws.role, party=ws.party, unit=ws.unit,
                    aliases=list(ws.aka), declared=False, line=line.line,
                ))  # fmt: skip
                report(
                    "RC123",
                    f"{name!r} is {sid} of the rule set ({ws.role}, party {ws.party})",
                    line.line,
                    column or 1,
                    f"declare it with @station {sid}: ... to say otherwise",
                )
                continue
            new_id = undeclared_id(name)
            while new_id in ctx.stations:
                new_id += "-X"
            ctx.add_station(
                Station(id=new_id, role="unknown", aliases=[name], declared=False, line=line.line)
            )
            if line.recognition is not None:
                # A recogniser's speaker label (SPEAKER_00): the resolve stage maps it
                # through the call-ups heard and the report lists each mapping.
                continue
            meant = did_you_mean(name, known)
            hint = (
                f"did you mean {meant!r}?"
                if meant
                else f"declare it: @station {new_id}: ROLE party=..."
            )
            src = transcript.source_lines[line.line - 1]
            col = column or (src.find(name) + 1 if name in src else 1)
            report(
                "RC120",
                f"undeclared station {name!r}; treated as {new_id}, role unknown",
                line.line,
                col,
                hint,
            )


def _check_places(line: Line, ctx: Context, report: Report) -> None:
    """Warn about narration zones and ports that the context does not know."""
    assert line.narration is not None
    n = line.narration
    if n.port is not None and ctx.port(n.port) is None:
        report(
            "RC121",
            f"unknown port {n.port!r}; its state is unknown",
            line.line,
            1,
            "declare it with @port NAME: party=CODE",
        )
    pos = n.position
    if (
        pos is not None
        and pos.zone is not None
        and not ctx.zone_ids(pos.zone)
        and ctx.station_id(pos.zone) is None
    ):
        report(
            "RC121",
            f"unknown zone {pos.zone!r}",
            line.line,
            1,
            "name a zone of the rule set or declare it with @zone",
        )
    if pos is not None and pos.mark is not None and ctx.mark(pos.mark) is None:
        report(
            "RC121",
            f"unknown mark {pos.mark!r}; the position cannot be placed",
            line.line,
            1,
            "name a mark of the rule set (radiocheck rules ID lists them), or give coordinates",
        )
