"""The layers of the CNN calculator: frozen dataclasses that check their arguments.

``Conv2d(filters K, kernel F, stride S, padding P, dilation d)``, its transpose
``ConvTranspose2d`` (plus output padding OP), ``MaxPool2d`` / ``AvgPool2d`` (stride
defaults to the kernel), ``Flatten``, ``Dense(n)``, ``Dropout(rate)``, ``ReLU`` and
``BatchNorm``.  Sizes are one integer or a pair (height, width); padding may also be
``"same"`` or ``"valid"``.  A bad argument raises ``ValueError`` naming the layer and the
argument; :class:`LayerError` is the error of a layer whose output cannot exist.
``KIND`` is each layer's keyword in the text form (:mod:`nnlab_gui.engine.cnn_text`).
The arithmetic on them is :func:`nnlab_gui.engine.cnn.summarize`'s.

Limits (refused with a message, so that no size a user types can hang the calculator or
exhaust memory): every count and size -- filters, units, kernel, stride, padding,
dilation, output padding, an input size and every output height and width -- is at most
``MAX_SIZE`` = 10⁶ (a million pixels per side is far beyond any network in the course;
the hint search and the formulas stay instant), and a network has at most
``MAX_LAYERS`` = 1,000 layers (the table shows one row per layer).
"""

from __future__ import annotations

import numbers
from dataclasses import dataclass
from typing import ClassVar, Union

from nnlab_gui.engine.texts import N_, Problem

MAX_SIZE = 1_000_000
MAX_LAYERS = 1_000

Pair = tuple[int, int]
PaddingSpec = Union[int, tuple[int, int], str]


class LayerError(Problem):
    """A layer whose output cannot exist; ``index`` is its 0-based position, ``message``
    (text or a :class:`~nnlab_gui.engine.texts.Problem`) says why."""

    def __init__(self, index: int, layer: "Layer", message):
        self.index = index
        self.layer = layer
        super().__init__(N_("layer {n} ({layer}): {why}"), n=index + 1, layer=layer_label(layer), why=message)


# ----------------------------------------------------------------------------- helpers
def _int(value, what, minimum: int, maximum: int = MAX_SIZE) -> int:
    """``value`` as an int in ``minimum … maximum``; ValueError naming ``what`` otherwise."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) and not (
            isinstance(value, numbers.Real) and float(value).is_integer()):
        raise Problem(N_("{what} must be an integer, got {value}"), what=what, value=_short(value))
    if isinstance(value, numbers.Integral):
        value = int(value)
    elif abs(float(value)) > maximum:          # a huge float: no int() of 1e300
        raise Problem(N_("{what} must be at most {most:,}, got {value}"), what=what, most=maximum,
                      value=f"{float(value):g}")
    else:
        value = int(value)
    if value < minimum:
        raise Problem(N_("{what} must be ≥ {least}, got {value}"), what=what, least=minimum, value=_short(value))
    if value > maximum:
        raise Problem(N_("{what} must be at most {most:,}, got {value}"), what=what, most=maximum, value=_short(value))
    return value


def _short(value) -> str | Problem:
    """``repr(value)``, cut to 40 characters (a number may have thousands of digits: then
    a Problem that says how many, so the words are translated where it is shown)."""
    if isinstance(value, int) and value.bit_length() > 100:
        return Problem(N_("a number of about {n} digits"), n=int(value.bit_length() * 0.30103) + 1)
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _pair(value, what, minimum: int) -> Pair:
    if isinstance(value, (tuple, list)):
        if len(value) != 2:
            raise Problem(N_("{what} must be one integer or a pair (height, width), got {value}"), what=what,
                          value=_short(value))
        return (_int(value[0], what, minimum), _int(value[1], what, minimum))
    v = _int(value, what, minimum)
    return (v, v)


def _padding(value, what) -> Pair | str:
    if isinstance(value, str):
        v = value.strip().lower()
        if v not in ("same", "valid"):
            raise Problem(N_("{what} must be an integer, 'same' or 'valid', got {value}"), what=what,
                          value=_short(value))
        return v
    return _pair(value, what, 0)


# ----------------------------------------------------------------------------- layers
def _check_conv(layer, kind: str) -> None:
    """Normalise a (transposed) convolution's fields in place, naming ``kind`` on error."""
    object.__setattr__(layer, "filters", _int(layer.filters, Problem(N_("{kind} filters"), kind=kind), 1))
    object.__setattr__(layer, "kernel", _pair(layer.kernel, Problem(N_("{kind} kernel"), kind=kind), 1))
    object.__setattr__(layer, "stride", _pair(layer.stride, Problem(N_("{kind} stride"), kind=kind), 1))
    object.__setattr__(layer, "padding", _padding(layer.padding, Problem(N_("{kind} padding"), kind=kind)))
    object.__setattr__(layer, "dilation", _pair(layer.dilation, Problem(N_("{kind} dilation"), kind=kind), 1))
    object.__setattr__(layer, "bias", bool(layer.bias))


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
        _check_conv(self, "conv")


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
        _check_conv(self, "deconv")
        object.__setattr__(self, "output_padding",
                           _pair(self.output_padding, Problem(N_("{kind} output padding"), kind=self.KIND), 0))


@dataclass(frozen=True)
class MaxPool2d(Layer):
    kernel: int | Pair
    stride: int | Pair | None = None
    padding: PaddingSpec = 0
    KIND: ClassVar[str] = "pool"

    def __post_init__(self):
        name = self.KIND
        object.__setattr__(self, "kernel", _pair(self.kernel, Problem(N_("{kind} kernel"), kind=name), 1))
        stride = self.kernel if self.stride is None else self.stride
        object.__setattr__(self, "stride", _pair(stride, Problem(N_("{kind} stride"), kind=name), 1))
        object.__setattr__(self, "padding", _padding(self.padding, Problem(N_("{kind} padding"), kind=name)))

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
        object.__setattr__(self, "units", _int(self.units, Problem(N_("{kind} units"), kind=self.KIND), 1))
        object.__setattr__(self, "bias", bool(self.bias))


@dataclass(frozen=True)
class Dropout(Layer):
    rate: float = 0.5
    KIND: ClassVar[str] = "dropout"

    def __post_init__(self):
        try:
            rate = float(self.rate)
        except (TypeError, ValueError, OverflowError):
            raise Problem(N_("dropout rate must be a number, got {value}"), value=_short(self.rate)) from None
        if not 0.0 <= rate < 1.0:
            raise Problem(N_("dropout rate must be in [0, 1), got {rate}"), rate=rate)
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
