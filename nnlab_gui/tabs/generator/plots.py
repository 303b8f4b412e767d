"""Plot helpers, colours and the declared exports of the Sampling pages (inverse CDF, Gibbs,
Laplace noise)."""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np
import pyqtgraph as pg

Table = Callable[[], tuple[np.ndarray, list[str]]]

BLUE = "#1565c0"
ORANGE = "#e65100"
GREEN = "#2e7d32"
RED = "#c62828"
GREY = "#616161"


def make_plot(title: str, x_label: str, y_label: str) -> pg.PlotWidget:
    w = pg.PlotWidget(background="w")
    w.setTitle(title, color="k", size="10pt")
    w.setLabel("bottom", x_label)
    w.setLabel("left", y_label)
    w.showGrid(x=True, y=True, alpha=0.2)
    w.setMenuEnabled(True)
    w.setMinimumSize(200, 160)
    return w


def hist_curve(plot: pg.PlotWidget, colour: str, name: str | None = None) -> pg.PlotDataItem:
    """A filled step curve for a histogram: ``setData(edges, heights)``."""
    c = pg.mkColor(colour)
    c.setAlpha(90)
    return plot.plot([0, 1], [0], stepMode="center", fillLevel=0, brush=c,
                     pen=pg.mkPen(colour, width=1), name=name)



def declare_exports(page, plots: Sequence[tuple[str, pg.PlotWidget]], view: str,
                    samples: tuple[Table, str, str] | None = None) -> None:
    """Declare a sampling page's exports: each plot (PNG/SVG/CSV), the page view (PNG/SVG)
    and, with ``samples = (table, file name, hint)``, the samples as CSV (a warning with
    the hint while there are none)."""
    for name, plot in plots:
        page.add_export(f"{name} (PNG/SVG/CSV)…",
                        lambda p=plot, n=name: page.save_plot(p, n.lower().replace(" ", "_")))
    page.add_export("Page view (PNG/SVG)…", lambda: page.save_widget(page, view))
    if samples is None:
        return
    table, default, hint = samples

    def save_samples() -> None:
        if len(table()[0]) == 0:
            page.messages.warning(f"no samples yet: {hint}")
            return
        page.save_array(table, default, title="Save samples")

    page.add_export("Samples CSV…", save_samples)
