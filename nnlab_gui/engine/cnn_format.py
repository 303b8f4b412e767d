"""How the CNN calculator writes numbers, byte sizes and shapes.

Activations are counted as float32, ``BYTES_PER_VALUE = 4`` bytes each: the memory of a
layer's output is ``H2·W2·C2 · 4`` bytes.
"""

from __future__ import annotations

from fractions import Fraction

from nnlab_gui.engine.cnn_layers import Pair

BYTES_PER_VALUE = 4  # float32


def fmt_int(n) -> str:
    """``34944`` → ``'34,944'``; fractions keep up to two decimals."""
    if isinstance(n, Fraction):
        n = int(n) if n.denominator == 1 else float(n)
    if isinstance(n, float) and not n.is_integer():
        return f"{n:,.2f}".rstrip("0").rstrip(".")
    return f"{int(n):,}"


def fmt_bytes(n: int) -> str:
    for unit, size in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= size:
            return f"{n / size:.2f} {unit}"
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
