"""Generate the parts of the documentation that come from the code.

    python scripts/gen_docs.py           rewrite the generated sections in place
    python scripts/gen_docs.py --check   exit 1, naming the stale sections, if any differs

Each generated section sits between two markers in a Markdown file::

    <!-- BEGIN GENERATED: NAME (scripts/gen_docs.py; do not edit by hand) -->
    ...
    <!-- END GENERATED: NAME -->

Everything outside the markers is written by hand. The sections are made from the
rule kinds' docstrings and ``Params`` models, the argparse parser, the lexicon, the
shipped rule sets, and the real output of ``radiocheck`` run in-process on files of
``transcripts/`` (with ``NO_COLOR`` and a fixed width, so the output is stable).
``tests/project/test_docs_generated.py`` runs :func:`stale` so that the docs cannot drift.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import sys
import tomllib
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BEGIN = "<!-- BEGIN GENERATED: {name} (scripts/gen_docs.py; do not edit by hand) -->"
END = "<!-- END GENERATED: {name} -->"
#: The terminal width of every captured command output.
WIDTH = 100
#: The small transcript whose output samples docs/cli.md shows.
SAMPLE = "transcripts/ci-examples/unanswered-question.radio"
RANGER = "transcripts/channel/ranger-2025.radio"
SHIPPED = ("sar", "smcp", "uk-fr-channel")


# --------------------------------------------------------------------- running the CLI


@contextlib.contextmanager
def _environment(width: int) -> Iterator[None]:
    """Plain output of a fixed width, from the repository root."""
    saved_env = dict(os.environ)
    saved_cwd = Path.cwd()
    for key in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLORTERM"):
        os.environ.pop(key, None)
    os.environ.update({"NO_COLOR": "1", "COLUMNS": str(width), "TERM": "dumb"})
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def run_cli(argv: list[str], width: int = WIDTH) -> tuple[int, str, str]:
    """Run ``radiocheck ARGV`` in-process from the repository root: (code, stdout, stderr)."""
    from checker.cli import main

    out, err = io.StringIO(), io.StringIO()
    with _environment(width), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def _clean(text: str) -> str:
    """Output as a doc shows it: no trailing spaces, no trailing blank lines."""
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n")


def _fence(text: str, lang: str = "text") -> str:
    return f"```{lang}\n{text}\n```"


def _cut(text: str, lines: int, width: int = 0) -> str:
    """The first ``lines`` lines (each cut to ``width`` characters when given)."""
    rows = text.splitlines()
    if width:
        rows = [r if len(r) <= width else r[: width - 1] + "…" for r in rows]
    if len(rows) > lines:
        rows = [*rows[:lines], f"… ({len(rows) - lines} more lines)"]
    return "\n".join(rows)


def _md(text: str) -> str:
    """reStructuredText inline literals (``x``) as Markdown (`x`)."""
    return re.sub(r"``(.+?)``", r"`\1`", text)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# --------------------------------------------------------------------- README


def readme_ranger() -> str:
    """The report of the Ranger case, as ``check`` prints it (one line per finding)."""
    code, out, _ = run_cli(["check", RANGER, "--no-color"], width=120)
    assert code == 1, f"the Ranger case should exit 1 (violations), not {code}"
    return _fence(f"$ radiocheck check {RANGER}\n" + _clean(out))


# --------------------------------------------------------------------- docs/cli.md


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction[Any]:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def commands() -> dict[str, tuple[str, argparse.ArgumentParser]]:
    """Each subcommand of ``radiocheck``: name -> (one-line help, parser)."""
    from checker.cli import build_parser

    sub = _subparsers(build_parser())
    helps = {a.dest: a.help or "" for a in sub._choices_actions}
    return {name: (helps.get(name, ""), p) for name, p in sub.choices.items()}


def visible_actions(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """The arguments ``--help`` shows, without ``-h``."""
    return [
        a
        for a in parser._actions
        if a.help != argparse.SUPPRESS
        and not isinstance(a, argparse._HelpAction | argparse._SubParsersAction)
    ]


def _default(a: argparse.Action) -> str:
    if isinstance(a, argparse._StoreTrueAction | argparse._VersionAction):
        return "off" if not isinstance(a, argparse._VersionAction) else ""
    if a.default is None or a.default == argparse.SUPPRESS:
        return ""
    return f"`{a.default}`"


def _argument(a: argparse.Action) -> str:
    if a.nargs == 0 or (not a.option_strings and not a.choices):
        return ""
    if a.choices:
        return ", ".join(f"`{c}`" for c in a.choices)
    meta = a.metavar if isinstance(a.metavar, str) else a.dest.upper()
    return f"`{meta}`"


def _usage(parser: argparse.ArgumentParser) -> str:
    with _environment(WIDTH):
        return parser.format_usage().strip()


def _options_table(parser: argparse.ArgumentParser) -> str:
    rows = ["| argument | value | default | what it does |", "|---|---|---|---|"]
    for a in visible_actions(parser):
        if a.option_strings:
            name = ", ".join(f"`{o}`" for o in a.option_strings)
        else:
            name = f"`{a.metavar or a.dest}`"
        help_text = _cell(a.help or "")
        if a.nargs in ("+", "*"):
            help_text += " (one or more)" if a.nargs == "+" else " (any number)"
        if isinstance(a, argparse._AppendAction) and "repeatable" not in help_text:
            help_text += " (may be given more than once)"
        rows.append(f"| {name} | {_argument(a)} | {_default(a)} | {help_text} |")
    return "\n".join(rows)


def cli_commands() -> str:
    """Usage and an option table for every command, from the argparse parser."""
    from checker.cli import build_parser

    top = build_parser()
    parts = [
        "### `radiocheck`",
        "",
        _fence(_usage(top)),
        "",
        _options_table(top),
        "",
        "| command | what it does |",
        "|---|---|",
        *(f"| [`{n}`](#radiocheck-{n}) | {_cell(h)} |" for n, (h, _) in commands().items()),
    ]
    for name, (summary, p) in commands().items():
        parts += ["", f"### `radiocheck {name}`", "", f"{summary[:1].upper()}{summary[1:]}."]
        if p.description:
            parts += ["", " ".join(p.description.split())]
        parts += ["", _fence(_usage(p)), "", _options_table(p)]
    return "\n".join(parts)


def _abridge(value: Any) -> Any:
    """A JSON value with every list cut to its first item."""
    if isinstance(value, dict):
        return {k: _abridge(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_abridge(v) for v in value[:1]]
    return value


def cli_formats() -> str:
    """A short sample of every ``check --format``, from the real command."""
    _, p = commands()["check"]
    fmt = next(a for a in p._actions if "--format" in a.option_strings)
    parts: list[str] = []
    for name in fmt.choices or ():
        code, out, _ = run_cli(["check", SAMPLE, "--format", name])
        # Hashes change with every edit of the grammar, lexicon or rule sets: not shown.
        out = re.sub(r'("\w*sha256"\s*:\s*)"[0-9a-f]{64}"', r'\1"…"', out)
        # The folder of the run (SARIF's %SRCROOT%) and measured times are not the reader's.
        out = re.sub(r'"file://[^"]*/"', '"file:///home/you/project/"', out)
        out = re.sub(r' time="[0-9.]+"', ' time="0.05"', out)
        title = f"#### `--format {name}`"
        if name in ("text", "table"):
            body = _fence(_clean(out))
        elif name in ("json", "sarif"):
            data = json.loads(out)
            body = "Every list cut to its first item:\n\n" + _fence(
                json.dumps(_abridge(data), indent=2, ensure_ascii=False), "json"
            )
        elif name == "jsonl":
            body = "One object per line; lines cut to 150 characters:\n\n" + _fence(
                _cut(_clean(out), 40, 150), "json"
            )
        elif name == "junit":
            body = _fence(_cut(_clean(out), 20), "xml")
        elif name == "markdown":
            body = _fence(_clean(out), "markdown")
        elif name == "html":
            body = "A self-contained HTML page: open it in a browser. See [review.md](review.md)."
        else:
            body = _fence(_cut(_clean(out), 20, 150))
        parts += [title, "", f"Exit code {code}.", "", body, ""]
    head = (
        f"Each sample is `radiocheck check {SAMPLE} --format FORMAT`, "
        "with SHA-256 hashes replaced by `…`."
    )
    return head + "\n\n" + "\n".join(parts).rstrip()


# --------------------------------------------------------------------- docs/rules.md


def _type(t: Any) -> str:
    """A Params field type in words."""
    origin = get_origin(t)
    if origin is Annotated:
        base = get_args(t)[0]
        return "duration" if base is timedelta else "activity"
    if origin is Literal:
        values = [f"`{v}`" for v in get_args(t)]
        return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " or " + values[-1]
    if origin in (Union, type(int | None)):
        args = [a for a in get_args(t) if a is not type(None)]
        return " or ".join(_type(a) for a in args)
    if origin in (tuple, list):
        inner = next(a for a in get_args(t) if a is not Ellipsis)
        return f"list of {_type(inner)}"
    if t is timedelta:
        return "duration"
    return {str: "text", bool: "true or false", int: "integer", float: "number"}.get(
        t, getattr(t, "__name__", str(t))
    )


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, timedelta):
        total = int(v.total_seconds())
        return f'"{total // 60}m"' if total % 60 == 0 else f'"{total}s"'
    if isinstance(v, int | float):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list | tuple):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(f"cannot write {v!r} as TOML")


def _field_default(field: Any) -> str:
    from pydantic_core import PydanticUndefined

    if field.default is PydanticUndefined:
        return "required"
    if field.default is None:
        return "none"
    if field.default == ():
        return "`[]`"
    return f"`{_toml_value(field.default)}`"


def _param_docs(block: list[str]) -> dict[str, str]:
    """``name  description`` lines of a docstring's Params block, by name."""
    out: dict[str, str] = {}
    base = min(len(x) - len(x.lstrip()) for x in block if x.strip())
    name = ""
    for line in block:
        indent = len(line) - len(line.lstrip())
        m = re.match(r"(\w+)\s+(.*)", line.strip())
        if indent == base and m:
            name = m[1]
            out[name] = m[2].strip()
        elif name:
            text = line.strip()
            out[name] += (" <br>" if text.startswith("``") else " ") + text
    return {k: _md(re.sub(r"(?<=\S)  +", " ", v)) for k, v in out.items()}


