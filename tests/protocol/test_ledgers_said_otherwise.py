"""Readings of the twentieth session's tuning incidents, checked with the real pipeline:
who took the case and who took the persons, said in other words than before.

A unit that tows a boat away ("we take it to the Turkish side") or takes persons ("on
prend les trois gars") takes no coordination; "no RCC is taking the case" denies it; a
centre that says the case "is now with" another, or calls "for transfer the
coordination", hands it over. A unit hands on the persons it took ("I propose you to
take the six persons we recovered"), never those of a boat it took none from; a
rescuer that "has all four persons on board" reports them rescued, a patient "lying
down in the wheelhouse" is not. A centre's first contact starts at the call-up that
opened the exchange; persons in the water are in distress; an offer declined is no
acquiescence; a line passed to the craft in trouble is a plan, not a handover; a case
offered to a unit keeps the centre's first contact. Call-ups said as a recogniser gives
them ("ketch harbour jrcc halifax go get him") or by a shortened call sign ("Rescue,
Aurora Spirit, …") are call-ups.

Every transcript is a small ``.radio`` file checked with the real pipeline; each reading
has its near miss beside it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checker.phraseology import classify
from checker.report.model import Report
from tests.protocol.reading import ledger, said

HEADER = """\
@title: ledgers said otherwise
@date: 2025-07-22
@timezone: +00:00
@rules: sar
@zone FR-SRR: srr party=FR
@station CROSS: rcc party=FR aka="CROSS Jobourg", "Jobourg"
@station JERSEY: rcc party=JE aka="Jersey Coastguard"
@station HALIFAX: rcc party=CA aka="JRCC Halifax", "Halifax JRCC", "JRCC"
@station CUTTER: vessel party=CA unit=state aka="Ketch Harbour", "the cutter"
@station HELO: aircraft party=CA aka="Rescue 914", "Rescue nine one four"
@station SHIP: vessel party=LR aka="Aurora Spirit"
@station FRIGATE: vessel party=FR unit=state aka="Belle-Ile"
@station TUG: vessel party=FR aka="Abeille"
@station PATROL: vessel party=FR unit=state aka="Becasseau"
@station CUTTER2: vessel party=UK unit=state aka="Warden"
@station DINGHY-1: casualty persons=50 aka="the first small boat"
@station DINGHY-2: casualty persons=45 aka="the second small boat"
@station YACHT: casualty persons=3 aka="Alcyon", "the yacht"

