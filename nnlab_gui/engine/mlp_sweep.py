"""The λ sweep's training runs: what they report and the two ways of driving them.

A sweep trains one network per λ, each minimising
``J = −(1/m) Σ [y log a3 + (1 − y) log(1 − a3)] + λ/(2m) ΣΘ[:,1:]²`` with L-BFGS, every
function evaluation batched over the λ's (:class:`~nnlab_gui.engine.mlp_batch._BatchCost`).
:class:`History`, :class:`TrainSnapshot`, :class:`TrainResult` and :class:`SweepSnapshot`
are the records it streams; :class:`_Fit` is one λ's run and its history.  The drivers:

* :func:`_sweep_scipy`: ``scipy.optimize.minimize(method="L-BFGS-B", jac=True)`` on a
  thread per λ, the threads' evaluations meeting in a :class:`_Rendezvous`;
* :func:`_sweep_lockstep`: :class:`~nnlab_gui.engine.lbfgs.LockstepLBFGS` moving every λ
  in one loop.

The entry point is :func:`nnlab_gui.engine.mlp.iter_train_many`.
"""

from __future__ import annotations

import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import scipy.optimize

from nnlab_gui.engine.lbfgs import LockstepLBFGS
from nnlab_gui.engine.mlp_batch import _BatchCost
from nnlab_gui.engine.mlp_net import _data_cost, _forward, _penalty, unpack


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

    def _record(self, vec, J, val=None):
        """One history point; ``val``: the validation cost when the caller batched it."""
        thetas = unpack(vec, self.layers)
        data = J - _penalty(thetas, self.lam, self.m)
        if val is None:
            val = np.nan
        if self.X_val is not None and np.isnan(val):
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


def _sweep_lockstep(batch, fits, x0, result, stop, min_interval):
    """All λ in one loop: one batched evaluation per round, every λ one L-BFGS trial.

    The validation costs of the λ's that stepped are batched too (one forward pass of
    the stacked networks on the validation set, split over the same cores).
    """
    val = None
    if fits[0].X_val is not None:
        val = _BatchCost(fits[0].X_val, fits[0].Y_val, fits[0].layers, fits[0].dtype, len(batch.parts))
    try:
        return (yield from _lockstep(batch, val, fits, x0, result, stop, min_interval))
    finally:
        if val is not None:
            val.close()


def _record_all(fits, val, points) -> None:
    """History points ``[(i, x, J)]``, their validation costs in one batched pass."""
    if not points:
        return
    costs = [None] * len(points)
    if val is not None:
        with np.errstate(over="ignore"):
            costs = val.data_costs([unpack(x, fits[i].layers) for i, x, _J in points])
    for (i, x, J), c in zip(points, costs):
        fits[i]._record(x, J, None if c is None else float(c))


def _lockstep(batch, val, fits, x0, result, stop, min_interval):
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
            _record_all(fits, val, [(i, x0, J) for i, (J, _) in enumerate(values)])
        _record_all(fits, val, [(i, opt.x(i), opt.problems[i].f) for i in stepped])
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
