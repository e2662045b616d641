"""Positions and zones in speech: what the grammar reads, and the zone phrases.

The grammar parses latitude and longitude (spoken or written), bearing and distance
from a charted mark ("one two zero degrees from the lighthouse, five miles"), distance
and direction from a mark, and "N nm inside <zone>". Values are computed with
:func:`checker.transcript.positions.parse_coordinates`, the same function that reads
narration positions, so a spoken and a written position agree.

Zone phrases are found before parsing and replaced by ``@zone``: the Context's zone
names and aliases, generic phrases ("the Belgian zone") and relative ones ("your
waters", "our zone"), resolved against the speaker's and addressee's parties.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from lark import Token

from checker.context import Context
from checker.phraseology.numbers import _span, french_number
from checker.phraseology.parts import Dist, Item, Num
from checker.transcript.positions import CoordinateError, parse_coordinates

ZoneIndex = dict[str, tuple[tuple[tuple[str, ...], str], ...]]

_TERRITORIAL_HEADS = frozenset({"waters", "territorial", "sea"})


def _degrees_minutes(num: Num, minutes: Num | None, longitude: bool) -> tuple[str, str]:
    """Degrees and minutes as text; "5058" with no "degrees" is 50° 58'."""
    if minutes is not None:
        return num.text, minutes.text
    if len(num.parts) >= 2:
        return num.parts[0], num.parts[1]
    whole, _, frac = num.text.partition(".")
    if len(whole) >= 4 or (longitude and len(whole) >= 5):
        return whole[:-2], whole[-2:] + (f".{frac}" if frac else "")
    return num.text, "0"


class PositionRules:
    """Transformer callbacks for positions."""

    def coord(self, children: list[Any]) -> tuple[Num, Num | None, bool]:
        nums = [c for c in children if isinstance(c, Num)]
        has_degrees = any(isinstance(c, Token) and c.type == "DEGREES" for c in children)
        return nums[0], (nums[1] if len(nums) > 1 else None), has_degrees

    def lat(self, children: list[Any]) -> tuple[Any, str, int]:
        return children[0], str(children[1])[0].upper(), int(children[1].end_pos or 0)

    def lon(self, children: list[Any]) -> tuple[Any, str, int]:
        # ("ouest" is west)
        side = "W" if str(children[1]) == "ouest" else str(children[1])[0].upper()
        return children[0], side, int(children[1].end_pos or 0)

    def latlong(self, children: list[Any]) -> Item:
        lat, lon = [c for c in children if not isinstance(c, Token)][-2:]  # labels skipped
        (lat_num, lat_min, _), lat_h, _ = lat
        (lon_num, lon_min, _), lon_h, end = lon
        lat_d, lat_m = _degrees_minutes(lat_num, lat_min, False)
        lon_d, lon_m = _degrees_minutes(lon_num, lon_min, True)
        written = f"{lat_d} {lat_m} {lat_h} {lon_d} {lon_m} {lon_h}"
        data: dict[str, Any] = {"written": written}
        try:
            found = parse_coordinates(written)
        except CoordinateError as exc:
            found, data["error"] = None, str(exc)
        if found is not None:
            data["lat"], data["lon"] = round(found[0], 5), round(found[1], 5)
        first = children[0]
        start = first.start_pos if isinstance(first, Token) else lat_num.start
        return Item("position", int(start or 0), end, data)

    def distance(self, children: list[Any]) -> Dist:
        num = next(c for c in children if isinstance(c, Num))
        unit = str(children[-1])
        start, end = _span(children)
        return Dist(num.value, _unit(unit), start, end)

    def one_unit(self, children: list[Token]) -> Dist:
        start, end = _span(children)
        return Dist(1.0, _unit(str(children[-1])), start, end)

    def bearing_fix(self, children: list[Any]) -> Item:
        bearing = next(c for c in children if isinstance(c, Num))
        data: dict[str, Any] = {"bearing": bearing.value}
        for c in children:
            if isinstance(c, Dist):
                data["distance"], data["unit"] = c.value, c.unit
            elif isinstance(c, Token) and c.type == "MARK":
                data["mark_at"] = c.start_pos
        start, end = _span(children)
        return Item("position", start, end, data)

    def range_fix(self, children: list[Any]) -> Item:
        dist: Dist = next(c for c in children if isinstance(c, Dist))  # after "position"?
        data: dict[str, Any] = {"distance": dist.value, "unit": dist.unit}
        for c in children:
            if not isinstance(c, Token):
                continue
            if c.type == "DIRECTION":
                data["direction"] = str(c)
            elif c.type == "MARK":
                data["mark_at"] = c.start_pos
        start, end = _span(children)
        return Item("position", start, end, data)

    def zone_fix(self, children: list[Any]) -> Item:
        data: dict[str, Any] = {"relation": str(children[-2]), "zone_at": children[-1].start_pos}
        if isinstance(children[0], Dist):
            data["distance"], data["unit"] = children[0].value, children[0].unit
        start, end = _span(children)
        return Item("position", start, end, data)


