"""The optimisers' steps on one group of restarts (one thread's share of a run).

Each step evaluates ∇J at the group's z's (:class:`~nnlab_gui.engine.inpaint_cost._Problem`)
and moves them by one of:

* ``"rmsprop"``, the report's "ADAMS": P₀ = g₀², P ← (1−λ)P + λg², z ← z − μ g / √(P + c),
  with λ = ``RMSPROP_LAMBDA`` = 0.1 and c = ``RMSPROP_C`` = 1e-7;
* ``"adam"``: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², z ← z − μ m̂ / (√v̂ + ε), with
  m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ), β = 0.9, 0.999, ε = 1e-8;
* ``"gd"``: z ← z − μ g.

The costs J = N log s + ‖z‖² are filled in float64 in blocks of ``_BLOCK`` steps from each
step's data sum s, which also checks for divergence.
"""

from __future__ import annotations

import threading
import time

import numpy as np

from nnlab_gui.engine.inpaint_cost import _Problem

RMSPROP_LAMBDA = 0.1
RMSPROP_C = 1e-7
_BLOCK = 128                      # costs are computed every _BLOCK steps (and at snapshots)
_RING = _BLOCK + 1                # the optimiser keeps the z's of the last _RING steps


class _Group:
    """Consecutive restarts advanced by their own optimiser state (one thread each).

    The z's of the last ``_RING`` steps are kept (step t's in slot t % _RING; each step
    writes the next slot).  Every step stores its data sum s; the float64 costs
    N log s + ‖z‖² are filled in blocks of ≤ _BLOCK steps (every _BLOCK steps, which also
    checks for divergence, and at the end of every :meth:`advance`), so the ring holds
    _BLOCK + 1 of them.
    """

    def __init__(self, problem: _Problem, Z0: np.ndarray, costs: np.ndarray, iterations: int,
                 optimizer: str, lr: float):
        dt = problem.dtype
        self.problem, self.optimizer, self.lr = problem, optimizer, lr
        self.Zring = np.empty((_RING,) + Z0.shape, dtype=dt)
        self.Zring[0] = Z0
        self.s_all = np.empty((iterations, Z0.shape[0]), dtype=dt)
        self.costs = costs                    # (iterations, r): this group's columns
        self.filled = 0
        self.diverged = 0                     # first step with a non-finite cost (0: none)
        self.P = np.zeros(Z0.shape, dtype=dt)  # RMSprop's mean of g² (over λ) / Adam's v
        self.M = np.zeros_like(self.P)         # Adam's m
        self.tmp = np.empty_like(self.P)
        # constants as 0-d arrays of the step's dtype (a Python float costs a conversion per call)
        lam = RMSPROP_LAMBDA
        self.inv_lam, self.keep, self.c_lam, self.mu_lam, self.mu = (
            np.array(v, dtype=dt) for v in (1.0 / lam, 1.0 - lam, RMSPROP_C / lam, lr / np.sqrt(lam), lr))

    def z(self, t: int) -> np.ndarray:
        """The z's before step t (t ≤ the steps done, > the steps done − _RING)."""
        return self.Zring[t % _RING]

    def fill(self, upto: int) -> bool:
        """Costs up to step ``upto``; False (and ``diverged`` set) if one is not finite."""
        if upto > self.filled:
            block = self.costs[self.filled:upto]
            block[:] = self.problem.cost(self.s_all[self.filled:upto],
                                         self.Zring[np.arange(self.filled, upto) % _RING])
            bad = np.flatnonzero(~np.isfinite(block).all(axis=1))
            if bad.size:
                self.diverged = self.filled + int(bad[0]) + 1
                return False
            self.filled = upto
        return True

    def advance(self, t: int, n: int, deadline: float | None = None,
                stop: threading.Event | None = None) -> int:
        """Steps t … t + n − 1; fewer when ``time.monotonic()`` passes ``deadline`` after a
        step, or on divergence (this group's: it sets ``stop``; another's: ``stop`` is set,
        seen at the next block).  Costs are filled up to the returned step count."""
        problem, optimizer, s_all = self.problem, self.optimizer, self.s_all
        P, M, tmp, Zring = self.P, self.M, self.tmp, self.Zring
        inv_lam, keep, c_lam, mu_lam, mu, lr = (self.inv_lam, self.keep, self.c_lam, self.mu_lam,
                                                self.mu, self.lr)
        b1, b2, eps = 0.9, 0.999, 1e-8
        end = t + n
        # errstate is per thread: every group sets its own
        with np.errstate(over="ignore", invalid="ignore"):
            while t < end:
                Z = Zring[t % _RING]
                G = problem.evaluate(Z, s_all[t])
                if optimizer == "rmsprop":
                    # P₀ = g₀², P ← (1−λ)P + λg², z ← z − μ g/√(P + c), computed with Q = P/λ
                    # in the array P (one pass fewer): Q₀ = g₀²/λ, Q ← (1−λ)Q + g²,
                    # z ← z − (μ/√λ) g/√(Q + c/λ)
                    if t == 0:
                        np.multiply(G, G, P)
                        np.multiply(P, inv_lam, P)
                    else:
                        np.multiply(G, G, tmp)
                        np.multiply(P, keep, P)
                        np.add(P, tmp, P)
                    np.add(P, c_lam, tmp)
                    np.sqrt(tmp, tmp)
                    np.divide(G, tmp, tmp)
                    np.multiply(tmp, mu_lam, tmp)
                elif optimizer == "adam":
                    M *= b1
                    M += (1 - b1) * G
                    P *= b2
                    P += (1 - b2) * (G * G)
                    np.sqrt(P / (1 - b2 ** (t + 1)), out=tmp)       # √v̂ + ε
                    tmp += eps
                    np.divide(M / (1 - b1 ** (t + 1)), tmp, out=tmp)  # m̂ / (√v̂ + ε)
                    tmp *= lr
                else:
                    np.multiply(G, mu, tmp)                       # z ← z − μ g
                t += 1
                np.subtract(Z, tmp, Zring[t % _RING])
                if t % _BLOCK == 0:
                    if not self.fill(t):
                        break
                    if stop is not None and stop.is_set():
                        return t
                if deadline is not None and time.monotonic() >= deadline:
                    break
            if not self.fill(t) and stop is not None:
                stop.set()
        return t
