"""Sampling from the course's theory part (seed 001): inverse CDF, Gibbs, Laplace noise.

Inverse-CDF sampling.  For a density ``p(s)`` on ``[a, b]`` with CDF
``F(y) = ∫_a^y p(s) ds``, ``y = F⁻¹(x)`` with ``x ~ U[0, 1]`` has density ``p``.
For the course's ``p(s) = 0.5 + s`` on ``[0, 1]``: ``F(y) = 0.5 y + 0.5 y²``, so

    y = (−1 + √(1 + 8x)) / 2.

Any other density is typed as an expression of ``s`` (see :mod:`safe_expr`), tabulated
on a fine grid, normalised, and inverted cell by cell: between grid points the density
is taken linear, so the CDF is quadratic there and is inverted exactly (a linear density
such as ``0.5 + s`` is reproduced to rounding error).

Gibbs sampling of the uniform distribution on the unit disk (the chain, its r² test and
autocorrelation) lives in :mod:`nnlab_gui.engine.gibbs_chain` and is re-exported here.

Laplace noise ``N(x) = 1/(2b) · exp(−|x|/b)`` is added pixel by pixel; under it the MAP
estimate of a clean image minimises an L1 data term (the inpainting engine's
``data_term="l1"``), where Gaussian noise leads to the L2 one:

    −log p(y | X) = N log(2b) + Σ|X − y| / b,   minimised over b at b = Σ|X − y| / N,
    so  J₁(z) = N log Σ|X(z) − y| + ‖z‖²   (with the prior ‖z‖², z ~ N(0, I)),

against the course's ``J(z) = N log ‖X(z) − y‖² + ‖z‖²``; T keeps all 784 pixels.

Limits (a ``ValueError`` names them): a density is tabulated on an interval inside
``±MAX_END`` = ±10⁶ on 2 … ``MAX_GRID`` = 10⁶ points, its values finite and at most
``MAX_DENSITY`` = 1e200 in size (it is normalised, so a larger constant is a slip; below it
the tabulation, its integral and the normalisation cannot overflow: the CDF is never NaN);
a run draws at most ``MAX_SAMPLES`` = 10⁷ samples or Gibbs steps, a noise array 10⁷ values.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Iterator

import numpy as np

from nnlab_gui.engine.generator import Generator
from nnlab_gui.engine.gibbs_chain import (GibbsSnapshot, autocorrelation, chord, gibbs_step,  # noqa: F401
                                          iter_gibbs_disk, r2_uniformity, sample_gibbs_disk)
from nnlab_gui.engine.safe_expr import SafeExpr, parse_expr
from nnlab_gui.engine.sampling_checks import MAX_SAMPLES, count as _count, finite_array as _finite_array  # noqa: F401
from nnlab_gui.engine.sampling_checks import real as _real, size_of as _size_of
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["COURSE_DENSITY", "closed_form_inverse", "Density", "make_density", "InverseCdfSnapshot",
           "iter_inverse_cdf", "sample_inverse_cdf", "GibbsSnapshot", "iter_gibbs_disk", "sample_gibbs_disk",
           "gibbs_step", "chord", "autocorrelation", "r2_uniformity", "laplace_pdf", "laplace_noise",
           "add_laplace_noise", "DenoiseSnapshot", "iter_denoise_compare", "DATA_TERM_FORMULAS"]

COURSE_DENSITY = "0.5 + s"
MAX_END = 1e6
MAX_GRID = 1_000_000
MAX_DENSITY = 1e200


def closed_form_inverse(x: np.ndarray) -> np.ndarray:
    """The course's inverse CDF of ``0.5 + s`` on [0, 1]: ``(−1 + √(1 + 8x)) / 2``."""
    x = _finite_array(x, "x")
    if x.size and (x.min() < 0.0 or x.max() > 1.0):
        raise Problem(N_("x must lie in [0, 1] (a uniform draw)"))
    return (-1.0 + np.sqrt(1.0 + 8.0 * x)) / 2.0


