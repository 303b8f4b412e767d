"""Inpainting and super-resolution by optimising the generator's latent vector.

The course's problem (seed 000, questions 2–3): observe ``x_n = T x_ideal + noise``
and find the latent ``z`` whose image ``X(z)`` explains it, by minimising

    J(z)  = N · log ‖T X(z) − x_n‖² + ‖z‖²          (data_term="l2", the course's cost)
    J₁(z) = N · log Σ|T X(z) − x_n|  + ‖z‖²          (data_term="l1", Laplace noise)

with N the number of rows of T.  Back-propagation to the input, as the report
derives it (internal convention X = sigmoid(W2), so f2'(W2) = X(1 − X)):

    u2 = 2 (T X − x_n)ᵀ T / ‖T X − x_n‖²      (l1: sign(T X − x_n)ᵀ T / Σ|T X − x_n|)
    v2 = u2 ∘ f2'(W2),  u1 = A2ᵀ v2,  v1 = u1 ∘ 1[W1 > 0],  u0 = A1ᵀ v1
    ∇J = N u0 + 2 z

Every operator T here averages groups of k pixels: the course's ``T = [I_N 0]``
(k = 1, the first N pixels in column-major order), the 4×4 block average
(k = 16, 49 rows) and any painted mask (k = 1).  So T X never needs the dense
N × 784 matrix: only the generator rows T touches are evaluated (``A2[index]``)
and a reshape-mean does the averaging; its transpose repeats ``r / k``.

All restarts advance together as one batch, or (enough restarts: ≥ 2·MIN_GROUP) as
``workers`` batches of consecutive restarts, one thread each (restarts are independent,
and NumPy releases the GIL in BLAS and in large ufunc loops), that meet only at
snapshots.  By default each step runs in float32
(``precision="single"``: the products, ∇J and the optimiser's state; ∇J cannot be
more precise than the float32 products anyway); the costs J are float64, computed
in blocks from each step's ‖T X − x_n‖² and z.  ``precision="double"`` runs in float64.
``iter_compare`` runs two optimisers from the same starting z's.  Optimisers: ``"rmsprop"`` (the
report's "ADAMS": P₀ = g₀², P ← (1−λ)P + λg², z ← z − μ g / √(P + c), λ = 0.1,
c = 1e-7), ``"adam"`` (β = 0.9, 0.999, ε = 1e-8) and plain ``"gd"``.
"""

from __future__ import annotations

import copy
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Iterator

import numpy as np

from nnlab_gui.engine.blas import one_blas_thread
from nnlab_gui.engine.generator import Generator, column_major_permutation

__all__ = ["Operator", "keep_first", "block_average", "from_mask", "observe",
           "InpaintSnapshot", "InpaintResult", "cost_and_grad", "reconstruct",
           "iter_reconstruct", "iter_compare", "default_workers", "OPTIMIZERS", "DATA_TERMS", "COURSE_N"]

SIDE = 28
PIXELS = SIDE * SIDE
OPTIMIZERS = ("rmsprop", "adam", "gd")
DATA_TERMS = ("l2", "l1")
COURSE_N = (500, 400, 350, 300)   # the report's inpainting runs
RMSPROP_LAMBDA = 0.1
RMSPROP_C = 1e-7
_BLOCK = 128                      # costs are computed every _BLOCK steps (and at snapshots)
_RING = _BLOCK + 1                # the optimiser keeps the z's of the last _RING steps
MAX_WORKERS = 4                   # threads for one run (default: the cores, at most this)
# restarts per thread below which splitting does not pay, by precision: a group's step is
# ~27 NumPy calls whose cost hardly depends on the group's size, and every call takes the
# GIL (the ufunc loops release it above 500 numbers, inviting a GIL hand-over on every
# call).  Measured on 2 cores, keep_first(350), time of one thread / time of two:
# float32 ×0.5 at 20 restarts, ×0.8–1.06 at 48, ×1.1–1.2 at 64–96, ×1.5–1.6 at 128–200;
# float64 (heavier loops, the same calls) ×0.74 at 8, ×0.9–1.0 at 12–16, ×1.06–1.23 at 20
# (but ×0.82 while another process kept both cores busy), ×0.95–1.08 at 24, ×1.15–1.2 at 32,
# ×1.5 at 48–64.  The thresholds keep a margin: on a shared machine a split that barely
# pays when the cores are idle loses when they are not
MIN_GROUP = {"single": 32, "double": 16}





