"""Inverse CDF: sample a typed density p(s) with y = F⁻¹(x), x ~ U[0, 1].

    F(y) = ∫_a^y p(s) ds;  for the course's p(s) = 0.5 + s on [0, 1]:
    F(y) = 0.5y + 0.5y² = x   ⇒   y = (−1 + √(1 + 8x)) / 2

The histogram of the samples fills live against p(s); the CDF and its inverse show the
latest draw x traced from one to the other.  A finished run ends with the
Kolmogorov–Smirnov test of the samples against p(s), computed in the job
(:mod:`engine.sampling_jobs`), not on the GUI thread.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsItem, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nnlab_gui.engine import sampling as sm
from nnlab_gui.engine import sampling_jobs as sj
from nnlab_gui.pages import Flag, Float, Int, Job, Page, Preset, Text
from nnlab_gui.tabs.generator import inverse_answers
from nnlab_gui.tabs.generator.plots import BLUE, GREEN, ORANGE, RED, declare_exports, hist_curve, make_plot
from nnlab_gui.engine import numbers
from nnlab_gui.i18n import N_, error_text, tr_

_BAD = "QLineEdit { border: 2px solid #c62828; }"
_DENSITY_INPUTS = ("density", "lo", "hi", "*")


class InverseCdfPage(Page):
    TITLE = N_("Inverse CDF")
    MODEL = "none (this page samples a density, not the generator)"
    FIELDS = [
        Text("density", N_("Density p(s)"), sm.COURSE_DENSITY, parse=sj.density_syntax,
             tip=N_("Density p(s) as a formula of s: numbers, s, + − * / ** (or ^), exp log sqrt sin cos "
                 "tan abs, pi, e. It is normalised on [a, b].")),
        Float("lo", N_("From a"), 0.0, -1e3, 1e3, step=0.5, decimals=3, tip=N_("Lower end a of the interval")),
        Float("hi", N_("To b"), 1.0, -1e3, 1e3, step=0.5, decimals=3, tip=N_("Upper end b of the interval")),
        Int("n", N_("Samples N"), 20000, 1, 1_000_000, step=1000, tip=N_("Number of samples N")),
        Int("seed", N_("Seed"), 0, 0, 2**31 - 1, tip=N_("Seed of the uniform draws x ~ U[0, 1]"), advanced=True),
        Int("bins", N_("Bins"), 40, 5, 200, tip=N_("Histogram bins"), advanced=True),
        Flag("animate", N_("Animate"), True,
             tip=N_("Draw in small batches with a short pause, so you can watch the histogram fill")),
    ]
    PRESETS = [
        Preset(N_("Course: 0.5 + s on [0, 1]"), {"density": sm.COURSE_DENSITY, "lo": 0.0, "hi": 1.0},
               N_("The course's density: F⁻¹(x) = (−1 + √(1 + 8x)) / 2 in closed form")),
        Preset(N_("Exponential: exp(−3s) on [0, 2]"), {"density": "exp(-3*s)", "lo": 0.0, "hi": 2.0},
               N_("A truncated exponential, inverted numerically")),
        Preset(N_("Two bumps: sin(πs)² on [0, 2]"), {"density": "sin(pi*s)**2", "lo": 0.0, "hi": 2.0},
               N_("A density with two modes and zeros in between")),
    ]
    RUN_TEXT = N_("Sample")
    RUN_TIP = N_("Draw N samples y = F⁻¹(x)")

    def build(self) -> None:
        # the run ends with scipy's KS test: importing scipy.stats (0.2–0.4 s, holding the
        # interpreter's lock) when the page is built, not on the worker, keeps the run smooth
        import scipy.stats  # noqa: F401

        self.density = sm.make_density(sm.COURSE_DENSITY)
        self._pdf_top = 0.0
        self.samples = np.zeros(0)
        self._last_u = np.zeros(0)
        self.ks_pvalue: float | None = None
        self.one_button = QPushButton(tr_("Draw one"))
        self.one_button.setToolTip(tr_("One uniform draw x, traced through the CDF to y = F⁻¹(x)"))
        self.one_button.clicked.connect(self.draw_one)
        self.method_label = QLabel()
        self.method_label.setWordWrap(True)

        self.pdf_plot = make_plot(N_("Target density and histogram of the samples"), "s", N_("density"))
        self.pdf_plot.addLegend(offset=(10, 10))
        self.hist = hist_curve(self.pdf_plot, BLUE, N_("samples"))
        self.pdf_curve = self.pdf_plot.plot(pen=pg.mkPen(ORANGE, width=2.5), name="p(s)")
        self.pdf_plot.setToolTip(tr_("Histogram of the samples y = F⁻¹(x), scaled to a density, "
                                 "against the target p(s)"))
        self.cdf_plot = make_plot(N_("CDF  F(y) = ∫ p(s) ds"), "y", "x = F(y)")
        self.cdf_curve = self.cdf_plot.plot(pen=pg.mkPen(ORANGE, width=2))
        self.cdf_trace = self.cdf_plot.plot(pen=pg.mkPen(RED, width=1.5, style=Qt.PenStyle.DashLine))
        self.cdf_dot = self.cdf_plot.plot(pen=None, symbol="o", symbolBrush=RED, symbolSize=8)
        self.cdf_plot.setToolTip(tr_("Read a uniform draw x on the vertical axis across to the CDF, "
                                 "then down: that s is the sample y"))
        self.inv_plot = make_plot(N_("Inverse CDF  y = F⁻¹(x)"), "x ~ U[0, 1]", "y")
        self.inv_curve = self.inv_plot.plot(pen=pg.mkPen(BLUE, width=2))
        self.inv_closed = self.inv_plot.plot(pen=pg.mkPen(GREEN, width=1.5, style=Qt.PenStyle.DotLine))
        self.inv_trace = self.inv_plot.plot(pen=pg.mkPen(RED, width=1.5, style=Qt.PenStyle.DashLine))
        self.inv_dot = self.inv_plot.plot(pen=None, symbol="o", symbolBrush=RED, symbolSize=8)
        for static in (self.pdf_curve, self.cdf_curve, self.inv_curve, self.inv_closed):
            static.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)   # wide pens: paint once
        self.inv_plot.setToolTip(tr_("The same map seen the other way: x on the horizontal axis, "
                                 "y = F⁻¹(x) = (−1 + √(1 + 8x)) / 2 for the course's density (dotted green)"))
        self.draw_label = QLabel("")
        self.draw_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        declare_exports(self, [("Density plot", self.pdf_plot), ("CDF plot", self.cdf_plot),
                               ("Inverse CDF plot", self.inv_plot)], "inverse_cdf",
                        (lambda: (np.column_stack([self._last_u, self.samples]), ["x_uniform", "y_sample"]),
                         "inverse_cdf_samples.csv", "press Sample first"))

        main = QWidget()
        grid = QGridLayout()
        grid.addWidget(self.pdf_plot, 0, 0, 1, 2)
        grid.addWidget(self.cdf_plot, 1, 0)
        grid.addWidget(self.inv_plot, 1, 1)
        lay = QVBoxLayout(main)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.method_label)
        lay.addLayout(grid, 1)
        lay.addWidget(self.draw_label)
        self.side_layout(main, self.one_button)
        inverse_answers.install(self)            # the inverse at x, checked
        self.form.problem.connect(self._on_problem)
        self.apply_density(quiet=True)

    # ---------------------------------------------------------------- density
    def _on_problem(self, name: str, message: str) -> None:
        if name == "density":
            self._refuse(message)

    def _refuse(self, why: str) -> None:
        self.form.widget("density").setStyleSheet(_BAD)
        self.messages.error(tr_("{why} — still using p(s) = {density} on [{lo:g}, {hi:g}]").format(
            why=why, density=self.density.text, lo=self.density.lo, hi=self.density.hi), source="density")

    def apply_density(self, quiet: bool = False) -> bool:
        """Use the typed density on [a, b]; on bad input say why and keep the previous one."""
        try:
            v = self.form.values()
            dens = sm.make_density(v["density"], v["lo"], v["hi"])
        except ValueError as exc:
            self._refuse(error_text(exc))
            return False
        self.form.widget("density").setStyleSheet("")
        self.messages.resolve("density")
        changed = (dens.text, dens.lo, dens.hi) != (self.density.text, self.density.lo, self.density.hi)
        self.density = dens
        if changed:
            self.run_panel.discard()          # its samples belong to the old density
            self.samples = np.zeros(0)
            self._last_u = np.zeros(0)
        self._show_density()
        if not quiet:
            self.messages.info(f"density p(s) = {dens.text} on [{dens.lo:g}, {dens.hi:g}] "
                               f"(typed mass {dens.mass:.4g}, normalised to 1)")
        return True

    def _on_changed(self, name: str) -> None:
        if name in _DENSITY_INPUTS:
            self.apply_density()
        elif name == "bins":
            self._draw_hist()

    def refresh(self) -> None:
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
                tr_("Course density p(s) = 0.5 + s on [0, 1]:  F(y) = 0.5y + 0.5y² = x  ⇒  "
                "<b>y = (−1 + √(1 + 8x)) / 2</b> (closed form, dotted green; it lies on the numerical inverse)."))
        else:
            self.inv_closed.setData([], [])
            self.method_label.setText(
                f"p(s) ∝ {d.text} on [{d.lo:g}, {d.hi:g}]: F is the cumulative integral on a "
                f"{len(d.grid)}-point grid (density linear between points), inverted cell by cell.")
        self.cdf_plot.setXRange(d.lo, d.hi, padding=0.02)
        self.cdf_plot.setYRange(0, 1, padding=0.02)
        self.inv_plot.setXRange(0, 1, padding=0.02)
        self.inv_plot.setYRange(d.lo, d.hi, padding=0.02)
        # fixed ranges: a run redraws the histogram and the traces, never the axes
        self.pdf_plot.setXRange(d.lo, d.hi, padding=0.02)
        self._pdf_top = 0.0
        self._fit_pdf_range(float(np.max(d.pdf)) if len(d.pdf) else 1.0)
        self._draw_hist()
        self._draw_trace()

    # -------------------------------------------------------------------- run
    def job(self) -> Job | None:
        if not self.apply_density(quiet=True):
            return None                       # the message bar says why
        v = self.form.values()
        batch, pause = sj.batching(v["n"], v["animate"], frames=150)
        self.samples = np.zeros(0)
        self._last_u = np.zeros(0)
        self.ks_pvalue = None
        return Job(sj.iter_inverse_cdf_ks, (self.density, v["n"]),
                   dict(seed=v["seed"], batch=batch, pause=pause), kind="sample")

    def draw_one(self) -> None:
        """Add one draw (seeded by the seed and the number of samples so far) and trace it."""
        if self.is_running() or not self.apply_density(quiet=True):
            return
        rng = np.random.default_rng([self.form.value("seed"), len(self.samples), 3])
        u = rng.random(1)
        d = self.density
        y = sm.closed_form_inverse(u) if d.is_course_density else d.inverse_cdf(u)
        self.samples = np.concatenate([self.samples, y])
        self._last_u = np.concatenate([self._last_u, u])
        self._draw_hist()
        self._draw_trace()

    def _on_running(self, running: bool) -> None:
        self.one_button.setEnabled(not running)

    def _on_snapshot(self, snap) -> None:
        self.samples = snap.samples
        self._last_u = snap.u
        self._draw_hist()
        self._draw_trace()

    def _on_done(self, result) -> None:
        self._on_snapshot(result)
        if isinstance(result, sj.InverseCdfResult):
            self.ks_pvalue = result.ks_pvalue
            self.messages.info(tr_("{n} samples drawn; Kolmogorov–Smirnov test against p(s): D = {d}, "
                                   "p = {p}").format(n=len(self.samples), d=numbers.fmt(result.ks_statistic, 3),
                                                     p=numbers.fmt(result.ks_pvalue, 3)))

    def _on_cancelled(self) -> None:
        self.messages.info(tr_("Sampling cancelled after {n} samples").format(n=len(self.samples)))

    def _fit_pdf_range(self, height: float) -> None:
        """Grow the density plot's y range (in steps) only when ``height`` passes its top."""
        if height > self._pdf_top or self._pdf_top == 0.0:
            top = max(self._pdf_top, 1.3 * max(height, 1e-12))
            self._pdf_top = top
            self.pdf_plot.setYRange(0, top, padding=0)

    def _draw_hist(self) -> None:
        d = self.density
        edges = np.linspace(d.lo, d.hi, self.form.value("bins") + 1)
        heights = sj.density_histogram(self.samples, edges)
        self.hist.setData(edges, heights)
        if len(heights):
            self._fit_pdf_range(float(heights.max()))

    def _draw_trace(self) -> None:
        d = self.density
        if len(self.samples) == 0:
            for item in (self.cdf_trace, self.cdf_dot, self.inv_trace, self.inv_dot):
                item.setData([], [])
            self.draw_label.setText(tr_("Press Sample: each uniform draw x is mapped to y = F⁻¹(x)."))
            return
        u, y = float(self._last_u[-1]), float(self.samples[-1])
        self.cdf_trace.setData([d.lo, y, y], [u, u, 0.0])
        self.cdf_dot.setData([y], [u])
        self.inv_trace.setData([u, u, 0.0], [0.0, y, y])
        self.inv_dot.setData([u], [y])
        self.draw_label.setText(tr_("latest draw: x = {x}  →  y = F⁻¹(x) = {y};  {n} samples, mean {mean}").format(
            x=numbers.fmt(u, 4), y=numbers.fmt(y, 4), n=len(self.samples), mean=numbers.fmt(np.mean(self.samples), 4)))