def _kind_doc(doc: str) -> dict[str, Any]:
    """A kind's docstring in parts: summary, prose paragraphs, params, examples."""
    paras: list[list[str]] = [[]]
    for line in doc.splitlines():
        if line.strip():
            paras[-1].append(line)
        elif paras[-1]:
            paras.append([])
    paras = [p for p in paras if p]
    summary = " ".join(x.strip() for x in paras[0])
    summary = summary.split(":", 1)[1].strip()
    prose: list[str] = []
    params: dict[str, str] | None = None
    examples: list[tuple[str, str]] = []
    label = ""
    for p in paras[1:]:
        first = p[0].strip()
        if first.startswith("Params:"):
            rest = first[len("Params:") :].strip()
            params = {} if rest.lower().startswith("none") else _param_docs(p[1:])
        elif first.endswith("::") and len(p) == 1:
            m = re.match(r"(PASS|FAIL)\s*(\(.*\))?::", first)
            word = {"PASS": "Passes", "FAIL": "Fails"}[m[1]] if m else first[:-2]
            label = f"{word} {_md(m[2])}:" if m and m[2] else f"{word}:"
        elif p[0].startswith("    ") and label:
            examples.append((label, "\n".join(x[4:] for x in p)))
            label = ""
        else:
            prose.append(_md(" ".join(x.strip() for x in p)))
    return {"summary": _md(summary), "prose": prose, "params": params or {}, "examples": examples}


