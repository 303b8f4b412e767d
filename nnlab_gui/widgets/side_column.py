"""A page's control column: scrolls vertically, never horizontally, and is as wide as its content.

A plain ``QScrollArea`` with its horizontal scroll bar off clips whatever is wider than
the width the splitter gave it (a progress bar 12 px too wide, every control at scale
2.0).  :class:`SideColumn` reports the content's minimum width (plus the vertical scroll
bar and the frame) as its own minimum size hint, so the splitter never gives it less, and
re-reports it whenever the content's layout changes (a font, a scale, a translation).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class SideColumn(QScrollArea):
    def __init__(self, content: QWidget, width: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._preferred = width
        self._reported = -1                 # the content width last reported to the layout
        self.setWidgetResizable(True)
        self.setWidget(content)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content.installEventFilter(self)

    def _content_width(self) -> int:
        content = self.widget()
        need = content.minimumSizeHint().width() if content is not None else 0
        return need + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self._content_width(), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(self._preferred, self._content_width()), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            need = self._content_width()
            if need != self._reported:      # only a new width concerns the splitter: re-laying the
                self._reported = need       # page out repaints all of it (a button's state at Run did)
                self.updateGeometry()
            if self.width() < need:
                self._widen()
        return False

    def _widen(self) -> None:
        """Give the column the width its content now needs, taken from its splitter neighbour."""
        from PySide6.QtWidgets import QSplitter

        split = self.parentWidget()
        if isinstance(split, QSplitter):
            sizes = split.sizes()
            i = split.indexOf(self)
            if 0 <= i < len(sizes):
                extra = self._content_width() - sizes[i]
                sizes[i] += extra
                j = 1 if i == 0 else 0
                sizes[j] = max(0, sizes[j] - extra)
                split.setSizes(sizes)
