"""Inpainting page: mask painting, streaming runs, cancel, live mode, course files, export,
Ctrl+R, closing the window during a run, remembered fields and the page's state."""

from __future__ import annotations

import json
import threading

import numpy as np
import pytest
import scipy.io
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from nnlab_gui.engine import inpaint as ip
from nnlab_gui.tabs.inpainting.page import InpaintingPage
from tests.gui.conftest import python_threads


@pytest.fixture
def page(qtbot):
    p = InpaintingPage(key="test/inpainting")
    qtbot.addWidget(p)
    p.resize(1300, 850)
    p.show()
    qtbot.waitExposed(p)
    return p


def setv(page, name, value):
    """Set a field through its widget, as the user would."""
    for form in (page.form, page.target_box.form, page.mask_box.form):
        if name in form.fields:
            w = form.widget(name)
            if hasattr(w, "findData"):
                w.setCurrentIndex(w.findData(value))
            elif hasattr(w, "setChecked"):
                w.setChecked(value)
            else:
                w.setValue(value)
            assert form.value(name) == value
            return
    raise KeyError(name)


def runner(page):
    return page.run_panel.runner


def starts(page) -> list:
    """A list that grows by one every time a job starts on the page's runner."""
    seen = []
    runner(page).running_changed.connect(lambda on: on and seen.append(runner(page).name))
    return seen


def button(widget, text) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def run_and_wait(qtbot, page, which=None):
    with qtbot.waitSignal(runner(page).done, timeout=60000):
        (which or page.run_panel.run_button).click()


def test_starts_with_keep_first_350_on_a_test_eight(page):
    assert page.target.source == "bundled"
    T = page.operator()
    assert T.kind == "select" and T.m == 350
    np.testing.assert_array_equal(T.flat_index, ip.keep_first(350).flat_index)
    assert page.form.value("restarts") == 20
    assert page.form.widget("lr").text() == "0.001" and page.form.widget("lr_b").text() == "1e-5"
    assert page.compare_button.parent() is page.run_panel
    assert page.target_box.gen_label.text().startswith(page.target_box.bundled_gen.name)


def test_painting_with_the_mouse_changes_the_mask(qtbot, page):
    page.mask_box.keep_slider.setValue(300)
    before = page.canvas.array.copy()
    c = page.canvas
    qtbot.mousePress(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(14, 20).toPoint())
    qtbot.mouseMove(c, pos=c.grid_to_widget(20, 24).toPoint())
    qtbot.mouseRelease(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(20, 24).toPoint())
    after = page.canvas.array
    assert after[14, 20] == 1 and before[14, 20] == 0 and after[20, 24] == 1
    T = page.operator()
    assert T.m > 300 and T.mask[14, 20]
    # the eraser hides pixels again
    page.mask_box.eraser_radio.setChecked(True)
    qtbot.mousePress(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(5, 5).toPoint())
    qtbot.mouseRelease(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(5, 5).toPoint())
    assert page.canvas.array[5, 5] == 0 and not page.operator().mask[5, 5]
    # the brush size is a field: the painter follows it
    setv(page, "brush_size", 7)
    assert page.canvas.brush_size == 7


def test_mask_buttons(page):
    box = page.mask_box
    box.superres_button.click()
    assert page.operator().kind == "block" and page.operator().m == 49
    button(box, "Box").click()
    assert page.operator().m == 784 - 144
    button(box, "Invert").click()
    assert page.operator().m == 144
    setv(page, "fraction", 0.5)
    button(box, "Random fraction").click()
    assert 300 < page.operator().m < 480
    button(box, "Clear").click()
    assert "no pixel" in box.operator_label.text()
    with pytest.raises(ValueError):
        page.job()                                        # nothing observed: nothing to run


