"""λ sweep: one 400-25-10 network per λ, all trained together; hidden units and cost curves.

Every λ minimises, with L-BFGS from the same initial weights (uniform in [−0.12, 0.12],
from the seed)::

    J(Θ) = −(1/m) Σ [y log a3 + (1 − y) log(1 − a3)] + λ/(2m) (ΣΘ1[:,1:]² + ΣΘ2[:,1:]²)

on the bundled digits at 20×20 (4,000 for training, 1,000 for validation), every
evaluation batched over the λ's and the cores (``engine.mlp.iter_train_many``, float32
products).  A column per λ shows its hidden units live; below, the training and
validation cost of the chosen λ with the early-stopping point marked.  The job takes
the run panel's stop event, so Cancel, Esc and closing the window also end the scipy
optimiser's threads (one per λ).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from nnlab_gui.engine import mlp, result_data
from nnlab_gui.engine.mlp_sweep import History, TrainResult
from nnlab_gui.pages import Choice, Int, Job, Numbers, Page
from nnlab_gui.tabs.hidden_units.common import OpensCourseWeights, stacked, unit_tiles
from nnlab_gui.tabs.hidden_units.sweep_views import CurvePanel, LambdaColumn
from nnlab_gui.engine import numbers
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, error_text, tr_

COST_TIP = ("J = −(1/m) Σ [y log a3 + (1−y) log(1−a3)] + λ/(2m) (ΣΘ1[:,1:]² + ΣΘ2[:,1:]²)\n"
            "400-25-10 sigmoid network with bias units, trained by L-BFGS")
OPTIMISER_TIP = ("Both minimise J(Θ) with L-BFGS (10 pairs, strong-Wolfe line search) and batch every\n"
                 "evaluation over the λ's and the cores.\n"
                 "• lockstep: one loop moves every λ; fastest.\n"
                 "• scipy.optimize.minimize(method='L-BFGS-B', jac=True): the reference; its bound\n"
                 "  handling costs more per iteration.")
EMPTY = N_("the λ list is empty: add at least one value")


def curves_table(runs) -> tuple[np.ndarray, list[str]]:
    """Every λ's history stacked: (λ, iteration, J, training cost, validation cost) rows."""
    rows = [np.column_stack([np.full(len(r.history.iterations), r.lam), r.history.iterations,
                             r.history.objective, r.history.train_cost, r.history.val_cost]) for r in runs]
    return np.vstack(rows), ["lambda", "iteration", "objective_J", "train_cost", "val_cost"]


