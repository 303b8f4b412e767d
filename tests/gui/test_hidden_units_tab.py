"""Hidden units (λ) tab: λ sweep with live tiles, Cancel, λ validation, gradient check, course weights,
sparse autoencoder; Ctrl+R on every page, no thread left after closing the window, remembered fields."""

import threading

import numpy as np
import pytest
import scipy.io
from PySide6.QtCore import QThreadPool, Qt
from superqt.utils import WorkerBase

from nnlab_gui.app import MainWindow
from nnlab_gui.tabs.hidden_units.autoencoder import SparseAutoencoderPage
from nnlab_gui.tabs.hidden_units.course_weights import CourseWeightsPage
from nnlab_gui.tabs.hidden_units.gradient_check import GradientCheckPage
from nnlab_gui.tabs.hidden_units.sweep import SweepPage
from nnlab_gui.widgets import export

TAB = "Hidden units (λ)"


@pytest.fixture
def tab(qtbot):
    """The λ sweep page on its own."""
    w = SweepPage(key="test/sweep")
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    return w


def make(qtbot, cls, key):
    page = cls(key=key)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    return page


def type_lambdas(page, text):
    """As the user would: type into the λ values box and leave it."""
    edit = page.form.widget("lams")
    edit.setText(text)
    edit.editingFinished.emit()


def export_named(page, start):
    """Run the page's export whose menu label starts with ``start`` (as the Export ▾ menu would)."""
    return next(handler for label, handler in page.exports() if label.startswith(start))()


def ctrl_r(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)


def weights_file(path, seed=0):
    rng = np.random.default_rng(seed)
    scipy.io.savemat(path, {"Theta1": rng.normal(0, 0.1, (25, 401)), "Theta2": rng.normal(0, 0.1, (10, 26))})
    return path


def threads_alive():
    return [t for t in threading.enumerate()
            if t is not threading.main_thread() and not isinstance(t, threading._DummyThread) and t.is_alive()]


def all_stopped(before) -> bool:
    return (not any(w.is_running for w in WorkerBase._worker_set)
            and QThreadPool.globalInstance().activeThreadCount() == 0
            and not (set(threads_alive()) - before))


# ------------------------------------------------------------------ λ sweep
def test_default_lambdas_are_the_course_ones(tab):
    assert tab.lambdas() == [0.0, 1.0, 20.0]
    assert tab.form.widget("lams").text() == "0, 1, 20"
    assert len(tab.columns) == 3
    assert [c.lam for c in tab.columns] == [0.0, 1.0, 20.0]
    assert tab.apply_state({"lams": [2, 4]}) == []        # a preset / session: the columns follow
    assert tab.lambdas() == [2.0, 4.0] and [c.lam for c in tab.columns] == [2.0, 4.0]
    assert tab.form.widget("lams").text() == "2, 4"


def test_train_all_fills_one_tile_grid_per_lambda(tab, qtbot):
    type_lambdas(tab, "0, 1, 5")             # keep 0 and 1, 20 replaced by 5
    assert tab.lambdas() == [0.0, 1.0, 5.0]
    assert [c.lam for c in tab.columns] == [0.0, 1.0, 5.0]       # the columns to come
    tab.form.widget("max_iter").setValue(3)
    with qtbot.waitSignal(tab.run_panel.runner.done, timeout=120000):
        qtbot.mouseClick(tab.run_panel.run_button, Qt.MouseButton.LeftButton)
    assert len(tab.columns) == 3
    assert tab.results is not None and [r.lam for r in tab.results] == [0.0, 1.0, 5.0]
    for col, res in zip(tab.columns, tab.results):
        assert col.grid.tiles.shape == (25, 20, 20)
        assert col.grid.cols == 5
        assert "train" in col.stats.text() and "validation" in col.stats.text()
        # the tiles are the trained Θ1 rows, not the initial weights
        w = res.thetas[0][0, 1:].reshape(20, 20)
        want = (w - w.min()) / (w.max() - w.min())
        assert np.allclose(col.grid.tiles[0], want)
    # curves for the chosen λ, with the early-stopping point marked
    xs, ys = tab.curves.val_curve.getData()
    assert len(xs) == tab.results[0].iterations + 1
    assert tab.curves.best_line.isVisible()
    assert tab.curves.best_line.value() == tab.results[0].history.best_iteration
    tab.curves.lam_combo.setCurrentIndex(2)                       # another λ's curves
    assert np.array_equal(tab.curves.val_curve.getData()[1], tab.results[2].history.val_cost)


