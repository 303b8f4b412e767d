"""The Gibbs page's running statistics equal the batch ones, whatever the chunks."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab_gui.engine import sampling as sm
from nnlab_gui.engine import sampling_jobs as sj
from nnlab_gui.engine.running_stats import RunningChain


@pytest.mark.parametrize("chunks", [[1] * 60, [3, 1, 50, 7, 200, 1000], [5000], [2, 38, 39, 41, 4000]])
def test_running_acf_histogram_and_means_equal_the_batch_ones(chunks):
    rng = np.random.default_rng(4)
    x = np.cumsum(rng.normal(size=(sum(chunks), 2)), axis=0) * 0.01     # a correlated chain
    x[:, 1] = rng.uniform(-0.7, 0.7, len(x))
    run = RunningChain(40)
    at = 0
    for c in chunks:
        run.extend(x[at:at + c])
        at += c
        seen = x[:at]
        if at >= 2:
            assert np.allclose(run.acf(), sm.autocorrelation(seen[:, 0], 40), rtol=1e-7, atol=1e-9)
        edges = np.linspace(0, 1, 21)
        assert np.allclose(run.density(), sj.density_histogram(np.square(seen).sum(1), edges), rtol=1e-12)
        assert np.allclose(run.mean(), seen.mean(axis=0), rtol=1e-12, atol=1e-15)
        assert run.mean_r2() == pytest.approx(np.square(seen).sum(1).mean(), rel=1e-12)
    assert run.n == len(x)


def test_constant_chain_and_bad_input():
    run = RunningChain(5)
    run.extend(np.full((10, 2), 0.5))           # no variance: ρ = 1, 0, 0, … (as the batch function)
    assert np.array_equal(run.acf(), sm.autocorrelation(np.full(10, 0.5), 5))
    assert np.array_equal(run.acf(), [1, 0, 0, 0, 0, 0])
    with pytest.raises(ValueError, match="finite"):
        run.extend(np.array([[np.nan, 0.0]]))
    with pytest.raises(ValueError, match="lag"):
        RunningChain(-1)
    run.reset()
    assert run.n == 0 and np.array_equal(run.acf(), np.ones(1))
