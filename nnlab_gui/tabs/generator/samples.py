"""Samples: a grid of decoded samples z ~ prior, steered tile by tile, and an interpolation strip.

    X = sigmoid(A2 max(A1 z + b1, 0) + b2)                          (SPEC §1)

Priors (scale s):  Gaussian z = s·ε, ε ~ N(0, I);  uniform z = s·u, u ~ U[−1, 1]^d;
mixture z = s·(c_k + 0.15 ε), k uniform over 10 centres c_k ~ U[−1, 1]^d.
The generator chooser offers the two bundled VAEs and any course ``.mat`` (A_1, B_1, A_2,
B_2) or lab ``.npz`` opened here; a bad file leaves the current generator in place.
Ctrl+R resamples with the next seed.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from nnlab_gui.engine.generator import MAX_Z, Generator, default_generator, digits_generator, load_generator
from nnlab_gui.engine.imaging import mosaic, to_uint8
from nnlab_gui.engine.latent import PRIORS, interpolate, sample_prior
from nnlab_gui.pages import Choice, Float, Int, Page
from nnlab_gui.tabs.generator.steer import SteerBox, StripBox
from nnlab_gui.widgets import export
from nnlab_gui.widgets.image_view import TileGrid
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, error_text, tr_

PRIOR_LABELS = {"gaussian": "Gaussian N(0, I)", "uniform": "Uniform on [−1, 1]^d",
                "mixture": "Gaussian mixture (10 centres in [−1, 1]^d)"}
PRIOR_TIPS = {"gaussian": "z = s·ε,  ε ~ N(0, I)",
              "uniform": "z = s·u,  u ~ U[−1, 1]^d",
              "mixture": "z = s·(c_k + 0.15 ε),  k uniform over 10 centres c_k ~ U[−1, 1]^d"}
BUNDLED = (("Bundled: eights (VAE)", default_generator), ("Bundled: all digits (VAE)", digits_generator))
PNG_FILTER = "PNG image (*.png)"


def save_grey_png(image: np.ndarray, path: str | Path, zoom: int = 4) -> Path:
    """Write a grey image in [0, 1] as PNG, each pixel a zoom × zoom block."""
    a = to_uint8(image)
    if zoom > 1:
        a = np.kron(a, np.ones((zoom, zoom), dtype=np.uint8))
    a = np.ascontiguousarray(a)
    img = QImage(a.data, a.shape[1], a.shape[0], a.shape[1], QImage.Format.Format_Grayscale8)
    if not img.copy().save(str(path)):
        raise Problem(N_("could not write image file {path}"), path=path)
    return Path(path)


class SamplesPage(Page):
    TITLE = N_("Samples")
    OPEN_FILTER = "Generators (*.mat *.npz)"
    FIELDS = [
        Choice("prior", N_("Prior"), "gaussian", [(k, PRIOR_LABELS[k], PRIOR_TIPS[k]) for k in PRIORS],
               tip=N_("Latent prior; the scale s multiplies every sample")),
        Float("scale", N_("Scale s"), 1.0, 0.0, 5.0, step=0.1, decimals=2,
              tip=N_("Temperature / scale s: z = s · (prior sample)")),
        Int("seed", N_("Seed"), 0, 0, 2**31 - 1, tip=N_("Random seed: the same seed gives the same grid")),
        Int("n", N_("Grid n"), 10, 1, 20, tip=N_("Grid of n × n samples")),
        Choice("interp", N_("Interpolation"), "linear",
               [("linear", N_("linear"), "(1−t) z_A + t z_B"),
                ("spherical", N_("spherical"), N_("[sin((1−t)Ω) z_A + sin(tΩ) z_B] / sin Ω"))],
               tip=N_("linear: (1−t) z_A + t z_B\nspherical: [sin((1−t)Ω) z_A + sin(tΩ) z_B] / sin Ω,  "
                   "cos Ω = z_A·z_B/(|z_A||z_B|)")),
        Int("steps", N_("Strip"), 10, 2, 20, unit=N_("tiles"), tip=N_("Number of tiles in the interpolation strip")),
    ]
    FORM_COLUMNS = 2

    def build(self) -> None:
        self.generators: list[Generator] = []
        self.generator: Generator | None = None
        self.Z = np.zeros((0, 10))
        self.strip_Z = np.zeros((0, 10))
        self.prior_sample = None
        self.selected: int | None = None
        self.ends: list[int | None] = [None, None]
        self._edits: dict[int, np.ndarray] = {}     # tiles whose z the sliders changed
        self._pending: dict | None = None           # selection / ends / edits of an applied state
        self._grid_of: tuple = ()                   # the inputs the grid was sampled from
        self.last_decode_ms = 0.0

        top = QHBoxLayout()
        top.addWidget(QLabel(tr_("Generator:")))
        self.chooser = QComboBox()
        self.chooser.setToolTip(tr_("The network X = sigmoid(A2 max(A1 z + b1, 0) + b2) this page samples"))
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.activated.connect(self._set_generator)
        top.addWidget(self.chooser)
        self.open_button = QPushButton(tr_("Open .mat/.npz…"))
        self.open_button.setToolTip(tr_("A course generator (A_1, B_1, A_2, B_2) or the lab's own .npz"))
        self.open_button.clicked.connect(self._on_open_clicked)
        top.addWidget(self.open_button)
        self.info = QLabel()
        top.addWidget(self.info, 1)

        self.resample_button = QPushButton(tr_("Resample"))
        self.resample_button.setToolTip(tr_("Next seed and redraw (Ctrl+R)"))
        self.resample_button.clicked.connect(self.run)
        self.grid = TileGrid(title=None)
        self.grid.setToolTip(tr_("Click a tile: its z appears on the sliders"))
        self.grid.tile_clicked.connect(self._select)
        self.steer = SteerBox()
        self.steer.moved.connect(self._on_slider)
        self.strip_box = StripBox()
        self.strip_box.end_chosen.connect(self._set_end)
        for name in ("interp", "steps"):              # their place is the interpolation box
            self.form.layout().removeWidget(self.form.widget(name))
            self.form.layout().removeWidget(self.form.label(name))
            self.form.label(name).hide()
        self.strip_box.add_controls(self.form.widget("interp"), self.form.widget("steps"))
        self.add_export(N_("Grid PNG…"), lambda: self.save(
            "Export sample grid", PNG_FILTER, "samples.png", lambda p: save_grey_png(self.grid_image(), p)))
        self.add_export(N_("Latents .npy/CSV…"), lambda: self.save_array(
            lambda: (self.Z, [f"z{i + 1}" for i in range(self.Z.shape[1])]), "latents.npy", npy=True,
            title=N_("Export latent vectors (one row per tile, row-major)")))
        self.add_export(N_("Interpolation strip PNG…"), lambda: self.save(
            "Export interpolation strip", PNG_FILTER, "strip.png",
            lambda p: save_grey_png(mosaic(self.strip_box.strip.tiles, len(self.strip_box.strip.tiles),
                                           pad=1, pad_value=1.0), p)))

        left, right = QWidget(), QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.resample_button, 1)
        row.addWidget(self.export_button())
        ll.addLayout(row)
        ll.addWidget(self.grid, 1)
        rl = QVBoxLayout(right)
        rl.addWidget(self.steer, 3)
        rl.addWidget(self.strip_box, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.stack(top, split)

        for label, loader in BUNDLED:
            try:
                self._add_generator(loader(), label, select=False)
            except ValueError as exc:
                self.messages.error(error_text(exc))
        if self.generators:
            self.chooser.setCurrentIndex(0)
            self._set_generator(0)

    # ------------------------------------------------------------ generators
    def _add_generator(self, g: Generator, label: str, select: bool = True) -> None:
        self.generators.append(g)
        self.chooser.addItem(label, label)         # the data keeps the English label (states name it)
        if select:
            self.chooser.setCurrentIndex(len(self.generators) - 1)
            self._set_generator(len(self.generators) - 1)

    def model_text(self) -> str:
        """The generator this page samples: the chooser's entry (the other pages name their own)."""
        return self.chooser.currentText() if self.generators else "none loaded"

    def _set_generator(self, index: int) -> None:
        g = self.generators[index]
        self.generator = g
        self.model_changed.emit()
        enc = tr_("with encoder") if g.has_encoder else tr_("no encoder")
        note = " · " + tr_("course file: X = 1/(1+exp(W2)) draws dark ink on white") \
            if g.meta.get("source") == "course .mat" else ""
        self.info.setText(tr_("latent {d} → {h} ReLU → 784 sigmoid").format(d=g.latent_dim, h=g.hidden_dim)
                          + f" · {enc}{note}")
        self.steer.set_dims(g.latent_dim)
        self.resample()

    def _on_open_clicked(self) -> None:
        path = export.ask_open_path(self, "Open generator", self.OPEN_FILTER)
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> bool:
        """Load a generator file; a bad one leaves the current generator in place."""
        name = Path(path).name
        try:
            g = load_generator(path)
        except ValueError as exc:
            self.messages.error(tr_("Could not open {name}: {why}. The previous generator is kept.").format(
                name=name, why=error_text(exc)),
                                source="file")
            return False
        self._add_generator(g, f"File: {name}")
        self.record_file(f"File: {name}", path)
        self.messages.info(f"Loaded {name}: latent {g.latent_dim}, hidden {g.hidden_dim}")
        return True

    @property
    def sliders(self):
        return self.steer.sliders

    # ---------------------------------------------------------------- grid
    def run_now(self) -> bool:
        """Ctrl+R / Resample: the next seed (its change redraws the grid)."""
        self.form.set_value("seed", self.form.value("seed") + 1)
        return True

    def _on_changed(self, name: str) -> None:
        if self._grid_inputs() != self._grid_of:        # another prior, scale, seed or size
            self.resample()
        else:
            self.update_strip()

    def _grid_inputs(self) -> tuple:
        return tuple(self.form.value(n) for n in ("prior", "scale", "seed", "n"))

    def resample(self) -> None:
        g = self.generator
        if g is None:
            return
        v = self.form.values()
        self._grid_of = self._grid_inputs()
        n = v["n"]
        try:
            self.prior_sample = sample_prior(v["prior"], n * n, g.latent_dim, v["scale"], v["seed"])
        except ValueError as exc:
            self.messages.error(error_text(exc))
            return
        self.Z = self.prior_sample.Z.copy()
        self._edits = {}
        self.grid.set_tiles(g.decode(self.Z).reshape(-1, 28, 28), cols=n)
        # something to look at at once: the first tile on the sliders, and the strip
        # from the first tile to the last until the user picks other ends
        self.ends = [0, n * n - 1] if n * n >= 2 else [None, None]
        self.update_strip()
        self.select_tile(0)

    def select_tile(self, index: int | None) -> None:
        """Select a tile as a click would (tests, keyboard)."""
        self.grid.select(index)
        self._select(index)

    def _select(self, index: int | None) -> None:
        self.selected = index
        if index is None:
            self.steer.show_tile(None, None, "Click a tile in the grid.")
            return
        r, c = divmod(index, self.grid.cols)
        self.steer.show_tile(self.Z[index], self.grid.tiles[index],
                             tr_("Tile {i} (row {r}, column {c}); ‖z‖ = {norm}").format(
                                 i=index, r=r + 1, c=c + 1, norm=f"{np.linalg.norm(self.Z[index]):.2f}"))

    def _on_slider(self, i: int, value: float) -> None:
        if self.selected is None or self.generator is None:
            return
        k = self.selected
        self.Z[k, i] = value
        self._redecode(k)
        self.steer.show_image(self.grid.tiles[k], tr_("Tile {i}; ‖z‖ = {norm}; decode {ms} ms").format(
            i=k, norm=f"{np.linalg.norm(self.Z[k]):.2f}", ms=f"{self.last_decode_ms:.2f}"))

    def _redecode(self, k: int) -> None:
        t0 = time.perf_counter()
        img = self.generator.decode(self.Z[k])
        self.last_decode_ms = (time.perf_counter() - t0) * 1e3
        self.grid.update_tile(k, img)
        self._edits[k] = self.Z[k].copy()
        if k in self.ends:
            self.update_strip()

    # ------------------------------------------------------------ the strip
    def _set_end(self, which: int) -> None:
        if self.selected is None:
            self.messages.warning(N_("Click a tile first, then choose it as an end of the interpolation."))
            return
        self.ends[which] = self.selected
        self.update_strip()

    def set_interpolation_ends(self, a: int, b: int) -> None:
        self.ends = [a, b]
        self.update_strip()

    def update_strip(self) -> None:
        a, b = self.ends
        steps = self.form.value("steps")
        if a is None or b is None or self.generator is None:
            self.strip_Z = np.zeros((0, self.Z.shape[1]))
            self.strip_box.show_strip(self.ends, np.full((steps, 28, 28), 0.92))   # blank placeholders
            return
        self.strip_Z = interpolate(self.Z[a], self.Z[b], steps, self.form.value("interp"))
        self.strip_box.show_strip(self.ends, self.generator.decode(self.strip_Z).reshape(-1, 28, 28))

    def grid_image(self) -> np.ndarray:
        return mosaic(self.grid.tiles, self.grid.cols, pad=1, pad_value=1.0)

    # ---------------------------------------------------------------- state
    def extra_state(self) -> dict:
        return {"generator": self.chooser.currentData() or self.chooser.currentText(), "selected": self.selected,
                "ends": list(self.ends),
                "steered": {str(k): [float(x) for x in z] for k, z in sorted(self._edits.items())}}

    def apply_extra_state(self, state: dict) -> None:
        """Generator (by its chooser label), selected tile, strip ends, steered tiles' z."""
        if not self.generators:
            raise Problem(N_("no generator is loaded: open a generator file first"))
        pending: dict = {}
        index = self.chooser.currentIndex()
        if "generator" in state:
            index = self.chooser.findData(str(state["generator"]))      # the English label,
            if index < 0:
                index = self.chooser.findText(str(state["generator"]))  # or the one shown
            if index < 0:
                raise Problem(N_("the generator {name!r} is not loaded: open its file first (keeping {kept})"),
                              name=state["generator"], kept=self.chooser.currentText())
        d = self.generators[index].latent_dim
        tiles = self.form.value("n") ** 2

        def tile(k) -> int | None:
            if k is None:
                return None
            if isinstance(k, bool) or not isinstance(k, int) or not 0 <= k < tiles:
                raise Problem(N_("tile {tile!r} is not one of the grid's {count} tiles"), tile=k, count=tiles)
            return k

        if "selected" in state:
            pending["selected"] = tile(state["selected"])
        if "ends" in state:
            ends = list(state["ends"])
            if len(ends) != 2:
                raise Problem(N_("the interpolation needs two ends, got {count}"), count=len(ends))
            pending["ends"] = [tile(e) for e in ends]
        edits = {}
        for k, z in dict(state.get("steered", {})).items():
            z = np.asarray(z, dtype=float)
            if z.shape != (d,) or not np.isfinite(z).all() or np.abs(z).max(initial=0.0) > MAX_Z:
                raise Problem(N_("steered tile {tile}: z must be {size} finite numbers of magnitude ≤ {most:g}"), tile=k,
                              size=d, most=MAX_Z)
            edits[tile(int(k))] = z
        pending["steered"] = edits
        if index != self.chooser.currentIndex():
            self.chooser.setCurrentIndex(index)
            self._set_generator(index)
        self._pending = pending

    def refresh(self) -> None:
        self.resample()
        pending, self._pending = self._pending, None
        if not pending:
            return
        for k, z in pending["steered"].items():
            self.Z[k] = z
            self._redecode(k)
        if "ends" in pending:
            self.ends = pending["ends"]
        self.update_strip()
        if "selected" in pending:
            self.select_tile(pending["selected"])
