"""J and ∇J of S networks (one per λ, the same layers) on the same data, in one pass.

The maths is :func:`~nnlab_gui.engine.mlp_net._cost_grad`'s, batched over the λ's.  The
first layer dominates, so its two products run for every network at once on the stacked
``Θ1^(1) … Θ1^(S)``::

    Z2 = [1, X] [Θ1^(1); …; Θ1^(S)]ᵀ          (m × S·h)
    ∇Θ1^(s) = (δ2ᵀ [1, X])_s / m  (+ (λ_s/m) Θ1^(s) on the non-bias columns)

and the later layers are the S networks side by side as one block-diagonal matrix.  The
rows of X are split into one chunk per core, each chunk on its own thread, and the
chunks' sums are added.  The output layer uses the stable forms
``softplus(z) − y z`` for the cross-entropy and ``g(z) = R`` (z ≥ 0) or ``1 − R``, ``R = g(|z|)``.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Sequence

import numpy as np

from nnlab_gui.engine.mlp_net import _pack, _penalty


def _sigmoid_inplace(Z: np.ndarray) -> np.ndarray:
    """Z ← 1 / (1 + e^(−Z)) in four in-place SIMD passes (e^(−Z) = inf gives 0 exactly)."""
    np.negative(Z, out=Z)
    np.exp(Z, out=Z)
    Z += 1.0
    return np.reciprocal(Z, out=Z)


class _BatchCost:
    """J and ∇J of S networks (one per λ, same layers) on the same data, in one pass.

    The first layer dominates (m × n × h per product).  Its two products run for every
    network at once: the S Θ1's are stacked, ``Z2 = [1, X] Θ1ᵀ`` is m × S·h and
    ``∇Θ1 = δ2ᵀ [1, X]`` comes out S·h × (n+1) (the column of ones carries the bias).  The
    rows of X are split into one chunk per core; each chunk runs on its own thread (BLAS
    held to one thread) and the chunks' sums are added.  Input columns that are zero in
    every sample (the digits' empty border) are left out of both products: their weights
    feel only the λ penalty.  Both dimensions of the stacked products are padded with
    zeros to a multiple of 4 (OpenBLAS's sgemm is up to 30 % slower on an odd 75 or 370).
    The maths is :func:`~nnlab_gui.engine.mlp_net._cost_grad`'s, which the tests compare it with.
    """

    def __init__(self, X: np.ndarray, Y: np.ndarray, layers: Sequence[int], dtype, chunks: int):
        self.m, self.layers, self.dtype = len(X), tuple(layers), np.dtype(dtype)
        self.live = np.flatnonzero(np.any(X != 0, axis=0))
        self.cols = np.concatenate([[0], 1 + self.live])       # Θ1 columns in the products
        edges = np.linspace(0, self.m, max(1, min(int(chunks), self.m)) + 1).astype(int)
        self.K = -(-len(self.cols) // 4) * 4                    # padded inner dimension
        X1 = np.zeros((self.m, self.K))
        X1[:, 0] = 1.0
        X1[:, 1:len(self.cols)] = X[:, self.live]
        self.parts = [(np.ascontiguousarray(X1[a:b], dtype=self.dtype),
                       np.ascontiguousarray(Y[a:b], dtype=self.dtype))
                      for a, b in zip(edges[:-1], edges[1:])]
        self.pool = (ThreadPoolExecutor(len(self.parts) - 1, thread_name_prefix="mlp-chunk")
                     if len(self.parts) > 1 else None)
        self._work: dict[tuple[int, int], dict[str, np.ndarray]] = {}

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True)

    def _stack(self, thetas: Sequence[Sequence[np.ndarray]]):
        """The S first layers stacked (padded), and the later layers block-diagonal."""
        S, dt = len(thetas), self.dtype
        h1 = self.layers[1]
        W1 = np.zeros((-(-S * h1 // 4) * 4, self.K), dtype=dt)     # (S·h1 padded, K padded)
        for s, th in enumerate(thetas):
            W1[s * h1:(s + 1) * h1, :len(self.cols)] = th[0][:, self.cols]
        # later layers: the S networks side by side as one block-diagonal matrix (small)
        rest = []
        for l in range(1, len(self.layers) - 1):
            n_in, n_out = self.layers[l], self.layers[l + 1]
            W = np.zeros((W1.shape[0] if l == 1 else S * n_in, S * n_out), dtype=dt)
            for s, th in enumerate(thetas):
                W[s * n_in:(s + 1) * n_in, s * n_out:(s + 1) * n_out] = th[l][:, 1:].T
            rest.append((W, np.concatenate([th[l][:, 0] for th in thetas]).astype(dt)))
        return W1, rest

    def _sum_chunks(self, part, W1, rest, S):
        jobs = [self.pool.submit(part, c, W1, rest, S) for c in range(1, len(self.parts))]
        total = part(0, W1, rest, S)
        for job in jobs:
            total = [a + b for a, b in zip(total, job.result())]
        return total

    def __call__(self, nets: Sequence[tuple[Sequence[np.ndarray], float]]) -> list[tuple[float, np.ndarray]]:
        """``[(J, packed ∇J)]`` for ``[(thetas, λ)]``."""
        S, h1 = len(nets), self.layers[1]
        W1, rest = self._stack([th for th, _ in nets])
        J, gW1, *g_rest = self._sum_chunks(self._part, W1, rest, S)
        m, nc = self.m, len(self.cols)
        out = []
        for s, (th, lam) in enumerate(nets):
            g1 = np.zeros(th[0].shape)
            g1[:, self.cols] = gW1[s * h1:(s + 1) * h1, :nc]
            grads = [g1] + [g[s] for g in g_rest]
            for g, t in zip(grads, th):
                g /= m
                g[:, 1:] += (lam / m) * t[:, 1:]
            out.append((float(J[s]) / m + _penalty(th, lam, m), _pack(grads)))
        return out

    def data_costs(self, thetas: Sequence[Sequence[np.ndarray]]) -> np.ndarray:
        """The cross-entropy (no λ term) of each of S networks: forward passes only, batched
        and split over the cores like :meth:`__call__` (the λ sweep's validation cost)."""
        W1, rest = self._stack(thetas)
        (J,) = self._sum_chunks(self._cost_part, W1, rest, len(thetas))
        return J / self.m

    def _forward(self, c: int, W1, rest, S):
        """Chunk ``c``'s activations, output pre-activation Z and R = g(|Z|), in work arrays.

        Work arrays are kept per (chunk, S) and reused: fresh large temporaries cost page
        faults (and, freed from two threads, TLB shootdowns) every round.
        """
        Xc, Yc = self.parts[c]
        mc, dt = len(Xc), Xc.dtype
        key = (c, S)
        ws = self._work.get(key)
        if ws is None:                                   # Y repeated per network, a row of ones
            ws = self._work[key] = {"YS": np.tile(Yc, (1, S)), "ones": np.ones(mc, dtype=dt)}

        def buf(name, shape):
            arr = ws.get(name)
            if arr is None or arr.shape != shape:
                arr = ws[name] = np.empty(shape, dtype=dt)
            return arr

        with np.errstate(over="ignore"):
            A = np.matmul(Xc, W1.T, out=buf("a2", (mc, W1.shape[0])))
            acts = [_sigmoid_inplace(A)]                 # a2: (mc, S·h1)
            for l, (W, b) in enumerate(rest):
                Z = np.matmul(acts[-1], W, out=buf(f"z{l + 3}", (mc, W.shape[1])))
                Z += b
                if l < len(rest) - 1:
                    acts.append(_sigmoid_inplace(Z))
            # Z: output pre-activation (mc, S·k).  With R = 1/(1 + e^(−|z|)):
            # softplus(z) = max(z, 0) − log R, and g(z) = R for z ≥ 0, 1 − R below
            R = _sigmoid_inplace(np.abs(Z, out=buf("R", Z.shape)))
        L = np.maximum(Z, 0.0, out=buf("L", Z.shape))
        L -= np.log(R, out=buf("logR", Z.shape))
        L -= np.multiply(ws["YS"], Z, out=buf("yz", Z.shape))  # softplus(z) − y z
        J = (ws["ones"] @ L).astype(np.float64).reshape(S, -1).sum(axis=1)
        return Xc, ws, buf, acts, Z, R, J

    def _cost_part(self, c: int, W1, rest, S):
        return [self._forward(c, W1, rest, S)[-1]]

    def _part(self, c: int, W1, rest, S):
        """Sums over chunk ``c`` of the rows: data cost (S,), ∇Θ1 (live columns), ∇ of later layers.

        Activations are (rows, S·units): network s owns columns s·units … (s+1)·units − 1.
        """
        Xc, ws, buf, acts, Z, R, J = self._forward(c, W1, rest, S)
        YS, ones = ws["YS"], ws["ones"]
        R -= 0.5
        np.copysign(R, Z, out=R)
        R += 0.5
        delta = np.subtract(R, YS, out=R)                # δ_L = a_L − y
        g_rest = [None] * len(rest)
        for l in range(len(rest) - 1, -1, -1):
            a, (W, _) = acts[l], rest[l]
            n_in, n_out = self.layers[l + 1], self.layers[l + 2]
            full = delta.T @ a                           # (S·out, S·in): keep the diagonal blocks
            gb = ones @ delta
            g = np.empty((S, n_out, n_in + 1), dtype=np.float64)
            for s in range(S):
                g[s, :, 0] = gb[s * n_out:(s + 1) * n_out]
                g[s, :, 1:] = full[s * n_out:(s + 1) * n_out, s * n_in:(s + 1) * n_in]
            g_rest[l] = g
            delta = np.matmul(delta, W.T, out=buf(f"d{l + 2}", a.shape))
            gp = np.multiply(a, a, out=buf(f"gp{l + 2}", a.shape))
            np.subtract(a, gp, out=gp)                   # g'(z_l) = a_l − a_l²
            delta *= gp
        return [J, (delta.T @ Xc).astype(np.float64)] + g_rest
