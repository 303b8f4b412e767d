"""The course's recipe for natural patches: ZCA whitening, the linear decoder, whitened
features and filters, and the report's patch-count trend on a small fixed run."""

import threading

import numpy as np
import pytest

from nnlab_gui.engine import gradcheck, natural_images as ni, sparse_ae, whitening
from nnlab_gui.engine import sparse_ae_features as sf
from nnlab_gui.engine import sparse_ae_net as net


@pytest.fixture(scope="module")
def patches():
    return sparse_ae.sample_patches(ni.load_natural_images().images, n=5000, size=8, seed=3)


def _cov(Y):
    Y = np.asarray(Y, dtype=float)
    Y = Y - Y.mean(axis=0)
    return Y.T @ Y / len(Y)


@pytest.mark.parametrize("patch_mean", [False, True])
def test_whitened_patches_have_identity_covariance_on_the_kept_components(patches, patch_mean):
    eps = 1e-6
    zca = whitening.fit_zca(patches, epsilon=eps, patch_mean=patch_mean)
    C = _cov(zca.apply(patches))
    keep = zca.kept(100.0)                       # variance above 100 ε: s / (s + ε) ≥ 0.99
    assert 100 < len(keep) < 191
    U = zca.vectors[:, keep]
    assert np.allclose(U.T @ C @ U, np.eye(len(keep)), atol=0.011)
    # all of it, the damped components included: U diag(s / (s + ε)) Uᵀ
    s = zca.eigenvalues
    assert np.allclose(C, (zca.vectors * (s / (s + eps))) @ zca.vectors.T, atol=2e-4)
    assert np.allclose(zca.matrix, zca.matrix.T)
    if patch_mean:                               # the constant patch has no variance left: sent to 0
        assert s[-1] < 1e-10 * s[0]
        Y = whitening.fit_zca(patches, epsilon=0.01, patch_mean=True).apply(patches)
        assert np.abs(Y @ np.ones(192)).max() / np.sqrt(192) < 1e-3 < np.abs(Y).max()


def test_whitening_without_epsilon_is_exact_and_refuses_a_missing_component():
    X = np.random.default_rng(0).normal(size=(400, 6)) @ np.random.default_rng(1).normal(size=(6, 6))
    zca = whitening.fit_zca(X, epsilon=0.0, patch_mean=False)
    assert np.allclose(_cov(zca.apply(X)), np.eye(6), atol=1e-5)
    assert np.allclose(zca.apply(X).mean(axis=0), 0.0, atol=1e-5)
    with pytest.raises(ValueError, match="epsilon > 0"):
        whitening.fit_zca(X, epsilon=0.0, patch_mean=True)
    with pytest.raises(ValueError, match="columns"):
        zca.apply(X[:, :5])
    with pytest.raises(ValueError, match="epsilon"):
        whitening.fit_zca(X, epsilon=-1.0)


@pytest.mark.parametrize("hidden", [(5,), (6, 4, 6)])
def test_linear_decoder_gradient_check_below_1e8(hidden):
    rng = np.random.default_rng(4)
    X = rng.normal(scale=1.5, size=(10, 12))          # real values, not in [0, 1]
    theta = sparse_ae.init_params(12, hidden, seed=2) + rng.normal(scale=0.05, size=sparse_ae.init_params(
        12, hidden, seed=2).size)
    f = lambda t: sparse_ae.cost_and_grad(t, X, hidden, 0.035, 5.0, 3e-3, linear=True)
    assert gradcheck.relative_difference(f, theta) < 1e-8


