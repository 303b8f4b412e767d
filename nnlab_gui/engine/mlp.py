"""The course's sigmoid network (400-25-10) with bias units, trained under an L2 penalty λ.

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

Training minimises ``J`` with L-BFGS.  ``iter_train_many`` trains several λ at once: every
function evaluation is batched over the λ's (one stacked first-layer product) and split by
rows over the cores (:class:`_BatchCost`).  Each λ has its own L-BFGS run, either
``scipy.optimize.minimize(method="L-BFGS-B", jac=True)`` on a thread per λ, the threads
meeting in a :class:`_Rendezvous` (``optimizer="scipy"``, the default and ``train``'s), or
:class:`~nnlab_gui.engine.lbfgs.LockstepLBFGS` moving all λ in one loop
(``optimizer="lbfgs"``, the Hidden units tab's).  It streams :class:`SweepSnapshot`
copies; ``train`` is the one-λ convenience of the API.
``cost_and_grad`` keeps the plain one-network form above: it is the reference the batched
evaluation is tested against, and what the gradient checks use.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Iterator, Sequence

import numpy as np
import scipy.optimize
from scipy.special import expit

from nnlab_gui.engine.blas import one_blas_thread
from nnlab_gui.engine.lbfgs import LockstepLBFGS

__all__ = [
    "sigmoid", "sigmoid_gradient", "init_params", "debug_params", "pack", "unpack",
    "cost_and_grad", "cost", "penalty", "predict", "accuracy", "course_labels",
    "History", "TrainSnapshot", "TrainResult", "SweepSnapshot",
    "iter_train", "iter_train_many", "train", "train_many", "hidden_tiles", "one_blas_thread",
    "default_workers", "OPTIMIZERS",
]

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


# --------------------------------------------------------------------- training
@dataclass(frozen=True, eq=False)
class History:
    """Per L-BFGS iteration: ``objective`` J (with the λ term), data cost on the training
    and validation sets (cross-entropy without the λ term; NaN without validation data)."""
    iterations: np.ndarray
    objective: np.ndarray
    train_cost: np.ndarray
    val_cost: np.ndarray

    @property
    def best_iteration(self) -> int | None:
        """Early-stopping point: the iteration of minimum validation cost."""
        if len(self.val_cost) == 0 or np.all(np.isnan(self.val_cost)):
            return None
        return int(self.iterations[int(np.nanargmin(self.val_cost))])


@dataclass(frozen=True, eq=False)
class TrainSnapshot:
    lam: float
    iteration: int
    max_iter: int
    objective: float
    thetas: tuple[np.ndarray, ...]
    history: History
    finished: bool


@dataclass(frozen=True, eq=False)
class TrainResult:
    lam: float
    thetas: tuple[np.ndarray, ...]
    history: History
    iterations: int
    evaluations: int
    train_accuracy: float
    val_accuracy: float | None
    objective: float
    message: str


@dataclass(frozen=True, eq=False)
class SweepSnapshot:
    """One snapshot of a λ sweep: the latest state of every λ (None before its first step)."""
    lams: tuple[float, ...]
    runs: tuple[TrainSnapshot | None, ...]
    results: tuple[TrainResult | None, ...]

    @property
    def progress(self) -> tuple[int, int]:
        done = sum((r.max_iter if res is not None else r.iteration) if r is not None else 0
                   for r, res in zip(self.runs, self.results))
        total = sum(r.max_iter for r in self.runs if r is not None) or 1
        return done, max(total, done)


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
    The maths is :func:`_cost_grad`'s, which the tests compare it with.
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

    def __call__(self, nets: Sequence[tuple[Sequence[np.ndarray], float]]) -> list[tuple[float, np.ndarray]]:
        """``[(J, packed ∇J)]`` for ``[(thetas, λ)]``."""
        S, dt = len(nets), self.dtype
        h1 = self.layers[1]
        W1 = np.zeros((-(-S * h1 // 4) * 4, self.K), dtype=dt)     # (S·h1 padded, K padded)
        for s, (th, _) in enumerate(nets):
            W1[s * h1:(s + 1) * h1, :len(self.cols)] = th[0][:, self.cols]
        # later layers: the S networks side by side as one block-diagonal matrix (small)
        rest = []
        for l in range(1, len(self.layers) - 1):
            n_in, n_out = self.layers[l], self.layers[l + 1]
            W = np.zeros((W1.shape[0] if l == 1 else S * n_in, S * n_out), dtype=dt)
            for s, (th, _) in enumerate(nets):
                W[s * n_in:(s + 1) * n_in, s * n_out:(s + 1) * n_out] = th[l][:, 1:].T
            rest.append((W, np.concatenate([th[l][:, 0] for th, _ in nets]).astype(dt)))
        jobs = [self.pool.submit(self._part, c, W1, rest, S) for c in range(1, len(self.parts))]
        total = self._part(0, W1, rest, S)
        for job in jobs:
            total = [a + b for a, b in zip(total, job.result())]
        J, gW1, *g_rest = total
        m, nc = self.m, len(self.cols)
        out = []
        for s, (th, lam) in enumerate(nets):
            g1 = np.zeros(th[0].shape)
            g1[:, self.cols] = gW1[s * h1:(s + 1) * h1, :nc]
            grads = [g1] + [g[s] for g in g_rest]
            for g, t in zip(grads, th):
                g /= m
                g[:, 1:] += (lam / m) * t[:, 1:]
            out.append((float(J[s]) / m + penalty(th, lam, m), pack(grads)))
        return out

    def _part(self, c: int, W1, rest, S):
        """Sums over chunk ``c`` of the rows: data cost (S,), ∇Θ1 (live columns), ∇ of later layers.

        Activations are (rows, S·units): network s owns columns s·units … (s+1)·units − 1.
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

        YS, ones = ws["YS"], ws["ones"]
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
        L -= np.multiply(YS, Z, out=buf("yz", Z.shape))  # softplus(z) − y z
        J = (ones @ L).astype(np.float64).reshape(S, -1).sum(axis=1)
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


