"""Seed 004's experiments on colour photographs: 8×8×3 patches, one or three hidden layers, sweeps.

Data (``resources/natural_images.npz``, see resources/README.md): the two photographs of
scikit-learn's wheel and 720 labelled 48×48 crops of six kinds of surface (480 train, 240
test, from disjoint halves of each region).  Unlabelled patches are drawn from the whole
photographs and learnt by a sparse autoencoder of 192 inputs with the course's recipe for
natural images: the patches ZCA-whitened (:mod:`~nnlab_gui.engine.whitening`, ε =
``EPSILON``) and a *linear decoder* (the output layer linear, the hidden ones sigmoid),
ρ = 0.035, β = 5, λ = 3e-3, ``MAX_ITER`` L-BFGS iterations.  The first-layer tiles are the
filters ``W1 Z`` on the raw patch: oriented edges and gratings, and colour blobs.

Why: raw patches in [0, 1] have almost all their variance in a few smooth directions (the
patch's colour; the covariance's eigenvalues run from 2 down to 1e-5), so the reconstruction
hardly constrains the weights along the others, and with the report's λ = 1e-5 those
keep their random initial values: the tiles were noise.  Whitening gives every direction
the same variance (ε damps the noisiest), and λ = 3e-3 decays what the data do not use.
Each patch's own mean is kept by default (``patch_mean=False``): removing it, as the grey
recipe does, drops each window's brightness and classified worse here (step 8: 0.56
against 0.77).  ``whiten=False`` trains the sigmoid output on the raw values (the report's
way).

Each labelled crop is lit by its own colour gains (×0.5 … 1.5 per channel, fixed seed), so
that raw colour alone is a weaker cue.  A crop's features are the code activations of its
8×8 windows at a step (whitened by the same ZCA), averaged over the windows of each quarter
of the crop (2 × 2 pooling); every feature column is standardised on the training crops,
and the lab's softmax (λ = 1e-3, 150 iterations) classifies them.  The pixel row is
computed once per process (the data and its classifier are fixed).

* :func:`iter_step_sweep` — accuracy on pixels, then at each step (seed 004's 32 … 8), for
  each network (one hidden layer and 75-48-75 by default);
* :func:`iter_patch_sweep` — accuracy at one step against the number of unlabelled patches.

Both are generators of :class:`SweepProgress` (done/total, the rows so far, the latest
first-layer tiles) that take a ``stop`` event and return a :class:`Sweep` (the rows and each
network's, or patch count's, final filters).  ``REPORT_*``
are the report's own tables (its data set, not this one) to show beside the lab's.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine import softmax
from nnlab_gui.engine import sparse_ae as ae
from nnlab_gui.engine import sparse_ae_features as sf
from nnlab_gui.engine import whitening as wh
from nnlab_gui.engine.blas import one_blas_thread
from nnlab_gui.engine.resources import resource_path
from nnlab_gui.engine.texts import N_, Phrase

__all__ = ["NaturalImages", "load_natural_images", "colour_patches", "train_colour", "SweepRow", "Sweep",
           "SweepProgress", "iter_step_sweep", "iter_patch_sweep", "run_step_sweep", "run_patch_sweep", "STEPS",
           "COUNTS", "RHO", "BETA", "LAM", "MAX_ITER", "EPSILON", "PATCH_MEAN",
           "REPORT_STEPS", "REPORT_PATCHES"]

STEPS = (32, 28, 24, 20, 16, 12, 8)
COUNTS = (100, 1000, 10000)
POOL = 2
RHO, BETA, LAM, MAX_ITER = 0.035, 5.0, 3e-3, 300
EPSILON = 0.3          # 0.1 (the grey recipe's) left pixel noise in these JPEG photographs' filters
PATCH_MEAN = False
LIGHT, LIGHT_SEED = 0.5, 7
SOFTMAX_LAM, SOFTMAX_ITER = 1e-3, 150
# the report's tables (its own data set): (label, random forest, logistic regression)
REPORT_STEPS = {
    "one layer": [("pixels", 0.363, 0.292), ("step 32", 0.305, 0.335), ("step 28", 0.335, 0.375),
                  ("step 24", 0.329, 0.369), ("step 20", 0.341, 0.404), ("step 16", 0.34, 0.417),
                  ("step 12", 0.347, 0.435), ("step 8", 0.358, 0.465)],
    "75-48-75": [("pixels", 0.363, 0.292), ("step 32", 0.292, 0.184), ("step 28", 0.32, 0.195),
                 ("step 24", 0.302, 0.191), ("step 20", 0.33, 0.216), ("step 16", 0.332, 0.225),
                 ("step 12", 0.339, 0.239), ("step 8", 0.346, 0.25)],
}
PIXELS = Phrase(N_("pixels"))          # the row and column of the softmax on raw pixels
ONE_LAYER = Phrase(N_("one layer"))


def step_label(step: int) -> Phrase:
    return Phrase(N_("step {step}"), step=step)


def patches_label(n: int) -> Phrase:
    return Phrase(N_("{count} patches"), count=f"{n:,}")


# the report's tables (its own data set): (label, random forest, logistic regression)
REPORT_STEPS = {
    ONE_LAYER: [(PIXELS, 0.363, 0.292)] + [(step_label(k), rf, lr) for k, rf, lr in (
        (32, 0.305, 0.335), (28, 0.335, 0.375), (24, 0.329, 0.369), (20, 0.341, 0.404), (16, 0.34, 0.417),
        (12, 0.347, 0.435), (8, 0.358, 0.465))],
    "75-48-75": [(PIXELS, 0.363, 0.292)] + [(step_label(k), rf, lr) for k, rf, lr in (
        (32, 0.292, 0.184), (28, 0.32, 0.195), (24, 0.302, 0.191), (20, 0.33, 0.216), (16, 0.332, 0.225),
        (12, 0.339, 0.239), (8, 0.346, 0.25))],
}
REPORT_PATCHES = [(PIXELS, 0.363, 0.292)] + [(patches_label(n), rf, lr) for n, rf, lr in (
    (100, 0.336, 0.41), (1000, 0.343, 0.438), (10000, 0.347, 0.435), (100000, 0.345, 0.439))]


@dataclass(frozen=True, eq=False)
class NaturalImages:
    images: np.ndarray          # (2, 427, 640, 3) float in [0, 1]
    train: np.ndarray           # (480, 48, 48, 3) float32
    train_labels: np.ndarray
    test: np.ndarray            # (240, 48, 48, 3)
    test_labels: np.ndarray
    class_names: tuple


@lru_cache(maxsize=1)
def load_natural_images() -> NaturalImages:
    with np.load(resource_path("natural_images.npz")) as z:
        images = z["images"].astype(np.float32) / 255.0
        crops, labels, is_test = z["crops"], z["labels"], z["is_test"]
        side, names = int(z["crop"]), tuple(str(s) for s in z["class_names"])
    cut = np.stack([images[i, r:r + side, c:c + side] for i, r, c in crops])
    # each crop lit differently (fixed seed): a gain per colour channel, as under other light
    gain = np.random.default_rng(LIGHT_SEED).uniform(1 - LIGHT, 1 + LIGHT, (len(cut), 1, 1, 3))
    cut = np.clip(cut * gain.astype(np.float32), 0.0, 1.0)
    return NaturalImages(images, cut[~is_test], labels[~is_test], cut[is_test], labels[is_test], names)


def colour_patches(n: int, seed: int = 0, whiten: bool = True, epsilon: float = EPSILON,
                   patch_mean: bool = PATCH_MEAN):
    """``n`` random 8×8×3 patches of the two photographs as rows, and their :class:`~whitening.ZCA`.

    ``whiten``: each patch minus its own mean (``patch_mean``), minus the mean patch, ZCA-whitened
    with ``epsilon``; otherwise the raw values in [0, 1] and ``None``.
    """
    whiten = ck.flag("whiten", whiten)
    P = ae.sample_patches(load_natural_images().images, n=n, size=8, seed=seed)
    if not whiten:
        return P, None
    zca = wh.fit_zca(P, epsilon, patch_mean)
    return zca.apply(P).astype(float), zca


def train_colour(hidden, n_patches: int, rho: float, beta: float, lam: float, max_iter: int, seed: int = 0,
                 stop=None, whiten: bool = True, epsilon: float = EPSILON, patch_mean: bool = PATCH_MEAN):
    """Generator: the autoencoder's snapshots, then the :class:`~sparse_ae.AEResult`.

    Whitened patches are learnt with the linear decoder; the result carries the ZCA (its
    windows are whitened the same way) and the snapshots' ``W1`` are the filters ``W1 Z``
    on the raw patch.  Unwhitened patches ([0, 1]) are learnt with the sigmoid output.
    """
    X, zca = colour_patches(n_patches, seed, whiten, epsilon, patch_mean)
    inner = threading.Event()          # iter_train sets its event when it ends: not the caller's
    gen = ae.iter_train(X, hidden=hidden, rho=rho, beta=beta, lam=lam, max_iter=max_iter,
                        seed=seed, patch=8, stop=inner, min_interval=0.1, linear=zca is not None)
    try:
        while True:
            snap = next(gen)
            if stop is not None and stop.is_set():
                inner.set()
            yield snap if zca is None else replace(snap, W1=zca.filters(snap.W1))
    except StopIteration as e:
        return replace(e.value, whitening=zca)


@dataclass(frozen=True)
class SweepRow:
    label: str
    column: str                 # the network ("one layer", "75-48-75") or "pixels"
    accuracy: float
    n_features: int


@dataclass(frozen=True, eq=False)
class Sweep:
    rows: list
    pixel_accuracy: float
    tiles: dict = field(default_factory=dict)   # network (or patch count) -> its first-layer filters


@dataclass(frozen=True, eq=False)
class SweepProgress:
    done: int
    total: int
    text: str
    rows: list
    tiles: np.ndarray | None    # the latest first-layer filters (h, 8, 8, 3): W1 Z when whitened


def _classify(Ftr, Fte, d: NaturalImages, stop) -> float:
    """Softmax test accuracy; every column standardised by the training set's mean and std first."""
    mu, sd = Ftr.mean(axis=0), Ftr.std(axis=0)
    sd = np.where(sd > 1e-8, sd, 1.0)
    Ftr, Fte = (Ftr - mu) / sd, (Fte - mu) / sd
    with one_blas_thread():
        m = softmax.train(Ftr, d.train_labels, SOFTMAX_LAM, num_labels=len(d.class_names),
                          max_iter=SOFTMAX_ITER, stop=stop, float32=True)
    return softmax.accuracy(m.W, Fte, d.test_labels)


