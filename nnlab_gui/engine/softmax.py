"""Softmax (multinomial logistic) regression with an L2 penalty, trained by L-BFGS.

For features ``x`` (with a bias unit) and weights ``W`` (K × (n+1))::

    p_k(x) = exp(w_k·x) / Σ_j exp(w_j·x)

    J(W) = −(1/m) Σ_i log p_{y_i}(x_i) + (λ/2) ΣW[:,1:]²

    ∇J = (P − Y)ᵀ X / m + λ W   (non-bias columns)

Used to compare an autoencoder's learned features with raw pixels (seed 004's table).

Arguments are checked at entry: X finite (m, n) with m ≥ 1 and |x| ≤ ``X_LIMIT``, W finite
(K, n + 1), labels whole numbers 0 … K−1 (K ≤ ``MAX_LABELS``), one per row, λ finite in
0 … ``LIMIT``, ``max_iter`` 1 … ``MAX_ITER``.  The L-BFGS loop calls the unchecked
``_cost_grad``.

``train(..., float32=True)`` evaluates the products and the exponentials in float32
(:class:`_Float32Cost`: one pass over X for the scores, one for the gradient, sums and the
returned gradient in float64), about twice as fast on large X; the optimiser works in float64.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.optimize
from scipy.special import logsumexp

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["SoftmaxModel", "cost_and_grad", "train", "predict", "accuracy"]
MAX_LABELS = 1000
MAX_ITER = 100_000
LIMIT = 1e6             # λ
X_LIMIT = 1e6           # |x|


def _X(X, n: int | None = None, name: str = "X") -> np.ndarray:
    arr = ck.array(name, X, empty=True, finite=False)
    if arr.ndim != 2 or arr.shape[0] == 0 or (n is not None and arr.shape[1] != n):
        want = "n" if n is None else n
        raise ck.BadArgument(N_("{name} has shape {shape}, expected (m, {n}) with m ≥ 1 (one sample per row)"),
                             name=name, shape=arr.shape, n=want)
    return ck.array(name, arr, bound=X_LIMIT)


def _W(W) -> np.ndarray:
    W = ck.array("W", W, ndim=2)
    if W.shape[1] < 2 or W.shape[0] > MAX_LABELS:
        raise ck.BadArgument(N_("W has shape {shape}, expected (K, n + 1): a bias column and at least one input, "
                                "K ≤ {most} classes"), shape=W.shape, most=MAX_LABELS)
    return W


@dataclass(frozen=True, eq=False)
class SoftmaxModel:
    W: np.ndarray          # (K, n + 1), first column the bias
    lam: float
    iterations: int

    def predict(self, X) -> np.ndarray:
        return predict(self.W, X)


def _scores(W, X):
    return X @ W[:, 1:].T + W[:, 0]


def cost_and_grad(W, X, y, lam: float = 0.0):
    """``J`` and ``∇J`` (same shape as W) for labels ``y`` in 0..K−1."""
    W = _W(W)
    X = _X(X)
    if X.shape[1] != W.shape[1] - 1:
        raise ck.BadArgument(N_("W has shape {shape}: it takes {inputs} inputs, X has {columns} columns"),
                             shape=W.shape, inputs=W.shape[1] - 1, columns=X.shape[1])
    y = ck.labels("y", y, count=len(X), n_labels=W.shape[0])
    lam = ck.real("lam (λ)", lam, 0.0, LIMIT)
    with np.errstate(over="ignore", invalid="ignore"):
        J, G = _cost_grad(W, X, y, lam)
    if not (np.isfinite(J) and np.all(np.isfinite(G))):
        raise ck.BadArgument(N_("J or its gradient is not finite for these finite inputs (a float overflow): "
                                "use smaller weights"))
    return J, G


def _cost_grad(W, X, y, lam: float):
    """:func:`cost_and_grad` on checked arrays (the L-BFGS loop's form)."""
    m = len(X)
    S = _scores(W, X)
    logp = S - logsumexp(S, axis=1, keepdims=True)
    J = -float(np.mean(logp[np.arange(m), y])) + lam / 2.0 * float(np.sum(W[:, 1:] ** 2))
    D = np.exp(logp)
    D[np.arange(m), y] -= 1.0
    G = np.empty_like(W)
    G[:, 0] = D.sum(axis=0) / m
    G[:, 1:] = D.T @ X / m + lam * W[:, 1:]
    return J, G


class _Float32Cost:
    """``(J, ∇J)`` of softmax regression on fixed (X, y), float32 products, float64 results."""

    def __init__(self, X: np.ndarray, y: np.ndarray, k: int, lam: float):
        self.X = np.ascontiguousarray(X, dtype=np.float32)
        self.y, self.lam, self.shape = y, lam, (k, X.shape[1] + 1)
        self.rows = np.arange(len(X))
        self.S = np.empty((len(X), k), np.float32)

    def __call__(self, vec: np.ndarray) -> tuple[float, np.ndarray]:
        W = vec.reshape(self.shape)
        W32 = W.astype(np.float32)
        m, S, rows = len(self.X), self.S, self.rows
        np.matmul(self.X, W32[:, 1:].T, out=S)
        S += W32[:, 0]
        S -= S.max(axis=1, keepdims=True)
        picked = S[rows, self.y].astype(np.float64)
        np.exp(S, out=S)
        Z = S.sum(axis=1, dtype=np.float64)
        J = float(np.mean(np.log(Z) - picked)) + self.lam / 2.0 * float(np.sum(W[:, 1:] ** 2))
        S /= Z[:, None].astype(np.float32)
        S[rows, self.y] -= 1.0
        G = np.empty(self.shape)
        G[:, 0] = S.sum(axis=0, dtype=np.float64) / m
        G[:, 1:] = S.T @ self.X
        G[:, 1:] /= m
        G[:, 1:] += self.lam * W[:, 1:]
        return J, G.ravel()


def train(X, y, lam: float = 1e-4, num_labels: int | None = None, max_iter: int = 200,
          stop=None, float32: bool = False) -> SoftmaxModel:
    X = _X(X)
    y, k = ck.labels_and_count(y, len(X), num_labels, MAX_LABELS)
    lam = ck.real("lam (λ)", lam, 0.0, LIMIT)
    max_iter = ck.integer("max_iter", max_iter, 1, MAX_ITER)
    ck.event("stop", stop)
    shape = (k, X.shape[1] + 1)
    ck.memory(Problem(N_("softmax regression of {samples} samples on {classes} classes"), samples=len(X), classes=k),
              8.0 * (3 * len(X) * k + 30 * k * shape[1]), Problem(N_("use fewer samples or features")))

    def f(vec):
        J, G = _cost_grad(vec.reshape(shape), X, y, lam)
        return J, G.ravel()

    if ck.flag("float32", float32):
        f = _Float32Cost(X, y, k, lam)

    def callback(intermediate_result):
        if stop is not None and stop.is_set():
            raise StopIteration

    res = scipy.optimize.minimize(f, np.zeros(shape[0] * shape[1]), jac=True, method="L-BFGS-B",
                                  callback=callback, options={"maxiter": max_iter})
    return SoftmaxModel(res.x.reshape(shape), float(lam), int(res.nit))


def predict(W, X) -> np.ndarray:
    W = _W(W)
    X = _X(X, W.shape[1] - 1)
    with np.errstate(over="ignore", invalid="ignore"):
        return np.argmax(_scores(W, X), axis=1)


def accuracy(W, X, y) -> float:
    labels = predict(W, X)
    return float(np.mean(labels == ck.labels("y", y, count=len(labels), max_labels=MAX_LABELS)))
