"""Text widths for the review page's SVG drawings, so that no label is ever clipped.

SVG text does not wrap and the page cannot measure itself before it is drawn (it is
a pure function of the report, with no script in the layout), so the layout measures
each label here, with the advance widths of DejaVu Sans Bold: the widest face the
page's font stack (``system-ui, "DejaVu Sans", sans-serif``) falls back to on Linux,
and wider than the regular and italic faces the labels use. The common system-ui
faces (Segoe UI, San Francisco, Cantarell) are narrower still; ``SAFETY`` covers
hinting and kerning. Characters outside the table count as a full em.

Labels wider than their box are wrapped at spaces onto more lines (``<tspan>``\\ s),
never cut and never split inside a word; a word wider than any box widens the
columns instead (:func:`longest_word`).
"""

from __future__ import annotations

#: Advance widths of DejaVu Sans Bold, in thousandths of an em, for U+0020..U+007E
#: (measured with a canvas in Chromium).
_WIDTHS = (
    349, 457, 521, 838, 696, 1002, 873, 307, 458, 458, 523, 838, 380, 416, 380, 366,
    696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 581,
    1000, 774, 763, 734, 831, 684, 684, 821, 837, 373, 373, 775, 638, 996, 837, 851,
    733, 851, 771, 721, 683, 813, 774, 1104, 771, 725, 726, 458, 366, 458, 838, 500,
    500, 675, 716, 593, 716, 679, 436, 716, 712, 343, 343, 666, 343, 1042, 712, 688,
    716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712, 366, 712, 838,
)  # fmt: skip
SAFETY = 1.1
#: Any character outside the table (arrows, dashes, accents, other scripts).
WIDE = 1000


def text_width(text: str, size: float) -> float:
    """The width of ``text`` at font size ``size`` (px), rounded up generously."""
    units = sum(_WIDTHS[o - 32] if 32 <= (o := ord(c)) < 127 else WIDE for c in text)
    return units * size / 1000 * SAFETY


def longest_word(text: str, size: float) -> float:
    """The width of the widest word: the narrowest box the text can wrap into."""
    return max((text_width(w, size) for w in text.split()), default=0.0)


def wrap(text: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width`` where the words allow, broken at spaces
    only (a word wider than ``width`` gets a line of its own, whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]
