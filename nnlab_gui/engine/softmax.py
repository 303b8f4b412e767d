"""Softmax (multinomial logistic) regression with an L2 penalty, trained by L-BFGS.

For features ``x`` (with a bias unit) and weights ``W`` (K × (n+1))::

    p_k(x) = exp(w_k·x) / Σ_j exp(w_j·x)

    J(W) = −(1/m) Σ_i log p_{y_i}(x_i) + (λ/2) ΣW[:,1:]²

    ∇J = (P − Y)ᵀ X / m + λ W   (non-bias columns)

Used to compare an autoencoder's learned features with raw pixels (seed 004's table).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.optimize
from scipy.special import logsumexp

__all__ = ["SoftmaxModel", "cost_and_grad", "train", "predict", "accuracy"]


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
    W = np.asarray(W, dtype=float)
    X = np.asarray(X, dtype=float)
    y = np.asarray(y).astype(np.int64).ravel()
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


def train(X, y, lam: float = 1e-4, num_labels: int | None = None, max_iter: int = 200,
          stop=None) -> SoftmaxModel:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y).astype(np.int64).ravel()
    if X.ndim != 2 or len(X) != len(y) or len(y) == 0:
        raise ValueError(f"softmax needs X (m, n) and m labels, got X {X.shape} and {y.shape[0]} labels")
    k = int(num_labels or y.max() + 1)
    shape = (k, X.shape[1] + 1)

    def f(vec):
        J, G = cost_and_grad(vec.reshape(shape), X, y, lam)
        return J, G.ravel()

    def callback(intermediate_result):
        if stop is not None and stop.is_set():
            raise StopIteration

    res = scipy.optimize.minimize(f, np.zeros(shape[0] * shape[1]), jac=True, method="L-BFGS-B",
                                  callback=callback, options={"maxiter": max_iter})
    return SoftmaxModel(res.x.reshape(shape), float(lam), int(res.nit))


def predict(W, X) -> np.ndarray:
    return np.argmax(_scores(np.asarray(W, dtype=float), np.asarray(X, dtype=float)), axis=1)


def accuracy(W, X, y) -> float:
    return float(np.mean(predict(W, X) == np.asarray(y).ravel()))
