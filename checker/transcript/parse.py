"""One line of a ``.radio`` file through ``grammar/transcript.lark``, into typed parts.

The parser is built once per process (LALR with a contextual lexer; loading it from
the project's parser cache is much faster than building it: measured:
benchmarks/README.md, 'transcript.parse.parser') and reused for every line.
The transformer keeps each token's column so that the reader can point a caret at
the exact value it rejects (a bad date, an unknown station key).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from lark import Lark, Token, Transformer, v_args

from checker.defaults import empty_list
from checker.resources import lark_parser
from checker.transcript.fastpath import (
    Piece,
    comment_line,
    plain_utterance,
    simple_directive,
    station,
)


@cache
def parser() -> Lark:
    """The transcript-line parser (built on first use, or loaded from the project's
    parser cache: :func:`checker.resources.lark_parser`)."""
    return lark_parser(
        "transcript.lark",
        # applied while parsing (LALR): no parse tree is built and walked again
        # (measured: benchmarks/README.md, 'transcript.parse.parser')
        transformer=_TRANSFORMER,
        parser="lalr",
        lexer="contextual",
        start=["line", "cont"],
        maybe_placeholders=False,
    )


@dataclass(frozen=True)
class Located:
    """A value with the 1-based column where it starts in the line."""

    value: str
    column: int


def _tok(t: Token) -> Located:
    return Located(str(t), t.column or 1)


def unquote(text: str) -> str:
    """The content of a ``"..."`` string, with ``\\"`` and ``\\\\`` unescaped."""
    body = text[1:-1]
    out: list[str] = []
    i = 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            out.append(body[i + 1])
            i += 2
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


Tuple = tuple[str, Located]


@dataclass
class KeyVal:
    """``key=value[, value...]`` of a station, zone or port directive."""

    key: Located
    values: list[Located]
    quoted: list[bool]


@dataclass
class Parsed:
    """What one line holds; ``kind`` is directive, utterance, narration, comment, cont."""

    kind: str
    directive: str | None = None
    ident: Located | None = None
    value: Located | None = None
    keyvals: list[KeyVal] = field(default_factory=empty_list)
    expect: dict[str, Any] | None = None
    time: Located | None = None
    speaker: Located | None = None
    addressee: Located | None = None
    medium: Located | None = None
    text: Located | None = None
    narration: dict[str, Any] | None = None
    comment: str | None = None
    annotations: list[dict[str, Any]] = field(default_factory=empty_list)


