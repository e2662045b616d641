"""The fields of one parsed line as the transcript's models take them: an
utterance's speaker, addressee, medium and text, a recogniser's doubt and the
recognition it keeps, and a narrated position (with its distance checked).

Each raises :class:`~checker.transcript.directives.Problem` with the code and the
column of a bad value, so that the reader points its caret at it.
"""

from __future__ import annotations

from typing import Any

from checker.transcript import directives
from checker.transcript.directives import Problem
from checker.transcript.model import Annotation, Position, Recognition, Word
from checker.transcript.parse import Located, Parsed
from checker.transcript.positions import CoordinateError, parse_coordinates

#: Half the Earth's circumference: no place is farther from another.
MAX_DISTANCE_NM = 10_800.0
_UNIT_NM = {
    "nm": 1.0,
    "nmi": 1.0,
    "mile": 1.0,
    "miles": 1.0,
    "cable": 0.1,
    "cables": 0.1,
    "km": 0.539957,
}


def utterance(p: Parsed) -> dict[str, Any]:
    """The speaker, addressee, medium and text fields of an utterance line."""
    assert p.speaker is not None
    fields: dict[str, Any] = {"speaker": p.speaker.value, "speaker_column": p.speaker.column}
    if p.addressee is not None:
        fields["addressee"] = p.addressee.value
        fields["addressee_column"] = p.addressee.column
    if p.medium is not None:
        fields["medium"] = directives.medium(p.medium)
    if p.text is not None:
        fields["text"], fields["text_column"] = p.text.value, p.text.column
    return fields


def recognised(a: dict[str, Any], number: int) -> Annotation:
    """``confidence=0.90 doubtful="export:0.40, tree:0.35"``: a recogniser's doubt."""
    confidence: float | None = None
    if "confidence" in a:
        tok: Located = a["confidence"]
        confidence = float(tok.value)
        if not 0.0 <= confidence <= 1.0:
            raise Problem("RC114", "confidence= is between 0 and 1", tok.column)
    doubtful: dict[str, float] = {}
    if "doubtful" in a:
        dtok: Located = a["doubtful"]
        for item in filter(None, (part.strip() for part in dtok.value.split(","))):
            word, _, prob = item.rpartition(":")
            try:
                p = float(prob)
            except ValueError:
                p = -1.0
            if not word or not 0.0 <= p <= 1.0:
                raise Problem(
                    "RC114", f"doubtful= takes WORD:PROBABILITY, not {item!r}", dtok.column
                )
            doubtful[word] = p
    return Annotation(kind="recognised", confidence=confidence, doubtful=doubtful, line=number)


def recognition(annotations: list[Annotation], number: int) -> Recognition | None:
    """The recognition info a converted recording keeps in its annotations."""
    marks = [a for a in annotations if a.kind == "recognised"]
    if not marks:
        return None
    mark = marks[-1]
    words = [Word(text=w, probability=p) for w, p in mark.doubtful.items()]
    return Recognition(
        format="radio",
        cue=number,
        confidence=mark.confidence if mark.confidence is not None else 1.0,
        words=words,
        low_confidence_words=[w for w, p in mark.doubtful.items() if p < 0.5],
    )


def position(pos: dict[str, Any]) -> Position:
    """A narrated position: coordinates, the median line, a zone, a distance inside a
    zone or from a mark (RC100 for one that cannot be, or is farther than any place)."""
    kind = pos["kind"]
    if kind == "coordinates":
        tok: Located = pos["coords"]
        try:
            coords = parse_coordinates(tok.value)
        except CoordinateError as exc:
            raise Problem("RC100", f"impossible position: {exc}", tok.column) from None
        if coords is None:
            raise Problem("RC100", f"cannot read the position {tok.value!r}", tok.column)
        return Position(kind="coordinates", text=tok.value, lat=coords[0], lon=coords[1])
    if kind == "median-line":
        return Position(kind="median-line", text="at the median line")
    if kind == "zone":
        return Position(kind="zone", text=pos["zone"].value, zone=pos["zone"].value)
    distance = float(pos["distance"].value) * _UNIT_NM.get(pos["unit"].split()[0].lower(), 1.0)
    if not distance <= MAX_DISTANCE_NM:
        raise Problem(
            "RC100",
            f"impossible position: no place is more than {MAX_DISTANCE_NM:,.0f} nm from another",
            pos["distance"].column,
        )
    if kind == "inside":
        zone_name = pos["zone"].value
        return Position(
            kind="inside",
            text=f"{pos['distance'].value} {pos['unit']} inside {zone_name}",
            zone=zone_name,
            distance_nm=distance,
        )
    mark = pos["mark"].value
    return Position(
        kind="mark",
        text=f"{pos['distance'].value} {pos['unit']} {pos['direction']} of {mark}",
        mark=mark,
        direction=pos["direction"],
        distance_nm=distance,
    )
