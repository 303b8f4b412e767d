"""CNN calculator page: live edits, bad values, presets, formulas, text form, exports, state, Ctrl+R."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMenu

from nnlab_gui.engine.cnn import PRESET_TITLES, PRESETS, fmt_int, summarize
from nnlab_gui.engine.cnn_rows import (COL_KERNEL, COL_KIND, COL_OUTPUT, COL_PARAMS, COL_SIZE,
                                       layer_to_row)
from nnlab_gui.tabs.cnn_calculator import table as table_mod
from nnlab_gui.tabs.cnn_calculator.calculator import CnnCalculatorPage
from nnlab_gui.widgets import export


@pytest.fixture
def tab(qtbot):
    w = CnnCalculatorPage(key="test/cnn")
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    return w


def _text(tab, row, col):
    return tab.table.item(row, col).text()


def _export(tab, label):
    """Pick ``label`` from the page's Export ▾ menu, as a click would."""
    menu = QMenu()
    tab.fill_export_menu(menu)
    action = next(a for a in menu.actions() if a.text() == label)
    action.trigger()


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
    assert tab.preset_picker.combo.currentText() == PRESET_TITLES["alexnet"]
    from nnlab_gui import settings
    assert settings.load_json("pages/test/cnn/layers") is None      # nothing written until an edit
    tab.set_cell(0, COL_SIZE, "95")
    assert settings.load_json("pages/test/cnn/layers")[0][COL_SIZE] == "95"


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
    tab.form.widget("height").setValue(224)
    tab.form.widget("width").setValue(224)
    assert _text(tab, 0, COL_OUTPUT) == "54×54×96"    # (224 − 11)/4 + 1 = 54.25 → 54
    assert tab.row_status(0) == "warning"
    assert tab.table.item(0, COL_OUTPUT).background().color() == table_mod.WARN_BG
    assert tab.messages.level == "warning" and "54.25" in tab.messages.text()
    tab.table.selectRow(0)
    assert "54.25 → 54 (floor)" in tab.formula_text()
    tab.form.widget("height").setValue(227)
    tab.form.widget("width").setValue(227)
    assert tab.row_status(0) == "ok" and tab.messages.level == "info"


def test_bad_value_is_marked_and_last_valid_table_kept(tab):
    before = tab.net
    tab.set_cell(0, COL_KERNEL, "1a")
    assert tab.row_status(0) == "error"
    assert tab.table.item(0, COL_KERNEL).background().color() == table_mod.ERROR_BG
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
    picker = tab.preset_picker
    other = PRESET_TITLES["lenet5" if name != "lenet5" else "vgg16"]
    picker.combo.activated.emit(picker.names().index(other))      # a real pick from the list
    picker.choose(PRESET_TITLES[name])
    shape, layers = PRESETS[name]
    net = summarize(shape, layers)
    assert tab.table.rowCount() == len(layers)
    assert tab.net.total_params == net.total_params
    assert f"{fmt_int(net.total_params)} parameters" in tab.totals_label.text()
    for s in net.layers:
        # a flat size is a count like the others in the table: 4096 is shown 4,096
        assert _text(tab, s.index, COL_OUTPUT).replace(",", "") == s.output_text
        assert not s.output_text.isdigit() or int(s.output_text) < 1000 or "," in _text(tab, s.index, COL_OUTPUT)
        assert _text(tab, s.index, COL_KIND) == s.layer.KIND
    assert tab.form.value("vector") == (len(shape) == 1)
    assert tab.form.widget("height").isEnabled() == (len(shape) != 1)
    assert tab.messages.level == "info"
    assert fmt_int(net.total_params) in tab.messages.text()


def test_autoencoder_preset_shows_code_size(tab):
    tab.preset_picker.choose(PRESET_TITLES["autoencoder"])
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