_PIXELS: dict = {}       # the pixel row, once it has been computed to the end


def _pixels(d: NaturalImages, stop) -> SweepRow:
    if "row" in _PIXELS:
        return _PIXELS["row"]
    acc = _classify(d.train.reshape(len(d.train), -1), d.test.reshape(len(d.test), -1), d, stop)
    row = SweepRow(PIXELS, PIXELS, acc, d.train[0].size)
    if not stop.is_set():
        _PIXELS["row"] = row
    return row


def _name(hidden) -> str:
    h = tuple(hidden) if not isinstance(hidden, (int, np.integer)) else (int(hidden),)
    return ONE_LAYER if len(h) == 1 else "-".join(str(x) for x in h)


def _check(rho, beta, lam, max_iter, steps, stop, whiten, epsilon, patch_mean):
    ae._hyper(rho, beta, lam)
    ck.integer("max_iter", max_iter, 1, ae.MAX_ITER)
    steps = ck.sizes("steps", steps, 1, 40, count=(1, 40))
    ck.event("stop", stop)
    prep = dict(whiten=ck.flag("whiten", whiten), patch_mean=ck.flag("patch_mean", patch_mean),
                epsilon=ck.real(wh.EPSILON_NAME, epsilon, 0.0, wh.MAX_EPSILON))
    return steps, prep


