"""CNN calculator tab (seed 003, exercises 2 and 4).

An input shape and a table of layers; every edit recalculates at once (on the GUI
thread: it is arithmetic) the output size ``W2 = (W1 − F + 2P)/S + 1``, units,
parameters, multiply-accumulates, activation memory and receptive field of every layer,
and the totals.  The selected layer's formulas are written out with its numbers; a
to-scale (log₂) drawing shows the feature maps.  A bad cell is marked red and the last
valid results stay on screen; an uneven division is marked amber with the nearest
paddings and strides that would divide.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMenu, QPushButton, QSpinBox,
                               QSplitter, QStyledItemDelegate, QTableWidget, QTableWidgetItem,
                               QTextBrowser, QToolButton, QVBoxLayout, QWidget)

from nnlab_gui.engine import cnn
from nnlab_gui.engine.cnn import (PRESET_TITLES, PRESETS, AvgPool2d, BatchNorm, Conv2d,
                                  ConvTranspose2d, Dense, Dropout, Flatten, LayerError, MaxPool2d,
                                  NetSummary, ReLU, fmt_bytes, fmt_int, pair_value_text,
                                  shape_text, summarize)
from nnlab_gui.engine.cnn_text import format_text, parse_text
from nnlab_gui.tabs.base import LabTab
from nnlab_gui.widgets.export import ask_open_path, ask_save_path
from nnlab_gui.widgets.feature_maps import Block, FeatureMapDiagram

KINDS = ["conv", "deconv", "pool", "avgpool", "flatten", "fc", "dropout", "relu", "bn"]
KIND_TITLES = {
    "conv": "Conv2d", "deconv": "ConvTranspose2d", "pool": "MaxPool2d", "avgpool": "AvgPool2d",
    "flatten": "Flatten", "fc": "Dense", "dropout": "Dropout", "relu": "ReLU", "bn": "BatchNorm",
}
# editable columns after "kind"
PARAM_COLUMNS = ["filters / units", "kernel F", "stride S", "padding P", "dilation d",
                 "out pad"]
RESULT_COLUMNS = ["output H×W×C", "units", "weights", "biases", "parameters", "MACs",
                  "memory", "RF", "jump", "warnings and notes"]
COL_KIND = 0
COL_SIZE, COL_KERNEL, COL_STRIDE, COL_PAD, COL_DIL, COL_OUTPAD = range(1, 7)
FIRST_RESULT = 7
COL_OUTPUT = FIRST_RESULT
COL_PARAMS = FIRST_RESULT + 4
COL_BIAS = FIRST_RESULT  # not shown: the row list's last entry, "nobias" when imported so

# which parameter columns a kind uses, with the defaults a new row of that kind gets
DEFAULTS: dict[str, dict[int, str]] = {
    "conv": {COL_SIZE: "32", COL_KERNEL: "3", COL_STRIDE: "1", COL_PAD: "0", COL_DIL: "1"},
    "deconv": {COL_SIZE: "32", COL_KERNEL: "3", COL_STRIDE: "2", COL_PAD: "1", COL_DIL: "1",
               COL_OUTPAD: "0"},
    "pool": {COL_KERNEL: "2", COL_STRIDE: "2", COL_PAD: "0"},
    "avgpool": {COL_KERNEL: "2", COL_STRIDE: "2", COL_PAD: "0"},
    "flatten": {}, "fc": {COL_SIZE: "100"}, "dropout": {COL_SIZE: "0.5"},
    "relu": {}, "bn": {},
}
CELL_HELP = {
    COL_SIZE: "filters K (conv), units n (dense) or rate (dropout)",
    COL_KERNEL: "kernel F: 3, or 5x3 for height × width",
    COL_STRIDE: "stride S: 2, or 2x1",
    COL_PAD: "padding P: 1, 1x0, same or valid",
    COL_DIL: "dilation d: effective kernel F' = d·(F − 1) + 1",
    COL_OUTPAD: "output padding of a transposed convolution",
}
NOT_USED = "—"
WARN_BG = QColor("#fff3cd")
ERROR_BG = QColor("#ffcdd2")
TEXT_FILTER = "CNN text form (*.txt *.cnn);;All files (*)"
_PAIR = re.compile(r"^\s*(\d+)\s*(?:[x×]\s*(\d+))?\s*$")


class _CellError(ValueError):
    def __init__(self, column: int, message: str):
        super().__init__(message)
        self.column = column


# ----------------------------------------------------------------------------- delegates
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


class LayerTable(QTableWidget):
    """A table whose rows can be dragged to a new place; emits ``row_moved(src, dst)``."""

    row_moved = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

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
        # the table's own move would overwrite cells: we move the row ourselves
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if src >= 0:
            if dst > src:
                dst -= 1
            if dst != src:
                self.row_moved.emit(src, dst)


# ----------------------------------------------------------------------------- the tab
class CnnCalculatorTab(LabTab):
    TITLE = "CNN calculator"
    OPEN_FILTER = TEXT_FILTER

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.net: NetSummary | None = None      # the last valid summary
        self._rows: list[list[str]] = []        # kind + PARAM_COLUMNS texts per row
        self._bad: dict[tuple[int, int], str] = {}
        self._error_row: int | None = None
        self._error_text = ""
        self._building = False
        self._build_ui()
        self.load_preset("alexnet")
        self.table.selectRow(0)

    # ------------------------------------------------------------------ UI
    def _build_ui(self) -> None:
        lay = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel("Input  H"))
        self.height_spin = self._spin("input height H1 (pixels)")
        top.addWidget(self.height_spin)
        top.addWidget(QLabel("W"))
        self.width_spin = self._spin("input width W1 (pixels)")
        top.addWidget(self.width_spin)
        top.addWidget(QLabel("C / n"))
        self.channels_spin = self._spin("input channels C1, or the length n of a vector input")
        top.addWidget(self.channels_spin)
        self.vector_check = QCheckBox("vector")
        self.vector_check.setToolTip("The input is a vector of n values (no H, W): "
                                     "e.g. exercise 2's autoencoder")
        self.vector_check.toggled.connect(self._on_vector_toggled)
        top.addWidget(self.vector_check)
        top.addSpacing(16)
        self.presets_button = QToolButton()
        self.presets_button.setText("Presets")
        self.presets_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.presets_menu = QMenu(self.presets_button)
        self.preset_actions: dict[str, QAction] = {}
        for name, title in PRESET_TITLES.items():
            act = self.presets_menu.addAction(title)
            act.triggered.connect(lambda _c=False, n=name: self.load_preset(n))
            self.preset_actions[name] = act
        self.presets_button.setMenu(self.presets_menu)
        top.addWidget(self.presets_button)
        self.add_button = self._button("Add layer", "Add a layer below the selected one",
                                       lambda: self.add_layer())
        self.remove_button = self._button("Remove", "Remove the selected layer",
                                          lambda: self.remove_layer())
        self.up_button = self._button("▲", "Move the selected layer up (or drag the row)",
                                      lambda: self.move_selected(-1))
        self.down_button = self._button("▼", "Move the selected layer down (or drag the row)",
                                        lambda: self.move_selected(1))
        for b in (self.up_button, self.down_button):
            b.setFixedWidth(32)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            top.addWidget(b)
        top.addStretch(1)
        lay.addLayout(top)
        text_row = QHBoxLayout()
        text_row.addWidget(QLabel("Text form"))
        self.text_edit = QLineEdit()
        text_row.addWidget(self.text_edit, 1)
        self.import_button = self._button("Import…", "Read a network in the text form",
                                          self._on_import)
        self.export_text_button = self._button("Export text…", "Save the network in the text form",
                                               self._on_export_text)
        self.export_csv_button = self._button("CSV…", "Export the table as CSV",
                                              lambda: self._on_export_table("csv"))
        self.export_md_button = self._button("Markdown…", "Export the table as Markdown",
                                             lambda: self._on_export_table("md"))
        for b in (self.import_button, self.export_text_button, self.export_csv_button,
                  self.export_md_button):
            text_row.addWidget(b)
        self.text_edit.setToolTip(
            "The network in one line, e.g. 'input 227x227x3; conv 96 11 s4 p0; pool 3 s2; "
            "fc 4096'. Kinds: conv K F [sS] [pP|same|valid] [dD], deconv … [opN], pool F [sS], "
            "avgpool F [sS], flatten, fc n, dropout r, relu, bn. Press Enter to apply.")
        self.text_edit.returnPressed.connect(self._on_text_applied)
        lay.addLayout(text_row)

        self.table = LayerTable()
        headers = ["kind"] + PARAM_COLUMNS + RESULT_COLUMNS
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setItemDelegateForColumn(COL_KIND, KindDelegate(self.table))
        live = LiveTextDelegate(self.table)
        for col in range(COL_SIZE, FIRST_RESULT):
            self.table.setItemDelegateForColumn(col, live)
            self.table.horizontalHeaderItem(col).setToolTip(CELL_HELP[col])
        self.table.horizontalHeaderItem(COL_OUTPUT).setToolTip("W2 = (W1 − F + 2P)/S + 1; "
                                                               "depth = number of filters")
        self.table.horizontalHeaderItem(COL_PARAMS).setToolTip(
            "conv: (F·F·C1 + 1)·K; dense: n_in·n + n; batch norm: 2·C")
        self.table.horizontalHeaderItem(FIRST_RESULT + 7).setToolTip(
            "receptive field r = r_prev + (F' − 1)·j_prev")
        self.table.horizontalHeaderItem(FIRST_RESULT + 8).setToolTip("jump j = j_prev·S")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(triggers.DoubleClicked | triggers.SelectedClicked
                                   | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.table.row_moved.connect(self.move_layer)

        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formula_view = QTextBrowser()
        self.formula_view.setToolTip("The selected layer's formulas with its numbers substituted")
        self.diagram = FeatureMapDiagram()
        self.diagram.block_clicked.connect(self._on_block_clicked)

        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.table, 1)
        ul.addWidget(self.totals_label)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.formula_view)
        lower.addWidget(self.diagram)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)
        lower.setSizes([520, 780])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([430, 300])
        lay.addWidget(split, 1)
        lay.addWidget(self.messages)

    def _spin(self, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, 1_000_000)
        spin.setToolTip(tip)
        spin.setKeyboardTracking(True)
        spin.valueChanged.connect(self._on_input_changed)
        return spin

    def _button(self, text, tip, slot) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    # ------------------------------------------------------------------ loading
    def input_shape(self) -> tuple[int, ...]:
        if self.vector_check.isChecked():
            return (self.channels_spin.value(),)
        return (self.height_spin.value(), self.width_spin.value(), self.channels_spin.value())

    def set_network(self, input_shape, layers) -> None:
        """Fill the input fields and the table from an engine network."""
        shape = tuple(input_shape)
        self._building = True
        try:
            for spin in (self.height_spin, self.width_spin, self.channels_spin):
                spin.blockSignals(True)
            if len(shape) == 1:
                self.vector_check.setChecked(True)
                self.height_spin.setValue(1)
                self.width_spin.setValue(1)
                self.channels_spin.setValue(shape[0])
            else:
                self.vector_check.setChecked(False)
                self.height_spin.setValue(shape[0])
                self.width_spin.setValue(shape[1])
                self.channels_spin.setValue(shape[2] if len(shape) == 3 else 1)
        finally:
            for spin in (self.height_spin, self.width_spin, self.channels_spin):
                spin.blockSignals(False)
            self._building = False
        self._rows = [_layer_to_row(layer) for layer in layers]
        self._rebuild_table()

    def load_preset(self, name: str) -> None:
        if name not in PRESETS:
            self.messages.error(f"no preset named {name!r}")
            return
        shape, layers = PRESETS[name]
        self.set_network(shape, layers)
        if self.net is not None and self.messages.level != "error":
            self.messages.info(f"Loaded {PRESET_TITLES[name]}: "
                               f"{fmt_int(self.net.total_params)} parameters")

    def open_file(self, path: str) -> None:
        try:
            text = Path(path).read_text(encoding="utf-8")
            shape, layers = parse_text(text)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            self.messages.error(f"could not import {Path(path).name}: {exc}")
            return
        self.set_network(shape, layers)
        if self.messages.level != "error":
            self.messages.info(f"Imported {Path(path).name}: {len(layers)} layers")

    # ------------------------------------------------------------------ table edits
    def add_layer(self, kind: str = "conv") -> None:
        row = self.table.currentRow()
        at = len(self._rows) if row < 0 else row + 1
        new = [kind] + [""] * len(PARAM_COLUMNS) + [""]
        for col, value in DEFAULTS[kind].items():
            new[col] = value
        self._rows.insert(at, new)
        self._rebuild_table()
        self.table.selectRow(at)

    def remove_layer(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self._rows):
            self.messages.warning("select a layer to remove")
            return
        del self._rows[row]
        self._rebuild_table()
        if self._rows:
            self.table.selectRow(min(row, len(self._rows) - 1))

    def move_layer(self, src: int, dst: int) -> None:
        if not (0 <= src < len(self._rows)) or not (0 <= dst < len(self._rows)) or src == dst:
            return
        self._rows.insert(dst, self._rows.pop(src))
        self._rebuild_table()
        self.table.selectRow(dst)

    def move_selected(self, step: int) -> None:
        row = self.table.currentRow()
        self.move_layer(row, row + step)

    def set_cell(self, row: int, col: int, text: str) -> None:
        """Type ``text`` into a parameter cell (or pick a kind): what the delegates do."""
        self.table.item(row, col).setData(Qt.ItemDataRole.EditRole, text)

    def _rebuild_table(self) -> None:
        self._building = True
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self._rows))
            for r, row in enumerate(self._rows):
                self._fill_row(r, row)
        self._building = False
        self._recalculate()

    def _fill_row(self, r: int, row: list[str]) -> None:
        kind = row[0]
        item = QTableWidgetItem(kind)
        item.setToolTip(f"{KIND_TITLES[kind]}: double-click to change the kind")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        self.table.setItem(r, COL_KIND, item)
        used = DEFAULTS[kind]
        for col in range(COL_SIZE, FIRST_RESULT):
            it = QTableWidgetItem(row[col] if col in used else NOT_USED)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | \
                Qt.ItemFlag.ItemIsDragEnabled
            if col in used:
                flags |= Qt.ItemFlag.ItemIsEditable
                it.setToolTip(CELL_HELP[col])
            else:
                it.setForeground(QBrush(QColor("#9e9e9e")))
            it.setFlags(flags)
            it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(r, col, it)
        for col in range(FIRST_RESULT, self.table.columnCount()):
            it = QTableWidgetItem("")
            it.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsDragEnabled)
            it.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignLeft if col == self.table.columnCount() - 1
                else Qt.AlignmentFlag.AlignRight))
            self.table.setItem(r, col, it)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._building:
            return
        r, c = item.row(), item.column()
        if r >= len(self._rows) or c >= FIRST_RESULT:
            return
        text = item.text()
        if c == COL_KIND:
            kind = text.strip().lower()
            if kind not in DEFAULTS or kind == self._rows[r][0]:
                if kind not in DEFAULTS:
                    with QSignalBlocker(self.table):
                        item.setText(self._rows[r][0])
                    self.messages.error(f"row {r + 1}: unknown layer kind {text!r}")
                return
            row = self._rows[r]
            row[0] = kind
            for col, value in DEFAULTS[kind].items():
                if not row[col] or row[col] == NOT_USED:
                    row[col] = value
            self._building = True
            with QSignalBlocker(self.table):
                self._fill_row(r, row)
            self._building = False
        else:
            if c not in DEFAULTS[self._rows[r][0]]:
                return
            self._rows[r][c] = text
        self._recalculate()

    def _on_input_changed(self, _value=None) -> None:
        if not self._building:
            self._recalculate()

    def _on_vector_toggled(self, checked: bool) -> None:
        self.height_spin.setEnabled(not checked)
        self.width_spin.setEnabled(not checked)
        self._on_input_changed()

    # ------------------------------------------------------------------ recalculation
    def layers_from_rows(self) -> list:
        """The engine layers of the table; raises ``_CellError`` (with row set) on bad cells."""
        layers, bad = [], {}
        for r, row in enumerate(self._rows):
            try:
                layers.append(_row_to_layer(row))
            except _CellError as exc:
                bad[(r, exc.column)] = f"row {r + 1}, {_column_name(exc.column)}: {exc}"
        self._bad = bad
        return layers

    def _recalculate(self) -> None:
        if self._building:
            return
        layers = self.layers_from_rows()
        self._error_row = None
        if self._bad:
            self._paint_status()
            (r, c), msg = next(iter(sorted(self._bad.items())))
            self.messages.error(msg + " — showing the last valid results")
            self._update_formula_panel()
            return
        try:
            net = summarize(self.input_shape(), layers)
        except LayerError as exc:
            self._error_row = exc.index
            self._error_text = str(exc)
            self._paint_status()
            self.messages.error(str(exc) + " — showing the last valid results")
            self._update_formula_panel()
            self._update_diagram(error_row=exc.index)
            return
        except ValueError as exc:
            self.messages.error(f"{exc} — showing the last valid results")
            return
        self.net = net
        self._fill_results(net)
        self._paint_status()
        self._update_totals(net)
        self._update_diagram()
        self._update_formula_panel()
        if not self.text_edit.hasFocus():
            self.text_edit.setText(format_text(self.input_shape(), layers))
            self.text_edit.setCursorPosition(0)
        warned = [s for s in net.layers if s.warnings]
        if warned:
            first = warned[0]
            more = f" (and {len(warned) - 1} more rows)" if len(warned) > 1 else ""
            self.messages.warning(f"row {first.index + 1} ({first.label}): "
                                  f"{first.warnings[0]}{more}")
        elif self.messages.level != "info" or self.messages.text().startswith("row "):
            self.messages.clear_message()

    def _fill_results(self, net: NetSummary) -> None:
        self._building = True
        with QSignalBlocker(self.table):
            for s in net.layers:
                values = [s.output_text, _count(s.units), _count(s.weights), _count(s.biases),
                          _count(s.params), _count(s.macs), fmt_bytes(s.memory_bytes),
                          pair_value_text(s.receptive_field, "all"),
                          pair_value_text(s.jump, NOT_USED),
                          "; ".join(("⚠ " + w for w in s.warnings)) + ("; " if s.warnings and s.notes else "")
                          + "; ".join(s.notes)]
                for k, v in enumerate(values):
                    it = self.table.item(s.index, FIRST_RESULT + k)
                    if it is not None:
                        it.setText(v)
                out = self.table.item(s.index, COL_OUTPUT)
                if out is not None:
                    out.setToolTip("\n".join(f"{n}: {t}" for n, t in s.formulas))
            for col in range(self.table.columnCount() - 1):
                self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(COL_KIND, max(self.table.columnWidth(COL_KIND), 80))
        self._building = False

    def _paint_status(self) -> None:
        """Red cells for bad values, a red row for an impossible size, amber for warnings."""
        warn_rows = set()
        tips: dict[int, str] = {}
        if self.net is not None and not self._bad and self._error_row is None:
            for s in self.net.layers:
                if s.warnings:
                    warn_rows.add(s.index)
                    tips[s.index] = "\n".join(s.warnings)
        self._building = True
        with QSignalBlocker(self.table):
            for r in range(self.table.rowCount()):
                for c in range(self.table.columnCount()):
                    it = self.table.item(r, c)
                    if it is None:
                        continue
                    if (r, c) in self._bad:
                        it.setBackground(ERROR_BG)
                        it.setToolTip(self._bad[(r, c)])
                    elif r == self._error_row:
                        it.setBackground(ERROR_BG)
                    elif r in warn_rows:
                        it.setBackground(WARN_BG)
                        if c == COL_KIND:
                            it.setToolTip(tips[r])
                    else:
                        it.setBackground(QBrush())
        self._building = False

    def row_status(self, row: int) -> str:
        """"error", "warning" or "ok" for a table row (what its colour says)."""
        if any(r == row for r, _c in self._bad) or row == self._error_row:
            return "error"
        if self.net is not None and row < len(self.net.layers) and self.net.layers[row].warnings:
            return "warning"
        return "ok"

    def _update_totals(self, net: NetSummary) -> None:
        parts = [f"<b>Totals</b>: {fmt_int(net.total_params)} parameters "
                 f"({fmt_int(net.total_weights)} weights + {fmt_int(net.total_biases)} biases)",
                 f"{fmt_int(net.total_units)} units",
                 f"{_count(net.total_macs)} multiply-accumulates",
                 f"{fmt_bytes(net.total_memory_bytes)} of activations (float32)",
                 f"output {shape_text(net.output_shape, net.layers[-1].flat if net.layers else net.input_flat)}"]
        try:
            if net.layers and all(isinstance(s.layer, Dense) for s in net.layers):
                parts.append(f"code size {cnn.code_size(net)}")
        except ValueError:
            pass
        self.totals_label.setText(" · ".join(parts))

    def _update_diagram(self, error_row: int | None = None) -> None:
        net = self.net
        if net is None:
            return
        blocks = [Block(-1, "input", net.input_shape, net.input_flat,
                        shape_text(net.input_shape, net.input_flat))]
        for s in net.layers:
            if isinstance(s.layer, (Dropout, ReLU, BatchNorm)):
                continue
            status = "error" if s.index == error_row else ("warning" if s.warnings else "ok")
            blocks.append(Block(s.index, s.layer.KIND, s.output_shape, s.flat, s.output_text,
                                status))
        self.diagram.set_blocks(blocks)
        self.diagram.set_selected(self.table.currentRow())

    # ------------------------------------------------------------------ formula panel
    def _on_selection_changed(self) -> None:
        self._update_formula_panel()
        self.diagram.set_selected(self.table.currentRow())

    def _on_block_clicked(self, tag: int) -> None:
        if tag >= 0:
            self.table.selectRow(tag)

    def formula_text(self) -> str:
        return self.formula_view.toPlainText()

    def _update_formula_panel(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self._rows):
            self.formula_view.setHtml("<p>Select a layer to see its formulas.</p>")
            return
        bad = [m for (r, _c), m in sorted(self._bad.items()) if r == row]
        if bad or row == self._error_row:
            msgs = bad or [self._error_text]
            self.formula_view.setHtml(
                f"<h3>Layer {row + 1}</h3>"
                + "".join(f"<p style='color:#c62828'><b>{html.escape(m)}</b></p>" for m in msgs))
            return
        net = self.net
        if net is None or row >= len(net.layers) or self._bad or self._error_row is not None:
            where = (f"layer {self._error_row + 1}" if self._error_row is not None
                     else "the marked cell")
            self.formula_view.setHtml(f"<h3>Layer {row + 1}</h3><p>(fix {where} first: "
                                      "the table shows the last valid results)</p>")
            return
        s = net.layers[row]
        in_text = shape_text(s.input_shape, row == 0 and net.input_flat
                             or row > 0 and net.layers[row - 1].flat)
        parts = [f"<h3>Layer {row + 1}: {html.escape(s.label)}</h3>",
                 f"<p>{in_text} → <b>{s.output_text}</b></p>",
                 "<table cellspacing='0' cellpadding='3'>"]
        for name, text in s.formulas:
            parts.append(f"<tr><td style='color:#546e7a'>{html.escape(name)}</td>"
                         f"<td><span style='font-family:monospace; font-size:11pt'>"
                         f"{html.escape(text)}</span></td></tr>")
        parts.append("</table>")
        for w in s.warnings:
            parts.append(f"<p style='color:#9a6700'><b>⚠ {html.escape(w)}</b></p>")
        for n in s.notes:
            parts.append(f"<p style='color:#455a64'><i>{html.escape(n)}</i></p>")
        self.formula_view.setHtml("".join(parts))

    # ------------------------------------------------------------------ text form and export
    def _on_text_applied(self) -> None:
        try:
            shape, layers = parse_text(self.text_edit.text())
        except ValueError as exc:
            self.messages.error(f"text form: {exc}")
            return
        self.set_network(shape, layers)
        self.text_edit.clearFocus()
        if self.messages.level != "error":
            self.messages.info(f"Applied the text form: {len(layers)} layers")

    def text_form(self) -> str:
        return format_text(self.input_shape(), self.layers_from_rows())

    def _on_import(self) -> None:
        path = ask_open_path(self, "Import a network (text form)", TEXT_FILTER)
        if path:
            self.open_file(path)

    def _on_export_text(self) -> None:
        if self._bad:
            self.messages.error("fix the marked cells before exporting")
            return
        path = ask_save_path(self, "Export the network (text form)", TEXT_FILTER, "network.txt")
        if path:
            self._write(path, format_text(self.input_shape(), self.layers_from_rows(), sep="\n")
                        + "\n")

    def _on_export_table(self, fmt: str) -> None:
        if self.net is None:
            self.messages.error("nothing to export yet")
            return
        if fmt == "csv":
            path = ask_save_path(self, "Export the table as CSV", "CSV data (*.csv)", "network.csv")
            text = cnn.to_csv(self.net) if path else ""
        else:
            path = ask_save_path(self, "Export the table as Markdown", "Markdown (*.md)",
                                 "network.md")
            text = cnn.to_markdown(self.net) if path else ""
        if path:
            self._write(path, text)

    def _write(self, path: str, text: str) -> None:
        try:
            Path(path).write_text(text, encoding="utf-8")
        except OSError as exc:
            self.messages.error(f"could not write {path}: {exc}")
            return
        self.messages.info(f"Saved {path}")


# ----------------------------------------------------------------------------- row <-> layer
def _column_name(col: int) -> str:
    return (["kind"] + PARAM_COLUMNS)[col]


def _count(n: int) -> str:
    return fmt_int(n) if n else "0"


def _pair_cell(text: str, col: int, minimum: int):
    m = _PAIR.match(text)
    if not m:
        raise _CellError(col, f"{text.strip()!r} is not a whole number like 3 or 5x3")
    a = int(m.group(1))
    b = int(m.group(2)) if m.group(2) else a
    if min(a, b) < minimum:
        raise _CellError(col, f"{text.strip()!r} must be ≥ {minimum}")
    return (a, b)


def _row_to_layer(row: list[str]):
    kind = row[0]
    if kind in ("conv", "deconv"):
        size = row[COL_SIZE].strip()
        if not size.isdigit() or int(size) < 1:
            raise _CellError(COL_SIZE, f"{size!r}: the number of filters must be a whole number ≥ 1")
        kernel = _pair_cell(row[COL_KERNEL], COL_KERNEL, 1)
        stride = _pair_cell(row[COL_STRIDE], COL_STRIDE, 1)
        pad = _padding_cell(row[COL_PAD])
        dil = _pair_cell(row[COL_DIL], COL_DIL, 1)
        if kind == "conv":
            return Conv2d(int(size), kernel, stride=stride, padding=pad, dilation=dil,
                          bias=row[COL_BIAS] != "nobias")
        op = _pair_cell(row[COL_OUTPAD], COL_OUTPAD, 0)
        return ConvTranspose2d(int(size), kernel, stride=stride, padding=pad,
                               output_padding=op, dilation=dil, bias=row[COL_BIAS] != "nobias")
    if kind in ("pool", "avgpool"):
        kernel = _pair_cell(row[COL_KERNEL], COL_KERNEL, 1)
        stride = _pair_cell(row[COL_STRIDE], COL_STRIDE, 1)
        pad = _padding_cell(row[COL_PAD])
        cls = MaxPool2d if kind == "pool" else AvgPool2d
        return cls(kernel, stride=stride, padding=pad)
    if kind == "fc":
        size = row[COL_SIZE].strip()
        if not size.isdigit() or int(size) < 1:
            raise _CellError(COL_SIZE, f"{size!r}: the number of units must be a whole number ≥ 1")
        return Dense(int(size), bias=row[COL_BIAS] != "nobias")
    if kind == "dropout":
        try:
            return Dropout(float(row[COL_SIZE]))
        except ValueError as exc:
            raise _CellError(COL_SIZE, f"{row[COL_SIZE]!r}: {exc}") from None
    return {"flatten": Flatten, "relu": ReLU, "bn": BatchNorm}[kind]()


def _padding_cell(text: str):
    t = text.strip().lower()
    if t in ("same", "valid"):
        return t
    return _pair_cell(text, COL_PAD, 0)


def _pair_str(p) -> str:
    return f"{p[0]}" if p[0] == p[1] else f"{p[0]}x{p[1]}"


def _layer_to_row(layer) -> list[str]:
    kind = layer.KIND
    row = [kind] + [""] * len(PARAM_COLUMNS) + [""]
    if getattr(layer, "bias", True) is False:
        row[COL_BIAS] = "nobias"
    if isinstance(layer, (Conv2d, ConvTranspose2d)):
        row[COL_SIZE] = str(layer.filters)
        row[COL_DIL] = _pair_str(layer.dilation)
    if isinstance(layer, ConvTranspose2d):
        row[COL_OUTPAD] = _pair_str(layer.output_padding)
    if isinstance(layer, (Conv2d, ConvTranspose2d, MaxPool2d)):
        row[COL_KERNEL] = _pair_str(layer.kernel)
        row[COL_STRIDE] = _pair_str(layer.stride)
        row[COL_PAD] = layer.padding if isinstance(layer.padding, str) else _pair_str(layer.padding)
    if isinstance(layer, Dense):
        row[COL_SIZE] = str(layer.units)
    if isinstance(layer, Dropout):
        row[COL_SIZE] = f"{layer.rate:g}"
    return row
