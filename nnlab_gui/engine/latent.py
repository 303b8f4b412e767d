"""Latent-space tools for a generator: priors, interpolation, PCA, anomaly score.

Priors (seed 001), all multiplied by a scale / temperature ``s``:

* Gaussian:  z = s · ε,              ε ~ N(0, I_d)
* uniform:   z = s · u,              u ~ U[−1, 1]^d
* mixture:   z = s · (c_k + σ ε),    k ~ U{1..K}, centres c_k ~ U[−1, 1]^d (K = 10)

Interpolation between z₀ and z₁ for t ∈ [0, 1]: linear ``(1−t) z₀ + t z₁`` or spherical
``sin((1−t)Ω)/sin Ω · z₀ + sin(tΩ)/sin Ω · z₁`` with ``cos Ω = z₀·z₁ / (‖z₀‖‖z₁‖)``.

PCA to 2-D: centre the codes, take the two leading right singular vectors of the
centred matrix, ``P = (Z − mean) V₂``.

Anomaly score of an image x (seed 001, theory part): the reconstruction error
``‖x − X(μ(x))‖²`` of the autoencoder (encode to the mean, decode).

Arguments are checked at entry: counts are whole numbers (``n`` 0 … ``MAX_SAMPLES``,
``d`` 1 … ``MAX_DIM``, ``steps`` 2 … ``MAX_STEPS``, the samples within
:data:`~nnlab_gui.engine.arg_checks.MEMORY_LIMIT`), scales finite in 0 … ``LATENT_LIMIT``,
latent vectors and codes finite within ±``LATENT_LIMIT`` (10⁶: a generator's latents are
O(1), and norms of such vectors stay finite), images finite (28, 28) or (n, 28, 28).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.generator import Generator
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["PRIORS", "PriorSample", "sample_prior", "interpolate", "Projection", "pca_2d",
           "reconstruction_error", "percentile_of"]

PRIORS = ("gaussian", "uniform", "mixture")
MIXTURE_COMPONENTS = 10
MIXTURE_SIGMA = 0.15
MAX_SAMPLES = 1_000_000
MAX_DIM = 100_000
MAX_STEPS = 10_000
MAX_COMPONENTS = 10_000
LATENT_LIMIT = 1e6


def _latent(name: str, z, ndim=1) -> np.ndarray:
    return ck.array(name, z, ndim=ndim, bound=LATENT_LIMIT)


@dataclass(frozen=True, eq=False)
class PriorSample:
    Z: np.ndarray               # (n, d) latent vectors
    kind: str
    scale: float
    seed: int
    centres: np.ndarray | None  # (K, d) mixture centres (already scaled), else None
    component: np.ndarray | None  # (n,) the mixture component of each sample


def sample_prior(kind: str, n: int, d: int, scale: float = 1.0, seed: int = 0,
                 components: int = MIXTURE_COMPONENTS, sigma: float = MIXTURE_SIGMA) -> PriorSample:
    """``n`` latent vectors of dimension ``d`` from one of :data:`PRIORS`."""
    if not isinstance(kind, str) or kind.lower() not in PRIORS:
        raise ck.BadArgument(N_("unknown prior {kind}: choose one of {priors}"), kind=ck.show(kind), priors=", ".join(PRIORS))
    kind = kind.lower()
    n = ck.integer("n (samples)", n, 0, MAX_SAMPLES)
    d = ck.integer("d (latent size)", d, 1, MAX_DIM)
    scale = ck.real("scale", scale, 0.0, LATENT_LIMIT)
    seed = ck.integer("seed", seed, 0, ck.SEED_MAX)
    components = ck.integer("components", components, 1, MAX_COMPONENTS)
    sigma = ck.real("sigma", sigma, 0.0, LATENT_LIMIT)
    ck.memory(Problem(N_("{n} latent vectors of size {d}"), n=n, d=d), 8.0 * (3 * n * d + components * d),
              Problem(N_("ask for fewer samples")))
    rng = np.random.default_rng(seed)
    centres = comp = None
    if kind == "gaussian":
        Z = rng.standard_normal((n, d))
    elif kind == "uniform":
        Z = rng.uniform(-1.0, 1.0, (n, d))
    else:
        centres = rng.uniform(-1.0, 1.0, (components, d))
        comp = rng.integers(0, components, n)
        Z = centres[comp] + sigma * rng.standard_normal((n, d))
        centres = centres * scale
    return PriorSample(Z * scale, kind, float(scale), int(seed), centres, comp)


def interpolate(z0: np.ndarray, z1: np.ndarray, steps: int = 8, method: str = "linear") -> np.ndarray:
    """(steps, d) latent vectors from z0 to z1 inclusive; ``method`` "linear" or "spherical"."""
    z0 = _latent("z0", np.ravel(ck.array("z0", z0, empty=True, finite=False)))
    z1 = _latent("z1", np.ravel(ck.array("z1", z1, empty=True, finite=False)))
    if z0.shape != z1.shape:
        raise ck.BadArgument(N_("the end points z0 and z1 differ in size: {a} and {b}"), a=z0.shape, b=z1.shape)
    steps = ck.integer("steps (an interpolation needs at least 2)", steps, 2, MAX_STEPS)
    if not isinstance(method, str) or method not in ("linear", "spherical", "slerp"):
        raise ck.BadArgument(N_("unknown interpolation method {method}: use 'linear' or 'spherical'"), method=ck.show(method))
    ck.memory(Problem(N_("{steps} interpolated vectors of size {size}"), steps=steps, size=z0.size),
              8.0 * 4 * steps * z0.size)
    t = np.linspace(0.0, 1.0, steps)[:, None]
    if method == "linear":
        return (1 - t) * z0 + t * z1
    if method not in ("spherical", "slerp"):
        raise Problem(N_("unknown interpolation {method!r}: use 'linear' or 'spherical'"), method=method)
    n0, n1 = np.linalg.norm(z0), np.linalg.norm(z1)
    if n0 == 0 or n1 == 0:
        return (1 - t) * z0 + t * z1
    cos = np.clip(z0 @ z1 / (n0 * n1), -1.0, 1.0)
    omega = np.arccos(cos)
    if np.sin(omega) < 1e-8:  # parallel: slerp degenerates to lerp
        return (1 - t) * z0 + t * z1
    return (np.sin((1 - t) * omega) * z0 + np.sin(t * omega) * z1) / np.sin(omega)


@dataclass(frozen=True, eq=False)
class Projection:
    coords: np.ndarray      # (n, 2)
    mean: np.ndarray        # (d,)
    components: np.ndarray  # (2, d) rows: principal directions
    explained: np.ndarray   # (2,) share of the variance each direction explains

    def transform(self, Z: np.ndarray) -> np.ndarray:
        Z = np.atleast_2d(_latent("Z (codes)", Z, (1, 2)))
        if Z.shape[1] != self.mean.size:
            raise ck.BadArgument(N_("Z (codes) has shape {shape}, expected (n, {d})"), shape=Z.shape, d=self.mean.size)
        return (Z - self.mean) @ self.components.T

    def inverse(self, P: np.ndarray) -> np.ndarray:
        """Latent vectors on the PCA plane for 2-D points P (n, 2)."""
        P = np.atleast_2d(_latent("P (plane points)", P, (1, 2)))
        if P.shape[1] != 2:
            raise ck.BadArgument(N_("P (plane points) has shape {shape}, expected (n, 2)"), shape=P.shape)
        return P @ self.components + self.mean


def pca_2d(Z: np.ndarray) -> Projection:
    """Project (n, d) codes on their two principal directions (signs fixed: largest loading > 0)."""
    Z = ck.array("Z (codes)", Z, empty=True, finite=False)
    if Z.ndim != 2 or Z.shape[0] < 2 or Z.shape[1] < 2:
        raise ck.BadArgument(N_("PCA to 2-D needs at least 2 codes of dimension ≥ 2 (Z of shape (n, d)), "
                                "got shape {shape}"), shape=Z.shape)
    Z = _latent("Z (codes)", Z, 2)
    mean = Z.mean(axis=0)
    _, s, Vt = np.linalg.svd(Z - mean, full_matrices=False)
    V = Vt[:2].copy()
    for i in range(2):
        if V[i, np.argmax(np.abs(V[i]))] < 0:
            V[i] = -V[i]
    var = s ** 2
    explained = var[:2] / var.sum() if var.sum() > 0 else np.zeros(2)
    return Projection((Z - mean) @ V.T, mean, V, explained)


def reconstruction_error(g: Generator, images: np.ndarray) -> np.ndarray:
    """‖x − X(μ(x))‖² per image; images (n, 28, 28) or (28, 28)."""
    ck.instance("g", g, Generator, "a Generator with an encoder (a bundled VAE)")
    images = ck.array("images", images, empty=True, finite=False)
    if images.ndim not in (2, 3) or images.shape[-2:] != (28, 28):
        raise ck.BadArgument(N_("images have shape {shape}, expected (28, 28) or (n, 28, 28)"), shape=images.shape)
    images = ck.array("images", images, empty=True, bound=LATENT_LIMIT)
    single = images.ndim == 2
    batch = images.reshape(-1, 28, 28)
    rec = g.decode(g.encode(batch))
    err = np.sum((rec - batch) ** 2, axis=(1, 2))
    return err[0] if single else err


def percentile_of(value: float, reference: np.ndarray) -> float:
    """Share (in %) of ``reference`` values strictly below ``value``, plus half the ties."""
    value = ck.real("value", value)
    ref = ck.array("reference (values)", reference, empty=True, finite=False).ravel()
    if ref.size == 0:
        raise ck.BadArgument("no reference values for a percentile (reference is empty)")
    ref = ck.array("reference (values)", ref)
    below = np.sum(ref < value)
    ties = np.sum(ref == value)
    return float(100.0 * (below + 0.5 * ties) / ref.size)
