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

Arguments are checked at entry: data X finite in [0, 1] (the outputs a3 are sigmoids, so
they cannot reconstruct anything else), ρ in (0, 1), β and λ finite in 0 … ``LIMIT``,
``hidden`` 1 … ``MAX_UNITS``, ``max_iter`` 1 … ``MAX_ITER``, and every call's main arrays
within :data:`~nnlab_gui.engine.arg_checks.MEMORY_LIMIT`.  ``cost_and_grad`` refuses
saturated hidden units (ρ̂_j = 0 or 1 exactly, where KL(ρ‖ρ̂) is infinite) instead of
returning inf/NaN.  ``sample_patches`` (:mod:`~nnlab_gui.engine.sparse_ae_patches`) refuses
images in which no patch has enough ink, instead of looping for ever.
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

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine import softmax
from nnlab_gui.engine.blas import one_blas_thread
from nnlab_gui.engine.sparse_ae_patches import sample_patches  # noqa: F401  (re-exported)

__all__ = ["AEParams", "init_params", "unpack", "cost_and_grad", "sample_patches",
           "AESnapshot", "AEResult", "iter_train", "train", "encode", "patch_features",
           "FeatureComparison", "compare_features"]


MAX_UNITS = 10_000      # inputs n or hidden units h
MAX_ITER = 100_000      # L-BFGS iterations (the tab offers 5000)
LIMIT = 1e6             # β, λ


def _sizes(n_in, hidden) -> tuple[int, int]:
    n = ck.integer("n_in (inputs)", n_in, 1, MAX_UNITS)
    h = ck.integer("hidden (units)", hidden, 1, MAX_UNITS)
    ck.memory(f"a {n}-{h}-{n} autoencoder", 8.0 * (2 * h * n + h + n) * 4)
    return n, h


def _data(X, name: str = "X") -> np.ndarray:
    X = ck.array(name, X, ndim=2)
    return ck.array(name, X, within=(0.0, 1.0))


def _hyper(rho, beta, lam) -> tuple[float, float, float]:
    return (ck.real("rho (the sparsity target ρ)", rho, 0.0, 1.0, lo_open=True, hi_open=True),
            ck.real("beta (the sparsity weight β)", beta, 0.0, LIMIT),
            ck.real("lam (the weight decay λ)", lam, 0.0, LIMIT))


@dataclass(frozen=True, eq=False)
class AEParams:
    W1: np.ndarray  # (h, n)
    b1: np.ndarray  # (h,)
    W2: np.ndarray  # (n, h)
    b2: np.ndarray  # (n,)


def init_params(n_in: int, hidden: int, seed: int | None = 0) -> np.ndarray:
    """Flat ``[W1, W2, b1, b2]``: weights uniform in ±√(6/(n + h + 1)), biases 0."""
    n_in, hidden = _sizes(n_in, hidden)
    rng = np.random.default_rng(ck.seed("seed", seed))
    r = np.sqrt(6.0 / (n_in + hidden + 1))
    W1 = rng.uniform(-r, r, size=(hidden, n_in))
    W2 = rng.uniform(-r, r, size=(n_in, hidden))
    return np.concatenate([W1.ravel(), W2.ravel(), np.zeros(hidden), np.zeros(n_in)])


def unpack(vec: np.ndarray, n_in: int, hidden: int) -> AEParams:
    if not isinstance(vec, np.ndarray) or vec.ndim != 1:
        vec = ck.array("vec (packed parameters)", vec, ndim=1, empty=True)
    n_in, hidden = _sizes(n_in, hidden)
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
    X = _data(X)
    rho, beta, lam = _hyper(rho, beta, lam)
    n, hidden = _sizes(X.shape[1], hidden)
    vec = ck.array("vec (packed parameters)", vec, ndim=1, empty=True)
    p = unpack(vec, n, hidden)
    ck.array("vec (packed parameters)", vec)
    ck.memory(f"the autoencoder's activations on {len(X)} samples", 8.0 * len(X) * (3 * hidden + 4 * n))
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        J, grad = _cost_grad(vec, X, hidden, rho, beta, lam)
        if np.isfinite(J) and np.all(np.isfinite(grad)):
            return J, grad
        rho_hat = expit(X @ p.W1.T + p.b1).mean(axis=0)
    bad = np.flatnonzero((rho_hat <= 0) | (rho_hat >= 1))
    if bad.size:
        j = int(bad[0])
        raise ck.BadArgument(f"hidden unit {j} saturates (its mean activation ρ̂ = {rho_hat[j]:g} exactly): "
                             f"KL(ρ‖ρ̂) is infinite there; use smaller weights")
    raise ck.BadArgument("J or its gradient is not finite for these finite inputs (a float overflow): "
                         "use smaller weights")


def _cost_grad(vec, X, hidden: int, rho: float, beta: float, lam: float):
    """:func:`cost_and_grad` on checked arguments (the L-BFGS loop's form)."""
    m, n = X.shape
    p = unpack(vec, n, hidden)
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
        if side * side != self.params.W1.shape[1]:
            raise ck.BadArgument(f"W1 has {self.params.W1.shape[1]} inputs per unit: not a square picture")
        return self.params.W1.reshape(-1, side, side).copy()


