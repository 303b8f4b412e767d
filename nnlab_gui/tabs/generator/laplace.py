"""Laplace noise: a test eight plus noise 1/(2b) exp(−|x|/b), denoised with the L2 and the L1 term.

    y = x + n,  n ~ 1/(2b) exp(−|n|/b) per pixel
    −log p(y | z) = N log 2b + Σ|X(z) − y| / b,  minimised over b at b̂ = Σ|X − y| / N
    ⇒ MAP:  J₁(z) = N log Σ|X(z) − y| + ‖z‖²     (course, Gaussian noise: N log‖X(z) − y‖² + ‖z‖²)

Both are minimised by the inpainting engine's latent optimisation (RMSprop, the same
restarts) with the bundled generator of eights.  Changing the noisy image (eight, b,
noise seed) during a run discards the run.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nnlab_gui.engine import sampling as sm
from nnlab_gui.engine import sampling_jobs as sj
from nnlab_gui.pages import Float, Int, Job, Page
from nnlab_gui.tabs.generator import models
from nnlab_gui.tabs.generator.plots import BLUE, GREY, ORANGE, declare_exports, hist_curve, make_plot
from nnlab_gui.widgets.steady_label import SteadyLabel
from nnlab_gui.widgets.steady_range import SteadyRange, extent
from nnlab_gui.widgets.empty_state import clear_empty, set_empty
from nnlab_gui.widgets.image_view import ImagePanel
from nnlab_gui.engine import numbers
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, error_text, tr_, translate

PANELS = (("clean", "clean eight", "A test-split eight of the bundled digits"),
          ("noisy", "noisy: + Laplace(b)", "clean + noise, shown clipped to [0, 1]"),
          ("l2", "L2 data term", sm.DATA_TERM_FORMULAS["l2"]),
          ("l1", "L1 data term (MAP)", sm.DATA_TERM_FORMULAS["l1"]))
NOISE_INPUTS = ("index", "b", "noise_seed")


class LaplacePage(Page):
    TITLE = N_("Laplace noise")
    MODEL = models.EIGHTS_MODEL
    FIELDS = [
        Int("index", N_("Test eight #"), 0, 0, 99, tip=N_("Which eight of the test split (100 of them)")),
        Float("b", N_("Laplace scale b"), 0.15, 0.0, 0.6, step=0.005, decimals=3, slider=True,
              tip=N_("Noise density 1/(2b) exp(−|x|/b), std = b√2")),
        Int("noise_seed", N_("Noise seed"), 0, 0, 2**31 - 1, tip=N_("Seed of the noise (and of the restarts)"), advanced=True),
        Int("restarts", N_("Restarts"), 5, 1, 50, tip=N_("Random restarts z ~ N(0, I); the lowest final cost wins"), advanced=True),
        Int("iterations", N_("Iterations"), 600, 10, 20000, step=100, tip=N_("Optimisation steps per data term"), advanced=True),
        Float("lr", N_("Step μ"), 0.03, 1e-4, 1.0, log=True,
              tip=N_("RMSprop step μ (the course's \"ADAMS\", λ = 0.1)"), advanced=True),
    ]
    RUN_TEXT = N_("Denoise")
    RUN_TIP = N_("Fit the generator's latent z to the noisy image with both data terms")

    def build(self) -> None:
        self._eights: np.ndarray | None = None
        self._noisy_of: tuple = ()
        self.clean = np.zeros((28, 28))
        self.noisy = np.zeros((28, 28))
        self.result: sm.DenoiseSnapshot | None = None
        self.panels: dict[str, ImagePanel] = {}
        self.images = QWidget()
        il = QHBoxLayout(self.images)
        il.setContentsMargins(0, 0, 0, 0)
        for key, title, tip in PANELS:
            p = ImagePanel(title=title)
            p.setToolTip(tip)
            self.panels[key] = p
            il.addWidget(p)
        self.cost_plot = make_plot(N_("Best cost per iteration"), N_("iteration"), "J(z)")
        self.cost_range = SteadyRange(self.cost_plot)     # still axes while a run streams
        self.cost_plot.addLegend(offset=(-10, 60))
        self.cost_curves = {"l2": self.cost_plot.plot(pen=pg.mkPen(BLUE, width=2), name=tr_("L2: N log‖X−y‖² + ‖z‖²")),
                            "l1": self.cost_plot.plot(pen=pg.mkPen(ORANGE, width=2), name=tr_("L1: N log Σ|X−y| + ‖z‖²"))}
        self.noise_plot = make_plot(N_("Noise: histogram and 1/(2b) exp(−|x|/b)"), "x", N_("density"))
        self.noise_plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.noise_hist = hist_curve(self.noise_plot, GREY)
        self.noise_curve = self.noise_plot.plot(pen=pg.mkPen(ORANGE, width=2))
        self.noise_plot.setToolTip(tr_("The 784 noise values added to the digit, against the Laplace density"))
        self.summary = SteadyLabel(lines=2)       # rewritten every frame: its height only grows
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theory = QLabel(
            tr_("Noise y = x + n, n ~ 1/(2b) exp(−|n|/b) per pixel. The posterior p(z | y) ∝ p(y | z) p(z); "
            "−log p(y | z) = N log 2b + Σ|X(z) − y| / b, and with b profiled out (b̂ = Σ|X − y| / N) the MAP "
            "estimate minimises <b>N log Σ|X(z) − y| + ‖z‖²</b> — an L1 data term. The course's L2 term "
            "N log‖X(z) − y‖² is the MAP estimate under Gaussian noise."))
        theory.setWordWrap(True)
        self.model_label = QLabel(tr_("<b>Model:</b> {model}.").format(model=translate(models.EIGHTS_MODEL)))

        self.add_export(N_("Images clean | noisy | L2 | L1 (PNG/SVG)…"),
                        lambda: self.save_widget(self.images, "laplace_denoising"))
        declare_exports(self, [("Cost plot", self.cost_plot), ("Noise plot", self.noise_plot)], "laplace_noise")

        main = QWidget()
        lay = QVBoxLayout(main)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(theory)
        lay.addWidget(self.images, 3)
        plots = QHBoxLayout()
        plots.addWidget(self.cost_plot, 3)
        plots.addWidget(self.noise_plot, 2)
        lay.addLayout(plots, 2)
        lay.addWidget(self.summary)
        self.side_layout(main, self.model_label)
        set_empty(self.cost_plot, N_("Press Denoise (Ctrl+R): the best cost J(z) per iteration of the L2 "
                                  "and the L1 data term appears here."))

    # lazily: the digits load when the page is first shown
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> bool:
        if self._eights is not None:
            return True
        try:
            test = models.digits_test_split()
        except (ValueError, OSError) as exc:
            self.messages.error(tr_("could not load the bundled digits: {why}").format(why=error_text(exc)))
            return False
        self._eights = test.images[test.labels == 8]
        self.update_noisy()
        return True

    def _on_changed(self, name: str) -> None:
        if self._noise_inputs() != self._noisy_of:      # another noisy image
            self.update_noisy()

    def _noise_inputs(self) -> tuple:
        return tuple(self.form.value(n) for n in NOISE_INPUTS)

    def refresh(self) -> None:
        self.update_noisy()

    def update_noisy(self) -> None:
        if self._eights is None:
            return
        self.run_panel.discard()         # its reconstructions belong to the old noisy image
        self._noisy_of = self._noise_inputs()
        v = self.form.values()
        self.clean = np.asarray(self._eights[min(v["index"], len(self._eights) - 1)], dtype=float)
        b = v["b"]
        self.noisy = sm.add_laplace_noise(self.clean, b, seed=v["noise_seed"])
        self.panels["clean"].set_image(self.clean)
        self.panels["noisy"].set_image(np.clip(self.noisy, 0, 1))
        for key in ("l2", "l1"):
            self.panels[key].set_image(np.zeros((28, 28)))
            self.cost_curves[key].setData([], [])
        self.result = None
        lim = max(4 * b, 0.05)
        edges = np.linspace(-lim, lim, 41)
        self.noise_hist.setData(edges, sj.density_histogram(self.noisy - self.clean, edges))
        xs = np.linspace(-lim, lim, 401)
        self.noise_curve.setData(xs, sm.laplace_pdf(xs, b) if b > 0 else np.zeros_like(xs))
        self.summary.setText(tr_("b = {b}: mean |noisy − clean| = {err} (after clipping). Press Denoise to fit "
                                 "the generator's latent z with both data terms.").format(
            b=numbers.fmt(b, 3), err=numbers.fmt(self._noisy_error(), 3)))

    def _run_error(self, run) -> str:
        """mean |X(z) − clean| of a run's reconstruction, as the summary and the message show it."""
        return numbers.fmt(np.abs(run.image - self.clean).mean(), 3)

    def _noisy_error(self) -> float:
        return float(np.abs(np.clip(self.noisy, 0, 1) - self.clean).mean())

    # -------------------------------------------------------------------- run
    def job(self) -> Job | None:
        if not self.ensure_loaded():
            return None
        v = self.form.values()
        self.cost_range.start(x=(0.0, float(v["iterations"])))
        return Job(_denoise_with_eights, (self.noisy,),
                   dict(restarts=v["restarts"], iterations=v["iterations"], lr=v["lr"], seed=v["noise_seed"]),
                   kind="denoise")

    def _on_snapshot(self, snap: sm.DenoiseSnapshot) -> None:
        self.result = snap
        bests = []
        for key, run in snap.runs.items():
            if run is None or run.iteration == 0:
                continue
            self.panels[key].set_image(run.image)
            best = run.costs.min(axis=1)
            bests.append(best)
            self.cost_curves[key].setData(np.arange(1, len(best) + 1), best)
            clear_empty(self.cost_plot)
        if bests and self.cost_range.x is not None:
            self.cost_range.follow(y=extent(*bests))
        parts = [tr_("mean |noisy − clean| = {err}").format(err=numbers.fmt(self._noisy_error(), 3))]
        for key, name in (("l2", "L2"), ("l1", "L1")):
            run = snap.runs.get(key)
            if run is not None and run.iteration:
                parts.append(tr_("{name}: mean |X(z) − clean| = {err} (iteration {k})").format(
                    name=name, err=self._run_error(run), k=run.iteration))
        self.summary.setText(";   ".join(parts))

    def _on_done(self, snap) -> None:
        if snap is not None:
            self._on_snapshot(snap)
        self.cost_range.release()                 # one tight fit to the whole run
        errs = {key: self._run_error(run) for key, run in (snap.runs.items() if snap is not None else ())
                if run is not None}
        # one line (the summary above has the rest): a wrapped second line would move the page
        self.messages.info(tr_("denoised: mean |X(z) − clean| = {l2} (L2), {l1} (L1)").format(
            l2=errs.get("l2", "—"), l1=errs.get("l1", "—")))

    def _on_running(self, running: bool) -> None:
        if not running:                           # ended in any way (a failed run too)
            self.cost_range.release()

    def _on_cancelled(self) -> None:
        self.messages.info(N_("Denoising cancelled: the views show the last snapshot"))


def _denoise_with_eights(noisy, **settings):
    """The denoising job, the bundled generator of eights loaded on the worker (the first
    run would otherwise read and unpack it on the GUI thread: a fifth of a second)."""
    try:
        g = models.eights_model()
    except ValueError as exc:
        raise Problem(N_("could not load {name}: {why}"), name=models.EIGHTS_MODEL, why=exc) from None
    return (yield from sm.iter_denoise_compare(g, noisy, **settings))
