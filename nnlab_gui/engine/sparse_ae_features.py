"""Features of a trained sparse autoencoder, and softmax on them against softmax on pixels.

``patch_features(params, images, patch, step, pool)`` encodes every ``patch × patch``
window of each image whose corner lies on a grid of the given ``step`` (seed 004's
"step"), all windows of a block of images in one product: grey images (N, H, W) or colour
(N, H, W, 3), windows flattened (row, column, channel) like the training patches.
Without ``pool`` the windows' code activations are concatenated (a fixed layout for the
28×28 digits); with ``pool = G`` each window goes to the cell of a G × G grid that holds its
centre and the activations are averaged per cell, so every step gives the same number of
features (G²·h) and a smaller step only averages more windows.  If the autoencoder was
trained on normalised patches (``result.sigma``, :func:`normalise_patches`), every window
is normalised the same way first; if it was trained on ZCA-whitened patches
(``result.whitening``, :mod:`~nnlab_gui.engine.whitening`), every window is whitened by the
same ZCA first.

``compare_features`` trains the lab's softmax (float32 products) on pixels and on the
features, the two trainings on two threads.  Limits: images finite, at least one
window, the features within :data:`~nnlab_gui.engine.arg_checks.MEMORY_LIMIT`, labels
0 … 99.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine import softmax
from nnlab_gui.engine import sparse_ae_net as net
from nnlab_gui.engine.blas import one_blas_thread
from nnlab_gui.engine.texts import N_, Problem
from nnlab_gui.engine.whitening import ZCA

__all__ = ["normalise_patches", "patch_features", "FeatureComparison", "compare_features", "windows",
           "sweep_steps"]
MAX_LABELS = 100
_BLOCK = 16 * 2**20          # float32 window values per block of images


def normalise_patches(P: np.ndarray, sigma: float | None = None) -> tuple[np.ndarray, float]:
    """Each row minus its mean, clipped to ±3σ, mapped to [0.1, 0.9] (σ: the rows' std if not given)."""
    P = np.asarray(P, dtype=np.float32)
    P = P - P.mean(axis=1, keepdims=True)
    if sigma is None:
        sigma = float(P.std()) or 1.0
    lim = np.float32(3 * sigma)
    np.clip(P, -lim, lim, out=P)
    P *= np.float32(0.4) / lim
    P += np.float32(0.5)
    return P, float(sigma)


def windows(images: np.ndarray, patch: int, step: int) -> np.ndarray:
    """All windows at the step grid, (N, R, C, patch·patch·channels), float32."""
    V = sliding_window_view(images, (patch, patch), axis=(1, 2))[:, ::step, ::step]
    if images.ndim == 4:                          # (N, R, C, 3, p, p) -> (N, R, C, p, p, 3)
        V = V.transpose(0, 1, 2, 4, 5, 3)
    N, R, C = V.shape[:3]
    return np.ascontiguousarray(V, dtype=np.float32).reshape(N, R, C, -1)


def _pool_matrix(H: int, W: int, patch: int, step: int, G: int) -> np.ndarray:
    """(G², R·C): the mean over the windows whose centre is in each cell (zero row if none)."""
    rows = np.arange(0, H - patch + 1, step)
    cols = np.arange(0, W - patch + 1, step)
    cr = np.minimum((rows + patch / 2) * G // H, G - 1).astype(int)
    cc = np.minimum((cols + patch / 2) * G // W, G - 1).astype(int)
    cell = (cr[:, None] * G + cc[None, :]).ravel()
    M = np.zeros((G * G, len(cell)), np.float32)
    M[cell, np.arange(len(cell))] = 1.0
    counts = M.sum(axis=1, keepdims=True)
    return M / np.maximum(counts, 1.0)


def patch_features(params, images: np.ndarray, patch: int, step: int = 4, pool: int | None = None,
                   sigma: float | None = None, whitening=None) -> np.ndarray:
    """Code activations of every window (stride ``step``): concatenated, or pooled on a G × G grid."""
    ck.instance("params", params, net.AEParams, Problem(N_("AEParams (a trained autoencoder's res.params)")))
    images = ck.array("images", images, ndim=(3, 4))
    if images.ndim == 4 and images.shape[3] != 3:
        raise ck.BadArgument(N_("images have shape {shape}: colour images are (N, H, W, 3)"), shape=images.shape)
    N, H, W = images.shape[:3]
    channels = 1 if images.ndim == 3 else 3
    patch = ck.integer("patch", patch, 1, min(H, W))
    if patch * patch * channels != params.n_in:
        raise ck.BadArgument(N_("patch = {patch}: {patch}×{patch} windows have {values} values, the autoencoder "
                                "takes {inputs}"), patch=patch, values=patch * patch * channels, inputs=params.n_in)
    step = ck.integer("step", step, 1, max(H, W))
    if whitening is not None:
        ck.instance("whitening", whitening, ZCA, Problem(N_("a whitening.ZCA (what whitening.fit_zca returns)")))
        if whitening.n != params.n_in:
            raise ck.BadArgument(N_("the whitening was fitted on {values} values per patch, the autoencoder takes "
                                    "{inputs}"), values=whitening.n, inputs=params.n_in)
    pool = None if pool is None else ck.integer(Problem(N_("pool (cells per side)")), pool, 1, min(H, W))
    R, C = len(range(0, H - patch + 1, step)), len(range(0, W - patch + 1, step))
    h = params.weights[net.sparse_layer(params.hidden) - 1].shape[0]
    out_per = h * (R * C if pool is None else pool * pool)
    ck.memory(Problem(N_("the features of {count} images ({windows} windows × {units} units each)"), count=N,
                      windows=R * C, units=h), 4.0 * N * out_per, Problem(N_("use a larger step")))
    per_image = R * C * patch * patch * channels
    block = max(1, _BLOCK // max(per_image, 1))
    M = None if pool is None else _pool_matrix(H, W, patch, step, pool)
    out = np.empty((N, out_per), np.float32)
    for lo in range(0, N, block):
        V = windows(images[lo:lo + block], patch, step)
        k = len(V)
        rows = V.reshape(k * R * C, -1)
        if sigma is not None:
            rows, _ = normalise_patches(rows, sigma)
        if whitening is not None:
            rows = whitening.centre(rows) @ whitening.matrix.astype(np.float32)
        F = net.encode_rows(params, rows, np.float32).reshape(k, R * C, h)
        out[lo:lo + k] = (F if M is None else np.matmul(M, F)).reshape(k, -1)
    return out


@dataclass(frozen=True, eq=False)
class FeatureComparison:
    pixel_accuracy: float
    feature_accuracy: float
    n_pixels: int
    n_features: int
    n_train: int
    n_test: int


def _ae():
    from nnlab_gui.engine import sparse_ae      # (it imports this module at its end)
    return sparse_ae


def _labels(train_labels, test_labels, n_train, n_test):
    tr = ck.labels("train_labels", train_labels, count=n_train, max_labels=MAX_LABELS)
    te = ck.labels("test_labels", test_labels, count=n_test, max_labels=MAX_LABELS)
    return tr, te, int(max(tr.max(), te.max())) + 1


def _checked(result, train_images, train_labels, test_images, test_labels):
    ae = _ae()
    ck.instance("result", result, ae.AEResult, Problem(N_("an AEResult (what sparse_ae.train returns)")))
    n = result.params.n_in
    tr = ck.array("train_images", train_images, ndim=(2, 3, 4) if not result.patch else (3, 4))
    te = ck.array("test_images", test_images, ndim=tr.ndim)
    if te.shape[1:] != tr.shape[1:]:
        raise ck.BadArgument(N_("test_images have shape {test}, train_images {train}: the images must have the same "
                                "size"), test=te.shape, train=tr.shape)
    if not result.patch and int(np.prod(tr.shape[1:])) != n:
        raise ck.BadArgument(N_("train_images have shape {shape}: the autoencoder takes {n} pixels per image"),
                             shape=tr.shape, n=n)
    ytr, yte, k = _labels(train_labels, test_labels, len(tr), len(te))
    return tr, te, ytr, yte, k


def compare_features(result, train_images, train_labels, test_images, test_labels,
                     lam: float = 1e-4, max_iter: int = 200, step: int = 4, pool: int | None = None,
                     stop=None) -> FeatureComparison:
    """Softmax on raw pixels vs on the autoencoder's code activations (test accuracy)."""
    tr, te, ytr, yte, k = _checked(result, train_images, train_labels, test_images, test_labels)
    lam = ck.real("lam (λ)", lam, 0.0, _ae().LIMIT)
    max_iter = ck.integer("max_iter", max_iter, 1, _ae().MAX_ITER)
    step = ck.integer("step", step, 1, max(tr.shape[1:3]))
    ck.event("stop", stop)
    with one_blas_thread():      # held across the threads: the limit never changes under a running product
        Ftr, Fte = features(result, tr, te, step, pool)
        Ptr, Pte = tr.reshape(len(tr), -1), te.reshape(len(te), -1)
        raw, feat = _train_pair([(Ptr, ytr), (Ftr, ytr)], k, lam, max_iter, stop)
    return FeatureComparison(softmax.accuracy(raw.W, Pte, yte), softmax.accuracy(feat.W, Fte, yte),
                             Ptr.shape[1], Ftr.shape[1], len(tr), len(te))


def features(result, tr: np.ndarray, te: np.ndarray, step: int, pool: int | None):
    """(train, test) feature matrices of checked images."""
    with one_blas_thread():
        if result.patch:
            sig, zca = getattr(result, "sigma", None), getattr(result, "whitening", None)
            return (patch_features(result.params, tr, result.patch, step, pool, sig, zca),
                    patch_features(result.params, te, result.patch, step, pool, sig, zca))
        n = result.params.n_in
        return (net.encode_rows(result.params, tr.reshape(len(tr), n)),
                net.encode_rows(result.params, te.reshape(len(te), n)))


def _train_one(X, y, k, lam, max_iter, stop):
    return softmax.train(X, y, lam, num_labels=k, max_iter=max_iter, stop=stop, float32=True)


def _train_pair(problems, k, lam, max_iter, stop):
    """Softmax models of the problems [(X, y), …], each on its own thread (call within one_blas_thread)."""
    with ThreadPoolExecutor(max_workers=len(problems), thread_name_prefix="softmax") as pool:
        futures = [pool.submit(_train_one, X, y, k, lam, max_iter, stop) for X, y in problems]
        return [f.result() for f in futures]


def sweep_steps(result, train_images, train_labels, test_images, test_labels,
                steps=(32, 28, 24, 20, 16, 12, 8), lam: float = 1e-4, max_iter: int = 200,
                pool: int | None = None, stop=None) -> list[FeatureComparison]:
    """One :class:`FeatureComparison` per step (the pixel softmax is trained once and shared)."""
    tr, te, ytr, yte, k = _checked(result, train_images, train_labels, test_images, test_labels)
    lam = ck.real("lam (λ)", lam, 0.0, _ae().LIMIT)
    max_iter = ck.integer("max_iter", max_iter, 1, _ae().MAX_ITER)
    steps = ck.sizes("steps", steps, 1, max(tr.shape[1:3]), count=(1, 64))
    ck.event("stop", stop)
    Ptr, Pte = tr.reshape(len(tr), -1), te.reshape(len(te), -1)
    out = []
    with one_blas_thread():
        raw = _train_one(Ptr, ytr, k, lam, max_iter, stop)
        pixels = softmax.accuracy(raw.W, Pte, yte)
        for step in steps:
            Ftr, Fte = features(result, tr, te, step, pool)
            feat = _train_one(Ftr, ytr, k, lam, max_iter, stop)
            out.append(FeatureComparison(pixels, softmax.accuracy(feat.W, Fte, yte), Ptr.shape[1],
                                         Ftr.shape[1], len(tr), len(te)))
    return out
