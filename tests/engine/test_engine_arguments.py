"""The engine's public calls check their arguments at entry (issue 14, the engine's side).

* every case of ``tests/corpus/engine_values.py`` raises ``ValueError`` whose message names
  what is wrong (``MENTIONS``), within a bounded time (the cases that used to hang or
  allocate gigabytes come back at once);
* results computed from finite inputs are finite, or refused with a message;
* valid inputs keep working as before (numbers given as NumPy scalars or integral floats,
  the sizes the tabs offer).
"""

from __future__ import annotations

import re
import threading
import time

import numpy as np
import pytest

from nnlab_gui.engine import (arg_checks, attention, gradcheck, imaging, inpaint, latent, mlp, rnn,
                              softmax, sparse_ae)
from nnlab_gui.engine.generator import Generator
from tests.corpus import engine_values

CASES = engine_values.VALUES


def _call_with_deadline(call, seconds: float = 20.0):
    """Run ``call`` on a thread; fail if it has not finished within ``seconds``."""
    box: dict = {}

    def target():
        try:
            box["value"] = call()
        except BaseException as exc:  # noqa: BLE001 — handed to the test
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    start = time.monotonic()
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    return box, time.monotonic() - start


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_bad_value_is_refused_quickly_with_a_message_naming_it(case):
    box, elapsed = _call_with_deadline(case.call)
    assert "error" in box, f"{case.name}: returned {box.get('value')!r} ({case.why})"
    exc = box["error"]
    assert isinstance(exc, ValueError), f"{case.name}: {type(exc).__name__}: {exc} ({case.why})"
    pattern = engine_values.MENTIONS[case.name]
    assert re.search(pattern, str(exc)), f"{case.name}: message {str(exc)!r} does not match {pattern!r}"
    assert elapsed < 10, f"{case.name}: took {elapsed:.1f} s to refuse"


def test_the_corpus_is_big_enough_and_names_are_unique():
    names = [c.name for c in CASES]
    assert len(names) >= 120 and len(set(names)) == len(names)
    assert set(engine_values.MENTIONS) == set(names)


# ------------------------------------------------------------------ the checks themselves
@pytest.mark.parametrize("value", [3, np.int64(3), 3.0, np.float32(3.0), np.array(3)])
def test_whole_numbers_may_come_in_any_numeric_type(value):
    assert arg_checks.integer("n", value, 1, 5) == 3


@pytest.mark.parametrize("value, words", [(True, "got True"), (3.5, "got 3.5"), ("3", "got '3'"),
                                          (10**400, "digits"), (0, "from 1 to 5")])
def test_whole_number_messages(value, words):
    with pytest.raises(ValueError, match="n must be a whole number from 1 to 5") as info:
        arg_checks.integer("n", value, 1, 5)
    assert words in str(info.value)


def test_reals_refuse_overflow_instead_of_inf():
    with pytest.raises(ValueError, match="too large for a float"):
        arg_checks.real("lr", 10**400, 0, lo_open=True)
    with pytest.raises(ValueError, match="got inf"):
        arg_checks.real("lr", 1e309)
    assert arg_checks.real("lr", np.float32(0.5), 0, lo_open=True) == 0.5


def test_labels_refuse_fractions_and_huge_values():
    with pytest.raises(ValueError, match="1.7 at position 1"):
        arg_checks.labels("y", [0, 1.7])
    with pytest.raises(ValueError, match="0 to 999"):
        arg_checks.labels("y", [0, 1e300])
    np.testing.assert_array_equal(arg_checks.labels("y", np.array([[1.0], [2.0]])), [1, 2])


# ------------------------------------------------------------------ finite results
def test_rnn_overflow_is_named_not_returned_as_nan():
    with pytest.raises(ValueError, match=r"overflow.*t = 1"):
        rnn.run([[1e300]], [[0.0]], [[1.0]], [[1e300]])


def test_attention_overflow_is_named_not_returned_as_nan():
    with pytest.raises(ValueError, match="overflow"):
        attention.scaled_dot_product([[1e200, 1e200]], [[1e200, 1e200], [-1e200, 1]], [[1, 0], [0, 1]])


def test_sparse_autoencoder_saturation_is_refused_not_nan():
    vec = np.concatenate([np.full(160, -1e4), np.zeros(21)])
    with pytest.raises(ValueError, match="saturat"):
        sparse_ae.cost_and_grad(vec, np.random.default_rng(1).uniform(0, 1, (10, 16)), 5)


def test_inpainting_exact_fit_is_refused_not_nan():
    flat = Generator(np.ones((8, 3)), np.zeros(8), np.zeros((784, 8)), np.zeros(784))
    with pytest.raises(ValueError, match="log 0"):
        inpaint.cost_and_grad(flat, inpaint.keep_first(10), np.full(10, 0.5), np.zeros(3))


def test_gradient_check_of_a_nan_cost_is_refused():
    with pytest.raises(ValueError, match="cost"):
        gradcheck.relative_difference(lambda t: (float("nan"), np.zeros(2)), np.ones(2))


def test_blank_images_give_a_message_instead_of_an_endless_loop():
    box, _ = _call_with_deadline(lambda: sparse_ae.sample_patches(np.zeros((5, 28, 28)), n=10, size=8))
    assert isinstance(box.get("error"), ValueError) and "ink" in str(box["error"])


