"""Numbered exercise variants: a fresh problem of the course exercise's shape from a number.

"exercise 3-017" is variant 17 of exercise 3 (the RNN); the problem is made by
``numpy.random.default_rng([SALT, code, number])`` (a fixed derivation: the same number gives
the same problem on every machine and every NumPy since 1.17), so a teacher hands out numbers
and checks any student's answers by typing the number back in.

=========  ============  =====================================================================
exercise   page          the problem (a partial page state)
=========  ============  =====================================================================
``3``      RNN           W_hx 2×5, W_hh 2×2, W_yh 6×2, three inputs x_t of 5 (small integers),
                         ReLU, zero biases and h_0, like seed 003
``3b``     Attention     one query q (1×2) over four keys = values (4×2), small integers
``4``      CNN           an input H×W×C, a convolution (K filters F×F, stride S, padding P
                         that divides), a max-pool and a fully-connected layer
``6``      WL pair       two connected graphs of 6–8 nodes, every label 1, at iteration k = 1
=========  ============  =====================================================================

``make(exercise, number)`` returns the state; ``parse_number(text, exercise)`` reads
``"3-017"``, ``"exercise 3-017"`` or ``"17"``.  No Qt.
"""

from __future__ import annotations

import re

import networkx as nx
import numpy as np

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.cnn_layers import Conv2d, Dense, MaxPool2d
from nnlab_gui.engine.cnn_rows import layer_to_row
from nnlab_gui.engine.graph_io import fit_unit_square, graph_to_data
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["EXERCISES", "MAX_NUMBER", "make", "parse_number", "check_number", "exercise_name", "rng_for"]

SALT = 16_2026                      # fixed: changing it would renumber every handed-out variant
MAX_NUMBER = 999
EXERCISES = {"3": 3, "3b": 32, "4": 4, "6": 6}
_TEXT = re.compile(r"^\s*(?:exercise\s+)?(?:(\w+)\s*[-–]\s*)?0*(\d+)\s*$", re.I)


def check_number(number) -> int:
    return ck.integer("exercise number", number, 1, MAX_NUMBER)


def _exercise(exercise) -> str:
    if exercise not in EXERCISES:
        raise ck.BadArgument(N_("exercise must be one of {options}, got {value}"), options=", ".join(EXERCISES),
                             value=ck.show(exercise))
    return exercise


def exercise_name(exercise: str, number: int) -> str:
    return f"exercise {_exercise(exercise)}-{check_number(number):03d}"


def parse_number(text: str, exercise: str) -> int:
    """``"3-017"``, ``"exercise 3-017"`` or ``"17"`` → 17 (a number of another exercise is refused)."""
    _exercise(exercise)
    m = _TEXT.match(text if isinstance(text, str) else "")
    if not m:
        raise Problem(N_("{text!r} is not an exercise number: type e.g. {exercise}-017 or 17"), text=text, exercise=exercise)
    if m.group(1) is not None and m.group(1).lower() != exercise:
        raise Problem(N_("{text} is a number of exercise {other}; this page's is exercise {exercise}"), text=text.strip(),
                      other=m.group(1), exercise=exercise)
    number = int(m.group(2)) if len(m.group(2)) <= 6 else MAX_NUMBER + 1
    if not 1 <= number <= MAX_NUMBER:
        raise Problem(N_("exercise numbers run from 1 to {most}, got {value}"), most=MAX_NUMBER, value=m.group(2))
    return number


def rng_for(exercise: str, number: int) -> np.random.Generator:
    return np.random.default_rng([SALT, EXERCISES[_exercise(exercise)], check_number(number)])


def make(exercise: str, number: int) -> dict:
    """The partial page state of variant ``number`` of ``exercise``."""
    rng = rng_for(exercise, number)
    return {"3": _rnn, "3b": _attention, "4": _cnn, "6": _wl}[exercise](rng)


def _ints(rng, lo: int, hi: int, shape) -> list:
    return rng.integers(lo, hi + 1, size=shape).tolist()


def _rnn(rng) -> dict:
    W_hx = rng.integers(0, 2, size=(2, 5))
    W_hx[:, rng.integers(0, 5)] = 1                   # no input is ignored by both hidden units
    xs = rng.integers(-2, 2, size=(3, 5))
    xs[0] = np.abs(xs[0])                             # h_1 is not all zero under the ReLU
    W_yh = rng.integers(-5, 4, size=(6, 2)).astype(float)
    W_yh[rng.integers(0, 6), rng.integers(0, 2)] += 0.9   # one non-integer, like seed 003's 2.9
    return dict(W_hx=W_hx.tolist(), W_hh=_ints(rng, 0, 1, (2, 2)), W_yh=W_yh.tolist(),
                b_h=[0, 0], b_y=[0] * 6, h0=[0, 0], xs=xs.tolist(),
                vocab=[f"word {i + 1}" for i in range(6)], activation="relu", flags=[], t=1)


def _attention(rng) -> dict:
    inputs = _ints(rng, 0, 4, (4, 2))
    return dict(Q=_ints(rng, -1, 1, (1, 2)), K=inputs, V=inputs, link=False)


def _cnn(rng) -> dict:
    side = int(rng.choice([32, 64, 96, 128, 224, 227]))
    channels = int(rng.choice([1, 3]))
    kernel = int(rng.choice([3, 5, 7, 11]))
    stride = int(rng.choice([1, 2, 4]))
    # the first side (from the drawn one up) and padding for which the stride divides evenly
    side, padding = next((n, p) for n in range(side, side + 4) for p in range(kernel)
                         if (n - kernel + 2 * p) % stride == 0)
    filters = int(rng.choice([16, 32, 48, 64, 96]))
    out = (side - kernel + 2 * padding) // stride + 1
    pool = 2 if out % 2 == 0 else 3
    layers = [Conv2d(filters, kernel, stride, padding), MaxPool2d(pool, 2), Dense(int(rng.choice([10, 100, 1000])))]
    return {"input": [side, side, channels], "layers": [layer_to_row(x) for x in layers]}


def _graph(rng) -> nx.Graph:
    n = int(rng.integers(6, 9))
    g = nx.Graph()
    g.add_nodes_from(range(n), label=1)
    for v in range(1, n):                               # a random tree keeps it connected
        g.add_edge(v, int(rng.integers(0, v)))
    for _ in range(int(rng.integers(1, 4))):            # and a few more edges
        a, b = (int(x) for x in rng.choice(n, size=2, replace=False))
        g.add_edge(a, b)
    return g


def _wl(rng) -> dict:
    graphs = []
    for _ in range(2):
        g = _graph(rng)
        pos = fit_unit_square(nx.circular_layout(g))
        graphs.append(graph_to_data(g, {v: (round(float(x), 4), round(float(y), 4)) for v, (x, y) in pos.items()}))
    return {"graphs": graphs, "k": 1}
