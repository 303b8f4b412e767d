"""The Sampling panel (a page of the Generator tab): samplers fill their plots, Cancel stops,
bad densities are refused with a message."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab_gui.engine.resources import resource_path
from nnlab_gui.tabs.sampling import SamplingPanel


@pytest.fixture
def panel(qtbot):
    w = SamplingPanel()
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    return w


def _y(item):
    y = item.getData()[1]
    return np.zeros(0) if y is None else np.asarray(y)


def test_pages(panel):
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == \
        ["Inverse CDF", "Gibbs", "Laplace noise"]
    assert panel.select_page("gibbs") and panel.tabs.currentWidget() is panel.gibbs


def test_inverse_cdf_run_fills_plots(panel, qtbot):
    page = panel.inverse
    assert _y(page.hist).sum() == 0
    page.animate.setChecked(False)
    page.n_spin.setValue(5000)
    with qtbot.waitSignal(page.runner.done, timeout=30000):
        page.controls.run_button.click()
    assert len(page.samples) == 5000
    hist = _y(page.hist)
    # histogram is a density: integrates to one and rises like 0.5 + s
    assert hist.sum() * (1 / len(hist)) == pytest.approx(1.0)
    assert hist[-5:].mean() > hist[:5].mean() + 0.5
    x, y = page.cdf_dot.getData()
    assert len(x) == 1 and y[0] == pytest.approx(page._last_u[-1])
    assert x[0] == pytest.approx((-1 + np.sqrt(1 + 8 * y[0])) / 2)
    assert "Kolmogorov" in panel.messages.text()
    assert page.controls.progress.value() == page.controls.progress.maximum()


def test_inverse_cdf_cancel_stops(panel, qtbot):
    page = panel.inverse
    page.n_spin.setValue(300000)
    page.animate.setChecked(True)
    with qtbot.waitSignal(page.runner.snapshot, timeout=10000):
        page.controls.run_button.click()
    assert page.controls.cancel_button.isEnabled()
    with qtbot.waitSignal(page.runner.cancelled, timeout=10000):
        page.controls.cancel_button.click()
    assert not page.runner.is_running()
    assert 0 < len(page.samples) < 300000
    assert page.controls.run_button.isEnabled()


@pytest.mark.parametrize("text, fragment", [
    ("s - 0.5", "negative"),
    ("exp(", "cannot parse"),
    ("__import__('os').getcwd()", "not an allowed function"),
    ("0*s", "zero total mass"),
])
def test_bad_density_shows_message_and_keeps_previous(panel, qtbot, text, fragment):
    page = panel.inverse
    page.expr_edit.setText("exp(-2*s)")
    page.apply_button.click()
    assert page.density.text == "exp(-2*s)"
    before = _y(page.pdf_curve).copy()
    page.expr_edit.setText(text)
    page.apply_button.click()
    assert panel.messages.level == "error"
    assert fragment in panel.messages.text()
    assert "still using p(s) = exp(-2*s)" in panel.messages.text()
    assert page.density.text == "exp(-2*s)"
    np.testing.assert_array_equal(_y(page.pdf_curve), before)
    # Run refuses too: no job starts
    page.controls.run_button.click()
    assert not page.runner.is_running()


def test_typed_density_is_sampled(panel, qtbot):
    page = panel.inverse
    page.expr_edit.setText("exp(-3*s)")
    page.hi_spin.setValue(2.0)
    page.expr_edit.returnPressed.emit()
    assert panel.messages.level == "info"
    assert "cell by cell" in page.method_label.text()
    page.animate.setChecked(False)
    page.n_spin.setValue(4000)
    with qtbot.waitSignal(page.runner.done, timeout=30000):
        page.controls.run_button.click()
    assert page.samples.max() <= 2.0
    assert page.samples.mean() == pytest.approx(1 / 3, abs=0.03)


def test_gibbs_run_and_step_fill_plots(panel, qtbot):
    page = panel.gibbs
    panel.tabs.setCurrentWidget(page)
    assert len(page.samples) == 0
    page.step_button.click()
    page.step_button.click()
    assert len(page.samples) == 2 and len(page.path) == 5
    page.animate.setChecked(False)
    page.steps_spin.setValue(2000)
    with qtbot.waitSignal(page.runner.done, timeout=30000):
        page.controls.run_button.click()
    assert len(page.samples) == 2002
    assert np.all((page.samples ** 2).sum(axis=1) <= 1)
    assert len(page.scatter.data) == 2002
    assert _y(page.r2_hist).sum() > 0
    assert len(_y(page.acf_curve)) == page.MAX_LAG + 1 and _y(page.acf_curve)[0] == pytest.approx(1)
    assert "KS test" in page.stats_label.text()
    # the chain continues from where it stopped
    page.step_button.click()
    assert len(page.samples) == 2003
    assert len(page.scatter.data) == 2003
    # the scatter is capped, the statistics use every sample
    page.SCATTER_MAX = 2500
    page.steps_spin.setValue(1000)
    with qtbot.waitSignal(page.runner.done, timeout=30000):
        page.controls.run_button.click()
    assert len(page.samples) == 3003 and len(page.scatter.data) == 2500
    assert f"{3003} samples" in page.stats_label.text()
    page.reset_button.click()
    assert len(page.samples) == 0 and len(page.scatter.data) == 0


def test_gibbs_report_bounds(panel, qtbot):
    page = panel.gibbs
    page.bounds_combo.setCurrentIndex(1)
    assert page.wrong_bounds and not page.explain.isHidden()
    page.animate.setChecked(False)
    page.steps_spin.setValue(3000)
    with qtbot.waitSignal(page.runner.done, timeout=30000):
        page.controls.run_button.click()
    pts = page.samples
    assert np.all(np.abs(pts[:, 0]) <= 1 - pts[:, 1] ** 2 + 1e-12)
    x0 = page.point[0]
    _, top_ok = page.chord_ok.getData()
    _, top_bad = page.chord_bad.getData()
    assert top_ok[1] == pytest.approx(np.sqrt(1 - x0 ** 2))
    assert top_bad[1] == pytest.approx(1 - x0 ** 2)
    page.bounds_combo.setCurrentIndex(0)
    assert len(page.samples) == 0 and page.explain.isHidden()


def test_gibbs_cancel_stops(panel, qtbot):
    page = panel.gibbs
    page.steps_spin.setValue(200000)
    with qtbot.waitSignal(page.runner.snapshot, timeout=10000):
        page.controls.run_button.click()
    assert not page.step_button.isEnabled()
    with qtbot.waitSignal(page.runner.cancelled, timeout=10000):
        page.controls.cancel_button.click()
    n = len(page.samples)
    assert 0 < n < 200000
    assert page.step_button.isEnabled()
    page.step_button.click()
    assert len(page.samples) == n + 1


def test_export_plot_and_samples(panel, qtbot, tmp_path, monkeypatch):
    import nnlab_gui.tabs.sampling as mod

    page = panel.gibbs
    page.step_button.click()
    target = tmp_path / "disk.csv"
    monkeypatch.setattr("nnlab_gui.widgets.export.ask_save_path", lambda *a, **k: str(target))
    export = page.findChild(mod._ExportRow)
    export.plot_button.click()
    assert target.exists() and target.stat().st_size > 0
    target = tmp_path / "samples.csv"
    page.save_button.click()
    assert target.read_text().startswith("x0,x1")
    target = tmp_path / "page.png"
    export.view_button.click()
    assert target.stat().st_size > 1000


needs_generator = pytest.mark.skipif(not resource_path("generator_eights.npz").exists(),
                                     reason="bundled generator_eights.npz not present yet")


@needs_generator
def test_laplace_denoise_fills_both_reconstructions(panel, qtbot):
    page = panel.laplace
    panel.tabs.setCurrentWidget(page)
    assert page._loaded and page.clean.max() > 0.5
    assert np.abs(page.noisy - page.clean).mean() > 0.05
    page.iter_spin.setValue(40)
    page.restarts_spin.setValue(2)
    with qtbot.waitSignal(page.runner.done, timeout=60000):
        page.controls.run_button.click()
    for key in ("l2", "l1"):
        assert page.panels[key].image().max() > 0.3
        assert len(_y(page.cost_curves[key])) == 40
    assert "L1: mean |X(z) − clean|" in page.summary.text()


@needs_generator
def test_laplace_cancel_and_b_change(panel, qtbot):
    page = panel.laplace
    panel.tabs.setCurrentWidget(page)
    before = page.noisy.copy()
    page.b_slider.setValue(0.4)
    assert np.abs(page.noisy - page.clean).mean() > np.abs(before - page.clean).mean()
    page.iter_spin.setValue(20000)
    with qtbot.waitSignal(page.runner.snapshot, timeout=30000):
        page.controls.run_button.click()
    with qtbot.waitSignal(page.runner.cancelled, timeout=30000):
        page.controls.cancel_button.click()
    assert not page.runner.is_running()


def test_generative_models_help_is_a_table():
    from nnlab_gui.tabs.help_texts import GENERATIVE_MODELS_HTML as html

    assert html.count("<table") == 1
    assert html.count("<tr>") == 10   # header + nine aspects
    for word in ("VAE", "GAN", "Diffusion", "Architecture", "Loss", "Training", "Cost",
                 "Data", "Strengths", "Weaknesses", "mode collapse", "KL"):
        assert word.lower() in html.lower(), word


def test_draw_one_traces_the_draw(panel):
    page = panel.inverse
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
    page.expr_edit.setText("s -")
    page.one_button.click()
    assert len(page.samples) == 2
    assert "#c62828" in page.expr_edit.styleSheet()


def test_gibbs_seed_change_while_running_discards_the_run(panel, qtbot):
    page = panel.gibbs
    page.steps_spin.setValue(200000)
    with qtbot.waitSignal(page.runner.snapshot, timeout=10000):
        page.controls.run_button.click()
    with qtbot.waitSignal(page.runner.cancelled, timeout=10000):
        page.seed_spin.setValue(5)
    assert len(page.samples) == 0 and len(page.scatter.data) == 0
    page.step_button.click()
    assert len(page.samples) == 1


def test_new_density_while_sampling_discards_old_samples(panel, qtbot):
    page = panel.inverse
    page.n_spin.setValue(300000)
    with qtbot.waitSignal(page.runner.snapshot, timeout=10000):
        page.controls.run_button.click()
    page.expr_edit.setText("1")
    with qtbot.waitSignal(page.runner.cancelled, timeout=10000):
        page.apply_button.click()
    assert page.density.text == "1" and len(page.samples) == 0
    assert _y(page.hist).sum() == 0


def test_panel_in_the_main_window_fits_without_scrolling(window, qtbot):
    window.resize(1400, 900)
    try:
        gen = window.select_tab("Generator:Sampling")
    except KeyError:
        pytest.skip("the Generator tab has no Sampling page yet")
    panel = gen.findChild(SamplingPanel)
    assert panel is not None
    qtbot.waitUntil(panel.isVisible)
    assert not panel.hasHeightForWidth()
    scroller = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: gen.height() <= scroller.viewport().height())