# ----------------------------------------------------------------- densities
@dataclass(frozen=True, eq=False)
class Density:
    """A density tabulated on ``grid``: ``pdf`` integrates to 1, ``cdf`` runs 0 → 1."""

    text: str
    lo: float
    hi: float
    grid: np.ndarray
    pdf: np.ndarray
    cdf: np.ndarray
    mass: float  # the integral of the typed expression before normalising

    @property
    def is_course_density(self) -> bool:
        return self.text.replace(" ", "") == COURSE_DENSITY.replace(" ", "") and \
            (self.lo, self.hi) == (0.0, 1.0)

    def pdf_at(self, s: np.ndarray) -> np.ndarray:
        return np.interp(s, self.grid, self.pdf, left=0.0, right=0.0)

    def cdf_at(self, s: np.ndarray) -> np.ndarray:
        return np.interp(s, self.grid, self.cdf, left=0.0, right=1.0)

    def inverse_cdf(self, u: np.ndarray) -> np.ndarray:
        """``F⁻¹(u)``, exact for a density linear between grid points."""
        u = np.clip(_finite_array(u, "u"), 0.0, 1.0)
        g, p, c = self.grid, self.pdf, self.cdf
        i = np.clip(np.searchsorted(c, u, side="right") - 1, 0, len(g) - 2)
        h = g[i + 1] - g[i]
        d = np.maximum(u - c[i], 0.0)
        # F(g_i + t h) − c_i = p_i h t + (p_{i+1} − p_i) h t² / 2 = d, solved stably for t
        lin = p[i] * h
        quad = (p[i + 1] - p[i]) * h / 2.0
        disc = np.sqrt(np.maximum(lin * lin + 4.0 * quad * d, 0.0))
        den = lin + disc
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(den > 0, 2.0 * d / den, 0.0)
        return np.clip(g[i] + np.clip(t, 0.0, 1.0) * h, g[0], g[-1])    # rounding stays inside


def make_density(expr: str | SafeExpr, lo: float = 0.0, hi: float = 1.0,
                 n_grid: int = 4001) -> Density:
    """Tabulate a typed density of ``s`` on ``[lo, hi]``; ``ValueError`` if it is not one."""
    lo, hi = _real(lo, Problem(N_("the lower end a"))), _real(hi, Problem(N_("the upper end b")))
    if not (np.isfinite(lo) and np.isfinite(hi)) or not hi > lo:
        raise Problem(N_("the interval [{lo}, {hi}] is empty: the upper end must exceed the lower end"), lo=lo, hi=hi)
    if max(abs(lo), abs(hi)) > MAX_END:
        raise Problem(N_("the interval [{lo:g}, {hi:g}] is too wide: its ends must lie within ±{most:g}"),
                      lo=lo, hi=hi, most=MAX_END)
    n_grid = _count(n_grid, Problem(N_("the grid size")), 2, MAX_GRID)
    f = expr if isinstance(expr, SafeExpr) else parse_expr(expr, "s")
    grid = np.linspace(lo, hi, n_grid)
    vals = f(grid)
    bad = ~np.isfinite(vals)
    if bad.any():
        k = int(np.argmax(bad))
        what = Problem(N_("NaN (not a number)") if np.isnan(vals[k]) else N_("infinite or too large (it overflows)"))
        raise Problem(N_("the density '{density}' is not finite on [{lo:g}, {hi:g}]: {what} at s = {s:.4g}"),
                      density=f.text, lo=lo, hi=hi, what=what, s=grid[k])
    top = float(np.max(np.abs(vals)))
    if top > MAX_DENSITY:
        k = int(np.argmax(np.abs(vals)))
        raise Problem(N_("the density '{density}' is too large on [{lo:g}, {hi:g}]: it reaches {value:.4g} at "
                         "s = {s:.4g} (at most {most:g}; the density is normalised, so scale it down)"),
                      density=f.text, lo=lo, hi=hi, value=vals[k], s=grid[k], most=MAX_DENSITY)
    scale = max(1.0, top)
    neg = vals < -1e-12 * scale
    if neg.any():
        k = int(np.argmin(vals))
        raise Problem(N_("the density '{density}' is negative on [{lo:g}, {hi:g}], e.g. {value:.4g} at s = {s:.4g}: "
                         "a density is never negative"), density=f.text, lo=lo, hi=hi, value=vals[k], s=grid[k])
    vals = np.maximum(vals, 0.0)
    if top == 0:
        raise _zero_mass(f.text, lo, hi)
    unit = vals / top                       # in [0, 1]: the trapezoids cannot overflow
    h = grid[1] - grid[0]
    cells = (unit[1:] + unit[:-1]) * (h / 2.0)
    area = float(cells.sum())
    if not area > 0:
        raise _zero_mass(f.text, lo, hi)
    mass = area * top
    pdf = unit / area
    cdf = np.concatenate([[0.0], np.cumsum(cells / area)])
    cdf[-1] = 1.0
    np.clip(cdf, 0.0, 1.0, out=cdf)
    for a in (grid, pdf, cdf):
        a.setflags(write=False)
    return Density(f.text, float(lo), float(hi), grid, pdf, cdf, mass)


