"""The CNN calculator's rows: row ↔ layer for every kind, bad cells name their column, view texts."""

from __future__ import annotations

import pytest

from nnlab_gui.engine import cnn_rows as cr
from nnlab_gui.engine.cnn import (PRESETS, AvgPool2d, BatchNorm, Conv2d, ConvTranspose2d, Dense,
                                  Dropout, Flatten, MaxPool2d, ReLU, summarize)

ONE_OF_EACH = [
    Conv2d(96, 11, stride=4, padding=0),
    Conv2d(8, (5, 3), stride=(2, 1), padding="same", dilation=2, bias=False),
    ConvTranspose2d(16, 4, stride=2, padding=1, output_padding=1, dilation=(1, 2)),
    ConvTranspose2d(3, 3, padding="valid", bias=False),
    MaxPool2d(3, stride=2),
    MaxPool2d(2, padding=(1, 0)),
    AvgPool2d((2, 3), stride=1, padding="same"),
    Flatten(), Dense(4096), Dense(10, bias=False), Dropout(0.25), ReLU(), BatchNorm(),
]


def test_every_kind_has_defaults_help_and_a_title():
    assert set(cr.KINDS) == set(cr.DEFAULTS) == set(cr.KIND_TITLES)
    assert set(cr.CELL_HELP) == set(range(cr.COL_SIZE, cr.FIRST_RESULT))
    assert len(cr.HEADERS) == cr.FIRST_RESULT + len(cr.RESULT_COLUMNS)
    assert cr.column_name(cr.COL_KERNEL) == "kernel F"


@pytest.mark.parametrize("layer", ONE_OF_EACH, ids=lambda x: x.KIND)
def test_layer_to_row_to_layer_round_trip(layer):
    row = cr.layer_to_row(layer)
    assert len(row) == cr.ROW_LENGTH and all(isinstance(c, str) for c in row)
    assert row[cr.COL_KIND] == layer.KIND
    assert cr.row_to_layer(row) == layer
    assert cr.layer_to_row(cr.row_to_layer(row)) == row


@pytest.mark.parametrize("kind", cr.KINDS)
def test_a_new_row_of_every_kind_is_a_valid_layer(kind):
    row = cr.new_row(kind)
    layer = cr.row_to_layer(row)
    assert layer.KIND == kind
    assert cr.layer_to_row(layer)[cr.COL_KIND] == kind
    assert cr.row_to_layer(cr.layer_to_row(layer)) == layer


def test_changing_the_kind_keeps_shared_cells_and_fills_the_rest():
    pool = cr.layer_to_row(MaxPool2d(3, stride=2))
    conv = cr.change_kind(pool, "conv")
    assert conv[cr.COL_SIZE] == "32" and conv[cr.COL_KERNEL] == "3" and conv[cr.COL_STRIDE] == "2"
    assert cr.row_to_layer(conv) == Conv2d(32, 3, stride=2, padding=0)
    assert pool[cr.COL_KIND] == "pool"                  # the original row is not changed


@pytest.mark.parametrize("kind, col, text, words", [
    ("conv", cr.COL_SIZE, "0", "filters"),
    ("conv", cr.COL_SIZE, "3.5", "filters"),
    ("conv", cr.COL_KERNEL, "1a", "whole number"),
    ("conv", cr.COL_KERNEL, "0", "≥ 1"),
    ("conv", cr.COL_STRIDE, "2x", "whole number"),
    ("conv", cr.COL_PAD, "half", "whole number"),
    ("conv", cr.COL_DIL, "0x1", "≥ 1"),
    ("deconv", cr.COL_OUTPAD, "-1", "whole number"),
    ("pool", cr.COL_KERNEL, "", "whole number"),
    ("avgpool", cr.COL_PAD, "x", "whole number"),
    ("fc", cr.COL_SIZE, "ten", "units"),
    ("dropout", cr.COL_SIZE, "1.5", "[0, 1)"),
    ("dropout", cr.COL_SIZE, "lots", "number"),
])
def test_a_bad_cell_raises_with_its_column(kind, col, text, words):
    row = cr.new_row(kind)
    row[col] = text
    with pytest.raises(cr.CellError, match=None) as info:
        cr.row_to_layer(row)
    assert info.value.column == col
    assert words in str(info.value)


