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
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import ClassVar, Union

Pair = tuple[int, int]
PaddingSpec = Union[int, tuple[int, int], str]

BYTES_PER_VALUE = 4  # float32


class LayerError(ValueError):
    """A layer whose output cannot exist; ``index`` is its 0-based position."""

    def __init__(self, index: int, layer: "Layer", message: str):
        self.index = index
        self.layer = layer
        super().__init__(f"layer {index + 1} ({layer_label(layer)}): {message}")


# ----------------------------------------------------------------------------- helpers
def _int(value, what: str, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int,)) and not (
            isinstance(value, float) and value.is_integer()):
        raise ValueError(f"{what} must be an integer, got {value!r}")
    value = int(value)
    if value < minimum:
        raise ValueError(f"{what} must be ≥ {minimum}, got {value}")
    return value


def _pair(value, what: str, minimum: int) -> Pair:
    if isinstance(value, (tuple, list)):
        if len(value) != 2:
            raise ValueError(f"{what} must be one integer or a pair (height, width), got {value!r}")
        return (_int(value[0], what, minimum), _int(value[1], what, minimum))
    v = _int(value, what, minimum)
    return (v, v)


def _padding(value, what: str) -> Pair | str:
    if isinstance(value, str):
        v = value.strip().lower()
        if v not in ("same", "valid"):
            raise ValueError(f"{what} must be an integer, 'same' or 'valid', got {value!r}")
        return v
    return _pair(value, what, 0)


def fmt_int(n) -> str:
    """``34944`` → ``'34,944'``; fractions keep up to two decimals."""
    if isinstance(n, Fraction):
        n = int(n) if n.denominator == 1 else float(n)
    if isinstance(n, float) and not n.is_integer():
        return f"{n:,.2f}".rstrip("0").rstrip(".")
    return f"{int(n):,}"


def fmt_bytes(n: int) -> str:
    for unit, size in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= size:
            return f"{n / size:.2f} {unit}"
    return f"{n} B"


def shape_text(shape: tuple[int, int, int], flat: bool = False, sep: str = "×") -> str:
    h, w, c = shape
    return f"{c}" if flat else f"{h}{sep}{w}{sep}{c}"


def _pair_text(p: Pair) -> str:
    return f"{p[0]}" if p[0] == p[1] else f"{p[0]}x{p[1]}"


def _merge(label: str, texts: tuple[str, str]) -> list[tuple[str, str]]:
    """One formula line when both axes read the same, else one per axis."""
    if texts[0] == texts[1]:
        return [(label, texts[0])]
    return [(f"{label} (height)", texts[0]), (f"{label} (width)", texts[1])]


# ----------------------------------------------------------------------------- layers
class Layer:
    """Base of the frozen layer dataclasses; ``KIND`` is the text-form keyword."""

    KIND: ClassVar[str] = ""


@dataclass(frozen=True)
class Conv2d(Layer):
    filters: int
    kernel: int | Pair
    stride: int | Pair = 1
    padding: PaddingSpec = 0
    dilation: int | Pair = 1
    bias: bool = True
    KIND: ClassVar[str] = "conv"

    def __post_init__(self):
        object.__setattr__(self, "filters", _int(self.filters, "conv filters", 1))
        object.__setattr__(self, "kernel", _pair(self.kernel, "conv kernel", 1))
        object.__setattr__(self, "stride", _pair(self.stride, "conv stride", 1))
        object.__setattr__(self, "padding", _padding(self.padding, "conv padding"))
        object.__setattr__(self, "dilation", _pair(self.dilation, "conv dilation", 1))
        object.__setattr__(self, "bias", bool(self.bias))


@dataclass(frozen=True)
class ConvTranspose2d(Layer):
    filters: int
    kernel: int | Pair
    stride: int | Pair = 1
    padding: PaddingSpec = 0
    output_padding: int | Pair = 0
    dilation: int | Pair = 1
    bias: bool = True
    KIND: ClassVar[str] = "deconv"

    def __post_init__(self):
        object.__setattr__(self, "filters", _int(self.filters, "deconv filters", 1))
        object.__setattr__(self, "kernel", _pair(self.kernel, "deconv kernel", 1))
        object.__setattr__(self, "stride", _pair(self.stride, "deconv stride", 1))
        object.__setattr__(self, "padding", _padding(self.padding, "deconv padding"))
        object.__setattr__(self, "output_padding",
                           _pair(self.output_padding, "deconv output padding", 0))
        object.__setattr__(self, "dilation", _pair(self.dilation, "deconv dilation", 1))
        object.__setattr__(self, "bias", bool(self.bias))