def test_an_unknown_kind_is_refused_and_the_row_kept(tab):
    tab.set_cell(1, COL_KIND, "warp")
    assert _text(tab, 1, COL_KIND) == "pool" and tab.extra_state()["layers"][1][COL_KIND] == "pool"
    assert tab.messages.level == "error" and "unknown layer kind 'warp'" in tab.messages.text()
    tab.table.clearSelection()
    tab.table.setCurrentCell(-1, -1)
    tab.remove_button.click()
    assert tab.messages.level == "warning" and tab.table.rowCount() == len(PRESETS["alexnet"][1])


def test_the_vector_box_turns_the_input_into_a_vector(tab, qtbot):
    box = tab.form.widget("vector")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert tab.form.value("vector") and tab.input_shape() == (3,)
    assert not tab.form.widget("height").isEnabled() and not tab.form.widget("width").isEnabled()
    assert tab.row_status(0) == "error"                 # an 11×11 kernel on a 1×1×3 map
    box.click()
    assert tab.form.widget("height").isEnabled() and tab.row_status(0) == "ok"


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
    assert tab.open_file(str(good))
    assert tab.input_shape() == (28, 28, 1) and tab.table.rowCount() == 4
    assert tab.net.layers[-1].biases == 0
    bad = tmp_path / "bad.txt"
    bad.write_text("input 28x28x1; conv 6 five")
    assert not tab.open_file(str(bad))
    assert tab.messages.level == "error" and "'five'" in tab.messages.text()
    assert tab.table.rowCount() == 4

    out = {ext: tmp_path / f"out.{ext}" for ext in ("txt", "csv", "md", "png", "svg")}
    paths = iter(str(out[ext]) for ext in ("txt", "csv", "md", "png", "svg"))
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: next(paths))
    _export(tab, "Network as text form…")
    _export(tab, "Table as CSV…")
    _export(tab, "Table as Markdown…")
    _export(tab, "Feature-map drawing (PNG / SVG)…")
    _export(tab, "Feature-map drawing (PNG / SVG)…")
    from nnlab_gui.engine.cnn_text import parse_text
    assert parse_text(out["txt"].read_text()) == ((28, 28, 1), [l.layer for l in tab.net.layers])
    assert out["csv"].read_text().splitlines()[1].startswith("0,input,28x28x1")
    assert "| 1 | conv 6 5 s1 psame |" in out["md"].read_text()
    assert out["png"].read_bytes()[:4] == b"\x89PNG"
    assert "<svg" in out["svg"].read_text()
    assert tab.messages.level == "info" and str(out["svg"]) in tab.messages.text()

    monkeypatch.setattr(export, "ask_open_path", lambda *a, **k: str(good))
    tab.preset_picker.choose(PRESET_TITLES["vgg16"])
    tab.import_button.click()
    assert tab.table.rowCount() == 4


def test_export_text_refuses_while_a_cell_is_bad(tab, monkeypatch):
    asked = []
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: asked.append(a) or "")
    tab.set_cell(0, COL_KERNEL, "x")
    _export(tab, "Network as text form…")
    assert asked == [] and "fix the marked cells" in tab.messages.text()


def test_a_binary_or_undecodable_file_is_refused_and_the_table_kept(tab, tmp_path):
    rows = tab.extra_state()["layers"]
    png = tmp_path / "picture.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    assert not tab.open_file(str(png))
    assert tab.messages.level == "error" and "binary file" in tab.messages.text()
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("input 8x8x1; conv 2 3 # größe".encode("latin-1"))
    assert not tab.open_file(str(latin))
    assert "not a UTF-8 text file" in tab.messages.text()
    huge = tmp_path / "huge.txt"
    huge.write_text("input 2000000x8x1; conv 2 3")
    assert not tab.open_file(str(huge))
    assert "1,000,000" in tab.messages.text()
    assert not tab.open_file(str(tmp_path / "missing.txt"))
    assert tab.extra_state()["layers"] == rows and tab.input_shape() == (227, 227, 3)


