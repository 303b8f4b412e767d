"""Sparse autoencoder (SPEC §3, seed 004), trained by L-BFGS; one hidden layer or a stack.

One hidden layer of sigmoid units ``f``; input ``x`` (n), hidden ``a2`` (h), output ``a3`` (n)::

    a2 = f(W1 x + b1),   a3 = f(W2 a2 + b2)

    J = (1/m) Σ_k ½‖a3(x_k) − x_k‖² + (λ/2)(ΣW1² + ΣW2²) + β Σ_j KL(ρ ‖ ρ̂_j)

    ρ̂_j = (1/m) Σ_k a2_j(x_k),   KL(ρ‖ρ̂) = ρ log(ρ/ρ̂) + (1−ρ) log((1−ρ)/(1−ρ̂))

Back-propagation::

    δ3 = (a3 − x) ∘ f'(z3),   δ2 = (W2ᵀ δ3 + β(−ρ/ρ̂ + (1−ρ)/(1−ρ̂))) ∘ f'(z2)

    ∇W2 = δ3 a2ᵀ / m + λ W2,  ∇b2 = mean δ3,   ∇W1 = δ2 xᵀ / m + λ W1,  ∇b1 = mean δ2

``hidden`` is a number of units or a tuple such as ``(75, 48, 75)``: then the sparsity term
acts on the middle hidden layer (the report's ``l*``) and weight decay on every layer
(:mod:`~nnlab_gui.engine.sparse_ae_net` has the general formulas and the float32 training
evaluator).  Inputs are patches (grey ``size²`` or colour ``size²·3`` values, row, column,
channel) or whole 28×28 digits.  The learned rows of ``W1`` are shown as pictures; the code
layer's activations feed a softmax classifier (:mod:`~nnlab_gui.engine.sparse_ae_features`).

``linear=True`` makes the output layer linear, ``h(x) = W_out a + b_out`` and
``δ_out = h − x`` (the course's linear decoder, for real-valued inputs such as ZCA-whitened
patches, :mod:`~nnlab_gui.engine.whitening`); the hidden layers stay sigmoid.

Arguments are checked at entry: data X finite in [0, 1] with the sigmoid output (it cannot
reconstruct anything else), any finite X with the linear one, ρ in (0, 1), β and λ finite in 0 … ``LIMIT``,
every layer 1 … ``MAX_UNITS`` units (at most ``MAX_LAYERS`` hidden layers), ``max_iter``
1 … ``MAX_ITER``, and every call's main arrays within
:data:`~nnlab_gui.engine.arg_checks.MEMORY_LIMIT`.  ``cost_and_grad`` refuses saturated
sparse units (ρ̂_j = 0 or 1 exactly, where KL(ρ‖ρ̂) is infinite) instead of returning
inf/NaN.  ``sample_patches`` (:mod:`~nnlab_gui.engine.sparse_ae_patches`) refuses images in
which no patch has enough ink, instead of looping for ever.
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass
from typing import Iterator

import numpy as np
import scipy.optimize

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine import sparse_ae_net as net
from nnlab_gui.engine.blas import one_blas_thread
from nnlab_gui.engine.sparse_ae_net import AEParams
from nnlab_gui.engine.sparse_ae_patches import sample_patches
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["AEParams", "init_params", "unpack", "cost_and_grad", "sample_patches",
           "AESnapshot", "AEResult", "iter_train", "train", "encode", "patch_features",
           "FeatureComparison", "compare_features", "sweep_steps"]


MAX_UNITS = 10_000      # inputs n or hidden units h
MAX_LAYERS = 9          # hidden layers
MAX_ITER = 100_000      # L-BFGS iterations (the tab offers 5000)
LIMIT = 1e6             # β, λ
PACKED = Problem(N_("vec (packed parameters)"))         # argument names in the messages
LINEAR = Problem(N_("linear (a linear output layer)"))


def _hidden(hidden) -> tuple[int, ...]:
    return ck.sizes(Problem(N_("hidden (units)")), hidden, 1, MAX_UNITS, count=(1, MAX_LAYERS))


def _sizes(n_in, hidden) -> tuple[int, ...]:
    n = ck.integer(Problem(N_("n_in (inputs)")), n_in, 1, MAX_UNITS)
    sizes = net.layer_sizes(n, _hidden(hidden))
    ck.memory(Problem(N_("a {sizes} autoencoder"), sizes=_name(sizes)), 8.0 * net.n_params(sizes) * 4)
    return sizes


def _name(sizes) -> str:
    return "-".join(str(s) for s in sizes)


def _data(X, name: str = "X", linear: bool = False) -> np.ndarray:
    X = ck.array(name, X, ndim=2)
    return X if linear else ck.array(name, X, within=(0.0, 1.0))


def _hyper(rho, beta, lam) -> tuple[float, float, float]:
    return (ck.real(Problem(N_("rho (the sparsity target ρ)")), rho, 0.0, 1.0, lo_open=True, hi_open=True),
            ck.real(Problem(N_("beta (the sparsity weight β)")), beta, 0.0, LIMIT),
            ck.real(Problem(N_("lam (the weight decay λ)")), lam, 0.0, LIMIT))


def init_params(n_in: int, hidden, seed: int | None = 0) -> np.ndarray:
    """Flat ``[W_1, …, W_L, b_1, …, b_L]``: W_l uniform in ±√(6/(fan_in + fan_out + 1)), biases 0."""
    sizes = _sizes(n_in, hidden)
    rng = np.random.default_rng(ck.seed("seed", seed))
    parts = []
    for a, b in zip(sizes[:-1], sizes[1:]):
        r = np.sqrt(6.0 / (a + b + 1))
        parts.append(rng.uniform(-r, r, size=(b, a)).ravel())
    return np.concatenate(parts + [np.zeros(b) for b in sizes[1:]])


def unpack(vec: np.ndarray, n_in: int, hidden) -> AEParams:
    if not isinstance(vec, np.ndarray) or vec.ndim != 1:
        vec = ck.array(PACKED, vec, ndim=1, empty=True)
    sizes = _sizes(n_in, hidden)
    want = net.n_params(sizes)
    if len(vec) != want:
        raise Problem(N_("parameter vector has {count} entries, a {sizes} autoencoder needs {need}"), count=len(vec),
                      sizes=_name(sizes), need=want)
    Ws, bs = net.split(vec, sizes)
    return AEParams(tuple(Ws), tuple(bs))


def cost_and_grad(vec, X, hidden, rho: float = 0.01, beta: float = 3.0, lam: float = 1e-4,
                  linear: bool = False):
    """``J`` and its gradient as a flat vector (same layout as :func:`init_params`)."""
    linear = ck.flag(LINEAR, linear)
    X = _data(X, linear=linear)
    rho, beta, lam = _hyper(rho, beta, lam)
    sizes = _sizes(X.shape[1], hidden)
    vec = ck.array(PACKED, vec, ndim=1, empty=True)
    unpack(vec, X.shape[1], sizes[1:-1])
    ck.array(PACKED, vec)
    ck.memory(Problem(N_("the autoencoder's activations on {samples} samples"), samples=len(X)),
              8.0 * len(X) * 3 * sum(sizes))
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        J, grad = net.cost_grad(vec, X, sizes, rho, beta, lam, linear)
        if np.isfinite(J) and np.all(np.isfinite(grad)):
            return J, grad
        rho_hat = net.forward(vec, X, sizes)[net.sparse_layer(sizes[1:-1]) - 1].mean(axis=0)
    bad = np.flatnonzero((rho_hat <= 0) | (rho_hat >= 1))
    if bad.size:
        j = int(bad[0])
        raise ck.BadArgument(N_("hidden unit {unit} saturates (its mean activation ρ̂ = {rho_hat:g} exactly): "
                                "KL(ρ‖ρ̂) is infinite there; use smaller weights"), unit=j, rho_hat=rho_hat[j])
    raise ck.BadArgument(N_("J or its gradient is not finite for these finite inputs (a float overflow): "
                            "use smaller weights"))


def _cost_grad(vec, X, hidden, rho: float, beta: float, lam: float, linear: bool = False):
    """:func:`cost_and_grad` on checked arguments, float64."""
    return net.cost_grad(vec, X, net.layer_sizes(X.shape[1], _hidden(hidden)), rho, beta, lam, linear)


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
    channels: int = 1      # 3 for colour patches (row, column, channel)
    sigma: float | None = None   # set when trained on normalise_patches(...) rows: windows get the same
    linear: bool = False         # a linear output layer (the linear decoder)
    whitening: object = None     # a whitening.ZCA when trained on whitened rows: windows get the same

    @property
    def W1(self) -> np.ndarray:
        return self.params.W1

    @property
    def hidden(self) -> tuple[int, ...]:
        return self.params.hidden

    def tiles(self) -> np.ndarray:
        """Rows of W1 as upright pictures: (h, side, side) grey or (h, side, side, 3) colour.

        Trained on whitened rows, each row is shown as the filter it applies to the raw
        (mean-removed) patch, ``W1 Z``.
        """
        W1 = self.params.W1 if self.whitening is None else self.whitening.filters(self.params.W1)
        return first_layer_tiles(W1, self.channels)


def first_layer_tiles(W1: np.ndarray, channels: int = 1) -> np.ndarray:
    n = W1.shape[1] // channels
    side = int(round(np.sqrt(n)))
    if side * side * channels != W1.shape[1]:
        raise ck.BadArgument(N_("W1 has {count} inputs per unit: not a square picture"), count=W1.shape[1])
    shape = (-1, side, side) if channels == 1 else (-1, side, side, channels)
    return W1.reshape(shape).copy()


def _channels(patch, n: int) -> int:
    p = ck.integer("patch", patch, 1, MAX_UNITS)
    for c in (1, 3):
        if p * p * c == n:
            return c
    raise ck.BadArgument(N_("patch = {patch}: {patch}×{patch} patches have {pixels} pixels ({colour} in colour), "
                            "but X has {columns} columns"), patch=patch, pixels=p * p, colour=3 * p * p, columns=n)


def iter_train(X, hidden=25, rho: float = 0.01, beta: float = 3.0, lam: float = 1e-4,
               max_iter: int = 400, seed: int = 0, patch: int | None = None,
               stop: threading.Event | None = None,
               min_interval: float = 1 / 30, linear: bool = False) -> Iterator[AESnapshot]:
    """L-BFGS on ``J``; yields :class:`AESnapshot` (bounded rate), returns :class:`AEResult`.

    The cost is evaluated in float32 (:class:`~nnlab_gui.engine.sparse_ae_net.Evaluator`),
    the optimiser works in float64.
    """
    Xa = ck.array(Problem(N_("X (autoencoder data)")), X, empty=True, finite=False)
    if Xa.ndim != 2 or len(Xa) == 0 or Xa.shape[1] == 0:
        raise ck.BadArgument(N_("X (autoencoder data) has shape {shape}, expected (m, n) with m, n ≥ 1"), shape=Xa.shape)
    linear = ck.flag(LINEAR, linear)
    X = _data(Xa, Problem(N_("X (autoencoder data)")), linear)
    rho, beta, lam = _hyper(rho, beta, lam)
    sizes = _sizes(X.shape[1], hidden)
    n, h1 = sizes[0], sizes[1]
    max_iter = ck.integer("max_iter", max_iter, 1, MAX_ITER)
    seed = ck.seed("seed", seed)
    channels = 1 if patch is None else _channels(patch, n)
    ck.event("stop", stop)
    min_interval = ck.real("min_interval", min_interval, 0.0, 3600.0)
    P = net.n_params(sizes)
    ck.memory(Problem(N_("training a {sizes} autoencoder on {samples} samples"), sizes=_name(sizes), samples=len(X)),
              4.0 * len(X) * (2 * sum(sizes[1:]) + n) + 8.0 * 30 * P, Problem(N_("use fewer samples or hidden units")))
    stop = stop if stop is not None else threading.Event()
    inbox: queue.Queue = queue.Queue()
    costs: list[float] = []
    x0 = init_params(n, sizes[1:-1], seed)
    f = net.Evaluator(X, sizes, rho, beta, lam, linear)

    def callback(intermediate_result):
        costs.append(float(intermediate_result.fun))
        inbox.put(("step", np.array(intermediate_result.x[:h1 * n]), float(intermediate_result.fun)))
        if stop.is_set():
            raise StopIteration

    def run():
        try:
            with one_blas_thread(), np.errstate(over="ignore", divide="ignore", invalid="ignore"):
                costs.append(float(f(x0)[0]))
                inbox.put(("step", x0[:h1 * n].copy(), costs[0]))
                res = scipy.optimize.minimize(f, x0, jac=True, method="L-BFGS-B", callback=callback,
                                              options={"maxiter": int(max_iter), "maxfun": 20 * int(max_iter) + 100})
            inbox.put(("done", res, None))
        except BaseException as exc:  # forwarded to the consumer
            inbox.put(("error", exc, None))

    thread = threading.Thread(target=run, name="sparse-ae", daemon=True)
    thread.start()
    last = -np.inf
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
                yield AESnapshot(len(costs) - 1, int(max_iter), J, payload.reshape(h1, n), np.array(costs))
    finally:
        stop.set()
        thread.join()
    res = payload
    if not np.all(np.isfinite(costs)) or not np.all(np.isfinite(res.x)):
        raise ck.BadArgument(N_("the training diverged (a cost is not finite): try a smaller β or λ, "
                                "or fewer hidden units"))
    p = AEParams.from_vector(res.x, sizes)
    result = AEResult(p, np.array(costs), len(costs) - 1, rho, beta, lam, patch, channels, linear=linear)
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
    """Activations of the code (sparse) layer for rows of X: a2 = f(W1 x + b1) for one layer."""
    ck.instance("params", params, AEParams, Problem(N_("AEParams (a trained autoencoder's res.params)")))
    n = params.n_in
    X = ck.array("X", X, empty=True, finite=False)
    if X.ndim != 2 or X.shape[1] != n:
        raise ck.BadArgument(N_("X has shape {shape}, expected (m, {n}): the autoencoder has {n} inputs"),
                             shape=X.shape, n=n)
    return net.encode_rows(params, ck.array("X", X, empty=True))


from nnlab_gui.engine.sparse_ae_features import (  # noqa: E402  (they use the classes above)
    FeatureComparison, compare_features, patch_features, sweep_steps)


def iter_train_digits(data: str = "patches", samples: int = 10000, **kw) -> Iterator[AESnapshot]:
    """:func:`iter_train` on the bundled training digits (:func:`digits_data`): the patches
    are cut here, on the caller's thread (a worker's, for a page), not on the GUI thread."""
    from nnlab_gui.engine.sparse_ae_patches import digits_data

    X, patch = digits_data(data, samples)
    return (yield from iter_train(X, patch=patch, **kw))
