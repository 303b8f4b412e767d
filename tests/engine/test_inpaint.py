"""Inpainting engine: operators, J and its gradient, optimisers, snapshots."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.io

from nnlab_gui.engine.generator import Generator, column_major_permutation
from nnlab_gui.engine.inpaint import (block_average, cost_and_grad, from_mask, iter_reconstruct,
                                      keep_first, observe, reconstruct)
from nnlab_gui.engine.matfile import col_major_to_images, images_to_col_major


def small_generator(seed: int = 0, d: int = 10, h: int = 32) -> Generator:
    rng = np.random.default_rng(seed)
    return Generator(rng.normal(0, 0.6, (h, d)), rng.normal(0, 0.2, h),
                     rng.normal(0, 0.4, (784, h)), rng.normal(0, 0.3, 784), name="small")


def random_mask(seed: int = 1) -> np.ndarray:
    return np.random.default_rng(seed).random((28, 28)) < 0.4


OPERATORS = {"keep_first": lambda: keep_first(350), "block": lambda: block_average(4),
             "mask": lambda: from_mask(random_mask())}


def numeric_gradient(f, z, eps=1e-6):
    g = np.zeros_like(z)
    for i in range(z.size):
        e = np.zeros_like(z)
        e[i] = eps
        g[i] = (f(z + e) - f(z - e)) / (2 * eps)
    return g


# ------------------------------------------------------------------ operators
def test_keep_first_is_the_course_x_colon_n():
    rng = np.random.default_rng(3)
    img = rng.random((28, 28))
    x_course = images_to_col_major(img[None])[:, 0]          # the course's column-major vector
    for n in (1, 300, 350, 500, 784):
        np.testing.assert_array_equal(keep_first(n).apply(img), x_course[:n])
    # the left part of the digit: 350 pixels = 12 full columns and 14 pixels of the 13th
    mask = keep_first(350).mask
    assert mask[:, :12].all() and not mask[:, 13:].any() and mask[:14, 12].all() and not mask[14:, 12].any()


def test_course_matrices_match_the_report():
    T = keep_first(400).course_matrix()
    np.testing.assert_array_equal(T, np.concatenate([np.eye(400), np.zeros((400, 384))], axis=1))
    # the report's loop for the 49 × 784 super-resolution T
    Tc = np.zeros((49, 784))
    k = 0
    for i in range(49):
        if i % 7 == 0 and i != 0:
            k += 112
        for j in range(4):
            for t in range(4):
                Tc[i][((28 * j) + (t + 4 * (i % 7))) + k] = 1 / 16
    np.testing.assert_allclose(block_average(4).course_matrix(), Tc, atol=0)
    x = np.random.default_rng(0).random(784)
    B = block_average(4)
    img = col_major_to_images(x[:, None])[0]
    np.testing.assert_allclose(B.from_course(Tc @ x), B.apply(img), rtol=1e-14)


def test_block_average_lists_blocks_row_major():
    img = np.zeros((28, 28))
    img[0:4, 4:8] = 1.0          # block row 0, block col 1
    img[8:12, 0:4] = 0.5         # block row 2, block col 0
    y = block_average(4).apply(img)
    assert y.shape == (49,)
    assert y[1] == 1.0 and y[14] == 0.5 and y.sum() == 1.5
    np.testing.assert_array_equal(block_average(4).apply(np.stack([img, img])), [y, y])


def test_apply_matches_dense_matrix_and_to_image():
    rng = np.random.default_rng(5)
    img = rng.random((28, 28))
    for make in OPERATORS.values():
        T = make()
        np.testing.assert_allclose(T.apply(img), T.matrix() @ img.ravel(), rtol=1e-13)
        back = T.to_image(T.apply(img))
        np.testing.assert_array_equal(np.isnan(back), ~T.mask)
    m = random_mask()
    np.testing.assert_array_equal(from_mask(m).apply(img), img[m])


def test_bad_operators_raise():
    with pytest.raises(ValueError, match="keep_first"):
        keep_first(0)
    with pytest.raises(ValueError, match="no pixel"):
        from_mask(np.zeros((28, 28), bool))
    with pytest.raises(ValueError, match="shape"):
        from_mask(np.ones((7, 7), bool))
    with pytest.raises(ValueError, match="divide"):
        block_average(5)


def test_observe_adds_seeded_noise():
    img = np.full((28, 28), 0.5)
    T = keep_first(100)
    np.testing.assert_array_equal(observe(T, img, 0.0), np.full(100, 0.5))
    a, b = observe(T, img, 0.1, seed=1), observe(T, img, 0.1, seed=1)
    np.testing.assert_array_equal(a, b)
    assert 0.05 < np.std(a) < 0.2


# ------------------------------------------------------------------ J and ∇J
@pytest.mark.parametrize("data_term", ["l2", "l1"])
@pytest.mark.parametrize("op", list(OPERATORS))
def test_gradient_check(op, data_term):
    g = small_generator()
    T = OPERATORS[op]()
    rng = np.random.default_rng(2)
    y = T.apply(rng.random((28, 28)))      # far from X(z): no residual near zero
    for z in rng.standard_normal((3, 10)):
        J, grad = cost_and_grad(g, T, y, z, data_term)
        num = numeric_gradient(lambda v: cost_and_grad(g, T, y, v, data_term)[0], z)
        rel = np.linalg.norm(num - grad) / np.linalg.norm(num + grad)
        assert rel < 1e-6, rel


def test_cost_values_are_the_formulas():
    g = small_generator()
    rng = np.random.default_rng(4)
    z = rng.standard_normal(10)
    T = from_mask(random_mask())
    y = T.apply(rng.random((28, 28)))
    r = T.apply(g.decode(z)) - y
    assert cost_and_grad(g, T, y, z, "l2")[0] == pytest.approx(T.m * np.log(r @ r) + z @ z, rel=1e-12)
    assert cost_and_grad(g, T, y, z, "l1")[0] == pytest.approx(T.m * np.log(np.abs(r).sum()) + z @ z,
                                                               rel=1e-12)
    Z = rng.standard_normal((4, 10))
    J, G = cost_and_grad(g, T, y, Z)
    for i in range(4):
        Ji, Gi = cost_and_grad(g, T, y, Z[i])
        assert J[i] == pytest.approx(Ji, rel=1e-13)
        np.testing.assert_allclose(G[i], Gi, rtol=1e-12, atol=1e-12)


def test_gradient_equals_the_reports_derivation(tmp_path):
    """The report's u2, v2, u1, v1, u0 on the course convention (dense T, 1/(1+e^W2))."""
    g = small_generator(7)
    path = g.save_course_mat(tmp_path / "g.mat")
    raw = scipy.io.loadmat(str(path))
    A1, B1, A2, B2 = raw["A_1"], raw["B_1"], raw["A_2"], raw["B_2"]
    N = 300
    Tc = np.concatenate([np.eye(N), np.zeros((N, 784 - N))], axis=1)
    rng = np.random.default_rng(8)
    xn = rng.random(784)
    Z = rng.standard_normal((10, 1))
    W1 = A1 @ Z + B1
    W2 = A2 @ np.maximum(W1, 0) + B2
    X = 1 / (1 + np.exp(W2))
    r = Tc @ X - (Tc @ xn)[:, None]
    u2 = 2 * (r.T @ Tc) / np.sum(r ** 2)
    v2 = u2.T * (-np.exp(W2) / (1 + np.exp(W2)) ** 2)
    u0 = A1.T @ ((A2.T @ v2) * (W1 > 0))
    grad_course = (N * u0 + 2 * Z)[:, 0]
    J_course = N * np.log(np.sum(r ** 2)) + np.sum(Z ** 2)
    T = keep_first(N)
    y = T.apply(col_major_to_images(xn[:, None])[0])
    J, grad = cost_and_grad(g, T, y, Z[:, 0])
    assert J == pytest.approx(J_course, rel=1e-12)
    np.testing.assert_allclose(grad, grad_course, rtol=1e-9, atol=1e-9)


