"""The Inpainting page's mask box: which pixels the operator T observes.

T is the course's ``T = [I_N 0]`` (keep the first N of the 784 pixels in column-major
order, the report's N = 500/400/350/300), any painted mask (T selects the painted
pixels), or the 4×4 block average (T = 49 × 784 with entries 1/16: super-resolution
from a 7×7 image).  The painter itself (:class:`~nnlab_gui.widgets.paint_canvas.PaintCanvas`)
is made here and placed by the page beside the triptych; the keep-first slider follows
the mask, and says so when the mask is no longer a column-major prefix.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QRadioButton, QVBoxLayout, QWidget)
from superqt import QLabeledSlider

from nnlab_gui.engine import inpaint as ip
from nnlab_gui.pages import Float, Form, Int
from nnlab_gui.widgets.paint_canvas import PaintCanvas
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, tr_, translate

KEEP_LABEL = "Keep first N pixels (column-major, T = [I_N 0]):"
CUSTOM = (" <i>(now a custom mask: move the slider or press a course N to return to "
          "T = [I_N 0])</i>")
MASK_FIELDS = [
    Int("brush_size", N_("Brush size"), 3, 1, 12, tip=N_("brush radius in pixels (right button: erase)")),
    Float("fraction", N_("Random fraction"), 0.3, 0.01, 1.0, step=0.05, decimals=2,
          tip=N_("fraction of pixels observed by 'Random fraction', drawn with the seed")),
]
SIDE = ip.SIDE


class MaskBox(QGroupBox):
    changed = Signal(bool)          # the mask changed: True while painting, False when set at once
    stroke_finished = Signal()

    def __init__(self, key: str, seed: Callable[[], int], parent: QWidget | None = None):
        super().__init__("Mask / operator T", parent)
        self.seed = seed
        self.superres = False
        self.canvas = PaintCanvas((SIDE, SIDE), soft=False)
        self.canvas.setToolTip(tr_("Mask painter: paint observed pixels (brush) or hide them (eraser / right "
                               "button). Tinted pixels are not observed."))
        self.canvas.setAccessibleName(tr_("mask painter"))
        self.canvas.setMinimumSize(240, 240)
        self.canvas.changed.connect(self._on_painted)
        self.canvas.stroke_finished.connect(self.stroke_finished)
        self.form = Form(MASK_FIELDS, key=key + "/mask")
        self.form.changed.connect(self.sync_brush)
        self.sync_brush()
        self._build()
        self._set_keep_first(350, emit=False)

    def _build(self) -> None:
        v = QVBoxLayout(self)
        self.brush_radio = QRadioButton(tr_("Brush"))
        self.eraser_radio = QRadioButton(tr_("Eraser"))
        self.brush_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.brush_radio)
        group.addButton(self.eraser_radio)
        self.eraser_radio.toggled.connect(lambda on: setattr(self.canvas, "eraser", on))
        radios = QVBoxLayout()
        radios.addWidget(self.brush_radio)
        radios.addWidget(self.eraser_radio)
        tools = QHBoxLayout()
        tools.addLayout(radios)
        tools.addWidget(self.form, 1)
        v.addLayout(tools)

        self.keep_label = QLabel(KEEP_LABEL)
        self.keep_label.setWordWrap(True)
        v.addWidget(self.keep_label)
        self.keep_slider = QLabeledSlider(Qt.Orientation.Horizontal)
        self.keep_slider.setRange(0, ip.PIXELS)
        self.keep_slider.setValue(350)
        self.keep_slider.setToolTip(tr_("The course's inpainting: keep the first N of the 784 pixels in "
                                    "column-major order (the left part). Report: N = 500/400/350/300."))
        self.keep_slider.valueChanged.connect(self._set_keep_first)
        v.addWidget(self.keep_slider)
        course = QHBoxLayout()
        course.addWidget(QLabel(tr_("course:")))
        for n in ip.COURSE_N[::-1]:
            b = QPushButton(str(n))
            b.setToolTip(f"N = {n} as in the report")
            b.clicked.connect(lambda _=False, n=n: self.course_n(n))
            course.addWidget(b)
        course.addStretch(1)
        v.addLayout(course)

        grid = QGridLayout()
        buttons = [("Random fraction", "observe a random fraction of the pixels (drawn with the seed)",
                    self.random_mask),
                   ("Box", "hide a 12×12 box in the middle", self.box_mask),
                   ("Invert", "observe what is hidden and hide what is observed", self.invert),
                   ("Clear", "observe nothing (then paint what you observe)", self.clear_mask),
                   ("Super-resolution 4×4", "T = 49 × 784 block average (entries 1/16): observe a 7×7 image",
                    self.superres_mask)]
        for i, (text, tip, slot) in enumerate(buttons):
            b = QPushButton(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            grid.addWidget(b, i // 2, i % 2, 1, 2 if i == len(buttons) - 1 else 1)
        self.superres_button = b
        v.addLayout(grid)
        self.operator_label = QLabel()
        self.operator_label.setWordWrap(True)
        v.addWidget(self.operator_label)

    # ------------------------------------------------------------------ T
    def mask(self) -> np.ndarray:
        return self.canvas.array > 0.5

    def operator(self) -> ip.Operator:
        """T of the mask (ValueError when it observes no pixel)."""
        if self.superres:
            return ip.block_average(4)
        mask = self.mask()
        n = self.keep_slider.value()
        if 0 < n and np.array_equal(mask, ip.keep_first(n).mask):
            return ip.keep_first(n)
        return ip.from_mask(mask)

    def show_operator(self, T: ip.Operator | None, error: str = "") -> None:
        if T is None:
            self.operator_label.setText(f"<span style='color:#c62828'>{error}</span>")
            return
        what = {"select": tr_("N = {m} observed pixels").format(m=T.m),
                "block": tr_("N = 49: 7×7 block averages")}[T.kind]
        self.operator_label.setText(f"T: {T.title(translate)} — {what}")

    # ------------------------------------------------------------------ setting the mask
    def set_mask(self, mask: np.ndarray, superres: bool = False, emit: bool = True) -> None:
        self.superres = superres
        self.canvas.set_array(np.asarray(mask, dtype=float), emit=False)
        self._sync_keep_slider()
        if emit:
            self.changed.emit(False)

    def _sync_keep_slider(self) -> None:
        """Show N on the slider when the mask is a keep-first mask; say so when it is not."""
        mask = self.mask()
        n = int(mask.sum())
        if not self.superres and (n == 0 or np.array_equal(mask, ip.keep_first(n).mask)):
            self.keep_slider.blockSignals(True)
            self.keep_slider.setValue(n)
            self.keep_slider.blockSignals(False)
            self.keep_label.setText(KEEP_LABEL)
        else:
            self.keep_label.setText(KEEP_LABEL + CUSTOM)

    def course_n(self, n: int) -> None:
        """A course N button: keep_first(n) even when the slider already shows n."""
        self.keep_slider.blockSignals(True)
        self.keep_slider.setValue(n)
        self.keep_slider.blockSignals(False)
        self._set_keep_first(n)

    def _set_keep_first(self, n: int, emit: bool = True) -> None:
        self.set_mask(np.zeros((SIDE, SIDE), bool) if n == 0 else ip.keep_first(n).mask, emit=emit)

    def random_mask(self) -> None:
        rng = np.random.default_rng(self.seed())
        self.set_mask(rng.random((SIDE, SIDE)) < self.form.value("fraction"))

    def box_mask(self) -> None:
        m = np.ones((SIDE, SIDE), bool)
        m[8:20, 8:20] = False
        self.set_mask(m)

    def invert(self) -> None:
        self.set_mask(~self.mask())

    def clear_mask(self) -> None:
        self.set_mask(np.zeros((SIDE, SIDE), bool))

    def superres_mask(self) -> None:
        self.set_mask(np.ones((SIDE, SIDE), bool), superres=True)

    def _on_painted(self) -> None:
        self.superres = False
        self._sync_keep_slider()
        self.changed.emit(True)

    def sync_brush(self, _name: str = "") -> None:
        self.canvas.brush_size = float(self.form.value("brush_size"))

    # ------------------------------------------------------------------ state
    def state(self) -> dict[str, Any]:
        return {"mask": self.mask().astype(int).tolist(), "superres": bool(self.superres)}

    def parse_state(self, state: dict[str, Any]) -> tuple[np.ndarray, bool]:
        """``mask`` (28×28 of 0/1) and ``superres`` of a state, or the current ones; ValueError when bad."""
        mask = self.mask()
        if "mask" in state:
            try:
                mask = np.asarray(state["mask"], dtype=float)
            except (TypeError, ValueError):
                raise Problem(N_("mask: not a 28×28 table of 0/1")) from None
            if mask.shape != (SIDE, SIDE) or not np.isin(mask, (0, 1)).all():
                raise Problem(N_("mask: expected 28×28 values 0/1, got shape {shape}"), shape=mask.shape)
            mask = mask > 0.5
        if "keep_first" in state:          # the course's T = [I_N 0], as a lesson writes it
            n = state["keep_first"]
            if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= SIDE * SIDE:
                raise Problem(N_("keep_first: {value!r} is not a whole number of pixels 1…{most}"), value=n, most=SIDE * SIDE)
            mask = ip.keep_first(n).mask
        superres = state.get("superres", False if "keep_first" in state else self.superres)
        if not isinstance(superres, bool):
            raise Problem(N_("superres: {value!r} is not on/off"), value=superres)
        return mask, superres
