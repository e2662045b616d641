"""The 2026-12 speech-act contract through the real pipeline (SPEECH-ACTS.md, CLAUSES.md
"Discourse"): the acts the reply context adds (``distress.ack``, ``readback``, the
domain act of a yes or a no), SR02 on them, ``phase.assess`` on the casualty timeline,
and the new report fields.

Every transcript here is a small ``.radio`` file written to ``tmp_path`` and checked
with :func:`checker.api.check` or the CLI; the wordings are standard phraseology that
the classifier already reads as the acts the discourse starts from.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from checker.api import classify
from checker.phraseology.model import Classification, SpeechAct
from checker.protocol.model import Event
from checker.report.dump import adapter, dump, dump_json
from checker.report.model import Report
from checker.vocabulary import ACT_KINDS
from tests.conftest import Run
from tests.protocol.reading import said as line_of

HEADER = """\
@title: discourse
@date: 2024-06-03
@timezone: +01:00
@rules: uk-fr-channel
@station HMCG: rcc party=UK aka="Dover Coastguard"
@station CROSS: rcc party=FR aka="CROSS Gris-Nez"
@station SEARCHER: vessel party=UK unit=state aka="Searcher"
@station SKIFF: casualty persons=3 aka="Skiff", "the skiff"

"""
#: the line of the first line after the header, and of the next ones
L1 = HEADER.count("\n") + 1
L2, L3, L4 = L1 + 1, L1 + 2, L1 + 3
MAYDAY = (
    "11:20 Skiff -> ALL STATIONS: Mayday mayday mayday, this is Skiff. Mayday Skiff, "
    "position two miles south of Dover, we are sinking, three persons on board. Over.\n"
)


@pytest.fixture
def run(checked_radio: Callable[[str], Report]) -> Callable[[str], Report]:
    """Check a transcript of the header above and ``body``, written as a file."""
    return lambda body: checked_radio(HEADER + body)


def acts(event: Event, kind: str) -> list[SpeechAct]:
    return [a for a in event.acts if a.kind == kind]


def sr02(report: Report) -> list[tuple[str, list[int]]]:
    return [(v.outcome, v.evidence) for v in report.verdicts if v.rule == "SR02"]


# --------------------------------------------------------------------- distress.ack


def test_a_question_back_after_a_mayday_acknowledges_it(run: Callable[[str], Report]) -> None:
    """SPEECH-ACTS.md gives "what is your position?" straight after the MAYDAY as a
    ``distress.ack``: the question *is* the acknowledgement, so it leads."""
    r = run(
        MAYDAY + "11:21 Dover Coastguard -> Skiff: Skiff, this is Dover Coastguard. "
        "What is your position? Over.\n"
    )
    reply = line_of(r, "What is your position")
    (question,) = acts(reply, "question")
    (ack,) = acts(reply, "distress.ack")
    assert ack.answers == L1  # the MAYDAY's line
    assert ack.slots == {"casualty": "SKIFF", "formal": False}
    assert ack.source == question.source
    assert ack.confidence < question.confidence
    assert [a.kind for a in reply.acts] == ["call", "distress.ack", "question"]
    assert reply.primary == "distress.ack"
    assert sr02(r) == [("satisfied", [L1, L2])]


def test_without_the_discourse_a_question_back_would_not_count(
    run: Callable[[str], Report],
) -> None:
    """The same question from a station that was not called, to someone else, is
    no acknowledgement: SR02 then finds none."""
    r = run(
        MAYDAY + "11:21 Searcher -> Dover Coastguard: Dover Coastguard, this is Searcher. "
        "What is your position? Over.\n"
        "11:40 Dover Coastguard -> Searcher: Searcher, this is Dover Coastguard. "
        "Three persons on board. Over.\n"
    )
    assert not any(acts(e, "distress.ack") for e in r.events)
    assert [o for o, _ in sr02(r)] != ["satisfied"]


def test_received_mayday_is_the_formal_acknowledgement(run: Callable[[str], Report]) -> None:
    r = run(
        MAYDAY + "11:21 Dover Coastguard -> Skiff: Mayday Skiff, this is Dover Coastguard, "
        "received mayday. What is your position? Over.\n"
    )
    reply = line_of(r, "received mayday")
    (ack,) = acts(reply, "distress.ack")  # not a second one from the question
    assert ack.slots["formal"] is True
    assert ack.source == "grammar"
    assert sr02(r) == [("satisfied", [L1, L2])]


def test_a_mayday_received_in_plain_words_acknowledges_but_is_not_the_proword(
    run: Callable[[str], Report],
) -> None:
    r = run(
        MAYDAY + "11:21 Dover Coastguard -> Skiff: Skiff, this is Dover Coastguard, "
        "copy your mayday. Over.\n"
    )
    (ack,) = acts(line_of(r, "copy your mayday"), "distress.ack")
    assert ack.slots.get("formal") is not True
    assert sr02(r) == [("satisfied", [L1, L2])]


def test_only_the_first_reply_is_read_as_the_acknowledgement(
    run: Callable[[str], Report],
) -> None:
    r = run(
        MAYDAY + "11:21 Dover Coastguard -> Skiff: Skiff, this is Dover Coastguard. "
        "What is your position? Over.\n"
        "11:22 Dover Coastguard -> Skiff: Skiff, this is Dover Coastguard. "
        "How many persons on board? Over.\n"
    )
    assert acts(line_of(r, "What is your position"), "distress.ack")
    assert not acts(line_of(r, "How many persons"), "distress.ack")


def test_the_called_station_answering_with_its_name_acknowledges(
    run: Callable[[str], Report],
) -> None:
    """Answering a call with one's own name is the answer of radio procedure
    ("Coast Guard Sector Anchorage." after "Mayday, this is Moonlight Maid")."""
    r = run(MAYDAY + "11:21 Dover Coastguard -> Skiff: Dover Coastguard.\n")
    reply = line_of(r, "Dover Coastguard.")
    assert [a.kind for a in reply.acts] == ["call", "distress.ack"]
    assert sr02(r) == [("satisfied", [L1, L2])]


def test_a_name_from_a_station_not_called_is_no_acknowledgement(
    run: Callable[[str], Report],
) -> None:
    r = run(
        MAYDAY + "11:21 Searcher -> Skiff: Skiff, this is Searcher.\n"
        "11:40 Searcher -> Dover Coastguard: Dover Coastguard, Searcher, the skiff is "
        "sinking. Over.\n"
    )
    assert not acts(line_of(r, "Skiff, this is Searcher"), "distress.ack")


# --------------------------------------------------------------------- readback


def test_a_reply_repeating_the_figures_is_a_readback(run: Callable[[str], Report]) -> None:
    r = run(
        MAYDAY + "11:21 Dover Coastguard -> Skiff: Skiff, this is Dover Coastguard. Roger, "
        "three persons on board, position two miles south of Dover. Over.\n"
    )
    reply = line_of(r, "Roger, three persons")
    (readback,) = acts(reply, "readback")
    assert readback.answers == L1
    what = " ".join(readback.slots["what"])  # the words of the reply that repeat them
    assert "three persons" in what and "two miles south of Dover" in what
    assert readback.matched and "two miles south of Dover" in readback.matched
    kinds = [a.kind for a in reply.acts]
    # the repeated figures are the read-back, not new reports (CLAUSES.md: "a clause
    # that repeats the figures of the message it answers is a readback"), and a
    # read-back straight after the MAYDAY is its acknowledgement (SPEECH-ACTS.md)
    assert "report.persons" not in kinds and "report.position" not in kinds
    assert kinds.index("distress.ack") == kinds.index("readback") - 1  # read from it
    assert reply.primary == "distress.ack"
    assert sr02(r) == [("satisfied", [L1, L2])]


def test_a_readback_by_another_station_satisfies_sr02(run: Callable[[str], Report]) -> None:
    """Searcher was not called and is no RCC, so its reply is no ``distress.ack``; but
    it reads the MAYDAY's figures back, which acknowledges it."""
    r = run(
        MAYDAY + "11:21 Searcher -> Skiff: Skiff, this is Searcher, three persons on board, "
        "position two miles south of Dover.\n"
    )
    reply = line_of(r, "this is Searcher")
    assert [a.kind for a in reply.acts if a.kind in ("readback", "distress.ack")] == ["readback"]
    assert sr02(r) == [("satisfied", [L1, L2])]