def test_keep_first_slider_follows_the_mask(qtbot, page):
    box = page.mask_box
    assert box.keep_slider.value() == 350 and "custom" not in box.keep_label.text()
    box.box_mask()
    assert "custom mask" in box.keep_label.text()
    assert page.operator().m == 784 - 144                 # the label changed, the mask stayed
    box.clear_mask()                                      # nothing observed = keep first 0
    assert box.keep_slider.value() == 0 and "custom" not in box.keep_label.text()
    # a brush click in the middle makes a custom mask
    qtbot.mouseClick(page.canvas, Qt.MouseButton.LeftButton, pos=page.canvas.grid_to_widget(14, 14).toPoint())
    assert page.operator().m > 0 and "custom mask" in box.keep_label.text()
    # any mask that is a column-major prefix shows its N
    box.set_mask(ip.keep_first(28).mask)
    assert box.keep_slider.value() == 28 and "custom" not in box.keep_label.text()
    box.keep_slider.setValue(500)
    assert page.operator().m == 500 and "custom" not in box.keep_label.text()
    # a course N button restores T = [I_N 0] even when the slider already shows N
    box.box_mask()
    qtbot.mouseClick(button(page, "500"), Qt.MouseButton.LeftButton)
    assert page.operator().m == 500 and "custom" not in box.keep_label.text()
    assert [b.text() for b in box.findChildren(QPushButton) if b.text().isdigit()] == ["300", "350", "400", "500"]


def test_run_streams_snapshots_into_the_plot(qtbot, page):
    setv(page, "iterations", 600)
    setv(page, "restarts", 7)
    run_and_wait(qtbot, page)
    plot = page.plot
    assert len(plot.visible_restart_curves()) == 7
    assert plot.snapshots_drawn >= 2              # the first step and the end at least
    last = plot.last
    assert last.finished and last.costs.shape == (600, 7)
    x, y = plot.best_curve.getData()
    np.testing.assert_array_equal(y, last.costs[:, last.best])
    for i, curve in enumerate(plot.visible_restart_curves()):   # the end draws every thin curve
        np.testing.assert_array_equal(curve.getData()[1], last.costs[::2, i])
    np.testing.assert_array_equal(page.triptych.recon_view.image(), last.image)
    assert "MSE" in page.triptych.mse_label.text() and "600/600" in page.triptych.mse_label.text()
    assert page.run_panel.progress.value() == page.run_panel.progress.maximum()
    assert page.messages.text().startswith("Done: best restart")
    # fewer restarts hide the spare curves
    setv(page, "restarts", 3)
    setv(page, "iterations", 50)
    run_and_wait(qtbot, page)
    assert len(plot.visible_restart_curves()) == 3


def test_cancel_stops_within_one_snapshot(qtbot, page, monkeypatch):
    produced = []                     # snapshots the engine made (counted on the worker thread)
    real = ip.iter_reconstruct

    def counting(*args, **kw):
        for snap in real(*args, **kw):
            produced.append(snap.iteration)
            yield snap

    monkeypatch.setattr(ip, "iter_reconstruct", counting)
    setv(page, "iterations", 100000)
    page.run_panel.run_button.click()
    qtbot.waitUntil(lambda: len(produced) >= 2, timeout=30000)
    with qtbot.waitSignal(runner(page).cancelled, timeout=30000):
        page.run_panel.cancel_button.click()
        at_cancel = len(produced)     # the one in flight may still finish, no more
    assert len(produced) <= at_cancel + 1
    assert not page.is_running() and page.run_panel.run_button.isEnabled()
    assert page.compare_button.isEnabled()
    assert produced[-1] < 100000


def many_restarts(page, monkeypatch) -> list:
    """≥ 2·MIN_GROUP restarts: the engine splits them over threads (forced to 2, so the
    tests mean the same on one core); returns the ``workers`` each run was given."""
    seen = []
    real = ip.iter_reconstruct

    def spy(*args, **kw):
        seen.append(kw.get("workers"))
        yield from real(*args, **kw)

    monkeypatch.setattr(ip, "iter_reconstruct", spy)
    monkeypatch.setattr(ip, "default_workers", lambda restarts, precision="single": 2)
    setv(page, "restarts", 2 * ip.MIN_GROUP["single"])
    setv(page, "iterations", 100000)
    return seen


def test_many_restarts_run_on_threads_and_cancel_leaves_none(qtbot, page, monkeypatch):
    seen = many_restarts(page, monkeypatch)
    page.run_panel.run_button.click()
    qtbot.waitUntil(lambda: runner(page).latest is not None and runner(page).latest.iteration > 1, timeout=30000)
    assert seen == [None]                      # the page leaves the choice to the engine
    assert runner(page).latest.costs.shape[1] == 2 * ip.MIN_GROUP["single"]
    with qtbot.waitSignal(runner(page).cancelled, timeout=30000):
        page.run_panel.cancel_button.click()
    assert not [t for t in threading.enumerate() if t.name.startswith("inpaint")]
    assert page.plot.last.iteration < 100000
    assert len(page.plot.visible_restart_curves()) == 2 * ip.MIN_GROUP["single"]


