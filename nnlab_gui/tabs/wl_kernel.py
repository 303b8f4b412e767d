"""WL kernel tab: Weisfeiler–Lehman relabelling step by step, and the kernel on datasets.

Page "Two graphs": draw G1 and G2 (or load a preset / a file), step through the
iterations: nodes coloured and numbered by their current label, the iteration's
compression table in the course's notation (``3,34 → 7``), φ(G1) and φ(G2) as
aligned bars, and K(G1,G2) = Σ_ℓ φ_ℓ(G1) φ_ℓ(G2) as the sum of its non-zero
products (``49 + 12 + 4 = 65``), raw and cosine-normalised.

Page "Dataset": a TU-format folder (e.g. MUTAG), the Gram matrix for h iterations
computed on a worker, shown as a heatmap with the graphs sorted by class.
"""

from __future__ import annotations

import html
import time
from pathlib import Path

import networkx as nx
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSpinBox, QSplitter, QTabWidget, QTextBrowser, QToolButton, QVBoxLayout, QWidget,
)
from superqt import QLabeledSlider

from nnlab_gui.engine import wl
from nnlab_gui.engine.tu_dataset import TuDataset, load_tu
from nnlab_gui.tabs.base import LabTab
from nnlab_gui.widgets.export import (
    CSV_FILTER, IMAGE_FILTER, PLOT_FILTER, ask_open_path, ask_save_path, export_plot,
    export_widget, save_csv,
)
from nnlab_gui.widgets.graph_canvas import GraphCanvas, _kk_components, label_colour
from nnlab_gui.widgets.run_controls import RunControls

COURSE_MUTAG = Path(__file__).resolve().parents[3] / "shared" / "course_files" / "MUTAG"
GRAPH_FILTER = "Graphs (*.edgelist *.edges *.txt *.graphml *.gml);;All files (*)"
MAX_ITER = 8


def ask_open_dir(parent: QWidget | None, title: str) -> str:
    """Folder dialog (tests monkeypatch this); '' when cancelled."""
    return QFileDialog.getExistingDirectory(parent, title, "")


