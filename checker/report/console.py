"""The one rich console every command prints with, and why it is not rich's default.

Text from the input (titles, station names, utterances, file names) reaches the
terminal through rich renderables. A plain :class:`rich.console.Console` would pass an
ESC in it straight through (OSC 52 writes the clipboard, ``ESC[2J`` clears the screen,
OSC 8 forges a hyperlink), would read ``[link=...]`` in a table cell as markup, and
would let a U+202E reorder a line. :class:`SafeConsole` neutralises every text once,
where rich turns it into segments (:meth:`SafeConsole.render`), with
:func:`checker.diagnostics.visible`; its own styling is added afterwards, so it is
untouched. Renderers therefore need no escaping of their own, field by field.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import TextIO

from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment
from rich.text import Span, Text

from checker.diagnostics import visible

#: The layout characters of rich's own text: a renderer's ``"\n"`` between a title and
#: a path is structure, not input, and a tab is expanded by rich.
_LAYOUT = "\n\t"


def visible_text(text: Text) -> Text:
    """A copy of ``text`` with :func:`visible` applied, its styles moved with it."""
    plain = text.plain
    shown = visible(plain, _LAYOUT)
    if shown is plain:
        return text
    # where each replaced character grew, so that spans keep covering the same words
    ends: list[int] = []
    growth: list[int] = []
    grown = 0
    for i, ch in enumerate(plain):
        width = len(visible(ch, _LAYOUT))
        if width != 1:
            grown += width - 1
            ends.append(i + 1)
            growth.append(grown)

    def moved(offset: int) -> int:
        k = bisect_right(ends, offset)
        return offset + (growth[k - 1] if k else 0)

    copy = text.blank_copy(shown)
    copy.spans = [Span(moved(s.start), moved(s.end), s.style) for s in text.spans]
    return copy


class SafeConsole(Console):
    """A console that shows input text, never obeys it (see the module docstring)."""

    def render(
        self, renderable: RenderableType, options: ConsoleOptions | None = None
    ) -> Iterable[Segment]:
        """Render as rich does, after neutralising a text or string renderable."""
        if isinstance(renderable, str):
            opts = options or self.options
            renderable = self.render_str(renderable, highlight=opts.highlight, markup=False)
        if isinstance(renderable, Text):
            renderable = visible_text(renderable)
        return super().render(renderable, options)

    def on_broken_pipe(self) -> None:
        """A closed pipe (``radiocheck rules | head -1``) is not the end of the command:
        the rest of the output is dropped and the CLI exits as it would have (rich's
        own handling exits 1). Behind the CLI's stdout guard this is never reached."""
        self.quiet = True


def make_console(no_color: bool | None = None, file: TextIO | None = None) -> Console:
    """The console for a command's output, with no markup, emoji codes or highlighting
    read into strings that may come from input. ``no_color=None`` leaves colours to
    rich, which honours ``NO_COLOR`` (when set and not empty)."""
    return SafeConsole(
        file=file,
        no_color=no_color,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
    )
