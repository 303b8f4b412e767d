"""The inverse-CDF page's "Check my answer" box: y = F⁻¹(x) at a chosen x.

For the course's density p(s) = 0.5 + s: √(1 + 8x) and y = (−1 + √(1 + 8x))/2 (from the
student's own root); for another density, the y where F reaches x
(:func:`nnlab_gui.engine.answer_sets.inverse_cdf_quantities`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QLabel

from nnlab_gui.engine.answer_sets import inverse_cdf_quantities
from nnlab_gui.i18n import N_
from nnlab_gui.widgets.answer_check import AnswerCheck, attach, spin_control

ROWS = [("root", "√(1 + 8x)"), ("inverse", "y = F⁻¹(x)")]


def install(page) -> AnswerCheck:
    x = QDoubleSpinBox()
    x.setRange(0.0, 1.0)
    x.setDecimals(4)
    x.setSingleStep(0.05)
    x.setValue(0.3)
    x.setToolTip("x: the uniform draw whose sample y = F⁻¹(x) you work out")
    box = AnswerCheck(ROWS, controls=[QLabel("x ="), x])
    box.x = x
    box.provider = lambda: inverse_cdf_quantities(page.density, x.value())
    page.form.changed.connect(lambda _n: box.set_row("root", enabled=page.density.is_course_density,
                                                     tip=N_("only for the course's density 0.5 + s on [0, 1]")))
    attach(page, box, {"x": spin_control(x)})
    return box
