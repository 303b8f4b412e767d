"""The stacked sparse autoencoder's cost and gradient, for any number of hidden layers.

Layer sizes ``n, h_1, …, h_k, n`` (sigmoid units everywhere); the sparsity penalty acts
on hidden layer ``s = ⌈k/2⌉`` (the report's ``l*``: the middle layer of 75-48-75, the only
hidden layer of a one-layer network)::

    a_0 = x,   a_l = f(W_l a_{l−1} + b_l)   (l = 1 … k+1),   h(x) = a_{k+1}

    J = (1/m) Σ ½‖h(x) − x‖² + (λ/2) Σ_l ΣW_l² + β Σ_j KL(ρ ‖ ρ̂_j),   ρ̂ = mean of a_s

    δ_{k+1} = (h − x) ∘ f'(z_{k+1}),
    δ_l = (W_{l+1}ᵀ δ_{l+1} + [l = s] β(−ρ/ρ̂ + (1−ρ)/(1−ρ̂))) ∘ f'(z_l)

    ∇W_l = δ_l a_{l−1}ᵀ / m + λ W_l,   ∇b_l = mean δ_l

With ``linear=True`` the output layer is linear (the course's *linear decoder* for
real-valued inputs such as whitened patches): ``h(x) = z_{k+1}`` and ``δ_{k+1} = h − x``;
every hidden layer stays sigmoid.

The packed vector is ``[W_1, …, W_{k+1}, b_1, …, b_{k+1}]`` (row-major), which for one
hidden layer is the classic ``[W1, W2, b1, b2]``.

:func:`cost_grad` is the float64 form (gradient checks, the public ``cost_and_grad``);
:class:`Evaluator` is the training loop's form: the products and the element-wise work
in float32 on preallocated buffers (f(z) = ½ + ½ tanh(z/2) in place), the sums and the
sparsity term in float64, the gradient returned in float64 for scipy's L-BFGS-B.
Arguments are checked by the callers (:mod:`~nnlab_gui.engine.sparse_ae`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import expit

__all__ = ["AEParams", "layer_sizes", "sparse_layer", "n_params", "split", "cost_grad", "Evaluator",
           "forward", "encode_rows"]


@dataclass(frozen=True, eq=False)
class AEParams:
    """A trained network: ``weights[l]`` is W_{l+1} (sizes[l+1], sizes[l]), ``biases[l]`` b_{l+1}."""
    weights: tuple
    biases: tuple

    @property
    def W1(self) -> np.ndarray:
        return self.weights[0]

    @property
    def b1(self) -> np.ndarray:
        return self.biases[0]

    @property
    def W2(self) -> np.ndarray:
        return self.weights[1]

    @property
    def b2(self) -> np.ndarray:
        return self.biases[1]

    @property
    def hidden(self) -> tuple[int, ...]:
        return tuple(W.shape[0] for W in self.weights[:-1])

    @property
    def n_in(self) -> int:
        return self.weights[0].shape[1]

    @classmethod
    def from_vector(cls, vec: np.ndarray, sizes: tuple[int, ...]) -> "AEParams":
        Ws, bs = split(np.asarray(vec, dtype=float), sizes)
        return cls(tuple(W.copy() for W in Ws), tuple(b.copy() for b in bs))


def encode_rows(params: AEParams, X: np.ndarray, dtype=np.float64) -> np.ndarray:
    """Activations of the sparse (code) layer for the rows of X (no checks)."""
    a = X
    for W, b in zip(params.weights[:sparse_layer(params.hidden)], params.biases):
        a = a @ W.T.astype(dtype, copy=False) + b.astype(dtype, copy=False)
        a = expit(a) if dtype == np.float64 else _sigmoid_(a)
    return a


def layer_sizes(n_in: int, hidden: tuple[int, ...]) -> tuple[int, ...]:
    return (n_in, *hidden, n_in)


def sparse_layer(hidden: tuple[int, ...]) -> int:
    """1-based index of the hidden layer that carries the sparsity penalty."""
    return (len(hidden) + 1) // 2


def n_params(sizes: tuple[int, ...]) -> int:
    return sum(a * b + b for a, b in zip(sizes[:-1], sizes[1:]))


def split(vec: np.ndarray, sizes: tuple[int, ...]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Views ``(Ws, bs)`` of a packed vector: W_l (sizes[l], sizes[l−1]), b_l (sizes[l],)."""
    Ws, bs, at = [], [], 0
    for a, b in zip(sizes[:-1], sizes[1:]):
        Ws.append(vec[at:at + a * b].reshape(b, a))
        at += a * b
    for b in sizes[1:]:
        bs.append(vec[at:at + b])
        at += b
    return Ws, bs


def _kl(rho, rho_hat):
    return rho * np.log(rho / rho_hat) + (1 - rho) * np.log((1 - rho) / (1 - rho_hat))


