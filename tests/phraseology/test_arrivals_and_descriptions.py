# ruff: noqa: E501
"""Help announced by its time of arrival (checker.phraseology.on_the_way): a unit
moving towards somewhere, said with a time to go, is an ``assistance.offer``; a
passage to port, a clock time, and the same words after a receipt are not. A craft
described by its looks (checker.phraseology.clause_described) is a statement of
fact, not its condition.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the speaker's movement with a time to go
        ("I am proceeding to her, my ETA is around four zero minutes, over", "assistance.offer"),
        (
            "Shetland Coastguard, fishing vessel Harvest Moon, I am proceeding to the North Star, three miles off, ETA twenty minutes, over.",
            "assistance.offer",
        ),
        (
            "CROSS Jobourg, SNSM Barfleur, nous faisons route vers le voilier Aurora, arrivée estimée dans trente-cinq minutes.",
            "assistance.offer",
        ),
        ("we are diverting to the casualty eta half an hour", "assistance.offer"),
        # a unit said to be on its way, to the casualty or to the caller
        ("The Border Force is on its way to them, ETA about thirty minutes", "assistance.offer"),
        ("the cutter is en route to the dinghy eta fifteen minutes", "assistance.offer"),
        (
            "Le canot tous temps de Boulogne fait route vers vous, il sera sur zone dans vingt minutes.",
            "assistance.offer",
        ),
        # near miss: the same movement without a time of arrival is a plan
        ("we are diverting to the position, we are five miles off", "intention"),
        # near miss: a clock time is a passage's arrival, not help's
        (
            "we'll steam for Newlyn, we're a man short and the lads are shook up, er, eta about six tomorrow morning, over",
            "intention",
        ),
        ("on fait route sur Boulogne, arrivée vers sept heures et demie.", "intention"),
        # near miss: a passage home or to port
        ("we are heading back to the harbour with him eta twenty minutes", "intention"),
        # near miss: after a receipt the movement carries out an order
        (
            "Gris-Nez, Kermorvan, bien reçu, nous faisons route, arrivée sur zone dans vingt minutes.",
            "comply",
        ),
        ("dover cutter wilco proceeding at best speed eta two zero minutes", "comply"),
    ],
)
def test_help_on_the_way(text: str, kind: str) -> None:
    assert classify(text).primary == kind


def test_the_offer_names_the_frame_it_was_read_from() -> None:
    """The relabelled act keeps its clause and says which frame read it, with the
    time of arrival that made it an offer ("…+eta"), for the explanation."""
    act = next(
        a
        for a in classify("I am proceeding to her, my ETA is around four zero minutes").acts
        if a.kind == "assistance.offer"
    )
    assert act.frame is not None and act.frame.endswith("+eta")
    assert act.clause is not None and act.clause["predicate"] == "proceed"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a craft described by its looks: a plain statement of fact
        ("the boat is called sea lark it is small white boat with a blue cabin", "information"),
        (
            "C'est un bateau de cinq mètres, coque blanche, il s'appelle le P'tit Mousse.",
            "information",
        ),
        (
            "it's a blue and white fishing boat the lady jean about twenty foot with a little cabin at the front",
            "information",
        ),
        # near miss: a part's state said with the looks still reports
        ("white boat, the engine is dead", "report.status"),
        ("the blue boat has engine failure", "report.status"),
        # near miss: a part named without a description reports
        ("we have water in the cabin", "report.status"),
    ],
)
def test_a_craft_described_is_no_state(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "this one", "that one" and French "ce" before a noun open a noun subject
        ("this one is yours", "coordination.handover"),
        ("that one will sink", "distress.declare"),
        ("ce bateau coule", "distress.declare"),
        # near miss: "ce" as the pronoun of "être" and its kin
        ("Ce serait bien que vous restiez en veille sur le seize cette nuit", "request"),
        # "no mate": a clause of leads hails its last word, it counts nobody
        ("no mate we can't get to them it's way too far for the boards in this wind", "refuse"),
        # near miss: "no" before people counts them
        ("no persons missing", "report.persons"),
    ],
)
def test_subjects_pointed_at_and_hails(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # too far to help
        (
            "Sorry, we are too far to be useful, three two miles, deep loaded, only eleven knots.",
            "assistance.unable",
        ),
        ("on est trop loin pour intervenir", "assistance.unable"),
        # near miss: a condition asks nothing of the speaker
        ("if you're too far tell me", "information"),
        # persons run back to the beach are carried, no case is taken
        ("we'll run them straight back to the beach, quickest", "intention"),
        # near miss: "we'll run it from here" takes the case
        ("we'll run it from here", "coordination.assume"),
    ],
)
def test_too_far_and_run_back(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a closing headline said first, unpunctuated, ends its clause
        (
            "case closed the child has been found safe and well with his family all units stand down thank you",
            "case.close",
        ),
        ("search terminated the missing man has been found", "search.terminate"),
        # near miss: "by" goes on with the headline; the report alone stays a report
        ("case closed by dover", "case.close"),
        ("the child has been found safe and well", "report.rescued"),
        # the station that called MAYDAY, answered with what was heard
        (
            "station calling mayday this is solent coastguard understood you are taking water what is your position",
            "distress.ack",
        ),
        # near miss: the call-up alone
        ("station calling mayday this is solent coastguard over", "call"),
        # "madam" hails, the order follows
        (
            "Madam, press the red button marked distress on the radio and hold it for five seconds",
            "instruction",
        ),
        # leave asked as a possibility of the speaker's
        (
            "Is it possible that we continue to follow him in your waters, we are very close to him",
            "permission.request",
        ),
        ("is it okay if we launch our boat", "permission.request"),
    ],
)
def test_headlines_hails_and_leave(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # persons pulled out with their count between the verb and its particle
        (
            "we've just pulled six swimmers out of a rip at the north end all conscious",
            "report.rescued",
        ),
        # a French participle agreed with its object is past ("on les a récupérés")
        ("on les a récupérés", "report.rescued"),
        # near miss: "avoir" with a noun is no past
        ("on a deux personnes", "report.persons"),
        # persons said safe aboard the unit
        (
            "the four persons from Sea Spray are safely aboard, the cruiser has sunk",
            "report.rescued",
        ),
        ("ils sont tous à bord en sécurité", "report.rescued"),
        # near miss: asked whether it is safe to board
        ("is it safe to go aboard", "question"),
    ],
)
def test_persons_recovered_said_otherwise(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an arrival said as the time to go after the verb, or as "will be" at a place
        ("La vedette de Boulogne arrive dans quinze minutes, tenez bon.", "assistance.offer"),
        ("Valiant will be alongside in about ten minutes.", "assistance.offer"),
        ("Nordic Star is altering course to assist, ETA two five minutes.", "assistance.offer"),
        # near miss: a call back in ten minutes moves nobody; a course altered is no help
        ("we'll call you back in ten minutes", "intention"),
        ("we are altering course to starboard", "intention"),
        # a search suspended, its subject run on through a participle and complements
        (
            "les recherches du kayakiste disparu au large de Wissant sont suspendues pour la nuit.",
            "search.suspend",
        ),
        (
            "all stations this is dover coastguard search for person in the water off dover harbour suspended pending further information",
            "search.suspend",
        ),
        # near miss: a quantified subject opens its own clause after the participle
        (
            "ici gris nez fin des recherches pour le kayakiste disparu toutes les unités sont libérées",
            "search.terminate",
        ),
    ],
)
def test_arrivals_said_otherwise_and_searches_suspended(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a plea with the craft's parts failing and water coming in declares distress
        ("please help us, engine is stop, water is coming in the boat", "distress.declare"),
        # thanks said as praise of the helper
        ("oh mate that's brilliant, cheers, honestly, cheers", "thanks"),
        ("Thank you so much, you've been very kind.", "thanks"),
        # near miss: praise of the weather thanks nobody; help taken gladly accepts it
        ("the weather is brilliant today", "information"),
        ("that would be brilliant, yes please send the lifeboat", "assistance.accept"),
    ],
)
def test_pleas_with_parts_failing_and_praise(text: str, kind: str) -> None:
    assert classify(text).primary == kind
