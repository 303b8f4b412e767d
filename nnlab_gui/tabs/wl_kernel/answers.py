"""The "Two graphs" page's "Check my answer" box and numbered exercises (exercise 6).

At the iteration k shown: the compression table's new labels (one per signature, top to
bottom), φ(G1), φ(G2) (one count per label, in the bars' order) and K(G1, G2), K from the
student's own φ (:func:`nnlab_gui.engine.answer_sets.wl_quantities`).  "New exercise" draws
two fresh connected graphs (:mod:`nnlab_gui.engine.variants`).
"""

from __future__ import annotations

from nnlab_gui.engine import variants
from nnlab_gui.engine.answer_sets import wl_quantities
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, tr_
from nnlab_gui.widgets.answer_check import AnswerCheck, attach

ROWS = [("table", N_("compression table (new labels)")), ("phi1", "φ(G1)"), ("phi2", "φ(G2)"),
        ("K", "K(G1, G2)")]


def install(page) -> AnswerCheck:
    box = AnswerCheck(ROWS, tolerance=0.0, exercise="6", on_variant=lambda n: apply_variant(page, n))
    box.provider = lambda: _quantities(page)
    page.iter_slider.valueChanged.connect(lambda _v: _label(page, box))
    attach(page, box)
    _label(page, box)
    return box


def _quantities(page):
    if page.trace is None:
        raise Problem(N_("there is no WL trace: fix the graphs first"))
    return wl_quantities(page.trace, page.iteration)


def _label(page, box: AnswerCheck) -> None:
    box.setTitle(tr_("Check my answer — iteration k = {k}").format(k=page.iteration))
    try:
        qs = {q.key: q for q in _quantities(page)}
    except ValueError:
        return
    for key in ("table", "phi1", "phi2"):
        q = qs.get(key)
        box.set_row(key, tip=q.tip if q else N_("iteration 0 has no compression table"), enabled=q is not None)


def apply_variant(page, number: int) -> None:
    problems = page.apply_state(variants.make("6", number))
    if problems:
        raise ValueError("; ".join(problems))
