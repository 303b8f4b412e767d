"""The Samples page's right-hand boxes: steer one tile's z with sliders, interpolate two tiles.

Interpolation between z_A and z_B for t ∈ [0, 1] (:func:`engine.latent.interpolate`):

    linear:     (1 − t) z_A + t z_B
    spherical:  [sin((1 − t)Ω) z_A + sin(tΩ) z_B] / sin Ω,   cos Ω = z_A·z_B / (‖z_A‖ ‖z_B‖)
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QGridLayout, QGroupBox, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)
from superqt import QLabeledDoubleSlider

from nnlab_gui.widgets.image_view import ImagePanel, TileGrid
from nnlab_gui.i18n import tr_

SLIDER_RANGE = 4.0


class SteerBox(QGroupBox):
    """One slider per latent dimension of the selected tile; dragging emits ``moved``."""

    moved = Signal(int, float)        # dimension, value

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Steer the selected tile", parent)
        self._sliders: list[QLabeledDoubleSlider] = []
        self._quiet = False
        lay = QVBoxLayout(self)
        self.tile_label = QLabel(tr_("Click a tile in the grid."))
        lay.addWidget(self.tile_label)
        self.image = ImagePanel()
        self.image.setMinimumSize(120, 120)
        self.image.setMaximumHeight(160)
        lay.addWidget(self.image)
        self.slider_host = QWidget()
        self.slider_form = QFormLayout(self.slider_host)
        self.slider_form.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.slider_host)
        lay.addWidget(scroll, 1)

    @property
    def sliders(self) -> list[QLabeledDoubleSlider]:
        return list(self._sliders)

    def set_dims(self, d: int) -> None:
        """One disabled slider per latent dimension (a generator of another size rebuilds them)."""
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

    def show_tile(self, z: np.ndarray | None, image: np.ndarray | None, text: str) -> None:
        """Put a tile's z on the sliders (None: nothing selected) without emitting ``moved``."""
        self._quiet = True
        try:
            for i, s in enumerate(self._sliders):
                s.setEnabled(z is not None)
                s.setValue(float(np.clip(z[i], -SLIDER_RANGE, SLIDER_RANGE)) if z is not None else 0.0)
        finally:
            self._quiet = False
        self.show_image(np.zeros((28, 28)) if image is None else image, text)

    def show_image(self, image: np.ndarray, text: str) -> None:
        self.image.set_image(image)
        self.tile_label.setText(text)

    def _on_slider(self, i: int, value: float) -> None:
        if not self._quiet:
            self.moved.emit(i, float(value))


class StripBox(QGroupBox):
    """Choose the ends A and B among the tiles; the strip shows the decoded path between them."""

    end_chosen = Signal(int)          # 0: A, 1: B

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Interpolate between two tiles", parent)
        self.grid = QGridLayout(self)
        self.set_a_button = QPushButton(tr_("A = selected"))
        self.set_b_button = QPushButton(tr_("B = selected"))
        self.set_a_button.setToolTip(tr_("The selected tile becomes the start of the strip"))
        self.set_b_button.setToolTip(tr_("The selected tile becomes the end of the strip"))
        self.set_a_button.clicked.connect(lambda: self.end_chosen.emit(0))
        self.set_b_button.clicked.connect(lambda: self.end_chosen.emit(1))
        self.ends_label = QLabel("A: –   B: –")
        self.strip = TileGrid()
        self.strip.setMinimumHeight(70)
        self.strip.setMaximumHeight(110)
        self.grid.addWidget(self.set_a_button, 0, 0)
        self.grid.addWidget(self.set_b_button, 0, 1)
        self.grid.addWidget(self.ends_label, 1, 0, 1, 4)
        self.grid.addWidget(self.strip, 2, 0, 1, 4)

    def add_controls(self, *widgets: QWidget) -> None:
        """Place the page's interpolation fields after the two buttons."""
        for i, w in enumerate(widgets):
            self.grid.addWidget(w, 0, 2 + i)

    def show_strip(self, ends: list[int | None], tiles: np.ndarray) -> None:
        a, b = ends
        tile = tr_("tile {k}")
        self.ends_label.setText(f"A: {'–' if a is None else tile.format(k=a)}   "
                                f"B: {'–' if b is None else tile.format(k=b)}")
        self.strip.set_tiles(tiles, cols=len(tiles))