# ------------------------------------------------------------------ optimisation
def test_reconstruct_recovers_a_generated_image():
    g = small_generator(11)
    z_true = np.random.default_rng(12).standard_normal(10) * 0.7
    ideal = g.decode(z_true)
    T = keep_first(500)
    res = reconstruct(g, T, T.apply(ideal), restarts=8, iterations=1500, seed=3)
    assert res.costs.shape == (1500, 8)
    assert res.best == int(np.argmin(res.costs[-1]))
    np.testing.assert_allclose(res.image, g.decode(res.z))
    assert np.mean((res.image - ideal) ** 2) < 1e-3
    assert res.costs[-1].min() < res.costs[0].min() - 100


@pytest.mark.parametrize("optimizer", ["rmsprop", "adam", "gd"])
def test_every_optimizer_lowers_the_cost(optimizer):
    g = small_generator(11)
    T = block_average(4)
    y = T.apply(g.decode(np.ones(10) * 0.3))
    lr = 1e-4 if optimizer == "gd" else 1e-2
    res = reconstruct(g, T, y, restarts=4, iterations=300, lr=lr, optimizer=optimizer, seed=0)
    assert np.all(res.costs[-1] < res.costs[0])


def test_rmsprop_first_step_is_the_reports():
    g = small_generator()
    T = keep_first(200)
    y = T.apply(np.full((28, 28), 0.3))
    res = reconstruct(g, T, y, restarts=3, iterations=2, seed=5, precision="double")
    z0 = np.random.default_rng(5).standard_normal((3, 10))
    _, G = cost_and_grad(g, T, y, z0)
    z1 = z0 - 1e-3 * G / np.sqrt(G * G + 1e-7)        # P_0 = g_0²
    np.testing.assert_allclose(res.zs, z1, rtol=1e-12)   # zs: the z's of the last recorded cost
    J1, _ = cost_and_grad(g, T, y, z1)
    np.testing.assert_allclose(res.costs[1], J1, rtol=1e-12)


