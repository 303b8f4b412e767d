"""Generator tab: sample, steer, interpolate, map and encode digits.

    W1 = A1 z + B1,  Z1 = max(W1, 0),  X = sigmoid(A2 Z1 + B2)      (SPEC §1)

Pages:

* **Samples** — a grid of decoded samples from a chosen prior (Gaussian, uniform on
  [−1, 1]^d, Gaussian mixture around 10 centres; scale and seed), one slider per latent
  dimension for the clicked tile (dragging redraws that tile live: a decode is a few
  microseconds), and an interpolation strip between two tiles (linear or spherical).
* **Latent map** — the test split encoded by the all-digits VAE, projected to 2-D by
  PCA and coloured by digit; hover names the digit, a click decodes that point.
* **Encode your own** — draw a digit, encode → decode it with the all-digits VAE, and
  read the reconstruction error ‖x − X(μ(x))‖² (the autoencoder's anomaly score) and
  its percentile among the test split.
* **Sampling** — the sampling panel (inverse CDF, Gibbs, Laplace noise).

The generator chooser offers the two bundled VAEs and any course ``.mat`` / lab ``.npz``
opened with Open… (File → Open…); a bad file leaves the current generator in place.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QPushButton, QScrollArea, QSpinBox, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)
from superqt import QLabeledDoubleSlider

from nnlab_gui.engine.datasets import load_digits
from nnlab_gui.engine.generator import Generator, default_generator, digits_generator, load_generator
from nnlab_gui.engine.imaging import mosaic, to_uint8
from nnlab_gui.engine.latent import (PRIORS, interpolate, pca_2d, percentile_of, reconstruction_error,
                                     sample_prior)
from nnlab_gui.tabs.base import LabTab
from nnlab_gui.widgets.export import (IMAGE_FILTER, PLOT_FILTER, ask_open_path, ask_save_path,
                                      export_plot, save_csv)
from nnlab_gui.widgets.image_view import ImagePanel, TileGrid
from nnlab_gui.widgets.paint_canvas import PaintCanvas

PRIOR_LABELS = {"gaussian": "Gaussian N(0, I)", "uniform": "Uniform on [−1, 1]^d",
                "mixture": "Gaussian mixture (10 centres in [−1, 1]^d)"}
PRIOR_TIPS = {"gaussian": "z = s·ε,  ε ~ N(0, I)",
              "uniform": "z = s·u,  u ~ U[−1, 1]^d",
              "mixture": "z = s·(c_k + 0.15 ε),  k uniform over 10 centres c_k ~ U[−1, 1]^d"}
LATENT_FILTER = "NumPy array (*.npy);;CSV data (*.csv)"
SLIDER_RANGE = 4.0
DIGIT_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                 "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]


def save_grey_png(image: np.ndarray, path: str | Path, zoom: int = 4) -> Path:
    """Write a grey image in [0, 1] as PNG, each pixel a zoom × zoom block."""
    a = to_uint8(image)
    if zoom > 1:
        a = np.kron(a, np.ones((zoom, zoom), dtype=np.uint8))
    a = np.ascontiguousarray(a)
    img = QImage(a.data, a.shape[1], a.shape[0], a.shape[1], QImage.Format.Format_Grayscale8)
    if not img.copy().save(str(path)):
        raise ValueError(f"could not write image file {path}")
    return Path(path)


class _FitLayout(QVBoxLayout):
    """A layout that does not trade height for width: inside the main window's scroll
    area the tab then fills the visible height instead of growing to its size hint
    (word-wrapped labels would otherwise make the whole tab height-for-width)."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False


