"""Disfluencies of speech (:mod:`checker.phraseology.disfluency`): a stutter, a
false start and an aside read as no words; what looks like one but says something
("do you know where", "vous vous rendez", "mayday mayday", a name called twice, "you"
ending one clause and opening the next) is kept.
"""

from __future__ import annotations

import sys

import pytest

from checker.phraseology import classify
from checker.phraseology.disfluency import fluent
from checker.phraseology.heard_names import apostrophes_unsaid, g_dropped
from checker.phraseology.lexicon import lexicon
from checker.phraseology.text import tokenize
from tests.conftest import ROOT


def _fluent(text: str, names: frozenset[str] = frozenset()) -> str:
    toks = tokenize(text, lexicon())
    _, said = fluent(toks, [t.w for t in toks], text, names)
    return " ".join(said)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # stutters and false starts
        ("we we are sinking", "we are sinking"),
        ("We’re we’re taking on water", "we are taking on water"),
        ("Je je vais mourir", "je vais mourir"),
        ("Je vais — je vais mourir", "je vais mourir"),
        ("Je vais... je vais mourir", "je vais mourir"),
        ("If — if you obey you will be safe", "if you obey you will be safe"),
        ("si vous obéissez, si vous obéissez, vous serez en sécurité",
         "si vous obeissez , vous serez en securite"),
        ("the the engine has stopped", "the engine has stopped"),
        ("you know, we are sinking", "we are sinking"),
        ("we are sinking, you know.", "we are sinking |"),
        # lead-ins
        ("well El Faro", "el faro"),
        ("so we will stand by", "we will stand by"),
        ("Well, if you obey you will be safe", "if you obey you will be safe"),
        ("et puis ne franchissez pas la frontière", "ne franchissez pas la frontiere"),
        ("Roger. And then proceed to the dinghy", "roger | proceed to the dinghy"),
        # asides
        ("we have, you know, run aground", "we have run aground"),
        ("we you know have run aground", "we have run aground"),
        ("you know we are sinking", "we are sinking"),
        ("I mean we can't stay here", "we cannot stay here"),
        ("elle monte, tu vois, très vite", "elle monte tres vite"),
        ("c'est très grave quoi", "c'est tres grave"),
        ("ne vous inquiétez pas, quoi", "ne vous inquietez pas"),
        ("there's like forty people on board", "there is forty people onboard"),
        ("on est genre trente", "on est trente"),
    ],
)  # fmt: skip
def test_disfluencies_are_no_words(text: str, words: str) -> None:
    assert _fluent(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "do you know where you are",
        "you know the position?",
        "vous vous rendez sur zone",
        "nous nous dirigeons vers vous",
        "mayday mayday mayday",
        "position two two zero degrees",
        "I cannot hear you you need to get out of the wind",
        "I see it it is sinking",
        "We cannot help you, you must call Malta",
        "my day my day my day this is nordic faith",
        "I am ringing to let you know that we have found him",
        "On les a à bord.",
        "we would like assistance",
        "it looks like a dinghy",
        "vous faites quoi",
        "de quoi avez-vous besoin",
        "ce genre de bateau",
        "si vous voyez le bateau",
        "Pas de confrontation recherchée. Pas de confrontation recherchée.",
        "this is the Arthur Anderson, the Arthur Anderson",
        "well received",
        "well done",
        "so.",
        "we are sinking and the engine has stopped",
        "Roger, so we will stand by",
        # an open-class word said twice is emphasis as often as a stutter
        "please sir we are forty people, help help",
        "yes yes wait wait the position is three four zero five north",
    ],
)
def test_what_says_something_is_kept(text: str) -> None:
    toks = tokenize(text, lexicon())
    assert _fluent(text) == " ".join(t.w for t in toks)


