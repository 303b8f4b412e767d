"""Latent map: the test split encoded by the all-digits VAE, projected to 2-D by PCA.

    P = (μ − mean) V₂        (μ: encoder means, V₂: the two leading principal directions)

Coloured by digit; hovering names a point's digit, a click decodes that point (a test
digit's own code when one is under the cursor, else the plane point mean + x·v₁ + y·v₂).
Ctrl+R builds the map if needed and decodes the last clicked point (at first the centre).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nnlab_gui.engine import palette
from nnlab_gui.engine.latent import pca_2d
from nnlab_gui.pages import Page
from nnlab_gui.tabs.generator import models
from nnlab_gui.widgets.image_view import ImagePanel
from nnlab_gui.widgets.plots import make_plot
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, error_text, tr_, translate

DIGIT_COLOURS = [palette.categorical(c) for c in range(10)]      # colour-blind-safe classes


class LatentMapPage(Page):
    TITLE = N_("Latent map")
    MODEL = models.DIGITS_MODEL

    def build(self) -> None:
        self._map_cache = None          # (codes, projection, labels)
        self.point: tuple[float, float] = (0.0, 0.0)     # the last decoded plane point
        self.map_plot = make_plot("", N_("PC 1"), N_("PC 2"), grid=0)
        self.map_plot.setToolTip(tr_("Test split encoded by the all-digits VAE (encoder mean μ), "
                                 "projected on its two principal directions: P = (μ − mean) V₂"))
        self.map_legend = self.map_plot.addLegend(offset=(-10, 10))
        self.map_items = []
        for c in range(10):
            item = pg.ScatterPlotItem(size=6, pen=None, brush=pg.mkBrush(DIGIT_COLOURS[c]), name=tr_("digit {c}").format(c=c))
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

        self.model_label = QLabel(tr_("<b>Model:</b> {model} (the Samples page's generator chooser does "
                                      "not apply here).").format(model=translate(models.DIGITS_MODEL)))
        self.model_label.setWordWrap(True)
        self.map_info = QLabel()
        self.map_info.setWordWrap(True)
        self.map_image = ImagePanel(title=N_("decoded point"))
        self.map_image.setMinimumSize(160, 160)
        self.map_point_label = QLabel(tr_("Click the map to decode a point."))
        self.map_point_label.setWordWrap(True)
        self.add_export(N_("Map PNG/SVG/CSV…"), lambda: self.save_plot(self.map_plot, "latent-map",
                                                                   table=self._map_table))
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        for w in (self.model_label, self.map_info, self.map_image, self.map_point_label):
            sl.addWidget(w)
        sl.addWidget(self.export_button())
        sl.addStretch(1)
        side.setMaximumWidth(300)
        row = QHBoxLayout()
        row.addWidget(self.map_plot, 3)
        row.addWidget(side)
        self.stack(row)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.ensure_map()

    def run_now(self) -> bool:
        """Ctrl+R: build the map if needed, then decode the last point (at first the centre)."""
        if not self.ensure_map():
            return False
        self.decode_map_point(*self.point)
        return True

    # ------------------------------------------------------------------ map
    def ensure_map(self) -> bool:
        if self._map_cache is not None:
            return True
        try:
            g = models.digits_model()
            codes = models.digits_test_codes()
        except ValueError as exc:
            self.messages.error(error_text(exc))
            return False
        labels = models.digits_test_split().labels.copy()
        proj = pca_2d(codes)
        self._map_cache = (codes, proj, labels)
        for c, item in enumerate(self.map_items):
            keep = labels == c
            item.setData(proj.coords[keep, 0], proj.coords[keep, 1], data=np.flatnonzero(keep))
        self.map_info.setText(tr_("{n} test digits encoded, latent {d} → 2-D by PCA (PC 1 {pc1}, PC 2 {pc2} of "
                                  "the variance). Hover a point for its digit; click anywhere to decode.").format(
            n=len(codes), d=g.latent_dim, pc1=f"{proj.explained[0]:.0%}", pc2=f"{proj.explained[1]:.0%}"))
        self.decode_map_point(*self.point)
        return True

    @property
    def map_points(self) -> np.ndarray:
        """(n, 2) PCA coordinates of the test digits (empty before the map is built)."""
        return np.zeros((0, 2)) if self._map_cache is None else self._map_cache[1].coords

    def _map_table(self) -> tuple[np.ndarray, list[str]]:
        if not self.ensure_map():
            raise Problem(N_("the latent map could not be built"))
        _, proj, labels = self._map_cache
        return np.column_stack([proj.coords, labels]), ["pc1", "pc2", "digit"]

    def _nearest_map_point(self, x: float, y: float, radius_px: float = 6.0) -> int | None:
        if self._map_cache is None:
            return None
        coords = self._map_cache[1].coords
        px, py = self.map_plot.getViewBox().viewPixelSize()
        d2 = ((coords[:, 0] - x) / px) ** 2 + ((coords[:, 1] - y) / py) ** 2
        k = int(np.argmin(d2))
        return k if d2[k] <= radius_px ** 2 else None

    def _on_map_hover(self, scene_pos) -> None:
        if self._map_cache is None:
            return
        vb = self.map_plot.getViewBox()
        k = None
        if vb.sceneBoundingRect().contains(scene_pos):
            p = vb.mapSceneToView(scene_pos)
            k = self._nearest_map_point(p.x(), p.y())
        if k is None:
            self.map_hover.setVisible(False)
            return
        self.map_hover.setText(f"digit {self._map_cache[2][k]} (test #{k})")
        self.map_hover.setPos(*self._map_cache[1].coords[k])
        self.map_hover.setVisible(True)

    def _on_map_click(self, event) -> None:
        if self._map_cache is None:
            return
        vb = self.map_plot.getViewBox()
        if vb.sceneBoundingRect().contains(event.scenePos()):
            p = vb.mapSceneToView(event.scenePos())
            self.decode_map_point(p.x(), p.y())

    def decode_map_point(self, x: float, y: float) -> np.ndarray:
        """Decode the map point (x, y): a test digit's own code if one is under the cursor,
        else the latent vector on the PCA plane, mean + x·v₁ + y·v₂."""
        codes, proj, labels = self._map_cache
        self.point = (float(x), float(y))
        k = self._nearest_map_point(x, y)
        if k is not None:
            z = codes[k]
            self.map_point_label.setText(tr_("Test digit #{k}, a {digit}: its code decoded.").format(k=k, digit=labels[k]))
            self.map_marker.setData([proj.coords[k, 0]], [proj.coords[k, 1]])
        else:
            z = proj.inverse(np.array([[x, y]]))[0]
            self.map_point_label.setText(tr_("PCA plane point ({x}, {y}) decoded.").format(x=f"{x:.2f}", y=f"{y:.2f}"))
            self.map_marker.setData([x], [y])
        img = models.digits_model().decode(z)
        self.map_image.set_image(img)
        return img

    # ---------------------------------------------------------------- state
    def extra_state(self) -> dict:
        return {"point": list(self.point)}

    def apply_extra_state(self, state: dict) -> None:
        if "point" in state:
            try:
                p = np.asarray(state["point"], dtype=float)
            except (TypeError, ValueError):
                p = np.zeros(0)
            if p.shape != (2,) or not np.isfinite(p).all():
                raise Problem(N_("the map point must be two finite numbers, got {value!r}"), value=state["point"])
            self.point = (float(p[0]), float(p[1]))

    def refresh(self) -> None:
        if self._map_cache is not None:
            self.decode_map_point(*self.point)