class _Rendezvous:
    """Lets one L-BFGS thread per λ share a batched evaluation per round.

    Each thread hands in its next point and waits; when every thread still running has
    done so, the last to arrive evaluates them all in one :class:`_BatchCost` call.  Each
    λ keeps its own, unchanged scipy L-BFGS-B run.
    """

    def __init__(self, batch: _BatchCost, n: int):
        self.batch = batch
        self.cond = threading.Condition()
        self.active = set(range(n))
        self.pending: dict[int, tuple] = {}
        self.results: dict[int, object] = {}

    def evaluate(self, i: int, thetas, lam: float):
        with self.cond:
            self.pending[i] = (thetas, lam)
            self._run_if_complete()
            while i not in self.results:
                self.cond.wait()
            out = self.results.pop(i)
        if isinstance(out, BaseException):
            raise out
        return out

    def leave(self, i: int) -> None:
        with self.cond:
            self.active.discard(i)
            self._run_if_complete()

    def _run_if_complete(self) -> None:
        if not self.pending or not self.active <= self.pending.keys():
            return
        batch, self.pending = self.pending, {}
        keys = list(batch)
        try:
            with np.errstate(over="ignore"):
                res = self.batch([batch[k] for k in keys])
            self.results.update(zip(keys, res))
        except BaseException as e:  # handed to every waiting thread
            self.results.update((k, e) for k in keys)
        self.cond.notify_all()


