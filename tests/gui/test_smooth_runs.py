"""What keeps the window smooth while a job runs: still axes, paced snapshots, work off the GUI thread.

* :class:`~nnlab_gui.widgets.steady_range.SteadyRange` keeps a streaming plot's range while
  the data stay inside it and grows it with headroom when they leave;
* :func:`~nnlab_gui.workers.paced_interval` and the runner slow the snapshots down when drawing
  one costs more than its share of the GUI thread;
* the λ sweep and the sparse autoencoder prepare their data on the worker (the engine's
  ``iter_train_digits`` functions), the digits' train/test split is made once and read-only.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnlab_gui import workers
from nnlab_gui.engine import datasets, mlp, sparse_ae
from nnlab_gui.engine.sparse_ae_patches import digits_data, sample_patches
from nnlab_gui.widgets.plots import make_plot
from nnlab_gui.widgets.steady_range import SteadyRange, extent


def view_range(plot):
    (x0, x1), (y0, y1) = plot.getPlotItem().getViewBox().viewRange()
    return x0, x1, y0, y1


def test_steady_range_holds_still_inside_and_grows_outside(qtbot):
    plot = make_plot("", "x", "y")
    qtbot.addWidget(plot)
    r = SteadyRange(plot, headroom=0.25, floor=0.0)
    r.start(x=(0.0, 100.0))
    assert r.follow(y=(1.0, 2.0))                       # first data: a range is set
    first = view_range(plot)
    assert first[0] == pytest.approx(0.0) and first[1] == pytest.approx(100.0)
    assert first[2] == pytest.approx(0.75) and first[3] == pytest.approx(2.25)
    assert not r.follow(y=(1.2, 1.9))                   # inside: nothing moves
    assert view_range(plot) == first
    assert r.follow(y=(0.5, 2.0))                       # below: grows, never shrinks, stops at the floor
    lo, hi = view_range(plot)[2:]
    assert lo == pytest.approx(0.125) and hi == pytest.approx(2.375)
    assert r.follow(y=(0.01, 2.0)) and view_range(plot)[2] == pytest.approx(0.0)
    assert r.changes == 4
    assert not plot.getPlotItem().getViewBox().autoRangeEnabled()[1]
    r.release()
    assert plot.getPlotItem().getViewBox().autoRangeEnabled()[1]


def test_extent_ignores_nan_and_empty():
    assert extent([3.0, np.nan, 1.0], [], None, [2.5]) == (1.0, 3.0)
    lo, hi = extent([np.nan])
    assert np.isnan(lo) and np.isnan(hi)


def test_paced_interval_keeps_drawing_within_its_share():
    assert workers.paced_interval(3.0, 33) == 33                     # cheap frames: the base rate
    assert workers.paced_interval(30.0, 33) == pytest.approx(30.0 / workers.BUSY_SHARE, abs=1)
    assert workers.paced_interval(1000.0, 33) == workers.MAX_INTERVAL_MS


def _many_snapshots(n=10**6, stop=None):
    """Snapshots until cancelled (the test cancels it)."""
    for i in range(n):
        if stop is not None and stop.is_set():
            return
        yield i
        x = np.ones(20000)
        for _ in range(20):                  # a little work between snapshots
            x = np.sqrt(x + 1.0)


def test_a_slow_snapshot_handler_slows_the_snapshots_down(qtbot):
    runner = workers.EngineRunner(rate_hz=50)
    base = runner.interval_ms
    seen = []

    def heavy(snap):                         # a handler that costs about 60 ms of GUI time
        seen.append(snap)
        a = np.random.default_rng(0).random((300, 300))
        for _ in range(12):
            a = np.linalg.inv(a @ a.T + np.eye(300))

    runner.snapshot.connect(heavy)
    runner.start(_many_snapshots, _stop_arg="stop")
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=30000)
    slowed = runner.interval_ms
    runner.cancel()
    qtbot.waitUntil(lambda: not runner.is_running(), timeout=10000)
    assert base == 20 and slowed > base
    assert runner.interval_ms == slowed or not runner.is_running()


def test_the_job_waits_at_its_yield_while_the_gui_draws_a_snapshot(qtbot):
    """While the snapshot handlers run, the worker's ``drawn`` gate is closed (the job pauses
    at its next yield, the GIL the GUI's); it opens again once the frame is drawn and when
    the job ends."""
    runner = workers.EngineRunner(rate_hz=50)
    during = []

    def handler(snap):
        during.append(runner.worker.drawn.is_set())

    runner.snapshot.connect(handler)
    runner.start(_many_snapshots, _stop_arg="stop")
    worker = runner.worker
    qtbot.waitUntil(lambda: len(during) >= 3, timeout=30000)
    qtbot.waitUntil(worker.drawn.is_set, timeout=10000)            # the frame is drawn: open
    runner.cancel()
    qtbot.waitUntil(lambda: not runner.is_running(), timeout=10000)
    assert not any(during[:3]) and worker.drawn.is_set()


def test_the_guarded_generator_keeps_values_sends_and_close():
    closed = []

    def job():
        try:
            got = yield 1
            yield got * 10
            return "done"
        finally:
            closed.append(True)

    g = workers._guarded(job())
    assert next(g) == 1 and g.send(4) == 40
    with pytest.raises(StopIteration) as info:
        next(g)
    assert info.value.value == "done" and closed == [True]
    g = workers._guarded(job())
    next(g)
    g.close()
    assert closed == [True, True]
    with pytest.raises(workers._JobError):
        next(workers._guarded(iter_raising()))


def iter_raising():
    raise NotImplementedError("not yet")
    yield


def test_digits_split_is_made_once_and_read_only():
    d = datasets.load_digits()
    a, b = d.split("train"), d.split("train")
    assert a is b and len(a) + len(d.split("test")) == len(d)
    assert not a.images.flags.writeable
    with pytest.raises(ValueError):
        d.split("validation")


def test_digits_data_is_what_the_page_trained_on():
    X, patch = digits_data("patches", 300)
    want = sample_patches(datasets.load_digits().split("train").images, n=300, size=8, seed=0, min_ink=1.0)
    assert patch == 8 and np.array_equal(X, want)
    X, patch = digits_data("digits", 10**6)
    assert patch is None and X.shape == (len(datasets.load_digits().split("train")), 784)
    with pytest.raises(ValueError, match="data must be"):
        digits_data("faces", 10)


def test_iter_train_digits_equals_iter_train_on_the_same_rows():
    X, _ = digits_data("patches", 500)
    a = sparse_ae.train(X, hidden=4, max_iter=4, seed=0, patch=8)
    gen = sparse_ae.iter_train_digits("patches", 500, hidden=4, max_iter=4, seed=0)
    try:
        while True:
            next(gen)
    except StopIteration as end:
        b = end.value
    np.testing.assert_array_equal(a.W1, b.W1)


def test_iter_train_digits_of_the_sweep_validates_on_the_test_digits():
    d = datasets.load_digits()
    tr, va = d.split("train"), d.split("test")
    gen = mlp.iter_train_digits([0.0], hidden=3, max_iter=2, seed=0, optimizer="lbfgs")
    snaps = list(gen)
    ref = list(mlp.iter_train_many(tr.X400, tr.labels, [0.0], hidden=3, max_iter=2, seed=0, X_val=va.X400,
                                   y_val=va.labels, optimizer="lbfgs"))
    np.testing.assert_allclose(snaps[-1].runs[0].history.val_cost, ref[-1].runs[0].history.val_cost)


def test_sweep_curves_keep_their_axes_still_during_a_run(qtbot):
    from nnlab_gui.tabs.hidden_units.sweep import SweepPage

    page = SweepPage(key="test/smooth")
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    page.form.set_values({"lams": (0.0, 1.0), "max_iter": 60})
    frames = []
    page.run_panel.runner.snapshot.connect(lambda s: frames.append(page.curves.range.changes))
    with qtbot.waitSignal(page.run_panel.runner.done, timeout=120000):
        qtbot.mouseClick(page.run_panel.run_button, Qt.MouseButton.LeftButton)
    vb = page.curves.plot.getPlotItem().getViewBox()
    assert vb.autoRangeEnabled()[1]                     # after the run: fitted to the data again
    # drawn every frame, re-ranged at most three times (where the frames fall depends on timing)
    assert frames and frames[-1] - frames[0] <= 3
    xs, ys = page.curves.val_curve.getData()
    assert len(xs) == page.results[0].iterations + 1


def test_a_steady_label_only_grows_at_one_width_and_reserves_its_lines(qtbot):
    """A result line rewritten every frame keeps the tallest height it has needed (so the
    plots beside it are not re-laid out), at least its reserved lines from the start."""
    from nnlab_gui.widgets.steady_label import SteadyLabel

    label = SteadyLabel(lines=2)
    qtbot.addWidget(label)
    label.resize(200, 20)
    label.show()
    line = label.fontMetrics().lineSpacing()
    assert label.minimumHeight() >= 2 * line                      # two lines kept before any text
    label.setText("a long result line " * 12)                     # many lines at 200 px
    tall = label.minimumHeight()
    assert tall > 3 * line
    label.setText("short")
    assert label.minimumHeight() == tall                          # shorter text: the height stays
    label.resize(1600, 20)                                        # another width: measured afresh
    qtbot.waitUntil(lambda: label.minimumHeight() < tall, timeout=5000)
    assert label.minimumHeight() >= 2 * line


def test_laplace_cost_plot_keeps_its_axes_still_during_a_run(qtbot):
    from nnlab_gui.tabs.generator.laplace import LaplacePage

    page = LaplacePage(key="test/smooth-laplace")
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    page.form.set_values({"iterations": 300, "restarts": 2})
    frames = []
    page.run_panel.runner.snapshot.connect(lambda s: frames.append(page.cost_range.changes))
    with qtbot.waitSignal(page.run_panel.runner.done, timeout=120000):
        qtbot.mouseClick(page.run_panel.run_button, Qt.MouseButton.LeftButton)
    vb = page.cost_plot.getPlotItem().getViewBox()
    assert vb.autoRangeEnabled()[1] and page.cost_range.x is None    # after the run: fitted again
    assert frames and frames[-1] - frames[0] <= 3                    # re-ranged a few times at most
    xs, _ = page.cost_curves["l2"].getData()
    assert len(xs) == page.result.runs["l2"].costs.shape[0]