def test_other_figures_are_no_readback(run: Callable[[str], Report]) -> None:
    r = run(MAYDAY + "11:21 Searcher -> Skiff: Skiff, this is Searcher, five persons on board.\n")
    assert not acts(line_of(r, "five persons"), "readback")


# --------------------------------------------------------------------- yes and no


@pytest.mark.parametrize(
    ("asked", "answer", "added"),
    [
        ("Request you take over coordination of the dinghy.", "Affirmative", "coordination.accept"),
        ("Request you take over coordination of the dinghy.", "Negative", "coordination.reject"),
        ("Request you report your ETA.", "Affirmative", "comply"),
        ("Request you report your ETA.", "Negative", "refuse"),
        ("Request permission to launch our boat.", "Affirmative", "permission.grant"),
        ("Request permission to launch our boat.", "Negative", "permission.deny"),
    ],
)
def test_a_yes_or_no_is_also_the_act_it_answers(
    run: Callable[[str], Report], asked: str, answer: str, added: str
) -> None:
    r = run(
        "02:00 * SKIFF stops\n"
        f"02:20 CROSS -> HMCG: Dover Coastguard, this is CROSS Gris-Nez. {asked} Over.\n"
        f"02:21 HMCG -> CROSS: CROSS Gris-Nez, this is Dover Coastguard. {answer}. Over.\n"
    )
    reply = line_of(r, f"{answer}. Over")
    kinds = [a.kind for a in reply.acts]
    bare = "answer.affirmative" if answer == "Affirmative" else "answer.negative"
    assert kinds == ["call", bare, added]  # the answer stays; the domain act follows it
    assert acts(reply, added)[0].answers == L2
    assert reply.primary == added