"""


@pytest.fixture
def run(checked_radio: Callable[[str], Report]) -> Callable[[str], Report]:
    return lambda body: checked_radio(HEADER + body)


def primary(text: str) -> str:
    return classify(text).primary


# ------------------------------------------------------------ coordination in other words


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a unit moving the boat takes no case; taking "it" from here does
        ("We are taking the boat, er, we take it to the Turkish side.", "intention"),
        ("yeah okay we'll take it from here thanks", "coordination.accept"),
        # (after a receipt, alone, the reply to an offer: test_taken_up_after_a_yes.py)
        ("Okay, we take it now.", "coordination.accept"),
        ("We take it now.", "coordination.assume"),
        # persons taken are persons, not the case ("on le prend" is the case)
        ("On prend les trois gars maintenant.", "intention"),
        ("Bon, on le prend.", "coordination.assume"),
        # the case said to be with another, or handed over by the call that says so
        (
            "Coordination of the Baltic Wren case is now with JRCC Goteborg.",
            "coordination.handover",
        ),
        (
            "I call you for transfer the coordination of a French sailing yacht.",
            "coordination.handover",
        ),
        ("I call you for the weather in the area.", "information"),
        # "voyez avec" sends the caller to another; "voyez avec moi" keeps it
        ("Voyez directement avec eux, ils ont le numéro.", "coordination.redirect"),
        ("Voyez avec moi pour la suite.", "instruction"),
        # a language spoken to the craft is no other authority
        ("you'll be talking French to him anyway", "instruction"),
        ("you will have to call Falmouth Coastguard", "coordination.redirect"),
    ],
)
def test_the_case_taken_or_passed_in_other_words(text: str, kind: str) -> None:
    assert primary(text) == kind


def test_no_centre_taking_the_case_is_denied_not_taken() -> None:
    clause = next(a for a in classify("and no RCC is taking the case").acts if a.clause is not None)
    assert clause.clause is not None and clause.clause.get("polarity") == "negative"
    assert "coordination.assume" not in [a.kind for a in classify("no RCC is taking the case").acts]
    assert primary("the RCC is taking the case") == "coordination.assume"


# ------------------------------------------------------------ persons taken


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("on a pris le blessé à bord", "report.rescued"),
        ("on a pris le cap au nord", "information"),
        # the patient cared for where he is is no rescue
        ("We have him lying down in the wheelhouse.", "information"),
        ("We've got him, he's aboard.", "report.rescued"),
        # a list sent is no unit sent
        ("I send the crew list in ten minutes.", "report.status"),
        ("We send a boat to them.", "task"),
        ("We resume for Portland.", "intention"),
        # kept at the search by the co-ordinator; kept listening is no search
        ("keep looking for the others", "task"),
        ("continuez les recherches", "task"),
        ("keep a listening watch", "instruction"),
        # a fishing boat shoots its nets, not at anybody
        ("we'll shoot away again and keep fishing", "intention"),
        ("we will shoot if you do not stop", "warning"),
        ("we've got both of them", "report.rescued"),
        # help offered by name or by going there; proposing that another goes instructs
        ("We propose our help for the yacht Alcyon.", "assistance.offer"),
        ("we can go there", "assistance.offer"),
        ("I propose you go there", "instruction"),
        ("on ne peut pas entrer dans vos eaux", "permission.lacking"),
        # the verb tried is the predicate; the speaker's own boat launched is a plan
        ("I'm gonna try and call them again on the sat phone", "intention"),
        ("we are trying to keep her afloat", "report.status"),
        ("I will launch the daughter craft now", "intention"),
        ("we are launching the lifeboat to you", "assistance.offer"),
        # a unit sent to fetch those in danger by a pronoun
        ("go get him", "task"),
        ("allez les chercher", "task"),
        ("go back to port", "instruction"),
        # "we're going to sink, please": the plea's "vous" threatens nobody
        ("on va couler vite s'il vous plait", "distress.declare"),
        ("on va couler votre bateau", "warning"),
        # the reason said first leans on the assessment that follows it
        (
            "Compte tenu de la voie d'eau et de la météo, nous passons en phase de détresse.",
            "phase.assess",
        ),
    ],
)
def test_persons_taken_and_units_sent(text: str, kind: str) -> None:
    assert primary(text) == kind


# ------------------------------------------------------------ rescuers' counts


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("We have all four persons on board", "report.rescued"),
        ("we have the six on board now", "report.rescued"),
        ("We have fifty-four persons on board from lifeboat one", "report.rescued"),
        ("We have all the people on board", "report.rescued"),
        # its own people, or persons not yet known: no rescue told
        ("we have 12 crew on board", "report.persons"),
        ("we have forty people on board", "report.persons"),
    ],
)
def test_a_rescuers_count_of_known_persons_aboard_is_a_rescue(
    run: Callable[[str], Report], words: str, kind: str
) -> None:
    r = run(
        "10:00 YACHT -> CROSS: Mayday, Alcyon, we are sinking, three persons.\n"
        "10:01 CROSS -> YACHT: Alcyon, Jobourg, received mayday.\n"
        f"10:30 TUG -> CROSS: Jobourg, Abeille, {words}.\n"
    )
    assert said(r, words).primary == kind


# ------------------------------------------------------------ first contact


def test_first_contact_starts_at_the_call_up_that_opened_the_exchange(
    run: Callable[[str], Report],
) -> None:
    r = run(
        "13:01 YACHT -> CROSS: jobourg jobourg\n"
        "13:01 CROSS -> YACHT: Station calling Jobourg, this is Jobourg, say again your name, "
        "over.\n"
        "13:02 YACHT -> CROSS: Jobourg, this is Alcyon. Pan-pan, pan-pan, pan-pan. Engine stopped, "
        "no propulsion.\n"
        "13:02 * YACHT is in FR-SRR\n"
    )
    assert ledger(r, "coordination", "YACHT") == ["CROSS first-contact"]
    assert r.responsibility[0].from_line == said(r, "jobourg jobourg").line


def test_without_a_call_up_the_case_is_the_centres_from_the_alert(
    run: Callable[[str], Report],
) -> None:
    r = run(
        "13:00 * YACHT is in FR-SRR\n"
        "13:02 YACHT -> CROSS: Jobourg, this is Alcyon. Pan-pan, pan-pan, pan-pan. Engine "
        "stopped.\n"
    )
    assert ledger(r, "coordination", "YACHT") == ["none by-region", "CROSS first-contact"]


def test_a_case_offered_to_a_unit_keeps_the_centres_first_contact(
    run: Callable[[str], Report],
) -> None:
    r = run(
        "10:18 HELO -> HALIFAX: JRCC, Rescue 914, we've got a man in the water, he went over the "
        "side of the Aurora Spirit.\n"
        "10:18 HALIFAX -> CUTTER: ketch harbour jrcc halifax go get him man in the water port side "
        "he's all yours\n"
        "10:19 CUTTER -> HALIFAX: jrcc ketch harbour copy\n"
    )
    event = said(r, "go get him")
    call = next(a for a in event.acts if a.kind == "call")
    # "Ketch Harbour" is said as the tokeniser spells it ("harbor") and still found
    assert (call.slots.get("called_id"), call.slots.get("caller_id")) == ("CUTTER", "HALIFAX")
    assert event.primary == "task"
    sr03 = [v for v in r.verdicts if v.rule == "SR03"]
    assert sr03 and all(v.outcome != "violated" for v in sr03)


MOB = """\
@title: man in the water
@date: 2025-07-22
@rules: sar
@station HALIFAX: rcc party=CA aka="JRCC Halifax", "JRCC"
@station CUTTER: vessel party=CA unit=state aka="Ketch Harbour"
@station HELO: aircraft party=CA aka="Rescue 914"
@station MOB: casualty persons=1 aka="the man overboard"

