"""How the CNN calculator writes numbers, byte sizes and shapes.

Activations are counted as float32, ``BYTES_PER_VALUE = 4`` bytes each: the memory of a
layer's output is ``H2·W2·C2 · 4`` bytes.

The formatters never raise: an integer of more than 18 digits (a receptive field after a
thousand strided layers can have thousands, beyond what ``str(int)`` converts) is written
``1.23e+6000``, and ``inf`` / ``nan`` are written as such.
"""

from __future__ import annotations

from fractions import Fraction

from nnlab_gui.engine.cnn_layers import Pair

BYTES_PER_VALUE = 4  # float32


_BIG = 10**18


def _sci(n: int) -> str:
    """A huge integer as ``1.23e+6000``, without converting all its digits."""
    sign, n = ("-" if n < 0 else ""), abs(n)
    exp = max(int(n.bit_length() * 0.30102999566398) - 1, 0)
    while n >= 10 ** (exp + 1):
        exp += 1
    while exp and n < 10 ** exp:
        exp -= 1
    lead = n // 10 ** max(exp - 2, 0)               # the first three digits
    mantissa = f"{lead / 100:.2f}".rstrip("0").rstrip(".") if exp >= 2 else str(lead)
    return f"{sign}{mantissa}e+{exp}"


def fmt_int(n) -> str:
    """``34944`` → ``'34,944'``; fractions keep up to two decimals; never raises."""
    try:
        if isinstance(n, Fraction):
            if n.denominator == 1:
                n = int(n)
            else:
                try:
                    n = float(n)
                except OverflowError:
                    n = int(n)
        if isinstance(n, float):
            if n != n or n in (float("inf"), float("-inf")):
                return str(n)
            if not n.is_integer():
                return f"{n:,.2f}".rstrip("0").rstrip(".") if abs(n) < _BIG else f"{n:.3g}"
        n = int(n)
        return f"{n:,}" if abs(n) < _BIG else _sci(n)
    except (TypeError, ValueError, OverflowError):
        return str(n)


def fmt_bytes(n) -> str:
    """``34944`` → ``'34.94 kB'``; never raises."""
    try:
        if n != n:
            return "nan B"
        for unit, size in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
            if n >= size:
                if isinstance(n, int) and n >= _BIG:
                    return f"{_sci(n // size)} {unit}"
                return f"{n / size:.2f} {unit}"
        return f"{n} B"
    except (TypeError, ValueError, OverflowError):
        return f"{n} B"


def shape_text(shape: tuple[int, int, int], flat: bool = False, sep: str = "×") -> str:
    h, w, c = shape
    return f"{c}" if flat else f"{h}{sep}{w}{sep}{c}"


def _pair_text(p: Pair) -> str:
    return f"{p[0]}" if p[0] == p[1] else f"{p[0]}x{p[1]}"


def pair_value_text(p, none: str = "whole input") -> str:
    if p is None:
        return none
    return fmt_int(p[0]) if p[0] == p[1] else f"{fmt_int(p[0])}x{fmt_int(p[1])}"