def iter_step_sweep(networks=((75,), (75, 48, 75)), steps=STEPS, n_patches: int = 10000, rho: float = RHO,
                    beta: float = BETA, lam: float = LAM, max_iter: int = MAX_ITER, seed: int = 0,
                    stop: threading.Event | None = None, whiten: bool = True, epsilon: float = EPSILON,
                    patch_mean: bool = PATCH_MEAN):
    """Accuracy on pixels, then for each network and step; yields :class:`SweepProgress`."""
    steps, prep = _check(rho, beta, lam, max_iter, steps, stop, whiten, epsilon, patch_mean)
    networks = [ae._hidden(h) for h in networks]
    ck.integer("n_patches", n_patches, 10, 200_000)
    stop = stop if stop is not None else threading.Event()
    d = load_natural_images()
    total = 1 + len(networks) * (1 + len(steps))
    rows, tiles = [_pixels(d, stop)], {}
    yield SweepProgress(1, total, PIXELS, list(rows), None)
    for hidden in networks:
        if stop.is_set():
            return Sweep(rows, rows[0].accuracy, tiles)
        res = yield from _train_steps(hidden, n_patches, rho, beta, lam, max_iter, seed, stop, rows, total,
                                      prep=prep)
        tiles[_name(hidden)] = res.tiles()
        for step in steps:
            if stop.is_set():
                return Sweep(rows, rows[0].accuracy, tiles)
            Ftr, Fte = sf.features(res, d.train, d.test, step, POOL)
            rows.append(SweepRow(step_label(step), _name(hidden), _classify(Ftr, Fte, d, stop), Ftr.shape[1]))
            yield SweepProgress(len(rows) + networks.index(hidden) + 1, total,
                                Phrase(N_("{network}, step {step}"), network=_name(hidden), step=step),
                                list(rows), tiles[_name(hidden)])
    return Sweep(rows, rows[0].accuracy, tiles)


