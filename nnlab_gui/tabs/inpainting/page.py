"""Inpainting: reconstruct a digit from part of its pixels, or from its 7×7 average.

Paint which pixels are observed, choose an optimiser and watch every restart's cost
J(z) = N log‖T X(z) − x_n‖² + ‖z‖² fall while the best reconstruction updates.
"Compare optimisers" runs optimiser A and B from the same starting z's; live mode
re-runs briefly (warm-started from the best z) while the mask is painted.  The engine
is ``nnlab_gui.engine.inpaint``; the files it opens are read by
``nnlab_gui.engine.course_files``; this module lays the page out and runs its jobs.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QSplitter, QVBoxLayout, QWidget
from superqt.utils import qthrottled

from nnlab_gui.engine import course_files, result_data
from nnlab_gui.engine import inpaint as ip
from nnlab_gui.pages import Choice, Flag, Float, Int, Job, Page
from nnlab_gui.tabs.inpainting.curves import COST_TIP, OPT_LABEL, CostPlot, optimizer_label
from nnlab_gui.tabs.inpainting.mask import MaskBox
from nnlab_gui.tabs.inpainting.target import TargetBox
from nnlab_gui.tabs.inpainting.triptych import Triptych
from nnlab_gui.engine import numbers
from nnlab_gui.widgets.side_column import SideColumn
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, error_text, tr_

OPT_TIP = {"rmsprop": "The course's 'ADAMS' (RMSprop): P ← 0.9 P + 0.1 g², z ← z − μ g/√(P + 1e-7)",
           "adam": "Adam: β₁ = 0.9, β₂ = 0.999, ε = 1e-8",
           "gd": "Plain gradient descent: z ← z − μ ∇J (use a small μ, e.g. 1e-5)"}
OPTIMIZERS = [(name, OPT_LABEL.get(name, name), OPT_TIP[name]) for name in ip.OPTIMIZERS]
LR_TIP = "step size μ (the course: 0.001 with its normalised step)"
LIVE_ITERATIONS = 400
LIVE_THROTTLE_MS = 250
FIELDS = [
    Choice("optimizer", N_("Optimiser A"), "rmsprop", OPTIMIZERS, tip=N_("the optimiser of Run (each entry's tip "
           "gives its update of z)")),
    Float("lr", N_("Step μ (A)"), 1e-3, 1e-6, 1.0, log=True, tip=LR_TIP),
    Choice("optimizer_b", N_("Optimiser B (compare)"), "gd", OPTIMIZERS, tip=N_("the second optimiser of "
           "'Compare optimisers', from the same starting z's"), advanced=True),
    Float("lr_b", N_("Step μ (B)"), 1e-5, 1e-6, 1.0, log=True, tip=LR_TIP, advanced=True),
    Int("iterations", N_("Iterations"), 3000, 1, 100_000, step=500, tip=N_("steps of z from every restart")),
    Int("restarts", N_("Restarts"), 20, 1, 200, tip=N_("random starting points z ~ N(0, I); the lowest final cost wins")),
    Int("seed", N_("Seed"), 0, 0, 2**31 - 1, tip=N_("draws the starting z's, the noise ε and the random mask"), advanced=True),
    Choice("data_term", N_("Cost"), "l2", [("l2", N_("L2 (course)")), ("l1", N_("L1 (Laplace)"))], tip=COST_TIP, advanced=True),
    Flag("live", N_("Live: re-run while painting"), False,
         tip=f"after each stroke, re-run {LIVE_ITERATIONS} iterations warm-started from the current best z"),
]
ENGINE = ("restarts", "seed", "data_term")               # keyword arguments every job passes on
INPUTS = {"run": {"optimizer", "lr", "iterations"}, "compare": {"optimizer", "lr", "optimizer_b", "lr_b",
                                                                "iterations"}}


class InpaintingPage(Page):
    TITLE = N_("Inpainting")
    FIELDS = FIELDS
    RUN_TEXT = N_("Run")
    RUN_TIP = N_("Minimise J(z) from every restart with optimiser A")
    RATE_HZ = 25.0
    OPEN_FILTER = "Course files (*.mat);;Generator (*.mat *.npz);;All files (*)"

    def build(self) -> None:
        self.target_box = TargetBox(self.key, self.messages)
        self.target_box.changed.connect(self._on_target_changed)
        self.mask_box = MaskBox(self.key, seed=lambda: self.form.value("seed"))
        self.mask_box.changed.connect(self._on_mask_changed)
        self.mask_box.stroke_finished.connect(self._on_stroke_finished)
        self.canvas = self.mask_box.canvas
        # live mode follows the brush: re-run at most every LIVE_THROTTLE_MS while painting
        self._live_during_stroke = qthrottled(self._maybe_live, timeout=LIVE_THROTTLE_MS, leading=False,
                                              parent=self)
        self.triptych = Triptych()
        self.plot = CostPlot()
        self.compare_button = self.run_panel.add_button(
            N_("Compare optimisers"), self.compare_job,
            "Run optimiser A and optimiser B from the same starting z's and overlay their cost curves")
        self.add_export(N_("Triptych (PNG / SVG)…"), lambda: self.save_widget(self.triptych, "inpainting"))
        self.add_export(N_("Cost curves (CSV)…"), self._save_costs)
        self.add_export(N_("Cost plot (PNG / SVG / CSV)…"),
                        lambda: self.save_plot(self.plot.widget, "inpainting_costs", table=self.plot.cost_table))
        self._lay_out()
        v = self.form.values()
        self.plot.prepare(v["restarts"], v["iterations"], (v["optimizer"], None))  # items made once, up front
        self.plot.premake(v["restarts"])                      # and Compare's, while the window idles
        self._on_target_changed("target")
        if self.target_box.bundled_gen is None:
            self.messages.error(N_("The bundled generator (resources/generator_eights.npz) is missing: "
                                "open a generator (.mat or .npz) with File → Open…"), source="generator")

    def _lay_out(self) -> None:
        optim = QGroupBox(tr_("Optimisation"))
        QVBoxLayout(optim).addWidget(self.form)
        controls = QWidget()
        cl = QVBoxLayout(controls)
        for box in (self.target_box, self.mask_box, optim):
            cl.addWidget(box)
        cl.addStretch(1)
        # as wide as its content at every scale and in every language; scrolls only vertically
        # (Run / Cancel / progress sit in the bar below the splitter, never in the column)
        scroll = SideColumn(controls, 360)
        paint_box = QGroupBox(tr_("Mask (paint observed pixels)"))
        QVBoxLayout(paint_box).addWidget(self.canvas)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(paint_box)
        top.addWidget(self.triptych)
        top.setSizes([300, 900])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(top)
        right.addWidget(self.plot.widget)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(scroll)
        main.addWidget(right)
        main.setStretchFactor(1, 1)
        main.setChildrenCollapsible(False)
        main.setSizes([scroll.sizeHint().width(), 1000])
        bar = QHBoxLayout()
        bar.addWidget(self.run_panel, 1)
        bar.addWidget(self.export_button())
        self.stack(main, bar, stretch_index=0)

    # ------------------------------------------------------------------ the problem
    @property
    def target(self):
        return self.target_box.target

    def operator(self) -> ip.Operator:
        return self.mask_box.operator()

    def observation(self, T: ip.Operator) -> np.ndarray:
        return ip.observe(T, self.target.noisy, self.target_box.sigma(), seed=self.form.value("seed"))

    def _problem(self):
        g = self.target_box.generator()
        if g is None:
            raise ValueError(self.target_box.missing_generator())
        T = self.operator()
        return g, T, self.observation(T)

    def _refresh_observation(self) -> None:
        """Redraw the observed panel, the painter's background and the operator line."""
        try:
            T = self.operator()
        except ValueError as exc:
            self.mask_box.show_operator(None, error_text(exc))
            self.triptych.show_observation(None)
            return
        img = self.triptych.show_observation(T, self.observation(T))
        # the painter shows what it masks: the target, or the 7×7 observation in super-resolution
        self.canvas.set_background(img if T.kind == "block" else self.target.noisy)
        self.mask_box.show_operator(T)

    # ------------------------------------------------------------------ inputs changed
    def _on_target_changed(self, what: str) -> None:
        self.run_panel.discard()             # what it computes no longer belongs to the target
        if what == "target":
            self.triptych.show_target(self.target.ideal)
            self.canvas.set_background(self.target.noisy)
            self.plot.forget()
        self._refresh_observation()

    def _on_mask_changed(self, painting: bool) -> None:
        self.run_panel.discard()
        self._refresh_observation()
        if not painting:
            self._maybe_live()
        elif self.form.value("live"):
            self._live_during_stroke()

    def _on_stroke_finished(self) -> None:
        self._live_during_stroke.cancel()      # the stroke's last run starts now, not later
        self._maybe_live()

    def _on_changed(self, name: str) -> None:
        if name == "live":
            if self.form.value("live"):
                self._maybe_live()
            return
        inputs = set(ENGINE) | INPUTS.get(self.run_panel.kind, INPUTS["run"])
        if name == "*" or name in inputs:
            self.run_panel.discard()
        if name in ("seed", "*"):
            self._refresh_observation()

    # ------------------------------------------------------------------ jobs
    def job(self, z0: np.ndarray | None = None, live: bool = False) -> Job:
        """Run (Ctrl+R): every restart with optimiser A; live: a short warm-started run."""
        g, T, y = self._problem()
        v = self.form.values()
        iterations = min(LIVE_ITERATIONS, v["iterations"]) if live else v["iterations"]
        self.plot.prepare(v["restarts"], iterations, (v["optimizer"], None))
        kwargs = dict(iterations=iterations, lr=v["lr"], optimizer=v["optimizer"], z0=z0)
        return Job(ip.iter_reconstruct, (g, T, y), {**kwargs, **{k: v[k] for k in ENGINE}},
                   kind="live" if live else "run")

    def compare_job(self) -> Job:
        g, T, y = self._problem()
        v = self.form.values()
        self.plot.prepare(v["restarts"], v["iterations"], (v["optimizer"], v["optimizer_b"]))
        return Job(ip.iter_compare, (g, T, y), dict(optimizers=(v["optimizer"], v["optimizer_b"]),
                                                      lrs=(v["lr"], v["lr_b"]), iterations=v["iterations"],
                                                      **{k: v[k] for k in ENGINE}), kind="compare")

    def _maybe_live(self) -> None:
        """Live mode: re-run briefly, warm-started from the current best z (then the other restarts)."""
        if not self.form.value("live"):
            return
        g, last, z0 = self.target_box.generator(), self.plot.last, None
        if last is not None and g is not None and last.zs.shape[1] == g.latent_dim:
            order = np.r_[last.best, np.delete(np.arange(len(last.zs)), last.best)]
            z0 = last.zs[order][: self.form.value("restarts")]
        try:
            job = self.job(z0=z0, live=True)
        except ValueError as exc:
            self.messages.error(error_text(exc), source="job")
            return
        self.run_panel.start(job)               # supersedes the live run still going

    def progress_of(self, snap: Any) -> tuple[float, float] | None:
        if isinstance(snap, tuple):
            a, b = snap
            if a is None:
                return None
            return min(a.iteration, b.iteration if b is not None else 0), a.iterations
        return snap.iteration, snap.iterations

    def _show(self, snap: Any, final: bool) -> float | None:
        """Draw a snapshot; the MSE of optimiser A's best reconstruction (None: nothing of A yet)."""
        a = self.plot.draw(snap, final)
        return None if a is None else self.triptych.show_result(a, self.target.ideal)

    def _on_snapshot(self, snap: Any) -> None:
        self._show(snap, final=False)

    def _on_running(self, running: bool) -> None:
        if not running:                    # idle again: Compare's curves, if a run stopped their making
            self.plot.premake(self.form.value("restarts"))

    def _on_done(self, snap: Any) -> None:
        mse = self._show(snap, final=True)
        a, b = self.plot.last, self.plot.last_b
        if mse is None:
            return
        if self.run_panel.kind == "compare" and b is not None:
            self.messages.info(tr_("A ({a}): best J = {ja}; B ({b}): best J = {jb}; MSE of A = {mse}").format(
                a=optimizer_label(a.optimizer), ja=f"{a.best_cost:.2f}",
                b=optimizer_label(b.optimizer), jb=f"{b.best_cost:.2f}", mse=numbers.fmt(mse, 4)))
        else:
            self.messages.info(tr_("Done: best restart {k} of {n}, J = {J}, MSE to the ideal {mse}").format(
                k=a.best + 1, n=a.costs.shape[1], J=f"{a.best_cost:.2f}", mse=numbers.fmt(mse, 4)))

    # ------------------------------------------------------------------ files, exports
    def open_file(self, path: str) -> bool:
        """A generator (data21.mat, .npz) or course images (data22 / data23, with data21 beside them)."""
        companion, trouble = None, ""
        try:                                   # read and check everything before showing any of it
            f = course_files.read_course_file(path)
            if f.kind == course_files.IMAGES and self.target_box.course_gen is None:
                try:
                    companion = course_files.companion_generator(path)
                except ValueError as exc:
                    trouble = tr_("; could not load {name}: {why}").format(name=course_files.COMPANION, why=error_text(exc))
        except ValueError as exc:
            self.messages.error(error_text(exc), source="file")
            return False
        if f.kind == course_files.GENERATOR:
            self.messages.info(self.target_box.set_generator(f.generator))
            self.record_file("generator", path)
            return True
        self.record_file("images", path)
        pairs = f.images
        if pairs.superres:                     # data23: the 7×7 observation is the file's
            self.mask_box.set_mask(np.ones((ip.SIDE, ip.SIDE), bool), superres=True, emit=False)
        self.target_box.set_course(pairs, companion)
        note = "" if self.target_box.course_gen is not None else " — open the course generator data21.mat to run"
        said = f"{f.path.name}: {len(pairs)} course images ({pairs.description}){trouble}{note}"
        (self.messages.warning if trouble else self.messages.info)(said)
        return True

    def _save_costs(self) -> None:
        if self.plot.last is None:
            self.messages.error(N_("nothing to export yet: run a reconstruction first"))
            return
        self.save_array(self.plot.cost_table, "inpainting_costs")

    # ------------------------------------------------------------------ state
    def extra_state(self) -> dict[str, Any]:
        """The target's and the mask's fields, the mask (28×28 of 0/1), super-resolution, the drawing."""
        return {**self.target_box.form.values(), **self.mask_box.form.values(), **self.mask_box.state(),
                "drawing": self.target_box.drawing()}

    def apply_extra_state(self, state: dict[str, Any]) -> None:
        """Mask, drawing and the two boxes' fields; a bad mask or drawing changes nothing."""
        mask, superres = self.mask_box.parse_state(state)
        drawing = self.target_box.parse_drawing(state["drawing"]) if "drawing" in state else None
        if drawing is not None:
            self.target_box.draw_canvas.set_array(drawing, emit=False)
        self.mask_box.set_mask(mask, superres, emit=False)
        problems = self.target_box.form.set_values(state, emit=False)
        problems += self.mask_box.form.set_values(state, emit=False)
        self.mask_box.sync_brush()
        if problems:
            raise ValueError("; ".join(problems))

    def refresh(self) -> None:
        self.target_box.select(emit=False)     # the target the form names now
        self._on_target_changed("target")

    # ------------------------------------------------------------------ trained result (sessions)
    def results_state(self):
        if self.plot.last is None:
            return None
        return result_data.to_data((self.plot.last, self.plot.last_b))

    def apply_results_state(self, data) -> None:
        value = result_data.from_data(data, (ip.InpaintSnapshot,))
        if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], ip.InpaintSnapshot)):
            raise Problem(N_("the saved inpainting result must be (A, B) reconstructions"))
        self._show(value if value[1] is not None else value[0], final=True)
