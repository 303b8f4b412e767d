"""The compact text form of a network, both ways.

One statement per ``;`` or line, ``#`` starts a comment::

    input 227x227x3; conv 96 11 s4 p0; pool 3 s2; fc 4096

Statements (``K`` = filters, ``F`` = kernel, either ``11`` or ``5x3`` = height × width)::

    input HxWxC | input HxW | input n        the input shape (n: a vector)
    conv K F [sS] [pP|psame|pvalid] [dD] [nobias]
    deconv K F [sS] [pP|psame|pvalid] [opN] [dD] [nobias]       transposed convolution
    pool F [sS] [pP]      avgpool F [sS] [pP]                    stride defaults to F
    flatten    fc n [nobias]    dropout [rate]    relu    bn

``format_text`` writes what ``parse_text`` reads: ``parse_text(format_text(s, L)) == (s, L)``.
A parse error is a ``ValueError`` that names the token and its statement.  A text is at most
``MAX_TEXT`` = 10⁶ characters and ``MAX_LAYERS`` + 1 statements; a number in it has at most
7 digits (every size is at most ``MAX_SIZE`` = 10⁶, see :mod:`~nnlab_gui.engine.cnn_layers`).
"""

from __future__ import annotations

import re

from nnlab_gui.engine.cnn import (MAX_LAYERS, MAX_SIZE, AvgPool2d, BatchNorm, Conv2d,
                                  ConvTranspose2d, Dense, Dropout, Flatten, Layer, MaxPool2d, ReLU,
                                  _normalise_input)

MAX_TEXT = 1_000_000
_DIGITS = len(str(MAX_SIZE))

ALIASES = {
    "conv": "conv", "conv2d": "conv",
    "deconv": "deconv", "convt": "deconv", "convtranspose": "deconv", "convtranspose2d": "deconv",
    "pool": "pool", "maxpool": "pool", "maxpool2d": "pool",
    "avgpool": "avgpool", "avgpool2d": "avgpool",
    "flatten": "flatten",
    "fc": "fc", "dense": "fc", "linear": "fc",
    "dropout": "dropout", "relu": "relu", "bn": "bn", "batchnorm": "bn",
}

_PAIR = re.compile(r"^(\d+)(?:x(\d+))?$")


def _pair_text(p) -> str:
    return f"{p[0]}" if p[0] == p[1] else f"{p[0]}x{p[1]}"


def _pad_text(p) -> str:
    return p if isinstance(p, str) else _pair_text(p)


def layer_to_text(layer: Layer) -> str:
    """``Conv2d(96, 11, stride=4)`` → ``'conv 96 11 s4 p0'``."""
    if isinstance(layer, Conv2d):
        text = (f"conv {layer.filters} {_pair_text(layer.kernel)} s{_pair_text(layer.stride)}"
                f" p{_pad_text(layer.padding)}")
        if layer.dilation != (1, 1):
            text += f" d{_pair_text(layer.dilation)}"
        return text + ("" if layer.bias else " nobias")
    if isinstance(layer, ConvTranspose2d):
        text = (f"deconv {layer.filters} {_pair_text(layer.kernel)} s{_pair_text(layer.stride)}"
                f" p{_pad_text(layer.padding)}")
        if layer.output_padding != (0, 0):
            text += f" op{_pair_text(layer.output_padding)}"
        if layer.dilation != (1, 1):
            text += f" d{_pair_text(layer.dilation)}"
        return text + ("" if layer.bias else " nobias")
    if isinstance(layer, MaxPool2d):  # AvgPool2d too
        text = f"{layer.KIND} {_pair_text(layer.kernel)}"
        if layer.stride != layer.kernel:
            text += f" s{_pair_text(layer.stride)}"
        if layer.padding != (0, 0):
            text += f" p{_pad_text(layer.padding)}"
        return text
    if isinstance(layer, Dense):
        return f"fc {layer.units}" + ("" if layer.bias else " nobias")
    if isinstance(layer, Dropout):
        return f"dropout {layer.rate:g}"
    if isinstance(layer, (Flatten, ReLU, BatchNorm)):
        return layer.KIND
    raise ValueError(f"cannot write {layer!r} in the text form")


def input_to_text(input_shape) -> str:
    shape, flat = _normalise_input(input_shape)
    return f"input {shape[2]}" if flat else f"input {shape[0]}x{shape[1]}x{shape[2]}"


def format_text(input_shape, layers, sep: str = "; ") -> str:
    return sep.join([input_to_text(input_shape)] + [layer_to_text(layer) for layer in layers])


class _Statement:
    def __init__(self, text: str, number: int):
        self.text = text
        self.number = number

    def error(self, token: str, why: str) -> ValueError:
        return ValueError(f"statement {self.number} '{_cut(self.text)}': token '{_cut(token)}': {why}")

    def whole(self, token: str, digits: str, what: str) -> int:
        """``digits`` as an int; refused (without converting it) when it has too many digits."""
        if len(digits.lstrip("0")) > _DIGITS:
            raise self.error(token, f"{what} must be at most {MAX_SIZE:,} "
                                    f"(this number has {len(digits):,} digits)")
        return int(digits)

    def pair(self, token: str, body: str, what: str):
        m = _PAIR.match(body)
        if not m:
            raise self.error(token, f"{what} must be a whole number like 3 or 5x3")
        a = self.whole(token, m.group(1), what)
        return (a, self.whole(token, m.group(2), what)) if m.group(2) else a


