"""Layer-by-layer arithmetic of a convolutional network (seed 003, exercises 2 and 4).

Shapes are ``(H, W, C)``.  For every spatial axis (course notation, seed 003)::

    F' = d·(F − 1) + 1                      effective kernel with dilation d
    W2 = (W1 − F' + 2P)/S + 1               convolution and pooling
    W2 = (W1 − 1)·S − 2P + F' + OP          transposed convolution (OP = output padding)

and the depth of a convolution is its number of filters K.  ``padding="same"`` pads
``max((⌈W1/S⌉ − 1)·S + F' − W1, 0)`` pixels in total so that ``W2 = ⌈W1/S⌉``;
``"valid"`` means P = 0.  A quotient that is not an integer is *reported* on the layer
(the floor is used, as every framework does) together with the nearest paddings and
strides that would divide; a non-positive size raises :class:`LayerError` naming the layer.
Limits (:mod:`~nnlab_gui.engine.cnn_layers`): every size, stride, padding, kernel, filter
and unit count, and every output height and width, is at most ``MAX_SIZE`` = 10⁶, and a
network has at most ``MAX_LAYERS`` = 1,000 layers; beyond them a ``ValueError`` (an output:
:class:`LayerError`) says so.

Counts per layer::

    units (neurons)        H2·W2·K of a convolution / transposed convolution, n of a dense layer
    parameters             (F_h·F_w·C1 + 1)·K for a convolution; n_in·n + n for a dense layer;
                           2·C (γ, β) for batch normalisation; 0 for pooling, flatten,
                           dropout and ReLU
    multiply-accumulates   H2·W2·K · F_h·F_w·C1 (convolution), H1·W1·C1 · F_h·F_w·K
                           (transposed), n_in·n (dense); 0 otherwise
    activation memory      H2·W2·C2 · 4 bytes (float32), every layer's output
    receptive field        r = r_prev + (F' − 1)·j_prev,   jump j = j_prev·S
                           (transposed: j = j_prev/S, r = r_prev + (F' − 1)·j)

A dense layer on a feature map flattens it implicitly (noted on the layer), as AlexNet's
first fully-connected layer does after its last pooling.  After a flatten or a dense layer
every unit sees the whole input, so the receptive field is reported as ``None``.

This module holds :func:`summarize` and its results; the rest lives in sibling modules
and is re-exported here: the layer classes (:mod:`~nnlab_gui.engine.cnn_layers`), the
per-axis arithmetic (:mod:`~nnlab_gui.engine.cnn_axis`), number and shape formatting
(:mod:`~nnlab_gui.engine.cnn_format`), the tables (:mod:`~nnlab_gui.engine.cnn_tables`) and
the course's networks (:mod:`~nnlab_gui.engine.cnn_presets`).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from nnlab_gui.engine.cnn_axis import (  # noqa: F401  (re-exported)
    _Axis, _forward_axis, _merge, _nearest, _num, _rf_formulas, _transpose_axis)
from nnlab_gui.engine.cnn_format import (  # noqa: F401  (re-exported)
    BYTES_PER_VALUE, _pair_text, fmt_bytes, fmt_int, fmt_macs, pair_value_text, shape_text)
from nnlab_gui.engine.cnn_layers import (  # noqa: F401  (re-exported)
    LAYER_TYPES, MAX_LAYERS, MAX_SIZE, AvgPool2d, BatchNorm, Conv2d, ConvTranspose2d, Dense,
    Dropout, Flatten, Layer, LayerError, MaxPool2d, PaddingSpec, Pair, ReLU, _int, _padding, _pair,
    _short, layer_label)
from nnlab_gui.engine.cnn_presets import PRESET_TITLES, PRESETS, _vgg16  # noqa: F401  (re-exported)
from nnlab_gui.engine.cnn_tables import TABLE_COLUMNS, table_rows, to_csv, to_markdown  # noqa: F401
from nnlab_gui.engine.texts import N_, Phrase, Problem

# why an output height or width cannot exist, one template per side (the words differ in gender)
_TOO_LARGE = (N_("output height {size} exceeds the limit of {most:,} pixels per side"),
              N_("output width {size} exceeds the limit of {most:,} pixels per side"))
_WINDOW_TOO_LARGE = (N_("output height {size} is not positive (the window is larger than the input)"),
                     N_("output width {size} is not positive (the window is larger than the input)"))
_NOT_POSITIVE = (N_("output height {size} is not positive"), N_("output width {size} is not positive"))

# the formula names a layer's summary lists (Phrase: English as they read, translated where shown)
F_DEPTH, F_UNITS, F_MACS = Phrase(N_("depth")), Phrase(N_("units")), Phrase(N_("multiply-accumulates"))
F_PARAMS, F_OUTPUT = Phrase(N_("parameters")), Phrase(N_("output size"))
F_NONE = Phrase(N_("none = 0"))


# ----------------------------------------------------------------------------- results
@dataclass(frozen=True)
class LayerSummary:
    index: int
    layer: Layer
    input_shape: tuple[int, int, int]
    output_shape: tuple[int, int, int]
    flat: bool                      # the output is a vector (after flatten / dense)
    units: int
    weights: int
    biases: int
    macs: int
    activations: int                # H·W·C of the output
    receptive_field: tuple[float, float] | None
    jump: tuple[float, float] | None
    formulas: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def params(self) -> int:
        return self.weights + self.biases

    @property
    def memory_bytes(self) -> int:
        return self.activations * BYTES_PER_VALUE

    @property
    def label(self) -> str:
        return layer_label(self.layer)

    @property
    def output_text(self) -> str:
        return shape_text(self.output_shape, self.flat)

    def formula(self, name: str) -> str:
        """The first formula whose name starts with ``name`` (e.g. ``"output size"``)."""
        for key, text in self.formulas:
            if key.startswith(name):
                return text
        raise KeyError(name)


@dataclass(frozen=True)
class NetSummary:
    input_shape: tuple[int, int, int]
    input_flat: bool
    layers: tuple[LayerSummary, ...]

    @property
    def output_shape(self) -> tuple[int, int, int]:
        return self.layers[-1].output_shape if self.layers else self.input_shape

    @property
    def total_params(self) -> int:
        return sum(s.params for s in self.layers)

    @property
    def total_weights(self) -> int:
        return sum(s.weights for s in self.layers)

    @property
    def total_biases(self) -> int:
        return sum(s.biases for s in self.layers)

    @property
    def total_units(self) -> int:
        return sum(s.units for s in self.layers)

    @property
    def total_macs(self) -> int:
        return sum(s.macs for s in self.layers)

    @property
    def total_memory_bytes(self) -> int:
        return sum(s.memory_bytes for s in self.layers)

    @property
    def warnings(self) -> list[tuple[int, str]]:
        return [(s.index, w) for s in self.layers for w in s.warnings]


# ----------------------------------------------------------------------------- summarize
def _bad_input(input_shape) -> Problem:
    return Problem(N_("input shape must be (H, W, C), (H, W) or (n,), got {value}"), value=_short(input_shape))


def _normalise_input(input_shape) -> tuple[tuple[int, int, int], bool]:
    if isinstance(input_shape, (str, bytes)) or not isinstance(input_shape, (tuple, list)) \
            and not hasattr(input_shape, "__len__"):
        raise _bad_input(input_shape)
    shape = tuple(input_shape)
    height, width = Problem(N_("input height")), Problem(N_("input width"))
    if len(shape) == 1:
        return (1, 1, _int(shape[0], Problem(N_("input size")), 1)), True
    if len(shape) == 2:
        return (_int(shape[0], height, 1), _int(shape[1], width, 1), 1), False
    if len(shape) == 3:
        return (_int(shape[0], height, 1), _int(shape[1], width, 1),
                _int(shape[2], Problem(N_("input channels")), 1)), False
    raise _bad_input(input_shape)


def summarize(input_shape, layers) -> NetSummary:
    """Every layer's output shape, counts, cost, receptive field and formulas.

    Raises ``ValueError`` for a bad input shape and :class:`LayerError` (a ``ValueError``
    with ``.index``) for the first layer whose output size is not positive.
    """
    shape, flat = _normalise_input(input_shape)
    if isinstance(layers, (str, bytes, Layer)) or not hasattr(layers, "__iter__"):
        raise Problem(N_("layers must be a list of layers, got {value}"), value=_short(layers))
    layers = list(layers)
    if len(layers) > MAX_LAYERS:
        raise Problem(N_("a network has at most {most:,} layers, got {count:,}"), most=MAX_LAYERS, count=len(layers))
    rf: tuple[Fraction, Fraction] | None = (Fraction(1), Fraction(1))
    jump: tuple[Fraction, Fraction] | None = (Fraction(1), Fraction(1))
    out: list[LayerSummary] = []
    for i, layer in enumerate(layers):
        if not isinstance(layer, Layer):
            raise Problem(N_("layer {n}: not a layer: {value}"), n=i + 1, value=_short(layer))
        s, rf, jump = _apply(i, layer, shape, flat, rf, jump)
        out.append(s)
        shape, flat = s.output_shape, s.flat
    return NetSummary(*_normalise_input(input_shape), tuple(out))


def _check_output(i, layer, axes) -> None:
    for a, ax in enumerate(axes):
        if ax.out > MAX_SIZE:
            raise LayerError(i, layer, Problem(_TOO_LARGE[a], size=ax.text, most=MAX_SIZE))


def _apply(i, layer, shape, flat, rf, jump):
    h, w, c = shape
    formulas: list[tuple[str, str]] = []
    warnings: list[str] = []
    notes: list[str] = []
    units = weights = biases = macs = 0
    out_flat = False
    if isinstance(layer, (Conv2d, MaxPool2d)):
        is_conv = isinstance(layer, Conv2d)
        if flat and (h, w) == (1, 1) and c > 1:
            notes.append(_vector_note(c))
        k, st, pad, dil = layer.kernel, layer.stride, layer.padding, layer.dilation
        pads = (pad, pad) if isinstance(pad, str) else pad
        if any(d > 1 for d in dil):
            formulas += _merge("F' = d·(F − 1) + 1", tuple(
                f"{dil[a]}·({k[a]} − 1) + 1 = {dil[a] * (k[a] - 1) + 1}" for a in range(2)))
        axes = [_forward_axis(n, k[a], st[a], pads[a], dil[a])
                for a, n in enumerate((h, w))]
        formulas += _merge(Phrase(N_("output size W2 = (W1 − F + 2P)/S + 1")), (axes[0].text, axes[1].text))
        if axes[0].warning and axes[0].warning == axes[1].warning:
            warnings.append(Phrase(N_("height and width: {warning}"), warning=axes[0].warning))
        else:
            warnings += [Phrase(template, warning=ax.warning) for template, ax in
                         zip((N_("height: {warning}"), N_("width: {warning}")), axes) if ax.warning]
        for a, ax in enumerate(axes):
            if ax.out <= 0:
                raise LayerError(i, layer, Problem(_WINDOW_TOO_LARGE[a], size=ax.text))
        _check_output(i, layer, axes)
        h2, w2 = axes[0].out, axes[1].out
        if is_conv:
            c2 = layer.filters
            formulas.append((F_DEPTH, Phrase(N_("number of filters = {K}"), K=c2)))
            units = h2 * w2 * c2
            formulas.append((F_UNITS, f"{h2}·{w2}·{c2} = {fmt_int(units)}"))
            weights = k[0] * k[1] * c * c2
            biases = c2 if layer.bias else 0
            if layer.bias:
                formulas.append((Phrase(N_("parameters (F·F·C1 + 1)·K")),
                                 f"({k[0]}·{k[1]}·{c} + 1)·{c2} = {fmt_int(weights + biases)}"))
            else:
                formulas.append((Phrase(N_("parameters F·F·C1·K (no bias)")),
                                 f"{k[0]}·{k[1]}·{c}·{c2} = {fmt_int(weights)}"))
            macs = units * k[0] * k[1] * c
            formulas.append((F_MACS, f"{h2}·{w2}·{c2} · {k[0]}·{k[1]}·{c} = {fmt_int(macs)}"))
        else:
            c2 = c
            formulas.append((F_DEPTH, Phrase(N_("unchanged = {C}"), C=c2)))
            formulas.append((F_PARAMS, Phrase(N_("0 (a fixed max / mean per window)"))))
        rf, jump, lines = _rf_formulas(k, st, dil, rf, jump)
        formulas += lines
        out_shape = (h2, w2, c2)
    elif isinstance(layer, ConvTranspose2d):
        if flat and (h, w) == (1, 1) and c > 1:
            notes.append(_vector_note(c))
        k, st, dil, op = layer.kernel, layer.stride, layer.dilation, layer.output_padding
        pads = (layer.padding,) * 2 if isinstance(layer.padding, str) else layer.padding
        axes = [_transpose_axis(n, k[a], st[a], pads[a], op[a], dil[a])
                for a, n in enumerate((h, w))]
        for a, ax in enumerate(axes):
            if ax.out <= 0:
                raise LayerError(i, layer, Problem(_NOT_POSITIVE[a], size=ax.text))
        _check_output(i, layer, axes)
        formulas += _merge(Phrase(N_("output size W2 = (W1 − 1)·S − 2P + F + OP")), (axes[0].text, axes[1].text))
        h2, w2, c2 = axes[0].out, axes[1].out, layer.filters
        formulas.append((F_DEPTH, Phrase(N_("number of filters = {K}"), K=c2)))
        units = h2 * w2 * c2
        formulas.append((F_UNITS, f"{h2}·{w2}·{c2} = {fmt_int(units)}"))
        weights = k[0] * k[1] * c * c2
        biases = c2 if layer.bias else 0
        formulas.append((Phrase(N_("parameters (F·F·C1 + 1)·K")) if layer.bias else Phrase(N_("parameters F·F·C1·K")),
                         f"({k[0]}·{k[1]}·{c} + 1)·{c2} = {fmt_int(weights + biases)}"
                         if layer.bias else f"{k[0]}·{k[1]}·{c}·{c2} = {fmt_int(weights)}"))
        macs = h * w * c * k[0] * k[1] * c2
        formulas.append((F_MACS, f"{h}·{w}·{c} · {k[0]}·{k[1]}·{c2} = {fmt_int(macs)}"))
        rf, jump, lines = _rf_formulas(k, st, dil, rf, jump, transposed=True)
        formulas += lines
        out_shape = (h2, w2, c2)
    elif isinstance(layer, Flatten):
        n = h * w * c
        formulas.append((F_OUTPUT, f"{h}·{w}·{c} = {fmt_int(n)}"))
        formulas.append((F_PARAMS, F_NONE))
        out_shape, out_flat, rf, jump = (1, 1, n), True, None, None
    elif isinstance(layer, Dense):
        n_in = h * w * c
        if not flat and (h, w) != (1, 1):
            notes.append(Phrase(N_("implicit flatten: {shape} inputs"), shape=f"{h}×{w}×{c} = {n_in:,}"))
            formulas.append((Phrase(N_("inputs (implicit flatten)")), f"{h}·{w}·{c} = {fmt_int(n_in)}"))
        n = layer.units
        units, weights = n, n_in * n
        biases = n if layer.bias else 0
        formulas.append((F_OUTPUT, Phrase(N_("{n} units"), n=fmt_int(n))))
        formulas.append((F_UNITS, f"{fmt_int(n)}"))
        if layer.bias:
            formulas.append((Phrase(N_("parameters n_in·n + n")),
                             f"{fmt_int(n_in)}·{fmt_int(n)} + {fmt_int(n)} = {fmt_int(weights + biases)}"))
        else:
            formulas.append((Phrase(N_("parameters n_in·n (no bias)")),
                             f"{fmt_int(n_in)}·{fmt_int(n)} = {fmt_int(weights)}"))
        macs = n_in * n
        formulas.append((F_MACS, f"{fmt_int(n_in)}·{fmt_int(n)} = {fmt_int(macs)}"))
        out_shape, out_flat, rf, jump = (1, 1, n), True, None, None
    elif isinstance(layer, (Dropout, ReLU, BatchNorm)):
        out_shape, out_flat = shape, flat
        formulas.append((F_OUTPUT, Phrase(N_("unchanged = {C}"), C=shape_text(shape, flat))))
        if isinstance(layer, BatchNorm):
            weights = biases = c
            formulas.append((Phrase(N_("parameters 2·C (γ, β)")), f"2·{c} = {fmt_int(2 * c)}"))
            notes.append(Phrase(N_("plus {stats} running statistics (mean, variance), not trained"),
                                stats=f"2·{c}"))
        else:
            formulas.append((F_PARAMS, F_NONE))
    else:  # pragma: no cover - every Layer subclass is handled above
        raise Problem(N_("layer {n}: unknown layer {layer!r}"), n=i + 1, layer=layer)
    acts = out_shape[0] * out_shape[1] * out_shape[2]
    formulas.append((Phrase(N_("activation memory (float32)")),
                     f"{fmt_int(acts)} · 4 B = {fmt_bytes(acts * BYTES_PER_VALUE)}"))
    summary = LayerSummary(
        index=i, layer=layer, input_shape=shape, output_shape=out_shape, flat=out_flat,
        units=units, weights=weights, biases=biases, macs=macs, activations=acts,
        receptive_field=None if rf is None else (_num(rf[0]), _num(rf[1])),
        jump=None if jump is None else (_num(jump[0]), _num(jump[1])),
        formulas=tuple(formulas), warnings=tuple(warnings), notes=tuple(notes))
    return summary, rf, jump


def _vector_note(c: int) -> Phrase:
    return Phrase(N_("input is a vector of {n}: treated as a {shape} map"), n=f"{c:,}", shape=f"1×1×{c}")


def code_size(net: NetSummary) -> int:
    """Smallest layer of units: the code of an autoencoder (50 in exercise 2)."""
    sizes = [s.units for s in net.layers if s.units]
    if not sizes:
        raise Problem(N_("the network has no layer with units"))
    return min(sizes)


__all__ = [
    "Layer", "Conv2d", "ConvTranspose2d", "MaxPool2d", "AvgPool2d", "Flatten", "Dense",
    "Dropout", "ReLU", "BatchNorm", "LAYER_TYPES", "LayerError", "LayerSummary", "NetSummary",
    "summarize", "PRESETS", "PRESET_TITLES", "code_size", "table_rows", "to_csv",
    "to_markdown", "shape_text", "fmt_int", "fmt_bytes", "layer_label",
]
