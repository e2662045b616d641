"""Which rule set a transcript is checked by, and the refusals that guard the choice.

The rule set is the caller's when given (an id, a path, a loaded set), else the one
the transcript's ``@rules`` names, else :data:`DEFAULT_RULESET`. A transcript is data
from anywhere, so what its ``@rules`` may name is limited (:func:`refuse_outside`);
a ``--select`` that names no rule of the chosen set is refused too
(:func:`refuse_unknown`), since it would check nothing and pass. Several sets given
together are combined by the rules stage (``checker.rules.sets``), which validates
each on its own.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from checker.diagnostics import InputError, make
from checker.files import is_regular, outside
from checker.ruleset.loader import load_ruleset, shipped_ids
from checker.ruleset.schema import RuleSet
from checker.transcript.model import Transcript

#: The rule set of a transcript without ``@rules``.
DEFAULT_RULESET = "sar"


def choose_ruleset(
    transcript: Transcript, ruleset: RuleSet | str | None, *, allow_outside: bool = False
) -> RuleSet:
    """The rule set to check ``transcript`` by (see the module docstring).

    An id or path given by the caller is read from the current folder; one named by
    ``@rules`` from the transcript's folder, within its project unless
    ``allow_outside``, and a failure to load it is reported at the ``@rules`` line.
    """
    if isinstance(ruleset, RuleSet):
        return ruleset
    if ruleset is not None:
        return load_ruleset(ruleset, base_dir=Path.cwd())
    name = transcript.header.rules
    if name is None:
        return load_ruleset(DEFAULT_RULESET)
    base = Path(transcript.path).parent if transcript.path else Path.cwd()
    if not allow_outside and name not in shipped_ids():
        refuse_outside(transcript, name, base)
    try:
        return load_ruleset(name, base_dir=base)
    except InputError as exc:
        # Point at the @rules line of the transcript, where the user can fix it.
        line = transcript.header.rules_line
        src = transcript.source_lines[line - 1] if line else None
        first = exc.diagnostics[0]
        if first.code != "RC200" or line is None:
            raise
        column = (src.index(name) + 1) if src and name in src else 1
        raise InputError(
            [
                make(
                    "RC200",
                    first.message,
                    path=transcript.path,
                    line=line,
                    column=column,
                    hint=first.hint,
                    source_line=src,
                )
            ]
        ) from None


def refuse_outside(transcript: Transcript, name: str, base: Path) -> None:
    """RC206 when the transcript's ``@rules`` path leads out of its project; RC200
    when it names a file inside that is not a ``.toml`` file.

    A transcript is data from anywhere; a rule-set path in it must not make the
    checker read (and quote, in diagnostics) files elsewhere on the machine, nor a
    file beside it that is no rule set (a ``.env``). Symbolic links are followed
    before the comparison. A name that is no file is left to the loader (RC200).
    """
    found = next((c for c in (base / name, base / f"{name}.toml") if is_regular(c)), None)
    if found is None:
        return
    root = outside(found, base)  # the one policy of checker.files
    if root is None and found.resolve().suffix == ".toml":
        return
    line = transcript.header.rules_line
    src = transcript.source_lines[line - 1] if line else None
    column = (src.index(name) + 1) if src and name in src else 1
    code, message, hint = (
        "RC206",
        f"rule set {name!r} is outside this transcript's project ({root})",
        "keep the rule set inside the project, or pass --allow-outside to trust this transcript",
    )
    if root is None:  # inside, but no rule set: never parsed, so never quoted (a .env)
        code, message = "RC200", f"rule set {name!r} is not a .toml file"
        hint = "a rule set is a .toml file, or the id of a shipped one"
    raise InputError(
        [
            make(
                code,
                message,
                path=transcript.path,
                line=line,
                column=column if line else None,
                hint=hint,
                source_line=src,
            )
        ]
    )


def refuse_unknown(t: Transcript, rules: RuleSet, select: Collection[str] | None) -> None:
    """RC207 when ``select`` names a code (or prefix) that no rule of the rule set has:
    a mistyped ``--select CH99`` would otherwise check nothing and pass."""
    codes = [spec.code for spec in rules.rules]
    unknown = [c for c in select or () if not any(k.upper().startswith(c.upper()) for k in codes)]
    if unknown:
        raise InputError(
            [
                make(
                    "RC207",
                    f"--select {', '.join(unknown)}: no rule of rule set {rules.id!r} has "
                    f"{'this code' if len(unknown) == 1 else 'these codes'}",
                    path=t.path,
                    hint=f"rules of {rules.id}: {', '.join(codes)}",
                )
            ]
        )
