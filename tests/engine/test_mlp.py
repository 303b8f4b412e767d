"""The course's 400-25-10 MLP: SPEC §3 numbers, back-propagation, training under λ."""

import threading

import numpy as np
import pytest

from nnlab_gui.engine import mlp
from nnlab_gui.engine.datasets import load_digits
from nnlab_gui.engine.matfile import load_mat


def test_sigmoid_gradient_at_zero_is_quarter():
    assert mlp.sigmoid_gradient(0.0) == 0.25
    assert mlp.sigmoid_gradient(np.array([-1e3, 1e3])) == pytest.approx([0.0, 0.0])


def test_init_params_shapes_and_range():
    t1, t2 = mlp.init_params((400, 25, 10), seed=0)
    assert t1.shape == (25, 401) and t2.shape == (10, 26)
    assert np.abs(t1).max() <= 0.12 and np.abs(t2).max() <= 0.12
    assert np.array_equal(mlp.init_params(seed=3)[0], mlp.init_params(seed=3)[0])


def test_gradient_uses_g_prime_at_z2_not_at_output():
    # one hidden unit, one sample: ∂J/∂Θ1 by hand with g'(z2)
    X = np.array([[0.5]])
    t1 = np.array([[0.1, -0.3]])
    t2 = np.array([[0.2, 0.7]])
    J, (g1, g2) = mlp.cost_and_grad([t1, t2], X, np.array([0]), lam=0.0)
    z2 = 0.1 - 0.3 * 0.5
    a2 = mlp.sigmoid(z2)
    a3 = mlp.sigmoid(0.2 + 0.7 * a2)
    d3 = a3 - 1.0
    d2 = d3 * 0.7 * mlp.sigmoid_gradient(z2)
    assert J == pytest.approx(-np.log(a3))
    assert g1 == pytest.approx(np.array([[d2, d2 * 0.5]]))
    assert g2 == pytest.approx(np.array([[d3, d3 * a2]]))


def test_course_regularisation_term_is_0_096141(course_path):
    w = load_mat(course_path("ex4weights.mat"), {"Theta1": (25, 401), "Theta2": (10, 26)})
    thetas = [w["Theta1"], w["Theta2"]]
    assert mlp.penalty(thetas, 1.0, 5000) == pytest.approx(0.096141, abs=5e-7)
    # the same as cost(λ=1) − cost(λ=0) on any 5000 samples
    d = load_digits()
    X = d.images20.transpose(0, 2, 1).reshape(5000, 400)
    diff = mlp.cost(thetas, X, d.labels, 1.0) - mlp.cost(thetas, X, d.labels, 0.0)
    assert diff == pytest.approx(0.096141, abs=5e-7)


def test_course_labels_map_10_to_0():
    assert list(mlp.course_labels([10, 1, 9, 10])) == [0, 1, 9, 0]


def test_bad_input_names_the_shape():
    with pytest.raises(ValueError, match=r"X has shape \(3, 5\)"):
        mlp.cost_and_grad(mlp.init_params((4, 2, 3)), np.zeros((3, 5)), np.zeros(3), 0.0)
    with pytest.raises(ValueError, match="λ must be"):
        mlp.train_many(np.zeros((3, 4)), np.zeros(3), [float("nan")])


@pytest.fixture(scope="module")
def sweep():
    d = load_digits()
    tr, va = d.split("train"), d.split("test")
    # the Hidden units tab's setting: lockstep L-BFGS, float32 products, both cores
    return mlp.train_many(tr.X400, tr.labels, [0.0, 1.0, 20.0], max_iter=150, seed=0,
                          X_val=va.X400, y_val=va.labels, workers=2, optimizer="lbfgs",
                          dtype=np.float32)


def test_training_at_lambda_1_reaches_95_percent(sweep):
    res = sweep[1]
    assert res.lam == 1.0
    assert res.train_accuracy >= 0.95
    assert res.val_accuracy >= 0.85
    # the L-BFGS history is recorded every iteration and the objective falls
    h = res.history
    assert len(h.iterations) == res.iterations + 1
    assert h.objective[-1] < h.objective[0]


