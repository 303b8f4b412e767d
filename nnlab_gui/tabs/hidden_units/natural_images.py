"""Natural images: seed 004's colour-patch autoencoder, its step sweep and its patch-count sweep.

A sparse autoencoder learns 8×8×3 patches of two colour photographs (bundled from
scikit-learn's wheel), ZCA-whitened and with a linear decoder by default (the course's
recipe; the whitening's ε and mean removal are under "More settings"); the code activations of the windows of each 48×48 labelled crop at a
step, pooled over the crop's quarters, feed the lab's softmax (``engine.natural_images``).

* **Step sweep** (the run button): pixels, then step 32 … 8, for the one-hidden-layer
  network and the three-hidden-layer one side by side;
* **Patch-count sweep**: one layer, one step, against the number of unlabelled patches.

Both run on the worker with progress and Cancel; the first-layer filters (``W1 Z`` when
whitened) stream as colour tiles, each centred on grey.  The report's own table (its data set) is shown beside the lab's, labelled as such.
Random forest: not offered — scikit-learn would become a run-time dependency of the lab
for one column, and the report itself finds it does not use the features.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableWidget, QVBoxLayout, QWidget

from nnlab_gui.engine import natural_images as ni
from nnlab_gui.engine import numbers
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, tr_, translate
from nnlab_gui.pages import Flag, Float, Int, Job, Numbers, Page, Preset
from nnlab_gui.tabs.hidden_units.common import OpensCourseWeights, stacked
from nnlab_gui.widgets.empty_state import clear_empty, set_empty
from nnlab_gui.widgets.image_view import TileGrid
from nnlab_gui.widgets.plots import make_plot
from nnlab_gui.widgets.tables import FullWidthTable, set_text
from nnlab_gui.widgets.wrap_row import WrapRow

EMPTY_TILES = N_("Press Step sweep (Ctrl+R): the first layer's filters appear here as 8×8 colour pictures "
                 "while the autoencoders learn.")
EMPTY_PLOT = N_("Test accuracy per step (or per patch count) appears here, beside the pixels' baseline.")
EMPTY_TABLE = N_("This lab's accuracies appear here, one row per step.")

COLOURS = {"one layer": "#1565c0", "deep": "#c62828", "pixels": "#555555"}
DATA_TIP = N_("Unlabelled: random 8×8×3 patches of china.jpg and flower.jpg. Labelled: 480 training and "
            "240 test crops (48×48) of six surfaces — sky, water, trees, pagoda, petals, leaves — each "
            "crop lit by its own colour gains.")


def colour_tiles(tiles: np.ndarray) -> np.ndarray:
    """Each (8, 8, 3) filter minus its mean, scaled by its largest |value| to [0, 1]: 0 is grey."""
    t = np.asarray(tiles, dtype=float)
    t = t - t.mean(axis=(1, 2, 3), keepdims=True)
    big = np.abs(t).max(axis=(1, 2, 3), keepdims=True)
    return 0.5 + 0.5 * t / np.where(big > 0, big, 1.0)


def _table(rows: int, cols: int, headers: list[str]) -> QTableWidget:
    t = FullWidthTable(rows, cols)      # as wide as its columns: it never scrolls sideways
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(22)
    return t


class NaturalImagesPage(OpensCourseWeights, Page):
    TITLE = N_("Natural images")
    FIELDS = [
        Float("rho", N_("Sparsity ρ"), ni.RHO, 0.0001, 0.9999, step=0.01, decimals=4),
        Float("beta", N_("Sparsity weight β"), ni.BETA, 0.0, 100.0, step=0.5, decimals=3),
        Float("lam", N_("Weight decay λ"), ni.LAM, 0.0, 100.0, log=True),
        Int("hidden", N_("Hidden units (one layer)"), 75, 1, 400),
        Numbers("deep", N_("Three-layer network"), (75, 48, 75), minimum=1, maximum=400, at_least=0, at_most=9,
                unique=False, integer=True, placeholder="e.g. 75, 48, 75",
                tip="hidden layer sizes; the sparsity acts on the middle one (empty: one layer only)"),
        Int("patches", N_("Unlabelled patches"), 10000, 100, 100000, step=1000, advanced=True),
        Int("max_iter", N_("Iterations"), ni.MAX_ITER, 1, 5000, tip=N_("L-BFGS iterations per autoencoder"),
            advanced=True),
        Flag("whiten", N_("ZCA whitening, linear decoder"), True, advanced=True,
             tip=N_("Patches whitened by Z = U diag(1/√(s + ε)) Uᵀ and a linear output layer; off: the raw "
                    "values in [0, 1] and a sigmoid output, as the report did")),
        Float("epsilon", N_("Whitening ε"), ni.EPSILON, 0.0, 100.0, log=True, advanced=True,
              tip=N_("added to every variance s before the square root: damps the noisiest components")),
        Flag("patch_mean", N_("Remove each patch's mean"), ni.PATCH_MEAN, advanced=True,
             tip=N_("subtract each patch's own mean (its brightness) before whitening")),
        Numbers("steps", N_("Steps"), ni.STEPS, minimum=1, maximum=40, integer=True, placeholder=N_("e.g. 32, 16, 8"), tip=N_("window steps of the step sweep"), advanced=True),
        Numbers("counts", N_("Patch counts"), ni.COUNTS, minimum=10, maximum=100000, integer=True,
                placeholder="e.g. 100, 1000, 10000",
                tip="unlabelled patch counts of the patch-count sweep", advanced=True),
        Int("count_step", N_("Step (patch-count sweep)"), 12, 1, 40, advanced=True),
    ]
    PRESETS = [
        Preset(N_("Course recipe: whitened, ρ = 0.035, λ = 3e-3, β = 5"),
               dict(rho=ni.RHO, lam=ni.LAM, beta=ni.BETA, whiten=True, epsilon=ni.EPSILON,
                    patch_mean=ni.PATCH_MEAN)),
        Preset(N_("Report: ρ = 0.01, λ = 1e-5, β = 3"), dict(rho=0.01, lam=1e-5, beta=3.0)),
        Preset("ρ = 0.1", dict(rho=0.1, lam=1e-5, beta=3.0)),
        Preset("λ = 1e-3", dict(rho=0.01, lam=1e-3, beta=3.0)),
    ]
    RUN_TEXT = N_("Step sweep")
    RUN_TIP = N_("Pixels, then each step, for one and three hidden layers")

    def build(self) -> None:
        self.sweep: ni.Sweep | None = None
        self.kind = "steps"
        self.count_button = self.run_panel.add_button(tr_("Patch-count sweep"), self.count_job,
                                                      tr_("one hidden layer, one step, several patch counts"))
        self.tiles = TileGrid(pad=1, pad_value=1.0)
        self.tiles.setToolTip(tr_("First-layer filters (W1·Z when whitened) as 8×8 colour pictures, each "
                                  "centred on grey and scaled to its largest value"))
        self.stage = QLabel(tr_("Press Step sweep (Ctrl+R)."))
        self.lab_table = _table(0, 3, [tr_("features"), tr_("one layer"), tr_("three layers")])
        self.report_title = QLabel(tr_("The report's table (its own data set, not this one):"))
        self.report_table = _table(0, 3, [tr_("features"), tr_("random forest"), tr_("logistic regression")])
        self.plot = make_plot("", tr_("step"), tr_("test accuracy"), grid=0)
        self.plot.addLegend()
        dash = pg.mkPen(COLOURS["pixels"], width=2, style=pg.QtCore.Qt.PenStyle.DashLine)
        self.curves = [self.plot.plot([], [], name=tr_("pixels"), pen=dash),
                       self.plot.plot([], [], name=tr_("one layer"), symbol="o", pen=pg.mkPen(COLOURS["one layer"], width=2),
                                      symbolBrush=COLOURS["one layer"]),
                       self.plot.plot([], [], name=tr_("three layers"), symbol="o", pen=pg.mkPen(COLOURS["deep"], width=2),
                                      symbolBrush=COLOURS["deep"])]
        info = QLabel(DATA_TIP)
        info.setWordWrap(True)
        self.add_export(tr_("Tiles (PNG/SVG)…"), lambda: self.save_widget(self.tiles, "natural_tiles"))
        self.add_export(tr_("Accuracy plot (PNG/SVG/CSV)…"), lambda: self.save_plot(self.plot, "natural_sweep",
                                                                               table=self.result_table))
        self.add_export(tr_("Tables (PNG/SVG)…"), lambda: self.save_widget(self.tables_box, "natural_tables"))
        cards = []
        for title, table in ((QLabel(tr_("This lab (softmax = logistic regression, test accuracy):")), self.lab_table),
                             (self.report_title, self.report_table)):
            title.setWordWrap(True)
            card = QWidget()
            col = QVBoxLayout(card)
            col.setContentsMargins(0, 0, 0, 0)
            col.addWidget(title)
            col.addWidget(table, 1)
            cards.append([card])
        self.tables_box = WrapRow(cards)     # side by side; one above the other when too narrow
        self.tiles_of = QComboBox()
        self.tiles_of.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tiles_of.setToolTip(tr_("Whose first-layer filters the tiles show, once a sweep is done"))
        self.tiles_of.currentIndexChanged.connect(self._pick_tiles)
        tiles_box = QWidget()
        col = QVBoxLayout(tiles_box)
        col.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(tr_("Filters of")))
        pick.addWidget(self.tiles_of)
        pick.addStretch(1)
        col.addLayout(pick)
        col.addWidget(self.tiles, 1)
        top = stacked(tiles_box, self.tables_box, (1, 1))
        self.side_layout(stacked(top, self.plot, (3, 2)), self.stage, info, width=380)
        self._show_report()
        self.refresh()
        set_empty(self.tiles, EMPTY_TILES)          # before a first sweep: what to do, no blank panes
        set_empty(self.plot, EMPTY_PLOT)
        set_empty(self.lab_table, EMPTY_TABLE)

    # ------------------------------------------------------------------- jobs
    def _common(self, v: dict) -> dict:
        return dict(rho=v["rho"], beta=v["beta"], lam=v["lam"], max_iter=v["max_iter"], whiten=v["whiten"],
                    epsilon=v["epsilon"], patch_mean=v["patch_mean"])

    def _on_changed(self, name: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        """ε and the mean removal only mean something with whitening on."""
        on = bool(self.form.value("whiten"))
        for f in ("epsilon", "patch_mean"):
            self.form.set_enabled(f, on)

    def job(self) -> Job:
        v = self.form.values()
        nets = [(v["hidden"],)] + ([tuple(int(h) for h in v["deep"])] if v["deep"] else [])
        self.kind = "steps"
        self.tiles_of.clear()
        self._show_report()
        return Job(ni.iter_step_sweep, (), dict(networks=nets, steps=tuple(int(s) for s in v["steps"]),
                                               n_patches=v["patches"], **self._common(v)),
                   stop=True, kind="steps", message=tr_("step sweep…"))

    def count_job(self) -> Job:
        v = self.form.values()
        self.kind = "counts"
        self.tiles_of.clear()
        self._show_report()
        return Job(ni.iter_patch_sweep, (), dict(counts=tuple(int(c) for c in v["counts"]), step=v["count_step"],
                                                hidden=v["hidden"], **self._common(v)),
                   stop=True, kind="counts", message=tr_("patch-count sweep…"))

    def _on_snapshot(self, snap) -> None:
        if isinstance(snap, ni.SweepProgress):
            self.stage.setText(translate(snap.text))
            if snap.tiles is not None:
                self.tiles.set_tiles(colour_tiles(snap.tiles))
                clear_empty(self.tiles)
            self._show_rows(snap.rows)

    def _on_done(self, value) -> None:
        if isinstance(value, ni.Sweep):
            self.sweep = value
            self._show_rows(value.rows)
            self.tiles_of.blockSignals(True)
            self.tiles_of.clear()
            for key in value.tiles:
                self.tiles_of.addItem(translate(key), key)
            self.tiles_of.blockSignals(False)
            self._pick_tiles()
            self.stage.setText(tr_("done: {n} results").format(n=len(value.rows)))
            done = tr_("step sweep done") if self.kind == "steps" else tr_("patch-count sweep done")
            self.messages.info(tr_("{done}: pixels {percent} %").format(
                done=done, percent=numbers.fmt(100 * value.pixel_accuracy, 3)))

    def _on_cancelled(self) -> None:
        self.stage.setText(tr_("cancelled: the rows so far are kept"))

    # ---------------------------------------------------------------- display
    def _pick_tiles(self, *_args) -> None:
        key = self.tiles_of.currentData()
        if self.sweep is not None and key in self.sweep.tiles:
            self.tiles.set_tiles(colour_tiles(self.sweep.tiles[key]))
            clear_empty(self.tiles)

    def _show_rows(self, rows) -> None:
        if rows:
            clear_empty(self.plot)
            clear_empty(self.lab_table)
        labels = [r.label for r in rows if r.column == "pixels"]
        for r in rows:
            if r.label not in labels:
                labels.append(r.label)
        columns = []
        for r in rows:
            if r.column != "pixels" and r.column not in columns:
                columns.append(r.column)
        headers = [tr_("features")] + ([translate(c) for c in columns] or [tr_("accuracy")])
        now = [self.lab_table.horizontalHeaderItem(j) for j in range(self.lab_table.columnCount())]
        if [h.text() if h is not None else "" for h in now] != headers:   # header items replaced only on change
            self.lab_table.setColumnCount(len(headers))
            self.lab_table.setHorizontalHeaderLabels(headers)
        if self.lab_table.rowCount() != len(labels):
            self.lab_table.setRowCount(len(labels))
        for i, lab in enumerate(labels):
            set_text(self.lab_table, i, 0, translate(lab))
            for j in range(max(1, len(columns))):
                set_text(self.lab_table, i, 1 + j, "")
        for r in rows:
            i = labels.index(r.label)
            for j, col in enumerate(columns or ["pixels"]):
                if r.column in (col, "pixels"):
                    set_text(self.lab_table, i, 1 + j, f"{r.accuracy:.3f}")
        self._plot(rows, columns)

    def _plot(self, rows, columns) -> None:
        """Curves made once (pixels, first and second network); only their data change."""
        x_of = (lambda r: float(r.label.split()[1])) if self.kind == "steps" else \
            (lambda r: float(np.log10(float(r.label.split()[0].replace(",", "")))))
        self.plot.setLabel("bottom", tr_("step") if self.kind == "steps" else tr_("log10 (unlabelled patches)"))
        pix = [r for r in rows if r.column == "pixels"]
        others = [r for r in rows if r.column != "pixels"]
        xs = [x_of(r) for r in others]
        if pix and xs:
            self.curves[0].setData([min(xs), max(xs)], [pix[0].accuracy] * 2)
        else:
            self.curves[0].setData([], [])
        for k, curve in enumerate(self.curves[1:]):
            pts = [(x_of(r), r.accuracy) for r in others if k < len(columns) and r.column == columns[k]]
            curve.setData([p[0] for p in pts], [p[1] for p in pts])

    def _show_report(self) -> None:
        if self.kind == "steps":
            one, deep = ni.REPORT_STEPS["one layer"], ni.REPORT_STEPS["75-48-75"]
            self.report_table.setColumnCount(5)
            self.report_table.setHorizontalHeaderLabels([tr_("features"), tr_("one layer RF"), tr_("one layer LR"),
                                                         tr_("75-48-75 RF"), tr_("75-48-75 LR")])
            self.report_table.setRowCount(len(one))
            for i, (a, b) in enumerate(zip(one, deep)):
                for j, text in enumerate([translate(a[0]), f"{a[1]:.3f}", f"{a[2]:.3f}", f"{b[1]:.3f}", f"{b[2]:.3f}"]):
                    set_text(self.report_table, i, j, text)
        else:
            rows = ni.REPORT_PATCHES
            self.report_table.setColumnCount(3)
            self.report_table.setHorizontalHeaderLabels([tr_("features (step 12)"), tr_("random forest"), tr_("logistic regression")])
            self.report_table.setRowCount(len(rows))
            for i, (name, rf, lr) in enumerate(rows):
                for j, text in enumerate([translate(name), f"{rf:.3f}", f"{lr:.3f}"]):
                    set_text(self.report_table, i, j, text)

    def result_table(self) -> tuple[np.ndarray, list[str]]:
        if self.sweep is None:
            raise Problem(N_("no sweep yet: run one first"))
        kinds = sorted({r.column for r in self.sweep.rows})
        data = np.array([[i, kinds.index(r.column), r.accuracy, r.n_features] for i, r in enumerate(self.sweep.rows)])
        return data, ["row", "network_index", "accuracy", "n_features"]
