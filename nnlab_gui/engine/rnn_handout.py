"""The RNN's arithmetic written out: product rows, and the worked steps for a handout.

``product_terms`` writes one row of a matrix–vector product, ``Σ_j W_ij v_j``, term by
term (``1·0 + 0·0 + 1·1 = 1``); ``to_markdown`` and ``to_latex`` write every step of
:func:`nnlab_gui.engine.rnn_cell.run`: the products W_hx x_t and W_hh h_{t−1} row by row,
a_t, h_t = f(a_t), y_t = W_yh h_t + b_y, softmax(y_t) and the predicted word.

Arguments are checked: ``product_terms`` takes a finite matrix, a finite vector of its
width and a row index within it; the handouts take a list of :class:`RnnStep`, a list of
words (or None) and 0 … ``MAX_DIGITS`` digits.
"""

from __future__ import annotations

import numpy as np

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.matrix_text import format_number
from nnlab_gui.engine.rnn_cell import ACTIVATION_NAMES, RnnStep
from nnlab_gui.engine.texts import N_

MAX_DIGITS = 12


def product_terms(W, v, row: int, digits: int = 6) -> str:
    """One row of a matrix–vector product written out: ``1·0 + 0·0 + 1·1 = 1``."""
    W = ck.array("W", W, ndim=2)
    v = ck.array("v", v, ndim=1)
    if v.size != W.shape[1]:
        raise ck.BadArgument(N_("v has {size} entries but W is {rows}×{columns}: v needs {columns}"), size=v.size,
                             rows=W.shape[0], columns=W.shape[1])
    row = ck.integer("row", row, 0, W.shape[0] - 1)
    digits = ck.integer("digits", digits, 0, MAX_DIGITS + 2)
    terms = []
    for w, x in zip(W[row], v):
        xs = format_number(x, digits)
        ws = format_number(w, digits)
        terms.append(f"{'(' + ws + ')' if w < 0 else ws}·{'(' + xs + ')' if x < 0 else xs}")
    return " + ".join(terms) + f" = {format_number(float(W[row] @ v), digits)}"


def _rounded(v, digits: int) -> str:
    """``v`` rounded to ``digits`` decimals, but a non-zero value that rounds to 0 keeps
    three significant digits in scientific notation (1e-5 is never written 0)."""
    v = float(v)
    r = round(v, digits)
    if r == 0 and v != 0:
        return format_number(v, 3)
    return format_number(r, digits + 2)


def _vec(a, digits: int = 4) -> str:
    return "[" + ", ".join(_rounded(v, digits) for v in np.ravel(a)) + "]"


def _word(step: RnnStep, vocab) -> str:
    if vocab and step.prediction < len(vocab):
        return f"“{vocab[step.prediction]}”"
    return f"word {step.prediction + 1}"


def _check_handout(steps, vocab, digits) -> None:
    if isinstance(steps, (str, bytes)) or not hasattr(steps, "__len__") or \
            not all(isinstance(s, RnnStep) for s in steps):
        raise ck.BadArgument(N_("steps must be a list of RnnStep (what rnn.run returns), got {value}"),
                             value=ck.show(steps))
    if vocab is not None and (isinstance(vocab, (str, bytes)) or not hasattr(vocab, "__len__")
                              or not all(isinstance(w, str) for w in vocab)):
        raise ck.BadArgument(N_("vocab must be a list of words (strings) or None, got {value}"), value=ck.show(vocab))
    ck.integer("digits", digits, 0, MAX_DIGITS)


