"""Clause analysis (CLAUSES.md): clause features, act frames as data, and what real
speech needs of them.

These are unit tests of the reader and of single frames, written to pin a behaviour
down; they are not a measure of understanding (that is verbatim real speech,
``benchmarks/accuracy.py``, whose floor is held by the last tests here).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time

import pytest

from checker.phraseology import ACT_KINDS, classify
from checker.phraseology.clause_split import split
from checker.phraseology.frames import check, frames
from checker.phraseology.lexicon import lexicon
from checker.phraseology.text import tokenize
from checker.phraseology.words import data_toml, words
from tests.conftest import ROOT


def features(text: str, lang: str = "en") -> list[dict[str, object]]:
    placed = split(tokenize(text, lexicon()), frozenset(), lang, text)
    return [p.clause.features() for p in placed]


def test_frames_file_is_valid() -> None:
    objects = frozenset(
        name for lang in ("en", "fr") for name in data_toml(f"words.{lang}.toml")["objects"]
    )
    assert check(data_toml("frames.toml")["frame"], ACT_KINDS, objects) == []
    assert {f.kind for f in frames()} <= set(ACT_KINDS)


def test_check_names_a_typo() -> None:
    errors = check(
        [{"kind": "intention", "moood": ["declarative"], "agent": ["me"]}], ACT_KINDS, frozenset()
    )
    assert any("moood" in e for e in errors) and any("'me'" in e for e in errors)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a frame's cue of three words or more is looked for in the clause's words (a
        # clause's lemmas hold its words and their pairs: such cues never matched)
        ("There are rocks ahead of you.", "warning"),
        ("It's not up to us.", "coordination.decline"),
        ("Coup de vent prévu cette nuit.", "warning"),
        ("We are out of diesel.", "report.status"),
        ("There are rocks ahead.", "information"),  # the whole phrase, not its first pair
    ],
)
def test_cues_of_three_words_match(text: str, primary: str) -> None:
    assert classify(text).primary == primary, [a.kind for a in classify(text).acts]


def test_every_cue_of_three_words_is_reachable() -> None:
    """Each long cue is indexed by its first pair of words, which a clause that says
    the cue has among its lemmas."""
    for frame in frames():
        for phrase in frame.cue_long:
            assert len(phrase) > 2 and frame.cue is not None
            assert " ".join(phrase) in frame.cue


@pytest.mark.skipif(importlib.util.find_spec("simplemma") is None, reason="simplemma not installed")
def test_lemma_table_is_current() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_lemmas.py"), "--check"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("What is your position?", "en", {"mood": "interrogative"}),
        ("is your vessel taking water?", "en", {"mood": "interrogative"}),
        ("you have no life jackets at all?", "en", {"mood": "interrogative"}),
        ("Alter your course to starboard", "en", {"mood": "imperative", "agent": "addressee"}),
        ("We will not take this case", "en", {"modality": "unwilling", "polarity": "negative"}),
        ("we are not able to send a unit", "en", {"modality": "cannot"}),
        ("Falmouth is coordinating", "en", {"agent": "third:falmouth", "predicate": "coordinate"}),
        ("the authorities will not send a boat", "en", {"agent": "authority:authorities"}),
        ("Avez-vous besoin d'assistance ?", "fr", {"mood": "interrogative", "agent": "addressee"}),
        ("je n'ai rien reçu", "fr", {"polarity": "negative", "agent": "speaker"}),
        ("Changez votre cap immédiatement", "fr", {"mood": "imperative"}),
        ("nous sommes en train de couler", "fr", {"predicate": "couler", "agent": "speaker"}),
        ("vous serez bombardés", "fr", {"modality": "will", "predicate": "bombarder"}),
        # a light verb and its noun are one predicate
        ("on a besoin d'un médecin", "fr", {"predicate": "avoir besoin", "agent": "speaker"}),
        ("le navire a fait naufrage", "fr", {"predicate": "faire naufrage"}),
        ("j'ai besoin de votre position", "fr", {"predicate": "avoir besoin"}),
        # a question by inversion: the pronoun after the auxiliary is the subject
        ("Can you take coordination?", "en", {"agent": "addressee", "predicate": "take"}),
        ("can I please speak with a QI?", "en", {"agent": "speaker", "predicate": "speak"}),
        # a vocative and a bare verb order; with -s the verb reports
        ("Everybody sit down in the boat", "en", {"mood": "imperative", "predicate": "sit down"}),
        ("Everybody sits down", "en", {"mood": "declarative"}),
        ("taking on water", "en", {"agent": "speaker", "predicate": "take on"}),
        ("Roger, taking on water", "en", {"agent": None}),  # likely a read-back
        # "do not" + any base form orders; a verb of the speaker's state reports
        ("Do not attempt to swim to shore", "en", {"mood": "imperative", "polarity": "negative"}),
        ("Don't panic", "en", {"mood": "imperative", "predicate": "panic"}),
        ("don't know where we are", "en", {"mood": "declarative", "agent": "speaker"}),
        ("DO NOT, repeat NOT hit the Defender", "en", {"polarity": "negative"}),
        # an institution with radio's dropped "is"; a centre's acronym is no order
        ("MRCC Falmouth now coordinating", "en", {"agent": "authority:mrcc falmouth"}),
        ("CROSS Etel taking over coordination", "en", {"mood": "declarative",
                                                        "predicate": "take over"}),
        ("Cross the traffic lane now", "en", {"mood": "imperative"}),
        # a French cleft names its agent
        ("c'est nous qui coordonnons", "fr", {"agent": "speaker", "predicate": "coordonner"}),
        ("c'est vous qui prenez la coordination", "fr", {"agent": "addressee"}),
        # a craft named for rescue is help, not the casualty
        ("the rescue boat is on its way", "en", {"agent": "third:help"}),
        # whose trouble: another's (a relay) or the speaker's own
        ("there is a boat with migrants sinking", "en", {"third_party": True}),
        ("my husband's boat has not come back", "en", {"third_party": True}),
        ("we received a call from a yacht", "en", {"third_party": True}),
        ("le bateau de mon frère a chaviré", "fr", {"third_party": True}),
        ("we are a small boat with forty people", "en", {"third_party": None}),
        ("the boat is sinking", "en", {"third_party": None}),
        ("my wife is having trouble breathing", "en", {"third_party": None}),
    ],
)  # fmt: skip
def test_clause_features(text: str, lang: str, want: dict[str, object]) -> None:
    got = features(text, lang)[0]
    for key, value in want.items():
        assert got.get(key) == value, (key, got)


@pytest.mark.parametrize(
    ("text", "lang", "agents", "predicates"),
    [
        ("he is alone on a sailboat and needs help", "en", ["third", "third"], ["be", "need"]),
        ("we lost power and are drifting", "en", ["speaker", "speaker"], ["lose", "drift"]),
        ("le bateau prend l'eau et coule", "fr", ["casualty:bateau"] * 2, ["prendre", "couler"]),
        ("il est seul et a besoin d'aide", "fr", ["third", "third"], ["etre", None]),
        # a new noun subject after "and", once a verb came before it
        ("we are forty and the engine is not working", "en", ["speaker", "third:engine"],
         ["be", "work"]),
        ("the boat and the engine are broken", "en", ["third:boat and the engine"], ["break"]),
        # no verb after the conjunction: one clause ("search and rescue", "à" folded)
        ("we need search and rescue", "en", ["speaker"], ["need"]),
        ("nous sommes à Calais et à Dunkerque", "fr", ["speaker"], [None]),
    ],
)  # fmt: skip
def test_a_subject_said_once_serves_both_verbs(
    text: str, lang: str, agents: list[str], predicates: list[str | None]
) -> None:
    got = features(text, lang)
    assert [c.get("agent") for c in got] == agents, got
    for c, predicate in zip(got, predicates, strict=True):
        assert predicate is None or c.get("predicate") == predicate, got


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # one frame, many wordings: person, language, mood, negation
        ("we will take coordination", "coordination.assume"),
        ("Falmouth is coordinating this case", "coordination.assume"),
        ("je prends la coordination", "coordination.assume"),
        ("we will not take this case", "coordination.decline"),
        ("are you sinking?", "question"),
        ("we are sinking", "distress.declare"),
        ("nous chavirons", "distress.declare"),
        ("au secours, nous coulons", "distress.declare"),
        ("Vous êtes dans les eaux anglaises, appelez le 999", "coordination.redirect"),
        ("request to know your last port of call", "question"),
        # a third party's plain-language alert is a relay (SPEECH-ACTS, 2026-12)
        ("We've received a call from a yacht that's sinking off the Needles", "distress.relay"),
        ("I can see a small boat in trouble, people are waving", "distress.relay"),
        ("My son went out fishing this morning and he's not back yet", "distress.relay"),
        ("my friends are on a boat and they are sinking", "distress.relay"),
        ("Nous avons reçu un appel d'une embarcation en détresse", "distress.relay"),
        ("Mon mari est parti en mer et il ne répond plus", "distress.relay"),
        ("the boat is sinking", "distress.declare"),
        ("my wife is having trouble breathing", "report.persons"),
        # coordination in other words
        ("Falmouth Coastguard taking coordination of this incident", "coordination.assume"),
        ("Dover Coastguard has coordination", "coordination.assume"),
        ("We have a navigational incident", "report.status"),
        ("We are the coordinating authority for this case", "coordination.assume"),
        ("We're handing over to Dover now", "coordination.handover"),
        ("Je vous passe la main", "coordination.handover"),
        ("it's your case now", "coordination.handover"),
        ("Ce n'est pas à nous de gérer", "coordination.decline"),
        ("Appelez le 999", "coordination.redirect"),
        # help on its way
        ("We can be there in twenty minutes", "assistance.offer"),
        ("A rescue boat is on its way, ETA twenty minutes", "assistance.offer"),
        ("Le canot de sauvetage arrive dans dix minutes", "assistance.offer"),
        ("Do not attempt to swim to shore", "instruction"),
        # an order said politely, and a question tag that asks only for a yes
        ("I need you to stay on the line, okay?", "instruction"),
        ("we would like you to alter course", "instruction"),
        ("Il faut que vous restiez à bord du bateau", "instruction"),
        ("Restez en ligne, d'accord ?", "instruction"),
        ("you have forty people on board, right?", "question"),
        # a pseudo-cleft states; a relative clause is no question
        ("so basically what's happened is we've hit something in the water", "report.status"),
        ("what I want you to do is put everybody in life jackets", "instruction"),
        ("what we need is a boat", "request.assistance"),
        ("what kind of boat is it", "question"),
        ("we've got a guy here who's hurt his head pretty bad", "report.persons"),
        # French "merci de" + an infinitive asks; "merci de votre appel" thanks
        ("Merci de nous rappeler dès que possible", "request"),
        ("Merci de votre appel", "thanks"),
        ("merci d'avoir appelé", "thanks"),
        # help accepted or refused by those it is for; leave given in the passive
        ("Oui, on accepte votre aide", "assistance.accept"),
        ("Ils refusent d'être pris en charge par les Français", "assistance.decline"),
        ("Vous êtes autorisés à entrer dans nos eaux", "permission.grant"),
        ("Request your ETA at the position", "request"),
        # "I suggest" from a warship is an order (real speech: Snake Island)
        ("I suggest you lay down your weapons", "instruction"),
        # recognised speech without punctuation: French wh-words left in place, "qui"
        # opening a sentence, a unit's call sign before its order, "be careful",
        # "is that correct", a second "you" that starts a clause
        ("vous êtes combien à bord", "question"),
        ("vous êtes où exactement", "question"),
        ("c'est quoi votre position", "question"),
        ("qui coordonne", "question"),
        ("lifeboat 17 launch and proceed to the casualty", "task"),
        ("there are strong currents in this area be careful", "warning"),
        ("you said forty people is that correct", "question"),
        ("i cannot hear you you need to get out of the wind", "instruction"),
        ("fire warning shots do not repeat not hit the defender confirm over", "instruction"),
        # speech's dropped g and its contractions
        ("I’m not leavin’ you, let’s go", "intention"),
        # a reason said first leans on the main clause, which is the point
        (
            "I reiterate, that as you are conducting transit passage in a recognised "
            "international strait, under international law your passage must not be "
            "impaired",
            "information",
        ),
        ("because we are in French waters, we cannot help", "permission.lacking"),
        # call-ups of names only, and French radio's "à vous" (over)
        ("Gris-Nez, Gris-Nez, Ridens.", "call"),
        ("CROSS Gris-Nez de Ridens, à vous.", "call"),
        # French as the CROSS and French units speak it
        ("Dirigez-vous vers le port de Boulogne", "instruction"),
        ("Tenez-vous prêts à être hélitreuillés", "instruction"),
        ("Avez-vous des blessés", "question"),
        ("Que comptez-vous faire ?", "question.intentions"),
        ("Tous les naufragés ont été hélitreuillés", "report.rescued"),
        ("Les rescapés seront débarqués à Boulogne", "report.landing"),
        ("L'opération est terminée", "case.close"),
        ("Un hélicoptère de la Marine va décoller", "assistance.offer"),
        ("Le patrouilleur Flamant se dirige vers vous", "assistance.offer"),
        ("Nous n'avons aucun moyen disponible", "assistance.unable"),
        ("Reçu cinq sur cinq", "ack"),
        ("Il nous faut une remorque", "request.assistance"),
        # vocabulary of a craft's state and of persons' health; help asked of anyone
        ("we have no steerage", "report.status"),
        ("on n'avance plus", "report.status"),
        ("He's having a heart attack", "report.persons"),
        ("On est perdus, on ne sait pas où on est", "distress.declare"),
        ("Can someone come and get us?", "request.assistance"),
        ("Est-ce que quelqu'un peut venir nous aider ?", "request.assistance"),
        # a negation inside a trailing condition is the condition's
        ("We're going to die if nobody comes", "distress.declare"),
        ("request you report your ETA", "request"),
        ("If you cross the border line, I will fire.", "warning"),
        ("Stop your engine or you will be shot", "instruction"),
        ("I am not in the distress phase because they are not at risk of sinking", "phase.assess"),
        # a leading receipt never decides the act (though the case taken after it
        # replies to an offer: SPEECH-ACTS.md); a receipt said in the negative is none
        ("Roger, we'll handle it from here", "coordination.accept"),
        ("Copy, how many on board?", "question"),
        ("je n'ai rien reçu", "information"),
        # numbers count what they qualify
        ("we have a ten-man raft", "information"),
        ("we are 4", "report.persons"),
        # bare call-ups
        ("Humber, Sea Otter, over", "call"),
        # the condition of persons is a persons report (SPEECH-ACTS `condition`),
        # whoever the subject; a craft's is a status
        ("il a vraiment mal", "report.persons"),
        ("L'enfant ne respire plus", "report.persons"),
        ("All persons on board are safe", "report.persons"),
        ("the engine is dead", "report.status"),
        ("le bateau se dégonfle", "report.status"),
        # others in the water are reported; the speaker in the water is in distress
        ("Il y a des gens à l'eau", "report.persons"),
        ("I am in the water", "distress.declare"),
        # a need said with a light verb, whoever needs it
        ("ils ont besoin d'aide", "request.assistance"),
        ("il est seul et a besoin d'aide", "request.assistance"),
        # no verb: the nouns say it
        ("a person in the water", "report.persons"),
        ("des gens à l'eau", "report.persons"),
        ("beaucoup de monde", "report.persons"),
        ("avec des enfants", "report.persons"),
        ("Au secours !", "request.assistance"),
        ("many thanks for your help", "thanks"),
        # fear is a condition of persons; "I'm afraid" before a clause is a hedge
        ("ils ont peur", "report.persons"),
        ("I'm afraid we can't help you", "assistance.unable"),
        # a call-up names its channel; it does not change it
        ("Dover Coastguard, this is Ranger on one six", "call"),
        # what a body does is a condition of persons, in either language
        ("people are vomiting", "report.persons"),
        ("les enfants pleurent", "report.persons"),  # short, still French
        ("we are safe now", "report.persons"),
        # a craft that struck something, ran aground, capsized: its status
        ("We've hit a rock", "report.status"),
        ("nous sommes échoués", "report.status"),
        ("on a heurté un rocher", "report.status"),
        # the sea's state is no position and nobody in the water
        ("the sea is very rough", "report.status"),
        # a new subject after a comma starts its own clause
        ("You are entering British waters, Dover will take the lead", "coordination.assume"),
        ("Could you please take coordination of this case?", "coordination.handover"),
        # persons recovered, said in the passive
        ("The persons have been recovered", "report.rescued"),
        ("les personnes ont été récupérées", "report.rescued"),
        # the case said to be an emergency; a craft needed is help
        ("It is an emergency", "distress.declare"),
        ("c'est une urgence", "distress.declare"),
        ("We need a boat", "request.assistance"),
        ("nous avons besoin d'un bateau", "request.assistance"),
        # sinking is a threat only when the craft is the addressee's
        ("We will sink soon", "distress.declare"),
        ("We will sink your vessel", "warning"),
        ("ce n'est pas notre zone", "coordination.decline"),
        # "aidez-nous" is an order, not a question by inversion; "sécurité" in a
        # sentence is no SMCP marker
        ("Aidez-nous, s'il vous plaît", "request.assistance"),
        ("Êtes-vous en sécurité ?", "question"),
        # radio drops "I am": the speaker's own doing, said as it happens
        ("Altering course to starboard", "intention"),
        ("Proceeding to the casualty, will be on scene in ten minutes", "assistance.offer"),
        ("nous nous déroutons vers Calais", "intention"),
        ("Our intention is to proceed to Calais", "intention"),
        ("notre intention est de les escorter", "intention"),
        ("notre bateau est cassé", "report.status"),
        ("Send your traffic", "instruction"),
        # being unable to find or see is no refusal; sending one's own position no offer
        ("we can't find him", "information"),
        ("I will send you our location on whatsapp", "intention"),
        ("we are sending the lifeboat to your position", "assistance.offer"),
        # French: "refusent" is the verb; "eaux" are waters (a position), whatever
        # "eau" names; a question said as a statement
        ("ils refusent notre assistance", "assistance.decline"),
        ("ils sont dans les eaux britanniques maintenant", "report.position"),
        ("vous pouvez nous envoyer quelqu'un", "request.assistance"),
        ("no problem you can come", "permission.grant"),
        # "please" before an order starts it in unpunctuated speech
        ("we are conducting a rescue operation please keep clear", "request"),
        # persons named by age, trade or nationality
        ("We have about 30 Syrians and Afghans", "report.persons"),
        ("il y a douze mineurs et trois nourrissons", "report.persons"),
        # leaving the craft, being in the raft: distress
        ("We abandoned ship", "distress.declare"),
        ("Everyone is in the raft", "distress.declare"),
        ("We will abandon the search", "intention"),
        # what the craft cannot do is its status; a body's hurt is a person's condition
        ("We can't start the engine", "report.status"),
        ("We cannot comply", "refuse"),
        # (a friend gone overboard is a relative's alert, as "my friend went overboard"
        # was: "buddy" and "mate" are friends since the twenty-third session)
        ("One of our crew went overboard", "report.persons"),
        ("My buddy went overboard", "distress.relay"),
        ("He broke his leg", "report.persons"),
        ("He's unresponsive", "report.persons"),
        ("Can we get a tow?", "request.assistance"),
        ("Can we get your name?", "request"),
        # the speaker asking for something by name; a polite order to indicate
        ("We request a place of safety for the 50 survivors", "request"),
        ("We kindly ask you to assign us a port", "request"),
        ("Please indicate a place of safety", "request"),
        ("We request assistance", "request.assistance"),
        # "someone" named as what is needed; help fetched by an order; a phrasal verb
        # split by its pronoun object; "go under"
        ("We need someone out here now", "request.assistance"),
        ("Get somebody out here", "request.assistance"),
        ("They picked us up", "report.rescued"),
        ("We're about to go under", "distress.declare"),
    ],
)
def test_frames_read_the_pattern(text: str, primary: str) -> None:
    result = classify(text)
    assert result.primary == primary, [(a.kind, a.frame) for a in result.acts]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ils sont une cinquantaine sur le bateau", 50),  # a French approximation
        ("Nous sommes quatre-vingt-dix", 90),
        ("Il y a cinquante trois personnes à bord", 53),
        ("quarante personnes", 40),  # too short to tell French, still counted
        ("Number of persons on board four", 4),  # the SMCP order
        ("POB 40", 40),
        ("we are about forty", 40),
    ],
)
def test_counts_have_their_value(text: str, count: int) -> None:
    result = classify(text)
    assert result.primary == "report.persons", [(a.kind, a.frame) for a in result.acts]
    assert result.acts[0].slots.get("count") == count


def test_a_count_needs_its_company() -> None:
    # a number after "we are" that measures something else counts nobody
    assert classify("we are 20 miles off").primary != "report.persons"


def test_frame_acts_say_why() -> None:
    act = next(a for a in classify("we will not take this case").acts if a.source == "frame")
    assert act.frame and act.frame.startswith("coordination.decline#")
    assert act.clause is not None and act.clause["polarity"] == "negative"
    assert act.clause["span"] == [0, len("we will not take this case")]


def test_every_utterance_carries_its_language() -> None:
    assert classify("we are sinking").language == "en"
    assert classify("nous coulons").language == "fr"
    other = classify("Vi har kontroll, du må svinge styrbord nå")
    assert other.primary == "unclassified" and "und" in other.acts[0].slots["reason"]
    cyrillic = classify("Вы тонете?")
    assert cyrillic.language == "und-Cyrl" and cyrillic.primary == "unclassified"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "...", "xyz xyz xyz", "Nous coulons, help us please", "a " * 10_000,
     "mayday " + "x" * 5_000, "é" * 3_000, "si si si si", "ne pas ne pas ne pas", "²", "⁴ people"],
)  # fmt: skip
def test_bad_input_never_crashes(text: str) -> None:
    result = classify(text)
    assert result.acts and result.primary
    assert "internal error" not in str(result.acts[0].slots.get("reason", ""))
    if result.primary == "unclassified":
        assert result.acts[0].slots["reason"]


def test_ten_thousand_words_in_bounded_time() -> None:
    text = "we are sinking please help, " * 2_500
    started = time.perf_counter()
    result = classify(text)
    assert time.perf_counter() - started < 30  # generous: about 1 s on two cores
    assert result.primary == "distress.declare"


def test_french_words_are_data() -> None:
    fr = words("fr")
    assert "vous" in fr.addressee and "ne" in fr.negators and "quel" in fr.wh
    assert fr.lemma("coulons") == "couler"


def _accuracy() -> dict[str, dict[str, object]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import accuracy
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    rows = accuracy.rows()
    return {
        part: accuracy.evaluate([r for r in rows if r.part == part]) for part in ("tune", "test")
    }


def test_real_speech_floor() -> None:
    """The figures of 2026-12-04 (benchmarks/README.md, eleventh session), less one
    line each: a change that loses understanding of real speech fails here, one that
    gains moves the floor up. The tuning part only was looked at line by line."""
    results = _accuracy()
    assert results["tune"]["primary_accuracy"] >= 0.90  # 90.9 %: 159 of 175
    assert results["test"]["primary_accuracy"] >= 0.76  # 77.8 %: 49 of 63
    # the same lines as a recogniser writes them (lower case, no punctuation)
    assert results["tune"]["primary_accuracy_as_recognised"] >= 0.87  # 88.0 %: 154
    assert results["test"]["primary_accuracy_as_recognised"] >= 0.775  # 79.4 %


@pytest.mark.parametrize(
    "text",
    [
        "on est à Calais ou à Dunkerque",  # "ou" is "or" here, not "où"
        "je ne sais pas où on est",  # a relative "où"
        "le bateau qui coule",  # a relative "qui"
        "Merci de votre appel",
    ],
)
def test_no_question_where_none_is_asked(text: str) -> None:
    assert classify(text).primary not in ("question", "question.intentions")


def test_speech_spelling_is_read() -> None:
    """Speech's dropped g and its contractions reach the lexicon as words."""
    said = [t.w for t in tokenize("we gotta go, we're takin' water", lexicon())]
    assert said == ["we", "got", "to", "go", ",", "we", "are", "taking", "water"]
    assert [t.w for t in tokenize("goin’ down", lexicon())] == ["going", "down"]


def test_a_repeated_name_is_one_caller() -> None:
    """Recognised speech has no capitals: the repetition delimits the name."""
    result = classify("traffic this is queen of the north queen of the north queen of the north")
    calls = [a for a in result.acts if a.kind == "call"]
    assert [a.slots.get("caller") for a in calls] == ["queen of the north"]
