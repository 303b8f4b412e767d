"""WL kernel → "Two graphs": Weisfeiler–Lehman relabelling of G1 and G2, step by step.

Draw G1 and G2 (or pick a preset / open a graph file) and step through the iterations
k = 0..8: nodes are coloured and numbered by their label ℓ⁽ᵏ⁾(v), where iteration k
relabels by the signature

    σ⁽ᵏ⁾(v) = ( ℓ⁽ᵏ⁻¹⁾(v), sort{ ℓ⁽ᵏ⁻¹⁾(u) : u ∈ N(v) } )    (course notation ``3,34``),

the compression table lists the iteration's new labels, the bars show φ(G1), φ(G2)
(label counts over iterations 0..k) and the kernel K(G1,G2) = Σ_ℓ φ_ℓ(G1) φ_ℓ(G2) is
written as the sum of its non-zero products (``49 + 12 + 4 = 65``), raw and normalised.
Ctrl+R steps to the next iteration; after the iteration where the colouring is stable
(nothing new comes later, only renamed colours) it wraps back to 0.  The page's state is
both graphs (nodes with labels, edges, drawing) and k.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSplitter, QTextBrowser,
                               QToolButton, QVBoxLayout, QWidget)
from superqt import QLabeledSlider

from nnlab_gui.engine import wl
from nnlab_gui.engine.graph_io import (component_layout, fit_unit_square, graph_from_data, graph_to_data,
                                       is_tu_path, read_graph_file, write_graph_file)
from nnlab_gui.pages import Page, Preset
from nnlab_gui.engine import wl_text
from nnlab_gui.tabs.wl_kernel import answers
from nnlab_gui.tabs.wl_kernel.files import GRAPH_FILTER, GRAPH_SAVE_FILTER, OPEN_FILTER, bring_forward, hand_over
from nnlab_gui.widgets import export
from nnlab_gui.widgets.graph_canvas import GraphCanvas
from nnlab_gui.widgets.plots import make_plot
from nnlab_gui.widgets.side_column import SideColumn
from nnlab_gui.widgets.wrap_row import WrapRow
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, error_text, tr_, translate

MAX_ITER = 8
LAYOUTS = (("Spring", "spring"), ("Kamada–Kawai", "kamada_kawai"), ("Circular", "circular"))


def _preset(name: str, build) -> Preset:
    """A preset pair as page state: both graphs with their drawings."""
    graphs = []
    for g in build():
        pos = nx.get_node_attributes(g, "pos")
        if len(pos) != len(g):
            pos = component_layout(g) if len(g) else {}
        graphs.append(graph_to_data(g, fit_unit_square(pos)))
    tip = (build.__doc__ or "").strip().split("\n")[0]
    return Preset(name, {"graphs": graphs}, tip)


def _splitter(orientation: Qt.Orientation, *parts: tuple[QWidget, int]) -> QSplitter:
    """A splitter of (widget, stretch) parts."""
    split = QSplitter(orientation)
    for i, (widget, stretch) in enumerate(parts):
        split.addWidget(widget)
        split.setStretchFactor(i, stretch)
    return split


class _TableView(QTextBrowser):
    """The compression table: it asks for five lines and takes whatever room is left, so the
    kernel's sum below it stays in view in its scrolling column."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().sizeHint().width(), 5 * self.fontMetrics().lineSpacing())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()


