# ruff: noqa: E501
"""Readings of the thirty-second session's second look at its tuning material, each
with its near miss: the topic a message names first ("about the boat with the forty
people, …"); a craft said to have crossed the line reports where it is; a service's
craft is help, and the speaker's own unit is the speaker; a case left to the addressee
is handed over; information withheld is refused; the station thanked named first;
persons making signs call for help; "you are in the water" said back acknowledges the
distress; French "on" opens a clause in recognised speech.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the topic named first; "about" before a number approximates
        (
            "Hi Dover, Calais again, about the boat with the forty people, she just passed the median line at one five four two local.",
            "report.position",
        ),
        ("about forty people on board", "report.persons"),
        # crossing a line said done; said as a condition or a plan it is not
        ("l'embarcation a franchi la ligne médiane", "report.position"),
        ("we crossed the line", "report.position"),
        (
            "Flamant, dès que l'embarcation passe la ligne, vous prévenez Dover sur le seize",
            "instruction",
        ),
        # a service's craft on its way is help; a craft of a nation may be the casualty
        (
            "A Border Force boat is on its way to you, it will be there in about twenty minutes.",
            "assistance.offer",
        ),
        ("the French boat is sinking", "distress.declare"),
        ("notre patrouilleur reste sur zone", "intention"),
        # a case left to the addressee; leaving now is a plan
        ("we leave the boat to you now we stop at the line", "coordination.handover"),
        ("we leave now", "intention"),
        # information withheld is refused; help not given is inability
        ("We cannot give you the case number, sorry, it is internal.", "refuse"),
        ("je ne peux pas vous donner cette information", "refuse"),
        ("we cannot give you any assistance", "assistance.unable"),
        # the station thanked named first
        ("merci Ker Anna pour votre aide précieuse", "thanks"),
        ("thank you Sea Wren for your help tonight", "thanks"),
        # persons making signs call for help; waving the helper away does not
        (
            "ouais on vient de voir un pneumatique plein de monde à trois milles dans le nord du cap ils font des grands signes",
            "distress.relay",
        ),
        ("ils nous font signe de partir", "information"),
        ("on fait des grands signes", "information"),
        # the addressee's distress said back; others in the water are heard back
        (
            "okay sir I understand you are in the water and the boat is sinking, rescue is coming",
            "distress.ack",
        ),
        ("understand you are in the wheelhouse", "readback"),
        # French "on" after "pour nous" opens its clause; "nous on" is one
        (
            "c'est bon pour nous on vous passe la main pour le small boat numéro trois",
            "coordination.handover",
        ),
        ("nous on vous passe la main", "coordination.handover"),
    ],
)
def test_topics_services_crossings_and_signs(text: str, kind: str) -> None:
    assert classify(text).primary == kind
