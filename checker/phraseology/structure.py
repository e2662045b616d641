"""Acts from the grammar's structures: call-ups, distress heads, positions, prowords.

The island parser returns items; this module turns them into candidate acts. A
MAYDAY / MAYDAY RELAY / PAN-PAN / SECURITE signal starts a *head* that takes in the
call-up after it ("MAYDAY x3, this is Sea Wolf"), becomes RECEIVED MAYDAY
(``distress.ack``) or a silence signal when one follows, and takes the message's
position. Procedure words become acts unless the word before cancels them ("did
not copy", "cancel my mayday"); the units they cover are shown to the lexicon as a
clause break ("|") or, for prowords that phrases may contain, a soft break ("¦").
"""

from __future__ import annotations

import re
from typing import Any

from checker.context import ALL
from checker.phraseology.lexicon import Lexicon
from checker.phraseology.matcher import Cand
from checker.phraseology.parts import Item, Tok, Unit
from checker.transcript.positions import CoordinateError, parse_coordinates
from checker.vocabulary import ActKind

GRAMMAR_CONFIDENCE = 1.0
SIGNAL_KIND: dict[str, ActKind] = {
    "mayday": "distress.declare",
    "relay": "distress.relay",
    "panpan": "urgency.declare",
    "securite": "safety.declare",
}
MESSAGE_HEADS: frozenset[ActKind] = frozenset(SIGNAL_KIND.values())
#: Acts whose grammar form is a minor proword (they lose to an overlapping phrase).
MINOR: frozenset[ActKind] = frozenset(
    {"call", "ack", "answer.affirmative", "answer.negative", "thanks"}
)


def grammar_cands(
    islands: list[tuple[int, int, list[Item]]],
    units: list[Unit],
    toks: list[Tok],
    zones: list[dict[str, Any]],
    lex: Lexicon,
) -> tuple[list[Cand], list[tuple[str, int]], dict[int, str]]:
    """Acts from parsed islands; the markers found; the units the lexicon sees as a
    clause break ("|": call-ups, signals) or as a soft break ("¦": procedure words,
    which phrases may still contain, as in "received your mayday")."""
    cands: list[Cand] = []
    markers: list[tuple[str, int]] = []
    hidden: dict[int, str] = {}
    head: Cand | None = None
    for _, _, items in islands:
        for item in items:
            i, j = units[item.start].i, units[item.end - 1].j
            data = item.data
            cancel = lex.grammar_acts.get(
                data["kind"] if item.kind == "procedure" else "distress.declare", frozenset()
            )
            if item.kind in ("procedure", "signal") and i > 0 and toks[i - 1].w in cancel:
                continue  # "did not copy", "cancel my mayday": not the proword
            if (
                data.get("kind") == "procedure.stand-by"
                and toks[j : j + 1]
                and toks[j].w in _STOOD_BY
            ):
                continue  # "we can stand by the yacht": stay by it, not the proword
            if item.kind == "signal" and not _HEARD.isdisjoint(
                t.w for t in toks[max(0, i - 4) : i]
            ):
                continue  # "we just heard a very weak mayday": another's, relayed
            if item.kind == "procedure":
                hidden.update(dict.fromkeys(range(item.start, item.end), "¦"))
            if item.kind not in ("position", "number", "procedure"):
                hidden.update(dict.fromkeys(range(item.start, item.end), "|"))
            if item.kind == "signal":
                kind = SIGNAL_KIND[data["signal"]]
                if head is not None and head.kind == kind:
                    head.j = max(head.j, j) if i - head.j <= 1 else head.j
                    continue
                head = Cand(kind, i, j, "grammar", GRAMMAR_CONFIDENCE, 10)
                cands.append(head)
            elif item.kind == "call":
                slots = _call_slots(data, units)
                if head is not None and i - head.j <= 1 and "caller" not in head.slots:
                    head.slots.update(slots)
                    head.j = j
                else:
                    cands.append(Cand("call", i, j, "grammar", GRAMMAR_CONFIDENCE, 9, slots))
            elif item.kind == "received_mayday":
                if head is not None and head.kind == "distress.declare":
                    head.kind, head.j = "distress.ack", j
                    if "called" in head.slots:
                        head.slots["casualty"] = head.slots.pop("called")
                elif head is not None and _relay_answered(head, toks, j):
                    # "MAYDAY RELAY Albatros Two, this is Mare Aperto, RECEIVED MAYDAY":
                    # the relaying station called by name, then the proword, is the
                    # acknowledgement of its relay (not "received mayday from …")
                    head.kind, head.j = "distress.ack", j
                else:
                    cands.append(Cand("distress.ack", i, j, "grammar", GRAMMAR_CONFIDENCE, 10))
            elif item.kind == "silence":
                if (
                    head is not None
                    and head.kind == "distress.declare"
                    and not head.slots.get("_content")
                ):
                    head.kind, head.j = data["kind"], j
                    continue
                head = Cand(data["kind"], i, j, "grammar", GRAMMAR_CONFIDENCE, 10)
                prev = cands[-1] if cands else None
                if prev is not None and prev.kind == "call" and i - prev.j <= 1:
                    cands.pop()  # "all stations, SEELONCE DISTRESS": the call-up is its head
                    head.i = prev.i
                    head.slots.update(prev.slots)
                cands.append(head)
            elif item.kind == "identity":
                target = head if head is not None else (cands[-1] if cands else None)
                if target is not None:
                    target.slots.update(data)
                    if 0 <= i - target.j <= 1:
                        target.j = max(target.j, j)  # the call sign is the call-up's
            elif item.kind == "position":
                slots = _position_slots(data, units, toks, zones)
                if head is not None and head.kind in MESSAGE_HEADS and "position" not in head.slots:
                    head.slots["position"] = slots
                    head.slots["_content"] = True
                    continue
                cands.append(Cand("report.position", i, j, "grammar", GRAMMAR_CONFIDENCE, 2, slots))
            elif item.kind == "procedure":
                kind = data["kind"]
                slots = {"channel": data["channel"]} if "channel" in data else {}
                prev = cands[-1] if cands else None
                if prev is not None and prev.kind == kind and i - prev.j <= 1:
                    prev.j = j
                    continue
                priority = 1 if kind in MINOR or kind == "comply" else 7
                cands.append(Cand(kind, i, j, "grammar", GRAMMAR_CONFIDENCE, priority, slots))
            elif item.kind == "marker":
                markers.append((data["marker"], i))
    return cands, markers, hidden


