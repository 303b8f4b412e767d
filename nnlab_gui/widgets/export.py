"""Export of widgets, plots and arrays: PNG, SVG and CSV.

``export_widget`` renders any widget (PNG by ``grab``, SVG by ``QSvgGenerator``);
``export_plot`` uses pyqtgraph's exporters for a plot (PNG, SVG or CSV of its
curves); ``save_csv`` writes an array with a header.  ``ask_save_path``, ``ask_open_path`` and
``ask_open_dir`` are the only places a file dialog is opened, so tests can monkeypatch
them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import numpy as np
from PySide6.QtCore import QPoint, QRect, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QWidget

from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, error_text, tr_, translate

IMAGE_FILTER = "PNG image (*.png);;SVG drawing (*.svg)"
PLOT_FILTER = "PNG image (*.png);;SVG drawing (*.svg);;CSV data (*.csv)"
CSV_FILTER = "CSV data (*.csv)"
FILTER_NAMES = [N_("PNG image (*.png)"), N_("SVG drawing (*.svg)"), N_("CSV data (*.csv)"),
                N_("NumPy array (*.npy)"), N_("NN Lab session (*.nnlab)")]


def translate_filters(filters: str) -> str:
    """Each ``;;``-separated filter of a file dialog in the current language (patterns kept)."""
    return ";;".join(translate(f) for f in filters.split(";;"))


def ask_save_path(parent: QWidget | None, title: str, filters: str, default: str = "") -> str:
    """File dialog for saving; returns '' when the user cancels."""
    path, selected = QFileDialog.getSaveFileName(parent, translate(title), default, translate_filters(filters))
    if path and not Path(path).suffix:
        # take the suffix from the chosen filter, e.g. "PNG image (*.png)"
        if "(*." in selected:
            path += "." + selected.split("(*.")[1].rstrip(")").split()[0]
    return path


def save_via_dialog(parent: QWidget | None, messages, title: str, filters: str, default: str,
                    write: Callable[[str], object]) -> str | None:
    """Ask for a path, call ``write(path)`` and report the outcome on ``messages``.

    A writer error (disk full, no permission, bad suffix) becomes an error message;
    nothing is raised into the event loop.  Returns the path written, or None.
    """
    path = ask_save_path(parent, title, filters, default)
    if not path:
        return None
    try:
        write(path)
    except Exception as exc:  # noqa: BLE001 - any writer error becomes a message
        messages.error(tr_("could not save {name}: {error}").format(name=Path(path).name, error=error_text(exc)))
        return None
    messages.info(tr_("saved {path}").format(path=path))
    return path


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> str:
    """File dialog for opening; returns '' when the user cancels."""
    path, _ = QFileDialog.getOpenFileName(parent, translate(title), "", translate_filters(filters))
    return path


def ask_open_dir(parent: QWidget | None, title: str) -> str:
    """Folder dialog; returns '' when the user cancels."""
    return QFileDialog.getExistingDirectory(parent, translate(title), "")


def export_widget(widget: QWidget, path: str | Path) -> Path:
    """Save ``widget`` as it looks now: ``.png`` (pixels) or ``.svg`` (vector)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".svg":
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        size = widget.size()
        gen.setSize(QSize(size.width(), size.height()))
        gen.setViewBox(QRect(0, 0, size.width(), size.height()))
        gen.setTitle(widget.windowTitle() or "NN Lab view")
        painter = QPainter(gen)
        try:
            widget.render(painter, QPoint(0, 0))
        finally:
            painter.end()
    elif suffix in (".png", ".jpg", ".jpeg", ".bmp"):
        if not widget.grab().save(str(path)):
            raise Problem(N_("could not write image file {path}"), path=path)
    else:
        raise Problem(N_("unknown export format {suffix!r}: use .png or .svg"), suffix=suffix)
    return path


def export_plot(plot, path: str | Path) -> Path:
    """Export a pyqtgraph PlotItem/PlotWidget/GraphicsScene item to PNG, SVG or CSV."""
    import pyqtgraph.exporters as pgex

    path = Path(path)
    item = plot.getPlotItem() if hasattr(plot, "getPlotItem") else plot
    suffix = path.suffix.lower()
    if suffix == ".png":
        exporter = pgex.ImageExporter(item)
    elif suffix == ".svg":
        # pyqtgraph's SVGExporter cannot parse the SVG that Qt >= 6.10 writes, so
        # render the plot's part of the scene through QSvgGenerator instead
        return _scene_item_to_svg(item, path)
    elif suffix == ".csv":
        exporter = pgex.CSVExporter(item)
    else:
        raise Problem(N_("unknown export format {suffix!r}: use .png, .svg or .csv"), suffix=suffix)
    exporter.export(str(path))
    return path


def _scene_item_to_svg(item, path: Path) -> Path:
    scene = item.scene()
    if scene is None:
        raise Problem(N_("the plot is not shown yet; nothing to export"))
    source = item.sceneBoundingRect()
    w, h = max(1, int(round(source.width()))), max(1, int(round(source.height())))
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(QSize(w, h))
    gen.setViewBox(QRect(0, 0, w, h))
    gen.setTitle("NN Lab plot")
    painter = QPainter(gen)
    try:
        scene.render(painter, QRectF(0, 0, w, h), source)
    finally:
        painter.end()
    return path


def save_csv(path: str | Path, array: np.ndarray, header: list[str] | None = None,
             fmt: str = "%.10g") -> Path:
    path = Path(path)
    array = np.atleast_2d(np.asarray(array))
    np.savetxt(path, array, delimiter=",", fmt=fmt,
               header=",".join(header) if header else "", comments="")
    return path
