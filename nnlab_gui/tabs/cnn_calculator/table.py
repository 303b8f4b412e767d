"""The CNN calculator's layer table: editable parameter cells, result cells, colours.

The table owns the network's rows (``rows``: cell texts, :mod:`nnlab_gui.engine.cnn_rows`
says what the columns are) and every edit of them: the kind is picked from a combo box
that commits at once, parameter cells write every keystroke (``LiveTextDelegate``), so
results follow typing; layers are added, removed, moved with buttons or dragged to a new
place.  Each edit emits ``rows_changed``.  A bad cell is red, the row of an impossible
size red, a row with an uneven division amber; cells a kind does not use show "—".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHeaderView, QLineEdit,
                               QStyledItemDelegate, QTableWidget, QTableWidgetItem, QWidget)

from nnlab_gui.engine.cnn import MAX_LAYERS, fmt_int
from nnlab_gui.engine.cnn_rows import (CELL_HELP, COL_KIND, COL_OUTPUT, COL_SIZE, DEFAULTS,
                                       FIRST_RESULT, HEADERS, KIND_TITLES, KINDS, NOT_USED,
                                       RESULT_HELP, change_kind, macs_tip, new_row, result_cells)
from nnlab_gui.engine.texts import text_of
from nnlab_gui.i18n import tr_, translate
from nnlab_gui.widgets import tables
from nnlab_gui.widgets import appearance

COL_MACS = FIRST_RESULT + 5

WARN_BG = QColor("#fff3cd")        # the light theme's cell colours (themes.THEMES)
ERROR_BG = QColor("#ffcdd2")


def _cell_colour(role: str) -> QColor:
    """A cell colour of the current theme: "cell_warn_bg", "cell_error_bg", "disabled_text"."""
    return QColor(getattr(appearance.theme(), role))


class KindDelegate(QStyledItemDelegate):
    """A combo box of layer kinds that commits as soon as a kind is picked."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt name
        box = QComboBox(parent)
        for kind in KINDS:
            box.addItem(f"{kind}  ({KIND_TITLES[kind]})", kind)
        box.currentIndexChanged.connect(lambda _i, b=box: self.commitData.emit(b))
        return box

    def setEditorData(self, editor, index):  # noqa: N802
        with QSignalBlocker(editor):
            editor.setCurrentIndex(max(0, editor.findData(index.data())))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData())


