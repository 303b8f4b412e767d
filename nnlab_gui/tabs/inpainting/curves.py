"""The Inpainting page's cost plot: every restart's J(z) per iteration, the best one thick.

J(z) = N·log‖T X(z) − xₙ‖² + ‖z‖²  (N = rows of T); thin grey lines are the restarts of
optimiser A, dashed blue ones those of optimiser B when comparing, the thick lines the
restart with the lowest current cost.  The curve items are made once (and more only
when a run has more restarts than any before); afterwards only ``setData``.  Drawing
stays cheap for long runs: the thin curves are thinned to ``MAX_POINTS`` points and
refreshed a few per frame in turn, and the y axis is re-fitted ``FIT_HZ`` times a second.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer

from nnlab_gui.engine import inpaint as ip
from nnlab_gui.widgets.plots import make_plot
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, tr_, translate
from nnlab_gui.widgets.empty_state import clear_empty, set_empty

# the optimisers as the lists and the plot title name them
OPT_LABEL = {"rmsprop": "RMSprop", "adam": "Adam", "gd": N_("gradient descent")}


def optimizer_label(name: str) -> str:
    """An optimiser's name as the lists show it, in the current language."""
    return translate(OPT_LABEL.get(name, name))

COST_TIP = ("J(z) = N·log‖T X(z) − xₙ‖² + ‖z‖²  (N = rows of T)\n"
            "L1 variant: J₁(z) = N·log Σ|T X(z) − xₙ| + ‖z‖²")
MAX_POINTS = 300          # per thin restart curve (drawing cost stays flat for long runs)
MAX_BEST_POINTS = 1000    # the highlighted best curve
FIT_HZ = 2.0              # y-axis re-fits per second while running (and at the end)
BEST_A, BEST_B = "#c62828", "#1565c0"       # the thick curves of optimiser A and B
THIN_PER_FRAME = 4        # thin restart curves refreshed per frame (in turn); the best: every frame
PREMAKE_PER_TICK = 2      # optimiser B's curves made per idle tick after the page is built