def _cut(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[:n - 3] + "..."


def parse_layer(text: str, number: int = 1) -> Layer:
    """One layer statement, e.g. ``'conv 96 11 s4 p0'``."""
    if not isinstance(text, str):
        raise ValueError(f"statement {number} must be text, got {type(text).__name__}")
    st = _Statement(text.strip(), number)
    tokens = st.text.lower().split()
    if not tokens:
        raise ValueError(f"statement {number} is empty")
    kind = ALIASES.get(tokens[0])
    if kind is None:
        raise st.error(tokens[0], "unknown layer kind; expected one of "
                       "conv, deconv, pool, avgpool, flatten, fc, dropout, relu, bn")
    args = tokens[1:]
    positional = [t for t in args if _PAIR.match(t) or re.match(r"^\d*\.\d+$", t)]
    options = [t for t in args if t not in positional]

    def take(n_required: int, names: list[str]):
        if len(positional) < n_required:
            raise st.error(tokens[0], f"needs {' and '.join(names[:n_required])}")
        if len(positional) > len(names):
            raise st.error(positional[len(names)], "one number too many")
        return positional

    kw: dict = {}
    allowed = {"conv": "spd", "deconv": "spdo", "pool": "sp", "avgpool": "sp"}.get(kind, "")
    for tok in options:
        if tok == "nobias" and kind in ("conv", "deconv", "fc"):
            kw["bias"] = False
        elif tok in ("same", "valid", "psame", "pvalid") and "p" in allowed:
            kw["padding"] = tok.removeprefix("p")
        elif tok.startswith("op") and "o" in allowed:
            kw["output_padding"] = st.pair(tok, tok[2:], "output padding")
        elif tok[:1] in ("s", "p", "d") and tok[:1] in allowed:
            name = {"s": "stride", "p": "padding", "d": "dilation"}[tok[0]]
            if name in kw:
                raise st.error(tok, f"{name} given twice")
            kw[name] = st.pair(tok, tok[1:], name)
        else:
            expected = {"conv": "sN, pN, psame, pvalid, dN, nobias",
                        "deconv": "sN, pN, psame, pvalid, opN, dN, nobias",
                        "pool": "sN, pN", "avgpool": "sN, pN", "fc": "nobias"}.get(kind, "nothing")
            raise st.error(tok, f"unknown option for {kind}; expected {expected}")
    try:
        if kind in ("conv", "deconv"):
            k, f = take(2, ["filters", "kernel"])
            if "x" in k:
                raise st.error(k, "filters must be one whole number")
            cls = Conv2d if kind == "conv" else ConvTranspose2d
            return cls(st.whole(k, k, "filters"), st.pair(f, f, "kernel"), **kw)
        if kind in ("pool", "avgpool"):
            (f,) = take(1, ["kernel"])
            cls = MaxPool2d if kind == "pool" else AvgPool2d
            return cls(st.pair(f, f, "kernel"), **kw)
        if kind == "fc":
            (n,) = take(1, ["units"])
            if "x" in n or "." in n:
                raise st.error(n, "units must be one whole number")
            return Dense(st.whole(n, n, "units"), **kw)
        if kind == "dropout":
            rate = take(0, ["rate"])
            return Dropout(float(rate[0])) if rate else Dropout()
        take(0, [])
        return {"flatten": Flatten, "relu": ReLU, "bn": BatchNorm}[kind]()
    except ValueError as exc:
        if str(exc).startswith("statement"):
            raise
        raise ValueError(f"statement {number} '{_cut(st.text)}': {exc}") from None


def parse_input(text: str, number: int = 1):
    st = _Statement(text.strip(), number)
    tokens = st.text.lower().split()
    if len(tokens) != 2:
        raise st.error(tokens[-1] if len(tokens) > 2 else tokens[0],
                       "input needs one shape like 227x227x3, 28x28 or 256")
    tok = tokens[1]
    if not re.match(r"^\d+(x\d+){0,2}$", tok):
        raise st.error(tok, "input shape must look like 227x227x3, 28x28 or 256")
    shape = tuple(st.whole(tok, v, "an input size") for v in tok.split("x"))
    try:
        _normalise_input(shape)
    except ValueError as exc:
        raise st.error(tok, str(exc)) from None
    return shape


def parse_text(text: str):
    """``'input 227x227x3; conv 96 11 s4 p0'`` → ``((227, 227, 3), [Conv2d(...)])``."""
    if not isinstance(text, str):
        raise ValueError(f"the text form must be text, got {type(text).__name__}")
    if len(text) > MAX_TEXT:
        raise ValueError(f"the text form is too long ({len(text):,} characters; at most {MAX_TEXT:,})")
    statements = []
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        statements += [s.strip() for s in line.split(";") if s.strip()]
    if not statements:
        raise ValueError("the text is empty: start with e.g. 'input 227x227x3'")
    first = statements[0].split()[0].lower()
    if first != "input":
        raise ValueError(f"statement 1 '{_cut(statements[0])}': token '{_cut(statements[0].split()[0])}': "
                         "the first statement must be the input, e.g. 'input 227x227x3'")
    if len(statements) > MAX_LAYERS + 1:
        raise ValueError(f"{len(statements) - 1:,} layers: a network has at most {MAX_LAYERS:,}")
    shape = parse_input(statements[0], 1)
    layers = []
    for n, stmt in enumerate(statements[1:], start=2):
        if stmt.split()[0].lower() == "input":
            raise ValueError(f"statement {n} '{_cut(stmt)}': token 'input': only the first "
                             "statement may be the input")
        layers.append(parse_layer(stmt, n))
    return shape, layers
