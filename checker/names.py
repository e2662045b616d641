"""Which declared station a mistyped or abbreviated name most likely means.

An investigator's log says "Dover CG" where the header declared "Dover Coastguard",
"BF Ranger" for "Border Force Ranger": spelling distance alone (difflib) misses these,
since an abbreviation shares few letters with what it stands for. A name is close to a
known one when it is a near spelling of it, or when its words are, in order, the known
name's words, their prefixes ("Coastg"), or the initials of one or more of them ("CG" for
"Coastguard" as "coast guard", "BF" for "Border Force").
"""

from __future__ import annotations

import difflib
import re

#: Compound words of station names whose parts radio abbreviates by their initials.
_PARTS = {
    "coastguard": ("coast", "guard"),
    "lifeboat": ("life", "boat"),
    "lifeboats": ("life", "boats"),
    "warship": ("war", "ship"),
}
_WORD = re.compile(r"[a-z0-9]+")


def did_you_mean(name: str, known: list[str]) -> str | None:
    """The known name ``name`` most likely means, or None."""
    said = _WORD.findall(name.lower())
    for candidate in known:  # an abbreviation says more than a near spelling
        if said and _abbreviates(said, _WORD.findall(candidate.lower())):
            return candidate
    lowered = {k.lower(): k for k in known}
    close = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.75)
    return lowered[close[0]] if close else None


def _abbreviates(said: list[str], words: list[str]) -> bool:
    """Whether every word said stands, in order, for the known name's words: a word
    itself, a prefix of it (two letters or more), or the initials of its parts."""
    parts: list[str] = []
    starts: set[int] = set()
    for w in words:
        starts.add(len(parts))
        parts.extend(_PARTS.get(w, (w,)))
    starts.add(len(parts))
    return said != words and _match(said, 0, parts, 0, frozenset(starts))


def _match(said: list[str], i: int, parts: list[str], j: int, starts: frozenset[int]) -> bool:
    if i == len(said):
        return j == len(parts)
    if j == len(parts) or j not in starts:
        return False
    word = said[i]
    end = min(k for k in starts if k > j)  # the parts of the word at j
    joined = "".join(parts[j:end])
    if (joined == word or (len(word) >= 2 and joined.startswith(word))) and _match(
        said, i + 1, parts, end, starts
    ):
        return True
    # initials of the word's parts, or of several words: "cg" for "coast guard",
    # "bf" for "border force"
    n = len(word)
    if n >= 2 and j + n <= len(parts) and all(parts[j + m][0] == word[m] for m in range(n)):
        return _match(said, i + 1, parts, j + n, starts)
    return False