def test_clicking_a_block_selects_its_layer(tab, qtbot):
    tab.diagram.block_clicked.emit(4)
    assert tab.table.currentRow() == 4
    assert "Layer 5" in tab.formula_text()
    assert len(tab.diagram.blocks()) == 1 + len(PRESETS["alexnet"][1])


def test_state_round_trip_restores_the_network(tab, qtbot):
    tab.preset_picker.choose(PRESET_TITLES["lenet5"])
    tab.set_cell(0, COL_SIZE, "8")
    tab.set_cell(1, COL_KERNEL, "oops")                 # a bad cell in progress is state too
    state = tab.state()
    import json
    assert json.loads(json.dumps(state)) == state
    other = CnnCalculatorPage(key="test/other")
    qtbot.addWidget(other)
    assert other.apply_state(state) == []
    assert other.state() == state
    assert other.input_shape() == (32, 32, 1) and other.row_status(1) == "error"
    assert other.table.item(0, COL_SIZE).text() == "8"
    # text form in a preset-like state; a bad state changes nothing
    problems = other.apply_state({"input": [28, 28, 1], "layers": "conv 4 5; pool 2; fc 10"})
    assert problems == [] and other.table.rowCount() == 3 and other.net.layers[-1].units == 10
    before = other.state()
    assert other.apply_state({"input": [28, 28], "layers": [["warp", "1"]]})
    assert other.apply_state({"input": [0, 3, 3]})
    assert other.state() == before


def test_window_file_open_imports_the_text_form(window, tmp_path, monkeypatch):
    from nnlab_gui.widgets import export

    path = tmp_path / "tiny.cnn"
    path.write_text("input 8x8x1; conv 2 3; fc 4")
    page = window.show_page("CNN calculator")
    assert isinstance(page, CnnCalculatorPage)
    assert window.page("CNN calculator:CNN calculator") is page
    assert not page.parentWidget().parentWidget().parentWidget().tabBar().isVisible()
    monkeypatch.setattr(export, "ask_open_path", lambda *a, **k: str(path))
    window._on_open()
    assert page.table.rowCount() == 2
    assert page.net.total_params == (9 + 1) * 2 + 6 * 6 * 2 * 4 + 4


def test_ctrl_r_recalculates_and_redraws_every_view(window, qtbot):
    page = window.show_page("CNN calculator")
    before = page.net
    page.table.item(0, COL_OUTPUT).setText("stale")     # views that no longer show the network
    page.totals_label.setText("stale")
    page.diagram.set_blocks([])
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.runs == 1 and page.net is not before
    assert _text(page, 0, COL_OUTPUT) == "55×55×96"
    assert "62,378,344 parameters" in page.totals_label.text()
    assert len(page.diagram.blocks()) == 1 + len(PRESETS["alexnet"][1])
    assert page.messages.text() == "Recalculated 11 layers: 62,378,344 parameters"


def test_the_network_and_input_survive_a_new_window(window, qtbot):
    from nnlab_gui.app import MainWindow

    page = window.show_page("CNN calculator")
    page.preset_picker.choose(PRESET_TITLES["lenet5"])
    page.form.widget("channels").setValue(3)          # as the user would
    page.set_cell(0, COL_SIZE, "10")
    again = MainWindow()
    qtbot.addWidget(again)
    other = again.page("CNN calculator")
    assert other is not page
    assert other.input_shape() == (32, 32, 3)
    rows = [layer_to_row(x) for x in PRESETS["lenet5"][1]]
    rows[0][COL_SIZE] = "10"
    assert other.extra_state()["layers"] == rows
    assert other.net.layers[0].params == (5 * 5 * 3 + 1) * 10


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