@v_args(inline=True)
class _ToParts(Transformer[Token, Any]):
    """Turns the parse tree of a line into :class:`Parsed` pieces."""

    # -- shared pieces
    def name(self, t: Token) -> Located:
        text = str(t)
        if t.type == "STRING":
            return Located(unquote(text), t.column or 1)
        return Located(text.strip(), t.column or 1)

    ident = name

    def words(self, *toks: Token) -> Located:
        return Located(" ".join(str(t) for t in toks), toks[0].column or 1)

    def quoted(self, t: Token) -> tuple[Located, bool]:
        return Located(unquote(str(t)), t.column or 1), True

    def bare(self, t: Token) -> tuple[Located, bool]:
        return _tok(t), False

    def keyval(self, key: Token, *values: tuple[Located, bool]) -> KeyVal:
        return KeyVal(_tok(key), [v for v, _ in values], [q for _, q in values])

    # -- directives
    def _simple(self, name: str, kw: Token, value: Token | None = None) -> Parsed:
        return Parsed("directive", directive=name, value=_tok(value) if value else None)

    def d_title(self, kw: Token, value: Token | None = None) -> Parsed:
        return self._simple("title", kw, value)

    def d_date(self, kw: Token, value: Token | None = None) -> Parsed:
        return self._simple("date", kw, value)

    def d_timezone(self, kw: Token, value: Token | None = None) -> Parsed:
        return self._simple("timezone", kw, value)

    def d_start(self, kw: Token, value: Token | None = None) -> Parsed:
        return self._simple("start", kw, value)

    def d_rules(self, kw: Token, value: Token | None = None) -> Parsed:
        return self._simple("rules", kw, value)

    def d_station(self, kw: Token, ident: Located, role: Token, *kvs: KeyVal) -> Parsed:
        return Parsed(
            "directive", directive="station", ident=ident, value=_tok(role), keyvals=list(kvs)
        )

    def d_zone(self, kw: Token, ident: Located, *rest: Token | KeyVal) -> Parsed:
        kind = rest[0] if rest and isinstance(rest[0], Token) else None
        kvs = [kv for kv in rest if isinstance(kv, KeyVal)]
        return Parsed(
            "directive",
            directive="zone",
            ident=ident,
            value=_tok(kind) if kind else None,
            keyvals=kvs,
        )

    def d_port(self, kw: Token, name: Located, *kvs: KeyVal) -> Parsed:
        return Parsed("directive", directive="port", ident=name, keyvals=list(kvs))

    def d_expect(self, kw: Token, expect: dict[str, Any]) -> Parsed:
        return Parsed("directive", directive="expect", expect=expect)

    # -- expectations
    def ledger_entry(self, who: Token, how: Token | None = None) -> dict[str, Any]:
        return {"who": _tok(who), "how": _tok(how) if how else None}

    def selector(self, key: Token, value: Token) -> tuple[str, str]:
        return str(key), str(value)

    def x_responsible(self, cas: Token, level: Token, entry: dict[str, Any]) -> dict[str, Any]:
        return {
            "form": "responsible",
            "casualty": str(cas),
            "level": str(level),
            "entries": [entry],
        }

    def x_ledger(self, cas: Token, level: Token, *entries: dict[str, Any]) -> dict[str, Any]:
        return {"form": "ledger", "casualty": str(cas), "level": str(level), "entries": entries}

    def x_outcome(self, outcome: Token, code: Token, *sel: tuple[str, str]) -> dict[str, Any]:
        form = "not-violated" if str(outcome) == "not-violated" else "outcome"
        return {"form": form, "outcome": str(outcome), "rule": str(code), "selectors": dict(sel)}

    def x_act(self, text: Token, kind: Token) -> dict[str, Any]:
        return {"form": "act", "text": unquote(str(text)), "kinds": [str(kind)]}

    def x_acts(self, text: Token, *kinds: Token) -> dict[str, Any]:
        return {"form": "acts", "text": unquote(str(text)), "kinds": [str(k) for k in kinds]}

    # -- events
    def time(self, t: Token) -> Located:
        return _tok(t)

    def addressee(self, name: Located) -> Tuple:
        return ("addressee", name)

    def medium(self, t: Token) -> Tuple:
        return ("medium", _tok(t))

    def utterance(self, speaker: Located, *rest: Any) -> Parsed:
        parsed = Parsed("utterance", speaker=speaker)
        for item in rest:
            if isinstance(item, Token):
                parsed.text = _tok(item)
            elif item[0] == "addressee":
                parsed.addressee = item[1]
            else:
                parsed.medium = item[1]
        return parsed

    def narration(self, subject: Located, verb: dict[str, Any]) -> Parsed:
        return Parsed("narration", narration={"subject": subject, **verb})

    def event(self, *items: Any) -> Parsed:
        parsed: Parsed = items[-1]
        if len(items) == 2:
            parsed.time = items[0]
        return parsed

    # -- narration verbs: each returns {"verb": ..., fields}
    def v_shadows(self, obj: Located) -> dict[str, Any]:
        return {"verb": "shadows", "object": obj}

    def v_escorts(self, obj: Located) -> dict[str, Any]:
        return {"verb": "escorts", "object": obj}

    def v_stops(self, pos: dict[str, Any] | None = None) -> dict[str, Any]:
        return {"verb": "stops", "position": pos}

    def v_is(self, pos: dict[str, Any]) -> dict[str, Any]:
        return {"verb": "is", "position": pos}

    def v_enters(self, zone: Located) -> dict[str, Any]:
        return {"verb": "enters", "position": {"kind": "zone", "zone": zone}}

    def v_signals_distress(self) -> dict[str, Any]:
        return {"verb": "signals-distress"}

    def v_dsc_alert(self) -> dict[str, Any]:
        return {"verb": "sends-dsc-alert"}

    def v_epirb(self) -> dict[str, Any]:
        return {"verb": "activates-epirb"}

    def v_calls(self, number: Token) -> dict[str, Any]:
        return {"verb": "calls-999", "number": _tok(number)}

    def v_in_water(self, count: Located, _persons: Any) -> dict[str, Any]:
        return {"verb": "reports-in-water", "count": count}

    def v_missing(self, count: Located, _persons: Any) -> dict[str, Any]:
        return {"verb": "reports-missing", "count": count}

    def v_recovers(
        self, count: Located, _persons: Any, source: Located | None = None
    ) -> dict[str, Any]:
        return {"verb": "recovers", "count": count, "object": source}

    def v_recovers_bodies(self, count: Located, source: Located | None = None) -> dict[str, Any]:
        return {"verb": "recovers-bodies", "count": count, "object": source}

    def v_tow(self, obj: Located) -> dict[str, Any]:
        return {"verb": "takes-in-tow", "object": obj}

    def v_lands(self, count: Located, _persons: Any, port: Located) -> dict[str, Any]:
        return {"verb": "lands", "count": count, "port": port}

    def v_proceeds(self, target: Located) -> dict[str, Any]:
        return {"verb": "proceeds", "object": target}

    def v_on_scene(self) -> dict[str, Any]:
        return {"verb": "arrives-on-scene"}

    def v_departs(self) -> dict[str, Any]:
        return {"verb": "departs"}

    def v_take_coordination(self, obj: Located) -> dict[str, Any]:
        return {"verb": "takes-coordination", "object": obj}

    def v_hand_coordination(self, obj: Located, target: Located) -> dict[str, Any]:
        return {"verb": "hands-coordination", "object": obj, "target": target}

    def v_tasks(self, unit: Located, obj: Located) -> dict[str, Any]:
        return {"verb": "tasks", "target": unit, "object": obj}

    def v_suspend(self, obj: Located) -> dict[str, Any]:
        return {"verb": "suspends-search", "object": obj}

    def v_close(self, obj: Located) -> dict[str, Any]:
        return {"verb": "closes-case", "object": obj}

    def v_lose_contact(self, obj: Located) -> dict[str, Any]:
        return {"verb": "loses-contact", "object": obj}

    def count(self, n: Token) -> Located:
        return _tok(n)

    def approx_count(self, n: Token) -> Located:
        return Located("~" + str(n), (n.column or 2) - 1)

    def persons(self, *_: Any) -> None:
        return None

    # -- positions
    def p_coordinates(self, t: Token) -> dict[str, Any]:
        return {"kind": "coordinates", "coords": _tok(t)}

    def p_inside(self, n: Token, unit: Token, zone: Located) -> dict[str, Any]:
        return {"kind": "inside", "distance": _tok(n), "unit": str(unit), "zone": zone}

    def p_mark(self, n: Token, unit: Token, direction: Token, mark: Located) -> dict[str, Any]:
        return {
            "kind": "mark",
            "distance": _tok(n),
            "unit": str(unit),
            "direction": str(direction),
            "mark": mark,
        }

    def p_median(self) -> dict[str, Any]:
        return {"kind": "median-line"}

    def p_zone(self, zone: Located) -> dict[str, Any]:
        return {"kind": "zone", "zone": zone}

    # -- comments and annotations
    def a_ignore(self, *codes: Token) -> dict[str, Any]:
        return {"ignore": [str(c) for c in codes]}

    def a_act(self, kind: Token) -> dict[str, Any]:
        return {"act": _tok(kind)}

    def a_reason(self, reason: Token) -> dict[str, Any]:
        return {"reason": unquote(str(reason))}

    def a_confidence(self, value: Token) -> dict[str, Any]:
        return {"confidence": _tok(value)}

    def a_doubtful(self, value: Token) -> dict[str, Any]:
        return {"doubtful": Located(unquote(str(value)), value.column or 1)}

    def annotation(self, start: Token, *items: dict[str, Any]) -> dict[str, Any]:
        merged: dict[str, Any] = {"column": start.column or 1}
        for item in items:
            for key, value in item.items():
                if key in merged:
                    merged.setdefault("duplicates", []).append(key)
                merged[key] = value
        return merged

    def tail(self, *items: Any) -> Parsed:
        parsed = Parsed("comment")
        for item in items:
            if isinstance(item, Token):
                parsed.comment = str(item)[1:].strip()
            else:
                parsed.annotations.append(item)
        return parsed

    # -- whole lines
    def line(self, first: Parsed, tail: Parsed | None = None) -> Parsed:
        if tail is not None:
            first.comment = tail.comment
            first.annotations = tail.annotations
        return first

    def comment_line(self, item: Parsed | Token) -> Parsed:
        if isinstance(item, Token):
            return Parsed("comment", comment=str(item)[1:].strip())
        return item

    def cont(self, *items: Any) -> Parsed:
        parsed = Parsed("cont")
        for item in items:
            if isinstance(item, Token):
                parsed.text = _tok(item)
            else:
                parsed.comment = item.comment
                parsed.annotations = item.annotations
        return parsed


