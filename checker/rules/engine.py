"""The rule engine: every rule of a rule set, one verdict per casualty (or exchange).

For each rule the engine parses its params (:mod:`.validate`), asks its kind what it
found (:mod:`.registry`), then applies what is common to all rules, in this order:

1. **excuses** (RULES.md, "Excuses"): a violation by party P for casualty C is
   ``excused`` by a rule of ``excused_by`` when that rule is satisfied by P for C, C
   was in distress, the zone's party had not acted, and P's action was a rescue —
   never for landing rules;
2. **weak ground**: a decided outcome that rests on a position near a border, an
   approximate zone, or evidence below ``min_confidence`` becomes ``uncertain``, and
   the explanation says why;
3. **provenance**: a rule that rests on press reports says so;
4. **suppression**: a verdict whose evidence includes a line annotated
   ``# radiocheck: ignore[CODE] reason="..."`` carries that reason and fails nothing.

Every rule is evaluated even when ``select``/``ignore`` leave it out of the result,
because an excuse may rest on a rule nobody asked to see.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from checker.context import Context
from checker.defaults import DEFAULT_MIN_CONFIDENCE
from checker.protocol.timeline import Timeline
from checker.rules.finding import Finding, lines_text
from checker.rules.index import Index
from checker.rules.model import EVIDENCE_CAP, Verdict
from checker.rules.registry import get
from checker.rules.validate import level_of, validated
from checker.rules.view import View
from checker.ruleset.schema import RuleSet, RuleSpec

DECIDED = ("satisfied", "violated", "excused")
Findings = dict[str, list[Finding]]


class _Satisfied:
    """The first ``satisfied`` finding of each rule for each (party, casualty), made
    on first use: an excuse looked up by a scan of the excusing rule's findings for
    every violation was quadratic in the casualties of a long transcript."""

    def __init__(self, found: Findings) -> None:
        self.found = found
        self.tables: dict[str, dict[tuple[str | None, str | None], Finding]] = {}

    def first(self, code: str, party: str | None, casualty: str | None) -> Finding | None:
        table = self.tables.get(code)
        if table is None:
            table = self.tables[code] = {}
            for g in self.found.get(code, []):
                if g.outcome == "satisfied":
                    table.setdefault((g.party, g.casualty), g)
        return table.get((party, casualty))


def evaluate(  # noqa: PLR0913  the options of a run, keyword-only
    timeline: Timeline,
    context: Context,
    ruleset: RuleSet,
    *,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    select: Collection[str] | None = None,
    ignore: Collection[str] | None = None,
    reasons: Mapping[tuple[int, str], str] | None = None,
) -> list[Verdict]:
    """The verdicts of every rule of ``ruleset`` on ``timeline``.

    ``select`` keeps only these rule codes (or code prefixes: ``CH``), ``ignore`` drops
    these; ``reasons`` maps (line, code) to the reason of an ``ignore`` annotation.
    Raises :class:`~checker.diagnostics.InputError` (RC202) for bad rule params.
    """
    params = validated(ruleset)
    found: Findings = {}
    index = Index(timeline)  # made once: every rule asks the same questions
    for spec in ruleset.rules:
        kind = get(spec.kind)
        view = View(
            index=index, context=context, spec=spec, level=level_of(spec, params[spec.code])
        )
        found[spec.code] = list(kind.check(view, params[spec.code])) or [
            Finding(outcome="not-applicable", explanation=kind.nothing)
        ]
    events = index.lines
    out: list[Verdict] = []
    satisfied = _Satisfied(found)
    for spec in ruleset.rules:
        if not _selected(spec.code, select, ignore):
            continue
        for f in found[spec.code]:
            v = _verdict(spec, f, satisfied, context, min_confidence)
            hits = [n for n in v.evidence if n in events and spec.code in events[n].suppressed]
            if hits:
                why = (reasons or {}).get((hits[0], spec.code))
                v.suppressed = why or f"ignored on line {hits[0]}"
            # bounded after suppression, which reads every line: see EVIDENCE_CAP
            v.evidence_omitted = f.omitted + max(0, len(v.evidence) - EVIDENCE_CAP)
            del v.evidence[EVIDENCE_CAP:]
            out.append(v)
    return out


def _selected(code: str, select: Collection[str] | None, ignore: Collection[str] | None) -> bool:
    def hit(codes: Collection[str]) -> bool:
        return any(code.upper().startswith(c.upper()) for c in codes)

    return (not select or hit(select)) and not (ignore and hit(ignore))


def _verdict(
    spec: RuleSpec, f: Finding, satisfied: _Satisfied, context: Context, floor: float
) -> Verdict:
    outcome, said, evidence = f.outcome, f.explanation.rstrip("."), list(f.evidence)
    excused_by = None
    if outcome == "violated" and spec.excused_by and get(spec.kind).excusable:
        excuse = _excuse(spec, f, satisfied, context)
        if isinstance(excuse, tuple):
            excused_by, clause, lines = excuse
            outcome, said, evidence = "excused", f"{said}; {clause}", [*evidence, *lines]
        elif excuse:
            said = f"{said}; {excuse}"
    if outcome in DECIDED and f.uncertain_because:
        outcome, said = "uncertain", f"{said}; uncertain because {f.uncertain_because}"
    if outcome in DECIDED and f.confidence < floor:
        outcome = "uncertain"
        said += f"; it rests on evidence of confidence {f.confidence:.2f}, below {floor:.2f}"
    if outcome != "excused":
        excused_by = None  # an excuse of a verdict that ended uncertain stays in its text
    if spec.provenance == "press-report" and "press" not in said:
        said += "; the rule rests on press reports"
    return Verdict(
        rule=spec.code,
        name=spec.name,
        title=spec.title,
        outcome=outcome,
        severity=spec.severity,
        party=f.party,
        casualty=f.casualty,
        station=f.station,
        evidence=sorted(set(evidence)),
        excused_by=excused_by,
        explanation=said + ".",
        confidence=round(min(max(float(f.confidence), 0.0), 1.0), 3),
        provenance=spec.provenance,
    )


def _excuse(
    spec: RuleSpec, f: Finding, satisfied: _Satisfied, context: Context
) -> tuple[str, str, list[int]] | str | None:
    """(code, clause, lines) when an excusing rule applies; otherwise a clause saying
    why the violation is not excused, or None when no rule could excuse it."""
    facts = f.excuse
    if facts is None:
        return None
    for code in spec.excused_by:
        ok = satisfied.first(code, f.party, f.casualty)
        if ok is None:
            continue
        if not facts.distress:
            return f"not excused by {code}: the casualty was not in distress"
        owner = context.parties.get(facts.zone_party or "", facts.zone_party or "the zone's party")
        if facts.zone_party_acted:
            return f"not excused by {code}: {owner}'s units had acted"
        if not facts.rescue_only:
            return f"not excused by {code}: the action went beyond rescue"
        lines = sorted({*ok.evidence, *facts.lines})
        clause = (
            f"excused by {code} ({lines_text(ok.evidence)}): persons were in distress, "
            f"{owner}'s units present had not acted, and the action was a rescue"
        )
        return code, clause, lines
    return None
