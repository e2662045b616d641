"""Header directives: from parsed ``@station``, ``@zone``, ``@port`` and ``@expect``
lines to models, checking each value where it stands so that the caret points at it.

Each builder returns the model, or raises :class:`Problem` with the code and the
column of the offending token.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from checker.transcript.model import (
    Expectation,
    LedgerEntry,
    PortDecl,
    StationDecl,
    ZoneDecl,
)
from checker.transcript.parse import KeyVal, Located, Parsed
from checker.vocabulary import ACT_KINDS, MEDIA, ROLES, UNITS, ZONE_KINDS, ActKind

STATION_KEYS = ("party", "unit", "flag", "aka", "persons", "mmsi", "callsign")
ZONE_KEYS = ("party", "aka", "part-of")
PORT_KEYS = ("party", "aka")
_PARTY = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


class Problem(Exception):
    """A directive value that is wrong: code, message, column, hint."""

    def __init__(self, code: str, message: str, column: int, hint: str | None = None) -> None:
        super().__init__(message)
        self.code, self.message, self.column, self.hint = code, message, column, hint


def _suggest(word: str, options: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, options, n=1)
    lead = f"did you mean {close[0]!r}? " if close else ""
    return f"{lead}allowed: {', '.join(options)}"


def act_kind(tok: Located) -> ActKind:
    """The act kind an ``act=`` annotation names: RC114 when it names none, which would
    put an invented kind into the report."""
    if tok.value not in ACT_KINDS:
        near = difflib.get_close_matches(tok.value, ACT_KINDS, n=1)
        hint = f"did you mean {near[0]!r}? " if near else ""
        msg = f"unknown act kind {tok.value!r}"
        raise Problem("RC114", msg, tok.column, hint + "docs/acts.md lists the act kinds")
    return tok.value


def _single(kv: KeyVal, code: str) -> Located:
    if len(kv.values) != 1:
        raise Problem(code, f"{kv.key.value}= takes one value", kv.values[1].column)
    return kv.values[0]


def _party(kv: KeyVal, code: str) -> str:
    tok = _single(kv, code)
    if not _PARTY.match(tok.value):
        raise Problem(code, f"{tok.value!r} is not a party code (such as UK or FR)", tok.column)
    return tok.value


def _check_keys(kvs: list[KeyVal], allowed: tuple[str, ...], code: str, what: str) -> None:
    seen: set[str] = set()
    for kv in kvs:
        key = kv.key.value
        if key not in allowed:
            raise Problem(
                code, f"unknown {what} key {key!r}", kv.key.column, _suggest(key, allowed)
            )
        if key in seen:
            raise Problem("RC109", f"{key}= is given twice", kv.key.column)
        seen.add(key)


def station(p: Parsed, line: int) -> StationDecl:
    """An ``@station ID: ROLE key=value ...`` directive."""
    assert p.ident is not None and p.value is not None
    role = p.value.value
    if role not in ROLES:
        raise Problem(
            "RC111", f"unknown station role {role!r}", p.value.column, _suggest(role, ROLES)
        )
    _check_keys(p.keyvals, STATION_KEYS, "RC106", "station")
    fields: dict[str, Any] = {}
    for kv in p.keyvals:
        key = kv.key.value
        if key == "aka":
            fields["aliases"] = [v.value for v in kv.values]
            continue
        tok = _single(kv, "RC116")
        if key == "party":
            fields["party"] = _party(kv, "RC116")
        elif key == "unit":
            if tok.value not in UNITS:
                raise Problem(
                    "RC116", f"unknown unit {tok.value!r}", tok.column, _suggest(tok.value, UNITS)
                )
            fields["unit"] = tok.value
        elif key == "persons":
            m = re.fullmatch(r"(~?)(\d{1,6})", tok.value)
            if not m:
                raise Problem(
                    "RC116", f"persons= takes a number or ~number, not {tok.value!r}", tok.column
                )
            fields["persons"], fields["persons_approx"] = int(m[2]), bool(m[1])
        else:
            fields[key] = tok.value
    unit = fields.get("unit") or {"rcc": "state", "aircraft": "state", "vessel": "private"}.get(
        role
    )
    fields["unit"] = unit
    if "party" not in fields and (role == "rcc" or unit == "state"):
        raise Problem(
            "RC116",
            f"a station of role {role} (unit {unit}) needs party=",
            p.value.column,
            "say which state or authority it answers to, e.g. party=UK",
        )
    return StationDecl(id=p.ident.value, role=role, line=line, **fields)


def zone(p: Parsed, line: int) -> ZoneDecl:
    """An ``@zone ID: KIND party=CODE aka="..." [part-of=ZONE]`` directive."""
    assert p.ident is not None
    kind = p.value.value if p.value else None
    if kind is not None and kind not in ZONE_KINDS:
        assert p.value is not None
        raise Problem(
            "RC117", f"unknown zone kind {kind!r}", p.value.column, _suggest(kind, ZONE_KINDS)
        )
    _check_keys(p.keyvals, ZONE_KEYS, "RC117", "zone")
    decl = ZoneDecl(id=p.ident.value, kind=kind, line=line)
    for kv in p.keyvals:
        if kv.key.value == "aka":
            decl.aliases = [v.value for v in kv.values]
        elif kv.key.value == "party":
            decl.party = _party(kv, "RC117")
        else:
            decl.part_of = _single(kv, "RC117").value
    return decl


def port(p: Parsed, line: int) -> PortDecl:
    """An ``@port NAME: party=CODE`` directive."""
    assert p.ident is not None
    _check_keys(p.keyvals, PORT_KEYS, "RC117", "port")
    party = next((_party(kv, "RC117") for kv in p.keyvals if kv.key.value == "party"), None)
    if party is None:
        raise Problem("RC117", "a port needs party=", p.ident.column, "e.g. @port Dover: party=UK")
    aliases = [v.value for kv in p.keyvals if kv.key.value == "aka" for v in kv.values]
    return PortDecl(name=p.ident.value, party=party, aliases=aliases, line=line)


def expectation(p: Parsed, line: int, source: str) -> Expectation:
    """An ``@expect`` line in any of its forms."""
    x = p.expect
    assert x is not None
    form = x["form"]
    if form in ("responsible", "ledger"):
        entries = []
        for entry in x["entries"]:
            who: Located = entry["who"]
            how: Located | None = entry["how"]
            if who.value.lower() == "none":
                if how is not None and how.value not in ("aware", "unaware"):
                    raise Problem(
                        "RC113", "after none, write aware or unaware (or nothing)", how.column
                    )
                entries.append(LedgerEntry(party=None, how=how.value if how else None))
                continue
            party, _, station_id = who.value.partition("/")
            entries.append(
                LedgerEntry(party=party, station=station_id or None, how=how.value if how else None)
            )
        return Expectation(
            form=form,
            line=line,
            casualty=x["casualty"],
            level=x["level"],
            entries=entries,
            source=source,
        )
    if form in ("outcome", "not-violated"):
        sel = x["selectors"]
        return Expectation(
            form=form,
            line=line,
            outcome=x["outcome"],
            rule=x["rule"],
            party=sel.get("party"),
            casualty=sel.get("casualty"),
            source=source,
        )
    return Expectation(form=form, line=line, text=x["text"], kinds=x["kinds"], source=source)


def medium(tok: Located) -> str:
    """A medium in parentheses after the speaker and addressee."""
    value = tok.value.lower()
    if value not in MEDIA:
        raise Problem("RC115", f"unknown medium {tok.value!r}", tok.column, _suggest(value, MEDIA))
    return value
