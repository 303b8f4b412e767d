"""A row of button groups that folds onto one line per group when the row is too narrow.

The WL kernel's canvas toolbars (layouts | edits and files) fit one line at 1366×768 in
English but not at scale 2.0 or in Russian, where two toolbars side by side made the
whole tab wider than the window.  :class:`WrapRow` lays its groups out on one line when
the width it is given holds them all, and otherwise puts each group on a line of its own.
Its minimum width is that of its widest group, so a splitter or a box layout may give it
less than the one-line width: the row then folds instead of clipping or scrolling.  The
change of height reaches the parent layout like any other size change.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLayout, QWidget


GAP = 12         # px between two groups on one line
SPACING = 4      # px between two buttons of a group, and between lines


class WrapRow(QWidget):
    def __init__(self, groups: Sequence[Sequence[QWidget]], parent: QWidget | None = None):
        super().__init__(parent)
        self._boxes: list[QWidget] = []
        for group in groups:
            if not group:
                continue
            box = QWidget(self)                  # a group's widgets, side by side, at their own size
            line = QHBoxLayout(box)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(SPACING)
            for w in group:
                line.addWidget(w)
            line.addStretch(1)
            self._boxes.append(box)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(GAP)
        self._grid.setVerticalSpacing(SPACING)
        # the grid must not set this widget's minimum size to its one-line width
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._grid.setColumnStretch(len(self._boxes), 1)   # the groups keep to the start of the line
        self.folded: bool | None = None
        self._place(False)

    # ------------------------------------------------------------------ measuring
    def one_line_width(self) -> int:
        widths = [b.sizeHint().width() for b in self._boxes]
        return sum(widths) + GAP * max(0, len(widths) - 1)

    def _height(self, folded: bool, hint: str = "minimumSizeHint") -> int:
        tall = [getattr(b, hint)().height() for b in self._boxes]
        if not folded:
            return max(tall, default=0)
        return sum(tall) + SPACING * max(0, len(tall) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        widest = max((b.sizeHint().width() for b in self._boxes), default=0)
        return QSize(widest, self._height(bool(self.folded)))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.one_line_width(), self._height(bool(self.folded), "sizeHint"))

    # ------------------------------------------------------------------ placing
    def _place(self, folded: bool) -> None:
        if folded == self.folded:
            return
        self.folded = folded
        for box in self._boxes:
            self._grid.removeWidget(box)
        for i, box in enumerate(self._boxes):
            self._grid.addWidget(box, i if folded else 0, 0 if folded else i)
        self.updateGeometry()

    def _fit(self) -> None:
        if self.width() > 0:
            self._place(self.width() < self.one_line_width())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def event(self, event: QEvent) -> bool:
        # a font, scale or language change makes the buttons wider or narrower
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
            self.updateGeometry()
        return super().event(event)
