"""The course's sigmoid network with bias units: forward pass, cost J and back-propagation.

Notation of SPEC §3 (seed 002).  For layer ``l`` the weights ``Θl`` have one row per unit
and a first column for the bias unit.  With ``a1 = [1, x]``::

    z2 = a1 Θ1ᵀ,   a2 = [1, g(z2)],   z3 = a2 Θ2ᵀ,   a3 = g(z3),   g(z) = 1 / (1 + e^{−z})

    J = −(1/m) Σ [y log a3 + (1 − y) log(1 − a3)] + λ/(2m) (ΣΘ1[:,1:]² + ΣΘ2[:,1:]²)

Back-propagation, vectorised over the ``m`` samples::

    δ3 = a3 − y,    δ2 = (δ3 Θ2[:,1:]) ∘ g'(z2),    g'(z) = g(z)(1 − g(z))

    ∇Θ1 = δ2ᵀ a1 / m,   ∇Θ2 = δ3ᵀ a2 / m,   plus (λ/m) Θ on the non-bias columns.

``g'`` is taken at ``z2`` (the seed's code evaluated it at ``a2 Θ2ᵀ``, which is wrong).
Labels are 0–9; the course stores digit 0 as label 10 (``course_labels`` maps it back).
Any number of layers works (``layers = (400, 25, 10)`` or the 3-5-3 gradient-check net).

``cost_and_grad`` is the plain one-network form above: it is the reference the batched
evaluation of :mod:`nnlab_gui.engine.mlp_batch` is tested against, and what the gradient
checks use.  Training lives in :mod:`nnlab_gui.engine.mlp`.

The public functions check their arguments (:mod:`~nnlab_gui.engine.arg_checks`): layer
sizes 1 … ``MAX_UNITS`` and at most ``MAX_HIDDEN_LAYERS`` hidden layers, the weights within
:data:`~nnlab_gui.engine.arg_checks.MEMORY_LIMIT`; X finite with |x| ≤ ``X_LIMIT`` (the lab's
data are pixels in [0, 1]; beyond 10⁶ the products overflow long before training means
anything); labels whole numbers 0 … K−1, one per row; λ finite in 0 … ``LAMBDA_LIMIT``.
The underscored helpers (``_cost_grad``, ``_forward``, ``_one_hot``) take checked arrays.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
from scipy.special import expit

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.texts import N_, Problem

EPSILON_INIT = 0.12
MAX_UNITS = 10_000          # units in one layer (inputs included): the course has 400-25-10
MAX_HIDDEN_LAYERS = 16
MAX_LABELS = 1000           # output classes
X_LIMIT = 1e6               # |x| of an input
LAMBDA_LIMIT = 1e6          # λ beyond this only drives every weight to zero


def check_layers(layers, name: str = "layers") -> tuple[int, ...]:
    """(inputs, hidden …, outputs): 2 to MAX_HIDDEN_LAYERS + 2 sizes, each 1 … MAX_UNITS."""
    if isinstance(layers, (str, bytes)) or not isinstance(layers, (Sequence, np.ndarray)):
        raise ck.BadArgument(N_("{name} must be a sequence of layer sizes such as (400, 25, 10), got {value}"),
                             name=name, value=ck.show(layers))
    if not 2 <= len(layers) <= MAX_HIDDEN_LAYERS + 2:
        raise ck.BadArgument(N_("{name} must list 2 to {most} layer sizes (inputs, hidden …, outputs), got {count}"),
                             name=name, most=MAX_HIDDEN_LAYERS + 2, count=len(layers))
    sizes = tuple(ck.integer(Problem(N_("{name}[{i}] (units)"), name=name, i=i), n, 1, MAX_UNITS)
                  for i, n in enumerate(layers))
    params = sum(o * (i + 1) for i, o in zip(sizes[:-1], sizes[1:]))
    ck.memory(Problem(N_("a network of layers {sizes} ({params:,} weights)"), sizes=sizes, params=params), 8 * params)
    return sizes


def check_thetas(thetas) -> list[np.ndarray]:
    """Θ1 … ΘL as finite float matrices whose shapes chain: Θl is (s_{l+1}, s_l + 1)."""
    if isinstance(thetas, np.ndarray) or not isinstance(thetas, Sequence) or not 1 <= len(thetas) <= \
            MAX_HIDDEN_LAYERS + 1:
        raise ck.BadArgument(N_("thetas must be a list of 1 to {most} weight matrices [Θ1, Θ2, …], got {value}"),
                             most=MAX_HIDDEN_LAYERS + 1, value=ck.show(thetas))
    out = [ck.array(f"Θ{l + 1} (thetas[{l}])", t, ndim=2) for l, t in enumerate(thetas)]
    for l, t in enumerate(out):
        if t.shape[1] < 2:
            raise ck.BadArgument(N_("Θ{layer} has shape {shape}: it needs a bias column and at least one input"),
                                 layer=l + 1, shape=t.shape)
        if l and t.shape[1] != out[l - 1].shape[0] + 1:
            raise ck.BadArgument(N_("Θ{layer} has shape {shape} but Θ{previous} has {units} units: Θ{layer} needs "
                                    "{columns} columns (a bias and one per unit)"), layer=l + 1, shape=t.shape,
                                 previous=l, units=out[l - 1].shape[0], columns=out[l - 1].shape[0] + 1)
    return out


def check_X(X, n_in: int, name: str = "X") -> np.ndarray:
    """Samples as rows: finite, (m, n_in) with m ≥ 1, |x| ≤ X_LIMIT."""
    arr = ck.array(name, X, empty=True, finite=False)
    if arr.ndim != 2 or arr.shape[1] != n_in or arr.shape[0] == 0:
        raise ck.BadArgument(N_("{name} has shape {shape}, expected (m, {n}) with m ≥ 1 (one sample per row)"),
                             name=name, shape=arr.shape, n=n_in)
    return ck.array(name, arr, bound=X_LIMIT)


def check_lam(lam, name: str = "lam (λ)") -> float:
    return ck.real(name, lam, 0.0, LAMBDA_LIMIT)


# ---------------------------------------------------------------- basic pieces
def sigmoid(z):
    """g(z) = 1 / (1 + e^{−z}) (±inf give 1 and 0; NaN is refused)."""
    return expit(_z(z))


def _z(z):
    z = ck.array("z", z, empty=True, finite=False)
    if np.isnan(z).any():
        raise ck.BadArgument(N_("z (shape {shape}) contains NaN values"), shape=z.shape)
    return z


def sigmoid_gradient(z):
    """g'(z) = g(z)(1 − g(z)); g'(0) = 0.25."""
    s = expit(_z(z))
    return s * (1.0 - s)


def init_params(layers: Sequence[int] = (400, 25, 10), seed: int | None = 0,
                epsilon: float = EPSILON_INIT) -> list[np.ndarray]:
    """Random weights uniform in [−ε, ε] (ε = 0.12): ``[Θ1 (s2, s1+1), Θ2 (s3, s2+1), …]``."""
    layers = check_layers(layers)
    epsilon = ck.real("epsilon", epsilon, 0.0, 1e3)
    rng = np.random.default_rng(ck.seed("seed", seed))
    return [rng.uniform(-epsilon, epsilon, size=(n_out, n_in + 1))
            for n_in, n_out in zip(layers[:-1], layers[1:])]


def debug_params(layers: Sequence[int]) -> list[np.ndarray]:
    """The course's deterministic ``debugInitializeWeights``: sin(1..n)/10, column-major."""
    layers = check_layers(layers)
    out = []
    for n_in, n_out in zip(layers[:-1], layers[1:]):
        n = n_out * (n_in + 1)
        out.append(np.sin(np.arange(1, n + 1)).reshape(n_in + 1, n_out).T / 10.0)
    return out


