"""Check a student's own numbers for one RNN step and name where their arithmetic departs.

The quantities of a step are judged in computing order (``QUANTITIES``: W_hx x_t,
W_hh h_{t−1}, a_t, h_t, W_yh h_t, y_t, softmax(y_t), then the prediction).  Besides the
correct value, each is recomputed from the student's own earlier numbers (theirs where
given, the correct ones elsewhere), e.g. ``a_t = (W_hx x_t)_yours + (W_hh h_{t−1})_yours + b_h``:
a wrong value that matches it was carried forward, not made there.

``check_step`` checks its arguments: ``step`` an :class:`RnnStep`, ``answers`` a mapping of
quantity keys to finite vectors of the right size, ``atol`` and ``rtol`` finite and ≥ 0.

The verdict (``message``), each slip (a verdict's ``detail``) and the prediction's label are
:class:`~nnlab_gui.engine.texts.Phrase` s: ``str`` equal to the English sentence, shown in the
GUI's language with ``phrase.text(tr_)`` (the numbers, vectors and formulas kept as they are).
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
from nnlab_gui.engine.texts import N_, Phrase, Problem


@dataclass(frozen=True, eq=False)
class AnswerCheck(answer_check.AnswerCheck):
    """The shared result (``answer_check``), with the time step ``t`` it judged; ``first_wrong``
    is the key of the first quantity, in computing order, that departs."""

    t: int = 0


def _close(a, b, atol, rtol) -> bool:
    return a.shape == b.shape and bool(np.all(np.isclose(a, b, atol=atol, rtol=rtol)))


def _joined(parts, sep: str = ", ") -> Phrase:
    """``parts`` one after the other (only the separators, no words: each Phrase part is
    translated where the whole is shown)."""
    return Phrase(sep.join("{}" for _ in parts), *parts)


# the products written out in a slip: the matrix, the vector it multiplies and the vector's name
_PRODUCTS = {"Whx_x": ("W_hx", "x", "x_{t}"), "Whh_h": ("W_hh", "h_prev", "h_{t−1}"), "Wyh_h": ("W_yh", "h", "h_{t}")}


def _explain(step: RnnStep, key: str, given: np.ndarray, atol: float, rtol: float) -> Phrase:
    correct = step.value(key)
    if given.shape != correct.shape:
        return Phrase(N_("it needs {size} entries, you gave {given}"), size=correct.size, given=given.size)
    bad = np.flatnonzero(~np.isclose(given, correct, atol=atol, rtol=rtol))
    i = int(bad[0])
    where = Phrase(N_("entry {i}: you have {yours}, correct is {correct}"), i=i + 1, yours=format_number(given[i]),
                   correct=format_number(correct[i]))
    if key in _PRODUCTS:
        matrix, vector, name = _PRODUCTS[key]
        name = name.replace("{t−1}", str(step.t - 1)).replace("{t}", str(step.t))
        return Phrase(N_("{where} (row {row} of {matrix} times {vector}: {terms})"), where=where, row=i + 1,
                      matrix=matrix, vector=name,
                      terms=product_terms(getattr(step, matrix), getattr(step, vector), i))
    return where


def check_step(step: RnnStep, answers: Mapping[str, object], atol: float = 5e-3,
               rtol: float = 1e-3) -> AnswerCheck:
    """Compare the student's ``answers`` (key → vector) for one step with the correct values.

    Keys are those of ``QUANTITIES``, plus ``"prediction"`` (a 0-based word index).

    Quantities are judged in computing order; ``first_wrong`` is the first that departs.  A later
    wrong value that follows from the student's own earlier numbers is marked ``consistent``
    (the slip was carried forward, the arithmetic there is right).
    """
    ck.instance("step", step, RnnStep, Problem(N_("an RnnStep (one entry of rnn.run's steps)")))
    if not isinstance(answers, Mapping):
        raise ck.BadArgument(N_("answers must be a mapping {form}, got {value}"), form="{quantity: value}",
                             value=ck.show(answers))
    atol = ck.real("atol", atol, 0.0)
    rtol = ck.real("rtol", rtol, 0.0)
    unknown = [k for k in answers if not isinstance(k, str) or (k not in _KEYS and k != "prediction")]
    if unknown:
        raise ck.BadArgument(N_("unknown quantity {value}; one of {options}"), value=ck.show(unknown[0]),
                             options=", ".join(_KEYS) + ", prediction")
    answers = dict(answers)
    word = answers.pop("prediction", None)
    if word is not None:
        if isinstance(word, bool) or not isinstance(word, (int, np.integer)) or \
                not 0 <= int(word) < step.y.size:
            raise ck.BadArgument(N_("prediction must be a word index from 0 to {last}, got {value!r}"),
                                 last=step.y.size - 1, value=word)
    given = {}
    for k, v in answers.items():
        arr = _array(quantity_label(k, step.t), v).reshape(-1)
        correct = step.value(k)
        if arr.size != correct.size:
            raise ck.BadArgument(N_("{name} has {size} entries; you gave {given}"), name=quantity_label(k, step.t),
                                 size=correct.size, given=arr.size)
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
        detail = Phrase(N_("right")) if ok else _explain(step, key, g, atol, rtol)
        verdicts.append(Verdict(key, quantity_label(key, step.t), g, c, ok, own[key], consistent, detail))
        if not ok and first is None:
            first = key
    if word is not None:
        yours = int(np.argmax(mine("y")))
        ok = int(word) == step.prediction
        detail = Phrase(N_("right")) if ok else Phrase(
            N_("the largest entry of {y} is entry {entry} ({value}), you chose entry {chosen}"), y=f"y_{step.t}",
            entry=step.prediction + 1, value=format_number(step.y[step.prediction]), chosen=int(word) + 1)
        verdicts.append(Verdict("prediction", Phrase(N_("prediction at t = {t}"), t=step.t), np.array([int(word)]),
                                np.array([step.prediction]), ok, np.array([yours]), int(word) == yours, detail))
        if not ok and first is None:
            first = "prediction"
    return AnswerCheck(tuple(verdicts), first, _message(step, verdicts, first, given), t=step.t)


def _message(step: RnnStep, verdicts, first, given) -> Phrase:
    """The verdict: all right, or the first slip, what it may come from and what follows from it."""
    if not verdicts:
        return Phrase(N_("Type a value for at least one quantity."))
    if first is None:
        return Phrase(N_("All right: {values}."), values=_joined([
            Phrase(N_("{label} = entry {n}"), label=v.label, n=int(v.given[0]) + 1) if v.key == "prediction"
            else f"{v.label} = {_vec(v.given)}" for v in verdicts]))
    v = next(v for v in verdicts if v.key == first)
    if first == "prediction":
        sentences = [Phrase(N_("Your {label} is wrong: {detail}."), label=v.label, detail=v.detail)]
        earlier = [] if "y" in given else ["y"]
    else:
        sentences = [Phrase(N_("Your arithmetic departs at {label}: you wrote {yours}, the correct value is "
                               "{correct}; {detail}."), label=v.label, yours=_vec(v.given), correct=_vec(v.correct),
                            detail=v.detail)]
        earlier = [k for k in _KEYS[:_KEYS.index(first)] if k not in given]
    if earlier and first not in ("Whx_x", "Whh_h"):
        sentences.append(Phrase(N_("You gave no value for {labels}: the slip may lie there (the correct values are "
                                   "{values})."), labels=_joined([quantity_label(k, step.t) for k in earlier]),
                                values=_joined([f"{quantity_label(k, step.t)} = {_vec(step.value(k))}"
                                                for k in earlier])))
    carried = [w.label for w in verdicts if not w.ok and w.key != first and w.consistent]
    if carried:
        sentences.append(Phrase(N_("{labels} follows correctly from your own earlier numbers.") if len(carried) == 1
                                else N_("{labels} follow correctly from your own earlier numbers."),
                                labels=_joined(carried)))
    return _joined(sentences, " ")
