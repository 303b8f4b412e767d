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

from nnlab_gui.engine.texts import N_, Problem

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
    raise Problem(N_("cannot write {layer} in the text form"), layer=repr(layer))


def input_to_text(input_shape) -> str:
    shape, flat = _normalise_input(input_shape)
    return f"input {shape[2]}" if flat else f"input {shape[0]}x{shape[1]}x{shape[2]}"


def format_text(input_shape, layers, sep: str = "; ") -> str:
    return sep.join([input_to_text(input_shape)] + [layer_to_text(layer) for layer in layers])


class _Statement:
    def __init__(self, text: str, number: int):
        self.text = text
        self.number = number

    def error(self, token: str, why) -> Problem:
        """The error at ``token``; ``why`` is a Problem, a marked text or an exception."""
        why = Problem(why) if isinstance(why, str) else why
        return Problem(N_("statement {n} '{text}': token '{token}': {why}"), n=self.number, text=_cut(self.text),
                       token=_cut(token), why=why)

    def whole(self, token: str, digits: str, what: str) -> int:
        """``digits`` as an int; refused (without converting it) when it has too many digits."""
        if len(digits.lstrip("0")) > _DIGITS:
            raise self.error(token, Problem(N_("{what} must be at most {most:,} (this number has {n:,} digits)"),
                                            what=Problem(what), most=MAX_SIZE, n=len(digits)))
        return int(digits)

    def pair(self, token: str, body: str, what: str):
        m = _PAIR.match(body)
        if not m:
            raise self.error(token, Problem(N_("{what} must be a whole number like 3 or 5x3"), what=Problem(what)))
        a = self.whole(token, m.group(1), what)
        return (a, self.whole(token, m.group(2), what)) if m.group(2) else a


