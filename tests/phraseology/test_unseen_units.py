"""What rescue units and rescue centres say in real traffic, in the words they use:
the speaker's state said without "I am", the SAR phase a case is put in, persons
recovered, advice in its hedged forms, help accepted or refused by those in trouble,
and the tail of a call-up.

Each case is a pattern of real speech, written anew, with the near cases the reading
must not catch.
"""

from __future__ import annotations

import pytest

from checker.phraseology import classify
from tests.phraseology.reading import reads


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # radio drops "I am" / "we are" before where the unit is and what it can do
        ("On scene now.", "report.position"),
        ("Alongside the casualty.", "report.position"),
        ("On my way.", "assistance.offer"),
        ("On our way to you.", "assistance.offer"),
        ("Underway to the casualty.", "assistance.offer"),
        ("Unable to assist.", "assistance.unable"),
        ("Ready to assist.", "assistance.offer"),
        # a question, or an order, keeps its own reading
        ("Are you on scene?", "question"),
        ("Hold your position.", "instruction"),
    ],
)
def test_the_speakers_state_said_without_i_am(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the phase raised, lowered or held, in both languages
        ("Thank you, madam, we have now upgraded this to a distress.", "phase.assess"),
        ("We're downgrading to alert now they've got the engine going.", "phase.assess"),
        ("Copy, we're holding it at alert phase for now.", "phase.assess"),
        ("Copy, Dover is treating this as a distress now.", "phase.assess"),
        ("Pour le moment on reste en phase d'incertitude.", "phase.assess"),
        # a case said not to be a distress, or to be an alert
        (
            "Roger, from what you describe this is not a distress yet, it's an alert.",
            "phase.assess",
        ),
        ("Not a distress at this stage, they're making way.", "phase.assess"),
        ("Pour nous c'est pas une détresse, le moteur tourne.", "phase.assess"),
        ("Pour le CROSS, pas de détresse, l'embarcation fait route.", "phase.assess"),
        # a distress call, an alert received, a casualty's own distress are no phase
        ("This is a distress call.", "distress.declare"),
        ("We are in distress.", "distress.declare"),
        ("We have a distress alert from a beacon.", "distress.relay"),
    ],
)
def test_the_phase_a_case_is_put_in(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # persons recovered, by their count or a pronoun, or taken out of the water
        ("Five recovered, one still missing.", "report.rescued"),
        ("Two winched, both on board.", "report.rescued"),
        ("We've pulled him out.", "report.rescued"),
        ("We've got all three out of the water.", "report.rescued"),
        ("Merci CROSS, on a récupéré les quatre.", "report.rescued"),
        ("On a sorti les trois de l'eau.", "report.rescued"),
        ("on a sorti tout le monde de l eau euh vingt deux personnes", "report.rescued"),
        ("Le chalutier a repêché deux personnes.", "report.rescued"),
        # water aboard, or taken out of the boat, is the craft's trouble
        ("On a de l'eau à bord.", "report.status"),
        ("We've taken on water.", "report.status"),
        ("We've got water in the boat.", "report.status"),
    ],
)
def test_persons_recovered(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a hedged suggestion, a suggestion with its subject dropped, what the
        # addressee might want, what the speaker would do in their place, the best
        # course named
        ("I'd suggest you approach from downwind.", "advice"),
        ("Suggest you search inshore first.", "advice"),
        ("You might want to head for Dover rather than Ramsgate.", "advice"),
        ("If I were you I'd get the sails down before it gets any worse.", "advice"),
        ("Best thing you can do is stay with the boat.", "advice"),
        ("It'd be a good idea to keep your phone in a plastic bag.", "advice"),
        ("My recommendation would be to head for Yarmouth.", "advice"),
        ("Le mieux c'est de rester à bord.", "advice"),
        # a warship's bare "I suggest" orders (real speech); a threat warns; a
        # question of whether it is a good idea asks
        ("I suggest you lay down your weapons.", "instruction"),
        ("If you don't stop, I will fire.", "warning"),
        ("Is that a good idea?", "question"),
    ],
)
def test_advice_in_its_hedged_forms(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # those in trouble accept to be taken, in their own words or through another
        ("They agree to go on board your boat.", "assistance.accept"),
        ("They accept, they accept, they just want to get out of the water.", "assistance.accept"),
        ("Ils acceptent d'être récupérés.", "assistance.accept"),
        ("Ils sont d'accord pour monter à bord du canot.", "assistance.accept"),
        ("The skipper's happy to be towed in.", "assistance.accept"),
        ("They're happy to come aboard now.", "assistance.accept"),
        # ... or refuse to be taken, or to be approached, or will manage alone
        ("They refuse to go on the French boat, they only want the British.", "assistance.decline"),
        ("He refuses to come aboard.", "assistance.decline"),
        ("They don't want to come on board, they want to keep going.", "assistance.decline"),
        ("They don't want us near them.", "assistance.decline"),
        ("Ils veulent pas monter, ils attendent les Anglais.", "assistance.decline"),
        ("No thanks, we can make it to Dover on our own.", "assistance.decline"),
        # a helper's readiness offers; a coordination agreed is no help accepted;
        # wanting to come aboard accepts; not wanting to go back declines nothing
        ("They're happy to help.", "assistance.offer"),
        ("We accept the handover.", "coordination.accept"),
        ("They accept your help, they want to come aboard.", "assistance.accept"),
        ("They don't want to go back to Libya.", "information"),
    ],
)
def test_help_accepted_or_refused_by_those_in_trouble(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the rest of the caller's name, its call sign, where it is: part of the call
        ("Motor vessel Nordic Breeze, this is Maltese patrol boat P six one, over.", "call"),
        ("Rubber boat, rubber boat, this is the British warship on your port side, over.", "call"),
        ("Dover Coastguard, this is patrol vessel Kestrel, P one two three, over.", "call"),
        # a report after the call is the point of it
        ("Dover Coastguard, this is Sea Breeze, engine failure, over.", "report.status"),
        ("Dover coastguard this is Sea Breeze, small boat in sight, over", "information"),
    ],
)
def test_a_call_ups_tail(text: str, primary: str) -> None:
    reads(text, primary)