def test_optimiser_choice_reaches_the_engine(tab, qtbot):
    combo = tab.form.widget("optimizer")
    assert combo.currentData() == "lbfgs"       # the fast one by default
    type_lambdas(tab, "0")
    tab.form.widget("max_iter").setValue(2)
    combo.setCurrentIndex(combo.findData("scipy"))
    assert tab.form.value("optimizer") == "scipy"
    with qtbot.waitSignal(tab.run_panel.runner.done, timeout=120000):
        tab.run_panel.run_button.click()
    assert tab.results[0].message.startswith("STOP: TOTAL NO. OF ITERATIONS")   # scipy's own words
    combo.setCurrentIndex(combo.findData("lbfgs"))
    with qtbot.waitSignal(tab.run_panel.runner.done, timeout=120000):
        tab.run_panel.run_button.click()
    assert tab.results[0].message == "reached 2 iterations"


def test_cancel_stops_training(tab, qtbot):
    tab.form.widget("max_iter").setValue(5000)
    runner = tab.run_panel.runner
    with qtbot.waitSignal(runner.snapshot, timeout=120000):
        tab.run_panel.run_button.click()
    assert tab.run_panel.cancel_button.isEnabled()
    with qtbot.waitSignal(runner.cancelled, timeout=60000):
        tab.run_panel.cancel_button.click()
    assert not runner.is_running()
    assert tab.results is None
    assert runner._stop_event.is_set()          # the event the engine's threads watch
    assert tab.run_panel.run_button.isEnabled()
    assert tab.messages.level == "warning" and "cancelled" in tab.messages.text()


@pytest.mark.parametrize("text", ["abc", "1..2", "-3", "nan"])
def test_non_numeric_lambda_is_refused_with_a_message(tab, text):
    type_lambdas(tab, text)
    assert tab.state()["lams"] == [0.0, 1.0, 20.0]          # the last valid list is kept
    assert [c.lam for c in tab.columns] == [0.0, 1.0, 20.0]
    assert tab.messages.level == "error"
    assert "λ" in tab.messages.text() and text in tab.messages.text()
    assert tab.run() is False and not tab.is_running()       # nothing starts while it is wrong
    assert tab.messages.level == "error"
    type_lambdas(tab, "0, 2")
    assert tab.lambdas() == [0.0, 2.0] and tab.messages.level == "info"


def test_empty_lambda_list_refused(tab):
    type_lambdas(tab, "")
    assert tab.lambdas() == []
    assert tab.messages.level == "error" and "empty" in tab.messages.text()
    tab.run_panel.run_button.click()
    assert tab.messages.level == "error" and "empty" in tab.messages.text()
    assert not tab.is_running()


def test_export_curves_csv(tab, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "c.csv"
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(out))
    export_named(tab, "Cost curves")
    assert not out.exists() and tab.messages.level == "warning"      # nothing trained yet
    tab.form.widget("max_iter").setValue(2)
    with qtbot.waitSignal(tab.run_panel.runner.done, timeout=120000):
        tab.run_panel.run_button.click()
    export_named(tab, "Cost curves")
    data = np.loadtxt(out, delimiter=",", skiprows=1)
    assert set(data[:, 0]) == {0.0, 1.0, 20.0}
    png = tmp_path / "t.png"
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(png))
    export_named(tab, "Hidden-unit tiles")
    assert png.exists() and png.stat().st_size > 0
    one = tmp_path / "one.csv"
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(one))
    export_named(tab, "Curve plot")
    rows = np.loadtxt(one, delimiter=",", skiprows=1)
    assert rows.shape == (tab.results[0].iterations + 1, 3)
    assert np.allclose(rows[:, 2], tab.results[0].history.val_cost)


# ------------------------------------------------------------- gradient check
def test_gradient_check_panel_shows_relative_difference_below_1e9(qtbot, tmp_path, monkeypatch):
    page = make(qtbot, GradientCheckPage, "test/gradcheck")
    page.gradcheck_button.click()
    for lam in (0.0, 1.0):
        assert page.gradcheck_results[lam].relative_difference < 1e-9
    num = float(page.gradcheck_table.item(0, 0).text())
    ana = float(page.gradcheck_table.item(0, 1).text())
    assert num == pytest.approx(ana, rel=1e-6)
    assert "correct" in page.gradcheck_label.text()
    out = tmp_path / "g.csv"
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(out))
    export_named(page, "Gradient table")
    data = np.loadtxt(out, delimiter=",", skiprows=1)
    assert data.shape == (len(page.gradcheck_results[0.0].numeric), 6)
    res = page.gradcheck_results[0.0]
    np.testing.assert_allclose(data[:, 2], res.numeric - res.analytic, atol=1e-15)
    assert np.allclose(data[:, 3], page.gradcheck_results[1.0].numeric)
    header = [page.gradcheck_table.horizontalHeaderItem(c).text() for c in range(3)]
    assert header == ["numeric (λ=0)", "analytic (λ=0)", "difference (λ=0)"]
    diff = page.gradcheck_table.item(0, 2).text()
    assert float(diff) == pytest.approx(res.numeric[0] - res.analytic[0], rel=1e-2, abs=1e-14)


