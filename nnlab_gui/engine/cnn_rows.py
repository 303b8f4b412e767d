"""The CNN calculator's table as data: rows of cell texts ↔ engine layers, and what it shows.

A row is ``[kind, filters/units, kernel F, stride S, padding P, dilation d, out pad, bias]``
— eight strings, JSON-able as they are, so a session, a preset and the remembered network
are plain lists.  The last entry is ``"nobias"`` for a layer without biases (the text
form's ``nobias``), else ``""``; cells a kind does not use are ``""``.  A cell that does not
parse raises :class:`CellError`, which names its column; ``layers_from_rows`` collects those
per ``(row, column)`` (a cell above ``MAX_SIZE`` = 10⁶, or a row that is not a list of texts,
is such an error too: the table marks it, it never raises out of ``layers_from_rows``).
A text-form file (``read_text_form``) is at most 1 MB of UTF-8 text, identified as text
before it is decoded, and its network is summarised before it is handed over.

The views' texts are built here too (no Qt): a layer's result cells and the totals line;
the formula panel (HTML) is :mod:`~nnlab_gui.engine.cnn_panel`'s (``formula_html`` is
re-exported here).  The course's formulas::

    output size  W2 = (W1 − F' + 2P)/S + 1,   F' = d·(F − 1) + 1
    parameters   (F·F·C1 + 1)·K (conv),  n_in·n + n (dense),  2·C (batch norm)
    receptive    r = r_prev + (F' − 1)·j_prev,   jump j = j_prev·S
"""

from __future__ import annotations

import re
from pathlib import Path

from nnlab_gui.engine.texts import N_, Problem, same, text_of
from nnlab_gui.engine.cnn import (MAX_LAYERS, MAX_SIZE, AvgPool2d, BatchNorm, Conv2d,
                                  ConvTranspose2d, Dense, Dropout, Flatten, MaxPool2d, NetSummary,
                                  ReLU, code_size, fmt_bytes, fmt_int, fmt_macs, pair_value_text,
                                  shape_text,
                                  summarize)
from nnlab_gui.engine.cnn_text import parse_layer, parse_text
from nnlab_gui.engine.cnn_file import decode_text
from nnlab_gui.engine.cnn_panel import HTML_COLOURS, formula_html  # noqa: F401  (the panel's own module)

KINDS = ["conv", "deconv", "pool", "avgpool", "flatten", "fc", "dropout", "relu", "bn"]
KIND_TITLES = {
    "conv": "Conv2d", "deconv": "ConvTranspose2d", "pool": "MaxPool2d", "avgpool": "AvgPool2d",
    "flatten": "Flatten", "fc": "Dense", "dropout": "Dropout", "relu": "ReLU", "bn": "BatchNorm",
}
# editable columns after "kind", then the results
PARAM_COLUMNS = ["filters / units", "kernel F", "stride S", "padding P", "dilation d", "out pad"]
RESULT_COLUMNS = ["output H×W×C", "units", "weights", "biases", "parameters", "MACs",
                  "memory", "RF", "jump", "warnings and notes"]
HEADERS = ["kind"] + PARAM_COLUMNS + RESULT_COLUMNS
COL_KIND = 0
COL_SIZE, COL_KERNEL, COL_STRIDE, COL_PAD, COL_DIL, COL_OUTPAD = range(1, 7)
FIRST_RESULT = 7
COL_OUTPUT = FIRST_RESULT
COL_PARAMS = FIRST_RESULT + 4
COL_RF = FIRST_RESULT + 7
COL_JUMP = FIRST_RESULT + 8
COL_BIAS = FIRST_RESULT  # in a row (not a table column): "nobias" or ""
ROW_LENGTH = COL_BIAS + 1

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
RESULT_HELP = {
    COL_OUTPUT: "W2 = (W1 − F + 2P)/S + 1; depth = number of filters",
    COL_PARAMS: "conv: (F·F·C1 + 1)·K; dense: n_in·n + n; batch norm: 2·C",
    COL_RF: "receptive field r = r_prev + (F' − 1)·j_prev",
    COL_JUMP: "jump j = j_prev·S",
}
NOT_USED = "—"
INPUT_MAX = MAX_SIZE           # the input fields' range is 1 … INPUT_MAX (10⁶)
MAX_FILE_BYTES = 1_000_000     # a text form is a few lines; a bigger file is not one
_PAIR = re.compile(r"^\s*(\d+)\s*(?:[x×]\s*(\d+))?\s*$")
_DIGITS = len(str(MAX_SIZE))


