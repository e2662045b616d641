# ruff: noqa: E501
"""Protocol and rule readings of the thirty-first session's tuning wave, with the real
pipeline, each with its near miss:

- a centre that "launches the lifeboat" ("je déclenche la vedette") to the lifeboat
  station itself sends the addressee: it is tasked (said to a fishing boat that relays,
  the lifeboat is another unit and the fishing boat is sent nowhere);
- a unit tasked by the coastal state keeps its consent to act in that state's waters
  after another unit is tasked beside it (CH02 is satisfied, not violated);
- persons who wave the patrol boat away ("ils nous font signe de partir") call for no
  help: no distress begins there;
- a case refused in answer to an order to take the persons aboard ("je ne les prends
  pas") refuses the order (to a handover it rejects the case);
- a yes that says the order is done ("c'est bon, tout le monde est à bord") reports the
  rescue; a yes with a plan complies.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.report.model import Report
from tests.protocol.reading import ledger

ANGLERS = """\
@title: two anglers adrift off Saint-Malo, the lifeboat launched
@date: 2024-07-14
@rules: sar
@station CORSEN: rcc party=FR aka="CROSS Corsen", "Corsen"
@station MARIE-LOU: casualty persons=2 aka="Marie-Lou", "le Marie-Lou"
@station SNSM-SM: vessel party=FR unit=ngo aka="SNSM Saint-Malo", "vedette SNSM de Saint-Malo"
@station PECHEUR: vessel flag=FR aka="Trois Frères"

15:16 Marie-Lou -> CROSS Corsen: Corsen, Marie-Lou, on est en panne de moteur, on dérive vers les rochers, deux personnes à bord.
15:17 CROSS Corsen -> Marie-Lou: Marie-Lou, Corsen, bien reçu, mettez vos gilets.
"""


def test_the_lifeboat_launched_is_the_lifeboat_called(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        ANGLERS
        + "15:23 CROSS Corsen -> SNSM Saint-Malo: Saint-Malo, ici Corsen, je déclenche la vedette pour le Marie-Lou, deux personnes à bord, en dérive vers les roches.\n"
        + "15:24 SNSM Saint-Malo -> CROSS Corsen: Bien reçu Corsen, on appareille d'ici un quart d'heure.\n"
    )
    assert ledger(report, "rescue", "MARIE-LOU")[-1] == "SNSM-SM tasked"
    # near miss: said to a fishing boat, the lifeboat is another unit, and the fishing
    # boat is not sent
    other = checked_radio(
        ANGLERS
        + "15:23 CROSS Corsen -> Trois Frères: Trois Frères, ici Corsen, je déclenche la vedette pour le Marie-Lou, restez en veille.\n"
    )
    assert "PECHEUR tasked" not in ledger(other, "rescue", "MARIE-LOU")


MOB = """\
@title: man overboard in French waters, a UK helicopter accepted, a French boat sent
@date: 2024-11-02
@rules: uk-fr-channel
@station GRIS-NEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station SHIP: vessel flag=MT aka="Nordhaven Star"
@station MOB: casualty persons=1 aka="man overboard", "the man"
@station R172: aircraft party=UK unit=state aka="Rescue 172", "Rescue one seven two"
@station KERLOUAN: vessel party=FR unit=state aka="Kerlouan"

07:44 Nordhaven Star -> CROSS Gris-Nez: Gris-Nez, Nordhaven Star, mayday, man overboard, one crew member is missing, position five zero five five north zero zero one two five east.
07:45 * MOB is at 50°55.0'N 001°25.0'E
07:45 CROSS Gris-Nez -> Nordhaven Star: Nordhaven Star, Gris-Nez, received mayday, man overboard.
07:58 Rescue 172 -> CROSS Gris-Nez: Gris-Nez, Rescue one seven two, we can assist with your man overboard, fifteen minutes to your datum.
07:59 CROSS Gris-Nez -> Rescue 172: Rescue one seven two, Gris-Nez, yes, we accept with thanks. Proceed to the datum and search.
08:05 CROSS Gris-Nez -> Kerlouan: Kerlouan, ici Gris-Nez, je vous engage sur l'homme à la mer du Nordhaven Star, faites route sur zone.
08:15 * R172 arrives on scene
"""


def _ch02(report: Report) -> list[str]:
    return [f"{v.outcome} {v.party}" for v in report.verdicts if v.rule == "CH02"]


def test_consent_given_holds_after_another_unit_is_tasked(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(MOB)
    assert _ch02(report) == ["satisfied UK"]
    assert "France's tasking" in next(v.explanation for v in report.verdicts if v.rule == "CH02")
    # near miss: a helicopter that came without France's word acts without consent
    alone = checked_radio(
        MOB.replace(
            "07:59 CROSS Gris-Nez -> Rescue 172: Rescue one seven two, Gris-Nez, yes, we accept with thanks. Proceed to the datum and search.\n",
            "",
        )
    )
    assert _ch02(alone) == ["violated UK"]


DINGHY = """\
@title: a small boat refuses help, then crosses the line
@date: 2024-10-05
@rules: uk-fr-channel
@station GRIS-NEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station KEREON: vessel party=FR unit=state aka="Kereon"
@station DINGHY: casualty persons=~50 aka="le small boat", "the small boat"