def test_a_station_of_the_context_said_twice_is_no_restart() -> None:
    # recognised speech writes no capital: the context's names tell the name
    text = "this is the red robin the red robin"
    assert _fluent(text, frozenset({"red", "robin"})) == text
    assert _fluent(text) == "this is the red robin"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("we we are sinking", "distress.declare"),
        ("We’re we’re going down fast", "distress.declare"),
        ("Je vais — je vais mourir", "distress.declare"),
        ("If — if you do not change course, we will fire", "warning"),
        ("In worst case, you, you know, will be hit", "warning"),
        ("You, you know, must leave the area immediately", "instruction"),
        ("Vous, tu vois, devez quitter la zone", "instruction"),
        ("Ne vous inquiétez pas, quoi", "information"),
        ("c'est très chaud quoi là", "information"),
        ("there's like forty people on board", "report.persons"),
        ("we are like sixty people", "report.persons"),
        # a condition after the words that lead into it
        ("so if you obey, you will be safe", "warning"),
        ("okay so if you obey you will be safe", "warning"),
        ("alors si vous obéissez, vous serez en sécurité", "warning"),
        ("and so El Faro.", "call"),
        ("et puis ne franchissez pas la frontière", "instruction"),
        ("so okay", "ack"),
        # kept: a question asks
        ("vous faites quoi ?", "question"),
        ("do you know where you are?", "question"),
    ],
)
def test_read_through_disfluencies(text: str, kind: str) -> None:
    result = classify(text)
    assert result.primary == kind, [a.kind for a in result.acts]


def test_evidence_points_at_the_words_said() -> None:
    # the words kept keep their places in the text: the act's span is the text's
    text = "we we are sinking"
    act = classify(text).acts[0]
    assert act.span is not None
    assert text[act.span[0] : act.span[1]].endswith("sinking")