class PairPage(Page):
    TITLE = N_("Two graphs")
    PRESETS = [_preset(name, build) for name, build in wl.PRESETS.items()]
    OPEN_FILTER = OPEN_FILTER

    def build(self) -> None:
        self.trace: wl.WlTrace | None = None
        self.phi = (np.zeros(0, dtype=np.int64), np.zeros((2, 0), dtype=np.int64))
        self._active = 0
        self.preset_picker.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(tr_("Previous iteration"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(tr_("Next iteration (Ctrl+R: the next one, back to 0 once the colouring is stable)"))
        self.iter_slider = QLabeledSlider(Qt.Orientation.Horizontal)
        self.iter_slider.setRange(0, MAX_ITER)
        self.iter_slider.setValue(2)
        self.iter_slider.setToolTip(tr_("σ⁽ᵏ⁾(v) = (ℓ⁽ᵏ⁻¹⁾(v), sorted neighbour labels); new signatures get "
                                    "new labels in sorted order"))
        self.prev_button.clicked.connect(lambda: self.set_iteration(self.iteration - 1))
        self.next_button.clicked.connect(lambda: self.set_iteration(self.iteration + 1))
        self.iter_slider.valueChanged.connect(lambda _v: self._draw())
        top = QHBoxLayout()
        top.addWidget(self.preset_picker)
        top.addSpacing(20)
        top.addWidget(QLabel(tr_("Iteration k:")))
        top.addWidget(self.prev_button)
        top.addWidget(self.iter_slider, 1)
        top.addWidget(self.next_button)

        self.canvases = [GraphCanvas("G1"), GraphCanvas("G2")]
        canvas_row = QHBoxLayout()
        canvas_row.setContentsMargins(0, 0, 0, 0)
        for i, canvas in enumerate(self.canvases):
            box = QVBoxLayout()
            box.addWidget(canvas, 1)
            box.addWidget(self._canvas_toolbar(i))
            canvas.changed.connect(lambda i=i: self._on_graph_changed(i))
            canvas_row.addLayout(box, 1)
            self.add_export(f"G{i + 1} drawing (PNG/SVG)…", lambda i=i: self.export_canvas(i))
            self.add_export(f"G{i + 1} as a graph file (GraphML/GML/edge list)…", lambda i=i: self.save_graph(i))

        self.table_view = _TableView()
        self.table_view.setToolTip(tr_("This iteration's compression table: signature → new label"))
        self.kernel_label = QLabel()
        self.kernel_label.setWordWrap(True)
        self.kernel_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kernel_label.setToolTip(tr_("K(G1,G2) = φ(G1)·φ(G2) = Σ_ℓ φ_ℓ(G1) φ_ℓ(G2);  "
                                     "normalised: K(G1,G2)/√(K(G1,G1) K(G2,G2))"))
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)

        self.bar_plot = make_plot("", N_("label ℓ"), N_("count"), grid=0,
                                  tip=N_("φ(G): how often each label occurs, iterations 0..k"))
        self.bar_plot.addLegend(offset=(-10, 10))
        # bars coloured like the nodes' labels: φ(G1) filled, φ(G2) hatched (legend swatches grey)
        self.bars = [pg.BarGraphItem(x=[], height=[], width=0.38, brush=pg.mkBrush("#9e9e9e"), name="φ(G1)"),
                     pg.BarGraphItem(x=[], height=[], width=0.38, name="φ(G2)", pen=pg.mkPen("#9e9e9e", width=2),
                                     brush=QBrush(QColor("#9e9e9e"), Qt.BrushStyle.BDiagPattern))]
        for b in self.bars:
            self.bar_plot.addItem(b)
        self.add_export(N_("Bars φ(G1), φ(G2) (PNG/SVG/CSV)…"), self.export_bars)
        self.export_menu_button = self.export_button()

        right_w = QWidget()
        right = QVBoxLayout(right_w)
        right.addWidget(QLabel(tr_("<b>Compression table</b>")))
        right.addWidget(self.table_view, 2)
        right.addWidget(self.kernel_label)
        right.addWidget(self.note_label)
        right_w.setMinimumWidth(300)
        # the kernel's sum and the notes wrap; when the lower half is short (scale 2.0) the
        # column scrolls vertically instead of drawing them over each other
        right_col = SideColumn(right_w, 460)
        right_col.setFrameShape(QFrame.Shape.NoFrame)
        bars_w = QWidget()
        bl = QVBoxLayout(bars_w)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.bar_plot, 1)
        bl.addWidget(self.export_menu_button, 0, Qt.AlignmentFlag.AlignRight)
        graphs_w = QWidget()
        graphs_w.setLayout(canvas_row)
        lower = _splitter(Qt.Orientation.Horizontal, (bars_w, 3), (right_col, 2))
        lower.setSizes([800, 460])
        self.stack(top, _splitter(Qt.Orientation.Vertical, (graphs_w, 1), (lower, 1)))
        answers.install(self)                    # check my answer, numbered exercises
        self.preset_picker.choose(0)

    def _canvas_toolbar(self, i: int) -> WrapRow:
        """Layouts | edits and files: one line when it fits, a line each when it does not."""
        canvas = self.canvases[i]
        layouts = [(text, lambda _=False, k=kind: canvas.apply_layout(k), f"{text} layout (networkx)")
                   for text, kind in LAYOUTS]
        edits = [("Undo", canvas.undo, "Undo the last edit"),
                 ("Clear", canvas.clear, "Remove every node"),
                 ("Open…", lambda _=False: self.ask_graph_file(i), "Edge list, GraphML or GML"),
                 ("Save…", lambda _=False: self.save_graph(i), "Edge list, GraphML or GML"),
                 ("Export…", lambda _=False: self.export_canvas(i), "Save the drawing as PNG/SVG")]
        groups = []
        for buttons in (layouts, edits):
            group = []
            for text, slot, tip in buttons:
                b = QToolButton()
                b.setText(text)
                b.setToolTip(tip)
                b.clicked.connect(slot)
                group.append(b)
            groups.append(group)
        return WrapRow(groups)

    # ------------------------------------------------------------------ model
    @property
    def iteration(self) -> int:
        return self.iter_slider.value()

    def set_iteration(self, k: int) -> None:
        self.iter_slider.setValue(max(0, min(MAX_ITER, int(k))))

    def graphs(self) -> list[nx.Graph]:
        return [c.graph for c in self.canvases]

    def run_now(self) -> bool:
        """Ctrl+R: the next iteration; after the stable one (or k = 8) back to 0."""
        last = MAX_ITER
        if self.trace is not None and self.trace.stable_at() is not None:
            last = max(1, self.trace.stable_at())
        if self.iteration >= last:
            self.set_iteration(0)
            self.messages.info(f"Back to iteration 0: from iteration {last} on the colouring is stable"
                               if last < MAX_ITER else "Back to iteration 0")
        else:
            self.set_iteration(self.iteration + 1)
        return True

    def _on_graph_changed(self, i: int) -> None:
        self._active = i
        self.refresh()

    def refresh(self) -> None:
        try:
            self.trace = wl.trace(self.graphs(), iterations=MAX_ITER)
        except (ValueError, TypeError) as exc:
            self.trace = None                  # nothing stale is drawn: plain nodes, no colours
            for canvas in self.canvases:
                canvas.set_colouring(None)
            self.messages.error(error_text(exc), source="graphs")
            return
        self.messages.resolve("graphs")
        self._draw()

    # ------------------------------------------------------------------ state
    def extra_state(self) -> dict:
        return {"graphs": [graph_to_data(c.graph, c.pos) for c in self.canvases], "k": self.iteration}

    def apply_extra_state(self, state: dict) -> None:
        graphs, k = None, state.get("k")
        if "graphs" in state:
            raw = state["graphs"]
            if not isinstance(raw, list) or len(raw) != 2:
                raise Problem(N_("graphs: expected two graphs, [G1, G2]"))
            graphs = [graph_from_data(d, f"G{i + 1}") for i, d in enumerate(raw)]
        if k is not None and (isinstance(k, bool) or not isinstance(k, int) or not 0 <= k <= MAX_ITER):
            raise Problem(N_("iteration k: {value!r} is not a whole number in 0…{most}"), value=k, most=MAX_ITER)
        for canvas, (g, pos) in zip(self.canvases, graphs or ()):
            canvas.blockSignals(True)          # one trace afterwards (refresh), not one per graph
            canvas.set_graph(g, pos, remember=True, fit=False)
            canvas.blockSignals(False)
        if k is not None:
            self.iter_slider.blockSignals(True)
            self.iter_slider.setValue(k)
            self.iter_slider.blockSignals(False)

    # ---------------------------------------------------------------- drawing
    def _draw(self) -> None:
        tr = self.trace
        if tr is None or self.iteration >= len(tr.iterations):
            return
        k = self.iteration
        it = tr.iterations[k]
        for canvas, labels in zip(self.canvases, it.labels):
            canvas.set_colouring(labels)
        self.prev_button.setEnabled(k > 0)
        self.next_button.setEnabled(k < MAX_ITER)
        self.table_view.setHtml(wl_text.table_html(it, translate))
        ids, F = tr.feature_upto(k)
        x = np.arange(len(ids), dtype=float)
        colours = [wl_text.label_colour(int(lab)) for lab in ids]
        self.bars[0].setOpts(x=x - 0.2, height=F[0].astype(float), width=0.38,
                             brushes=[pg.mkBrush(c) for c in colours] or None)
        self.bars[1].setOpts(x=x + 0.2, height=F[1].astype(float), width=0.38,
                             brushes=[QBrush(QColor(c), Qt.BrushStyle.BDiagPattern) for c in colours] or None,
                             pens=[pg.mkPen(c, width=2) for c in colours] or None)   # [] trips pyqtgraph
        step = max(1, len(ids) // 40)
        self.bar_plot.getAxis("bottom").setTicks([[(float(i), str(int(l))) for i, l in enumerate(ids)
                                                   if i % step == 0]])
        self.bar_plot.setXRange(-0.7, max(len(ids) - 0.3, 0.7), padding=0)
        self.bar_plot.setYRange(0, max(1, int(F.max()) if F.size else 1) * 1.1, padding=0)
        self.phi = (ids, F)
        self.kernel_label.setText(wl_text.kernel_html(F, k, translate))
        self.note_label.setText(wl_text.notes_html(tr, k, translate))

    # ------------------------------------------------------------------ files
    def open_file(self, path: str) -> bool:
        """A graph file into the canvas edited last; a TU dataset to the Dataset page
        (read and checked here first: a bad one changes no page)."""
        if is_tu_path(path):
            from nnlab_gui.tabs.wl_kernel.dataset import read_tu

            return hand_over(self, "Dataset", path, read_tu, lambda other, ds: other.show_loaded(ds, path))
        ok = self.load_graph_file(path, self._active)
        if ok:
            bring_forward(self)
        return ok

    def load_graph_file(self, path: str, which: int = 0) -> bool:
        """Read, check and trace ``path`` with the other graph before G{which + 1} is replaced."""
        try:
            g, notes = read_graph_file(path)
        except (ValueError, OSError) as exc:
            self.messages.error(tr_("{why} — the current graphs are kept").format(why=error_text(exc)), source="file")
            return False
        return self.show_graph_file(path, g, notes, which)

    def show_graph_file(self, path: str, g: nx.Graph, notes: list, which: int | None = None) -> bool:
        """A graph read from ``path`` into G{which + 1} (default: the graph edited last), once the
        WL trace of the new pair is known to work; otherwise a message and nothing changes."""
        which = self._active if which is None else which
        pair = [g if i == which else c.graph for i, c in enumerate(self.canvases)]
        try:
            wl.trace(pair, iterations=MAX_ITER)
        except ValueError as exc:
            self.messages.error(tr_("{name}: {why} — the current graphs are kept").format(name=Path(path).name, why=error_text(exc)),
                                source="file")
            return False
        self._active = which
        self.canvases[which].set_graph(g)
        self.record_file(f"G{which + 1}", path, reread=False)     # the graph is in the state
        if self.messages.level != "error":     # a success never hides an error
            extra = f" ({'; '.join(notes)})" if notes else ""
            self.messages.info(f"G{which + 1}: {Path(path).name}, {g.number_of_nodes()} nodes, "
                               f"{g.number_of_edges()} edges{extra}")
        bring_forward(self)
        return True

    def ask_graph_file(self, i: int) -> None:
        path = export.ask_open_path(self, f"Open G{i + 1}", GRAPH_FILTER)
        if path:
            self.load_graph_file(path, i)

    def save_graph(self, i: int) -> str | None:
        notes: list[str] = []
        path = self.save(f"Save G{i + 1}", GRAPH_SAVE_FILTER, f"G{i + 1}.graphml",
                         lambda p: notes.extend(write_graph_file(self.canvases[i].graph, p)))
        if path and notes:
            self.messages.warning(f"saved {path}, but " + "; ".join(notes))
        return path

    def export_canvas(self, i: int) -> str | None:
        return self.save_widget(self.canvases[i], f"G{i + 1}")

    def export_bars(self) -> str | None:
        def table():
            ids, F = self.phi
            return np.column_stack([ids, F[0], F[1]]), ["label", "phi_G1", "phi_G2"]

        return self.save_plot(self.bar_plot, "wl_features", table=table, title=N_("Export φ(G1), φ(G2)"))
