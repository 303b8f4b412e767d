"""Inverse-CDF and Gibbs samplers, Laplace noise (SPEC §6)."""

import numpy as np
import pytest
from scipy import stats

from nnlab_gui.engine import sampling as sm


def course_cdf(y):
    y = np.clip(y, 0, 1)
    return 0.5 * y + 0.5 * y ** 2


def test_closed_form_is_the_inverse_of_the_course_cdf():
    x = np.linspace(0, 1, 101)
    np.testing.assert_allclose(course_cdf(sm.closed_form_inverse(x)), x, atol=1e-14)
    # the report's example: the halfway point of the mass
    assert sm.closed_form_inverse(0.5) == pytest.approx((-1 + np.sqrt(5)) / 2)


def test_numerical_inverse_matches_closed_form():
    d = sm.make_density("0.5 + s")
    u = np.random.default_rng(1).random(1000)
    np.testing.assert_allclose(d.inverse_cdf(u), sm.closed_form_inverse(u), atol=1e-12)
    np.testing.assert_allclose(d.cdf, course_cdf(d.grid), atol=1e-12)
    assert d.mass == pytest.approx(1.0)


@pytest.mark.parametrize("closed", [True, False])
def test_20000_samples_pass_ks_against_course_density(closed):
    d = sm.make_density("0.5 + s")
    y = sm.sample_inverse_cdf(d, 20000, seed=7, closed_form=closed)
    assert y.shape == (20000,)
    assert 0 <= y.min() and y.max() <= 1
    assert stats.kstest(y, course_cdf).pvalue > 0.01
    # and the test has teeth: uniform samples fail it
    u = np.random.default_rng(7).random(20000)
    assert stats.kstest(u, course_cdf).pvalue < 1e-6


def test_typed_density_samples_follow_it():
    d = sm.make_density("exp(-3*s)", 0, 2)
    y = sm.sample_inverse_cdf(d, 20000, seed=3)
    z = 1 - np.exp(-6)
    assert stats.kstest(y, lambda v: (1 - np.exp(-3 * np.clip(v, 0, 2))) / z).pvalue > 0.01


def test_density_with_zero_gap():
    d = sm.make_density("abs(s - 0.5) * 2")  # zero at s = 0.5
    y = sm.sample_inverse_cdf(d, 5000, seed=0)
    assert np.all(np.diff(d.cdf) >= 0)
    assert abs(np.mean(y) - 0.5) < 0.02


@pytest.mark.parametrize("text, fragment", [
    ("s - 0.5", "negative"),
    ("0 * s", "zero total mass"),
    ("1 / (s - 0.5)", "not finite"),
    ("log(s)", "not finite"),
    ("os.system('rm')", "'os.system' is not an allowed function"),
    ("1 +* s", "cannot parse"),
])
def test_bad_densities_are_refused(text, fragment):
    with pytest.raises(ValueError) as info:
        sm.make_density(text)
    assert fragment in str(info.value)


def test_bad_interval():
    with pytest.raises(ValueError, match="empty"):
        sm.make_density("1", 1, 1)


def test_stream_is_seeded_and_complete():
    d = sm.make_density("0.5 + s")
    snaps = list(sm.iter_inverse_cdf(d, 1000, seed=5, batch=300))
    assert [s.done for s in snaps] == [0, 300, 600, 900, 1000]
    assert snaps[0].last is None
    u, y = snaps[-1].last
    assert y == pytest.approx(sm.closed_form_inverse(u))
    again = sm.sample_inverse_cdf(d, 1000, seed=5)
    np.testing.assert_array_equal(snaps[-1].samples, again)
    # snapshots are copies
    assert not np.shares_memory(snaps[1].samples, snaps[2].samples)


def test_gibbs_is_uniform_on_the_disk():
    pts = sm.sample_gibbs_disk(20000, seed=11)
    r2 = (pts ** 2).sum(axis=1)
    assert r2.max() <= 1
    assert stats.kstest(r2, "uniform").pvalue > 0.01
    assert np.all(np.abs(pts.mean(axis=0)) < 0.02)
    # angle uniform too
    ang = np.arctan2(pts[:, 1], pts[:, 0])
    assert stats.kstest(ang, stats.uniform(-np.pi, 2 * np.pi).cdf).pvalue > 0.01