def _zero_mass(text: str, lo: float, hi: float) -> Problem:
    return Problem(N_("the density '{density}' has zero total mass on [{lo:g}, {hi:g}]"), density=text, lo=lo, hi=hi)


# -------------------------------------------------------------- inverse CDF
@dataclass(frozen=True, eq=False)
class InverseCdfSnapshot:
    samples: np.ndarray   # (k,) every sample drawn so far
    u: np.ndarray         # (k,) the uniform draws behind them
    done: int
    total: int

    @property
    def last(self) -> tuple[float, float] | None:
        """(u, y) of the latest draw, for tracing CDF → inverse."""
        if self.done == 0:
            return None
        return float(self.u[self.done - 1]), float(self.samples[self.done - 1])


def iter_inverse_cdf(density: Density, n: int, seed: int = 0, batch: int = 200,
                     pause: float = 0.0, closed_form: bool | None = None
                     ) -> Iterator[InverseCdfSnapshot]:
    """Draw ``n`` samples ``y = F⁻¹(u)``, yielding every ``batch`` draws.

    ``closed_form`` (default: when the density is the course's ``0.5 + s``) uses
    ``(−1 + √(1 + 8u)) / 2`` instead of the numerical inverse.  ``pause`` seconds of
    sleep between batches lets the GUI animate the draws.
    """
    if not isinstance(density, Density):
        raise Problem(N_("density must be a Density (make_density), got {type}"), type=type(density).__name__)
    n = _count(n, Problem(N_("the number of samples")))
    batch = _count(batch, Problem(N_("the batch size")), 1, 10**9) if batch is not None else 1
    use_closed = density.is_course_density if closed_form is None else closed_form
    rng = np.random.default_rng(seed)
    u = np.empty(n)
    y = np.empty(n)
    done = 0
    yield InverseCdfSnapshot(y[:0].copy(), u[:0].copy(), 0, n)
    while done < n:
        k = min(batch, n - done)
        draw = rng.random(k)
        u[done:done + k] = draw
        y[done:done + k] = closed_form_inverse(draw) if use_closed else density.inverse_cdf(draw)
        done += k
        if pause > 0 and done < n:
            time.sleep(pause)
        yield InverseCdfSnapshot(y[:done].copy(), u[:done].copy(), done, n)


def sample_inverse_cdf(density: Density, n: int, seed: int = 0, **kw) -> np.ndarray:
    snap = None
    for snap in iter_inverse_cdf(density, n, seed, batch=max(n, 1), **kw):
        pass
    return snap.samples