class CostPlot:
    """Cost curves of one run (or of a comparison of two optimisers) on ``self.widget``.

    A plain object that owns its plot widget (a Python subclass of a pyqtgraph widget
    can be called back while Qt tears the page down).
    """

    def __init__(self):
        self.widget = w = make_plot("", N_("iteration"), "J(z)", grid=0)
        self.last: ip.InpaintSnapshot | None = None      # optimiser A's latest snapshot
        self.last_b: ip.InpaintSnapshot | None = None    # optimiser B's, when comparing
        self.compare = False
        self.snapshots_drawn = 0
        self._rr = 0
        self._fitted = 0.0
        self._curves: list[pg.PlotDataItem] = []
        self._curves_b: list[pg.PlotDataItem] = []
        w.setToolTip(COST_TIP + "\nthin lines: every restart · thick: current best")
        set_empty(w, N_("Paint the mask (or pick one on the left), then press Run (Ctrl+R): the cost J(z) "
                     "of every restart appears here as the optimiser works."))
        w.setXRange(0, 3000, padding=0.01)
        w.enableAutoRange(x=False, y=False)   # ranges set from the data (cheaper per frame)
        self.best_curve = w.plot(pen=pg.mkPen(BEST_A, width=3))
        self.best_curve_b = w.plot(pen=pg.mkPen(BEST_B, width=3, style=Qt.PenStyle.DashLine))
        self.best_curve_b.setVisible(False)
        self.title = ""
        self._premake_count = 0
        self._premake = QTimer(w)           # B's curves made while the window is idle
        self._premake.setInterval(20)
        self._premake.timeout.connect(self._premake_some)
        for c in (self.best_curve, self.best_curve_b):
            c.setZValue(10)
            c.setClipToView(True)
            c.setDownsampling(auto=True, method="peak")

    def prepare(self, restarts: int, iterations: int, names: tuple[str, str | None]) -> None:
        """Empty curves for a run of ``restarts`` restarts; ``names[1]``: optimiser B (compare)."""
        name_a, name_b = (None if n is None else optimizer_label(n) for n in names)
        self.compare = name_b is not None

        self._premake.stop()

        def ensure(curves: list, count: int, b: bool) -> None:
            while len(curves) < count:
                self._make_curve(b)
            for i, c in enumerate(curves):
                c.setVisible(i < count)
                c.setData([], [])

        ensure(self._curves, restarts, False)
        ensure(self._curves_b, restarts if self.compare else 0, True)
        self.best_curve.setData([], [])
        self.best_curve_b.setData([], [])
        self.widget.setXRange(0, max(1, iterations), padding=0.01)
        self.best_curve_b.setVisible(self.compare)
        # the key to the thick curves is the plot's title: a pyqtgraph LegendItem in this
        # page crashed Qt (PySide 6) when the page was torn down
        title = f"<span style='color:{BEST_A}'>━━ " + tr_("best (A: {name})").format(name=name_a) + "</span>"
        if self.compare:
            title += (f"&nbsp;&nbsp;&nbsp;<span style='color:{BEST_B}'>╍╍ "
                      + tr_("best (B: {name})").format(name=name_b) + "</span>")
        if title != self.title:             # a new title re-lays the plot out: only when it changes
            self.title = title
            self.widget.setTitle(self.title, size="9pt")
        self.snapshots_drawn = 0
        self.forget()

    def _make_curve(self, b: bool) -> pg.PlotDataItem:
        """One more thin restart curve of optimiser A (``b`` False) or B, hidden until used."""
        pen = (pg.mkPen((21, 101, 192, 90), width=1, style=Qt.PenStyle.DashLine) if b
               else pg.mkPen((120, 120, 120, 110), width=1))
        c = self.widget.plot(pen=pen, antialias=False)
        c.setClipToView(True)
        c.setDownsampling(auto=True, method="peak")
        c.setVisible(False)
        (self._curves_b if b else self._curves).append(c)
        return c

    def premake(self, count: int) -> None:
        """Make optimiser B's ``count`` curves in idle moments, a few at a time, so the
        first comparison does not stop the window for the twenty items it draws on."""
        self._premake_count = count
        self._premake.start()

    def _premake_some(self) -> None:
        for _ in range(PREMAKE_PER_TICK):
            if len(self._curves_b) >= self._premake_count or self.widget.plotItem is None:
                self._premake.stop()            # done, or the page is being torn down
                return
            self._make_curve(True)

    def forget(self) -> None:
        """The results no longer belong to the inputs (a new target): nothing to export."""
        self.last = self.last_b = None

    def visible_restart_curves(self) -> list[pg.PlotDataItem]:
        return [c for c in self._curves + self._curves_b if c.isVisible()]

    def draw(self, snap, final: bool = False) -> ip.InpaintSnapshot | None:
        """Draw a snapshot (or a comparison's pair); returns optimiser A's snapshot."""
        clear_empty(self.widget)
        if isinstance(snap, tuple):
            a, b = snap
            if b is not None:
                self.last_b = b
                self._draw(b, self._curves_b, self.best_curve_b, final)
            if a is None:
                return None
            snap = a
        self.last = snap
        self.snapshots_drawn += 1
        self._draw(snap, self._curves, self.best_curve, final)
        self._rr += THIN_PER_FRAME
        now = time.monotonic()
        if final or now - self._fitted >= 1.0 / FIT_HZ:     # re-ranging the axis costs a whole frame
            self._fitted = now
            self.fit_y()
        return snap

    def _draw(self, snap: ip.InpaintSnapshot, curves: list, best_curve, final: bool) -> None:
        """The best curve every frame; the thin restart curves a few per frame, in turn.

        Re-setting 20 curves at once costs most of a frame (while repainting unchanged
        ones is cheap), so each frame refreshes only ``THIN_PER_FRAME`` of them.
        """
        R = min(snap.costs.shape[1], len(curves))
        if R == 0:
            return
        k = max(1, -(-snap.iteration // MAX_POINTS))      # at most ~MAX_POINTS points each
        x = np.arange(0, snap.iteration, k)
        costs = snap.costs[::k]
        if final:
            todo = range(R)
        else:
            start = self._rr % R
            todo = [(start + j) % R for j in range(min(THIN_PER_FRAME, R))]
        for i in todo:
            curves[i].setData(x, costs[:, i], skipFiniteCheck=True)
        kb = max(1, -(-snap.iteration // MAX_BEST_POINTS))
        best_curve.setData(np.arange(0, snap.iteration, kb), snap.costs[::kb, snap.best], skipFiniteCheck=True)

    def fit_y(self) -> None:
        parts = [s.costs for s in (self.last, self.last_b) if s is not None and len(s.costs)]
        if not parts:
            return
        lo = min(float(p.min()) for p in parts)
        hi = max(float(p.max()) for p in parts)
        if np.isfinite(lo) and np.isfinite(hi):
            pad = max(hi - lo, 1e-9)
            self.widget.setYRange(lo - 0.08 * pad, hi + 0.03 * pad, padding=0)

    def cost_table(self) -> tuple[np.ndarray, list[str]]:
        """Iteration and every restart's J (then optimiser B's, when comparing), with a header."""
        if self.last is None:
            raise Problem(N_("nothing to export yet: run a reconstruction first"))
        cols = [self.last.costs]
        head = [f"{self.last.optimizer}_restart_{i + 1}" for i in range(self.last.costs.shape[1])]
        if self.compare and self.last_b is not None:
            n = min(len(self.last.costs), len(self.last_b.costs))
            cols = [self.last.costs[:n], self.last_b.costs[:n]]
            head += [f"B_{self.last_b.optimizer}_restart_{i + 1}" for i in range(self.last_b.costs.shape[1])]
        table = np.concatenate(cols, axis=1)
        table = np.concatenate([np.arange(len(table))[:, None], table], axis=1)
        return table, ["iteration"] + head