def test_linear_decoder_cost_by_hand_and_float32_evaluator():
    rng = np.random.default_rng(5)
    X = rng.normal(size=(9, 6))
    vec = sparse_ae.init_params(6, 4, seed=1) + rng.normal(scale=0.1, size=6 * 4 * 2 + 4 + 6)
    p = sparse_ae.unpack(vec, 6, 4)
    a2 = 1 / (1 + np.exp(-(X @ p.W1.T + p.b1)))
    h = a2 @ p.W2.T + p.b2                             # no sigmoid on the output
    r = a2.mean(axis=0)
    J = (0.5 * np.sum((h - X) ** 2) / 9 + 1e-3 / 2 * (np.sum(p.W1 ** 2) + np.sum(p.W2 ** 2))
         + 2.0 * np.sum(0.1 * np.log(0.1 / r) + 0.9 * np.log(0.9 / (1 - r))))
    J64, g64 = sparse_ae.cost_and_grad(vec, X, 4, 0.1, 2.0, 1e-3, linear=True)
    assert J64 == pytest.approx(J, rel=1e-12)
    J32, g32 = net.Evaluator(X, (6, 4, 6), 0.1, 2.0, 1e-3, linear=True)(vec)
    assert J32 == pytest.approx(J, rel=1e-5)
    assert np.linalg.norm(g32 - g64) < 1e-5 * np.linalg.norm(g64)
    with pytest.raises(ValueError, match=r"\[0, 1\]"):          # the sigmoid output still needs [0, 1]
        sparse_ae.cost_and_grad(vec, X, 4, 0.1, 2.0, 1e-3)


def test_whitened_training_filters_and_features(patches):
    gen = ni.train_colour(6, 500, ni.RHO, ni.BETA, ni.LAM, 5, seed=0)
    snaps = []
    with pytest.raises(StopIteration) as info:
        while True:
            snaps.append(next(gen))
    res = info.value.value
    zca = res.whitening
    assert res.linear and zca.epsilon == ni.EPSILON and zca.patch_mean is ni.PATCH_MEAN
    # tiles = the filters on the raw patch, W1 Z; the last snapshot shows the same
    assert np.allclose(res.tiles(), (res.W1 @ zca.matrix).reshape(6, 8, 8, 3))
    assert np.allclose(snaps[-1].W1, res.W1 @ zca.matrix)
    # every window of a crop is whitened like the training patches before it is encoded
    crops = ni.load_natural_images().train[:3]
    F = sf.patch_features(res.params, crops, 8, step=20, whitening=zca)
    rows = sf.windows(crops, 8, 20).reshape(-1, 192)
    want = net.encode_rows(res.params, zca.apply(rows).astype(float)).reshape(3, -1)
    assert np.allclose(F, want, atol=1e-5)
    with pytest.raises(ValueError, match="whitening"):
        sf.patch_features(res.params, crops, 8, step=20, whitening="zca")


def test_more_unlabelled_patches_help_then_level_off():
    """Seed 004's bonus table: accuracy rises with the number of unlabelled patches, then
    hardly moves (report: 0.41, 0.438, 0.435, 0.439 for 100 … 100,000).  Here 20 → 2,000
    gains about 0.04 in every seed tried (0 … 5); 2,000 → 5,000 gains less than that."""
    acc = []
    for seed in (0, 1, 2):
        sweep = ni.run_patch_sweep(counts=(20, 2000, 5000), step=16, hidden=25, max_iter=60, seed=seed)
        assert [r.label for r in sweep.rows] == ["pixels", "20 patches", "2,000 patches", "5,000 patches"]
        acc.append([r.accuracy for r in sweep.rows[1:]])
    few, enough, more = np.mean(acc, axis=0)
    assert enough > few + 0.02
    assert more - enough < enough - few
    assert min(a[1] - a[0] for a in acc) > 0


def test_the_pixel_row_is_computed_once_and_not_kept_when_stopped(monkeypatch):
    calls = []
    monkeypatch.setattr(ni, "_classify", lambda Ftr, Fte, d, stop: calls.append(Ftr.shape) or 0.5)
    monkeypatch.setattr(ni, "_PIXELS", {})
    d = ni.load_natural_images()
    stop = threading.Event()
    stop.set()
    ni._pixels(d, stop)
    assert "row" not in ni._PIXELS                          # a cancelled result is not kept
    row = ni._pixels(d, threading.Event())
    assert ni._PIXELS["row"] is row and ni._pixels(d, threading.Event()) is row
    assert calls == [(480, 48 * 48 * 3)] * 2 and row.accuracy == 0.5 and row.n_features == 6912
