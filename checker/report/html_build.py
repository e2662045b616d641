"""A minimal HTML builder that escapes everything it is not told is already safe.

The review page shows text a transcript's author wrote (titles, aliases, utterances),
and that page is emailed around and opened offline, so an utterance such as
``<script>`` must never become markup. Rather than a template language, every element
is built by :func:`h`: text children and attribute values are always passed through
:func:`html.escape`, tag and attribute names are checked against a strict pattern,
event-handler and ``style`` attributes are refused (the page's one script and one
style sheet are fixed assets, pinned by its Content-Security-Policy), and links may
only point inside the page (``#...``). The result of :func:`h` is :class:`Markup`,
the only kind of string that is inserted unescaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from checker.diagnostics import visible

_NAME = re.compile(r"^[a-zA-Z][a-zA-Z0-9-]*$")
_ATTR = re.compile(r"^[a-zA-Z][a-zA-Z0-9:-]*$")
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "col", "wbr"})
_URL_ATTRS = frozenset({"href", "src", "action", "xlink:href", "formaction"})


class Markup(str):
    """A string of HTML that is safe to insert as it is (built by :func:`h`)."""

    __slots__ = ()


def esc(value: object) -> str:
    """Text as HTML: ``&``, ``<``, ``>``, ``"`` and ``'`` become character references,
    and control, bidirectional and zero-width characters are shown, not obeyed
    (:func:`~checker.diagnostics.visible`), so that a U+202E in a station name cannot
    reorder the words of the page around it."""
    return html.escape(visible(str(value), "\n\t"), quote=True)


def _children(items: Iterable[object]) -> Iterable[str]:
    for item in items:
        if item is None or item is False:
            continue
        if isinstance(item, Markup):
            yield item
        elif isinstance(item, str | int | float):
            yield esc(item)
        elif isinstance(item, Iterable):
            yield from _children(item)
        else:
            raise TypeError(f"cannot render {type(item).__name__} as HTML")


def _attr_name(key: str) -> str:
    """``class_`` → ``class``, ``data_line`` → ``data-line``, ``viewBox`` as it is."""
    name = key.rstrip("_").replace("_", "-")
    if not _ATTR.match(name) or name.lower().startswith("on") or name.lower() == "style":
        raise ValueError(f"refusing attribute name {key!r}")
    return name


def attrs(values: dict[str, object]) -> str:
    """Attributes as HTML, values escaped; ``None``/``False`` omitted, ``True`` bare."""
    out: list[str] = []
    for key, value in values.items():
        if value is None or value is False:
            continue
        name = _attr_name(key)
        if value is True:
            out.append(f" {name}")
            continue
        text = str(value)
        if name.lower() in _URL_ATTRS and not text.startswith("#"):
            raise ValueError(f"only in-page links are allowed, not {text!r}")
        out.append(f' {name}="{esc(text)}"')
    return "".join(out)


def h(tag: str, *children: object, **attributes: object) -> Markup:
    """An element: ``h("a", "line 4", href="#line-4", class_="ev")``."""
    if not _NAME.match(tag):
        raise ValueError(f"refusing tag name {tag!r}")
    start = f"<{tag}{attrs(attributes)}>"
    if tag in _VOID:
        if children:
            raise ValueError(f"<{tag}> takes no children")
        return Markup(start)
    return Markup(f"{start}{''.join(_children(children))}</{tag}>")


def join(*parts: object) -> Markup:
    """Several children as one piece of markup (text parts escaped)."""
    return Markup("".join(_children(parts)))


def raw_asset(text: str, closing: str) -> Markup:
    """A fixed asset of the package (CSS, JS) for a ``<style>``/``<script>`` body.

    Only the package's own files come here, never report data; the check that the
    asset cannot close its element early is a guard against editing mistakes.
    """
    if closing.lower() in text.lower():
        raise ValueError(f"asset contains {closing}")
    return Markup(text)