def _unit(word: str) -> str:
    if word.startswith("cable"):
        return "cables"
    if word.startswith(("kilomet", "km")):
        return "km"
    return "nm"


@lru_cache(maxsize=64)
def _context_zone_index(names: tuple[tuple[str, str], ...]) -> ZoneIndex:
    """Zone names by first word, longest first: one scan finds every zone phrase."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, zone_id in names:
        words = tuple(name.replace("-", " ").split())
        if words:
            index.setdefault(words[0], []).append((words, zone_id))
    return {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in index.items()}


def zone_index(context: Context | None) -> ZoneIndex:
    """The zone-phrase index of a context (cached per set of names)."""
    if context is None:
        return {}
    return _context_zone_index(tuple(sorted(context.zone_names().items())))


def _chain(context: Context, zone_id: str) -> list[str]:
    chain: list[str] = []
    found: str | None = zone_id
    while found is not None and found not in chain:
        chain.append(found)
        found = context.zones[found].part_of if found in context.zones else None
    return chain


def relative_zone(
    context: Context | None, station: str | None, head: tuple[str, ...]
) -> tuple[str | None, list[str]]:
    """The party and zones of "your waters" / "our zone": the party of the station
    (addressee or speaker), its territorial sea for "waters", its SAR region for
    "zone" / "region"; every zone it is part of follows."""
    if context is None or station is None:
        return None, []
    party = context.party_of(station)
    if party is None:
        return None, []
    zones = [z for z in context.zones.values() if z.party == party]
    territorial = bool(_TERRITORIAL_HEADS.intersection(head))
    preferred = [z for z in zones if (z.kind == "territorial-sea") == territorial]
    chosen = (preferred or zones)[:1]
    return party, (_chain(context, chosen[0].id) if chosen else [])


def find_zones(
    said: list[str],
    context: Context | None,
    index: ZoneIndex,
    zones: dict[str, Any],
    speaker: str | None,
    addressee: str | None,
) -> list[tuple[int, int, dict[str, Any]]]:
    """Zone phrases as token ranges with what they denote; ``said`` are
    the words of the tokens (``Tok.w``, listed once an utterance by the classifier).

    ``zones`` is the lexicon's ``[zones]`` table: nationality adjectives, possessives
    and head nouns for phrases that no context names.
    """
    heads: dict[str, tuple[tuple[str, ...], ...]] = zones["heads_index"]
    adjectives: frozenset[str] = zones["adjectives"]
    possessives: dict[str, str] = zones["possessives"]
    found: list[tuple[int, int, dict[str, Any]]] = []
    n = len(said)
    # Only a word that can open a phrase starts a look-up, and a "the" before it is
    # taken in: the same phrases as trying every word, which took as long as all
    # the look-ups. A context whose zone names start with "the" tries every word.
    starts = _starts(index, zones)
    openers = [] if starts.isdisjoint(said) else [k for k, w in enumerate(said) if w in starts]
    look_back = not ("the" in index or "the" in adjectives or "the" in possessives)
    if not look_back:
        openers = list(range(n))
    end = 0
    for at in openers:
        if at < end:
            continue
        start = at - 1 if look_back and at > end and said[at - 1] == "the" else at
        i = at + 1 if said[at] == "the" and at + 1 < n else at
        w = said[i]
        hit = None
        for words, zone_id in index.get(w, ()):
            k = len(words)
            if tuple(said[i : i + k]) == words:
                assert context is not None
                hit = (start, i + k, {"phrase": " ".join(words), "ids": _chain(context, zone_id)})
                break
        if hit is None and (w in adjectives or w in possessives) and i + 1 < n:
            for head in heads.get(said[i + 1], ()):
                k = len(head)
                if tuple(said[i + 1 : i + 1 + k]) == head:
                    info: dict[str, Any] = {"phrase": " ".join((w, *head)), "ids": []}
                    if w in possessives:
                        rel = possessives[w]
                        info["relative"] = rel
                        station = addressee if rel == "addressee" else speaker
                        if rel in ("addressee", "speaker"):
                            party, ids = relative_zone(context, station, head)
                            info["ids"], info["party"] = ids, party
                    hit = (start, i + 1 + k, info)
                    break
        if hit is not None:
            found.append(hit)
            end = hit[1]
    return found


_STARTS: list[tuple[ZoneIndex, dict[str, Any], frozenset[str]]] = []


def _starts(index: ZoneIndex, zones: dict[str, Any]) -> frozenset[str]:
    """The words that open a zone phrase (a name of the context's index, an
    adjective, a possessive), made once for the last context: one look-up a word,
    and none for an utterance that has no such word (tested in C)."""
    if _STARTS and _STARTS[0][0] is index and _STARTS[0][1] is zones:
        return _STARTS[0][2]
    starts = frozenset(index) | frozenset(zones["adjectives"]) | frozenset(zones["possessives"])
    _STARTS[:] = [(index, zones, starts)]
    return starts


def find_marks(said: list[str], taken: set[int], stops: frozenset[str]) -> list[tuple[int, int]]:
    """Charted marks after "from" or "<direction> of" that follow a distance or a
    bearing ("two miles east of the bank", "degrees from the point"); ``said`` are
    the words of the tokens (``Tok.w``, listed once an utterance by the classifier)."""
    marks: list[tuple[int, int]] = []
    if "from" not in said and "of" not in said:
        return marks  # most utterances (tested in C)
    n = len(said)
    for i, w in enumerate(said):
        if w not in ("from", "of") or i == 0 or i + 1 >= n:
            continue
        # (a bearing read digit by digit is five words back: "bearing one three five from")
        if _MARK_CUES.isdisjoint(said[max(0, i - 5) : i]):
            continue
        j = i + 1
        if said[j] == "the":
            j += 1
        k = j
        while k < n and k - j < 3 and k not in taken and said[k].isalpha():
            if said[k] in stops:
                break
            k += 1
        if k > j:
            marks.append((i + 1, k))
    return marks


_MARK_CUES = frozenset(
    {"miles", "mile", "nm", "cables", "cable", "degrees", "degree", "km", "north", "south",
     "east", "west", "northeast", "northwest", "southeast", "southwest", "kilometers",
     "bearing"}
)  # fmt: skip


#: Words that say a French utterance's numbers may be a position's.
_FRENCH_POSITION = frozenset({"degres", "degre", "nord", "sud", "ouest"})
#: French number words, and the words inside a compound one ("cinquante et un").
_FRENCH_NUMBER_WORDS = frozenset({
    "zero", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
    "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts",
    "trente", "quarante", "cinquante", "soixante", "cent", "cents",
})  # fmt: skip


def french_numbers(said: list[str]) -> list[tuple[int, int, str]]:
    """The French number words of a position, as digits for the grammar's islands:
    "cinquante degrés cinquante-huit nord, un degré quarante-cinq est" is read as
    "50 degres 58 nord, 1 degre 45 est" (:func:`.numbers.french_number`: only an
    utterance with a word of position and a French number word gets here). ``said`` are the
    tokens' words; the spans are ``(first, end, digits)``."""
    if _FRENCH_POSITION.isdisjoint(said) or _FRENCH_NUMBER_WORDS.isdisjoint(said):
        return []
    out: list[tuple[int, int, str]] = []
    k, n = 0, len(said)
    while k < n:
        if said[k] not in _FRENCH_NUMBER_WORDS:
            k += 1
            continue
        e = k + 1
        while e < n and (
            said[e] in _FRENCH_NUMBER_WORDS
            or (said[e] == "et" and e + 1 < n and said[e + 1] in ("un", "une", "onze"))
        ):
            e += 1
        value = french_number(said[k:e])
        digits = str(value) if value is not None else _digit_by_digit(said[k:e])
        if digits is not None:
            out.append((k, e, digits))
        k = e
    return out


