"""Unit tests of the classifier's parts: numbers, phonetics, positions, call-ups,
relative zones, near misses, bad input, and the rules of SPEECH-ACTS.md."""

from __future__ import annotations

import re

import pytest

from checker.context import Context, build_context
from checker.phraseology import classify, lexicon_sha256, spoken_number
from checker.phraseology.model import Classification
from checker.ruleset.schema import Party, Port, World, Zone
from checker.transcript import read_text
from tests.conftest import ROOT

WORLD = World(
    parties={"FR": Party(name="France"), "UK": Party(name="United Kingdom")},
    zones={
        "FR-SRR": Zone(kind="srr", party="FR", aka=["French search and rescue region"]),
        "FR-TW": Zone(kind="territorial-sea", party="FR", aka=["French waters"], part_of="FR-SRR"),
        "UK-SRR": Zone(kind="srr", party="UK", aka=["UK search and rescue region"]),
        "UK-TW": Zone(kind="territorial-sea", party="UK", aka=["UK waters"], part_of="UK-SRR"),
    },
    ports={"Dover": Port(party="UK")},
)
TEXT = """\
@station RANGER: vessel party=UK unit=state aka="Ranger"
@station FR-NAVY: vessel party=FR unit=state aka="French warship"
@station HMCG: rcc party=UK aka="Dover Coastguard", "UK Coastguard"
06:40 Ranger: hello
"""


@pytest.fixture(scope="module")
def ctx() -> Context:
    return build_context(read_text(TEXT), WORLD)[0]


def kinds(result: Classification) -> list[str]:
    return [a.kind for a in result.acts]


# ---------------------------------------------------------------- numbers and letters
@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("one five zero", 150),
        ("niner", 9),
        ("tree fower fife", 345),
        ("ait", 8),
        ("two decimal five", 2.5),
        ("zero point eight", 0.8),
        ("fifty eight", 58),
        ("twenty", 20),
        ("sixteen", 16),
        ("two hundred and ten", 210),
        ("half", 0.5),
        ("42", 42),
        ("0.8", 0.8),
    ],
)
def test_spoken_numbers(said: str, value: float) -> None:
    assert spoken_number(said) == pytest.approx(value)


def test_not_a_number() -> None:
    assert spoken_number("dinghy") is None


def test_phonetic_call_sign(ctx: Context) -> None:
    result = classify("Solent Coastguard, this is yacht Blue Heron, golf bravo alpha four", ctx)
    call = result.acts[0]
    assert call.kind == "call" and call.source == "grammar"
    assert call.slots["callsign"] == "GBA4"


def test_spelled_station_called() -> None:
    call = classify("Alpha Bravo Charlie, this is Dover Coastguard, over.").acts[0]
    assert call.slots["called"] == "ABC"


def test_channel_spoken_digit_by_digit() -> None:
    act = classify("shift to working channel six niner").acts[0]
    assert act.kind == "procedure.channel" and act.slots["channel"] == 69


# ---------------------------------------------------------------- positions
def _position(text: str, context: Context | None = None) -> dict[str, object]:
    result = classify(text, context)
    found = [a for a in result.acts if a.kind == "report.position"]
    assert found, kinds(result)
    return found[0].slots


def test_position_spoken_degrees_minutes() -> None:
    slots = _position(
        "my position five zero degrees five seven decimal three minutes north "
        "zero zero one degrees three five minutes east"
    )
    assert slots["lat"] == pytest.approx(50.955) and slots["lon"] == pytest.approx(1.58333)


def test_position_written_with_symbols() -> None:
    slots = _position("We are at 50°58.2'N 001°36.7'E.")
    assert slots["lat"] == pytest.approx(50.97) and slots["lon"] == pytest.approx(1.61167)


def test_position_written_without_symbols() -> None:
    slots = _position("position 51 05.2 N 001 42.7 E")
    assert slots["lat"] == pytest.approx(51.08667)


def test_position_cardinals() -> None:
    slots = _position("fifty one degrees ten minutes north one degree thirty minutes east")
    assert slots["lat"] == pytest.approx(51 + 10 / 60) and slots["lon"] == pytest.approx(1.5)


