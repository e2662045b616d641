"""Station names as a speech recogniser mishears them (checker/phraseology/
heard_names.py), read with the real classifier and a real context: "escaut de
grinez" calls Escaut from Gris-Nez; a known word near a name ("escort") stays
itself; a word as near to two names is neither."""

from __future__ import annotations

from checker.context import Context, build_context
from checker.phraseology import classify
from checker.phraseology.heard_names import heard_index, heard_names
from checker.phraseology.parts import Tok
from checker.transcript import read_text


def _context(stations: str) -> Context:
    return build_context(read_text("@title: names\n@date: 2025-10-09\n" + stations))[0]


STATIONS = """\
@station CROSS-GN: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station DF51: vessel party=FR unit=state aka="DF 51", "Escaut"
@station SNSM: vessel party=FR unit=ngo aka="SNSM Dunkerque"
"""


def test_a_misheard_name_in_a_call_up_names_the_declared_station() -> None:
    ctx = _context(STATIONS)
    call = classify("escaut de grinez escaut de grinez", ctx).acts[0]
    assert call.kind == "call"
    assert (call.slots["called_id"], call.slots["caller_id"]) == ("DF51", "CROSS-GN")
    told = classify("snsm dunkerque de cross grinez vous appareillez pour le pneumatique", ctx)
    assert told.primary == "task"


def test_a_known_word_near_a_name_stays_itself() -> None:
    ctx = _context(STATIONS)
    said = classify("we will escort them to the line", ctx)
    assert said.primary == "intention"
    assert all(a.kind != "call" for a in said.acts)


def test_a_word_as_near_to_two_names_is_neither() -> None:
    index = heard_index(["morvan", "morgan"], frozenset())
    toks = [Tok("morlan", 0, 6)]
    assert heard_names(toks, ["morlan"], index, frozenset()) is None
    assert heard_names([Tok("morvam", 0, 6)], ["morvam"], index, frozenset()) == [
        Tok("morvan", 0, 6)
    ]


def test_a_name_said_as_one_word_is_read_as_its_words() -> None:
    index = heard_index(["cross gris nez"], frozenset({"cross"}))
    heard = heard_names([Tok("grinez", 4, 10)], ["grinez"], index, frozenset())
    assert heard == [Tok("gris", 4, 10), Tok("nez", 4, 10)]


def test_one_as_an_accent_spells_it_in_a_call_sign() -> None:
    ctx = _context(
        """\
@station MALIN: rcc party=IE aka="Malin Head Coast Guard", "Malin Head"
@station R115: aircraft party=IE aka="Rescue 115", "Rescue one one five"
@station CREW: casualty persons=4 aka="the raft"
"""
    )
    said = classify("mailin head rescue wan one five all four persons recovered", ctx)
    call = said.acts[0]
    assert (call.kind, call.slots["called_id"], call.slots["caller_id"]) == (
        "call",
        "MALIN",
        "R115",
    )
    assert said.primary == "report.rescued"
