"""Bad inputs: engine_values — hostile arguments for the engine's public calls.

Every case is one call of an engine function of API.md (inpainting, the MLP, L-BFGS,
gradient checks, the RNN, attention, the sparse autoencoder, softmax regression, latent
tools, image helpers) with one argument wrong: of the wrong type, shape or size, not
finite, out of range, too large for a float, or so large that it would ask for a hang
or a MemoryError.  Each must raise ``ValueError``; ``MENTIONS[name]`` is a regular
expression the message must match (the argument it names, or what it says is wrong),
checked by ``tests/engine/test_engine_arguments.py``.  Generator calls are started with
``next`` (their checks run before the first snapshot).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from . import BadFile, BadValue  # noqa: F401

FILES: list[BadFile] = []
VALUES: list[BadValue] = []
MENTIONS: dict[str, str] = {}


def _v(name: str, call, why: str, mentions: str) -> None:
    name = f"ev_{name}"
    VALUES.append(BadValue(name, call, why))
    MENTIONS[name] = mentions


# ------------------------------------------------------------------ small valid pieces
@lru_cache(maxsize=None)
def _gen():
    from nnlab_gui.engine.generator import Generator
    rng = np.random.default_rng(0)
    return Generator(rng.normal(0, 0.6, (8, 3)), rng.normal(0, 0.2, 8), rng.normal(0, 0.4, (784, 8)),
                     rng.normal(0, 0.3, 784), name="corpus")


def _T():
    from nnlab_gui.engine import inpaint
    return inpaint.keep_first(100)


def _img():
    return np.full((28, 28), 0.3)


def _y():
    return np.full(100, 0.3)


def _run(**kw):
    from nnlab_gui.engine import inpaint
    args = dict(restarts=2, iterations=3)
    args.update(kw)
    g, T, y = args.pop("g", _gen()), args.pop("T", _T()), args.pop("y", _y())
    return next(inpaint.iter_reconstruct(g, T, y, **args))


def _ip():
    from nnlab_gui.engine import inpaint
    return inpaint


def _mlp():
    from nnlab_gui.engine import mlp
    return mlp


def _mlp_data():
    rng = np.random.default_rng(0)
    return rng.uniform(0, 1, (6, 4)), np.array([0, 1, 2, 0, 1, 2])


def _thetas():
    return _mlp().init_params((4, 3, 3), seed=0)


def _cg(**kw):
    X, y = _mlp_data()
    a = dict(thetas=_thetas(), X=X, y=y, lam=0.0)
    a.update(kw)
    return _mlp().cost_and_grad(a["thetas"], a["X"], a["y"], a["lam"])


def _train(**kw):
    X, y = _mlp_data()
    a = dict(X=X, y=y, lams=[0.0], hidden=3, max_iter=2, workers=1)
    a.update(kw)
    X, y, lams = a.pop("X"), a.pop("y"), a.pop("lams")
    gen = _mlp().iter_train_many(X, y, lams, **a)
    try:
        return next(gen)
    finally:
        gen.close()


def _lbfgs(**kw):
    from nnlab_gui.engine.lbfgs import LockstepLBFGS
    a = dict(x0=np.zeros((2, 3)))
    a.update(kw)
    return LockstepLBFGS(a.pop("x0"), **a)


def _quad(theta):
    theta = np.asarray(theta, float)
    return float(theta @ theta), 2 * theta


def _gc():
    from nnlab_gui.engine import gradcheck
    return gradcheck


W_HX = [[1, 0, 1, 1, 0], [0, 1, 1, 0, 1]]
W_HH = [[0, 1], [1, 0]]
W_YH = [[-5, -5], [0, 3], [1, 2], [2, 2], [3, -1], [2.9, 0]]
XS = [[0, 0, 1, 1, 1], [1, -2, 0, 1, 1], [0, -1, 1, 1, 0]]


def _rnn(**kw):
    from nnlab_gui.engine import rnn
    a = dict(W_hx=W_HX, W_hh=W_HH, W_yh=W_YH, xs=XS)
    a.update(kw)
    return rnn.run(**a)


def _step():
    return _rnn()[0]


def _rnn_mod():
    from nnlab_gui.engine import rnn
    return rnn


def _rnn_text():
    from nnlab_gui.engine import rnn_text
    return rnn_text


INPUTS = [[1, 0], [0, 1], [1, 1], [2, 2]]


def _att(**kw):
    from nnlab_gui.engine import attention
    a = dict(Q=[[0, 1]], K=INPUTS, V=INPUTS)
    a.update(kw)
    return attention.scaled_dot_product(a.pop("Q"), a.pop("K"), a.pop("V"), **a)


def _attention():
    from nnlab_gui.engine import attention
    return attention


def _ae():
    from nnlab_gui.engine import sparse_ae
    return sparse_ae


def _ae_X():
    return np.random.default_rng(1).uniform(0, 1, (10, 16))


def _ae_cg(**kw):
    a = dict(vec=_ae().init_params(16, 5, seed=2), X=_ae_X(), hidden=5, rho=0.05, beta=3.0, lam=1e-4)
    a.update(kw)
    return _ae().cost_and_grad(a.pop("vec"), a.pop("X"), a.pop("hidden"), **a)


def _ae_train(**kw):
    a = dict(hidden=3, max_iter=2, patch=4)
    a.update(kw)
    X = a.pop("X", _ae_X())
    gen = _ae().iter_train(X, **a)
    try:
        return next(gen)
    finally:
        gen.close()


def _images(n=20, seed=0):
    return np.random.default_rng(seed).uniform(0, 1, (n, 28, 28))


def _patches(**kw):
    a = dict(images=_images(), n=10, size=8, seed=0)
    a.update(kw)
    return _ae().sample_patches(a.pop("images"), **a)


@lru_cache(maxsize=None)
def _ae_result():
    ae = _ae()
    P = ae.sample_patches(_images(), n=50, size=4, seed=0)
    return ae.train(P, hidden=3, max_iter=2, patch=4)


def _compare(**kw):
    labels = np.arange(20) % 10
    a = dict(result=_ae_result(), train_images=_images(20), train_labels=labels,
             test_images=_images(20, 1), test_labels=labels, max_iter=2)
    a.update(kw)
    return _ae().compare_features(a.pop("result"), a.pop("train_images"), a.pop("train_labels"),
                                  a.pop("test_images"), a.pop("test_labels"), **a)


def _sm():
    from nnlab_gui.engine import softmax
    return softmax


def _lat():
    from nnlab_gui.engine import latent
    return latent


def _img_mod():
    from nnlab_gui.engine import imaging
    return imaging


INF = 1e309            # a Python float literal that is already inf
HUGE = 10**400         # an int no float can hold
NAN = float("nan")

# ============================================================ inpainting: the operators T
_v("keep_first_zero", lambda: _ip().keep_first(0), "observes no pixel", r"\bn\b.*1.*784")
_v("keep_first_785", lambda: _ip().keep_first(785), "more pixels than the image", r"\bn\b.*784")
_v("keep_first_negative", lambda: _ip().keep_first(-3), "negative count", r"\bn\b")
_v("keep_first_fraction", lambda: _ip().keep_first(350.5), "350.5 silently became 350", r"whole number")
_v("keep_first_bool", lambda: _ip().keep_first(True), "True is not a pixel count", r"\bn\b")
_v("keep_first_text", lambda: _ip().keep_first("350"), "text is not a number", r"\bn\b")
_v("keep_first_huge_int", lambda: _ip().keep_first(HUGE), "400-digit count", r"digits")
_v("keep_first_nan", lambda: _ip().keep_first(NAN), "NaN count", r"\bn\b")
_v("keep_first_none", lambda: _ip().keep_first(None), "None count (TypeError today)", r"\bn\b")
_v("block_average_3", lambda: _ip().block_average(3), "3 does not divide 28", r"divide 28")
_v("block_average_0", lambda: _ip().block_average(0), "size 0", r"size")
_v("block_average_negative", lambda: _ip().block_average(-4), "negative size", r"size")
_v("block_average_56", lambda: _ip().block_average(56), "larger than the image", r"size")
_v("block_average_fraction", lambda: _ip().block_average(4.5), "4.5 silently became 4", r"size")
_v("block_average_huge", lambda: _ip().block_average(10**30), "10^30 divides nothing", r"size")
_v("from_mask_shape", lambda: _ip().from_mask(np.ones((28, 27), bool)), "not 28×28", r"mask.*shape")
_v("from_mask_3d", lambda: _ip().from_mask(np.ones((1, 28, 28), bool)), "a batch, not a mask", r"mask.*shape")
_v("from_mask_empty", lambda: _ip().from_mask(np.zeros((28, 28), bool)), "observes nothing", r"no pixel")
_v("from_mask_fractions", lambda: _ip().from_mask(np.full((28, 28), 0.5)), "0.5 is neither True nor False",
   r"mask.*(True|0 and 1|bool)")
_v("from_mask_nan", lambda: _ip().from_mask(np.full((28, 28), NAN)), "NaN became True", r"mask")
_v("from_mask_text", lambda: _ip().from_mask(np.full((28, 28), "x")), "text mask", r"mask")
_v("operator_float_index", lambda: _ip().Operator(np.array([[0.5], [3.2]]), "t", "select"),
   "fractional pixel indices were truncated", r"index")
_v("operator_bad_kind", lambda: _ip().Operator(np.array([[0], [1]]), "t", "smear"), "unknown kind", r"kind")
_v("operator_bad_order", lambda: _ip().Operator(np.array([[0], [1]]), "t", "select", np.array([0, 0])),
   "course_order is not a permutation", r"course_order")
_v("apply_wrong_shape", lambda: _T().apply(np.zeros((27, 28))), "27×28 image", r"images.*shape")
_v("apply_4d", lambda: _T().apply(np.zeros((2, 2, 28, 28))), "a batch of batches", r"images")
_v("apply_nan", lambda: _T().apply(np.full((28, 28), NAN)), "NaN pixels", r"images.*NaN")
_v("apply_inf", lambda: _T().apply(np.full((28, 28), INF)), "inf pixels", r"images.*NaN/inf")
_v("apply_text", lambda: _T().apply(np.full((28, 28), "a")), "text pixels", r"images")
_v("from_course_length", lambda: _T().from_course(np.zeros(99)), "99 values for 100 rows", r"100")
_v("from_course_nan", lambda: _T().from_course(np.full(100, NAN)), "NaN observation", r"NaN")
_v("to_image_shape", lambda: _T().to_image(np.zeros(5)), "5 values for 100 rows", r"observation|y")
_v("to_image_inf", lambda: _T().to_image(np.full(100, INF)), "inf observation", r"NaN/inf")
_v("observe_negative_sigma", lambda: _ip().observe(_T(), _img(), -0.1), "negative noise", r"sigma")
_v("observe_nan_sigma", lambda: _ip().observe(_T(), _img(), NAN), "NaN noise (silently no noise)", r"sigma")
_v("observe_inf_sigma", lambda: _ip().observe(_T(), _img(), INF), "inf noise", r"sigma")
_v("observe_bad_seed", lambda: _ip().observe(_T(), _img(), 0.1, seed=-1), "negative seed", r"seed")
_v("observe_text_seed", lambda: _ip().observe(_T(), _img(), 0.1, seed="one"), "text seed (TypeError)",
   r"seed")
_v("observe_not_operator", lambda: _ip().observe(np.eye(784)[:100], _img()), "a dense matrix for T",
   r"\bT\b")
_v("observe_overflow_image", lambda: _ip().observe(_T(), np.full((28, 28), 1e300)), "pixels of 1e300",
   r"image")

# ============================================================ inpainting: reconstruct
_v("reconstruct_restarts_0", lambda: _run(restarts=0), "no restart", r"restarts")
_v("reconstruct_restarts_huge", lambda: _run(restarts=10**12), "10^12 restarts: MemoryError", r"restarts")
_v("reconstruct_restarts_fraction", lambda: _run(restarts=2.5), "2.5 silently became 2", r"restarts")
_v("reconstruct_iterations_0", lambda: _run(iterations=0), "no step", r"iterations")
_v("reconstruct_iterations_negative", lambda: _run(iterations=-5), "negative steps", r"iterations")
_v("reconstruct_iterations_huge", lambda: _run(iterations=10**9), "10^9 steps: hang / 12 GB", r"iterations")
_v("reconstruct_history_too_big", lambda: _run(restarts=2000, iterations=100_000),
   "2000 × 100 000 costs: 2.4 GB of history", r"MB")
_v("reconstruct_iterations_bool", lambda: _run(iterations=True), "True is not a count", r"iterations")
_v("reconstruct_lr_zero", lambda: _run(lr=0.0), "no step", r"lr|learning rate")
_v("reconstruct_lr_negative", lambda: _run(lr=-1e-3), "ascent", r"lr|learning rate")
_v("reconstruct_lr_nan", lambda: _run(lr=NAN), "NaN step", r"lr|learning rate")
_v("reconstruct_lr_inf", lambda: _run(lr=INF), "1e309 is inf", r"lr|learning rate")
_v("reconstruct_lr_huge_int", lambda: _run(lr=HUGE), "OverflowError today", r"lr|learning rate")
_v("reconstruct_lr_text", lambda: _run(lr="0.001"), "TypeError today", r"lr|learning rate")
_v("reconstruct_optimizer_course", lambda: _run(optimizer="ADAMS"), "the report's name, not an option",
   r"optimizer")
_v("reconstruct_optimizer_none", lambda: _run(optimizer=None), "None optimiser", r"optimizer")
_v("reconstruct_optimizer_list", lambda: _run(optimizer=["rmsprop"]), "a list", r"optimizer")
_v("reconstruct_data_term", lambda: _run(data_term="l3"), "no such data term", r"data_term")
_v("reconstruct_precision", lambda: _run(precision="half"), "no such precision", r"precision")
_v("reconstruct_workers_0", lambda: _run(workers=0), "no thread", r"workers")
_v("reconstruct_workers_huge", lambda: _run(workers=10**6), "a million threads", r"workers")
_v("reconstruct_seed_negative", lambda: _run(seed=-1), "negative seed", r"seed")
_v("reconstruct_seed_fraction", lambda: _run(seed=1.5), "fractional seed", r"seed")
_v("reconstruct_y_length", lambda: _run(y=np.zeros(99)), "99 values for 100 rows", r"\by\b|observation")
_v("reconstruct_y_nan", lambda: _run(y=np.full(100, NAN)), "NaN observation", r"NaN")
_v("reconstruct_y_inf", lambda: _run(y=np.full(100, INF)), "inf observation", r"NaN/inf")
_v("reconstruct_y_matrix", lambda: _run(y=np.zeros((4, 25))), "100 values as a 4×25 matrix",
   r"\by\b|observation")
_v("reconstruct_y_text", lambda: _run(y=["a"] * 100), "text observation", r"\by\b|observation")
_v("reconstruct_y_overflow", lambda: _run(y=np.full(100, 1e30)),
   "1e30 overflows float32: 'diverged, learning rate too large' today", r"\by\b|observation")
_v("reconstruct_z0_width", lambda: _run(z0=np.zeros((1, 4))), "z0 of the wrong latent size", r"z0")
_v("reconstruct_z0_nan", lambda: _run(z0=np.full((1, 3), NAN)), "NaN start", r"z0")
_v("reconstruct_z0_rows", lambda: _run(z0=np.zeros((5, 3))), "more starts than restarts", r"z0")
_v("reconstruct_z0_overflow", lambda: _run(z0=np.full((1, 3), 1e200)), "‖z‖² overflows", r"z0")
_v("reconstruct_not_generator", lambda: _run(g="generator"), "a string for g", r"\bg\b")
_v("reconstruct_not_operator", lambda: _run(T=np.eye(784)[:100]), "a dense matrix for T", r"\bT\b")
_v("reconstruct_nan_generator", lambda: _run(g=_nan_generator()),
   "NaN weights: 'diverged, learning rate too large' today", r"generator|A1")
_v("reconstruct_rate_nan", lambda: _run(rate_hz=NAN), "NaN snapshot rate", r"rate_hz")
_v("reconstruct_blocking_bad", lambda: _ip().reconstruct(_gen(), _T(), _y(), restarts=2, iterations=-1),
   "reconstruct() with negative iterations", r"iterations")
_v("compare_one_optimizer", lambda: next(_ip().iter_compare(_gen(), _T(), _y(), optimizers=("rmsprop",),
                                                            restarts=2, iterations=3)),
   "one optimiser for a comparison of two", r"optimizers")
_v("compare_bad_lr", lambda: next(_ip().iter_compare(_gen(), _T(), _y(), lrs=(1e-3, -1.0),
                                                     restarts=2, iterations=3)),
   "negative second step", r"lr")
_v("compare_bad_optimizer", lambda: next(_ip().iter_compare(_gen(), _T(), _y(), optimizers=("rmsprop", "sgd"),
                                                            restarts=2, iterations=3)),
   "unknown second optimiser", r"optimizer")
_v("cost_z_width", lambda: _ip().cost_and_grad(_gen(), _T(), _y(), np.zeros(4)), "z of size 4 for d = 3",
   r"\bZ\b|latent")
_v("cost_z_nan", lambda: _ip().cost_and_grad(_gen(), _T(), _y(), np.full(3, NAN)), "NaN z", r"\bZ\b")
_v("cost_z_3d", lambda: _ip().cost_and_grad(_gen(), _T(), _y(), np.zeros((1, 2, 3))), "3-D Z", r"\bZ\b")
_v("cost_exact_fit", lambda: _ip().cost_and_grad(_flat_generator(), _T(), np.full(100, 0.5), np.zeros(3)),
   "‖T X − y‖² = 0: J = log 0 = −inf and a NaN gradient, silently", r"log 0|exactly")
_v("cost_data_term", lambda: _ip().cost_and_grad(_gen(), _T(), _y(), np.zeros(3), data_term="L2"),
   "case matters", r"data_term")
_v("default_workers_precision", lambda: _ip().default_workers(20, "quad"), "KeyError today", r"precision")
_v("default_workers_negative", lambda: _ip().default_workers(-5), "negative restarts", r"restarts")


def _nan_generator():
    from nnlab_gui.engine.generator import Generator
    g = _gen()
    A1 = g.A1.copy()
    A1[0, 0] = np.nan
    return Generator(A1, g.b1, g.A2, g.b2, name="nan")


def _flat_generator():
    from nnlab_gui.engine.generator import Generator
    return Generator(np.ones((8, 3)), np.zeros(8), np.zeros((784, 8)), np.zeros(784), name="flat")


# ============================================================ MLP
_v("mlp_init_one_layer", lambda: _mlp().init_params((400,)), "a network needs two layers", r"layers")
_v("mlp_init_zero_units", lambda: _mlp().init_params((400, 0, 10)), "an empty hidden layer", r"layers")
_v("mlp_init_huge_layer", lambda: _mlp().init_params((400, 10**7, 10)), "4·10^9 weights: MemoryError",
   r"layers|MB")
_v("mlp_init_fraction", lambda: _mlp().init_params((400, 25.5, 10)), "25.5 units", r"layers")
_v("mlp_init_text", lambda: _mlp().init_params("400-25-10"), "a string of layers", r"layers")
_v("mlp_init_epsilon_nan", lambda: _mlp().init_params((4, 3, 3), epsilon=NAN), "NaN weights", r"epsilon")
_v("mlp_debug_params_zero", lambda: _mlp().debug_params((3, 0, 3)), "empty layer", r"layers")
_v("mlp_cost_X_columns", lambda: _cg(X=np.zeros((6, 5))), "5 inputs for 4", r"X has shape")
_v("mlp_cost_X_nan", lambda: _cg(X=np.full((6, 4), NAN)), "NaN data: NaN cost", r"X.*NaN")
_v("mlp_cost_X_empty", lambda: _cg(X=np.zeros((0, 4)), y=np.zeros(0)), "no sample: 0/0 = NaN cost", r"X")
_v("mlp_cost_X_text", lambda: _cg(X=[["a"] * 4] * 6), "text data", r"X")
_v("mlp_cost_y_fraction", lambda: _cg(y=np.array([0, 1.7, 2, 0, 1, 2])), "1.7 became 1", r"\by\b.*whole")
_v("mlp_cost_y_too_big", lambda: _cg(y=np.array([0, 1, 3, 0, 1, 2])), "label 3 with 3 outputs", r"\by\b")
_v("mlp_cost_y_negative", lambda: _cg(y=np.array([0, -1, 2, 0, 1, 2])), "label −1", r"\by\b")
_v("mlp_cost_y_length", lambda: _cg(y=np.array([0, 1, 2])), "3 labels for 6 samples", r"labels")
_v("mlp_cost_y_nan", lambda: _cg(y=np.array([0, NAN, 2, 0, 1, 2])), "NaN label became garbage", r"\by\b")
_v("mlp_cost_lam_negative", lambda: _cg(lam=-1.0), "negative λ", r"lam|λ")
_v("mlp_cost_lam_nan", lambda: _cg(lam=NAN), "NaN λ: NaN cost", r"lam|λ")
_v("mlp_cost_lam_huge_int", lambda: _cg(lam=HUGE), "OverflowError", r"lam|λ")
_v("mlp_cost_thetas_mismatch", lambda: _cg(thetas=[np.zeros((3, 5)), np.zeros((3, 5))]),
   "Θ2 takes 4 inputs, Θ1 gives 3", r"Θ|thetas")
_v("mlp_cost_thetas_nan", lambda: _cg(thetas=[np.full((3, 5), NAN), np.zeros((3, 4))]), "NaN weights",
   r"Θ|thetas")
_v("mlp_cost_thetas_empty", lambda: _cg(thetas=[]), "no layer (IndexError today)", r"Θ|thetas")
_v("mlp_cost_only_length", lambda: _mlp().cost(_thetas(), _mlp_data()[0], [0, 1]), "2 labels for 6 samples",
   r"labels")
_v("mlp_cost_only_lam_inf", lambda: _mlp().cost(_thetas(), *_mlp_data(), INF), "inf λ", r"lam|λ")
_v("mlp_predict_X_shape", lambda: _mlp().predict(_thetas(), np.zeros((2, 7))), "7 inputs for 4", r"X")
_v("mlp_predict_X_inf", lambda: _mlp().predict(_thetas(), np.full((2, 4), INF)), "inf data", r"X")
_v("mlp_accuracy_length", lambda: _mlp().accuracy(_thetas(), _mlp_data()[0], [0]), "1 label for 6 samples",
   r"labels")
_v("mlp_penalty_m_zero", lambda: _mlp().penalty(_thetas(), 1.0, 0), "division by m = 0", r"\bm\b")
_v("mlp_unpack_length", lambda: _mlp().unpack(np.zeros(5), (4, 3, 3)), "5 entries for 27", r"27")
_v("mlp_tiles_not_square", lambda: _mlp().hidden_tiles(np.zeros((3, 6))), "5 weights: no square", r"square")
_v("mlp_tiles_order", lambda: _mlp().hidden_tiles(np.zeros((3, 5)), order="X"), "unknown order", r"order")
_v("mlp_course_labels_fraction", lambda: _mlp().course_labels([1, 2.5]), "2.5 became 2", r"\by\b|label")
_v("mlp_course_labels_11", lambda: _mlp().course_labels([1, 11]), "no digit 11", r"\by\b|label")
_v("mlp_sigmoid_text", lambda: _mlp().sigmoid("x"), "text", r"\bz\b")
_v("mlp_train_lam_nan", lambda: _train(lams=[NAN]), "NaN λ", r"λ")
_v("mlp_train_lam_inf", lambda: _train(lams=[INF]), "1e309 is inf", r"λ")
_v("mlp_train_lam_huge_int", lambda: _train(lams=[HUGE]), "OverflowError today", r"λ")
_v("mlp_train_lam_text", lambda: _train(lams=["a"]), "ValueError of float() today, unnamed", r"λ")
_v("mlp_train_lams_empty", lambda: _train(lams=[]), "no λ", r"λ")
_v("mlp_train_lams_many", lambda: _train(lams=[0.0] * 1000), "1000 networks at once", r"λ")
_v("mlp_train_lams_string", lambda: _train(lams="0.1"), "a string iterates as characters", r"λ|lams")
_v("mlp_train_hidden_zero", lambda: _train(hidden=0), "empty hidden layer", r"hidden")
_v("mlp_train_hidden_huge", lambda: _train(hidden=10**6), "a million hidden units", r"hidden")
_v("mlp_train_hidden_tuple_zero", lambda: _train(hidden=(3, 0)), "an empty second layer", r"hidden")
_v("mlp_train_hidden_fraction", lambda: _train(hidden=2.5), "2.5 became 2", r"hidden")
_v("mlp_train_max_iter_zero", lambda: _train(max_iter=0), "no iteration", r"max_iter")
_v("mlp_train_max_iter_huge", lambda: _train(max_iter=10**9), "10^9 iterations: a hang", r"max_iter")
_v("mlp_train_y_fraction", lambda: _train(y=np.array([0, 1.7, 2, 0, 1, 2])), "1.7 became 1", r"\by\b")
_v("mlp_train_y_huge_label", lambda: _train(y=np.array([0, 1, 10**12, 0, 1, 2])),
   "label 10^12: a 6 × 10^12 one-hot matrix, MemoryError", r"\by\b")
_v("mlp_train_y_length", lambda: _train(y=np.array([0, 1])), "2 labels for 6 rows", r"labels")
_v("mlp_train_X_inf", lambda: _train(X=np.full((6, 4), INF)), "inf data", r"X")
_v("mlp_train_X_1d", lambda: _train(X=np.zeros(6)), "a vector of data", r"X")
_v("mlp_train_X_huge", lambda: _train(X=np.full((6, 4), 1e200)), "values of 1e200 overflow the products",
   r"X")
_v("mlp_train_optimizer", lambda: _train(optimizer="adam"), "no such optimiser", r"optimizer")
_v("mlp_train_X_val_columns", lambda: _train(X_val=np.zeros((2, 5)), y_val=[0, 1]), "5 inputs for 4",
   r"X_val")
_v("mlp_train_X_val_alone", lambda: _train(X_val=np.zeros((2, 4))), "validation data without labels",
   r"y_val")
_v("mlp_train_y_val_length", lambda: _train(X_val=np.zeros((2, 4)), y_val=[0, 1, 2]), "3 labels for 2 rows",
   r"y_val")
_v("mlp_train_X_val_nan", lambda: _train(X_val=np.full((2, 4), NAN), y_val=[0, 1]), "NaN validation data",
   r"X_val")
_v("mlp_train_workers_zero", lambda: _train(workers=0), "silently became 1", r"workers")
_v("mlp_train_dtype", lambda: _train(dtype=np.int32), "integer products", r"dtype")
_v("mlp_train_ftol", lambda: _train(ftol=-1.0), "negative tolerance", r"ftol")
_v("mlp_train_num_labels_small", lambda: _train(num_labels=2), "labels 0..2 with 2 classes", r"\by\b|num_labels")
_v("mlp_train_num_labels_huge", lambda: _train(num_labels=10**9), "10^9 outputs: MemoryError", r"num_labels")
_v("mlp_train_seed", lambda: _train(seed=-1), "negative seed", r"seed")
_v("mlp_train_stop", lambda: _train(stop="stop"), "not an Event", r"stop")
_v("mlp_train_interval", lambda: _train(min_interval=NAN), "NaN interval", r"min_interval")
_v("mlp_train_blocking", lambda: _mlp().train(*_mlp_data(), NAN, hidden=3, max_iter=2),
   "train() with a NaN λ", r"λ")
_v("mlp_train_lam_list", lambda: _mlp().train(*_mlp_data(), [0.0, 1.0], hidden=3, max_iter=2),
   "a list for one λ trained two networks", r"λ")
_v("mlp_layers_of_bad", lambda: _mlp().layers_of([np.zeros((3, 5)), np.zeros((2, 3))]), "shapes do not chain",
   r"Θ2")
_v("mlp_default_params_too_big", lambda: _train(X=np.zeros((6, 4)), hidden=(10_000, 10_000, 10_000)),
   "3·10^8 weights", r"MB|hidden")

# ============================================================ L-BFGS
_v("lbfgs_x0_nan", lambda: _lbfgs(x0=np.full((2, 3), NAN)), "NaN start", r"finite")
_v("lbfgs_x0_empty", lambda: _lbfgs(x0=np.zeros((0, 3))), "no problem", r"x0|starting")
_v("lbfgs_x0_no_variables", lambda: _lbfgs(x0=np.zeros((2, 0))), "no variable", r"x0|starting")
_v("lbfgs_x0_3d", lambda: _lbfgs(x0=np.zeros((2, 3, 1))), "3-D starting points", r"x0|starting")
_v("lbfgs_max_iter_zero", lambda: _lbfgs(max_iter=0), "no iteration", r"max_iter")
_v("lbfgs_max_iter_huge", lambda: _lbfgs(max_iter=10**12), "a hang", r"max_iter")
_v("lbfgs_memory_zero", lambda: _lbfgs(memory=0), "no memory: plain gradient steps silently", r"memory")
_v("lbfgs_ftol_nan", lambda: _lbfgs(ftol=NAN), "NaN tolerance", r"ftol")
_v("lbfgs_max_ls_zero", lambda: _lbfgs(max_ls=0), "no line-search trial", r"max_ls")
_v("lbfgs_too_big", lambda: _lbfgs(x0=np.zeros((1, 1)), memory=10**9), "a billion pairs", r"memory")
_v("lbfgs_tell_unknown", lambda: _lbfgs().tell({5: (1.0, np.zeros(3))}), "IndexError today", r"problem")
_v("lbfgs_tell_grad_shape", lambda: _lbfgs().tell({0: (1.0, np.zeros(4))}), "gradient of 4 for 3 variables",
   r"gradient")
_v("lbfgs_tell_cost_text", lambda: _lbfgs().tell({0: ("a", np.zeros(3))}), "text cost", r"cost|\bf\b")

# ============================================================ gradient check
_v("gradcheck_eps_zero", lambda: _gc().relative_difference(_quad, np.ones(3), eps=0.0), "0/0", r"eps")
_v("gradcheck_eps_negative", lambda: _gc().relative_difference(_quad, np.ones(3), eps=-1e-4), "negative", r"eps")
_v("gradcheck_eps_nan", lambda: _gc().relative_difference(_quad, np.ones(3), eps=NAN), "NaN result", r"eps")
_v("gradcheck_eps_huge", lambda: _gc().relative_difference(_quad, np.ones(3), eps=1e300), "2ε overflows",
   r"eps")
_v("gradcheck_theta_nan", lambda: _gc().relative_difference(_quad, [1.0, NAN]), "NaN parameters", r"theta")
_v("gradcheck_theta_empty", lambda: _gc().relative_difference(_quad, []), "no parameter", r"theta")
_v("gradcheck_theta_text", lambda: _gc().relative_difference(_quad, ["a"]), "text parameter", r"theta")
_v("gradcheck_theta_huge", lambda: _gc().numerical_gradient(_quad, np.zeros(10**6)),
   "2·10^6 evaluations of f", r"theta")
_v("gradcheck_f_not_callable", lambda: _gc().relative_difference("f", np.ones(3)), "TypeError today", r"\bf\b")
_v("gradcheck_f_nan_cost", lambda: _gc().relative_difference(lambda t: (NAN, np.zeros(3)), np.ones(3)),
   "NaN cost: NaN difference, silently", r"cost")
_v("gradcheck_f_nan_grad", lambda: _gc().relative_difference(lambda t: (1.0, np.full(3, NAN)), np.ones(3)),
   "NaN gradient: NaN difference, silently", r"gradient")
_v("gradcheck_f_scalar", lambda: _gc().check(lambda t: 1.0, np.ones(3)), "a cost without a gradient",
   r"\(cost, grad\)")
_v("gradcheck_f_grad_shape", lambda: _gc().check(lambda t: (1.0, np.zeros(4)), np.ones(3)),
   "gradient of 4 for 3", r"gradient")
_v("gradcheck_nn_lam_nan", lambda: _gc().check_nn_gradients(NAN), "NaN λ", r"lam|λ")
_v("gradcheck_nn_hidden_zero", lambda: _gc().check_nn_gradients(hidden_size=0), "empty layer", r"hidden_size")
_v("gradcheck_nn_m_zero", lambda: _gc().check_nn_gradients(m=0), "no sample: NaN", r"\bm\b")
_v("gradcheck_nn_labels_huge", lambda: _gc().check_nn_gradients(num_labels=10**6), "a million outputs",
   r"num_labels")

# ============================================================ RNN
_v("rnn_activation_unknown", lambda: _rnn(activation="softmax"), "no such activation", r"activation")
_v("rnn_activation_list", lambda: _rnn(activation=["relu"]), "TypeError (unhashable) today", r"activation")
_v("rnn_activation_none", lambda: _rnn(activation=None), "None activation", r"activation")
_v("rnn_W_hx_nan", lambda: _rnn(W_hx=[[1, NAN, 1, 1, 0], [0, 1, 1, 0, 1]]), "NaN weight", r"W_hx")
_v("rnn_W_hh_shape", lambda: _rnn(W_hh=[[0, 1, 0], [1, 0, 0]]), "2×3 W_hh", r"W_hh")
_v("rnn_xs_width", lambda: _rnn(xs=[[0, 0, 1, 1]]), "4 inputs for 5", r"xs")
_v("rnn_xs_empty", lambda: _rnn(xs=np.zeros((0, 5))), "no time step", r"xs")
_v("rnn_xs_3d", lambda: _rnn(xs=np.zeros((1, 3, 5))), "3-D inputs", r"xs")
_v("rnn_b_h_length", lambda: _rnn(b_h=[1, 2, 3]), "3 biases for 2 units", r"b_h")
_v("rnn_W_hx_huge_int", lambda: _rnn(W_hx=[[HUGE, 0, 1, 1, 0], [0, 1, 1, 0, 1]]), "OverflowError today",
   r"W_hx")
_v("rnn_W_hx_text", lambda: _rnn(W_hx=[["a", 0, 1, 1, 0], [0, 1, 1, 0, 1]]), "text weight", r"W_hx")
_v("rnn_overflow", lambda: _rnn(W_hx=[[1e300, 0, 1, 1, 0], [0, 1, 1, 0, 1]], xs=[[1e300, 0, 1, 1, 1]]),
   "a_1 = 1e600 = inf: NaN softmax, silently", r"overflow")
_v("rnn_recurrent_overflow", lambda: _rnn(W_hh=[[1e200, 0], [0, 1e200]], xs=[[0, 0, 1, 1, 1]] * 4),
   "h_t grows by 1e200 a step: inf by t = 3", r"overflow")
_v("rnn_too_many_steps", lambda: _rnn(xs=np.zeros((100_000, 5))), "10^5 steps of intermediates", r"xs")
_v("rnn_too_wide", lambda: _rnn(W_hx=np.zeros((2, 5000)), xs=np.zeros((1, 5000))), "5000 inputs", r"W_hx")
_v("rnn_check_not_mapping", lambda: _rnn_mod().check_step(_step(), [1, 2]), "a list of answers", r"answers")
_v("rnn_check_atol_nan", lambda: _rnn_mod().check_step(_step(), {"h": [2, 2]}, atol=NAN),
   "NaN tolerance: everything wrong", r"atol")
_v("rnn_check_atol_negative", lambda: _rnn_mod().check_step(_step(), {"h": [2, 2]}, atol=-1.0),
   "negative tolerance", r"atol")
_v("rnn_check_rtol_inf", lambda: _rnn_mod().check_step(_step(), {"h": [2, 2]}, rtol=INF),
   "inf tolerance: everything right", r"rtol")
_v("rnn_check_value_nan", lambda: _rnn_mod().check_step(_step(), {"h": [NAN, 2]}), "NaN answer", r"h_1")
_v("rnn_check_prediction_float", lambda: _rnn_mod().check_step(_step(), {"prediction": 3.0}),
   "a float prediction", r"prediction")
_v("rnn_check_not_step", lambda: _rnn_mod().check_step("step", {"h": [2, 2]}), "AttributeError today",
   r"step")
_v("rnn_check_key_type", lambda: _rnn_mod().check_step(_step(), {3: [2, 2]}), "a number as a key",
   r"quantity")
_v("rnn_product_row_range", lambda: _rnn_mod().product_terms(np.eye(2), [1, 2], 5), "IndexError today",
   r"row")
_v("rnn_product_row_negative", lambda: _rnn_mod().product_terms(np.eye(2), [1, 2], -1),
   "row −1 silently the last", r"row")
_v("rnn_product_v_length", lambda: _rnn_mod().product_terms(np.eye(2), [1, 2, 3], 0),
   "zip truncates the third entry", r"\bv\b")
_v("rnn_product_nan", lambda: _rnn_mod().product_terms(np.eye(2), [NAN, 2], 0), "NaN entry", r"\bv\b")
_v("rnn_quantity_unknown", lambda: _rnn_mod().quantity_label("bogus", 1), "KeyError today", r"quantity")
_v("rnn_quantity_t_zero", lambda: _rnn_mod().quantity_label("h", 0), "h_0 is not a step's output", r"\bt\b")
_v("rnn_markdown_not_steps", lambda: _rnn_mod().to_markdown([1, 2]), "AttributeError today", r"steps")
_v("rnn_markdown_digits", lambda: _rnn_mod().to_markdown(_rnn(), digits=-1), "negative digits", r"digits")
_v("rnn_latex_vocab", lambda: _rnn_mod().to_latex(_rnn(), vocab="abc"), "a string as vocabulary", r"vocab")
_v("rnn_text_word_index", lambda: _rnn_text().word_index(5, ["a", "b"], 2), "AttributeError today", r"text")
_v("rnn_text_word_index_n", lambda: _rnn_text().word_index("1", ["a"], 0), "no entry to choose", r"\bn\b")
_v("rnn_text_hidden_states_empty", lambda: _rnn_text().hidden_states([]), "IndexError today", r"steps")
_v("rnn_text_hidden_states_upto", lambda: _rnn_text().hidden_states(_rnn(), upto=-1), "negative upto",
   r"upto")
_v("rnn_text_word_negative", lambda: _rnn_text().word(-1, ["a", "b"]), "−1 silently the last word", r"\bi\b")
_v("rnn_text_step_lost", lambda: _rnn_text().step_html(_step(), lost=[9]), "IndexError today", r"lost")

# ============================================================ attention
_v("att_width", lambda: _att(Q=[[1, 2, 3]]), "d_k disagree", r"\bQ\b.*\bK\b")
_v("att_rows", lambda: _att(V=[[1, 2]] * 3), "one value per key", r"\bK\b.*\bV\b")
_v("att_Q_empty", lambda: _att(Q=np.zeros((0, 2))), "no query", r"\bQ\b")
_v("att_K_nan", lambda: _att(K=[[NAN, 0]] + INPUTS[1:]), "NaN key", r"\bK\b")
_v("att_V_3d", lambda: _att(V=np.zeros((4, 2, 1))), "3-D values", r"\bV\b")
_v("att_scale_text", lambda: _att(scale="no"), "'no' is truthy", r"scale")
_v("att_Q_huge_int", lambda: _att(Q=[[HUGE, 0]]), "OverflowError today", r"\bQ\b")
_v("att_Q_text", lambda: _att(Q=[["a", "b"]]), "text", r"\bQ\b")
_v("att_overflow", lambda: _att(Q=[[1e200, 1e200]], K=[[1e200, 1e200], [-1e200, 1]], V=[[1, 0], [0, 1]]),
   "scores inf − inf: NaN weights, silently", r"overflow")
_v("att_too_big", lambda: _att(Q=np.zeros((5000, 1)), K=np.zeros((5000, 1)), V=np.zeros((5000, 1))),
   "25·10^6 scores × 3", r"scores|MB")
_v("att_softmax_empty", lambda: _attention().softmax([]), "no entry", r"\bz\b")
_v("att_softmax_nan", lambda: _attention().softmax([1.0, NAN]), "NaN in, NaN out", r"\bz\b")
_v("att_softmax_inf", lambda: _attention().softmax([INF, 1.0]), "inf − inf = NaN", r"\bz\b")
_v("att_softmax_axis", lambda: _attention().softmax([1.0, 2.0], axis=3), "AxisError", r"axis")
_v("att_mean_empty", lambda: _attention().mean_context(np.zeros((0, 2))), "no value", r"\bV\b")
_v("att_markdown_not_result", lambda: _attention().to_markdown("att"), "AttributeError today", r"att")
_v("att_html_not_result", lambda: _rnn_text().attention_html(None), "AttributeError today", r"att")

# ============================================================ sparse autoencoder
_v("ae_patches_2d", lambda: _patches(images=np.zeros((28, 28))), "one image, not a stack", r"images")
_v("ae_patches_size_zero", lambda: _patches(size=0), "0×0 patches", r"size")
_v("ae_patches_size_big", lambda: _patches(size=29), "bigger than the images", r"size")
_v("ae_patches_size_fraction", lambda: _patches(size=7.5), "7.5 became 7", r"size")
_v("ae_patches_n_zero", lambda: _patches(n=0), "no patch", r"\bn\b")
_v("ae_patches_n_huge", lambda: _patches(n=10**9), "6·10^10 numbers: MemoryError", r"\bn\b|MB")
_v("ae_patches_nan", lambda: _patches(images=np.full((3, 28, 28), NAN)), "NaN pixels", r"images")
_v("ae_patches_empty_stack", lambda: _patches(images=np.zeros((0, 28, 28))), "no image", r"images")
_v("ae_patches_blank", lambda: _patches(images=np.zeros((3, 28, 28))),
   "no patch has ink > 0: an endless loop today", r"ink")
_v("ae_patches_ink_too_high", lambda: _patches(min_ink=65.0), "65 > 8×8 pixels of at most 1: endless loop",
   r"ink")
_v("ae_patches_ink_nan", lambda: _patches(min_ink=NAN), "NaN: every patch refused, endless loop",
   r"min_ink")
_v("ae_patches_seed", lambda: _patches(seed=-2), "negative seed", r"seed")
_v("ae_cost_rho_zero", lambda: _ae_cg(rho=0.0), "log 0", r"ρ|rho")
_v("ae_cost_rho_one", lambda: _ae_cg(rho=1.0), "log 0", r"ρ|rho")
_v("ae_cost_rho_nan", lambda: _ae_cg(rho=NAN), "NaN cost", r"ρ|rho")
_v("ae_cost_beta_negative", lambda: _ae_cg(beta=-1.0), "rewards density", r"β|beta")
_v("ae_cost_beta_nan", lambda: _ae_cg(beta=NAN), "NaN cost", r"β|beta")
_v("ae_cost_lam_negative", lambda: _ae_cg(lam=-1.0), "rewards large weights", r"λ|lam")
_v("ae_cost_lam_huge_int", lambda: _ae_cg(lam=HUGE), "OverflowError today", r"λ|lam")
_v("ae_cost_X_nan", lambda: _ae_cg(X=np.full((10, 16), NAN)), "NaN data", r"X")
_v("ae_cost_X_empty", lambda: _ae_cg(X=np.zeros((0, 16))), "no sample: 0/0", r"X")
_v("ae_cost_X_range", lambda: _ae_cg(X=np.full((10, 16), 3.0)), "sigmoid outputs cannot reach 3", r"X")
_v("ae_cost_vec_length", lambda: _ae_cg(vec=np.zeros(7)), "7 entries for 181", r"181")
_v("ae_cost_vec_nan", lambda: _ae_cg(vec=np.full(181, NAN)), "NaN weights", r"vec|parameter")
_v("ae_cost_hidden_zero", lambda: _ae_cg(hidden=0), "no hidden unit", r"hidden")
_v("ae_cost_saturated", lambda: _ae_cg(vec=np.concatenate([np.full(160, -1e4), np.zeros(21)])),
   "ρ̂ = 0 exactly: J = inf and a NaN gradient, silently", r"saturat|ρ̂")
_v("ae_train_beta_nan", lambda: _ae_train(beta=NAN), "NaN β passed the check today", r"β|beta")
_v("ae_train_rho", lambda: _ae_train(rho=1.5), "ρ outside (0, 1)", r"ρ")
_v("ae_train_hidden_zero", lambda: _ae_train(hidden=0), "no hidden unit", r"hidden")
_v("ae_train_hidden_huge", lambda: _ae_train(hidden=10**7), "2·10^8 weights", r"hidden|MB")
_v("ae_train_max_iter_zero", lambda: _ae_train(max_iter=0), "no iteration", r"max_iter")
_v("ae_train_max_iter_huge", lambda: _ae_train(max_iter=10**9), "a hang", r"max_iter")
_v("ae_train_patch_mismatch", lambda: _ae_train(patch=5), "5×5 patches are 25 inputs, not 16", r"patch")
_v("ae_train_X_1d", lambda: _ae_train(X=np.zeros(16)), "a vector", r"X")
_v("ae_train_X_range", lambda: _ae_train(X=np.full((10, 16), -0.5)), "negative data for sigmoid outputs", r"X")
_v("ae_train_stop", lambda: _ae_train(stop=1), "not an Event", r"stop")
_v("ae_train_blocking", lambda: _ae().train(_ae_X(), hidden=3, rho=0.0), "train() with ρ = 0", r"ρ")
_v("ae_encode_columns", lambda: _ae().encode(_ae_result().params, np.zeros((2, 5))), "5 inputs for 16", r"X")
_v("ae_encode_params", lambda: _ae().encode("params", np.zeros((2, 16))), "not AEParams", r"params")
_v("ae_features_step_zero", lambda: _ae().patch_features(_ae_result().params, _images(2), 4, step=0),
   "range() step 0", r"step")
_v("ae_features_patch_big", lambda: _ae().patch_features(_ae_result().params, _images(2), 40),
   "patch bigger than the images", r"patch")
_v("ae_features_patch_inputs", lambda: _ae().patch_features(_ae_result().params, _images(2), 5),
   "5×5 windows for a 16-input autoencoder", r"patch")
_v("ae_compare_labels_100", lambda: _compare(train_labels=np.full(20, 100)), "labels are 0 … 99", r"labels")
_v("ae_compare_labels_length", lambda: _compare(test_labels=np.arange(5)), "5 labels for 20 images",
   r"labels")
_v("ae_compare_images_shape", lambda: _compare(test_images=np.zeros((20, 27, 27))),
   "27×27 test images for 28×28 training", r"test_images")
_v("ae_compare_step", lambda: _compare(step=0), "step 0", r"step")
_v("ae_compare_result", lambda: _compare(result="result"), "AttributeError today", r"result")
_v("ae_compare_lam", lambda: _compare(lam=NAN), "NaN λ", r"lam|λ")

# ============================================================ softmax regression
_v("sm_cost_label_negative", lambda: _sm().cost_and_grad(np.zeros((3, 5)), np.zeros((2, 4)), [0, -1]),
   "−1 silently the last class", r"\by\b")
_v("sm_cost_label_big", lambda: _sm().cost_and_grad(np.zeros((3, 5)), np.zeros((2, 4)), [0, 3]),
   "IndexError today", r"\by\b")
_v("sm_cost_W_shape", lambda: _sm().cost_and_grad(np.zeros((3, 6)), np.zeros((2, 4)), [0, 1]),
   "W for 5 inputs, X has 4", r"\bW\b")
_v("sm_cost_X_nan", lambda: _sm().cost_and_grad(np.zeros((3, 5)), np.full((2, 4), NAN), [0, 1]),
   "NaN data", r"X")
_v("sm_cost_X_empty", lambda: _sm().cost_and_grad(np.zeros((3, 5)), np.zeros((0, 4)), []),
   "no sample: NaN mean", r"X")
_v("sm_train_label_fraction", lambda: _sm().train(np.zeros((2, 4)), [0, 1.5]), "1.5 became 1", r"\by\b")
_v("sm_train_num_labels", lambda: _sm().train(np.zeros((2, 4)), [0, 1], num_labels=0), "no class",
   r"num_labels")
_v("sm_train_lam", lambda: _sm().train(np.zeros((2, 4)), [0, 1], lam=NAN), "NaN λ", r"lam|λ")
_v("sm_train_max_iter", lambda: _sm().train(np.zeros((2, 4)), [0, 1], max_iter=0), "no iteration",
   r"max_iter")
_v("sm_predict_columns", lambda: _sm().predict(np.zeros((3, 5)), np.zeros((2, 7))), "7 inputs for 4", r"X")

_v("sm_accuracy_length", lambda: _sm().accuracy(np.zeros((3, 5)), np.zeros((2, 4)), [0]), "1 label for 2 rows",
   r"labels")
_v("sm_model_predict", lambda: _sm().SoftmaxModel(np.zeros((3, 5)), 0.0, 0).predict(np.full((1, 4), NAN)),
   "NaN data", r"X")
_v("sm_train_stop", lambda: _sm().train(np.zeros((2, 4)), [0, 1], stop="stop"), "not an Event", r"stop")

# ============================================================ latent tools
_v("lat_prior_kind", lambda: _lat().sample_prior(3, 4, 2), "a number as the prior", r"prior|kind")
_v("lat_prior_n_huge", lambda: _lat().sample_prior("gaussian", 10**9, 10), "8·10^10 bytes", r"\bn\b|MB")
_v("lat_prior_n_fraction", lambda: _lat().sample_prior("gaussian", 2.5, 3), "TypeError today", r"\bn\b")
_v("lat_prior_d_zero", lambda: _lat().sample_prior("gaussian", 4, 0), "no dimension", r"\bd\b")
_v("lat_prior_scale_nan", lambda: _lat().sample_prior("gaussian", 4, 2, scale=NAN), "NaN scale", r"scale")
_v("lat_prior_scale_huge_int", lambda: _lat().sample_prior("gaussian", 4, 2, scale=HUGE),
   "OverflowError today", r"scale")
_v("lat_prior_components", lambda: _lat().sample_prior("mixture", 4, 2, components=0),
   "a mixture of nothing", r"components")
_v("lat_prior_sigma", lambda: _lat().sample_prior("mixture", 4, 2, sigma=-1.0), "negative spread", r"sigma")
_v("lat_interp_steps_huge", lambda: _lat().interpolate(np.zeros(3), np.ones(3), steps=10**9),
   "10^9 steps: MemoryError", r"steps")
_v("lat_interp_steps_fraction", lambda: _lat().interpolate(np.zeros(3), np.ones(3), steps=2.5),
   "TypeError today", r"steps")
_v("lat_interp_nan", lambda: _lat().interpolate(np.full(3, NAN), np.ones(3)), "NaN end point", r"z0")
_v("lat_interp_method", lambda: _lat().interpolate(np.zeros(3), np.ones(3), method="cubic"),
   "no such interpolation", r"method")
_v("lat_interp_shapes", lambda: _lat().interpolate(np.zeros(3), np.ones(4)), "3 and 4 entries", r"z0.*z1|z1")
_v("lat_interp_empty", lambda: _lat().interpolate([], []), "empty end points", r"z0")
_v("lat_interp_overflow", lambda: _lat().interpolate(np.full(3, 1e200), np.full(3, -1e200),
                                                   method="spherical"),
   "‖z‖² overflows: NaN angle", r"z0")
_v("lat_pca_nan", lambda: _lat().pca_2d(np.full((4, 3), NAN)), "SVD of NaN (LinAlgError today)", r"\bZ\b")
_v("lat_pca_one_code", lambda: _lat().pca_2d(np.zeros((1, 3))), "one code", r"\bZ\b|PCA")
_v("lat_pca_3d", lambda: _lat().pca_2d(np.zeros((4, 3, 2))), "3-D codes", r"\bZ\b|PCA")
_v("lat_projection_width", lambda: _lat().pca_2d(np.random.default_rng(0).normal(size=(5, 3)))
   .transform(np.zeros((2, 4))), "4-D codes for a 3-D projection", r"\bZ\b")
_v("lat_projection_inverse", lambda: _lat().pca_2d(np.random.default_rng(0).normal(size=(5, 3)))
   .inverse(np.zeros((2, 3))), "3 coordinates for a plane", r"\bP\b")
_v("lat_recon_shape", lambda: _lat().reconstruction_error(_gen(), np.zeros((27, 27))), "27×27 image",
   r"images")
_v("lat_recon_not_generator", lambda: _lat().reconstruction_error("g", np.zeros((28, 28))),
   "a string for g", r"\bg\b")
_v("lat_recon_nan", lambda: _lat().reconstruction_error(_gen(), np.full((28, 28), NAN)), "NaN drawing",
   r"images")
_v("lat_percentile_nan", lambda: _lat().percentile_of(NAN, [1.0, 2.0]), "NaN: 0 % silently", r"value")
_v("lat_percentile_ref_nan", lambda: _lat().percentile_of(1.0, [NAN, 2.0]), "NaN reference", r"reference")
_v("lat_percentile_empty", lambda: _lat().percentile_of(1.0, []), "no reference", r"reference")

# ============================================================ image helpers
_v("img_mosaic_2d", lambda: _img_mod().mosaic(np.zeros((28, 28))), "one image, not a stack", r"images")
_v("img_mosaic_cols", lambda: _img_mod().mosaic(np.zeros((4, 2, 2)), cols=0), "0 columns silently 1", r"cols")
_v("img_mosaic_pad", lambda: _img_mod().mosaic(np.zeros((4, 2, 2)), pad=-1), "negative padding", r"pad")
_v("img_mosaic_pad_huge", lambda: _img_mod().mosaic(np.zeros((4, 2, 2)), pad=10**6),
   "a 10^6 × 10^6 picture: MemoryError", r"pad|MB")
_v("img_mosaic_text", lambda: _img_mod().mosaic(np.full((2, 2, 2), "a")), "text pixels", r"images")
_v("img_tile_at_shape", lambda: _img_mod().tile_at(1, 1, (0, 5), 2, 4), "zero-height tiles", r"tile_shape")
_v("img_tile_at_cols", lambda: _img_mod().tile_at(1, 1, (2, 2), 0, 4), "0 columns", r"cols")
_v("img_normalise_empty", lambda: _img_mod().normalise_tiles(np.zeros((0, 2, 2))), "no tile", r"tiles")
_v("img_normalise_text", lambda: _img_mod().normalise_tiles(np.full((2, 2, 2), "a")), "text", r"tiles")
_v("img_to_uint8_text", lambda: _img_mod().to_uint8(np.full((2, 2), "a")), "text", r"image")
_v("keep_first_array", lambda: _ip().keep_first(np.array([1, 2])), "an array for n", r"\bn\b")

