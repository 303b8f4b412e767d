"""Inpainting tab: mask painting, streaming runs, cancel, live mode, course files, export."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.io
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from nnlab_gui.engine import inpaint as ip
from nnlab_gui.tabs.inpainting import InpaintingTab


@pytest.fixture
def tab(qtbot):
    t = InpaintingTab()
    qtbot.addWidget(t)
    t.resize(1300, 850)
    t.show()
    qtbot.waitExposed(t)
    return t


def run_and_wait(qtbot, tab, button=None):
    with qtbot.waitSignal(tab.runner.done, timeout=60000):
        (button or tab.run_controls.run_button).click()


def test_starts_with_keep_first_350_on_a_test_eight(tab):
    assert tab.target.source == "bundled"
    T = tab.operator()
    assert T.kind == "select" and T.m == 350
    np.testing.assert_array_equal(T.flat_index, ip.keep_first(350).flat_index)
    assert tab.restart_spin.value() == 20


def test_painting_with_the_mouse_changes_the_mask(qtbot, tab):
    tab.keep_slider.setValue(300)
    before = tab.canvas.array.copy()
    c = tab.canvas
    qtbot.mousePress(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(14, 20).toPoint())
    qtbot.mouseMove(c, pos=c.grid_to_widget(20, 24).toPoint())
    qtbot.mouseRelease(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(20, 24).toPoint())
    after = tab.canvas.array
    assert after[14, 20] == 1 and before[14, 20] == 0 and after[20, 24] == 1
    T = tab.operator()
    assert T.m > 300 and T.mask[14, 20]
    # the eraser hides pixels again
    tab.eraser_radio.setChecked(True)
    qtbot.mousePress(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(5, 5).toPoint())
    qtbot.mouseRelease(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(5, 5).toPoint())
    assert tab.canvas.array[5, 5] == 0 and not tab.operator().mask[5, 5]


def test_presets(tab):
    tab.superres_button.click()
    assert tab.operator().kind == "block" and tab.operator().m == 49
    tab._on_box_mask()
    assert tab.operator().m == 784 - 144
    tab._on_invert()
    assert tab.operator().m == 144
    tab.fraction_spin.setValue(0.5)
    tab._on_random_mask()
    assert 300 < tab.operator().m < 480
    tab._on_clear_mask()
    assert "no pixel" in tab.operator_label.text()


def test_keep_first_slider_follows_the_mask(qtbot, tab):
    assert tab.keep_slider.value() == 350 and "custom" not in tab.keep_label.text()
    tab._on_box_mask()
    assert "custom mask" in tab.keep_label.text()
    assert tab.operator().m == 784 - 144                 # the label changed, the mask stayed
    tab._on_clear_mask()                                  # nothing observed = keep first 0
    assert tab.keep_slider.value() == 0 and "custom" not in tab.keep_label.text()
    # a brush click in the middle makes a custom mask
    qtbot.mouseClick(tab.canvas, Qt.MouseButton.LeftButton, pos=tab.canvas.grid_to_widget(14, 14).toPoint())
    assert tab.operator().m > 0 and "custom mask" in tab.keep_label.text()
    # any mask that is a column-major prefix shows its N
    tab._set_mask(ip.keep_first(28).mask)
    assert tab.keep_slider.value() == 28 and "custom" not in tab.keep_label.text()
    tab.keep_slider.setValue(500)
    assert tab.operator().m == 500 and "custom" not in tab.keep_label.text()
    # a course N button restores T = [I_N 0] even when the slider already shows N
    tab._on_box_mask()
    button = next(b for b in tab.findChildren(QPushButton) if b.text() == "500")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert tab.operator().m == 500 and "custom" not in tab.keep_label.text()


def test_run_streams_snapshots_into_the_plot(qtbot, tab):
    tab.iter_spin.setValue(600)
    tab.restart_spin.setValue(7)
    run_and_wait(qtbot, tab)
    assert len(tab.visible_restart_curves()) == 7
    assert tab.snapshots_drawn >= 2               # the first step and the end at least
    last = tab.last
    assert last.finished and last.costs.shape == (600, 7)
    x, y = tab.best_curve.getData()
    np.testing.assert_array_equal(y, last.costs[:, last.best])
    np.testing.assert_array_equal(tab.recon_view.image(), last.image)
    assert "MSE" in tab.mse_label.text()
    assert tab.run_controls.progress.value() == tab.run_controls.progress.maximum()
    # fewer restarts hide the spare curves
    tab.restart_spin.setValue(3)
    tab.iter_spin.setValue(50)
    run_and_wait(qtbot, tab)
    assert len(tab.visible_restart_curves()) == 3


def test_cancel_stops_within_one_snapshot(qtbot, tab, monkeypatch):
    produced = []                     # snapshots the engine made (counted on the worker thread)
    real = ip.iter_reconstruct

    def counting(*args, **kw):
        for snap in real(*args, **kw):
            produced.append(snap.iteration)
            yield snap

    monkeypatch.setattr(ip, "iter_reconstruct", counting)
    tab.iter_spin.setValue(100000)
    tab.run_controls.run_button.click()
    qtbot.waitUntil(lambda: len(produced) >= 2, timeout=30000)
    with qtbot.waitSignal(tab.runner.cancelled, timeout=30000):
        tab.run_controls.cancel_button.click()
        at_cancel = len(produced)     # the one in flight may still finish, no more
    assert len(produced) <= at_cancel + 1
    assert not tab.runner.is_running() and tab.run_controls.run_button.isEnabled()
    assert produced[-1] < 100000


def test_many_restarts_run_on_threads_and_cancel_leaves_none(qtbot, tab, monkeypatch):
    """With ≥ 2·MIN_GROUP restarts the engine splits them over threads (forced to 2 here, so
    the test means the same on one core); cancelling ends the run with no thread left."""
    import threading

    seen = []
    real = ip.iter_reconstruct

    def spy(*args, **kw):
        seen.append(kw.get("workers"))
        yield from real(*args, **kw)

    monkeypatch.setattr(ip, "iter_reconstruct", spy)
    monkeypatch.setattr(ip, "default_workers", lambda restarts, precision="single": 2)
    tab.restart_spin.setValue(2 * ip.MIN_GROUP["single"])
    tab.iter_spin.setValue(100000)
    tab.run_controls.run_button.click()
    qtbot.waitUntil(lambda: tab.runner.latest is not None and tab.runner.latest.iteration > 1, timeout=30000)
    assert seen == [None]                      # the tab leaves the choice to the engine
    assert tab.runner.latest.costs.shape[1] == 2 * ip.MIN_GROUP["single"]
    with qtbot.waitSignal(tab.runner.cancelled, timeout=30000):
        tab.run_controls.cancel_button.click()
    assert not [t for t in threading.enumerate() if t.name.startswith("inpaint")]
    assert tab.last.iteration < 100000 and len(tab.visible_restart_curves()) == 2 * ip.MIN_GROUP["single"]


def test_live_mode_reruns_after_a_stroke(qtbot, tab):
    tab.iter_spin.setValue(200)
    tab.restart_spin.setValue(4)
    run_and_wait(qtbot, tab)
    started = tab.runs_started
    tab.live_check.setChecked(True)            # turning it on re-runs once
    qtbot.waitUntil(lambda: not tab.runner.is_running(), timeout=30000)
    c = tab.canvas
    with qtbot.waitSignal(tab.runner.done, timeout=30000):
        qtbot.mousePress(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(10, 22).toPoint())
        qtbot.mouseRelease(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(10, 22).toPoint())
    assert tab.runs_started >= started + 2
    assert tab._run_kind == "live"
    assert tab.operator().mask[10, 22]
    assert tab.last.costs.shape[0] == 200


def test_live_run_is_warm_started_from_the_best_z(qtbot, tab, monkeypatch):
    tab.iter_spin.setValue(100)
    tab.restart_spin.setValue(3)
    run_and_wait(qtbot, tab)
    best = tab.last.z.copy()
    calls = []
    real = ip.iter_reconstruct

    def spy(*args, **kw):
        calls.append(kw.get("z0"))
        return (yield from real(*args, **kw))

    monkeypatch.setattr(ip, "iter_reconstruct", spy)
    with qtbot.waitSignal(tab.runner.done, timeout=30000):
        tab.live_check.setChecked(True)
    np.testing.assert_array_equal(calls[-1][0], best)


def test_compare_overlays_two_optimisers(qtbot, tab):
    tab.iter_spin.setValue(300)
    tab.restart_spin.setValue(5)
    tab.opt_combo_b.setCurrentText("gd")
    with qtbot.waitSignal(tab.runner.done, timeout=60000):
        tab.compare_button.click()
    assert len(tab.visible_restart_curves()) == 10
    assert tab.best_curve_b.isVisible()
    a, b = tab.last, tab.last_b
    assert (a.optimizer, b.optimizer) == ("rmsprop", "gd")
    np.testing.assert_array_equal(a.costs[0], b.costs[0])      # same starting z's
    table, head = tab.cost_table()
    assert table.shape == (300, 11) and head[0] == "iteration" and head[-1].startswith("B_gd")


def write_course_images(path, rows):
    rng = np.random.default_rng(0)
    scipy.io.savemat(str(path), {"X_i": rng.random((rows, 3)), "X_n": rng.random((rows, 3))})


def test_wrong_size_course_image_keeps_the_target(tab, tmp_path):
    before = tab.target
    bad = tmp_path / "bad.mat"
    write_course_images(bad, 400)
    tab.open_file(str(bad))
    assert tab.messages.level == "error" and "X_i" in tab.messages.text() and "400" in tab.messages.text()
    assert tab.target is before
    tab.open_file(str(tmp_path / "missing.mat"))
    assert tab.messages.level == "error"
    assert tab.target is before


def test_course_images_choose_the_course_generator(qtbot, tab, tmp_path):
    good = tmp_path / "data22.mat"
    write_course_images(good, 784)
    tab.open_file(str(good))
    assert tab.target.source == "course" and tab.target.own_noise
    # numbered from 1, as the report numbers its four images
    assert tab.index_spin.minimum() == 1 and tab.index_spin.value() == 1
    assert tab.target.name.endswith("#1")
    tab.index_spin.setValue(2)
    assert tab.target.name.endswith("#2")
    np.testing.assert_array_equal(tab.target.ideal, tab.course_images[1][0])
    assert not tab.sigma_slider.isEnabled()
    # no course generator next to the file: a clear message, no run
    tab.run_controls.run_button.click()
    assert tab.messages.level == "error" and "data21.mat" in tab.messages.text()
    assert not tab.runner.is_running()
    # open one: it is used for course images, the bundled one stays for eights
    small_generator(1).save_course_mat(tmp_path / "gen.mat")
    tab.open_file(str(tmp_path / "gen.mat"))
    assert tab.course_gen is not None and tab.generator() is tab.course_gen
    assert tab.bundled_gen is not tab.course_gen
    tab.iter_spin.setValue(30)
    tab.restart_spin.setValue(2)
    run_and_wait(qtbot, tab)
    assert tab.last.finished
    tab.source_combo.setCurrentIndex(0)
    assert tab.generator() is tab.bundled_gen


def test_course_generator_next_to_the_images_is_found(tab, tmp_path):
    small_generator(2).save_course_mat(tmp_path / "data21.mat")
    B = ip.block_average(4)
    rng = np.random.default_rng(3)
    scipy.io.savemat(str(tmp_path / "data23.mat"), {"X_i": rng.random((784, 2)), "X_n": rng.random((49, 2))})
    tab.open_file(str(tmp_path / "data23.mat"))
    assert tab.course_gen is not None and tab.course_gen.name == "data21"
    assert tab.superres and tab.operator().kind == "block"
    assert (tab.canvas.array == 1).all()
    # the 7×7 observation is the file's, in the course's column-major block order
    obs = scipy.io.loadmat(str(tmp_path / "data23.mat"))["X_n"][:, 0]
    np.testing.assert_allclose(tab.observation(tab.operator()), B.from_course(obs))


def small_generator(seed):
    from nnlab_gui.engine.generator import Generator

    rng = np.random.default_rng(seed)
    return Generator(rng.normal(0, 0.6, (16, 10)), rng.normal(0, 0.2, 16),
                     rng.normal(0, 0.4, (784, 16)), rng.normal(0, 0.3, 784), name="small")


def test_export(qtbot, tab, tmp_path, monkeypatch):
    from nnlab_gui.widgets import export

    tab.iter_spin.setValue(50)
    tab.restart_spin.setValue(2)
    tab._on_export_csv()
    assert tab.messages.level == "error"            # nothing to export yet
    run_and_wait(qtbot, tab)
    png, csv = tmp_path / "t.png", tmp_path / "c.csv"
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(png))
    tab.export_png_button.click()
    assert png.stat().st_size > 0
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(csv))
    tab.export_csv_button.click()
    data = np.loadtxt(csv, delimiter=",", skiprows=1)
    assert data.shape == (50, 3)
    np.testing.assert_allclose(data[:, 1:], tab.last.costs, rtol=1e-9)


def test_live_mode_follows_the_brush_during_a_stroke(qtbot, tab):
    tab.iter_spin.setValue(100)
    tab.restart_spin.setValue(3)
    tab.live_check.setChecked(True)
    qtbot.waitUntil(lambda: not tab.runner.is_running(), timeout=30000)
    started = tab.runs_started
    c = tab.canvas
    qtbot.mousePress(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(4, 20).toPoint())
    qtbot.mouseMove(c, pos=c.grid_to_widget(8, 22).toPoint())
    # still holding the button: the throttled re-run starts by itself
    qtbot.waitUntil(lambda: tab.runs_started > started, timeout=10000)
    with qtbot.waitSignal(tab.runner.done, timeout=30000):
        qtbot.mouseRelease(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(8, 22).toPoint())
    assert tab.operator().mask[8, 22]