_FRENCH_DIGITS = {
    "zero": "0", "un": "1", "une": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5",
    "six": "6", "sept": "7", "huit": "8", "neuf": "9",
}  # fmt: skip
#: What may follow a ten inside one cardinal besides a digit ("soixante-dix", "-onze").
_UNITS_AFTER_TENS = frozenset({"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"})
#: Words after which a digit word is part of a cardinal ("quatre-vingts", "deux cents").
_MULTIPLIERS = frozenset({"vingt", "vingts", "cent", "cents"})


def _digit_by_digit(words: list[str]) -> str | None:
    """A position said digit by digit, as radio says it, with cardinals between:
    "cinq un zéro deux" is 5102, "zéro zéro un quarante-cinq" 00145 (the words no
    single cardinal makes); None if a part is no number."""
    out: list[str] = []
    k, n = 0, len(words)
    while k < n:
        w = words[k]
        if w in _FRENCH_DIGITS and not (k + 1 < n and words[k + 1] in _MULTIPLIERS):
            out.append(_FRENCH_DIGITS[w])
            k += 1
            continue
        e = k + 1  # a cardinal: a ten and its unit ("quarante cinq", "soixante et onze")
        if e < n and words[e] == "et":
            e += 1
        if e < n and (words[e] in _FRENCH_DIGITS or words[e] in _UNITS_AFTER_TENS):
            e += 1
        value = french_number(words[k:e])
        if value is None:
            return None
        out.append(str(value))
        k = e
    return "".join(out) if out else None
