"""How a unit's words ask for custody of a casualty, or offer to take it.

The rescue ledger (:mod:`checker.protocol.rescue`) hands a casualty over when its holder
asks another unit to take it and that unit does ("the six people, you take them now?"),
or when a unit asks the holder to pass it the persons and the holder agrees ("Vous
pouvez nous passer le nageur ?" - "oui oui, on vous le passe"). These are the words by
which each is said, read from an act's clause features or its matched text.
"""

from __future__ import annotations

import re

from checker.phraseology.model import SpeechAct

#: Verbs by which a holder asks another unit to take the persons it holds.
_TAKE = frozenset({
    "take", "take off", "take over", "pick up", "embark", "prendre", "recuperer",
    "embarquer", "recevoir", "receive", "prendre en charge", "prendre en accompagnement",
})  # fmt: skip


def offers_to_take(act: SpeechAct) -> bool:
    """Whether an offer is to take the casualty, its persons or its tow ("we can take the
    yacht off your hands"), not to stand by or help."""
    clause = act.clause or {}
    return act.kind == "assistance.offer" and clause.get("predicate") in _TAKES_ON


#: Verbs by which a unit offers to take the casualty, its persons, its tow or its escort.
_TAKES_ON = _TAKE | {"tow", "take in tow", "escort", "remorquer", "escorter", "accompagner"}


def persons_only(act: SpeechAct) -> bool:
    """Whether an act is about persons and not the craft ("take the six persons", not
    "the boat is yours"): only a unit that took some of them can give them."""
    objects = (act.clause or {}).get("objects") or []
    return "persons" in objects and "casualty" not in objects


def asks_to_take(act: SpeechAct) -> bool:
    """Whether an act asks its addressee to take someone: a question, order or
    request whose clause has the addressee taking ("you take them now?")."""
    if act.kind not in ("question", "question.intentions", "request", "instruction", "task"):
        return False
    clause = act.clause or {}
    predicate = str(clause.get("predicate") or "")
    # ("can you receive him on your port side?": the verb and a particle)
    taking = predicate in _TAKE or predicate.partition(" ")[0] in _TAKE_HEADS
    return clause.get("agent") == "addressee" and taking


def asks_to_be_given(act: SpeechAct) -> bool:
    """Whether a question or request asks the addressee to pass someone to the speaker
    ("vous pouvez nous passer le monsieur ?", "can you pass him over to us?")."""
    if act.kind not in ("question", "request", "instruction"):
        return False
    return bool(_GIVE_US.search(act.matched or ""))


#: Asking to be given someone: "nous le passer", "pass him to us", "hand them over to us".
_GIVE_US = re.compile(
    r"\b(?:nous|me)\s+(?:l[ea]s?\s+|l')?(?:passer|passez|donner|donnez|confier|confiez|"
    r"transf[ée]rer|transf[ée]rez|remettre|remettez)\b"
    r"|\b(?:pass|give|hand|transfer)\b(?:\s+\w+){0,3}?\s+(?:over\s+)?(?:to\s+)?(?:us|me)\b",
    re.IGNORECASE,
)
#: Verbs whose phrasal forms take someone ("receive on", "take aboard").
_TAKE_HEADS = frozenset({"take", "receive", "recevoir", "embark", "embarquer", "prendre"})
