"""The sampling pages' worker jobs: batching, the KS result of an inverse-CDF run, Gibbs statistics."""

import numpy as np
import pytest
from scipy import stats

from nnlab_gui.engine import sampling as sm
from nnlab_gui.engine import sampling_jobs as sj


def drain(gen):
    """(snapshots, return value) of a job generator."""
    snaps = []
    while True:
        try:
            snaps.append(next(gen))
        except StopIteration as stop:
            return snaps, stop.value


def test_batching_animated_and_fast():
    assert sj.batching(20000, True) == (133, sj.ANIMATION_PAUSE)
    assert sj.batching(20000, False) == (1000, 0.0)
    assert sj.batching(5000, True, frames=200) == (25, sj.ANIMATION_PAUSE)
    assert sj.batching(3, True) == (1, sj.ANIMATION_PAUSE)
    assert sj.batching(0, False) == (1, 0.0)


def test_density_histogram_integrates_to_one():
    edges = np.linspace(0, 2, 11)
    h = sj.density_histogram(np.array([0.1, 0.15, 1.9, 3.0]), edges)   # 3.0 lies outside
    np.testing.assert_allclose(h, np.array([2, 0, 0, 0, 0, 0, 0, 0, 0, 1]) / (4 * 0.2))
    vals = np.random.default_rng(0).random(1000) * 2
    assert (sj.density_histogram(vals, edges) * 0.2).sum() == pytest.approx(1.0)
    np.testing.assert_array_equal(sj.density_histogram(np.zeros(0), edges), np.zeros(10))


def test_density_syntax_checks_the_formula_only():
    assert sj.density_syntax("s - 0.5") == "s - 0.5"      # negative on [0, 1], fine on [1, 2]
    for bad, fragment in (("exp(", "cannot parse"), ("", "empty"),
                          ("__import__('os').getcwd()", "not an allowed function")):
        with pytest.raises(ValueError, match=fragment):
            sj.density_syntax(bad)


def test_inverse_cdf_job_streams_then_returns_the_ks_test():
    d = sm.make_density("0.5 + s")
    snaps, res = drain(sj.iter_inverse_cdf_ks(d, 3000, seed=4, batch=500))
    assert [s.done for s in snaps] == [0, 500, 1000, 1500, 2000, 2500, 3000]
    assert isinstance(res, sj.InverseCdfResult)
    np.testing.assert_array_equal(res.samples, snaps[-1].samples)
    np.testing.assert_array_equal(res.u, snaps[-1].u)
    assert (res.done, res.total) == (3000, 3000)
    ref = stats.kstest(res.samples, d.cdf_at)
    assert res.ks_statistic == pytest.approx(ref.statistic) and res.ks_pvalue == pytest.approx(ref.pvalue)
    assert res.ks_pvalue > 0.01
    # the same samples as the engine's own sampler
    np.testing.assert_array_equal(res.samples, sm.sample_inverse_cdf(d, 3000, seed=4))


def test_inverse_cdf_ks_rejects_the_wrong_density():
    d = sm.make_density("0.5 + s")
    snaps, res = drain(sj.iter_inverse_cdf_ks(d, 4000, seed=0, batch=4000))
    wrong = stats.kstest(res.samples, "uniform").pvalue
    assert wrong < 1e-6 < res.ks_pvalue


def test_chain_stats():
    assert sj.chain_stats(np.zeros((sj.MIN_STATS - 1, 2))) is None
    pts = sm.sample_gibbs_disk(5000, seed=1)
    st = sj.chain_stats(pts)
    assert st.n == 5000
    assert st.mean == pytest.approx(tuple(pts.mean(axis=0)))
    assert st.mean_r2 == pytest.approx(0.5, abs=0.03)
    assert (st.ks_statistic, st.ks_pvalue) == pytest.approx(sm.r2_uniformity(pts))


def test_gibbs_run_continues_a_chain_and_reports_the_whole_chain():
    prev = sm.sample_gibbs_disk(300, seed=2)
    start = tuple(prev[-1])
    snaps, _ = drain(sj.iter_gibbs_run(1000, seed=[0, 300, 2], start=start, batch=100, prev=prev,
                                       stats_every=0.0))
    last = snaps[-1]
    assert (last.done, last.total) == (1000, 1000) and len(last.samples) == 1000
    ref = sm.sample_gibbs_disk(1000, seed=[0, 300, 2], start=start)
    np.testing.assert_array_equal(last.samples, ref)
    whole = np.concatenate([prev, ref])
    assert last.stats == sj.chain_stats(whole)
    # every snapshot carries statistics of the chain so far (the latest computed)
    assert all(s.stats is not None and 300 <= s.stats.n <= 300 + s.done for s in snaps)


def test_gibbs_run_stats_are_rate_limited_but_always_final():
    snaps, _ = drain(sj.iter_gibbs_run(2000, seed=0, batch=50, stats_every=3600.0))
    # computed for the first snapshot (too few samples: None) and the last one only
    assert all(s.stats is None for s in snaps[:-1])
    assert snaps[-1].stats.n == 2000
    snaps, _ = drain(sj.iter_gibbs_run(2000, seed=0, batch=50, prev=np.zeros((50, 2)),
                                       stats_every=3600.0))
    first = snaps[0].stats
    assert first.n == 50
    assert all(s.stats is first for s in snaps[1:-1])     # the latest one, carried along
    assert snaps[-1].stats.n == 2050
    assert snaps[-1].wrong_bounds is False