# ------------------------------------------------------------- course weights
def test_open_course_weights(window, course_path):
    sweep = window.show_page(f"{TAB}:λ sweep")
    assert sweep.OPEN_FILTER == "Course network weights (*.mat)"
    assert sweep.open_file(str(course_path("ex4weights.mat")))       # File → Open… on another page
    page = window.page(f"{TAB}:Course weights")
    assert window.current_page() is page                             # the weights' page is shown
    assert page.messages.level == "info"
    assert page.course_grid.tiles.shape == (25, 20, 20)
    assert page.course_results["penalty"] == pytest.approx(0.096141, abs=5e-7)
    assert page.course_results["cost1"] - page.course_results["cost0"] == pytest.approx(0.096141, abs=5e-7)
    assert page.course_results["accuracy"] > 0.5


def test_bad_weights_file_keeps_state(qtbot, tmp_path):
    page = make(qtbot, CourseWeightsPage, "test/course")
    bad = tmp_path / "w.mat"
    scipy.io.savemat(bad, {"Theta1": np.zeros((25, 400)), "Theta2": np.zeros((10, 26))})
    assert page.open_file(str(bad)) is False
    assert page.messages.level == "error"
    assert "Theta1" in page.messages.text() and "25×401" in page.messages.text()
    assert page.course_thetas is None
    good = weights_file(tmp_path / "good.mat")
    assert page.open_file(str(good))
    before = page.course_thetas[0].copy()
    assert page.open_file(str(bad)) is False
    assert page.messages.level == "error"
    assert np.array_equal(page.course_thetas[0], before) and page.course_name == "good.mat"


def test_course_weights_state_round_trip(qtbot, tmp_path):
    page = make(qtbot, CourseWeightsPage, "test/course")
    assert page.state() == {}
    page.open_file(str(weights_file(tmp_path / "w.mat", seed=3)))
    state = page.state()
    assert set(state["course_weights"]) == {"name", "Theta1", "Theta2"}
    other = make(qtbot, CourseWeightsPage, "test/course2")
    assert other.apply_state(state) == []
    assert np.array_equal(other.course_thetas[1], page.course_thetas[1])
    assert other.course_results == pytest.approx(page.course_results)
    assert np.allclose(other.course_grid.tiles, page.course_grid.tiles)
    problems = other.apply_state({"course_weights": {"Theta1": [[1.0]], "Theta2": []}})
    assert problems and "Theta1" in problems[0]
    assert np.array_equal(other.course_thetas[1], page.course_thetas[1])      # refused: kept
    other.apply_state({"course_weights": None})
    assert other.course_thetas is None and other.state() == {}


def test_export_course_tiles(qtbot, tmp_path, monkeypatch):
    page = make(qtbot, CourseWeightsPage, "test/course")
    png = tmp_path / "course.png"
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(png))
    export_named(page, "Hidden-unit tiles")
    assert not png.exists() and page.messages.level == "warning"
    page.open_file(str(weights_file(tmp_path / "w.mat")))
    export_named(page, "Hidden-unit tiles")
    assert png.exists() and png.stat().st_size > 0


# --------------------------------------------------------- sparse autoencoder
def small_autoencoder(page, iterations=5):
    page.form.set_values({"samples": 500, "hidden": 9, "max_iter": iterations})


