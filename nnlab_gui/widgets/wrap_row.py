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
from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout, QWidget


GAP = 8          # px between two groups on one line
SPACING = 4      # px between two buttons of a group, and between lines


class WrapRow(QWidget):
    def __init__(self, groups: Sequence[Sequence[QWidget]], parent: QWidget | None = None):
        super().__init__(parent)
        self._groups = [list(g) for g in groups if g]
        self._lines = QVBoxLayout(self)
        self._lines.setContentsMargins(0, 0, 0, 0)
        self._lines.setSpacing(SPACING)
        # the layout must not set this widget's minimum size to its one-line width
        self._lines.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.folded: bool | None = None
        self._place(False)

    # ------------------------------------------------------------------ measuring
    @staticmethod
    def _group_width(group: list[QWidget]) -> int:
        shown = [w for w in group if not w.isHidden()]
        return sum(w.sizeHint().width() for w in shown) + SPACING * max(0, len(shown) - 1)

    def one_line_width(self) -> int:
        widths = [self._group_width(g) for g in self._groups]
        return sum(widths) + (GAP + 2 * SPACING) * max(0, len(widths) - 1)

    def _line_height(self) -> int:
        return max((w.sizeHint().height() for g in self._groups for w in g), default=0)

    def _height(self, folded: bool) -> int:
        lines = len(self._groups) if folded else 1
        return lines * self._line_height() + SPACING * max(0, lines - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        widest = max((self._group_width(g) for g in self._groups), default=0)
        return QSize(widest, self._height(bool(self.folded)))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.one_line_width(), self._height(bool(self.folded)))

    # ------------------------------------------------------------------ placing
    def _place(self, folded: bool) -> None:
        if folded == self.folded:
            return
        self.folded = folded
        while self._lines.count():                 # the old lines go; their buttons stay
            item = self._lines.takeAt(0)
            line = item.layout()
            if line is not None:
                while line.count():
                    line.takeAt(0)
                line.setParent(None)
                line.deleteLater()
        line = None
        for i, group in enumerate(self._groups):
            if line is None or folded:
                if line is not None:
                    line.addStretch(1)
                line = QHBoxLayout()
                line.setSpacing(SPACING)
                self._lines.addLayout(line)
            elif i:
                line.addSpacing(GAP)
            for w in group:
                line.addWidget(w)
        if line is not None:
            line.addStretch(1)                    # the groups keep to the start of the line
        self.updateGeometry()

    def _fit(self) -> None:
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
