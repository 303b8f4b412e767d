"""What the RNN & attention pages show as text: one step's arithmetic and the attention table, as HTML.

``step_html(step, vocab)`` writes one step of :func:`nnlab_gui.engine.rnn.run` as a table of
quantity | arithmetic | result::

    W_hx x_t         row i: Σ_j W_ij x_j, term by term (1·0 + 0·0 + 1·1 + … = 2)
    W_hh h_{t−1}     row i: Σ_j W_ij h_j
    a_t              = W_hx x_t + W_hh h_{t−1} + b_h
    h_t = f(a_t)     max(0, a) for ReLU, tanh(a), σ(a), or h = a
    y_t              = W_yh h_t + b_y, one row per word
    softmax(y_t)     p_i = e^(y_i − max) / Σ_j e^(y_j − max)
    prediction       the word of the largest entry of y_t

``attention_html(att)`` writes :func:`nnlab_gui.engine.attention.scaled_dot_product` the same
way: S = Q Kᵀ (each dot product written out), S̃ = S / √d_k, P = softmax(S̃) row by row,
Z = P V, and the mean of the values C = (1/k) Σ_j v_j that the exercise compares Z with.

Both take ``tr_`` (the GUI passes ``nnlab_gui.i18n.translate``; left out, the English of the
templates): the words are marked templates filled after translation, the formulas, vectors
and matrices stay as they are, in left-to-right cells (``dir='ltr'``) and, inside a
translated sentence, as left-to-right islands (``texts.island``) so Hebrew keeps their order.

The rest are the small conversions behind the pages: a typed prediction to an entry
number (``word_index``), and the tables behind the plots' CSV exports.  Qt-free.
Every function checks its arguments (steps are :class:`RnnStep`, indices within range,
vocabularies lists of strings) and refuses bad ones with a ``ValueError``.
"""

from __future__ import annotations

import html
from typing import Sequence

import numpy as np

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine import attention
from nnlab_gui.engine import numbers
from nnlab_gui.engine.matrix_text import format_number
from nnlab_gui.engine.rnn import ACTIVATION_NAMES, RnnStep, _vec, product_terms
from nnlab_gui.engine.texts import N_, Problem, island, same, sentence, words_dir

__all__ = ["MONO", "vec", "word", "word_index", "step_html", "attention_html", "softmax_table",
           "hidden_table", "hidden_states"]

MONO = "font-family: 'DejaVu Sans Mono', monospace;"
vec = _vec                    # [2, 2], [0.097, 0.714]: a vector rounded to ``digits``
LTR = " dir='ltr'"            # a cell of formulas, vectors or matrices: left to right in Hebrew too
_esc = html.escape


def _vocab(vocab) -> Sequence[str]:
    if isinstance(vocab, (str, bytes)) or not hasattr(vocab, "__len__") or \
            not all(isinstance(w, str) for w in vocab):
        raise ck.BadArgument(N_("vocab must be a list of words (strings), got {value}"), value=ck.show(vocab))
    return vocab


def _steps(steps, name: str = "steps") -> Sequence[RnnStep]:
    if isinstance(steps, (str, bytes)) or not hasattr(steps, "__len__") or not steps or \
            not all(isinstance(s, RnnStep) for s in steps):
        raise ck.BadArgument(N_("{name} must be a non-empty list of RnnStep (what rnn.run returns), got {value}"),
                             name=name, value=ck.show(steps))
    return steps


def _step(s) -> RnnStep:
    return ck.instance(Problem(N_("s (the step)")), s, RnnStep, Problem(N_("an RnnStep (one entry of rnn.run's steps)")))


def word(i: int, vocab: Sequence[str], tr_=same) -> str:
    """The name of entry ``i`` (0-based) of y_t: its vocabulary word, else ``word i+1`` through
    ``tr_`` (also when the vocabulary holds that placeholder itself, as the seed's does for the
    words the report does not name)."""
    i = ck.integer(Problem(N_("i (the entry)")), i, 0)
    vocab = _vocab(vocab)
    placeholder = f"word {i + 1}"
    if i < len(vocab) and vocab[i] and vocab[i] != placeholder:
        return vocab[i]
    return tr_("word {i}").format(i=i + 1)


def word_index(text: str, vocab: Sequence[str], n: int) -> int:
    """A typed prediction: a vocabulary word (any case) or its 1-based entry number → 0-based index."""
    if not isinstance(text, str):
        raise ck.BadArgument(N_("text (the typed prediction) must be a string, got {value}"), value=ck.show(text))
    vocab = _vocab(vocab)
    n = ck.integer(Problem(N_("n (the entries of y_t)")), n, 1)
    text = text.strip()
    words = [w.lower() for w in vocab][:n]
    if text.lower() in words:
        return words.index(text.lower())
    if text.isdigit() and len(text) <= 18 and 1 <= int(text) <= n:
        return int(text) - 1
    raise ck.BadArgument(N_("{value} is neither a word of the vocabulary nor an entry number 1–{n}"),
                         value=ck.show(text), n=n)