05:02 Kereon -> CROSS Gris-Nez: Gris-Nez, Kereon. Le small boat, une cinquantaine de personnes à bord, fait route au nord-ouest. Ils refusent toujours notre assistance, ils nous font signe de partir.
05:03 * DINGHY is at 50°56.0'N 001°26.0'E
05:04 CROSS Gris-Nez -> Kereon: Kereon, Gris-Nez, reçu, continuez l'accompagnement.
"""


def test_persons_who_wave_the_helper_away_call_for_no_help(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(DINGHY)
    first = next(e for e in report.events if e.line and e.text and "signe de partir" in e.text)
    assert first.primary != "distress.relay"
    assert "distress.relay" not in [a.kind for a in first.acts]
    # near miss: persons waving their lifejackets call for help
    waving = checked_radio(
        DINGHY
        + "05:40 Kereon -> CROSS Gris-Nez: gris nez kereon le moteur a l'air de caler il y a des gens qui font des signes avec les gilets\n"
    )
    said = next(e for e in waving.events if e.text and "font des signes" in e.text)
    assert said.primary == "distress.relay"


SHADOWED = """\
@title: a patrol boat asked to take the persons aboard
@date: 2024-10-06
@rules: uk-fr-channel
@station GRIS-NEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station MACREUSE: vessel party=FR unit=state aka="Macreuse"
@station DINGHY: casualty persons=~40 aka="le small boat"

04:10 Macreuse -> CROSS Gris-Nez: Gris-Nez, Macreuse, on accompagne le small boat, une quarantaine de personnes.
04:16 CROSS Gris-Nez -> Macreuse: Macreuse, Gris-Nez, prenez les personnes à bord.
"""


def test_a_case_refused_in_answer_to_an_order_refuses_it(
    checked_radio: Callable[[str], Report],
) -> None:
    report = checked_radio(
        SHADOWED
        + "04:17 Macreuse -> CROSS Gris-Nez: Négatif Gris-Nez, je ne les prends pas, ils refusent qu'on s'approche.\n"
    )
    reply = next(e for e in report.events if e.text and "je ne les prends pas" in e.text)
    assert reply.primary == "refuse"
    # near miss: said to a handover of the case, it rejects the case
    handed = checked_radio(
        SHADOWED.replace(
            "prenez les personnes à bord", "je vous passe la coordination du small boat"
        )
        + "04:17 Macreuse -> CROSS Gris-Nez: Négatif Gris-Nez, je ne les prends pas.\n"
    )
    said = next(e for e in handed.events if e.text and "je ne les prends pas" in e.text)
    assert said.primary == "coordination.reject"


def test_a_yes_that_says_the_order_done_reports_it(checked_radio: Callable[[str], Report]) -> None:
    report = checked_radio(
        SHADOWED
        + "05:22 Macreuse -> CROSS Gris-Nez: Gris-Nez, Macreuse, c'est bon, tout le monde est à bord, quarante et une personnes.\n"
    )
    reply = next(e for e in report.events if e.text and "tout le monde est à bord" in e.text)
    assert reply.primary == "report.rescued"
    # near miss: a yes with a plan carries the order out
    yes = checked_radio(SHADOWED + "04:17 Macreuse -> CROSS Gris-Nez: Oui Gris-Nez, on y va.\n")
    said = next(e for e in yes.events if e.text and "on y va" in e.text)
    assert said.primary == "comply"
