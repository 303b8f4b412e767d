"""The attention page's "Check my answer" box and numbered exercises (exercise 3b).

For one query (chosen in the box): the scores S = q Kᵀ, the scaled scores S/√d_k, the
weights softmax(…) and the output z = Σ p_j v_j, each recomputed from the student's own
earlier numbers (:func:`nnlab_gui.engine.answer_sets.attention_quantities`).  "New exercise"
makes a fresh query over four keys = values (:mod:`nnlab_gui.engine.variants`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSpinBox

from nnlab_gui.engine import variants
from nnlab_gui.engine.answer_sets import attention_quantities
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, tr_
from nnlab_gui.widgets.answer_check import AnswerCheck, attach, spin_control

ROWS = [("scores", N_("scores S = q Kᵀ")), ("scaled", N_("scaled S / √d_k")), ("weights", N_("weights P")),
        ("output", N_("output z = P V"))]


def install(page) -> AnswerCheck:
    query = QSpinBox()
    query.setRange(1, 10_000)
    query.setToolTip(tr_("query: the row of Q your answers are for"))
    box = AnswerCheck(ROWS, controls=[QLabel(tr_("query")), query], exercise="3b",
                      on_variant=lambda n: apply_variant(page, n))
    box.query = query
    box.provider = lambda: _quantities(page, query.value())
    for key in ("scores", "scaled", "weights", "output"):
        box.set_row(key, tip=tr_("one number per key, e.g. [0.25 0.25 0.25 0.25]") if key != "output"
                    else tr_("one number per column of V, e.g. [1, 1]"))
    page.form.changed.connect(lambda _name: box.set_row("scaled", enabled=page.form.value("scale"),
                                                        tip=tr_("S / √d_k (untick 'scale' to skip)")))
    attach(page, box, {"query": spin_control(query)})
    return box


def _quantities(page, query: int):
    att = page.att
    if att is None:
        raise Problem(N_("there is no attention yet: fix Q, K and V first"))
    if query > att.Q.shape[0]:
        raise Problem(N_("Q has {n} queries; choose query 1 to {n}"), n=att.Q.shape[0])
    return attention_quantities(att, query - 1)


def apply_variant(page, number: int) -> None:
    problems = page.apply_state(variants.make("3b", number))
    if problems:
        raise ValueError("; ".join(problems))
    page.answer_check.query.setValue(1)