# ---------------------------------------------------------------------------- one RNN step
def _product_rows(W, v, names=None, bias=None, tr_=same) -> str:
    """``row i: 1·0 + 0·0 + … = 2`` for each row of W v (+ b_i when ``bias`` is given)."""
    out = []
    for i in range(W.shape[0]):
        text = product_terms(W, v, i, digits=4)
        if bias is not None:
            lhs, _ = text.rsplit(" = ", 1)
            b = bias[i]
            bs = format_number(b, 4)
            text = f"{lhs} + {bs if b >= 0 else '(' + bs + ')'} = {format_number(float(W[i] @ v + b), 4)}"
        if names:
            out.append(_esc(f"{names[i]}: {island(text, tr_)}"))
        else:
            out.append(_esc(tr_("row {i}: {terms}").format(i=i + 1, terms=island(text, tr_))))
    return "<br>".join(out)


def _row(quantity: str, work: str, result: str, strong: bool = False, work_dir: str = LTR,
         quantity_dir: str = LTR) -> str:
    """One row of the step table; the result (and a work that is only a formula) left to right,
    a cell of words in ``work_dir`` / ``quantity_dir`` (:func:`texts.words_dir`)."""
    res = f"<b>{_esc(result)}</b>" if strong else _esc(result)
    return (f"<tr><td{quantity_dir} style='padding:3px 8px; white-space:nowrap'><b>{quantity}</b></td>"
            f"<td{work_dir} style='padding:3px 8px; {MONO}'>{work}</td>"
            f"<td{LTR} style='padding:3px 8px; {MONO}'>{res}</td></tr>")


def _activation_work(s: RnnStep) -> str:
    act = ACTIVATION_NAMES[s.activation]
    if s.activation == "relu":
        return ", ".join(f"max(0, {format_number(a)}) = {format_number(h)}" for a, h in zip(s.pre, s.h))
    if s.activation == "identity":
        return "h = a"
    return ", ".join(f"{act}({format_number(round(a, 4))}) = {format_number(round(h, 4))}"
                     for a, h in zip(s.pre, s.h))


def step_html(s: RnnStep, vocab: Sequence[str] = (), lost: Sequence[int] = (), tr_=same) -> str:
    """One step's arithmetic as an HTML table; ``lost``: entries of x_t that are placeholders;
    ``tr_`` translates the words (English by default)."""
    s, vocab = _step(s), _vocab(vocab)
    if isinstance(lost, (str, bytes)) or not hasattr(lost, "__iter__"):
        raise ck.BadArgument(N_("lost must be a list of entry indices of x_t, got {value}"), value=ck.show(lost))
    lost = [ck.integer(Problem(N_("lost (an entry of x_t)")), c, 0, len(s.x) - 1) for c in lost]
    t = s.t
    act = ACTIVATION_NAMES[s.activation]
    wd = words_dir(tr_)
    words = [word(i, vocab, tr_) for i in range(len(s.y))]
    m = float(np.max(s.y))
    probs = numbers.fmt_row(s.probs, numbers.DIGITS["probability"])    # one format for the row
    soft = (f"p_i = e^(y_i − {format_number(m)}) / Σ_j e^(y_j − {format_number(m)})<br>" +
            _esc(", ".join(f"{w}: {p}" for w, p in zip(words, probs))))
    flagged = ""
    if lost:
        flagged = "<p style='color:#9a6700'>" + _esc(tr_(
            "x_{t} entry {entries} is a placeholder (lost in the report): the numbers below use {values}.").format(
                t=t, entries=island(", ".join(str(c + 1) for c in lost), tr_),
                values=island(", ".join(format_number(s.x[c]) for c in lost), tr_))) + "</p>"
    body = "".join([
        _row(f"W_hx x_{t}", _product_rows(s.W_hx, s.x, tr_=tr_), vec(s.Whx_x), work_dir=wd),
        _row(f"W_hh h_{t - 1}", _product_rows(s.W_hh, s.h_prev, tr_=tr_), vec(s.Whh_h), work_dir=wd),
        _row(f"a_{t} = W_hx x_{t} + W_hh h_{t - 1} + b_h",
             _esc(f"{vec(s.Whx_x)} + {vec(s.Whh_h)} + {vec(s.b_h)}"), vec(s.pre)),
        _row(f"h_{t} = {act}(a_{t})", _esc(_activation_work(s)), vec(s.h), strong=True),
        _row(f"y_{t} = W_yh h_{t} + b_y", _product_rows(s.W_yh, s.h, words, s.b_y, tr_), vec(s.y),
             work_dir=wd),
        _row(f"softmax(y_{t})", soft, "[" + ", ".join(probs) + "]"),
        _row(_esc(tr_("prediction")), _esc(tr_("largest entry of y_{t}: entry {i} ({value})").format(
            t=t, i=s.prediction + 1, value=island(format_number(s.y[s.prediction]), tr_))),
             f"“{words[s.prediction]}”", strong=True, work_dir=wd, quantity_dir=wd),
    ])
    step = _esc(tr_("Step t = {t}").format(t=t))
    now = _esc(island(f"x_{t} = {vec(s.x)}, h_{t - 1} = {vec(s.h_prev)}", tr_))
    return (f"<h3 style='margin:2px'>{step} &nbsp; <span style='font-weight:normal'>"
            f"{now}</span></h3>{flagged}"
            f"<table border='1' cellspacing='0' style='border-collapse:collapse; border-color:#ccc'>"
            f"{body}</table>")


