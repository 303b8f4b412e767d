"""Colours without Qt: the colour-blind-safe categorical palette and WCAG contrast.

``CATEGORICAL`` is the Okabe–Ito palette (Okabe & Ito, *Color Universal Design*, 2008) without
its black, which would vanish on a dark background: seven hues that stay distinct for the
common colour-vision deficiencies.  Every categorical colour of the lab (digit classes,
WL labels, the λ curves, curve families) comes from :func:`categorical`.  Beyond seven
categories the hues repeat, lightened then darkened, so neighbours stay apart.

:func:`contrast_ratio` is the WCAG 2 formula ``(L1 + 0.05) / (L2 + 0.05)`` on relative
luminances; :func:`text_on` picks black or white, whichever reads better on a fill.
"""

from __future__ import annotations

import numbers

from nnlab_gui.engine.texts import N_, Problem

OKABE_ITO = {
    "orange": "#e69f00", "sky blue": "#56b4e9", "bluish green": "#009e73", "yellow": "#f0e442",
    "blue": "#0072b2", "vermillion": "#d55e00", "reddish purple": "#cc79a7",
}
CATEGORICAL: tuple[str, ...] = tuple(OKABE_ITO.values())
# the order of the two-curve views (training/validation, G1/G2, optimiser A/B)
PAIR = (OKABE_ITO["blue"], OKABE_ITO["vermillion"])
MARK = OKABE_ITO["bluish green"]


def _rgb(colour: str) -> tuple[int, int, int]:
    text = str(colour).strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise Problem(N_("colour must look like #rrggbb, got {value!r}"), value=colour)
    try:
        return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)
    except ValueError:
        raise Problem(N_("colour must look like #rrggbb, got {value!r}"), value=colour) from None


def _hex(rgb) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def mix(colour: str, other: str, t: float) -> str:
    """``colour`` moved a fraction ``t`` of the way to ``other``."""
    a, b = _rgb(colour), _rgb(other)
    return _hex([x + (y - x) * t for x, y in zip(a, b)])


def categorical(index) -> str:
    """The colour of category ``index`` (0, 1, 2, …) as ``#rrggbb``; never raises
    (anything that is not an integer gets the first colour)."""
    if isinstance(index, bool) or not isinstance(index, numbers.Integral):
        index = 0
    n = len(CATEGORICAL)
    cycle, i = divmod(int(index) % (3 * n), n)
    base = CATEGORICAL[i]
    if cycle == 1:
        return mix(base, "#ffffff", 0.45)
    if cycle == 2:
        return mix(base, "#000000", 0.35)
    return base


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb`` (0 black … 1 white)."""
    def lin(c: int) -> float:
        s = c / 255.0
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    a, b = relative_luminance(fg), relative_luminance(bg)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


def text_on(fill: str) -> str:
    """Black or white, whichever has the higher contrast on ``fill``."""
    return "#000000" if contrast_ratio("#000000", fill) >= contrast_ratio("#ffffff", fill) else "#ffffff"
