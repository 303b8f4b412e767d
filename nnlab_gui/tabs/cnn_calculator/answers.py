"""The CNN calculator's "Check my answer" box and numbered exercises (exercise 4).

For the selected layer: output size H2×W2×C2, units, parameters and multiply-accumulates
(:func:`nnlab_gui.engine.answer_sets.cnn_quantities`); "New exercise" makes a fresh input,
convolution, pooling and fully-connected layer from a number (:mod:`nnlab_gui.engine.variants`).
"""

from __future__ import annotations

from nnlab_gui.engine import variants
from nnlab_gui.engine.answer_sets import cnn_quantities
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, tr_
from nnlab_gui.widgets.answer_check import AnswerCheck, attach

ROWS = [("size", N_("output size H2×W2×C2")), ("units", N_("units")), ("params", N_("parameters")),
        ("macs", N_("multiply-accumulates"))]


def install(page) -> AnswerCheck:
    # folded at first: open, it takes the height of VGG16's last rows on a laptop screen
    box = AnswerCheck(ROWS, tolerance=0.0, exercise="4", on_variant=lambda n: apply_variant(page, n),
                      expanded=False)
    box.provider = lambda: _title(page, box) or cnn_quantities(selected_layer(page))
    box.set_row("size", tip=tr_("e.g. 55x55x96, 55×55×96 or [55 55 96]; a vector: its length n"))
    page.table.itemSelectionChanged.connect(lambda: _title(page, box))
    page.table.rows_changed.connect(lambda: _title(page, box))
    attach(page, box)
    _title(page, box)
    return box


def selected_layer(page):
    row = page.table.currentRow()
    if page.net is None or page._bad or page._error_row is not None or not 0 <= row < len(page.net.layers):
        raise Problem(N_("select a layer of a valid network first (the table's marked cells are wrong)"))
    return page.net.layers[row]


def _title(page, box: AnswerCheck) -> None:
    try:
        s = selected_layer(page)
        box.setTitle(tr_("Check my answer — layer {n} ({label})").format(n=s.index + 1, label=s.label))
    except ValueError:
        box.setTitle(tr_("Check my answer"))


def apply_variant(page, number: int) -> None:
    problems = page.apply_state(variants.make("4", number))
    if problems:
        raise ValueError("; ".join(problems))
    page.table.selectRow(0)
    _title(page, page.answer_check)