# ---------------------------------------------------------------------------- attention
def _mat(a, digits: int = 4) -> str:
    return "<br>".join(_esc(vec(r, digits)) for r in np.atleast_2d(a))


def _same_as_mean(att: attention.AttentionResult, mean: np.ndarray, tr_=same) -> str:
    q = att.weights.shape[0]
    equal = [i for i in range(q) if np.allclose(att.output[i], mean)]
    if len(equal) == q:
        return tr_("equals Z: all weights are equal") if q == 1 else tr_("equals Z: for every query")
    if equal:
        return tr_("equals Z for {queries} (equal weights)").format(
            queries=island(", ".join(f"q_{i + 1}" for i in equal), tr_))
    return tr_("differs from Z")


def attention_html(att: attention.AttentionResult, tr_=same) -> str:
    """Scores, scaled scores, weights, output and the mean of the values as an HTML table
    (``tr_`` translates the words; English by default)."""
    ck.instance("att", att, attention.AttentionResult, "an AttentionResult (scaled_dot_product's)")
    q, k = att.weights.shape
    d_k = att.d_k
    scaled = (f"S / √{d_k} = S · {format_number(round(att.factor, 4))}" if att.scale
              else tr_("no scaling: S̃ = S"))
    mean = attention.mean_context(att.V)
    shown = q if q * k <= 12 else 1
    work = "<br>".join(f"q_{i + 1}·k_{j + 1} = " + _esc(product_terms(att.K, att.Q[i], j, digits=4))
                       for i in range(shown) for j in range(k))
    if shown < q:
        work += "<br>" + _esc(tr_("… and likewise for q_2 … q_{q} (one dot product per query–key pair)").format(q=q))
    mean_of = sentence(f"{island(f'(1/{k}) Σ_j v_j', tr_)} — {_same_as_mean(att, mean, tr_)}", tr_)
    wd = words_dir(tr_)
    rows = [(_esc(tr_("scores S = Q Kᵀ")), wd, work, LTR, _mat(att.scores)),
            (_esc(scaled), wd if not att.scale else LTR, "", LTR, _mat(att.scaled)),
            (_esc(tr_("weights P = softmax(S̃)")), wd, _esc(tr_("each row: e^(s − max) / Σ e^(s − max)")), wd,
             _mat(att.weights, 3)),
            (_esc(tr_("output Z = P V")), wd, _esc(tr_("row i: Σ_j P_ij v_j")), wd, _mat(att.output)),
            (_esc(tr_("mean of values C")), wd, _esc(mean_of), wd, _mat(mean))]
    pad = "style='padding:3px 8px'"
    mono = f"style='padding:3px 8px; {MONO}'"
    body = "".join(f"<tr><td{ad} {pad}><b>{a}</b></td><td{bd} {mono}>{b}</td>"
                   f"<td{LTR} {mono}>{c}</td></tr>" for a, ad, b, bd, c in rows)
    title = _esc(tr_("Scaled dot-product attention"))
    shapes = _esc(island(f"Q {q}×{d_k}, K {k}×{d_k}, V {att.V.shape[0]}×{att.V.shape[1]}", tr_))
    return (f"<h3 style='margin:2px'>{title} &nbsp;<span style='font-weight:normal'>"
            f"{shapes}</span></h3>"
            f"<table border='1' cellspacing='0' style='border-collapse:collapse'>{body}</table>")


# ---------------------------------------------------------------------------- plot tables
def hidden_states(steps: Sequence[RnnStep], upto: int | None = None) -> np.ndarray:
    """h_0, h_1, …, h_upto as rows ((upto + 1) × H); all steps when ``upto`` is None."""
    steps = _steps(steps)
    upto = len(steps) if upto is None else ck.integer("upto", upto, 0, len(steps))
    return np.array([steps[0].h_prev] + [s.h for s in steps[:upto]])


def softmax_table(s: RnnStep) -> tuple[np.ndarray, list[str]]:
    """The softmax bars as CSV columns: entry (1-based), y_t, p_t."""
    s = _step(s)
    n = len(s.y)
    return np.column_stack([np.arange(1, n + 1), s.y, s.probs]), ["entry", f"y_{s.t}", f"p_{s.t}"]


def hidden_table(steps: Sequence[RnnStep], upto: int | None = None) -> tuple[np.ndarray, list[str]]:
    """The hidden-state curves as CSV columns: t, h[1], …, h[H] (t = 0 is h_0)."""
    hs = hidden_states(steps, upto)
    return (np.column_stack([np.arange(hs.shape[0]), hs]),
            ["t"] + [f"h[{i + 1}]" for i in range(hs.shape[1])])
