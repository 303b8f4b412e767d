"""The VAE: exact gradient on a tiny model, training lowers the loss, packaging as a Generator."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab_gui.engine.vae import init_vae, iter_train, loss_and_grad, softplus, to_generator


def numeric_grad(params, key, X, eps, beta, h=1e-6):
    out = np.zeros_like(params[key])
    for i in np.ndindex(out.shape):
        old = params[key][i]
        params[key][i] = old + h
        up = loss_and_grad(params, X, eps, beta)[0]
        params[key][i] = old - h
        down = loss_and_grad(params, X, eps, beta)[0]
        params[key][i] = old
        out[i] = (up - down) / (2 * h)
    return out


@pytest.mark.parametrize("beta", [1.0, 0.3])
def test_gradient_matches_finite_differences(beta):
    rng = np.random.default_rng(1)
    params = init_vae(latent=3, enc_hidden=5, dec_hidden=4, pixels=9, seed=2)
    for k in params:  # move biases off zero so every ReLU branch is exercised
        params[k] = params[k] + 0.1 * rng.standard_normal(params[k].shape)
    X = rng.random((4, 9))
    eps = rng.standard_normal((4, 3))
    _, grads, _ = loss_and_grad(params, X, eps, beta)
    for key in params:
        num = numeric_grad(params, key, X, eps, beta)
        rel = np.linalg.norm(num - grads[key]) / max(np.linalg.norm(num) + np.linalg.norm(grads[key]), 1e-12)
        assert rel < 1e-6, key


def test_loss_parts_by_hand():
    params = init_vae(latent=2, enc_hidden=3, dec_hidden=3, pixels=4, seed=0)
    X = np.array([[0.0, 1.0, 0.5, 0.2]])
    eps = np.array([[0.3, -1.0]])
    J, _, parts = loss_and_grad(params, X, eps, beta=2.0)
    H = np.maximum(X @ params["We1"].T + params["be1"], 0)
    mu = H @ params["Wmu"].T + params["bmu"]
    lv = H @ params["Wlv"].T + params["blv"]
    z = mu + np.exp(lv / 2) * eps
    p = 1 / (1 + np.exp(-(np.maximum(z @ params["A1"].T + params["b1"], 0) @ params["A2"].T + params["b2"])))
    bce = -np.sum(X * np.log(p) + (1 - X) * np.log(1 - p))
    kl = 0.5 * np.sum(np.exp(lv) + mu ** 2 - 1 - lv)
    assert parts["recon"] == pytest.approx(bce, rel=1e-10)
    assert parts["kl"] == pytest.approx(kl, rel=1e-10)
    assert J == pytest.approx(bce + 2.0 * kl, rel=1e-10)


def test_softplus_is_stable():
    w = np.array([-800.0, -1.0, 0.0, 1.0, 800.0])
    np.testing.assert_allclose(softplus(w), [0.0, np.log1p(np.exp(-1.0)), np.log(2), 1 + np.log1p(np.exp(-1.0)), 800.0])


def test_training_lowers_the_loss_and_is_reproducible():
    rng = np.random.default_rng(0)
    protos = (rng.random((3, 16)) > 0.5).astype(float)
    X = np.clip(protos[rng.integers(0, 3, 60)] + 0.1 * rng.standard_normal((60, 16)), 0, 1)

    def run():
        params = init_vae(latent=2, enc_hidden=8, dec_hidden=8, pixels=16, seed=1)
        snaps = list(iter_train(X, params, epochs=40, batch=20, lr=1e-2, warmup=5, seed=3))
        return params, snaps

    p1, s1 = run()
    p2, s2 = run()
    assert [s.epoch for s in s1] == list(range(1, 41))
    assert s1[-1].loss < 0.8 * s1[0].loss
    assert s1[0].beta == pytest.approx(0.2) and s1[-1].beta == 1.0
    for k in p1:
        np.testing.assert_array_equal(p1[k], p2[k])


def test_to_generator_decodes_and_encodes_like_the_vae():
    params = init_vae(latent=3, enc_hidden=6, dec_hidden=5, seed=4)
    g = to_generator(params, name="tiny")
    assert (g.latent_dim, g.hidden_dim) == (3, 5)
    X = np.random.default_rng(0).random((2, 28, 28))
    H = np.maximum(X.reshape(2, 784) @ params["We1"].T + params["be1"], 0)
    np.testing.assert_allclose(g.encode(X), H @ params["Wmu"].T + params["bmu"])
    z = np.ones((1, 3))
    logits = np.maximum(z @ params["A1"].T + params["b1"], 0) @ params["A2"].T + params["b2"]
    np.testing.assert_allclose(g.decode(z).reshape(1, 784), 1 / (1 + np.exp(-logits)))
