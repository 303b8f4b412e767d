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
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
from scipy.special import expit


EPSILON_INIT = 0.12


# ---------------------------------------------------------------- basic pieces
def sigmoid(z):
    """g(z) = 1 / (1 + e^{−z})."""
    return expit(z)


def sigmoid_gradient(z):
    """g'(z) = g(z)(1 − g(z)); g'(0) = 0.25."""
    s = expit(z)
    return s * (1.0 - s)


def init_params(layers: Sequence[int] = (400, 25, 10), seed: int | None = 0,
                epsilon: float = EPSILON_INIT) -> list[np.ndarray]:
    """Random weights uniform in [−ε, ε] (ε = 0.12): ``[Θ1 (s2, s1+1), Θ2 (s3, s2+1), …]``."""
    rng = np.random.default_rng(seed)
    return [rng.uniform(-epsilon, epsilon, size=(n_out, n_in + 1))
            for n_in, n_out in zip(layers[:-1], layers[1:])]


def debug_params(layers: Sequence[int]) -> list[np.ndarray]:
    """The course's deterministic ``debugInitializeWeights``: sin(1..n)/10, column-major."""
    out = []
    for n_in, n_out in zip(layers[:-1], layers[1:]):
        n = n_out * (n_in + 1)
        out.append(np.sin(np.arange(1, n + 1)).reshape(n_in + 1, n_out).T / 10.0)
    return out


def pack(thetas: Sequence[np.ndarray]) -> np.ndarray:
    return np.concatenate([np.asarray(t, dtype=float).ravel() for t in thetas])


def unpack(vec: np.ndarray, layers: Sequence[int]) -> list[np.ndarray]:
    out, k = [], 0
    for n_in, n_out in zip(layers[:-1], layers[1:]):
        n = n_out * (n_in + 1)
        out.append(vec[k:k + n].reshape(n_out, n_in + 1))
        k += n
    if k != len(vec):
        raise ValueError(f"parameter vector has {len(vec)} entries, layers {tuple(layers)} need {k}")
    return out


def layers_of(thetas: Sequence[np.ndarray]) -> tuple[int, ...]:
    return (thetas[0].shape[1] - 1,) + tuple(t.shape[0] for t in thetas)


def course_labels(y) -> np.ndarray:
    """The course's labels 1..10 (10 = digit 0) -> 0..9."""
    y = np.asarray(y).astype(np.int64).ravel()
    return np.where(y == 10, 0, y)


def _one_hot(y: np.ndarray, k: int, dtype=float) -> np.ndarray:
    y = np.asarray(y).astype(np.int64).ravel()
    if y.size and (y.min() < 0 or y.max() >= k):
        raise ValueError(f"labels must lie in 0..{k - 1}, found {y.min()}..{y.max()}")
    Y = np.zeros((len(y), k), dtype=dtype)
    Y[np.arange(len(y)), y] = 1
    return Y


def _check_X(X, n_in: int) -> np.ndarray:
    X = np.asarray(X)
    if X.ndim != 2 or X.shape[1] != n_in:
        raise ValueError(f"X has shape {X.shape}, expected (m, {n_in})")
    return X


def penalty(thetas: Sequence[np.ndarray], lam: float, m: int) -> float:
    """λ/(2m) Σ_l ΣΘl[:,1:]² (bias columns are not penalised)."""
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
    J = _data_cost(z_out, Y, m) + penalty(thetas, lam, m)
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
    thetas = [np.asarray(t, dtype=float) for t in thetas]
    X = _check_X(X, thetas[0].shape[1] - 1).astype(float, copy=False)
    Y = _one_hot(y, thetas[-1].shape[0])
    if len(Y) != len(X):
        raise ValueError(f"X has {len(X)} rows but y has {len(Y)} labels")
    return _cost_grad(thetas, X, Y, float(lam))


def cost(thetas: Sequence[np.ndarray], X, y, lam: float = 0.0) -> float:
    """``J`` alone (forward pass only)."""
    thetas = [np.asarray(t, dtype=float) for t in thetas]
    X = _check_X(X, thetas[0].shape[1] - 1).astype(float, copy=False)
    Y = _one_hot(y, thetas[-1].shape[0])
    _, z_out = _forward(thetas, X)
    return _data_cost(z_out, Y, len(X)) + penalty(thetas, lam, len(X))


def predict(thetas: Sequence[np.ndarray], X) -> np.ndarray:
    """Labels 0..K−1: the index of the largest output unit."""
    X = _check_X(X, thetas[0].shape[1] - 1)
    acts, _ = _forward([np.asarray(t, dtype=float) for t in thetas], X)
    return np.argmax(acts[-1], axis=1)


def accuracy(thetas: Sequence[np.ndarray], X, y) -> float:
    return float(np.mean(predict(thetas, X) == np.asarray(y).ravel()))


def hidden_tiles(theta1: np.ndarray, side: int | None = None, order: str = "C") -> np.ndarray:
    """Rows of Θ1 without the bias as ``side × side`` pictures (``order="F"`` for course weights)."""
    w = np.asarray(theta1, dtype=float)[:, 1:]
    side = side or int(round(np.sqrt(w.shape[1])))
    if side * side != w.shape[1]:
        raise ValueError(f"Θ1 has {w.shape[1]} input weights per unit: not a square picture")
    return w.reshape(len(w), side, side, order=order).copy()