def pack(thetas: Sequence[np.ndarray]) -> np.ndarray:
    if isinstance(thetas, np.ndarray) or not isinstance(thetas, Sequence) or not thetas:
        raise ck.BadArgument(N_("pack needs a non-empty list of weight matrices, got {value}"), value=ck.show(thetas))
    return _pack([ck.array(f"thetas[{l}]", t, empty=True) for l, t in enumerate(thetas)])


def _pack(thetas) -> np.ndarray:
    """:func:`pack` of checked arrays (the training loops' form)."""
    return np.concatenate([np.asarray(t, dtype=float).ravel() for t in thetas])


def unpack(vec: np.ndarray, layers: Sequence[int]) -> list[np.ndarray]:
    """The packed vector back as ``[Θ1, Θ2, …]`` (views into ``vec``).  Internal callers pass
    checked arrays; ``vec`` must be 1-D."""
    if not isinstance(vec, np.ndarray) or vec.ndim != 1:
        vec = ck.array(Problem(N_("vec (packed weights)")), vec, ndim=1, empty=True)
    layers = check_layers(layers)
    need = sum(n_out * (n_in + 1) for n_in, n_out in zip(layers[:-1], layers[1:]))
    if need != len(vec):
        raise ck.BadArgument(N_("parameter vector has {count} entries, layers {layers} need {need}"), count=len(vec),
                             layers=tuple(layers), need=need)
    out, k = [], 0
    for n_in, n_out in zip(layers[:-1], layers[1:]):
        n = n_out * (n_in + 1)
        out.append(vec[k:k + n].reshape(n_out, n_in + 1))
        k += n
    return out