# ----------------------------------------------------------------------------- hardening (issue 14)
def test_a_stride_of_1e9_in_the_text_form_is_refused_at_once(tab):
    import time

    rows = tab.extra_state()["layers"]
    for text in ("input 227x227x3; conv 1 3 s1000000000", "input 227x227x3; conv 1 3 p1000000000"):
        tab.text_edit.setText(text)
        t0 = time.perf_counter()
        tab.text_edit.returnPressed.emit()
        assert time.perf_counter() - t0 < 1.0
        assert tab.messages.level == "error" and "1,000,000" in tab.messages.text()
    assert tab.extra_state()["layers"] == rows


def test_a_stride_of_1e9_typed_in_a_cell_is_marked_not_a_hang(tab):
    import time

    from nnlab_gui.engine.cnn_rows import COL_PAD, COL_STRIDE

    for col in (COL_STRIDE, COL_PAD):
        t0 = time.perf_counter()
        tab.set_cell(0, col, "1000000000")
        assert time.perf_counter() - t0 < 1.0
        assert tab.row_status(0) == "error" and "1,000,000" in tab.messages.text()
        tab.set_cell(0, col, "4" if col == COL_STRIDE else "0")
    assert tab.row_status(0) == "ok" and _text(tab, 0, COL_OUTPUT) == "55×55×96"
    tab.apply_state({"layers": [tab.table.rows[0]]})
    t0 = time.perf_counter()
    tab.set_cell(0, COL_STRIDE, "1000000")            # at the limit: computes, with hints, at once
    tab.set_cell(0, COL_PAD, "999999")
    assert time.perf_counter() - t0 < 1.0
    assert _text(tab, 0, COL_OUTPUT) == "3×3×96" and tab.row_status(0) == "warning"


def test_a_binary_file_says_not_a_text_file(tab, tmp_path):
    rows = tab.extra_state()["layers"]
    for data in (bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 27]) * 40, bytes(range(1, 256)) * 8):
        path = tmp_path / "net.txt"
        path.write_bytes(data)
        assert not tab.open_file(str(path))
        assert tab.messages.level == "error" and "not a text file" in tab.messages.text()
        assert "codec" not in tab.messages.text()
    path.write_text("input 5x5x1; conv 1 7")            # reads, but the network cannot exist
    assert not tab.open_file(str(path))
    assert "layer 1" in tab.messages.text() and tab.extra_state()["layers"] == rows


def test_the_drawing_never_raises_while_painting(tab, qtbot):
    from nnlab_gui.widgets.feature_maps import Block, FeatureMapDiagram

    d = FeatureMapDiagram()
    qtbot.addWidget(d)
    d.resize(600, 200)
    for blocks in ([Block(0, "conv", (10**18, 10**18, 10**6), False, "huge")],
                   [Block(0, "conv", (0, -5, 3), False, "negative"), Block(1, "fc", (1, 1, float("nan")), True, "nan")],
                   [Block(0, "conv", (10**5000, 1, 1), False, "digits")],
                   [Block(i, "warp", (3, 3, 3), False, str(i), "unknown") for i in range(1200)],
                   [Block(0, "conv", (3, 3, 3), False, None)],        # a label that is not text
                   []):
        d.set_blocks(blocks)
        d.grab()                                          # paints; an exception fails the test
    from nnlab_gui.engine.cnn import Conv2d
    from nnlab_gui.widgets.feature_maps import blocks_of

    d.set_blocks(blocks_of(summarize((1, 1, 1), [Conv2d(1, 1, stride=10**6)] * 1000)))
    d.grab()


def test_a_thousand_layers_is_the_limit_of_the_table(tab):
    from nnlab_gui.engine.cnn import MAX_LAYERS
    from nnlab_gui.engine.cnn_rows import new_row

    tab.apply_state({"layers": [new_row("relu")] * MAX_LAYERS})
    assert tab.table.rowCount() == MAX_LAYERS
    tab.table.add_layer("relu")
    assert tab.table.rowCount() == MAX_LAYERS and "at most 1,000 layers" in tab.messages.text()