def test_affirmative_to_a_handover_hands_coordination_over(
    run: Callable[[str], Report],
) -> None:
    r = run(
        "02:00 * SKIFF stops\n"
        "02:10 * CROSS takes coordination of SKIFF\n"
        "02:20 CROSS -> HMCG: Dover Coastguard, this is CROSS Gris-Nez. Request you take over "
        "coordination of the skiff. Over.\n"
        "02:21 HMCG -> CROSS: CROSS Gris-Nez, this is Dover Coastguard. Affirmative. Over.\n"
    )
    coordination = [s for s in r.responsibility if s.level == "coordination"]
    assert (coordination[-1].station, coordination[-1].how) == ("HMCG", "handed-over")
    assert coordination[-1].evidence == [L3, L4]


#: Dover Coastguard's order to Searcher, and a report to it that orders nothing
ORDER = "HMCG -> SEARCHER: Searcher, this is Dover Coastguard. Keep a sharp lookout for the skiff."
REPORT = (
    "HMCG -> SEARCHER: Searcher, this is Dover Coastguard. The skiff is two miles south of Dover."
)


def searcher_after(run: Callable[[str], Report], said: str, *replies: str) -> Report:
    """``said`` at 02:20 (line L2), then Searcher's ``replies`` to Dover Coastguard,
    a minute apart."""
    lines = [f"02:20 {said} Over."] + [
        f"02:{21 + k} SEARCHER -> HMCG: Dover Coastguard, this is Searcher. {reply} Over."
        for k, reply in enumerate(replies)
    ]
    return run("02:00 * SKIFF stops\n" + "\n".join(lines) + "\n")


def test_a_will_statement_answering_an_order_complies(run: Callable[[str], Report]) -> None:
    # SPEECH-ACTS.md's own example: "I will alter course to starboard" carries out
    # the order it answers; the intention stays after it for the ledgers
    r = searcher_after(run, ORDER, "I will keep a lookout for the skiff now.")
    reply = line_of(r, "I will keep a lookout")
    kinds = [a.kind for a in reply.acts]
    assert kinds.index("comply") < kinds.index("intention"), kinds
    assert acts(reply, "comply")[0].answers == L2
    assert reply.primary == "comply"


def test_a_will_statement_without_an_order_stays_an_intention(
    run: Callable[[str], Report],
) -> None:
    reply = line_of(searcher_after(run, REPORT, "Received. We will meet the skiff."), "We will")
    assert reply.primary == "intention"
    assert not acts(reply, "comply")


def test_a_plan_after_the_order_was_answered_is_no_compliance(
    run: Callable[[str], Report],
) -> None:
    r = searcher_after(run, ORDER, "Wilco.", "We will search the area to the south.")
    assert line_of(r, "Wilco").primary == "comply"
    later = line_of(r, "We will search")
    assert later.primary == "intention"
    assert not acts(later, "comply")


def test_a_receipt_and_a_will_statement_comply_with_an_order(
    run: Callable[[str], Report],
) -> None:
    # alone, "Roger, we will ..." complies (the real corpus labels it so); in the
    # transcript it does where an order was put to the speaker
    assert classify("Roger, we will keep them in sight.").primary == "comply"
    r = searcher_after(run, ORDER, "Roger, we will keep them in sight.")
    reply = line_of(r, "we will keep them")
    assert reply.primary == "comply"
    assert acts(reply, "comply")[0].answers == L2


def test_a_receipt_and_a_will_statement_after_a_report_is_an_intention(
    run: Callable[[str], Report],
) -> None:
    r = searcher_after(run, REPORT, "Roger, we will keep them in sight.")
    reply = line_of(r, "we will keep them")
    assert reply.primary == "intention"
    assert not acts(reply, "comply")


