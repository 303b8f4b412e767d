"""Check a student's own numbers for one RNN step and name where their arithmetic departs.

The quantities of a step are judged in computing order (``QUANTITIES``: W_hx x_t,
W_hh h_{t−1}, a_t, h_t, W_yh h_t, y_t, softmax(y_t), then the prediction).  Besides the
correct value, each is recomputed from the student's own earlier numbers (theirs where
given, the correct ones elsewhere), e.g. ``a_t = (W_hx x_t)_yours + (W_hh h_{t−1})_yours + b_h``:
a wrong value that matches it was carried forward, not made there.

``check_step`` checks its arguments: ``step`` an :class:`RnnStep`, ``answers`` a mapping of
quantity keys to finite vectors of the right size, ``atol`` and ``rtol`` finite and ≥ 0.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from nnlab_gui.engine import answer_check
from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.answer_check import Verdict
from nnlab_gui.engine.attention import softmax
from nnlab_gui.engine.matrix_text import format_number
from nnlab_gui.engine.rnn_cell import _KEYS, ACTIVATIONS, RnnStep, _array, quantity_label
from nnlab_gui.engine.rnn_handout import _vec, product_terms


@dataclass(frozen=True, eq=False)
class AnswerCheck(answer_check.AnswerCheck):
    """The shared result (``answer_check``), with the time step ``t`` it judged; ``first_wrong``
    is the key of the first quantity, in computing order, that departs."""

    t: int = 0


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
    ck.instance("step", step, RnnStep, "an RnnStep (one entry of rnn.run's steps)")
    if not isinstance(answers, Mapping):
        raise ck.BadArgument(f"answers must be a mapping {{quantity: value}}, got {ck.show(answers)}")
    atol = ck.real("atol", atol, 0.0)
    rtol = ck.real("rtol", rtol, 0.0)
    unknown = [k for k in answers if not isinstance(k, str) or (k not in _KEYS and k != "prediction")]
    if unknown:
        raise ck.BadArgument(f"unknown quantity {ck.show(unknown[0])}; one of {', '.join(_KEYS)}, prediction")
    answers = dict(answers)
    word = answers.pop("prediction", None)
    if word is not None:
        if isinstance(word, bool) or not isinstance(word, (int, np.integer)) or \
                not 0 <= int(word) < step.y.size:
            raise ck.BadArgument(f"prediction must be a word index from 0 to {step.y.size - 1}, got {word!r}")
    given = {}
    for k, v in answers.items():
        arr = _array(quantity_label(k, step.t), v).reshape(-1)
        correct = step.value(k)
        if arr.size != correct.size:
            raise ck.BadArgument(f"{quantity_label(k, step.t)} has {correct.size} entries; "
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
    return AnswerCheck(tuple(verdicts), first, message, t=step.t)
