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

Arguments are checked once, before the first step (:func:`_check_run`): ``restarts`` 1 …
``MAX_RESTARTS``, ``iterations`` 1 … ``MAX_ITERATIONS``, and the run's arrays (the cost
history, iterations × restarts, and the optimiser's ring of z's) within
:data:`~nnlab_gui.engine.arg_checks.MEMORY_LIMIT`; ``lr`` finite > 0; ``workers`` 1 …
``MAX_THREADS``; ``z0`` finite within ±``LATENT_LIMIT``.

This module runs the optimisation (``iter_reconstruct``, ``reconstruct``, ``iter_compare``)
and re-exports the rest from its siblings: the operators T
(:mod:`~nnlab_gui.engine.inpaint_ops`), J and ∇J (:mod:`~nnlab_gui.engine.inpaint_cost`)
and the optimisers' steps on a group of restarts (:mod:`~nnlab_gui.engine.inpaint_optim`).
"""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Iterator

import numpy as np

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.numbers import fmt_lr
from nnlab_gui.engine.texts import N_, Problem
from nnlab_gui.engine.blas import one_blas_thread
from nnlab_gui.engine.generator import Generator, column_major_permutation  # noqa: F401
from nnlab_gui.engine.inpaint_cost import (  # noqa: F401
    DATA_TERMS, LATENT_LIMIT, _Problem, check_problem, cost_and_grad)
from nnlab_gui.engine.inpaint_ops import (  # noqa: F401  (re-exported)
    PIXELS, SIDE, Operator, block_average, from_mask, keep_first, observe)
from nnlab_gui.engine.inpaint_optim import (  # noqa: F401  (re-exported)
    _BLOCK, _RING, RMSPROP_C, RMSPROP_LAMBDA, _Group)

__all__ = ["Operator", "keep_first", "block_average", "from_mask", "observe",
           "InpaintSnapshot", "InpaintResult", "cost_and_grad", "reconstruct",
           "iter_reconstruct", "iter_compare", "default_workers", "OPTIMIZERS", "DATA_TERMS", "COURSE_N"]

OPTIMIZERS = ("rmsprop", "adam", "gd")
COURSE_N = (500, 400, 350, 300)   # the report's inpainting runs
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
MAX_RESTARTS = 10_000             # the tab offers 200
MAX_ITERATIONS = 1_000_000        # the tab offers 100 000
MAX_THREADS = 64                  # an explicit ``workers`` above this is refused


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
        z0 = _check_z0(z0, restarts, d)
        Z[: z0.shape[0]] = z0
    return Z


def _check_z0(z0, restarts: int, d: int) -> np.ndarray:
    z0 = ck.array(Problem(N_("starting latents z0")), z0, ndim=(1, 2))
    z0 = np.atleast_2d(z0)
    if z0.shape[1] != d or z0.shape[0] > restarts:
        raise ck.BadArgument(N_("starting latents z0 have shape {shape}; expected (k, {d}) with 1 ≤ k ≤ {restarts} "
                                "(the restarts)"), shape=z0.shape, d=d, restarts=restarts)
    return ck.array(Problem(N_("starting latents z0")), z0, bound=LATENT_LIMIT)


def _run_bytes(g: Generator, T, restarts: int, iterations: int, precision: str) -> int:
    """The arrays a run allocates: the float64 cost history (and its last snapshot's copy),
    each step's data sums, the ring of z's and the per-step work arrays."""
    size = 4 if precision == "single" else 8
    d, h, mk = g.latent_dim, g.hidden_dim, T.m * T.k
    history = iterations * restarts * (8 + 8 + size)
    work = restarts * ((_RING + 3) * d + 4 * h + 4 * mk + T.m) * size + restarts * mk * 8
    return history + work + mk * (2 * h + 4) * size


def _check_run(g, T, y, restarts, iterations, lr, optimizer, seed, data_term, z0, rate_hz, precision,
               workers):
    """Every argument of :func:`iter_reconstruct`, checked before anything is allocated."""
    optimizer = ck.choice("optimizer", optimizer, OPTIMIZERS)
    restarts = ck.integer("restarts", restarts, 1, MAX_RESTARTS)
    iterations = ck.integer("iterations", iterations, 1, MAX_ITERATIONS)
    lr = ck.real(Problem(N_("lr (the learning rate μ)")), lr, 0.0, lo_open=True)
    precision = ck.choice("precision", precision, ("single", "double"))
    seed = ck.seed("seed", seed)
    rate_hz = None if rate_hz is None else ck.real("rate_hz", rate_hz, 0.0)
    workers = None if workers is None else ck.integer("workers", workers, 1, MAX_THREADS)
    y = check_problem(g, T, y, data_term)
    if z0 is not None:
        z0 = _check_z0(z0, restarts, g.latent_dim)
    ck.memory(Problem(N_("{restarts} restarts × {iterations} iterations"), restarts=restarts, iterations=iterations),
              _run_bytes(g, T, restarts, iterations, precision), Problem(N_("use fewer restarts or iterations")))
    return restarts, iterations, lr, seed, z0, rate_hz, workers


def default_workers(restarts: int, precision: str = "single") -> int:
    """Threads for ``restarts`` restarts: the cores (at most ``MAX_WORKERS``), with at
    least ``MIN_GROUP[precision]`` restarts each (so 1 below twice that)."""
    restarts = ck.integer("restarts", restarts, 0)
    precision = ck.choice("precision", precision, tuple(MIN_GROUP))
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS, restarts // MIN_GROUP[precision]))


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
    restarts, iterations, lr, seed, z0, rate_hz, workers = _check_run(
        g, T, y, restarts, iterations, lr, optimizer, seed, data_term, z0, rate_hz, precision, workers)
    workers = default_workers(restarts, precision) if workers is None else workers
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
            raise Problem(N_("the optimisation diverged at step {step} (learning rate {lr} is too large for "
                             "'{optimizer}')"), step=min(bad), lr=fmt_lr(lr), optimizer=optimizer)

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
        raise Problem(N_("the optimisation diverged (learning rate {lr} is too large for '{optimizer}')"),
                      lr=fmt_lr(lr), optimizer=optimizer)
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
    for key, pair in (("optimizers", optimizers), ("lrs", lrs)):
        if isinstance(pair, (str, bytes)) or not hasattr(pair, "__len__") or len(pair) != 2:
            raise ck.BadArgument(N_("{name} must be a pair (one for run A, one for run B), got {value}"), name=key,
                                 value=ck.show(pair))
    for opt, lr in zip(optimizers, lrs):     # both runs checked before either starts
        _check_run(g, T, y, restarts, iterations, lr, opt, seed, data_term, z0, rate_hz, "single", workers)
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
