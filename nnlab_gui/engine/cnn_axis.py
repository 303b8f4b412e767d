"""The per-axis arithmetic of a windowed layer, with the formula lines the calculator shows.

Along one spatial axis (course notation, seed 003)::

    F' = d·(F − 1) + 1                      effective kernel with dilation d
    W2 = (W1 − F' + 2P)/S + 1               convolution and pooling
    W2 = (W1 − 1)·S − 2P + F' + OP          transposed convolution (OP = output padding)

``padding="same"`` pads ``max((⌈W1/S⌉ − 1)·S + F' − W1, 0)`` pixels in total so that
``W2 = ⌈W1/S⌉``; ``"valid"`` means P = 0.  A quotient that is not an integer is floored
and *reported*, with the nearest paddings and strides that would divide.  The hints are
solved, not searched: the paddings P with ``2P ≡ F' − W1 (mod S)`` form one residue class,
and the strides are the divisors of ``W1 − F' + 2P``, found up to its square root, so a
stride or padding of 10⁶ costs no more than one of 2.  The receptive
field and jump after the layer::

    r = r_prev + (F' − 1)·j_prev,   j = j_prev·S      (transposed: j = j_prev/S, r = r_prev + (F' − 1)·j)

kept as exact fractions (a transposed convolution can make the jump fractional).  The
formula names, the "(floor)" remark and the warnings are :class:`~nnlab_gui.engine.texts.Phrase`
texts (English as they read, translated where the GUI shows them).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from nnlab_gui.engine.cnn_format import fmt_int
from nnlab_gui.engine.cnn_layers import Pair
from nnlab_gui.engine.texts import N_, Phrase

AXIS_LABELS = {"height": N_("{label} (height)"), "width": N_("{label} (width)")}


def _merge(label: str, texts: tuple[str, str]) -> list[tuple[str, str]]:
    """One formula line when both axes read the same, else one per axis."""
    if texts[0] == texts[1]:
        return [(label, texts[0])]
    return [(Phrase(AXIS_LABELS[axis], label=label), text) for axis, text in zip(("height", "width"), texts)]


# ----------------------------------------------------------------------------- axis arithmetic
@dataclass(frozen=True)
class _Axis:
    out: int
    text: str
    warning: str = ""


def _nearest(candidates: list[int], target: int) -> list[int]:
    below = [c for c in candidates if c < target]
    above = [c for c in candidates if c > target]
    return ([max(below)] if below else []) + ([min(above)] if above else [])


def _dividing_paddings(n: int, fe: int, s: int, p0: int) -> list[int]:
    """The paddings P in ``0 … p0 + S`` nearest to ``p0`` (below, above) with ``S | W1 − F' + 2P``."""
    c = (fe - n) % s                       # need 2P ≡ c (mod S)
    if s % 2 == 0:
        if c % 2:
            return []
        m, base = s // 2, (c // 2) % (s // 2)
    else:
        m, base = s, (c * pow(2, -1, s)) % s if s > 1 else 0
    out = []
    if p0 >= 1:
        below = p0 - 1 - ((p0 - 1 - base) % m)
        if below >= 0:
            out.append(below)
    out.append(p0 + 1 + ((base - p0 - 1) % m))     # within p0 + m ≤ p0 + S
    return out


