"""WL kernel → "Dataset": the WL subtree Gram matrix of a TU-format dataset (e.g. MUTAG).

A TU folder (NAME_A.txt, NAME_graph_indicator.txt, optional NAME_node_labels.txt and
NAME_graph_labels.txt) is read and checked completely, then the Gram matrix

    K(G, G') = φ(G)·φ(G') = Σ_{k=0..h} Σ_ℓ c_ℓ⁽ᵏ⁾(G) c_ℓ⁽ᵏ⁾(G'),
    normalised: K(G, G') / √(K(G, G) K(G', G')),

is computed on a worker (``wl.dataset_steps``: a snapshot per relabelling iteration) and
shown as a heatmap with the graphs sorted by class (red lines between the classes).
A dataset of more than 1000 graphs is shown as a faithful downsampled view: each pixel is
the exact mean of K over a block of consecutive (class-sorted) graphs, computed from block
sums of the sparse features without forming K; beyond 6000 graphs K itself is not kept,
and the hover computes the exact entry K(i, j) from the two graphs' features on demand.
Opening a dataset computes it at once; Ctrl+R recomputes it with the current h.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy

from nnlab_gui.engine import wl, wl_gram
from nnlab_gui.engine.graph_io import is_tu_path, read_graph_file
from nnlab_gui.engine.tu_dataset import TuDataset, load_tu
from nnlab_gui.pages import Flag, Int, Job, Page
from nnlab_gui.tabs.wl_kernel.files import OPEN_FILTER, bring_forward, hand_over
from nnlab_gui.widgets.empty_state import clear_empty, set_empty
from nnlab_gui.widgets import export
from nnlab_gui.widgets.plots import make_plot
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, error_text, tr_

COURSE_MUTAG = Path(__file__).resolve().parents[4] / "shared" / "course_files" / "MUTAG"
EMPTY_HEAT = N_("Open a TU dataset folder (or press Course MUTAG, or File → Open… a NAME_A.txt): its Gram "
              "matrix K(G_i, G_j) is drawn here, graphs sorted by class. Compute Gram matrix (Ctrl+R) redraws it.")
NO_DATASET = ("No dataset loaded: open a TU-format folder (NAME_A.txt, NAME_graph_indicator.txt, …), "
              "or File → Open… a NAME_A.txt.")


def read_tu(path: str) -> TuDataset:
    """The TU dataset of a folder or of its NAME_A.txt."""
    p = Path(path)
    return load_tu(p if p.is_dir() else p.parent)


class DatasetPage(Page):
    TITLE = N_("Dataset")
    FIELDS = [
        Int("h", "h", 5, 0, 12, tip=N_("Iterations h: φ counts labels of iterations 0..h "
                                    "(GraKeL's WeisfeilerLehman(n_iter=h))")),
        Flag("normalised", N_("normalised"), False, tip="K(G,G')/√(K(G,G) K(G',G'))"),
    ]
    FORM_COLUMNS = 2
    RUN_TEXT = N_("Compute Gram matrix")
    RUN_TIP = N_("K = F Fᵀ over iterations 0..h for every pair of graphs")
    OPEN_FILTER = OPEN_FILTER

    def build(self) -> None:
        self.dataset: TuDataset | None = None
        self.gram: np.ndarray | None = None
        self.features = None                    # sparse φ of the graphs of the last result
        self.view_edges = np.zeros(1, dtype=np.int64)
        self.gram_order = np.zeros(0, dtype=np.int64)
        self._computing: dict = {}
        self.open_dir_button = QPushButton(tr_("Open TU dataset folder…"))
        self.open_dir_button.setToolTip(tr_("A folder with NAME_A.txt, NAME_graph_indicator.txt, "
                                        "optional NAME_node_labels.txt and NAME_graph_labels.txt"))
        self.open_dir_button.clicked.connect(self._on_open_dir)
        self.mutag_button = QPushButton(tr_("Course MUTAG"))
        self.mutag_button.setToolTip(f"Open {COURSE_MUTAG}")
        self.mutag_button.clicked.connect(lambda: self.open_file(str(COURSE_MUTAG)))
        self.ds_label = QLabel(NO_DATASET)
        self.ds_label.setWordWrap(True)          # a long dataset line wraps, the tab stays as wide as the window
        self.time_label = QLabel("")
        self.hover_label = QLabel("")

        self.heat = make_plot("", N_("graph (sorted by class)"), N_("graph (sorted by class)"), grid=0)
        self.heat.setAccessibleName(tr_("Gram matrix heatmap"))
        self.heat.setAspectLocked(True)
        self.heat.invertY(True)
        self.heat_img = pg.ImageItem()
        self.heat_img.setColorMap(pg.colormap.get("viridis"))
        self.heat.addItem(self.heat_img)
        self.heat.setRange(xRange=(0, 1), yRange=(0, 1))
        self.colorbar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False, width=14)
        self.colorbar.setImageItem(self.heat_img, insert_in=self.heat.getPlotItem())
        self.class_lines = pg.PlotDataItem(pen=pg.mkPen("r", width=1.5), connect="pairs")
        self.heat.addItem(self.class_lines)
        self.heat.scene().sigMouseMoved.connect(self._on_heat_hover)
        self.add_export(N_("Heatmap (PNG/SVG) or Gram matrix (CSV)…"), self.export_heatmap)
        self.add_export(N_("Gram matrix (CSV/.npy)…"), self.export_gram)

        top = QHBoxLayout()
        top.addWidget(self.open_dir_button)
        top.addWidget(self.mutag_button)
        top.addWidget(self.ds_label, 1)
        row = QHBoxLayout()
        self.form.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        row.addWidget(self.form)
        row.addWidget(self.run_panel, 1)
        row.addWidget(self.export_button())
        self.stack(top, row, self.time_label, self.heat, self.hover_label, stretch_index=3)
        self.mutag_button.setVisible(COURSE_MUTAG.is_dir())   # once in the layout (no stray window)
        set_empty(self.heat, EMPTY_HEAT)                       # no axes, no colour bar before a Gram matrix
        self.colorbar.setVisible(False)

    # ------------------------------------------------------------------- files
    def _on_open_dir(self) -> None:
        path = export.ask_open_dir(self, "TU dataset folder")
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> bool:
        """A TU folder or its NAME_A.txt (read and checked before anything changes); graph
        files go to the Two graphs page (read and checked here first)."""
        p = Path(path)
        if not is_tu_path(p):
            return hand_over(self, "Two graphs", path, read_graph_file,
                             lambda other, res: other.show_graph_file(path, *res))
        try:
            ds = read_tu(path)
        except (ValueError, OSError) as exc:
            self.messages.error(tr_("{why} — the previous dataset is kept").format(why=error_text(exc)), source="file")
            return False
        return self.show_loaded(ds, path)

    def show_loaded(self, ds: TuDataset, path: str) -> bool:
        """A dataset read and checked completely: show it and compute its Gram matrix."""
        self.show_dataset(ds)
        self.record_file("dataset", path)
        self.messages.info(f"Loaded TU dataset {ds.name} from {path}")
        bring_forward(self)
        self.compute()
        return True

    def show_dataset(self, ds: TuDataset) -> None:
        """Make ``ds`` the page's dataset (its Gram matrix is computed by :meth:`compute`)."""
        self.run_panel.discard()
        self.dataset = ds
        sizes = np.diff(ds.batch.node_offsets)
        classes = "no graph labels" if ds.graph_labels is None else \
            "classes " + ", ".join(f"{c}: {n}" for c, n in zip(*np.unique(ds.graph_labels, return_counts=True)))
        self.ds_label.setText(f"<b>{ds.name}</b>: {ds.n_graphs} graphs, {ds.batch.n_nodes} nodes "
                              f"(mean {sizes.mean():.1f} per graph), "
                              f"{'node labels' if ds.has_node_labels else 'no node labels (all 1)'}; {classes}")

    # --------------------------------------------------------------------- job
    def compute(self) -> bool:
        """The Gram matrix of the current dataset with the current h (a running one is superseded)."""
        self.run_panel.discard()
        return self.run()

    def job(self) -> Job:
        if self.dataset is None:
            raise Problem(N_("Open a TU dataset folder first"))
        v = self.form.values()
        ds = self.dataset
        order = np.arange(ds.n_graphs) if ds.graph_labels is None else np.argsort(ds.graph_labels, kind="stable")
        self._computing = dict(v, dataset=ds, order=order)
        self.time_label.setText(f"Computing the Gram matrix of {ds.n_graphs} graphs, h = {v['h']}…")
        return Job(wl.dataset_steps, (ds.batch, v["h"], v["normalised"], order), kind="gram")

    def _on_changed(self, name: str) -> None:
        if self.is_running():                  # the running matrix is for the old h: start again
            self.compute()

    def _on_cancelled(self) -> None:
        self.time_label.setText(tr_("Cancelled: the heatmap shows the previous Gram matrix"))
        super()._on_cancelled()

    def _on_done(self, snap) -> None:
        if not isinstance(snap, wl.KernelProgress) or "view" not in snap.extra:
            return
        elapsed = self.run_panel.elapsed
        ds, h, normalised = self._computing["dataset"], self._computing["h"], self._computing["normalised"]
        order, view, edges = self._computing["order"], snap.extra["view"], snap.extra["edges"]
        self.gram, self.features, self.view_edges = snap.K, snap.extra["F"], edges
        self.gram_order = order
        lo, hi = float(view.min()), float(view.max())
        levels = (lo, hi if hi > lo else lo + 1)
        n = len(order)
        self.heat_img.setImage(view.T, levels=levels)
        self.heat_img.setRect(0, 0, n, n)            # axes in graph positions, whatever the view's size
        clear_empty(self.heat)
        self.colorbar.setVisible(True)
        self.colorbar.setLevels(levels)
        self.heat.setRange(xRange=(0, n), yRange=(0, n), padding=0.02)
        xs, ys = [], []
        if ds.graph_labels is not None:
            n = float(ds.n_graphs)
            for b in np.flatnonzero(np.diff(ds.graph_labels[order])) + 1:
                xs += [float(b), float(b), 0.0, n]
                ys += [0.0, n, float(b), float(b)]
        self.class_lines.setData(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float))
        kind = "normalised" if normalised else "raw"
        shown = "" if len(view) == ds.n_graphs else (
            f" Shown as {len(view)}×{len(view)} exact block means (≈{ds.n_graphs / len(view):.0f} graphs a side); "
            "hover: the exact entry.")
        self.time_label.setText(
            f"{ds.name}: {ds.n_graphs}×{ds.n_graphs} Gram matrix ({kind}), h = {h}, "
            f"{snap.n_labels} labels, computed in {elapsed:.3f} s. Red lines separate the classes.{shown}")
        self.messages.info(f"Gram matrix ready in {elapsed:.3f} s")

    # -------------------------------------------------------------------- view
    def cell_value(self, row: int, col: int) -> float | None:
        """The exact K at heatmap position (row, col) (class-sorted), from K or from φ."""
        if self.features is None or not (0 <= row < len(self.gram_order) and 0 <= col < len(self.gram_order)):
            return None
        i, j = int(self.gram_order[row]), int(self.gram_order[col])
        if self.gram is not None:
            return float(self.gram[i, j])
        return wl_gram.entry(self.features, i, j, normalize=bool(self._computing.get("normalised")))

    def describe_cell(self, row: int, col: int) -> str:
        """Text for heatmap cell (row, col) in sorted order: the exact entry, and the block
        mean the pixel shows when the view is downsampled."""
        value = self.cell_value(row, col)
        if value is None:
            return ""
        i, j = int(self.gram_order[row]), int(self.gram_order[col])
        gl = self._computing["dataset"].graph_labels
        cls = (lambda g: f" (class {gl[g]})") if gl is not None else (lambda g: "")
        text = f"graph {i + 1}{cls(i)} × graph {j + 1}{cls(j)}: K = {value:g}"
        edges = self.view_edges
        if len(edges) - 1 < len(self.gram_order):
            a = int(np.searchsorted(edges, row, side="right")) - 1
            b = int(np.searchsorted(edges, col, side="right")) - 1
            img = self.heat_img.image
            if img is not None and 0 <= a < img.shape[1] and 0 <= b < img.shape[0]:
                text += (f"; this pixel: mean over graphs {edges[a] + 1}–{edges[a + 1]} × "
                         f"{edges[b] + 1}–{edges[b + 1]} (sorted) = {float(img[b, a]):g}")
        return text

    def _on_heat_hover(self, scene_pos) -> None:
        if self.features is None:
            return
        p = self.heat.getPlotItem().vb.mapSceneToView(scene_pos)
        self.hover_label.setText(self.describe_cell(int(np.floor(p.y())), int(np.floor(p.x()))))

    # ----------------------------------------------------------------- exports
    def _gram_table(self) -> tuple[np.ndarray, list[str]]:
        if self.gram is None:                  # too large to keep: the view's block means
            return np.asarray(self.heat_img.image).T, []
        return self.gram, []                   # original graph order, no header row

    def export_heatmap(self) -> str | None:
        if self.features is None:
            self.messages.warning(N_("Compute a Gram matrix first"))
            return None
        return self.save_plot(self.heat, "wl_gram", table=self._gram_table, title=N_("Export Gram matrix"))

    def export_gram(self) -> str | None:
        if self.gram is None and self.features is not None:
            n = len(self.gram_order)
            self.messages.warning(f"The Gram matrix of {n} graphs would take {n * n * 8 / 2 ** 30:.1f} GB, "
                                  "so it is not kept; export the heatmap view instead")
            return None
        if self.gram is None:
            self.messages.warning(N_("Compute a Gram matrix first"))
            return None
        return self.save_array(self._gram_table, "wl_gram", npy=True, title=N_("Save Gram matrix"))
