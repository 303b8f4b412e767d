"""Hidden units (λ): the course's 400-25-10 network under several λ, and a sparse autoencoder.

Pages:

* **λ sweep** — a list of λ (default 0, 1, 20); *Train all* trains one network per λ, all λ
  together on every core (``engine.mlp.iter_train_many``, float32 products); a column per λ shows its 25 hidden units as a
  5×5 grid of 20×20 tiles (updating live), training/validation accuracy and the final cost;
  below, training and validation cost against iterations for the selected λ with the
  early-stopping point (minimum validation cost) marked.
* **Gradient check** — the course's 3-5-3 check (5 samples) for λ = 0 and λ = 1.
* **Course weights** — ``ex4weights.mat``: its hidden units, its cost and accuracy on the
  bundled 20×20 digits.
* **Sparse autoencoder** — ρ, β, λ, hidden size, data (8×8 patches / whole digits); the
  learned first-layer weights; softmax on hidden activations vs raw pixels.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox, QHeaderView,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
                               QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from nnlab_gui.engine import gradcheck, mlp, sparse_ae
from nnlab_gui.engine.datasets import load_digits
from nnlab_gui.engine.imaging import normalise_tiles
from nnlab_gui.engine.matfile import load_mat
from nnlab_gui.tabs.base import LabTab
from nnlab_gui.widgets import export
from nnlab_gui.widgets.image_view import TileGrid
from nnlab_gui.widgets.run_controls import RunControls

COST_TIP = ("J = −(1/m) Σ [y log a3 + (1−y) log(1−a3)] + λ/(2m) (ΣΘ1[:,1:]² + ΣΘ2[:,1:]²)\n"
            "400-25-10 sigmoid network with bias units, trained by L-BFGS")
AE_TIP = ("J = (1/m) Σ ½‖h(x)−x‖² + (λ/2) ΣW² + β Σ_j KL(ρ‖ρ̂_j)\n"
          "KL(ρ‖ρ̂) = ρ log(ρ/ρ̂) + (1−ρ) log((1−ρ)/(1−ρ̂)),  ρ̂_j = mean activation of unit j")


def _tiles(theta1: np.ndarray, order: str = "C") -> np.ndarray:
    return normalise_tiles(mlp.hidden_tiles(theta1, order=order))


class _LambdaColumn(QWidget):
    """One λ: its title, the 5×5 grid of hidden units, accuracies and the final cost."""

    def __init__(self, lam: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.lam = lam
        self.title = QLabel(f"<b>λ = {lam:g}</b>")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid = TileGrid(pad=1, pad_value=1.0)
        self.grid.setMinimumSize(150, 150)
        self.grid.setToolTip("Each tile: one hidden unit's 400 input weights Θ1[j, 1:] as a 20×20 picture "
                             "(scaled to its own min/max). The larger λ, the blurrier.")
        self.stats = QLabel("not trained")
        self.stats.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stats.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.title)
        lay.addWidget(self.grid, 1)
        lay.addWidget(self.stats)


class HiddenUnitsTab(LabTab):
    TITLE = "Hidden units (λ)"
    OPEN_FILTER = "Course network weights (*.mat)"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns: list[_LambdaColumn] = []
        self.latest: mlp.SweepSnapshot | None = None
        self.results: tuple | None = None
        self.course_thetas: list[np.ndarray] | None = None
        self.gradcheck_results: dict[float, gradcheck.GradCheck] = {}
        self.ae_result: sparse_ae.AEResult | None = None
        self.comparison: sparse_ae.FeatureComparison | None = None
        self._stop = threading.Event()
        self._ae_stop = threading.Event()
        self._cmp_stop = threading.Event()
        self.cmp_max_iter = 200          # softmax L-BFGS iterations (tests use fewer)

        self.pages = QTabWidget()
        self.pages.addTab(self._build_sweep_page(), "λ sweep")
        self.pages.addTab(self._build_gradcheck_page(), "Gradient check")
        self.pages.addTab(self._build_course_page(), "Course weights")
        self.pages.addTab(self._build_ae_page(), "Sparse autoencoder")
        lay = QVBoxLayout(self)
        lay.addWidget(self.pages, 1)
        lay.addWidget(self.messages)

    # ================================================================ λ sweep page
    def _build_sweep_page(self) -> QWidget:
        page = QWidget()
        self.lambda_list = QListWidget()
        self.lambda_list.setMaximumHeight(110)
        for v in (0.0, 1.0, 20.0):
            self.lambda_list.addItem(f"{v:g}")
        self.lambda_edit = QLineEdit()
        self.lambda_edit.setPlaceholderText("λ, e.g. 3")
        self.add_button = QPushButton("Add")
        self.remove_button = QPushButton("Remove")
        self.lambda_edit.returnPressed.connect(self._on_add_lambda)
        self.add_button.clicked.connect(self._on_add_lambda)
        self.remove_button.clicked.connect(self._on_remove_lambda)
        self.iter_spin = QSpinBox()
        self.iter_spin.setRange(1, 5000)
        self.iter_spin.setValue(200)
        self.iter_spin.setToolTip("L-BFGS iterations per λ")
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 10**6)
        self.seed_spin.setToolTip("Seed of the initial weights (uniform in [−0.12, 0.12]); every λ starts from the same weights")
        self.optimizer_combo = QComboBox()
        self.optimizer_combo.addItem("L-BFGS, all λ in lockstep", "lbfgs")
        self.optimizer_combo.addItem("scipy L-BFGS-B, a thread per λ", "scipy")
        self.optimizer_combo.setToolTip(
            "Both minimise J(Θ) with L-BFGS (10 pairs, strong-Wolfe line search) and batch every\n"
            "evaluation over the λ's and the cores.\n"
            "• lockstep: one loop moves every λ; fastest.\n"
            "• scipy.optimize.minimize(method='L-BFGS-B', jac=True): the reference; its bound\n"
            "  handling costs more per iteration.")

        self.runner = self.make_runner()
        self.controls = RunControls(self.runner, self._start_sweep, "Train all", self)
        self.runner.snapshot.connect(self._on_sweep_snapshot)
        self.runner.done.connect(self._on_sweep_done)
        self.runner.cancelled.connect(lambda: self.messages.warning("training cancelled"))
        self.runner.running_changed.connect(lambda r: None if r else self._stop.set())
        self.controls.cancel_button.clicked.connect(self._stop.set)

        left = QGroupBox("λ values")
        left.setToolTip(COST_TIP)
        ll = QGridLayout(left)
        ll.addWidget(self.lambda_list, 0, 0, 1, 3)
        ll.addWidget(self.lambda_edit, 1, 0)
        ll.addWidget(self.add_button, 1, 1)
        ll.addWidget(self.remove_button, 1, 2)
        form = QFormLayout()
        form.addRow("Iterations", self.iter_spin)
        form.addRow("Seed", self.seed_spin)
        form.addRow("Optimiser", self.optimizer_combo)
        ll.addLayout(form, 2, 0, 1, 3)
        info = QLabel("Data: the bundled digits at 20×20 — 4,000 for training, 1,000 for validation.")
        info.setWordWrap(True)
        ll.addWidget(info, 3, 0, 1, 3)
        ll.addWidget(self.controls, 4, 0, 1, 3)
        self.export_tiles_button = QPushButton("Export tiles…")
        self.export_tiles_button.clicked.connect(self._on_export_tiles)
        self.export_curves_button = QPushButton("Export curves CSV…")
        self.export_curves_button.clicked.connect(self._on_export_curves)
        ll.addWidget(self.export_tiles_button, 5, 0, 1, 2)
        ll.addWidget(self.export_curves_button, 5, 2)
        ll.setRowStretch(6, 1)
        left.setMaximumWidth(300)

        self.rows_widget = QWidget()
        self.rows_layout = QHBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)

        self.curve_lambda = QComboBox()
        self.curve_lambda.setToolTip("Which λ's curves to show")
        self.curve_lambda.currentIndexChanged.connect(lambda _i: self._draw_curves())
        self._build_columns(self.lambdas())
        self.plot = pg.PlotWidget(background="w")
        self.plot.setLabel("bottom", "L-BFGS iteration")
        self.plot.setLabel("left", "cross-entropy (no λ term)")
        self.plot.addLegend(offset=(-10, 10))
        self.plot.showGrid(x=True, y=True, alpha=0.3)
        self.train_curve = self.plot.plot(pen=pg.mkPen("#1565c0", width=2), name="training")
        self.val_curve = self.plot.plot(pen=pg.mkPen("#e65100", width=2), name="validation")
        self.best_marker = pg.ScatterPlotItem(size=11, brush=pg.mkBrush("#2e7d32"), symbol="o")
        self.plot.addItem(self.best_marker)
        self.best_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#2e7d32", style=Qt.PenStyle.DashLine))
        self.best_line.setVisible(False)
        self.plot.addItem(self.best_line)
        self.best_label = QLabel("")
        self.plot.setToolTip("Training and validation cost per iteration; the green mark is the early-stopping "
                             "point, the minimum of the validation cost.")
        self.plot.setMinimumHeight(180)

        curves = QWidget()
        cl = QVBoxLayout(curves)
        cl.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel("Curves for λ ="))
        top.addWidget(self.curve_lambda)
        top.addWidget(self.best_label, 1)
        cl.addLayout(top)
        cl.addWidget(self.plot, 1)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.rows_widget)
        right.addWidget(curves)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setChildrenCollapsible(False)
        lay = QHBoxLayout(page)
        lay.addWidget(left)
        lay.addWidget(right, 1)
        return page

    def lambdas(self) -> list[float]:
        return [float(self.lambda_list.item(i).text()) for i in range(self.lambda_list.count())]

    def _on_add_lambda(self) -> None:
        text = self.lambda_edit.text().strip()
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            self.messages.error(f"λ must be a number ≥ 0: '{text}' is not a number")
            return
        if not np.isfinite(value) or value < 0:
            self.messages.error(f"λ must be a finite number ≥ 0, got {text}")
            return
        if value in self.lambdas():
            self.messages.warning(f"λ = {value:g} is already in the list")
            return
        self.lambda_list.addItem(f"{value:g}")
        self.lambda_edit.clear()
        self.messages.info(f"added λ = {value:g}")

    def _on_remove_lambda(self) -> None:
        row = self.lambda_list.currentRow()
        if row < 0:
            row = self.lambda_list.count() - 1
        if row < 0:
            self.messages.warning("the λ list is already empty")
            return
        self.lambda_list.takeItem(row)

    def _build_columns(self, lams: list[float]) -> None:
        for col in self.columns:
            self.rows_layout.removeWidget(col)
            col.deleteLater()
        self.columns = [_LambdaColumn(lam, self.rows_widget) for lam in lams]
        for col in self.columns:
            self.rows_layout.addWidget(col, 1)
        self.curve_lambda.blockSignals(True)
        self.curve_lambda.clear()
        self.curve_lambda.addItems([f"{lam:g}" for lam in lams])
        self.curve_lambda.blockSignals(False)

    def _start_sweep(self) -> None:
        lams = self.lambdas()
        if not lams:
            self.messages.error("the λ list is empty: add at least one value")
            return
        d = load_digits()
        tr, va = d.split("train"), d.split("test")
        self._build_columns(lams)
        self.latest = None
        self.results = None
        self._stop = threading.Event()
        cores = mlp.default_workers()
        self.messages.info(f"training {len(lams)} networks together on {cores} "
                           f"core{'s' if cores > 1 else ''}…")
        self.runner.start(mlp.iter_train_many, tr.X400, tr.labels, lams, hidden=25,
                          max_iter=self.iter_spin.value(), seed=self.seed_spin.value(),
                          X_val=va.X400, y_val=va.labels, workers=cores, stop=self._stop,
                          dtype=np.float32, optimizer=self.optimizer_combo.currentData())

    def _on_sweep_snapshot(self, snap) -> None:
        if not isinstance(snap, mlp.SweepSnapshot) or len(snap.runs) != len(self.columns):
            return
        self.latest = snap
        for col, run, res in zip(self.columns, snap.runs, snap.results):
            if run is None:
                continue
            col.grid.set_tiles(_tiles(run.thetas[0]), cols=5)
            if res is None:
                col.stats.setText(f"iteration {run.iteration}/{run.max_iter}\nJ = {run.objective:.4f}")
        self.controls.set_progress(*snap.progress)
        self._draw_curves()

    def _on_sweep_done(self, value) -> None:
        if isinstance(value, mlp.SweepSnapshot):  # cancelled runs return their last snapshot
            return
        if not isinstance(value, tuple) or len(value) != len(self.columns):
            return
        self.results = value
        for col, res in zip(self.columns, value):
            col.grid.set_tiles(_tiles(res.thetas[0]), cols=5)
            va = "—" if res.val_accuracy is None else f"{100 * res.val_accuracy:.2f} %"
            col.stats.setText(f"train {100 * res.train_accuracy:.2f} %  ·  validation {va}\n"
                              f"final J = {res.objective:.4f}  ({res.iterations} it.)")
        self.messages.info("trained " + ", ".join(
            f"λ={r.lam:g}: {100 * r.train_accuracy:.1f} %" for r in value))
        self._draw_curves()

    def _selected_history(self) -> tuple[float, mlp.History] | None:
        i = self.curve_lambda.currentIndex()
        if self.results is not None and 0 <= i < len(self.results):
            return self.results[i].lam, self.results[i].history
        if self.latest is not None and 0 <= i < len(self.latest.runs) and self.latest.runs[i] is not None:
            return self.latest.runs[i].lam, self.latest.runs[i].history
        return None

    def _draw_curves(self) -> None:
        sel = self._selected_history()
        if sel is None:
            self.train_curve.setData([], [])
            self.val_curve.setData([], [])
            self.best_marker.setData([], [])
            self.best_line.setVisible(False)
            self.best_label.setText("")
            return
        lam, h = sel
        self.train_curve.setData(h.iterations, h.train_cost)
        self.val_curve.setData(h.iterations, h.val_cost)
        best = h.best_iteration
        if best is None:
            self.best_marker.setData([], [])
            self.best_line.setVisible(False)
            self.best_label.setText("")
        else:
            self.best_marker.setData([best], [float(h.val_cost[best])])
            self.best_line.setPos(best)
            self.best_line.setVisible(True)
            self.best_label.setText(f"early stopping at iteration {best}: validation cost "
                                    f"{h.val_cost[best]:.4f} (last {h.val_cost[-1]:.4f})")

    def _on_export_tiles(self) -> None:
        if not self.columns or self.latest is None:
            self.messages.warning("nothing to export yet: train first")
            return
        path = export.ask_save_path(self, "Export hidden-unit tiles", export.IMAGE_FILTER, "hidden_units.png")
        if not path:
            return
        try:
            export.export_widget(self.rows_widget, path)
        except ValueError as exc:
            self.messages.error(str(exc))
            return
        self.messages.info(f"saved {path}")

    def _on_export_curves(self) -> None:
        runs = self.results if self.results is not None else (self.latest.runs if self.latest else None)
        if not runs or any(r is None for r in runs):
            self.messages.warning("nothing to export yet: train first")
            return
        rows = []
        for r in runs:
            h = r.history
            rows.append(np.column_stack([np.full(len(h.iterations), r.lam), h.iterations,
                                         h.objective, h.train_cost, h.val_cost]))
        header = ["lambda", "iteration", "objective_J", "train_cost", "val_cost"]
        export.save_via_dialog(self, self.messages, "Export cost curves", export.CSV_FILTER, "lambda_curves.csv",
                               lambda path: export.save_csv(path, np.vstack(rows), header))

    # ========================================================== gradient check page
    def _build_gradcheck_page(self) -> QWidget:
        page = QWidget()
        self.gradcheck_button = QPushButton("Run gradient check")
        self.gradcheck_button.setToolTip("Centred differences, ε = 1e-4: num_i = (J(θ+εe_i) − J(θ−εe_i)) / 2ε;\n"
                                         "relative difference ‖num − ana‖ / ‖num + ana‖ (should be < 1e-9)")
        self.gradcheck_button.clicked.connect(self.run_gradcheck)
        self.gradcheck_table = QTableWidget(5, 4)
        self.gradcheck_table.setHorizontalHeaderLabels(["numeric (λ=0)", "analytic (λ=0)",
                                                        "numeric (λ=1)", "analytic (λ=1)"])
        self.gradcheck_table.horizontalHeader().setStretchLastSection(True)
        for c in range(4):
            self.gradcheck_table.setColumnWidth(c, 170)
        self.gradcheck_label = QLabel("The course's checkNNGradients: a 3-5-3 network, 5 samples, "
                                      "deterministic sin(·)/10 weights and inputs.")
        self.gradcheck_label.setWordWrap(True)
        lay = QVBoxLayout(page)
        lay.addWidget(self.gradcheck_label)
        lay.addWidget(self.gradcheck_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.gradcheck_table, 1)
        return page

    def run_gradcheck(self) -> None:
        self.gradcheck_results = {lam: gradcheck.check_nn_gradients(lam) for lam in (0.0, 1.0)}
        for j, lam in enumerate((0.0, 1.0)):
            res = self.gradcheck_results[lam]
            for i in range(5):
                self.gradcheck_table.setItem(i, 2 * j, QTableWidgetItem(f"{res.numeric[i]: .10e}"))
                self.gradcheck_table.setItem(i, 2 * j + 1, QTableWidgetItem(f"{res.analytic[i]: .10e}"))
        r0, r1 = self.gradcheck_results[0.0].relative_difference, self.gradcheck_results[1.0].relative_difference
        ok = "correct" if max(r0, r1) < 1e-9 else "WRONG (above 1e-9)"
        self.gradcheck_label.setText(
            f"<b>Relative difference ‖num − ana‖ / ‖num + ana‖</b>: λ = 0: {r0:.3e}, λ = 1: {r1:.3e} — "
            f"back-propagation is {ok}. (First five of {len(self.gradcheck_results[0.0].numeric)} entries shown.)")

    # ========================================================== course weights page
    def _build_course_page(self) -> QWidget:
        page = QWidget()
        self.open_button = QPushButton("Open ex4weights.mat…")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.course_grid = TileGrid(pad=1, pad_value=1.0)
        self.course_grid.setToolTip("Θ1 rows without the bias, reshaped column-major to 20×20 (the course's order)")
        self.course_label = QLabel("Open the course's ex4weights.mat (Theta1 25×401, Theta2 10×26) to see its "
                                   "hidden units and its cost on the bundled digits.")
        self.course_label.setWordWrap(True)
        self.course_label.setTextFormat(Qt.TextFormat.RichText)
        side = QVBoxLayout()
        side.addWidget(self.open_button)
        side.addWidget(self.course_label)
        side.addStretch(1)
        lay = QHBoxLayout(page)
        lay.addLayout(side, 1)
        lay.addWidget(self.course_grid, 2)
        return page

    def _on_open_clicked(self) -> None:
        path = export.ask_open_path(self, "Open course weights", self.OPEN_FILTER)
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        try:
            w = load_mat(path, {"Theta1": (25, 401), "Theta2": (10, 26)})
        except ValueError as exc:
            self.messages.error(str(exc))
            return
        thetas = [w["Theta1"], w["Theta2"]]
        self.course_thetas = thetas
        # The course's output unit k means label k (1..10, 10 = digit 0): row 9 is digit 0.
        thetas0 = [thetas[0], np.roll(thetas[1], 1, axis=0)]
        d = load_digits()
        X = d.images20.transpose(0, 2, 1).reshape(len(d), 400)   # column-major pixels, as the course's
        m = len(X)
        c0 = mlp.cost(thetas0, X, d.labels, 0.0)
        c1 = mlp.cost(thetas0, X, d.labels, 1.0)
        acc = mlp.accuracy(thetas0, X, d.labels)
        self.course_results = {"cost0": c0, "cost1": c1, "accuracy": acc,
                               "penalty": mlp.penalty(thetas, 1.0, m)}
        self.course_grid.set_tiles(_tiles(thetas[0], order="F"), cols=5)
        self.course_label.setText(
            f"<b>{Path(path).name}</b>: Θ1 25×401, Θ2 10×26.<br>"
            f"On the bundled {m} digits (20×20, fed in the course's column-major order):<br>"
            f"cost J(λ=0) = {c0:.6f}, J(λ=1) = {c1:.6f}, accuracy {100 * acc:.2f} %.<br>"
            f"Regularisation term (λ = 1, m = {m}): λ/(2m)(ΣΘ1[:,1:]² + ΣΘ2[:,1:]²) = {c1 - c0:.6f}.<br>"
            "<i>The course reports 0.287629 / 0.383770 and 97.52 % on its own digits; the bundled digits are "
            "resampled MNIST, so the network sees slightly different pictures.</i>")
        self.select_page("Course weights")
        self.messages.info(f"loaded {Path(path).name}: accuracy {100 * acc:.2f} % on the bundled digits")

    # ======================================================== sparse autoencoder page
    def _build_ae_page(self) -> QWidget:
        page = QWidget()
        self.ae_data = QComboBox()
        self.ae_data.addItems(["8×8 patches", "whole digits (28×28)"])
        self.ae_rho = QDoubleSpinBox(decimals=4, minimum=0.0001, maximum=0.9999, singleStep=0.01, value=0.1)
        self.ae_beta = QDoubleSpinBox(decimals=3, minimum=0.0, maximum=100.0, singleStep=0.5, value=3.0)
        self.ae_lam = QLineEdit("3e-3")
        self.ae_hidden = QSpinBox(minimum=1, maximum=400, value=25)
        self.ae_samples = QSpinBox(minimum=100, maximum=50000, singleStep=1000, value=10000)
        self.ae_samples.setToolTip("number of patches (whole digits: at most the 4,000 training digits)")
        self.ae_iters = QSpinBox(minimum=1, maximum=5000, value=200)
        for w in (self.ae_rho, self.ae_beta, self.ae_lam):
            w.setToolTip(AE_TIP)
        self.ae_runner = self.make_runner()
        self.ae_controls = RunControls(self.ae_runner, self._start_ae, "Train autoencoder", page)
        self.ae_runner.snapshot.connect(self._on_ae_snapshot)
        self.ae_runner.done.connect(self._on_ae_done)
        self.ae_runner.running_changed.connect(lambda r: None if r else self._ae_stop.set())
        self.ae_controls.cancel_button.clicked.connect(self._ae_stop.set)

        self.cmp_runner = self.make_runner()
        self.cmp_button = QPushButton("Compare: softmax on features vs pixels")
        self.cmp_button.setToolTip("Softmax regression trained on the 4,000 training digits, accuracy on the "
                                   "1,000 validation digits: raw pixels against the autoencoder's hidden activations")
        self.cmp_button.clicked.connect(self._start_compare)
        self.cmp_runner.done.connect(self._on_compare_done)
        self.cmp_runner.running_changed.connect(lambda r: self.cmp_button.setEnabled(not r))
        self.cmp_table = QTableWidget(2, 3)
        self.cmp_table.setHorizontalHeaderLabels(["features", "count", "softmax accuracy"])
        self.cmp_table.setVerticalHeaderLabels(["", ""])
        self.cmp_table.setMaximumHeight(100)
        self.cmp_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cmp_table.verticalHeader().setVisible(False)
        self.ae_export = QPushButton("Export weights PNG…")
        self.ae_export.clicked.connect(self._on_export_ae)

        form = QFormLayout()
        form.addRow("Data", self.ae_data)
        form.addRow("Sparsity ρ", self.ae_rho)
        form.addRow("Sparsity weight β", self.ae_beta)
        form.addRow("Weight decay λ", self.ae_lam)
        form.addRow("Hidden units", self.ae_hidden)
        form.addRow("Samples", self.ae_samples)
        form.addRow("Iterations", self.ae_iters)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.ae_controls)
        side.addWidget(self.cmp_button)
        side.addWidget(self.cmp_table)
        side.addWidget(self.ae_export)
        side.addStretch(1)
        sidew = QWidget()
        sidew.setLayout(side)
        sidew.setMaximumWidth(340)

        self.ae_grid = TileGrid(pad=1, pad_value=1.0)
        self.ae_grid.setToolTip("Rows of W1 (first-layer weights), each scaled to its own min/max")
        self.ae_plot = pg.PlotWidget(background="w")
        self.ae_plot.setLabel("bottom", "L-BFGS iteration")
        self.ae_plot.setLabel("left", "J")
        self.ae_plot.setMaximumHeight(200)
        self.ae_curve = self.ae_plot.plot(pen=pg.mkPen("#1565c0", width=2))
        right = QVBoxLayout()
        right.addWidget(self.ae_grid, 3)
        right.addWidget(self.ae_plot, 1)
        lay = QHBoxLayout(page)
        lay.addWidget(sidew)
        lay.addLayout(right, 1)
        return page

    def _ae_data(self):
        d = load_digits().split("train")
        if self.ae_data.currentIndex() == 0:
            return sparse_ae.sample_patches(d.images, n=self.ae_samples.value(), size=8, seed=0, min_ink=1.0), 8
        n = min(self.ae_samples.value(), len(d))
        return d.images[:n].reshape(n, 784), None

    def _start_ae(self) -> None:
        text = self.ae_lam.text().strip()
        try:
            lam = float(text)
            if not np.isfinite(lam) or lam < 0:
                raise ValueError
        except ValueError:
            self.messages.error(f"weight decay λ must be a number ≥ 0: '{text}' is not")
            return
        X, patch = self._ae_data()
        self._ae_stop = threading.Event()
        self.ae_result = None
        self.messages.info(f"training a {X.shape[1]}-{self.ae_hidden.value()}-{X.shape[1]} sparse autoencoder "
                           f"on {len(X)} {'patches' if patch else 'digits'}…")
        self.ae_runner.start(sparse_ae.iter_train, X, hidden=self.ae_hidden.value(), rho=self.ae_rho.value(),
                             beta=self.ae_beta.value(), lam=lam, max_iter=self.ae_iters.value(), seed=0,
                             patch=patch, stop=self._ae_stop)

    def _ae_tiles(self, W1: np.ndarray) -> np.ndarray:
        side = int(round(np.sqrt(W1.shape[1])))
        return normalise_tiles(W1.reshape(-1, side, side))

    def _on_ae_snapshot(self, snap) -> None:
        if not isinstance(snap, sparse_ae.AESnapshot):
            return
        self.ae_grid.set_tiles(self._ae_tiles(snap.W1))
        self.ae_curve.setData(np.arange(len(snap.costs)), snap.costs)
        self.ae_controls.set_progress(snap.iteration, snap.max_iter)

    def _on_ae_done(self, value) -> None:
        if not isinstance(value, sparse_ae.AEResult):
            return
        self.ae_result = value
        self.ae_grid.set_tiles(self._ae_tiles(value.W1))
        self.ae_curve.setData(np.arange(len(value.costs)), value.costs)
        self.messages.info(f"autoencoder trained: J = {value.costs[-1]:.5f} after {value.iterations} iterations")

    def _start_compare(self) -> None:
        if self.ae_result is None:
            self.messages.warning("train the autoencoder first")
            return
        d = load_digits()
        tr, te = d.split("train"), d.split("test")
        self._cmp_stop = threading.Event()
        self.messages.info("training two softmax classifiers…")

        def job(stop):
            yield None
            return sparse_ae.compare_features(self.ae_result, tr.images, tr.labels, te.images, te.labels,
                                              max_iter=self.cmp_max_iter, stop=stop)

        self.cmp_runner.start(job, self._cmp_stop)

    def _on_compare_done(self, value) -> None:
        if not isinstance(value, sparse_ae.FeatureComparison):
            return
        self.comparison = value
        rows = [("raw pixels", value.n_pixels, value.pixel_accuracy),
                ("learned features", value.n_features, value.feature_accuracy)]
        for i, (name, n, acc) in enumerate(rows):
            self.cmp_table.setItem(i, 0, QTableWidgetItem(name))
            self.cmp_table.setItem(i, 1, QTableWidgetItem(str(n)))
            self.cmp_table.setItem(i, 2, QTableWidgetItem(f"{100 * acc:.2f} %"))
        self.messages.info(f"softmax: pixels {100 * value.pixel_accuracy:.2f} %, "
                           f"features {100 * value.feature_accuracy:.2f} %")

    def _on_export_ae(self) -> None:
        if self.ae_result is None:
            self.messages.warning("nothing to export yet: train the autoencoder first")
            return
        export.save_via_dialog(self, self.messages, "Export autoencoder weights", export.IMAGE_FILTER,
                               "autoencoder_w1.png", lambda path: export.export_widget(self.ae_grid, path))

    def shutdown(self) -> None:
        for ev in (self._stop, self._ae_stop, self._cmp_stop):
            ev.set()
