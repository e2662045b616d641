"""Call-ups said otherwise, checked with the real pipeline: French "CROSS Gris-Nez, ici
Flamant", "Gris-Nez de Flamant", "ici Gris-Nez pour Flamant"; "Sea Otter calling
Humber Coastguard"; a name shortened to its last word ("Risban" for "Notre-Dame du
Risban").

Each names the called station and the caller, so the utterance gets its addressee (the
ledgers' first contact and every reply read from it). "Ici" is also "here", "de" and
"pour" are everywhere in French, "calling" is also a verb: they count only beside
known stations, and each
reading has its near miss beside it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checker.phraseology import classify
from checker.report.model import Report
from tests.protocol.reading import said

HEADER = """\
@title: appels en français
@date: 2025-07-22
@timezone: Europe/Paris
@rules: sar
@station GRISNEZ: rcc party=FR aka="CROSS Gris-Nez", "Gris-Nez"
@station FLAMANT: vessel party=FR unit=state aka="Flamant"
@station ABEILLE: vessel party=FR aka="Abeille"
@station SNSM: vessel party=FR unit=ngo aka="Notre-Dame du Risban"
@station FALMOUTH: rcc party=UK aka="Falmouth Coastguard"
@station HUMBER: rcc party=UK aka="Humber Coastguard"
@station OTTER: vessel party=UK aka="Sea Otter"
@station DINGHY: casualty persons=40 aka="l'embarcation"