def test_position_digits_without_units() -> None:
    slots = _position("our position is five zero five eight north zero zero one three six east")
    assert slots["lat"] == pytest.approx(50 + 58 / 60) and slots["lon"] == pytest.approx(1.6)


def test_position_decimal_degrees() -> None:
    slots = _position("I am at 51.12, 1.55")
    assert slots["lat"] == pytest.approx(51.12) and slots["lon"] == pytest.approx(1.55)


def test_position_bearing_and_distance_from_mark() -> None:
    slots = _position("One two zero degrees from Blunt Point, five miles.")
    assert slots["bearing"] == 120 and slots["distance"] == 5 and slots["mark"] == "blunt point"


def test_position_distance_and_direction() -> None:
    slots = _position("We are two miles south of Dover.")
    assert slots["distance"] == 2 and slots["direction"] == "south"


def test_position_inside_zone(ctx: Context) -> None:
    slots = _position("the dinghy is 0.8 nm inside French waters", ctx)
    assert slots["zone"] == ["FR-TW", "FR-SRR"] and slots["distance"] == pytest.approx(0.8)
    slots = _position("the dinghy is half a mile inside French waters", ctx)
    assert slots["distance"] == 0.5 and slots["relation"] == "inside"


def test_position_source_is_grammar() -> None:
    result = classify("three cables from the buoy")
    assert result.acts[0].source == "grammar"


# ---------------------------------------------------------------- relative zones
def test_your_waters_is_the_addressees_zone(ctx: Context) -> None:
    slots = _position("we are in your waters", ctx) if False else None
    result = classify("we are in your waters", ctx, speaker="RANGER", addressee="FR-NAVY")
    slots = result.acts[0].slots
    assert slots["zone"] == ["FR-TW", "FR-SRR"] and slots["zone_relative"] == "addressee"


def test_our_zone_is_the_speakers_region(ctx: Context) -> None:
    result = classify(
        "we are not permitted to go into our zone", ctx, speaker="RANGER", addressee="FR-NAVY"
    )
    assert result.primary == "permission.lacking"
    assert result.acts[0].slots["zone"] == ["UK-SRR"]


def test_relative_zone_without_parties_is_kept_as_said(ctx: Context) -> None:
    slots = classify("we are in your waters", ctx).acts[0].slots
    assert slots["zone"] == "your waters" and slots["zone_relative"] == "addressee"


# ---------------------------------------------------------------- call-ups
def test_callup_repeated_signs(ctx: Context) -> None:
    call = classify("Dover Coastguard, Dover Coastguard, this is Ranger, Ranger, over.", ctx)
    assert call.ends_with == "over"
    act = call.acts[0]
    assert (act.slots["called_id"], act.slots["caller_id"]) == ("HMCG", "RANGER")


def test_callup_without_context() -> None:
    act = classify("cross gris nez cross gris nez this is valiant valiant").acts[0]
    assert act.slots == {"called": "cross gris nez", "caller": "valiant"}


def test_all_stations() -> None:
    act = classify("All stations, all stations, this is Dover Coastguard.").acts[0]
    assert act.slots["called"] == "ALL"


def test_station_calling() -> None:
    result = classify("Station calling Ranger, this is Ranger, say again, over.")
    assert kinds(result) == ["call", "call", "procedure.say-again"]


@pytest.mark.parametrize(
    "text", ["this is not our case", "yes this is correct", "this is a problem for the French"]
)
def test_this_is_in_free_speech_is_not_a_callup(text: str) -> None:
    assert "call" not in kinds(classify(text))


# ---------------------------------------------------------------- the rules of SPEECH-ACTS.md
def test_ranger_case(ctx: Context) -> None:
    q = classify(
        "Ranger, this is French warship. What are your intentions with the dinghy? Over.", ctx
    )
    assert kinds(q) == ["call", "question.intentions"] and q.acts[1].slots["about"] == "the dinghy"
    thanks = classify("Thank you for your co-operation. Out.", ctx)
    assert thanks.primary == "thanks" and thanks.ends_with == "out"
    assert not {"coordination.accept", "assistance.accept"} & set(kinds(thanks))


