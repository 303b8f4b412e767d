"""RNN engine: the seed-003 exercise, random cases against a plain NumPy loop, shape errors,
check-my-answer and the handout text."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab_gui.engine import rnn

W_HX = [[1, 0, 1, 1, 0], [0, 1, 1, 0, 1]]
W_HH = [[0, 1], [1, 0]]
W_YH = [[-5, -5], [0, 3], [1, 2], [2, 2], [3, -1], [2.9, 0]]
XS = [[0, 0, 1, 1, 1], [1, -2, 0, 1, 1], [0, -1, 1, 1, 0]]   # x_3's fifth entry is lost: 0 here


@pytest.fixture
def seed_steps():
    return rnn.run(W_HX, W_HH, W_YH, XS)


def test_seed_exercise_values(seed_steps):
    s1, s2, s3 = seed_steps
    np.testing.assert_array_equal(s1.Whx_x, [2, 2])          # the report wrote [1, 1]
    np.testing.assert_array_equal(s1.Whh_h, [0, 0])
    np.testing.assert_array_equal(s1.h, [2, 2])
    np.testing.assert_allclose(s1.y, [-20, 6, 6, 8, 4, 5.8])
    assert s1.prediction == 3
    np.testing.assert_array_equal(s2.Whx_x, [2, -1])
    np.testing.assert_array_equal(s2.Whh_h, [2, 2])
    np.testing.assert_array_equal(s2.pre, [4, 1])
    np.testing.assert_array_equal(s2.h, [4, 1])
    np.testing.assert_allclose(s2.y, [-25, 3, 6, 10, 11, 11.6])
    assert s2.prediction == 5
    np.testing.assert_array_equal(s3.h, [3, 4])
    np.testing.assert_allclose(s3.y, [-35, 12, 11, 14, 5, 8.7])
    for s in seed_steps:
        assert s.probs.sum() == pytest.approx(1.0)
        assert int(np.argmax(s.probs)) == s.prediction
    assert [s.t for s in seed_steps] == [1, 2, 3]
    np.testing.assert_array_equal(s2.h_prev, s1.h)


def _reference(W_hx, W_hh, W_yh, xs, b_h, b_y, h0, f):
    h = h0
    hs, ys = [], []
    for x in xs:
        h = f(W_hx.dot(x) + W_hh.dot(h) + b_h)
        hs.append(h)
        ys.append(W_yh.dot(h) + b_y)
    return np.array(hs), np.array(ys)


REF_F = {"relu": lambda a: np.where(a > 0, a, 0.0), "tanh": np.tanh,
         "sigmoid": lambda a: 1 / (1 + np.exp(-a)), "identity": lambda a: a}


@pytest.mark.parametrize("activation", sorted(REF_F))
@pytest.mark.parametrize("seed", range(5))
def test_random_cases_match_a_direct_loop(activation, seed):
    rng = np.random.default_rng(seed)
    H, D, V, T = rng.integers(1, 6, size=4)
    W_hx, W_hh = rng.normal(size=(H, D)), rng.normal(size=(H, H)) * 0.7
    W_yh, xs = rng.normal(size=(V, H)), rng.normal(size=(T, D)) * 2
    b_h, b_y, h0 = rng.normal(size=H), rng.normal(size=V), rng.normal(size=H)
    steps = rnn.run(W_hx, W_hh, W_yh, xs, b_h, b_y, h0, activation)
    hs, ys = _reference(W_hx, W_hh, W_yh, xs, b_h, b_y, h0, REF_F[activation])
    assert len(steps) == T
    np.testing.assert_allclose([s.h for s in steps], hs, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose([s.y for s in steps], ys, rtol=1e-12, atol=1e-12)
    for s in steps:
        np.testing.assert_allclose(s.pre, s.Whx_x + s.Whh_h + b_h)
        e = np.exp(s.y - s.y.max())
        np.testing.assert_allclose(s.probs, e / e.sum())
        assert s.prediction == int(np.argmax(ys[s.t - 1]))


def test_sigmoid_is_stable_for_large_inputs():
    steps = rnn.run([[1000.0], [-1000.0]], np.zeros((2, 2)), [[1, 1]], [[1.0]], activation="sigmoid")
    np.testing.assert_allclose(steps[0].h, [1.0, 0.0])


def test_vectors_may_be_columns_and_default_to_zero():
    a = rnn.run(W_HX, W_HH, W_YH, XS, b_h=[[0], [0]], b_y=np.zeros((1, 6)), h0=[[0, 0]])
    b = rnn.run(W_HX, W_HH, W_YH, XS)
    np.testing.assert_array_equal(a[-1].y, b[-1].y)


@pytest.mark.parametrize("kwargs, words", [
    (dict(W_hh=[[0, 1, 0], [1, 0, 0]]), ["W_hh is 2×3", "W_hx is 2×5"]),
    (dict(xs=[[0, 0, 1, 1]]), ["W_hx is 2×5", "xs is 1×4"]),
    (dict(W_yh=[[1, 2, 3]]), ["W_yh is 1×3", "W_hh is 2×2"]),
    (dict(b_h=[1, 2, 3]), ["b_h is 3", "W_hx is 2×5"]),
    (dict(b_y=[1, 2]), ["b_y is 2", "W_yh is 6×2"]),
    (dict(h0=[1]), ["h0 is 1", "W_hh is 2×2"]),
    (dict(W_hx=[1, 0, 1]), ["W_hx must be a non-empty matrix"]),
    (dict(xs=[[np.nan] * 5]), ["xs contains NaN"]),
    (dict(activation="softplus"), ["unknown activation 'softplus'"]),
])
def test_shape_mismatch_names_both_matrices(kwargs, words):
    args = dict(W_hx=W_HX, W_hh=W_HH, W_yh=W_YH, xs=XS)
    args.update(kwargs)
    with pytest.raises(ValueError) as info:
        rnn.run(**args)
    for w in words:
        assert w in str(info.value)


def test_results_are_read_only(seed_steps):
    with pytest.raises(ValueError):
        seed_steps[0].h[0] = 5


def test_check_marks_the_seed_slip(seed_steps):
    s1 = seed_steps[0]
    wrong = rnn.check_step(s1, {"Whx_x": [1, 1]})
    assert not wrong.all_right and wrong.first_wrong == "Whx_x"
    assert "W_hx x_1" in wrong.message and "[2, 2]" in wrong.message
    assert "1·0 + 0·0 + 1·1 + 1·1 + 0·1 = 2" in wrong.message
    right = rnn.check_step(s1, {"Whx_x": [2, 2]})
    assert right.all_right and right.first_wrong is None


def test_check_points_at_the_first_departure_and_sees_carried_slips(seed_steps):
    s1 = seed_steps[0]
    # the report's own chain at t = 1: product [1,1], h = [1,1], y = W_yh [1,1]
    res = rnn.check_step(s1, {"h": [1, 1], "Whx_x": [1, 1], "pre": [1, 1], "y": [-10, 3, 3, 4, 2, 2.9]})
    assert res.first_wrong == "Whx_x"
    assert [v.key for v in res.verdicts] == ["Whx_x", "pre", "h", "y"]     # computing order
    assert not any(v.ok for v in res.verdicts)
    assert not res.verdicts[0].consistent                   # the slip is made here
    assert all(v.consistent for v in res.verdicts[1:])      # every later value follows from theirs
    assert "follow correctly from your own earlier numbers" in res.message
    # right product, wrong sum: the departure is the pre-activation
    res = rnn.check_step(seed_steps[1], {"Whx_x": [2, -1], "Whh_h": [2, 2], "pre": [3, 0]})
    assert res.first_wrong == "pre" and res.verdict("Whx_x").ok and not res.verdict("pre").consistent
    # only a final value typed: the message lists the unchecked intermediates
    res = rnn.check_step(s1, {"h": [1, 1]})
    assert res.first_wrong == "h" and "You gave no value for W_hx x_1" in res.message


def test_check_tolerance_and_errors(seed_steps):
    s1 = seed_steps[0]
    assert rnn.check_step(s1, {"probs": np.round(s1.probs, 3)}).all_right
    assert not rnn.check_step(s1, {"probs": np.round(s1.probs, 1)}).all_right
    with pytest.raises(ValueError, match="has 2 entries; you gave 3"):
        rnn.check_step(s1, {"h": [1, 2, 3]})
    with pytest.raises(ValueError, match="unknown quantity"):
        rnn.check_step(s1, {"z": [1]})
    assert not rnn.check_step(s1, {}).all_right


def test_handouts(seed_steps):
    vocab = ["w1", "<stop>", "w3", "Cat", "staring", "w6"]
    md = rnn.to_markdown(seed_steps, vocab)
    assert "### t = 1" in md and "1·0 + 0·0 + 1·1 + 1·1 + 0·1 = 2" in md
    assert "a_2 = [2, -1] + [2, 2] + [0, 0] = [4, 1]" in md
    assert "→ “Cat”" in md and "(-5)·2 + (-5)·2 = -20" in md
    tex = rnn.to_latex(seed_steps, vocab)
    assert tex.count(r"\begin{align*}") == 3
    assert r"h_2 &= \mathrm{ReLU}(a_2) = \begin{bmatrix} 4 \\ 1 \end{bmatrix}" in tex
    assert rnn.to_markdown([]) == "" and rnn.quantity_label("Whh_h", 2) == "W_hh h_1"


def test_check_prediction(seed_steps):
    s2 = seed_steps[1]
    assert rnn.check_step(s2, {"prediction": 5}).all_right
    # the report read y_2 = [-15, 0, 3, 6, 9, 8.7] and chose entry 5 ("staring"): wrong word,
    # but it does follow from the report's own y_2
    res = rnn.check_step(s2, {"y": [-15, 0, 3, 6, 9, 8.7], "prediction": 4})
    assert res.first_wrong == "y"
    assert res.verdict("prediction").consistent and not res.verdict("prediction").ok
    res = rnn.check_step(s2, {"prediction": 4})
    assert res.first_wrong == "prediction" and "entry 6 (11.6)" in res.message
    assert "You gave no value for y_2" in res.message
    with pytest.raises(ValueError, match="word index"):
        rnn.check_step(s2, {"prediction": 6})