def test_snapshots_stream_and_end_with_the_result():
    g = small_generator()
    T = from_mask(random_mask())
    y = T.apply(np.full((28, 28), 0.4))
    kw = dict(restarts=5, iterations=400, seed=9)
    snaps = list(iter_reconstruct(g, T, y, rate_hz=1e9, **kw))   # yield after every step
    assert len(snaps) == 400
    assert [s.iteration for s in snaps] == list(range(1, 401))
    assert all(s.costs.shape == (s.iteration, 5) for s in snaps)
    res = reconstruct(g, T, y, **kw)
    last = snaps[-1]
    assert last.finished and last.iteration == 400
    np.testing.assert_array_equal(last.costs, res.costs)
    np.testing.assert_array_equal(last.image, res.image)
    np.testing.assert_array_equal(last.z, res.z)
    assert last.best == res.best
    few = list(iter_reconstruct(g, T, y, rate_hz=1e-6, **kw))    # first step and the end only
    assert [s.iteration for s in few] == [1, 400]


def test_warm_start_and_same_seed_same_start():
    g = small_generator()
    T = keep_first(300)
    y = T.apply(np.full((28, 28), 0.2))
    z0 = np.full((1, 10), 0.25)
    a = next(iter(iter_reconstruct(g, T, y, restarts=4, iterations=10, seed=1, z0=z0, precision="double")))
    J0, _ = cost_and_grad(g, T, y, z0[0])
    assert a.costs[0, 0] == pytest.approx(J0, rel=1e-13)
    b = reconstruct(g, T, y, restarts=4, iterations=3, seed=1, optimizer="adam")
    c = reconstruct(g, T, y, restarts=4, iterations=3, seed=1, optimizer="gd", lr=1e-5)
    np.testing.assert_array_equal(b.costs[0], c.costs[0])      # same starting z's


