"""One place where the lab's plots are made: a pyqtgraph plot with title and axis labels.

Every page's plot comes from :func:`make_plot`, so their look (grid, no SI-prefix
rescaling of axes such as "label ℓ (x0.001)") is set once, each gets a name and description
for screen readers from its title and axis labels (:func:`name_plot`), and each plot is registered
with :mod:`nnlab_gui.widgets.appearance`, which gives it the current theme and presentation
scale (background, pens, fonts, line widths) now and whenever they change.  Titles, axis labels
and tips are shown in the lab's language (mark the literals with ``N_``).  :func:`hist_curve` is a
filled step curve for histograms (``setData(edges, heights)``); a vertical axis label longer
than its axis wraps onto two lines (:func:`wrap_axis_label`).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QGraphicsItem

from nnlab_gui.i18n import tr_, translate

from nnlab_gui.widgets import appearance


def make_plot(title: str = "", x_label: str = "", y_label: str = "", grid: float = 0.2,
              tip: str = "", menu: bool = True, si_prefix: bool = False) -> pg.PlotWidget:
    """A plot widget in the current theme with the given title, axis labels and grid."""
    # the menu is chosen at construction: turning it off later builds pyqtgraph's
    # ViewBoxMenu and then destroys it, which crashed shiboken now and then
    w = pg.PlotWidget(background=appearance.theme().plot_bg, enableMenu=menu)
    if title:
        w.setTitle(translate(title), size=f"{appearance.TITLE_PT:g}pt")
    if x_label:
        w.setLabel("bottom", translate(x_label))
    if y_label:
        w.setLabel("left", translate(y_label))
    if grid:
        w.showGrid(x=True, y=True, alpha=grid)
    if tip:
        w.setToolTip(translate(tip))
    name_plot(w, title, x_label, y_label)
    if not si_prefix:
        for side in ("left", "bottom"):
            w.getAxis(side).enableAutoSIPrefix(False)
    cache_axes(w)
    wrap_axis_label(w.getAxis("left"))
    appearance.register(w)
    return w


def name_plot(plot: pg.PlotWidget, title: str = "", x_label: str = "", y_label: str = "") -> None:
    """The names a screen reader announces for a plot: its title (or "plot of y against x") and
    a description of its axes."""
    x, y = translate(x_label), translate(y_label)
    axes = (tr_("plot of {y} against {x}").format(y=y, x=x) if x and y else
            tr_("plot of {y}").format(y=y or x) if (x or y) else tr_("plot"))
    plot.setAccessibleName(translate(title) or axes)
    plot.setAccessibleDescription(axes if not plot.toolTip() else f"{axes}. {plot.toolTip()}")


def wrap_axis_label(axis: pg.AxisItem) -> None:
    """A vertical axis label longer than its axis (a short plot, scale 2.0, a Russian label)
    wraps onto a second line, centred, instead of running past the plot's edge."""
    def fit() -> None:
        label = axis.label
        if label is None:
            return
        room = axis.size().height() - 4
        label.setTextWidth(-1)
        natural = label.boundingRect().width()
        want = room if natural > room > 40 else -1
        label.setTextWidth(want)
        if want > 0:                       # both lines centred on the axis
            cursor = QTextCursor(label.document())
            cursor.select(QTextCursor.SelectionType.Document)
            block = QTextBlockFormat()
            block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            cursor.mergeBlockFormat(block)
        if (want > 0) != getattr(axis, "_label_wrapped", False):
            axis._label_wrapped = want > 0
            axis._updateWidth()
        axis.resizeEvent()

    axis._label_wrapped = False
    plain = axis._updateWidth

    def update_width() -> None:           # pyqtgraph counts 0.8 of the label's height: two lines need all
        plain()
        if getattr(axis, "_label_wrapped", False) and axis.label is not None and axis.label.isVisible():
            w = axis.maximumWidth() + int(0.25 * axis.label.boundingRect().height())
            axis.setMaximumWidth(w)
            axis.setMinimumWidth(w)

    axis._updateWidth = update_width
    axis.geometryChanged.connect(fit)


def cache_axes(plot: pg.PlotWidget) -> None:
    """Paint each axis (with its grid lines, which span the plot) from a cached pixmap.

    An axis with a grid overlaps the whole data area, so every curve update used to
    repaint it: ticks, texts and grid, several milliseconds per axis per frame during a
    run.  Cached, it is redrawn only when the axis itself changes (range, size, labels)."""
    for side in ("left", "bottom", "right", "top"):
        axis = plot.getPlotItem().getAxis(side)
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if axis.grid is not False:
            opaque_grid(axis, plot)


def opaque_grid(axis: pg.AxisItem, plot: pg.PlotWidget) -> None:
    """Draw the grid in one opaque colour, major lines only, under the data.

    pyqtgraph draws a grid line in the tick pen made translucent; Qt's raster engine blends
    a translucent vertical line pixel by pixel (about 5 ms per axis each time its range
    changes, 25 times an opaque one).  The grid lines are given the colour the grid shows
    over the plot's background; the minor lines (fainter, and opaque they would cut the
    major lines of the other axis where they cross) are left out, as in matplotlib; and
    the axis goes below the view box so the lines pass under the curves."""
    axis.setZValue(-1)
    plain = axis.generateDrawSpecs

    def specs(p):
        out = plain(p)
        if out is None or not out[1]:
            return out
        axis_spec, tick_specs, text_specs = out
        bg, a = plot.backgroundBrush().color(), axis.grid / 255.0
        major = max(pen.color().alpha() for pen, _p1, _p2 in tick_specs)
        solid = []
        for pen, p1, p2 in tick_specs:
            if pen.color().alpha() < major:
                continue
            c = pen.color()
            pen = QPen(pen)
            pen.setColor(QColor(round(a * c.red() + (1 - a) * bg.red()),
                                round(a * c.green() + (1 - a) * bg.green()),
                                round(a * c.blue() + (1 - a) * bg.blue())))
            solid.append((pen, p1, p2))
        return axis_spec, solid, text_specs

    axis.generateDrawSpecs = specs


def hist_curve(plot: pg.PlotWidget, colour: str, name: str | None = None) -> pg.PlotDataItem:
    """A filled step curve for a histogram: ``setData(edges, heights)``."""
    c = pg.mkColor(colour)
    c.setAlpha(90)
    return plot.plot([0, 1], [0], stepMode="center", fillLevel=0, brush=c,
                     pen=pg.mkPen(colour, width=1), name=translate(name) if name else name)