class CellError(Problem):
    """A cell that does not parse; ``column`` is its table column (then a Problem's template and arguments)."""

    def __init__(self, column: int, template: str, /, *args, **kwargs):
        super().__init__(template, *args, **kwargs)
        self.column = column


# ----------------------------------------------------------------------------- row -> layer
def column_name(col: int) -> str:
    return HEADERS[col]


def _shown(text: str) -> str:
    t = text.strip()
    return repr(t) if len(t) <= 24 else repr(t[:21] + "...")


def _whole(digits: str, text: str, col: int) -> int:
    if len(digits.lstrip("0")) > _DIGITS:
        raise CellError(col, N_("{text} is too large: at most {most:,}"), text=_shown(text), most=MAX_SIZE)
    return int(digits)


def pair_cell(text: str, col: int, minimum: int) -> tuple[int, int]:
    """``"3"`` → (3, 3), ``"5x3"`` → (5, 3); CellError(col) for anything else (or above 10⁶)."""
    if not isinstance(text, str):
        raise CellError(col, N_("{text} is not text"), text=repr(text))
    m = _PAIR.match(text)
    if not m:
        raise CellError(col, N_("{text} is not a whole number like 3 or 5x3"), text=_shown(text))
    a = _whole(m.group(1), text, col)
    b = _whole(m.group(2), text, col) if m.group(2) else a
    if min(a, b) < minimum:
        raise CellError(col, N_("{text} must be ≥ {least}"), text=_shown(text), least=minimum)
    if max(a, b) > MAX_SIZE:
        raise CellError(col, N_("{text} is too large: at most {most:,}"), text=_shown(text), most=MAX_SIZE)
    return (a, b)


def padding_cell(text: str):
    t = text.strip().lower() if isinstance(text, str) else text
    if t in ("same", "valid"):
        return t
    return pair_cell(text, COL_PAD, 0)


def _count_cell(text: str, what: str) -> int:
    size = text.strip()
    n = _whole(size, size, COL_SIZE) if re.fullmatch(r"[0-9]+", size) else 0
    if n < 1:
        raise CellError(COL_SIZE, N_("{text}: the number of {what} must be a whole number ≥ 1"), text=_shown(size), what=Problem(what))
    if n > MAX_SIZE:
        raise CellError(COL_SIZE, N_("{text}: the number of {what} must be at most {most:,}"), text=_shown(size),
                        what=Problem(what), most=MAX_SIZE)
    return n


def _checked_row(row) -> list[str]:
    if not isinstance(row, (list, tuple)) or not 1 <= len(row) <= ROW_LENGTH:
        raise CellError(COL_KIND, N_("a row must be a list of 1 … {most} texts, got {type}"), most=ROW_LENGTH, type=type(row).__name__)
    row = list(row) + [""] * (ROW_LENGTH - len(row))
    for col, cell in enumerate(row):
        if not isinstance(cell, str):
            raise CellError(col, N_("{name}: {text} is not text"), text=repr(cell),
                            name=Problem(column_name(col) if col < ROW_LENGTH - 1 else N_("bias")))
    return row


def row_to_layer(row: list[str]):
    """The engine layer a row describes; CellError names the first bad cell's column."""
    row = _checked_row(row)
    try:
        return _row_to_layer(row)
    except CellError:
        raise
    except ValueError as exc:                 # a constructor's check (a cell parser missed it)
        raise CellError(COL_SIZE, "{why}", why=exc) from None


