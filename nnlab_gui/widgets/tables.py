"""Table cells that are made once and then updated in place.

Replacing a ``QTableWidgetItem`` (``setItem`` over an existing one) makes Qt delete the
old item; with PySide6 that deletion can touch a Python wrapper already released and
crash the process.  :func:`cell` returns the item at (row, column), creating it only when
the cell is empty, and :func:`set_text` writes a cell's text through it, so the lab's
tables never replace an item.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


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