def test_bad_arguments_raise():
    g = small_generator()
    T = keep_first(300)
    y = np.zeros(300)
    with pytest.raises(ValueError, match="optimizer"):
        reconstruct(g, T, y, optimizer="sgd")
    with pytest.raises(ValueError, match="data_term"):
        reconstruct(g, T, y, data_term="huber")
    with pytest.raises(ValueError, match="300"):
        reconstruct(g, T, np.zeros(299))
    with pytest.raises(ValueError, match="NaN"):
        reconstruct(g, T, np.full(300, np.nan))
    with pytest.raises(ValueError, match="diverged"):
        reconstruct(g, T, y, optimizer="gd", lr=1e6, iterations=50, restarts=2)


def test_column_major_selection_uses_the_generators_rows():
    # keep_first touches exactly the generator rows of the first n column-major pixels
    T = keep_first(30)
    np.testing.assert_array_equal(T.flat_index, column_major_permutation()[:30])


def test_compare_runs_both_optimizers_from_the_same_start():
    from nnlab_gui.engine.inpaint import iter_compare

    g = small_generator()
    T = keep_first(300)
    y = T.apply(np.full((28, 28), 0.2))
    pairs = list(iter_compare(g, T, y, ("rmsprop", "adam"), (1e-3, 1e-2), restarts=3, iterations=50, seed=2))
    a, b = pairs[-1]
    assert a.finished and b.finished and (a.optimizer, b.optimizer) == ("rmsprop", "adam")
    np.testing.assert_array_equal(a.costs[0], b.costs[0])
    np.testing.assert_array_equal(a.costs, reconstruct(g, T, y, restarts=3, iterations=50, seed=2).costs)


def test_single_precision_follows_double():
    g = small_generator(11)
    T = keep_first(400)
    y = T.apply(g.decode(np.full(10, 0.2)))
    a = reconstruct(g, T, y, restarts=4, iterations=200, seed=0, precision="single")
    b = reconstruct(g, T, y, restarts=4, iterations=200, seed=0, precision="double")
    np.testing.assert_allclose(a.costs[0], b.costs[0], rtol=1e-5)
    assert np.abs(a.image - b.image).max() < 1e-2
    with pytest.raises(ValueError, match="precision"):
        reconstruct(g, T, y, precision="half")


def plain_loop(g, T, y, Z, iterations, optimizer, lr):
    """The optimisers written out literally in float64 on cost_and_grad (the reference)."""
    Z = Z.copy()
    costs, P, M = [], None, np.zeros_like(Z)
    for t in range(iterations):
        J, G = cost_and_grad(g, T, y, Z)
        costs.append(J)
        last = Z
        if optimizer == "rmsprop":
            P = G * G if t == 0 else 0.9 * P + 0.1 * G * G
            Z = Z - lr * G / np.sqrt(P + 1e-7)
        elif optimizer == "adam":
            M = 0.9 * M + 0.1 * G
            P = (0 if t == 0 else P) * 0.999 + 0.001 * G * G
            Z = Z - lr * (M / (1 - 0.9 ** (t + 1))) / (np.sqrt(P / (1 - 0.999 ** (t + 1))) + 1e-8)
        else:
            Z = Z - lr * G
    return np.array(costs), last


@pytest.mark.parametrize("optimizer, lr", [("rmsprop", 1e-3), ("adam", 1e-3), ("gd", 1e-4)])
@pytest.mark.parametrize("rate_hz", [0.2, 1e9])
def test_double_precision_is_the_plain_loop(optimizer, lr, rate_hz):
    """The engine's in-place buffers, z ring and block-wise costs change nothing: 300 steps
    cross the cost blocks and the ring's wrap-around, with one snapshot or one per step.
    (Gradient descent is bit for bit the same; RMSprop and Adam are rearranged.)"""
    g = small_generator(3)
    T = block_average(4)
    y = T.apply(g.decode(np.full(10, -0.2)))
    snaps = list(iter_reconstruct(g, T, y, restarts=3, iterations=300, lr=lr, optimizer=optimizer,
                                  seed=4, rate_hz=rate_hz, precision="double"))
    res = snaps[-1]
    costs, zs = plain_loop(g, T, y, np.random.default_rng(4).standard_normal((3, 10)), 300, optimizer, lr)
    assert res.costs.dtype == np.float64 and res.costs.shape == (300, 3)
    assert np.all(costs[-1] < costs[0] - 1)                # every restart moved
    if optimizer == "gd":
        np.testing.assert_array_equal(res.costs, costs)
        np.testing.assert_array_equal(res.zs, zs)
    np.testing.assert_allclose(res.costs, costs, rtol=1e-9)
    np.testing.assert_allclose(res.zs, zs, rtol=1e-9, atol=1e-12)
    for s in snaps[:-1]:
        np.testing.assert_array_equal(s.costs, res.costs[:s.iteration])


