"""Scaled dot-product attention against its definition; the exercise's example; no overflow."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab_gui.engine import attention

INPUTS = [[4, 0], [0, 4], [0, 0], [0, 0]]


def test_exercise_3b_uniform_weights_and_mean_context():
    att = attention.scaled_dot_product([[0, 0]], INPUTS, INPUTS)
    np.testing.assert_array_equal(att.scores, [[0, 0, 0, 0]])
    np.testing.assert_allclose(att.weights, [[0.25] * 4])
    np.testing.assert_allclose(att.output, [[1, 1]])
    np.testing.assert_allclose(attention.mean_context(INPUTS), [1, 1])
    assert att.factor == pytest.approx(1 / np.sqrt(2)) and att.d_k == 2


def _definition(Q, K, V, scale):
    S = Q @ K.T / (np.sqrt(K.shape[1]) if scale else 1)
    P = np.exp(S) / np.exp(S).sum(axis=1, keepdims=True)
    return S, P, P @ V


@pytest.mark.parametrize("scale", [True, False])
@pytest.mark.parametrize("seed", range(6))
def test_random_cases_match_the_definition(seed, scale):
    rng = np.random.default_rng(seed)
    q, k, d, dv = rng.integers(1, 6, size=4)
    Q, K, V = rng.normal(size=(q, d)), rng.normal(size=(k, d)), rng.normal(size=(k, dv))
    att = attention.scaled_dot_product(Q, K, V, scale=scale)
    S, P, Z = _definition(Q, K, V, scale)
    np.testing.assert_allclose(att.scores, Q @ K.T, rtol=1e-12)
    np.testing.assert_allclose(att.scaled, S, rtol=1e-12)
    np.testing.assert_allclose(att.weights, P, rtol=1e-12)
    np.testing.assert_allclose(att.output, Z, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(att.weights.sum(axis=1), 1.0)


def test_large_scores_do_not_overflow():
    Q = np.array([[100.0, 0.0], [-100.0, 0.0]])
    K = np.array([[50.0, 0.0], [49.0, 0.0], [0.0, 1.0]])
    V = np.eye(3)
    with np.errstate(over="raise", invalid="raise"):
        att = attention.scaled_dot_product(Q, K, V)
    assert np.all(np.isfinite(att.weights))
    # row 1: scores 5000/√2 and 4900/√2 differ by 70.7: essentially one-hot
    np.testing.assert_allclose(att.weights[0], [1, 0, 0], atol=1e-12)
    # shift invariance: the same weights as with the definition on shifted scores
    S = att.scaled[1] - att.scaled[1].max()
    np.testing.assert_allclose(att.weights[1], np.exp(S) / np.exp(S).sum())
    np.testing.assert_allclose(attention.softmax([1000.0, 1000.0]), [0.5, 0.5])


def test_a_single_vector_query_is_a_row():
    att = attention.scaled_dot_product([1, 0], INPUTS, INPUTS, scale=False)
    assert att.output.shape == (1, 2)


@pytest.mark.parametrize("Q, K, V, words", [
    ([[1, 2, 3]], INPUTS, INPUTS, ["Q is 1×3", "K is 4×2"]),
    ([[1, 2]], INPUTS, [[1, 2]] * 3, ["K is 4×2", "V is 3×2"]),
    ([[np.inf, 2]], INPUTS, INPUTS, ["Q contains NaN or inf"]),
    (np.zeros((1, 0)), INPUTS, INPUTS, ["Q is empty"]),
])
def test_shape_errors_name_both(Q, K, V, words):
    with pytest.raises(ValueError) as info:
        attention.scaled_dot_product(Q, K, V)
    for w in words:
        assert w in str(info.value)


def test_markdown():
    md = attention.to_markdown(attention.scaled_dot_product([[0, 0]], INPUTS, INPUTS))
    assert "`[0.25 0.25 0.25 0.25]`" in md and "Z = P V = `[1 1]`" in md and "d_k = 2" in md