def to_markdown(steps: list[RnnStep], vocab: list[str] | None = None, digits: int = 4) -> str:
    """Every step's arithmetic as Markdown: each product row by row, sums, activation, y_t, softmax."""
    _check_handout(steps, vocab, digits)
    if not steps:
        return ""
    act = ACTIVATION_NAMES[steps[0].activation]
    s0 = steps[0]
    out = ["## RNN, step by step", "",
           f"h_t = {act}(W_hx x_t + W_hh h_(t−1) + b_h),  y_t = W_yh h_t + b_y,  prediction = argmax y_t", "",
           f"- W_hx = `{_mat(s0.W_hx)}`, W_hh = `{_mat(s0.W_hh)}`, W_yh = `{_mat(s0.W_yh)}`",
           f"- b_h = {_vec(s0.b_h)}, b_y = {_vec(s0.b_y)}, h_0 = {_vec(s0.h_prev)}"]
    if vocab:
        out.append("- vocabulary: " + ", ".join(f"{i + 1}. {w}" for i, w in enumerate(vocab)))
    for s in steps:
        t = s.t
        out += ["", f"### t = {t}", "", f"- x_{t} = {_vec(s.x)}"]
        out.append(f"- W_hx x_{t}: " + "; ".join(product_terms(s.W_hx, s.x, i, digits)
                                                   for i in range(len(s.h))) + f" → {_vec(s.Whx_x)}")
        out.append(f"- W_hh h_{t - 1}: " + "; ".join(product_terms(s.W_hh, s.h_prev, i, digits)
                                                      for i in range(len(s.h))) + f" → {_vec(s.Whh_h)}")
        out.append(f"- a_{t} = {_vec(s.Whx_x)} + {_vec(s.Whh_h)} + {_vec(s.b_h)} = {_vec(s.pre)}")
        out.append(f"- h_{t} = {act}(a_{t}) = {_vec(s.h, digits)}")
        out.append(f"- y_{t} = W_yh h_{t} + b_y: " + "; ".join(product_terms(s.W_yh, s.h, i, digits)
                                                              for i in range(len(s.y)))
                   + f" → {_vec(s.y, digits)}")
        out.append(f"- softmax(y_{t}) = {_vec(s.probs, digits)}")
        out.append(f"- prediction: largest entry of y_{t} is entry {s.prediction + 1} "
                   f"({format_number(s.y[s.prediction])}) → {_word(s, vocab)}")
    return "\n".join(out) + "\n"


def _mat(a) -> str:
    a = np.atleast_2d(a)
    return "[" + "; ".join(" ".join(format_number(v) for v in r) for r in a) + "]"


def _bmatrix(a, digits: int = 4, column: bool = False) -> str:
    a = np.asarray(a, float)
    if a.ndim == 1:
        a = a[:, None] if column else a[None, :]
    body = r" \\ ".join(" & ".join(_rounded(v, digits) for v in r) for r in a)
    return r"\begin{bmatrix} " + body + r" \end{bmatrix}"


def to_latex(steps: list[RnnStep], vocab: list[str] | None = None, digits: int = 4) -> str:
    """The worked steps as a LaTeX fragment (``amsmath``: ``bmatrix``, ``align*``)."""
    _check_handout(steps, vocab, digits)
    if not steps:
        return ""
    act = {"relu": r"\mathrm{ReLU}", "tanh": r"\tanh", "sigmoid": r"\sigma",
           "identity": r"\mathrm{id}"}[steps[0].activation]
    out = [r"% NN Lab: RNN worked steps (needs \usepackage{amsmath})",
           r"$h_t = " + act + r"(W_{hx} x_t + W_{hh} h_{t-1} + b_h)$, $y_t = W_{yh} h_t + b_y$."]
    for s in steps:
        t = s.t
        word = _word(s, vocab).replace("“", "``").replace("”", "''")
        word = word.replace("<", r"\textless{}").replace(">", r"\textgreater{}").replace("_", r"\_")
        out += [r"\paragraph{$t = %d$}" % t, r"\begin{align*}",
                rf"W_{{hx}} x_{t} &= {_bmatrix(s.W_hx)} {_bmatrix(s.x, column=True)} = "
                rf"{_bmatrix(s.Whx_x, digits, True)} \\",
                rf"W_{{hh}} h_{{{t - 1}}} &= {_bmatrix(s.W_hh)} {_bmatrix(s.h_prev, digits, True)} = "
                rf"{_bmatrix(s.Whh_h, digits, True)} \\",
                rf"a_{t} &= {_bmatrix(s.Whx_x, digits, True)} + {_bmatrix(s.Whh_h, digits, True)} + "
                rf"{_bmatrix(s.b_h, digits, True)} = {_bmatrix(s.pre, digits, True)} \\",
                rf"h_{t} &= {act}(a_{t}) = {_bmatrix(s.h, digits, True)} \\",
                rf"y_{t} &= W_{{yh}} h_{t} + b_y = {_bmatrix(s.y, digits, True)} \\",
                rf"\mathrm{{softmax}}(y_{t}) &= {_bmatrix(s.probs, digits, True)}",
                r"\end{align*}",
                rf"Prediction: entry {s.prediction + 1} of $y_{t}$ is the largest, so the word is {word}.", ""]
    return "\n".join(out)