def test_near_miss_export_for_escort(ctx: Context) -> None:
    result = classify("I am going to export that with the UK Coastguard. Over.", ctx)
    act = result.acts[0]
    assert act.kind == "intention"
    assert act.slots["action"] == "escort" and act.slots["with"] == "the UK Coastguard"
    assert act.slots["object"] == "that"
    assert act.assumed == {"export": "escort"} and act.confidence < 1.0
    assert act.confidence <= 0.7


def test_exact_escort_is_not_lowered(ctx: Context) -> None:
    act = classify("I am going to escort that with the UK Coastguard.", ctx).acts[0]
    assert act.assumed == {} and act.confidence > 0.7


def test_near_miss_recorded_as_low_confidence_word() -> None:
    result = classify("What are your intensions with the dinghy?")
    assert result.primary == "question.intentions"
    assert result.low_confidence_words == ["intensions"]
    assert result.acts[0].assumed == {"intensions": "intentions"}


@pytest.mark.parametrize(
    "text",
    ["The cooperation was good.", "Thank you for your cooperation.", "we are waving"],
)
def test_fuzzy_matching_does_not_invent(text: str) -> None:
    assert all(not a.assumed for a in classify(text).acts)


def test_redirect_is_never_a_handover() -> None:
    for text in ("You are in English waters, call 999.", "you have to call Malta"):
        assert "coordination.handover" not in kinds(classify(text))
        assert "coordination.redirect" in kinds(classify(text))


@pytest.mark.parametrize("text", ["roger", "received", "copy that", "understood"])
def test_receipt_is_ack_never_acceptance(text: str) -> None:
    assert kinds(classify(text)) == ["ack"]


def test_task_takes_precedence_over_instruction() -> None:
    # "Valiant," alone names the station called (a bare call-up, SPEECH-ACTS.md)
    found = kinds(classify("Valiant, proceed to the dinghy and rescue the persons."))
    assert found == ["call", "task"]


def test_take_it_unprompted_is_assume_and_after_yes_accept() -> None:
    assert classify("we will take it").primary == "coordination.assume"
    assert kinds(classify("yes we will take this one"))[-1] == "coordination.accept"


def test_markers_and_grammar_source() -> None:
    result = classify("QUESTION. What are your intentions?")
    assert result.markers == ["QUESTION"] and result.primary == "question.intentions"
    warning = classify("WARNING. Shallow water ahead of you.")
    assert warning.primary == "warning" and warning.acts[0].source == "grammar"


def test_markers_are_guarded_by_place_and_writing() -> None:
    """SMCP markers open a clause and are written in capitals or followed by
    punctuation, or (in lower case, as recognised speech writes them) by what only a
    marked message opens with: an order, "do not", a subject, a wh-word; a marker
    word inside a sentence is an ordinary word."""
    assert classify("question, what are your intentions?").markers == ["QUESTION"]
    assert classify("QUESTION what are your intentions?").markers == ["QUESTION"]
    assert classify("question what are your intentions").markers == ["QUESTION"]
    assert classify("question about the tow").markers == []
    assert classify("warning received thank you").markers == []
    assert classify("I have a question. What are your intentions?").markers == []


@pytest.mark.parametrize(
    ("said", "signal"),
    [
        ("pan pan, pan pan, pan pan, this is Sea Breeze, engine failure", True),
        ("pan, pan, pan, this is Sea Breeze, engine failure", True),
        ("this is Sea Breeze, pan pan, engine failure", True),
        ("this is sea breeze pan pan engine failure", True),
        ("we will pan the camera to the dinghy", False),
        ("securite securite securite, all stations, debris in the water", True),
        ("your security is our concern", False),
    ],
)
def test_pan_and_securite_are_signals_at_a_clause_start_or_repeated(
    said: str, signal: bool
) -> None:
    found = classify(said)
    assert (found.primary in ("urgency.declare", "safety.declare")) is signal, found.acts


