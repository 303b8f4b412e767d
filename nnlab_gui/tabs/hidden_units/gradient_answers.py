"""The gradient-check page's "Check my answer" box: back-propagation by hand on the 3-5-3 network.

For a chosen sample and λ: the output a⁽³⁾, δ⁽³⁾ = a⁽³⁾ − y, δ⁽²⁾ (from the student's own
δ⁽³⁾) and one chosen entry of ∂J/∂Θ (:func:`nnlab_gui.engine.answer_sets.gradient_quantities`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

from nnlab_gui.engine.answer_sets import gradient_entries, gradient_quantities
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, tr_
from nnlab_gui.widgets.answer_check import AnswerCheck, attach, spin_control

ROWS = [("a3", N_("output a⁽³⁾")), ("delta3", "δ⁽³⁾ = a⁽³⁾ − y"), ("delta2", "δ⁽²⁾"), ("grad", N_("∂J/∂Θ entry"))]
SUP = "⁰¹²³"


def install(page) -> AnswerCheck:
    sample = QSpinBox()
    sample.setRange(1, 5)
    sample.setToolTip("sample: which of the 5 samples a⁽³⁾, δ⁽³⁾ and δ⁽²⁾ are for")
    lam = QComboBox()
    lam.addItems(["0", "1"])
    lam.setToolTip("λ of the gradient entry")
    entry = QComboBox()
    entries = gradient_entries()
    entry.addItems([f"Θ⁽{SUP[l + 1]}⁾[{r + 1}, {c}]" for l, r, c in entries])
    entry.setToolTip("the gradient entry to check (column 0 is the bias), in unrolled order")
    entry.setCurrentIndex(entries.index((1, 0, 0)))
    box = AnswerCheck(ROWS, controls=[QLabel(tr_("sample")), sample, QLabel("λ"), lam, QLabel(tr_("entry")), entry])
    box.sample, box.lam, box.entry = sample, lam, entry
    box.provider = lambda: gradient_quantities(float(lam.currentText()), sample.value() - 1,
                                               entries[entry.currentIndex()])
    attach(page, box, {"sample": spin_control(sample), "lam": _combo(lam, "λ"), "entry": _combo(entry, "entry")})
    return box


def _combo(combo: QComboBox, name: str):
    def apply(text) -> None:
        i = combo.findText(str(text))
        if i < 0:
            raise Problem(N_("{name}: {value!r} is not one of the choices"), name=name, value=text)
        combo.setCurrentIndex(i)
    return combo.currentText, apply
