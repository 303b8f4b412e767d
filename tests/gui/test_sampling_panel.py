"""The Sampling pages of the Generator tab (inverse CDF, Gibbs, Laplace noise): samplers fill
their plots, Cancel stops, bad densities are refused with a message, Ctrl+R runs the page's
job, closing the window stops every job."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnlab_gui.engine.resources import resource_path
from nnlab_gui.pages import PageGroup
from nnlab_gui.tabs.generator.gibbs import GibbsPage
from nnlab_gui.tabs.generator.inverse_cdf import InverseCdfPage
from nnlab_gui.tabs.generator.laplace import LaplacePage
from nnlab_gui.widgets import export

from conftest import python_threads


def make(qtbot, cls, key):
    p = cls(key=key)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    return p


@pytest.fixture
def inverse(qtbot):
    return make(qtbot, InverseCdfPage, "test/inverse")


@pytest.fixture
def gibbs(qtbot):
    return make(qtbot, GibbsPage, "test/gibbs")


@pytest.fixture
def laplace(qtbot):
    return make(qtbot, LaplacePage, "test/laplace")


def _y(item):
    y = item.getData()[1]
    return np.zeros(0) if y is None else np.asarray(y)


def type_density(page, text):
    """Type a density and finish editing (Return / focus out), as the user does."""
    edit = page.form.widget("density")
    edit.setText(text)
    edit.editingFinished.emit()


def runner(page):
    return page.run_panel.runner


def test_pages(window):
    group = window.tab("Generator").page("Sampling")
    assert isinstance(group, PageGroup)
    assert group.names() == ["Inverse CDF", "Gibbs", "Laplace noise"]
    page = window.show_page("Generator:Sampling:gibbs")
    assert isinstance(page, GibbsPage) and window.current_page() is page
    assert group.tabs.currentIndex() == 1


def test_inverse_cdf_run_fills_plots(inverse, qtbot):
    page = inverse
    assert _y(page.hist).sum() == 0
    page.form.widget("animate").setChecked(False)
    page.form.widget("n").setValue(5000)
    with qtbot.waitSignal(runner(page).done, timeout=30000):
        page.run_panel.run_button.click()
    assert len(page.samples) == 5000
    hist = _y(page.hist)
    # histogram is a density: integrates to one and rises like 0.5 + s
    assert hist.sum() * (1 / len(hist)) == pytest.approx(1.0)
    assert hist[-5:].mean() > hist[:5].mean() + 0.5
    x, y = page.cdf_dot.getData()
    assert len(x) == 1 and y[0] == pytest.approx(page._last_u[-1])
    assert x[0] == pytest.approx((-1 + np.sqrt(1 + 8 * y[0])) / 2)
    assert "Kolmogorov" in page.messages.text() and page.ks_pvalue is not None
    assert page.run_panel.progress.value() == page.run_panel.progress.maximum()


def test_the_ks_test_runs_in_the_job_not_on_the_gui_thread(inverse, qtbot, monkeypatch):
    import threading

    import scipy.stats

    main = threading.main_thread()
    calls = []
    real = scipy.stats.kstest
    monkeypatch.setattr(scipy.stats, "kstest",
                        lambda *a, **k: calls.append(threading.current_thread() is main) or real(*a, **k))
    inverse.form.set_values({"animate": False, "n": 2000})
    with qtbot.waitSignal(runner(inverse).done, timeout=30000):
        inverse.run()
    assert calls == [False]
    assert "Kolmogorov" in inverse.messages.text()


def test_inverse_cdf_cancel_stops(inverse, qtbot):
    page = inverse
    page.form.set_values({"n": 300000, "animate": True})
    with qtbot.waitSignal(runner(page).snapshot, timeout=10000):
        page.run_panel.run_button.click()
    assert page.run_panel.cancel_button.isEnabled() and not page.one_button.isEnabled()
    with qtbot.waitSignal(runner(page).cancelled, timeout=10000):
        page.run_panel.cancel_button.click()
    assert not page.is_running()
    assert 0 < len(page.samples) < 300000
    assert page.run_panel.run_button.isEnabled() and page.one_button.isEnabled()


@pytest.mark.parametrize("text, fragment", [
    ("s - 0.5", "negative"),
    ("exp(", "cannot parse"),
    ("__import__('os').getcwd()", "not an allowed function"),
    ("0*s", "zero total mass"),
])
def test_bad_density_shows_message_and_keeps_previous(inverse, qtbot, text, fragment):
    page = inverse
    type_density(page, "exp(-2*s)")
    assert page.density.text == "exp(-2*s)"
    before = _y(page.pdf_curve).copy()
    type_density(page, text)
    assert page.messages.level == "error"
    assert fragment in page.messages.text()
    assert "still using p(s) = exp(-2*s)" in page.messages.text()
    assert page.density.text == "exp(-2*s)"
    assert "#c62828" in page.form.widget("density").styleSheet()
    np.testing.assert_array_equal(_y(page.pdf_curve), before)
    # Run refuses too: no job starts
    page.run_panel.run_button.click()
    assert not page.is_running() and page.runs == 0
    # fixing it clears the error
    type_density(page, "1 + s")
    assert page.density.text == "1 + s" and page.messages.level == "info"
    assert page.form.widget("density").styleSheet() == ""


def test_typed_density_is_sampled(inverse, qtbot):
    page = inverse
    type_density(page, "exp(-3*s)")
    page.form.widget("hi").setValue(2.0)
    assert page.messages.level == "info"
    assert "cell by cell" in page.method_label.text()
    page.form.set_values({"animate": False, "n": 4000})
    with qtbot.waitSignal(runner(page).done, timeout=30000):
        page.run_panel.run_button.click()
    assert page.samples.max() <= 2.0
    assert page.samples.mean() == pytest.approx(1 / 3, abs=0.03)


def test_an_interval_makes_a_density_valid(inverse):
    type_density(inverse, "log(s)")                  # −∞ at 0: refused on [0, 1]
    assert inverse.messages.level == "error" and inverse.density.text == "0.5 + s"
    inverse.form.widget("hi").setValue(3.0)
    inverse.form.widget("lo").setValue(1.0)          # fine on [1, 3]
    assert inverse.density.text == "log(s)" and (inverse.density.lo, inverse.density.hi) == (1.0, 3.0)
    assert inverse.messages.level == "info"


def test_the_course_preset_restores_the_course_density(inverse):
    type_density(inverse, "exp(-3*s)")
    inverse.form.widget("hi").setValue(2.0)
    assert not inverse.density.is_course_density
    inverse.preset_picker.choose("Course: 0.5 + s on [0, 1]")
    assert inverse.density.is_course_density
    assert inverse.form.value("density") == "0.5 + s" and inverse.form.widget("density").text() == "0.5 + s"
    assert "closed form" in inverse.method_label.text()
    assert len(_y(inverse.inv_closed)) == 201


def test_gibbs_run_and_step_fill_plots(gibbs, qtbot):
    page = gibbs
    assert len(page.samples) == 0
    page.step_button.click()
    page.step_button.click()
    assert len(page.samples) == 2 and len(page.path) == 5
    page.form.set_values({"animate": False, "n": 2000})
    with qtbot.waitSignal(runner(page).done, timeout=30000):
        page.run_panel.run_button.click()
    assert len(page.samples) == 2002
    assert np.all((page.samples ** 2).sum(axis=1) <= 1)
    assert len(page.scatter.data) == 2002
    assert _y(page.r2_hist).sum() > 0
    assert len(_y(page.acf_curve)) == page.MAX_LAG + 1 and _y(page.acf_curve)[0] == pytest.approx(1)
    assert "KS test" in page.stats_label.text() and page.stats.n == 2002
    # the chain continues from where it stopped
    page.step_button.click()
    assert len(page.samples) == 2003
    assert len(page.scatter.data) == 2003
    # the scatter is capped, the statistics use every sample
    page.SCATTER_MAX = 2500
    page.form.set_values({"n": 1000})
    with qtbot.waitSignal(runner(page).done, timeout=30000):
        page.run_panel.run_button.click()
    assert len(page.samples) == 3003 and len(page.scatter.data) == 2500
    assert f"{3003} samples" in page.stats_label.text() and page.stats.n == 3003
    page.reset_button.click()
    assert len(page.samples) == 0 and len(page.scatter.data) == 0


def test_gibbs_report_bounds(gibbs, qtbot):
    page = gibbs
    page.form.widget("bounds").setCurrentIndex(1)
    assert page.wrong_bounds and not page.explain.isHidden()
    page.form.set_values({"animate": False, "n": 3000})
    with qtbot.waitSignal(runner(page).done, timeout=30000):
        page.run_panel.run_button.click()
    pts = page.samples
    assert len(pts) == 3000
    assert np.all(np.abs(pts[:, 0]) <= 1 - pts[:, 1] ** 2 + 1e-12)
    x0 = page.point[0]
    _, top_ok = page.chord_ok.getData()
    _, top_bad = page.chord_bad.getData()
    assert top_ok[1] == pytest.approx(np.sqrt(1 - x0 ** 2))
    assert top_bad[1] == pytest.approx(1 - x0 ** 2)
    page.form.widget("bounds").setCurrentIndex(0)
    assert len(page.samples) == 0 and page.explain.isHidden()


def test_gibbs_cancel_stops(gibbs, qtbot):
    page = gibbs
    page.form.set_values({"n": 200000})
    with qtbot.waitSignal(runner(page).snapshot, timeout=10000):
        page.run_panel.run_button.click()
    assert not page.step_button.isEnabled() and not page.form.widget("bounds").isEnabled()
    with qtbot.waitSignal(runner(page).cancelled, timeout=10000):
        page.run_panel.cancel_button.click()
    n = len(page.samples)
    assert 0 < n < 200000
    assert page.step_button.isEnabled() and page.form.widget("bounds").isEnabled()
    page.step_button.click()
    assert len(page.samples) == n + 1


def test_export_plot_and_samples(gibbs, qtbot, tmp_path, monkeypatch):
    page = gibbs
    exports = dict(page.exports())
    assert list(exports) == ["Disk plot (PNG/SVG/CSV)…", "r² histogram (PNG/SVG/CSV)…",
                             "Autocorrelation plot (PNG/SVG/CSV)…", "Page view (PNG/SVG)…", "Samples CSV…"]
    target = {"path": tmp_path / "none.csv"}
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(target["path"]))
    exports["Samples CSV…"]()
    assert page.messages.level == "warning" and not target["path"].exists()
    page.step_button.click()
    target["path"] = tmp_path / "disk.csv"
    exports["Disk plot (PNG/SVG/CSV)…"]()
    assert target["path"].exists() and target["path"].stat().st_size > 0
    target["path"] = tmp_path / "samples.csv"
    exports["Samples CSV…"]()
    assert target["path"].read_text().startswith("x0,x1")
    target["path"] = tmp_path / "page.png"
    exports["Page view (PNG/SVG)…"]()
    assert target["path"].stat().st_size > 1000


def test_inverse_cdf_exports(inverse, tmp_path, monkeypatch):
    exports = dict(inverse.exports())
    assert list(exports) == ["Density plot (PNG/SVG/CSV)…", "CDF plot (PNG/SVG/CSV)…",
                             "Inverse CDF plot (PNG/SVG/CSV)…", "Page view (PNG/SVG)…", "Samples CSV…"]
    target = {"path": tmp_path / "cdf.svg"}
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(target["path"]))
    exports["CDF plot (PNG/SVG/CSV)…"]()
    assert target["path"].read_text().lstrip().startswith("<?xml")
    inverse.one_button.click()
    target["path"] = tmp_path / "samples.csv"
    exports["Samples CSV…"]()
    lines = target["path"].read_text().splitlines()
    assert lines[0] == "x_uniform,y_sample" and len(lines) == 2


needs_generator = pytest.mark.skipif(not resource_path("generator_eights.npz").exists(),
                                     reason="bundled generator_eights.npz not present yet")


@needs_generator
def test_laplace_denoise_fills_both_reconstructions(laplace, qtbot):
    page = laplace
    assert page._eights is not None and page.clean.max() > 0.5
    assert np.abs(page.noisy - page.clean).mean() > 0.05
    page.form.set_values({"iterations": 40, "restarts": 2})
    with qtbot.waitSignal(runner(page).done, timeout=60000):
        page.run_panel.run_button.click()
    for key in ("l2", "l1"):
        assert page.panels[key].image().max() > 0.3
        assert len(_y(page.cost_curves[key])) == 40
    assert "L1: mean |X(z) − clean|" in page.summary.text()
    assert "generator of eights" in page.model_label.text()
    assert [label for label, _h in page.exports()] == [
        "Images clean | noisy | L2 | L1 (PNG/SVG)…", "Cost plot (PNG/SVG/CSV)…", "Noise plot (PNG/SVG/CSV)…",
        "Page view (PNG/SVG)…"]


@needs_generator
def test_laplace_cancel_and_b_change(laplace, qtbot):
    page = laplace
    before = page.noisy.copy()
    page.form.widget("b").setValue(0.4)
    assert page.form.value("b") == pytest.approx(0.4)
    assert np.abs(page.noisy - page.clean).mean() > np.abs(before - page.clean).mean()
    page.form.set_values({"iterations": 20000})
    with qtbot.waitSignal(runner(page).snapshot, timeout=30000):
        page.run_panel.run_button.click()
    with qtbot.waitSignal(runner(page).cancelled, timeout=30000):
        page.run_panel.cancel_button.click()
    assert not page.is_running()


@needs_generator
def test_laplace_new_noisy_image_during_a_run_discards_it(laplace, qtbot):
    page = laplace
    page.form.set_values({"iterations": 20000})
    with qtbot.waitSignal(runner(page).snapshot, timeout=30000):
        page.run()
    qtbot.waitUntil(lambda: page.result is not None, timeout=30000)
    page.form.widget("noise_seed").setValue(3)
    assert not page.is_running() and page.result is None
    assert _y(page.cost_curves["l1"]).size == 0
    assert page.run_panel.run_button.isEnabled()


def test_generative_models_help_is_a_table():
    from nnlab_gui.tabs.help_texts import GENERATIVE_MODELS_HTML as html

    assert html.count("<table") == 1
    assert html.count("<tr>") == 10   # header + nine aspects
    for word in ("VAE", "GAN", "Diffusion", "Architecture", "Loss", "Training", "Cost",
                 "Data", "Strengths", "Weaknesses", "mode collapse", "KL"):
        assert word.lower() in html.lower(), word


def test_draw_one_traces_the_draw(inverse):
    page = inverse
    page.one_button.click()
    page.one_button.click()
    assert len(page.samples) == 2
    u, y = page._last_u[-1], page.samples[-1]
    assert y == pytest.approx((-1 + np.sqrt(1 + 8 * u)) / 2)
    xs, ys = page.inv_trace.getData()
    np.testing.assert_allclose(xs, [u, u, 0.0])
    np.testing.assert_allclose(ys, [0.0, y, y])
    assert f"x = {u:.4f}" in page.draw_label.text()
    # a bad expression turns the field red and draws nothing
    type_density(page, "s -")
    page.one_button.click()
    assert len(page.samples) == 2
    assert "#c62828" in page.form.widget("density").styleSheet()


def test_gibbs_seed_change_while_running_discards_the_run(gibbs, qtbot):
    page = gibbs
    page.form.set_values({"n": 200000})
    with qtbot.waitSignal(runner(page).snapshot, timeout=10000):
        page.run_panel.run_button.click()
    page.form.widget("seed").setValue(5)
    assert not page.is_running()
    assert len(page.samples) == 0 and len(page.scatter.data) == 0
    page.step_button.click()
    assert len(page.samples) == 1


def test_new_density_while_sampling_discards_old_samples(inverse, qtbot):
    page = inverse
    page.form.set_values({"n": 300000})
    with qtbot.waitSignal(runner(page).snapshot, timeout=10000):
        page.run_panel.run_button.click()
    type_density(page, "1")
    assert not page.is_running()
    assert page.density.text == "1" and len(page.samples) == 0
    assert _y(page.hist).sum() == 0


def test_panel_in_the_main_window_fits_without_scrolling(window, qtbot):
    window.resize(1400, 900)
    page = window.show_page("Generator:Sampling:Inverse CDF")
    gen = window.tab("Generator")
    qtbot.waitUntil(page.isVisible)
    assert not page.hasHeightForWidth() and not gen.hasHeightForWidth()
    scroller = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: gen.height() <= scroller.viewport().height())


# ------------------------------------------------------------------ Ctrl+R and closing
def ctrl_r(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_r_on_inverse_cdf_samples(window, qtbot):
    page = window.show_page("Generator:Sampling:Inverse CDF")
    page.form.set_values({"animate": False, "n": 3000})
    with qtbot.waitSignal(runner(page).done, timeout=30000):
        ctrl_r(qtbot, window)
    assert page.runs == 1 and len(page.samples) == 3000 and "Kolmogorov" in page.messages.text()


def test_ctrl_r_on_gibbs_runs_the_chain(window, qtbot):
    page = window.show_page("Generator:Sampling:Gibbs")
    page.form.set_values({"animate": False, "n": 1500})
    with qtbot.waitSignal(runner(page).done, timeout=30000):
        ctrl_r(qtbot, window)
    assert page.runs == 1 and len(page.samples) == 1500


@needs_generator
def test_ctrl_r_on_laplace_denoises(window, qtbot):
    page = window.show_page("Generator:Sampling:Laplace noise")
    page.form.set_values({"iterations": 20, "restarts": 1})
    with qtbot.waitSignal(runner(page).done, timeout=60000):
        ctrl_r(qtbot, window)
    assert page.runs == 1 and page.result is not None
    assert len(_y(page.cost_curves["l2"])) == 20 and len(_y(page.cost_curves["l1"])) == 20


def no_work_left(before):
    from superqt.utils import WorkerBase

    return (not any(w.is_running for w in WorkerBase._worker_set)
            and not set(python_threads()) - before)


@pytest.mark.parametrize("path, values", [
    ("Sampling:Inverse CDF", {"n": 1_000_000, "animate": True}),
    ("Sampling:Gibbs", {"n": 1_000_000, "animate": False}),
    pytest.param("Sampling:Laplace noise", {"iterations": 20000, "restarts": 20}, marks=needs_generator),
])
def test_closing_the_window_stops_the_job(window, qtbot, path, values):
    before = set(python_threads())
    page = window.show_page(f"Generator:{path}")
    page.form.set_values(values)
    ends = []
    runner(page).done.connect(lambda _v: ends.append("done"))
    runner(page).cancelled.connect(lambda: ends.append("cancelled"))
    with qtbot.waitSignal(runner(page).yielded, timeout=30000):
        assert page.run()
    assert page.is_running()
    window.close()
    qtbot.waitUntil(lambda: no_work_left(before) and not page.is_running(), timeout=5000)
    assert ends == []            # discarded on close: nothing more reaches the closed page
    done, total = page.progress_of(runner(page).latest)
    assert done < total          # stopped, not finished


# ----------------------------------------------------------------------------- hardening (issue 14)
@pytest.mark.parametrize("text, fragment", [
    ("1e308", "too large"),
    ("1e308*s + 1e308", "too large"),
    ("9" * 400, "too large"),
    ("1e400 + s", "too large"),
    ("-" * 300 + "s", "nested too deeply"),
])
def test_a_density_too_large_is_refused_and_the_previous_kept(inverse, text, fragment):
    page = inverse
    type_density(page, "exp(-2*s)")
    cdf = _y(page.cdf_curve).copy()
    type_density(page, text)
    assert page.messages.level == "error" and fragment in page.messages.text()
    assert page.density.text == "exp(-2*s)"
    np.testing.assert_array_equal(_y(page.cdf_curve), cdf)
    assert np.all(np.isfinite(page.density.cdf))