def test_live_mode_reruns_after_a_stroke(qtbot, page):
    setv(page, "iterations", 200)
    setv(page, "restarts", 4)
    run_and_wait(qtbot, page)
    started = starts(page)
    setv(page, "live", True)                   # turning it on re-runs once
    assert len(started) == 1
    qtbot.waitUntil(lambda: not page.is_running(), timeout=30000)
    c = page.canvas
    with qtbot.waitSignal(runner(page).done, timeout=30000):
        qtbot.mousePress(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(10, 22).toPoint())
        qtbot.mouseRelease(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(10, 22).toPoint())
    assert len(started) >= 2
    assert page.run_panel.kind == "live"
    assert page.operator().mask[10, 22]
    assert page.plot.last.costs.shape[0] == 200           # min(LIVE_ITERATIONS, iterations)


def test_live_run_is_warm_started_from_the_best_z(qtbot, page, monkeypatch):
    setv(page, "iterations", 100)
    setv(page, "restarts", 3)
    run_and_wait(qtbot, page)
    best = page.plot.last.z.copy()
    calls = []
    real = ip.iter_reconstruct

    def spy(*args, **kw):
        calls.append(kw.get("z0"))
        return (yield from real(*args, **kw))

    monkeypatch.setattr(ip, "iter_reconstruct", spy)
    with qtbot.waitSignal(runner(page).done, timeout=30000):
        setv(page, "live", True)
    np.testing.assert_array_equal(calls[-1][0], best)


def test_live_mode_follows_the_brush_during_a_stroke(qtbot, page):
    setv(page, "iterations", 100)
    setv(page, "restarts", 3)
    setv(page, "live", True)
    qtbot.waitUntil(lambda: not page.is_running(), timeout=30000)
    started = starts(page)
    c = page.canvas
    qtbot.mousePress(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(4, 20).toPoint())
    qtbot.mouseMove(c, pos=c.grid_to_widget(8, 22).toPoint())
    # still holding the button: the throttled re-run starts by itself
    qtbot.waitUntil(lambda: len(started) > 0, timeout=10000)
    with qtbot.waitSignal(runner(page).done, timeout=30000):
        qtbot.mouseRelease(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(8, 22).toPoint())
    assert page.operator().mask[8, 22]
    assert page.plot.last.costs.shape[0] == 100


def test_a_changed_input_discards_the_running_job(qtbot, page):
    setv(page, "iterations", 100000)
    with qtbot.waitSignal(runner(page).yielded, timeout=30000):
        page.run_panel.run_button.click()
    page.mask_box.box_mask()                   # the run no longer belongs to the mask
    assert not page.is_running() and page.run_panel.run_button.isEnabled()
    with qtbot.waitSignal(runner(page).yielded, timeout=30000):
        page.run_panel.run_button.click()
    setv(page, "optimizer_b", "adam")          # not an input of this run: it goes on
    assert page.is_running()
    setv(page, "seed", 4)
    assert not page.is_running()


def test_compare_overlays_two_optimisers(qtbot, page):
    setv(page, "iterations", 300)
    setv(page, "restarts", 5)
    setv(page, "optimizer_b", "gd")
    run_and_wait(qtbot, page, page.compare_button)
    plot = page.plot
    assert len(plot.visible_restart_curves()) == 10
    assert plot.best_curve_b.isVisible()
    a, b = plot.last, plot.last_b
    assert (a.optimizer, b.optimizer) == ("rmsprop", "gd")
    np.testing.assert_array_equal(a.costs[0], b.costs[0])      # same starting z's
    table, head = page.plot.cost_table()
    assert table.shape == (300, 11) and head[0] == "iteration" and head[-1].startswith("B_gd")
    assert page.run_panel.kind == "compare" and "B (gradient descent)" in page.messages.text()


def write_course_images(path, rows, n=3):
    rng = np.random.default_rng(0)
    scipy.io.savemat(str(path), {"X_i": rng.random((rows, n)), "X_n": rng.random((rows, n))})


def test_a_bad_course_file_keeps_the_target(page, tmp_path):
    before = page.target
    bad = tmp_path / "bad.mat"
    write_course_images(bad, 400)
    assert page.open_file(str(bad)) is False
    assert page.messages.level == "error" and "X_i" in page.messages.text() and "400" in page.messages.text()
    assert page.target is before
    assert page.open_file(str(tmp_path / "missing.mat")) is False
    assert page.messages.level == "error"
    assert page.target is before


