"""A canvas to paint on a small grid: digits (soft brush) or masks (hard brush).

The canvas holds ``array``: an (H, W) float array in [0, 1].  Left button paints
``value`` (1 = brush), right button or eraser mode paints 0.  Mouse moves are
joined by straight segments so fast strokes leave no gaps.  Signals: ``changed``
while painting, ``stroke_finished`` on release.

With ``set_background(image)`` the canvas is a mask painter: it shows the image,
observed pixels (array > 0.5) normally and unobserved ones tinted.

Painting never raises: NaN in the array counts as 0, NaN in the background shows grey,
and a background that is not an image of the canvas's shape is replaced by a neutral
grey placeholder.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnlab_gui.engine.imaging import to_uint8
from nnlab_gui.i18n import tr_
from nnlab_gui.widgets import appearance


class PaintCanvas(QWidget):
    changed = Signal()
    stroke_finished = Signal()

    def __init__(self, shape: tuple[int, int] = (28, 28), parent: QWidget | None = None,
                 soft: bool = False, brush_size: float = 2.0):
        super().__init__(parent)
        self.shape = tuple(shape)
        self.array = np.zeros(self.shape, dtype=float)
        self.soft = soft
        self.brush_size = float(brush_size)
        self.value = 1.0
        self.eraser = False
        self.background: np.ndarray | None = None
        self.tint = QColor(30, 90, 200, 170)
        self._last: tuple[float, float] | None = None
        self._stroke_value = 1.0
        self.setMinimumSize(140, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(tr_("Left button: paint · right button: erase"))

    # -------------------------------------------------------------- model
    def set_array(self, array: np.ndarray, emit: bool = True) -> None:
        """Replace the painted values (ValueError for another shape; NaN counts as 0)."""
        try:
            array = np.asarray(array, dtype=float)
        except (TypeError, ValueError, OverflowError):
            raise ValueError(f"canvas is {self.shape}: the array is not a table of numbers") from None
        if array.shape != self.shape:
            raise ValueError(f"canvas is {self.shape}, array has shape {array.shape}")
        self.array = np.clip(np.nan_to_num(array, nan=0.0, posinf=1.0, neginf=0.0), 0.0, 1.0)
        self.update()
        if emit:
            self.changed.emit()

    def clear(self) -> None:
        self.set_array(np.zeros(self.shape))

    def set_background(self, image: np.ndarray | None) -> bool:
        """Show ``image`` under the mask; False when it is no image of the canvas's shape (grey instead)."""
        ok = True
        if image is not None:
            try:
                image = np.asarray(image, dtype=float)
            except (TypeError, ValueError, OverflowError):
                image = None
            if image is None or image.shape != self.shape:
                image, ok = np.full(self.shape, 0.5), False
            image = np.nan_to_num(image, nan=0.5, posinf=1.0, neginf=0.0)
        self.background = image
        self.update()
        return ok

    def sizeHint(self) -> QSize:
        return QSize(280, 280)

    # ------------------------------------------------------------ geometry
    def _cell_rect(self) -> QRectF:
        h, w = self.shape
        side = min(self.width() / w, self.height() / h)
        ox = (self.width() - side * w) / 2
        oy = (self.height() - side * h) / 2
        return QRectF(ox, oy, side * w, side * h)

    def widget_to_grid(self, pos: QPointF) -> tuple[float, float]:
        """(row, col) in grid units, fractional, for a widget position (−1, −1 on a collapsed canvas)."""
        r = self._cell_rect()
        h, w = self.shape
        if r.width() <= 0 or r.height() <= 0:
            return -1.0, -1.0
        return ((pos.y() - r.top()) / r.height() * h, (pos.x() - r.left()) / r.width() * w)

    def grid_to_widget(self, row: float, col: float) -> QPointF:
        """Widget position of the centre of grid cell (row, col)."""
        r = self._cell_rect()
        h, w = self.shape
        return QPointF(r.left() + (col + 0.5) * r.width() / w, r.top() + (row + 0.5) * r.height() / h)

    # ------------------------------------------------------------ painting
    def _dab(self, row: float, col: float, value: float) -> None:
        h, w = self.shape
        rr, cc = np.mgrid[0:h, 0:w]
        d2 = (rr + 0.5 - row) ** 2 + (cc + 0.5 - col) ** 2
        radius = self.brush_size / 2.0
        if self.soft and value > 0:
            sigma = max(radius, 0.5) / 1.2
            stamp = np.exp(-d2 / (2 * sigma * sigma))
            self.array = np.maximum(self.array, np.where(d2 <= (2.5 * sigma) ** 2, stamp, 0.0))
        else:
            inside = d2 <= max(radius, 0.5) ** 2 + 1e-9
            if not inside.any():
                inside[int(np.clip(row, 0, h - 1)), int(np.clip(col, 0, w - 1))] = True
            self.array[inside] = value

    def _segment(self, a: tuple[float, float], b: tuple[float, float], value: float) -> None:
        steps = max(1, int(np.ceil(max(abs(b[0] - a[0]), abs(b[1] - a[1])) * 2)))
        for t in np.linspace(0.0, 1.0, steps + 1)[1:]:
            self._dab(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, value)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._cell_rect().isEmpty():      # a collapsed canvas has no cells to paint
            return
        erase = self.eraser or event.button() == Qt.MouseButton.RightButton
        self._stroke_value = 0.0 if erase else self.value
        p = self.widget_to_grid(event.position())
        self._last = p
        self._dab(*p, self._stroke_value)
        self.update()
        self.changed.emit()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._last is None:
            return
        p = self.widget_to_grid(event.position())
        self._segment(self._last, p, self._stroke_value)
        self._last = p
        self.update()
        self.changed.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._last is None:
            return
        self._last = None
        self.stroke_finished.emit()

    # ------------------------------------------------------------- drawing
    @staticmethod
    def _finite(a, shape: tuple[int, int], fill: float) -> np.ndarray:
        """``a`` as a finite float array of ``shape`` (``fill`` everywhere when it is not one)."""
        try:
            a = np.asarray(a, dtype=float)
        except (TypeError, ValueError, OverflowError):
            a = None
        if a is None or a.shape != shape:
            return np.full(shape, fill)
        return np.nan_to_num(a, nan=fill, posinf=1.0, neginf=0.0)

    def _qimage(self) -> QImage:
        array = self._finite(self.array, self.shape, 0.0)
        if self.background is None:
            grey = to_uint8(array)
            rgb = np.repeat(grey[..., None], 3, axis=2)
        else:
            grey = to_uint8(self._finite(self.background, self.shape, 0.5))
            rgb = np.repeat(grey[..., None], 3, axis=2).astype(float)
            hidden = array <= 0.5
            t = self.tint
            alpha = t.alpha() / 255.0
            colour = np.array([t.red(), t.green(), t.blue()], dtype=float)
            rgb[hidden] = (1 - alpha) * rgb[hidden] + alpha * colour
            rgb = rgb.astype(np.uint8)
        rgb = np.ascontiguousarray(rgb)
        h, w = self.shape
        img = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888)
        return img.copy()

    def paintEvent(self, event: QPaintEvent) -> None:
        try:                                   # build the picture before the painter is active
            image = self._qimage()
        except Exception:  # noqa: BLE001 - painting never raises: draw the grey placeholder
            image = None
        painter = QPainter(self)
        try:
            theme = appearance.theme()              # the surround and frame follow the theme
            painter.fillRect(self.rect(), QColor(theme.canvas_bg))
            r = self._cell_rect()
            if image is not None:
                painter.drawImage(r, image)
            painter.setPen(QPen(QColor(theme.canvas_edge), max(1.0, appearance.scale())))
            painter.drawRect(r)
        finally:
            painter.end()