def _row_to_layer(row: list[str]):
    kind = row[COL_KIND]
    bias = row[COL_BIAS] != "nobias"
    if kind in ("conv", "deconv"):
        size = _count_cell(row[COL_SIZE], N_("filters"))
        kernel = pair_cell(row[COL_KERNEL], COL_KERNEL, 1)
        stride = pair_cell(row[COL_STRIDE], COL_STRIDE, 1)
        pad = padding_cell(row[COL_PAD])
        dil = pair_cell(row[COL_DIL], COL_DIL, 1)
        if kind == "conv":
            return Conv2d(size, kernel, stride=stride, padding=pad, dilation=dil, bias=bias)
        op = pair_cell(row[COL_OUTPAD], COL_OUTPAD, 0)
        return ConvTranspose2d(size, kernel, stride=stride, padding=pad, output_padding=op,
                               dilation=dil, bias=bias)
    if kind in ("pool", "avgpool"):
        kernel = pair_cell(row[COL_KERNEL], COL_KERNEL, 1)
        stride = pair_cell(row[COL_STRIDE], COL_STRIDE, 1)
        cls = MaxPool2d if kind == "pool" else AvgPool2d
        return cls(kernel, stride=stride, padding=padding_cell(row[COL_PAD]))
    if kind == "fc":
        return Dense(_count_cell(row[COL_SIZE], N_("units")), bias=bias)
    if kind == "dropout":
        text = row[COL_SIZE].strip()
        try:
            return Dropout(float(text))
        except ValueError as exc:
            why = exc if "dropout" in str(exc) else Problem(N_("the dropout rate must be a number in [0, 1)"))
            raise CellError(COL_SIZE, N_("{text}: {why}"), text=_shown(text), why=why) from None
    if kind in ("flatten", "relu", "bn"):
        return {"flatten": Flatten, "relu": ReLU, "bn": BatchNorm}[kind]()
    raise CellError(COL_KIND, N_("unknown layer kind {kind}; expected one of {kinds}"), kind=_shown(kind), kinds=", ".join(KINDS))


def _pair_str(p) -> str:
    return f"{p[0]}" if p[0] == p[1] else f"{p[0]}x{p[1]}"


def layer_to_row(layer) -> list[str]:
    """The row of an engine layer: ``row_to_layer(layer_to_row(L)) == L``."""
    row = [layer.KIND] + [""] * (ROW_LENGTH - 1)
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


def new_row(kind: str = "conv") -> list[str]:
    """A fresh row of ``kind`` with its default cells."""
    return change_kind([kind] + [""] * (ROW_LENGTH - 1), kind)


def change_kind(row: list[str], kind: str) -> list[str]:
    """``row`` as ``kind``: cells it shares are kept, empty cells it uses get defaults."""
    out = list(row)
    out[COL_KIND] = kind
    for col, value in DEFAULTS[kind].items():
        if not out[col] or out[col] == NOT_USED:
            out[col] = value
    return out


def layers_from_rows(rows: list[list[str]], tr_=same) -> tuple[list, dict[tuple[int, int], str]]:
    """The layers of the good rows, and ``{(row, column): message}`` (through ``tr_``) for the bad cells."""
    layers, bad = [], {}
    for r, row in enumerate(rows):
        try:
            layers.append(row_to_layer(row))
        except CellError as exc:
            bad[(r, exc.column)] = tr_("row {r}, {column}: {why}").format(r=r + 1, column=tr_(column_name(exc.column)),
                                                                           why=exc.text(tr_))
    return layers, bad


# ----------------------------------------------------------------------------- checking data
def check_input(shape) -> tuple[int, ...]:
    """An input shape (H, W, C), (H, W) or (n,) whose sizes are whole numbers 1 … INPUT_MAX."""
    if not isinstance(shape, (list, tuple)) or len(shape) not in (1, 2, 3):
        raise Problem(N_("input: expected [H, W, C], [H, W] or [n], got {shape}"), shape=repr(shape))
    for v in shape:
        if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= INPUT_MAX:
            raise Problem(N_("input: sizes must be whole numbers 1 … {most:,}, got {value}"), most=INPUT_MAX, value=repr(v))
    return tuple(shape)