_TRANSFORMER = _ToParts()


def parse_line(text: str, *, continuation: bool = False) -> Parsed:
    """Parse one physical line (without its newline); raises lark's UnexpectedInput.

    A plain utterance, a comment line, a one-value header directive and a
    ``@station`` line take the fast path (:mod:`checker.transcript.fastpath`), which
    gives the same result; every other line goes through the grammar."""
    if not continuation:
        fast = _fast_path(text)
        if fast is not None:
            return fast
    result: Any = parser().parse(text, start="cont" if continuation else "line")
    assert isinstance(result, Parsed)  # the transformer makes every line a Parsed
    return result


def _fast_path(text: str) -> Parsed | None:
    """What the grammar would give for a line of the fast path, else None."""
    plain = plain_utterance(text)
    if plain is not None:
        time, speaker, addressee, medium, said = (
            Located(*p) if p is not None else None for p in plain
        )
        assert speaker is not None
        return Parsed(
            "utterance", time=time, speaker=speaker, addressee=addressee, medium=medium, text=said
        )
    comment = comment_line(text)
    if comment is not None:
        return Parsed("comment", comment=comment)
    directive = simple_directive(text)
    if directive is not None:
        value = Located(*directive.value) if directive.value is not None else None
        return Parsed("directive", directive=directive.name, value=value)
    decl = station(text)
    if decl is not None:
        keyvals = [
            KeyVal(
                Located(*kv.key), [_value(v) for v in kv.values], [_quoted(v) for v in kv.values]
            )
            for kv in decl.keyvals
        ]
        return Parsed(
            "directive",
            directive="station",
            ident=_value(decl.ident),
            value=Located(*decl.role),
            keyvals=keyvals,
        )
    return None


def _quoted(p: Piece) -> bool:
    return p.value.startswith('"')


def _value(p: Piece) -> Located:
    """A WORD, BARE or STRING token as the transformer gives it (a string unquoted)."""
    return Located(unquote(p.value), p.column) if _quoted(p) else Located(p.value, p.column)
