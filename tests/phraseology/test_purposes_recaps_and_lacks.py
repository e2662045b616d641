"""Readings of the twenty-first session's tuning probes, each with its near miss: what a
speaker goes to find out is no object of what it does; a lack said without a verb
negates nothing before it; a recap of what was heard is a read-back; "if I were you"
advises; "what do you intend" asks for intentions; a report passed on through "who
reports" relays it; persons out of the water are rescued; a French clitic after its
subject opens no clause.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the purpose of finding out names nothing the clause is about
        ("Je vais me rapprocher doucement pour voir s'ils ont des gilets", "intention"),
        ("ils ont des gilets", "report.persons"),
        ("they have no lifejackets", "report.persons"),
        # "plus de moteur" after a comma lacks an engine; it does not deny the sinking
        ("on coule, plus de moteur, de l'eau partout", "distress.declare"),
        ("monsieur on va mourir ici, plus de moteur, de l'eau partout", "distress.declare"),
        ("nous n'avons plus de moteur", "report.status"),
        ("on ne coule plus", "information"),
        # a recap of the other station's message
        (
            "Donc je reprends, quarante personnes, moteur en panne, deux femmes enceintes",
            "readback",
        ),
        ("so to recap, forty people, engine failed, two pregnant women", "readback"),
        ("je reprends la route au nord", "intention"),
        # advice in the speaker's place; an offer to come is not
        ("if I were you I'd head back in, there's a gale coming", "advice"),
        ("à votre place je rentrerais au port", "advice"),
        ("I will head back in to you", "assistance.offer"),
        # intentions asked with a wh-word
        ("what do you intend with the rubber boat", "question.intentions"),
        ("what are you planning", "question.intentions"),
        # a distress reported by another, passed on
        (
            "on a un pêcheur qui nous signale un pneumatique avec des gens à l'eau",
            "distress.relay",
        ),
        ("we have a fishing boat reporting people in the water", "distress.relay"),
        ("on a des gens à l'eau", "report.persons"),
        # everyone out of the water is rescued; still in it is not
        ("everyone is out of the water", "report.rescued"),
        ("tout le monde est hors de l'eau", "report.rescued"),
        ("everyone is still in the water", "report.persons"),
        ("the man is in the water", "report.persons"),
        # "bien copié" is a receipt, with the figures it hears back; "une copie" is not
        ("Bien copié, quarante personnes.", "readback"),
        ("quarante personnes, bien copié", "readback"),
        ("une copie de la liste", "information"),
        # a person handed on said to one addressed as "tu" ("je vous le passe" is as
        # often a telephone passed: it stays information)
        ("je te le confie", "coordination.handover"),
        ("je te les passe", "coordination.handover"),
        ("je vous le passe", "information"),
        # the French "station calling"
        ("station appelant cross med répétez", "procedure.say-again"),
        # the French present said to the addressee orders, with the verbs of a unit's
        # orders; the addressee's own state or drift is told, a condition supposes
        ("vous maintenez le contact visuel", "instruction"),
        ("vous vous placez au vent de l'embarcation", "instruction"),
        ("vous attendez mes ordres", "instruction"),
        ("vous me rendez compte toutes les quinze minutes", "instruction"),
        ("vous vous rendez sur zone", "task"),
        ("vous dérivez vers le sud", "information"),
        # (a condition, no order: what follows it warns of the danger)
        ("si vous maintenez ce cap vous allez vous échouer", "warning"),
        # "attendez" after a verb holds the floor while the figure is found
        ("euh on est attendez cinquante et un zéro zéro nord", "report.position"),
        # "on les débarque": the clitic after "on" is the verb's object
        ("on les débarque à Dunkerque", "report.landing"),
        ("on débarque à Dunkerque", "report.landing"),
    ],
)
def test_reading(text: str, kind: str) -> None:
    assert classify(text).primary == kind
