# ruff: noqa: E501
"""Readings of the twenty-seventh session's tuning material (each with a near miss),
with the real classifier:

- the speaker's own state said before its distress is what it declares; an
  onlooker's, or where the speaker is, is not;
- a position said before a question of intentions is its reason;
- the trouble said of someone told of before ("there's a bloke in a kayak and he's
  gone over, he's in the water") relays it;
- persons or a state said before the case is passed are what is passed;
- a centre named in lower case ("cross gris nez") is no order to cross, a cry of
  "fire, fire" is no order to fire, a station's name before "out" signs off;
- "when you arrive do not go alongside" orders, it asks nothing;
- a person aboard a rescuing unit is rescued; the phase said as where the case stands
  is assessed; a unit that can divert to the addressee or come out to meet it offers.
"""

from __future__ import annotations

import pytest

from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # one's own state, then the distress
        (
            "hello police? we are in the boat, the engine is stop and water is coming, we are sinking, help",
            "distress.declare",
        ),
        # near misses: an onlooker's report, and where the speaker is
        ("the boat is er taking a lot of water now, the front is going down", "report.status"),
        (
            "My ship near beach, island Christmas … my ship is dangerous … can you save me?",
            "report.position",
        ),
        # a position, then the intentions asked
        (
            "Kestrel, this is French warship Pluvian. The small boat is now in your waters. What do you intend to do with him? Over.",
            "question.intentions",
        ),
        # someone told of, then his trouble
        (
            "hi, er, yeah, there's a, there's a bloke in a kayak and he's gone over, he's in the water out in the bay",
            "distress.relay",
        ),
        (
            "there's a small yacht near the pier and she's in trouble, she's drifting onto the rocks",
            "distress.relay",
        ),
        # near miss: the speaker's own crew
        ("we have a man here, he is in the wheelhouse", "information"),
        # persons and a place, then the case passed
        (
            "The small boat we are following, forty-five, forty-six people, it is now on your side, about half mile after the line. We pass it to you, okay?",
            "coordination.handover",
        ),
        (
            "Typhoon, Flamant, the case is for you now, the boat has entered your waters and we stop the escort.",
            "coordination.handover",
        ),
        # names and cries that are no orders
        (
            "dover coastguard cross gris nez we accept coordination of the case from one four two zero local",
            "coordination.accept",
        ),
        ("Copy that, Valiant out.", "ack"),
        ("Our ship, ah, fire, fire in engine room, smoke very much", "report.status"),
        # near misses: orders after all
        ("Rescue two people.", "task"),
        ("cross the line now", "instruction"),
        ("Master, when you arrive do not go alongside. Stay at a safe distance.", "instruction"),
        # rescued, phase, offers
        (
            "Dan? They've found him. He's on the lifeboat, he's okay, he's cold but he's talking.",
            "report.rescued",
        ),
        ("he's still on the phone, he is in the water near the lifeboat", "report.persons"),
        (
            "Pour votre info, on est en phase de détresse sur cette affaire, à cause des mineurs et de la voie d'eau.",
            "phase.assess",
        ),
        (
            "We can divert to you, we are about eight miles north-east of you, ETA three zero minutes",
            "assistance.offer",
        ),
        (
            "Flamant, Ranger, roger, we can come out and meet them at the line, we are about eight miles away",
            "assistance.offer",
        ),
        # a yes/no question about taking water asks no intentions
        ("Est-ce que vous faites de l'eau ? À vous.", "question"),
        # WILCO, then how the order is carried out
        (
            "Dover, Valiant, copy, wilco, holding off at two cables and keeping them visual",
            "comply",
        ),
        # the distress heard: the station called by its trouble, its danger said back
        (
            "vessel in distress, this is Humber Coastguard, roger, what is your position over",
            "distress.ack",
        ),
        ("bien reçu, vous coulez, quelle est votre position", "distress.ack"),
        # near miss: a state said back, then the question (the real corpus)
        ("roger, you are taking on water, how many on board", "question"),
        # relays, rescues, acceptances, redirects, plans asked
        (
            "following received from yacht silver tern position five zero five eight north zero zero one two seven east taking water rapidly four persons on board",
            "distress.relay",
        ),
        (
            "Mrs Cole, it's the coastguard again, good news, your husband's been found, he's safe",
            "report.rescued",
        ),
        ("the body has been found near the rocks", "report.persons"),
        (
            "Gris-Nez, Kermorvan, les deux personnes à l'eau ont été récupérées, elles sont en hypothermie.",
            "report.rescued",
        ),
        (
            "athos this is ranger we accept to take over the dinghy at the line over",
            "coordination.accept",
        ),
        (
            "ridens typhoon roger we accept the hand over at the line thank you for your support",
            "coordination.accept",
        ),
        (
            "that position is in French waters, you'll need to pass it to CROSS Gris-Nez directly",
            "coordination.redirect",
        ),
        ("gris nez dover can you tell us where you intend to land them", "question.intentions"),
        # circumstances, help one cannot be, help asked of nobody named
        ("With the beacon going off we're treating this as a distress now.", "phase.assess"),
        (
            "we cannot be of any assistance, we are loaded tanker, no towing gear",
            "assistance.unable",
        ),
        ("please, will you send somebody out to look for them?", "request.assistance"),
        ("can you send your lifeboat to them please", "task"),
        # the speaker's own people before a relative aboard; a dinghy seen full of people
        (
            "We have two injured. My husband Joost, he was hit on the head by the boom.",
            "report.persons",
        ),
        (
            "j'ai un pneumatique devant moi plein de monde, ils appellent au secours.",
            "distress.relay",
        ),
        # rescued: the French recent past with its clitic, a unit that has him, the
        # casualty said taken up; help asked of anyone; reasons before help one cannot give
        ("l'hélicoptère vient de le treuiller, il est vivant, il bouge", "report.rescued"),
        ("the lifeboat has him, one male, conscious but very cold", "report.rescued"),
        ("the lifeboat has him in sight", "information"),
        (
            "Solent, Rescue one six four, casualty recovered into the aircraft, en route Queen Alexandra",
            "report.rescued",
        ),
        ("Solent, one seven five, wilco, flare going now", "comply"),
        (
            "is there anyone who could give us a tow back in, we're not in a massive hurry",
            "request.assistance",
        ),
        (
            "sorry coastguard, we're only a small yacht with two elderly crew, we can't be of any help to them in this sea",
            "assistance.unable",
        ),
        # the case taken, taken off one's hands; help come over; a state said back
        (
            "Escaut, ici CROSS Gris-Nez. je prends la coordination pour l'embarcation que vous accompagnez depuis Gravelines.",
            "coordination.assume",
        ),
        (
            "Falmouth, it's Milford. Can you take a job off me? Paddleboarder blown offshore at Whitsand Bay",
            "coordination.handover",
        ),
        (
            "we're about half a mile north of you under engine, we can come over and stand by you",
            "assistance.offer",
        ),
        ("You've run out of fuel completely, no reserve tank at all? Over.", "question"),
        (
            "Roger Yarmouth. For your information it's not a Mayday at the moment, they're clear of the rocks",
            "phase.assess",
        ),
        ("vous procédez au sauvetage, vous prenez tout le monde à bord.", "task"),
        # near miss: the casualty's own way, said by its pronoun, offers nothing
        (
            "l'embarcation fait route au trois cent vingt, elle sera à la ligne médiane dans vingt minutes",
            "information",
        ),
        # the stations called and calling said first, each to its comma
        (
            "Gris-Nez, Dover, roger, Dover accepts coordination, we'll send Typhoon to intercept",
            "coordination.accept",
        ),
        ("Southampton VTS, Dreamcatcher, altering to starboard now, sorry about that", "intention"),
        # near miss: a noun and its state said first is no name
        ("Boat capsized, we need help", "report.status"),
        # unpunctuated French: a subject and its agreeing verb open a clause
        (
            "allô oui c'est encore moi Karim de wissant euh vous allez faire quoi maintenant",
            "question.intentions",
        ),
        (
            "jobourg gris nez la responsabilité vous est transférée à compter de quatorze heures",
            "coordination.handover",
        ),
        # persons said landed; a seen craft's engine failing relays it
        (
            "Holyhead, Moelfre lifeboat, two persons landed safe and well at Amlwch",
            "report.landing",
        ),
        (
            "we see here a small rubber boat with very much people, they are waving to us. the engine is not going I think.",
            "distress.relay",
        ),
        # near miss: the speaker's own engine
        (
            "hi um coastguard this is Dizzy Lizzie, just a little motor boat, our engine's packed up and we're drifting off Selsey",
            "report.status",
        ),
    ],
)
def test_reading(text: str, primary: str) -> None:
    reads(text, primary)