def test_single_precision_keeps_float64_results():
    g = small_generator(5)
    T = keep_first(300)
    y = T.apply(g.decode(np.full(10, 0.1)))
    res = reconstruct(g, T, y, restarts=4, iterations=150, seed=1)
    assert res.costs.dtype == res.zs.dtype == res.z.dtype == res.image.dtype == np.float64
    # the recorded costs are J at the recorded z's (float32 steps, float64 costs)
    J, _ = cost_and_grad(g, T, y, res.zs)
    np.testing.assert_allclose(res.costs[-1], J, rtol=1e-5)


# ------------------------------------------------------------------ worker threads
def _inpaint_threads():
    import threading
    return [t for t in threading.enumerate() if t.name.startswith("inpaint")]


@pytest.mark.parametrize("optimizer, lr", [("rmsprop", 1e-3), ("adam", 1e-3), ("gd", 1e-4)])
def test_workers_give_the_single_group_result(optimizer, lr):
    """Restarts split over threads (7 = 2 + 3 + 2 and 4 + 3) follow the one-batch run: the
    same starting z's, the restarts in their order.  Only the BLAS rounding can differ
    (its kernels treat a row differently in batches of other sizes): float64 agrees to
    ~1e-13, float32 to its rounding."""
    g = small_generator(3)
    T = block_average(4)
    y = T.apply(g.decode(np.full(10, -0.2)))
    kw = dict(restarts=7, iterations=150, lr=lr, optimizer=optimizer, seed=4)
    one = reconstruct(g, T, y, precision="double", workers=1, **kw)
    assert np.all(one.costs[-1] < one.costs[0] - 1)          # every restart moved
    for workers in (2, 3):
        many = reconstruct(g, T, y, precision="double", workers=workers, **kw)
        np.testing.assert_allclose(many.costs, one.costs, rtol=1e-12)
        np.testing.assert_allclose(many.zs, one.zs, rtol=1e-10, atol=1e-12)
        assert many.best == one.best
    one32 = reconstruct(g, T, y, workers=1, **kw)
    many32 = reconstruct(g, T, y, workers=3, **kw)
    np.testing.assert_allclose(many32.costs[0], one32.costs[0], rtol=1e-6)
    np.testing.assert_allclose(many32.costs, one32.costs, rtol=1e-4)
    assert np.abs(many32.image - one32.image).max() < 1e-4


def test_workers_stream_the_same_snapshots():
    g = small_generator()
    T = from_mask(random_mask())
    y = T.apply(np.full((28, 28), 0.4))
    kw = dict(restarts=6, iterations=300, seed=9, precision="double", workers=2)
    snaps = list(iter_reconstruct(g, T, y, rate_hz=1e9, **kw))          # a snapshot every step
    assert [s.iteration for s in snaps] == list(range(1, 301))
    res = reconstruct(g, T, y, **kw)
    np.testing.assert_array_equal(snaps[-1].costs, res.costs)
    np.testing.assert_array_equal(snaps[-1].zs, res.zs)
    for s in snaps[:-1:37]:
        assert s.costs.shape == (s.iteration, 6) and s.zs.shape == (6, 10)
        np.testing.assert_array_equal(s.costs, res.costs[:s.iteration])
        assert s.best == int(np.argmin(s.costs[-1]))
        np.testing.assert_array_equal(s.z, s.zs[s.best])
    few = [s.iteration for s in iter_reconstruct(g, T, y, rate_hz=1e-6, **kw)]
    assert few == [1, 300]
    # warm start: z0 replaces the first starting points, in the first group
    z0 = np.full((1, 10), 0.25)
    a = reconstruct(g, T, y, z0=z0, iterations=2, **{k: v for k, v in kw.items() if k != "iterations"})
    assert a.costs[0, 0] == pytest.approx(cost_and_grad(g, T, y, z0[0])[0], rel=1e-13)


