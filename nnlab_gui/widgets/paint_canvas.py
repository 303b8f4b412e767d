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

Keyboard: the canvas takes the focus (Tab or a click) and then shows a cursor cell; arrows
move it, Space paints there (Shift+Space or Backspace erases), Delete clears the canvas.  Keys
and mouse go through the same strokes (:meth:`begin_stroke` / :meth:`end_stroke`), so
``changed`` and ``stroke_finished`` come the same way.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnlab_gui.engine.imaging import to_uint8
from nnlab_gui.engine.texts import N_, Problem
from nnlab_gui.i18n import tr_
from nnlab_gui.widgets import appearance


def KEYS_TIP() -> str:  # noqa: N802 - a constant in the current language
    return tr_("Keys: arrows move the cursor · Space paints · Shift+Space or Backspace erases · "
               "Delete clears")


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
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.cursor_cell = (self.shape[0] // 2, self.shape[1] // 2)   # the keyboard cursor
        self.setToolTip(tr_("Left button: paint · right button: erase"))
        self.setAccessibleName(tr_("drawing canvas"))
        self.changed.connect(self._describe)
        self._describe()

    # -------------------------------------------------------------- model
    def set_array(self, array: np.ndarray, emit: bool = True) -> None:
        """Replace the painted values (ValueError for another shape; NaN counts as 0)."""
        try:
            array = np.asarray(array, dtype=float)
        except (TypeError, ValueError, OverflowError):
            raise Problem(N_("canvas is {shape}: the array is not a table of numbers"), shape=self.shape) from None
        if array.shape != self.shape:
            raise Problem(N_("canvas is {shape}, array has shape {array_shape}"), shape=self.shape,
                          array_shape=array.shape)
        self.array = np.clip(np.nan_to_num(array, nan=0.0, posinf=1.0, neginf=0.0), 0.0, 1.0)
        self.update()
        if emit:
            self.changed.emit()

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt override: the keys are always named
        super().setToolTip((text + "\n" if text else "") + KEYS_TIP())

    def _describe(self) -> None:
        n = int((self.array > 0.5).sum())
        self.setAccessibleDescription(tr_("{h}×{w} grid, {n} cells painted; cursor at row {r}, column {c}").format(
            h=self.shape[0], w=self.shape[1], n=n, r=self.cursor_cell[0] + 1, c=self.cursor_cell[1] + 1))

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

    def begin_stroke(self, p: tuple[float, float], erase: bool = False) -> None:
        """Start a stroke at grid point ``p`` (the mouse press and the Space key both come here)."""
        self._stroke_value = 0.0 if (erase or self.eraser) else self.value
        self._last = p
        self._dab(*p, self._stroke_value)
        self.update()
        self.changed.emit()

    def continue_stroke(self, p: tuple[float, float]) -> None:
        if self._last is None:
            return
        self._segment(self._last, p, self._stroke_value)
        self._last = p
        self.update()
        self.changed.emit()

    def end_stroke(self) -> None:
        if self._last is None:
            return
        self._last = None
        self.stroke_finished.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._cell_rect().isEmpty():      # a collapsed canvas has no cells to paint
            return
        p = self.widget_to_grid(event.position())
        h, w = self.shape
        self.cursor_cell = (int(np.clip(p[0], 0, h - 1)), int(np.clip(p[1], 0, w - 1)))
        self.begin_stroke(p, erase=event.button() == Qt.MouseButton.RightButton)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.continue_stroke(self.widget_to_grid(event.position()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.end_stroke()

    # ------------------------------------------------------------ keyboard
    MOVES = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}

    def move_cursor(self, d_row: int, d_col: int) -> None:
        """Move the keyboard cursor one cell (it stays on the grid)."""
        h, w = self.shape
        r, c = self.cursor_cell
        self.cursor_cell = (min(max(r + d_row, 0), h - 1), min(max(c + d_col, 0), w - 1))
        self._describe()
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        centre = (self.cursor_cell[0] + 0.5, self.cursor_cell[1] + 0.5)
        if key in self.MOVES:
            self.move_cursor(*self.MOVES[key])
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.begin_stroke(centre, erase=shift)
            self.end_stroke()
        elif key == Qt.Key.Key_Backspace:
            self.begin_stroke(centre, erase=True)
            self.end_stroke()
        elif key == Qt.Key.Key_Delete:
            self.clear()
            self.stroke_finished.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override (the cursor shows)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.update()

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

    def _paint_cursor(self, painter: QPainter, r: QRectF, theme) -> None:
        """The keyboard cursor: its cell outlined and the brush's reach as a dashed circle."""
        h, w = self.shape
        side = r.width() / w
        row, col = self.cursor_cell
        cell = QRectF(r.left() + col * side, r.top() + row * side, side, side)
        width = max(2.0, 2 * appearance.scale())
        radius = max(self.brush_size / 2.0, 0.5) * side
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # black under white: visible on a grey image, on the tint and on a white stroke alike
        for colour, w in (("#000000", 2 * width), ("#ffffff", width)):
            painter.setPen(QPen(QColor(colour), w))
            painter.drawRect(cell)
            painter.drawEllipse(cell.center(), radius, radius)
        painter.setPen(QPen(QColor(theme.focus), width / 2, Qt.PenStyle.DashLine))
        painter.drawEllipse(cell.center(), radius, radius)

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
            if self.hasFocus() and not r.isEmpty():
                self._paint_cursor(painter, r, theme)
        finally:
            painter.end()
