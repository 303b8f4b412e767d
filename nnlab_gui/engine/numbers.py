"""The lab's one number format: every view and export writes its numbers through here.

Rules (issue 15):

* a chosen number of **significant digits** per quantity (``DIGITS``: probabilities 3,
  gradients 10, learning rates 3, …);
* **scientific notation below 1e-3** (and from 1e15 up): a non-zero value is never
  written ``0`` — ``fmt(0.0001)`` is ``'1e-4'``, ``fmt(-2.5e-7)`` is ``'-2.5e-7'``;
* ``strip=True`` (the default) drops trailing zeros, so a learning rate 0.001 is
  ``'0.001'``, never ``'0.001000'``; ``strip=False`` keeps them, so a row of values with
  the same number of significant digits reads alike (:func:`fmt_row`: ``0.0970`` next to
  ``0.0967``, not ``0.097``);
* **thousands separators** everywhere or nowhere in one table: ``thousands=True`` writes
  ``4,096`` for every integer part of four digits or more, ``False`` writes ``4096``;
* byte sizes scaled to B, kB, MB, GB, TB, PB (powers of 1000) with 3 significant digits
  (:func:`fmt_bytes`: 1.5016e15 B is ``'1.5 PB'``, not ``1501600.00 GB``);
* multiply-accumulate counts as K / M / G / T with the exact count for a tooltip
  (:func:`fmt_macs`);
* numeric columns aligned on the right (:func:`align_right`), and the gradient check as
  the columns numeric | analytic | difference (:func:`gradient_rows`, :func:`gradient_text`).

Pure Python (no Qt); nothing here raises on a strange value: ``nan``, ``inf`` and what is
not a number are written as such.
"""

from __future__ import annotations

import math
from typing import Iterable, Sequence

__all__ = ["DIGITS", "fmt", "fmt_row", "fmt_lr", "fmt_int", "fmt_bytes", "fmt_macs",
           "align_right", "gradient_rows", "gradient_text", "SCI_BELOW", "SCI_FROM"]

SCI_BELOW = 1e-3      # |v| below this (and non-zero): scientific notation
SCI_FROM = 1e15       # |v| from this up: scientific notation

# significant digits per quantity
DIGITS = {
    "probability": 3,
    "weight": 3,
    "learning_rate": 3,
    "gradient": 10,
    "difference": 3,
    "cost": 5,
    "bytes": 3,
    "macs": 3,
    "default": 6,
}


def _special(v) -> tuple[float | None, str | None]:
    """``(float, None)`` for a finite number, ``(None, text)`` for anything else."""
    if isinstance(v, bool):
        return float(v), None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None, str(v)
    except OverflowError:                       # a huge int
        return None, _sci_int(int(v))
    if math.isnan(f):
        return None, "nan"
    if math.isinf(f):
        return None, "inf" if f > 0 else "-inf"
    return f, None


def _sci_int(n: int, digits: int = 3) -> str:
    """A huge integer (beyond float) as ``1.23e+6000`` without converting all its digits."""
    sign, n = ("-" if n < 0 else ""), abs(n)
    exp = max(int(n.bit_length() * 0.30102999566398) - 1, 0)
    while n >= 10 ** (exp + 1):
        exp += 1
    while exp and n < 10 ** exp:
        exp -= 1
    keep = max(digits, 1)
    lead = n // 10 ** max(exp - keep + 1, 0)
    text = str(lead)
    mantissa = text[0] + ("." + text[1:] if len(text) > 1 else "")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{sign}{mantissa}e+{exp}"


def _sci(v: float, digits: int, strip: bool) -> str:
    """``1e-4``, ``-2.5e-7``, ``1.23e+16``: a short exponent, mantissa with ``digits`` significant."""
    text = f"{v:.{max(digits, 1) - 1}e}"
    mantissa, _, exp = text.partition("e")
    if strip and "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    sign = "-" if exp.startswith("-") else "+"
    return f"{mantissa}e{sign}{exp.lstrip('+-').lstrip('0') or '0'}"


def _group(text: str) -> str:
    """Thousands separators in the integer part of a plain decimal text."""
    sign = "-" if text.startswith("-") else ""
    body = text[len(sign):]
    whole, dot, frac = body.partition(".")
    if len(whole) <= 3 or not whole.isdigit():
        return text
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sign + ",".join(groups) + dot + frac


def fmt(v, digits: int = DIGITS["default"], strip: bool = True, thousands: bool = False) -> str:
    """One number with ``digits`` significant digits (see the module doc); never raises."""
    f, text = _special(v)
    if text is not None:
        return text
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) >= SCI_FROM:
        return _sci_int(v, digits)
    if f == 0:
        return "0"
    a = abs(f)
    if a < SCI_BELOW or a >= SCI_FROM:
        return _sci(f, digits, strip)
    if f.is_integer() and (strip or len(str(int(a))) >= digits):
        out = str(int(f))
    else:
        magnitude = math.floor(math.log10(a))
        decimals = max(int(digits) - 1 - magnitude, 0)
        out = f"{f:.{decimals}f}"
        # rounding up may gain a digit (0.99996 → 1.0000): one decimal fewer
        if decimals and len(out.lstrip("-").replace(".", "").lstrip("0")) > digits:
            out = f"{f:.{decimals - 1}f}"
        if strip and "." in out:
            out = out.rstrip("0").rstrip(".")
        if out in ("-0", ""):
            out = "0"
    return _group(out) if thousands else out