def test_sparse_autoencoder_and_feature_comparison(qtbot, tmp_path, monkeypatch):
    page = make(qtbot, SparseAutoencoderPage, "test/ae")
    assert page.form.widget("lam").text() == "0.003"
    page.form.widget("samples").setValue(500)
    page.form.widget("hidden").setValue(9)
    page.form.widget("max_iter").setValue(5)
    with qtbot.waitSignal(page.run_panel.runner.done, timeout=120000):
        page.run_panel.run_button.click()
    assert page.ae_result is not None
    assert page.ae_grid.tiles.shape == (9, 8, 8)
    # a bad weight decay never reaches the engine: the box refuses the text, a state names λ
    box = page.form.widget("lam")
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "x")
    box.interpretText()
    assert page.form.value("lam") == pytest.approx(3e-3)
    problems = page.apply_state({"lam": "x"})
    assert problems and "λ" in problems[0] and page.form.value("lam") == pytest.approx(3e-3)
    assert page.cmp_max_iter == 200       # the default the button uses
    page.cmp_max_iter = 5
    with qtbot.waitSignal(page.run_panel.runner.done, timeout=180000):
        page.cmp_button.click()
    assert page.run_panel.kind == "compare"
    assert page.comparison is not None
    assert page.cmp_table.item(0, 0).text() == "raw pixels"
    assert page.cmp_table.item(1, 2).text().endswith("%")
    out = tmp_path / "cost.csv"
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(out))
    export_named(page, "Cost plot")
    assert np.allclose(np.loadtxt(out, delimiter=",", skiprows=1)[:, 1], page.ae_result.costs)
    png = tmp_path / "w1.png"
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(png))
    export_named(page, "Weights")
    assert png.exists() and png.stat().st_size > 0


def test_compare_before_training_says_so(qtbot):
    page = make(qtbot, SparseAutoencoderPage, "test/ae")
    page.cmp_button.click()
    assert not page.is_running()
    assert page.messages.level == "warning" and "train the autoencoder first" in page.messages.text()


def test_whole_digits_train_on_784_pixels(qtbot):
    page = make(qtbot, SparseAutoencoderPage, "test/ae")
    small_autoencoder(page, iterations=2)
    page.form.widget("data").setCurrentIndex(1)
    assert page.form.value("data") == "digits"
    with qtbot.waitSignal(page.run_panel.runner.done, timeout=120000):
        page.run()
    assert page.ae_result.patch is None and page.ae_grid.tiles.shape == (9, 28, 28)


# -------------------------------------------------------- Ctrl+R on every page
def test_ctrl_r_trains_all_lambdas_on_the_sweep_page(window, qtbot):
    page = window.show_page(f"{TAB}:λ sweep")
    page.form.set_values({"lams": [0.0, 1.0], "max_iter": 2})
    with qtbot.waitSignal(page.run_panel.runner.done, timeout=120000):
        ctrl_r(qtbot, window)
    assert page.runs == 1 and page.run_panel.kind == "sweep"
    assert [r.lam for r in page.results] == [0.0, 1.0]


def test_ctrl_r_runs_the_gradient_check(window, qtbot):
    page = window.show_page(f"{TAB}:Gradient check")
    assert page.gradcheck_results == {}
    ctrl_r(qtbot, window)
    assert page.runs == 1 and set(page.gradcheck_results) == {0.0, 1.0}
    assert page.gradcheck_table.item(4, 3) is not None and "correct" in page.gradcheck_label.text()


def test_ctrl_r_opens_then_re_evaluates_course_weights(window, qtbot, tmp_path, monkeypatch):
    page = window.show_page(f"{TAB}:Course weights")
    asked = []
    path = str(weights_file(tmp_path / "w.mat"))
    monkeypatch.setattr(export, "ask_open_path", lambda *a, **k: asked.append(a) or path)
    ctrl_r(qtbot, window)                           # nothing loaded: the file dialog
    assert len(asked) == 1 and page.course_name == "w.mat"
    assert page.course_grid.tiles.shape == (25, 20, 20)
    page.course_results = None
    ctrl_r(qtbot, window)                           # loaded: evaluated again, no dialog
    assert len(asked) == 1 and page.course_results["m"] > 0
    assert "re-evaluated" in page.messages.text()
    assert page.runs == 2


def test_ctrl_r_trains_the_autoencoder(window, qtbot):
    page = window.show_page(f"{TAB}:Sparse autoencoder")
    small_autoencoder(page)
    with qtbot.waitSignal(page.run_panel.runner.done, timeout=120000):
        ctrl_r(qtbot, window)
    assert page.runs == 1 and page.run_panel.kind == "train"
    assert page.ae_result is not None and page.comparison is None


