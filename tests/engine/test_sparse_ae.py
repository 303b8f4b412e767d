"""Sparse autoencoder (SPEC §3, seed 004): gradient, sparsity, patches, features."""

import numpy as np
import pytest

from nnlab_gui.engine import gradcheck, sparse_ae
from nnlab_gui.engine.datasets import load_digits


@pytest.mark.parametrize("rho,beta,lam", [(0.01, 3.0, 1e-5), (0.1, 3.0, 1e-3), (0.05, 0.0, 0.0)])
def test_gradient_check_below_1e8(rho, beta, lam):
    rng = np.random.default_rng(1)
    X = rng.uniform(0, 1, size=(10, 16))
    theta = sparse_ae.init_params(16, 5, seed=2)
    theta[-21:] = rng.normal(scale=0.1, size=21)   # non-zero biases too
    f = lambda t: sparse_ae.cost_and_grad(t, X, 5, rho, beta, lam)
    assert gradcheck.relative_difference(f, theta) < 1e-8


def test_cost_terms_match_the_formula():
    rng = np.random.default_rng(0)
    X = rng.uniform(0, 1, size=(6, 4))
    vec = sparse_ae.init_params(4, 3, seed=0)
    p = sparse_ae.unpack(vec, 4, 3)
    a2 = 1 / (1 + np.exp(-(X @ p.W1.T + p.b1)))
    a3 = 1 / (1 + np.exp(-(a2 @ p.W2.T + p.b2)))
    r = a2.mean(0)
    kl = 0.2 * np.log(0.2 / r) + 0.8 * np.log(0.8 / (1 - r))
    want = 0.5 * np.sum((a3 - X) ** 2) / 6 + 0.01 / 2 * (np.sum(p.W1 ** 2) + np.sum(p.W2 ** 2)) + 2 * kl.sum()
    J, _ = sparse_ae.cost_and_grad(vec, X, 3, rho=0.2, beta=2.0, lam=0.01)
    assert J == pytest.approx(want)


def test_patches_have_ink_and_the_right_shape():
    d = load_digits()
    P = sparse_ae.sample_patches(d.images[:100], n=500, size=8, seed=0, min_ink=1.0)
    assert P.shape == (500, 64)
    assert (P.sum(axis=1) > 1.0).all()
    assert np.array_equal(P, sparse_ae.sample_patches(d.images[:100], n=500, size=8, seed=0, min_ink=1.0))


def test_training_makes_hidden_units_sparse_and_features_classify():
    d = load_digits()
    P = sparse_ae.sample_patches(d.images, n=2000, size=8, seed=0, min_ink=1.0)
    res = sparse_ae.train(P, hidden=16, rho=0.05, beta=3.0, lam=1e-4, max_iter=80, patch=8)
    assert res.costs[-1] < res.costs[0]
    assert res.tiles().shape == (16, 8, 8)
    rho_hat = sparse_ae.encode(res.params, P).mean(axis=0)
    assert rho_hat.mean() < 0.15
    tr, te = d.split("train"), d.split("test")
    cmp = sparse_ae.compare_features(res, tr.images[:800], tr.labels[:800], te.images[:300],
                                     te.labels[:300], max_iter=60)
    assert cmp.n_pixels == 784 and cmp.n_features == 16 * 36
    assert cmp.pixel_accuracy > 0.6 and cmp.feature_accuracy > 0.6


def test_bad_settings_are_refused():
    with pytest.raises(ValueError, match="ρ"):
        sparse_ae.train(np.zeros((3, 4)), hidden=2, rho=1.5)


def test_float32_training_evaluator_matches_the_float64_cost():
    from nnlab_gui.engine import sparse_ae_net as net
    rng = np.random.default_rng(3)
    X = rng.uniform(0, 1, size=(40, 12))
    for hidden in [(5,), (6, 4, 6)]:
        sizes = net.layer_sizes(12, hidden)
        vec = rng.normal(scale=0.3, size=net.n_params(sizes))
        J, g = net.cost_grad(vec, X, sizes, 0.1, 3.0, 1e-3)
        J32, g32 = net.Evaluator(X, sizes, 0.1, 3.0, 1e-3)(vec)
        assert J32 == pytest.approx(J, rel=1e-6)
        assert np.linalg.norm(g32 - g) / np.linalg.norm(g) < 1e-5


def test_float32_softmax_matches_float64():
    from nnlab_gui.engine import softmax
    rng = np.random.default_rng(4)
    X = rng.uniform(0, 1, size=(60, 9))
    y = rng.integers(0, 4, 60)
    W = rng.normal(size=(4, 10))
    J, G = softmax.cost_and_grad(W, X, y, 1e-3)
    J32, g32 = softmax._Float32Cost(X, y, 4, 1e-3)(W.ravel())
    assert J32 == pytest.approx(J, rel=1e-6)
    assert np.abs(g32 - G.ravel()).max() < 1e-6
    a = softmax.train(X, y, 1e-3, num_labels=4, max_iter=50)
    b = softmax.train(X, y, 1e-3, num_labels=4, max_iter=50, float32=True)
    assert np.array_equal(a.predict(X), b.predict(X))


def test_window_features_equal_the_window_loop():
    d = load_digits()
    P = sparse_ae.sample_patches(d.images[:50], n=300, size=8, seed=0, min_ink=1.0)
    res = sparse_ae.train(P, hidden=6, max_iter=5, patch=8)
    imgs = d.images[:7]
    want = np.hstack([sparse_ae.encode(res.params, imgs[:, r:r + 8, c:c + 8].reshape(7, 64))
                      for r in range(0, 21, 4) for c in range(0, 21, 4)])
    got = sparse_ae.patch_features(res.params, imgs, 8, step=4)
    assert got.shape == (7, 36 * 6)
    assert np.abs(got - want).max() < 1e-5


def test_sweep_steps_gives_one_comparison_per_step():
    d = load_digits()
    P = sparse_ae.sample_patches(d.images[:200], n=500, size=8, seed=0, min_ink=1.0)
    res = sparse_ae.train(P, hidden=6, max_iter=10, patch=8)
    tr, te = d.split("train"), d.split("test")
    rows = sparse_ae.sweep_steps(res, tr.images[:200], tr.labels[:200], te.images[:100], te.labels[:100],
                                 steps=(20, 10, 4), max_iter=20)
    assert [r.n_features for r in rows] == [6 * 4, 6 * 9, 6 * 36]
    assert len({r.pixel_accuracy for r in rows}) == 1