#: Example rules for the kinds no shipped rule uses (validated when generated).
EXAMPLE_RULES: dict[str, dict[str, Any]] = {
    "response": {
        "code": "LC01",
        "name": "distress.rcc-acknowledges",
        "title": "An RCC acknowledges a distress message within 5 minutes",
        "kind": "response",
        "severity": "error",
        "source": "local practice",
        "provenance": "local",
        "params": {
            "a": ["distress.declare", "distress.relay"],
            "b": ["distress.ack"],
            "by": "rcc",
            "within": "5m",
        },
    },
    "precedence": {
        "code": "LC02",
        "name": "landing.after-recovery",
        "title": "Nobody is landed before a recovery is logged",
        "kind": "precedence",
        "severity": "warning",
        "source": "local practice",
        "provenance": "local",
        "params": {"a": ["recovers"], "b": ["lands"]},
    },
    "absence": {
        "code": "LC03",
        "name": "coordination.no-redirect",
        "title": "No RCC sends a caller elsewhere",
        "kind": "absence",
        "severity": "error",
        "source": "local practice",
        "provenance": "local",
        "params": {"a": ["coordination.redirect"], "by": "rcc"},
    },
    "existence": {
        "code": "LC04",
        "name": "coordination.taken",
        "title": "An RCC takes coordination of every case within 10 minutes",
        "kind": "existence",
        "severity": "warning",
        "source": "local practice",
        "provenance": "local",
        "params": {
            "a": ["coordination.assume", "takes-coordination"],
            "by": "rcc",
            "within": "10m",
        },
    },
}

_RULE_KEYS = ("code", "name", "title", "kind", "severity", "level", "source", "provenance")


