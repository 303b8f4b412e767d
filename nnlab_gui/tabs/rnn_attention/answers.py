"""The RNN page's "Check my answer" box: a student's own numbers for the current step, marked.

One line edit per intermediate of step t (W_hx x_t, W_hh h_{t−1}, a_t, h_t, W_yh h_t, y_t,
softmax(y_t)) and the predicted word (a word or its entry number).  ``check(step, vocab,
atol)`` runs :func:`nnlab_gui.engine.rnn.check_step`: a right value turns green (✔); the first
quantity where the arithmetic departs turns red (✘), values that follow correctly from an
earlier slip turn orange, and the verdict names the first slip.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from nnlab_gui.engine import rnn
from nnlab_gui.engine.matrix_text import parse_matrix
from nnlab_gui.engine.rnn_text import word_index
from nnlab_gui.i18n import tr_

KEYS = [k for k, _ in rnn.QUANTITIES] + ["prediction"]
_COLOURS = {"ok": "#2e7d32", "error": "#c62828", "info": "palette(text)"}


class AnswerBox(QGroupBox):
    check_requested = Signal()

    def __init__(self, tolerance: Sequence[QWidget] = (), parent: QWidget | None = None):
        super().__init__("Check my answer", parent)
        self.setToolTip(tr_("Type your own numbers for any of the quantities of the current step "
                        "(e.g. 1 1 or [1, 1]) and press Check"))
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(2)
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.marks: dict[str, QLabel] = {}
        for i, key in enumerate(KEYS):
            r, c = divmod(i, 2)
            lab, edit, mark = QLabel(), QLineEdit(), QLabel()
            edit.setPlaceholderText("word, or its entry number" if key == "prediction" else "your value")
            edit.returnPressed.connect(self.check_requested)
            mark.setFixedWidth(18)
            grid.addWidget(lab, r, 3 * c)
            grid.addWidget(edit, r, 3 * c + 1)
            grid.addWidget(mark, r, 3 * c + 2)
            self.labels[key], self.edits[key], self.marks[key] = lab, edit, mark
        n = (len(KEYS) + 1) // 2
        row = QHBoxLayout()
        self.check_button = QPushButton(tr_("Check"))
        self.check_button.clicked.connect(self.check_requested)
        self.clear_button = QPushButton(tr_("Clear"))
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.check_button)
        row.addWidget(self.clear_button)
        for w in tolerance:                  # the page's tolerance field: label and box
            row.addWidget(w)
        row.addStretch(1)
        grid.addLayout(row, n, 0, 1, 6)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.result, n + 1, 0, 1, 6)
        self._t: int | None = None

    def set_step(self, t: int) -> None:
        """Label the quantities for step ``t``; moving to another step clears the answers."""
        for key, lab in self.labels.items():
            if key == "prediction":
                lab.setText(tr_("predicted word at t = {t}").format(t=t))
                lab.setToolTip(tr_("The word whose entry of y_t is largest (type the word or its entry number, "
                               "1-based)"))
                continue
            lab.setText(rnn.quantity_label(key, t).split(" = ")[0])
            lab.setToolTip(rnn.quantity_label(key, t))
        if self._t != t:
            self.clear()
            self._t = t

    def clear(self) -> None:
        for key in self.edits:
            self.edits[key].clear()
            self.marks[key].clear()
            self.edits[key].setStyleSheet("")
        self.result.clear()

    def set_answer(self, key: str, text: str) -> None:
        self.edits[key].setText(text)

    def check(self, s: rnn.RnnStep, vocab: Sequence[str], atol: float) -> rnn.AnswerCheck | None:
        """Mark the typed answers against step ``s``; None (and the reason shown) for bad text."""
        answers = {}
        for key, edit in self.edits.items():
            text = edit.text().strip()
            if not text:
                continue
            try:
                answers[key] = word_index(text, vocab, len(s.y)) if key == "prediction" \
                    else parse_matrix(text).ravel()
            except ValueError as exc:
                name = "prediction" if key == "prediction" else rnn.quantity_label(key, s.t)
                self._show(f"{name}: {exc}", "error")
                return None
        try:
            res = rnn.check_step(s, answers, atol=atol, rtol=1e-3)
        except ValueError as exc:
            self._show(str(exc), "error")
            return None
        for key in self.edits:
            self._mark(key, res if key in answers else None)
        self._show(res.message, "ok" if res.all_right else ("info" if not res.verdicts else "error"))
        return res

    def _mark(self, key: str, res: rnn.AnswerCheck | None) -> None:
        mark, edit = self.marks[key], self.edits[key]
        if res is None:
            mark.clear()
            edit.setStyleSheet("")
            return
        v = res.verdict(key)
        if v.ok:
            mark.setText("✔")
            mark.setStyleSheet("color:#2e7d32; font-weight:bold")
            edit.setStyleSheet("background:#dcedc8")
        else:
            mark.setText("✘")
            mark.setStyleSheet("color:#c62828; font-weight:bold")
            edit.setStyleSheet("background:#ffcdd2" if key == res.first_wrong or not v.consistent
                               else "background:#ffe0b2")
            mark.setToolTip(v.detail)

    def _show(self, text: str, level: str) -> None:
        self.result.setStyleSheet(f"color:{_COLOURS[level]}")
        self.result.setText(("✔ " if level == "ok" else "✘ " if level == "error" else "") + text)
