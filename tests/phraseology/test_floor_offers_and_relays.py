"""Readings that whole probe incidents showed wrong in the sixteenth session: a word
that holds the floor, an offer on the addressee's word said in the present, "aller"
as a verb of going, a "no" that denies a noun, the acknowledgement of a MAYDAY RELAY,
a station said to before its order, and the formulas said to a station by name; each
with the near cases the reading must not catch.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # ("we cannot take it": the case, not help: a handover not taken)
        ("Listen. We cannot take it.", "coordination.reject"),
        ("Écoutez. On ne peut pas prendre le cas.", "coordination.decline"),
        (
            "Falmouth, écoutez... listen. CROSS Jobourg takes back coordination.",
            "coordination.assume",
        ),
        # alone, or with its object, it is what is said
        ("Listen.", "instruction"),
        ("Écoutez.", "instruction"),
        ("Listen. Listen to me.", "instruction"),
    ],
)
def test_listen_before_more_holds_the_floor(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    "first",
    ["Listen. We cannot take it.", "Listen.", "Okay, listen. We cannot take it.", "Okay, listen."],
)
def test_listen_alone_is_read_again_where_it_is_said_last(first: str) -> None:
    """The sentence memo keeps apart a "Listen." said before more from one said alone,
    whichever is said first, and after a lead too ("Okay, listen.")."""
    classify(first)  # fills the memo
    assert classify("Listen. We cannot take it.").primary == "coordination.reject"
    assert classify("Listen.").primary == "instruction"
    assert "instruction" not in [a.kind for a in classify("Okay, listen. We cannot take it.").acts]
    assert "instruction" in [a.kind for a in classify("Okay, listen.").acts]


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Si vous voulez, je remonte mon filet et je vais là-bas.", "assistance.offer"),
        ("Si vous avez besoin, je peux me dérouter.", "assistance.offer"),
        ("If you want, we can head over there.", "assistance.offer"),
        ("Je peux y aller si vous voulez.", "assistance.offer"),
        # no offer without the addressee's word, nor one refused
        ("Je remonte mon filet.", "information"),
    ],
)
def test_offer_on_the_addressees_word(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("on va vers lui", "intention"),
        ("je vais là-bas", "intention"),
        ("je vais appeler le CROSS", "intention"),
        ("On va y aller", "intention"),
        # how the speaker is, not where it goes
        ("Tout va bien à bord.", "report.status"),
        ("tout le monde va bien", "report.persons"),
        ("ils vont bien", "report.persons"),
    ],
)
def test_aller_goes_or_is_a_future(text: str, primary: str) -> None:
    reads(text, primary)


def test_aller_before_a_place_is_the_verb() -> None:
    clause = next(a.clause for a in classify("je vais là-bas").acts if a.clause is not None)
    assert clause["predicate"] == "aller"
    assert "modality" not in clause


@pytest.mark.parametrize(
    "text",
    [
        "About forty people on board, no life jackets.",
        "We are drifting, no engine.",
    ],
)
def test_no_before_a_noun_is_no_answer(text: str) -> None:
    assert "answer.negative" not in [a.kind for a in classify(text).acts]


@pytest.mark.parametrize("text", ["No, we are fine.", "no we are fine", "No sir, we are fine"])
def test_no_before_a_clause_answers(text: str) -> None:
    assert classify(text).acts[0].kind == "answer.negative"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Mayday relay Albatros Two, this is Mare Aperto, Mare Aperto, received Mayday. "
            "We are two five miles north-east of the position.",
            "distress.ack",
        ),
        (
            "Mayday relay, Falcon, Falcon, Falcon, this is Solent Coastguard, "
            "received mayday relay.",
            "distress.ack",
        ),
        ("Mayday Sea Breeze, this is Dover Coastguard, received Mayday.", "distress.ack"),
        # the relay's own news: a MAYDAY received from the casualty, to all or to a centre
        (
            "Mayday relay, mayday relay, mayday relay, this is Falcon. "
            "Received mayday from yacht Sea Breeze.",
            "distress.relay",
        ),
        (
            "Mayday relay, mayday relay, mayday relay, Solent Coastguard this is Falcon. "
            "Received mayday from yacht Sea Breeze.",
            "distress.relay",
        ),
        (
            "Mayday relay, CROSS Etel, ici Penn Sardin. Reçu mayday du voilier Kanevedenn",
            "distress.relay",
        ),
    ],
)
def test_received_mayday_after_a_relay_head_acknowledges_it(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("We start the rescue now.", "intention"),
        ("we launch the RHIB immediately", "intention"),
        ("on commence le transbordement maintenant", "intention"),
        ("We're going in to take them, they won't move.", "intention"),
        ("we are going out to look for them", "intention"),
        # a state, not an action announced
        ("we are sinking now", "distress.declare"),
    ],
)
def test_actions_announced_for_now(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("we ask you to take the coordination", "coordination.handover"),
        ("nous vous demandons de prendre la coordination", "coordination.handover"),
        ("on vous demande d'assurer la coordination", "coordination.handover"),
        (
            "We request you take over a small boat escorted by our ship Sarcelle, "
            "fifty-two persons.",
            "coordination.handover",
        ),
        # help asked is still help asked
        ("We need a lifeboat to take over the tow.", "request.assistance"),
    ],
)
def test_asked_to_take_the_case(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Merci Watchman, bonne journée. Chardonneret terminé.", "thanks"),
        ("Merci Dover, bonne journée.", "thanks"),
        ("Understood Gris-Nez, thanks for letting us know.", "ack"),
    ],
)
def test_a_formula_said_to_a_station_named_is_that_formula(text: str, primary: str) -> None:
    reads(text, primary)
    assert "information" not in [a.kind for a in classify(text).acts]


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Votre mari et votre fils sont dans le radeau de survie", "information"),
        ("tout le monde est dans le radeau", "distress.declare"),
        ("we are in the liferaft", "distress.declare"),
    ],
)
def test_the_addressees_own_in_the_raft_are_told_of(text: str, primary: str) -> None:
    reads(text, primary)


def test_help_asked_for_those_on_board_is_no_rescue() -> None:
    acts = [a.kind for a in classify("quatre personnes à bord, demande assistance immédiate").acts]
    assert "report.rescued" not in acts


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("SNS 076, ici CROSS Jobourg, appareillage immédiat : vedette Soizic en détresse.", "task"),
        ("Ici CROSS Jobourg, appareillage immédiat pour la vedette Soizic.", "task"),
    ],
)
def test_ici_call_up_ends_where_the_message_starts(text: str, primary: str) -> None:
    reads(text, primary)
    calls = [a for a in classify(text).acts if a.kind == "call" and "caller" in a.slots]
    assert calls[0].slots["caller"] == "cross jobourg"
    assert "appareillage" not in (calls[0].matched or "")


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("c'est Dover qui va gérer", "dover"),
        ("c'est maintenant MRCC Dover qui coordonne votre sauvetage", "mrcc dover"),
        ("c'est le CROSS qui coordonne", "cross"),
    ],
)
def test_a_cleft_names_its_agent(text: str, by: str) -> None:
    """ "qui" after "c'est X" is the cleft's relative, not a question; an adverb said
    in it is not the agent's name."""
    act = classify(text).acts[0]
    assert act.kind == "coordination.assume"
    assert act.slots["by"] == by


