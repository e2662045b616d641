"""What the classifier could not know, read again where the stations are known.

The classifier reads one utterance and does not know who speaks, to whom, or what
the stations are; some of its readings only hold for some speakers. Here each act is
read again with the speaker's and the addressee's roles and names: a centre's word
that another centre coordinates hands the case over, a station naming itself as the
one who acts states its plan, a unit that tells of another craft sinking relays the
distress, another's refusal told is news, a redirect to a unit or to the caller
itself is an order, a line passed to the casualty is a plan, a person passed by a
unit at sea ("je te le passe") is handed over, a casualty's or a caller's order to
come or hurry is a plea, a centre asking another centre to take it offers the case,
and a number that is a station's call sign counts nobody.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker.context import Context, normalise
from checker.phraseology.model import SpeechAct, clause_agent, said_words
from checker.phraseology.numbers import DIGITS


def reread(
    acts: list[SpeechAct], speaker: str | None, addressee: str | None, context: Context
) -> list[SpeechAct]:
    """The acts of an utterance read again knowing who said it to whom."""
    acts = _announced(acts, speaker, addressee, context)
    acts = _self_named(acts, speaker, context)
    acts = _told_of_another(acts, speaker, context)
    acts = _refusal_told(acts, speaker, context)
    acts = _sent_to_whom(acts, speaker, addressee, context)
    acts = _given_to_casualty(acts, speaker, addressee, context)
    acts = _passed_at_sea(acts, speaker, context)
    acts = _pleaded(acts, speaker, context)
    acts = _case_asked_of_centre(acts, speaker, addressee, context)
    return _call_signs(acts, (speaker, addressee), context)


#: The verbs by which a centre asks another to take the case ("take it", "take over").
_TAKING = frozenset({"take", "take over", "prendre", "reprendre", "accept", "accepter"})


def _case_asked_of_centre(
    acts: list[SpeechAct], speaker: str | None, addressee: str | None, context: Context
) -> list[SpeechAct]:
    """A centre that asks another centre to take it ("for us it is now in your zone, we
    would like that you take it, if you agree") hands the case over: a centre is sent
    to no casualty, so the order the classifier read (a ``task``, "take it" naming the
    casualty) is an offer of the case."""
    me = context.stations.get(speaker) if speaker is not None else None
    to = context.stations.get(addressee) if addressee is not None else None
    if me is None or to is None or me.role != "rcc" or to.role != "rcc" or speaker == addressee:
        return acts
    out = []
    for act in acts:
        clause = act.clause or {}
        asked = (
            act.kind in ("task", "request", "instruction")
            and clause.get("agent") == "addressee"
            and clause.get("polarity") == "positive"
            and clause.get("predicate") in _TAKING
        )
        out.append(replace(act, kind="coordination.handover", frame=None) if asked else act)
    return out


#: Those who plead rather than order: the casualty, and callers the transcript
#: declares as no unit (a relative, a witness ashore).
_PLEADING = frozenset({"casualty", "unknown"})
#: The verbs of a plea for help said as an order ("faites vite", "please find him").
_PLEA_VERBS = frozenset({
    "hurry", "come", "find", "save", "help", "rescue", "send", "venir", "trouver",
    "retrouver", "sauver", "aider", "secourir", "envoyer", "depecher",
})  # fmt: skip
#: Words that press for help in an order ("faites vite", "come quickly").
_QUICK = frozenset({"vite", "quickly", "quick", "fast", "hurry", "rapidement"})


def _pleaded(acts: list[SpeechAct], speaker: str | None, context: Context) -> list[SpeechAct]:
    """An order to come, find or save, said by the casualty or a caller ashore ("faites
    vite", "please just find him", "come quickly", "please just get them"), pleads for
    help: a
    ``request.assistance``. The classifier, which does not know who speaks, reads the
    imperative as an authority's instruction."""
    me = context.stations.get(speaker) if speaker is not None else None
    if me is None or me.role not in _PLEADING:
        return acts
    out = []
    for act in acts:
        clause = act.clause or {}
        words = set(said_words(act.matched or ""))
        pleads = clause.get("predicate") in _PLEA_VERBS or not words.isdisjoint(_QUICK)
        # a task is an order that sends someone to the casualty: from these speakers it
        # pleads whatever its verb ("please please just get them")
        pleads = pleads or act.kind == "task"
        out.append(
            replace(act, kind="request.assistance", frame=None)
            if act.kind in ("instruction", "task") and clause.get("mood") == "imperative" and pleads
            else act
        )
    return out


#: The roles that hold persons at sea and so may pass them on.
_HOLDERS = frozenset({"vessel", "aircraft"})
#: Object pronouns of a person passed ("je te le passe", "on vous les passe").
_PASSED = frozenset({"le", "la", "les"})
_PASSED_TO = frozenset({"te", "vous"})


def _passed_at_sea(acts: list[SpeechAct], speaker: str | None, context: Context) -> list[SpeechAct]:
    """ "Je te le passe", said by a unit at sea to another (the jet ski to the lifeboat
    beside it), hands over the person it holds: a ``coordination.handover``, which the
    rescue ledger reads as custody offered. Said ashore or by a centre it puts a caller
    through on the line, which the classifier, not knowing who speaks, reads so
    (``information``)."""
    me = context.stations.get(speaker) if speaker is not None else None
    if me is None or me.role not in _HOLDERS:
        return acts
    out = []
    for act in acts:
        words = said_words(act.matched or "")
        passed = any(
            w == "passe" and k >= 2 and words[k - 1] in _PASSED and words[k - 2] in _PASSED_TO
            for k, w in enumerate(words)
        )
        out.append(
            replace(act, kind="coordination.handover", frame=None)
            if act.kind == "information" and passed
            else act
        )
    return out


def _announced(
    acts: list[SpeechAct], speaker: str | None, addressee: str | None, context: Context
) -> list[SpeechAct]:
    """A centre that says another centre coordinates ("CROSS Corsen will be
    coordinating this one", said by Falmouth) announces the case's transfer to it: a
    ``coordination.handover`` to that station, which has taken nothing until it
    accepts. The classifier, which does not know who speaks, reads the words as an
    assumption by the centre named. Said to the casualty with a redirect ("c'est Dover
    Coastguard qui va gérer, appelez Dover"), it is the redirect's reason: no act."""
    me = context.stations.get(speaker) if speaker is not None else None
    if me is None or me.role != "rcc" or not any(a.kind == "coordination.assume" for a in acts):
        return acts
    to = context.stations.get(addressee) if addressee is not None else None
    redirected = (
        to is not None
        and to.role == "casualty"
        and any(a.kind == "coordination.redirect" for a in acts)
    )
    out = []
    for act in acts:
        by = act.slots.get("by") if act.kind == "coordination.assume" else None
        named = context.station_id(by) if isinstance(by, str) else None
        other = context.stations.get(named) if named and named != speaker else None
        if other is not None and other.role == "rcc":
            if redirected:
                # "c'est Dover Coastguard qui va gérer, appelez Dover", said to the
                # casualty: the reason of the redirect, which is what the centre does
                continue
            out.append(replace(act, kind="coordination.handover", slots={**act.slots, "to": by}))
        else:
            out.append(act)
    return out


def _self_named(acts: list[SpeechAct], speaker: str | None, context: Context) -> list[SpeechAct]:
    """A station that names itself as the one who acts ("Ranger will escort the dinghy
    to the line", "le Ridens va accompagner le small boat", "Blue Kestrel resuming
    passage to Dover", said by Ranger, the Ridens, Blue Kestrel) states its own action:
    the classifier, which does not know who speaks, read a third party's plan as a
    statement of fact."""
    if speaker is None or not any(a.kind == "information" for a in acts):
        return acts
    out = []
    for act in acts:
        clause = act.clause or {}
        who, _, name = clause_agent(act).partition(":")
        if (
            act.kind == "information"
            and who == "third"
            and name
            and clause.get("modality", "none") in ("will", "none")
            and clause.get("polarity") == "positive"
            and clause.get("predicate") not in _STATES
            and context.station_id(name) == speaker
        ):
            out.append(replace(act, kind="intention", frame=None))
        else:
            out.append(act)
    return out


def _told_of_another(
    acts: list[SpeechAct], speaker: str | None, context: Context
) -> list[SpeechAct]:
    """A rescuer or a centre that says another craft is sinking ("the boat is sinking,
    people in the water", said by the merchant ship standing by) passes on a distress
    (SPEECH-ACTS.md: a passing ship's plain-language alert is a ``distress.relay``):
    the classifier, which does not know who speaks, read the craft as the speaker's."""
    me = context.stations.get(speaker) if speaker is not None else None
    if me is None or me.role in ("casualty", "unknown"):
        return acts
    out = []
    for act in acts:
        who = clause_agent(act).partition(":")[0]
        if (
            act.kind == "distress.declare"
            and who in ("casualty", "persons")
            and _FIRST_PERSON.isdisjoint(said_words(act.matched or ""))
        ):
            out.append(replace(act, kind="distress.relay", frame=None))
        else:
            out.append(act)
    return out


def _refusal_told(acts: list[SpeechAct], speaker: str | None, context: Context) -> list[SpeechAct]:
    """Another station's refusal told by the speaker ("Malta refuses, they say it is not
    their case", said by the ship to Rome) is news of it, not the speaker's refusal: the
    one who refused said it elsewhere, and the ledgers read that station's own words."""
    if speaker is None or not any(a.kind in _REFUSALS for a in acts):
        return acts
    out = []
    for act in acts:
        who, _, name = clause_agent(act).partition(":")
        words = said_words(act.matched or "")
        told = who == "third" and (
            (name and context.station_id(name) not in (None, speaker))
            or (not name and not _THEIRS.isdisjoint(words) and _FIRST_PERSON.isdisjoint(words))
        )
        out.append(
            replace(act, kind="information", frame=None) if act.kind in _REFUSALS and told else act
        )
    return out


def _call_signs(
    acts: list[SpeechAct], stations: tuple[str | None, ...], context: Context
) -> list[SpeechAct]:
    """A number said alone that is the number in the speaker's or the addressee's
    name ("Tarifa, four one two." said by "Moroccan Navy four one two"; "Piraeus, six
    one one" by "LS 611") names the station, as call signs are said; it counts
    nobody."""
    if not any(a.frame == "report.persons#bare-number" for a in acts):
        return acts
    numbers = {n for sid in stations if sid for n in _numbers_in_names(sid, context)}
    return [
        a
        for a in acts
        if not (a.frame == "report.persons#bare-number" and str(a.slots.get("count")) in numbers)
    ]


def _numbers_in_names(sid: str, context: Context) -> set[str]:
    """The numbers a station's names carry, written ("LS 611") or said digit by digit
    ("four one two")."""
    st = context.stations.get(sid)
    if st is None:
        return set()
    found: set[str] = set()
    for name in (st.id, *st.aliases):
        found.update(re.findall(r"\d+", name))
        run = ""
        for word in [*name.lower().replace("-", " ").split(), ""]:
            if word in DIGITS:
                run += DIGITS[word]
            else:
                if len(run) > 1:
                    found.add(run.lstrip("0") or "0")
                run = ""
    return {n.lstrip("0") or "0" for n in found}


def _given_to_casualty(
    acts: list[SpeechAct], speaker: str | None, addressee: str | None, context: Context
) -> list[SpeechAct]:
    """What a unit passes to the craft in trouble ("we will pass you a towline from our
    stern", "on vous passe la remorque", said to the yacht) is its plan for the rescue,
    not a handover: the casualty takes no charge of itself. Persons a centre wants a
    unit to take ("I would like you to take the family on board") are asked of it: a
    centre holds no persons to hand over."""
    to = context.stations.get(addressee) if addressee is not None else None
    me = context.stations.get(speaker) if speaker is not None else None
    if not any(a.kind == "coordination.handover" for a in acts):
        return acts
    out = []
    for act in acts:
        objects = (act.clause or {}).get("objects") or []
        if act.kind != "coordination.handover" or "coordination" in objects:
            out.append(act)
        elif to is not None and to.role == "casualty":
            out.append(replace(act, kind="intention", frame=None))
        elif me is not None and me.role == "rcc" and "persons" in objects:
            out.append(replace(act, kind="request", frame=None))
        else:
            out.append(act)
    return out


def _sent_to_whom(
    acts: list[SpeechAct], speaker: str | None, addressee: str | None, context: Context
) -> list[SpeechAct]:
    """A redirect sends the caller to another who coordinates: "call the yacht on
    channel one six when you are close" (the casualty), "contact Den Helder Coastguard on
    channel 16" said by Den Helder Coastguard in its MAYDAY RELAY, or "call the lifeboat"
    (a unit) send nobody elsewhere: an order, not a redirect. A redirect that names no
    station ("call 112", "contact the authorities") stays one."""
    if not any(a.kind == "coordination.redirect" for a in acts):
        return acts
    out = []
    for act in acts:
        named = _stations_named(act, context) if act.kind == "coordination.redirect" else []
        nobody_else = bool(named) and all(
            sid in (speaker, addressee)
            or (context.stations[sid].role in _NOT_COORDINATING and _AUTHORITY.isdisjoint(said))
            for sid, said in named
        )
        out.append(replace(act, kind="instruction", frame=None) if nobody_else else act)
    return out


#: Stations that coordinate nothing: to call one is no redirect of the case.
_NOT_COORDINATING = frozenset({"casualty", "vessel", "aircraft"})


def _stations_named(act: SpeechAct, context: Context) -> list[tuple[str, set[str]]]:
    """The stations an act's words or its ``to`` slot name (longest names first), each
    with the words it was named by."""
    said = " ".join(filter(None, [act.matched or "", str(act.slots.get("to") or "")]))
    text = f" {normalise(said)} "
    found: list[tuple[str, set[str]]] = []
    for name, sid in sorted(context.station_names().items(), key=lambda kv: -len(kv[0])):
        if len(name) > 2 and f" {name} " in text and all(sid != f for f, _ in found):
            found.append((sid, set(name.split())))
            text = text.replace(f" {name} ", " ")
    return found


#: Words by which a unit's name names the service it belongs to ("the Turkish coast
#: guard" is the Turkish authorities, whichever of its boats is declared so).
_AUTHORITY = frozenset({"coastguard", "coast", "guard", "authorities", "navy", "police"})


#: Refusals that a station may tell of another.
_REFUSALS = frozenset({
    "assistance.decline", "coordination.decline", "coordination.reject", "refuse",
    "permission.deny", "assistance.unable",
})  # fmt: skip
#: Words by which the case or the craft is a third party's ("not their case").
_THEIRS = frozenset({"their", "theirs", "leur", "leurs"})
#: Words by which a speaker says the craft is its own ("our boat is sinking").
_FIRST_PERSON = frozenset(
    {"our", "my", "we", "us", "i", "notre", "nos", "mon", "ma", "nous", "on", "je"}
)
#: Predicates of a state, not an action ("Ranger will be there in ten minutes").
_STATES = frozenset({"be", "etre", "have", "avoir", None})
