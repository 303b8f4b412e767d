"""Gibbs sampling of the uniform distribution on the unit disk (seed 001), and the chain's checks.

The chain alternates the two conditionals, both uniform on a chord:

    x1 ~ U[−√(1 − x0²), √(1 − x0²)],   x0 ~ U[−√(1 − x1²), √(1 − x1²)].

(The report writes the interval ``[x0² − 1, −x0² + 1]``, i.e. half-width ``1 − x0²``;
``wrong_bounds=True`` samples that chain, so the lab can show what it draws.)
If the samples are uniform on the disk, ``r² = x0² + x1²`` is uniform on ``[0, 1]``:
:func:`r2_uniformity` tests it, :func:`autocorrelation` shows how slowly the chain mixes.
A run draws at most ``MAX_SAMPLES`` = 10⁷ steps.  The names are re-exported by
:mod:`nnlab_gui.engine.sampling`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Iterator

import numpy as np

from nnlab_gui.engine.sampling_checks import count as _count, finite_array as _finite_array, point as _point
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["GibbsSnapshot", "iter_gibbs_disk", "sample_gibbs_disk", "gibbs_step", "chord", "autocorrelation",
           "r2_uniformity"]


@dataclass(frozen=True, eq=False)
class GibbsSnapshot:
    samples: np.ndarray  # (k, 2): (x0, x1) after each full sweep
    path: np.ndarray     # (m, 2): every half-step, for drawing the chain's path
    done: int
    total: int
    wrong_bounds: bool


def _half_width(x: np.ndarray | float, wrong: bool):
    x2 = np.square(x)
    return 1.0 - x2 if wrong else np.sqrt(np.maximum(1.0 - x2, 0.0))


def chord(x: float, wrong_bounds: bool = False) -> tuple[float, float]:
    """The interval the other coordinate is drawn from, given one coordinate ``x``."""
    w = float(_half_width(x, wrong_bounds))
    return -w, w


def gibbs_step(x0: float, x1: float, rng: np.random.Generator, wrong_bounds: bool = False
               ) -> tuple[tuple[float, float], tuple[float, float]]:
    """One sweep from (x0, x1): returns the half-step point (x0, x1') and the new (x0', x1')."""
    u = rng.uniform(-1.0, 1.0, size=2)
    x1 = float(u[0] * _half_width(x0, wrong_bounds))
    mid = (float(x0), x1)
    x0 = float(u[1] * _half_width(x1, wrong_bounds))
    return mid, (x0, x1)


def iter_gibbs_disk(n_steps: int, seed: int = 0, start: tuple[float, float] | None = None,
                    wrong_bounds: bool = False, batch: int = 500, pause: float = 0.0,
                    path_keep: int = 400) -> Iterator[GibbsSnapshot]:
    """Gibbs chain for the uniform distribution on the unit disk.

    One step updates ``x1 | x0`` then ``x0 | x1``.  ``start`` defaults to the report's
    ``x0 ~ U[0, 1]``, ``x1 = 0``.  Yields after every ``batch`` steps; ``path`` holds the
    last ``path_keep`` steps' half-step points (axis-parallel moves).
    """
    n = _count(n_steps, Problem(N_("the number of Gibbs steps")))
    batch = max(1, _count(batch, Problem(N_("the batch size")), -10**9, 10**9))
    rng = np.random.default_rng(seed)
    if start is None:
        x0, x1 = float(rng.random()), 0.0
    else:
        x0, x1 = _point(start, Problem(N_("the start point")))
        if x0 * x0 + x1 * x1 > 1.0:
            raise Problem(N_("the start point ({x0:g}, {x1:g}) lies outside the unit disk"), x0=x0, x1=x1)
    samples = np.empty((n, 2))
    path = np.empty((2 * n + 1, 2))
    path[0] = (x0, x1)
    done = 0
    yield GibbsSnapshot(samples[:0].copy(), path[:1].copy(), 0, n, wrong_bounds)
    while done < n:
        k = min(batch, n - done)
        u = rng.uniform(-1.0, 1.0, size=(k, 2))  # scaled by the half-widths below
        for j in range(k):
            x1 = u[j, 0] * _half_width(x0, wrong_bounds)
            path[2 * (done + j) + 1] = (x0, x1)
            x0 = u[j, 1] * _half_width(x1, wrong_bounds)
            path[2 * (done + j) + 2] = (x0, x1)
            samples[done + j] = (x0, x1)
        done += k
        if pause > 0 and done < n:
            time.sleep(pause)
        first = max(0, 2 * (done - path_keep))
        yield GibbsSnapshot(samples[:done].copy(), path[first:2 * done + 1].copy(), done, n,
                            wrong_bounds)


def sample_gibbs_disk(n_steps: int, seed: int = 0, **kw) -> np.ndarray:
    snap = None
    for snap in iter_gibbs_disk(n_steps, seed, batch=max(int(n_steps), 1), **kw):
        pass
    return snap.samples


def r2_uniformity(points: np.ndarray) -> tuple[float, float]:
    """Kolmogorov–Smirnov (statistic, p-value) of ``r² = x0² + x1²`` against U[0, 1]."""
    from scipy import stats

    pts = _finite_array(points, Problem(N_("the points")))
    if pts.size % 2:
        raise Problem(N_("the points must be pairs (x0, x1), got {count} numbers"), count=pts.size)
    pts = pts.reshape(-1, 2)
    if len(pts) == 0:
        return float("nan"), float("nan")
    res = stats.kstest(np.square(pts).sum(axis=1), "uniform")
    return float(res.statistic), float(res.pvalue)


def autocorrelation(x: np.ndarray, max_lag: int = 50) -> np.ndarray:
    """Sample autocorrelation ``ρ(0..max_lag)`` of a chain (ρ(0) = 1)."""
    x = _finite_array(x, Problem(N_("the chain"))).ravel()
    n = len(x)
    max_lag = _count(max_lag, Problem(N_("the largest lag")), 0, 10**9)
    max_lag = int(min(max_lag, max(n - 1, 0)))
    if n < 2:
        return np.ones(1)
    d = x - x.mean()
    var = float(d @ d)
    if var == 0:
        return np.concatenate([[1.0], np.zeros(max_lag)])
    # FFT autocovariance, zero-padded so it is not circular
    size = 1 << int(np.ceil(np.log2(2 * n)))
    f = np.fft.rfft(d, size)
    acov = np.fft.irfft(f * np.conj(f), size)[:max_lag + 1]
    return acov / var
