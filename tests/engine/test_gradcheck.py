"""Centred-difference gradient checks (SPEC §3): MLP, softmax, generic helper."""

import numpy as np
import pytest

from nnlab_gui.engine import gradcheck, mlp, softmax


@pytest.mark.parametrize("lam", [0.0, 1.0])
def test_course_3_5_3_check_below_1e9(lam):
    res = gradcheck.check_nn_gradients(lam)
    assert res.numeric.shape == (5 * 4 + 3 * 6,)
    assert res.relative_difference < 1e-9
    assert res.numeric[:5] == pytest.approx(res.analytic[:5], rel=1e-6, abs=1e-10)


def test_relative_difference_api_catches_a_wrong_gradient():
    f = lambda t: (float(np.sum(t ** 3)), 3 * t ** 2)
    theta = np.array([0.3, -1.2, 2.0])
    assert gradcheck.relative_difference(f, theta) < 1e-8
    bad = lambda t: (float(np.sum(t ** 3)), 2 * t ** 2)
    assert gradcheck.relative_difference(bad, theta) > 0.1


def test_numerical_gradient_with_eps_1e4_is_centred():
    # centred differences are exact for a quadratic
    f = lambda t: float(t @ t)
    assert gradcheck.numerical_gradient(f, np.array([1.0, -2.0])) == pytest.approx([2.0, -4.0], abs=1e-10)


def test_wrong_g_prime_is_caught():
    # g' evaluated at the wrong place (the activation a2 instead of the pre-activation z2)
    layers = (3, 5, 3)
    X = np.sin(np.arange(1, 16)).reshape(3, 5).T / 10
    y = np.arange(1, 6) % 3
    Y = mlp._one_hot(y, 3)

    def buggy(vec):
        t1, t2 = mlp.unpack(vec, layers)
        a1 = np.hstack([np.ones((5, 1)), X])
        a2 = np.hstack([np.ones((5, 1)), mlp.sigmoid(a1 @ t1.T)])
        z3 = a2 @ t2.T
        a3 = mlp.sigmoid(z3)
        J = float(np.sum(np.logaddexp(0, z3) - Y * z3)) / 5
        d3 = a3 - Y
        d2 = (d3 @ t2[:, 1:]) * mlp.sigmoid_gradient(a2[:, 1:])
        return J, mlp.pack([d2.T @ a1 / 5, d3.T @ a2 / 5])

    assert gradcheck.relative_difference(buggy, mlp.pack(mlp.debug_params(layers))) > 1e-3


def test_softmax_gradient():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(7, 4))
    y = rng.integers(0, 3, 7)

    def f(vec):
        J, G = softmax.cost_and_grad(vec.reshape(3, 5), X, y, 0.3)
        return J, G.ravel()

    assert gradcheck.relative_difference(f, rng.normal(size=15) * 0.1) < 1e-9