"""


def test_persons_in_the_water_open_the_rescue_ledger_as_a_distress(
    checked_radio: Callable[[str], Report],
) -> None:
    r = checked_radio(
        MOB + "10:18 HELO -> HALIFAX: JRCC, Rescue 914, we've got a man in the water, no "
        "lifejacket.\n"
        "10:19 HALIFAX -> CUTTER: Ketch Harbour, JRCC Halifax, proceed to the man in the water "
        "and recover him.\n"
    )
    assert ledger(r, "rescue", "MOB") == ["none none", "CUTTER tasked"]
    # nobody in the water: no distress, and nothing opens the rescue ledger
    r = checked_radio(
        MOB + "10:18 HELO -> HALIFAX: JRCC, Rescue 914, the injured man is resting in the cabin, "
        "nobody in the water.\n"
    )
    assert ledger(r, "rescue", "MOB") == []


# ------------------------------------------------------------ custody handed on


PERSONS_RECOVERED = (
    "01:40 CROSS -> PATROL: Becasseau, Jobourg, vous faites route sur le premier small boat.\n"
    "01:41 * CROSS tasks PATROL to DINGHY-1\n"
    "01:43 PATROL -> CROSS: Jobourg, Becasseau, we have the second small boat here, people in "
    "the water.\n"
    "01:52 * PATROL recovers 6 persons from DINGHY-2\n"
)


def test_a_unit_hands_on_the_persons_it_took_whatever_else_it_names(
    run: Callable[[str], Report],
) -> None:
    r = run(
        PERSONS_RECOVERED
        + "02:10 PATROL -> CUTTER2: Warden, Becasseau. I propose you to take the six persons we "
        "recovered, they go with you to Dover, okay? We must go back quickly for our first small "
        "boat.\n"
        "02:10 CUTTER2 -> PATROL: yeah no problem we'll take them send your rib to our port side\n"
        "02:41 * CUTTER2 recovers 6 persons from DINGHY-2\n"
    )
    assert said(r, "I propose you").primary == "coordination.handover"
    assert ledger(r, "rescue", "DINGHY-2")[-1] == "CUTTER2 handed-over"
    # the first boat, named in passing, is not handed on: the patrol took nobody from it
    assert "CUTTER2 handed-over" not in ledger(r, "rescue", "DINGHY-1")


def test_proposing_to_take_them_oneself_is_no_handover() -> None:
    assert primary("I propose to take the six persons on board") != "coordination.handover"
    assert primary("je vous propose de prendre les six rescapés") == "coordination.handover"


# ------------------------------------------------------------ offers and lines


def test_an_offer_declined_is_no_acquiescence(run: Callable[[str], Report]) -> None:
    body = (
        "02:00 YACHT -> JERSEY: Mayday, Alcyon, we are dismasted and taking water, three "
        "persons.\n"
        "02:01 JERSEY -> YACHT: Alcyon, Jersey Coastguard, received mayday.\n"
        "08:00 FRIGATE -> JERSEY: Jersey Coastguard, this is Belle-Ile. We propose our help for "
        "the yacht Alcyon, we can go there.\n"
    )
    declined = run(
        body + "08:01 JERSEY -> FRIGATE: Belle-Ile, Jersey Coastguard, thank you for the offer. "
        "It is not necessary, the tug is on the way. Thank you.\n"
    )
    assert "FRIGATE acquiesced" not in ledger(declined, "rescue", "YACHT")
    # thanks alone let the French frigate go in the Jersey centre's case: acquiesced
    thanked = run(
        body + "08:01 JERSEY -> FRIGATE: Belle-Ile, Jersey Coastguard, thank you very much.\n"
    )
    assert ledger(thanked, "rescue", "YACHT")[-1] == "FRIGATE acquiesced"


@pytest.mark.parametrize(("to", "kind"), [("YACHT", "intention"), ("TUG", "coordination.handover")])
def test_a_line_passed_to_the_craft_in_trouble_is_a_plan(
    run: Callable[[str], Report], to: str, kind: str
) -> None:
    r = run(
        "02:00 YACHT -> CROSS: Mayday, Alcyon, we are dismasted, three persons.\n"
        f"08:30 FRIGATE -> {to}: Okay. We will pass you the tow from our stern. Over.\n"
    )
    assert said(r, "We will pass you the tow").primary == kind


# ------------------------------------------------------------ call-ups and read-backs


def test_a_shortened_call_sign_before_the_callers_name_is_a_call_up(
    run: Callable[[str], Report],
) -> None:
    r = run(
        "10:00 SHIP -> HELO: Rescue, Aurora Spirit, sorry, say again the speed?\n"
        "10:01 SHIP -> HALIFAX: Rescue, we need help.\n"
    )
    call = next(a for a in said(r, "say again the speed").acts if a.kind == "call")
    assert (call.slots.get("called_id"), call.slots.get("caller_id")) == ("HELO", "SHIP")
    # a word alone that names nobody else is the message
    assert "call" not in [a.kind for a in said(r, "we need help").acts]


def test_a_read_back_after_a_yes_and_a_receipt_is_the_read_back(
    run: Callable[[str], Report],
) -> None:
    r = run(
        "02:10 YACHT -> CROSS: Jobourg, Alcyon, position four four five eight north, zero zero "
        "eight two seven west, three POB, water ingress.\n"
        "02:12 CROSS -> YACHT: Yes, good morning. Okay, I copy, four four five eight north, zero "
        "zero eight two seven west, three POB.\n"
    )
    assert said(r, "I copy").primary == "readback"


# ------------------------------------------------------------ second wave


ACCENTS = """\
@title: names with accents
@date: 2025-07-22
@rules: sar
@station CORSEN: rcc party=FR aka="CROSS Corsen", "Corsen"
@station ETEL: rcc party=FR aka="CROSS Étel", "Étel"
@station HELI: aircraft party=FR unit=state aka="Caïman Marine", "Caïman"
@station KAYAK: casualty persons=1 aka="le kayakiste"