# --------------------------------------------- closing the window stops every job
@pytest.mark.parametrize("optimizer", ["lbfgs", "scipy"])
def test_closing_the_window_during_a_sweep_stops_every_thread(window, qtbot, optimizer):
    before = set(threads_alive())
    page = window.show_page(f"{TAB}:λ sweep")
    page.form.set_values({"max_iter": 5000, "optimizer": optimizer})
    with qtbot.waitSignal(page.run_panel.runner.snapshot, timeout=120000):
        ctrl_r(qtbot, window)
    if optimizer == "scipy":                      # one optimiser thread per λ is running
        assert sum(t.name.startswith("mlp-train") for t in threads_alive()) == 3
    window.close()
    qtbot.waitUntil(lambda: all_stopped(before), timeout=5000)
    assert not any(t.name.startswith("mlp-") for t in threading.enumerate())


def test_the_stop_event_not_garbage_collection_ends_the_optimiser_threads(window, qtbot, monkeypatch):
    """The engine generator is kept alive elsewhere (as a traceback or a debugger would), so it is
    never closed: only the run panel's stop event, set by closing the window, ends scipy's runs."""
    from concurrent.futures import ThreadPoolExecutor

    from nnlab_gui.engine import mlp, mlp_sweep

    real, kept, tasks = mlp.iter_train_many, [], []

    def held(*args, **kwargs):
        gen = real(*args, **kwargs)
        kept.append(gen)
        while True:
            try:
                snap = next(gen)
            except StopIteration as end:
                return end.value
            yield snap

    class Pool(ThreadPoolExecutor):
        def submit(self, *args, **kwargs):
            tasks.append(super().submit(*args, **kwargs))
            return tasks[-1]

    monkeypatch.setattr(mlp, "iter_train_many", held)
    monkeypatch.setattr(mlp_sweep, "ThreadPoolExecutor", Pool)
    before = set(threads_alive())
    page = window.show_page(f"{TAB}:λ sweep")
    page.form.set_values({"max_iter": 5000, "optimizer": "scipy"})
    with qtbot.waitSignal(page.run_panel.runner.snapshot, timeout=120000):
        ctrl_r(qtbot, window)
    assert len(tasks) == 3 and not any(t.done() for t in tasks)     # one L-BFGS-B run per λ
    try:
        window.close()
        qtbot.waitUntil(lambda: all(t.done() for t in tasks), timeout=5000)
        assert not any(w.is_running for w in WorkerBase._worker_set)
        assert all(t.exception() is None and t.result().iterations < 5000 for t in tasks)   # stopped early
    finally:
        for gen in kept:
            gen.close()
    qtbot.waitUntil(lambda: all_stopped(before), timeout=5000)


def test_closing_the_window_during_autoencoder_training_stops_it(window, qtbot):
    before = set(threads_alive())
    page = window.show_page(f"{TAB}:Sparse autoencoder")
    small_autoencoder(page, iterations=5000)
    with qtbot.waitSignal(page.run_panel.runner.snapshot, timeout=120000):
        ctrl_r(qtbot, window)
    assert any(t.name == "sparse-ae" for t in threads_alive())
    window.close()
    qtbot.waitUntil(lambda: all_stopped(before), timeout=5000)


def test_closing_the_window_during_the_comparison_stops_it(window, qtbot):
    before = set(threads_alive())
    page = window.show_page(f"{TAB}:Sparse autoencoder")
    small_autoencoder(page)
    with qtbot.waitSignal(page.run_panel.runner.done, timeout=120000):
        page.run()
    page.cmp_max_iter = 5000
    with qtbot.waitSignal(page.run_panel.runner.yielded, timeout=60000):
        page.cmp_button.click()
    assert page.is_running() and page.run_panel.kind == "compare"
    window.close()
    qtbot.waitUntil(lambda: all_stopped(before), timeout=5000)
    assert page.comparison is None


# ------------------------------------------------------------------ memory
def test_fields_are_remembered_by_a_new_window(window, qtbot):
    sweep = window.page(f"{TAB}:λ sweep")
    combo = sweep.form.widget("optimizer")
    combo.setCurrentIndex(combo.findData("scipy"))
    type_lambdas(sweep, "0, 3")
    window.page(f"{TAB}:Sparse autoencoder").form.widget("lam").setValue(1e-4)
    again = MainWindow()
    qtbot.addWidget(again)
    page = again.page(f"{TAB}:λ sweep")
    assert page.form.value("optimizer") == "scipy"
    assert page.lambdas() == [0.0, 3.0] and [c.lam for c in page.columns] == [0.0, 3.0]
    assert again.page(f"{TAB}:Sparse autoencoder").form.value("lam") == pytest.approx(1e-4)
    assert again.page(f"{TAB}:Sparse autoencoder").form.widget("lam").text() == "1e-4"
