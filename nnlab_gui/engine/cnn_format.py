"""How the CNN calculator writes numbers, byte sizes and shapes.

Activations are counted as float32, ``BYTES_PER_VALUE = 4`` bytes each: the memory of a
layer's output is ``H2·W2·C2 · 4`` bytes.

The formatters never raise: an integer of more than 18 digits (a receptive field after a
thousand strided layers can have thousands, beyond what ``str(int)`` converts) is written
``1.23e+6000``, and ``inf`` / ``nan`` are written as such.
"""

from __future__ import annotations

from nnlab_gui.engine import numbers
from nnlab_gui.engine.cnn_layers import Pair

BYTES_PER_VALUE = 4  # float32


def fmt_int(n) -> str:
    """``34944`` → ``'34,944'``; fractions keep up to two decimals; never raises
    (the lab's number format, :func:`nnlab_gui.engine.numbers.fmt_int`)."""
    return numbers.fmt_int(n)


def fmt_bytes(n) -> str:
    """``34944`` → ``'34.9 kB'``; B, kB, MB, GB, TB, PB; never raises."""
    return numbers.fmt_bytes(n)


def fmt_macs(n) -> tuple[str, str]:
    """``(short, exact)``: ``('105 M', '105,415,200 MACs')`` for a cell and its tooltip."""
    return numbers.fmt_macs(n)


def shape_text(shape: tuple[int, int, int], flat: bool = False, sep: str = "×") -> str:
    h, w, c = shape
    return f"{c}" if flat else f"{h}{sep}{w}{sep}{c}"


def _pair_text(p: Pair) -> str:
    return f"{p[0]}" if p[0] == p[1] else f"{p[0]}x{p[1]}"


def pair_value_text(p, none: str = "whole input") -> str:
    if p is None:
        return none
    return fmt_int(p[0]) if p[0] == p[1] else f"{fmt_int(p[0])}x{fmt_int(p[1])}"
