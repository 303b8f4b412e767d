"""Sampling panel (a page of the Generator tab): inverse CDF, Gibbs, Laplace noise.

Three inner pages, each driving :mod:`nnlab_gui.engine.sampling` on a worker:

* **Inverse CDF** — a density typed as a formula of ``s`` (the course's ``0.5 + s``
  by default, sampled with its closed form ``y = (−1 + √(1 + 8x)) / 2``), the
  histogram of the samples drawn live against it, the CDF and its inverse with the
  latest uniform draw ``x`` traced from one to the other.
* **Gibbs** — the chain on the unit disk, step by step or running; its samples, the
  histogram of ``r²`` (flat when the disk is uniform) and the autocorrelation of
  ``x0``.  The report's interval ``[x0² − 1, −x0² + 1]`` can be chosen to see what it
  samples instead.
* **Laplace noise** — a test eight plus noise ``1/(2b) exp(−|x|/b)``, denoised by the
  inpainting engine's latent optimisation with the L2 and the L1 data term.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QTabWidget, QVBoxLayout, QWidget)
from superqt import QLabeledDoubleSlider

from nnlab_gui.engine import sampling as sm
from nnlab_gui.tabs.base import LabTab
from nnlab_gui.widgets.export import (CSV_FILTER, IMAGE_FILTER, PLOT_FILTER, export_plot, export_widget,
                                      save_csv, save_via_dialog)
from nnlab_gui.widgets.image_view import ImagePanel
from nnlab_gui.widgets.run_controls import RunControls

BLUE = "#1565c0"
ORANGE = "#e65100"
GREEN = "#2e7d32"
RED = "#c62828"
GREY = "#616161"


def _plot(title: str, x_label: str, y_label: str) -> pg.PlotWidget:
    w = pg.PlotWidget(background="w")
    w.setTitle(title, color="k", size="10pt")
    w.setLabel("bottom", x_label)
    w.setLabel("left", y_label)
    w.showGrid(x=True, y=True, alpha=0.2)
    w.setMenuEnabled(True)
    w.setMinimumSize(200, 160)
    return w


def _hist_curve(plot: pg.PlotWidget, colour: str, name: str | None = None) -> pg.PlotDataItem:
    c = pg.mkColor(colour)
    c.setAlpha(90)
    return plot.plot([0, 1], [0], stepMode="center", fillLevel=0, brush=c,
                     pen=pg.mkPen(colour, width=1), name=name)


class _ExportRow(QWidget):
    """Buttons: export one of the page's plots (PNG/SVG/CSV) or the whole page (PNG/SVG)."""

    def __init__(self, owner: "SamplingPanel", page: QWidget, plots: dict[str, pg.PlotWidget],
                 extra: list[QPushButton] = ()):
        super().__init__()
        self.owner, self.page, self.plots = owner, page, plots
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.which = QComboBox()
        self.which.addItems(list(plots))
        self.which.setToolTip("Which plot the Export plot button saves")
        self.plot_button = QPushButton("Export plot…")
        self.plot_button.setToolTip("Save the chosen plot as PNG, SVG or CSV (its curves' data)")
        self.view_button = QPushButton("Export page…")
        self.view_button.setToolTip("Save this whole page as PNG or SVG")
        lay.addStretch(1)
        for b in extra:
            lay.addWidget(b)
        lay.addWidget(self.which)
        lay.addWidget(self.plot_button)
        lay.addWidget(self.view_button)
        self.plot_button.clicked.connect(self._on_export_plot)
        self.view_button.clicked.connect(self._on_export_view)

    def _on_export_plot(self) -> None:
        name = self.which.currentText()
        save_via_dialog(self, self.owner.messages, f"Export plot: {name}", PLOT_FILTER,
                        name.replace(" ", "_") + ".png", lambda path: export_plot(self.plots[name], path))

    def _on_export_view(self) -> None:
        save_via_dialog(self, self.owner.messages, "Export page", IMAGE_FILTER, "sampling.png",
                        lambda path: export_widget(self.page, path))