def test_hidden_weight_norm_falls_as_lambda_grows(sweep):
    norms = [np.linalg.norm(r.thetas[0][:, 1:]) for r in sweep]
    assert norms[0] > norms[1] > norms[2]
    accs = [r.train_accuracy for r in sweep]
    assert accs[0] >= accs[1] > accs[2]


def test_early_stopping_point_is_minimum_of_validation_cost(sweep):
    h = sweep[0].history
    best = h.best_iteration
    assert h.val_cost[best] == np.nanmin(h.val_cost)
    # without a penalty the network overfits: validation cost rises after its minimum
    assert h.val_cost[-1] > h.val_cost[best]


def test_batched_validation_cost_equals_each_networks_own(sweep):
    """The lockstep sweep computes the λ's validation costs in one stacked pass; each must
    equal the plain cross-entropy of that network on the validation set."""
    va = load_digits().split("test")
    Y = np.eye(10)[va.labels]
    for res in sweep:
        _, z = mlp._forward(list(res.thetas), va.X400)
        assert res.history.val_cost[-1] == pytest.approx(mlp._data_cost(z, Y, len(Y)), rel=1e-5)


def test_train_api_and_predict_agree_with_train_many():
    d = load_digits().split("test")
    thetas, hist = mlp.train(d.X400[:300], d.labels[:300], 1.0, hidden=8, max_iter=20, seed=1)
    again = mlp.train_many(d.X400[:300], d.labels[:300], [1.0], hidden=8, max_iter=20, seed=1,
                           workers=1)[0]
    assert np.allclose(thetas[0], again.thetas[0])
    assert mlp.predict(thetas, d.X400[:300]).shape == (300,)
    assert np.isnan(hist.val_cost).all() and hist.best_iteration is None


@pytest.mark.parametrize("optimizer", mlp.OPTIMIZERS)
def test_stop_event_ends_every_run_early(optimizer):
    d = load_digits().split("test")
    stop = threading.Event()
    gen = mlp.iter_train_many(d.X400, d.labels, [0.0, 1.0], hidden=10, max_iter=1000,
                              stop=stop, min_interval=0.0, optimizer=optimizer)
    first = next(gen)
    assert isinstance(first, mlp.SweepSnapshot)
    stop.set()
    results = None
    for _ in range(10000):
        try:
            next(gen)
        except StopIteration as e:
            results = e.value
            break
    assert results is not None
    assert all(r.iterations < 1000 for r in results)


def test_sweep_snapshots_carry_copies_and_progress():
    d = load_digits().split("test")
    snaps = []
    gen = mlp.iter_train_many(d.X400[:200], d.labels[:200], [0.0, 5.0], hidden=4, max_iter=15,
                              min_interval=0.0)
    for s in gen:
        snaps.append(s)
    last = snaps[-1]
    assert all(r is not None for r in last.results)
    done, total = last.progress
    assert done == total
    # an early snapshot is not modified by later training
    first = next(s for s in snaps if s.runs[0] is not None)
    t = first.runs[0].thetas[0].copy()
    assert np.array_equal(first.runs[0].thetas[0], t)
    assert not np.array_equal(t, last.results[0].thetas[0])