def _cut(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[:n - 3] + "..."


def parse_layer(text: str, number: int = 1) -> Layer:
    """One layer statement, e.g. ``'conv 96 11 s4 p0'``."""
    if not isinstance(text, str):
        raise Problem(N_("statement {n} must be text, got {type}"), n=number, type=type(text).__name__)
    st = _Statement(text.strip(), number)
    tokens = st.text.lower().split()
    if not tokens:
        raise Problem(N_("statement {n} is empty"), n=number)
    kind = ALIASES.get(tokens[0])
    if kind is None:
        raise st.error(tokens[0], N_("unknown layer kind; expected one of "
                                   "conv, deconv, pool, avgpool, flatten, fc, dropout, relu, bn"))
    args = tokens[1:]
    positional = [t for t in args if _PAIR.match(t) or re.match(r"^\d*\.\d+$", t)]
    options = [t for t in args if t not in positional]

    def take(n_required: int, names: list[str]):
        if len(positional) < n_required:
            need = [Problem(w) for w in names[:n_required]]
            raise st.error(tokens[0], Problem(N_("needs {a} and {b}"), a=need[0], b=need[1]) if len(need) == 2
                           else Problem(N_("needs {a}"), a=need[0]))
        if len(positional) > len(names):
            raise st.error(positional[len(names)], N_("one number too many"))
        return positional

    kw: dict = {}
    allowed = {"conv": "spd", "deconv": "spdo", "pool": "sp", "avgpool": "sp"}.get(kind, "")
    for tok in options:
        if tok == "nobias" and kind in ("conv", "deconv", "fc"):
            kw["bias"] = False
        elif tok in ("same", "valid", "psame", "pvalid") and "p" in allowed:
            kw["padding"] = tok.removeprefix("p")
        elif tok.startswith("op") and "o" in allowed:
            kw["output_padding"] = st.pair(tok, tok[2:], N_("output padding"))
        elif tok[:1] in ("s", "p", "d") and tok[:1] in allowed:
            name = {"s": N_("stride"), "p": N_("padding"), "d": N_("dilation")}[tok[0]]
            if name in kw:
                raise st.error(tok, Problem(N_("{name} given twice"), name=Problem(name)))
            kw[name] = st.pair(tok, tok[1:], name)
        else:
            expected = {"conv": "sN, pN, psame, pvalid, dN, nobias",
                        "deconv": "sN, pN, psame, pvalid, opN, dN, nobias",
                        "pool": "sN, pN", "avgpool": "sN, pN", "fc": "nobias"}.get(kind, "nothing")
            raise st.error(tok, Problem(N_("unknown option for {kind}; expected {expected}"), kind=kind,
                                         expected=expected if expected != "nothing" else Problem(N_("nothing"))))
    try:
        if kind in ("conv", "deconv"):
            k, f = take(2, [N_("filters"), N_("kernel")])
            if "x" in k:
                raise st.error(k, N_("filters must be one whole number"))
            cls = Conv2d if kind == "conv" else ConvTranspose2d
            return cls(st.whole(k, k, N_("filters")), st.pair(f, f, N_("kernel")), **kw)
        if kind in ("pool", "avgpool"):
            (f,) = take(1, [N_("kernel")])
            cls = MaxPool2d if kind == "pool" else AvgPool2d
            return cls(st.pair(f, f, N_("kernel")), **kw)
        if kind == "fc":
            (n,) = take(1, [N_("units")])
            if "x" in n or "." in n:
                raise st.error(n, N_("units must be one whole number"))
            return Dense(st.whole(n, n, N_("units")), **kw)
        if kind == "dropout":
            rate = take(0, [N_("rate")])
            return Dropout(float(rate[0])) if rate else Dropout()
        take(0, [])
        return {"flatten": Flatten, "relu": ReLU, "bn": BatchNorm}[kind]()
    except ValueError as exc:
        if str(exc).startswith("statement"):
            raise
        raise Problem(N_("statement {n} '{text}': {why}"), n=number, text=_cut(st.text), why=exc) from None


def parse_input(text: str, number: int = 1):
    st = _Statement(text.strip(), number)
    tokens = st.text.lower().split()
    if len(tokens) != 2:
        raise st.error(tokens[-1] if len(tokens) > 2 else tokens[0],
                       N_("input needs one shape like 227x227x3, 28x28 or 256"))
    tok = tokens[1]
    if not re.match(r"^\d+(x\d+){0,2}$", tok):
        raise st.error(tok, N_("input shape must look like 227x227x3, 28x28 or 256"))
    shape = tuple(st.whole(tok, v, N_("an input size")) for v in tok.split("x"))
    try:
        _normalise_input(shape)
    except ValueError as exc:
        raise st.error(tok, exc) from None
    return shape


def parse_text(text: str):
    """``'input 227x227x3; conv 96 11 s4 p0'`` → ``((227, 227, 3), [Conv2d(...)])``."""
    if not isinstance(text, str):
        raise Problem(N_("the text form must be text, got {type}"), type=type(text).__name__)
    if len(text) > MAX_TEXT:
        raise Problem(N_("the text form is too long ({n:,} characters; at most {most:,})"), n=len(text), most=MAX_TEXT)
    statements = []
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        statements += [s.strip() for s in line.split(";") if s.strip()]
    if not statements:
        raise Problem(N_("the text is empty: start with e.g. 'input 227x227x3'"))
    first = statements[0].split()[0].lower()
    if first != "input":
        raise _Statement(statements[0], 1).error(statements[0].split()[0], N_(
            "the first statement must be the input, e.g. 'input 227x227x3'"))
    if len(statements) > MAX_LAYERS + 1:
        raise Problem(N_("{n:,} layers: a network has at most {most:,}"), n=len(statements) - 1, most=MAX_LAYERS)
    shape = parse_input(statements[0], 1)
    layers = []
    for n, stmt in enumerate(statements[1:], start=2):
        if stmt.split()[0].lower() == "input":
            raise _Statement(stmt, n).error("input", N_("only the first statement may be the input"))
        layers.append(parse_layer(stmt, n))
    return shape, layers