class _Fit:
    """One λ's L-BFGS run; the callback records the history and reports progress."""

    def __init__(self, index, evaluate, lam, layers, x0, X_val, Y_val, m, max_iter, report, stop, dtype,
                 ftol=0.0):
        self.index = index
        self.evaluate = evaluate
        self.X_val = None if X_val is None else np.ascontiguousarray(X_val, dtype=dtype)
        self.Y_val = None if Y_val is None else np.ascontiguousarray(Y_val, dtype=dtype)
        self.lam = float(lam)
        self.layers = tuple(layers)
        self.x0 = x0
        self.m = m
        self.max_iter = int(max_iter)
        self.ftol = float(ftol)
        self.report = report
        self.stop = stop
        self.dtype = dtype
        self.nfev = 0
        self.hist: list[tuple[int, float, float, float]] = []

    def fun(self, vec):
        self.nfev += 1
        return self.evaluate(self.index, unpack(np.asarray(vec, dtype=float), self.layers), self.lam)

    def _record(self, vec, J):
        thetas = unpack(vec, self.layers)
        data = J - penalty(thetas, self.lam, self.m)
        val = np.nan
        if self.X_val is not None:
            _, z = _forward([t.astype(self.dtype, copy=False) for t in thetas], self.X_val)
            val = _data_cost(z, self.Y_val, len(self.X_val))
        self.hist.append((len(self.hist), float(J), float(data), float(val)))

    def history(self, n: int | None = None) -> History:
        h = np.array(self.hist[:n], dtype=float).reshape(-1, 4)
        return History(h[:, 0].astype(int), h[:, 1], h[:, 2], h[:, 3])

    def snapshot(self, vec, n: int, finished=False) -> TrainSnapshot:
        """The state after ``n`` recorded points (``vec`` is the last of them)."""
        thetas = tuple(t.copy() for t in unpack(np.asarray(vec, dtype=float), self.layers))
        return TrainSnapshot(self.lam, n - 1, self.max_iter, self.hist[n - 1][1] if n else np.nan,
                             thetas, self.history(n), finished)

    def finished(self, res: TrainResult) -> TrainSnapshot:
        """The last snapshot of a finished run."""
        return TrainSnapshot(self.lam, res.iterations, self.max_iter, res.objective, res.thetas,
                             res.history, True)

    def run(self) -> tuple[np.ndarray, str]:
        J0, _ = self.fun(self.x0)
        self.nfev = 0
        self._record(self.x0, J0)

        def callback(intermediate_result):
            self._record(intermediate_result.x, intermediate_result.fun)
            self.report(self, intermediate_result.x)
            if self.stop is not None and self.stop.is_set():
                raise StopIteration

        res = scipy.optimize.minimize(self.fun, self.x0, jac=True, method="L-BFGS-B",
                                      callback=callback,
                                      options={"maxiter": self.max_iter, "maxfun": 20 * self.max_iter + 100,
                                               "gtol": 0.0, "ftol": self.ftol})
        return np.asarray(res.x, dtype=float), str(res.message)


def default_workers() -> int:
    """Cores to train on: all of them, up to 8."""
    return max(1, min(os.cpu_count() or 1, 8))


OPTIMIZERS = ("lbfgs", "scipy")


