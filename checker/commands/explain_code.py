"""``radiocheck explain RC101`` (and ``rules --explain RC101``): a diagnostic's entry.

Every diagnostic line ends with its anchor in docs/errors.md; this prints the same
entry from the catalogue (:data:`checker.diagnostics.CATALOGUE`: severity and title)
and, where the documentation sits beside the package (a checkout, an editable
install), the page's section: what the code means, an example file and the command
that shows it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from checker.commands._common import Exit

_CODE = re.compile(r"^RC\d{3}$", re.IGNORECASE)


def is_code(text: str) -> bool:
    """Whether ``text`` names a diagnostic code (RC101), not a file or a rule."""
    return bool(_CODE.match(text)) and not Path(text).exists()


def explain_code(text: str) -> int:
    """Print the entry of a diagnostic code; exit 0, or 2 for a code that is none."""
    import difflib

    from checker.diagnostics import CATALOGUE, ERRORS_DOC, doc_anchor

    code = text.upper()
    info = CATALOGUE.get(code)
    if info is None:
        near = difflib.get_close_matches(code, list(CATALOGUE), n=3, cutoff=0.7)
        meant = f"; did you mean {', '.join(near)}?" if near else ""
        print(f"radiocheck: error: no diagnostic {text!r}{meant}", file=sys.stderr)
        return Exit.INPUT
    print(f"{code} ({info.severity.value}): {info.title}")
    section = _section(code, Path(__file__).resolve().parents[2] / ERRORS_DOC)
    print(f"\n{section}" if section else "", end="")
    print(f"\nDocumented in {doc_anchor(code)}.")
    return Exit.OK


def _section(code: str, doc: Path) -> str | None:
    """The code's section of docs/errors.md without its heading, or None."""
    try:
        text = doc.read_text(encoding="utf-8")
    except OSError:
        return None
    m = re.search(rf"^### {code}\n(.*?)(?=^### |^## |\Z)", text, re.MULTILINE | re.DOTALL)
    return m[1].strip() + "\n" if m else None