#: Words after "stand by" that make it a verb with its object ("stand by the yacht").
_STOOD_BY = frozenset({"the", "her", "him", "them", "that", "this", "your", "their"})
#: Words after RECEIVED MAYDAY that make it the relay's own news ("from the yacht").
_FROM = frozenset({"from", "de", "du", "des", "d", "of", "by", "par"})


def _relay_answered(head: Cand, toks: list[Tok], j: int) -> bool:
    """Whether a MAYDAY RELAY head followed by RECEIVED MAYDAY ending at ``j``
    acknowledges a relay: the head calls a named station (not all stations) and no
    "from …" follows the proword."""
    called = head.slots.get("called")
    return (
        head.kind == "distress.relay"
        and called is not None
        and called != ALL
        and (j >= len(toks) or toks[j].w not in _FROM)
    )


def _call_slots(data: dict[str, Any], units: list[Unit]) -> dict[str, Any]:
    slots: dict[str, Any] = {}
    for key in ("called", "caller"):
        value = data.get(key)
        if value is None:
            continue
        tag, ref = value
        if tag == "all":
            slots[key] = ALL
        elif tag == "spelled":
            slots[key] = ref
        else:
            info = units[ref].payload or {}
            slots[key] = info.get("name", units[ref].text)
            if "station" in info:
                slots[f"{key}_id"] = info["station"]
    if data.get("station_calling"):
        slots["station_calling"] = True
    if "callsign" in data:
        slots["callsign"] = data["callsign"]
    return slots


def _position_slots(
    data: dict[str, Any], units: list[Unit], toks: list[Tok], zones: list[dict[str, Any]]
) -> dict[str, Any]:
    slots: dict[str, Any] = {}
    for key, value in data.items():
        if key == "zone_at":
            zone = zones[units[value].payload]
            slots["zone"] = zone.get("ids") or zone["phrase"]
            slots["zone_phrase"] = zone["phrase"]
            if "relative" in zone:
                slots["zone_relative"] = zone["relative"]
        elif key == "mark_at":
            u = units[value]
            slots["mark"] = " ".join(t.w for t in toks[u.i : u.j])
        else:
            slots[key] = value
    return slots


def written_positions(text: str, said: list[str], cands: list[Cand]) -> list[Cand]:
    """Decimal degrees ("51.12, 1.55") that the grammar leaves alone, read by the
    transcript's coordinate reader; the lexicon pass reports them. ``said`` are
    the words of the tokens (``Tok.w``, listed once an utterance by the classifier)."""
    if not any("." in w and w[0].isdigit() for w in said):
        return []
    if any(c.kind == "report.position" and "lat" in c.slots for c in cands):
        return []
    try:
        found = parse_coordinates(text)
        spaced = found is None and (found := _spaced_pair(text, said)) is not None
    except CoordinateError:
        return []
    if found is None:
        return []
    first = next(k for k, w in enumerate(said) if w[0].isdigit() and "." in w)
    last = max(k for k, w in enumerate(said) if w[0].isdigit()) + 1
    slots = {"lat": round(found[0], 5), "lon": round(found[1], 5)}
    # (without a comma or hemispheres, the pair is read as a position with less surety)
    return [Cand("report.position", first, last, "lexicon", 0.6 if spaced else 0.9, 2, slots)]


#: A pair of decimal degrees without a comma ("36.5 14.2", as a phone's app is read out).
_SPACED = re.compile(r"(?<![\d.])(-?\d{1,2}\.\d{1,6})\s+(-?\d{1,3}\.\d{1,6})(?!\d|\.\d)")
#: Words that say a pair of numbers after them is a position.
_POSITION_CUES = frozenset({
    "position", "gps", "coordinates", "coordonnees", "location", "localisation", "lat",
    "latitude", "says", "dit", "indique", "donne", "whatsapp", "point",
})  # fmt: skip
#: Words said around a pair of numbers said alone ("uh 36.5 14.2").
_AROUND_ALONE = frozenset({"uh", "um", "er", "euh", "ok", "okay", "attends", "wait", "yes", "oui"})


def _spaced_pair(text: str, said: list[str]) -> tuple[float, float] | None:
    """Decimal degrees said without a comma, north and east unless signed: only where
    a word of position is said before them ("the gps says 50.97 1.62", "position,
    attends, 35.2 12.9") or they are all that is said ("36.5 14.2"); two such numbers
    elsewhere are a speed and a time as often as a position."""
    m = _SPACED.search(text)
    if m is None:
        return None
    words = [w for w in said if w[0].isalpha()]
    if not (_POSITION_CUES.intersection(words) or _AROUND_ALONE.issuperset(words)):
        return None
    lat, lon = float(m[1]), float(m[2])
    if abs(lat) > 90 or abs(lon) > 180:
        raise CoordinateError(f"{lat:g} {lon:g} is not a position on Earth")
    return lat, lon


#: Words of hearing: a signal said just after one was heard from another station.
_HEARD = frozenset({"heard", "hear", "hearing", "entendu", "entendons", "entend"})