# ------------------------------------------------------------------ graph files
def _maybe_int(v):
    if isinstance(v, str):
        try:
            return int(v)
        except ValueError:
            try:
                f = float(v)
                return int(f) if f.is_integer() else v
            except ValueError:
                return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def read_graph_file(path: str | Path) -> tuple[nx.Graph, list[str]]:
    """Read an edge list, GraphML or GML file; returns (graph, notes).

    Rules: directed graphs become undirected, parallel edges collapse; a node's
    ``label`` (``wl_label`` in GML) becomes its initial label (default 1).
    Raises ValueError with the reason when the file cannot be read.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    notes: list[str] = []
    try:
        if suffix == ".graphml":
            g = nx.read_graphml(path)
        elif suffix == ".gml":
            g = nx.read_gml(path, label="id")
        else:
            g = nx.read_edgelist(path, data=False)
    except Exception as exc:  # networkx raises many kinds for bad files
        raise ValueError(f"cannot read {path.name}: {type(exc).__name__}: {exc}") from None
    if g.is_directed():
        g = g.to_undirected()
        notes.append("directed edges taken as undirected")
    if g.is_multigraph():
        g = nx.Graph(g)
        notes.append("parallel edges collapsed")
    out = nx.Graph()
    mapping = {v: _maybe_int(v) for v in g.nodes}
    if len(set(mapping.values())) != len(mapping):
        mapping = {v: v for v in g.nodes}
    for v, data in g.nodes(data=True):
        lab = data.get("wl_label", data.get("label", 1))
        lab = _maybe_int(lab)
        out.add_node(mapping[v], label=lab)
    out.add_edges_from((mapping[a], mapping[b]) for a, b in g.edges())
    return out, notes


def write_graph_file(graph: nx.Graph, path: str | Path) -> list[str]:
    """Write by suffix: .graphml, .gml (labels as ``wl_label``), else an edge list."""
    path = Path(path)
    suffix = path.suffix.lower()
    notes = []
    g = nx.Graph()
    for v, data in graph.nodes(data=True):
        g.add_node(v, label=data.get("label", 1))
    g.add_edges_from(graph.edges())
    if suffix == ".graphml":
        nx.write_graphml(g, path)
    elif suffix == ".gml":
        h = nx.Graph()
        for v, data in g.nodes(data=True):
            h.add_node(str(v), wl_label=data["label"])
        h.add_edges_from((str(a), str(b)) for a, b in g.edges())
        nx.write_gml(h, path)
    else:
        nx.write_edgelist(g, path, data=False)
        if any(d.get("label", 1) != 1 for _v, d in g.nodes(data=True)):
            notes.append("an edge list keeps no node labels (use GraphML or GML)")
        if any(g.degree(v) == 0 for v in g):
            notes.append("an edge list keeps no isolated nodes")
    return notes


# ------------------------------------------------------------------------ tab
class _NoHeightForWidth(QWidget):
    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False


class WlKernelTab(LabTab):
    TITLE = "WL kernel"
    OPEN_FILTER = GRAPH_FILTER + ";;TU dataset (*_A.txt)"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.trace: wl.WlTrace | None = None
        self.dataset: TuDataset | None = None
        self.gram: np.ndarray | None = None
        self._active = 0
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_pair_page(), "Two graphs")
        self.tabs.addTab(self._build_dataset_page(), "Dataset")
        # word-wrapped labels report height-for-width, which would make the main
        # window's scroll area size the tab by its preferred height; the body hides
        # that, so the splitters share whatever height there is
        body = _NoHeightForWidth()
        body_lay = QVBoxLayout(body)
        body_lay.setContentsMargins(0, 0, 0, 0)
        body_lay.addWidget(self.tabs, 1)
        body_lay.addWidget(self.messages)
        lay = QVBoxLayout(self)
        lay.addWidget(body)
        self.load_preset(0)

    # ================================================================ pair page
    def _build_pair_page(self) -> QWidget:
        page = QWidget()
        top = QHBoxLayout()
        top.addWidget(QLabel("Preset:"))
        self.preset_combo = QComboBox()
        self.preset_combo.addItems(list(wl.PRESETS))
        self.preset_combo.setToolTip("Seed 003's pair (K = 65), an isomorphic pair, and a "
                                     "non-isomorphic pair that WL cannot tell apart")
        self.preset_button = QPushButton("Load preset")
        self.preset_button.clicked.connect(lambda: self.load_preset(self.preset_combo.currentIndex()))
        top.addWidget(self.preset_combo)
        top.addWidget(self.preset_button)
        top.addSpacing(20)
        top.addWidget(QLabel("Iteration k:"))
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip("Previous iteration")
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip("Next iteration")
        self.iter_slider = QLabeledSlider(Qt.Orientation.Horizontal)
        self.iter_slider.setRange(0, MAX_ITER)
        self.iter_slider.setValue(2)
        self.iter_slider.setToolTip("σ⁽ᵏ⁾(v) = (ℓ⁽ᵏ⁻¹⁾(v), sorted neighbour labels); new signatures get "
                                    "new labels in sorted order")
        self.prev_button.clicked.connect(lambda: self.set_iteration(self.iteration - 1))
        self.next_button.clicked.connect(lambda: self.set_iteration(self.iteration + 1))
        self.iter_slider.valueChanged.connect(lambda _v: self._refresh_view())
        top.addWidget(self.prev_button)
        top.addWidget(self.iter_slider, 1)
        top.addWidget(self.next_button)

        self.canvases = [GraphCanvas("G1"), GraphCanvas("G2")]
        canvas_row = QHBoxLayout()
        for i, canvas in enumerate(self.canvases):
            box = QVBoxLayout()
            box.addWidget(canvas, 1)
            box.addLayout(self._canvas_toolbar(i))
            canvas.changed.connect(self._on_graph_changed)
            canvas_row.addLayout(box, 1)

        self.table_view = QTextBrowser()
        self.table_view.setToolTip("This iteration's compression table: signature → new label")
        self.kernel_label = QLabel()
        self.kernel_label.setWordWrap(True)
        self.kernel_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kernel_label.setToolTip("K(G1,G2) = φ(G1)·φ(G2) = Σ_ℓ φ_ℓ(G1) φ_ℓ(G2);  "
                                     "normalised: K(G1,G2)/√(K(G1,G1) K(G2,G2))")
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)

        self.bar_plot = pg.PlotWidget()
        self.bar_plot.setBackground("w")
        self.bar_plot.setLabel("left", "count")
        self.bar_plot.setLabel("bottom", "label ℓ")
        self.bar_plot.setToolTip("φ(G): how often each label occurs, iterations 0..k")
        self.bar_plot.addLegend(offset=(-10, 10))
        self.bars = [pg.BarGraphItem(x=[], height=[], width=0.38, brush=pg.mkBrush(60, 120, 200), name="φ(G1)"),
                     pg.BarGraphItem(x=[], height=[], width=0.38, brush=pg.mkBrush(230, 140, 40), name="φ(G2)")]
        for b in self.bars:
            self.bar_plot.addItem(b)
        self.bar_export = QPushButton("Export bars…")
        self.bar_export.setToolTip("Save the bar chart as PNG/SVG, or φ(G1), φ(G2) as CSV")
        self.bar_export.clicked.connect(self._on_export_bars)

        right = QVBoxLayout()
        right.addWidget(QLabel("<b>Compression table</b>"))
        right.addWidget(self.table_view, 2)
        right.addWidget(self.kernel_label)
        right.addWidget(self.note_label)
        right_w = QWidget()
        right_w.setLayout(right)
        right_w.setMinimumWidth(300)
        bars_w = QWidget()
        bl = QVBoxLayout(bars_w)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.bar_plot, 1)
        bl.addWidget(self.bar_export, 0, Qt.AlignmentFlag.AlignRight)

        graphs_w = QWidget()
        graphs_w.setLayout(canvas_row)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(bars_w)
        lower.addWidget(right_w)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setSizes([800, 460])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(graphs_w)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(page)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        return page

    def _canvas_toolbar(self, i: int) -> QHBoxLayout:
        row = QHBoxLayout()
        canvas = self.canvases[i]
        for text, kind in (("Spring", "spring"), ("Kamada–Kawai", "kamada_kawai"), ("Circular", "circular")):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(f"{text} layout (networkx)")
            b.clicked.connect(lambda _=False, c=canvas, k=kind: c.apply_layout(k))
            row.addWidget(b)
        for text, slot, tip in (("Undo", canvas.undo, "Undo the last edit"),
                                ("Clear", canvas.clear, "Remove every node"),
                                ("Open…", lambda _=False, i=i: self._on_open_graph(i), "Edge list, GraphML or GML"),
                                ("Save…", lambda _=False, i=i: self._on_save_graph(i), "Edge list, GraphML or GML"),
                                ("Export…", lambda _=False, i=i: self._on_export_canvas(i), "Save the drawing as PNG/SVG")):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        return row

    # -------------------------------------------------------------- pair model
    @property
    def iteration(self) -> int:
        return self.iter_slider.value()

    def set_iteration(self, k: int) -> None:
        self.iter_slider.setValue(max(0, min(MAX_ITER, int(k))))

    def load_preset(self, index: int) -> None:
        name = list(wl.PRESETS)[index]
        g1, g2 = wl.PRESETS[name]()
        self.preset_combo.setCurrentIndex(index)
        for canvas, g in zip(self.canvases, (g1, g2)):
            canvas.set_graph(g, pos=self._preset_pos(g), remember=True)
        self.messages.info(f"Loaded preset: {name}")

    @staticmethod
    def _preset_pos(g: nx.Graph) -> dict:
        pos = nx.get_node_attributes(g, "pos")
        if len(pos) == len(g):
            return pos
        return _kk_components(g) if len(g) else {}

    def graphs(self) -> list[nx.Graph]:
        return [c.graph for c in self.canvases]

    def _on_graph_changed(self) -> None:
        sender = self.sender()
        if sender in self.canvases:
            self._active = self.canvases.index(sender)
        try:
            self.trace = wl.trace(self.graphs(), iterations=MAX_ITER)
        except (ValueError, TypeError) as exc:
            self.messages.error(str(exc))
            return
        self._refresh_view()

    # ---------------------------------------------------------------- drawing
    def _refresh_view(self) -> None:
        tr = self.trace
        if tr is None:
            return
        k = self.iteration
        it = tr.iterations[k]
        for canvas, labels in zip(self.canvases, it.labels):
            canvas.set_colouring(labels)
        self.prev_button.setEnabled(k > 0)
        self.next_button.setEnabled(k < MAX_ITER)
        self.table_view.setHtml(self._table_html(it))
        ids, F = tr.feature_upto(k)
        x = np.arange(len(ids), dtype=float)
        self.bars[0].setOpts(x=x - 0.2, height=F[0].astype(float), width=0.38)
        self.bars[1].setOpts(x=x + 0.2, height=F[1].astype(float), width=0.38)
        ax = self.bar_plot.getAxis("bottom")
        step = max(1, len(ids) // 40)
        ax.setTicks([[(float(i), str(int(l))) for i, l in enumerate(ids) if i % step == 0]])
        self.bar_plot.setXRange(-0.7, max(len(ids) - 0.3, 0.7), padding=0)
        self.bar_plot.setYRange(0, max(1, int(F.max()) if F.size else 1) * 1.1, padding=0)
        self.phi = (ids, F)
        self.kernel_label.setText(self._kernel_html(ids, F, k))
        self.note_label.setText(self._notes_html(tr, k))

    @staticmethod
    def _table_html(it: wl.WlIteration) -> str:
        if it.k == 0:
            return ("<p><b>Iteration 0</b>: every node keeps its initial label "
                    "(attribute <i>label</i>, default 1).</p>")
        rows = "".join(
            f"<tr><td style='padding-right:10px'><code>{html.escape(wl.format_signature(sig))}</code></td>"
            f"<td>→</td><td style='background:{label_colour(lab).name()};padding:0 6px'><b>{lab}</b></td></tr>"
            for sig, lab in it.table.items())
        return (f"<p><b>Iteration {it.k}</b>: signature = own label, neighbours' labels sorted "
                f"({len(it.table)} new label{'s' if len(it.table) != 1 else ''})</p><table>{rows}</table>")

    @staticmethod
    def _kernel_html(ids: np.ndarray, F: np.ndarray, k: int) -> str:
        prod = F[0] * F[1]
        terms = [str(int(p)) for p in prod if p]
        k12 = int(prod.sum())
        k11, k22 = int(F[0] @ F[0]), int(F[1] @ F[1])
        norm = k12 / np.sqrt(k11 * k22) if k11 and k22 else 0.0
        expr = " + ".join(terms) if terms else "0"
        if len(terms) > 1:
            expr += f" = {k12}"
        return (f"<p><b>K(G1,G2)</b> over iterations 0..{k} = {expr}"
                f"<br>K(G1,G1) = {k11}, K(G2,G2) = {k22}; "
                f"normalised K = {k12}/√({k11}·{k22}) = <b>{norm:.4f}</b></p>")

    @staticmethod
    def _notes_html(tr: wl.WlTrace, k: int) -> str:
        notes = []
        if k >= 1:
            it = tr.iterations[k]
            if not it.shared_new_labels():
                first = next(j for j in range(1, len(tr.iterations)) if not tr.iterations[j].shared_new_labels())
                notes.append(f"G1 and G2 share no label of iteration {first}: this is where the course stops; "
                             "later iterations add nothing to K(G1,G2).")
        s = tr.stable_at()
        if s is not None and k >= s:
            notes.append(f"The colouring is stable since iteration {s}: later iterations only rename colours.")
        return "<br>".join(notes)

    # ----------------------------------------------------------------- files
    def open_file(self, path: str) -> None:
        p = Path(path)
        if p.is_dir() or p.name.endswith("_A.txt"):
            self.open_dataset(p if p.is_dir() else p.parent)
            return
        self.load_graph_file(path, self._active)

    def load_graph_file(self, path: str, which: int = 0) -> bool:
        try:
            g, notes = read_graph_file(path)
        except (ValueError, OSError) as exc:
            self.messages.error(f"{exc} — the current graphs are kept")
            return False
        self.canvases[which].set_graph(g)
        extra = f" ({'; '.join(notes)})" if notes else ""
        self.messages.info(f"G{which + 1}: {Path(path).name}, {g.number_of_nodes()} nodes, "
                           f"{g.number_of_edges()} edges{extra}")
        return True

    def _on_open_graph(self, i: int) -> None:
        path = ask_open_path(self, f"Open G{i + 1}", GRAPH_FILTER)
        if path:
            self.load_graph_file(path, i)

    def _on_save_graph(self, i: int) -> None:
        path = ask_save_path(self, f"Save G{i + 1}", "GraphML (*.graphml);;GML (*.gml);;Edge list (*.edgelist)",
                             f"G{i + 1}.graphml")
        if not path:
            return
        try:
            notes = write_graph_file(self.canvases[i].graph, path)
        except (OSError, nx.NetworkXError, ValueError) as exc:
            self.messages.error(f"could not save {path}: {exc}")
            return
        if notes:
            self.messages.warning(f"Saved {path}, but " + "; ".join(notes))
        else:
            self.messages.info(f"Saved {path}")

    def _on_export_canvas(self, i: int) -> None:
        path = ask_save_path(self, f"Export G{i + 1}", IMAGE_FILTER, f"G{i + 1}.png")
        if path:
            try:
                export_widget(self.canvases[i], path)
            except (ValueError, OSError) as exc:
                self.messages.error(str(exc))

    def _on_export_bars(self) -> None:
        path = ask_save_path(self, "Export φ(G1), φ(G2)", PLOT_FILTER, "wl_features.png")
        if not path:
            return
        try:
            if path.lower().endswith(".csv"):
                ids, F = self.phi
                save_csv(path, np.column_stack([ids, F[0], F[1]]), ["label", "phi_G1", "phi_G2"], fmt="%d")
            else:
                export_plot(self.bar_plot, path)
        except (ValueError, OSError) as exc:
            self.messages.error(str(exc))
        else:
            self.messages.info(f"Saved {path}")

    # ============================================================= dataset page
    def _build_dataset_page(self) -> QWidget:
        page = QWidget()
        self.ds_runner = self.make_runner()
        self.open_dir_button = QPushButton("Open TU dataset folder…")
        self.open_dir_button.setToolTip("A folder with NAME_A.txt, NAME_graph_indicator.txt, "
                                        "optional NAME_node_labels.txt and NAME_graph_labels.txt")
        self.open_dir_button.clicked.connect(self._on_open_dir)
        self.mutag_button = QPushButton("Course MUTAG")
        self.mutag_button.setToolTip(f"Open {COURSE_MUTAG}")
        self.mutag_button.setVisible(COURSE_MUTAG.is_dir())
        self.mutag_button.clicked.connect(lambda: self.open_dataset(COURSE_MUTAG))
        self.ds_label = QLabel("No dataset loaded: open a TU-format folder (NAME_A.txt, "
                               "NAME_graph_indicator.txt, …), or File → Open… a NAME_A.txt.")
        self.h_spin = QSpinBox()
        self.h_spin.setRange(0, 12)
        self.h_spin.setValue(5)
        self.h_spin.setToolTip("Iterations h: φ counts labels of iterations 0..h "
                               "(GraKeL's WeisfeilerLehman(n_iter=h))")
        self.norm_check = QCheckBox("normalised")
        self.norm_check.setToolTip("K(G,G')/√(K(G,G) K(G',G'))")
        self.run_controls = RunControls(self.ds_runner, self.compute_gram, "Compute Gram matrix", self)
        self.ds_runner.snapshot.connect(self._on_gram_progress)
        self.ds_runner.done.connect(self._on_gram_done)
        self.time_label = QLabel("")
        self.heat = pg.PlotWidget()
        self.heat.setBackground("w")
        self.heat.setAspectLocked(True)
        self.heat.invertY(True)
        self.heat.setLabel("bottom", "graph (sorted by class)")
        self.heat.setLabel("left", "graph (sorted by class)")
        self.heat_img = pg.ImageItem()
        self.heat_img.setColorMap(pg.colormap.get("viridis"))
        self.heat.addItem(self.heat_img)
        self.heat.setRange(xRange=(0, 1), yRange=(0, 1))
        self.colorbar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False, width=14)
        self.colorbar.setImageItem(self.heat_img, insert_in=self.heat.getPlotItem())
        self.class_lines = pg.PlotDataItem(pen=pg.mkPen("r", width=1.5), connect="pairs")
        self.heat.addItem(self.class_lines)
        self.hover_label = QLabel("")
        self.heat.scene().sigMouseMoved.connect(self._on_heat_hover)
        self.heat_export = QPushButton("Export…")
        self.heat_export.setToolTip("Heatmap as PNG/SVG, or the Gram matrix (original graph order) as CSV")
        self.heat_export.clicked.connect(self._on_export_heat)

        grid = QGridLayout()
        top = QHBoxLayout()
        top.addWidget(self.open_dir_button)
        top.addWidget(self.mutag_button)
        top.addWidget(self.ds_label, 1)
        grid.addLayout(top, 0, 0, 1, 5)
        grid.addWidget(QLabel("h:"), 1, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.h_spin, 1, 1)
        grid.addWidget(self.norm_check, 1, 2)
        grid.addWidget(self.run_controls, 1, 3)
        grid.addWidget(self.heat_export, 1, 4)
        grid.setColumnStretch(3, 1)
        lay = QVBoxLayout(page)
        lay.addLayout(grid)
        lay.addWidget(self.time_label)
        lay.addWidget(self.heat, 1)
        lay.addWidget(self.hover_label)
        return page

    def _on_open_dir(self) -> None:
        path = ask_open_dir(self, "TU dataset folder")
        if path:
            self.open_dataset(path)

    def open_dataset(self, path: str | Path, compute: bool = True) -> bool:
        try:
            ds = load_tu(path)
        except (ValueError, OSError) as exc:
            self.messages.error(f"{exc} — the previous dataset is kept")
            return False
        self.dataset = ds
        sizes = np.diff(ds.batch.node_offsets)
        classes = "no graph labels" if ds.graph_labels is None else \
            "classes " + ", ".join(f"{c}: {n}" for c, n in zip(*np.unique(ds.graph_labels, return_counts=True)))
        self.ds_label.setText(f"<b>{ds.name}</b>: {ds.n_graphs} graphs, {ds.batch.n_nodes} nodes "
                              f"(mean {sizes.mean():.1f} per graph), "
                              f"{'node labels' if ds.has_node_labels else 'no node labels (all 1)'}; {classes}")
        self.tabs.setCurrentIndex(1)
        self.messages.info(f"Loaded TU dataset {ds.name} from {path}")
        if compute:
            self.compute_gram()
        return True

    def compute_gram(self) -> None:
        if self.dataset is None:
            self.messages.warning("Open a TU dataset folder first")
            return
        self._t0 = time.perf_counter()
        self._gram_h = self.h_spin.value()
        self.run_controls.progress.setValue(0)
        self.time_label.setText(f"Computing the Gram matrix of {self.dataset.n_graphs} graphs, h = {self._gram_h}…")
        self.ds_runner.start(wl.kernel_steps, self.dataset.batch, self._gram_h, self.norm_check.isChecked())

    def _on_gram_progress(self, snap: wl.KernelProgress) -> None:
        self.run_controls.set_progress(snap.done, snap.total)

    def _on_gram_done(self, snap) -> None:
        if not isinstance(snap, wl.KernelProgress) or snap.K is None:
            return
        elapsed = time.perf_counter() - self._t0
        self.gram = snap.K
        ds = self.dataset
        order = np.arange(ds.n_graphs) if ds.graph_labels is None else np.argsort(ds.graph_labels, kind="stable")
        self.gram_order = order
        Ks = snap.K[np.ix_(order, order)]
        lo, hi = float(Ks.min()), float(Ks.max())
        self.heat_img.setImage(Ks.T, levels=(lo, hi if hi > lo else lo + 1))
        self.colorbar.setLevels((lo, hi if hi > lo else lo + 1))
        self.heat.setRange(xRange=(0, len(order)), yRange=(0, len(order)), padding=0.02)
        xs, ys = [], []
        if ds.graph_labels is not None:
            n = float(ds.n_graphs)
            for b in np.flatnonzero(np.diff(ds.graph_labels[order])) + 1:
                xs += [float(b), float(b), 0.0, n]
                ys += [0.0, n, float(b), float(b)]
        self.class_lines.setData(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float))
        kind = "normalised" if self.norm_check.isChecked() else "raw"
        self.time_label.setText(
            f"{ds.name}: {ds.n_graphs}×{ds.n_graphs} Gram matrix ({kind}), h = {self._gram_h}, "
            f"{snap.n_labels} labels, computed in {elapsed:.3f} s. Red lines separate the classes.")
        self.messages.info(f"Gram matrix ready in {elapsed:.3f} s")

    def describe_cell(self, row: int, col: int) -> str:
        """Text for heatmap cell (row, col) in sorted order."""
        if self.gram is None or not (0 <= row < len(self.gram_order) and 0 <= col < len(self.gram_order)):
            return ""
        i, j = int(self.gram_order[row]), int(self.gram_order[col])
        gl = self.dataset.graph_labels
        cls = (lambda g: f" (class {gl[g]})") if gl is not None else (lambda g: "")
        return f"graph {i + 1}{cls(i)} × graph {j + 1}{cls(j)}: K = {self.gram[i, j]:g}"

    def _on_heat_hover(self, scene_pos) -> None:
        if self.gram is None:
            return
        p = self.heat.getPlotItem().vb.mapSceneToView(scene_pos)
        self.hover_label.setText(self.describe_cell(int(np.floor(p.y())), int(np.floor(p.x()))))

    def _on_export_heat(self) -> None:
        if self.gram is None:
            self.messages.warning("Compute a Gram matrix first")
            return
        path = ask_save_path(self, "Export Gram matrix", PLOT_FILTER, "wl_gram.png")
        if not path:
            return
        try:
            if path.lower().endswith(".csv"):
                save_csv(path, self.gram)
            else:
                export_plot(self.heat, path)
        except (ValueError, OSError) as exc:
            self.messages.error(str(exc))
        else:
            self.messages.info(f"Saved {path}")

    def export_view_widget(self) -> QWidget:
        return self.tabs.currentWidget()