def iter_train_many(X, y, lams: Sequence[float], hidden: int | Sequence[int] = 25,
                    max_iter: int = 400, seed: int = 0, X_val=None, y_val=None,
                    workers: int | None = None, num_labels: int | None = None,
                    stop: threading.Event | None = None, min_interval: float = 1 / 30,
                    dtype=np.float64, limit_blas: bool = True, ftol: float = 0.0,
                    optimizer: str = "scipy") -> Iterator[SweepSnapshot]:
    """Train one network per λ (same initial weights, from ``seed``), all λ at once.

    Every evaluation is batched over the λ's and split by rows over ``workers`` cores
    (default: all) by :class:`_BatchCost`.  ``optimizer``:

    * ``"scipy"``: each λ runs its own ``scipy.optimize.minimize(method="L-BFGS-B",
      jac=True)`` on a thread; the threads' evaluations meet in a :class:`_Rendezvous`.
    * ``"lbfgs"``: :class:`~nnlab_gui.engine.lbfgs.LockstepLBFGS` advances every λ in one
      loop (plain L-BFGS with a strong-Wolfe line search, as L-BFGS-B without bounds):
      no threads per λ, and a fraction of L-BFGS-B's per-iteration cost.

    ``dtype`` is the precision of the products (``np.float32`` halves their cost; the
    optimiser stays float64).  Yields :class:`SweepSnapshot` at most every ``min_interval``
    seconds (and once per finished λ); returns the tuple of :class:`TrainResult`.  Setting
    ``stop`` (or closing the generator) ends every run at its next iteration.
    ``limit_blas`` holds BLAS to one thread per call while training, so the chunk threads
    do not oversubscribe the cores.  ``ftol`` is the relative-reduction stop (0: run all
    ``max_iter`` iterations, as the course does; scipy's default 2.2e-9 is what
    scikit-learn's lbfgs solver uses).
    """
    if optimizer not in OPTIMIZERS:
        raise ValueError(f"optimizer must be one of {OPTIMIZERS}, got {optimizer!r}")
    lams = tuple(float(l) for l in lams)
    if not lams:
        raise ValueError("no λ given: enter at least one value")
    for l in lams:
        if not np.isfinite(l) or l < 0:
            raise ValueError(f"λ must be a finite number ≥ 0, got {l}")
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or len(X) == 0:
        raise ValueError(f"X has shape {X.shape}, expected (m, n) with m ≥ 1")
    if not np.all(np.isfinite(X)):
        raise ValueError("X contains NaN/inf values")
    y = np.asarray(y).astype(np.int64).ravel()
    if len(y) != len(X):
        raise ValueError(f"X has {len(X)} rows but y has {len(y)} labels")
    k = int(num_labels or (int(y.max()) + 1 if y.size else 1))
    hidden = (int(hidden),) if np.isscalar(hidden) else tuple(int(h) for h in hidden)
    if not hidden or min(hidden) < 1:
        raise ValueError(f"hidden layer sizes must be at least 1, got {hidden}")
    layers = (X.shape[1],) + hidden + (k,)
    Y = _one_hot(y, k)
    Y_val = None
    if X_val is not None:
        X_val = _check_X(np.asarray(X_val, dtype=float), X.shape[1])
        Y_val = _one_hot(y_val, k)
    workers = default_workers() if workers is None else max(1, int(workers))
    x0 = pack(init_params(layers, seed))
    stop = stop if stop is not None else threading.Event()

    def result(fit: _Fit, vec: np.ndarray, nfev: int, message: str) -> TrainResult:
        thetas = tuple(t.copy() for t in unpack(vec, layers))
        hist = fit.history()
        va = accuracy(thetas, X_val, y_val) if X_val is not None else None
        return TrainResult(fit.lam, thetas, hist, len(fit.hist) - 1, nfev,
                           accuracy(thetas, X, y), va, float(hist.objective[-1]), message)

    batch = _BatchCost(X, Y, layers, dtype, workers)
    limiter = one_blas_thread() if limit_blas and workers > 1 else nullcontext()
    fits = [_Fit(i, None, lam, layers, x0, X_val, Y_val, len(X), max_iter, None, stop, dtype, ftol)
            for i, lam in enumerate(lams)]
    sweep = _sweep_lockstep if optimizer == "lbfgs" else _sweep_scipy
    limiter.__enter__()
    try:
        return (yield from sweep(batch, fits, x0, result, stop, min_interval))
    finally:
        stop.set()
        batch.close()
        limiter.__exit__(None, None, None)


