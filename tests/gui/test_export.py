"""Shared export helpers: plots to PNG/SVG/CSV, widgets to PNG/SVG, arrays to CSV."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage

from nnlab_gui.widgets.export import export_plot, export_widget, save_csv


@pytest.fixture
def plot(qtbot):
    w = pg.PlotWidget()
    qtbot.addWidget(w)
    w.resize(400, 300)
    w.plot([0, 1, 2, 3], [3, 1, 2, 5])
    w.show()
    qtbot.waitExposed(w)
    return w


def test_plot_to_svg_png_csv(plot, tmp_path):
    svg = export_plot(plot, tmp_path / "p.svg").read_text()
    assert "<svg" in svg and "path" in svg
    img = QImage(str(export_plot(plot, tmp_path / "p.png")))
    assert not img.isNull() and img.width() > 50
    rows = (tmp_path / "p.csv")
    export_plot(plot, rows)
    data = np.genfromtxt(rows, delimiter=",", skip_header=1)
    np.testing.assert_allclose(data[:, 1], [3, 1, 2, 5])


def test_unknown_suffix_refused(plot, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        export_plot(plot, tmp_path / "p.gif")
    with pytest.raises(ValueError, match="unknown export format"):
        export_widget(plot, tmp_path / "p.txt")


def test_save_csv_round_trip(tmp_path):
    a = np.arange(12.0).reshape(3, 4) / 7
    save_csv(tmp_path / "a.csv", a, ["a", "b", "c", "d"])
    back = np.loadtxt(tmp_path / "a.csv", delimiter=",", skiprows=1)
    np.testing.assert_allclose(back, a, rtol=1e-9)


def test_save_via_dialog_reports_success_and_writer_errors(qtbot, tmp_path, monkeypatch):
    from nnlab_gui.widgets import export
    from nnlab_gui.widgets.messages import MessageBar

    bar = MessageBar()
    qtbot.addWidget(bar)
    target = tmp_path / "a.csv"
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(target))
    assert export.save_via_dialog(None, bar, "t", export.CSV_FILTER, "a.csv",
                                  lambda p: save_csv(p, np.eye(2))) == str(target)
    assert target.exists() and bar.level == "info"

    def broken(path):
        raise OSError("disk full")

    assert export.save_via_dialog(None, bar, "t", export.CSV_FILTER, "a.csv", broken) is None
    assert bar.level == "error" and "disk full" in bar.text() and "a.csv" in bar.text()
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: "")
    assert export.save_via_dialog(None, bar, "t", export.CSV_FILTER, "a.csv", broken) is None
