"""The CNN calculator page (seed 003, exercises 2 and 4).

An input shape and a table of layers; every edit recalculates at once (on the GUI
thread: it is arithmetic) the output size ``W2 = (W1 − F + 2P)/S + 1``, units,
parameters, multiply-accumulates, activation memory and receptive field of every layer,
and the totals.  The selected layer's formulas are written out with its numbers; a
to-scale (log₂) drawing shows the feature maps.  A bad cell is marked red and the last
valid results stay on screen; an uneven division is marked amber with the nearest
paddings and strides that would divide.  Ctrl+R recalculates and redraws everything.

The page's state beyond its form is the network: ``{"input": [H, W, C] or [n],
"layers": rows}`` (rows as in :mod:`nnlab_gui.engine.cnn_rows`, or the text form); it is
what presets apply, sessions save, and what is remembered across runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
                               QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from nnlab_gui import settings
from nnlab_gui.engine.cnn import PRESET_TITLES, LayerError, fmt_int, summarize, to_csv, to_markdown
from nnlab_gui.engine.cnn import PRESETS as NETWORKS
from nnlab_gui.engine.cnn_rows import (INPUT_MAX, check_input, formula_html, layer_to_row,
                                       layers_from_rows, read_text_form, rows_from_value, totals_html)
from nnlab_gui.engine.cnn_text import format_text, parse_text
from nnlab_gui.engine.texts import Phrase, text_of
from nnlab_gui.pages import Flag, Int, Page, Preset
from nnlab_gui.tabs.cnn_calculator import answers
from nnlab_gui.tabs.cnn_calculator.table import LayerTable
from nnlab_gui.widgets import appearance, export
from nnlab_gui.widgets.feature_maps import FeatureMapDiagram, blocks_of
from nnlab_gui.i18n import N_, error_text, tr_, translate

TEXT_FILTER = N_("CNN text form (*.txt *.cnn)") + ";;" + N_("All files (*)")
TEXT_TIP = N_("The network in one line, e.g. 'input 227x227x3; conv 96 11 s4 p0; pool 3 s2; "
            "fc 4096'. Kinds: conv K F [sS] [pP|same|valid] [dD], deconv … [opN], pool F [sS], "
            "avgpool F [sS], flatten, fc n, dropout r, relu, bn. Press Enter to apply.")


def _network_preset(name: str) -> Preset:
    shape, layers = NETWORKS[name]
    params = summarize(shape, layers).total_params
    return Preset(PRESET_TITLES[name], {"input": list(shape), "layers": [layer_to_row(x) for x in layers]},
                  tip=Phrase(N_("{n} parameters"), n=fmt_int(params)))


NETWORK_PRESETS = [_network_preset(name) for name in PRESET_TITLES if name in NETWORKS]


LOWER_MIN = 110          # px the formulas and the drawing keep below the table


class CnnCalculatorPage(Page):
    TITLE = N_("CNN calculator")
    FIELDS = [
        Int("height", N_("Input  H"), 227, 1, INPUT_MAX,
            tip=N_("input height H1 (pixels): H2 = (H1 − F + 2P)/S + 1")),
        Int("width", "W", 227, 1, INPUT_MAX, tip=N_("input width W1 (pixels): W2 = (W1 − F + 2P)/S + 1")),
        Int("channels", "C / n", 3, 1, INPUT_MAX,
            tip=N_("input channels C1, as in the parameters (F·F·C1 + 1)·K of the first "
                "convolution, or the length n of a vector input")),
        Flag("vector", N_("vector"), False,
             tip=N_("The input is a vector of n values (no H, W): e.g. exercise 2's autoencoder")),
    ]
    FORM_COLUMNS = 4
    PRESETS = NETWORK_PRESETS
    OPEN_FILTER = TEXT_FILTER

    def build(self) -> None:
        self.net = None                          # the last valid summary
        self._bad: dict[tuple[int, int], str] = {}
        self._error_row: int | None = None
        self._error_text = ""
        self.table = LayerTable()               # it holds the rows: one list of cell texts per layer
        self.table.setAccessibleName(tr_("layers of the network"))
        self.table.rows_changed.connect(self.recalculate)
        self.table.refused.connect(lambda level, text: getattr(self.messages, level)(text, source="table"))
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula_view = QTextBrowser()
        self.formula_view.setToolTip(tr_("The selected layer's formulas with its numbers substituted"))
        self.diagram = FeatureMapDiagram()
        self.diagram.block_clicked.connect(self._on_block_clicked)
        self.text_edit = QLineEdit()
        self.text_edit.setToolTip(TEXT_TIP)
        self.text_edit.returnPressed.connect(self._on_text_applied)
        self.add_export(N_("Network as text form…"), self._export_text)
        self.add_export(N_("Table as CSV…"), lambda: self._export_table("CSV data (*.csv)", "network.csv"))
        self.add_export(N_("Table as Markdown…"), lambda: self._export_table("Markdown (*.md)", "network.md"))
        self.add_export(N_("Feature-map drawing (PNG / SVG)…"),
                        lambda: self.save_widget(self.diagram, "feature-maps"))
        self._lay_out()
        stored = settings.load_json(self._layers_key()) if self.PERSIST else None
        try:
            rows = rows_from_value(stored) if stored is not None else None
        except ValueError:
            rows = None                          # a remembered network that no longer reads
        if rows is None:
            rows = [layer_to_row(x) for x in NETWORKS["alexnet"][1]]
            self.preset_picker.show_name(PRESET_TITLES["alexnet"])
        self.table.show_rows(rows)
        self._remembered = [list(row) for row in self.table.rows]     # written when they change
        self.refresh(select=0)
        answers.install(self)                    # check my answer, numbered exercises

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        self.form.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        top.addWidget(self.form)
        top.addSpacing(16)
        top.addWidget(self.preset_picker)
        t = self.table
        self.add_button = self._button("Add layer", "Add a layer below the selected one", t.add_layer)
        self.remove_button = self._button("Remove", "Remove the selected layer", t.remove_layer)
        self.up_button = self._button("▲", "Move the selected layer up (or drag the row)",
                                      lambda: t.move_selected(-1))
        self.down_button = self._button("▼", "Move the selected layer down (or drag the row)",
                                        lambda: t.move_selected(1))
        for b in (self.up_button, self.down_button):
            b.setFixedWidth(32)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            top.addWidget(b)
        top.addStretch(1)
        text_row = QHBoxLayout()
        text_row.addWidget(QLabel(tr_("Text form")))
        text_row.addWidget(self.text_edit, 1)
        self.import_button = self._button("Import…", "Read a network in the text form (File → Open…)",
                                          self._on_import)
        text_row.addWidget(self.import_button)
        text_row.addWidget(self.export_button())
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
        self.split = split
        self.stack(top, text_row, split)

    def _fit_table(self) -> None:
        """Give the table the height of all its rows (VGG16's 21 included) when the formulas
        and the drawing below keep at least ``LOWER_MIN`` px; else share as the user set it."""
        t, total = self.table, sum(self.split.sizes())
        if total <= 0:
            return
        need = (t.horizontalHeader().height() + t.verticalHeader().length() + 2 * t.frameWidth()
                + self.totals_label.sizeHint().height() + 8)
        upper = min(need, total - LOWER_MIN)
        if upper >= self.split.sizes()[0] or need <= self.split.sizes()[0]:
            self.split.setSizes([max(upper, 120), total - max(upper, 120)])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_table()

    @staticmethod
    def _button(text: str, tip: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        b.clicked.connect(lambda _=False: slot())
        return b

    # ------------------------------------------------------------------ state
    def input_shape(self) -> tuple[int, ...]:
        v = self.form.values()
        return (v["channels"],) if v["vector"] else (v["height"], v["width"], v["channels"])

    def extra_state(self) -> dict:
        return {"input": list(self.input_shape()), "layers": [list(row) for row in self.table.rows]}

    def apply_extra_state(self, state: dict) -> None:
        """``input`` and ``layers`` (rows or text form), both checked before either is applied."""
        shape = check_input(state["input"]) if "input" in state else None
        layers = state.get("layers")
        rows = rows_from_value(layers) if layers is not None else None
        if shape is None and isinstance(layers, str) and layers.lstrip().lower().startswith("input"):
            shape = check_input(parse_text(layers)[0])
        if shape is not None:
            vector = len(shape) == 1     # a vector input keeps H and W for when "vector" is unticked
            values = {"channels": shape[-1] if len(shape) != 2 else 1, "vector": vector}
            if not vector:
                values.update(height=shape[0], width=shape[1])
            self.form.set_values(values, emit=False)
        if rows is not None:
            self.table.show_rows(rows)

    def refresh(self, select: int | None = None) -> None:
        """Show the rows and recalculate everything (after a state was applied)."""
        on = self.form.value("vector")
        self.form.set_enabled("height", not on)
        self.form.set_enabled("width", not on)
        row = self.table.currentRow() if select is None else select
        self.table.show_rows()
        self.recalculate()
        if self.table.rows:
            self.table.selectRow(min(max(row, 0), len(self.table.rows) - 1))

    def run_now(self) -> bool:
        """Ctrl+R: re-summarise the network and redraw every view."""
        self.refresh()
        if self.messages.level == "info" and self.net is not None:
            self.messages.info(tr_("Recalculated {n} layers: {params} parameters").format(
                n=len(self.table.rows), params=fmt_int(self.net.total_params)))
        return True

    def apply_preset(self, preset: Preset) -> None:
        super().apply_preset(preset)
        if self.messages.level == "info" and self.net is not None and not self._report_warnings():
            self.messages.info(tr_("Loaded {name}: {params} parameters").format(
                name=translate(preset.name), params=fmt_int(self.net.total_params)))

    def _layers_key(self) -> str:
        return f"pages/{self.key}/layers"

    def _remember_rows(self) -> None:
        """The rows survive a restart, as the form's values do."""
        rows = [list(row) for row in self.table.rows]
        if self.PERSIST and rows != self._remembered:
            settings.store_json(self._layers_key(), rows)
            self._remembered = rows

    # ------------------------------------------------------------------ recalculation
    def recalculate(self) -> None:
        layers, self._bad = layers_from_rows(self.table.rows, translate)
        self._error_row = None
        self._remember_rows()
        if self._bad:
            self._paint()
            self.messages.error(tr_("{why} — showing the last valid results").format(why=self._bad[min(self._bad)]),
                                source="table")
            self._show_formulas()
            return
        try:
            net = summarize(self.input_shape(), layers)
        except LayerError as exc:
            self._error_row, self._error_text = exc.index, error_text(exc)
            self._paint()
            self.messages.error(tr_("{why} — showing the last valid results").format(why=error_text(exc)), source="table")
            self._show_formulas()
            self._show_diagram(error_row=exc.index)
            return
        except ValueError as exc:                # the network as a whole (e.g. too many layers)
            self._paint()
            self.messages.error(tr_("{why} — showing the last valid results").format(why=error_text(exc)), source="table")
            self._show_formulas()
            return
        self.net = net
        self.table.show_results(net)
        self._fit_table()
        self._paint()
        self.totals_label.setText(totals_html(net, translate))
        self._show_diagram()
        self._show_formulas()
        if not self.text_edit.hasFocus():
            self.text_edit.setText(format_text(self.input_shape(), layers))
            self.text_edit.setCursorPosition(0)
        self.messages.resolve("text")            # the text form shows the table's network again
        if not self._report_warnings():
            self.messages.resolve("table")

    def _report_warnings(self) -> bool:
        warned = [s for s in self.net.layers if s.warnings]
        if warned:
            first = warned[0]
            text = tr_("row {r} ({label}): {warning}").format(
                r=first.index + 1, label=first.label, warning=text_of(first.warnings[0], translate))
            if len(warned) > 1:
                text += tr_(" (and {n} more rows)").format(n=len(warned) - 1)
            self.messages.warning(text, source="table")
        return bool(warned)

    def _paint(self) -> None:
        warnings = {}
        if self.net is not None and not self._bad and self._error_row is None:
            warnings = {s.index: "\n".join(text_of(w, translate) for w in s.warnings)
                        for s in self.net.layers if s.warnings}
        self.table.paint(self._bad, self._error_row, warnings)

    def row_status(self, row: int) -> str:
        """"error", "warning" or "ok" for a table row (what its colour says)."""
        if any(r == row for r, _c in self._bad) or row == self._error_row:
            return "error"
        if self.net is not None and row < len(self.net.layers) and self.net.layers[row].warnings:
            return "warning"
        return "ok"

    def _show_diagram(self, error_row: int | None = None) -> None:
        if self.net is not None:
            self.diagram.set_blocks(blocks_of(self.net, error_row))
            self.diagram.set_selected(self.table.currentRow())

    def _show_formulas(self) -> None:
        self.formula_view.setHtml(formula_html(self.net, self.table.currentRow(), len(self.table.rows),
                                               self._bad, self._error_row, self._error_text,
                                               colours=appearance.html_colours(), tr_=translate))

    def formula_text(self) -> str:
        return self.formula_view.toPlainText()

    def _on_changed(self, name: str) -> None:
        if name in ("vector", "*"):
            self.refresh()
        else:
            self.recalculate()

    def _on_selection_changed(self) -> None:
        self._show_formulas()
        self.diagram.set_selected(self.table.currentRow())

    def _on_block_clicked(self, tag: int) -> None:
        if tag >= 0:
            self.table.selectRow(tag)

    def set_cell(self, row: int, col: int, text: str) -> None:
        """Type ``text`` into a parameter cell (or pick a kind): what the delegates do."""
        self.table.set_cell(row, col, text)

    # ------------------------------------------------------------------ text form and files
    def text_form(self, sep: str = "; ") -> str:
        """The network in the text form (rows with a bad cell left out)."""
        return format_text(self.input_shape(), layers_from_rows(self.table.rows)[0], sep=sep)

    def _load(self, shape, layers) -> None:
        self.apply_state({"input": list(shape), "layers": [layer_to_row(x) for x in layers]})

    def _on_text_applied(self) -> None:
        try:
            shape, layers = parse_text(self.text_edit.text())
            check_input(shape)
        except ValueError as exc:
            self.messages.error(tr_("text form: {why}").format(why=error_text(exc)), source="text")
            return
        self.text_edit.clearFocus()
        self._load(shape, layers)
        if self.messages.level != "error":
            self.messages.info(tr_("Applied the text form: {n} layers").format(n=len(layers)))

    def open_file(self, path: str) -> bool:
        """Import a text-form file; a file that does not read leaves the table as it was."""
        name = Path(path).name
        try:
            shape, layers = read_text_form(path)
        except ValueError as exc:
            self.messages.error(tr_("could not import {name}: {why}").format(name=name, why=error_text(exc)), source="file")
            return False
        self._load(shape, layers)
        self.record_file("network", path, reread=False)        # the layers are in the state
        if self.messages.level != "error":
            self.messages.info(tr_("Imported {name}: {n} layers").format(name=name, n=len(layers)))
        return True

    def _on_import(self) -> None:
        path = export.ask_open_path(self, "Import a network (text form)", TEXT_FILTER)
        if path:
            self.open_file(path)

    def _export_text(self) -> str | None:
        if self._bad:
            self.messages.error(N_("fix the marked cells before exporting"), source="table")
            return None
        text = self.text_form(sep="\n") + "\n"
        return self.save_text(lambda _suffix: text, TEXT_FILTER, "network.txt",
                              "Export the network (text form)")

    def _export_table(self, filters: str, default: str) -> str | None:
        net = self.net
        if net is None:
            self.messages.error(N_("nothing to export yet"))
            return None
        return self.save_text(lambda suffix: to_markdown(net) if suffix == ".md" else to_csv(net),
                              filters, default, tr_("Export the table ({name})").format(name=default))