def forward(vec: np.ndarray, X: np.ndarray, sizes: tuple[int, ...], linear: bool = False) -> list[np.ndarray]:
    """Activations ``[a_1, …, a_{k+1}]`` (float64) for the rows of X (the last one linear if asked)."""
    Ws, bs = split(vec, sizes)
    acts, a = [], X
    for l, (W, b) in enumerate(zip(Ws, bs)):
        a = a @ W.T + b
        if not (linear and l == len(Ws) - 1):
            a = expit(a)
        acts.append(a)
    return acts


def cost_grad(vec: np.ndarray, X: np.ndarray, sizes: tuple[int, ...], rho: float, beta: float,
              lam: float, linear: bool = False) -> tuple[float, np.ndarray]:
    """``(J, ∇J)`` in float64 (no checks: inf/NaN come back as they are)."""
    m = len(X)
    s = sparse_layer(sizes[1:-1])
    Ws, _ = split(vec, sizes)
    acts = forward(vec, X, sizes, linear)
    rho_hat = acts[s - 1].mean(axis=0)
    diff = acts[-1] - X
    J = (0.5 * float(np.sum(diff * diff)) / m
         + lam / 2.0 * sum(float(np.sum(W * W)) for W in Ws)
         + beta * float(np.sum(_kl(rho, rho_hat))))
    gW, gb = [None] * len(Ws), [None] * len(Ws)
    d = diff if linear else diff * acts[-1] * (1 - acts[-1])
    for l in range(len(Ws) - 1, -1, -1):
        below = acts[l - 1] if l > 0 else X
        gW[l] = d.T @ below / m + lam * Ws[l]
        gb[l] = d.mean(axis=0)
        if l > 0:
            back = d @ Ws[l]
            if l == s:
                back = back + beta * (-rho / rho_hat + (1 - rho) / (1 - rho_hat))
            d = back * below * (1 - below)
    return J, np.concatenate([g.ravel() for g in gW] + gb)


def _sigmoid_(z: np.ndarray) -> np.ndarray:
    """f(z) = 1 / (1 + e^(−z)), in place (twice as fast in float32 as ½ + ½ tanh(z/2);
    e^(−z) overflows to inf for z < −88, which gives the right limit 0)."""
    with np.errstate(over="ignore"):
        np.negative(z, out=z)
        np.exp(z, out=z)
    z += 1.0
    np.reciprocal(z, out=z)
    return z


class Evaluator:
    """``(J, ∇J)`` of the stacked network on fixed data X, float32 work, float64 results.

    Buffers for every layer's activations and deltas are made once; a call allocates
    only the small per-layer gradients.
    """

    def __init__(self, X: np.ndarray, sizes: tuple[int, ...], rho: float, beta: float, lam: float,
                 linear: bool = False):
        self.X = np.ascontiguousarray(X, dtype=np.float32)
        self.sizes, self.rho, self.beta, self.lam, self.linear = sizes, rho, beta, lam, linear
        self.s = sparse_layer(sizes[1:-1])
        m = len(X)
        self.acts = [np.empty((m, h), np.float32) for h in sizes[1:]]
        self.deltas = [np.empty((m, h), np.float32) for h in sizes[1:]]
        self.evaluations = 0

    def __call__(self, vec: np.ndarray) -> tuple[float, np.ndarray]:
        self.evaluations += 1
        X, m, rho, beta, lam = self.X, len(self.X), self.rho, self.beta, self.lam
        Ws64, _ = split(vec, self.sizes)
        v32 = vec.astype(np.float32)
        Ws, bs = split(v32, self.sizes)
        below = X
        for l, (W, b, a) in enumerate(zip(Ws, bs, self.acts)):
            np.matmul(below, W.T, out=a)
            a += b
            if not (self.linear and l == len(Ws) - 1):
                _sigmoid_(a)
            below = a
        out, d = self.acts[-1], self.deltas[-1]
        np.subtract(out, X, out=d)                       # d = h − x
        sq = float(np.dot(d.ravel(), d.ravel()))
        rho_hat = self.acts[self.s - 1].mean(axis=0, dtype=np.float64)
        J = (0.5 * sq / m + lam / 2.0 * sum(float(np.dot(W.ravel(), W.ravel())) for W in Ws64)
             + beta * float(np.sum(_kl(rho, rho_hat))))
        if not self.linear:
            d *= out
            np.subtract(1.0, out, out=out)               # h is not needed after this
            d *= out                                     # (h − x) h (1 − h)
        d *= np.float32(1.0 / m)
        grads_W, grads_b = [None] * len(Ws), [None] * len(Ws)
        for l in range(len(Ws) - 1, -1, -1):
            below = self.acts[l - 1] if l > 0 else X
            g = (d.T @ below).astype(np.float64)
            g += lam * Ws64[l]
            grads_W[l] = g
            grads_b[l] = d.sum(axis=0, dtype=np.float64)
            if l > 0:
                nd = self.deltas[l - 1]
                np.matmul(d, Ws[l], out=nd)
                if l == self.s:
                    nd += (beta * (-rho / rho_hat + (1 - rho) / (1 - rho_hat)) / m).astype(np.float32)
                nd *= below
                np.subtract(1.0, below, out=below)       # below (a_l) is not needed after this
                nd *= below
                d = nd
        return J, np.concatenate([g.ravel() for g in grads_W] + grads_b)
