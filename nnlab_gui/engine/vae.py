"""A variational autoencoder whose decoder is the course's generator.

Encoder (784 → h_e ReLU → μ, log σ²), reparameterisation, decoder (the course's
architecture, internal sign convention of :mod:`nnlab_gui.engine.generator`):

    H  = max(We1 x + be1, 0),   μ = Wμ H + bμ,   ℓ = Wℓ H + bℓ   (ℓ = log σ²)
    z  = μ + exp(ℓ/2) ∘ ε,      ε ~ N(0, I)
    W1 = A1 z + b1,   Z1 = max(W1, 0),   W2 = A2 Z1 + b2,   X̂ = sigmoid(W2)

Loss per image (the negative ELBO, with a weight β on the KL term):

    J = Σ_pixels [softplus(W2) − x ∘ W2]                 (binary cross-entropy of X̂)
      + β · ½ Σ_latent [exp(ℓ) + μ² − 1 − ℓ]             (KL(q(z|x) ‖ N(0, I)))

averaged over the batch.  :func:`loss_and_grad` returns the exact gradient for a given
ε (so a finite-difference check can compare them); :func:`iter_train` runs Adam on
mini-batches and yields :class:`TrainSnapshot` s; :func:`to_generator` packages the
decoder and encoder as a :class:`~nnlab_gui.engine.generator.Generator`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

import numpy as np

from nnlab_gui.engine.generator import Generator

__all__ = ["init_vae", "loss_and_grad", "iter_train", "train_vae", "to_generator",
           "TrainSnapshot", "Adam", "softplus"]

ENCODER_KEYS = ("We1", "be1", "Wmu", "bmu", "Wlv", "blv")
DECODER_KEYS = ("A1", "b1", "A2", "b2")


def softplus(w: np.ndarray) -> np.ndarray:
    """log(1 + exp(w)) without overflow."""
    return np.maximum(w, 0.0) + np.log1p(np.exp(-np.abs(w)))


def _sigmoid(w: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * w))


def init_vae(latent: int = 10, enc_hidden: int = 256, dec_hidden: int = 128,
             pixels: int = 784, seed: int = 0, dtype=np.float64,
             pixel_mean: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """He-initialised parameters; ``b2`` starts at the logit of ``pixel_mean`` if given."""
    rng = np.random.default_rng(seed)

    def he(rows: int, cols: int) -> np.ndarray:
        return rng.standard_normal((rows, cols)) * np.sqrt(2.0 / cols)

    b2 = np.zeros(pixels)
    if pixel_mean is not None:
        p = np.clip(np.asarray(pixel_mean, dtype=float).ravel(), 1e-3, 1 - 1e-3)
        b2 = np.log(p / (1 - p))
    params = {
        "We1": he(enc_hidden, pixels), "be1": np.zeros(enc_hidden),
        "Wmu": he(latent, enc_hidden) * 0.1, "bmu": np.zeros(latent),
        "Wlv": he(latent, enc_hidden) * 0.1, "blv": np.zeros(latent),
        "A1": he(dec_hidden, latent), "b1": np.zeros(dec_hidden),
        "A2": he(pixels, dec_hidden) * 0.5, "b2": b2,
    }
    return {k: v.astype(dtype) for k, v in params.items()}


def loss_and_grad(params: dict[str, np.ndarray], X: np.ndarray, eps: np.ndarray,
                  beta: float = 1.0) -> tuple[float, dict[str, np.ndarray], dict[str, float]]:
    """(J, gradients, parts) for images X (n, pixels) in [0, 1] and noise eps (n, latent).

    ``parts`` holds the batch means of the reconstruction and KL terms.
    """
    p = params
    n = X.shape[0]
    # encoder
    pre = X @ p["We1"].T + p["be1"]
    H = np.maximum(pre, 0.0)
    mu = H @ p["Wmu"].T + p["bmu"]
    lv = H @ p["Wlv"].T + p["blv"]
    sd = np.exp(0.5 * lv)
    z = mu + sd * eps
    # decoder
    W1 = z @ p["A1"].T + p["b1"]
    Z1 = np.maximum(W1, 0.0)
    W2 = Z1 @ p["A2"].T + p["b2"]
    recon = float(np.sum(softplus(W2) - X * W2)) / n
    var = sd * sd
    kl = float(0.5 * np.sum(var + mu * mu - 1.0 - lv)) / n
    J = recon + beta * kl
    # backward
    g: dict[str, np.ndarray] = {}
    dW2 = (_sigmoid(W2) - X) / n
    g["A2"] = dW2.T @ Z1
    g["b2"] = dW2.sum(axis=0)
    dW1 = (dW2 @ p["A2"]) * (W1 > 0)
    g["A1"] = dW1.T @ z
    g["b1"] = dW1.sum(axis=0)
    dz = dW1 @ p["A1"]
    dmu = dz + beta * mu / n
    dlv = dz * eps * 0.5 * sd + beta * 0.5 * (var - 1.0) / n
    g["Wmu"] = dmu.T @ H
    g["bmu"] = dmu.sum(axis=0)
    g["Wlv"] = dlv.T @ H
    g["blv"] = dlv.sum(axis=0)
    dpre = (dmu @ p["Wmu"] + dlv @ p["Wlv"]) * (pre > 0)
    g["We1"] = dpre.T @ X
    g["be1"] = dpre.sum(axis=0)
    return J, g, {"recon": recon, "kl": kl}


class Adam:
    """Adam (Kingma & Ba) over a dict of arrays, updating them in place."""

    def __init__(self, params: dict[str, np.ndarray], lr: float = 1e-3,
                 b1: float = 0.9, b2: float = 0.999, eps: float = 1e-8):
        self.lr, self.b1, self.b2, self.eps = lr, b1, b2, eps
        self.m = {k: np.zeros_like(v) for k, v in params.items()}
        self.v = {k: np.zeros_like(v) for k, v in params.items()}
        self.t = 0

    def step(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> None:
        self.t += 1
        c1 = 1.0 - self.b1 ** self.t
        c2 = 1.0 - self.b2 ** self.t
        for k, gk in grads.items():
            m, v = self.m[k], self.v[k]
            m *= self.b1
            m += (1.0 - self.b1) * gk
            v *= self.b2
            v += (1.0 - self.b2) * gk * gk
            params[k] -= (self.lr / c1) * m / (np.sqrt(v / c2) + self.eps)


@dataclass(frozen=True)
class TrainSnapshot:
    epoch: int          # epochs finished
    epochs: int         # epochs planned
    loss: float         # mean J over the epoch's batches
    recon: float        # mean reconstruction term
    kl: float           # mean KL term
    beta: float         # β used in this epoch


def iter_train(X: np.ndarray, params: dict[str, np.ndarray], *, epochs: int = 100,
               batch: int = 100, lr: float = 1e-3, beta: float = 1.0, warmup: int = 0,
               lr_decay: float = 1.0, seed: int = 0, ema: float = 0.0,
               augment: Callable[[np.ndarray, np.random.Generator], np.ndarray] | None = None,
               ) -> Iterator[TrainSnapshot]:
    """Train ``params`` in place with Adam; one snapshot per epoch.

    X: (n, pixels) images in [0, 1].  ``augment(X, rng)`` (optional) returns a fresh,
    randomly transformed copy of the training set each epoch.  β rises linearly from 0
    over ``warmup`` epochs (KL annealing); the learning rate is multiplied by
    ``lr_decay`` after every epoch.  With ``0 < ema < 1`` the parameters end as the
    exponential moving average of the iterates (Polyak averaging, ``θ̄ ← ema·θ̄ + (1−ema)·θ``
    after every step), which smooths the decoder.
    """
    rng = np.random.default_rng(seed)
    dtype = params["A2"].dtype
    opt = Adam(params, lr=lr)
    latent = params["A1"].shape[1]
    avg = {k: v.copy() for k, v in params.items()} if 0 < ema < 1 else None
    for epoch in range(epochs):
        b = beta * min(1.0, (epoch + 1) / warmup) if warmup else beta
        data = augment(X, rng) if augment is not None else X
        data = np.asarray(data, dtype=dtype)
        order = rng.permutation(len(data))
        tot = np.zeros(3)
        nb = 0
        for s in range(0, len(data), batch):
            xb = data[order[s:s + batch]]
            eps = rng.standard_normal((len(xb), latent)).astype(dtype)
            J, g, parts = loss_and_grad(params, xb, eps, beta=b)
            opt.step(params, g)
            if avg is not None:
                for k, v in params.items():
                    avg[k] *= ema
                    avg[k] += (1.0 - ema) * v
            tot += (J, parts["recon"], parts["kl"])
            nb += 1
        opt.lr *= lr_decay
        tot /= max(nb, 1)
        if avg is not None and epoch == epochs - 1:
            for k in params:
                params[k][...] = avg[k]
        yield TrainSnapshot(epoch + 1, epochs, float(tot[0]), float(tot[1]), float(tot[2]), b)


def train_vae(X: np.ndarray, params: dict[str, np.ndarray], **kw) -> list[TrainSnapshot]:
    """Drain :func:`iter_train`; returns the history (``params`` are trained in place)."""
    return list(iter_train(X, params, **kw))


def to_generator(params: dict[str, np.ndarray], name: str = "vae",
                 meta: dict[str, str] | None = None) -> Generator:
    """The decoder as a :class:`Generator`, with the encoder under the names ``encode`` reads."""
    f = {k: np.asarray(v, dtype=np.float64) for k, v in params.items()}
    encoder = {"W1": f["We1"], "b1": f["be1"], "Wmu": f["Wmu"], "bmu": f["bmu"],
               "Wlv": f["Wlv"], "blv": f["blv"]}
    return Generator(f["A1"], f["b1"], f["A2"], f["b2"], name=name, encoder=encoder,
                     meta=dict(meta or {}))
