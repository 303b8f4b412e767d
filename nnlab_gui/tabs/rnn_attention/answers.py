"""The RNN page's "Check my answer" box (the shared widget) and numbered exercises (exercise 3).

One line edit per intermediate of step t (W_hx x_t, W_hh h_{t−1}, a_t, h_t, W_yh h_t, y_t,
softmax(y_t)) and the predicted word (a word or its entry number).  ``check(step, vocab,
atol)`` runs :func:`nnlab_gui.engine.rnn.check_step`: a right value turns green (✔); the first
quantity where the arithmetic departs turns red (✘), values that follow correctly from an
earlier slip turn orange, and the verdict names the first slip.  "New exercise" makes a fresh
problem of seed 003's shape (:mod:`nnlab_gui.engine.variants`).
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtWidgets import QWidget

from nnlab_gui.engine import rnn
from nnlab_gui.engine.matrix_text import parse_matrix
from nnlab_gui.engine.rnn_text import word_index
from nnlab_gui.engine.texts import text_of
from nnlab_gui.i18n import error_text, tr_, translate
from nnlab_gui.widgets.answer_check import AnswerCheck

KEYS = [k for k, _ in rnn.QUANTITIES] + ["prediction"]


class AnswerBox(AnswerCheck):
    def __init__(self, tolerance: Sequence[QWidget] = (), parent: QWidget | None = None, on_variant=None):
        super().__init__([(k, "") for k in KEYS], tolerance=tolerance, exercise="3", on_variant=on_variant,
                         parent=parent)
        self.setToolTip(tr_("Type your own numbers for any of the quantities of the current step "
                            "(e.g. 1 1 or [1, 1]) and press Check"))
        self.edits["prediction"].setPlaceholderText(tr_("word, or its entry number"))
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
                name = tr_("prediction") if key == "prediction" else rnn.quantity_label(key, s.t)
                self._show(tr_("{name}: {why}").format(name=name, why=error_text(exc)), "error")
                return None
        try:
            res = rnn.check_step(s, answers, atol=atol, rtol=1e-3)
        except ValueError as exc:
            self._show(error_text(exc), "error")
            return None
        self.show_result(res)
        return res

    def show_result(self, res) -> None:
        """The shared marks, with the verdict and each slip in the lab's language."""
        super().show_result(res)
        self._show(text_of(res.message, translate),
                   "ok" if res.all_right else ("info" if not res.verdicts else "error"))
        for v in res.verdicts:
            if not v.ok:
                self.marks[v.key].setToolTip(text_of(v.detail, translate))