def test_robustness_floor() -> None:
    """``benchmarks/robustness.py``'s agreement on the tuning part, 2026-12-08 (the
    thirty-sixth session), less a line or two: a change that lets a disfluency change
    the reading of real speech again fails here. Before this module: aside 78.6 %,
    stutter 95.4 %, false start 91.9 %, lead-in 90.9 %."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import accuracy
        import robustness
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    rows = [r for r in accuracy.rows() if r.part == "tune" and r.source not in accuracy.NOT_COVERED]
    results = robustness.evaluate(rows)
    assert results["filler"]["agreement"] >= 0.99  # 100 %
    assert results["aside"]["agreement"] >= 0.96  # 97.1 %
    assert results["stutter"]["agreement"] >= 0.965  # 97.7 %
    assert results["false start"]["agreement"] >= 0.95  # 96.0 %
    assert results["lead-in"]["agreement"] >= 0.99  # 100 % (92.0 % before the lead-ins)
    assert results["recognised"]["agreement"] >= 0.95  # 96.0 %
    assert results["called first"]["agreement"] >= 0.97  # 98.3 % (97.7 % before)
    assert results["called first, recognised, stations declared"]["agreement"] >= 0.94  # 95.4 %
    assert results["no apostrophes"]["agreement"] >= 0.97  # 100 % (90.9 % before)
    assert results["upper case"]["agreement"] >= 0.97  # 97.7 % (92.6 % before)
    assert results["homophone"]["agreement"] >= 0.97  # 98.3 % (89.7 % before)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a contraction typed without its apostrophe, before a bare verb
        ("well be there in ten minutes", "assistance.offer"),
        ("Well keep you advised of position.", "intention"),
        ("ill call you back", "intention"),
        ("lets go", "intention"),
        ("yeah, thatd be fine.", "answer.affirmative"),
        # and where it is the word it looks like
        ("well stop your engine", "instruction"),
        ("well do you have life jackets?", "question"),
        ("well done", "thanks"),
        # speech's dropped g, with or without its apostrophe
        ("we are goin down", "distress.declare"),
        ("we're sinkin", "distress.declare"),
        ("Im not leavin you, lets go", "intention"),
    ],
)
def test_typed_as_said(text: str, kind: str) -> None:
    result = classify(text)
    assert result.primary == kind, [a.kind for a in result.acts]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("an ill passenger", "an ill passenger"),
        ("the id number", "the id number"),
        ("nous avons besoin d'aide ce matin", "nous avons besoin d'aide ce matin"),
    ],
)
def test_words_that_look_like_contractions_are_kept(text: str, words: str) -> None:
    toks = tokenize(text, lexicon())
    said = [t.w for t in toks]
    full = apostrophes_unsaid(toks, said, frozenset())
    assert " ".join([t.w for t in full] if full else said) == words


def test_a_call_sign_in_capitals_is_read_as_typed() -> None:
    # "ICS CV" is no word of any list: its capitals are its own, not a typist's
    assert classify("ICS CV").primary == "call"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("SHIP'S NAME?", "question"),
        ("PLEASE, PLEASE HELP ME.", "request.assistance"),
        ("THIS IS THE CHINESE NAVY, PLEASE GO AWAY QUICKLY", "instruction"),
        ("TIRS DE SOMMATION, PRENDRE TOUTES LES PRÉCAUTIONS", "instruction"),
        ("MAYDAY MAYDAY MAYDAY THIS IS FISHING VESSEL KESTREL", "distress.declare"),
    ],
)
def test_a_line_typed_in_capitals_reads_as_in_lower_case(text: str, kind: str) -> None:
    result = classify(text)
    assert result.primary == kind, [a.kind for a in result.acts]
    assert result.primary == classify(text.lower()).primary
    # the report shows the line and its evidence as typed
    assert result.text == text
    for act in result.acts:
        if act.span is not None:
            assert act.matched == text[act.span[0] : act.span[1]]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a word written for another that sounds the same, where only the other fits
        ("Okay, sir, I just need you're name, please", "request"),
        ("Repeat you're position", "request"),
        ("are you able too keep up with the flooding?", "question"),
        ("we are getting ready too deploy the life raft", "report.status"),
        ("I cannot here you, you need to get out of the wind", "instruction"),
        # and where it is the word written
        ("you're safe now", "information"),
        ("here you are", "information"),
        ("you are too close", "warning"),
        ("slow down, you are going too fast", "instruction"),
    ],
)
def test_homophones_where_only_one_fits(text: str, kind: str) -> None:
    result = classify(text)
    assert result.primary == kind, [a.kind for a in result.acts]


def test_a_dropped_g_is_read_after_the_station_names() -> None:
    toks = tokenize("goin down mailin", lexicon())
    said = [t.w for t in toks]
    full = g_dropped(toks, said, frozenset())
    assert full is not None and [t.w for t in full] == ["going", "down", "mailing"]
    # a word of a declared station's name stays as said
    kept = g_dropped(toks, said, frozenset({"mailin"}))
    assert kept is not None and [t.w for t in kept] == ["going", "down", "mailin"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the stations named first change nothing of what the message is
        ("Solent Coastguard, this is Blue Heron, you obey, you will be safe.", "warning"),
        ("Blue Heron, you continue on this course, you will run aground", "warning"),
        ("CROSS Corsen, ici Blue Heron, vous obéissez, vous serez en sécurité", "warning"),
    ],
)
def test_a_condition_unsaid_after_a_call_up(text: str, kind: str) -> None:
    result = classify(text)
    assert result.primary == kind, [a.kind for a in result.acts]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a caller guessed without a context ends before the message's order
        ("solent coastguard this is blue heron spell that", "request"),
        ("solent coastguard this is blue heron get away from the rocks", "instruction"),
        ("solent coastguard this is blue heron clear the area now", "instruction"),
        # an order that is part of a name stays the name's
        ("this is rescue one one five", "call"),
    ],
)
def test_a_guessed_caller_ends_before_an_order(text: str, kind: str) -> None:
    result = classify(text)
    assert result.primary == kind, [a.kind for a in result.acts]