# --------------------------------------------------------------------- Laplace
def laplace_pdf(x: np.ndarray, b: float) -> np.ndarray:
    """``N(x) = 1/(2b) · exp(−|x|/b)``."""
    b = _real(b, Problem(N_("the Laplace scale b")))
    if not (np.isfinite(b) and b > 0):
        raise Problem(N_("the Laplace scale b must be positive and finite, got {b}"), b=b)
    x = _finite_array(x, "x")
    return np.exp(-np.abs(x) / b) / (2.0 * b)


def laplace_noise(shape, b: float, seed: int | np.random.Generator = 0) -> np.ndarray:
    """Independent Laplace(0, b) noise by inverse CDF: ``−b · sign(v) · log(1 − 2|v|)``,
    ``v ~ U(−½, ½)``."""
    b = _real(b, Problem(N_("the Laplace scale b")))
    if not (np.isfinite(b) and b >= 0):
        raise Problem(N_("the Laplace scale b must be zero or positive and finite, got {b}"), b=b)
    _size_of(shape, Problem(N_("the noise shape")))
    rng = seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)
    v = rng.random(shape) - 0.5
    return -b * np.sign(v) * np.log1p(-2.0 * np.abs(v))


def add_laplace_noise(image: np.ndarray, b: float, seed: int = 0) -> np.ndarray:
    """``image + noise`` (not clipped: the observation the MAP estimate sees)."""
    image = _finite_array(image, Problem(N_("the image")))
    return image + laplace_noise(image.shape, b, seed)


# ------------------------------------------------------------- denoising (MAP)
DATA_TERM_FORMULAS = {
    "l2": "J(z) = N log ‖X(z) − y‖² + ‖z‖²  (Gaussian noise)",
    "l1": "J₁(z) = N log Σ|X(z) − y| + ‖z‖²  (Laplace noise: the MAP estimate)",
}


@dataclass(frozen=True, eq=False)
class DenoiseSnapshot:
    """The L2 and L1 reconstructions of one noisy image, side by side."""

    runs: dict          # {"l2": InpaintSnapshot | None, "l1": InpaintSnapshot | None}
    done: int           # iterations done, both runs together
    total: int


def iter_denoise_compare(g: Generator, noisy: np.ndarray, restarts: int = 5,
                         iterations: int = 1500, lr: float = 1e-2, optimizer: str = "rmsprop",
                         seed: int = 0, terms: tuple[str, ...] = ("l2", "l1"),
                         rate_hz: float = 30.0) -> Iterator[DenoiseSnapshot]:
    """Denoise ``noisy`` (28×28) by latent optimisation with each data term, in lockstep.

    Both runs start from the same restarts (same ``seed``); T = ``from_mask(all True)``,
    so N = 784.  Uses the inpainting engine's ``iter_reconstruct(..., data_term=...)``.
    """
    from nnlab_gui.engine.inpaint import from_mask, iter_reconstruct

    noisy = _finite_array(noisy, Problem(N_("the noisy image")))
    if noisy.shape != (28, 28):
        raise Problem(N_("the noisy image has shape {shape}, expected (28, 28)"), shape=noisy.shape)
    T = from_mask(np.ones((28, 28), dtype=bool))
    y = T.apply(noisy)
    gens = {t: iter_reconstruct(g, T, y, restarts=restarts, iterations=iterations, lr=lr,
                                optimizer=optimizer, seed=seed, data_term=t, rate_hz=rate_hz)
            for t in terms}
    latest: dict = {t: None for t in terms}
    total = iterations * len(terms)
    active = list(terms)
    while active:
        for t in list(active):
            try:
                latest[t] = next(gens[t])
            except StopIteration:
                active.remove(t)
                continue
            done = sum(s.iteration for s in latest.values() if s is not None)
            yield DenoiseSnapshot(dict(latest), done, total)
