"""Hidden units (λ) tab: λ sweep with live tiles, Cancel, λ validation, gradient check, course weights."""

import numpy as np
import pytest
import scipy.io

from nnlab_gui.tabs.hidden_units import HiddenUnitsTab


@pytest.fixture
def tab(qtbot):
    w = HiddenUnitsTab()
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    return w


def test_default_lambdas_are_the_course_ones(tab):
    assert tab.lambdas() == [0.0, 1.0, 20.0]
    assert len(tab.columns) == 3


def test_train_all_fills_one_tile_grid_per_lambda(tab, qtbot):
    tab.lambda_list.takeItem(2)        # keep 0 and 1, add 5
    tab.lambda_edit.setText("5")
    tab.add_button.click()
    assert tab.lambdas() == [0.0, 1.0, 5.0]
    tab.iter_spin.setValue(3)
    with qtbot.waitSignal(tab.runner.done, timeout=120000):
        tab.controls.run_button.click()
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
    # curves for the selected λ, with the early-stopping point marked
    xs, ys = tab.val_curve.getData()
    assert len(xs) == tab.results[0].iterations + 1
    assert tab.best_line.isVisible()
    assert tab.best_line.value() == tab.results[0].history.best_iteration


def test_optimiser_choice_reaches_the_engine(tab, qtbot):
    assert tab.optimizer_combo.currentData() == "lbfgs"       # the fast one by default
    tab.lambda_list.takeItem(2)
    tab.lambda_list.takeItem(1)
    tab.iter_spin.setValue(2)
    tab.optimizer_combo.setCurrentIndex(tab.optimizer_combo.findData("scipy"))
    with qtbot.waitSignal(tab.runner.done, timeout=120000):
        tab.controls.run_button.click()
    assert tab.results[0].message.startswith("STOP: TOTAL NO. OF ITERATIONS")   # scipy's own words
    tab.optimizer_combo.setCurrentIndex(tab.optimizer_combo.findData("lbfgs"))
    with qtbot.waitSignal(tab.runner.done, timeout=120000):
        tab.controls.run_button.click()
    assert tab.results[0].message == "reached 2 iterations"


def test_cancel_stops_training(tab, qtbot):
    tab.iter_spin.setValue(5000)
    with qtbot.waitSignal(tab.runner.snapshot, timeout=120000):
        tab.controls.run_button.click()
    assert tab.controls.cancel_button.isEnabled()
    with qtbot.waitSignal(tab.runner.cancelled, timeout=60000):
        tab.controls.cancel_button.click()
    assert not tab.runner.is_running()
    assert tab.results is None
    assert tab._stop.is_set()
    assert tab.controls.run_button.isEnabled()


@pytest.mark.parametrize("text", ["abc", "1..2", "-3", "nan"])
def test_non_numeric_lambda_is_refused_with_a_message(tab, text):
    tab.lambda_edit.setText(text)
    tab.add_button.click()
    assert tab.lambdas() == [0.0, 1.0, 20.0]
    assert tab.messages.level == "error"
    assert "λ" in tab.messages.text() and text in tab.messages.text()


def test_remove_lambda_and_empty_list_refused(tab):
    for _ in range(3):
        tab.remove_button.click()
    assert tab.lambdas() == []
    tab.controls.run_button.click()
    assert tab.messages.level == "error" and "empty" in tab.messages.text()
    assert not tab.runner.is_running()


def test_gradient_check_panel_shows_relative_difference_below_1e9(tab):
    assert tab.select_page("Gradient check")
    tab.gradcheck_button.click()
    for lam in (0.0, 1.0):
        assert tab.gradcheck_results[lam].relative_difference < 1e-9
    num = float(tab.gradcheck_table.item(0, 0).text())
    ana = float(tab.gradcheck_table.item(0, 1).text())
    assert num == pytest.approx(ana, rel=1e-6)
    assert "correct" in tab.gradcheck_label.text()


def test_open_course_weights(tab, course_path):
    tab.open_file(str(course_path("ex4weights.mat")))
    assert tab.messages.level == "info"
    assert tab.course_grid.tiles.shape == (25, 20, 20)
    assert tab.course_results["penalty"] == pytest.approx(0.096141, abs=5e-7)
    assert tab.course_results["cost1"] - tab.course_results["cost0"] == pytest.approx(0.096141, abs=5e-7)
    assert tab.course_results["accuracy"] > 0.5
    assert tab.pages.tabText(tab.pages.currentIndex()) == "Course weights"


def test_bad_weights_file_keeps_state(tab, tmp_path):
    bad = tmp_path / "w.mat"
    scipy.io.savemat(bad, {"Theta1": np.zeros((25, 400)), "Theta2": np.zeros((10, 26))})
    tab.open_file(str(bad))
    assert tab.messages.level == "error"
    assert "Theta1" in tab.messages.text() and "25×401" in tab.messages.text()
    assert tab.course_thetas is None


def test_export_curves_csv(tab, qtbot, tmp_path, monkeypatch):
    tab.iter_spin.setValue(2)
    with qtbot.waitSignal(tab.runner.done, timeout=120000):
        tab.controls.run_button.click()
    out = tmp_path / "c.csv"
    monkeypatch.setattr("nnlab_gui.widgets.export.ask_save_path", lambda *a, **k: str(out))
    tab.export_curves_button.click()
    data = np.loadtxt(out, delimiter=",", skiprows=1)
    assert set(data[:, 0]) == {0.0, 1.0, 20.0}
    png = tmp_path / "t.png"
    monkeypatch.setattr("nnlab_gui.widgets.export.ask_save_path", lambda *a, **k: str(png))
    tab.export_tiles_button.click()
    assert png.exists() and png.stat().st_size > 0


def test_sparse_autoencoder_and_feature_comparison(tab, qtbot):
    tab.select_page("Sparse")
    tab.ae_samples.setValue(500)
    tab.ae_hidden.setValue(9)
    tab.ae_iters.setValue(5)
    with qtbot.waitSignal(tab.ae_runner.done, timeout=120000):
        tab.ae_controls.run_button.click()
    assert tab.ae_result is not None
    assert tab.ae_grid.tiles.shape == (9, 8, 8)
    tab.ae_lam.setText("x")
    tab.ae_controls.run_button.click()
    assert tab.messages.level == "error" and "λ" in tab.messages.text()
    assert tab.cmp_max_iter == 200       # the default the button uses
    tab.cmp_max_iter = 5
    with qtbot.waitSignal(tab.cmp_runner.done, timeout=180000):
        tab.cmp_button.click()
    assert tab.comparison is not None
    assert tab.cmp_table.item(0, 0).text() == "raw pixels"
    assert tab.cmp_table.item(1, 2).text().endswith("%")
