"""CNN calculator tab: live edits, bad values, presets, formulas, text form and exports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from nnlab_gui.engine.cnn import PRESETS, fmt_int, summarize
from nnlab_gui.tabs import cnn_calculator as mod
from nnlab_gui.tabs.cnn_calculator import (COL_KERNEL, COL_KIND, COL_OUTPUT, COL_PARAMS, COL_SIZE,
                                           COL_STRIDE, CnnCalculatorTab)


@pytest.fixture
def tab(qtbot):
    w = CnnCalculatorTab()
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    return w


def _text(tab, row, col):
    return tab.table.item(row, col).text()


def test_starts_with_alexnet_and_the_seed_formula(tab):
    assert tab.table.rowCount() == len(PRESETS["alexnet"][1])
    assert _text(tab, 0, COL_OUTPUT) == "55×55×96"
    assert _text(tab, 0, COL_PARAMS) == "34,944"
    assert _text(tab, 0, COL_OUTPUT + 1) == "290,400"
    tab.table.selectRow(0)
    formulas = tab.formula_text()
    assert "(227 − 11 + 2·0) / 4 + 1 = 55" in formulas
    assert "(11·11·3 + 1)·96 = 34,944" in formulas
    assert "62,378,344 parameters" in tab.totals_label.text()


def test_typing_in_a_cell_updates_the_row_and_totals_while_typing(tab, qtbot):
    tab.table.setCurrentCell(0, COL_SIZE)
    tab.table.editItem(tab.table.item(0, COL_SIZE))
    editor = tab.table.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "48")          # no Enter: results follow the keystrokes
    assert _text(tab, 0, COL_OUTPUT) == "55×55×48"
    assert _text(tab, 0, COL_PARAMS) == fmt_int((11 * 11 * 3 + 1) * 48)
    # conv2 now sees 48 input channels
    expected = summarize((227, 227, 3), [type(PRESETS["alexnet"][1][0])(48, 11, stride=4)]
                         + list(PRESETS["alexnet"][1][1:]))
    assert f"{fmt_int(expected.total_params)} parameters" in tab.totals_label.text()
    assert tab.net.total_params == expected.total_params


def test_input_shape_fields_recalculate_and_warn_on_uneven_division(tab):
    tab.height_spin.setValue(224)
    tab.width_spin.setValue(224)
    assert _text(tab, 0, COL_OUTPUT) == "54×54×96"    # (224 − 11)/4 + 1 = 54.25 → 54
    assert tab.row_status(0) == "warning"
    assert tab.table.item(0, COL_OUTPUT).background().color() == mod.WARN_BG
    assert tab.messages.level == "warning" and "54.25" in tab.messages.text()
    tab.table.selectRow(0)
    assert "54.25 → 54 (floor)" in tab.formula_text()
    tab.height_spin.setValue(227)
    tab.width_spin.setValue(227)
    assert tab.row_status(0) == "ok" and tab.messages.level == "info"


def test_bad_value_is_marked_and_last_valid_table_kept(tab):
    before = tab.net
    tab.set_cell(0, COL_KERNEL, "1a")
    assert tab.row_status(0) == "error"
    assert tab.table.item(0, COL_KERNEL).background().color() == mod.ERROR_BG
    assert tab.messages.level == "error"
    assert "row 1" in tab.messages.text() and "kernel" in tab.messages.text()
    assert tab.net is before
    assert _text(tab, 0, COL_OUTPUT) == "55×55×96"
    tab.set_cell(0, COL_KERNEL, "11")
    assert tab.row_status(0) == "ok" and tab.messages.level != "error"
    assert tab.table.item(0, COL_KERNEL).background().style() == Qt.BrushStyle.NoBrush


def test_impossible_size_names_the_layer_and_keeps_results(tab):
    before = tab.net
    tab.set_cell(2, COL_KERNEL, "40")           # 27×27 map, 40×40 kernel, padding 2
    assert tab.row_status(2) == "error"
    assert "layer 3" in tab.messages.text() and tab.messages.level == "error"
    assert tab.net is before
    tab.table.selectRow(2)
    assert "not positive" in tab.formula_text()
    tab.set_cell(2, COL_KERNEL, "5")
    assert tab.row_status(2) == "ok" and tab.net is not before


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_each_preset_fills_the_table(tab, name):
    tab.preset_actions["lenet5" if name != "lenet5" else "vgg16"].trigger()
    tab.preset_actions[name].trigger()
    shape, layers = PRESETS[name]
    net = summarize(shape, layers)
    assert tab.table.rowCount() == len(layers)
    assert tab.net.total_params == net.total_params
    assert f"{fmt_int(net.total_params)} parameters" in tab.totals_label.text()
    for s in net.layers:
        assert _text(tab, s.index, COL_OUTPUT) == s.output_text
        assert _text(tab, s.index, COL_KIND) == s.layer.KIND
    assert tab.vector_check.isChecked() == (len(shape) == 1)
    assert tab.messages.level == "info"


def test_autoencoder_preset_shows_code_size(tab):
    tab.load_preset("autoencoder")
    assert "code size 50" in tab.totals_label.text()
    assert tab.input_shape() == (256,)
    assert [b.label for b in tab.diagram.blocks()] == ["256", "500", "250", "50", "250", "500",
                                                       "256"]


def test_kind_dropdown_changes_the_row(tab, qtbot):
    tab.table.setCurrentCell(1, COL_KIND)
    tab.table.editItem(tab.table.item(1, COL_KIND))
    box = tab.table.viewport().findChild(QComboBox)
    assert box is not None
    box.setCurrentIndex(box.findData("conv"))
    assert _text(tab, 1, COL_KIND) == "conv"
    assert _text(tab, 1, COL_SIZE) == "32"               # default filters filled in
    assert tab.table.item(1, COL_SIZE).flags() & Qt.ItemFlag.ItemIsEditable
    assert _text(tab, 1, COL_OUTPUT) == "27×27×32"       # 3×3 conv, stride 2 kept from the pool
    assert tab.net.layers[1].params == (3 * 3 * 96 + 1) * 32


def test_add_remove_and_move_layers(tab):
    n = tab.table.rowCount()
    tab.table.selectRow(7)
    tab.add_button.click()
    assert tab.table.rowCount() == n + 1 and tab.table.currentRow() == 8
    assert _text(tab, 8, COL_KIND) == "conv" and _text(tab, 8, COL_OUTPUT) == "4×4×32"
    tab.remove_button.click()
    assert tab.table.rowCount() == n
    tab.table.selectRow(1)
    tab.down_button.click()                       # pool below conv2
    assert [_text(tab, r, COL_KIND) for r in range(3)] == ["conv", "conv", "pool"]
    assert _text(tab, 1, COL_OUTPUT) == "55×55×256"
    assert tab.table.currentRow() == 2
    tab.table.row_moved.emit(2, 1)                # what a drag emits
    assert tab.net.total_params == summarize(*PRESETS["alexnet"]).total_params


def test_text_form_apply_import_and_export(tab, tmp_path, monkeypatch):
    tab.text_edit.setText("input 32x32x3; conv 16 3 s1 psame; pool 2; fc 10")
    tab.text_edit.returnPressed.emit()
    assert tab.table.rowCount() == 3 and _text(tab, 1, COL_OUTPUT) == "16×16×16"
    tab.text_edit.setText("input 32x32x3; conv 16 3 q9")
    tab.text_edit.returnPressed.emit()
    assert tab.messages.level == "error" and "'q9'" in tab.messages.text()
    assert tab.table.rowCount() == 3

    good = tmp_path / "net.txt"
    good.write_text("input 28x28x1\nconv 6 5 same\navgpool 2\nflatten\nfc 10 nobias\n")
    tab.open_file(str(good))
    assert tab.input_shape() == (28, 28, 1) and tab.table.rowCount() == 4
    assert tab.net.layers[-1].biases == 0
    bad = tmp_path / "bad.txt"
    bad.write_text("input 28x28x1; conv 6 five")
    tab.open_file(str(bad))
    assert tab.messages.level == "error" and "'five'" in tab.messages.text()
    assert tab.table.rowCount() == 4

    out = {ext: tmp_path / f"out.{ext}" for ext in ("txt", "csv", "md")}
    paths = iter([str(out["txt"]), str(out["csv"]), str(out["md"])])
    monkeypatch.setattr(mod, "ask_save_path", lambda *a, **k: next(paths))
    tab.export_text_button.click()
    tab.export_csv_button.click()
    tab.export_md_button.click()
    from nnlab_gui.engine.cnn_text import parse_text
    assert parse_text(out["txt"].read_text()) == ((28, 28, 1), [l.layer for l in tab.net.layers])
    assert out["csv"].read_text().splitlines()[1].startswith("0,input,28x28x1")
    assert "| 1 | conv 6 5 s1 psame |" in out["md"].read_text()

    monkeypatch.setattr(mod, "ask_open_path", lambda *a, **k: str(good))
    tab.load_preset("vgg16")
    tab.import_button.click()
    assert tab.table.rowCount() == 4


def test_clicking_a_block_selects_its_layer(tab, qtbot):
    tab.diagram.block_clicked.emit(4)
    assert tab.table.currentRow() == 4
    assert "Layer 5" in tab.formula_text()
    assert len(tab.diagram.blocks()) == 1 + len(PRESETS["alexnet"][1])


def test_window_file_open_imports_the_text_form(window, tmp_path, monkeypatch):
    import nnlab_gui.app as app_mod

    path = tmp_path / "tiny.cnn"
    path.write_text("input 8x8x1; conv 2 3; fc 4")
    page = window.select_tab("CNN calculator")
    assert isinstance(page, CnnCalculatorTab)
    monkeypatch.setattr(app_mod, "ask_open_path", lambda *a, **k: str(path))
    window._on_open()
    assert page.table.rowCount() == 2
    assert page.net.total_params == (9 + 1) * 2 + 6 * 6 * 2 * 4 + 4


def test_dropping_a_row_moves_the_layer(tab):
    """The drop handler of the table, driven with the event a drag would deliver."""
    from PySide6.QtCore import QPointF

    table = tab.table

    class FakeDrop:
        def __init__(self, row):
            rect = table.visualRect(table.model().index(row, 0))
            self._pos = QPointF(rect.center())
            self.action = None

        def source(self):
            return table

        def position(self):
            return self._pos

        def setDropAction(self, action):
            self.action = action

        def accept(self):
            pass

        def ignore(self):  # pragma: no cover - only for foreign drags
            raise AssertionError("a drag from this table must not be ignored")

    table.selectRow(0)
    table.setCurrentCell(0, 0)
    event = FakeDrop(3)                        # conv1 dropped on the second pool
    table.dropEvent(event)
    assert event.action == Qt.DropAction.IgnoreAction   # Qt must not move cells itself
    assert [_text(tab, r, COL_KIND) for r in range(4)] == ["pool", "conv", "conv", "pool"]
    assert _text(tab, 2, COL_SIZE) == "96" and tab.table.currentRow() == 2
    assert tab.row_status(0) == "ok"           # a 3×3 pool on the 227×227×3 input: 113×113×3
    assert _text(tab, 0, COL_OUTPUT) == "113×113×3"