def iter_train(X, hidden: int = 25, rho: float = 0.01, beta: float = 3.0, lam: float = 1e-4,
               max_iter: int = 400, seed: int = 0, patch: int | None = None,
               stop: threading.Event | None = None,
               min_interval: float = 1 / 30) -> Iterator[AESnapshot]:
    """L-BFGS on ``J``; yields :class:`AESnapshot` (bounded rate), returns :class:`AEResult`."""
    Xa = ck.array("X (autoencoder data)", X, empty=True, finite=False)
    if Xa.ndim != 2 or len(Xa) == 0 or Xa.shape[1] == 0:
        raise ck.BadArgument(f"X (autoencoder data) has shape {Xa.shape}, expected (m, n) with m, n ≥ 1")
    X = _data(Xa, "X (autoencoder data)")
    rho, beta, lam = _hyper(rho, beta, lam)
    n, hidden = _sizes(X.shape[1], hidden)
    max_iter = ck.integer("max_iter", max_iter, 1, MAX_ITER)
    seed = ck.seed("seed", seed)
    if patch is not None and ck.integer("patch", patch, 1, MAX_UNITS) ** 2 != n:
        raise ck.BadArgument(f"patch = {patch}: {patch}×{patch} patches have {int(patch) ** 2} pixels, "
                             f"but X has {n} columns")
    ck.event("stop", stop)
    min_interval = ck.real("min_interval", min_interval, 0.0, 3600.0)
    P = 2 * hidden * n + hidden + n
    ck.memory(f"training a {n}-{hidden}-{n} autoencoder on {len(X)} samples",
              8.0 * (len(X) * (2 * hidden + 2 * n) + 30 * P), "use fewer samples or hidden units")
    stop = stop if stop is not None else threading.Event()
    inbox: queue.Queue = queue.Queue()
    costs: list[float] = []
    x0 = init_params(n, hidden, seed)

    def f(vec):
        return _cost_grad(vec, X, hidden, rho, beta, lam)

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
    if not np.all(np.isfinite(costs)) or not np.all(np.isfinite(res.x)):
        raise ck.BadArgument("the training diverged (a cost is not finite): try a smaller β or λ, "
                             "or fewer hidden units")
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
    ck.instance("params", params, AEParams, "AEParams (a trained autoencoder's res.params)")
    n = params.W1.shape[1]
    X = ck.array("X", X, empty=True, finite=False)
    if X.ndim != 2 or X.shape[1] != n:
        raise ck.BadArgument(f"X has shape {X.shape}, expected (m, {n}): the autoencoder has {n} inputs")
    return _encode(params, ck.array("X", X, empty=True))


def _encode(params: AEParams, X) -> np.ndarray:
    return expit(X @ params.W1.T + params.b1)


def patch_features(params: AEParams, images: np.ndarray, patch: int, step: int = 4) -> np.ndarray:
    """Hidden activations of every ``patch × patch`` window (stride ``step``), concatenated."""
    ck.instance("params", params, AEParams, "AEParams (a trained autoencoder's res.params)")
    images = ck.array("images", images, ndim=3)
    N, H, W = images.shape
    patch = ck.integer("patch", patch, 1, min(H, W))
    if patch * patch != params.W1.shape[1]:
        raise ck.BadArgument(f"patch = {patch}: {patch}×{patch} windows have {patch * patch} pixels, the "
                             f"autoencoder takes {params.W1.shape[1]}")
    step = ck.integer("step", step, 1, max(H, W))
    windows = len(range(0, H - patch + 1, step)) * len(range(0, W - patch + 1, step))
    ck.memory(f"the features of {N} images ({windows} windows × {params.W1.shape[0]} units each)",
              8.0 * N * windows * params.W1.shape[0], "use a larger step")
    feats = []
    for r in range(0, H - patch + 1, step):
        for c in range(0, W - patch + 1, step):
            feats.append(_encode(params, images[:, r:r + patch, c:c + patch].reshape(N, -1)))
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
    ck.instance("result", result, AEResult, "an AEResult (what sparse_ae.train returns)")
    n = result.params.W1.shape[1]
    tr = ck.array("train_images", train_images, ndim=(2, 3) if not result.patch else 3)
    te = ck.array("test_images", test_images, ndim=tr.ndim)
    if te.shape[1:] != tr.shape[1:]:
        raise ck.BadArgument(f"test_images have shape {te.shape}, train_images {tr.shape}: the images must "
                             f"have the same size")
    if not result.patch and int(np.prod(tr.shape[1:])) != n:
        raise ck.BadArgument(f"train_images have shape {tr.shape}: the autoencoder takes {n} pixels per image")
    train_labels = ck.labels("train_labels", train_labels, count=len(tr), n_labels=10)
    test_labels = ck.labels("test_labels", test_labels, count=len(te), n_labels=10)
    lam = ck.real("lam (λ)", lam, 0.0, LIMIT)
    max_iter = ck.integer("max_iter", max_iter, 1, MAX_ITER)
    step = ck.integer("step", step, 1, max(tr.shape[1:]))
    ck.event("stop", stop)
    train_images, test_images = tr, te
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