def rule_toml(spec: dict[str, Any]) -> str:
    """One ``[[rules]]`` table (without rationale and examples)."""
    lines = ["[[rules]]"]
    for key in (*_RULE_KEYS, "params", "excused_by"):
        if spec.get(key) not in (None, {}, []):
            lines.append(f"{key} = {_toml_value(spec[key])}")
    return "\n".join(lines)


def shipped_rules() -> list[tuple[str, dict[str, Any]]]:
    """(rule-set id, rule as data) for every shipped rule, in rule-set order."""
    from checker.ruleset.loader import load_ruleset

    seen: set[str] = set()
    out = []
    for rid in SHIPPED:
        for r in load_ruleset(rid).rules:
            if r.code not in seen:
                seen.add(r.code)
                out.append((rid, r.model_dump(by_alias=True)))
    return out


def rules_kinds() -> str:
    """One section per rule kind, from its docstring, its Params model and the shipped rules."""
    from checker.rules.registry import KINDS
    from checker.ruleset.schema import RuleSpec

    shipped = shipped_rules()
    parts = []
    for name, kind in KINDS.items():
        doc = _kind_doc(kind.doc)
        parts += [f"### `{name}`", "", doc["summary"][:1].upper() + doc["summary"][1:], ""]
        for para in doc["prose"]:
            parts += [para, ""]
        fields = kind.params.model_fields
        if fields:
            parts += ["| parameter | type | default | meaning |", "|---|---|---|---|"]
            for key, field in fields.items():
                meaning = doc["params"].get(key, "(not described in the kind's docstring)")
                parts.append(
                    f"| `{key}` | {_cell(_type(field.annotation))} | {_field_default(field)} "
                    f"| {_cell(meaning)} |"
                )
            parts.append("")
        else:
            parts += ["No parameters.", ""]
        if not kind.excusable:
            parts += ["Never excused: `excused_by` has no effect on a rule of this kind.", ""]
        users = [(rid, r) for rid, r in shipped if r["kind"] == name]
        if users:
            codes = ", ".join(f"{r['code']} (`{rid}`)" for rid, r in users)
            parts += [f"Shipped rules of this kind: {codes}. The first, as written:", ""]
            example = users[0][1]
        else:
            parts += ["No shipped rule uses this kind. An example:", ""]
            example = EXAMPLE_RULES[name]
        RuleSpec.model_validate(example)
        kind.params.model_validate(example.get("params", {}))
        parts += [_fence(rule_toml(example), "toml"), ""]
        for label, text in doc["examples"]:
            parts += [label, "", _fence(text), ""]
    return "\n".join(parts).rstrip()


# --------------------------------------------------------------------- docs/transcripts.md


def channel_world() -> str:
    """The zones, ports and marks of ``uk-fr-channel``, which transcripts may name."""
    from checker.ruleset.loader import load_ruleset

    world = load_ruleset("uk-fr-channel").world
    parts = [
        "Zones:",
        "",
        "| zone | kind | party | part of | phrases that name it |",
        "|---|---|---|---|---|",
    ]
    for zid, z in world.zones.items():
        aka = ", ".join(f'"{a}"' for a in z.aka)
        part_of = f"`{z.part_of}`" if z.part_of else ""
        parts.append(f"| `{zid}` | {z.kind} | {z.party or ''} | {part_of} | {aka} |")
    parts += ["", "Ports:", "", "| port | party | also called |", "|---|---|---|"]
    for name, port in world.ports.items():
        parts.append(f"| {name} | {port.party} | {', '.join(port.aka)} |")
    parts += ["", "Charted marks:", "", "| mark | kind | also called |", "|---|---|---|"]
    for name, mark in world.marks.items():
        parts.append(f"| {name} | {mark.kind or ''} | {', '.join(mark.aka)} |")
    return "\n".join(parts)


# --------------------------------------------------------------------- docs/acts.md


def _act_text(act: Any) -> str:
    slots = ", ".join(f"{k}={v!r}" for k, v in act.slots.items() if not k.endswith("_id"))
    return f"`{act.kind}` {act.confidence:.2f} {act.source}" + (f" ({slots})" if slots else "")