def test_sparse_patches_are_still_found_when_ink_is_rare():
    images = np.zeros((50, 28, 28))
    images[3, 10, 10] = 1.0                     # one inked pixel in 50 images
    P = sparse_ae.sample_patches(images, n=20, size=8, seed=0, min_ink=0.5)
    assert P.shape == (20, 64) and (P.sum(axis=1) > 0.5).all()


# ------------------------------------------------------------------ valid inputs still work
def test_numpy_scalars_and_integral_floats_are_accepted():
    assert inpaint.keep_first(np.int64(350)).m == 350
    assert inpaint.keep_first(350.0).m == 350
    assert inpaint.block_average(np.int32(7)).m == 16
    assert inpaint.from_mask(np.eye(28, dtype=np.uint8)).m == 28
    assert latent.sample_prior("gaussian", np.int64(3), 2, scale=np.float32(1.5)).Z.shape == (3, 2)
    assert imaging.mosaic(np.zeros((3, 2, 2)), cols=np.int64(2)).shape == (5, 5)


def test_the_largest_inpainting_run_the_tab_offers_is_allowed():
    g = Generator(np.zeros((8, 3)), np.zeros(8), np.zeros((784, 8)), np.zeros(784))
    # 100 000 iterations × 200 restarts (the page's maxima) pass the memory check
    inpaint._check_run(g, inpaint.keep_first(350), np.full(350, 0.3), 200, 100_000, 1e-3, "rmsprop",
                       0, "l2", None, 30.0, "single", None)


def test_display_helpers_keep_nan_as_no_value():
    tiles = np.array([[[0.0, np.nan], [1.0, 2.0]]])
    out = imaging.normalise_tiles(tiles)
    assert np.isnan(out[0, 0, 1]) and out[0, 1, 1] == 1.0 and out[0, 0, 0] == 0.0
    assert imaging.to_uint8(np.array([[np.nan, 2.0]])).tolist() == [[0, 255]]
    assert np.isnan(imaging.mosaic(np.full((1, 2, 2), np.nan))).all()


def test_softmax_labels_and_mlp_sweep_still_train():
    rng = np.random.default_rng(0)
    X, y = rng.uniform(0, 1, (30, 4)), np.arange(30) % 3
    model = softmax.train(X, y.astype(float), 1e-3, max_iter=5)
    assert model.W.shape == (3, 5)
    thetas, hist = mlp.train(X, y, 0.5, hidden=np.int64(3), max_iter=3, workers=1)
    assert thetas[0].shape == (3, 5) and np.isfinite(hist.objective).all()


# ------------------------------------------------------------------ any value at all
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

ANYTHING = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=5),
                     st.lists(st.floats(), max_size=4), st.complex_numbers())
CALLS = {
    "keep_first": lambda v: inpaint.keep_first(v),
    "block_average": lambda v: inpaint.block_average(v),
    "observe_sigma": lambda v: inpaint.observe(inpaint.keep_first(5), np.zeros((28, 28)), v),
    "prior_n": lambda v: latent.sample_prior("gaussian", v, 2),
    "prior_scale": lambda v: latent.sample_prior("uniform", 2, 2, scale=v),
    "interp_steps": lambda v: latent.interpolate(np.zeros(2), np.ones(2), steps=v),
    "rnn_activation": lambda v: rnn.run([[1.0]], [[0.0]], [[1.0]], [[1.0]], activation=v),
    "rnn_xs": lambda v: rnn.run([[1.0]], [[0.0]], [[1.0]], v),
    "attention_scale": lambda v: attention.scaled_dot_product([[1.0]], [[1.0]], [[1.0]], scale=v),
    "attention_Q": lambda v: attention.scaled_dot_product(v, [[1.0]], [[1.0]]),
    "softmax_z": lambda v: attention.softmax(v),
    "mlp_lam": lambda v: mlp.cost(mlp.init_params((2, 2, 2)), np.zeros((1, 2)), [0], v),
    "mlp_layers": lambda v: mlp.init_params((2, v, 2)),
    "gradcheck_eps": lambda v: gradcheck.relative_difference(lambda t: (float(t @ t), 2 * t), np.ones(2), v),
    "softmax_labels": lambda v: softmax.cost_and_grad(np.zeros((2, 2)), np.zeros((1, 1)), [v]),
    "ae_rho": lambda v: sparse_ae.cost_and_grad(sparse_ae.init_params(2, 1), np.full((2, 2), 0.5), 1, rho=v),
    "patches_size": lambda v: sparse_ae.sample_patches(np.ones((2, 6, 6)), n=3, size=v),
    "mosaic_cols": lambda v: imaging.mosaic(np.zeros((2, 2, 2)), cols=v),
    "percentile": lambda v: latent.percentile_of(v, [1.0, 2.0]),
}


@pytest.mark.parametrize("name", sorted(CALLS))
@settings(max_examples=60, deadline=None)
@given(value=ANYTHING)
def test_any_value_gives_a_result_or_a_value_error(name, value):
    try:
        out = CALLS[name](value)
    except ValueError as exc:
        assert str(exc).strip()
        return
    for arr in (out if isinstance(out, tuple) else (out,)):
        if isinstance(arr, (float, np.ndarray)):
            assert np.all(np.isfinite(arr)), f"{name}({value!r}) returned a non-finite result"