class SweepPage(OpensCourseWeights, Page):
    TITLE = N_("λ sweep")
    FIELDS = [
        Numbers("lams", N_("λ values"), (0.0, 1.0, 20.0), minimum=0.0, at_least=0, tip=COST_TIP,
                placeholder="e.g. 0, 1, 20"),
        Int("max_iter", N_("Iterations"), 200, 1, 5000, tip=N_("L-BFGS iterations per λ")),
        Int("seed", N_("Seed"), 0, 0, 10**6,
            tip=N_("Seed of the initial weights (uniform in [−0.12, 0.12]); every λ starts from the same weights"), advanced=True),
        Choice("optimizer", N_("Optimiser"), "lbfgs",
               [("lbfgs", N_("L-BFGS, all λ in lockstep"), N_("one loop moves every λ; fastest")),
                ("scipy", N_("scipy L-BFGS-B, a thread per λ"),
                 N_("scipy.optimize.minimize(method='L-BFGS-B', jac=True): the reference"))],
               tip=OPTIMISER_TIP, advanced=True),
    ]
    RUN_TEXT = N_("Train all")
    RUN_TIP = N_("Train one network per λ, all λ together on every core")

    def build(self) -> None:
        self._turn = -1                 # the column the last snapshot redrew (one per snapshot, in turn)
        self.columns: list[LambdaColumn] = []
        self.latest: mlp.SweepSnapshot | None = None
        self.results: tuple | None = None
        self.rows_widget = QWidget()
        self.rows_layout = QHBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.curves = CurvePanel()
        self.curves.lam_combo.currentIndexChanged.connect(lambda _i: self._draw_curves())
        self._build_columns(self.form.value("lams"))
        info = QLabel(tr_("Data: the bundled digits at 20×20 — 4,000 for training, 1,000 for validation."))
        info.setWordWrap(True)
        self.add_export(N_("Hidden-unit tiles (PNG/SVG)…"), self._export_tiles)
        self.add_export(N_("Cost curves of every λ (CSV)…"), self._export_curves)
        self.add_export(N_("Curve plot of the chosen λ (PNG/SVG/CSV)…"),
                        lambda: self.save_plot(self.curves.plot, "lambda_curve", table=self.curves.table))
        self.side_layout(stacked(self.rows_widget, self.curves), info, width=300)
        self._show_initial()

    # ----------------------------------------------------------------- inputs
    def lambdas(self) -> list[float]:
        return list(self.form.value("lams"))

    def _on_changed(self, name: str) -> None:
        if name == "seed":
            self._show_initial()
        if name not in ("lams", "*"):
            return
        lams = self.form.value("lams")
        if not lams:
            self.messages.error(EMPTY, source="lams")
            return
        self.messages.resolve("lams")
        self.refresh()

    def refresh(self) -> None:
        """Before the first training the columns show the λ's to come (a run keeps its own)."""
        if self.is_running() or self.latest is not None or self.results is not None:
            return
        try:
            lams = self.form.value("lams")
        except ValueError:              # a bad typed list: its message is shown, the columns stay
            return
        if [c.lam for c in self.columns] != list(lams):
            self._build_columns(lams)

    def _build_columns(self, lams) -> None:
        for col in self.columns:
            self.rows_layout.removeWidget(col)
            col.hide()                  # at once: deleteLater waits for the event loop
            col.deleteLater()
        self.columns = [LambdaColumn(lam, self.rows_widget) for lam in lams]
        for col in self.columns:
            self.rows_layout.addWidget(col, 1)
        self.curves.set_lambdas(lams)
        self._show_initial()

    def _show_initial(self) -> None:
        """Before training: every column shows the initial weights (the same for every λ)."""
        if self.is_running() or self.latest is not None or self.results is not None:
            return
        try:
            seed = self.form.value("seed")
            tiles = unit_tiles(mlp.init_params((400, 25, 10), seed)[0])
        except ValueError:
            return
        for col in self.columns:
            col.grid.set_tiles(tiles, cols=5)
            col.stats.setText(tr_("initial random weights (seed {seed})").format(seed=seed))

    # -------------------------------------------------------------------- job
    def job(self) -> Job | None:
        try:                            # only the λ list can be a bad typed text
            v = self.form.values()
            if not v["lams"]:
                raise Problem(EMPTY)
        except ValueError as exc:       # said as the λ list's error: fixing it clears it
            self.messages.error(error_text(exc), source="lams")
            return None
        lams = list(v["lams"])
        if [c.lam for c in self.columns] != lams:   # the same λ: the columns stay (new ones cost a frame)
            self._build_columns(lams)
        self.latest = None
        self.results = None
        self._draw_curves()
        self.curves.stream(v["max_iter"])
        cores = mlp.default_workers()
        return Job(mlp.iter_train_digits, (lams,),
                   dict(hidden=25, max_iter=v["max_iter"], seed=v["seed"],
                        workers=cores, dtype=np.float32, optimizer=v["optimizer"]),
                   stop=True, kind="sweep",
                   message=(tr_("training {count} networks together on {cores} cores…") if cores > 1 else
                            tr_("training {count} networks together on one core…")).format(count=len(lams), cores=cores))

    def _on_snapshot(self, snap) -> None:
        if not isinstance(snap, mlp.SweepSnapshot) or len(snap.runs) != len(self.columns):
            return
        self.latest = snap
        # one column per snapshot, in turn: new tiles for every λ at 30 Hz cost most of a
        # frame (three images to convert and draw), one at a time a tenth of it
        self._turn = (self._turn + 1) % len(self.columns)
        col, run, res = self.columns[self._turn], snap.runs[self._turn], snap.results[self._turn]
        if run is not None:
            col.grid.set_tiles(unit_tiles(run.thetas[0]), cols=5)
            if res is None:
                col.stats.setText(tr_("iteration {i}/{n}\nJ = {J}").format(i=run.iteration, n=run.max_iter, J=numbers.fmt(run.objective, 4)))
        self._draw_curves(live=True)

    def _on_done(self, value) -> None:
        if not isinstance(value, tuple) or len(value) != len(self.columns):
            return
        self.results = value
        for col, res in zip(self.columns, value):
            col.grid.set_tiles(unit_tiles(res.thetas[0]), cols=5)
            va = "—" if res.val_accuracy is None else f"{100 * res.val_accuracy:.2f} %"
            col.stats.setText(tr_("train {train}  ·  validation {val}\nfinal J = {J}  ({n} it.)").format(
                train=f"{100 * res.train_accuracy:.2f} %", val=va, J=numbers.fmt(res.objective, 4), n=res.iterations))
        self.messages.info(tr_("trained {list}").format(
            list=", ".join(f"λ={r.lam:g}: {100 * r.train_accuracy:.1f} %" for r in value)))
        self._draw_curves()

    def _on_cancelled(self) -> None:
        self.messages.warning(N_("training cancelled: the columns show the last snapshot"))

    # ------------------------------------------------------------------ views
    def _runs(self) -> tuple | None:
        """The finished results, else the latest snapshot's runs (entries may be None)."""
        if self.results is not None:
            return self.results
        return self.latest.runs if self.latest is not None else None

    def _draw_curves(self, live: bool = False) -> None:
        runs, i = self._runs(), self.curves.lam_combo.currentIndex()
        run = runs[i] if runs is not None and 0 <= i < len(runs) else None
        self.curves.show_history(None if run is None else run.history, live=live and self.is_running())

    def _export_tiles(self) -> None:
        if not self.columns or self._runs() is None:
            self.messages.warning(N_("nothing to export yet: train first"))
            return
        self.save_widget(self.rows_widget, "hidden_units")

    def _export_curves(self) -> None:
        runs = self._runs()
        if not runs or any(r is None for r in runs):
            self.messages.warning(N_("nothing to export yet: train first"))
            return
        self.save_array(lambda: curves_table(runs), "lambda_curves")

    # ------------------------------------------------------------------ trained results (sessions)
    def results_state(self):
        return None if self.results is None else result_data.to_data(self.results)

    def apply_results_state(self, data) -> None:
        value = result_data.from_data(data, (TrainResult, History))
        if not (isinstance(value, tuple) and len(value) == len(self.columns)
                and all(isinstance(r, TrainResult) for r in value)):
            raise Problem(N_("the saved λ sweep must hold {count} trained networks"), count=len(self.columns))
        self._on_done(value)
