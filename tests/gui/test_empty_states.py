"""Empty states and tab hints (issue 15): before a first run every plot or panel says what
to do and shows no meaningless axes; each tab opens with a hint that can be hidden (and
stays hidden after a restart); the Generator bar names the model each page uses."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnlab_gui.app import MainWindow
from nnlab_gui.engine import mlp
from nnlab_gui.tabs.hidden_units.common import unit_tiles
from nnlab_gui.widgets.empty_state import clear_empty, empty_text, set_empty
from nnlab_gui.widgets.plots import make_plot


def drawn(axis) -> bool:
    """An axis (or view box) is drawn when visible and not transparent (an empty plot keeps their room)."""
    return axis.isVisible() and axis.opacity() > 0.01


def test_an_empty_plot_says_what_to_do_and_hides_its_axes(qtbot):
    plot = make_plot("cost", "iteration", "J")
    plot.addLegend()
    qtbot.addWidget(plot)
    plot.show()
    set_empty(plot, "Press Run (Ctrl+R)")
    item = plot.getPlotItem()
    assert empty_text(plot) == "Press Run (Ctrl+R)"
    assert not drawn(item.getAxis("left")) and not drawn(item.getAxis("bottom"))
    width = item.vb.width()
    clear_empty(plot)
    assert empty_text(plot) == ""
    assert drawn(item.getAxis("left")) and drawn(item.getAxis("bottom"))
    assert item.vb.width() == width                    # the axes kept their room: the plot did not move
    clear_empty(plot)                                  # twice: nothing happens
    assert drawn(item.getAxis("left"))


def test_an_empty_plot_hides_its_reference_lines_until_there_is_data(window, qtbot):
    """The Gibbs page's r² histogram has a uniform-density line and the autocorrelation a
    zero line: before a run they are not drawn (they read as results); after one they are."""
    page = window.show_page("Generator:Sampling:Gibbs")
    for plot in (page.r2_plot, page.acf_plot):
        assert empty_text(plot) and not drawn(plot.getPlotItem().vb)
    hidden_curve = page.acf_plot.plot([0, 1], [0, 0])
    hidden_curve.setVisible(False)                     # a page's own choice while empty is kept
    qtbot.mouseClick(page.step_button, Qt.MouseButton.LeftButton)
    for plot in (page.r2_plot, page.acf_plot):
        assert empty_text(plot) == "" and drawn(plot.getPlotItem().vb)
    assert not hidden_curve.isVisible()


def test_pages_before_their_first_run(window, qtbot):
    sweep = window.show_page("Hidden units:λ sweep")
    assert "Train all (Ctrl+R)" in empty_text(sweep.curves.plot)
    # the λ columns show the initial random weights (the same for every λ), not blanks
    expected = unit_tiles(mlp.init_params((400, 25, 10), sweep.form.value("seed"))[0])
    for col in sweep.columns:
        np.testing.assert_allclose(col.grid.tiles, expected)
        assert "initial random weights" in col.stats.text()
    sweep.form.set_value("seed", 7)
    np.testing.assert_allclose(sweep.columns[0].grid.tiles,
                               unit_tiles(mlp.init_params((400, 25, 10), 7)[0]))
    ae = window.show_page("Hidden units:Sparse autoencoder")
    assert "Train autoencoder (Ctrl+R)" in empty_text(ae.ae_grid) and empty_text(ae.ae_plot)
    cw = window.show_page("Hidden units:Course weights")
    assert "ex4weights.mat" in empty_text(cw.course_grid)
    gc = window.show_page("Hidden units:Gradient check")
    assert "Ctrl+R" in empty_text(gc.gradcheck_table)
    gc.run()
    assert empty_text(gc.gradcheck_table) == ""
    ds = window.show_page("WL kernel:Dataset")
    assert "TU dataset" in empty_text(ds.heat)
    assert not drawn(ds.heat.getPlotItem().getAxis("left")) and not ds.colorbar.isVisible()
    ip = window.show_page("Inpainting")
    assert "Run (Ctrl+R)" in empty_text(ip.plot.widget)


def test_integer_axes_are_never_rescaled(window):
    for path, page in window.pages(build=True):
        import pyqtgraph as pg
        for plot in page.findChildren(pg.PlotWidget):
            for side in ("left", "bottom"):
                assert not plot.getAxis(side).autoSIPrefix, (path, side)


def test_each_tab_has_a_hint_that_can_be_hidden_and_stays_hidden(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    for title, group in win.tab_widgets.items():
        win.show_page(title)
        assert group.hint_bar.hint_shown(), title
        assert group.hint_bar.label.text().strip(), title
    group = win.show_page("CNN calculator") and win.tab("CNN calculator")
    qtbot.mouseClick(group.hint_bar.hide_button, Qt.MouseButton.LeftButton)
    assert not group.hint_bar.hint_shown()
    win.close()
    again = MainWindow()                   # a restart: still hidden, the others still shown
    qtbot.addWidget(again)
    again.show()
    assert not again.tab("CNN calculator").hint_bar.hint_shown()
    assert again.tab("WL kernel").hint_bar.hint_shown()
    again.show_tab_hints()
    assert again.tab("CNN calculator").hint_bar.hint_shown()
    again.close()


@pytest.mark.parametrize("path, model", [
    ("Generator:Latent map", "Model: the bundled all-digits VAE"),
    ("Generator:Encode your own", "Model: the bundled all-digits VAE"),
    ("Generator:Sampling:Laplace noise", "Model: the bundled generator of eights"),
    ("Generator:Sampling:Gibbs", "Model: none (this page samples a density, not the generator)"),
])
def test_the_generator_bar_names_the_model_of_each_page(window, path, model):
    window.show_page(path)
    assert window.tab("Generator").hint_bar.model.text() == model


def test_the_samples_bar_follows_its_chooser_and_sampling_keeps_its_alias(window):
    samples = window.show_page("Generator:Samples")
    bar = window.tab("Generator").hint_bar
    assert bar.model.text() == "Model: " + samples.chooser.currentText()
    samples.chooser.setCurrentIndex(1)
    samples._set_generator(1)
    assert bar.model.text() == "Model: Bundled: all digits (VAE)"
    assert window.show_page("Generator:Sampling").TITLE == "Inverse CDF"
    assert bar.model.text().startswith("Model: none")


def test_natural_images_before_its_first_sweep(window):
    page = window.show_page("Hidden units (λ):Natural images")
    assert "Step sweep (Ctrl+R)" in empty_text(page.tiles)
    assert empty_text(page.plot) and not drawn(page.plot.getPlotItem().getAxis("bottom"))
    assert "one row per step" in empty_text(page.lab_table)