"""


@pytest.mark.parametrize(
    ("speaker", "addressee", "text"),
    [
        ("CORSEN", "HELI", "caïman corsen est-ce que vous avez un visuel sur le kayakiste"),
        ("CORSEN", "HELI", "caiman corsen est-ce que vous avez un visuel sur le kayakiste"),
        ("ETEL", "HELI", "Caïman, CROSS Étel, est-ce que vous avez un visuel sur le kayakiste?"),
    ],
)
def test_names_with_accents_are_found_as_the_tokeniser_folds_them(
    checked_radio: Callable[[str], Report], speaker: str, addressee: str, text: str
) -> None:
    r = checked_radio(ACCENTS + f"20:40 {speaker} -> {addressee}: {text}\n")
    event = said(r, "visuel")
    call = next(a for a in event.acts if a.kind == "call" and a.source == "grammar")
    assert (call.slots.get("called_id"), call.slots.get("caller_id")) == (addressee, speaker)
    assert event.primary == "question"


def test_the_question_mark_of_a_sentence_does_not_come_before_the_tasking_in_it() -> None:
    text = (
        "Skipper, could you go to a sailing yacht, dismasted, er, about two miles south-west "
        "of you, and stand by her till the lifeboat arrives?"
    )
    assert primary(text) == "task"
    assert primary("Skipper, can you see the yacht from where you are?") == "question"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Voilà, je vous le confie: Erwan, quarante-six ans.", "coordination.handover"),
        ("je vous le passe, ne quittez pas", "information"),
        # shadowing taken on is no coordination
        ("bien reçu, on la prend en suivi d'ici quinze minutes", "information"),
        ("bien reçu, on prend la coordination", "coordination.assume"),
    ],
)
def test_custody_entrusted_and_shadowing_taken_on(text: str, kind: str) -> None:
    assert primary(text) == kind


def test_the_holder_agreeing_to_another_unit_taking_the_casualty_hands_it_over(
    run: Callable[[str], Report],
) -> None:
    body = (
        "16:00 YACHT -> JERSEY: Pan-pan, Alcyon, dismasted, one injured, three persons.\n"
        "16:05 JERSEY -> TUG: Abeille, Jersey Coastguard, proceed to the yacht Alcyon and "
        "escort her.\n"
        "16:20 FRIGATE -> TUG: Abeille, Belle-Ile. If you want to run your casualty in, we can "
        "take the yacht off your hands. Over.\n"
    )
    agreed = run(
        body + "16:21 TUG -> FRIGATE: Belle-Ile, Abeille, yeah, that'd be great, cheers.\n"
    )
    assert ledger(agreed, "rescue", "YACHT")[-1] == "FRIGATE handed-over"
    # the centre's thanks let it act, within what it offered: no handover
    thanked = run(body + "16:21 JERSEY -> FRIGATE: Belle-Ile, Jersey Coastguard, thank you.\n")
    assert "FRIGATE handed-over" not in ledger(thanked, "rescue", "YACHT")


def test_having_the_escort_handed_over_accepts_it(run: Callable[[str], Report]) -> None:
    r = run(
        "16:00 YACHT -> JERSEY: Pan-pan, Alcyon, dismasted, three persons.\n"
        "16:05 JERSEY -> TUG: Abeille, Jersey Coastguard, proceed to the yacht Alcyon and "
        "escort her.\n"
        "16:41 TUG -> FRIGATE: Belle-Ile, Abeille, okay, the yacht is yours.\n"
        "16:41 FRIGATE -> TUG: Roger, we have the escort. Belle-Ile.\n"
    )
    assert said(r, "we have the escort").primary == "coordination.accept"
    assert ledger(r, "rescue", "YACHT")[-1] == "FRIGATE handed-over"


def test_a_number_said_alone_that_is_a_call_sign_counts_nobody(
    checked_radio: Callable[[str], Report],
) -> None:
    body = (
        "06:00 YACHT -> JERSEY: Mayday, Alcyon, we are sinking, three persons.\n"
        "06:13 TUG -> JERSEY: Jersey Coastguard, four one two. We will take the persons on "
        "board now.\n"
    )
    # the tug's name carries the number: its call sign
    named = HEADER.replace('aka="Abeille"', 'aka="Abeille", "Abeille four one two"')
    kinds = [a.kind for a in said(checked_radio(named + body), "four one two").acts]
    assert "report.persons" not in kinds
    assert "intention" in kinds
    # a tug whose name carries no number: the number said alone is a count
    kinds = [a.kind for a in said(checked_radio(HEADER + body), "four one two").acts]
    assert "report.persons" in kinds


def test_no_thanks_and_no_tow_decline_the_offer_said_with_a_question(
    run: Callable[[str], Report],
) -> None:
    r = run(
        "14:30 YACHT -> JERSEY: Pan-pan, Alcyon, dismasted, three persons.\n"
        "14:36 TUG -> YACHT: Alcyon, Abeille. Vous avez besoin de quelque chose? On peut vous "
        "passer une remorque si vous voulez.\n"
        "14:37 YACHT -> TUG: Abeille, Alcyon. Non, merci, pas de remorque pour l'instant, le "
        "skipper préfère attendre le canot.\n"
    )
    assert "assistance.decline" in [a.kind for a in said(r, "pas de remorque").acts]


def test_persons_a_centre_wants_a_unit_to_take_are_asked_not_handed_over(
    run: Callable[[str], Report],
) -> None:
    body = "04:00 YACHT -> JERSEY: Mayday, Alcyon, rudder broken, four persons.\n"
    asked = run(
        body + "04:50 JERSEY -> TUG: Captain, I would like you to take the family on board.\n"
    )
    assert said(asked, "take the family").primary != "coordination.handover"
    # a unit that holds the persons hands them on in the same words
    held = run(
        body + "04:40 * TUG recovers 4 persons from YACHT\n"
        "04:50 TUG -> FRIGATE: Belle-Ile, Abeille, I would like you to take the family on "
        "board.\n"
    )
    assert said(held, "take the family").primary == "coordination.handover"


def test_a_unit_takes_the_person_not_the_case_the_centre_holds(
    checked_radio: Callable[[str], Report],
) -> None:
    r = checked_radio(
        ACCENTS.replace(
            '@station KAYAK: casualty persons=1 aka="le kayakiste"',
            '@station KAYAK: casualty persons=1 aka="le kayakiste"\n'
            '@station SNSM: vessel party=FR unit=ngo aka="SNSM", "le semi-rigide"\n'
            '@station JET: vessel party=FR unit=state aka="jet-ski"',
        )
        + "15:42 CORSEN -> SNSM: SNSM, Corsen, un kayakiste en dérive, vous appareillez.\n"
        "15:43 SNSM -> CORSEN: Corsen, SNSM, on appareille, trois équipiers.\n"
        "15:55 * JET recovers 1 persons from KAYAK\n"
        "16:00 JET -> SNSM: SNSM, jet-ski, vous le prenez ?\n"
        "16:00 SNSM -> JET: Ouais ouais, on le prend, mets-toi à bâbord.\n"
    )
    coordination = ledger(r, "coordination", "KAYAK")
    assert coordination[-1] == "CORSEN first-contact"
    assert not any(s.startswith(("SNSM", "JET")) for s in coordination)
    assert ledger(r, "rescue", "KAYAK")[-1] == "SNSM handed-over"
    # the lifeboat's crew is not the kayak's
    kayak = next(c for c in r.casualties if c.id == "KAYAK")
    assert kayak.persons.on_board == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("we have a light in the water two hundred metres off your port quarter", "information"),
        ("we have water in the engine room", "report.status"),
        ("Are you ready to take him from us?", "request"),
        ("we are ready to take them", "assistance.offer"),
        ("Amenez-le au semi-rigide de la SNSM", "instruction"),
        # "listen to me" before more holds the floor; alone, it orders
        (
            "Okay sir, listen to me. You are in French waters, you need to call the French.",
            "coordination.redirect",
        ),
        ("Listen to me.", "instruction"),
        # a rank said with a name orders nothing; "hold at" waits, a hold is a place
        (
            "Morning Halifax, it's MRCC Falmouth, watch manager Dan Hocking. We've got a 406 "
            "beacon alert, the yacht Kestrel, one POB.",
            "distress.relay",
        ),
        ("Hold at the line.", "instruction"),
        ("fire in the hold", "report.status"),
        ("We can offer you Hurricane for the recovery.", "assistance.offer"),
        ("amenez un médecin", "request.assistance"),
    ],
)
def test_sightings_asks_and_orders(text: str, kind: str) -> None:
    assert primary(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a person named, then taken up again by a pronoun: the statement is the point
        ("The skipper, we give him over to you, ja?", "coordination.handover"),
        ("mon frère, il est dans la mer", "distress.relay"),
        # what the speaker will do with the persons is its plan
        ("We'll put one man on the yacht and take her in tow to Den Helder.", "intention"),
        ("we have 40 persons on board", "report.persons"),
        # going to a craft in distress is a tasking, not a hazard ahead
        (
            "Request you proceed with best speed to position three four three five north, "
            "zero one three zero five east, rubber boat in distress.",
            "task",
        ),
        ("you are heading into danger, the rocks are ahead", "warning"),
        # custody offered as a question; how many a unit can take is asked
        ("can we hand them over to you so they're all together?", "coordination.handover"),
        ("can we give you the position?", "question"),
        ("combien de personnes vous pouvez prendre à bord, à peu près?", "question"),
        ("can you take them on board?", "task"),
        # the addressee engaged is tasked; a boat sent to the addressee is help offered
        ("Allô, Jean-Bart? C'est le CROSS. On vous engage, une embarcation s'est brisée.", "task"),
        ("on vous envoie le canot", "assistance.offer"),
    ],
)
def test_topics_plans_and_custody_asked(text: str, kind: str) -> None:
    assert primary(text) == kind


def test_a_bare_we_accept_with_the_yes_to_an_offer_of_help_accepts_the_help(
    run: Callable[[str], Report],
) -> None:
    body = (
        "05:00 YACHT -> CROSS: Mayday, Alcyon, we are sinking, three persons.\n"
        "05:01 CROSS -> YACHT: Alcyon, Jobourg, received mayday.\n"
        "05:10 FRIGATE -> CROSS: Jobourg, this is Belle-Ile. We can assist, we are six miles "
        "away.\n"
    )
    r = run(
        body + "05:11 CROSS -> FRIGATE: Belle-Ile, Jobourg. Yes, thank you, we accept. Please "
        "proceed at your best speed.\n"
    )
    assert "coordination.accept" not in [a.kind for a in said(r, "we accept").acts]
    # the centre keeps its first contact: accepting help takes no case
    assert ledger(r, "coordination", "YACHT")[-1] == "CROSS first-contact"
