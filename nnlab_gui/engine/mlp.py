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

``iter_train_many`` checks every argument before it allocates anything (``_check_sweep``):
1 … ``MAX_LAMBDAS`` λ's, each finite in 0 … 10⁶; X finite (m, n), |x| ≤ 10⁶; labels whole
numbers 0 … K−1 (K ≤ 1000), one per row; hidden sizes 1 … 10 000; ``max_iter`` 1 …
``MAX_ITER``; ``workers`` 1 … ``MAX_THREADS``; and the planned arrays (the batched
activations and every λ's L-BFGS memory) within
:data:`~nnlab_gui.engine.arg_checks.MEMORY_LIMIT`.

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

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.blas import one_blas_thread
from nnlab_gui.engine.lbfgs import LockstepLBFGS  # noqa: F401  (re-exported)
from nnlab_gui.engine.mlp_batch import _BatchCost, _sigmoid_inplace  # noqa: F401  (re-exported)
from nnlab_gui.engine.mlp_net import (  # noqa: F401  (re-exported)
    EPSILON_INIT, MAX_HIDDEN_LAYERS, MAX_LABELS, MAX_UNITS, _cost_grad, _data_cost, _forward, _one_hot,
    _pack, _penalty, accuracy, check_lam, check_layers, check_thetas, check_X, cost, cost_and_grad,
    course_labels, debug_params, hidden_tiles, init_params, layers_of, pack, penalty, predict, sigmoid,
    sigmoid_gradient, unpack)
from nnlab_gui.engine.mlp_sweep import (  # noqa: F401  (re-exported)
    History, SweepSnapshot, TrainResult, TrainSnapshot, _Fit, _Rendezvous, _sweep_lockstep,
    _sweep_scipy)
from nnlab_gui.engine.texts import N_, Problem


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
MAX_LAMBDAS = 64            # networks trained together (the sweep tab shows one column each)
MAX_ITER = 100_000          # L-BFGS iterations (the tabs offer 5000)
MAX_THREADS = 64            # an explicit ``workers`` above this is refused


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
    (X, Y, y, lams, layers, max_iter, seed, X_val, Y_val, y_val, workers, stop, min_interval, dtype,
     ftol) = _check_sweep(X, y, lams, hidden, max_iter, seed, X_val, y_val, workers, num_labels, stop,
                          min_interval, dtype, limit_blas, ftol, optimizer)
    x0 = _pack(init_params(layers, seed))
    stop = stop if stop is not None else threading.Event()

    def result(fit: _Fit, vec: np.ndarray, nfev: int, message: str) -> TrainResult:
        thetas = tuple(t.copy() for t in unpack(vec, layers))
        hist = fit.history()
        va = _accuracy(thetas, X_val, y_val) if X_val is not None else None
        return TrainResult(fit.lam, thetas, hist, len(fit.hist) - 1, nfev,
                           _accuracy(thetas, X, y), va, float(hist.objective[-1]), message)

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


def _accuracy(thetas, X, y) -> float:
    with np.errstate(over="ignore", invalid="ignore"):
        acts, _ = _forward(thetas, X)
    return float(np.mean(np.argmax(acts[-1], axis=1) == y))


def _check_sweep(X, y, lams, hidden, max_iter, seed, X_val, y_val, workers, num_labels, stop, min_interval,
                 dtype, limit_blas, ftol, optimizer):
    """Every argument of :func:`iter_train_many`, checked before anything is allocated."""
    ck.choice("optimizer", optimizer, OPTIMIZERS)
    if isinstance(lams, (str, bytes)) or not isinstance(lams, (Sequence, np.ndarray)):
        raise ck.BadArgument(N_("lams (the λ values) must be a list of numbers, got {value}"), value=ck.show(lams))
    lams = tuple(check_lam(l, "λ") for l in (np.ravel(np.asarray(lams, dtype=object))))
    if not lams:
        raise ck.BadArgument(N_("no λ given: enter at least one value"))
    if len(lams) > MAX_LAMBDAS:
        raise ck.BadArgument(N_("{count} λ values given; at most {most} networks train at once"), count=len(lams),
                             most=MAX_LAMBDAS)
    Xa = ck.array("X", X, ndim=2, finite=False)
    X = check_X(Xa, Xa.shape[1])
    if X.shape[1] > MAX_UNITS:
        raise ck.BadArgument(N_("X has {columns} columns; at most {most} inputs"), columns=X.shape[1], most=MAX_UNITS)
    hidden = ck.sizes(Problem(N_("hidden layer sizes")), hidden, 1, MAX_UNITS, (1, MAX_HIDDEN_LAYERS))
    y, k = ck.labels_and_count(y, len(X), num_labels, MAX_LABELS)
    layers = check_layers((X.shape[1],) + hidden + (k,))
    max_iter = ck.integer("max_iter", max_iter, 1, MAX_ITER)
    seed = ck.seed("seed", seed)
    if (X_val is None) != (y_val is None):
        raise ck.BadArgument(N_("X_val and y_val go together: give both validation arrays or neither"))
    Y_val = None
    if X_val is not None:
        X_val = check_X(X_val, X.shape[1], "X_val")
        y_val = ck.labels("y_val", y_val, count=len(X_val), n_labels=k)
        Y_val = _one_hot(y_val, k)
    workers = default_workers() if workers is None else ck.integer("workers", workers, 1, MAX_THREADS)
    ck.event("stop", stop)
    min_interval = ck.real("min_interval", min_interval, 0.0, 3600.0)
    try:
        dtype = np.dtype(dtype)
    except TypeError:
        dtype = None
    if dtype not in (np.dtype(np.float32), np.dtype(np.float64)):
        raise ck.BadArgument(N_("dtype must be np.float32 or np.float64, got {value}"), value=ck.show(dtype))
    ck.flag("limit_blas", limit_blas)
    ftol = ck.real("ftol", ftol, 0.0, 1.0, hi_open=True)
    S, m, P = len(lams), len(X) + (0 if X_val is None else len(X_val)), sum(
        o * (i + 1) for i, o in zip(layers[:-1], layers[1:]))
    what = N_("training {count} networks of layers {layers} on {samples} samples") if S > 1 else \
        N_("training {count} network of layers {layers} on {samples} samples")
    ck.memory(Problem(what, count=S, layers=layers, samples=len(X)),
              8 * X.size * 2 + 6 * m * S * sum(layers[1:]) * dtype.itemsize + 8 * S * P * 30,
              Problem(N_("use fewer λ values, hidden units or samples")))
    return (X, _one_hot(y, k), y, lams, layers, max_iter, seed, X_val, Y_val, y_val, workers, stop,
            min_interval, dtype, ftol)


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
    return iter_train_many(X, y, [check_lam(lam, "λ")], **kw)


def train(X, y, lam: float, hidden: int | Sequence[int] = 25, max_iter: int = 400, seed: int = 0,
          **kw) -> tuple[list[np.ndarray], History]:
    """Train one network; returns ``([Θ1, Θ2], history)`` (API.md)."""
    res = train_many(X, y, [check_lam(lam, "λ")], hidden=hidden, max_iter=max_iter, seed=seed, **kw)[0]
    return list(res.thetas), res.history


def iter_train_digits(lams: Sequence[float], path=None, **kw) -> Iterator[SweepSnapshot]:
    """``iter_train_many`` on the bundled digits: training rows, validated on the test rows.

    Loading and splitting the digits (a tenth of a second the first time) happens here,
    on the caller's thread: a page runs this on a worker, never on the GUI thread."""
    from nnlab_gui.engine.datasets import load_digits

    d = load_digits(path)
    tr, va = d.split("train"), d.split("test")
    return (yield from iter_train_many(tr.X400, tr.labels, lams, X_val=va.X400, y_val=va.labels, **kw))
