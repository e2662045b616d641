"""Call-ups, distress heads and procedure words: the grammar's radio procedure.

The island transformer's rules for call-ups ("X, X, this is Y"), MAYDAY / MAYDAY
RELAY / PAN-PAN / SECURITE, RECEIVED MAYDAY, the silence signals, identities, the
procedure words and the SMCP markers live here. Which words of a call-up are station
names is decided before the grammar sees them, by :mod:`callup_names` (a module of
its own so that the optional compiled build can compile it: these rule classes are
mixed into the grammar's lark Transformer and cannot be).
"""

from __future__ import annotations

from typing import Any

from lark import Token

from checker.phraseology.numbers import _span
from checker.phraseology.parts import Item, Num, Spell, Tagged
from checker.vocabulary import ActKind

_SIGNALS = {"relay": "relay", "mayday": "mayday", "panpan": "panpan", "securite": "securite"}
_SILENCE: dict[str, ActKind] = {
    "seelonce_mayday": "distress.silence",
    "seelonce_distress": "distress.silence",
    "seelonce_feenee": "distress.end",
    "prudonce": "distress.prudonce",
}


def _item(kind: str, children: list[Any], /, **data: Any) -> Item:
    start, end = _span(children)
    return Item(kind, start, end, data)


class CallupRules:
    """Transformer callbacks for call-ups, signals and procedure words."""

    def callup(self, children: list[Any]) -> Item:
        data: dict[str, Any] = {"this_is": True}
        for c in children:
            if isinstance(c, Tagged) and c.tag == "called":
                data["called"] = c.value
            elif isinstance(c, Tagged) and c.tag == "all":
                data["called"] = ("all", None)
            elif isinstance(c, Tagged) and c.tag == "caller":
                data["caller"] = c.value
                if c.extra:
                    data["callsign"] = c.extra
            elif isinstance(c, Tagged) and c.tag == "channel":
                data["channel"] = c.value
        return _item("call", children, **data)

    def short_callup(self, children: list[Any]) -> Item:
        item = self.callup(children)
        item.data["this_is"] = False
        return item

    def station_calling(self, children: list[Any]) -> Item:
        data: dict[str, Any] = {"station_calling": True}
        if len(children) > 1:
            data["called"] = ("name", children[1].start_pos)
        return _item("call", children, **data)

    def called(self, children: list[Any]) -> Tagged:
        c = children[0]
        if isinstance(c, Token):
            return Tagged("called", ("name", c.start_pos), None, *_span(children))
        return Tagged("called", ("spelled", c.text), None, c.start, c.end)

    def everyone(self, children: list[Token]) -> Tagged:
        return Tagged("all", None, None, *_span(children))

    def caller(self, children: list[Any]) -> Tagged:
        first = children[0]
        spelled = next((c.text for c in children if isinstance(c, Spell)), None)
        if isinstance(first, Token):
            return Tagged("caller", ("name", first.start_pos), spelled, *_span(children))
        return Tagged("caller", ("spelled", first.text), None, *_span(children))

    def on_channel(self, children: list[Any]) -> Tagged:
        num = next(c for c in children if isinstance(c, Num))
        return Tagged("channel", int(num.value), None, *_span(children))

    def relay(self, children: list[Token]) -> Item:
        return _item("signal", children, signal="relay")

    def mayday(self, children: list[Token]) -> Item:
        return _item("signal", children, signal="mayday")

    def panpan(self, children: list[Token]) -> Item:
        return _item("signal", children, signal="panpan")

    def securite(self, children: list[Token]) -> Item:
        return _item("signal", children, signal="securite")

    def received_mayday(self, children: list[Token]) -> Item:
        return _item("received_mayday", children)

    def seelonce_mayday(self, children: list[Token]) -> Item:
        return _item("silence", children, kind=_SILENCE["seelonce_mayday"])

    def seelonce_distress(self, children: list[Token]) -> Item:
        return _item("silence", children, kind=_SILENCE["seelonce_distress"])

    def seelonce_feenee(self, children: list[Token]) -> Item:
        return _item("silence", children, kind=_SILENCE["seelonce_feenee"])

    def prudonce(self, children: list[Token]) -> Item:
        return _item("silence", children, kind=_SILENCE["prudonce"])

    def callsign(self, children: list[Any]) -> Item:
        return _item("identity", children, callsign=children[1].text)

    def callsign_led(self, children: list[Any]) -> Item:
        sign = "".join(c.text.replace(" ", "") for c in children[1:])
        return _item("identity", children, callsign=sign)

    def mmsi(self, children: list[Any]) -> Item:
        return _item("identity", children, mmsi=children[1].text.replace(" ", ""))

    def bare_number(self, children: list[Num]) -> Item:
        return _item("number", children, value=children[0].value)

    def marker(self, children: list[Token]) -> Item:
        return _item("marker", children, marker=str(children[0]))

    # -- procedure words
    def say_again(self, children: list[Token]) -> Item:
        return _item("procedure", children, kind="procedure.say-again")

    def correction(self, children: list[Token]) -> Item:
        return _item("procedure", children, kind="procedure.correction")

    def stand_by(self, children: list[Any]) -> Item:
        data: dict[str, Any] = {"kind": "procedure.stand-by"}
        words = {c.type for c in children if isinstance(c, Token)}
        num = next((c for c in children if isinstance(c, Num)), None)
        if num is not None and words & {"ON", "CHANNEL"}:
            data["channel"] = int(num.value)
        return _item("procedure", children, **data)

    def channel(self, children: list[Any]) -> Item:
        num = next(c for c in children if isinstance(c, Num))
        return _item("procedure", children, kind="procedure.channel", channel=int(num.value))

    def radio_check(self, children: list[Any]) -> Item:
        return _item("procedure", children, kind="procedure.radio-check")

    def wilco(self, children: list[Token]) -> Item:
        return _item("procedure", children, kind="comply")

    def affirmative(self, children: list[Token]) -> Item:
        return _item("procedure", children, kind="answer.affirmative")

    def negative(self, children: list[Token]) -> Item:
        return _item("procedure", children, kind="answer.negative")

    def ack(self, children: list[Token]) -> Item:
        return _item("procedure", children, kind="ack")
