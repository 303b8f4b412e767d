"""An Elman RNN unrolled step by step, every intermediate kept (SPEC §4, exercise 3).

For t = 1 … T, with inputs ``x_t`` (the rows of ``xs``)::

    a_t = W_hx x_t + W_hh h_{t−1} + b_h      pre-activation          (H)
    h_t = f(a_t)                             f ∈ {ReLU, tanh, σ, identity}
    y_t = W_yh h_t + b_y                     scores over the vocabulary (V)
    p_t = softmax(y_t)                       prediction = argmax y_t  (= argmax p_t)

Shapes: ``W_hx`` H×D, ``W_hh`` H×H, ``W_yh`` V×H, ``xs`` T×D, ``b_h``/``h0`` H, ``b_y`` V
(biases and ``h0`` default to zeros; a column or row matrix is accepted for a vector).
A mismatch raises ``ValueError`` naming both matrices and their shapes.

``check_step`` compares a student's own numbers for any intermediate with the correct
ones and names the first quantity where their arithmetic departs; ``to_markdown`` and
``to_latex`` write the worked steps for a handout.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from nnlab_gui.engine.attention import softmax
from nnlab_gui.engine.matrix_text import format_number

__all__ = ["ACTIVATIONS", "ACTIVATION_NAMES", "QUANTITIES", "RnnStep", "Verdict", "AnswerCheck",
           "run", "check_step", "product_terms", "quantity_label", "to_markdown", "to_latex"]


def _relu(a):
    return np.maximum(a, 0.0)


def _sigmoid(a):
    a = np.asarray(a, dtype=float)
    out = np.empty_like(a)
    pos = a >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-a[pos]))
    e = np.exp(a[~pos])
    out[~pos] = e / (1.0 + e)
    return out


ACTIVATIONS = {"relu": _relu, "tanh": np.tanh, "sigmoid": _sigmoid, "identity": lambda a: np.array(a, float)}
ACTIVATION_NAMES = {"relu": "ReLU", "tanh": "tanh", "sigmoid": "σ", "identity": "identity"}

# the intermediates of one step, in the order they are computed: (key, label with t)
QUANTITIES: tuple[tuple[str, str], ...] = (
    ("Whx_x", "W_hx x_{t}"),
    ("Whh_h", "W_hh h_{t−1}"),
    ("pre", "a_{t} = W_hx x_{t} + W_hh h_{t−1} + b_h"),
    ("h", "h_{t}"),
    ("Wyh_h", "W_yh h_{t}"),
    ("y", "y_{t}"),
    ("probs", "softmax(y_{t})"),
)
_KEYS = tuple(k for k, _ in QUANTITIES)


def quantity_label(key: str, t: int) -> str:
    """``quantity_label("Whx_x", 1)`` → ``"W_hx x_1"``."""
    label = dict(QUANTITIES)[key]
    return label.replace("{t−1}", str(t - 1)).replace("{t}", str(t))


@dataclass(frozen=True, eq=False)
class RnnStep:
    t: int                   # 1-based time step
    x: np.ndarray            # x_t (D)
    h_prev: np.ndarray       # h_{t−1} (H)
    Whx_x: np.ndarray        # W_hx x_t
    Whh_h: np.ndarray        # W_hh h_{t−1}
    b_h: np.ndarray
    pre: np.ndarray          # a_t
    h: np.ndarray            # h_t
    Wyh_h: np.ndarray        # W_yh h_t
    b_y: np.ndarray
    y: np.ndarray            # y_t
    probs: np.ndarray        # softmax(y_t)
    prediction: int          # argmax index of y_t (0-based)
    activation: str
    W_hx: np.ndarray
    W_hh: np.ndarray
    W_yh: np.ndarray

    def value(self, key: str) -> np.ndarray:
        if key not in _KEYS:
            raise ValueError(f"unknown quantity {key!r}; one of {', '.join(_KEYS)}")
        return getattr(self, key)


def _shape(a: np.ndarray) -> str:
    return "×".join(str(n) for n in a.shape) if a.ndim else "scalar"


def _array(name: str, a) -> np.ndarray:
    try:
        arr = np.array(a, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be numeric, got {type(a).__name__}") from None
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{name} contains NaN or inf")
    return arr


def _matrix(name: str, a) -> np.ndarray:
    arr = _array(name, a)
    if arr.ndim != 2 or arr.size == 0:
        raise ValueError(f"{name} must be a non-empty matrix, got shape {_shape(arr)}")
    return arr


def _vector(name: str, a, n: int, owner: str, owner_arr: np.ndarray, what: str) -> np.ndarray:
    if a is None:
        return np.zeros(n)
    arr = _array(name, a)
    if arr.ndim == 2 and 1 in arr.shape:
        arr = arr.reshape(-1)
    if arr.ndim == 0:
        arr = arr.reshape(1)
    if arr.ndim != 1 or arr.size != n:
        raise ValueError(f"{name} is {_shape(arr)} but {owner} is {_shape(owner_arr)}: "
                         f"{name} needs {n} entries ({what})")
    return arr


def _readonly(*arrays):
    for a in arrays:
        a.flags.writeable = False


def run(W_hx, W_hh, W_yh, xs, b_h=None, b_y=None, h0=None, activation: str = "relu") -> list[RnnStep]:
    """Unroll the RNN over the rows of ``xs``; one ``RnnStep`` per time step."""
    if activation not in ACTIVATIONS:
        raise ValueError(f"unknown activation {activation!r}; one of {', '.join(ACTIVATIONS)}")
    W_hx, W_hh, W_yh = _matrix("W_hx", W_hx), _matrix("W_hh", W_hh), _matrix("W_yh", W_yh)
    xs = _array("xs", xs)
    if xs.ndim == 1:
        xs = xs[None, :]
    if xs.ndim != 2 or xs.shape[0] == 0:
        raise ValueError(f"xs must hold one input x_t per row (T×D), got shape {_shape(xs)}")
    H, D = W_hx.shape
    if W_hh.shape != (H, H):
        raise ValueError(f"W_hh is {_shape(W_hh)} but W_hx is {_shape(W_hx)}: W_hh must be "
                         f"{H}×{H} (H = {H}, the rows of W_hx)")
    if xs.shape[1] != D:
        raise ValueError(f"W_hx is {_shape(W_hx)} but xs is {_shape(xs)}: each x_t (a row of xs) "
                         f"needs {D} entries, the columns of W_hx")
    if W_yh.shape[1] != H:
        raise ValueError(f"W_yh is {_shape(W_yh)} but W_hh is {_shape(W_hh)}: W_yh needs "
                         f"H = {H} columns")
    b_h = _vector("b_h", b_h, H, "W_hx", W_hx, "one per hidden unit, the rows of W_hx")
    h = _vector("h0", h0, H, "W_hh", W_hh, "one per hidden unit")
    b_y = _vector("b_y", b_y, W_yh.shape[0], "W_yh", W_yh, "one per output word, the rows of W_yh")
    _readonly(W_hx, W_hh, W_yh, b_h, b_y)
    f = ACTIVATIONS[activation]
    steps = []
    for t, x in enumerate(xs, start=1):
        x = x.copy()
        Whx_x = W_hx @ x
        Whh_h = W_hh @ h
        pre = Whx_x + Whh_h + b_h
        h_new = f(pre)
        Wyh_h = W_yh @ h_new
        y = Wyh_h + b_y
        probs = softmax(y)
        _readonly(x, h, Whx_x, Whh_h, pre, h_new, Wyh_h, y, probs)
        steps.append(RnnStep(t, x, h, Whx_x, Whh_h, b_h, pre, h_new, Wyh_h, b_y, y, probs,
                             int(np.argmax(y)), activation, W_hx, W_hh, W_yh))
        h = h_new
    return steps


# ------------------------------------------------------------------ arithmetic laid out
def product_terms(W, v, row: int, digits: int = 6) -> str:
    """One row of a matrix–vector product written out: ``1·0 + 0·0 + 1·1 = 1``."""
    W = np.asarray(W, float)
    v = np.asarray(v, float)
    terms = []
    for w, x in zip(W[row], v):
        xs = format_number(x, digits)
        ws = format_number(w, digits)
        terms.append(f"{'(' + ws + ')' if w < 0 else ws}·{'(' + xs + ')' if x < 0 else xs}")
    return " + ".join(terms) + f" = {format_number(float(W[row] @ v), digits)}"


def _vec(a, digits: int = 4) -> str:
    return "[" + ", ".join(format_number(round(float(v), digits), digits + 2) for v in np.ravel(a)) + "]"


# ------------------------------------------------------------------ check my answer
@dataclass(frozen=True, eq=False)
class Verdict:
    key: str
    label: str
    given: np.ndarray
    correct: np.ndarray
    ok: bool
    from_yours: np.ndarray   # what this quantity is when computed from the student's own earlier numbers
    consistent: bool         # given matches ``from_yours``: the mistake was carried, not made here
    detail: str


@dataclass(frozen=True, eq=False)
class AnswerCheck:
    t: int
    verdicts: tuple[Verdict, ...]
    first_wrong: str | None   # key of the first quantity (in computing order) that departs
    message: str

    @property
    def all_right(self) -> bool:
        return self.first_wrong is None and bool(self.verdicts)

    def verdict(self, key: str) -> Verdict:
        for v in self.verdicts:
            if v.key == key:
                return v
        raise KeyError(key)


def _close(a, b, atol, rtol) -> bool:
    return a.shape == b.shape and bool(np.all(np.isclose(a, b, atol=atol, rtol=rtol)))


def _explain(step: RnnStep, key: str, given: np.ndarray, atol: float, rtol: float) -> str:
    correct = step.value(key)
    if given.shape != correct.shape:
        return f"it needs {correct.size} entries, you gave {given.size}"
    bad = np.flatnonzero(~np.isclose(given, correct, atol=atol, rtol=rtol))
    i = int(bad[0])
    where = f"entry {i + 1}: you have {format_number(given[i])}, correct is {format_number(correct[i])}"
    if key == "Whx_x":
        return f"{where} (row {i + 1} of W_hx times x_{step.t}: {product_terms(step.W_hx, step.x, i)})"
    if key == "Whh_h":
        return f"{where} (row {i + 1} of W_hh times h_{step.t - 1}: {product_terms(step.W_hh, step.h_prev, i)})"
    if key == "Wyh_h":
        return f"{where} (row {i + 1} of W_yh times h_{step.t}: {product_terms(step.W_yh, step.h, i)})"
    return where


def check_step(step: RnnStep, answers: Mapping[str, object], atol: float = 5e-3,
               rtol: float = 1e-3) -> AnswerCheck:
    """Compare the student's ``answers`` (key → vector) for one step with the correct values.

    Keys are those of ``QUANTITIES``, plus ``"prediction"`` (a 0-based word index).

    Quantities are judged in computing order; ``first_wrong`` is the first that departs.  A later
    wrong value that follows from the student's own earlier numbers is marked ``consistent``
    (the slip was carried forward, the arithmetic there is right).
    """
    unknown = [k for k in answers if k not in _KEYS and k != "prediction"]
    if unknown:
        raise ValueError(f"unknown quantity {unknown[0]!r}; one of {', '.join(_KEYS)}, prediction")
    answers = dict(answers)
    word = answers.pop("prediction", None)
    if word is not None:
        if isinstance(word, bool) or not isinstance(word, (int, np.integer)) or \
                not 0 <= int(word) < step.y.size:
            raise ValueError(f"prediction must be a word index from 0 to {step.y.size - 1}, got {word!r}")
    given = {}
    for k, v in answers.items():
        arr = _array(quantity_label(k, step.t), v).reshape(-1)
        correct = step.value(k)
        if arr.size != correct.size:
            raise ValueError(f"{quantity_label(k, step.t)} has {correct.size} entries; "
                             f"you gave {arr.size}")
        given[k] = arr
    # the student's own chain: their number where given, the correct one elsewhere
    own = {}
    mine = lambda k: given.get(k, own.get(k, step.value(k)))  # noqa: E731
    own["Whx_x"] = step.Whx_x
    own["Whh_h"] = step.Whh_h
    own["pre"] = mine("Whx_x") + mine("Whh_h") + step.b_h
    own["h"] = ACTIVATIONS[step.activation](mine("pre"))
    own["Wyh_h"] = step.W_yh @ mine("h")
    own["y"] = mine("Wyh_h") + step.b_y
    own["probs"] = softmax(mine("y"))
    verdicts = []
    first = None
    for key in _KEYS:
        if key not in given:
            continue
        g, c = given[key], step.value(key)
        ok = _close(g, c, atol, rtol)
        consistent = _close(g, own[key], atol, rtol)
        detail = "right" if ok else _explain(step, key, g, atol, rtol)
        verdicts.append(Verdict(key, quantity_label(key, step.t), g, c, ok, own[key], consistent, detail))
        if not ok and first is None:
            first = key
    if word is not None:
        yours = int(np.argmax(mine("y")))
        ok = int(word) == step.prediction
        detail = "right" if ok else (f"the largest entry of y_{step.t} is entry {step.prediction + 1} "
                                     f"({format_number(step.y[step.prediction])}), you chose entry {int(word) + 1}")
        verdicts.append(Verdict("prediction", f"prediction at t = {step.t}", np.array([int(word)]),
                                np.array([step.prediction]), ok, np.array([yours]), int(word) == yours, detail))
        if not ok and first is None:
            first = "prediction"
    if not verdicts:
        message = "Type a value for at least one quantity."
    elif first is None:
        message = "All right: " + ", ".join(
            f"{v.label} = entry {int(v.given[0]) + 1}" if v.key == "prediction" else f"{v.label} = {_vec(v.given)}"
            for v in verdicts) + "."
    else:
        v = next(v for v in verdicts if v.key == first)
        if first == "prediction":
            message = f"Your {v.label} is wrong: {v.detail}."
        else:
            message = f"Your arithmetic departs at {v.label}: you wrote {_vec(v.given)}, the correct value " \
                      f"is {_vec(v.correct)}; {v.detail}."
        if first == "prediction":
            earlier = [] if "y" in given else ["y"]
        else:
            earlier = [k for k in _KEYS[:_KEYS.index(first)] if k not in given]
        if earlier and first not in ("Whx_x", "Whh_h"):
            message += " You gave no value for " + ", ".join(quantity_label(k, step.t) for k in earlier) + \
                       ": the slip may lie there (the correct values are " + \
                       ", ".join(f"{quantity_label(k, step.t)} = {_vec(step.value(k))}" for k in earlier) + ")."
        carried = [w.label for w in verdicts if not w.ok and w.key != first and w.consistent]
        if carried:
            message += " " + ", ".join(carried) + (" follows" if len(carried) == 1 else " follow") + \
                       " correctly from your own earlier numbers."
    return AnswerCheck(step.t, tuple(verdicts), first, message)


# ------------------------------------------------------------------ handouts
def _word(step: RnnStep, vocab) -> str:
    if vocab and step.prediction < len(vocab):
        return f"“{vocab[step.prediction]}”"
    return f"word {step.prediction + 1}"


def to_markdown(steps: list[RnnStep], vocab: list[str] | None = None, digits: int = 4) -> str:
    """Every step's arithmetic as Markdown: each product row by row, sums, activation, y_t, softmax."""
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
    body = r" \\ ".join(" & ".join(format_number(round(float(v), digits), digits + 2) for v in r) for r in a)
    return r"\begin{bmatrix} " + body + r" \end{bmatrix}"


def to_latex(steps: list[RnnStep], vocab: list[str] | None = None, digits: int = 4) -> str:
    """The worked steps as a LaTeX fragment (``amsmath``: ``bmatrix``, ``align*``)."""
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
