"""An Elman RNN unrolled step by step, every intermediate kept (SPEC §4, exercise 3).

For t = 1 … T, with inputs ``x_t`` (the rows of ``xs``)::

    a_t = W_hx x_t + W_hh h_{t−1} + b_h      pre-activation          (H)
    h_t = f(a_t)                             f ∈ {ReLU, tanh, σ, identity}
    y_t = W_yh h_t + b_y                     scores over the vocabulary (V)
    p_t = softmax(y_t)                       prediction = argmax y_t  (= argmax p_t)

Shapes: ``W_hx`` H×D, ``W_hh`` H×H, ``W_yh`` V×H, ``xs`` T×D, ``b_h``/``h0`` H, ``b_y`` V
(biases and ``h0`` default to zeros; a column or row matrix is accepted for a vector).
A mismatch raises ``ValueError`` naming both matrices and their shapes.  ``QUANTITIES``
lists one step's intermediates in computing order; :class:`RnnStep` holds them.

Limits: every size (H, D, V) at most ``MAX_SIZE`` and at most ``MAX_STEPS`` time steps
(each step keeps all its intermediates, and the pages write every product out); entries
must be finite real numbers, and a step whose numbers overflow the float range (a_t, h_t
or y_t not finite) is refused with a message naming the step, never returned as NaN.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.attention import softmax
from nnlab_gui.engine.texts import N_, Problem

MAX_SIZE = 1000       # H, D or V
MAX_STEPS = 1000      # rows of xs


def _relu(a):
    return np.maximum(a, 0.0)


def _sigmoid(a):
    a = np.asarray(a, dtype=float)
    out = np.empty_like(a)
    pos = a >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-a[pos]))
    e = np.exp(a[~pos])
    out[~pos] = e / (1.0 + e)
    return out


ACTIVATIONS = {"relu": _relu, "tanh": np.tanh, "sigmoid": _sigmoid, "identity": lambda a: np.array(a, float)}
ACTIVATION_NAMES = {"relu": "ReLU", "tanh": "tanh", "sigmoid": "σ", "identity": "identity"}

# the intermediates of one step, in the order they are computed: (key, label with t)
QUANTITIES: tuple[tuple[str, str], ...] = (
    ("Whx_x", "W_hx x_{t}"),
    ("Whh_h", "W_hh h_{t−1}"),
    ("pre", "a_{t} = W_hx x_{t} + W_hh h_{t−1} + b_h"),
    ("h", "h_{t}"),
    ("Wyh_h", "W_yh h_{t}"),
    ("y", "y_{t}"),
    ("probs", "softmax(y_{t})"),
)
_KEYS = tuple(k for k, _ in QUANTITIES)


def quantity_label(key: str, t: int) -> str:
    """``quantity_label("Whx_x", 1)`` → ``"W_hx x_1"``."""
    if not isinstance(key, str) or key not in _KEYS:
        raise _unknown_quantity(key)
    t = ck.integer(Problem(N_("t (the time step)")), t, 1)
    label = dict(QUANTITIES)[key]
    return label.replace("{t−1}", str(t - 1)).replace("{t}", str(t))


@dataclass(frozen=True, eq=False)
class RnnStep:
    t: int                   # 1-based time step
    x: np.ndarray            # x_t (D)
    h_prev: np.ndarray       # h_{t−1} (H)
    Whx_x: np.ndarray        # W_hx x_t
    Whh_h: np.ndarray        # W_hh h_{t−1}
    b_h: np.ndarray
    pre: np.ndarray          # a_t
    h: np.ndarray            # h_t
    Wyh_h: np.ndarray        # W_yh h_t
    b_y: np.ndarray
    y: np.ndarray            # y_t
    probs: np.ndarray        # softmax(y_t)
    prediction: int          # argmax index of y_t (0-based)
    activation: str
    W_hx: np.ndarray
    W_hh: np.ndarray
    W_yh: np.ndarray

    def value(self, key: str) -> np.ndarray:
        if key not in _KEYS:
            raise _unknown_quantity(key)
        return getattr(self, key)


def _unknown_quantity(key, extra: str = "") -> ck.BadArgument:
    return ck.BadArgument(N_("unknown quantity {value}; one of {options}"), value=ck.show(key),
                          options=", ".join(_KEYS) + extra)


def _shape(a: np.ndarray) -> str:
    return "×".join(str(n) for n in a.shape) if a.ndim else Problem(N_("scalar"))


def _array(name: str, a) -> np.ndarray:
    arr = ck.floats(name, a, copy=True)      # a copy: the steps' arrays are made read-only
    if not np.all(np.isfinite(arr)):
        raise ck.BadArgument(N_("{name} contains NaN or inf"), name=name)
    return arr


def _matrix(name: str, a) -> np.ndarray:
    arr = _array(name, a)
    if arr.ndim != 2 or arr.size == 0:
        raise ck.BadArgument(N_("{name} must be a non-empty matrix, got shape {shape}"), name=name, shape=_shape(arr))
    if max(arr.shape) > MAX_SIZE:
        raise ck.BadArgument(N_("{name} is {shape}; each size may be at most {most}"), name=name, shape=_shape(arr),
                             most=MAX_SIZE)
    return arr


def _vector(name: str, a, n: int, owner: str, owner_arr: np.ndarray, what: str) -> np.ndarray:
    if a is None:
        return np.zeros(n)
    arr = _array(name, a)
    if arr.ndim == 2 and 1 in arr.shape:
        arr = arr.reshape(-1)
    if arr.ndim == 0:
        arr = arr.reshape(1)
    if arr.ndim != 1 or arr.size != n:
        raise ck.BadArgument(N_("{name} is {shape} but {owner} is {owner_shape}: {name} needs {n} entries ({what})"),
                             name=name, shape=_shape(arr), owner=owner, owner_shape=_shape(owner_arr), n=n,
                             what=Problem(what))
    return arr


def _readonly(*arrays):
    for a in arrays:
        a.flags.writeable = False


def run(W_hx, W_hh, W_yh, xs, b_h=None, b_y=None, h0=None, activation: str = "relu") -> list[RnnStep]:
    """Unroll the RNN over the rows of ``xs``; one ``RnnStep`` per time step."""
    if not isinstance(activation, str) or activation not in ACTIVATIONS:
        raise ck.BadArgument(N_("unknown activation {value}; one of {options}"), value=ck.show(activation),
                             options=", ".join(ACTIVATIONS))
    W_hx, W_hh, W_yh = _matrix("W_hx", W_hx), _matrix("W_hh", W_hh), _matrix("W_yh", W_yh)
    xs = _array("xs", xs)
    if xs.ndim == 1:
        xs = xs[None, :]
    if xs.ndim != 2 or xs.shape[0] == 0:
        raise ck.BadArgument(N_("xs must hold one input x_t per row (T×D), got shape {shape}"), shape=_shape(xs))
    if xs.shape[0] > MAX_STEPS:
        raise ck.BadArgument(N_("xs has {rows} rows (time steps); at most {most}"), rows=xs.shape[0], most=MAX_STEPS)
    H, D = W_hx.shape
    if W_hh.shape != (H, H):
        raise ck.BadArgument(N_("W_hh is {shape} but W_hx is {hx_shape}: W_hh must be {H}×{H} (H = {H}, the rows "
                                "of W_hx)"), shape=_shape(W_hh), hx_shape=_shape(W_hx), H=H)
    if xs.shape[1] != D:
        raise ck.BadArgument(N_("W_hx is {shape} but xs is {xs_shape}: each x_t (a row of xs) needs {D} entries, "
                                "the columns of W_hx"), shape=_shape(W_hx), xs_shape=_shape(xs), D=D)
    if W_yh.shape[1] != H:
        raise ck.BadArgument(N_("W_yh is {shape} but W_hh is {hh_shape}: W_yh needs H = {H} columns"),
                             shape=_shape(W_yh), hh_shape=_shape(W_hh), H=H)
    b_h = _vector("b_h", b_h, H, "W_hx", W_hx, N_("one per hidden unit, the rows of W_hx"))
    h = _vector("h0", h0, H, "W_hh", W_hh, N_("one per hidden unit"))
    b_y = _vector("b_y", b_y, W_yh.shape[0], "W_yh", W_yh, N_("one per output word, the rows of W_yh"))
    _readonly(W_hx, W_hh, W_yh, b_h, b_y)
    f = ACTIVATIONS[activation]
    steps = []
    for t, x in enumerate(xs, start=1):
        x = x.copy()
        with np.errstate(over="ignore", invalid="ignore"):
            Whx_x = W_hx @ x
            Whh_h = W_hh @ h
            pre = Whx_x + Whh_h + b_h
            h_new = f(pre)
            Wyh_h = W_yh @ h_new
            y = Wyh_h + b_y
        for what, v in ((f"a_{t}", pre), (f"h_{t}", h_new), (f"y_{t}", y)):
            if not np.all(np.isfinite(v)):
                raise ck.BadArgument(N_("the numbers overflow at step t = {t}: {what} is not finite (beyond "
                                        "±1.8e308); use smaller weights or inputs"), t=t, what=what)
        probs = softmax(y)
        _readonly(x, h, Whx_x, Whh_h, pre, h_new, Wyh_h, y, probs)
        steps.append(RnnStep(t, x, h, Whx_x, Whh_h, b_h, pre, h_new, Wyh_h, b_y, y, probs,
                             int(np.argmax(y)), activation, W_hx, W_hh, W_yh))
        h = h_new
    return steps
