"""``radiocheck rules --explain CODE``: one rule as prose a reviewer can read.

The rule's own fields (title, rationale, source) and its kind's docstring are written
for people, but the docstring is reST for the developers' tools (````code````,
``PASS::`` blocks, ``:class:`` roles) and parameter types are Python's. This module
turns both into Markdown, which rich renders as formatted prose in a terminal and as
plain, wrapped text in a pipe; ``--format json`` keeps the raw fields for tools.
"""

from __future__ import annotations

import re
from types import UnionType
from typing import TYPE_CHECKING, Any, Literal, Union, get_args, get_origin

from pydantic_core import PydanticUndefined

if TYPE_CHECKING:
    from rich.console import Console

#: Python types of rule parameters in the words of a rule-set author.
_TYPES = {
    "str": "text",
    "int": "whole number",
    "float": "number",
    "bool": "true or false",
    "timedelta": "duration",
    "NoneType": "none",
}
_ROLE = re.compile(r":[a-z]+:`~?([^`]+)`")


def type_words(annotation: Any) -> str:
    """A parameter's type in words: "list of text", "one of radio, phone", "duration,
    optional"; an annotation no words are known for is shown cleaned of ``typing.``."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return "one of " + ", ".join(str(a) for a in args)
    if origin in (tuple, list, set, frozenset) and args:
        return "list of " + type_words(args[0])
    if origin in (Union, UnionType):
        kept = [a for a in args if a is not type(None)]
        words = " or ".join(type_words(a) for a in kept)
        return f"{words}, optional" if len(kept) < len(args) else words
    if isinstance(annotation, type):
        return _TYPES.get(annotation.__name__, annotation.__name__)
    return str(annotation).replace("typing.", "").replace("datetime.", "")


def value_words(value: Any) -> str:
    """A parameter value as a rule-set author writes it in TOML."""
    if isinstance(value, (tuple, list)):
        return ", ".join(str(v) for v in value) if value else "none"
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def doc_markdown(doc: str) -> str:
    """A kind's reST docstring as Markdown: literals and roles as code, ``X::``
    blocks as fenced code blocks."""
    out: list[str] = []
    block = listing = False
    for line in doc.splitlines():
        if block:
            if line.strip() and not line.startswith(" "):
                while out and not out[-1].strip():
                    out.pop()
                out.append("```")
                block = False
            else:
                if line.strip() or out[-1] != "```text":  # no blank lines at its top
                    out.append(line[4:] if line.startswith("    ") else line.strip())
                continue
        text = _ROLE.sub(r"`\1`", line).replace("``", "`")
        if listing and text.startswith("  ") and text.strip():
            # "Params:" then indented "name  what it is": a list of definitions
            name, _, what = text.strip().partition("  ")
            out.append(f"- `{name}`: {what.strip()}" if what else f"- {name}")
            continue
        listing = text.strip().endswith(":") and not text.startswith(" ")
        if text.rstrip().endswith("::"):
            label = text.rstrip()[:-2].strip()
            if label:
                out.append(f"{label}:")
            out += ["", "```text"]
            block = True
            continue
        out.append(text)
    if block:
        while out and not out[-1].strip():
            out.pop()
        out.append("```")
    return "\n".join(out)


def explain_markdown(spec: Any) -> str:
    """One rule explained as a Markdown document."""
    from checker.api import rule_kind

    kind = rule_kind(spec.kind)
    md = [
        f"# {spec.code} {spec.name}",
        "",
        f"**{spec.title}**",
        "",
        f"- **Kind:** `{spec.kind}`" + (f" (level: {spec.level})" if spec.level else ""),
        f"- **Severity:** {spec.severity}",
        f"- **Provenance:** {spec.provenance}",
        f"- **Source:** {spec.source}",
    ]
    if spec.excused_by:
        md.append(f"- **Excused by:** {', '.join(spec.excused_by)}")
    md += ["", "## Rationale", "", spec.rationale or "(none given)", "", "## Parameters", ""]
    fields = kind.params.model_fields
    if not fields:
        md.append("None.")
    for key, field in fields.items():
        default = "required" if field.default is PydanticUndefined else value_words(field.default)
        mine = value_words(spec.params[key]) if key in spec.params else "the default"
        md.append(
            f"- `{key}` ({type_words(field.annotation)}; default: {default}): this rule uses {mine}"
        )
    md += ["", f"## How the {spec.kind} kind decides", "", doc_markdown(kind.doc)]
    for i, ex in enumerate(spec.examples, 1):
        for label, text in (("passes", ex.passing), ("fails", ex.failing)):
            if text:
                md += ["", f"## Example {i}, which {label}", "", "```text", text.rstrip(), "```"]
    return "\n".join(md).rstrip() + "\n"


def print_explain(spec: Any, console: Console) -> None:
    """Render :func:`explain_markdown` with rich on ``console``: formatted in a
    terminal, plain and wrapped at the console's width in a pipe."""
    from rich.markdown import Markdown

    md = Markdown(explain_markdown(spec), code_theme="ansi_light")
    if console.is_terminal:
        console.print(md)
        return
    with console.capture() as captured:  # a pipe: the same words, no padding
        console.print(md)
    console.file.write("\n".join(line.rstrip() for line in captured.get().splitlines()) + "\n")