def rows_from_value(value) -> list[list[str]]:
    """Rows from stored data: a list of rows, or the text form of the layers.

    Text form: ``"conv 96 11 s4; pool 3 s2"`` (or a whole network starting with ``input``,
    whose input is then ignored here).  A row is a list of up to eight strings; a cell a
    row's kind uses may still be bad (the table marks it) but the kind must be known."""
    if isinstance(value, str):
        if value.lstrip().lower().startswith("input"):
            return [layer_to_row(layer) for layer in parse_text(value)[1]]
        stmts = [s.strip() for line in value.splitlines() for s in line.split("#", 1)[0].split(";")]
        stmts = [s for s in stmts if s]
        if len(stmts) > MAX_LAYERS:
            raise Problem(N_("layers: {n:,} statements; a network has at most {most:,} layers"), n=len(stmts), most=MAX_LAYERS)
        return [layer_to_row(parse_layer(s, n)) for n, s in enumerate(stmts, 1)]
    if not isinstance(value, (list, tuple)):
        raise Problem(N_("layers: expected a list of rows or the text form, got {type}"), type=type(value).__name__)
    if len(value) > MAX_LAYERS:
        raise Problem(N_("layers: {n:,} rows; a network has at most {most:,} layers"), n=len(value), most=MAX_LAYERS)
    rows = []
    for r, row in enumerate(value, 1):
        if not isinstance(row, (list, tuple)) or not 1 <= len(row) <= ROW_LENGTH \
                or not all(isinstance(c, str) for c in row):
            raise Problem(N_("layers: row {r} must be a list of at most {most} texts"), r=r, most=ROW_LENGTH)
        if row[0] not in DEFAULTS:
            raise Problem(N_("layers: row {r}: unknown layer kind {kind}"), r=r, kind=repr(row[0]))
        rows.append(list(row) + [""] * (ROW_LENGTH - len(row)))
    return rows


def read_text_form(path: str | Path):
    """``(input_shape, layers)`` of a text-form file; ValueError says what is wrong with it.

    The file is read completely and checked before anything uses it: it must be a UTF-8
    text (binary content is identified first, see :mod:`~nnlab_gui.engine.cnn_file`) of at
    most ``MAX_FILE_BYTES`` in the lab's grammar, and its network must summarise (every
    layer's output exists and is within the limits)."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ValueError(exc.strerror or str(exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise Problem(N_("more than {most:,} bytes is too large for a network in the text form"), most=MAX_FILE_BYTES)
    text = decode_text(data)
    shape, layers = parse_text(text)
    shape = check_input(shape)
    summarize(shape, layers)                  # LayerError (a ValueError) names an impossible layer
    return shape, layers


# ----------------------------------------------------------------------------- view texts
def count_text(n: int) -> str:
    return fmt_int(n) if n else "0"


def _grouped(text: str) -> str:
    """A flat output size written like every other count of the table: 4096 → 4,096."""
    return fmt_int(int(text)) if text.isdigit() and len(text) < 19 else text


def macs_text(n: int) -> str:
    """Multiply-accumulates for a cell: ``105 M`` (the exact count is :func:`macs_tip`)."""
    return fmt_macs(n)[0] if n else "0"


def macs_tip(n: int) -> str:
    return fmt_macs(n)[1]


ALL = N_("all")           # the receptive field of a unit that sees the whole input


def result_cells(s, tr_=same) -> list[str]:
    """The result columns of one layer summary, left to right (warnings and notes through ``tr_``)."""
    warnings, notes = [text_of(w, tr_) for w in s.warnings], [text_of(n, tr_) for n in s.notes]
    notes = "; ".join("⚠ " + w for w in warnings) + ("; " if warnings and notes else "") + "; ".join(notes)
    return [_grouped(s.output_text), count_text(s.units), count_text(s.weights), count_text(s.biases),
            count_text(s.params), macs_text(s.macs), fmt_bytes(s.memory_bytes),
            pair_value_text(s.receptive_field, tr_(ALL)), pair_value_text(s.jump, NOT_USED), notes]


def totals_html(net: NetSummary, tr_=same) -> str:
    """The totals line under the table (``tr_``: the GUI's translation of each template)."""
    out_flat = net.layers[-1].flat if net.layers else net.input_flat
    parts = [tr_("<b>Totals</b>: {params} parameters ({weights} weights + {biases} biases)").format(
                 params=fmt_int(net.total_params), weights=fmt_int(net.total_weights),
                 biases=fmt_int(net.total_biases)),
             tr_("{units} units").format(units=fmt_int(net.total_units)),
             tr_("{macs} multiply-accumulates ({exact})").format(macs=macs_text(net.total_macs),
                                                                  exact=macs_tip(net.total_macs)),
             tr_("{memory} of activations (float32)").format(memory=fmt_bytes(net.total_memory_bytes)),
             tr_("output {shape}").format(shape=_grouped(shape_text(net.output_shape, out_flat)))]
    if net.layers and all(isinstance(s.layer, Dense) for s in net.layers):
        try:
            parts.append(tr_("code size {size}").format(size=code_size(net)))
        except ValueError:
            pass
    return " · ".join(parts)
