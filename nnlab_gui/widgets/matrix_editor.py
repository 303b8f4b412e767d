"""A small spreadsheet for one matrix: edit cells, add/remove rows and columns, paste text.

``MatrixEditor("W_hx", [[1, 0], [0, 1]])`` shows the matrix in a ``QTableWidget``.
* A cell that is not a number is marked red with a tooltip that says why; the matrix keeps
  its last valid value (``matrix()``) and ``problem(str)`` is emitted.
* Pasted or typed text (numpy ``[[1,0],[0,1]]``, MATLAB ``1 0; 0 1``, spreadsheet rows) replaces
  the whole matrix (a single number goes into the current cell); malformed text is refused
  with ``problem(str)`` and the matrix is kept.  Parsing: ``engine.matrix_text`` (no ``eval``).
* ``flag_cell(r, c, why)`` marks a cell amber with an explanation (e.g. a value a report lost);
  ``flags()`` lists them.  ``checked(a)`` validates a matrix without applying it.
* ``changed`` is emitted whenever the valid matrix changes.

Every number is checked where it comes in (a cell, a paste, a state): it must be finite,
so ``1e309`` or a 400-digit integer is refused with a message, never stored as inf, and a
matrix has at most ``matrix_text.MAX_ENTRIES`` = 10,000 entries (adding rows or columns
stops there too).  On any refusal the last valid matrix stays.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QSizePolicy, QTableWidget, QTableWidgetItem, QToolButton,
                               QVBoxLayout, QWidget)

from nnlab_gui.engine.matrix_text import (MAX_ENTRIES, format_matrix, format_number, parse_matrix,
                                          parse_number)
from nnlab_gui.widgets import tables
from nnlab_gui.widgets import appearance
from nnlab_gui.widgets.tables import set_text
from nnlab_gui.engine.texts import N_, Problem
from nnlab_gui.i18n import error_text, tr_, translate



class MatrixEditor(QWidget):
    changed = Signal()
    problem = Signal(str)

    def __init__(self, name: str, matrix=None, *, row_prefix: str = "", col_prefix: str = "",
                 fixed_rows: int | None = None, fixed_cols: int | None = None,
                 tooltip: str = "", max_visible_rows: int = 8, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.row_prefix, self.col_prefix = row_prefix, col_prefix
        self.fixed_rows, self.fixed_cols = fixed_rows, fixed_cols
        self.max_visible_rows = max_visible_rows
        self._values = np.zeros((fixed_rows or 1, fixed_cols or 1))
        self._flags: dict[tuple[int, int], str] = {}
        self._bad: dict[tuple[int, int], str] = {}
        self._updating = False

        self.title = QLabel()
        self.title.setToolTip(tooltip)
        self.table = QTableWidget(self)
        self.table.setToolTip(tooltip)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(52)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.installEventFilter(self)       # Ctrl+V / Ctrl+C on the table

        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(tr_("type or paste: [[1,0],[0,1]] or 1 0; 0 1"))
        self.text_edit.setToolTip(f"Replace {name} by a matrix typed as text: numpy [[1, 0], [0, 1]], "
                                  "MATLAB 1 0; 0 1, or rows copied from a spreadsheet. Enter applies.")
        self.text_edit.returnPressed.connect(self._on_text_entered)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.title)
        bar.addStretch(1)
        self.buttons = {}
        for key, text, tip, slot in (
                ("add_row", "+row", "Add a row of zeros", self.add_row),
                ("remove_row", "−row", "Remove the selected row (or the last)", self.remove_row),
                ("add_col", "+col", "Add a column of zeros", self.add_col),
                ("remove_col", "−col", "Remove the selected column (or the last)", self.remove_col),
                ("paste", "Paste", "Paste a matrix from the clipboard (Ctrl+V in the table)",
                 self.paste_clipboard),
                ("copy", "Copy", "Copy the matrix as numpy text (Ctrl+C in the table)", self.copy_clipboard)):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.setAutoRaise(True)
            b.clicked.connect(slot)
            bar.addWidget(b)
            self.buttons[key] = b
        if fixed_rows is not None:
            self.buttons["add_row"].hide()
            self.buttons["remove_row"].hide()
        if fixed_cols is not None:
            self.buttons["add_col"].hide()
            self.buttons["remove_col"].hide()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 2)
        lay.setSpacing(2)
        lay.addLayout(bar)
        lay.addWidget(self.table)
        lay.addWidget(self.text_edit)
        self.set_matrix(self._values if matrix is None else matrix, emit=False)

    # ------------------------------------------------------------ state
    def matrix(self) -> np.ndarray:
        """The last valid matrix (a copy)."""
        return self._values.copy()

    def shape(self) -> tuple[int, int]:
        return self._values.shape

    def has_errors(self) -> bool:
        return bool(self._bad)

    def checked(self, a) -> np.ndarray:
        """``a`` as this editor's matrix (a vector becomes a row, or a column for ``fixed_cols=1``);
        ValueError naming the editor when it is not a finite non-empty matrix of a fitting shape."""
        try:
            a = np.array(a, dtype=float)
        except (TypeError, ValueError, OverflowError):
            raise Problem(N_("{name} must be a matrix of numbers, all finite"), name=self.name) from None
        if a.ndim == 1:
            a = a[:, None] if self.fixed_cols == 1 else a[None, :]
        if a.ndim != 2 or a.size == 0:
            raise Problem(N_("{name} must be a non-empty matrix, got shape {shape}"), name=self.name, shape=a.shape)
        if a.size > MAX_ENTRIES:
            raise Problem(N_("{name} is too large ({rows:,}×{cols:,}; at most {most:,} entries)"), name=self.name,
                          rows=a.shape[0], cols=a.shape[1], most=MAX_ENTRIES)
        if not np.all(np.isfinite(a)):
            raise Problem(N_("{name} contains NaN or inf: entries must be finite"), name=self.name)
        self._check_fixed(a.shape)
        return a

    def set_matrix(self, a, emit: bool = True) -> None:
        a = self.checked(a)
        self._values = a
        self._bad.clear()
        self._flags = {k: v for k, v in self._flags.items() if k[0] < a.shape[0] and k[1] < a.shape[1]}
        self._rebuild()
        if emit:
            self.changed.emit()

    def _check_fixed(self, shape) -> None:
        if self.fixed_rows is not None and shape[0] != self.fixed_rows:
            raise Problem(N_("{name} must have {count} row(s); the text gives {rows}×{cols}"), name=self.name,
                          count=self.fixed_rows, rows=shape[0], cols=shape[1])
        if self.fixed_cols is not None and shape[1] != self.fixed_cols:
            raise Problem(N_("{name} must have {count} column(s) (a column vector); the text gives {rows}×{cols} "
                             "— add ' to transpose a row"), name=self.name, count=self.fixed_cols, rows=shape[0],
                          cols=shape[1])

    # ------------------------------------------------------------ flags
    def flag_cell(self, row: int, col: int, why: str) -> None:
        self._flags[(row, col)] = why
        self._style_cell(row, col)

    def clear_flags(self) -> None:
        cells = list(self._flags)
        self._flags.clear()
        for r, c in cells:
            self._style_cell(r, c)

    def flags(self) -> list[tuple[int, int, str]]:
        """The flagged cells as (row, column, why), in row-major order."""
        return [(r, c, why) for (r, c), why in sorted(self._flags.items())]

    def is_flagged(self, row: int, col: int) -> bool:
        return (row, col) in self._flags

    def is_bad(self, row: int, col: int) -> bool:
        return (row, col) in self._bad

    # ------------------------------------------------------------ structure
    def add_row(self) -> None:
        if self._room(1, 0):
            self._resize(np.vstack([self._values, np.zeros((1, self._values.shape[1]))]))

    def add_col(self) -> None:
        if self._room(0, 1):
            self._resize(np.hstack([self._values, np.zeros((self._values.shape[0], 1))]))

    def _room(self, rows: int, cols: int) -> bool:
        r, c = self._values.shape
        if (r + rows) * (c + cols) > MAX_ENTRIES:
            self.problem.emit(tr_("{name} has {r}×{c} entries: at most {most:,} in all").format(name=self.name, r=r, c=c, most=MAX_ENTRIES))
            return False
        return True

    def remove_row(self) -> None:
        n = self._values.shape[0]
        if n <= 1:
            self.problem.emit(tr_("{name} needs at least one row").format(name=self.name))
            return
        r = self.table.currentRow()
        r = r if 0 <= r < n and self.table.selectedItems() else n - 1
        self._flags = {(i - (i > r), j): v for (i, j), v in self._flags.items() if i != r}
        self._resize(np.delete(self._values, r, axis=0))

    def remove_col(self) -> None:
        n = self._values.shape[1]
        if n <= 1:
            self.problem.emit(tr_("{name} needs at least one column").format(name=self.name))
            return
        c = self.table.currentColumn()
        c = c if 0 <= c < n and self.table.selectedItems() else n - 1
        self._flags = {(i, j - (j > c)): v for (i, j), v in self._flags.items() if j != c}
        self._resize(np.delete(self._values, c, axis=1))

    def _resize(self, a: np.ndarray) -> None:
        self._values = a
        self._bad.clear()
        self._rebuild()
        self.changed.emit()

    # ------------------------------------------------------------ text
    def paste_text(self, text: str) -> bool:
        """Replace the matrix by ``text`` (or the current cell, for a single number)."""
        try:
            a = parse_matrix(text)
            item = self.table.currentItem()
            if a.shape == (1, 1) and item is not None and self._values.shape != (1, 1):
                item.setText(format_number(a[0, 0], 12))
                return not self.is_bad(item.row(), item.column())
            self._check_fixed(a.shape)
        except ValueError as exc:
            self.problem.emit(tr_("{name}: pasted text refused ({why}); the matrix is kept").format(name=self.name, why=error_text(exc)))
            return False
        self.set_matrix(a)
        return True

    def paste_clipboard(self) -> bool:
        return self.paste_text(QGuiApplication.clipboard().text())

    def copy_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.to_text())

    def to_text(self, style: str = "numpy") -> str:
        return format_matrix(self._values, style, digits=12)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.table and event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_clipboard()
                return True
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_clipboard()
                return True
        return super().eventFilter(obj, event)

    def _on_text_entered(self) -> None:
        if self.paste_text(self.text_edit.text()):
            self.text_edit.clear()

    # ------------------------------------------------------------ cells
    def set_cell_text(self, row: int, col: int, text: str) -> None:
        """Type ``text`` into a cell, as a user would (validation and signals included)."""
        self.table.item(row, col).setText(text)

    def cell_text(self, row: int, col: int) -> str:
        return self.table.item(row, col).text()

    def _rebuild(self) -> None:
        self._updating = True
        try:
            rows, cols = self._values.shape
            tables.resize(self.table, rows, cols)
            self.table.setVerticalHeaderLabels([f"{self.row_prefix}{i + 1}" for i in range(rows)])
            self.table.setHorizontalHeaderLabels([f"{self.col_prefix}{j + 1}" for j in range(cols)])
            for i in range(rows):
                for j in range(cols):
                    item = set_text(self.table, i, j, format_number(self._values[i, j], 6))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self._style_cell(i, j)
        finally:
            self._updating = False
        self.title.setText(f"<b>{translate(self.name)}</b> <span style='color:gray'>{rows}×{cols}</span>")
        self.table.resizeColumnsToContents()
        for j in range(cols):
            self.table.setColumnWidth(j, max(44, self.table.columnWidth(j)))
        self._fit_height()

    def _fit_height(self) -> None:
        rows = min(self._values.shape[0], self.max_visible_rows)
        h = self.table.horizontalHeader().height() or 24
        width = sum(self.table.columnWidth(j) for j in range(self._values.shape[1])) + 40
        extra = 18 if width > max(self.table.width(), 200) else 0
        self.table.setFixedHeight(h + rows * 24 + 4 + extra)

    def _style_cell(self, row: int, col: int) -> None:
        item = self.table.item(row, col)
        if item is None:
            return
        was, self._updating = self._updating, True
        try:
            if (row, col) in self._bad:
                item.setBackground(QBrush(QColor(appearance.theme().cell_error_bg)))
                item.setToolTip(self._bad[(row, col)])
            elif (row, col) in self._flags:
                item.setBackground(QBrush(QColor(appearance.theme().cell_warn_bg)))
                item.setToolTip(self._flags[(row, col)])
            else:
                item.setBackground(QBrush())
                item.setToolTip("")
        finally:
            self._updating = was

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._updating:
            return
        r, c = item.row(), item.column()
        if not (0 <= r < self._values.shape[0] and 0 <= c < self._values.shape[1]):
            return
        try:
            v = parse_number(item.text())
        except ValueError as exc:
            kept = format_number(self._values[r, c])
            msg = tr_("{name}[{r},{c}]: {why}; the matrix keeps {kept}").format(name=self.name, r=r + 1, c=c + 1,
                                                                         why=error_text(exc), kept=kept)
            self._bad[(r, c)] = msg
            self._style_cell(r, c)
            self.problem.emit(msg)
            return
        self._bad.pop((r, c), None)
        self._style_cell(r, c)
        if v != self._values[r, c]:
            self._values[r, c] = v
            self.changed.emit()