class LiveTextDelegate(QStyledItemDelegate):
    """A line edit that writes every keystroke to the table, so results follow typing."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt name
        edit = QLineEdit(parent)
        edit.textEdited.connect(lambda _t, e=edit: self.commitData.emit(e))
        return edit

    def setEditorData(self, editor, index):  # noqa: N802
        if not editor.hasFocus() or not editor.text():
            editor.setText(index.data() or "")

    def setModelData(self, editor, model, index):  # noqa: N802
        if model.data(index) != editor.text():
            model.setData(index, editor.text())

    def displayText(self, value, locale):  # noqa: N802
        """A typed count is shown like the results: 4096 as 4,096 (the cell keeps 4096)."""
        text = str(value)
        return fmt_int(int(text)) if text.isdigit() and len(text) < 19 else text


_KIND_FLAGS = QTableWidgetItem().flags() | Qt.ItemFlag.ItemIsDragEnabled   # a new item's, draggable


def fold_text(text: str, fm: QFontMetrics) -> str:
    """``text`` on two lines, broken at the space that makes the wider line narrowest."""
    best, best_width = text, fm.horizontalAdvance(text)
    for i, ch in enumerate(text):
        if ch == " ":
            width = max(fm.horizontalAdvance(text[:i]), fm.horizontalAdvance(text[i + 1:]))
            if width < best_width:
                best, best_width = text[:i] + "\n" + text[i + 1:], width
    return best


class LayerTable(QTableWidget):
    """The layer rows and their edits; ``rows_changed()`` after each, ``refused(level, message)``."""

    rows_changed = Signal()
    refused = Signal(str, str)            # "error" / "warning", what was refused
    row_moved = Signal(int, int)          # what a drag asks for (source row, target row)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[list[str]] = []
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setColumnCount(len(HEADERS))
        self.setHorizontalHeaderLabels(HEADERS)
        self.setItemDelegateForColumn(COL_KIND, KindDelegate(self))
        live = LiveTextDelegate(self)
        for col in range(COL_SIZE, FIRST_RESULT):
            self.setItemDelegateForColumn(col, live)
            self.horizontalHeaderItem(col).setToolTip(CELL_HELP[col])
        for col, tip in RESULT_HELP.items():
            self.horizontalHeaderItem(col).setToolTip(tip)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.verticalHeader().setDefaultSectionSize(max(18, self.fontMetrics().height() + 4))
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.DoubleClicked | triggers.SelectedClicked
                             | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.itemChanged.connect(self._on_item_changed)
        self.row_moved.connect(self.move_layer)

    # ------------------------------------------------------------------ filling
    def show_rows(self, rows: list[list[str]] | None = None) -> None:
        """Show ``rows`` (default: the current ones); results stay empty until :meth:`show_results`."""
        if rows is not None:
            self.rows = [list(row) for row in rows]
        with QSignalBlocker(self):
            tables.resize(self, len(self.rows))
            for r, row in enumerate(self.rows):
                self._fill(r, row)

    def _cell(self, r: int, c: int) -> QTableWidgetItem:
        """The item at (r, c), made once: cells are updated in place, never replaced (replacing
        an item deletes the old one, and PySide6 can crash deleting a wrapped item)."""
        it = self.item(r, c)
        if it is None:
            it = QTableWidgetItem()
            self.setItem(r, c, it)
        return it

    def _fill(self, r: int, row: list[str]) -> None:
        kind = row[COL_KIND]
        item = self._cell(r, COL_KIND)
        item.setText(kind)
        item.setToolTip(tr_("{title}: double-click to change the kind").format(title=KIND_TITLES[kind]))
        item.setFlags(_KIND_FLAGS)
        used = DEFAULTS[kind]
        shown = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDragEnabled
        for col in range(COL_SIZE, FIRST_RESULT):
            it = self._cell(r, col)
            it.setText(row[col] if col in used else NOT_USED)
            if col in used:
                it.setFlags(shown | Qt.ItemFlag.ItemIsEditable)
                it.setToolTip(CELL_HELP[col])
                it.setData(Qt.ItemDataRole.ForegroundRole, None)
            else:
                it.setFlags(shown)
                it.setToolTip("")
                it.setForeground(QBrush(_cell_colour("disabled_text")))
            it.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
        last = self.columnCount() - 1
        for col in range(FIRST_RESULT, self.columnCount()):
            it = self._cell(r, col)
            it.setText("")
            it.setToolTip("")
            it.setFlags(shown)
            side = Qt.AlignmentFlag.AlignLeft if col == last else Qt.AlignmentFlag.AlignRight
            it.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | side)

    def show_results(self, net) -> None:
        """The result columns of every layer of the summary ``net``."""
        with QSignalBlocker(self):
            for s in net.layers:
                for k, text in enumerate(result_cells(s, translate)):
                    it = self.item(s.index, FIRST_RESULT + k)
                    if it is not None:
                        it.setText(text)
                out = self.item(s.index, COL_OUTPUT)
                if out is not None:
                    out.setToolTip("\n".join(f"{text_of(n, translate)}: {text_of(t, translate)}"
                                              for n, t in s.formulas))
                macs = self.item(s.index, COL_MACS)
                if macs is not None:
                    macs.setToolTip(macs_tip(s.macs))        # the exact count
        self.fit_columns()

    def fit_columns(self) -> None:
        """Every column but the stretching notes as wide as its content.  When they and the
        notes' header do not fit side by side (scale 2.0, a longer language) the headers fold
        onto two lines ("kernel F" → "kernel" / "F"), so no header is cut and nothing scrolls."""
        for folded in (False, True):
            self._set_headers(folded)
            for col in range(self.columnCount() - 1):
                self.resizeColumnToContents(col)
            self.setColumnWidth(COL_KIND, max(self.columnWidth(COL_KIND), 80))
            last = self.columnCount() - 1
            need = sum(self.columnWidth(c) for c in range(last)) + self.horizontalHeader().sectionSizeHint(last)
            if need <= self.viewport().width():
                break

    def _set_headers(self, folded: bool) -> None:
        fm = self.horizontalHeader().fontMetrics()
        for col in range(self.columnCount()):
            item = self.horizontalHeaderItem(col)
            if item is None:
                continue
            line = translate(item.text().replace("\n", " "))   # in the lab's language, whenever it changed
            text = fold_text(line, fm) if folded else line
            if item.text() != text:
                item.setText(text)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.rowCount():
            self.fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A new font or style (a scale change arriving after the cells were measured):
        the columns are measured again, so they fit the text as it is drawn now."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self.rowCount():
            self.fit_columns()

    def paint(self, bad: dict[tuple[int, int], str], error_row: int | None,
              warnings: dict[int, str]) -> None:
        """Red bad cells (tooltip: why), a red impossible row, amber rows with warnings."""
        with QSignalBlocker(self):
            for r in range(self.rowCount()):
                for c in range(self.columnCount()):
                    it = self.item(r, c)
                    if it is None:
                        continue
                    if (r, c) in bad:
                        it.setBackground(_cell_colour("cell_error_bg"))
                        it.setToolTip(bad[(r, c)])
                        continue
                    if c in CELL_HELP and it.flags() & Qt.ItemFlag.ItemIsEditable:
                        it.setToolTip(CELL_HELP[c])          # no longer the error of a fixed cell
                    if r == error_row:
                        it.setBackground(_cell_colour("cell_error_bg"))
                    elif r in warnings:
                        it.setBackground(_cell_colour("cell_warn_bg"))
                        if c == COL_KIND:
                            it.setToolTip(warnings[r])
                    else:
                        it.setBackground(QBrush())

    # ------------------------------------------------------------------ edits
    def set_cell(self, row: int, col: int, text: str) -> None:
        """Type ``text`` into a cell (or pick a kind): what the delegates do."""
        self.item(row, col).setData(Qt.ItemDataRole.EditRole, text)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        r, c, text = item.row(), item.column(), item.text()
        if r >= len(self.rows) or c >= FIRST_RESULT:
            return
        row = self.rows[r]
        if c == COL_KIND:
            kind = text.strip().lower()
            if kind == row[COL_KIND]:
                return
            if kind not in DEFAULTS:
                with QSignalBlocker(self):
                    item.setText(row[COL_KIND])
                self.refused.emit("error", tr_("row {r}: unknown layer kind {kind!r}").format(r=r + 1, kind=text))
                return
            self.rows[r] = change_kind(row, kind)
            with QSignalBlocker(self):
                self._fill(r, self.rows[r])
        elif c in DEFAULTS[row[COL_KIND]]:
            row[c] = text
        else:
            return
        self.rows_changed.emit()

    def _changed(self, select: int) -> None:
        self.show_rows()
        self.rows_changed.emit()
        if self.rows:
            self.selectRow(min(max(select, 0), len(self.rows) - 1))

    def add_layer(self, kind: str = "conv") -> None:
        """A new layer of ``kind`` below the selected one (at the end when none is)."""
        if len(self.rows) >= MAX_LAYERS:
            self.refused.emit("error", tr_("a network has at most {most:,} layers").format(most=MAX_LAYERS))
            return
        row = self.currentRow()
        at = len(self.rows) if row < 0 else row + 1
        self.rows.insert(at, new_row(kind))
        self._changed(at)

    def remove_layer(self) -> bool:
        row = self.currentRow()
        if not 0 <= row < len(self.rows):
            self.refused.emit("warning", "select a layer to remove")
            return False
        del self.rows[row]
        self._changed(row)
        return True

    def move_layer(self, src: int, dst: int) -> None:
        if src != dst and 0 <= src < len(self.rows) and 0 <= dst < len(self.rows):
            self.rows.insert(dst, self.rows.pop(src))
            self._changed(dst)

    def move_selected(self, step: int) -> None:
        row = self.currentRow()
        self.move_layer(row, row + step)

    # ------------------------------------------------------------------ dragging
    def dropEvent(self, event):  # noqa: N802 - Qt name
        if event.source() is not self:
            event.ignore()
            return
        src = self.currentRow()
        index = self.indexAt(event.position().toPoint())
        dst = self.rowCount() if not index.isValid() else index.row()
        if index.isValid() and self.dropIndicatorPosition() == \
                QAbstractItemView.DropIndicatorPosition.BelowItem:
            dst += 1
        # the table's own move would overwrite cells: the page moves the row itself
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if src >= 0:
            if dst > src:
                dst -= 1
            if dst != src:
                self.row_moved.emit(src, dst)