# ----------------------------------------------------------------- operators
@dataclass(frozen=True, eq=False)
class Operator:
    """``T``: row i of ``T x`` is the mean of the pixels ``index[i]`` (row-major indices).

    ``index`` is (m, k); ``course_order`` (optional, length m) maps the course's row
    order to this one: ``y_lab = y_course[course_order]``.
    """

    index: np.ndarray                 # (m, k) int, row-major pixel indices
    name: str
    kind: str                         # "select" or "block"
    course_order: np.ndarray | None = None

    def __post_init__(self) -> None:
        idx = np.asarray(self.index)
        if idx.ndim != 2 or idx.shape[0] == 0:
            raise ValueError(f"the operator '{self.name}' observes no pixel")
        if idx.min() < 0 or idx.max() >= PIXELS:
            raise ValueError(f"the operator '{self.name}' indexes a pixel outside 0..{PIXELS - 1}")
        idx = idx.astype(np.intp)
        idx.setflags(write=False)
        object.__setattr__(self, "index", idx)

    @property
    def m(self) -> int:
        """N, the number of rows of T."""
        return int(self.index.shape[0])

    @property
    def k(self) -> int:
        return int(self.index.shape[1])

    @property
    def flat_index(self) -> np.ndarray:
        return self.index.ravel()

    @property
    def mask(self) -> np.ndarray:
        """(28, 28) bool: pixels that enter the observation."""
        out = np.zeros(PIXELS, dtype=bool)
        out[self.flat_index] = True
        return out.reshape(SIDE, SIDE)

    def apply(self, images: np.ndarray) -> np.ndarray:
        """(n, 28, 28) -> (n, m); (28, 28) -> (m,)."""
        images = np.asarray(images, dtype=float)
        single = images.ndim == 2
        if images.shape[-2:] != (SIDE, SIDE):
            raise ValueError(f"images have shape {images.shape}, expected (…, {SIDE}, {SIDE})")
        flat = images.reshape(-1, PIXELS)[:, self.flat_index].reshape(-1, self.m, self.k).mean(axis=2)
        return flat[0] if single else flat

    def from_course(self, y_course: np.ndarray) -> np.ndarray:
        """An observation in the course's (column-major) row order -> this operator's order."""
        y = np.asarray(y_course, dtype=float)
        if y.shape[-1] != self.m:
            raise ValueError(f"the observation has {y.shape[-1]} values, the operator '{self.name}' "
                             f"gives {self.m}")
        return y if self.course_order is None else y[..., self.course_order]

    def to_image(self, y: np.ndarray, fill: float = np.nan) -> np.ndarray:
        """Paint an observation back on the 28×28 grid (each value on its pixels); ``fill`` elsewhere."""
        y = np.asarray(y, dtype=float)
        if y.shape != (self.m,):
            raise ValueError(f"the observation has shape {y.shape}, expected ({self.m},)")
        out = np.full(PIXELS, fill, dtype=float)
        out[self.flat_index] = np.repeat(y, self.k)
        return out.reshape(SIDE, SIDE)

    def matrix(self) -> np.ndarray:
        """The dense (m, 784) T on row-major pixel vectors (tests and benchmarks only)."""
        T = np.zeros((self.m, PIXELS))
        rows = np.repeat(np.arange(self.m), self.k)
        T[rows, self.flat_index] = 1.0 / self.k
        return T

    def course_matrix(self) -> np.ndarray:
        """The dense T as the course writes it: rows in course order, columns column-major."""
        T = self.matrix()[:, column_major_permutation()]
        if self.course_order is not None:
            inv = np.empty_like(self.course_order)
            inv[self.course_order] = np.arange(self.m)
            T = T[inv]
        return T


def keep_first(n: int) -> Operator:
    """The course's ``T = [I_n 0]``: the first n pixels in column-major order (left part)."""
    n = int(n)
    if not 1 <= n <= PIXELS:
        raise ValueError(f"keep_first needs 1 ≤ n ≤ {PIXELS}, got {n}")
    return Operator(column_major_permutation()[:n, None], f"keep first {n}", "select")


def block_average(size: int = 4) -> Operator:
    """Mean of each non-overlapping ``size``×``size`` block; blocks listed row-major."""
    size = int(size)
    if size < 1 or SIDE % size:
        raise ValueError(f"block size must divide {SIDE}, got {size}")
    b = SIDE // size
    grid = np.arange(PIXELS).reshape(b, size, b, size).transpose(0, 2, 1, 3)   # (br, bc, r, c)
    index = grid.reshape(b * b, size * size)
    course_order = np.arange(b * b).reshape(b, b).T.ravel()   # course lists blocks column-major
    return Operator(index, f"{size}×{size} block average", "block", course_order)


