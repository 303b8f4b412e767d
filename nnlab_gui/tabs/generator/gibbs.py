"""Gibbs: the chain for the uniform distribution on the unit disk, step by step or running.

    x1 ~ U[−√(1 − x0²), √(1 − x0²)],   x0 ~ U[−√(1 − x1²), √(1 − x1²)]

Its samples, the histogram of r² = x0² + x1² (flat when the disk is uniform:
P(r² ≤ t) = πt / π = t) and the autocorrelation of x0.  The report's interval
[x0² − 1, −x0² + 1] (half-width 1 − x0² instead of √(1 − x0²)) can be chosen to see
what it samples instead.  The chain statistics (mean, mean r², the KS test of r²
against U[0, 1]) are computed in the run's job (:mod:`engine.sampling_jobs`).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsItem, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nnlab_gui.engine.running_stats import RunningChain
from nnlab_gui.engine import sampling as sm
from nnlab_gui.engine import sampling_jobs as sj
from nnlab_gui.pages import Choice, Flag, Int, Job, Page
from nnlab_gui.tabs.generator.plots import BLUE, GREEN, GREY, ORANGE, RED, declare_exports, hist_curve, make_plot
from nnlab_gui.i18n import N_, tr_
from nnlab_gui.widgets.steady_label import SteadyLabel
from nnlab_gui.widgets.empty_state import clear_empty, set_empty

BOUNDS = [("correct", "correct chord ±√(1 − x0²)", "x1 ~ U[−√(1−x0²), √(1−x0²)]: the chord of the disk at x0"),
          ("report", "report's interval ±(1 − x0²)", "x1 ~ U[x0² − 1, −x0² + 1]: half-width 1 − x0²")]


EMPTY_STATS = N_("Press Step or Run (Ctrl+R): the samples' statistics appear here.")


class GibbsPage(Page):
    TITLE = N_("Gibbs")
    MODEL = "none (this page samples a density, not the generator)"
    FIELDS = [
        Int("n", N_("Sweeps N"), 5000, 1, 1_000_000, step=500,
            tip=N_("Gibbs sweeps per run (each sweep updates x1, then x0)")),
        Int("seed", N_("Seed"), 0, 0, 2**31 - 1, tip=N_("Seed of the chain (changing it starts a new chain)"), advanced=True),
        Choice("bounds", N_("Conditional"), "correct", BOUNDS,
               tip=N_("The conditional of one coordinate given the other is uniform on the chord of the "
                   "disk, half-width √(1 − x²). The report wrote 1 − x².")),
        Flag("animate", N_("Animate"), True, tip=N_("Run in small batches with a short pause so you can watch the chain")),
    ]
    RUN_TEXT = N_("Run")
    RUN_TIP = N_("Continue the chain by N sweeps")
    MAX_LAG = 40
    SCATTER_MAX = 10000   # points drawn in the scatter (histogram and ACF use every sample)

    def build(self) -> None:
        self._prev = np.zeros((0, 2))    # samples before the current run
        self.samples = np.zeros((0, 2))
        self.path = np.zeros((1, 2))     # recent half-step points
        self.point = (0.0, 0.0)
        self._run_path: np.ndarray | None = None
        self.stats: sj.ChainStats | None = None
        self._scatter_n = 0
        self.running = RunningChain(self.MAX_LAG, np.linspace(0, 1, 21))   # r² histogram, ACF, means
        self._r2_top = 0.0
        self._chain_of: tuple = ()       # (seed, bounds) of the chain shown
        self.step_button = QPushButton(tr_("Step"))
        self.step_button.setToolTip(tr_("One sweep: x1 | x0, then x0 | x1"))
        self.step_button.clicked.connect(self.step)
        self.reset_button = QPushButton(tr_("Reset"))
        self.reset_button.setToolTip(tr_("Forget the chain and start again from (x0, 0), x0 ~ U[0, 1]"))
        self.reset_button.clicked.connect(self.reset)

        self.disk_plot = make_plot(N_("Chain on the unit disk"), "x0", "x1")
        self.disk_plot.setAspectLocked(True)
        self.disk_plot.addLegend(offset=(5, 5)).setBrush(pg.mkBrush(255, 255, 255, 110))
        t = np.linspace(0, 2 * np.pi, 361)
        circle = self.disk_plot.plot(np.cos(t), np.sin(t), pen=pg.mkPen("k", width=1.5))
        xs = np.linspace(-1, 1, 401)
        self.wrong_region = self.disk_plot.plot(
            np.concatenate([xs, xs[::-1]]), np.concatenate([1 - xs ** 2, -(1 - xs[::-1] ** 2)]),
            pen=pg.mkPen(RED, width=1, style=Qt.PenStyle.DashLine))
        for static in (circle, self.wrong_region):   # drawn once, not on every frame of a run
            static.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.scatter = pg.ScatterPlotItem(size=3, pen=None, brush=pg.mkBrush(21, 101, 192, 90),
                                          antialias=False, name=tr_("samples (first {n})").format(n=f"{self.SCATTER_MAX:,}"))
        self.disk_plot.addItem(self.scatter)
        self.path_curve = self.disk_plot.plot(pen=pg.mkPen(GREY, width=1), name=tr_("path"))
        self.chord_ok = self.disk_plot.plot(pen=pg.mkPen(GREEN, width=7), name=tr_("correct chord ±√(1−x0²)"))
        self.chord_bad = self.disk_plot.plot(pen=pg.mkPen(RED, width=2), name=tr_("report's [x0²−1, 1−x0²]"))
        self.point_item = self.disk_plot.plot(pen=None, symbol="o", symbolBrush=ORANGE, symbolSize=10)
        self.disk_plot.setRange(xRange=(-1.05, 1.05), yRange=(-1.05, 1.05), padding=0)
        self.disk_plot.setToolTip(tr_("Grey: the chain's moves (vertical for x1 | x0, horizontal for x0 | x1). "
                                  "Green: the chord x1 is drawn from next, ±√(1 − x0²); "
                                  "red: the report's [x0² − 1, 1 − x0²]"))
        self.r2_plot = make_plot(N_("Histogram of r² = x0² + x1²"), "r²", N_("density"))
        self.r2_hist = hist_curve(self.r2_plot, BLUE)
        self.r2_plot.plot([0, 1], [1, 1], pen=pg.mkPen(ORANGE, width=2, style=Qt.PenStyle.DashLine))
        self.r2_plot.setXRange(0, 1, padding=0.02)
        self.r2_plot.setYRange(0, 1.6, padding=0)   # the first frame's range, set before it (no new layout then)
        self._r2_top = 1.6
        self.r2_plot.setToolTip(tr_("Uniform on the disk ⇔ P(r² ≤ t) = area πt / π = t: r² ~ U[0, 1] (dashed)"))
        self.acf_plot = make_plot(N_("Autocorrelation of x0"), N_("lag (sweeps)"), "ρ")
        self.acf_curve = self.acf_plot.plot(pen=pg.mkPen(BLUE, width=2), symbol="o", symbolSize=4,
                                            symbolBrush=BLUE)
        self.acf_plot.addItem(pg.InfiniteLine(0, angle=0, pen=pg.mkPen("k")))
        self.acf_plot.setXRange(0, self.MAX_LAG, padding=0.02)
        self.acf_plot.setYRange(-0.2, 1.0, padding=0.05)
        self.acf_plot.setToolTip(tr_("ρ(k) = corr(x0[t], x0[t + k]): how fast the chain forgets where it was"))
        self.stats_label = SteadyLabel(lines=2)   # rewritten every frame: its height only grows
        self.explain = QLabel(
            tr_("The report writes the conditional as U[x0² − 1, −x0² + 1]: half-width 1 − x0² instead of "
            "√(1 − x0²). Since 1 − x² ≤ √(1 − x²), that chain never leaves the region |x1| ≤ 1 − x0², "
            "|x0| ≤ 1 − x1² (dashed red): it never reaches the rim, so it is not uniform on the disk and "
            "r² lacks values near 1."))
        self.explain.setWordWrap(True)

        declare_exports(self, [("Disk plot", self.disk_plot), ("r² histogram", self.r2_plot),
                               ("Autocorrelation plot", self.acf_plot)], "gibbs",
                        (lambda: (self.samples, ["x0", "x1"]), "gibbs_samples.csv", "press Step or Run first"))

        main = QWidget()
        grid = QGridLayout()
        grid.addWidget(self.disk_plot, 0, 0, 2, 1)
        grid.addWidget(self.r2_plot, 0, 1)
        grid.addWidget(self.acf_plot, 1, 1)
        grid.setColumnStretch(0, 2)          # room beside the disk for the legend
        grid.setColumnStretch(1, 1)
        lay = QVBoxLayout(main)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(grid, 1)
        lay.addWidget(self.stats_label)
        lay.addWidget(self.explain)
        buttons = QWidget()
        bl = QHBoxLayout(buttons)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.step_button)
        bl.addWidget(self.reset_button)
        self.side_layout(main, buttons)
        self.reset()

    @property
    def wrong_bounds(self) -> bool:
        return self.form.value("bounds") == "report"

    def _on_changed(self, name: str) -> None:
        if self._chain_inputs() != self._chain_of:      # another seed or conditional: a new chain
            self.reset()

    def _chain_inputs(self) -> tuple:
        return self.form.value("seed"), self.form.value("bounds")

    def refresh(self) -> None:
        self.reset()

    # ------------------------------------------------------------------ chain
    def reset(self) -> None:
        """A new chain from the report's start (x0, 0), x0 ~ U[0, 1] (a running one is dropped)."""
        self.run_panel.discard()
        self._chain_of = self._chain_inputs()
        self._run_path = None
        rng = np.random.default_rng(self.form.value("seed"))
        self.point = (float(rng.random()), 0.0)
        self._prev = np.zeros((0, 2))
        self.samples = np.zeros((0, 2))
        self.stats = None
        self.path = np.array([self.point])
        self.running.reset()
        self.wrong_region.setVisible(self.wrong_bounds)
        self.explain.setVisible(self.wrong_bounds)
        self._redraw()

    def step(self) -> None:
        if self.is_running():
            return
        rng = np.random.default_rng([self.form.value("seed"), len(self.samples), 1])
        mid, new = sm.gibbs_step(*self.point, rng, self.wrong_bounds)
        self.samples = np.vstack([self.samples, new])
        self._prev = self.samples
        self.path = np.vstack([self.path, mid, new])[-800:]
        self.point = new
        self._redraw()

    def job(self) -> Job:
        v = self.form.values()
        batch, pause = sj.batching(v["n"], v["animate"], frames=200)
        self._prev = self.samples
        return Job(sj.iter_gibbs_run, (v["n"],),
                   dict(seed=[v["seed"], len(self.samples), 2], start=self.point,
                        wrong_bounds=self.wrong_bounds, batch=batch, pause=pause, prev=self._prev),
                   kind="chain")

    def _on_running(self, running: bool) -> None:
        for w in (self.step_button, self.reset_button):
            w.setEnabled(not running)
        self.form.set_enabled("bounds", not running)

    def _on_snapshot(self, snap: sj.GibbsRunSnapshot) -> None:
        self.samples = np.vstack([self._prev, snap.samples]) if len(self._prev) else snap.samples
        joined = np.vstack([self.path, snap.path[1:]]) if snap.done else self.path
        self._run_path = joined[-800:]
        self.point = tuple(snap.path[-1])
        self.stats = snap.stats
        self._redraw(path=self._run_path)

    def _on_done(self, snap) -> None:
        if snap is not None:
            self._on_snapshot(snap)
        self._commit_run()
        self.messages.info(tr_("Gibbs chain: {n} samples").format(n=len(self.samples))
                           + ("  " + tr_("(report's interval)") if self.wrong_bounds else ""))

    def _on_cancelled(self) -> None:
        self._commit_run()
        self.messages.info(tr_("Gibbs run cancelled after {n} samples").format(n=len(self.samples)))

    def _commit_run(self) -> None:
        if self._run_path is not None:
            self.path = self._run_path
            self._run_path = None
        self._prev = self.samples

    # ------------------------------------------------------------------ views
    def _redraw(self, path: np.ndarray | None = None) -> None:
        path = self.path if path is None else path
        pts = self.samples
        for plot in (self.r2_plot, self.acf_plot):
            if len(pts):
                clear_empty(plot)
            else:
                set_empty(plot, EMPTY_STATS)
        # the scatter only grows during a run: add the new points, never rebuild (cheap at 30 Hz)
        n_show = min(len(pts), self.SCATTER_MAX)
        if n_show < self._scatter_n:
            self.scatter.setData(pts[:n_show, 0], pts[:n_show, 1])
        elif n_show > self._scatter_n:
            new = pts[self._scatter_n:n_show]
            self.scatter.addPoints(new[:, 0], new[:, 1])
        self._scatter_n = n_show
        tail = path[-60:]
        self.path_curve.setData(tail[:, 0], tail[:, 1])
        x0, x1 = self.point
        lo, hi = sm.chord(x0, False)
        self.chord_ok.setData([x0, x0], [lo, hi])
        blo, bhi = sm.chord(x0, True)
        self.chord_bad.setData([x0, x0], [blo, bhi])
        self.point_item.setData([x0], [x1])
        run = self.running                      # updated with the new samples only
        if len(pts) < run.n:
            run.reset()
        run.extend(pts[run.n:])
        heights = run.density()
        self.r2_hist.setData(run.edges, heights)
        top = max(1.6, float(np.ceil(heights.max() * 1.15 / 0.5) * 0.5)) if len(heights) else 1.6
        if top != self._r2_top:                 # the axis is redrawn only when its range changes
            self._r2_top = top
            self.r2_plot.setYRange(0, top, padding=0)
        if len(pts) > 2:
            acf = run.acf()
            self.acf_curve.setData(np.arange(len(acf)), acf)
        else:
            self.acf_curve.setData([], [])
        self.stats_label.setText(self._stats_text(lo, hi, blo, bhi))

    def _stats_text(self, lo: float, hi: float, blo: float, bhi: float) -> str:
        pts = self.samples
        which = tr_("report's interval [x0² − 1, 1 − x0²]") if self.wrong_bounds else tr_("correct chord ±√(1 − x0²)")
        text = tr_("{n} samples with the {which}. At x0 = {x0}: correct chord [{lo}, {hi}], report's "
                   "[{blo}, {bhi}].").format(n=len(pts), which=which, x0=f"{self.point[0]:.3f}", lo=f"{lo:.3f}",
                                             hi=f"{hi:.3f}", blo=f"{blo:.3f}", bhi=f"{bhi:.3f}")
        if len(pts) >= sj.MIN_STATS:
            mean = self.running.mean()
            text += "  " + tr_("Mean ({mx}, {my}); mean r² = {r2} (uniform disk: 0.5);").format(
                mx=f"{mean[0]:+.3f}", my=f"{mean[1]:+.3f}", r2=f"{self.running.mean_r2():.3f}")
            st = self.stats
            if st is None:
                text += " " + tr_("KS test of r² vs U[0,1]: press Run.")
            else:
                over = "" if st.n == len(pts) else " " + tr_("(over the first {n} samples)").format(n=st.n)
                text += " " + tr_("KS test r² vs U[0,1]: D = {d}, p = {p}").format(
                    d=f"{st.ks_statistic:.3f}", p=f"{st.ks_pvalue:.3g}") + f"{over}."
        return text
