"""Turn a lark parse failure on one line into a diagnostic a person can act on.

Lark says which token it did not expect and which it would have accepted; a user
wants "unknown directive @titel (did you mean @title?)". The rules below recognise
the common mistakes first (the same idea as lark's ``match_examples``), and fall back
to naming what was expected in the words of TRANSCRIPT-FORMAT.md.
"""

from __future__ import annotations

import difflib
import re

from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken

from checker.diagnostics import Diagnostic, make

DIRECTIVES = ("title", "date", "timezone", "start", "rules", "station", "zone", "port", "expect")

NARRATION_FORMS = (
    "shadows X",
    "escorts X",
    "stops [POSITION]",
    "is POSITION",
    "enters ZONE",
    "signals distress",
    "sends a DSC alert",
    "activates an EPIRB",
    "calls 999",
    "reports N persons in the water",
    "reports N persons missing",
    "recovers N persons [from X]",
    "recovers N bodies",
    "takes X in tow",
    "lands N persons at PORT",
    "proceeds to X",
    "arrives on scene",
    "departs",
    "takes coordination of X",
    "hands coordination of X to Y",
    "tasks Y to X",
    "suspends the search for X",
    "closes the case of X",
    "loses contact with X",
)
_VERB_WORDS = {v.split()[0] for v in NARRATION_FORMS}

UTTERANCE_FORM = "[TIME] SPEAKER[ -> ADDRESSEE][ (MEDIUM)]: TEXT"
EXPECT_FORMS = (
    "responsible CASUALTY LEVEL: PARTY[/STATION] [HOW] | ledger CASUALTY LEVEL: ..., ... | "
    'OUTCOME RULE [party=P] [casualty=C] | not-violated RULE | act "TEXT": KIND | '
    'acts "TEXT": KIND, KIND'
)

_TERMINALS = {
    "COLON": "':'",
    "COMMA": "','",
    "EQUAL": "'='",
    "LPAR": "'('",
    "RPAR": "')'",
    "LSQB": "'['",
    "RSQB": "']'",
    "STAR": "'*'",
    "NAME": "a station name",
    "STRING": 'a "quoted" string',
    "TEXT": "text",
    "TIME": "a time",
    "WORD": "a word",
    "NUMBER": "a number",
    "UNIT": "a distance unit (nm, cables)",
    "DIRECTION": "a direction (north-west, NW)",
    "LATLON": "a position",
    "KEY": "key=value",
    "BARE": "a value",
    "LEVEL": "coordination or rescue",
    "OUTCOME": "an outcome",
    "RULE_CODE": "a rule code such as CH01",
    "SEL_KEY": "party= or casualty=",
    "$END": "the end of the line",
    "COMMENT": "a comment",
    "ANNOT_START": "an annotation",
}
_NARRATION = re.compile(r"^(?:\[?\d{1,2}:\d{2}\S*\]?\s+)?\*\s")
_NAME_AT_START = re.compile(r"^@([\w-]*)")


def _describe(names: set[str]) -> str:
    shown = sorted(
        {_TERMINALS.get(n, n.lower().replace("_", " ")) for n in names if not n.startswith("__")}
    )
    return ", ".join(shown[:8]) + (", ..." if len(shown) > 8 else "")


def unmatched_quote(text: str) -> int | None:
    """The 1-based column of a quote that is never closed, if any."""
    opening: int | None = None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and opening is not None:
            i += 2
            continue
        if ch == '"':
            opening = None if opening is not None else i + 1
        i += 1
    return opening


def syntax_diagnostic(text: str, exc: UnexpectedInput, path: str, line: int) -> Diagnostic:
    """The diagnostic for a line the grammar rejected."""
    column = exc.column if isinstance(exc.column, int) and exc.column > 0 else 1

    def diag(code: str, message: str, col: int = column, hint: str | None = None) -> Diagnostic:
        return make(code, message, path=path, line=line, column=col, hint=hint, source_line=text)

    m = _NAME_AT_START.match(text)
    if m and m[1] not in DIRECTIVES:
        close = difflib.get_close_matches(m[1], DIRECTIVES, n=1)
        hint = (
            f"did you mean @{close[0]}?"
            if close
            else "directives: " + ", ".join("@" + d for d in DIRECTIVES)
        )
        return diag("RC103", f"unknown directive @{m[1]}", 1, hint)

    quote = unmatched_quote(text)
    if quote is not None:
        return diag("RC105", "this quote is never closed", quote, 'close it with a matching "')

    annotation = re.search(r"#[ \t]*radiocheck[ \t]*:", text)
    if annotation and column > annotation.start():
        return diag(
            "RC114",
            "malformed annotation",
            hint='write # radiocheck: ignore[CODE] reason="..." or '
            '# radiocheck: act=KIND reason="..."',
        )

    if m and m[1] == "expect":
        return diag("RC113", "malformed expectation", hint="forms: " + EXPECT_FORMS)

    expected: set[str] = set()
    if isinstance(exc, UnexpectedToken):
        expected = set(exc.expected)
        found = "the end of the line" if exc.token.type == "$END" else repr(str(exc.token))
    elif isinstance(exc, UnexpectedCharacters):
        expected = set(exc.allowed or ())
        found = repr(text[column - 1]) if column - 1 < len(text) else "the end of the line"
    else:
        found = "this"

    narration = _NARRATION.match(text)
    if narration:
        words = list(re.finditer(r"\S+", text[narration.end() :]))
        if not any(w[0] in _VERB_WORDS for w in words[1:]):
            # The subject is usually one word: point at the word where a verb should be.
            col = narration.end() + (words[1].start() + 1 if len(words) > 1 else len(text) + 1)
            return diag(
                "RC112",
                "no narration verb on this line",
                min(col, len(text) + 1),
                "narration verbs: " + "; ".join(NARRATION_FORMS),
            )
        return diag(
            "RC100",
            f"unexpected {found} in a narration line; expected {_describe(expected)}",
            hint="narration verbs: " + "; ".join(NARRATION_FORMS),
        )

    if m:
        return diag(
            "RC100",
            f"unexpected {found} in @{m[1]}; expected {_describe(expected)}",
        )

    if "COLON" in expected and found == "the end of the line":
        return diag(
            "RC100",
            "no ':' after the speaker",
            hint=f"an utterance is {UTTERANCE_FORM}; a narration line starts with '*'",
        )
    return diag(
        "RC100",
        f"unexpected {found}; expected {_describe(expected)}",
        hint=f"an utterance is {UTTERANCE_FORM}; a narration line starts with '*'",
    )