@dataclass(frozen=True)
class MaxPool2d(Layer):
    kernel: int | Pair
    stride: int | Pair | None = None
    padding: PaddingSpec = 0
    KIND: ClassVar[str] = "pool"

    def __post_init__(self):
        name = self.KIND
        object.__setattr__(self, "kernel", _pair(self.kernel, f"{name} kernel", 1))
        stride = self.kernel if self.stride is None else self.stride
        object.__setattr__(self, "stride", _pair(stride, f"{name} stride", 1))
        object.__setattr__(self, "padding", _padding(self.padding, f"{name} padding"))

    @property
    def dilation(self) -> Pair:
        return (1, 1)


@dataclass(frozen=True)
class AvgPool2d(MaxPool2d):
    KIND: ClassVar[str] = "avgpool"


@dataclass(frozen=True)
class Flatten(Layer):
    KIND: ClassVar[str] = "flatten"


@dataclass(frozen=True)
class Dense(Layer):
    units: int
    bias: bool = True
    KIND: ClassVar[str] = "fc"

    def __post_init__(self):
        object.__setattr__(self, "units", _int(self.units, "fc units", 1))
        object.__setattr__(self, "bias", bool(self.bias))


@dataclass(frozen=True)
class Dropout(Layer):
    rate: float = 0.5
    KIND: ClassVar[str] = "dropout"

    def __post_init__(self):
        try:
            rate = float(self.rate)
        except (TypeError, ValueError):
            raise ValueError(f"dropout rate must be a number, got {self.rate!r}") from None
        if not 0.0 <= rate < 1.0:
            raise ValueError(f"dropout rate must be in [0, 1), got {rate}")
        object.__setattr__(self, "rate", rate)


@dataclass(frozen=True)
class ReLU(Layer):
    KIND: ClassVar[str] = "relu"


@dataclass(frozen=True)
class BatchNorm(Layer):
    KIND: ClassVar[str] = "bn"


LAYER_TYPES: dict[str, type[Layer]] = {
    cls.KIND: cls for cls in (Conv2d, ConvTranspose2d, MaxPool2d, AvgPool2d, Flatten, Dense,
                              Dropout, ReLU, BatchNorm)
}


def layer_label(layer: Layer) -> str:
    """The layer in the compact text form, e.g. ``conv 96 11 s4 p0``."""
    from nnlab_gui.engine.cnn_text import layer_to_text

    return layer_to_text(layer)


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


# ----------------------------------------------------------------------------- axis arithmetic
@dataclass(frozen=True)
class _Axis:
    out: int
    text: str
    warning: str = ""


def _nearest(candidates: list[int], target: int) -> list[int]:
    below = [c for c in candidates if c < target]
    above = [c for c in candidates if c > target]
    return ([max(below)] if below else []) + ([min(above)] if above else [])