def test_frame_phrases_meet_the_words_the_tokenizer_joins() -> None:
    """A frame written "on board" meets "onboard", as the tokenizer joins the pair:
    "they agree to go on board" accepts (a cue of "board" alone never met it)."""
    result = classify("They agree to go on board your boat.")
    assert result.primary == "assistance.accept"
    assert result.acts[0].frame is not None and result.acts[0].frame.startswith(
        "assistance.accept#"
    )


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a word that warns first, then what to mind
        ("Careful, there are rocks ahead.", "warning"),
        ("careful careful the wave", "warning"),
        ("Faites gaffe, y a des gens à l'eau sur votre route.", "warning"),
        ("Avertissement : coup de vent force huit attendu dans la nuit.", "warning"),
        # "careful" said of how something was done warns of nothing
        ("We came in very carefully.", "information"),
    ],
)
def test_a_word_that_warns_first(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # leave given to carry on, by what the addressee is, or held by them
        ("That's fine, you may share it with the families.", "permission.grant"),
        ("Vous êtes libéré, vous pouvez reprendre votre route, merci.", "permission.grant"),
        ("You are released from the search, you may resume your passage.", "permission.grant"),
        ("No problem, you're fine to anchor there.", "permission.grant"),
        ("Pas de problème, vous avez l'autorisation.", "permission.grant"),
        ("On vous donne le feu vert, allez-y.", "permission.grant"),
        ("Roger, Gris-Nez authorises you to proceed into French waters.", "permission.grant"),
        # leave asked by what the speakers may do
        ("Is it okay if I record this call?", "permission.request"),
        ("Are we okay to leave the scene now, Coastguard?", "permission.request"),
        ("Est-ce qu'on peut reprendre notre route, CROSS ?", "permission.request"),
        ("Any objection if we take them towards UK waters", "permission.request"),
        # leave refused
        ("No, you may not record this conversation.", "permission.deny"),
        ("Non, vous pouvez pas mettre votre embarcation à l'eau ici.", "permission.deny"),
        ("I can't authorise that, stay your side.", "permission.deny"),
        ("L'intervention dans les eaux françaises n'est pas autorisée.", "permission.deny"),
        ("Negative, not approved, remain north of the line.", "permission.deny"),
        ("Refusé, restez dans votre zone.", "permission.deny"),
        # what the addressee can see, or can do to reach help, is no leave given;
        # help refused is no leave refused; the speakers' own leave is no grant
        ("You can see the flare now.", "information"),
        ("They refused the tow.", "assistance.decline"),
        ("No objection.", "permission.grant"),
    ],
)
def test_leave_asked_given_and_refused_in_more_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a centre names itself for what it will do next
        ("The centre will call you back shortly.", "intention"),
        ("Le CROSS va vous rappeler.", "intention"),
        ("The centre will arrange a berth for you at Falmouth.", "intention"),
        ("The centre will call you back if they need anything.", "intention"),
        ("The centre will keep you informed.", "intention"),
        # another's plan told is information
        ("The fishermen will call you back.", "information"),
    ],
)
def test_a_centre_says_what_it_will_do(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the caller after the called without "this is": a call sign in words, a
        # French "de …", a station naming itself by "speaking"
        ("Solent Coastguard, Solent Coastguard, Rescue one eight six", "call"),
        ("CROSS Gris-Nez, CROSS Gris-Nez, de Dauphin deux-quatre", "call"),
        ("Good morning, CROSS Gris-Nez, Alarm Phone speaking.", "call"),
        ("CROSS Gris-Nez, Sea Breeze here.", "call"),
        # a craft hailed by where it is, in French; a station whose name has small
        # words inside its hyphens
        ("Embarcation pneumatique à ma proximité, ici bâtiment de la Marine nationale", "call"),
        ("SNSM Pointe-aux-Oies, ici CROSS Jobourg", "call"),
        # a French call-up of many names is French, not another language
        ("Saint-Jo, Saint-Jo, Saint-Jo, ici patrouilleur Albatros", "call"),
        # an order to cross, in capitals or not, orders; a report after the names is
        # the point; someone speaking is no call
        ("Cross the line now.", "instruction"),
        ("CROSS THE LINE NOW.", "instruction"),
        ("Humber Coastguard, Humber Coastguard, Engine failure", "report.status"),
        ("He is speaking.", "information"),
    ],
)
def test_call_ups_without_this_is(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # sent elsewhere with "not us", or told whom they want
        (
            "For Libyan waters you need to speak with the Libyan coast guard, not us.",
            "coordination.redirect",
        ),
        ("For medical advice call the TMAS in Toulouse directly, not us.", "coordination.redirect"),
        (
            "If it's a lost phone you want to call the police on one zero one, not us",
            "coordination.redirect",
        ),
        # French "il faut" without its "il", after a comma, opens the clause
        (
            "OK, mais cette position c'est en Belgique, faut appeler Ostende",
            "coordination.redirect",
        ),
        ("Roger, mais là vous êtes côté anglais, faut voir avec Dover", "coordination.redirect"),
        # the case another's to sort out or decide
        ("That's for the harbour authority to sort out.", "coordination.decline"),
        ("C'est au patron de décider, nous on donne juste l'info.", "coordination.decline"),
        ("Ça c'est pour les Anglais, c'est pas à nous de gérer.", "coordination.decline"),
        # a cleft after a call-up names who coordinates; a noun asked about first
        # is asked, not reported
        (
            "Ici le CROSS Gris-Nez, c'est nous qui coordonnons votre sauvetage.",
            "coordination.assume",
        ),
        ("Bien reçu, et votre position exacte, c'est quoi ?", "question"),
        # calling the speakers back is no redirect; a hard decision is no decline
        ("Call us back on this number.", "request"),
        ("It is hard to decide.", "information"),
    ],
)
def test_sent_elsewhere_or_not_ours(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # "I" unsaid before a modal: a refusal, a plan
        ("Can't do that.", "refuse"),
        ("Sorry, can't do that, the winch is U/S", "refuse"),
        ("Cannot comply.", "refuse"),
        ("Will call you back.", "intention"),
        ("Hors de question de rentrer maintenant, j'ai encore deux filières à relever", "refuse"),
        # "it" unsaid before "won't be", and a question, are no speaker's refusal
        ("Can you do that?", "request"),
        # a false alert cancelled in French
        ("Annulez le mayday.", "distress.cancel"),
        ("Annulez, annulez notre mayday, on a réussi à redémarrer", "distress.cancel"),
        ("C'était une fausse alerte.", "distress.cancel"),
        ("La balise s'est déclenchée toute seule dans le coffre.", "distress.cancel"),
        # ... but a MAYDAY heard from another is relayed, and one's own declared
        ("On a entendu un mayday d'un voilier.", "distress.relay"),
        ("Mayday mayday mayday, ici le voilier Ti Punch.", "distress.declare"),
        ("Annulez la manoeuvre.", "instruction"),
        # readability said as "reading you", "strength", and asked in French
        ("Reading you loud and clear.", "procedure.radio-check"),
        ("reading you strength three, bit scratchy", "procedure.radio-check"),
        ("Essai radio, comment me recevez-vous, à vous", "procedure.radio-check"),
    ],
)
def test_refusals_cancellations_and_readability(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # another's distress heard, seen just now, or seen capsized from the shore
        ("Coastguard, Kestrel Bay, we just heard a very weak mayday on sixteen", "distress.relay"),
        ("I can hear people shouting for help from a small boat.", "distress.relay"),
        ("On vient de voir des fusées rouges dans notre nord-est.", "distress.relay"),
        (
            "I'm on the cliff path and there's a boat upside down with people hanging on to it",
            "distress.relay",
        ),
        # one's own MAYDAY, and a question whether it was heard, are no relay
        ("Mayday mayday mayday, I hear water coming in.", "distress.declare"),
        ("Do you hear my mayday?", "question"),
        # "venir" alone comes
        ("On vient vous chercher.", "assistance.offer"),
    ],
)
def test_another_s_distress_heard_or_seen(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # what the addressee is going to do, asked
        ("Are you going to pick them up or just keep shadowing?", "question.intentions"),
        ("Are you planning to stay with the raft or continue your voyage?", "question.intentions"),
        ("Est-ce que vous allez envoyer un bateau ?", "question.intentions"),
        # help asked for stays a request
        ("Can you help us?", "request.assistance"),
        ("Are you going to help us?", "request.assistance"),
        ("Will you call us back?", "request"),
    ],
)
def test_the_addressee_s_plan_asked(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # sinking said in the negative is no distress: the craft's state
        ("We are not sinking, we just have engine problem.", "report.status"),
        ("They are not sinking, madam, the lifeboat is with them now.", "report.status"),
        ("We are sinking.", "distress.declare"),
        ("My friends are sinking.", "distress.relay"),
        # nobody in the water: persons, counted as none
        ("Negative, no one in the water.", "report.persons"),
        ("No, nobody's in the water, we're all still in the boat.", "report.persons"),
        ("Il n'y a personne à l'eau.", "report.persons"),
        ("There is no one on the bridge answering.", "information"),
        # a part of the body harmed
        ("My wife has cut her hand.", "report.persons"),
        ("Elle s'est cassé la jambe.", "report.persons"),
        ("I broke my arm.", "report.persons"),
        ("We hit a rock with the bow.", "report.status"),
    ],
)
def test_negated_danger_nobody_in_the_water_and_harm_to_a_body(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a unit can turn aside, or is on its way to the addressee
        ("Yes, we can divert, ETA about one hour.", "assistance.offer"),
        ("Je peux me dérouter, je suis à trois milles.", "assistance.offer"),
        ("Roger, Bittern is on her way to you, ETA about forty five minutes.", "assistance.offer"),
        ("Can you divert?", "request"),
        ("The dinghy is on its way to England.", "information"),
        # a centre sends a unit, in French
        ("Gris-Nez engage la vedette SNSM de Calais sur l'embarcation.", "task"),
        # survivors landed or to be
        ("They will be taken to Dover.", "report.landing"),
        ("They're being brought to Lampedusa, they should arrive around noon.", "report.landing"),
        ("Ils sont à terre à Dunkerque.", "report.landing"),
        ("Le port de débarquement retenu est Cherbourg.", "report.landing"),
        # a case transferred, or one taken to hospital, is no landing
        ("The case is now transferred to the French authorities.", "coordination.handover"),
        ("He was taken to hospital.", "information"),
    ],
)
def test_offers_tasks_and_landings_in_more_words(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a noun's "'s" before an irregular past participle is "has"
        ("My wife's cut her hand really badly on the anchor.", "report.persons"),
        ("My little girl's hit her head, she's crying but she's awake.", "report.persons"),
        ("The boat's hit a rock.", "report.status"),
        # before a state it is "is"; before a noun it owns
        ("Steering's gone, the rudder cable's snapped.", "report.status"),
        ("The engine's dead.", "report.status"),
        ("The ship's name is Blue.", "information"),
        # someone gone over the side is a person in the water
        ("The skipper's gone over the side.", "report.persons"),
        ("Il est tombé par-dessus bord.", "report.persons"),
    ],
)
def test_a_noun_s_has_before_a_past_participle(text: str, primary: str) -> None:
    reads(text, primary)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a duty to warn; another unit unable, or without leave to enter
        ("I must warn you that the weather is getting worse there.", "warning"),
        ("They warned us about the weather.", "information"),
        ("The lifeboat cannot go out in this weather.", "assistance.unable"),
        (
            "The Italian patrol boats cannot enter Tunisian territorial waters.",
            "permission.lacking",
        ),
        # a request said without its question mark, with "s'il vous plaît" last
        ("Vous pouvez m'envoyer votre position par WhatsApp s'il vous plaît", "request"),
        ("Vous pouvez nous aider s'il vous plaît", "request.assistance"),
        ("Si vous pouvez, rappelez-nous s'il vous plaît.", "instruction"),
        # a receipt, a job closed, a French SECURITE said short
        ("Bien copié.", "ack"),
        ("Okay that's the job closed at one seven one five.", "case.close"),
        ("Sécu sécu sécu, à tous les navires, filet dérivant au large de Berck.", "safety.declare"),
        # persons counted by the one who sees them; counting on someone counts none
        ("Roger, we count seven on the raft.", "report.persons"),
        ("J'en compte douze.", "report.persons"),
        ("We are counting on you.", "information"),
        # a mast over the side is the craft's trouble
        ("We've lost the mast, it's over the side to starboard.", "report.status"),
        ("It's over the side to starboard.", "information"),
    ],
)
def test_duties_inabilities_and_courtesies(text: str, primary: str) -> None:
    reads(text, primary)