"""


@pytest.fixture
def run(checked_radio: Callable[[str], Report]) -> Callable[[str], Report]:
    return lambda body: checked_radio(HEADER + body)


def _call(report: Report, words: str) -> dict[str, object]:
    event = said(report, words)
    return next(a.slots for a in event.acts if a.kind == "call" and a.source == "grammar")


@pytest.mark.parametrize(
    ("speaker", "text", "called", "caller"),
    [
        ("FLAMANT", "CROSS Gris-Nez, ici Flamant, parlez.", "GRISNEZ", "FLAMANT"),
        ("FLAMANT", "Gris-Nez, Gris-Nez, ici Flamant, Flamant, à vous.", "GRISNEZ", "FLAMANT"),
        # the caller's article, and the recogniser's text without commas
        ("GRISNEZ", "flamant ici le cross gris nez", "FLAMANT", "GRISNEZ"),
        ("FLAMANT", "Gris-Nez de Flamant, nous avons une embarcation.", "GRISNEZ", "FLAMANT"),
        ("ABEILLE", "Gris-Nez d'Abeille, j'écoute.", "GRISNEZ", "ABEILLE"),
        ("GRISNEZ", "Ici Gris-Nez pour Flamant, bien reçu.", "FLAMANT", "GRISNEZ"),
        ("GRISNEZ", "Bonjour, Notre-Dame du Risban, ici CROSS Gris-Nez.", "SNSM", "GRISNEZ"),
        # a lifeboat answers by the last word of its name
        ("SNSM", "Gris-Nez, Risban, je vous écoute.", "GRISNEZ", "SNSM"),
        ("OTTER", "Sea Otter calling Humber Coastguard.", "HUMBER", "OTTER"),
        ("OTTER", "This is Sea Otter calling Humber Coastguard, over.", "HUMBER", "OTTER"),
        ("OTTER", "Humber, Sea Otter calling.", "HUMBER", "OTTER"),
    ],
)
def test_a_french_call_up_names_both_stations(
    run: Callable[[str], Report], speaker: str, text: str, called: str, caller: str
) -> None:
    report = run(f"10:00 {speaker}: {text}\n")
    slots = _call(report, text[:12])
    assert (slots.get("called_id"), slots.get("caller_id")) == (called, caller)
    assert said(report, text[:12]).addressee == called


@pytest.mark.parametrize(
    "text",
    [
        # "ici" is "here", "de" and "pour" are words of the message
        "Vous n'êtes pas autorisés à stationner ici.",
        "Ici, ce sont les eaux françaises.",
        "Il y a de l'eau ici, à bord.",
        "Le bateau de pêche est à côté.",
        "C'est pour l'embarcation.",
        "We are calling the lifeboat now.",
    ],
)
def test_here_of_and_for_call_nobody(run: Callable[[str], Report], text: str) -> None:
    report = run(f"10:00 FLAMANT: {text}\n")
    event = said(report, text[:12])
    assert not [a for a in event.acts if a.kind == "call" and a.source == "grammar"]
    assert event.addressee is None


def test_a_name_shortened_must_be_one_station(run: Callable[[str], Report]) -> None:
    # "Coastguard" ends two stations' names: nobody is called by it
    report = run("10:00 FLAMANT: Flamant, Coastguard, over.\n")
    assert not [
        a for a in said(report, "Flamant, Coast").acts if a.kind == "call" and a.source == "grammar"
    ]
    # "Risban" ends one
    report = run("10:00 FLAMANT: Risban, Flamant, over.\n")
    assert _call(report, "Risban, Flamant") == {
        "called": "risban",
        "called_id": "SNSM",
        "caller": "flamant",
        "caller_id": "FLAMANT",
    }


def test_the_reply_to_a_french_call_up_answers_its_caller(run: Callable[[str], Report]) -> None:
    report = run(
        "10:00 FLAMANT: CROSS Gris-Nez, ici Flamant.\n"
        "10:01 GRISNEZ: Flamant, Gris-Nez, j'écoute.\n"
        "10:02 FLAMANT: Gris-Nez de Flamant, une embarcation avec quarante personnes à bord.\n"
    )
    assert [e.addressee for e in report.events if e.kind == "utterance"] == [
        "GRISNEZ",
        "FLAMANT",
        "GRISNEZ",
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the addressee's "if you want" ends the clause it qualifies, said unpunctuated
        (
            "on peut aller voir le voilier si vous voulez on est pas loin un mille",
            "assistance.offer",
        ),
        ("if you like we can come alongside", "assistance.offer"),
        # said first, it leans on what follows, as every condition does
        ("si vous voulez on y va", "assistance.offer"),
        ("si vous voulez on est pas loin", "information"),
    ],
)
def test_if_you_want_qualifies_the_clause_before_it(text: str, kind: str) -> None:
    assert classify(text).primary == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a known station called first, unpunctuated, before an order or a question
        ("sea otter have you got an eta for the lifeboat", "question"),
        ("flamant maintenez le contact visuel", "instruction"),
        # its name as the subject of a statement is no call
        ("sea otter is on scene", "report.position"),
    ],
)
def test_a_name_said_first_unpunctuated_calls_the_station(
    run: Callable[[str], Report], text: str, kind: str
) -> None:
    event = said(run(f"10:00 GRISNEZ: {text}\n"), text[:12])
    assert event.primary == kind
    assert ("call" in [a.kind for a in event.acts]) == (kind != "report.position")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the station asked for on the line; a person asked for is a question
        ("Hello, good evening, is this RCC Malta?", "call"),
        ("c'est bien le CROSS Gris-Nez ?", "call"),
        ("is that Mrs Pryce", "question"),
        ("Is this correct?", "question"),
        # a signal heard and received, then the go-ahead
        ("Pan-pan received, go ahead.", "ack"),
        ("pan pan pan pan pan pan this is mhairi bhan", "urgency.declare"),
    ],
)
def test_the_station_asked_for_and_the_signal_received(text: str, kind: str) -> None:
    assert classify(text).primary == kind


def test_a_casualty_said_by_its_name_is_what_the_clause_is_about(
    run: Callable[[str], Report],
) -> None:
    # "l'embarcation" is DINGHY's name: going there offers help; going to a unit does not
    report = run(
        "10:00 FLAMANT: We can proceed to l'embarcation, we are two miles away.\n"
        "10:01 FLAMANT: We can proceed to Sea Otter.\n"
    )
    first, second = (e for e in report.events if e.kind == "utterance")
    assert first.primary == "assistance.offer"
    clause = next(a.clause for a in first.acts if a.kind == "assistance.offer")
    assert clause is not None and "casualty" in clause["objects"]
    assert second.primary != "assistance.offer"


def test_a_name_called_after_a_discourse_opener(run: Callable[[str], Report]) -> None:
    report = run("10:00 GRISNEZ: So, Sea Otter, I ask you to proceed to the dinghy.\n")
    event = said(report, "So, Sea Otter")
    assert event.primary == "task"
    assert event.acts[0].kind == "call"