def from_mask(mask: np.ndarray) -> Operator:
    """Observe the pixels where ``mask`` (28, 28) is True, in row-major order."""
    mask = np.asarray(mask)
    if mask.shape != (SIDE, SIDE):
        raise ValueError(f"the mask has shape {mask.shape}, expected ({SIDE}, {SIDE})")
    idx = np.flatnonzero(mask.astype(bool).ravel())
    if idx.size == 0:
        raise ValueError("the mask observes no pixel: paint some observed pixels first")
    return Operator(idx[:, None], f"mask of {idx.size} pixels", "select")


def observe(T: Operator, image: np.ndarray, sigma: float = 0.0, seed: int | None = 0) -> np.ndarray:
    """``x_n = T x_ideal + σ ε`` with ε ~ N(0, I) drawn from ``seed``."""
    y = T.apply(image)
    if sigma > 0:
        y = y + float(sigma) * np.random.default_rng(seed).standard_normal(y.shape)
    return y


# ----------------------------------------------------------------- cost
class _Problem:
    """The generator restricted to the rows T touches: data term and ∇J for a batch of z's.

    ``dtype`` is the precision of every per-step array (float32 halves the cost of the
    two products).  With 20 restarts a step is two products of ~1 M multiply-adds and
    ~25 small NumPy calls, each costing about a microsecond whatever its size; so the
    work arrays are allocated once per batch size and reused, every call writes into
    its last (positional) argument, and constants are 0-d arrays or repeated rows
    (a Python float or a broadcast operand costs a conversion or an iterator per call).
    """

    def __init__(self, g: Generator, T: Operator, y: np.ndarray, data_term: str,
                 dtype: type = np.float64):
        if data_term not in DATA_TERMS:
            raise ValueError(f"data_term must be one of {DATA_TERMS}, got {data_term!r}")
        y = np.asarray(y, dtype=float).ravel()
        if y.shape != (T.m,):
            raise ValueError(f"the observation has {y.size} values, the operator '{T.name}' gives {T.m}")
        if not np.all(np.isfinite(y)):
            raise ValueError("the observation contains NaN/inf values")
        dt = np.dtype(dtype)
        self.dtype, self.l1 = dt, data_term == "l1"
        self.N, self.k, self.h, self.d = T.m, T.k, g.hidden_dim, g.latent_dim
        self.y = y.astype(dt)
        self.A1T = np.ascontiguousarray(g.A1.T, dtype=dt)          # (d, h)
        # ∇J's row scale is c/s (s = ‖r‖², c = 2N/k; l1: s = Σ|r|, c = N/k): the constant c
        # rides on the backward pass's copy of A1
        c = (1.0 if self.l1 else 2.0) * self.N / self.k
        self.cA1 = np.ascontiguousarray(c * g.A1, dtype=dt)        # c A1 (h, d)
        self.b1 = g.b1.astype(dt)
        rows = T.flat_index
        self.A2s = np.ascontiguousarray(g.A2[rows], dtype=dt)      # (m·k, h)
        # −[A2ᵀ; b2ᵀ; 0] on the touched rows: the bias rides along as a hidden unit fixed at
        # 1, the sign gives −W2 directly for e^(−W2), and zero rows pad the inner dimension
        # to a multiple of 4 (OpenBLAS's sgemm is ~7% slower with an odd one, here 129)
        self.K = -(-(self.h + 1) // 4) * 4
        negB = np.zeros((self.K, rows.size), dtype=dt)
        negB[:self.h] = -g.A2[rows].T
        negB[self.h] = -g.b2[rows]
        self.negA2sT_b = negB
        self._zero, self._one = np.zeros((), dtype=dt), np.ones((), dtype=dt)
        self._R = -1

    def fork(self) -> "_Problem":
        """A copy sharing the (read-only) matrices, with its own work arrays (one per thread)."""
        twin = copy.copy(self)
        twin._R = -1
        return twin

    def _buffers(self, R: int) -> None:
        if R == self._R:
            return
        dt, h, mk = self.dtype, self.h, self.A2s.shape[0]
        self._R = R
        self._W1 = np.empty((R, h), dtype=dt)
        self._mask = np.empty((R, h), dtype=dt)                    # 1[W1 > 0] as 0/1 numbers
        self._Z1 = np.zeros((R, self.K), dtype=dt)                 # [ReLU(W1), 1, 0 …]
        self._Z1[:, h] = 1.0                                       # the bias unit
        self._relu = self._Z1[:, :h]
        self._Xs = np.empty((R, mk), dtype=dt)
        self._v2 = np.empty((R, mk), dtype=dt)
        self._r = np.empty((R, self.N), dtype=dt)
        # b1 and x_n repeated for every restart: same-shape operands skip broadcasting's setup
        self._B1 = np.ascontiguousarray(np.broadcast_to(self.b1, (R, h)))
        self._Y = np.ascontiguousarray(np.broadcast_to(self.y, (R, self.N)))
        self._u1 = np.empty((R, h), dtype=dt)
        self._G = np.empty((R, self.d), dtype=dt)

    def evaluate(self, Z: np.ndarray, s: np.ndarray) -> np.ndarray:
        """∇J at Z (R, d); writes the data sum ‖T X − x_n‖² (l1: Σ|T X − x_n|) into ``s`` (R,),
        so J = N log s + ‖z‖².

        Z and s have the problem's dtype.  The returned ∇J is an internal buffer,
        overwritten by the next call.
        """
        R, k = Z.shape[0], self.k
        self._buffers(R)
        W1, mask, Xs, v2, r, u1, G = self._W1, self._mask, self._Xs, self._v2, self._r, self._u1, self._G
        np.dot(Z, self.A1T, W1)
        np.add(W1, self._B1, W1)                        # W1 = A1 z + b1
        np.greater(W1, self._zero, mask)
        np.multiply(W1, mask, self._relu)               # Z1 = ReLU(W1)
        np.dot(self._Z1, self.negA2sT_b, Xs)            # −W2 on the touched rows
        # X = 1/(1 + e^(−W2)) (exp → inf gives 0 exactly; faster than scipy's expit;
        # callers silence the overflow warning)
        np.exp(Xs, Xs)
        np.add(Xs, self._one, Xs)
        np.reciprocal(Xs, Xs)
        if k == 1:
            np.subtract(Xs, self._Y, r)                 # r = T X − x_n
        else:
            np.mean(Xs.reshape(R, self.N, k), axis=2, out=r)
            np.subtract(r, self._Y, r)
        if self.l1:
            u = np.sign(r)
            np.sum(np.abs(r), axis=1, out=s)
        else:
            u = r
            np.vecdot(r, r, s)                          # s = ‖r‖²
        # u2 = dΦ/d(TX) = (c/s) r, c = 2N/k (l1: (c/s) sign(r), c = N/k), Tᵀ repeating each
        # row's value over its k pixels.  The row scale c/s is applied at the end: c with
        # A1, 1/s on R × d numbers (not R × m·k)
        if k > 1:
            u = np.repeat(u, k, axis=1)
        np.multiply(Xs, Xs, v2)                         # f2' = X (1 − X) = X − X²
        np.subtract(Xs, v2, v2)
        np.multiply(v2, u, v2)                          # v2 = u2 ∘ f2'(W2), without c/s
        np.dot(v2, self.A2s, u1)                        # u1 = A2ᵀ v2
        np.multiply(u1, mask, u1)                       # v1 = u1 ∘ 1[W1 > 0]
        np.dot(u1, self.cA1, G)                         # N u0 = A1ᵀ v1, with c
        np.divide(G, s[:, None], G)                     # and 1/s
        np.add(G, Z, G)                                 # ∇J = N u0 + 2 z
        np.add(G, Z, G)
        return G

    def cost(self, s: np.ndarray, Z: np.ndarray) -> np.ndarray:
        """J = N log s + ‖z‖² in float64 from the sums :meth:`evaluate` wrote and the z's
        (s (…, R), Z (…, R, d))."""
        J = np.log(s, dtype=np.float64)
        J *= self.N
        J += np.einsum("...i,...i->...", Z, Z)
        return J


def cost_and_grad(g: Generator, T: Operator, y: np.ndarray, Z: np.ndarray,
                  data_term: str = "l2") -> tuple[np.ndarray, np.ndarray]:
    """J(z) and ∇J(z) for one z (d,) or a batch (R, d), in float64."""
    Z = np.asarray(Z, dtype=float)
    single = Z.ndim == 1
    Z2 = np.ascontiguousarray(np.atleast_2d(Z))
    problem = _Problem(g, T, y, data_term)
    s = np.empty(len(Z2))
    with np.errstate(over="ignore"):
        G = problem.evaluate(Z2, s).copy()
    J = problem.cost(s, Z2)
    return (float(J[0]), G[0]) if single else (J, G)


# ----------------------------------------------------------------- optimise
@dataclass(frozen=True, eq=False)
class InpaintSnapshot:
    """State after ``iteration`` steps; the finished run is its last snapshot."""

    iteration: int          # steps done (costs has this many rows)
    iterations: int         # steps asked for
    costs: np.ndarray       # (iteration, restarts): J(z) of every restart at every step
    best: int               # restart with the lowest current cost
    z: np.ndarray           # (d,) its latent vector
    image: np.ndarray       # (28, 28) its reconstruction X(z)
    zs: np.ndarray          # (restarts, d) every restart's current z
    optimizer: str = "rmsprop"

    @property
    def finished(self) -> bool:
        return self.iteration >= self.iterations

    @property
    def best_cost(self) -> float:
        return float(self.costs[-1, self.best]) if len(self.costs) else float("nan")


InpaintResult = InpaintSnapshot


def _initial_z(restarts: int, d: int, seed: int | None, z0: np.ndarray | None) -> np.ndarray:
    Z = np.random.default_rng(seed).standard_normal((restarts, d))
    if z0 is not None:
        z0 = np.atleast_2d(np.asarray(z0, dtype=float))
        if z0.shape[1] != d or z0.shape[0] > restarts or not np.all(np.isfinite(z0)):
            raise ValueError(f"starting latents z0 have shape {z0.shape}; expected (≤{restarts}, {d}), finite")
        Z[: z0.shape[0]] = z0
    return Z


def default_workers(restarts: int, precision: str = "single") -> int:
    """Threads for ``restarts`` restarts: the cores (at most ``MAX_WORKERS``), with at
    least ``MIN_GROUP[precision]`` restarts each (so 1 below twice that)."""
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS, int(restarts) // MIN_GROUP[precision]))


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


def _split(R: int, workers: int) -> list[slice]:
    """``workers`` runs of consecutive restarts, sizes differing by at most one."""
    edges = np.linspace(0, R, workers + 1).round().astype(int)
    return [slice(int(a), int(b)) for a, b in zip(edges[:-1], edges[1:])]


def iter_reconstruct(g: Generator, T: Operator, y: np.ndarray, restarts: int = 20,
                     iterations: int = 3000, lr: float = 1e-3, optimizer: str = "rmsprop",
                     seed: int | None = 0, data_term: str = "l2", z0: np.ndarray | None = None,
                     rate_hz: float = 30.0, precision: str = "single",
                     workers: int | None = None) -> Iterator[InpaintSnapshot]:
    """Minimise J for ``restarts`` starting points z ~ N(0, I) at once; yield snapshots.

    Each step records J at the current z's, then moves them (so ``costs[t]`` is the
    cost before step t, as in the report).  Snapshots come at most ``rate_hz`` times a
    second (and after the first step); the last one is the finished result.  ``z0``
    (k, d), k ≤ restarts, replaces the first k starting points (warm start).
    ``precision="single"`` runs each step in float32 (the products, ∇J and the
    optimiser's state: ∇J is only as precise as the float32 products anyway); the
    costs are float64, computed from the steps' sums.  ``"double"`` runs in float64.

    ``workers`` (default :func:`default_workers`: the cores, ≥ ``MIN_GROUP[precision]``
    restarts each) splits the restarts into that many groups of consecutive restarts, each
    advanced on its own thread by the same number of steps between snapshots (chosen
    from the measured step time so snapshots still come at about ``rate_hz``).  The
    starting z's are drawn for all restarts at once, and the restarts are independent,
    so the result does not depend on ``workers``.  The threads exist only between two
    snapshots: closing the generator leaves none behind.
    """
    if optimizer not in OPTIMIZERS:
        raise ValueError(f"optimizer must be one of {OPTIMIZERS}, got {optimizer!r}")
    restarts, iterations = int(restarts), int(iterations)
    if restarts < 1 or iterations < 1:
        raise ValueError(f"restarts ({restarts}) and iterations ({iterations}) must be at least 1")
    if not np.isfinite(lr) or lr <= 0:
        raise ValueError(f"the learning rate must be positive, got {lr}")
    if precision not in ("single", "double"):
        raise ValueError(f"precision must be 'single' or 'double', got {precision!r}")
    workers = default_workers(restarts, precision) if workers is None else int(workers)
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    workers = min(workers, restarts)
    dt = np.float32 if precision == "single" else np.float64
    problem = _Problem(g, T, y, data_term, dt)
    Z0 = _initial_z(restarts, g.latent_dim, seed, z0)
    costs = np.empty((iterations, restarts))
    groups = [_Group(problem if i == 0 else problem.fork(), Z0[part], costs[:, part], iterations,
                     optimizer, lr) for i, part in enumerate(_split(restarts, workers))]
    stop = threading.Event()
    interval = 1.0 / rate_hz if rate_hz and rate_hz > 0 else 0.0
    last = time.monotonic()
    step_time = None              # measured seconds per step of the slowest group

    def snap(t: int) -> InpaintSnapshot:
        # the snapshot belongs to the last recorded cost: the z's before the last step
        Zcur = np.concatenate([grp.z(t - 1) for grp in groups]).astype(float)
        best = int(np.argmin(costs[t - 1]))
        return InpaintSnapshot(t, iterations, costs[:t].copy(), best, Zcur[best].copy(),
                               g.decode(Zcur[best]), Zcur, optimizer)

    def check() -> None:
        bad = [grp.diverged for grp in groups if grp.diverged]
        if bad:
            raise ValueError(f"the optimisation diverged at step {min(bad)} "
                             f"(learning rate {lr} is too large for '{optimizer}')")

    t = 0
    while t < iterations:
        # the first snapshot after one step, then one every `interval` seconds
        if t == 0:
            n, deadline = 1, None
        elif len(groups) == 1:
            n, deadline = iterations - t, last + interval
        else:   # every group must do the same steps: as many as fit in the interval
            n, deadline = iterations - t, None
            if step_time:
                n = min(n, max(1, int((last + interval - time.monotonic()) / step_time)))
        start = time.monotonic()
        with one_blas_thread():
            if len(groups) == 1:
                t = groups[0].advance(t, n, deadline)
            else:
                # the pool's exit waits for every thread; then a thread's exception is re-raised
                with ThreadPoolExecutor(len(groups) - 1, thread_name_prefix="inpaint") as pool:
                    futures = [pool.submit(grp.advance, t, n, None, stop) for grp in groups[1:]]
                    try:
                        groups[0].advance(t, n, None, stop)
                    except BaseException:
                        stop.set()
                        raise
                for future in futures:
                    future.result()
                t += n
                step_time = (time.monotonic() - start) / n
        check()
        if t < iterations:
            last = time.monotonic()
            yield snap(t)
    if not all(np.isfinite(grp.z(iterations - 1)).all() for grp in groups):
        raise ValueError(f"the optimisation diverged (learning rate {lr} is too large for '{optimizer}')")
    yield snap(iterations)


def reconstruct(g: Generator, T: Operator, y: np.ndarray, restarts: int = 20,
                iterations: int = 3000, lr: float = 1e-3, optimizer: str = "rmsprop",
                seed: int | None = 0, data_term: str = "l2",
                z0: np.ndarray | None = None, precision: str = "single",
                workers: int | None = None) -> InpaintResult:
    """Run :func:`iter_reconstruct` to the end and return its last snapshot."""
    last = None
    for last in iter_reconstruct(g, T, y, restarts, iterations, lr, optimizer, seed,
                                 data_term, z0, rate_hz=0.2, precision=precision, workers=workers):
        pass
    return last


def iter_compare(g: Generator, T: Operator, y: np.ndarray, optimizers: tuple[str, str] = ("rmsprop", "gd"),
                 lrs: tuple[float, float] = (1e-3, 1e-3), restarts: int = 20, iterations: int = 3000,
                 seed: int | None = 0, data_term: str = "l2", z0: np.ndarray | None = None,
                 rate_hz: float = 30.0, workers: int | None = None
                 ) -> Iterator[tuple[InpaintSnapshot, InpaintSnapshot]]:
    """Two optimisers from the same starting z's, advanced in turn; yields (snap_a, snap_b)."""
    runs = [iter_reconstruct(g, T, y, restarts, iterations, lr, opt, seed, data_term, z0, rate_hz,
                             workers=workers)
            for opt, lr in zip(optimizers, lrs)]
    latest: list[InpaintSnapshot | None] = [None, None]
    active = [True, True]
    while any(active):
        for i, run in enumerate(runs):
            if active[i]:
                try:
                    latest[i] = next(run)
                except StopIteration:
                    active[i] = False
        if any(active) or all(s is not None for s in latest):
            yield latest[0], latest[1]
