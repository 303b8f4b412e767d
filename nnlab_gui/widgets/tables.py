"""Table cells that are made once and then updated in place.

Replacing a ``QTableWidgetItem`` (``setItem`` over an existing one) makes Qt delete the
old item; with PySide6 that deletion can touch a Python wrapper already released and
crash the process.  :func:`cell` returns the item at (row, column), creating it only when
the cell is empty, and :func:`set_text` writes a cell's text through it, so the lab's
tables never replace an item.  Shrinking a table deletes the items of the rows and columns
it drops in the same way, so :func:`resize` first takes them out (their Python wrappers own
them again and free them) and only then changes the counts.

:class:`FullWidthTable` is a table whose minimum width is that of all its columns (sized
to their content), so a layout never squeezes it into scrolling sideways, at any scale.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem


def cell(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    """The item at (row, col), created when the cell has none."""
    item = table.item(row, col)
    if item is None:
        item = QTableWidgetItem()
        table.setItem(row, col, item)
    return item


def set_text(table: QTableWidget, row: int, col: int, text: str) -> QTableWidgetItem:
    item = cell(table, row, col)
    item.setText(text)
    return item


def resize(table: QTableWidget, rows: int | None = None, cols: int | None = None) -> None:
    """Set the row and/or column count; items of dropped cells are taken out first, never
    deleted by Qt under a live wrapper."""
    rows = table.rowCount() if rows is None else rows
    cols = table.columnCount() if cols is None else cols
    taken = []
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            if (r >= rows or c >= cols) and table.item(r, c) is not None:
                taken.append(table.takeItem(r, c))
    table.setRowCount(rows)
    table.setColumnCount(cols)
    del taken


class FullWidthTable(QTableWidget):
    def __init__(self, rows: int = 0, cols: int = 0, parent=None):
        super().__init__(rows, cols, parent)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self.updateGeometry())

    def content_width(self) -> int:
        """Every column, the row header, the frame and room for a vertical scroll bar."""
        rows = self.verticalHeader().width() if not self.verticalHeader().isHidden() else 0
        return (self.horizontalHeader().length() + rows + 2 * self.frameWidth()
                + self.verticalScrollBar().sizeHint().width())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.content_width()), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.content_width()), hint.height())
