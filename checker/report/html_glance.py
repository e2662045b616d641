"""The review page's "At a glance": who did what, on whose authority, in sentences.

A panel should learn who broke which rule without knowing the codes, so each serious
verdict becomes a sentence naming the party, the rule's title and the rule's own
``source`` field (the SAR Convention paragraph, the UNCLOS article, the SMCP part,
the press reports), then the verdict's explanation with its lines.

The report carries each verdict's title but not its rule's source, and the JSON
report stays as it is, so the sources are read back from the shipped rule sets the
report names in its ``ruleset.chain``. A rule only counts as the same rule when its
name and title match the verdict's, so a rule set of one's own that redefines a code
never borrows the shipped rule's source; such a rule is cited by its kind of
authority (``provenance``) instead.
"""

from __future__ import annotations

from functools import lru_cache

from checker.report.explain import holder_text
from checker.report.html_build import Markup, h, join
from checker.report.html_common import Ids, party_chip
from checker.report.html_sections import NO_PARTY, by_party
from checker.report.model import Report
from checker.rules.model import Verdict
from checker.vocabulary import LEVELS

#: How a rule's authority is named when its source is not known.
PROVENANCE_WORDS = {
    "convention": "an international convention",
    "treaty": "a treaty",
    "guidance": "IMO guidance",
    "press-report": "press reports",
    "local": "a local rule",
}


@lru_cache(maxsize=16)
def _shipped(ruleset_id: str) -> dict[tuple[str, str, str], str]:
    """(code, name, title) → source of the rules of one shipped rule set."""
    from checker.ruleset.loader import load_ruleset, shipped_ids

    if ruleset_id not in shipped_ids():
        return {}
    return {(r.code, r.name, r.title): r.source for r in load_ruleset(ruleset_id).rules}


@lru_cache(maxsize=16)
def _party_names(ruleset_id: str) -> dict[str, str]:
    from checker.ruleset.loader import load_ruleset, shipped_ids

    if ruleset_id not in shipped_ids():
        return {}
    return {k: p.name for k, p in load_ruleset(ruleset_id).world.parties.items()}


def rule_source(report: Report, v: Verdict) -> str | None:
    """The ``source`` field of the rule behind ``v``, when a shipped rule set has it."""
    chain = report.ruleset.chain if report.ruleset else []
    for ruleset_id in reversed(chain):
        found = _shipped(ruleset_id).get((v.rule, v.name, v.title or ""))
        if found:
            return found
    return None


def party_name(report: Report, party: str) -> str:
    """``the United Kingdom``, ``France``: the party as a sentence names it."""
    chain = report.ruleset.chain if report.ruleset else []
    name = next((n for r in reversed(chain) if (n := _party_names(r).get(party))), party)
    return f"the {name}" if name.split()[0] in ("United", "Republic", "Kingdom") else name


def _title(v: Verdict) -> str:
    """The rule's title as a clause: "Persons recovered …" → "persons recovered …"
    (an acronym or a name in capitals keeps its case)."""
    t = v.title or v.name
    first = t.split()[0] if t.split() else ""
    return t[:1].lower() + t[1:] if first == "A" or first[1:].islower() else t


def verdict_sentence(report: Report, v: Verdict, subject: str) -> list[object]:
    """ "The United Kingdom broke CH03 — persons recovered … (source: …). Recovered …"."""
    verb = {
        "violated": "broke",
        "excused": "broke",
        "uncertain": "may have broken",
    }[v.outcome]
    source = rule_source(report, v)
    authority: list[object] = (
        ["source: ", h("cite", source)]
        if source
        else [f"on the authority of {PROVENANCE_WORDS.get(v.provenance or '', 'the rule set')}"]
    )
    tail = {
        "violated": f", a {v.severity}" if v.severity != "error" else "",
        "excused": f"; excused by {v.excused_by}",
        "uncertain": "; the transcript cannot settle it",
    }[v.outcome]
    return [
        f"{subject[:1].upper()}{subject[1:]} {verb} ",
        h("code", v.rule),
        f" — {_title(v)} (",
        *authority,
        f"){tail}. ",
        v.explanation,
    ]


def render_glance(report: Report, ids: Ids) -> Markup:
    """The answer to "who had it, where, and who broke which rule" in a few sentences."""
    items = []
    for cas in report.casualties:
        p = cas.persons
        where = ", ".join(cas.zones) or "no known zone"
        final = f"{cas.final.phase}, {cas.final.operation}"
        facts = f"{p.on_board} on board; {p.recovered} recovered, {p.landed} landed" + (
            f", {p.missing} missing" if p.missing else ""
        )
        items.append(
            h("li", h("strong", cas.id), f" was in {where}. Final state: {final} ({facts}).")
        )
        for level in LEVELS:
            spans = [s for s in report.responsibility if s.casualty == cas.id and s.level == level]
            chain = " → ".join(f"{holder_text(s)} from line {s.from_line}" for s in spans)
            items.append(h("li", h("strong", f"{cas.id} {level}: "), chain or "never held"))
    rank = {"violated": 0, "excused": 1, "uncertain": 2}
    for party, group in by_party(report.verdicts):
        serious = [v for v in group if v.outcome in rank and not v.suppressed]
        serious.sort(key=lambda v: (rank[v.outcome], v.severity != "error", v.rule))
        kept = [v.rule for v in group if v.outcome == "satisfied"]
        if not serious:
            continue
        subject = party_name(report, party) if party != NO_PARTY else "the exchange"
        who_ = party_chip(report, ids, party) if party != NO_PARTY else join("Procedure rules")
        sentences = [h("li", *verdict_sentence(report, v, subject)) for v in serious]
        if kept:
            sentences.append(h("li", f"Kept {', '.join(kept)}."))
        items.append(h("li", who_, h("ul", sentences, class_="glance-acts")))
    return h("ul", items, class_="glance")
