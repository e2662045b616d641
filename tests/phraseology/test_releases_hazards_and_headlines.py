# ruff: noqa: E501
"""Readings of the thirty-second session's mid-session tuning probes, each with its
near miss: a unit let go back to its station is told so (an instruction); nothing to
send is an inability; a hazard to navigation reported is a warning, persons found
with it are reported; an alert said cancelled after a demonstrative and its noun; the
casualty landed or handed over, said as a headline; a diver who did not come up
refuses nothing; leave asked for the speaker's unit; "let us know" asks to be told;
SMCP's "say again all after", "c'est exact", "merci quand même".
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a unit let go back to its station; a passer-by let resume its own way
        (
            "Seahouses lifeboat, Humber, you can return to station, thanks for your help.",
            "instruction",
        ),
        ("ramsgate team you can stand down and return to station cheers for that", "instruction"),
        ("you can carry on fishing", "permission.grant"),
        # nothing to send
        (
            "Sorry Shannon, nothing available, 924 is tasked and the Scillies boat is off service.",
            "assistance.unable",
        ),
        ("désolé, on n'a aucun moyen disponible", "assistance.unable"),
        # a hazard reported; persons found
        (
            "Wooden debris and an empty liferaft canister reported in position five three two zero north, zero zero two four five east, dangerous to small craft.",
            "warning",
        ),
        ("we found debris and two persons in the water", "report.persons"),
        # an alert cancelled, named with a demonstrative; a demonstrative alone
        (
            "That beacon alert south of the Fastnet is cancelled, it came off the bracket in the weather, crew all fine.",
            "distress.cancel",
        ),
        ("this alert is cancelled", "distress.cancel"),
        ("that sounds good", "information"),
        # landed or handed over, as a headline; an aircraft's landing carries nobody
        ("casualty handed over at treliske", "report.landing"),
        (
            "corsen dragon deux neuf on est posé à brest les trois personnes sont remises aux pompiers",
            "report.landing",
        ),
        # a diver not seen again; help that cannot come
        (
            "Solent Coastguard, this is dive boat Sea Mist, we've got a diver missing, he didn't come up at the end of the dive.",
            "report.persons",
        ),
        ("the lifeboat cannot come", "assistance.unable"),
        # leave asked for a unit of the speaker's; to be told, asked for
        (
            "Solent, Jobourg, do you authorise our Goury lifeboat to land the injured man in Alderney?",
            "permission.request",
        ),
        (
            "And could you let us know as soon as you hear anything from the marinas on your side?",
            "request",
        ),
        ("can you hear me", "procedure.radio-check"),
        # procedure, receipts, answers and thanks in other words
        ("all after casualty say again", "procedure.say-again"),
        ("say again all after position", "procedure.say-again"),
        ("oui oui tout à fait c'est exact", "answer.affirmative"),
        ("c'est ça votre position ?", "question"),
        ("Bien reçu Bara-Zur, merci quand même.", "ack"),
        # a unit asked of another centre; leave asked with "would you have a problem"
        ("can you get rescue nine one two up for us please just in case", "request.assistance"),
        ("we need an aircraft for a search off spurn point", "request.assistance"),
        (
            "Would you have a problem if we put our boat in the water and escorted them towards UK waters",
            "permission.request",
        ),
    ],
)
def test_releases_hazards_and_headlines(text: str, kind: str) -> None:
    assert classify(text).primary == kind


def test_french_si_before_a_comma_is_no_condition() -> None:
    """ "si, si, il est là" contradicts a "no" (yes); "si vous voyez …, appelez-nous"
    puts a condition."""
    assert not classify("si, si, il est là").acts[0].clause.get("conditional")  # type: ignore[union-attr]
    conditional = [
        a for a in classify("si vous voyez quelque chose, appelez-nous").acts if a.clause
    ]
    assert any(a.clause.get("conditional") for a in conditional)  # type: ignore[union-attr]
