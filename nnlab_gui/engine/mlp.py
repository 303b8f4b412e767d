"""Training the course's sigmoid network (400-25-10) under an L2 penalty λ (entry module).

Every λ's network minimises, with L-BFGS, the cost of SPEC §3 (seed 002)::

    J(Θ) = −(1/m) Σ [y log a3 + (1 − y) log(1 − a3)] + λ/(2m) (ΣΘ1[:,1:]² + ΣΘ2[:,1:]²)

whose network, notation and back-propagation are in :mod:`nnlab_gui.engine.mlp_net`.
``iter_train_many`` trains several λ at once: every function evaluation is batched over
the λ's (one stacked first-layer product) and split by rows over the cores
(:class:`_BatchCost`).  Each λ has its own L-BFGS run, either
``scipy.optimize.minimize(method="L-BFGS-B", jac=True)`` on a thread per λ, the threads
meeting in a :class:`_Rendezvous` (``optimizer="scipy"``, the default and ``train``'s), or
:class:`~nnlab_gui.engine.lbfgs.LockstepLBFGS` moving all λ in one loop
(``optimizer="lbfgs"``, the Hidden units tab's).  It streams :class:`SweepSnapshot`
copies; ``train`` is the one-λ convenience of the API.

The pieces live in sibling modules and are re-exported here (``mlp.cost_and_grad``,
``mlp.History``, ``mlp._BatchCost`` … keep working):

* :mod:`nnlab_gui.engine.mlp_net`: the network, ``J``, back-propagation, prediction;
  ``cost_and_grad`` is the plain one-network reference the batched evaluation is tested
  against, and what the gradient checks use;
* :mod:`nnlab_gui.engine.mlp_batch`: :class:`_BatchCost`, ``J`` and ``∇J`` of every λ in one pass;
* :mod:`nnlab_gui.engine.mlp_sweep`: the records (:class:`History`, :class:`SweepSnapshot`, …)
  and the two sweep drivers.
"""

from __future__ import annotations

import os
import threading
from contextlib import nullcontext
from typing import Iterator, Sequence

import numpy as np

from nnlab_gui.engine.blas import one_blas_thread
from nnlab_gui.engine.lbfgs import LockstepLBFGS  # noqa: F401  (re-exported)
from nnlab_gui.engine.mlp_batch import _BatchCost, _sigmoid_inplace  # noqa: F401  (re-exported)
from nnlab_gui.engine.mlp_net import (  # noqa: F401  (re-exported)
    EPSILON_INIT, _check_X, _cost_grad, _data_cost, _forward, _one_hot, accuracy, cost,
    cost_and_grad, course_labels, debug_params, hidden_tiles, init_params, layers_of, pack,
    penalty, predict, sigmoid, sigmoid_gradient, unpack)
from nnlab_gui.engine.mlp_sweep import (  # noqa: F401  (re-exported)
    History, SweepSnapshot, TrainResult, TrainSnapshot, _Fit, _Rendezvous, _sweep_lockstep,
    _sweep_scipy)


__all__ = [
    "sigmoid", "sigmoid_gradient", "init_params", "debug_params", "pack", "unpack",
    "cost_and_grad", "cost", "penalty", "predict", "accuracy", "course_labels",
    "History", "TrainSnapshot", "TrainResult", "SweepSnapshot",
    "iter_train", "iter_train_many", "train", "train_many", "hidden_tiles", "one_blas_thread",
    "default_workers", "OPTIMIZERS",
]


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