@pytest.mark.parametrize("layers, chunks", [((12, 5, 3), 1), ((12, 5, 3), 3), ((12, 6, 4, 3), 2)])
def test_batched_evaluation_equals_one_network_at_a_time(layers, chunks):
    """The sweep's stacked, row-chunked evaluation is exactly the reference cost_and_grad,
    also with dead input columns (left out of the products) and two hidden layers."""
    rng = np.random.default_rng(0)
    X = rng.random((41, 12))
    X[:, [0, 5]] = 0.0
    y = rng.integers(0, 3, 41)
    Y = mlp._one_hot(y, 3)
    nets = [(mlp.init_params(layers, s, epsilon=1.5), lam) for s, lam in zip(range(3), (0.0, 1.0, 20.0))]
    batch = mlp._BatchCost(X, Y, layers, np.float64, chunks)
    try:
        out = batch(nets)
        assert len(batch.parts) == chunks and list(batch.live) == [i for i in range(12) if i not in (0, 5)]
        for (thetas, lam), (J, g) in zip(nets, out):
            J0, g0 = mlp.cost_and_grad(thetas, X, y, lam)
            assert J == pytest.approx(J0, rel=1e-13)
            assert np.allclose(g, mlp.pack(g0), rtol=1e-11, atol=1e-15)
        # float32 products: the same within single-precision rounding
        batch32 = mlp._BatchCost(X, Y, layers, np.float32, chunks)
        for (thetas, lam), (J, g) in zip(nets, batch32(nets)):
            J0, g0 = mlp.cost_and_grad(thetas, X, y, lam)
            assert J == pytest.approx(J0, rel=1e-5)
            assert np.allclose(g, mlp.pack(g0), rtol=1e-4, atol=1e-5)
        batch32.close()
    finally:
        batch.close()


def test_batched_sweep_follows_each_lambdas_own_lbfgs_path():
    """Batching the λ's evaluations changes nothing in each λ's L-BFGS run: the sweep
    ends where three separate single-λ trainings end."""
    d = load_digits().split("test")
    X, y = d.X400[:400], d.labels[:400]
    lams = [0.0, 1.0, 20.0]
    together = mlp.train_many(X, y, lams, hidden=6, max_iter=25, seed=2, workers=2)
    for lam, res in zip(lams, together):
        alone = mlp.train_many(X, y, [lam], hidden=6, max_iter=25, seed=2, workers=2)[0]
        assert res.iterations == alone.iterations == 25
        assert res.evaluations == alone.evaluations
        for a, b in zip(res.thetas, alone.thetas):
            assert np.allclose(a, b, rtol=1e-7, atol=1e-10)


def test_a_network_needs_a_hidden_layer():
    with pytest.raises(ValueError, match="hidden layer"):
        mlp.train_many(np.ones((4, 3)), np.array([0, 1, 0, 1]), [0.0], hidden=())


def test_lockstep_lbfgs_does_as_well_as_scipy_lbfgsb():
    """The two optimisers are the same algorithm (L-BFGS, 10 pairs, strong-Wolfe search);
    their paths drift apart (at λ = 0 the cost is tiny and flat), but after 60 iterations
    the lockstep one is never more than 5 % worse, with no more evaluations."""
    d = load_digits().split("train")
    X, y = d.X400[:1500], d.labels[:1500]
    runs = {opt: mlp.train_many(X, y, [0.0, 1.0, 20.0], hidden=10, max_iter=60, seed=4, optimizer=opt)
            for opt in mlp.OPTIMIZERS}
    for a, b in zip(runs["lbfgs"], runs["scipy"]):
        assert a.iterations == b.iterations == 60
        assert a.objective <= 1.05 * b.objective
        assert a.evaluations <= 1.3 * b.evaluations
        assert np.all(np.diff(a.history.objective) < 0)      # every accepted step decreases J
    with pytest.raises(ValueError, match="optimizer"):
        mlp.train_many(X, y, [0.0], optimizer="adam")


def test_lockstep_snapshots_stream_every_lambda():
    d = load_digits().split("test")
    snaps = list(mlp.iter_train_many(d.X400[:300], d.labels[:300], [0.0, 2.0], hidden=5, max_iter=12,
                                     min_interval=0.0, optimizer="lbfgs"))
    iters = [s.runs[1].iteration for s in snaps if s.runs[1] is not None]
    assert iters == sorted(iters) and iters[-1] == 12
    assert all(r.iterations == 12 and r.message == "reached 12 iterations" for r in snaps[-1].results)
    assert snaps[-1].progress[0] == snaps[-1].progress[1]
