"""One vocabulary (checker/vocabulary.py): every list of words the stages share is its
``Literal``'s arguments, the act catalogue describes exactly the act kinds, the design
page's kinds are all there, and the tables that map a vocabulary cover all of it."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import get_args

import pytest

from checker import vocabulary as v
from checker.diagnostics import Severity as DiagnosticSeverity
from checker.phraseology.acts import catalogue
from checker.report.explain import OUTCOME_WORDS
from checker.report.html_sections import OUTCOME_ICON
from checker.report.model import report_json_schema
from checker.report.words import OUTCOME_STYLE
from checker.rules.registry import KINDS
from tests.conftest import ROOT, Run

#: The act kinds of SPEECH-ACTS.md's table as published (2026-12), in its order. A
#: kind is never renamed or removed (an old name stays as an alias), so every one of
#: these must stay an act kind; new kinds may follow.
PUBLISHED_KINDS = (
    "call", "procedure.say-again", "procedure.correction", "procedure.stand-by",
    "procedure.channel", "procedure.radio-check", "distress.declare", "distress.relay",
    "distress.ack", "readback", "distress.silence", "distress.prudonce", "distress.end",
    "distress.cancel", "urgency.declare", "safety.declare", "ack", "answer.affirmative",
    "answer.negative", "comply", "refuse", "question.intentions", "question", "request",
    "intention", "instruction", "advice", "warning", "request.assistance",
    "assistance.offer", "assistance.accept", "assistance.decline", "assistance.unable",
    "permission.request", "permission.grant", "permission.deny", "permission.lacking",
    "task", "phase.assess", "coordination.assume", "coordination.decline",
    "coordination.redirect", "coordination.handover", "coordination.accept",
    "coordination.reject", "search.suspend", "search.terminate", "case.close",
    "report.position", "report.persons", "report.status", "report.rescued",
    "report.landing", "thanks", "information", "unclassified",
)  # fmt: skip


def _design_page() -> Path | None:
    """SPEECH-ACTS.md where the design pages live beside the project (they are not in
    the repository): ``RADIOCHECK_DESIGN``, else ``../shared/design``."""
    folder = os.environ.get("RADIOCHECK_DESIGN") or ROOT.parent / "shared" / "design"
    page = Path(folder) / "SPEECH-ACTS.md"
    return page if page.is_file() else None


def table_kinds(text: str) -> list[str]:
    """The kinds of the table of SPEECH-ACTS.md, in order: the first cell of each row
    names one or more, ``.x`` short for the first name's family
    (`` `permission.request` / `.grant` ``)."""
    kinds: list[str] = []
    for line in text.splitlines():
        if line.startswith("| `"):
            names = re.findall(r"`([^`]+)`", line.split("|")[1])
            family = names[0].split(".")[0]
            kinds += [family + n if n.startswith(".") else n for n in names]
    return kinds


def test_tuples_are_the_literals_arguments() -> None:
    pairs = [
        (v.ActKind, v.ACT_KINDS),
        (v.NarrationVerb, v.NARRATION_VERBS),
        (v.RuleKind, v.RULE_KINDS),
        (v.Role, v.ROLES),
        (v.WorldRole, v.WORLD_ROLES),
        (v.Unit, v.UNITS),
        (v.Medium, v.MEDIA),
        (v.ZoneKind, v.ZONE_KINDS),
        (v.Level, v.LEVELS),
        (v.Severity, v.SEVERITIES),
        (v.LineKind, v.LINE_KINDS),
        (v.Ending, v.ENDINGS),
        (v.Outcome, v.OUTCOMES),
    ]
    for literal, words in pairs:
        assert words == get_args(literal)
        assert len(set(words)) == len(words)


def test_subsets_stay_inside_their_vocabulary() -> None:
    assert set(v.WORLD_ROLES) <= set(v.ROLES)
    assert v.TAKING_CHARGE.issubset(v.NARRATION_VERBS)
    assert sorted(v.SEVERITY_RANK, key=v.SEVERITY_RANK.__getitem__, reverse=True) == list(
        v.SEVERITIES
    )


def test_the_catalogue_describes_exactly_the_act_kinds_in_order() -> None:
    assert list(catalogue()) == list(v.ACT_KINDS)
    for info in catalogue().values():
        assert info.what.strip() and info.example.strip()


def test_every_published_kind_is_an_act_kind() -> None:
    assert set(PUBLISHED_KINDS) <= set(v.ACT_KINDS)
    assert v.ACT_KINDS[: len(PUBLISHED_KINDS)] == PUBLISHED_KINDS


def test_the_design_page_kinds_are_all_act_kinds() -> None:
    page = _design_page()
    if page is None:
        pytest.skip("SPEECH-ACTS.md is not beside the project (set RADIOCHECK_DESIGN)")
    kinds = table_kinds(page.read_text(encoding="utf-8"))
    assert kinds, "no kinds read from the table of SPEECH-ACTS.md"
    assert set(kinds) <= set(v.ACT_KINDS)
    assert set(kinds) <= set(catalogue())


def test_table_kinds_expands_the_short_forms() -> None:
    row = "| `permission.request` / `.grant` / `.deny` | asks | | |\n| `ack` | receipt | | |"
    assert table_kinds(row) == ["permission.request", "permission.grant", "permission.deny", "ack"]


def test_the_rule_kinds_are_the_engines() -> None:
    assert set(KINDS) == set(v.RULE_KINDS)


def test_the_diagnostic_severities_are_the_vocabularys() -> None:
    assert tuple(s.value for s in DiagnosticSeverity) == v.SEVERITIES


def test_every_outcome_has_its_words_style_and_icon() -> None:
    for table in (OUTCOME_STYLE, OUTCOME_ICON, OUTCOME_WORDS):
        assert set(table) == set(v.OUTCOMES)


def test_the_report_schema_keeps_act_kinds_a_plain_string() -> None:
    """A Literal for mypy, a string in the published schema: adding a kind to
    SPEECH-ACTS.md does not change the report's contract."""
    defs = report_json_schema()["$defs"]
    assert defs["SpeechAct"]["properties"]["kind"] == {"title": "Kind", "type": "string"}
    primary = json.dumps(defs["Event"]["properties"]["primary"], sort_keys=True)
    assert "enum" not in primary


def test_an_unknown_act_kind_in_an_annotation_is_rc114(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    path = tmp_path / "case.radio"
    path.write_text(
        '@station A: vessel\nA: hi # radiocheck: act=distress.declar reason="x"\n',
        encoding="utf-8",
    )
    result = cli("check", str(path))
    assert result.code == 2
    assert "RC114 unknown act kind 'distress.declar'" in result.err
    assert "did you mean 'distress.declare'?" in result.err
