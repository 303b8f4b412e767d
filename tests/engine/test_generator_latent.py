"""Priors, interpolation, PCA and the anomaly score of :mod:`nnlab_gui.engine.latent`."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab_gui.engine.generator import Generator
from nnlab_gui.engine.latent import interpolate, pca_2d, percentile_of, reconstruction_error, sample_prior


def test_priors_have_their_statistics():
    g = sample_prior("gaussian", 20000, 4, scale=2.0, seed=1).Z
    assert abs(g.mean()) < 0.05 and g.std() == pytest.approx(2.0, rel=0.02)
    u = sample_prior("uniform", 20000, 4, scale=1.5, seed=1).Z
    assert np.abs(u).max() <= 1.5 and u.std() == pytest.approx(1.5 / np.sqrt(3), rel=0.02)
    m = sample_prior("mixture", 5000, 4, seed=1)
    assert m.centres.shape == (10, 4) and np.abs(m.centres).max() <= 1
    resid = m.Z - m.centres[m.component]
    assert resid.std() == pytest.approx(0.15, rel=0.05)
    assert len(np.unique(m.component)) == 10


def test_same_seed_same_samples():
    a = sample_prior("mixture", 10, 3, seed=5).Z
    np.testing.assert_array_equal(a, sample_prior("mixture", 10, 3, seed=5).Z)
    assert not np.allclose(a, sample_prior("mixture", 10, 3, seed=6).Z)
    with pytest.raises(ValueError, match="unknown prior"):
        sample_prior("cauchy", 3, 2)


def test_interpolation_end_points_and_shapes():
    z0, z1 = np.array([1.0, 0.0]), np.array([0.0, 2.0])
    lin = interpolate(z0, z1, 5, "linear")
    np.testing.assert_allclose(lin[[0, -1]], [z0, z1])
    np.testing.assert_allclose(lin[2], [0.5, 1.0])
    sph = interpolate(z0, z1, 5, "spherical")
    np.testing.assert_allclose(sph[[0, -1]], [z0, z1], atol=1e-12)
    # halfway on the arc for a right angle: (sin 45° z0 + sin 45° z1) / sin 90°
    np.testing.assert_allclose(sph[2], np.sqrt(0.5) * (z0 + z1))
    with pytest.raises(ValueError):
        interpolate(z0, z1, 1)


def test_pca_finds_the_spread_direction():
    rng = np.random.default_rng(0)
    Z = rng.standard_normal((500, 5)) * [5.0, 0.1, 2.0, 0.1, 0.1]
    p = pca_2d(Z)
    assert p.coords.shape == (500, 2)
    np.testing.assert_allclose(np.abs(p.components[0]), [1, 0, 0, 0, 0], atol=0.02)
    np.testing.assert_allclose(np.abs(p.components[1]), [0, 0, 1, 0, 0], atol=0.02)
    assert p.explained[0] > p.explained[1] > 0.1
    np.testing.assert_allclose(p.transform(p.inverse(p.coords[:3])), p.coords[:3], atol=1e-10)


def test_reconstruction_error_and_percentile():
    rng = np.random.default_rng(0)
    g = Generator(rng.standard_normal((5, 2)), np.zeros(5), np.zeros((784, 5)), np.zeros(784),
                  encoder={"W1": np.zeros((3, 784)), "b1": np.zeros(3), "Wmu": np.zeros((2, 3)), "bmu": np.zeros(2)})
    img = np.zeros((28, 28))
    assert reconstruction_error(g, img) == pytest.approx(784 * 0.25)  # decodes to 0.5 everywhere
    assert percentile_of(5.0, np.arange(10)) == pytest.approx(55.0)
    assert percentile_of(100.0, np.arange(10)) == 100.0