def test_qui_alone_still_asks() -> None:
    reads("qui va gérer ?", "question")


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "On vous passe la remorque et le voilier, trois personnes à bord. Vous prenez ?",
            "coordination.handover",
        ),
        ("We'll pass the tow to the lifeboat.", "coordination.handover"),
        ("je vous passe le CROSS", "information"),
        ("Douvres, on a transbordé les trois personnes, tout le monde va bien.", "report.rescued"),
        ("we have transferred all three persons to the lifeboat", "report.rescued"),
        ("we will transfer the persons to the lifeboat", "intention"),
    ],
)
def test_tows_passed_and_persons_transferred(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("On vous engage, appareillage immédiat de la 091 pour un caseyeur chaviré", "task"),
        ("je vous envoie des moyens", "assistance.offer"),
        # units engaged named in an address are no tasking
        (
            "À tous les moyens engagés sur le Lann Gwenn, ici CROSS Corsen. "
            "Je suspends les recherches à douze heures trente.",
            "search.suspend",
        ),
        (
            "On vous passe les deux rescapés et la coordination sur zone, ça vous va?",
            "coordination.handover",
        ),
        ("Can you take the tow off us at Black Rock?", "coordination.handover"),
        ("Nous comptons transférer les naufragés sur le canot SNSM.", "intention"),
        ("Rendez compte sur zone, please.", "instruction"),
        ("Rendez-vous sur zone.", "task"),
    ],
)
def test_taskings_and_custody_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "We can alter and stand by the yacht if required, ETA about two hours.",
            "assistance.offer",
        ),
        ("Stand by.", "procedure.stand-by"),
        ("stand by on channel one six", "procedure.stand-by"),
    ],
)
def test_stand_by_a_craft_is_no_proword(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Jobourg, Dragon 50, on a récupéré la troisième personne, un homme, conscient.",
            "report.rescued",
        ),
        ("on a récupéré une personne dans l'eau", "report.rescued"),
        ("la première personne est blessée", "report.persons"),
        ("je ne vois personne", "information"),
        ("all four are aboard", "report.persons"),
        ("les quatre sont à bord", "report.persons"),
    ],
)
def test_a_person_counted_is_no_nobody(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "condition"),
    # ("on a un homme à la mer" is the cry of distress, as "man overboard" is)
    [("on a deux personnes à la mer", "in the water"), ("deux personnes à la mer", "in the water")],
)
def test_overboard_is_in_the_water(text: str, condition: str) -> None:
    act = classify(text).acts[0]
    assert act.slots.get("condition") == condition


def test_the_sea_said_is_no_condition() -> None:
    acts = classify("la mer est belle, deux personnes à bord").acts
    assert all("condition" not in a.slots for a in acts)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Thank you Cutlass, not necessary, we have them.", "assistance.decline"),
        ("No need, thanks.", "assistance.decline"),
        ("no need to thank me", "information"),
        ("You can also call one one two.", "coordination.redirect"),
        ("you can call us on one six", "information"),
    ],
)
def test_declines_and_redirects_in_other_words(text: str, primary: str) -> None:
    reads(text, primary)


def test_dark_clothes_do_not_sink() -> None:
    """ "vêtements sombres" is the adjective, not "sombrer" (to founder)."""
    assert "distress.declare" not in [
        a.kind
        for a in classify("Un homme seul, la trentaine, vêtements sombres, pas de gilet.").acts
    ]
    reads("le bateau sombre", "distress.declare")


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        (
            "Bugale, je vous demande de rejoindre la recherche du Lann Gwenn dans le nord-ouest.",
            "task",
        ),
        ("we request you to proceed to the casualty and assist", "task"),
        ("we request a lifeboat to proceed to us", "request.assistance"),
        ("On vous demande de faire route vers le nord.", "instruction"),
        ("Faites route sur le Guilvinec pour débarquer le rescapé", "instruction"),
        ("Faites route sur le voilier et récupérez l'équipage.", "task"),
        ("Corsen, Dragon 29. On arrive en limite de pétrole, on doit rentrer.", "information"),
    ],
)
def test_units_asked_sent_and_sent_home(text: str, primary: str) -> None:
    reads(text, primary)