def test_padding_same_valid_and_pairs_with_the_times_sign():
    assert cr.padding_cell(" Same ") == "same" and cr.padding_cell("valid") == "valid"
    assert cr.pair_cell("5×3", cr.COL_KERNEL, 1) == (5, 3)
    assert cr.pair_cell(" 2 x 1 ", cr.COL_STRIDE, 1) == (2, 1)
    assert cr.padding_cell("0") == (0, 0)


def test_layers_from_rows_collects_every_bad_cell_by_row_and_column():
    rows = [cr.layer_to_row(x) for x in PRESETS["alexnet"][1]]
    rows[0][cr.COL_KERNEL] = "1a"
    rows[8][cr.COL_SIZE] = "-"
    layers, bad = cr.layers_from_rows(rows)
    assert set(bad) == {(0, cr.COL_KERNEL), (8, cr.COL_SIZE)}
    assert bad[(0, cr.COL_KERNEL)].startswith("row 1, kernel F: '1a'")
    assert len(layers) == len(rows) - 2
    good, none = cr.layers_from_rows([cr.layer_to_row(x) for x in PRESETS["alexnet"][1]])
    assert none == {} and good == list(PRESETS["alexnet"][1])


def test_rows_from_value_reads_rows_and_text_form_and_refuses_the_rest():
    rows = [cr.layer_to_row(x) for x in ONE_OF_EACH]
    assert cr.rows_from_value(rows) == rows
    assert cr.rows_from_value([["flatten"]]) == [cr.layer_to_row(Flatten())]   # short rows padded
    assert cr.rows_from_value("conv 4 5 s1 p0; pool 2\nfc 10 nobias  # head") == [
        cr.layer_to_row(Conv2d(4, 5)), cr.layer_to_row(MaxPool2d(2)), cr.layer_to_row(Dense(10, bias=False))]
    assert cr.rows_from_value("input 8x8x1; relu") == [cr.layer_to_row(ReLU())]
    bad_cell = cr.new_row("conv")
    bad_cell[cr.COL_KERNEL] = "oops"
    assert cr.rows_from_value([bad_cell]) == [bad_cell]      # kept: the table marks it
    for value, words in (([["warp"]], "unknown layer kind"), ([[1, 2]], "texts"), (3, "list of rows"),
                         ([["conv"] * 9], "at most 8"), ("conv 4 five", "'five'")):
        with pytest.raises(ValueError, match=None) as info:
            cr.rows_from_value(value)
        assert words in str(info.value)


def test_check_input_accepts_the_field_range_only():
    assert cr.check_input([227, 227, 3]) == (227, 227, 3)
    assert cr.check_input((256,)) == (256,)
    for shape in ([0, 3, 3], [2_000_000], [1.5, 2, 3], [True], [1, 2, 3, 4], "227"):
        with pytest.raises(ValueError, match="input"):
            cr.check_input(shape)


def test_read_text_form_reads_utf8_and_names_what_is_wrong(tmp_path):
    good = tmp_path / "net.txt"
    good.write_text("\ufeffinput 28x28x1\nconv 6 5 same  # größe\n", encoding="utf-8")
    assert cr.read_text_form(good) == ((28, 28, 1), [Conv2d(6, 5, padding="same")])
    cases = {b"\x89PNG\r\n\x1a\n\0\0": "binary file", "größe".encode("latin-1"): "not a UTF-8 text file",
             b"input 28x28x1; conv 6 five": "'five'", b"input 9999999": "1,000,000", b"": "empty"}
    for data, words in cases.items():
        path = tmp_path / "case.txt"
        path.write_bytes(data)
        with pytest.raises(ValueError, match=None) as info:
            cr.read_text_form(path)
        assert words in str(info.value)
    with pytest.raises(ValueError):
        cr.read_text_form(tmp_path / "missing.txt")


