"""Sparse autoencoder (SPEC §3, seed 004), trained by L-BFGS.

One hidden layer of sigmoid units ``f``; input ``x`` (n), hidden ``a2`` (h), output ``a3`` (n)::

    a2 = f(W1 x + b1),   a3 = f(W2 a2 + b2)

    J = (1/m) Σ_k ½‖a3(x_k) − x_k‖² + (λ/2)(ΣW1² + ΣW2²) + β Σ_j KL(ρ ‖ ρ̂_j)

    ρ̂_j = (1/m) Σ_k a2_j(x_k),   KL(ρ‖ρ̂) = ρ log(ρ/ρ̂) + (1−ρ) log((1−ρ)/(1−ρ̂))

Back-propagation::

    δ3 = (a3 − x) ∘ f'(z3),   δ2 = (W2ᵀ δ3 + β(−ρ/ρ̂ + (1−ρ)/(1−ρ̂))) ∘ f'(z2)

    ∇W2 = δ3 a2ᵀ / m + λ W2,  ∇b2 = mean δ3,   ∇W1 = δ2 xᵀ / m + λ W1,  ∇b1 = mean δ2

Inputs are 8×8 patches sampled from the digits or whole 28×28 digits.  The learned rows
of ``W1`` are shown as pictures; the hidden activations feed a softmax classifier
(:func:`compare_features`, seed 004's "pixels vs learned features" table).
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass
from typing import Iterator

import numpy as np
import scipy.optimize
from scipy.special import expit

from nnlab_gui.engine import softmax
from nnlab_gui.engine.blas import one_blas_thread

__all__ = ["AEParams", "init_params", "unpack", "cost_and_grad", "sample_patches",
           "AESnapshot", "AEResult", "iter_train", "train", "encode", "patch_features",
           "FeatureComparison", "compare_features"]


@dataclass(frozen=True, eq=False)
class AEParams:
    W1: np.ndarray  # (h, n)
    b1: np.ndarray  # (h,)
    W2: np.ndarray  # (n, h)
    b2: np.ndarray  # (n,)


def init_params(n_in: int, hidden: int, seed: int | None = 0) -> np.ndarray:
    """Flat ``[W1, W2, b1, b2]``: weights uniform in ±√(6/(n + h + 1)), biases 0."""
    rng = np.random.default_rng(seed)
    r = np.sqrt(6.0 / (n_in + hidden + 1))
    W1 = rng.uniform(-r, r, size=(hidden, n_in))
    W2 = rng.uniform(-r, r, size=(n_in, hidden))
    return np.concatenate([W1.ravel(), W2.ravel(), np.zeros(hidden), np.zeros(n_in)])


def unpack(vec: np.ndarray, n_in: int, hidden: int) -> AEParams:
    h, n = hidden, n_in
    if len(vec) != 2 * h * n + h + n:
        raise ValueError(f"parameter vector has {len(vec)} entries, a {n}-{h}-{n} autoencoder needs {2 * h * n + h + n}")
    W1 = vec[:h * n].reshape(h, n)
    W2 = vec[h * n:2 * h * n].reshape(n, h)
    b1 = vec[2 * h * n:2 * h * n + h]
    b2 = vec[2 * h * n + h:]
    return AEParams(W1, b1, W2, b2)


def _kl(rho, rho_hat):
    return rho * np.log(rho / rho_hat) + (1 - rho) * np.log((1 - rho) / (1 - rho_hat))


def cost_and_grad(vec, X, hidden: int, rho: float = 0.01, beta: float = 3.0, lam: float = 1e-4):
    """``J`` and its gradient as a flat vector (same layout as :func:`init_params`)."""
    X = np.asarray(X, dtype=float)
    m, n = X.shape
    p = unpack(np.asarray(vec, dtype=float), n, hidden)
    a2 = expit(X @ p.W1.T + p.b1)
    a3 = expit(a2 @ p.W2.T + p.b2)
    rho_hat = a2.mean(axis=0)
    diff = a3 - X
    J = (0.5 * float(np.sum(diff * diff)) / m
         + lam / 2.0 * (float(np.sum(p.W1 ** 2)) + float(np.sum(p.W2 ** 2)))
         + beta * float(np.sum(_kl(rho, rho_hat))))
    d3 = diff * a3 * (1 - a3)
    sparse = beta * (-rho / rho_hat + (1 - rho) / (1 - rho_hat))
    d2 = (d3 @ p.W2 + sparse) * a2 * (1 - a2)
    gW2 = d3.T @ a2 / m + lam * p.W2
    gW1 = d2.T @ X / m + lam * p.W1
    return J, np.concatenate([gW1.ravel(), gW2.ravel(), d2.mean(axis=0), d3.mean(axis=0)])


def sample_patches(images: np.ndarray, n: int = 10000, size: int = 8, seed: int = 0,
                   min_ink: float = 0.0) -> np.ndarray:
    """``n`` random ``size × size`` patches from (N, H, W) images, as rows (n, size²).

    Patches with total ink below ``min_ink`` are redrawn (blank borders teach nothing).
    """
    images = np.asarray(images, dtype=float)
    if images.ndim != 3 or min(images.shape[1:]) < size:
        raise ValueError(f"patches of {size}×{size} need (N, H, W) images with H, W ≥ {size}, got {images.shape}")
    rng = np.random.default_rng(seed)
    N, H, W = images.shape
    out = np.empty((0, size * size))
    while len(out) < n:
        k = 2 * (n - len(out))
        i = rng.integers(0, N, k)
        r = rng.integers(0, H - size + 1, k)
        c = rng.integers(0, W - size + 1, k)
        rows = np.arange(size)
        P = images[i[:, None, None], r[:, None, None] + rows[None, :, None], c[:, None, None] + rows[None, None, :]]
        P = P.reshape(k, -1)
        P = P[P.sum(axis=1) > min_ink]
        out = np.vstack([out, P])
    return out[:n].copy()


@dataclass(frozen=True, eq=False)
class AESnapshot:
    iteration: int
    max_iter: int
    cost: float
    W1: np.ndarray
    costs: np.ndarray


@dataclass(frozen=True, eq=False)
class AEResult:
    params: AEParams
    costs: np.ndarray
    iterations: int
    rho: float
    beta: float
    lam: float
    patch: int | None      # patch side, None for whole images

    @property
    def W1(self) -> np.ndarray:
        return self.params.W1

    def tiles(self) -> np.ndarray:
        """Rows of W1 as upright square pictures."""
        side = int(round(np.sqrt(self.params.W1.shape[1])))
        return self.params.W1.reshape(-1, side, side).copy()


def iter_train(X, hidden: int = 25, rho: float = 0.01, beta: float = 3.0, lam: float = 1e-4,
               max_iter: int = 400, seed: int = 0, patch: int | None = None,
               stop: threading.Event | None = None,
               min_interval: float = 1 / 30) -> Iterator[AESnapshot]:
    """L-BFGS on ``J``; yields :class:`AESnapshot` (bounded rate), returns :class:`AEResult`."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or len(X) == 0:
        raise ValueError(f"autoencoder data has shape {X.shape}, expected (m, n) with m ≥ 1")
    if not 0 < rho < 1:
        raise ValueError(f"sparsity target ρ must lie strictly between 0 and 1, got {rho}")
    if beta < 0 or lam < 0:
        raise ValueError(f"β and λ must be ≥ 0, got β = {beta}, λ = {lam}")
    if int(hidden) < 1:
        raise ValueError(f"hidden size must be at least 1, got {hidden}")
    hidden = int(hidden)
    n = X.shape[1]
    stop = stop if stop is not None else threading.Event()
    inbox: queue.Queue = queue.Queue()
    costs: list[float] = []
    x0 = init_params(n, hidden, seed)

    def f(vec):
        return cost_and_grad(vec, X, hidden, rho, beta, lam)

    def callback(intermediate_result):
        costs.append(float(intermediate_result.fun))
        inbox.put(("step", np.array(intermediate_result.x[:hidden * n]), float(intermediate_result.fun)))
        if stop.is_set():
            raise StopIteration

    def run():
        try:
            with one_blas_thread():
                costs.append(float(f(x0)[0]))
                res = scipy.optimize.minimize(f, x0, jac=True, method="L-BFGS-B", callback=callback,
                                              options={"maxiter": int(max_iter), "maxfun": 20 * int(max_iter) + 100})
            inbox.put(("done", res, None))
        except BaseException as exc:  # forwarded to the consumer
            inbox.put(("error", exc, None))

    thread = threading.Thread(target=run, name="sparse-ae", daemon=True)
    thread.start()
    last = 0.0
    try:
        while True:
            kind, payload, J = inbox.get()
            if kind == "error":
                raise payload
            if kind == "done":
                break
            now = time.monotonic()
            if now - last >= min_interval:
                last = now
                yield AESnapshot(len(costs) - 1, int(max_iter), J, payload.reshape(hidden, n),
                                 np.array(costs))
    finally:
        stop.set()
        thread.join()
    res = payload
    p = unpack(np.asarray(res.x, dtype=float), n, hidden)
    p = AEParams(p.W1.copy(), p.b1.copy(), p.W2.copy(), p.b2.copy())
    result = AEResult(p, np.array(costs), len(costs) - 1, rho, beta, lam, patch)
    yield AESnapshot(len(costs) - 1, int(max_iter), costs[-1], p.W1.copy(), np.array(costs))
    return result