# ====================================================================== inverse CDF
class InverseCdfPage(QWidget):
    def __init__(self, owner: "SamplingPanel"):
        super().__init__()
        self.owner = owner
        self.density = sm.make_density(sm.COURSE_DENSITY)
        self.samples = np.zeros(0)
        self.runner = owner.make_runner()

        # --- controls
        self.expr_edit = QLineEdit(sm.COURSE_DENSITY)
        self.expr_edit.setToolTip("Density p(s) as a formula of s: numbers, s, + − * / ** (or ^), "
                                  "exp log sqrt sin cos tan abs, pi, e. It is normalised on the interval.")
        self.lo_spin = QDoubleSpinBox(decimals=3, minimum=-1e3, maximum=1e3, value=0.0, singleStep=0.5)
        self.hi_spin = QDoubleSpinBox(decimals=3, minimum=-1e3, maximum=1e3, value=1.0, singleStep=0.5)
        self.apply_button = QPushButton("Apply")
        self.apply_button.setToolTip("Use this density (Enter)")
        self.course_button = QPushButton("Course: 0.5 + s")
        self.course_button.setToolTip("Restore the course's density 0.5 + s on [0, 1]")
        self.n_spin = QSpinBox(minimum=1, maximum=1_000_000, value=20000, singleStep=1000)
        self.n_spin.setToolTip("Number of samples N")
        self.seed_spin = QSpinBox(minimum=0, maximum=2**31 - 1, value=0)
        self.seed_spin.setToolTip("Seed of the uniform draws x ~ U[0, 1]")
        self.bins_spin = QSpinBox(minimum=5, maximum=200, value=40)
        self.bins_spin.setToolTip("Histogram bins")
        self.animate = QCheckBox("Animate")
        self.animate.setChecked(True)
        self.animate.setToolTip("Draw in small batches with a short pause, so you can watch the histogram fill")
        self.controls = RunControls(self.runner, self._on_run, "Sample", self)
        self.one_button = QPushButton("Draw one")
        self.one_button.setToolTip("One uniform draw x, traced through the CDF to y = F⁻¹(x)")
        self.method_label = QLabel()
        self.method_label.setWordWrap(True)

        row1 = QHBoxLayout()
        row1.addWidget(QLabel("p(s) ="))
        row1.addWidget(self.expr_edit, 3)
        row1.addWidget(QLabel("on ["))
        row1.addWidget(self.lo_spin)
        row1.addWidget(QLabel(","))
        row1.addWidget(self.hi_spin)
        row1.addWidget(QLabel("]"))
        row1.addWidget(self.apply_button)
        row1.addWidget(self.course_button)
        row2 = QHBoxLayout()
        for label, w in (("N", self.n_spin), ("seed", self.seed_spin), ("bins", self.bins_spin)):
            row2.addWidget(QLabel(label))
            row2.addWidget(w)
        row2.addWidget(self.animate)
        row2.addWidget(self.one_button)
        row2.addWidget(self.controls, 1)

        # --- plots
        self.pdf_plot = _plot("Target density and histogram of the samples", "s", "density")
        self.pdf_plot.addLegend(offset=(10, 10))
        self.hist = _hist_curve(self.pdf_plot, BLUE, "samples")
        self.pdf_curve = self.pdf_plot.plot(pen=pg.mkPen(ORANGE, width=2.5), name="p(s)")
        self.pdf_plot.setToolTip("Histogram of the samples y = F⁻¹(x), scaled to a density, "
                                 "against the target p(s)")

        self.cdf_plot = _plot("CDF  F(y) = ∫ p(s) ds", "y", "x = F(y)")
        self.cdf_curve = self.cdf_plot.plot(pen=pg.mkPen(ORANGE, width=2))
        self.cdf_trace = self.cdf_plot.plot(pen=pg.mkPen(RED, width=1.5, style=Qt.PenStyle.DashLine))
        self.cdf_dot = self.cdf_plot.plot(pen=None, symbol="o", symbolBrush=RED, symbolSize=8)
        self.cdf_plot.setToolTip("Read a uniform draw x on the vertical axis across to the CDF, "
                                 "then down: that s is the sample y")

        self.inv_plot = _plot("Inverse CDF  y = F⁻¹(x)", "x ~ U[0, 1]", "y")
        self.inv_curve = self.inv_plot.plot(pen=pg.mkPen(BLUE, width=2))
        self.inv_closed = self.inv_plot.plot(pen=pg.mkPen(GREEN, width=1.5, style=Qt.PenStyle.DotLine))
        self.inv_trace = self.inv_plot.plot(pen=pg.mkPen(RED, width=1.5, style=Qt.PenStyle.DashLine))
        self.inv_dot = self.inv_plot.plot(pen=None, symbol="o", symbolBrush=RED, symbolSize=8)
        self.inv_plot.setToolTip("The same map seen the other way: x on the horizontal axis, "
                                 "y = F⁻¹(x) = (−1 + √(1 + 8x)) / 2 for the course's density (dotted green)")
        self.draw_label = QLabel("")
        self.draw_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        plots = QGridLayout()
        plots.addWidget(self.pdf_plot, 0, 0, 1, 2)
        plots.addWidget(self.cdf_plot, 1, 0)
        plots.addWidget(self.inv_plot, 1, 1)
        plots.setRowStretch(0, 1)
        plots.setRowStretch(1, 1)

        self.save_samples_button = QPushButton("Save samples…")
        self.save_samples_button.setToolTip("Save the uniform draws x and the samples y as CSV")
        self.save_samples_button.clicked.connect(self._on_save_samples)
        export = _ExportRow(owner, self, {"density": self.pdf_plot, "CDF": self.cdf_plot,
                                          "inverse CDF": self.inv_plot}, [self.save_samples_button])

        lay = QVBoxLayout(self)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(self.method_label)
        lay.addLayout(plots, 1)
        lay.addWidget(self.draw_label)
        lay.addWidget(export)

        self.expr_edit.returnPressed.connect(self.apply_density)
        self.apply_button.clicked.connect(self.apply_density)
        self.course_button.clicked.connect(self._on_course)
        self.one_button.clicked.connect(self.draw_one)
        self.runner.running_changed.connect(lambda r: self.one_button.setEnabled(not r))
        self.bins_spin.valueChanged.connect(lambda _v: self._draw_hist())
        self.runner.snapshot.connect(self._on_snapshot)
        self.runner.done.connect(self._on_done)
        self.runner.cancelled.connect(lambda: owner.messages.info("sampling cancelled"))
        self._last_u: np.ndarray = np.zeros(0)
        self._stale = False
        self._show_density()

    # ---------------------------------------------------------------- density
    def apply_density(self) -> bool:
        """Use the typed density; on bad input show why and keep the previous one."""
        try:
            dens = sm.make_density(self.expr_edit.text(), self.lo_spin.value(), self.hi_spin.value())
        except ValueError as exc:
            self.expr_edit.setStyleSheet("QLineEdit { border: 2px solid #c62828; }")
            self.owner.messages.error(f"{exc} — still using p(s) = {self.density.text} "
                                      f"on [{self.density.lo:g}, {self.density.hi:g}]")
            return False
        self.expr_edit.setStyleSheet("")
        changed = (dens.text, dens.lo, dens.hi) != (self.density.text, self.density.lo, self.density.hi)
        self.density = dens
        if changed:
            if self.runner.is_running():   # its samples belong to the old density
                self._stale = True
                self.runner.cancel()
            self.samples = np.zeros(0)
            self._last_u = np.zeros(0)
        self._show_density()
        self.owner.messages.info(f"density p(s) = {dens.text} on [{dens.lo:g}, {dens.hi:g}] "
                                 f"(typed mass {dens.mass:.4g}, normalised to 1)")
        return True

    def _on_course(self) -> None:
        self.expr_edit.setText(sm.COURSE_DENSITY)
        self.lo_spin.setValue(0.0)
        self.hi_spin.setValue(1.0)
        self.apply_density()

    def _show_density(self) -> None:
        d = self.density
        self.pdf_curve.setData(d.grid, d.pdf)
        self.cdf_curve.setData(d.grid, d.cdf)
        self.inv_curve.setData(d.cdf, d.grid)
        if d.is_course_density:
            x = np.linspace(0, 1, 201)
            self.inv_closed.setData(x, sm.closed_form_inverse(x))
            self.method_label.setText(
                "Course density p(s) = 0.5 + s on [0, 1]:  F(y) = 0.5y + 0.5y² = x  ⇒  "
                "<b>y = (−1 + √(1 + 8x)) / 2</b> (closed form, dotted green; it lies on the numerical inverse).")
        else:
            self.inv_closed.setData([], [])
            self.method_label.setText(
                f"p(s) ∝ {d.text} on [{d.lo:g}, {d.hi:g}]: F is the cumulative integral on a "
                f"{len(d.grid)}-point grid (density linear between points), inverted cell by cell.")
        self.cdf_plot.setXRange(d.lo, d.hi, padding=0.02)
        self.inv_plot.setYRange(d.lo, d.hi, padding=0.02)
        self._draw_hist()
        self._draw_trace()

    # ---------------------------------------------------------------- run
    def _on_run(self) -> None:
        if not self.apply_density():
            return
        n = self.n_spin.value()
        anim = self.animate.isChecked()
        batch = max(1, n // 150) if anim else max(1, n // 20)
        self.samples = np.zeros(0)
        self._last_u = np.zeros(0)
        self._stale = False
        self.runner.start(sm.iter_inverse_cdf, self.density, n, seed=self.seed_spin.value(),
                          batch=batch, pause=0.015 if anim else 0.0)

    def draw_one(self) -> None:
        """Add one draw (seeded by the seed and the number of samples so far) and trace it."""
        if self.runner.is_running() or not self.apply_density():
            return
        rng = np.random.default_rng([self.seed_spin.value(), len(self.samples), 3])
        u = rng.random(1)
        d = self.density
        y = sm.closed_form_inverse(u) if d.is_course_density else d.inverse_cdf(u)
        self.samples = np.concatenate([self.samples, y])
        self._last_u = np.concatenate([self._last_u, u])
        self._draw_hist()
        self._draw_trace()

    def _on_snapshot(self, snap: sm.InverseCdfSnapshot) -> None:
        if self._stale:
            return
        self.samples = snap.samples
        self._last_u = snap.u
        self.controls.set_progress(snap.done, snap.total)
        self._draw_hist()
        self._draw_trace()

    def _on_done(self, snap) -> None:
        if self._stale:
            return
        if snap is not None:
            self._on_snapshot(snap)
        if len(self.samples):
            from scipy import stats

            p = stats.kstest(self.samples, self.density.cdf_at).pvalue
            self.owner.messages.info(f"{len(self.samples)} samples drawn; Kolmogorov–Smirnov "
                                     f"test against p(s): p = {p:.3g}")

    def _draw_hist(self) -> None:
        d = self.density
        edges = np.linspace(d.lo, d.hi, self.bins_spin.value() + 1)
        if len(self.samples):
            counts, _ = np.histogram(self.samples, edges)
            dens = counts / (len(self.samples) * np.diff(edges))
        else:
            dens = np.zeros(len(edges) - 1)
        self.hist.setData(edges, dens)

    def _draw_trace(self) -> None:
        d = self.density
        if len(self.samples) == 0:
            for item in (self.cdf_trace, self.cdf_dot, self.inv_trace, self.inv_dot):
                item.setData([], [])
            self.draw_label.setText("Press Sample: each uniform draw x is mapped to y = F⁻¹(x).")
            return
        u, y = float(self._last_u[-1]), float(self.samples[-1])
        self.cdf_trace.setData([d.lo, y, y], [u, u, 0.0])
        self.cdf_dot.setData([y], [u])
        self.inv_trace.setData([u, u, 0.0], [0.0, y, y])
        self.inv_dot.setData([u], [y])
        self.draw_label.setText(f"latest draw: x = {u:.4f}  →  y = F⁻¹(x) = {y:.4f};  "
                                f"{len(self.samples)} samples, mean {np.mean(self.samples):.4f}")

    def _on_save_samples(self) -> None:
        if len(self.samples) == 0:
            self.owner.messages.warning("no samples yet: press Sample first")
            return
        data = np.column_stack([self._last_u, self.samples])
        save_via_dialog(self, self.owner.messages, "Save samples", CSV_FILTER, "inverse_cdf_samples.csv",
                        lambda path: save_csv(path, data, ["x_uniform", "y_sample"]))


# ====================================================================== Gibbs
class GibbsPage(QWidget):
    MAX_LAG = 40
    SCATTER_MAX = 10000   # points drawn in the scatter (histogram and ACF use every sample)

    def __init__(self, owner: "SamplingPanel"):
        super().__init__()
        self.owner = owner
        self.runner = owner.make_runner()
        self._prev = np.zeros((0, 2))    # samples before the current run
        self.samples = np.zeros((0, 2))
        self.path = np.zeros((1, 2))     # recent half-step points
        self.point = (0.0, 0.0)
        self._run_path: np.ndarray | None = None
        self._stale = False

        self.bounds_combo = QComboBox()
        self.bounds_combo.addItem("correct: x1 ~ U[−√(1−x0²), √(1−x0²)]", False)
        self.bounds_combo.addItem("report's: x1 ~ U[x0² − 1, −x0² + 1]", True)
        self.bounds_combo.setToolTip("The conditional of one coordinate given the other is uniform on the "
                                     "chord of the disk, half-width √(1 − x²). The report wrote 1 − x².")
        self.steps_spin = QSpinBox(minimum=1, maximum=1_000_000, value=5000, singleStep=500)
        self.steps_spin.setToolTip("Gibbs sweeps per run (each sweep updates x1, then x0)")
        self.seed_spin = QSpinBox(minimum=0, maximum=2**31 - 1, value=0)
        self.animate = QCheckBox("Animate")
        self.animate.setChecked(True)
        self.animate.setToolTip("Run in small batches with a short pause so you can watch the chain")
        self.step_button = QPushButton("Step")
        self.step_button.setToolTip("One sweep: x1 | x0, then x0 | x1")
        self.reset_button = QPushButton("Reset")
        self.reset_button.setToolTip("Forget the chain and start again from (x0, 0), x0 ~ U[0, 1]")
        self.controls = RunControls(self.runner, self._on_run, "Run", self)

        row = QHBoxLayout()
        row.addWidget(QLabel("conditional"))
        row.addWidget(self.bounds_combo, 2)
        row.addWidget(QLabel("steps"))
        row.addWidget(self.steps_spin)
        row.addWidget(QLabel("seed"))
        row.addWidget(self.seed_spin)
        row.addWidget(self.animate)
        row2 = QHBoxLayout()
        row2.addWidget(self.step_button)
        row2.addWidget(self.reset_button)
        row2.addWidget(self.controls, 1)

        # disk plot
        self.disk_plot = _plot("Chain on the unit disk", "x0", "x1")
        self.disk_plot.setAspectLocked(True)
        legend = self.disk_plot.addLegend(offset=(5, 5))
        legend.setBrush(pg.mkBrush(255, 255, 255, 210))
        t = np.linspace(0, 2 * np.pi, 361)
        self.disk_plot.plot(np.cos(t), np.sin(t), pen=pg.mkPen("k", width=1.5))
        xs = np.linspace(-1, 1, 401)
        self.wrong_region = self.disk_plot.plot(
            np.concatenate([xs, xs[::-1]]), np.concatenate([1 - xs ** 2, -(1 - xs[::-1] ** 2)]),
            pen=pg.mkPen(RED, width=1, style=Qt.PenStyle.DashLine))
        self.scatter = pg.ScatterPlotItem(size=3, pen=None, brush=pg.mkBrush(21, 101, 192, 90),
                                          antialias=False, name=f"samples (first {self.SCATTER_MAX:,})")
        self._scatter_n = 0
        self.disk_plot.addItem(self.scatter)
        self.path_curve = self.disk_plot.plot(pen=pg.mkPen(GREY, width=1), name="path")
        self.chord_ok = self.disk_plot.plot(pen=pg.mkPen(GREEN, width=7), name="correct chord ±√(1−x0²)")
        self.chord_bad = self.disk_plot.plot(pen=pg.mkPen(RED, width=2), name="report's [x0²−1, 1−x0²]")
        self.point_item = self.disk_plot.plot(pen=None, symbol="o", symbolBrush=ORANGE, symbolSize=10)
        self.disk_plot.setRange(xRange=(-1.05, 1.05), yRange=(-1.05, 1.05), padding=0)
        self.disk_plot.setToolTip("Grey: the chain's moves (vertical for x1 | x0, horizontal for x0 | x1). "
                                  "Green: the chord x1 is drawn from next, ±√(1 − x0²); "
                                  "red: the report's [x0² − 1, 1 − x0²]")

        self.r2_plot = _plot("Histogram of r² = x0² + x1²", "r²", "density")
        self.r2_hist = _hist_curve(self.r2_plot, BLUE)
        self.r2_plot.plot([0, 1], [1, 1], pen=pg.mkPen(ORANGE, width=2, style=Qt.PenStyle.DashLine))
        self.r2_plot.setXRange(0, 1, padding=0.02)
        self.r2_plot.setToolTip("Uniform on the disk ⇔ P(r² ≤ t) = area πt / π = t: r² ~ U[0, 1] (dashed)")

        self.acf_plot = _plot("Autocorrelation of x0", "lag (sweeps)", "ρ")
        self.acf_curve = self.acf_plot.plot(pen=pg.mkPen(BLUE, width=2), symbol="o", symbolSize=4,
                                            symbolBrush=BLUE)
        self.acf_plot.addItem(pg.InfiniteLine(0, angle=0, pen=pg.mkPen("k")))
        self.acf_plot.setXRange(0, self.MAX_LAG, padding=0.02)
        self.acf_plot.setYRange(-0.2, 1.0, padding=0.05)
        self.acf_plot.setToolTip("ρ(k) = corr(x0[t], x0[t + k]): how fast the chain forgets where it was")

        self.stats_label = QLabel()
        self.stats_label.setWordWrap(True)
        self.explain = QLabel(
            "The report writes the conditional as U[x0² − 1, −x0² + 1]: half-width 1 − x0² instead of "
            "√(1 − x0²). Since 1 − x² ≤ √(1 − x²), that chain never leaves the region |x1| ≤ 1 − x0², |x0| ≤ 1 − x1² "
            "(dashed red): it never reaches the rim, so it is not uniform on the disk and r² lacks values near 1.")
        self.explain.setWordWrap(True)

        grid = QGridLayout()
        grid.addWidget(self.disk_plot, 0, 0, 2, 1)
        grid.addWidget(self.r2_plot, 0, 1)
        grid.addWidget(self.acf_plot, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        self.save_button = QPushButton("Save samples…")
        self.save_button.clicked.connect(self._on_save)
        export = _ExportRow(owner, self, {"disk": self.disk_plot, "r² histogram": self.r2_plot,
                                          "autocorrelation": self.acf_plot}, [self.save_button])
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addLayout(row2)
        lay.addLayout(grid, 1)
        lay.addWidget(self.stats_label)
        lay.addWidget(self.explain)
        lay.addWidget(export)

        self.step_button.clicked.connect(self.step)
        self.reset_button.clicked.connect(self.reset)
        self.bounds_combo.currentIndexChanged.connect(lambda _i: self.reset())
        self.seed_spin.valueChanged.connect(lambda _v: self.reset())
        self.runner.snapshot.connect(self._on_snapshot)
        self.runner.done.connect(self._on_done)
        self.runner.running_changed.connect(self._on_running)
        self.runner.cancelled.connect(self._on_cancelled)
        self.reset()

    @property
    def wrong_bounds(self) -> bool:
        return bool(self.bounds_combo.currentData())

    def reset(self) -> None:
        if self.runner.is_running():
            self._stale = True
            self.runner.cancel()
        self._run_path = None
        rng = np.random.default_rng(self.seed_spin.value())
        self.point = (float(rng.random()), 0.0)  # the report's start: x0 ~ U[0, 1]
        self._prev = np.zeros((0, 2))
        self.samples = np.zeros((0, 2))
        self.path = np.array([self.point])
        self.wrong_region.setVisible(self.wrong_bounds)
        self.explain.setVisible(self.wrong_bounds)
        self._redraw()

    def step(self) -> None:
        if self.runner.is_running():
            return
        rng = np.random.default_rng([self.seed_spin.value(), len(self.samples), 1])
        mid, new = sm.gibbs_step(*self.point, rng, self.wrong_bounds)
        self.samples = np.vstack([self.samples, new])
        self._prev = self.samples
        self.path = np.vstack([self.path, mid, new])[-800:]
        self.point = new
        self._redraw()

    def _on_run(self) -> None:
        n = self.steps_spin.value()
        anim = self.animate.isChecked()
        batch = max(1, n // 200) if anim else max(1, n // 20)
        self._prev = self.samples
        self._stale = False
        self.runner.start(sm.iter_gibbs_disk, n, seed=[self.seed_spin.value(), len(self.samples), 2],
                          start=self.point, wrong_bounds=self.wrong_bounds, batch=batch,
                          pause=0.015 if anim else 0.0)

    def _on_running(self, running: bool) -> None:
        for w in (self.step_button, self.reset_button, self.bounds_combo):
            w.setEnabled(not running)

    def _on_snapshot(self, snap: sm.GibbsSnapshot) -> None:
        if self._stale:
            return
        self.samples = np.vstack([self._prev, snap.samples]) if len(self._prev) else snap.samples
        joined = np.vstack([self.path, snap.path[1:]]) if snap.done else self.path
        self._run_path = joined[-800:]
        self.point = tuple(snap.path[-1])
        self.controls.set_progress(snap.done, snap.total)
        self._redraw(path=self._run_path)

    def _on_done(self, snap) -> None:
        if self._stale:
            return
        if snap is not None:
            self._on_snapshot(snap)
        self._commit_run()
        self.owner.messages.info(f"Gibbs chain: {len(self.samples)} samples"
                                 + ("  (report's interval)" if self.wrong_bounds else ""))

    def _on_cancelled(self) -> None:
        if self._stale:
            return
        self._commit_run()
        self.owner.messages.info(f"Gibbs run cancelled after {len(self.samples)} samples")

    def _commit_run(self) -> None:
        if getattr(self, "_run_path", None) is not None:
            self.path = self._run_path
            self._run_path = None
        self._prev = self.samples

    def _redraw(self, path: np.ndarray | None = None) -> None:
        path = self.path if path is None else path
        pts = self.samples
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
        edges = np.linspace(0, 1, 21)
        if len(pts):
            r2 = np.square(pts).sum(axis=1)
            counts, _ = np.histogram(r2, edges)
            self.r2_hist.setData(edges, counts / (len(pts) * 0.05))
        else:
            self.r2_hist.setData(edges, np.zeros(20))
        if len(pts) > 2:
            acf = sm.autocorrelation(pts[:, 0], self.MAX_LAG)
            self.acf_curve.setData(np.arange(len(acf)), acf)
        else:
            self.acf_curve.setData([], [])
        which = "report's interval [x0² − 1, 1 − x0²]" if self.wrong_bounds else "correct chord ±√(1 − x0²)"
        text = (f"{len(pts)} samples with the {which}. At x0 = {x0:.3f}: correct chord "
                f"[{lo:.3f}, {hi:.3f}], report's [{blo:.3f}, {bhi:.3f}].")
        if len(pts) >= 20:
            stat, p = sm.r2_uniformity(pts)
            mean = pts.mean(axis=0)
            text += (f"  Mean ({mean[0]:+.3f}, {mean[1]:+.3f}); mean r² = {np.square(pts).sum(1).mean():.3f} "
                     f"(uniform disk: 0.5); KS test r² vs U[0,1]: D = {stat:.3f}, p = {p:.3g}.")
        self.stats_label.setText(text)

    def _on_save(self) -> None:
        if len(self.samples) == 0:
            self.owner.messages.warning("no samples yet: press Step or Run first")
            return
        save_via_dialog(self, self.owner.messages, "Save Gibbs samples", CSV_FILTER, "gibbs_samples.csv",
                        lambda path: save_csv(path, self.samples, ["x0", "x1"]))


# ====================================================================== Laplace noise
class LaplacePage(QWidget):
    def __init__(self, owner: "SamplingPanel"):
        super().__init__()
        self.owner = owner
        self.runner = owner.make_runner()
        self._generator = None
        self._eights: np.ndarray | None = None
        self.clean = np.zeros((28, 28))
        self.noisy = np.zeros((28, 28))
        self.result: sm.DenoiseSnapshot | None = None

        self.index_spin = QSpinBox(minimum=0, maximum=0, value=0)
        self.index_spin.setToolTip("Which eight of the test split")
        self.b_slider = QLabeledDoubleSlider(Qt.Orientation.Horizontal)
        self.b_slider.setRange(0.0, 0.6)
        self.b_slider.setDecimals(3)
        self.b_slider.setValue(0.15)
        self.b_slider.setToolTip("Laplace scale b: noise density 1/(2b) exp(−|x|/b), std = b√2")
        self.noise_seed = QSpinBox(minimum=0, maximum=2**31 - 1, value=0)
        self.noise_seed.setToolTip("Seed of the noise")
        self.restarts_spin = QSpinBox(minimum=1, maximum=50, value=5)
        self.restarts_spin.setToolTip("Random restarts z ~ N(0, I); the lowest final cost wins")
        self.iter_spin = QSpinBox(minimum=10, maximum=20000, value=600, singleStep=100)
        self.lr_spin = QDoubleSpinBox(decimals=4, minimum=1e-4, maximum=1.0, value=0.03, singleStep=0.005)
        self.lr_spin.setToolTip("RMSprop step μ (the course's \"ADAMS\", λ = 0.1)")
        self.controls = RunControls(self.runner, self._on_run, "Denoise", self)

        form = QHBoxLayout()
        for label, w in (("test eight #", self.index_spin), ("noise seed", self.noise_seed),
                         ("restarts", self.restarts_spin), ("iterations", self.iter_spin),
                         ("step μ", self.lr_spin)):
            form.addWidget(QLabel(label))
            form.addWidget(w)
        form.addStretch(1)
        brow = QHBoxLayout()
        brow.addWidget(QLabel("b"))
        brow.addWidget(self.b_slider, 1)
        brow.addWidget(self.controls, 1)

        self.panels = {}
        images = QHBoxLayout()
        for key, title in (("clean", "clean eight"), ("noisy", "noisy: + Laplace(b)"),
                           ("l2", "L2 data term"), ("l1", "L1 data term (MAP)")):
            p = ImagePanel(title=title)
            p.setToolTip({"clean": "A test-split eight of the bundled digits",
                          "noisy": "clean + noise, shown clipped to [0, 1]",
                          "l2": sm.DATA_TERM_FORMULAS["l2"],
                          "l1": sm.DATA_TERM_FORMULAS["l1"]}[key])
            self.panels[key] = p
            images.addWidget(p)

        self.cost_plot = _plot("Best cost per iteration", "iteration", "J(z)")
        self.cost_plot.addLegend(offset=(-10, 60))
        self.cost_curves = {"l2": self.cost_plot.plot(pen=pg.mkPen(BLUE, width=2), name="L2: N log‖X−y‖² + ‖z‖²"),
                            "l1": self.cost_plot.plot(pen=pg.mkPen(ORANGE, width=2), name="L1: N log Σ|X−y| + ‖z‖²")}
        self.noise_plot = _plot("Noise: histogram and 1/(2b) exp(−|x|/b)", "x", "density")
        self.noise_plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.noise_hist = _hist_curve(self.noise_plot, GREY)
        self.noise_curve = self.noise_plot.plot(pen=pg.mkPen(ORANGE, width=2))
        self.noise_plot.setToolTip("The 784 noise values added to the digit, against the Laplace density")

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theory = QLabel(
            "Noise y = x + n, n ~ 1/(2b) exp(−|n|/b) per pixel. The posterior p(z | y) ∝ p(y | z) p(z); "
            "−log p(y | z) = N log 2b + Σ|X(z) − y| / b, and with b profiled out (b̂ = Σ|X − y| / N) the MAP "
            "estimate minimises <b>N log Σ|X(z) − y| + ‖z‖²</b> — an L1 data term. The course's L2 term "
            "N log‖X(z) − y‖² is the MAP estimate under Gaussian noise.")
        theory.setWordWrap(True)

        plots = QHBoxLayout()
        plots.addWidget(self.cost_plot, 3)
        plots.addWidget(self.noise_plot, 2)
        export = _ExportRow(owner, self, {"costs": self.cost_plot, "noise": self.noise_plot})
        self.save_images_button = QPushButton("Save images…")
        self.save_images_button.setToolTip("Save clean | noisy | L2 | L1 as one PNG/SVG")
        self.save_images_button.clicked.connect(self._on_save_images)
        export.layout().insertWidget(1, self.save_images_button)
        self._images_box = QWidget()
        self._images_box.setLayout(images)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(brow)
        lay.addWidget(theory)
        lay.addWidget(self._images_box, 3)
        lay.addLayout(plots, 2)
        lay.addWidget(self.summary)
        lay.addWidget(export)

        self.index_spin.valueChanged.connect(lambda _v: self.update_noisy())
        self.noise_seed.valueChanged.connect(lambda _v: self.update_noisy())
        self.b_slider.valueChanged.connect(lambda _v: self.update_noisy())
        self.runner.snapshot.connect(self._on_snapshot)
        self.runner.done.connect(self._on_done)
        self.runner.cancelled.connect(lambda: owner.messages.info("denoising cancelled"))
        self._loaded = False
        self._stale = False

    # lazily: the digits and the generator load when the page is first shown
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> bool:
        if self._loaded:
            return True
        try:
            from nnlab_gui.engine.datasets import load_digits

            test = load_digits().split("test")
            self._eights = test.images[test.labels == 8]
        except Exception as exc:  # noqa: BLE001 - a missing resource becomes a message
            self.owner.messages.error(f"could not load the bundled digits: {exc}")
            return False
        self.index_spin.setMaximum(len(self._eights) - 1)
        self._loaded = True
        self.update_noisy()
        return True

    def generator(self):
        if self._generator is None:
            from nnlab_gui.engine.generator import default_generator

            self._generator = default_generator()
        return self._generator

    def update_noisy(self) -> None:
        if not self._loaded:
            return
        if self.runner.is_running():   # its reconstructions belong to the old noisy image
            self._stale = True
            self.runner.cancel()
        self.clean = np.asarray(self._eights[self.index_spin.value()], dtype=float)
        b = float(self.b_slider.value())
        self.noisy = sm.add_laplace_noise(self.clean, b, seed=self.noise_seed.value())
        self.panels["clean"].set_image(self.clean)
        self.panels["noisy"].set_image(np.clip(self.noisy, 0, 1))
        for key in ("l2", "l1"):
            self.panels[key].set_image(np.zeros((28, 28)))
            self.cost_curves[key].setData([], [])
        self.result = None
        noise = (self.noisy - self.clean).ravel()
        lim = max(4 * b, 0.05)
        edges = np.linspace(-lim, lim, 41)
        counts, _ = np.histogram(noise, edges)
        self.noise_hist.setData(edges, counts / (noise.size * np.diff(edges)))
        xs = np.linspace(-lim, lim, 401)
        self.noise_curve.setData(xs, sm.laplace_pdf(xs, b) if b > 0 else np.zeros_like(xs))
        mae = np.abs(np.clip(self.noisy, 0, 1) - self.clean).mean()
        self.summary.setText(f"b = {b:.3f}: mean |noisy − clean| = {mae:.4f} (after clipping). "
                             "Press Denoise to fit the generator's latent z with both data terms.")

    def _on_run(self) -> None:
        if not self.ensure_loaded():
            return
        try:
            g = self.generator()
        except Exception as exc:  # noqa: BLE001
            self.owner.messages.error(f"could not load the bundled generator of eights: {exc}")
            return
        self._stale = False
        self.runner.start(sm.iter_denoise_compare, g, self.noisy, restarts=self.restarts_spin.value(),
                          iterations=self.iter_spin.value(), lr=self.lr_spin.value(),
                          seed=self.noise_seed.value())

    def _on_snapshot(self, snap: sm.DenoiseSnapshot) -> None:
        if self._stale:
            return
        self.result = snap
        self.controls.set_progress(snap.done, snap.total)
        for key, run in snap.runs.items():
            if run is None or run.iteration == 0:
                continue
            self.panels[key].set_image(run.image)
            best = run.costs.min(axis=1)
            self.cost_curves[key].setData(np.arange(1, len(best) + 1), best)
        self._summarise(snap)

    def _on_done(self, snap) -> None:
        if self._stale:
            return
        if snap is not None:
            self._on_snapshot(snap)
        self.owner.messages.info("denoised: " + self.summary.text())

    def _summarise(self, snap: sm.DenoiseSnapshot) -> None:
        parts = [f"mean |noisy − clean| = {np.abs(np.clip(self.noisy, 0, 1) - self.clean).mean():.4f}"]
        for key, name in (("l2", "L2"), ("l1", "L1")):
            run = snap.runs.get(key)
            if run is not None and run.iteration:
                parts.append(f"{name}: mean |X(z) − clean| = {np.abs(run.image - self.clean).mean():.4f} "
                             f"(iteration {run.iteration})")
        self.summary.setText(";   ".join(parts))

    def _on_save_images(self) -> None:
        save_via_dialog(self, self.owner.messages, "Save images", IMAGE_FILTER, "laplace_denoising.png",
                        lambda path: export_widget(self._images_box, path))


# ====================================================================== panel
class SamplingPanel(LabTab):
    """Inverse CDF, Gibbs on the disk and Laplace-noise denoising (SPEC §6)."""

    TITLE = "Sampling"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.inverse = InverseCdfPage(self)
        self.gibbs = GibbsPage(self)
        self.laplace = LaplacePage(self)
        self.tabs.addTab(self.inverse, "Inverse CDF")
        self.tabs.addTab(self.gibbs, "Gibbs")
        self.tabs.addTab(self.laplace, "Laplace noise")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.messages)

    def runners(self):
        return [self.inverse.runner, self.gibbs.runner, self.laplace.runner]

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        # The word-wrapped labels inside would make the layout report height-for-width from
        # the plots' preferred heights; the main window's scroll area would then make the
        # page taller than the window.  The panel fits any height above its minimum.
        return False

    def export_view_widget(self) -> QWidget:
        return self.tabs.currentWidget()
