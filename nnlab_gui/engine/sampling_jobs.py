"""The sampling pages' worker jobs: :mod:`sampling`'s generators plus the statistics they end with.

The GUI thread only draws, so the tests that need SciPy run here, in the job:

* :func:`iter_inverse_cdf_ks` streams :func:`sampling.iter_inverse_cdf` and returns an
  :class:`InverseCdfResult` with the Kolmogorov–Smirnov test of the samples against the
  density's CDF F:  ``D = sup_y |F_N(y) − F(y)|`` (F_N the empirical CDF of the N samples).
* :func:`iter_gibbs_run` continues a Gibbs chain on the unit disk (``prev``: the samples it
  already has) and gives each snapshot the :class:`ChainStats` of the whole chain: its mean,
  the mean of ``r² = x0² + x1²`` (½ on the uniform disk) and the KS test of r² against
  U[0, 1] (``P(r² ≤ t) = πt / π = t``), recomputed at most every ``stats_every`` seconds and
  always for the last snapshot.
* :func:`batching` is the batch size and pause of an animated or a fast run,
  :func:`density_histogram` a histogram scaled to a density (counts / (N · bin width)),
  and :func:`density_syntax` checks a typed density's formula (the interval is checked
  with it by :func:`sampling.make_density`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Generator, Sequence

import numpy as np

from nnlab_gui.engine import sampling as sm
from nnlab_gui.engine.safe_expr import parse_expr
from nnlab_gui.engine.sampling_checks import count, finite_array
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["batching", "density_histogram", "density_syntax", "InverseCdfResult", "iter_inverse_cdf_ks", "ChainStats",
           "chain_stats", "GibbsRunSnapshot", "iter_gibbs_run", "MIN_STATS"]

ANIMATION_PAUSE = 0.015    # seconds between batches of an animated run
MIN_STATS = 20             # fewer samples than this: no chain statistics


def batching(n: int, animate: bool, frames: int = 150) -> tuple[int, float]:
    """(batch, pause) for ``n`` draws: about ``frames`` batches with a pause when animated,
    else 20 batches without one."""
    n = max(1, count(n, Problem(N_("the number of draws")), 0))
    return (max(1, n // frames), ANIMATION_PAUSE) if animate else (max(1, n // 20), 0.0)


def density_histogram(values: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Histogram of ``values`` on ``edges`` scaled to a density: Σ height · width = 1
    (zeros when there are no values)."""
    values = finite_array(values, Problem(N_("the values"))).ravel()
    edges = finite_array(edges, Problem(N_("the bin edges"))).ravel()
    if len(edges) < 2 or np.any(np.diff(edges) <= 0):
        raise Problem(N_("the bin edges must be at least two increasing numbers, got {count}"), count=len(edges))
    if len(values) == 0:
        return np.zeros(len(edges) - 1)
    counts, _ = np.histogram(values, edges)
    return counts / (len(values) * np.diff(edges))


def density_syntax(text: str) -> str:
    """``text`` if it is a formula of ``s`` made of allowed names; ValueError otherwise."""
    parse_expr(text, "s")
    return text


# ----------------------------------------------------------------- inverse CDF
@dataclass(frozen=True, eq=False)
class InverseCdfResult:
    """A finished inverse-CDF run and its Kolmogorov–Smirnov test against p(s)."""

    samples: np.ndarray
    u: np.ndarray
    done: int
    total: int
    ks_statistic: float
    ks_pvalue: float


def iter_inverse_cdf_ks(density: sm.Density, n: int, seed: int = 0, batch: int = 200,
                        pause: float = 0.0) -> Generator[sm.InverseCdfSnapshot, None, InverseCdfResult]:
    """:func:`sampling.iter_inverse_cdf`'s snapshots, then the KS test of all samples."""
    snap = None
    for snap in sm.iter_inverse_cdf(density, n, seed=seed, batch=batch, pause=pause):
        yield snap
    from scipy import stats   # on the worker: the first import takes a noticeable moment

    res = stats.kstest(snap.samples, density.cdf_at)
    return InverseCdfResult(snap.samples, snap.u, snap.done, snap.total,
                            float(res.statistic), float(res.pvalue))


# ----------------------------------------------------------------------- Gibbs
@dataclass(frozen=True)
class ChainStats:
    """Summary of ``n`` chain samples on the disk."""

    n: int
    mean: tuple[float, float]
    mean_r2: float
    ks_statistic: float
    ks_pvalue: float


def chain_stats(points: np.ndarray) -> ChainStats | None:
    """Mean, mean r² and the KS test of r² vs U[0, 1]; None for fewer than MIN_STATS points."""
    pts = finite_array(points, Problem(N_("the chain's points")))
    if pts.size % 2:
        raise Problem(N_("the chain's points must be pairs (x0, x1), got {count} numbers"), count=pts.size)
    pts = pts.reshape(-1, 2)
    if len(pts) < MIN_STATS:
        return None
    stat, p = sm.r2_uniformity(pts)
    mean = pts.mean(axis=0)
    return ChainStats(len(pts), (float(mean[0]), float(mean[1])),
                      float(np.square(pts).sum(axis=1).mean()), stat, p)


@dataclass(frozen=True, eq=False)
class GibbsRunSnapshot:
    samples: np.ndarray        # (k, 2) this run's samples
    path: np.ndarray           # recent half-step points (as sampling.GibbsSnapshot)
    done: int
    total: int
    wrong_bounds: bool
    stats: ChainStats | None   # the whole chain's, as last computed (over stats.n samples)


def iter_gibbs_run(n_steps: int, seed: int | Sequence[int] = 0, start: tuple[float, float] | None = None,
                   wrong_bounds: bool = False, batch: int = 500, pause: float = 0.0,
                   prev: np.ndarray | None = None, stats_every: float = 0.25
                   ) -> Generator[GibbsRunSnapshot, None, None]:
    """:func:`sampling.iter_gibbs_disk` continuing a chain whose samples so far are ``prev``.

    The statistics of ``prev`` + the new samples are recomputed at most every
    ``stats_every`` seconds (and at least three times their own cost apart, so a long chain
    keeps most of the time for sampling); between two computations the snapshots carry the
    latest one.  The last snapshot's statistics cover the whole chain.
    """
    prev = np.zeros((0, 2)) if prev is None else finite_array(prev, Problem(N_("the chain so far"))).reshape(-1, 2)
    stats: ChainStats | None = None
    next_at = 0.0
    for snap in sm.iter_gibbs_disk(n_steps, seed=seed, start=start, wrong_bounds=wrong_bounds,
                                   batch=batch, pause=pause):
        now = time.monotonic()
        if snap.done == snap.total or now >= next_at:
            stats = chain_stats(np.concatenate([prev, snap.samples]))
            cost = time.monotonic() - now
            next_at = now + max(stats_every, 3.0 * cost)
        yield GibbsRunSnapshot(snap.samples, snap.path, snap.done, snap.total, snap.wrong_bounds, stats)