def test_mayday_message_parts() -> None:
    result = classify(
        "MAYDAY MAYDAY MAYDAY this is Sea Breeze Sea Breeze Sea Breeze, MAYDAY Sea Breeze, "
        "position five zero degrees five seven decimal three minutes north, zero zero one "
        "degrees three five minutes east, I am sinking, I require immediate assistance, "
        "four persons on board, over."
    )
    assert kinds(result) == ["distress.declare"]
    slots = result.acts[0].slots
    assert slots["caller"] == "sea breeze" and slots["persons"] == 4
    assert "sinking" in slots["nature"] and "assistance" in slots["assistance"]
    assert slots["position"]["lat"] == pytest.approx(50.955)


def test_spoken_order() -> None:
    result = classify("Roger, you are in English waters, call 999.")
    assert kinds(result) == ["ack", "report.position", "coordination.redirect"]
    spans = [a.span for a in result.acts]
    assert spans == sorted(spans)  # type: ignore[type-var]


# ---------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "x" * 10_000,
        "mayday " * 1500,
        "we need help " * 800,
        "\x00\x07\x1b[31m\x7f",
        "🙂🚤🆘",
        "Это судно терпит бедствие",
        "これは遭難信号です",
        "Nous avons un bateau pneumatique avec des personnes à bord.",
        "\ud800",
        "((((((((((",
        "one two three four five six seven eight nine zero " * 100,
    ],
)
def test_bad_input_never_raises(text: str) -> None:
    result = classify(text)
    assert isinstance(result, Classification)
    assert result.acts and result.primary
    if result.primary == "unclassified":
        assert result.acts[0].slots["reason"]
    assert "internal error" not in str(result.acts[0].slots.get("reason", ""))


def test_other_languages_are_marked() -> None:
    # French is a working language (SPEECH-ACTS.md, 2026-12): read, and marked
    french = classify("Nous avons un bateau pneumatique avec des personnes à bord.")
    assert french.language == "fr" and french.primary == "information"
    other = classify("Vi har kontroll, du må svinge styrbord nå")
    assert other.primary == "unclassified" and other.language == "und"
    assert "und" in other.acts[0].slots["reason"]
    assert classify("bien reçu, merci").primary == "ack"
    assert classify("Это судно терпит бедствие").language == "und-Cyrl"


def test_empty_has_a_reason() -> None:
    assert classify("").acts[0].slots["reason"] == "empty utterance"


def test_deterministic() -> None:
    text = "uh dover coastguard this is ranger we are going to escort them to dover over"
    assert classify(text).model_dump() == classify(text).model_dump()


def test_lexicon_hash() -> None:
    digest = lexicon_sha256()
    assert re.fullmatch(r"[0-9a-f]{64}", digest) and digest == lexicon_sha256()


def test_no_vessel_names_in_checker() -> None:
    """Nothing the classifier reads names a vessel or a station of the shipped cases.
    The act catalogue (data/acts.toml) may: it is the docs' examples, which the
    classifier never reads (checker/phraseology/acts.py). Names are whole words: French
    "déranger" names no Ranger."""
    root = ROOT / "checker" / "phraseology"
    for path in root.rglob("*"):
        if path.suffix in (".py", ".toml") and path.name != "acts.toml":
            text = path.read_text(encoding="utf-8").lower()
            for name in ("ranger", "valiant", "typhoon", "athos", "formentin", "gris-nez"):
                assert not re.search(rf"\b{name}\b", text), (path.name, name)


def test_required_words_agree_with_the_index() -> None:
    """The matcher skips a pattern when the utterance lacks a word of one of its
    required sets; the index's own set is one of them, and each is made of the
    pattern's words (a required set that listed other words would hide matches)."""
    from checker.phraseology.lexicon import lexicon

    for fam in lexicon().families:
        for pattern in fam.patterns:
            assert not pattern.anchors or pattern.anchors in pattern.required, pattern.source
            for need in pattern.required:
                assert need and need <= pattern.words | {"?"}, pattern.source
