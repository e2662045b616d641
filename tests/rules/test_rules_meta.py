"""Meta-tests over every shipped rule and every rule kind (as sqlfluff's rule tests).

The source of truth for each rule's examples is its rule file (``examples`` in
``checker/ruleset/data/*.toml``), which ``radiocheck rules --explain`` prints; the
files ``transcripts/rules/CODE-pass.radio`` / ``CODE-fail.radio`` are generated from
it so that ``radiocheck test transcripts/`` runs them too. Regenerate them with
``python tests/rules/test_rules_meta.py``.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import pytest

from checker.api import check, read_transcript
from checker.report.expect import evaluate
from checker.rules.registry import KINDS
from checker.ruleset.loader import DATA_DIR, load_ruleset, shipped_ids
from checker.ruleset.schema import RuleSpec
from checker.vocabulary import RULE_KINDS
from tests.conftest import ROOT

EXAMPLES = ROOT / "transcripts" / "rules"


def own_rules() -> list[tuple[str, RuleSpec]]:
    """(rule-set id, rule) for the rules each shipped file defines itself."""
    out = []
    for rid in shipped_ids():
        rs = load_ruleset(rid)
        out += [(rid, r) for r in rs.rules if rs.chain[-1] == rid and _defined_in(rid, r.code)]
    return out


def _defined_in(rid: str, code: str) -> bool:
    return f'code = "{code}"' in (DATA_DIR / f"{rid}.toml").read_text("utf-8")


def generated() -> dict[Path, str]:
    """The example transcripts as they must be on disk."""
    files: dict[Path, str] = {}
    for rid, rule in own_rules():
        for i, ex in enumerate(rule.examples):
            for label, text in (("pass", ex.passing), ("fail", ex.failing)):
                if text is None:
                    continue
                suffix = "" if i == 0 else f"-{i + 1}"
                head = (
                    f"# Generated from checker/ruleset/data/{rid}.toml, rule {rule.code}, "
                    f"examples[{i}].{label}:\n"
                    "# edit it there, then run python tests/rules/test_rules_meta.py\n"
                )
                files[EXAMPLES / f"{rule.code}-{label}{suffix}.radio"] = head + text
    return files


RULES = own_rules()
IDS = [r.code for _, r in RULES]


def test_codes_are_unique_across_the_shipped_sets() -> None:
    assert len(IDS) == len(set(IDS)) == 15
    assert sorted(IDS) == sorted(
        [f"SR0{i}" for i in range(1, 8)]
        + [f"PR0{i}" for i in range(1, 5)]
        + [f"CH0{i}" for i in range(1, 5)]
    )


@pytest.mark.parametrize(("rid", "rule"), RULES, ids=IDS)
def test_every_rule_has_source_provenance_rationale_and_examples(rid: str, rule: RuleSpec) -> None:
    assert rule.source.strip() and rule.rationale.strip() and rule.provenance
    assert rule.examples and rule.examples[0].passing and rule.examples[0].failing


def test_severities_and_provenance_as_rules_md_says() -> None:
    rules = {r.code: r for _, r in RULES}
    warnings = {c for c, r in rules.items() if r.severity == "warning"}
    assert warnings == {"CH04", "SR05", "SR07"}
    assert rules["PR04"].severity == "info"
    assert {c for c, r in rules.items() if r.provenance == "press-report"} == {
        "CH01",
        "CH03",
        "CH04",
    }
    assert rules["CH02"].excused_by == ["SR01"]
    assert rules["SR04"].level == "coordination" and rules["CH01"].level == "rescue"


@pytest.mark.parametrize(("rid", "rule"), RULES, ids=IDS)
@pytest.mark.parametrize("label", ["pass", "fail"])
def test_examples(rid: str, rule: RuleSpec, label: str) -> None:
    """The passing example has no violation of its rule; the failing one violates it;
    and every ``@expect`` line of the example holds."""
    text = rule.examples[0].passing if label == "pass" else rule.examples[0].failing
    assert text is not None
    report = check(read_transcript(text))
    verdicts = [v for v in report.verdicts if v.rule == rule.code]
    violated = [v for v in verdicts if v.outcome == "violated"]
    assert bool(violated) == (label == "fail"), [v.explanation for v in verdicts]
    unmet = [x.source for x in evaluate(report) if not x.passed]
    assert not unmet


def test_example_transcripts_are_generated_from_the_rule_files() -> None:
    want = generated()
    have = {p: p.read_text("utf-8") for p in EXAMPLES.glob("*.radio")}
    assert set(have) == set(want), "run python tests/rules/test_rules_meta.py"
    assert all(have[p] == want[p] for p in want), "run python tests/rules/test_rules_meta.py"


def test_registry_covers_every_kind_of_the_schema() -> None:
    assert set(KINDS) == set(RULE_KINDS)


def test_registry_names_each_module_s_own_kind() -> None:
    # the table maps a kind's name to its module, imported on first use
    assert [KINDS[name].name for name in KINDS] == list(KINDS)


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_kind_documents_itself(name: str) -> None:
    kind = KINDS[name]
    assert kind.doc.startswith(f"{name}:"), "the docstring opens with the kind's name"
    assert "Why:" in kind.doc and "PASS" in kind.doc and "FAIL" in kind.doc
    assert "Params" in kind.doc
    assert kind.params.model_config.get("extra") == "forbid"
    assert inspect.isfunction(kind.check) and kind.nothing.endswith(".")


def test_landing_rules_are_never_excusable() -> None:
    assert not KINDS["landing-state"].excusable and not KINDS["place-of-safety"].excusable


if __name__ == "__main__":
    EXAMPLES.mkdir(parents=True, exist_ok=True)
    for old in EXAMPLES.glob("*.radio"):
        old.unlink()
    for path, text in generated().items():
        path.write_text(text, "utf-8")
    print(f"wrote {len(generated())} files to {EXAMPLES}", file=sys.stderr)
