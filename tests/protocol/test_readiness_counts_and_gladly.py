# ruff: noqa: E501
"""Protocol readings of the thirtieth session's tuning incidents, with the real
pipeline, each with its near miss:

- (a unit held at readiness: test_units_named_and_medevacs.py);
- a first alert that names no declared casualty is the one whose persons it counts;
- an offer taken up gladly ("oui volontiers, merci. Faites route …") is accepted
  first, though the reply also sends the unit;
- the name of the station a receipt answers is no read-back ("Bien reçu Petit
  Gildas").
"""

from __future__ import annotations

from collections.abc import Callable

from checker.report.model import Report
from tests.protocol.reading import ledger, said

HOTLINE = """\
@title: a hotline relays a dinghy, a child declared apart
@date: 2024-08-12
@rules: uk-fr-channel
@station GRIS-NEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station HOTLINE: unknown unit=ngo aka="Alerte Detroit"
@station DINGHY: casualty persons=~47 aka="the small boat", "the dinghy"
@station CHILD: casualty persons=1 aka="the child"

05:41 Alerte Detroit -> CROSS Gris-Nez (phone): Allô, le CROSS Gris-Nez ? On a reçu un appel d'un bateau de migrants, à peu près cinquante personnes, il y a de l'eau dans le bateau.
05:42 CROSS Gris-Nez -> Alerte Detroit (phone): Oui madame, CROSS Gris-Nez. Vous avez une position ?
"""


def test_a_first_alert_is_the_casualty_whose_persons_it_counts(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(HOTLINE)
    assert ledger(report, "coordination", "DINGHY")[0] == "GRIS-NEZ first-contact"
    # near miss: a count far from any declared casualty's tells none apart
    far = checked_radio(
        HOTLINE.replace("à peu près cinquante personnes", "à peu près quinze personnes")
    )
    assert ledger(far, "coordination", "DINGHY") == []


NETTER = """\
@title: a netter offers to look for a windsurfer
@date: 2024-06-18
@rules: sar
@station ETEL: rcc party=FR aka="CROSS Etel", "Etel"
@station WINDSURFER: casualty persons=1 aka="le véliplanchiste"
@station GILDAS: vessel party=FR aka="Petit Gildas"

16:50 CROSS Etel -> ALL: Mayday relay, mayday relay, mayday relay, ici CROSS Etel. Véliplanchiste disparu près de la cardinale ouest. Tous les navires dans le secteur sont priés de veiller et de rendre compte.
16:55 Petit Gildas -> CROSS Etel: CROSS Etel, ici le Petit Gildas. On rentre au port, euh, on peut regarder en passant si vous voulez.
"""


def test_an_offer_taken_up_gladly_is_accepted_first(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(
        NETTER
        + "16:56 CROSS Etel -> Petit Gildas: Petit Gildas, Etel, oui volontiers, merci. Faites route sur le véliplanchiste et récupérez-le.\n"
    )
    assert said(report, "On rentre au port").primary == "assistance.offer"
    assert said(report, "oui volontiers").primary == "assistance.accept"
    # near miss: a bare yes with the sending is the tasking
    sent = checked_radio(
        NETTER
        + "16:56 CROSS Etel -> Petit Gildas: Petit Gildas, Etel, affirmatif. Faites route sur le véliplanchiste et récupérez-le.\n"
    )
    assert said(sent, "affirmatif").primary == "task"


def test_the_name_a_receipt_answers_is_no_read_back(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(
        NETTER
        + "17:58 Petit Gildas -> CROSS Etel: Etel, Petit Gildas, on est à quai, les pompiers l'ont pris en charge.\n"
        + "18:00 CROSS Etel -> Petit Gildas: Bien reçu Petit Gildas, merci pour votre aide. On clôture l'affaire.\n"
    )
    assert said(report, "On clôture").primary == "case.close"
    # near miss: words of the message said back after the receipt are
    echoed = checked_radio(
        NETTER
        + "17:58 Petit Gildas -> CROSS Etel: Etel, Petit Gildas, voile orange en vue, nord-est de la bouée.\n"
        + "18:00 CROSS Etel -> Petit Gildas: Bien reçu, voile orange, nord-est bouée. Vous vous approchez ?\n"
    )
    assert "readback" in [a.kind for a in said(echoed, "voile orange, nord").acts]
