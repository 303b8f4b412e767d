"""Plot helpers, colours and the declared exports of the Sampling pages (inverse CDF, Gibbs,
Laplace noise)."""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np
import pyqtgraph as pg

from nnlab_gui.widgets.plots import hist_curve, make_plot  # noqa: F401  (the pages import them from here)
from nnlab_gui.i18n import N_

Table = Callable[[], tuple[np.ndarray, list[str]]]

BLUE = "#1565c0"
ORANGE = "#e65100"
GREEN = "#2e7d32"
RED = "#c62828"
GREY = "#616161"


def declare_exports(page, plots: Sequence[tuple[str, pg.PlotWidget]], view: str,
                    samples: tuple[Table, str, str] | None = None) -> None:
    """Declare a sampling page's exports: each plot (PNG/SVG/CSV), the page view (PNG/SVG)
    and, with ``samples = (table, file name, hint)``, the samples as CSV (a warning with
    the hint while there are none)."""
    for name, plot in plots:
        page.add_export(f"{name} (PNG/SVG/CSV)…",
                        lambda p=plot, n=name: page.save_plot(p, n.lower().replace(" ", "_")))
    page.add_export(N_("Page view (PNG/SVG)…"), lambda: page.save_widget(page, view))
    if samples is None:
        return
    table, default, hint = samples

    def save_samples() -> None:
        if len(table()[0]) == 0:
            page.messages.warning(f"no samples yet: {hint}")
            return
        page.save_array(table, default, title=N_("Save samples"))

    page.add_export(N_("Samples CSV…"), save_samples)
