"""radiocheck: check maritime radio transcripts against protocol rules.

The public API (see ARCHITECTURE.md)::

    from checker import read_transcript, load_ruleset, classify, check
    report = check("transcripts/channel/ranger-2025.radio")

Names are imported on first use, so that ``import checker`` (and the CLI's start-up)
does not pay for stages it does not run.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from checker._version import __version__

if TYPE_CHECKING:
    from checker.api import check, classify, load_ruleset, read_transcript
    from checker.context import Context, Station
    from checker.diagnostics import Diagnostic, InputError
    from checker.phraseology.model import Classification, SpeechAct
    from checker.protocol.model import Casualty, Event, ResponsibilitySpan
    from checker.report.model import Report
    from checker.report.results import TestResult
    from checker.rules.model import Verdict
    from checker.ruleset.schema import RuleSet, World
    from checker.runner import test
    from checker.transcript.model import Transcript

_EXPORTS = {
    "Casualty": "checker.protocol.model",
    "Classification": "checker.phraseology.model",
    "Context": "checker.context",
    "Diagnostic": "checker.diagnostics",
    "Event": "checker.protocol.model",
    "InputError": "checker.diagnostics",
    "Report": "checker.report.model",
    "ResponsibilitySpan": "checker.protocol.model",
    "RuleSet": "checker.ruleset.schema",
    "SpeechAct": "checker.phraseology.model",
    "Station": "checker.context",
    "TestResult": "checker.report.results",
    "Transcript": "checker.transcript.model",
    "Verdict": "checker.rules.model",
    "World": "checker.ruleset.schema",
    "check": "checker.api",
    "classify": "checker.api",
    "load_ruleset": "checker.api",
    "read_transcript": "checker.api",
    "test": "checker.runner",
}

__all__ = [
    "Casualty",
    "Classification",
    "Context",
    "Diagnostic",
    "Event",
    "InputError",
    "Report",
    "ResponsibilitySpan",
    "RuleSet",
    "SpeechAct",
    "Station",
    "TestResult",
    "Transcript",
    "Verdict",
    "World",
    "__version__",
    "check",
    "classify",
    "load_ruleset",
    "read_transcript",
    "test",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'checker' has no attribute {name!r}")
    return getattr(import_module(module), name)