def test_view_texts_show_the_seed_numbers():
    net = summarize(*PRESETS["alexnet"])
    cells = cr.result_cells(net.layers[0])
    assert cells[:5] == ["55×55×96", "290,400", "34,848", "96", "34,944"]
    assert cells[7:9] == ["11", "4"]
    assert cr.result_cells(net.layers[8])[8] == cr.NOT_USED         # no jump after a dense layer
    totals = cr.totals_html(net)
    assert "62,378,344 parameters" in totals and "code size" not in totals
    ae = summarize(*PRESETS["autoencoder"])
    assert "code size 50" in cr.totals_html(ae)
    html = cr.formula_html(net, 0, len(net.layers), {})
    assert "(227 − 11 + 2·0) / 4 + 1 = 55" in html and "Layer 1: conv 96 11 s4 p0" in html
    assert "Select a layer" in cr.formula_html(net, -1, len(net.layers), {})
    bad = {(2, cr.COL_KERNEL): "row 3, kernel F: 'x' <bad>"}
    assert "&lt;bad&gt;" in cr.formula_html(net, 2, len(net.layers), bad)
    assert "fix the marked cell first" in cr.formula_html(net, 0, len(net.layers), bad)
    assert "not positive" in cr.formula_html(net, 4, 11, {}, error_row=4, error_text="is not positive")
    assert "fix layer 5 first" in cr.formula_html(net, 0, 11, {}, error_row=4, error_text="x")


# ----------------------------------------------------------------------------- hardening (issue 14)
@pytest.mark.parametrize("col, text, words", [
    (cr.COL_STRIDE, "1000000000", "at most 1,000,000"),
    (cr.COL_PAD, "1000000000", "at most 1,000,000"),
    (cr.COL_KERNEL, "9" * 5000, "at most 1,000,000"),
    (cr.COL_SIZE, "²", "whole number"),
    (cr.COL_SIZE, "10000000", "at most 1,000,000"),
])
def test_over_limit_or_odd_cells_are_cell_errors(col, text, words):
    row = cr.new_row("conv")
    row[col] = text
    with pytest.raises(cr.CellError) as info:
        cr.row_to_layer(row)
    assert info.value.column == col and words in str(info.value)
    layers, bad = cr.layers_from_rows([row, cr.new_row("relu")])   # never raises: marks the cell
    assert list(bad) == [(0, col)] and len(layers) == 1


def test_rows_of_the_wrong_form_are_refused_not_crashed():
    for row in (["conv", "3"], ["conv", 3, 3, 1, 0, 1, "", ""], None, []):
        with pytest.raises(ValueError):
            cr.row_to_layer(row)
        layers, bad = cr.layers_from_rows([row])
        assert layers == [] and len(bad) == 1
    with pytest.raises(ValueError, match="1,000"):
        cr.rows_from_value([["relu"]] * 1001)


@pytest.mark.parametrize("data", [bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 27]) * 40,
                                  b"\x89PNG\r\n\x1a\n" + bytes(range(1, 200)),
                                  b"PK\x03\x04" + bytes(range(1, 100)),
                                  bytes(range(1, 256)) * 8])
def test_binary_content_is_identified_before_decoding(tmp_path, data):
    path = tmp_path / "net.txt"
    path.write_bytes(data)
    with pytest.raises(ValueError) as info:
        cr.read_text_form(path)
    assert "not a text file" in str(info.value)
    assert "codec" not in str(info.value) and "decode" not in str(info.value)
    path.write_bytes("input 8x8x1".encode("utf-16"))
    with pytest.raises(ValueError, match="UTF-16 text"):
        cr.read_text_form(path)


def test_read_text_form_checks_the_whole_network(tmp_path):
    path = tmp_path / "net.txt"
    for text, words in (("input 5x5x1; conv 1 7", "layer 1"), ("input 8x8x1; conv 1 3 s1000000000", "1,000,000"),
                        ("input 1000000x1000000x1; deconv 1 3 s2", "1,000,000")):
        path.write_text(text)
        with pytest.raises(ValueError, match=None) as info:
            cr.read_text_form(path)
        assert words in str(info.value)