def test_a_receipt_and_an_action_comply_with_an_order(run: Callable[[str], Report]) -> None:
    # "Roger, altering to starboard": the speaker doing what it is told, which no
    # frame reads as an act of its own (it was `information`)
    assert classify("Roger, altering to starboard.").primary == "comply"
    assert classify("D'accord, on s'arrête.").primary == "comply"  # a French receipt
    assert classify("Ce sera bon, d'accord ?").primary == "question"  # asks for one
    order = ORDER.replace("Keep a sharp lookout for the skiff.", "Alter course to starboard.")
    reply = line_of(searcher_after(run, order, "Roger, altering to starboard."), "altering")
    assert reply.primary == "comply"
    assert acts(reply, "comply")[0].answers == L2


def test_a_receipt_and_an_action_after_a_report_is_what_it_said(
    run: Callable[[str], Report],
) -> None:
    reply = line_of(searcher_after(run, REPORT, "Roger, altering to starboard."), "altering")
    assert reply.primary == "information"
    assert not acts(reply, "comply")
    plan = line_of(searcher_after(run, REPORT, "Okay, we're turning around now."), "turning")
    assert plan.primary == "intention"
    # the craft's state the speaker brings about: a status where nothing was ordered
    assert classify("Yes, stopping engines now.").primary == "comply"
    state = line_of(searcher_after(run, REPORT, "Yes, stopping engines now."), "stopping")
    assert state.primary == "report.status"
    assert not acts(state, "comply")


def test_an_order_to_another_station_is_not_answered(run: Callable[[str], Report]) -> None:
    # HMCG's order went to CROSS: Searcher's plan, said next to HMCG, does not answer it
    to_cross = ORDER.replace("-> SEARCHER: Searcher", "-> CROSS: CROSS Gris-Nez")
    r = searcher_after(run, to_cross, "I will keep a lookout for the skiff now.")
    reply = line_of(r, "I will keep a lookout")
    assert reply.primary == "intention"
    assert all(a.answers is None for a in reply.acts)


# --------------------------------------------------------------------- phase.assess


def test_a_negated_assessment_is_recorded_without_lowering_distress(
    run: Callable[[str], Report],
) -> None:
    r = run(
        MAYDAY + "11:25 Dover Coastguard -> Searcher: Searcher, this is Dover Coastguard. "
        "I'm not in the distress phase because they're not at risk of sinking. Over."
        '   # radiocheck: act=phase.assess reason="the RCC states its phase"\n'
    )
    event = line_of(r, "distress phase")
    (act,) = acts(event, "phase.assess")
    assert act.slots["phase"] == "distress" and act.slots["negated"] is True
    (skiff,) = [c for c in r.casualties if c.id == "SKIFF"]
    last = skiff.timeline[-1]
    assert last.line == L2 and last.phase == "distress"
    assert last.assessment is not None
    assert dump(last.assessment, mode="python") == {
        "line": L2,
        "phase": "distress",
        "negated": True,
        "by": "HMCG",
        "reason": "they're not at risk of sinking",
    }
    assert skiff.final.phase == "distress"


def test_an_assessment_sets_the_phase(run: Callable[[str], Report]) -> None:
    r = run(
        "02:00 * SKIFF stops\n"
        "02:20 Dover Coastguard -> Searcher: Searcher, this is Dover Coastguard. We are in "
        "the distress phase for the skiff. Over."
        '   # radiocheck: act=phase.assess reason="the RCC states its phase"\n'
    )
    (skiff,) = [c for c in r.casualties if c.id == "SKIFF"]
    assert [(s.line, s.phase) for s in skiff.timeline] == [(L1, "alert"), (L2, "distress")]
    assert skiff.timeline[0].assessment is None
    assessment = skiff.timeline[-1].assessment
    assert assessment is not None and (assessment.phase, assessment.negated) == ("distress", False)


def test_the_timeline_json_keeps_its_keys_without_an_assessment(
    run: Callable[[str], Report],
) -> None:
    r = run(MAYDAY)
    state = r.model_dump(mode="json")["casualties"][0]["timeline"][0]
    assert "assessment" not in state
    assert set(state) == {"line", "phase", "operation", "zones", "closed", "closure"}


# --------------------------------------------------------------------- the report


def test_every_utterance_carries_the_classifiers_language(run: Callable[[str], Report]) -> None:
    r = run(MAYDAY + "11:21 Dover Coastguard -> Skiff: Skiff, this is Dover Coastguard. Over.\n")
    for e in r.events:
        if e.kind == "utterance":
            assert e.language == classify(e.text or "").language


