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

All restarts advance together as one batch; by default the generator's products
run in float32 (``precision="single"``; J, ∇J and the optimiser stay float64).
``iter_compare`` runs two optimisers from the same starting z's.  Optimisers: ``"rmsprop"`` (the
report's "ADAMS": P₀ = g₀², P ← (1−λ)P + λg², z ← z − μ g / √(P + c), λ = 0.1,
c = 1e-7), ``"adam"`` (β = 0.9, 0.999, ε = 1e-8) and plain ``"gd"``.
"""

from __future__ import annotations

import time
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Iterator

import numpy as np

from nnlab_gui.engine.generator import Generator, column_major_permutation

__all__ = ["Operator", "keep_first", "block_average", "from_mask", "observe",
           "InpaintSnapshot", "InpaintResult", "cost_and_grad", "reconstruct",
           "iter_reconstruct", "iter_compare", "OPTIMIZERS", "DATA_TERMS", "COURSE_N"]

SIDE = 28
PIXELS = SIDE * SIDE
OPTIMIZERS = ("rmsprop", "adam", "gd")
DATA_TERMS = ("l2", "l1")
COURSE_N = (500, 400, 350, 300)   # the report's inpainting runs
RMSPROP_LAMBDA = 0.1
RMSPROP_C = 1e-7



def _one_blas_thread():
    """Limit BLAS to one thread while a batch of small products runs.

    The products here are tiny (20 × 128 × ≤784): BLAS threads only add
    synchronisation, and on a busy machine they make each step ~20× slower.
    ``threadpoolctl`` is optional; without it nothing changes.
    """
    global _CONTROLLER
    if _CONTROLLER is None:
        try:
            from threadpoolctl import ThreadpoolController
            _CONTROLLER = ThreadpoolController()
        except Exception:  # pragma: no cover - threadpoolctl absent
            _CONTROLLER = False
    if _CONTROLLER is False:
        return nullcontext()
    return _CONTROLLER.limit(limits=1, user_api="blas")


_CONTROLLER = None


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
    """The generator restricted to the rows T touches, with J and ∇J for a batch of z's.

    ``dtype`` is the precision of the products (float32 halves their cost; the
    optimiser state, J and ∇J stay float64).
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
        self.T, self.l1, self.dtype = T, data_term == "l1", dt
        self.y = y.astype(dt)
        h = g.hidden_dim
        self.A1T = np.ascontiguousarray(g.A1.T, dtype=dt)          # (d, h)
        self.A1 = np.ascontiguousarray(g.A1, dtype=dt)             # (h, d)
        self.b1 = g.b1.astype(dt)
        rows = T.flat_index
        self.A2s = np.ascontiguousarray(g.A2[rows], dtype=dt)      # (m·k, h)
        # −[A2ᵀ; b2ᵀ] on the touched rows: the bias rides along as a hidden unit fixed at 1,
        # and the sign gives −W2 directly for e^(−W2)
        self.negA2sT_b = np.ascontiguousarray(-np.vstack([g.A2[rows].T, g.b2[rows][None, :]]), dtype=dt)
        self.N, self.h = T.m, h
        self._R = -1

    def _buffers(self, R: int) -> None:
        if R != self._R:
            self._R = R
            self._Z1 = np.ones((R, self.h + 1), dtype=self.dtype)     # last column: the bias unit
            self._Xs = np.empty((R, self.A2s.shape[0]), dtype=self.dtype)
            self._v2 = np.empty_like(self._Xs)
            self._u1 = np.empty((R, self.h), dtype=self.dtype)

    def __call__(self, Z: np.ndarray, need_grad: bool = True):
        """(J (R,), ∇J (R, d)) for Z (R, d), both float64."""
        T, R = self.T, Z.shape[0]
        self._buffers(R)
        Z1, Xs, v2, u1 = self._Z1, self._Xs, self._v2, self._u1
        W1 = Z.astype(self.dtype) @ self.A1T
        W1 += self.b1
        np.maximum(W1, 0.0, out=Z1[:, :-1])
        np.matmul(Z1, self.negA2sT_b, out=Xs)                   # −W2 on the touched rows
        # X = 1/(1 + e^(−W2)) (exp → inf gives 0 exactly; twice scipy's expit's speed;
        # callers silence the overflow warning)
        np.exp(Xs, out=Xs)
        Xs += 1.0
        np.reciprocal(Xs, out=Xs)
        if T.k == 1:
            r = Xs - self.y
        else:
            r = Xs.reshape(R, T.m, T.k).mean(axis=2)
            r -= self.y
        if self.l1:
            s = np.abs(r).sum(axis=1).astype(float)
        else:
            s = np.einsum("ij,ij->i", r, r).astype(float)
        J = self.N * np.log(s) + np.einsum("ij,ij->i", Z, Z)
        if not need_grad:
            return J, None
        # u2 = dΦ/d(TX) = 2 r/‖r‖² (l1: sign(r)/Σ|r|); its row scale N·2/‖r‖² is applied
        # after the product with A2 (on R × h, not R × m·k)
        if self.l1:
            u = np.sign(r)
            scale = self.N / s
        else:
            u = r
            scale = 2.0 * self.N / s
        if T.k > 1:
            u = np.repeat(u * (1.0 / T.k), T.k, axis=1)
        np.multiply(Xs, Xs, out=v2)                             # f2' = X (1 − X) = X − X²
        np.subtract(Xs, v2, out=v2)
        v2 *= u
        np.matmul(v2, self.A2s, out=u1)
        u1 *= W1 > 0.0
        grad = (u1 @ self.A1).astype(float)
        grad *= scale[:, None]
        grad += 2.0 * Z
        return J, grad