def test_workers_default_and_bounds(monkeypatch):
    import nnlab_gui.engine.inpaint as ip

    monkeypatch.setattr(ip.os, "cpu_count", lambda: 2)
    m = ip.MIN_GROUP["single"]
    assert [ip.default_workers(r) for r in (1, 7, 2 * m - 1, 2 * m, 100 * m)] == [1, 1, 1, 2, 2]
    m = ip.MIN_GROUP["double"]
    assert [ip.default_workers(r, "double") for r in (1, 2 * m - 1, 2 * m)] == [1, 1, 2]
    assert ip.MIN_GROUP["double"] < ip.MIN_GROUP["single"]     # float64 loops pay for the split sooner
    monkeypatch.setattr(ip.os, "cpu_count", lambda: 64)
    assert ip.default_workers(1000) == ip.MAX_WORKERS
    monkeypatch.setattr(ip.os, "cpu_count", lambda: None)
    assert ip.default_workers(100) == 1
    g = small_generator()
    T = keep_first(300)
    y = np.zeros(300)
    with pytest.raises(ValueError, match="workers"):
        reconstruct(g, T, y, workers=0)
    res = reconstruct(g, T, y, restarts=2, iterations=5, workers=8)     # capped at one per restart
    assert res.costs.shape == (5, 2)


def test_closing_the_generator_leaves_no_thread():
    g = small_generator()
    T = keep_first(300)
    y = T.apply(np.full((28, 28), 0.2))
    run = iter_reconstruct(g, T, y, restarts=8, iterations=100000, workers=4, rate_hz=1000.0)
    first = next(run)
    second = next(run)
    assert first.iteration == 1 and 1 < second.iteration < 100000
    assert not _inpaint_threads()          # threads live only between two snapshots
    run.close()
    assert not _inpaint_threads()


def test_divergence_and_thread_errors_propagate(monkeypatch):
    import nnlab_gui.engine.inpaint as ip

    g = small_generator()
    T = keep_first(300)
    y = np.zeros(300)
    kw = dict(optimizer="gd", lr=1e6, iterations=50, restarts=6)
    with pytest.raises(ValueError, match="diverged") as one:
        reconstruct(g, T, y, workers=1, **kw)
    with pytest.raises(ValueError, match="diverged") as many:
        reconstruct(g, T, y, workers=3, **kw)
    assert str(many.value) == str(one.value)       # the same first bad step
    assert not _inpaint_threads()
    # any other exception in a worker thread reaches the caller, after every thread ended
    original = ip._Group.advance

    def advance(self, t, n, deadline=None, stop=None):
        import threading
        if t > 0 and threading.current_thread().name.startswith("inpaint"):
            raise RuntimeError("boom in a worker")
        return original(self, t, n, deadline, stop)

    monkeypatch.setattr(ip._Group, "advance", advance)
    with pytest.raises(RuntimeError, match="boom"):
        reconstruct(g, T, T.apply(np.full((28, 28), 0.2)), restarts=6, iterations=50, workers=3)
    assert not _inpaint_threads()


def test_compare_passes_workers():
    from nnlab_gui.engine.inpaint import iter_compare

    g = small_generator()
    T = keep_first(300)
    y = T.apply(np.full((28, 28), 0.2))
    a, b = list(iter_compare(g, T, y, ("rmsprop", "gd"), (1e-3, 1e-5), restarts=8, iterations=40,
                             seed=2, workers=2))[-1]
    ref = reconstruct(g, T, y, restarts=8, iterations=40, seed=2, workers=1)
    np.testing.assert_allclose(a.costs, ref.costs, rtol=1e-4)
    np.testing.assert_array_equal(a.costs[0], b.costs[0])