def test_report_bounds_sample_something_else():
    pts = sm.sample_gibbs_disk(20000, seed=11, wrong_bounds=True)
    r2 = (pts ** 2).sum(axis=1)
    assert stats.kstest(r2, "uniform").pvalue < 1e-6
    # they stay inside |x1| <= 1 - x0², a region inside the disk
    assert np.all(np.abs(pts[:, 1]) <= 1 - pts[:, 0] ** 2 + 1e-12) or \
        np.all(np.abs(pts[:, 0]) <= 1 - pts[:, 1] ** 2 + 1e-12)


def test_gibbs_path_is_axis_parallel():
    snaps = list(sm.iter_gibbs_disk(50, seed=2, batch=20, start=(0.0, 0.0)))
    assert [s.done for s in snaps] == [0, 20, 40, 50]
    path = snaps[-1].path
    assert len(path) == 101
    steps = np.diff(path, axis=0)
    assert np.all((steps[:, 0] == 0) | (steps[:, 1] == 0))
    np.testing.assert_array_equal(path[2::2], snaps[-1].samples)


def test_gibbs_rejects_start_outside():
    with pytest.raises(ValueError, match="outside"):
        list(sm.iter_gibbs_disk(10, start=(1.0, 1.0)))


def test_autocorrelation():
    rng = np.random.default_rng(0)
    x = rng.normal(size=5000)
    r = sm.autocorrelation(x, 10)
    assert r[0] == pytest.approx(1.0)
    assert np.all(np.abs(r[1:]) < 0.05)
    # AR(1) with phi = 0.8: rho(k) = 0.8^k
    y = np.zeros(20000)
    for t in range(1, len(y)):
        y[t] = 0.8 * y[t - 1] + rng.normal()
    np.testing.assert_allclose(sm.autocorrelation(y, 3), 0.8 ** np.arange(4), atol=0.03)


def test_laplace_noise_distribution():
    b = 0.3
    n = sm.laplace_noise(20000, b, seed=4)
    assert stats.kstest(n, stats.laplace(scale=b).cdf).pvalue > 0.01
    xs = np.linspace(-2, 2, 401)
    assert np.trapezoid(sm.laplace_pdf(xs, b), xs) == pytest.approx(1.0, abs=2e-3)
    np.testing.assert_allclose(sm.laplace_pdf(xs, b), stats.laplace(scale=b).pdf(xs))
    img = np.full((28, 28), 0.5)
    noisy = sm.add_laplace_noise(img, b, seed=1)
    np.testing.assert_array_equal(noisy, sm.add_laplace_noise(img, b, seed=1))
    assert noisy.shape == (28, 28) and noisy.std() > 0.3
    with pytest.raises(ValueError, match="positive"):
        sm.laplace_noise(3, -1.0)


# ------------------------------------------------------------ Laplace denoising
def _small_generator(seed=0, h=24, d=10):
    from nnlab_gui.engine.generator import Generator
    rng = np.random.default_rng(seed)
    return Generator(rng.normal(0, 0.5, (h, d)), rng.normal(0, 0.3, h),
                     rng.normal(0, 0.5, (784, h)), rng.normal(0, 0.3, 784))


def test_l1_data_term_gradient_check_away_from_zero_residuals():
    inpaint = pytest.importorskip("nnlab_gui.engine.inpaint")
    g = _small_generator()
    rng = np.random.default_rng(3)
    T = inpaint.from_mask(np.ones((28, 28), bool))
    y = sm.add_laplace_noise(g.decode(rng.normal(size=10)), 0.2, seed=1).ravel()
    z = rng.normal(size=10)
    J, grad = inpaint.cost_and_grad(g, T, y, z, data_term="l1")
    r = g.decode(z).ravel() - y
    assert np.min(np.abs(r)) > 1e-4      # away from the kinks of |r|
    assert J == pytest.approx(784 * np.log(np.abs(r).sum()) + z @ z)
    eps = 1e-6
    num = np.array([(inpaint.cost_and_grad(g, T, y, z + eps * e, data_term="l1")[0]
                     - inpaint.cost_and_grad(g, T, y, z - eps * e, data_term="l1")[0]) / (2 * eps)
                    for e in np.eye(10)])
    assert np.linalg.norm(num - grad) / np.linalg.norm(num + grad) < 1e-6