def layers_of(thetas: Sequence[np.ndarray]) -> tuple[int, ...]:
    thetas = check_thetas(thetas)
    return (thetas[0].shape[1] - 1,) + tuple(t.shape[0] for t in thetas)


def course_labels(y) -> np.ndarray:
    """The course's labels 1..10 (10 = digit 0) -> 0..9 (0 itself is kept)."""
    y = ck.labels(Problem(N_("y (course labels 1..10)")), y, n_labels=11)
    return np.where(y == 10, 0, y)


def _one_hot(y: np.ndarray, k: int, dtype=float) -> np.ndarray:
    y = np.asarray(y).astype(np.int64).ravel()
    if y.size and (y.min() < 0 or y.max() >= k):
        raise Problem(N_("labels must lie in 0..{top}, found {lo}..{hi}"), top=k - 1, lo=y.min(), hi=y.max())
    Y = np.zeros((len(y), k), dtype=dtype)
    Y[np.arange(len(y)), y] = 1
    return Y


def penalty(thetas: Sequence[np.ndarray], lam: float, m: int) -> float:
    """λ/(2m) Σ_l ΣΘl[:,1:]² (bias columns are not penalised)."""
    thetas = check_thetas(thetas)
    lam = check_lam(lam)
    m = ck.integer(Problem(N_("m (samples)")), m, 1)
    with np.errstate(over="ignore"):
        out = _penalty(thetas, lam, m)
    if not np.isfinite(out):
        raise ck.BadArgument(N_("the penalty λ/(2m) ΣΘ² is non-finite for these finite weights (a float overflow)"))
    return out


def _penalty(thetas, lam: float, m: int) -> float:
    """:func:`penalty` on checked arguments (the training loops' form)."""
    return lam / (2.0 * m) * sum(float(np.sum(t[:, 1:] ** 2)) for t in thetas)


# ------------------------------------------------------------ cost and gradient
def _forward(thetas, X):
    """Activations a_l without bias columns, and the output pre-activation."""
    acts = [X]
    z = None
    for t in thetas:
        z = acts[-1] @ t[:, 1:].T
        z += t[:, 0]
        acts.append(expit(z))
    return acts, z


def _data_cost(z_out, Y, m) -> float:
    # −[y log g(z) + (1−y) log(1−g(z))] = softplus(z) − y z, computed stably
    return float(np.sum(np.logaddexp(0.0, z_out) - Y * z_out)) / m