class GeneratorTab(LabTab):
    TITLE = "Generator"
    OPEN_FILTER = "Generators (*.mat *.npz)"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.generators: list[Generator] = []
        self.generator: Generator | None = None
        self.Z = np.zeros((0, 10))
        self.prior_sample = None
        self.selected: int | None = None
        self.ends: list[int | None] = [None, None]
        self._digits_model: Generator | None = None
        self._map_cache = None
        self._sliders: list[QLabeledDoubleSlider] = []
        self._updating_sliders = False
        self.last_decode_ms = 0.0

        lay = _FitLayout(self)
        lay.addLayout(self._build_chooser())
        self.pages = QTabWidget()
        self.pages.addTab(self._build_samples_page(), "Samples")
        self.pages.addTab(self._build_map_page(), "Latent map")
        self.pages.addTab(self._build_encode_page(), "Encode your own")
        from nnlab_gui.tabs.sampling import SamplingPanel
        self.sampling = SamplingPanel()
        self.pages.addTab(self.sampling, "Sampling")
        self.pages.currentChanged.connect(self._on_page_changed)
        lay.addWidget(self.pages, 1)
        lay.addWidget(self.messages)

        for label, loader in (("Bundled: eights (VAE)", default_generator),
                              ("Bundled: all digits (VAE)", digits_generator)):
            try:
                self._add_generator(loader(), label, select=False)
            except ValueError as exc:
                self.messages.error(str(exc))
        if self.generators:
            self.chooser.setCurrentIndex(0)
            self._set_generator(0)

    # ================================================================ chooser
    def _build_chooser(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel("Generator:"))
        self.chooser = QComboBox()
        self.chooser.setToolTip("The network X = sigmoid(A2 max(A1 z + b1, 0) + b2) used on the Samples page")
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.activated.connect(self._set_generator)
        row.addWidget(self.chooser)
        self.open_button = QPushButton("Open .mat/.npz…")
        self.open_button.setToolTip("A course generator (A_1, B_1, A_2, B_2) or the lab's own .npz")
        self.open_button.clicked.connect(self._on_open_clicked)
        row.addWidget(self.open_button)
        self.info = QLabel()
        row.addWidget(self.info, 1)
        return row

    def _add_generator(self, g: Generator, label: str, select: bool = True) -> None:
        self.generators.append(g)
        self.chooser.addItem(label)
        if select:
            self.chooser.setCurrentIndex(len(self.generators) - 1)
            self._set_generator(len(self.generators) - 1)

    def _set_generator(self, index: int) -> None:
        g = self.generators[index]
        self.generator = g
        enc = "with encoder" if g.has_encoder else "no encoder"
        note = ""
        if g.meta.get("source") == "course .mat":
            note = " · course file: X = 1/(1+exp(W2)) draws dark ink on white"
        self.info.setText(f"latent {g.latent_dim} → {g.hidden_dim} ReLU → 784 sigmoid · {enc}{note}")
        self._build_sliders(g.latent_dim)
        self.ends = [None, None]
        self.resample()

    def _on_open_clicked(self) -> None:
        path = ask_open_path(self, "Open generator", self.OPEN_FILTER)
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Load a generator file; a bad one leaves the current generator in place."""
        try:
            g = load_generator(path)
        except ValueError as exc:
            self.messages.error(f"Could not open {Path(path).name}: {exc}. The previous generator is kept.")
            return
        self._add_generator(g, f"File: {Path(path).name}")
        self.pages.setCurrentIndex(0)
        self.messages.info(f"Loaded {Path(path).name}: latent {g.latent_dim}, hidden {g.hidden_dim}")

    # ================================================================ samples
    def _build_samples_page(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        left = QVBoxLayout()
        controls = QGridLayout()
        self.prior_box = QComboBox()
        for i, key in enumerate(PRIORS):
            self.prior_box.addItem(PRIOR_LABELS[key], key)
            self.prior_box.setItemData(i, PRIOR_TIPS[key], Qt.ItemDataRole.ToolTipRole)
        self.prior_box.setToolTip("Latent prior; the scale s multiplies every sample")
        self.scale_box = QDoubleSpinBox()
        self.scale_box.setRange(0.0, 5.0)
        self.scale_box.setSingleStep(0.1)
        self.scale_box.setValue(1.0)
        self.scale_box.setToolTip("Temperature / scale s: z = s · (prior sample)")
        self.seed_box = QSpinBox()
        self.seed_box.setRange(0, 2**31 - 1)
        self.seed_box.setValue(0)
        self.seed_box.setToolTip("Random seed: the same seed gives the same grid")
        self.size_box = QSpinBox()
        self.size_box.setRange(1, 20)
        self.size_box.setValue(10)
        self.size_box.setToolTip("Grid of n × n samples")
        self.resample_button = QPushButton("Resample")
        self.resample_button.setToolTip("Next seed and redraw")
        self.resample_button.clicked.connect(self._on_resample_clicked)
        controls.addWidget(QLabel("Prior"), 0, 0)
        controls.addWidget(self.prior_box, 0, 1, 1, 3)
        controls.addWidget(QLabel("Scale"), 1, 0)
        controls.addWidget(self.scale_box, 1, 1)
        controls.addWidget(QLabel("Seed"), 1, 2)
        controls.addWidget(self.seed_box, 1, 3)
        controls.addWidget(QLabel("Grid"), 2, 0)
        controls.addWidget(self.size_box, 2, 1)
        controls.addWidget(self.resample_button, 2, 2, 1, 2)
        for w in (self.prior_box,):
            w.currentIndexChanged.connect(lambda _i: self.resample())
        for w in (self.scale_box, self.seed_box, self.size_box):
            w.valueChanged.connect(lambda _v: self.resample())
        left.addLayout(controls)
        self.grid = TileGrid(title=None)
        self.grid.setToolTip("Click a tile: its z appears on the sliders")
        self.grid.tile_clicked.connect(self._on_tile_clicked)
        left.addWidget(self.grid, 1)
        exp = QHBoxLayout()
        self.export_grid_button = QPushButton("Export grid PNG…")
        self.export_grid_button.clicked.connect(self._on_export_grid)
        self.export_latent_button = QPushButton("Export latents .npy/CSV…")
        self.export_latent_button.setToolTip("The grid's latent vectors, one row per tile (row-major order)")
        self.export_latent_button.clicked.connect(self._on_export_latents)
        exp.addWidget(self.export_grid_button)
        exp.addWidget(self.export_latent_button)
        left.addLayout(exp)

        right = QVBoxLayout()
        box = QGroupBox("Steer the selected tile")
        bl = QVBoxLayout(box)
        self.tile_label = QLabel("Click a tile in the grid.")
        bl.addWidget(self.tile_label)
        self.steer_image = ImagePanel()
        self.steer_image.setMinimumSize(120, 120)
        self.steer_image.setMaximumHeight(160)
        bl.addWidget(self.steer_image)
        self.slider_host = QWidget()
        self.slider_form = QFormLayout(self.slider_host)
        self.slider_form.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.slider_host)
        bl.addWidget(scroll, 1)
        right.addWidget(box, 3)

        ibox = QGroupBox("Interpolate between two tiles")
        il = QGridLayout(ibox)
        self.set_a_button = QPushButton("A = selected")
        self.set_b_button = QPushButton("B = selected")
        self.set_a_button.clicked.connect(lambda: self._set_end(0))
        self.set_b_button.clicked.connect(lambda: self._set_end(1))
        self.interp_box = QComboBox()
        self.interp_box.addItem("linear", "linear")
        self.interp_box.addItem("spherical", "spherical")
        self.interp_box.setToolTip("linear: (1−t) z_A + t z_B\n"
                                   "spherical: [sin((1−t)Ω) z_A + sin(tΩ) z_B] / sin Ω,  cos Ω = z_A·z_B/(|z_A||z_B|)")
        self.interp_box.currentIndexChanged.connect(lambda _i: self._update_strip())
        self.steps_box = QSpinBox()
        self.steps_box.setRange(2, 20)
        self.steps_box.setValue(10)
        self.steps_box.valueChanged.connect(lambda _v: self._update_strip())
        self.ends_label = QLabel("A: –   B: –")
        il.addWidget(self.set_a_button, 0, 0)
        il.addWidget(self.set_b_button, 0, 1)
        il.addWidget(self.interp_box, 0, 2)
        il.addWidget(self.steps_box, 0, 3)
        il.addWidget(self.ends_label, 1, 0, 1, 4)
        self.strip = TileGrid()
        self.strip.setMinimumHeight(70)
        self.strip.setMaximumHeight(110)
        il.addWidget(self.strip, 2, 0, 1, 4)
        right.addWidget(ibox, 1)

        split = QSplitter()
        lw, rw = QWidget(), QWidget()
        lw.setLayout(left)
        rw.setLayout(right)
        split.addWidget(lw)
        split.addWidget(rw)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split)
        return page

    def _build_sliders(self, d: int) -> None:
        for s in self._sliders:
            s.setParent(None)
            s.deleteLater()
        while self.slider_form.rowCount():
            self.slider_form.removeRow(0)
        self._sliders = []
        for i in range(d):
            s = QLabeledDoubleSlider(Qt.Orientation.Horizontal)
            s.setRange(-SLIDER_RANGE, SLIDER_RANGE)
            s.setDecimals(2)
            s.setSingleStep(0.05)
            s.setValue(0.0)
            s.setEnabled(False)
            s.setToolTip(f"z[{i + 1}]: drag to redraw the selected tile live")
            s.valueChanged.connect(lambda v, i=i: self._on_slider(i, v))
            self.slider_form.addRow(f"z{i + 1}", s)
            self._sliders.append(s)

    @property
    def sliders(self) -> list[QLabeledDoubleSlider]:
        return list(self._sliders)

    def _on_resample_clicked(self) -> None:
        self.seed_box.setValue(self.seed_box.value() + 1)  # valueChanged → resample()

    def resample(self) -> None:
        g = self.generator
        if g is None:
            return
        n = self.size_box.value()
        try:
            self.prior_sample = sample_prior(self.prior_box.currentData(), n * n, g.latent_dim,
                                             self.scale_box.value(), self.seed_box.value())
        except ValueError as exc:
            self.messages.error(str(exc))
            return
        self.Z = self.prior_sample.Z.copy()
        self.grid.set_tiles(g.decode(self.Z).reshape(-1, 28, 28), cols=n)
        # something to look at at once: the first tile on the sliders, and the strip
        # from the first tile to the last until the user picks other ends
        self.ends = [0, n * n - 1] if n * n >= 2 else [None, None]
        self._update_strip()
        self.select_tile(0)

    def _on_tile_clicked(self, index: int) -> None:
        self._select(index)

    def select_tile(self, index: int | None) -> None:
        """Select a tile as a click would (tests, keyboard)."""
        self.grid.select(index)
        self._select(index)

    def _select(self, index: int | None) -> None:
        self.selected = index
        self._updating_sliders = True
        try:
            for i, s in enumerate(self._sliders):
                s.setEnabled(index is not None)
                s.setValue(float(np.clip(self.Z[index, i], -SLIDER_RANGE, SLIDER_RANGE)) if index is not None else 0.0)
        finally:
            self._updating_sliders = False
        if index is None:
            self.tile_label.setText("Click a tile in the grid.")
            self.steer_image.set_image(np.zeros((28, 28)))
        else:
            r, c = divmod(index, self.grid.cols)
            self.tile_label.setText(f"Tile {index} (row {r + 1}, column {c + 1}); ‖z‖ = {np.linalg.norm(self.Z[index]):.2f}")
            self.steer_image.set_image(self.grid.tiles[index])

    def _on_slider(self, i: int, value: float) -> None:
        if self._updating_sliders or self.selected is None or self.generator is None:
            return
        k = self.selected
        self.Z[k, i] = value
        t0 = time.perf_counter()
        img = self.generator.decode(self.Z[k])
        self.last_decode_ms = (time.perf_counter() - t0) * 1e3
        self.grid.update_tile(k, img)
        self.steer_image.set_image(img)
        self.tile_label.setText(f"Tile {k}; ‖z‖ = {np.linalg.norm(self.Z[k]):.2f}; "
                                f"decode {self.last_decode_ms:.2f} ms")
        if k in self.ends:
            self._update_strip()

    def _set_end(self, which: int) -> None:
        if self.selected is None:
            self.messages.warning("Click a tile first, then choose it as an end of the interpolation.")
            return
        self.ends[which] = self.selected
        self._update_strip()

    def set_interpolation_ends(self, a: int, b: int) -> None:
        self.ends = [a, b]
        self._update_strip()

    def _update_strip(self) -> None:
        a, b = self.ends
        self.ends_label.setText(f"A: {'–' if a is None else f'tile {a}'}   B: {'–' if b is None else f'tile {b}'}")
        if a is None or b is None or self.generator is None:
            # blank placeholders until both ends are chosen
            self.strip.set_tiles(np.full((self.steps_box.value(), 28, 28), 0.92), cols=self.steps_box.value())
            self.strip_Z = np.zeros((0, self.Z.shape[1]))
            return
        self.strip_Z = interpolate(self.Z[a], self.Z[b], self.steps_box.value(), self.interp_box.currentData())
        self.strip.set_tiles(self.generator.decode(self.strip_Z).reshape(-1, 28, 28), cols=len(self.strip_Z))

    def grid_image(self) -> np.ndarray:
        return mosaic(self.grid.tiles, self.grid.cols, pad=1, pad_value=1.0)

    def _on_export_grid(self) -> None:
        path = ask_save_path(self, "Export sample grid", "PNG image (*.png)", "samples.png")
        if path:
            try:
                save_grey_png(self.grid_image(), path)
                self.messages.info(f"Saved the grid to {path}")
            except ValueError as exc:
                self.messages.error(str(exc))

    def export_latents(self, path: str) -> Path:
        path = Path(path)
        if path.suffix.lower() == ".npy":
            np.save(path, self.Z)
        elif path.suffix.lower() == ".csv":
            save_csv(path, self.Z, header=[f"z{i + 1}" for i in range(self.Z.shape[1])])
        else:
            raise ValueError(f"unknown format {path.suffix!r}: use .npy or .csv")
        return path

    def _on_export_latents(self) -> None:
        path = ask_save_path(self, "Export latent vectors", LATENT_FILTER, "latents.npy")
        if path:
            try:
                self.export_latents(path)
                self.messages.info(f"Saved {len(self.Z)} latent vectors to {path}")
            except (ValueError, OSError) as exc:
                self.messages.error(str(exc))

    # ============================================================= latent map
    def digits_model(self) -> Generator:
        if self._digits_model is None:
            self._digits_model = digits_generator()
        return self._digits_model

    def _build_map_page(self) -> QWidget:
        page = QWidget()
        lay = QHBoxLayout(page)
        self.map_plot = pg.PlotWidget(background="w")
        self.map_plot.setLabel("bottom", "PC 1")
        self.map_plot.setLabel("left", "PC 2")
        self.map_plot.setToolTip("Test split encoded by the all-digits VAE (encoder mean μ), "
                                 "projected on its two principal directions: P = (μ − mean) V₂")
        self.map_legend = self.map_plot.addLegend(offset=(-10, 10), labelTextColor="k",
                                                  brush=pg.mkBrush(255, 255, 255, 220))
        self.map_items = []
        for c in range(10):
            item = pg.ScatterPlotItem(size=6, pen=None, brush=pg.mkBrush(DIGIT_COLOURS[c]), name=f"digit {c}")
            self.map_plot.addItem(item)
            self.map_items.append(item)
        self.map_marker = pg.ScatterPlotItem(size=14, symbol="x", pen=pg.mkPen("k", width=2), brush=None)
        self.map_plot.addItem(self.map_marker)
        self.map_hover = pg.TextItem("", color="k", fill=pg.mkBrush(255, 255, 230, 230), anchor=(0, 1))
        self.map_hover.setZValue(10)
        self.map_hover.setVisible(False)
        self.map_plot.addItem(self.map_hover)
        self.map_plot.scene().sigMouseMoved.connect(self._on_map_hover)
        self.map_plot.scene().sigMouseClicked.connect(self._on_map_click)
        lay.addWidget(self.map_plot, 3)
        side = QVBoxLayout()
        self.map_info = QLabel()
        self.map_info.setWordWrap(True)
        side.addWidget(self.map_info)
        self.map_image = ImagePanel(title="decoded point")
        self.map_image.setMinimumSize(160, 160)
        side.addWidget(self.map_image)
        self.map_point_label = QLabel("Click the map to decode a point.")
        self.map_point_label.setWordWrap(True)
        side.addWidget(self.map_point_label)
        b = QPushButton("Export map PNG/SVG/CSV…")
        b.clicked.connect(self._on_export_map)
        side.addWidget(b)
        side.addStretch(1)
        w = QWidget()
        w.setLayout(side)
        w.setMaximumWidth(300)
        lay.addWidget(w)
        return page

    def _on_page_changed(self, index: int) -> None:
        if self.pages.tabText(index).startswith("Latent"):
            self.ensure_map()
        elif self.pages.tabText(index).startswith("Encode"):
            self._ensure_reference()
            if not self._encode_shown and self.canvas.array.max() <= 0:
                self._encode_shown = True
                self._on_load_test_digit()  # something to look at on the first visit

    def ensure_map(self) -> None:
        if self._map_cache is not None:
            return
        try:
            g = self.digits_model()
        except ValueError as exc:
            self.messages.error(str(exc))
            return
        test = load_digits().split("test")
        codes = g.encode(test.images)
        proj = pca_2d(codes)
        self._map_cache = (codes, proj, test.labels.copy())
        for c, item in enumerate(self.map_items):
            keep = test.labels == c
            item.setData(proj.coords[keep, 0], proj.coords[keep, 1], data=np.flatnonzero(keep))
        self.map_info.setText(f"{len(codes)} test digits encoded by the bundled all-digits VAE "
                              f"(whatever the generator chooser says), latent {g.latent_dim} → 2-D by PCA "
                              f"(PC 1 {proj.explained[0]:.0%}, PC 2 {proj.explained[1]:.0%} of the variance). "
                              "Hover a point for its digit; click anywhere to decode.")
        self.decode_map_point(0.0, 0.0)  # the centre of the plane, until the user clicks

    @property
    def map_points(self) -> np.ndarray:
        """(n, 2) PCA coordinates of the test digits (empty before the map is built)."""
        return np.zeros((0, 2)) if self._map_cache is None else self._map_cache[1].coords

    def _nearest_map_point(self, x: float, y: float, radius_px: float = 6.0) -> int | None:
        if self._map_cache is None:
            return None
        coords = self._map_cache[1].coords
        vb = self.map_plot.getViewBox()
        px, py = vb.viewPixelSize()
        d2 = ((coords[:, 0] - x) / px) ** 2 + ((coords[:, 1] - y) / py) ** 2
        k = int(np.argmin(d2))
        return k if d2[k] <= radius_px ** 2 else None

    def _on_map_hover(self, scene_pos) -> None:
        if self._map_cache is None:
            return
        vb = self.map_plot.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            self.map_hover.setVisible(False)
            return
        p = vb.mapSceneToView(scene_pos)
        k = self._nearest_map_point(p.x(), p.y())
        if k is None:
            self.map_hover.setVisible(False)
            return
        labels = self._map_cache[2]
        self.map_hover.setText(f"digit {labels[k]} (test #{k})")
        self.map_hover.setPos(*self._map_cache[1].coords[k])
        self.map_hover.setVisible(True)

    def _on_map_click(self, event) -> None:
        if self._map_cache is None:
            return
        vb = self.map_plot.getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        p = vb.mapSceneToView(event.scenePos())
        self.decode_map_point(p.x(), p.y())

    def decode_map_point(self, x: float, y: float) -> np.ndarray:
        """Decode the map point (x, y): a test digit's own code if one is under the cursor,
        else the latent vector on the PCA plane, mean + x·v₁ + y·v₂."""
        codes, proj, labels = self._map_cache
        k = self._nearest_map_point(x, y)
        if k is not None:
            z = codes[k]
            self.map_point_label.setText(f"Test digit #{k}, a {labels[k]}: its code decoded.")
            self.map_marker.setData([proj.coords[k, 0]], [proj.coords[k, 1]])
        else:
            z = proj.inverse(np.array([[x, y]]))[0]
            self.map_point_label.setText(f"PCA plane point ({x:.2f}, {y:.2f}) decoded.")
            self.map_marker.setData([x], [y])
        img = self.digits_model().decode(z)
        self.map_image.set_image(img)
        return img

    def _on_export_map(self) -> None:
        path = ask_save_path(self, "Export latent map", PLOT_FILTER, "latent-map.png")
        if not path:
            return
        try:
            if path.lower().endswith(".csv"):
                codes, proj, labels = self._map_cache
                save_csv(path, np.column_stack([proj.coords, labels]), header=["pc1", "pc2", "digit"])
            else:
                export_plot(self.map_plot, path)
            self.messages.info(f"Saved the latent map to {path}")
        except (ValueError, OSError, TypeError) as exc:
            self.messages.error(f"Could not export the map: {exc}")

    # ======================================================= encode your own
    def _build_encode_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(QLabel("Draw a digit (left button paints, right button erases):"), 0, 0)
        grid.addWidget(QLabel("The all-digits VAE's nearest digit X(μ(x)):"), 0, 1)
        self.canvas = PaintCanvas((28, 28), soft=True, brush_size=2.6)
        self.canvas.setMaximumSize(380, 380)
        self.canvas.stroke_finished.connect(self.encode_drawing)
        grid.addWidget(self.canvas, 1, 0)
        self.recon_image = ImagePanel()
        self.recon_image.setMaximumSize(380, 380)
        self.recon_image.set_image(np.zeros((28, 28)))
        grid.addWidget(self.recon_image, 1, 1)
        row = QHBoxLayout()
        clear = QPushButton("Clear")
        clear.clicked.connect(self._on_clear_canvas)
        self.encode_button = QPushButton("Encode → decode")
        self.encode_button.setToolTip("x → μ(x) (encoder mean) → X(μ(x)) (decoder); also runs when a stroke ends")
        self.encode_button.clicked.connect(self.encode_drawing)
        self.sample_test_button = QPushButton("Load a test digit")
        self.sample_test_button.setToolTip("Put a random digit of the test split on the canvas")
        self.sample_test_button.clicked.connect(self._on_load_test_digit)
        row.addWidget(clear)
        row.addWidget(self.sample_test_button)
        row.addWidget(self.encode_button)
        row.addStretch(1)
        grid.addLayout(row, 2, 0)
        self.encode_result = QLabel("Draw, then release the mouse: the all-digits VAE encodes the drawing to "
                                    "its mean code μ(x) and decodes it.")
        self.encode_result.setWordWrap(True)
        self.encode_result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.encode_result.setToolTip("Anomaly score = reconstruction error ‖x − X(μ(x))‖² (seed 001): "
                                      "an input unlike the training digits reconstructs badly")
        grid.addWidget(self.encode_result, 2, 1, 2, 1)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(2, 1)
        self._reference_errors: np.ndarray | None = None
        self._test_rng = np.random.default_rng(1)
        self._encode_shown = False
        return page

    def _ensure_reference(self) -> np.ndarray | None:
        if self._reference_errors is None:
            try:
                g = self.digits_model()
            except ValueError as exc:
                self.messages.error(str(exc))
                return None
            test = load_digits().split("test")
            self._reference_errors = reconstruction_error(g, test.images)
            self._reference_codes = g.encode(test.images)
            self._reference_labels = test.labels.copy()
        return self._reference_errors

    def _on_clear_canvas(self) -> None:
        self.canvas.clear()
        self.recon_image.set_image(np.zeros((28, 28)))
        self.encode_result.setText("Canvas cleared.")

    def _on_load_test_digit(self) -> None:
        test = load_digits().split("test")
        k = int(self._test_rng.integers(len(test)))
        self.canvas.set_array(test.images[k])
        self.encode_drawing()

    def encode_drawing(self) -> dict | None:
        x = self.canvas.array.copy()
        if x.max() <= 0:
            self.messages.warning("The canvas is empty: draw a digit first.")
            return None
        ref = self._ensure_reference()
        if ref is None:
            return None
        g = self.digits_model()
        z = g.encode(x[None])[0]
        rec = g.decode(z)
        err = float(np.sum((rec - x) ** 2))
        pct = percentile_of(err, ref)
        nearest = int(np.argmin(np.sum((self._reference_codes - z) ** 2, axis=1)))
        label = int(self._reference_labels[nearest])
        self.recon_image.set_image(rec)
        verdict = ("typical" if pct < 90 else "unusual" if pct < 99 else "an outlier (anomaly)")
        self.encode_result.setText(
            f"<b>Reconstruction error</b> ‖x − X(μ(x))‖² = {err:.1f}<br>"
            f"higher than {pct:.1f} % of the 1,000 test digits: {verdict}.<br>"
            f"Nearest test code belongs to a <b>{label}</b>.")
        self.last_encoding = {"z": z, "reconstruction": rec, "error": err, "percentile": pct, "digit": label}
        return self.last_encoding

    # ================================================================ views
    def export_view_widget(self) -> QWidget:
        return self.pages.currentWidget() or self