def acts_kinds() -> str:
    """Every act kind: what it is, its slots, an example read by the classifier, and the
    lexicon patterns that produce it (the catalogue: checker/phraseology/data/acts.toml)."""
    from checker.api import classify
    from checker.phraseology.acts import catalogue
    from checker.vocabulary import ACT_KINDS

    lexicon = tomllib.loads(
        (ROOT / "checker/phraseology/data/lexicon.toml").read_text(encoding="utf-8")
    )
    patterns: dict[str, list[str]] = {}
    for family in lexicon.get("family", []):
        patterns.setdefault(family["kind"], []).extend(family.get("patterns", []))
    acts = catalogue()
    missing = [k for k in ACT_KINDS if k not in acts]
    assert not missing, f"checker/phraseology/data/acts.toml has no entry for {missing}"
    parts = []
    for kind in ACT_KINDS:
        info = acts[kind]
        c = classify(info.example)
        kinds = [a.kind for a in c.acts]
        assert (
            kind in kinds
            or info.from_context is not None
            or (kind == "unclassified" and c.primary == kind)
        ), f"the example of {kind} is read as {kinds}: change checker/phraseology/data/acts.toml"
        parts += [f"### `{kind}`", "", info.what]
        if info.slots:
            parts[-1] += " Slots: " + ", ".join(f"`{s}`" for s in info.slots) + "."
        parts += ["", f'Example: "{info.example}"', ""]
        if info.from_context is not None and kind not in kinds:
            parts += [info.from_context, ""]
            parts += [f"- alone, the classifier reads: primary `{c.primary}`; acts:"]
        else:
            parts += [f"- primary `{c.primary}`; acts in spoken order:"]
        parts += [f"  - {_act_text(a)}" for a in c.acts]
        own = patterns.get(kind, [])
        if own:
            shown = ", ".join(f"`{p}`" for p in own[:3])
            more = f" (and {len(own) - 3} more)" if len(own) > 3 else ""
            parts += ["", f"Lexicon patterns ({len(own)}): {shown}{more}."]
        elif kind in kinds or info.from_context is None:
            parts += ["", "Produced by the phraseology grammar (no lexicon patterns)."]
        parts.append("")
    return "\n".join(parts).rstrip()


def acts_classify() -> str:
    """The real output of ``radiocheck classify`` for two utterances."""
    code, out, _ = run_cli(
        [
            "classify",
            "Ranger, this is French warship. What are your intentions with the dinghy? Over.",
        ]
    )
    assert code == 0
    code2, out2, _ = run_cli(
        ["classify", "--format", "json", "i am going to export that with the uk coastguard over"]
    )
    assert code2 == 0
    return (
        _fence(
            '$ radiocheck classify "Ranger, this is French warship. What are your intentions '
            'with the dinghy? Over."\n' + _clean(out)
        )
        + "\n\n"
        + _fence(
            '$ radiocheck classify --format json "i am going to export that with the uk '
            'coastguard over"\n' + _clean(out2)
        )
    )


# --------------------------------------------------------------------- the sections

SECTIONS: dict[tuple[str, str], Callable[[], str]] = {
    ("README.md", "ranger-report"): readme_ranger,
    ("docs/cli.md", "commands"): cli_commands,
    ("docs/cli.md", "formats"): cli_formats,
    ("docs/rules.md", "rule-kinds"): rules_kinds,
    ("docs/transcripts.md", "channel-world"): channel_world,
    ("docs/acts.md", "act-kinds"): acts_kinds,
    ("docs/acts.md", "classify-output"): acts_classify,
}


def replace_section(text: str, name: str, body: str, path: str = "") -> str:
    """``text`` with the section ``name`` replaced by ``body``."""
    begin, end = BEGIN.format(name=name), END.format(name=name)
    start, stop = text.find(begin), text.find(end)
    if start < 0 or stop < start:
        raise SystemExit(f"{path}: markers of the generated section {name!r} not found")
    return text[: start + len(begin)] + "\n" + body.strip("\n") + "\n" + text[stop:]


def generate(root: Path = ROOT) -> dict[Path, tuple[str, str]]:
    """Each file with generated sections: path -> (text now, text as generated)."""
    out: dict[Path, tuple[str, str]] = {}
    for (rel, name), make in SECTIONS.items():
        path = root / rel
        old, new = out.get(path, (path.read_text(encoding="utf-8"),) * 2)
        out[path] = (old, replace_section(new, name, make(), rel))
    return out


def stale(root: Path = ROOT) -> list[str]:
    """The files whose generated sections are not what the code gives today."""
    return [str(p.relative_to(root)) for p, (old, new) in generate(root).items() if old != new]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale sections")
    args = parser.parse_args(argv)
    results = generate()
    changed = [p for p, (old, new) in results.items() if old != new]
    if args.check:
        for p in changed:
            print(f"{p.relative_to(ROOT)}: generated sections are stale", file=sys.stderr)
        if changed:
            print("run: python scripts/gen_docs.py", file=sys.stderr)
        return 1 if changed else 0
    for p in changed:
        p.write_text(results[p][1], encoding="utf-8")
        print(f"wrote {p.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