def _cost_grad(thetas, X, Y, lam) -> tuple[float, list[np.ndarray]]:
    m = X.shape[0]
    acts, z_out = _forward(thetas, X)
    J = _data_cost(z_out, Y, m) + _penalty(thetas, lam, m)
    grads = [None] * len(thetas)
    delta = acts[-1] - Y                                  # δ_L = a_L − y
    for l in range(len(thetas) - 1, -1, -1):
        a = acts[l]
        g = np.empty_like(thetas[l])
        g[:, 0] = delta.sum(axis=0) / m
        g[:, 1:] = (delta.T @ a) / m
        g[:, 1:] += (lam / m) * thetas[l][:, 1:]
        grads[l] = g
        if l > 0:
            # δ_l = (δ_{l+1} Θ_l[:,1:]) ∘ g'(z_l), with g'(z_l) = a_l (1 − a_l)
            delta = (delta @ thetas[l][:, 1:]) * (a * (1.0 - a))
    return J, grads


def cost_and_grad(thetas: Sequence[np.ndarray], X, y, lam: float = 0.0):
    """``J`` and ``[∇Θ1, ∇Θ2, …]`` for labels ``y`` in 0..K−1 (K = output units)."""
    thetas, X, Y, lam = _checked(thetas, X, y, lam)
    return _finite(*_cost_grad(thetas, X, Y, lam))


def cost(thetas: Sequence[np.ndarray], X, y, lam: float = 0.0) -> float:
    """``J`` alone (forward pass only)."""
    thetas, X, Y, lam = _checked(thetas, X, y, lam)
    with np.errstate(over="ignore"):
        _, z_out = _forward(thetas, X)
    return _finite(_data_cost(z_out, Y, len(X)) + _penalty(thetas, lam, len(X)), [])[0]


def _checked(thetas, X, y, lam):
    thetas = check_thetas(thetas)
    X = check_X(X, thetas[0].shape[1] - 1)
    Y = _one_hot(ck.labels("y", y, count=len(X), n_labels=thetas[-1].shape[0]), thetas[-1].shape[0])
    return thetas, X, Y, check_lam(lam)


def _finite(J, grads):
    if not np.isfinite(J) or not all(np.all(np.isfinite(g)) for g in grads):
        raise ck.BadArgument(N_("J or its gradient is non-finite for these finite inputs (a float overflow): "
                                "use smaller weights or inputs"))
    return J, grads


def predict(thetas: Sequence[np.ndarray], X) -> np.ndarray:
    """Labels 0..K−1: the index of the largest output unit."""
    thetas = check_thetas(thetas)
    X = check_X(X, thetas[0].shape[1] - 1)
    with np.errstate(over="ignore"):
        acts, _ = _forward(thetas, X)
    return np.argmax(acts[-1], axis=1)


def accuracy(thetas: Sequence[np.ndarray], X, y) -> float:
    labels = predict(thetas, X)
    return float(np.mean(labels == ck.labels("y", y, count=len(labels), max_labels=MAX_LABELS)))


def hidden_tiles(theta1: np.ndarray, side: int | None = None, order: str = "C") -> np.ndarray:
    """Rows of Θ1 without the bias as ``side × side`` pictures (``order="F"`` for course weights)."""
    w = ck.array("theta1 (Θ1)", theta1, ndim=2, finite=False)
    if w.shape[1] < 2:
        raise ck.BadArgument(N_("Θ1 has shape {shape}: it needs a bias column and input weights"), shape=w.shape)
    w = w[:, 1:]
    order = ck.choice("order", order, ("C", "F"))
    side = int(round(np.sqrt(w.shape[1]))) if side is None else ck.integer("side", side, 1, MAX_UNITS)
    if side * side != w.shape[1]:
        raise ck.BadArgument(N_("Θ1 has {count} input weights per unit: not a square picture of side {side}"),
                             count=w.shape[1], side=side)
    return w.reshape(len(w), side, side, order=order).copy()