def cost_and_grad(g: Generator, T: Operator, y: np.ndarray, Z: np.ndarray,
                  data_term: str = "l2") -> tuple[np.ndarray, np.ndarray]:
    """J(z) and ∇J(z) for one z (d,) or a batch (R, d)."""
    Z = np.asarray(Z, dtype=float)
    single = Z.ndim == 1
    with np.errstate(over="ignore"):
        J, G = _Problem(g, T, y, data_term)(np.atleast_2d(Z))
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


def iter_reconstruct(g: Generator, T: Operator, y: np.ndarray, restarts: int = 20,
                     iterations: int = 3000, lr: float = 1e-3, optimizer: str = "rmsprop",
                     seed: int | None = 0, data_term: str = "l2", z0: np.ndarray | None = None,
                     rate_hz: float = 30.0, precision: str = "single") -> Iterator[InpaintSnapshot]:
    """Minimise J for ``restarts`` starting points z ~ N(0, I) at once; yield snapshots.

    Each step records J at the current z's, then moves them (so ``costs[t]`` is the
    cost before step t, as in the report).  Snapshots come at most ``rate_hz`` times a
    second (and after the first step); the last one is the finished result.  ``z0``
    (k, d), k ≤ restarts, replaces the first k starting points (warm start).
    ``precision="single"`` runs the generator's products in float32 (twice as fast;
    the optimiser and the costs stay float64); ``"double"`` runs everything in float64.
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
    problem = _Problem(g, T, y, data_term, np.float32 if precision == "single" else np.float64)
    Z = _initial_z(restarts, g.latent_dim, seed, z0)
    costs = np.empty((iterations, restarts))
    P = np.zeros_like(Z)
    M = np.zeros_like(Z)
    b1, b2, eps = 0.9, 0.999, 1e-8
    lam = RMSPROP_LAMBDA
    interval = 1.0 / rate_hz if rate_hz and rate_hz > 0 else 0.0
    last = time.monotonic()
    Zprev = Z

    def snap(t: int, Zcur: np.ndarray) -> InpaintSnapshot:
        best = int(np.argmin(costs[t - 1]))
        zb = Zcur[best].copy()
        return InpaintSnapshot(t, iterations, costs[:t].copy(), best, zb, g.decode(zb),
                               Zcur.copy(), optimizer)

    t = 0
    while t < iterations:
        with _one_blas_thread(), np.errstate(over="ignore", invalid="ignore"):
            while t < iterations:
                J, G = problem(Z)
                costs[t] = J
                Zprev = Z
                if optimizer == "rmsprop":
                    if t == 0:
                        P = G * G
                    else:
                        P *= 1.0 - lam
                        P += lam * (G * G)
                    Z = Z - lr * G / np.sqrt(P + RMSPROP_C)
                elif optimizer == "adam":
                    M *= b1
                    M += (1 - b1) * G
                    P *= b2
                    P += (1 - b2) * (G * G)
                    mhat = M / (1 - b1 ** (t + 1))
                    vhat = P / (1 - b2 ** (t + 1))
                    Z = Z - lr * mhat / (np.sqrt(vhat) + eps)
                else:
                    Z = Z - lr * G
                t += 1
                if t % 16 == 0 and not np.isfinite(J).all():
                    raise ValueError(f"the optimisation diverged at step {t} (learning rate {lr} is too "
                                     f"large for '{optimizer}')")
                now = time.monotonic()
                if t < iterations and (t == 1 or now - last >= interval):
                    last = now
                    break
            else:
                break
        yield snap(t, Zprev)
    if not (np.isfinite(costs[-1]).all() and np.isfinite(Zprev).all()):
        raise ValueError(f"the optimisation diverged (learning rate {lr} is too large for '{optimizer}')")
    # the result belongs to the last recorded cost: the z's before the last step
    yield snap(iterations, Zprev)


def reconstruct(g: Generator, T: Operator, y: np.ndarray, restarts: int = 20,
                iterations: int = 3000, lr: float = 1e-3, optimizer: str = "rmsprop",
                seed: int | None = 0, data_term: str = "l2",
                z0: np.ndarray | None = None, precision: str = "single") -> InpaintResult:
    """Run :func:`iter_reconstruct` to the end and return its last snapshot."""
    last = None
    for last in iter_reconstruct(g, T, y, restarts, iterations, lr, optimizer, seed,
                                 data_term, z0, rate_hz=0.2, precision=precision):
        pass
    return last


def iter_compare(g: Generator, T: Operator, y: np.ndarray, optimizers: tuple[str, str] = ("rmsprop", "gd"),
                 lrs: tuple[float, float] = (1e-3, 1e-3), restarts: int = 20, iterations: int = 3000,
                 seed: int | None = 0, data_term: str = "l2", z0: np.ndarray | None = None,
                 rate_hz: float = 30.0) -> Iterator[tuple[InpaintSnapshot, InpaintSnapshot]]:
    """Two optimisers from the same starting z's, advanced in turn; yields (snap_a, snap_b)."""
    runs = [iter_reconstruct(g, T, y, restarts, iterations, lr, opt, seed, data_term, z0, rate_hz)
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