def test_denoise_compare_runs_both_terms():
    pytest.importorskip("nnlab_gui.engine.inpaint")
    g = _small_generator()
    clean = g.decode(np.full(10, 0.3))
    noisy = sm.add_laplace_noise(clean, 0.1, seed=0)
    snaps = list(sm.iter_denoise_compare(g, noisy, restarts=2, iterations=60, rate_hz=0))
    last = snaps[-1]
    assert last.done == last.total == 120
    for term in ("l2", "l1"):
        run = last.runs[term]
        assert run.finished and run.image.shape == (28, 28)
        assert run.costs[-1].min() < run.costs[0].min()
    with pytest.raises(ValueError, match="shape"):
        next(sm.iter_denoise_compare(g, np.zeros((7, 7))))


def test_gibbs_step_and_chords():
    rng = np.random.default_rng(0)
    mid, new = sm.gibbs_step(0.6, 0.0, rng)
    assert mid[0] == 0.6 and abs(mid[1]) <= 0.8 and new[1] == mid[1]
    assert sm.chord(0.6) == pytest.approx((-0.8, 0.8))
    assert sm.chord(0.6, wrong_bounds=True) == pytest.approx((-0.64, 0.64))
    stat, p = sm.r2_uniformity(sm.sample_gibbs_disk(5000, seed=1))
    assert p > 0.01 and 0 <= stat < 0.05


# ----------------------------------------------------------------------------- hardening (issue 14)
@pytest.mark.parametrize("text", ["1e308", "1e308*s + 1e308", "1e250"])
def test_a_density_too_large_on_the_interval_is_refused_not_a_nan_cdf(text):
    with pytest.raises(ValueError, match="too large"):
        sm.make_density(text)


def test_large_and_tiny_densities_below_the_limit_normalise():
    for text in ("1e199", "1e-300", "exp(400*s)", "1e-320 + 0*s"):
        d = sm.make_density(text)
        assert np.all(np.isfinite(d.pdf)) and np.all(np.isfinite(d.cdf))
        assert d.cdf[0] == 0 and d.cdf[-1] == 1 and np.all(np.diff(d.cdf) >= 0)
        np.testing.assert_allclose(np.trapezoid(d.pdf, d.grid), 1.0, rtol=1e-9)


@pytest.mark.parametrize("call, fragment", [
    (lambda: sm.make_density("9" * 400), "too large"),
    (lambda: sm.make_density("s", "a", 1.0), "lower end"),
    (lambda: sm.make_density("1 + 0*s", -1e308, 1e308), "1e+06"),
    (lambda: sm.make_density("s", n_grid=1), "grid"),
    (lambda: sm.make_density("s", n_grid=10**12), "grid"),
    (lambda: list(sm.iter_inverse_cdf(sm.make_density("s"), 10**12)), "10,000,000"),
    (lambda: sm.sample_gibbs_disk(10, start=(float("nan"), 0.0)), "start"),
    (lambda: sm.sample_gibbs_disk(10**12), "10,000,000"),
    (lambda: sm.laplace_pdf([0.0], "one"), "scale b"),
    (lambda: sm.laplace_noise((10**6, 10**6), 1.0), "10,000,000"),
    (lambda: sm.laplace_noise((2, 2), float("inf")), "scale b"),
    (lambda: sm.closed_form_inverse([2.0]), "[0, 1]"),
    (lambda: sm.autocorrelation([1.0, float("nan")]), "finite"),
    (lambda: sm.r2_uniformity([[float("nan"), 0.0]] * 30), "finite"),
])
def test_bad_sampler_arguments_are_refused_with_a_message(call, fragment):
    with pytest.raises(ValueError, match=None) as info:
        call()
    assert fragment in str(info.value)
