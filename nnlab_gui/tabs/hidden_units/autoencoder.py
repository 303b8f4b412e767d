"""Sparse autoencoder: learned first-layer weights, and softmax on its features vs on pixels.

A one-hidden-layer sigmoid autoencoder on 8×8 patches of the bundled training digits
(or on whole 28×28 digits) minimises, with L-BFGS (``engine.sparse_ae.iter_train``)::

    J = (1/m) Σ ½‖h(x) − x‖² + (λ/2) ΣW² + β Σ_j KL(ρ‖ρ̂_j)
    KL(ρ‖ρ̂) = ρ log(ρ/ρ̂) + (1−ρ) log((1−ρ)/(1−ρ̂)),   ρ̂_j = mean activation of unit j

The rows of W1 are shown as pictures while it trains.  *Compare* is the page's second
job on the same runner: softmax regression trained on the 4,000 training digits, tested
on the 1,000 validation digits, once on raw pixels and once on the hidden activations
(``sparse_ae.compare_features``).  Both jobs take the run panel's stop event.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHeaderView, QTableWidget

from nnlab_gui.engine import numbers, result_data, sparse_ae
from nnlab_gui.engine.sparse_ae import AEParams
from nnlab_gui.engine.sparse_ae_patches import digits_data
from nnlab_gui.engine.datasets import load_digits
from nnlab_gui.engine.imaging import normalise_tiles
from nnlab_gui.pages import Choice, Float, Int, Job, Page
from nnlab_gui.tabs.hidden_units.common import OpensCourseWeights, stacked
from nnlab_gui.widgets.empty_state import clear_empty, set_empty
from nnlab_gui.widgets.image_view import TileGrid
from nnlab_gui.widgets.plots import make_plot
from nnlab_gui.widgets.tables import set_text
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, tr_

AE_TIP = ("J = (1/m) Σ ½‖h(x)−x‖² + (λ/2) ΣW² + β Σ_j KL(ρ‖ρ̂_j)\n"
          "KL(ρ‖ρ̂) = ρ log(ρ/ρ̂) + (1−ρ) log((1−ρ)/(1−ρ̂)),  ρ̂_j = mean activation of unit j")
COMPARE_TIP = ("Softmax regression trained on the 4,000 training digits, accuracy on the 1,000 validation "
               "digits: raw pixels against the autoencoder's hidden activations")


def compare_steps(result, train_images, train_labels, test_images, test_labels, max_iter=200, stop=None):
    """``sparse_ae.compare_features`` as a job: one snapshot when it starts, its result at the end."""
    yield None
    cmp = sparse_ae.compare_features(result, train_images, train_labels, test_images, test_labels,
                                     max_iter=max_iter, stop=stop)
    if stop is not None and stop.is_set():
        yield None                      # cancelled: the worker stops here and says so
    return cmp


def weight_tiles(W1: np.ndarray) -> np.ndarray:
    side = int(round(np.sqrt(W1.shape[1])))
    return normalise_tiles(W1.reshape(-1, side, side))


class SparseAutoencoderPage(OpensCourseWeights, Page):
    TITLE = N_("Sparse autoencoder")
    FIELDS = [
        Choice("data", N_("Data"), "patches", [("patches", N_("8×8 patches")), ("digits", N_("whole digits (28×28)"))],
               tip=N_("8×8 patches of the training digits, or the whole 28×28 digits")),
        Float("rho", N_("Sparsity ρ"), 0.1, 0.0001, 0.9999, step=0.01, decimals=4, tip=AE_TIP),
        Float("beta", N_("Sparsity weight β"), 3.0, 0.0, 100.0, step=0.5, decimals=3, tip=AE_TIP),
        Float("lam", N_("Weight decay λ"), 3e-3, 0.0, 100.0, log=True, tip=AE_TIP),
        Int("hidden", N_("Hidden units"), 25, 1, 400, tip=N_("hidden layer size (one picture per unit)")),
        Int("samples", N_("Samples"), 10000, 100, 50000, step=1000,
            tip=N_("number of patches (whole digits: at most the 4,000 training digits)"), advanced=True),
        Int("max_iter", N_("Iterations"), 200, 1, 5000, tip=N_("L-BFGS iterations"), advanced=True),
    ]
    RUN_TEXT = N_("Train autoencoder")
    RUN_TIP = N_("L-BFGS on the sparse autoencoder's J")

    def build(self) -> None:
        self.ae_result: sparse_ae.AEResult | None = None
        self.comparison: sparse_ae.FeatureComparison | None = None
        self.cmp_max_iter = 200          # softmax L-BFGS iterations (tests use fewer)
        self.cmp_button = self.run_panel.add_button(N_("Compare: softmax on features vs pixels"),
                                                    self.compare_job, COMPARE_TIP)
        self.cmp_table = QTableWidget(2, 3)
        self.cmp_table.setHorizontalHeaderLabels([tr_("features"), tr_("count"), tr_("softmax accuracy")])
        self.cmp_table.setMaximumHeight(100)
        self.cmp_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cmp_table.verticalHeader().setVisible(False)
        self.cmp_table.setAccessibleName(tr_("softmax accuracy on features and on pixels"))
        self.ae_grid = TileGrid(pad=1, pad_value=1.0)
        self.ae_grid.setToolTip(tr_("Rows of W1 (first-layer weights), each scaled to its own min/max"))
        self.ae_plot = make_plot("", N_("L-BFGS iteration"), "J", grid=0)
        self.ae_plot.setMaximumHeight(200)
        self.ae_curve = self.ae_plot.plot(pen=pg.mkPen("#1565c0", width=2))
        self.add_export(N_("Weights (PNG/SVG)…"), self._export_weights)
        self.add_export(N_("Cost plot (PNG/SVG/CSV)…"),
                        lambda: self.save_plot(self.ae_plot, "autoencoder_cost", table=self.cost_table))
        self.side_layout(stacked(self.ae_grid, self.ae_plot, (3, 1)), width=340)
        set_empty(self.ae_grid, N_("Press Train autoencoder (Ctrl+R): the hidden units' first-layer "
                                "weights W1 appear here as pictures while it learns."))
        set_empty(self.ae_plot, N_("The cost J per L-BFGS iteration appears here during training."))
        # the compare button gets a row of its own below Train / Cancel, its table below it
        column = self.run_panel.parentWidget().layout()
        self.run_panel.layout().removeWidget(self.cmp_button)
        at = column.indexOf(self.run_panel)
        column.insertWidget(at + 1, self.cmp_button)
        column.insertWidget(at + 2, self.cmp_table)

    # ------------------------------------------------------------------- jobs
    def _data(self, v: dict):
        """The rows the training job uses (tests compare against them)."""
        return digits_data(v["data"], v["samples"])

    def job(self) -> Job:
        v = self.form.values()
        self.ae_result = None
        n = 64 if v["data"] == "patches" else 784
        what = (tr_("{count} patches").format(count=v["samples"]) if v["data"] == "patches"
                else tr_("at most {count} digits").format(count=v["samples"]))
        return Job(sparse_ae.iter_train_digits, (v["data"], v["samples"]),
                   dict(hidden=v["hidden"], rho=v["rho"], beta=v["beta"], lam=v["lam"], max_iter=v["max_iter"],
                        seed=0),
                   stop=True, kind="train",
                   message=tr_("training a {n}-{h}-{n} sparse autoencoder on {what}…").format(
                       n=n, h=v["hidden"], what=what))

    def compare_job(self) -> Job | None:
        if self.ae_result is None:
            self.messages.warning(N_("train the autoencoder first"))
            return None
        d = load_digits()
        tr, te = d.split("train"), d.split("test")
        return Job(compare_steps, (self.ae_result, tr.images, tr.labels, te.images, te.labels),
                   dict(max_iter=self.cmp_max_iter), stop=True, kind="compare",
                   message=N_("training two softmax classifiers…"))

    def progress_of(self, snap):
        if isinstance(snap, sparse_ae.AESnapshot):
            return snap.iteration, snap.max_iter
        return None

    def _on_snapshot(self, snap) -> None:
        if isinstance(snap, sparse_ae.AESnapshot):
            self.ae_grid.set_tiles(weight_tiles(snap.W1))
            self.ae_curve.setData(np.arange(len(snap.costs)), snap.costs)
            clear_empty(self.ae_grid)
            clear_empty(self.ae_plot)

    def _on_done(self, value) -> None:
        if isinstance(value, sparse_ae.AEResult):
            self.ae_result = value
            self.ae_grid.set_tiles(weight_tiles(value.W1))
            self.ae_curve.setData(np.arange(len(value.costs)), value.costs)
            clear_empty(self.ae_grid)
            clear_empty(self.ae_plot)
            self.messages.info(tr_("autoencoder trained: J = {J} after {n} iterations").format(
                J=numbers.fmt(value.costs[-1]), n=value.iterations))
        elif isinstance(value, sparse_ae.FeatureComparison):
            self._show_comparison(value)

    def _show_comparison(self, value: sparse_ae.FeatureComparison) -> None:
        self.comparison = value
        rows = [("raw pixels", value.n_pixels, value.pixel_accuracy),
                ("learned features", value.n_features, value.feature_accuracy)]
        for i, (name, n, acc) in enumerate(rows):
            set_text(self.cmp_table, i, 0, name)
            set_text(self.cmp_table, i, 1, str(n))
            set_text(self.cmp_table, i, 2, f"{100 * acc:.2f} %")
        self.messages.info(f"softmax: pixels {100 * value.pixel_accuracy:.2f} %, "
                           f"features {100 * value.feature_accuracy:.2f} %")

    # ---------------------------------------------------------------- sessions
    def results_state(self):
        return None if self.ae_result is None else result_data.to_data(self.ae_result)

    def apply_results_state(self, data) -> None:
        value = result_data.from_data(data, (sparse_ae.AEResult, AEParams))
        if not (isinstance(value, sparse_ae.AEResult) and isinstance(value.params, AEParams)
                and len(value.params.weights) >= 2 and value.W1.ndim == 2):
            raise Problem(N_("the saved autoencoder must hold a trained network"))
        self._on_done(value)

    # ---------------------------------------------------------------- exports
    def cost_table(self) -> tuple[np.ndarray, list[str]]:
        x, y = self.ae_curve.getData()
        if x is None or len(x) == 0:
            raise Problem(N_("no cost curve yet: train first"))
        return np.column_stack([x, y]), ["iteration", "J"]

    def _export_weights(self) -> None:
        if len(self.ae_grid.tiles) == 0:
            self.messages.warning(N_("nothing to export yet: train the autoencoder first"))
            return
        self.save_widget(self.ae_grid, "autoencoder_w1")