def test_an_empty_course_file_keeps_the_course_images(page, tmp_path):
    write_course_images(tmp_path / "data22.mat", 784, n=4)
    assert page.open_file(str(tmp_path / "data22.mat"))
    shown = page.target
    empty = tmp_path / "empty.mat"
    scipy.io.savemat(str(empty), {"X_i": np.zeros((784, 0)), "X_n": np.zeros((784, 0))})
    assert page.open_file(str(empty)) is False
    assert page.messages.level == "error" and "no images" in page.messages.text()
    assert len(page.target_box.course) == 4 and page.target is shown
    assert page.target_box.form.widget("index").maximum() == 4


def test_course_images_choose_the_course_generator(qtbot, page, tmp_path):
    good = tmp_path / "data22.mat"
    write_course_images(good, 784)
    page.open_file(str(good))
    assert page.target.source == "course" and page.target.own_noise
    # numbered from 1, as the report numbers its four images
    index = page.target_box.form.widget("index")
    assert index.minimum() == 1 and index.maximum() == 3 and index.value() == 1
    assert page.target.name.endswith("#1")
    setv(page, "index", 2)
    assert page.target.name.endswith("#2")
    np.testing.assert_array_equal(page.target.ideal, page.target_box.course.ideal[1])
    assert not page.target_box.form.widget("sigma").isEnabled()
    # no course generator next to the file: a clear message, no run
    page.run_panel.run_button.click()
    assert page.messages.level == "error" and "data21.mat" in page.messages.text()
    assert not page.is_running()
    # open one: it is used for course images, the bundled one stays for eights
    small_generator(1).save_course_mat(tmp_path / "gen.mat")
    page.open_file(str(tmp_path / "gen.mat"))
    box = page.target_box
    assert box.course_gen is not None and page.target_box.generator() is box.course_gen
    assert box.bundled_gen is not box.course_gen
    setv(page, "iterations", 30)
    setv(page, "restarts", 2)
    run_and_wait(qtbot, page)
    assert page.plot.last.finished
    setv(page, "source", "bundled")
    assert page.target_box.generator() is box.bundled_gen and page.target.source == "bundled"


def test_course_generator_next_to_the_images_is_found(page, tmp_path):
    small_generator(2).save_course_mat(tmp_path / "data21.mat")
    B = ip.block_average(4)
    rng = np.random.default_rng(3)
    scipy.io.savemat(str(tmp_path / "data23.mat"), {"X_i": rng.random((784, 2)), "X_n": rng.random((49, 2))})
    page.open_file(str(tmp_path / "data23.mat"))
    assert page.target_box.course_gen is not None and page.target_box.course_gen.name == "data21"
    assert page.mask_box.superres and page.operator().kind == "block"
    assert (page.canvas.array == 1).all()
    # the 7×7 observation is the file's, in the course's column-major block order
    obs = scipy.io.loadmat(str(tmp_path / "data23.mat"))["X_n"][:, 0]
    np.testing.assert_allclose(page.observation(page.operator()), B.from_course(obs))


def test_choosing_course_images_before_opening_any_warns_and_keeps_the_eight(page):
    before = page.target
    setv_quiet = page.target_box.form.widget("source")
    setv_quiet.setCurrentIndex(setv_quiet.findData("course"))
    assert page.messages.level == "warning" and "data22.mat" in page.messages.text()
    assert page.target is before and page.target_box.form.value("source") == "bundled"


def small_generator(seed):
    from nnlab_gui.engine.generator import Generator

    rng = np.random.default_rng(seed)
    return Generator(rng.normal(0, 0.6, (16, 10)), rng.normal(0, 0.2, 16),
                     rng.normal(0, 0.4, (784, 16)), rng.normal(0, 0.3, 784), name="small")