def _dividing_strides(num: int, s: int) -> list[int]:
    """The divisors of ``num`` nearest to ``s`` (below, above), by trial division to √num."""
    from math import isqrt

    divisors = set()
    for t in range(1, isqrt(num) + 1):
        if num % t == 0:
            divisors.update((t, num // t))
    return _nearest(sorted(divisors), s)


def _forward_axis(n: int, f: int, s: int, pad, d: int) -> _Axis:
    """``(W1 − F' + 2P)/S + 1`` along one axis, with text and divisibility warning."""
    fe = d * (f - 1) + 1
    if pad == "same":
        out_same = -(-n // s)
        total = max((out_same - 1) * s + fe - n, 0)
        ptxt = f"2·{total // 2}" if total % 2 == 0 else f"{total}"
    elif pad == "valid":
        total, ptxt = 0, "2·0"
    else:
        total, ptxt = 2 * pad, f"2·{pad}"
    num = n - fe + total
    out = num // s + 1
    expr = f"({n} − {fe} + {ptxt}) / {s} + 1"
    if num % s == 0:
        return _Axis(out, f"{expr} = {out}")
    exact = Fraction(num, s) + 1
    text = Phrase(N_("{expr} = {exact} → {out} (floor)"), expr=expr, exact=fmt_int(exact), out=out)
    warning = ""
    if pad != "same" and out > 0:
        p0 = 0 if pad == "valid" else pad
        pads = _dividing_paddings(n, fe, s, p0)
        strides = _dividing_strides(num, s)
        hints = []
        if pads:
            hints.append(Phrase(N_("padding {options}"), options=_either(
                [f"{p} (→ {(n - fe + 2 * p) // s + 1})" for p in pads])))
        if strides:
            hints.append(Phrase(N_("stride {options}"), options=_either(
                [f"{t} (→ {num // t + 1})" for t in strides])))
        warning = Phrase(N_("{expr} = {exact} does not divide evenly; floor {out} used"),
                         expr=expr, exact=fmt_int(exact), out=out)
        if hints:
            hint = hints[0] if len(hints) == 1 else Phrase("{0} / {1}", *hints)
            warning = Phrase(N_("{warning}; {hints} would divide"), warning=warning, hints=hint)
    return _Axis(out, text, warning)


def _either(options: list[str]):
    """``"1 (→ 56)"`` or ``"1 (→ 56) or 3 (→ 57)"`` (at most two: the nearest below and above)."""
    return options[0] if len(options) == 1 else Phrase(N_("{first} or {second}"), first=options[0],
                                                       second=options[1])


def _transpose_axis(n: int, f: int, s: int, pad, op: int, d: int) -> _Axis:
    """``(W1 − 1)·S − 2P + F' + OP`` along one axis."""
    fe = d * (f - 1) + 1
    if pad == "same":
        total = fe + op - s
        if total < 0:
            return _Axis(-1, Phrase(N_("'same' needs F' + OP ≥ S")))
        ptxt = f"2·{total // 2}" if total % 2 == 0 else f"{total}"
    else:
        total = 0 if pad == "valid" else 2 * pad
        ptxt = f"2·{0 if pad == 'valid' else pad}"
    out = (n - 1) * s - total + fe + op
    optxt = f" + {op}" if op else ""
    return _Axis(out, f"({n} − 1)·{s} − {ptxt} + {fe}{optxt} = {out}")


def _num(x: Fraction):
    """An exact int, else a float (an int part when the fraction is beyond float range)."""
    if x.denominator == 1:
        return int(x)
    try:
        return float(x)
    except OverflowError:
        return int(x)


def _rf_formulas(layer_k: Pair, strides: Pair, dil: Pair, rf, jump, transposed=False):
    """Receptive field and jump after a windowed layer, with their formula lines."""
    if rf is None:
        return None, None, []
    new_rf, new_jump, rtxt, jtxt = [], [], [], []
    for a in range(2):
        fe = dil[a] * (layer_k[a] - 1) + 1
        j = jump[a] / strides[a] if transposed else jump[a] * strides[a]
        jj = j if transposed else jump[a]
        r = rf[a] + (fe - 1) * jj
        new_rf.append(r)
        new_jump.append(j)
        rtxt.append(f"{fmt_int(rf[a])} + ({fe} − 1)·{fmt_int(jj)} = {fmt_int(r)}")
        op = "/" if transposed else "·"
        jtxt.append(f"{fmt_int(jump[a])}{op}{strides[a]} = {fmt_int(j)}")
    lines = _merge(Phrase(N_("receptive field r")), tuple(rtxt)) + _merge(Phrase(N_("jump j")), tuple(jtxt))
    return tuple(new_rf), tuple(new_jump), lines