def _train_steps(hidden, n_patches, rho, beta, lam, max_iter, seed, stop, rows, total, label=None, prep=None):
    gen = train_colour(hidden, n_patches, rho, beta, lam, max_iter, seed, stop, **(prep or {}))
    try:
        while True:
            snap = next(gen)
            tiles = snap.W1.reshape(-1, 8, 8, 3)
            yield SweepProgress(len(rows), total, Phrase(N_("training {network}: iteration {i} of {n}"),
                                                         network=label or _name(hidden), i=snap.iteration,
                                                         n=snap.max_iter), list(rows), tiles)
    except StopIteration as e:
        return e.value


def iter_patch_sweep(counts=COUNTS, step: int = 12, hidden=75, rho: float = RHO, beta: float = BETA,
                     lam: float = LAM, max_iter: int = MAX_ITER, seed: int = 0, stop: threading.Event | None = None,
                     whiten: bool = True, epsilon: float = EPSILON, patch_mean: bool = PATCH_MEAN):
    """Accuracy at one step against the number of unlabelled patches the autoencoder learnt."""
    _, prep = _check(rho, beta, lam, max_iter, (step,), stop, whiten, epsilon, patch_mean)
    counts = ck.sizes("counts", counts, 10, 200_000, count=(1, 20))
    hidden = ae._hidden(hidden)
    stop = stop if stop is not None else threading.Event()
    d = load_natural_images()
    total = 1 + 2 * len(counts)
    rows, tiles = [_pixels(d, stop)], {}
    yield SweepProgress(1, total, PIXELS, list(rows), None)
    for n in counts:
        if stop.is_set():
            break
        res = yield from _train_steps(hidden, n, rho, beta, lam, max_iter, seed, stop, rows, total,
                                      Phrase(N_("on {count} patches"), count=f"{n:,}"), prep)
        tiles[patches_label(n)] = res.tiles()
        if stop.is_set():
            break
        Ftr, Fte = sf.features(res, d.train, d.test, step, POOL)
        rows.append(SweepRow(patches_label(n), _name(hidden), _classify(Ftr, Fte, d, stop), Ftr.shape[1]))
        yield SweepProgress(2 * len(rows) - 1, total, patches_label(n), list(rows), tiles[patches_label(n)])
    return Sweep(rows, rows[0].accuracy, tiles)


def _run(gen) -> Sweep:
    while True:
        try:
            next(gen)
        except StopIteration as e:
            return e.value


def run_step_sweep(**kw) -> Sweep:
    """:func:`iter_step_sweep` to the end (benchmarks, command line, tests)."""
    return _run(iter_step_sweep(**kw))


def run_patch_sweep(**kw) -> Sweep:
    """:func:`iter_patch_sweep` to the end."""
    return _run(iter_patch_sweep(**kw))