def _sweep_lockstep(batch, fits, x0, result, stop, min_interval):
    """All λ in one loop: one batched evaluation per round, every λ one L-BFGS trial."""
    lams = tuple(f.lam for f in fits)
    opt = LockstepLBFGS(np.tile(x0, (len(fits), 1)), max_iter=fits[0].max_iter, ftol=fits[0].ftol)
    runs: list[TrainSnapshot | None] = [None] * len(fits)
    results: list[TrainResult | None] = [None] * len(fits)
    started, last = False, 0.0
    while opt.active and not stop.is_set():
        trials = opt.trials()
        order = list(trials)
        with np.errstate(over="ignore"):
            values = batch([(unpack(trials[i], fits[i].layers), fits[i].lam) for i in order])
        stepped = opt.tell(dict(zip(order, values)))
        if not started:
            started = True
            for fit, (J, _) in zip(fits, values):
                fit._record(x0, J)
        for i in stepped:
            fits[i]._record(opt.x(i), opt.problems[i].f)
        finished = False
        for i, pr in enumerate(opt.problems):
            if pr.done and results[i] is None:
                finished = True
                results[i] = result(fits[i], pr.x, pr.nfev, pr.message)
                runs[i] = fits[i].finished(results[i])
        now = time.monotonic()
        if finished or now - last >= min_interval:
            last = now
            for i, fit in enumerate(fits):
                if results[i] is None and fit.hist:
                    runs[i] = fit.snapshot(opt.x(i), len(fit.hist))
            yield SweepSnapshot(lams, tuple(runs), tuple(results))
    if any(r is None for r in results):            # stopped: the runs end where they are
        for i, pr in enumerate(opt.problems):
            if results[i] is None:
                if not fits[i].hist:
                    fits[i]._record(x0, np.nan)
                results[i] = result(fits[i], pr.x, pr.nfev, "stopped")
                runs[i] = fits[i].finished(results[i])
        yield SweepSnapshot(lams, tuple(runs), tuple(results))
    return tuple(results)


def _sweep_scipy(batch, fits, x0, result, stop, min_interval):
    """One scipy L-BFGS-B per λ on its own thread; their evaluations meet in a rendezvous."""
    lams = tuple(f.lam for f in fits)
    inbox: queue.Queue = queue.Queue()

    def report(fit, vec):
        inbox.put((fit, (np.array(vec, dtype=float), len(fit.hist)), False))

    meet = _Rendezvous(batch, len(fits))
    for fit in fits:
        fit.evaluate, fit.report = meet.evaluate, report
    runs: list[TrainSnapshot | None] = [None] * len(fits)
    results: list[TrainResult | None] = [None] * len(fits)

    def job(i):
        fit = fits[i]
        try:
            vec, message = fit.run()
        finally:
            meet.leave(i)
        res = result(fit, vec, fit.nfev, message)
        inbox.put((fit, res, True))
        return res

    pool = ThreadPoolExecutor(max_workers=len(fits), thread_name_prefix="mlp-train")
    futures = [pool.submit(job, i) for i in range(len(fits))]
    last = 0.0
    latest: dict[int, tuple] = {}      # λ index -> (vec, n): snapshots are built only to be yielded
    try:
        pending = len(fits)
        while pending:
            try:
                fit, payload, final = inbox.get(timeout=0.05)
            except queue.Empty:
                for f in futures:
                    if f.done() and f.exception() is not None:
                        raise f.exception()
                continue
            i = fits.index(fit)
            if final:
                pending -= 1
                latest.pop(i, None)
                results[i] = payload
                runs[i] = fit.finished(payload)
            else:
                latest[i] = payload
            now = time.monotonic()
            if final or now - last >= min_interval:
                last = now
                for j, (vec, n) in latest.items():
                    runs[j] = fits[j].snapshot(vec, n)
                latest.clear()
                yield SweepSnapshot(lams, tuple(runs), tuple(results))
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
    for f in futures:
        f.result()
    return tuple(results)


def _drain(gen):
    while True:
        try:
            next(gen)
        except StopIteration as e:
            return e.value


def train_many(X, y, lams: Sequence[float], **kw) -> tuple[TrainResult, ...]:
    """Blocking form of :func:`iter_train_many`."""
    return _drain(iter_train_many(X, y, lams, **kw))


def iter_train(X, y, lam: float, **kw) -> Iterator[SweepSnapshot]:
    return iter_train_many(X, y, [lam], **kw)


def train(X, y, lam: float, hidden: int | Sequence[int] = 25, max_iter: int = 400, seed: int = 0,
          **kw) -> tuple[list[np.ndarray], History]:
    """Train one network; returns ``([Θ1, Θ2], history)`` (API.md)."""
    res = train_many(X, y, [lam], hidden=hidden, max_iter=max_iter, seed=seed, **kw)[0]
    return list(res.thetas), res.history
