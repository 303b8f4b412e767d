"""Lockstep L-BFGS: several independent problems, one evaluation each per round."""

import numpy as np
import pytest
import scipy.optimize
from scipy.optimize import rosen, rosen_der

from nnlab_gui.engine.lbfgs import LockstepLBFGS


def run(opt, fg):
    rounds = 0
    while opt.active:
        trials = opt.trials()
        assert set(trials) == set(opt.active)
        opt.tell({i: fg(i, x) for i, x in trials.items()})
        rounds += 1
    return rounds


def test_rosenbrock_from_several_starts_matches_scipy_lbfgsb():
    starts = np.array([[-1.2, 1.0], [2.0, 2.0], [0.0, 0.0], [-2.0, -1.0]])
    opt = LockstepLBFGS(starts, max_iter=500, ftol=1e-14)
    run(opt, lambda i, x: (rosen(x), rosen_der(x)))
    for x0, pr in zip(starts, opt.problems):
        ref = scipy.optimize.minimize(lambda x: (rosen(x), rosen_der(x)), x0, jac=True, method="L-BFGS-B",
                                      options={"ftol": 1e-14, "gtol": 0.0})
        assert np.allclose(pr.x, [1.0, 1.0], atol=1e-6)
        assert pr.f < 1e-12
        assert pr.nit <= 1.5 * ref.nit + 5          # the same algorithm: similar iteration counts
        assert pr.nfev <= 1.5 * ref.nfev + 5


def test_quadratic_converges_and_problems_finish_independently():
    rng = np.random.default_rng(1)
    n = 30
    Q = rng.normal(size=(n, n))
    A = Q @ Q.T + n * np.eye(n)
    b = rng.normal(size=n)
    exact = np.linalg.solve(A, b)
    starts = np.vstack([rng.normal(size=n), exact])      # problem 1 starts at the minimum
    opt = LockstepLBFGS(starts, max_iter=200, ftol=0.0)
    calls = []

    def fg(i, x):
        calls.append(i)
        r = A @ x - b
        return 0.5 * x @ A @ x - b @ x, (r if i == 0 else np.zeros(n))

    run(opt, fg)
    p0, p1 = opt.problems
    assert p1.message == "the gradient is zero" and p1.nit == 0 and p1.nfev == 1
    assert calls.count(1) == 1                              # never evaluated again
    assert np.allclose(p0.x, exact, atol=1e-7)


def test_exactly_max_iter_iterations_and_ftol_stop():
    x0 = np.array([[-1.2, 1.0]])
    opt = LockstepLBFGS(x0, max_iter=7)
    run(opt, lambda i, x: (rosen(x), rosen_der(x)))
    assert opt.problems[0].nit == 7 and "7 iterations" in opt.problems[0].message
    # each accepted step decreases f (sufficient decrease)
    fs = []
    opt = LockstepLBFGS(x0, max_iter=40)
    while opt.active:
        stepped = opt.tell({i: (rosen(x), rosen_der(x)) for i, x in opt.trials().items()})
        fs += [opt.problems[i].f for i in stepped]
    assert all(b < a for a, b in zip(fs, fs[1:]))
    loose = LockstepLBFGS(x0, max_iter=500, ftol=1e-3)
    run(loose, lambda i, x: (rosen(x), rosen_der(x)))
    assert loose.problems[0].message == "relative reduction of f ≤ ftol" and loose.problems[0].nit < 40


def test_a_non_finite_cost_is_backtracked_from():
    # pseudo-Huber around 1.9, +inf beyond x = 2: the flat far field makes L-BFGS take long
    # steps that land in the inf region; the line search must shrink them, never accept inf
    outside = []

    def fg(i, x):
        if x[0] > 2.0:
            outside.append(x[0])
            return np.inf, np.full(1, np.nan)
        r = x[0] - 1.9
        return np.sqrt(1 + r * r), np.array([r / np.sqrt(1 + r * r)])

    opt = LockstepLBFGS(np.array([[-40.0]]), max_iter=100, ftol=1e-15)
    run(opt, fg)
    assert outside                                      # the case really happened
    assert opt.problems[0].x[0] == pytest.approx(1.9, abs=1e-5)


def test_bad_start_is_refused():
    with pytest.raises(ValueError, match="finite"):
        LockstepLBFGS(np.array([[np.nan, 1.0]]))
