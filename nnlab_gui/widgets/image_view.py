"""Image display on pyqtgraph: one image, or a grid of tiles you can click.

``ImagePanel.set_image(a)`` shows an (h, w) grey image in [0, 1] (or (h, w, 3)
RGB), upright, with fixed levels so no min/max scan runs per frame.
``TileGrid.set_tiles(images, cols)`` shows many images as a mosaic; clicking a tile
emits ``tile_clicked(index)`` and outlines it.  Each panel has an accessible name (its title,
else "image" / "tiles") and a description of what it shows ("grey image of 28×28 pixels").

Painting never raises: NaN shows as the middle of the levels, ±inf as their ends, and
anything that is not an image (empty, ragged, text, the wrong number of dimensions)
shows a neutral grey placeholder (:func:`displayable`).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Signal
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnlab_gui.engine.imaging import mosaic, tile_at
from nnlab_gui.i18n import tr_, translate
from nnlab_gui.widgets import appearance

pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)

PLACEHOLDER_SHAPE = (28, 28)


def _levels(levels) -> tuple[float, float]:
    try:
        lo, hi = (float(v) for v in levels)
    except (TypeError, ValueError):
        return 0.0, 1.0
    return (lo, hi) if np.isfinite(lo) and np.isfinite(hi) and lo < hi else (0.0, 1.0)


def displayable(image, levels=(0.0, 1.0)) -> tuple[np.ndarray, bool]:
    """(array, is_image): a finite (h, w) grey or (h, w, 3|4) colour image, or a grey placeholder."""
    lo, hi = _levels(levels)
    try:
        a = np.asarray(image, dtype=float)
    except (TypeError, ValueError, OverflowError):
        a = None
    ok = a is not None and a.size > 0 and (a.ndim == 2 or (a.ndim == 3 and a.shape[2] in (3, 4)))
    if not ok:
        return np.full(PLACEHOLDER_SHAPE, (lo + hi) / 2), False
    if a.ndim == 3:
        lo, hi = 0.0, 1.0
    if not np.isfinite(a).all():
        a = np.nan_to_num(a, nan=(lo + hi) / 2, posinf=hi, neginf=lo)
    return a, True


class ImagePanel(pg.GraphicsLayoutWidget):
    """A title-less, axis-less, aspect-locked view of one image."""

    def __init__(self, parent: QWidget | None = None, title: str | None = None,
                 levels: tuple[float, float] = (0.0, 1.0), colormap: str | None = None):
        super().__init__(parent)
        self.ci.setContentsMargins(2, 2, 2, 2)
        if title:
            self.addLabel(translate(title), row=0, col=0)   # a marked (N_) title
        self.setAccessibleName(translate(title) if title else self.default_name())
        self.setAccessibleDescription(tr_("no image yet"))
        self.view: pg.ViewBox = self.addViewBox(row=1, col=0, lockAspect=True,
                                                invertY=True, enableMouse=False, enableMenu=False)
        # (made without a menu: building pyqtgraph's ViewBoxMenu and dropping it at once
        # destroyed its widget actions in an order that crashed shiboken now and then)
        self.image_item = pg.ImageItem()
        self.levels = levels
        if colormap:
            self.image_item.setColorMap(pg.colormap.get(colormap))
        self.view.addItem(self.image_item)
        self._data: np.ndarray | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(80, 80)
        appearance.register(self)               # background and title follow theme and scale

    def set_image(self, image: np.ndarray, levels: tuple[float, float] | None = None) -> bool:
        """Show ``image``; False when it was no image and a grey placeholder is shown instead."""
        lv = _levels(levels if levels is not None else self.levels)
        image, ok = displayable(image, lv)
        first = self._data is None or self._data.shape != image.shape
        self._data = image
        if image.ndim == 3:
            self.image_item.setImage(np.clip(image, 0, 1) * 255, levels=(0, 255), autoLevels=False)
        else:
            self.image_item.setImage(image, levels=lv, autoLevels=False)
        if first:
            self.view.setRange(QRectF(0, 0, image.shape[1], image.shape[0]), padding=0.01)
        self.setAccessibleDescription(self.describe(image, ok))
        return ok

    @staticmethod
    def default_name() -> str:
        return tr_("image")

    def describe(self, image: np.ndarray, ok: bool) -> str:
        """What a screen reader says the panel shows (its size, or that there is no image)."""
        if not ok:
            return tr_("no image")
        kind = tr_("colour image") if image.ndim == 3 else tr_("grey image")
        return tr_("{kind} of {w}×{h} pixels").format(kind=kind, w=image.shape[1], h=image.shape[0])

    def image(self) -> np.ndarray | None:
        return None if self._data is None else self._data.copy()


class TileGrid(ImagePanel):
    """A mosaic of equally sized tiles; click one to select it."""

    tile_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, title: str | None = None, pad: int = 1,
                 levels: tuple[float, float] = (0.0, 1.0), pad_value: float = 1.0):
        super().__init__(parent, title=title, levels=levels)
        self.pad = pad
        self.pad_value = pad_value
        self.cols = 1
        self.tiles: np.ndarray = np.zeros((0, 1, 1))
        self.selected: int | None = None
        self._outline = pg.QtWidgets.QGraphicsRectItem()
        self._outline.setPen(pg.mkPen("#e65100", width=0.35))
        self._outline.setVisible(False)
        self.view.addItem(self._outline)
        self.scene().sigMouseClicked.connect(self._on_scene_clicked)

    def set_tiles(self, tiles: np.ndarray, cols: int | None = None) -> bool:
        """Show (n, h, w) or (n, h, w, 3) tiles; False (a grey placeholder) for anything else."""
        try:
            tiles = np.asarray(tiles, dtype=float)
        except (TypeError, ValueError, OverflowError):
            tiles = np.zeros((0, 1, 1))
        if tiles.ndim not in (3, 4) or 0 in tiles.shape[1:] or (tiles.ndim == 4 and tiles.shape[3] not in (3, 4)):
            tiles = np.zeros((0, 1, 1))
        n = len(tiles)
        ok_cols = isinstance(cols, (int, np.integer)) and not isinstance(cols, bool) and cols >= 1
        self.cols = int(min(cols, max(n, 1))) if ok_cols else max(1, int(np.ceil(np.sqrt(max(n, 1)))))
        self.tiles = tiles
        if n == 0:
            self.select(None)
            self.set_image(None)
            return False
        try:
            picture = mosaic(tiles, self.cols, self.pad, self.pad_value)
        except ValueError:                    # a mosaic the helper refuses (too large): the placeholder
            self.tiles = np.zeros((0, 1, 1))
            self.select(None)
            self.set_image(None)
            return False
        self.set_image(picture)
        if self.selected is not None and self.selected < n:
            self._place_outline(self.selected)
        else:
            self.select(None)
        return True

    def update_tile(self, index: int, tile: np.ndarray) -> bool:
        """Redraw one tile in place (cheap: no mosaic rebuild); False (nothing drawn) for a bad tile."""
        h, w = self.tiles.shape[1:3]
        try:
            tile = np.asarray(tile, dtype=float)
        except (TypeError, ValueError, OverflowError):
            return False
        if not 0 <= index < len(self.tiles) or tile.shape != self.tiles.shape[1:] or self._data is None:
            return False
        lo, hi = _levels(self.levels) if tile.ndim == 2 else (0.0, 1.0)
        tile = np.nan_to_num(tile, nan=(lo + hi) / 2, posinf=hi, neginf=lo)
        self.tiles[index] = tile
        r, c = divmod(index, self.cols)
        y, x = r * (h + self.pad), c * (w + self.pad)
        self._data[y:y + h, x:x + w] = tile
        self.image_item.updateImage(self._data)
        return True

    @staticmethod
    def default_name() -> str:
        return tr_("tiles")

    def describe(self, image: np.ndarray, ok: bool) -> str:
        n = len(self.tiles)
        if not ok or n == 0:
            return tr_("no tiles")
        h, w = self.tiles.shape[1:3]
        return tr_("{n} tiles of {w}×{h} pixels in {cols} columns").format(n=n, w=w, h=h, cols=self.cols)

    def tile_pixel_origin(self, index: int) -> tuple[int, int]:
        """(row, col) of a tile's top-left pixel in the mosaic."""
        h, w = self.tiles.shape[1:3]
        r, c = divmod(index, self.cols)
        return r * (h + self.pad), c * (w + self.pad)

    def select(self, index: int | None) -> None:
        self.selected = index
        if index is None:
            self._outline.setVisible(False)
        else:
            self._place_outline(index)

    def _place_outline(self, index: int) -> None:
        h, w = self.tiles.shape[1:3]
        y, x = self.tile_pixel_origin(index)
        self._outline.setRect(QRectF(x - 0.25, y - 0.25, w + 0.5, h + 0.5))
        self._outline.setVisible(True)

    def index_at_scene(self, scene_pos) -> int | None:
        if len(self.tiles) == 0:
            return None
        p = self.view.mapSceneToView(scene_pos)
        return tile_at(p.y(), p.x(), self.tiles.shape[1:3], self.cols, len(self.tiles), self.pad)

    def _on_scene_clicked(self, event) -> None:
        idx = self.index_at_scene(event.scenePos())
        if idx is not None:
            self.select(idx)
            self.tile_clicked.emit(idx)
