"""Gradient check: the course's checkNNGradients — back-propagation against centred differences.

A 3-5-3 network, 5 samples, deterministic sin(·)/10 weights and inputs, for λ = 0 and
λ = 1 (``engine.gradcheck.check_nn_gradients``)::

    num_i = (J(θ + ε e_i) − J(θ − ε e_i)) / 2ε,   ε = 1e-4
    relative difference = ‖num − ana‖ / ‖num + ana‖      (correct below 1e-9)

It takes a few milliseconds, so Ctrl+R runs it at once (``run_now``); the table shows
the first five entries as the columns numeric | analytic | difference (numeric − analytic,
right-aligned, 10 significant digits), the CSV export all of them.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget

from nnlab_gui.engine import gradcheck
from nnlab_gui.engine.numbers import fmt, gradient_rows
from nnlab_gui.pages import Page
from nnlab_gui.tabs.hidden_units import gradient_answers
from nnlab_gui.tabs.hidden_units.common import OpensCourseWeights
from nnlab_gui.widgets.empty_state import clear_empty, set_empty
from nnlab_gui.widgets.tables import set_text
from nnlab_gui.i18n import N_, tr_

LAMBDAS = (0.0, 1.0)
ROWS = 5
COLUMNS = ("numeric", "analytic", "difference")
INTRO = ("The course's checkNNGradients: a 3-5-3 network, 5 samples, "
         "deterministic sin(·)/10 weights and inputs.")


class GradientCheckPage(OpensCourseWeights, Page):
    TITLE = N_("Gradient check")

    def build(self) -> None:
        self.gradcheck_results: dict[float, gradcheck.GradCheck] = {}
        self.gradcheck_label = QLabel(INTRO)
        self.gradcheck_label.setWordWrap(True)
        self.gradcheck_button = QPushButton(tr_("Run gradient check"))
        self.gradcheck_button.setToolTip(tr_("Centred differences, ε = 1e-4: num_i = (J(θ+εe_i) − J(θ−εe_i)) / 2ε;\n"
                                         "relative difference ‖num − ana‖ / ‖num + ana‖ (should be < 1e-9)"
                                         "\nRun gradient check (Ctrl+R)"))
        self.gradcheck_button.clicked.connect(self.run)
        self.gradcheck_table = QTableWidget(ROWS, len(COLUMNS) * len(LAMBDAS))
        self.gradcheck_table.setHorizontalHeaderLabels(
            [f"{kind} (λ={fmt(lam)})" for lam in LAMBDAS for kind in (tr_("numeric"), tr_("analytic"), tr_("difference"))])
        self.gradcheck_table.setToolTip(tr_("numeric: centred difference; analytic: back-propagation; "
                                            "difference = numeric − analytic"))
        self.gradcheck_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)     # digits line up
        mono.setPointSize(self.gradcheck_table.font().pointSize())
        self.gradcheck_table.setFont(mono)
        self.gradcheck_table.horizontalHeader().setFont(self.font())
        self.add_export(N_("Gradient table (CSV)…"), self._export_table)
        row = QHBoxLayout()
        row.addWidget(self.gradcheck_button)
        row.addWidget(self.export_button())
        row.addStretch(1)
        self.stack(self.gradcheck_label, row, self.gradcheck_table)
        gradient_answers.install(self)           # back-propagation by hand, checked
        set_empty(self.gradcheck_table, N_("Press Run gradient check (Ctrl+R): the first entries of the "
                                        "numerical and the back-propagated gradient appear here, side by side."))

    def run_now(self) -> bool:
        self.gradcheck_results = {lam: gradcheck.check_nn_gradients(lam) for lam in LAMBDAS}
        for j, lam in enumerate(LAMBDAS):
            res = self.gradcheck_results[lam]
            rows = gradient_rows(res.numeric[:ROWS], res.analytic[:ROWS])
            for i, texts in enumerate(rows):
                for k, text in enumerate(texts):
                    item = set_text(self.gradcheck_table, i, len(COLUMNS) * j + k, text)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        clear_empty(self.gradcheck_table)
        rel = [self.gradcheck_results[lam].relative_difference for lam in LAMBDAS]
        ok = tr_("correct") if max(rel) < 1e-9 else tr_("WRONG (above 1e-9)")
        n = len(self.gradcheck_results[LAMBDAS[0]].numeric)
        self.gradcheck_label.setText(
            tr_("<b>Relative difference ‖num − ana‖ / ‖num + ana‖</b>: ")
            + ", ".join(f"λ = {fmt(lam)}: {fmt(r, 3)}" for lam, r in zip(LAMBDAS, rel))
            + " — " + tr_("back-propagation is {ok}. (First {rows} of {n} entries shown.)").format(ok=ok, rows=ROWS, n=n))
        self.messages.info(tr_("gradient check: back-propagation is {ok} (largest relative difference {rel})").format(
            ok=ok, rel=fmt(max(rel), 3)))
        return True

    def table(self) -> tuple[np.ndarray, list[str]]:
        """Every entry of the check: numeric and analytic gradient for each λ."""
        cols, header = [], []
        for lam in LAMBDAS:
            res = self.gradcheck_results[lam]
            cols += [res.numeric, res.analytic, res.numeric - res.analytic]
            header += [f"numeric_lambda{lam:g}", f"analytic_lambda{lam:g}", f"difference_lambda{lam:g}"]
        return np.column_stack(cols), header

    def _export_table(self) -> None:
        if not self.gradcheck_results:
            self.messages.warning(N_("nothing to export yet: run the check first (Ctrl+R)"))
            return
        self.save_array(self.table, "gradient_check")