def fmt_row(values: Iterable, digits: int = DIGITS["probability"], thousands: bool = False) -> list[str]:
    """A row (or column) of one quantity: the same significant digits, zeros kept, so
    ``0.097`` and ``0.0967`` are written ``0.0970`` and ``0.0967``; 1e-4 is ``1.00e-4``."""
    return [fmt(v, digits, strip=False, thousands=thousands) for v in values]


def fmt_lr(v) -> str:
    """A learning rate (or any step size): ``0.001``, ``0.01``, ``1e-5`` — no trailing zeros."""
    return fmt(v, DIGITS["learning_rate"], strip=True)


def fmt_int(n, thousands: bool = True) -> str:
    """A count: ``34944`` → ``'34,944'`` (``thousands=False``: ``'34944'``); non-integers keep
    up to two decimals; an integer beyond 10¹⁸ is ``1.23e+6000``."""
    f, text = _special(n)
    if text is not None:
        return text
    if not isinstance(n, int) or isinstance(n, bool):
        try:
            from fractions import Fraction
            if isinstance(n, Fraction) and n.denominator == 1:
                n = int(n)
        except (TypeError, ValueError):
            pass
    if isinstance(n, int) and not isinstance(n, bool):
        if abs(n) >= 10**18:
            return _sci_int(n)
        return f"{n:,}" if thousands else str(n)
    if f.is_integer() and abs(f) < 10**18:
        return fmt_int(int(f), thousands)
    if abs(f) >= 10**18:
        return _sci(f, 3, True)
    out = f"{f:.2f}".rstrip("0").rstrip(".")
    if out in ("-0", ""):
        return "0"
    return _group(out) if thousands else out


_BYTE_UNITS = (("PB", 10**15), ("TB", 10**12), ("GB", 10**9), ("MB", 10**6), ("kB", 10**3))


def fmt_bytes(n, digits: int = DIGITS["bytes"]) -> str:
    """A byte count in B, kB, MB, GB, TB or PB (powers of 1000), ``digits`` significant."""
    f, text = _special(n)
    if text is not None:
        if isinstance(n, int) and not isinstance(n, bool):   # beyond float: in PB
            return f"{_sci_int(n // 10**15)} PB"
        return f"{text} B"
    a = abs(f)
    for unit, size in _BYTE_UNITS:
        if a >= size:
            value = f / size
            if unit == "PB" and abs(value) >= 1000:
                return f"{fmt(value, digits)} PB" if abs(value) < SCI_FROM else f"{_sci(value, digits, True)} PB"
            out = fmt(value, digits)
            # 999.6 kB rounds to 1000 kB: say 1 MB instead
            if out.replace(".", "").lstrip("-").startswith("1000") and unit != "PB":
                bigger = {"kB": "MB", "MB": "GB", "GB": "TB", "TB": "PB"}[unit]
                return f"1 {bigger}"
            return f"{out} {unit}"
    return f"{fmt_int(f, thousands=False)} B"


_MAC_UNITS = (("T", 10**12), ("G", 10**9), ("M", 10**6), ("K", 10**3))


def fmt_macs(n, digits: int = DIGITS["macs"]) -> tuple[str, str]:
    """Multiply-accumulates: ``(short, exact)``, e.g. ``('1.23 G', '1,234,567,890 MACs')``;
    the short text for a table cell, the exact one for its tooltip."""
    exact = f"{fmt_int(n)} MACs"
    f, text = _special(n)
    if text is not None:
        return (text, exact)
    a = abs(f)
    for unit, size in _MAC_UNITS:
        if a >= size:
            value = f / size
            short = fmt(value, digits) if abs(value) < SCI_FROM else _sci(value, digits, True)
            return (f"{short} {unit}", exact)
    return (fmt_int(f), exact)


def align_right(texts: Sequence[str]) -> list[str]:
    """Pad texts on the left to one width: a right-aligned column in monospace text."""
    width = max((len(t) for t in texts), default=0)
    return [t.rjust(width) for t in texts]


def gradient_rows(numeric: Sequence[float], analytic: Sequence[float],
                  digits: int = DIGITS["gradient"]) -> list[tuple[str, str, str]]:
    """``(numeric, analytic, difference)`` texts of a gradient check, one tuple per entry:
    the gradients with ``digits`` significant (zeros kept, so the columns line up), the
    difference ``numeric − analytic`` with 3."""
    rows = []
    for n, a in zip(numeric, analytic):
        nf, _ = _special(n)
        af, _ = _special(a)
        diff = (nf - af) if nf is not None and af is not None else float("nan")
        rows.append((fmt(n, digits, strip=False), fmt(a, digits, strip=False),
                     fmt(diff, DIGITS["difference"], strip=False)))
    return rows


def gradient_text(numeric: Sequence[float], analytic: Sequence[float],
                  digits: int = DIGITS["gradient"]) -> str:
    """The gradient check as aligned text columns ``numeric | analytic | difference``."""
    rows = gradient_rows(numeric, analytic, digits)
    head = ("numeric", "analytic", "difference")
    cols = [align_right([head[c]] + [r[c] for r in rows]) for c in range(3)]
    return "\n".join(" | ".join(cols[c][i] for c in range(3)) for i in range(len(rows) + 1))
