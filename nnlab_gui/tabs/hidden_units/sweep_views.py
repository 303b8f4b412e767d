"""The views of the λ sweep page: one column per λ, and the cost curves of the chosen λ.

:class:`LambdaColumn` shows one λ's 25 hidden units as a 5×5 grid of 20×20 tiles, its
accuracies and its final cost.  :class:`CurvePanel` plots, for the λ chosen in its combo
box (view state, not a preference), the training and validation cross-entropy against
the L-BFGS iteration, and marks the early-stopping point: the iteration of minimum
validation cost.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from nnlab_gui.engine import mlp, palette
from nnlab_gui.tabs.hidden_units.common import TILE_TIP
from nnlab_gui.widgets.steady_label import SteadyLabel
from nnlab_gui.widgets.image_view import TileGrid
from nnlab_gui.widgets.empty_state import clear_empty, set_empty
from nnlab_gui.widgets.plots import make_plot
from nnlab_gui.widgets.steady_range import SteadyRange, extent
from nnlab_gui.engine import numbers
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, tr_

EMPTY_CURVES = N_("Press Train all (Ctrl+R) to train one network per λ: the training and validation "
                "cost of the chosen λ appear here as it learns.")


class LambdaColumn(QWidget):
    """One λ: its title, the 5×5 grid of hidden units, accuracies and the final cost."""

    def __init__(self, lam: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.lam = lam
        self.title = QLabel(f"<b>λ = {lam:g}</b>")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid = TileGrid(pad=1, pad_value=1.0)
        self.grid.setMinimumSize(150, 150)
        self.grid.setToolTip(TILE_TIP)
        self.stats = SteadyLabel(tr_("not trained"), lines=2)   # two lines once trained: room kept from the start
        self.stats.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.title)
        lay.addWidget(self.grid, 1)
        lay.addWidget(self.stats)


class CurvePanel(QWidget):
    """Training / validation cost of the chosen λ, with the early-stopping point marked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.history: mlp.History | None = None
        self.lam_combo = QComboBox()
        self.lam_combo.setToolTip(tr_("Which λ's curves to show"))
        self.plot = make_plot("", N_("L-BFGS iteration"), N_("cross-entropy (no λ term)"), grid=0.3)
        self.plot.addLegend(offset=(-10, 10))
        self.train_curve = self.plot.plot(pen=pg.mkPen(palette.PAIR[0], width=2), name=tr_("training"))
        self.val_curve = self.plot.plot(pen=pg.mkPen(palette.PAIR[1], width=2, style=Qt.PenStyle.DashLine),
                                        name=tr_("validation"))
        self.best_marker = pg.ScatterPlotItem(size=11, brush=pg.mkBrush(palette.MARK), symbol="o")
        self.plot.addItem(self.best_marker)
        self.best_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(palette.MARK, style=Qt.PenStyle.DashLine))
        self.best_line.setVisible(False)
        self.plot.addItem(self.best_line)
        self.plot.setToolTip(tr_("Training and validation cost per iteration; the green mark is the early-stopping "
                             "point, the minimum of the validation cost."))
        self.plot.setMinimumHeight(180)
        self.range = SteadyRange(self.plot, floor=0.0)   # still axes while a run streams
        self.best_label = QLabel("")
        self.best_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # its text never moves the plot
        top = QHBoxLayout()
        top.addWidget(QLabel(tr_("Curves for λ =")))
        top.addWidget(self.lam_combo)
        top.addWidget(self.best_label, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.plot, 1)
        set_empty(self.plot, EMPTY_CURVES)

    def set_lambdas(self, lams) -> None:
        """The λ's to choose from (the columns' λ), first one chosen; no redraw signal."""
        self.lam_combo.blockSignals(True)
        self.lam_combo.clear()
        self.lam_combo.addItems([f"{lam:g}" for lam in lams])
        self.lam_combo.blockSignals(False)

    def stream(self, iterations: int) -> None:
        """A run of ``iterations`` L-BFGS iterations starts: x is fixed, y grows as needed."""
        self.range.start(x=(0.0, float(max(1, iterations))))

    def show_history(self, h: mlp.History | None, live: bool = False) -> None:
        """The curves of ``h``; ``live``: a snapshot of a running job (the axes stay still)."""
        self.history = h
        if live and h is not None:
            self.range.follow(y=extent(h.train_cost, h.val_cost))
        elif self.range.x is not None:
            self.range.release()
        if h is None:
            set_empty(self.plot, EMPTY_CURVES)
        else:
            clear_empty(self.plot)
        best = None if h is None else h.best_iteration
        self.train_curve.setData([] if h is None else h.iterations, [] if h is None else h.train_cost)
        self.val_curve.setData([] if h is None else h.iterations, [] if h is None else h.val_cost)
        self.best_line.setVisible(best is not None)
        if best is None:
            self.best_marker.setData([], [])
            self.best_label.setText("")
            return
        self.best_marker.setData([best], [float(h.val_cost[best])])
        self.best_line.setPos(best)
        self.best_label.setText(tr_("early stopping at iteration {k}: validation cost {best} (last {last})").format(
            k=best, best=numbers.fmt(h.val_cost[best], 4), last=numbers.fmt(h.val_cost[-1], 4)))

    def table(self) -> tuple[np.ndarray, list[str]]:
        """The curves shown, as (iteration, training cost, validation cost) rows."""
        h = self.history
        if h is None:
            raise Problem(N_("no curves yet: train first"))
        return np.column_stack([h.iterations, h.train_cost, h.val_cost]), ["iteration", "train_cost", "val_cost"]