def train(X, **kw) -> AEResult:
    gen = iter_train(X, **kw)
    while True:
        try:
            next(gen)
        except StopIteration as e:
            return e.value


def encode(params: AEParams, X) -> np.ndarray:
    """Hidden activations a2 = f(W1 x + b1) for rows of X."""
    return expit(np.asarray(X, dtype=float) @ params.W1.T + params.b1)


def patch_features(params: AEParams, images: np.ndarray, patch: int, step: int = 4) -> np.ndarray:
    """Hidden activations of every ``patch × patch`` window (stride ``step``), concatenated."""
    images = np.asarray(images, dtype=float)
    N, H, W = images.shape
    feats = []
    for r in range(0, H - patch + 1, step):
        for c in range(0, W - patch + 1, step):
            feats.append(encode(params, images[:, r:r + patch, c:c + patch].reshape(N, -1)))
    return np.hstack(feats)


@dataclass(frozen=True, eq=False)
class FeatureComparison:
    pixel_accuracy: float
    feature_accuracy: float
    n_pixels: int
    n_features: int
    n_train: int
    n_test: int


def compare_features(result: AEResult, train_images, train_labels, test_images, test_labels,
                     lam: float = 1e-4, max_iter: int = 200, step: int = 4,
                     stop=None) -> FeatureComparison:
    """Softmax on raw pixels vs on the autoencoder's hidden activations (test accuracy)."""
    with one_blas_thread():
        return _compare(result, train_images, train_labels, test_images, test_labels, lam, max_iter,
                        step, stop)


def _compare(result, train_images, train_labels, test_images, test_labels, lam, max_iter, step, stop):
    tr = np.asarray(train_images, dtype=float)
    te = np.asarray(test_images, dtype=float)
    if result.patch:
        Ftr = patch_features(result.params, tr, result.patch, step)
        Fte = patch_features(result.params, te, result.patch, step)
    else:
        n = result.params.W1.shape[1]
        Ftr, Fte = encode(result.params, tr.reshape(len(tr), n)), encode(result.params, te.reshape(len(te), n))
    Ptr, Pte = tr.reshape(len(tr), -1), te.reshape(len(te), -1)
    raw = softmax.train(Ptr, train_labels, lam, num_labels=10, max_iter=max_iter, stop=stop)
    feat = softmax.train(Ftr, train_labels, lam, num_labels=10, max_iter=max_iter, stop=stop)
    return FeatureComparison(softmax.accuracy(raw.W, Pte, test_labels),
                             softmax.accuracy(feat.W, Fte, test_labels),
                             Ptr.shape[1], Ftr.shape[1], len(tr), len(te))