def test_exports(qtbot, page, tmp_path, monkeypatch):
    from nnlab_gui.widgets import export

    exports = dict(page.exports())
    assert list(exports) == ["Triptych (PNG / SVG)…", "Cost curves (CSV)…", "Cost plot (PNG / SVG / CSV)…"]
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: pytest.fail("asked for a path"))
    exports["Cost curves (CSV)…"]()
    assert page.messages.level == "error"            # nothing to export yet
    setv(page, "iterations", 50)
    setv(page, "restarts", 2)
    run_and_wait(qtbot, page)
    for name in ("t.png", "t.svg"):
        monkeypatch.setattr(export, "ask_save_path", lambda *a, n=name, **k: str(tmp_path / n))
        exports["Triptych (PNG / SVG)…"]()
        assert (tmp_path / name).stat().st_size > 0 and page.messages.level == "info"
    assert "<svg" in (tmp_path / "t.svg").read_text()
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(tmp_path / "c.csv"))
    exports["Cost curves (CSV)…"]()
    data = np.loadtxt(tmp_path / "c.csv", delimiter=",", skiprows=1)
    assert data.shape == (50, 3)
    np.testing.assert_allclose(data[:, 1:], page.plot.last.costs, rtol=1e-9)
    for name in ("p.png", "p.csv"):
        monkeypatch.setattr(export, "ask_save_path", lambda *a, n=name, **k: str(tmp_path / n))
        exports["Cost plot (PNG / SVG / CSV)…"]()
        assert (tmp_path / name).stat().st_size > 0
    np.testing.assert_allclose(np.loadtxt(tmp_path / "p.csv", delimiter=",", skiprows=1), data)


def test_state_round_trip(qtbot, page):
    page.mask_box.box_mask()
    page.target_box.draw_canvas.set_array(np.eye(28) * 0.5)
    setv(page, "sigma", 0.1)
    setv(page, "restarts", 5)
    setv(page, "brush_size", 6)
    state = page.state()
    json.dumps(state)                                 # JSON-serialisable
    assert state["mask"][14][14] == 0 and state["mask"][0][0] == 1 and state["superres"] is False
    assert state["sigma"] == 0.1 and state["restarts"] == 5 and state["source"] == "bundled"
    other = InpaintingPage(key="test/other")
    qtbot.addWidget(other)
    assert other.operator().m == 350
    assert other.apply_state(state) == []
    assert other.operator().m == 784 - 144 and "custom mask" in other.mask_box.keep_label.text()
    np.testing.assert_allclose(other.target_box.draw_canvas.array, np.eye(28) * 0.5)
    assert other.form.value("restarts") == 5 and other.canvas.brush_size == 6
    assert other.state() == state
    # the drawing as target, and super-resolution, survive too
    setv(page, "source", "drawn")
    page.mask_box.superres_mask()
    assert other.apply_state(page.state()) == []
    assert other.target.source == "drawn" and other.operator().kind == "block"
    np.testing.assert_allclose(other.target.ideal, np.eye(28) * 0.5)
    # a bad mask changes nothing
    assert other.apply_state({"mask": [[2] * 28] * 28, "restarts": 9})
    assert other.operator().kind == "block"


# ------------------------------------------------------------------ through the window
def test_ctrl_r_runs_the_reconstruction(qtbot, window):
    page = window.show_page("Inpainting")
    assert isinstance(page, InpaintingPage) and window.current_page() is page
    assert not window.tab("Inpainting").tabs.tabBar().isVisible()          # one page: no inner tab bar
    setv(page, "iterations", 40)
    setv(page, "restarts", 2)
    with qtbot.waitSignal(runner(page).done, timeout=60000):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.runs == 1 and page.run_panel.kind == "run"
    assert page.plot.last.finished and page.plot.last.costs.shape == (40, 2)


def test_closing_the_window_during_a_run_leaves_no_thread(qtbot, window, monkeypatch):
    before = set(python_threads())
    page = window.show_page("Inpainting")
    many_restarts(page, monkeypatch)
    page.run()
    qtbot.waitUntil(lambda: any(t.name.startswith("inpaint") for t in python_threads()), timeout=30000)
    window.close()
    qtbot.waitUntil(lambda: not page.is_running() and not set(python_threads()) - before, timeout=5000)


def test_fields_are_remembered_in_a_new_window(qtbot, window):
    from nnlab_gui.app import MainWindow

    page = window.show_page("Inpainting")
    setv(page, "restarts", 13)
    setv(page, "lr", 2e-3)
    setv(page, "sigma", 0.05)
    setv(page, "brush_size", 5)
    again = MainWindow()
    qtbot.addWidget(again)
    fresh = again.page("Inpainting")
    assert fresh is not page
    assert fresh.form.value("restarts") == 13 and fresh.form.value("lr") == 2e-3
    assert fresh.target_box.form.value("sigma") == 0.05 and fresh.mask_box.form.value("brush_size") == 5
    assert fresh.target_box.form.value("source") == "bundled"      # per-session data is not remembered