def test_language_goes_from_the_classification_to_the_event() -> None:
    from checker.context import build_context
    from checker.protocol.resolve import event_for
    from checker.ruleset import load_ruleset
    from checker.transcript.reader import read_text

    t = read_text(HEADER + "11:21 Dover Coastguard -> Skiff: Received. Over.\n")
    rules = load_ruleset("uk-fr-channel")
    context, _ = build_context(t, rules.world, rules.geometry_files)
    (line,) = [ln for ln in t.lines if ln.kind == "utterance"]
    c = Classification(text=line.text or "", primary="ack", language="en")
    assert event_for(line, context, c).language == "en"


def test_frame_and_clause_appear_in_the_json_only_when_set() -> None:
    act = SpeechAct(kind="coordination.decline", confidence=0.8, source="frame")
    assert "frame" not in dump(act)
    assert "clause" not in json.loads(dump_json(act))
    framed = replace(act, frame="coordination.decline#2", clause={"span": [0, 10], "mood": "decl"})
    dumped = dump(framed)
    assert dumped["frame"] == "coordination.decline#2"
    assert dumped["clause"] == {"span": [0, 10], "mood": "decl"}
    assert adapter(SpeechAct).validate_python(dumped) == framed


def test_new_kinds_keep_the_order_of_the_table() -> None:
    assert ACT_KINDS.index("readback") == ACT_KINDS.index("distress.ack") + 1
    assert ACT_KINDS.index("phase.assess") == ACT_KINDS.index("task") + 1


def test_schema_describes_the_new_fields(cli: Callable[..., Run]) -> None:
    run = cli("schema", "report")
    assert run.code == 0
    defs = json.loads(run.out)["$defs"]
    assert {"frame", "clause"} <= set(defs["SpeechAct"]["properties"])
    assert "frame" in defs["SpeechAct"]["properties"]["source"]["enum"]
    assert "assessment" in defs["CasualtyState"]["properties"]
    assert set(defs["PhaseAssessment"]["properties"]) == {
        "line",
        "phase",
        "negated",
        "by",
        "reason",
    }


def test_the_cli_reports_the_added_acts(tmp_path: Path, cli: Callable[..., Run]) -> None:
    path = tmp_path / "case.radio"
    path.write_text(
        HEADER
        + "@expect satisfied SR02 casualty=SKIFF\n"
        + MAYDAY
        + "11:21 Dover Coastguard -> Skiff: Skiff, this is Dover Coastguard. "
        "What is your position? Over.\n",
        encoding="utf-8",
    )
    run = cli("check", str(path), "--format", "json", "--exit-zero")
    assert run.code == 0, run.err
    (report,) = json.loads(run.out)
    reply = report["events"][-1]
    assert [a["kind"] for a in reply["acts"]] == ["call", "distress.ack", "question"]
    # frame and clause are there only with a value, never as null
    assert all(
        a.get(k, "-") is not None
        for e in report["events"]
        for a in e["acts"]
        for k in ("frame", "clause")
    )
    assert cli("test", str(path)).code == 0


def test_rules_can_cite_the_assessments_from_the_timeline(tmp_path: Path) -> None:
    """The protocol stage's :class:`Timeline` lists the assessments of a casualty."""
    from checker.api import read_transcript
    from checker.context import build_context
    from checker.phraseology import classify as classify_line
    from checker.protocol.resolve import resolve
    from checker.protocol.timeline import build_timeline
    from checker.ruleset import load_ruleset

    path = tmp_path / "case.radio"
    path.write_text(
        HEADER + MAYDAY + "11:25 Dover Coastguard -> Searcher: Searcher, this is Dover "
        "Coastguard. I'm not in the distress phase. Over."
        '   # radiocheck: act=phase.assess reason="the RCC states its phase"\n',
        encoding="utf-8",
    )
    t = read_transcript(path)
    rules = load_ruleset("uk-fr-channel")
    context, _ = build_context(t, rules.world, rules.geometry_files)
    said = {
        ln.line: classify_line(ln.text or "", context) for ln in t.lines if ln.kind == "utterance"
    }
    timeline = build_timeline(resolve(t, context, said), context, t.path)
    (assessment,) = timeline.assessments("SKIFF")
    assert (assessment.line, assessment.phase, assessment.negated) == (L2, "distress", True)
    assert timeline.state_at("SKIFF", L2) is not None
    assert timeline.state_at("SKIFF", L2).phase == "distress"  # type: ignore[union-attr]
