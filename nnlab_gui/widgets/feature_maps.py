"""A to-scale (log₂) drawing of the feature maps along a network.

Each block is a box: its face is ``k·log₂(1 + H)`` high and ``k·log₂(1 + W)`` wide (so a
227-pixel map is visibly larger than a 13-pixel one without dwarfing it), its depth
grows with ``log₂(1 + C)``.  A vector (after flatten / dense) is a thin bar of height
``k·log₂(1 + n)``.  Blocks are coloured by layer kind and outlined amber (warning) or
red (error); clicking a block emits ``block_clicked(tag)``.

Painting never raises: a size that is not a positive finite number (zero, negative, NaN,
or an integer of thousands of digits) is drawn as the smallest block, and should anything
else go wrong the widget draws a neutral placeholder instead of letting the exception out
of ``paintEvent`` (with the painter active, that can bring the window down).

Text sizes follow the presentation scale and text colours the theme
(:mod:`nnlab_gui.widgets.appearance`); the layer-kind colours are fills with dark text.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnlab_gui.engine.cnn import shape_text
from nnlab_gui.i18n import is_right_to_left, isolate, tr_
from nnlab_gui.widgets import appearance

KIND_COLOURS = {
    "input": "#b0bec5", "conv": "#64b5f6", "deconv": "#4db6ac", "pool": "#ffb74d",
    "avgpool": "#ffd54f", "flatten": "#ce93d8", "fc": "#a1887f",
}
STATUS_PENS = {"ok": "#37474f", "warning": "#e0a000", "error": "#c62828"}   # block outlines


def _status_text(status: str) -> QColor:
    """The colour of a block's shape text: the theme's text, warning or error colour."""
    t = appearance.theme()
    return QColor({"warning": t.warning, "error": t.error}.get(status, t.text))
SHAPELESS_KINDS = ("dropout", "relu", "bn")      # layers that keep the shape: no block
PLACEHOLDER = "(this network cannot be drawn)"
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Block:
    tag: int                   # what ``block_clicked`` reports (a layer index; −1 = input)
    kind: str                  # "input", "conv", "pool", "fc", ...
    shape: tuple[int, int, int]
    flat: bool
    label: str                 # the shape text under the block
    status: str = "ok"         # "ok", "warning", "error"


def blocks_of(net, error_row: int | None = None) -> list[Block]:
    """The blocks of a network summary (``cnn.summarize``): the input, then every layer that
    changes the shape (dropout, ReLU and batch norm do not); ``error_row`` is drawn red."""
    shape, flat = net.input_shape, net.input_flat
    blocks = [Block(-1, "input", shape, flat, shape_text(shape, flat))]
    for s in net.layers:
        if s.layer.KIND not in SHAPELESS_KINDS:
            status = "error" if s.index == error_row else ("warning" if s.warnings else "ok")
            blocks.append(Block(s.index, s.layer.KIND, s.output_shape, s.flat, s.output_text, status))
    return blocks


class FeatureMapDiagram(QWidget):
    block_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._blocks: list[Block] = []
        self._selected: int | None = None
        self._line = 14.0                     # text line height of the last paint
        self._hit: list[tuple[QRectF, int]] = []
        self.setMinimumHeight(round(appearance.px(105)))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip(tr_("Feature maps to scale (log₂): face ∝ log₂(1 + H) × log₂(1 + W), "
                        "depth ∝ log₂(1 + C); vectors are bars ∝ log₂(1 + n). Click a block "
                        "to select its layer."))
        self.setAccessibleName(tr_("feature maps drawing"))
        self.setAccessibleDescription(tr_("no network drawn"))
        appearance.follow(self)

    def appearance_changed(self) -> None:
        self.setMinimumHeight(round(appearance.px(170)))
        self.update()

    def set_blocks(self, blocks: list[Block]) -> None:
        self._blocks = list(blocks)
        self.setAccessibleDescription(tr_("feature maps: {shapes}").format(
            shapes=" → ".join(str(getattr(b, "label", "?")) for b in self._blocks)) if self._blocks else tr_("no network drawn"))
        self.update()

    def blocks(self) -> list[Block]:
        return list(self._blocks)

    def set_selected(self, tag: int | None) -> None:
        self._selected = tag
        self.update()

    # --------------------------------------------------------------- geometry
    GAP = 16.0

    def _layout(self, label_widths: list[float]) -> tuple[float, float, list[float]]:
        """Pixels per log₂ unit across (``k_x``) and up (``k_y``), and each slot's width.

        Both scales are the same for every block, so blocks compare to scale.  A slot is
        as wide as its block plus a gap, and never narrower than its label (labels of
        neighbours alternate between two rows when space is short)."""
        if not self._blocks:
            return 10.0, 10.0, []
        widths = [_face(b)[1] + 0.5 * _depth(b) for b in self._blocks]
        room = self.width() - 8
        k_x = 14.0

        def slots_for(k_: float) -> list[float]:
            return [max(w * k_ + self.GAP, lw) for w, lw in zip(widths, label_widths)]

        while k_x > 1.0 and sum(slots_for(k_x)) > room:
            k_x *= 0.95
        slots = slots_for(k_x)
        spare = room - sum(slots)
        if spare > 0:  # spread the spare room evenly between blocks
            slots = [s + spare / len(slots) for s in slots]
        lift = max(0.5 * _depth(b) * k_x for b in self._blocks)
        tallest = max(_face(b)[0] for b in self._blocks)
        k_y = (self.height() - 6.5 * self._line - lift) / max(tallest, 1.0)
        k_y = max(1.0, min(14.0, 2.5 * k_x, k_y))
        return k_x, k_y, slots

    def paintEvent(self, event):  # noqa: N802 - Qt name
        p = QPainter(self)
        p.setLayoutDirection(self.layoutDirection())    # "227×227×3" left to right, also in Hebrew
        try:
            self._paint(p)
        except Exception:                    # noqa: BLE001 - a paint event must never raise
            _log.exception("feature-map drawing failed; drawing a placeholder")
            self._hit = []
            p.fillRect(self.rect(), self.palette().base())
            p.setPen(QColor(appearance.theme().canvas_muted))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, PLACEHOLDER)
        finally:
            p.end()

    def _paint(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        self._hit = []
        n = len(self._blocks)
        muted = QColor(appearance.theme().canvas_muted)
        if n == 0:
            p.setPen(muted)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "no layers")
            return
        font = QFont(self.font())
        font.setPointSizeF(appearance.pt(8.0 if n <= 14 else 7.0))
        p.setFont(font)
        metrics = QFontMetricsF(font)
        lh = self._line = metrics.height()
        box = max(appearance.px(120), max(metrics.horizontalAdvance(b.label) for b in self._blocks) + 8)
        full = [metrics.horizontalAdvance(b.label) + 8 for b in self._blocks]
        stagger = sum(full) > self.width() - 8
        label_widths = [w / 2 + 2 if stagger else w for w in full]
        k_x, k_y, slots = self._layout(label_widths)
        base_y = self.height() - 3.4 * lh
        left = 4.0
        for i, b in enumerate(self._blocks):
            slot = slots[i]
            fh, fw = _face(b)
            h, w, d = fh * k_y, fw * k_x, _depth(b) * k_x
            cx = left + slot / 2
            x0 = cx - (w + 0.5 * d) / 2
            y0 = base_y - h
            front = QRectF(x0, y0, w, h)
            dx, dy = 0.5 * d, -0.5 * d
            colour = QColor(KIND_COLOURS.get(b.kind, "#90a4ae"))
            pen = QPen(QColor(STATUS_PENS.get(b.status, "#37474f")),
                       (2.5 if b.status != "ok" else 1.0) * appearance.scale())
            if self._selected is not None and b.tag == self._selected:
                p.fillRect(QRectF(left + 1, 4, slot - 2, self.height() - 22),
                           QColor(255, 235, 59, 70))
            p.setPen(pen)
            top = QPolygonF([front.topLeft(), front.topLeft() + QPointF(dx, dy),
                             front.topRight() + QPointF(dx, dy), front.topRight()])
            side = QPolygonF([front.topRight(), front.topRight() + QPointF(dx, dy),
                              front.bottomRight() + QPointF(dx, dy), front.bottomRight()])
            path = QPainterPath()
            path.addPolygon(top)
            p.fillPath(path, colour.lighter(125))
            p.drawPolygon(top)
            path = QPainterPath()
            path.addPolygon(side)
            p.fillPath(path, colour.darker(120))
            p.drawPolygon(side)
            p.fillRect(front, colour)
            p.drawRect(front)
            shift = lh if stagger and i % 2 else 0
            tx = min(max(cx - box / 2, full[i] / 2 - box / 2 + 2), self.width() - box / 2 - 2 - full[i] / 2)
            text_box = QRectF(tx, base_y + 4 + shift, box, lh + 1)
            p.setPen(_status_text(b.status))
            p.drawText(text_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       b.label)
            p.setPen(muted)
            p.drawText(QRectF(tx, y0 + dy - lh - 3 - shift, box, lh + 1),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, b.kind)
            self._hit.append((QRectF(left, 0, slot, self.height()), b.tag))
            left += slot
        p.setPen(muted)
        p.drawText(QRectF(4, self.height() - lh - 2, self.width() - 8, lh + 1),
                   Qt.AlignmentFlag.AlignRight.value | Qt.AlignmentFlag.AlignAbsolute.value
                   | (Qt.TextFlag.TextForceRightToLeft.value if is_right_to_left() else 0),
                   caption())

    def mousePressEvent(self, event):  # noqa: N802 - Qt name
        pos = event.position()
        for rect, tag in self._hit:
            if rect.contains(pos):
                self.block_clicked.emit(tag)
                return
        super().mousePressEvent(event)


def caption() -> str:
    """The line under the drawing: its scale, in the lab's language (the formulas as they are,
    left-to-right islands when the language reads right to left)."""
    scale, face, depth = "log₂", "log₂(1+H)×log₂(1+W)", "log₂(1+C)"
    if is_right_to_left():
        scale, face, depth = isolate(scale), isolate(face), isolate(depth)
    return tr_("to scale on {scale}: face ∝ {face}, depth ∝ {depth}").format(scale=scale, face=face, depth=depth)


def _log_size(v) -> float:
    """``log₂(1 + v)`` for a size; 0 for what is not a positive finite number."""
    try:
        if isinstance(v, int):
            return math.log2(1 + v) if v > 0 else 0.0      # exact for any int, however long
        v = float(v)
    except (TypeError, ValueError, OverflowError):
        return 0.0
    return math.log2(1.0 + v) if math.isfinite(v) and v > 0 else 0.0


def _face(b: Block) -> tuple[float, float]:
    if b.flat:
        return _log_size(b.shape[2]), 0.6
    return _log_size(b.shape[0]), _log_size(b.shape[1])


def _depth(b: Block) -> float:
    return 0.0 if b.flat else 0.6 * _log_size(b.shape[2])
