"""Which casualty each event concerns: references resolved to casualty ids.

People say "the dinghy", "the migrant boat", "it", "that", "boat two", or name a
declared station. A casualty is a station declared with role ``casualty``, a station
that declares distress for itself, or a craft first named in speech or narration
(``CASUALTY-1``, ``CASUALTY-2``, ... in order of first mention). Pronouns and generic
nouns go to the most recently mentioned casualty (its salience); an explicit name or
alias always wins. Nothing here guesses silently: a reference that finds no casualty
is left unbound and reported (RC303) when the act needs one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from checker.context import Context, Station, normalise
from checker.defaults import empty_dict, empty_list, empty_set
from checker.diagnostics import Diagnostic, make
from checker.phraseology.model import SENTENCE_END, SpeechAct, clause_agent, said_words
from checker.protocol.custody import asks_to_take
from checker.protocol.model import Event
from checker.vocabulary import ACT_KINDS, ALERT_ACTS, ActKind, NarrationVerb

#: Words that name a craft or its people when no casualty is declared by that name.
CRAFT_NOUNS = (
    "dinghy",
    "dinghies",
    "boat",
    "small boat",
    "migrant boat",
    "rib",
    "inflatable",
    "craft",
    "vessel in distress",
    "casualty",
    "canoe",
    "kayak",
    "migrants",
    "people on board",
    "persons on board",
    "occupants",
    "target",
)
PRONOUNS = ("it", "that", "this", "them", "they", "her", "this one", "that one", "the target")
_ORDINAL = re.compile(
    r"\b(?:(?:second|2nd|another|other)\s+(?:dinghy|boat|craft|rib)|"
    r"(?:dinghy|boat|craft|target)\s+(?:two|2|number two))\b",
    re.I,
)
_CRAFT = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in CRAFT_NOUNS) + r")\b", re.I)
#: Slots whose values may refer to a casualty.
REFERENCE_SLOTS = ("casualty", "about", "object", "subject", "called", "to")
#: Acts that are not about a casualty of themselves: radio procedure, replies, and
#: the plain kinds (a question or an instruction may be about anything).
_GENERAL_ACTS: frozenset[ActKind] = frozenset(
    {
        "call", "ack", "thanks", "information", "unclassified", "question", "request",
        "instruction", "advice", "warning", "comply", "refuse", "answer.affirmative",
        "answer.negative", "urgency.declare", "safety.declare", "readback",
    }
)  # fmt: skip
#: Acts whose concern is a casualty even when no reference is spoken.
CASUALTY_ACTS = frozenset(
    k for k in ACT_KINDS if k not in _GENERAL_ACTS and not k.startswith("procedure.")
)
#: Narration that is about persons in danger even when no casualty is named.
_PEOPLE_VERBS: frozenset[NarrationVerb] = frozenset(
    {"reports-in-water", "reports-missing", "recovers", "recovers-bodies"}
)
#: Narration of a unit taking persons or a craft with it, and bringing them in: what it
#: lands is what it recovered.
_CARRYING_VERBS: frozenset[NarrationVerb] = frozenset(
    {"recovers", "recovers-bodies", "takes-in-tow", "escorts", "lands"}
)
_SELF_VERBS: frozenset[NarrationVerb] = frozenset(
    {"stops", "is", "enters", "signals-distress", "sends-dsc-alert", "activates-epirb", "calls-999"}
)
#: Narration of a station moving or placed: about the subject alone, never about the
#: casualty in view.
_MOVEMENT_VERBS: frozenset[NarrationVerb] = frozenset(
    {"departs", "proceeds", "is", "stops", "enters"}
)
#: Acts in which a station may tell its own trouble.
_TROUBLE_ACTS: frozenset[ActKind] = frozenset({"report.status", "request.assistance"})
#: What a station that has told of another's trouble says of its own: help asked.
_ASKING: frozenset[ActKind] = frozenset({"request.assistance"})
#: The roles of the units a message about a casualty may name.
_UNIT_ROLES = frozenset({"vessel", "aircraft"})
#: The shortest name looked for (as the casualties' names).
_MIN_NAME = 3
#: Acts that make no sense without a casualty: unbound, they are RC303.
_NEEDS_CASUALTY: frozenset[ActKind] = frozenset({"task", "question.intentions", "report.rescued"})


#: Acts by which a station speaks of another's trouble, not its own.
_FOR_ANOTHER: frozenset[ActKind] = frozenset({"assistance.offer", "distress.relay"})
#: Replies that decide what they answer (an offer, a request, an order).
_DECIDING_REPLIES: frozenset[ActKind] = frozenset({
    "coordination.accept", "coordination.reject", "assistance.accept", "assistance.decline",
    "permission.grant", "permission.deny", "comply", "refuse", "answer.affirmative",
    "answer.negative",
})  # fmt: skip


@dataclass
class Binder:
    """Walks the events in order, keeping which casualty is most salient."""

    context: Context
    casualties: list[str] = field(default_factory=empty_list)
    salient: str | None = None
    diagnostics: list[Diagnostic] = field(default_factory=empty_list)
    path: str | None = None
    by_line: dict[int, list[str]] = field(default_factory=empty_dict)
    _counter: int = 0
    #: The casualties by how their names begin: a name of one word by its first three
    #: letters (it may be followed by punctuation: "the dinghy's"), a name of several
    #: by its first word and the first letter of its second ("amber k"). A text is
    #: searched for the names of those its words begin, not of every casualty: a day
    #: of traffic names hundreds.
    _starts: dict[str, list[str]] = field(default_factory=empty_dict)
    _firsts: set[str] = field(default_factory=empty_set)  # the first words of those of several
    _ids: set[str] = field(default_factory=empty_set)  # ``casualties`` as a set, to test
    #: the casualty whose persons a unit last recovered, towed or escorted, by unit
    carried: dict[str, str] = field(default_factory=empty_dict)
    #: the casualty a unit was last sent to, by unit: where it then "arrives on scene"
    sent: dict[str, str] = field(default_factory=empty_dict)
    #: every casualty whose persons a unit recovered and has not landed, by unit, the
    #: one it recovered last at the end
    holding: dict[str, list[str]] = field(default_factory=empty_dict)
    #: the stations that have spoken or been told of another's trouble: what one then
    #: says of its state ("we have fuel for one hour on scene") is no distress of its own
    witnesses: set[str] = field(default_factory=empty_set)
    #: the stations heard so far, and the casualties talked of so far
    heard: set[str] = field(default_factory=empty_set)
    talked: set[str] = field(default_factory=empty_set)
    #: the casualties an act concerns, by the act's id, where its utterance is bound to
    #: several and the act's own words, or those said after it, name some of them
    scope: dict[int, frozenset[str]] = field(default_factory=empty_dict)

    #: the units' names by their first word: a unit named in a message about a casualty
    #: is part of that case ("man overboard from the Dunnet Guardian")
    _units: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=empty_dict)

    def __post_init__(self) -> None:
        for st in self.context.stations.values():
            if st.role == "casualty":
                self._add(st.id)
            elif st.role in _UNIT_ROLES:
                for name in {normalise(n) for n in (st.id, *st.aliases)}:
                    if len(name) >= _MIN_NAME:
                        words = tuple(name.split())
                        self._units.setdefault(words[0], []).append((words, st.id))

    def _units_named(self, text: str) -> set[str]:
        """The units whose names a text says."""
        words = normalise(text).split()
        return {
            sid
            for k, w in enumerate(words)
            for phrase, sid in self._units.get(w, ())
            if tuple(words[k : k + len(phrase)]) == phrase
        }

    def _add(self, cid: str) -> None:
        """Count ``cid`` among the casualties, and index its names."""
        self.casualties.append(cid)
        self._ids.add(cid)
        st = self.context.stations[cid]
        for name in (st.id, *st.aliases):
            key = normalise(name)
            if len(key) < 3:
                continue
            first, _, rest = key.partition(" ")
            if rest:  # "foo-" is "foo ": the word alone, as far as the index goes
                self._firsts.add(first)
            cids = self._starts.setdefault(f"{first} {rest[0]}" if rest else first[:3], [])
            if cid not in cids:
                cids.append(cid)

    # -- casualty creation
    def _new(self, name: str, line: int) -> str:
        self._counter += 1
        cid = f"CASUALTY-{self._counter}"
        while cid in self.context.stations:
            self._counter += 1
            cid = f"CASUALTY-{self._counter}"
        self.context.add_station(
            Station(
                id=cid, role="casualty", aliases=[name] if name else [], declared=False, line=line
            )
        )
        self._add(cid)
        return cid

    def _is_casualty(self, station_id: str | None) -> bool:
        return station_id is not None and station_id in self._ids

    # -- resolution of one phrase
    def resolve_phrase(  # noqa: PLR0911  one return per way a phrase denotes a casualty
        self, phrase: str, line: int, *, create: bool
    ) -> str | None:
        """The casualty a phrase denotes, creating one for a first-named craft."""
        text = normalise(phrase)
        if not text:
            return None
        sid = self.context.station_id(text)
        if self._is_casualty(sid):
            return sid
        if sid is not None:
            return None  # a unit or an RCC, not a casualty
        if _ORDINAL.search(text):
            index = 1 + self._ordinal_index()
            if index < len(self.casualties):
                return self.casualties[index]
            return self._new(text, line) if create else None
        if text in PRONOUNS or _CRAFT.search(text):
            if self.salient is not None:
                return self.salient
            if len(self.casualties) == 1:
                return self.casualties[0]
            if create and _CRAFT.search(text):
                return self._new(text, line)
        return None

    def _ordinal_index(self) -> int:
        return self.casualties.index(self.salient) if self.salient in self.casualties else 0

    def _mentions(self, text: str) -> list[str]:
        """Casualties named by an alias anywhere in a text (word boundaries)."""
        found: list[tuple[int, str]] = []
        lowered = f" {normalise(text)} "
        starts, firsts, words = self._starts, self._firsts, lowered.split(" ")
        begun = [word[:3] for word in words]  # the last is the final space's ""
        begun += (f"{word} {after[:1]}" for word, after in pairwise(words) if word in firsts)
        named = {cid for start in begun if start in starts for cid in starts[start]}
        for cid in named:
            st = self.context.stations[cid]
            for name in (st.id, *st.aliases):
                key = normalise(name)
                if len(key) < 3:
                    continue
                pos = lowered.find(f" {key} ")
                if pos < 0:
                    pos = lowered.find(f" {key}")
                    if pos < 0 or lowered[pos + len(key) + 1 : pos + len(key) + 2].isalnum():
                        continue
                found.append((pos, cid))
                break
        return [cid for _, cid in sorted(found)]

    def scope_acts(self, event: Event) -> None:
        """Which of an utterance's casualties each act concerns, where it was bound to
        several: those its own words name; else those named after it in the same
        sentence ("le voilier est en remorque du Marie-Jo, rejoignez le jet ski et
        prenez en charge le kitesurfeur": the order is about the kitesurfer); an act
        with neither concerns them all."""
        text = event.text or ""
        if len(event.casualties) < 2 or not text:
            return
        bound = set(event.casualties)
        for act in event.acts:
            if act.span is None:
                continue
            start, end = act.span
            own = [c for c in self._mentions(text[start:end]) if c in bound]
            after = SENTENCE_END.split(text[end:], maxsplit=1)[0]
            named = own or [c for c in self._mentions(after) if c in bound]
            if named:
                self.scope[id(act)] = frozenset(named)

    # -- events
    def bind(self, event: Event) -> None:
        """Set ``event.casualties``, creating casualties first named here."""
        bound = self._narration(event) if event.kind == "narration" else self._utterance(event)
        if not bound and event.kind == "utterance":
            # A reply concerns what it answers ("Thank you for your co-operation").
            bound = self._answered(event)
        event.casualties = list(dict.fromkeys(bound))
        self.by_line[event.line] = event.casualties
        self.talked.update(event.casualties)
        if event.kind == "utterance" and event.speaker:
            self.heard.add(event.speaker)
        if event.kind == "utterance":
            # who spoke of another's trouble, or was told of it (a unit tasked to it), or
            # was named in it: "man overboard from the Dunnet Guardian" makes the
            # Guardian's "one of our deckhands went over" the casualty's trouble, not
            # its own
            named = self._units_named(event.text or "") if bound and self._units else set()
            for station in (event.speaker, event.addressee, *named):
                if station and any(c != station for c in bound):
                    self.witnesses.add(station)
            if event.addressee and len(bound) == 1 and any(a.kind == "task" for a in event.acts):
                self.sent[event.addressee] = bound[0]
        if event.casualties:
            self.salient = event.casualties[-1]

    def _narration(self, event: Event) -> list[str]:
        n = event.narration
        assert n is not None
        out: list[str] = []
        subject = self.context.station_id(n.subject)
        if self._is_casualty(subject):
            out.append(subject)  # type: ignore[arg-type]
        elif n.verb in _SELF_VERBS and subject is None:
            out.append(self._new(n.subject, event.line))
        for phrase in (n.object, n.target):
            if phrase:
                cid = self.resolve_phrase(phrase, event.line, create=True)
                if cid:
                    out.append(cid)
                elif n.verb == "recovers":
                    # "* ILB recovers 1 persons from HARVEST": from a unit, the persons it
                    # had recovered
                    out.extend(self._held_by(self.context.station_id(phrase)))
        if subject is not None and n.verb in _CARRYING_VERBS:
            self._carry(subject, n.verb, out)
        if not out and n.verb == "arrives-on-scene" and subject in self.sent:
            # "* GOELAND arrives on scene", after it was sent on to another boat
            out.append(self.sent[subject])
        if not out and n.verb not in _MOVEMENT_VERBS:
            if self.salient is not None:
                out.append(self.salient)
            elif len(self.casualties) == 1:
                out.append(self.casualties[0])
            elif not self.casualties and n.verb in _PEOPLE_VERBS:
                # "HMCG reports 40 persons in the water": the persons are the casualty.
                out.append(self._new("persons in the water", event.line))
        return out

    def _carry(self, subject: str, verb: NarrationVerb, out: list[str]) -> None:
        """Note what a unit now carries (and has aboard), or add to ``out`` what it
        carried when the narration names no casualty: "* WHIMBREL lands 30 persons at
        Calais" lands those it recovered, whoever has been talked about since."""
        if verb == "recovers" and out:
            last = out[-1]
            held = [c for c in self.holding.get(subject, ()) if c != last]
            held.extend(c for c in out if c not in held and c != last)
            self.holding[subject] = [*held, last]
        elif verb == "lands":
            if not out:
                # "* ILB lands 2 persons at Kippford": all it took aboard, of every case
                out.extend(self.holding.get(subject, ()))
            self.holding.pop(subject, None)
        if out:
            self.carried[subject] = out[-1]
        elif subject in self.carried:
            out.append(self.carried[subject])

    def _held_by(self, unit: str | None) -> list[str]:
        """The casualties whose persons a unit recovered and still has aboard (or, for
        one that recovered none, nothing)."""
        return list(self.holding.get(unit, ())) if unit else []

    def _utterance(self, event: Event) -> list[str]:
        out: list[str] = []
        if self._is_casualty(event.speaker):
            out.append(event.speaker)  # type: ignore[arg-type]
        out.extend(self._mentions(event.text or ""))
        needs = spoken_of = False
        for act in event.acts:
            for slot in REFERENCE_SLOTS:
                value = act.slots.get(slot)
                if value is None:  # most slots are absent: no generator for them
                    continue
                for phrase in _strings(value):
                    cid = self.resolve_phrase(phrase, event.line, create=act.kind in CASUALTY_ACTS)
                    if cid:
                        out.append(cid)
            if act.kind in CASUALTY_ACTS:
                needs = True
            elif _of_casualty(act):
                # (about a casualty's persons, the one talked about: no new one)
                spoken_of = True
        if out:
            return self._replied_first(event, out) + self._handed_on(event, out) + out
        return self._unnamed(event, needs=needs, spoken_of=spoken_of)

    def _replied_first(self, event: Event, named: list[str]) -> list[str]:
        """The case of the line an utterance answers before it names another: its
        replies said before any name concern the case they answer, and the rest of the
        utterance the case it names ("Yeah, no problem, we'll take it from here. Cheers.
        And the second one off Malo, do you want anything from us?" accepts the case
        offered, not the second boat)."""
        text = event.text or ""
        early = {
            id(act): act.answers
            for act in event.acts
            if act.kind in _DECIDING_REPLIES
            and act.answers is not None
            and act.span is not None
            and not self._mentions(text[: act.span[1]])
        }
        answered = [
            c for line in early.values() for c in self.by_line.get(line, []) if c not in named
        ]
        if not answered:
            return []
        answered = list(dict.fromkeys(answered))
        for act in event.acts:
            self.scope[id(act)] = frozenset(answered if id(act) in early else named)
        return answered

    def _handed_on(self, event: Event, named: list[str]) -> list[str]:
        """The casualty whose persons a unit took, when it hands persons on, whatever
        else it names ("I propose you to take the six persons we recovered … we must go
        back for our first small boat")."""
        carried = self.carried.get(event.speaker or "")
        if carried is None or carried in named or not _gives_persons(event):
            return []
        return [carried]

    def _unnamed(self, event: Event, *, needs: bool, spoken_of: bool) -> list[str]:
        """The casualties of an utterance that names none: what it answers, what its
        speaker carries, the speaker itself in trouble, or the one talked about."""
        # a reply concerns what it answers, before what the speaker carries ("the six
        # people, you take them now?" - "Affirmative, we take them now")
        out = self._answered(event)
        if (
            not out
            and event.speaker in self.carried
            # ("vous le prenez ?", said by the unit that carries it: its persons)
            and (needs or any(map(asks_to_take, event.acts)) or _gives_persons(event))
        ):
            # a unit escorting, towing or recovering a casualty speaks of it: "we can
            # see it, the stern's going down" is the escorted boat's trouble, not its own;
            # "vous le prenez ?" offers the person it carries
            out.append(self.carried[event.speaker])
        if not out and event.speaker:
            out.extend(self._speaker_in_trouble(event, event.speaker))
        if not out and (needs or spoken_of) and self._held_by(event.addressee):
            # "on arrive par ton arrière, on vient à couple": to the unit that has a
            # casualty's persons aboard, about them (the last it recovered), whatever
            # boat was talked of last (not a boat it tows: the tug's own injured
            # crewman is no boat's)
            out.append(self._held_by(event.addressee)[-1])
        if not out and (needs or spoken_of):
            out.extend(self._implied(event, create=needs))
        return out

    def _described(self, text: str) -> str | None:
        """The one casualty that the words of a first report describe, when none is
        talked about yet and several are declared: "a boat turned over here, people in
        the water" for one declared "the boat that turned over" (two words of one of its
        names or more, and more than any other casualty's)."""
        words = set(said_words(normalise(text).replace(",", " ").replace(".", " ")))
        scores: list[tuple[int, str]] = []
        for cid in self.casualties:
            st = self.context.stations[cid]
            best = max(
                (len(said & words) for name in st.aliases for said in [_content(name)]),
                default=0,
            )
            scores.append((best, cid))
        scores.sort(reverse=True)
        if not scores or scores[0][0] < 2 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
            return None
        return scores[0][1]

    def _counted(self, event: Event) -> str | None:
        """The one declared casualty whose persons a first report counts, within a
        tenth or three persons ("un bateau de migrants, à peu près cinquante
        personnes" for one declared with ~47 on board, beside a child declared
        apart): how many are aboard tells which craft is meant."""
        counts = {
            v
            for act in event.acts
            for key in ("persons", "count")
            if isinstance(v := act.slots.get(key), int) and v > 1
        }
        if not counts:
            return None
        found = [
            cid
            for cid in self.casualties
            if (n := self.context.stations[cid].persons)
            and any(abs(n - c) <= max(3, n // 10) for c in counts)
        ]
        return found[0] if len(found) == 1 else None

    def _answered(self, event: Event) -> list[str]:
        """The casualties of the lines an utterance's acts answer."""
        lines = [act.answers for act in event.acts if act.answers is not None]
        return [c for line in lines for c in self.by_line.get(line, [])]

    def _speaker_in_trouble(self, event: Event, speaker: str) -> list[str]:
        """The speaker, made a casualty, when it declares its own distress or tells its
        own trouble; else nobody."""
        st = self.context.stations.get(speaker)
        if st is None:
            return []
        # (a station that offers help or passes on an alert in the same breath speaks
        # of another's trouble: "We can assist. We're about a mile from the boat that's
        # on fire, we've got the glow on our port bow")
        witness = st.id in self.witnesses or any(a.kind in _FOR_ANOTHER for a in event.acts)
        own = act_declares_own_distress(event, witness=witness) and st.role in (
            "vessel",
            "unknown",
            "aircraft",
        )
        own = own or (
            tells_own_trouble(event, witness=witness)
            and st.declared
            and st.role in ("vessel", "aircraft")
        )
        if not own:
            return []
        declared = self._declared_trouble(event, st)
        if declared is not None:
            return [declared]
        self._add(st.id)
        return [st.id]

    def _declared_trouble(self, event: Event, st: Station) -> str | None:
        """The declared casualty a unit's distress is about, when the transcript
        declares the unit apart from it: the one its words describe, or the only one
        when nobody has talked of it yet ("Mayday … on a un homme à la mer, un
        passager", said by a ferry declared as a vessel beside the passenger declared
        as the casualty). A station that is only named in the transcript, or whose
        words describe no declared casualty, is a casualty of its own."""
        if not st.declared or st.role == "casualty":
            return None
        described = self._described(event.text or "")
        if described is not None:
            return described
        fresh = [c for c in self.casualties if c not in self.talked]
        return fresh[0] if fresh and len(self.casualties) == 1 else None

    def _fresh_alert(self, event: Event) -> str | None:
        """The one declared casualty nobody has talked of yet, when a voice not heard
        before raises an alert: a wife calling about her husband's kayak while the
        centre works a fishing boat's case is the kayak's alert, not the boat's."""
        if event.speaker is None or event.speaker in self.heard:
            return None
        if not any(a.kind in ALERT_ACTS for a in event.acts):
            return None
        fresh = [
            c for c in self.casualties if c not in self.talked and self.context.stations[c].declared
        ]
        return fresh[0] if len(fresh) == 1 else None

    def _implied(self, event: Event, *, create: bool = True) -> list[str]:
        """The casualty an act about one means when it names none: the salient one, the
        only one, or a craft its words name when there is none yet."""
        if self.salient is not None:
            return [self._fresh_alert(event) or self.salient]
        if len(self.casualties) == 1:
            return [self.casualties[0]]
        described = self._described(event.text or "") or self._counted(event)
        if described is not None:
            return [described]
        if not self.casualties and create:
            m = _CRAFT.search(event.text or "")
            if m:
                return [self._new(m.group(0), event.line)]
        return []


#: Words of a casualty's names that describe no craft in particular.
_PLAIN = frozenset({
    "the", "that", "this", "with", "and", "from", "for", "who", "which", "les", "des", "une",
    "qui",
})  # fmt: skip


#: Verbs of seeing: a status told with one is what the speaker sees.
_SEEING = frozenset({
    "see", "spot", "sight", "observe", "watch", "notice", "voir", "apercevoir", "observer",
    "reperer", "distinguer",
})  # fmt: skip
_FIRST_PERSON = re.compile(r"\b(?:we|i|our|my|us|me)\b", re.I)
_CLAUSE_END = re.compile(r"[.,;:!?]")


def _gives_persons(event: Event) -> bool:
    """Whether an utterance hands on persons, named or by a pronoun ("the six persons
    we recovered", "can we hand them over to you?"), not a craft, a tow or the case."""
    for act in event.acts:
        if act.kind == "coordination.handover" and act.clause is not None:
            objects = act.clause.get("objects") or []
            if "casualty" in objects or "coordination" in objects:
                continue
            if "persons" in objects or not _PERSONS_PRONOUNS.isdisjoint(
                said_words(act.matched or "")
            ):
                return True
    return False


#: Pronouns by which persons handed on are named.
_PERSONS_PRONOUNS = frozenset({"them", "him", "her", "les", "le", "la", "lui", "leur"})


def _of_casualty(act: SpeechAct) -> bool:
    """Whether a plain act's clause is about a casualty or its persons ("we bring the
    casualty over with our RIB", "can you take the survivors?")."""
    objects = (act.clause or {}).get("objects") or ()
    return "casualty" in objects or "persons" in objects


def _content(name: str) -> set[str]:
    """The words of a name that say something (three letters or more, not "the"), an
    apostrophe parting them: "l'homme à la mer" says "homme", "mer"; "St Peter's
    launch" says "peter", "launch"."""
    return {w for w in said_words(normalise(name)) if len(w) > 2 and w not in _PLAIN}


def act_declares_own_distress(event: Event, *, witness: bool = False) -> bool:
    """A MAYDAY (not a relay) spoken by the station itself. A ``witness`` (a station
    that has spoken or been told of another's trouble) declares its own only by the
    proword or in the first person: its "le chalutier est en feu" is the casualty's."""
    kinds = {a.kind for a in event.acts}
    if "distress.declare" not in kinds or "distress.relay" in kinds:
        return False
    return not witness or any(
        a.kind == "distress.declare" and (a.source == "grammar" or clause_agent(a) == "speaker")
        for a in event.acts
    )


def tells_own_trouble(event: Event, *, witness: bool = False) -> bool:
    """Its own trouble told in the first person: "we are taking water fast", "our
    engine has failed", "we need help". The first person must be the subject of the
    trouble (among the few words before it, in its clause), so a rescuer's "we are
    pulling people out, the boat has capsized" is not about itself. A ``witness``, a
    station that has told of another's trouble, is in trouble only when it asks for
    help: its state ("we have fuel for one hour on scene") is a unit's report."""
    text = event.text or ""
    kinds = _ASKING if witness else _TROUBLE_ACTS
    for act in event.acts:
        if act.kind not in kinds or act.span is None:
            continue
        if (act.clause or {}).get("predicate") in _SEEING:
            continue  # "we can see the smoke": what the speaker sees, not its state
        start, end = act.span
        before = _CLAUSE_END.split(text[max(0, start - 40) : start])[-1].split()[-3:]
        if _FIRST_PERSON.search(" ".join(before)) or _FIRST_PERSON.search(text[start:end]):
            return True
    return False


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            if isinstance(item, str):
                yield item


def bind_all(events: list[Event], context: Context, path: str | None = None) -> Binder:
    """Bind every event; the binder keeps the casualties in order of first mention.

    Replies must already be linked (``answers``), so that a reply can inherit the
    casualties of what it answers."""
    binder = Binder(context, path=path)
    for event in events:
        binder.bind(event)
        binder.scope_acts(event)
    for event in events:
        unbound = (
            event.kind == "utterance"
            and not event.casualties
            and any(a.kind in _NEEDS_CASUALTY for a in event.acts)
        )
        if unbound and binder.casualties:
            binder.diagnostics.append(
                make(
                    "RC303",
                    "this line speaks of a casualty but none could be told apart",
                    path=path,
                    line=event.line,
                    column=1,
                    hint="name the casualty, or declare it with @station ID: casualty aka=...",
                )
            )
    return binder