def _forward_axis(n: int, f: int, s: int, pad, d: int) -> _Axis:
    """``(W1 − F' + 2P)/S + 1`` along one axis, with text and divisibility warning."""
    fe = d * (f - 1) + 1
    if pad == "same":
        out_same = -(-n // s)
        total = max((out_same - 1) * s + fe - n, 0)
        ptxt = f"2·{total // 2}" if total % 2 == 0 else f"{total}"
    elif pad == "valid":
        total, ptxt = 0, "2·0"
    else:
        total, ptxt = 2 * pad, f"2·{pad}"
    num = n - fe + total
    out = num // s + 1
    expr = f"({n} − {fe} + {ptxt}) / {s} + 1"
    if num % s == 0:
        return _Axis(out, f"{expr} = {out}")
    exact = Fraction(num, s) + 1
    text = f"{expr} = {fmt_int(exact)} → {out} (floor)"
    warning = ""
    if pad != "same" and out > 0:
        p0 = 0 if pad == "valid" else pad
        pads = _nearest([p for p in range(0, p0 + s + 1) if (n - fe + 2 * p) % s == 0], p0)
        strides = _nearest([t for t in range(1, max(num, 1) + 1) if num % t == 0], s)
        hints = []
        if pads:
            hints.append("padding " + " or ".join(
                f"{p} (→ {(n - fe + 2 * p) // s + 1})" for p in pads))
        if strides:
            hints.append("stride " + " or ".join(f"{t} (→ {num // t + 1})" for t in strides))
        warning = (f"{expr} = {fmt_int(exact)} does not divide evenly; floor {out} used"
                   + (f"; {' / '.join(hints)} would divide" if hints else ""))
    return _Axis(out, text, warning)


def _transpose_axis(n: int, f: int, s: int, pad, op: int, d: int) -> _Axis:
    """``(W1 − 1)·S − 2P + F' + OP`` along one axis."""
    fe = d * (f - 1) + 1
    if pad == "same":
        total = fe + op - s
        if total < 0:
            return _Axis(-1, "'same' needs F' + OP ≥ S")
        ptxt = f"2·{total // 2}" if total % 2 == 0 else f"{total}"
    else:
        total = 0 if pad == "valid" else 2 * pad
        ptxt = f"2·{0 if pad == 'valid' else pad}"
    out = (n - 1) * s - total + fe + op
    optxt = f" + {op}" if op else ""
    return _Axis(out, f"({n} − 1)·{s} − {ptxt} + {fe}{optxt} = {out}")


def _num(x: Fraction):
    return int(x) if x.denominator == 1 else float(x)


# ----------------------------------------------------------------------------- summarize
def _normalise_input(input_shape) -> tuple[tuple[int, int, int], bool]:
    shape = tuple(input_shape)
    if len(shape) == 1:
        return (1, 1, _int(shape[0], "input size", 1)), True
    if len(shape) == 2:
        return (_int(shape[0], "input height", 1), _int(shape[1], "input width", 1), 1), False
    if len(shape) == 3:
        return (_int(shape[0], "input height", 1), _int(shape[1], "input width", 1),
                _int(shape[2], "input channels", 1)), False
    raise ValueError(f"input shape must be (H, W, C), (H, W) or (n,), got {input_shape!r}")


def summarize(input_shape, layers) -> NetSummary:
    """Every layer's output shape, counts, cost, receptive field and formulas.

    Raises ``ValueError`` for a bad input shape and :class:`LayerError` (a ``ValueError``
    with ``.index``) for the first layer whose output size is not positive.
    """
    shape, flat = _normalise_input(input_shape)
    rf: tuple[Fraction, Fraction] | None = (Fraction(1), Fraction(1))
    jump: tuple[Fraction, Fraction] | None = (Fraction(1), Fraction(1))
    out: list[LayerSummary] = []
    for i, layer in enumerate(layers):
        if not isinstance(layer, Layer):
            raise ValueError(f"layer {i + 1}: not a layer: {layer!r}")
        s, rf, jump = _apply(i, layer, shape, flat, rf, jump)
        out.append(s)
        shape, flat = s.output_shape, s.flat
    return NetSummary(_normalise_input(input_shape)[0], _normalise_input(input_shape)[1],
                      tuple(out))


def _rf_formulas(layer_k: Pair, strides: Pair, dil: Pair, rf, jump, transposed=False):
    """Receptive field and jump after a windowed layer, with their formula lines."""
    if rf is None:
        return None, None, []
    new_rf, new_jump, rtxt, jtxt = [], [], [], []
    for a in range(2):
        fe = dil[a] * (layer_k[a] - 1) + 1
        j = jump[a] / strides[a] if transposed else jump[a] * strides[a]
        jj = j if transposed else jump[a]
        r = rf[a] + (fe - 1) * jj
        new_rf.append(r)
        new_jump.append(j)
        rtxt.append(f"{fmt_int(rf[a])} + ({fe} − 1)·{fmt_int(jj)} = {fmt_int(r)}")
        op = "/" if transposed else "·"
        jtxt.append(f"{fmt_int(jump[a])}{op}{strides[a]} = {fmt_int(j)}")
    lines = _merge("receptive field r", tuple(rtxt)) + _merge("jump j", tuple(jtxt))
    return tuple(new_rf), tuple(new_jump), lines


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
            notes.append(f"input is a vector of {c:,}: treated as a 1×1×{c} map")
        k, st, pad, dil = layer.kernel, layer.stride, layer.padding, layer.dilation
        pads = (pad, pad) if isinstance(pad, str) else pad
        if any(d > 1 for d in dil):
            formulas += _merge("F' = d·(F − 1) + 1", tuple(
                f"{dil[a]}·({k[a]} − 1) + 1 = {dil[a] * (k[a] - 1) + 1}" for a in range(2)))
        axes = [_forward_axis(n, k[a], st[a], pads[a], dil[a])
                for a, n in enumerate((h, w))]
        formulas += _merge("output size W2 = (W1 − F + 2P)/S + 1", (axes[0].text, axes[1].text))
        if axes[0].warning and axes[0].warning == axes[1].warning:
            warnings.append("height and width: " + axes[0].warning)
        else:
            warnings += [f"{name}: {ax.warning}" for name, ax in zip(("height", "width"), axes)
                         if ax.warning]
        for a, ax in enumerate(axes):
            if ax.out <= 0:
                raise LayerError(i, layer, f"output {('height', 'width')[a]} {ax.text} "
                                           f"is not positive (the window is larger than the input)")
        h2, w2 = axes[0].out, axes[1].out
        if is_conv:
            c2 = layer.filters
            formulas.append(("depth", f"number of filters = {c2}"))
            units = h2 * w2 * c2
            formulas.append(("units", f"{h2}·{w2}·{c2} = {fmt_int(units)}"))
            weights = k[0] * k[1] * c * c2
            biases = c2 if layer.bias else 0
            if layer.bias:
                formulas.append(("parameters (F·F·C1 + 1)·K",
                                 f"({k[0]}·{k[1]}·{c} + 1)·{c2} = {fmt_int(weights + biases)}"))
            else:
                formulas.append(("parameters F·F·C1·K (no bias)",
                                 f"{k[0]}·{k[1]}·{c}·{c2} = {fmt_int(weights)}"))
            macs = units * k[0] * k[1] * c
            formulas.append(("multiply-accumulates",
                             f"{h2}·{w2}·{c2} · {k[0]}·{k[1]}·{c} = {fmt_int(macs)}"))
        else:
            c2 = c
            formulas.append(("depth", f"unchanged = {c2}"))
            formulas.append(("parameters", "0 (a fixed max / mean per window)"))
        rf, jump, lines = _rf_formulas(k, st, dil, rf, jump)
        formulas += lines
        out_shape = (h2, w2, c2)
    elif isinstance(layer, ConvTranspose2d):
        if flat and (h, w) == (1, 1) and c > 1:
            notes.append(f"input is a vector of {c:,}: treated as a 1×1×{c} map")
        k, st, dil, op = layer.kernel, layer.stride, layer.dilation, layer.output_padding
        pads = (layer.padding,) * 2 if isinstance(layer.padding, str) else layer.padding
        axes = [_transpose_axis(n, k[a], st[a], pads[a], op[a], dil[a])
                for a, n in enumerate((h, w))]
        for a, ax in enumerate(axes):
            if ax.out <= 0:
                raise LayerError(i, layer, f"output {('height', 'width')[a]} {ax.text} "
                                           f"is not positive")
        formulas += _merge("output size W2 = (W1 − 1)·S − 2P + F + OP", (axes[0].text, axes[1].text))
        h2, w2, c2 = axes[0].out, axes[1].out, layer.filters
        formulas.append(("depth", f"number of filters = {c2}"))
        units = h2 * w2 * c2
        formulas.append(("units", f"{h2}·{w2}·{c2} = {fmt_int(units)}"))
        weights = k[0] * k[1] * c * c2
        biases = c2 if layer.bias else 0
        formulas.append(("parameters (F·F·C1 + 1)·K" if layer.bias else "parameters F·F·C1·K",
                         f"({k[0]}·{k[1]}·{c} + 1)·{c2} = {fmt_int(weights + biases)}"
                         if layer.bias else f"{k[0]}·{k[1]}·{c}·{c2} = {fmt_int(weights)}"))
        macs = h * w * c * k[0] * k[1] * c2
        formulas.append(("multiply-accumulates",
                         f"{h}·{w}·{c} · {k[0]}·{k[1]}·{c2} = {fmt_int(macs)}"))
        rf, jump, lines = _rf_formulas(k, st, dil, rf, jump, transposed=True)
        formulas += lines
        out_shape = (h2, w2, c2)
    elif isinstance(layer, Flatten):
        n = h * w * c
        formulas.append(("output size", f"{h}·{w}·{c} = {fmt_int(n)}"))
        formulas.append(("parameters", "none = 0"))
        out_shape, out_flat, rf, jump = (1, 1, n), True, None, None
    elif isinstance(layer, Dense):
        n_in = h * w * c
        if not flat and (h, w) != (1, 1):
            notes.append(f"implicit flatten: {h}×{w}×{c} = {n_in:,} inputs")
            formulas.append(("inputs (implicit flatten)", f"{h}·{w}·{c} = {fmt_int(n_in)}"))
        n = layer.units
        units, weights = n, n_in * n
        biases = n if layer.bias else 0
        formulas.append(("output size", f"{fmt_int(n)} units"))
        formulas.append(("units", f"{fmt_int(n)}"))
        if layer.bias:
            formulas.append(("parameters n_in·n + n",
                             f"{fmt_int(n_in)}·{fmt_int(n)} + {fmt_int(n)} = {fmt_int(weights + biases)}"))
        else:
            formulas.append(("parameters n_in·n (no bias)",
                             f"{fmt_int(n_in)}·{fmt_int(n)} = {fmt_int(weights)}"))
        macs = n_in * n
        formulas.append(("multiply-accumulates", f"{fmt_int(n_in)}·{fmt_int(n)} = {fmt_int(macs)}"))
        out_shape, out_flat, rf, jump = (1, 1, n), True, None, None
    elif isinstance(layer, (Dropout, ReLU, BatchNorm)):
        out_shape, out_flat = shape, flat
        formulas.append(("output size", f"unchanged = {shape_text(shape, flat)}"))
        if isinstance(layer, BatchNorm):
            weights = biases = c
            formulas.append(("parameters 2·C (γ, β)", f"2·{c} = {fmt_int(2 * c)}"))
            notes.append(f"plus 2·{c} running statistics (mean, variance), not trained")
        else:
            formulas.append(("parameters", "none = 0"))
    else:  # pragma: no cover - every Layer subclass is handled above
        raise ValueError(f"layer {i + 1}: unknown layer {layer!r}")
    acts = out_shape[0] * out_shape[1] * out_shape[2]
    formulas.append(("activation memory (float32)",
                     f"{fmt_int(acts)} · 4 B = {fmt_bytes(acts * BYTES_PER_VALUE)}"))
    summary = LayerSummary(
        index=i, layer=layer, input_shape=shape, output_shape=out_shape, flat=out_flat,
        units=units, weights=weights, biases=biases, macs=macs, activations=acts,
        receptive_field=None if rf is None else (_num(rf[0]), _num(rf[1])),
        jump=None if jump is None else (_num(jump[0]), _num(jump[1])),
        formulas=tuple(formulas), warnings=tuple(warnings), notes=tuple(notes))
    return summary, rf, jump


# ----------------------------------------------------------------------------- tables
TABLE_COLUMNS = ["#", "layer", "output", "units", "weights", "biases", "parameters",
                 "MACs", "memory (bytes)", "receptive field", "jump", "warnings"]


def pair_value_text(p, none: str = "whole input") -> str:
    if p is None:
        return none
    return fmt_int(p[0]) if p[0] == p[1] else f"{fmt_int(p[0])}x{fmt_int(p[1])}"


def table_rows(net: NetSummary, sep: str = "×") -> list[list[str]]:
    """Rows of the summary table (plain numbers, no thousands separators) and a total row."""
    rows = [["0", "input", shape_text(net.input_shape, net.input_flat, sep),
             "", "", "", "", "", str(net.input_shape[0] * net.input_shape[1]
                                     * net.input_shape[2] * BYTES_PER_VALUE), "1", "1", ""]]
    for s in net.layers:
        rows.append([str(s.index + 1), s.label, shape_text(s.output_shape, s.flat, sep),
                     str(s.units), str(s.weights), str(s.biases), str(s.params), str(s.macs),
                     str(s.memory_bytes), pair_value_text(s.receptive_field),
                     pair_value_text(s.jump, "—"), " | ".join(s.warnings)])
    rows.append(["", "total", shape_text(net.output_shape,
                                         net.layers[-1].flat if net.layers else net.input_flat,
                                         sep),
                 str(net.total_units), str(net.total_weights), str(net.total_biases),
                 str(net.total_params), str(net.total_macs), str(net.total_memory_bytes),
                 "", "", ""])
    return rows


def to_csv(net: NetSummary) -> str:
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(TABLE_COLUMNS)
    writer.writerows(table_rows(net, sep="x"))
    return buf.getvalue()


def to_markdown(net: NetSummary) -> str:
    def cell(text: str, numeric: bool) -> str:
        if numeric and text.isdigit():
            text = f"{int(text):,}"
        return text.replace("|", "\\|")

    numeric = [c in ("units", "weights", "biases", "parameters", "MACs", "memory (bytes)")
               for c in TABLE_COLUMNS]
    lines = ["| " + " | ".join(TABLE_COLUMNS) + " |",
             "|" + "|".join("---:" if n else "---" for n in numeric) + "|"]
    for row in table_rows(net):
        lines.append("| " + " | ".join(cell(t, n) for t, n in zip(row, numeric)) + " |")
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- presets
def _vgg16():
    layers: list[Layer] = []
    for filters, n in ((64, 2), (128, 2), (256, 3), (512, 3), (512, 3)):
        layers += [Conv2d(filters, 3, stride=1, padding=1) for _ in range(n)]
        layers.append(MaxPool2d(2, stride=2))
    layers += [Dense(4096), Dense(4096), Dense(1000)]
    return (224, 224, 3), layers


PRESETS: dict[str, tuple[tuple[int, ...], list[Layer]]] = {
    # seed 003 exercise 4: AlexNet (single-tower, 227×227 input)
    "alexnet": ((227, 227, 3), [
        Conv2d(96, 11, stride=4, padding=0), MaxPool2d(3, stride=2),
        Conv2d(256, 5, stride=1, padding=2), MaxPool2d(3, stride=2),
        Conv2d(384, 3, stride=1, padding=1), Conv2d(384, 3, stride=1, padding=1),
        Conv2d(256, 3, stride=1, padding=1), MaxPool2d(3, stride=2),
        Dense(4096), Dense(4096), Dense(1000)]),
    "vgg16": _vgg16(),
    "lenet5": ((32, 32, 1), [
        Conv2d(6, 5), AvgPool2d(2), Conv2d(16, 5), AvgPool2d(2), Conv2d(120, 5),
        Flatten(), Dense(84), Dense(10)]),
    # seed 003 exercise 4: the fully-connected alternative to conv1
    "fc_alternative": ((227, 227, 3), [Flatten(), Dense(256)]),
    # seed 003 exercise 2: autoencoder 256-500-250-50-250-500-256 (code size 50)
    "autoencoder": ((256,), [Dense(500), Dense(250), Dense(50), Dense(250), Dense(500),
                             Dense(256)]),
}

PRESET_TITLES: dict[str, str] = {
    "alexnet": "AlexNet (227×227×3)",
    "vgg16": "VGG16 (224×224×3)",
    "lenet5": "LeNet-5 (32×32×1)",
    "fc_alternative": "Fully-connected alternative to conv1 (227×227×3 → 256)",
    "autoencoder": "Autoencoder 256-500-250-50-250-500-256 (exercise 2)",
}


def code_size(net: NetSummary) -> int:
    """Smallest layer of units: the code of an autoencoder (50 in exercise 2)."""
    sizes = [s.units for s in net.layers if s.units]
    if not sizes:
        raise ValueError("the network has no layer with units")
    return min(sizes)


__all__ = [
    "Layer", "Conv2d", "ConvTranspose2d", "MaxPool2d", "AvgPool2d", "Flatten", "Dense",
    "Dropout", "ReLU", "BatchNorm", "LAYER_TYPES", "LayerError", "LayerSummary", "NetSummary",
    "summarize", "PRESETS", "PRESET_TITLES", "code_size", "table_rows", "to_csv",
    "to_markdown", "shape_text", "fmt_int", "fmt_bytes", "layer_label",
]
