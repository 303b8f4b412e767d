"""The "RNN" page: an Elman RNN unrolled step by step, every product written out (SPEC §4, ex. 3).

For t = 1 … T::

    a_t = W_hx x_t + W_hh h_{t−1} + b_h,   h_t = f(a_t),   y_t = W_yh h_t + b_y,
    p_t = softmax(y_t),                     prediction = argmax y_t

Matrix editors on the left hold W_hx, W_hh, W_yh, b_h, b_y, h_0 and the inputs x_t (one
row per step); any edit recomputes every step.  Step / Back / Run all (Ctrl+R: go to the
last step) move through the steps; the table shows step t's arithmetic, the plots its
softmax and the hidden state up to t, and "Check my answer" marks a student's own numbers.
"""

from __future__ import annotations

import html
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout,
                               QWidget)

from nnlab_gui.engine import attention, palette, rnn, rnn_text, variants
from nnlab_gui.pages import Choice, Float, Page
from nnlab_gui.tabs.rnn_attention.answers import AnswerBox
from nnlab_gui.tabs.rnn_attention.presets import (ACT_TIPS, RNN_EDITORS, RNN_PRESETS, SEED_VOCAB_TIP,
                                                  SEED_WARNING)
from nnlab_gui.tabs.rnn_attention.views import (checked_state, editor_state, make_editors, make_plot,
                                                resolve_inputs)
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, error_text, tr_, translate

def _check_finite(steps) -> None:
    """ValueError naming the first quantity that overflowed (values too large for floats)."""
    for s in steps:
        for key in ("Whx_x", "Whh_h", "pre", "h", "Wyh_h", "y", "probs"):
            if not np.all(np.isfinite(getattr(s, key))):
                raise Problem(N_("step {t}: {name} is not finite (the numbers are too large: they overflow)"),
                              t=s.t, name=rnn.quantity_label(key, s.t).split(" = ")[0])


CURVE_COLOURS = list(palette.CATEGORICAL)          # colour-blind-safe, one per hidden unit
STEP_FILTER = "Markdown (*.md);;LaTeX (*.tex)"


class RnnPage(Page):
    TITLE = N_("RNN")
    FIELDS = [
        Choice("activation", N_("Activation f"), "relu",
               [(k, name, ACT_TIPS[k]) for k, name in rnn.ACTIVATION_NAMES.items()],
               tip=N_("h_t = f(a_t): the hidden activation f"), persist=False),
        Float("tolerance", N_("tolerance ±"), 0.005, 0.0, 1.0, step=0.001, decimals=4,
              tip=N_("How far a typed value may be from the correct one (rounding): |yours − right| ≤ tol")),
    ]
    PRESETS = RNN_PRESETS
    steps_changed = Signal()           # the steps were recomputed (the attention page may follow)

    def build(self) -> None:
        self.steps: list[rnn.RnnStep] = []
        self.t = 1                     # the step shown, 1-based
        self._loading = False          # no recomputation while a state is being applied
        self.editors = make_editors(RNN_EDITORS, self._recompute, self.messages)
        self.fit_button = QPushButton(tr_("Fit b_h, b_y, h_0 to the weights"))
        self.fit_button.setToolTip(tr_("Pad with zeros or cut the vectors so that their lengths match "
                                   "H (rows of W_hx) and the number of words (rows of W_yh)"))
        self.fit_button.clicked.connect(self.fit_vectors)
        vocab_label = QLabel(tr_("Output vocabulary (one word per row of W_yh, comma-separated)"))
        vocab_label.setWordWrap(True)
        self.vocab_edit = QLineEdit()
        self.vocab_edit.editingFinished.connect(self._show_step)

        # the tolerance belongs next to the Check button, not in the column on the left
        tolerance = [self.form.label("tolerance"), self.form.widget("tolerance")]
        for w in tolerance:
            self.form.layout().removeWidget(w)
        self.answers = AnswerBox(tolerance, on_variant=self.new_exercise)
        self.answers.check_requested.connect(self.check_answers)
        self.add_state_part("exercise", lambda: self.answers.number, self.answers.show_exercise_state)
        self.side_layout(self._build_right(), *self.editors.values(), self.fit_button, vocab_label,
                         self.vocab_edit, width=430)
        # declared after the layout: the Export button sits in the step bar, not in the column
        self.add_export(N_("Worked steps (.md / .tex)…"),
                        lambda: self.save_text(self.worked_text, STEP_FILTER, "rnn_steps.md",
                                               title=N_("Export worked steps")))
        self.add_export(N_("Softmax plot (PNG / SVG / CSV)…"),
                        lambda: self.save_plot(self.prob_plot, "softmax",
                                               table=lambda: rnn_text.softmax_table(self.current_step())))
        self.add_export(N_("Hidden-state plot (PNG / SVG / CSV)…"),
                        lambda: self.save_plot(self.hidden_plot, "hidden",
                                               table=lambda: rnn_text.hidden_table(self.steps, self.t)))
        self.apply_preset(self.PRESETS[0])

    def _build_right(self) -> QWidget:
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        nav = QHBoxLayout()
        self.back_button = QPushButton(tr_("◀ Back"))
        self.step_button = QPushButton(tr_("Step ▶"))
        self.run_all_button = QPushButton(tr_("Run all ▶▶"))
        self.back_button.setToolTip(tr_("Show the previous time step"))
        self.step_button.setToolTip(tr_("Show the next time step"))
        self.run_all_button.setToolTip(tr_("Go to the last time step (the hidden-state plot shows all steps) "
                                       "(Ctrl+R)"))
        self.back_button.clicked.connect(self.step_back)
        self.step_button.clicked.connect(self.step_forward)
        self.run_all_button.clicked.connect(self.run)
        self.step_label = QLabel()
        for w in (self.back_button, self.step_button, self.run_all_button):
            nav.addWidget(w)
        nav.addWidget(self.step_label, 1)
        nav.addWidget(self.export_button())
        rl.addLayout(nav)

        self.arith = QTextBrowser()
        self.arith.setOpenLinks(False)
        self.arith.setMinimumHeight(180)
        rl.addWidget(self.arith, 3)

        plots = QHBoxLayout()
        self.prob_plot = make_plot(N_("softmax(y_t)"), N_("word"), N_("probability"))
        self.prob_plot.setYRange(0, 1.05, padding=0)
        self.prob_plot.setMouseEnabled(x=False, y=False)
        self.prob_bars = pg.BarGraphItem(x=[0], height=[0], width=0.6, brush="#90a4ae")
        self.prob_plot.addItem(self.prob_bars)
        self.prob_plot.setToolTip(tr_("p_i = e^(y_i) / Σ_j e^(y_j); the predicted word is the tallest bar"))
        self.prob_plot.getViewBox().sigResized.connect(self._word_ticks)      # words or numbers
        self.hidden_plot = make_plot(N_("hidden state h_t"), "t", N_("h_t entries"))
        self.hidden_plot.addLegend(offset=(5, 5))
        self.hidden_curves: list[pg.PlotDataItem] = []
        self.now_line = pg.InfiniteLine(pos=1, angle=90, pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine))
        self.hidden_plot.addItem(self.now_line)
        self.hidden_plot.setToolTip(tr_("Each entry of h_t against t, up to the current step (t = 0 is h_0)"))
        plots.addWidget(self.prob_plot, 1)
        plots.addWidget(self.hidden_plot, 1)
        rl.addLayout(plots, 2)
        rl.addWidget(self.answers)
        return right

    # ---------------------------------------------------------------- state
    def extra_state(self) -> dict[str, Any]:
        out: dict[str, Any] = editor_state(self.editors)
        out["flags"] = [[key, r, c, why] for key, ed in self.editors.items() for r, c, why in ed.flags()]
        out["vocab"] = self.vocab()
        out["t"] = self.t
        out["answers"] = {k: e.text() for k, e in self.answers.edits.items() if e.text().strip()}
        return out

    def apply_extra_state(self, state: dict[str, Any]) -> None:
        mats = checked_state(self.editors, state)          # everything is checked first
        flags = state.get("flags")
        if flags is not None:
            flags = [(str(key), int(r), int(c), str(why)) for key, r, c, why in flags]
            unknown = sorted({key for key, *_ in flags} - set(self.editors))
            if unknown:
                raise Problem(N_("flags name unknown matrices: {names}"), names=", ".join(unknown))
        answers = state.get("answers")
        if answers is not None and not (isinstance(answers, dict) and set(answers) <= set(self.answers.edits)
                                        and all(isinstance(v, str) for v in answers.values())):
            raise Problem(N_("answers: a table of typed values for {keys}"), keys=", ".join(self.answers.edits))
        vocab = state.get("vocab")
        if vocab is not None and not (isinstance(vocab, list) and all(isinstance(w, str) for w in vocab)):
            raise Problem(N_("vocab must be a list of words"))
        self._loading = True
        try:
            for key, a in mats.items():
                self.editors[key].set_matrix(a, emit=False)
            if flags is not None:
                for ed in self.editors.values():
                    ed.clear_flags()
                for key, r, c, why in flags:
                    self.editors[key].flag_cell(r, c, why)
            if vocab is not None:
                self.vocab_edit.setText(", ".join(vocab))
                self.vocab_edit.setToolTip(translate(SEED_VOCAB_TIP) if "Cat" in vocab else
                                           tr_("The words the rows of W_yh stand for"))
            if "t" in state:
                self.t = max(1, int(state["t"]))
            if answers is not None:             # what the student typed (a session keeps it)
                self.answers.clear()
                for key, text in answers.items():
                    self.answers.set_answer(key, text)
        finally:
            self._loading = False

    def refresh(self) -> None:
        self._recompute()

    def apply_preset(self, preset) -> None:
        super().apply_preset(preset)
        if preset.values.get("flags") and self.messages.level != "error":
            self.messages.warning(SEED_WARNING)

    def _on_changed(self, name: str) -> None:
        if name in ("activation", "*"):
            self._recompute()

    def fit_vectors(self) -> None:
        H = self.editors["W_hx"].shape()[0]
        V = self.editors["W_yh"].shape()[0]
        for key, n in (("b_h", H), ("h0", H), ("b_y", V)):
            v = self.editors[key].matrix().ravel()
            if v.size != n:
                self.editors[key].set_matrix(np.pad(v, (0, max(0, n - v.size)))[:n], emit=False)
        self._recompute()

    # ---------------------------------------------------------------- compute
    def vocab(self) -> list[str]:
        return [w.strip() for w in self.vocab_edit.text().split(",")]

    def _recompute(self) -> None:
        if self._loading:
            return
        m = {k: ed.matrix() for k, ed in self.editors.items()}
        try:
            steps = rnn.run(m["W_hx"], m["W_hh"], m["W_yh"], m["xs"], m["b_h"], m["b_y"], m["h0"],
                            self.form.value("activation"))
            _check_finite(steps)
        except (ValueError, ArithmeticError) as exc:
            self.messages.error(tr_("{why} — the steps shown are from the last valid matrices").format(why=error_text(exc)),
                                source="rnn")
            return
        self.steps = steps
        self.t = min(max(self.t, 1), len(steps))
        resolve_inputs(self.messages, self.editors, "rnn")
        self._show_step()
        self.steps_changed.emit()

    # ---------------------------------------------------------------- navigation
    def run_now(self) -> bool:
        """Ctrl+R / Run all: go to the last step."""
        if not self.steps:
            self.messages.error(N_("There are no steps: fix the matrices first"), source="rnn")
            return False
        self.t = len(self.steps)
        self._show_step()
        return True

    def step_forward(self) -> None:
        if self.t < len(self.steps):
            self.t += 1
            self._show_step()

    def step_back(self) -> None:
        if self.t > 1:
            self.t -= 1
            self._show_step()

    def current_step(self) -> rnn.RnnStep:
        return self.steps[self.t - 1]

    def _show_step(self) -> None:
        if not self.steps:
            return
        s = self.current_step()
        T = len(self.steps)
        self.step_label.setText(tr_("  step <b>t = {t}</b> of {n}").format(t=s.t, n=T))
        self.back_button.setEnabled(self.t > 1)
        self.step_button.setEnabled(self.t < T)
        self.run_all_button.setEnabled(self.t < T)
        vocab = self.vocab()
        xs = self.editors["xs"]
        lost = [c for c in range(xs.shape()[1]) if xs.is_flagged(s.t - 1, c)]
        self.arith.setHtml(rnn_text.step_html(s, vocab, lost, translate))
        self._draw_softmax(s, vocab)
        self._draw_hidden(T)
        self.answers.set_step(s.t)

    def _draw_softmax(self, s: rnn.RnnStep, vocab: list[str]) -> None:
        n = len(s.probs)
        brushes = ["#e65100" if i == s.prediction else "#90a4ae" for i in range(n)]
        self.prob_bars.setOpts(x=np.arange(n), height=s.probs, width=0.6, brushes=brushes)
        self._words = [rnn_text.word(i, vocab, translate) for i in range(n)]
        self._word_ticks()
        self.prob_plot.setXRange(-0.6, n - 0.4, padding=0)
        self.prob_plot.setTitle(f"softmax(y_{s.t}) → “{html.escape(rnn_text.word(s.prediction, vocab, translate))}”",
                                color="k")

    def _word_ticks(self, *_args) -> None:
        """The words under the bars, or their entry numbers 1…n when the words would overlap
        (a long vocabulary, a narrow plot, a large presentation scale); the tooltip lists them."""
        words = getattr(self, "_words", [])
        axis = self.prob_plot.getAxis("bottom")
        room = self.prob_plot.getViewBox().width()
        metrics = QFontMetrics(axis.style.get("tickFont") or self.prob_plot.font())
        fits = sum(metrics.horizontalAdvance(w) + 8 for w in words) <= room
        axis.setTicks([[(i, w if fits else str(i + 1)) for i, w in enumerate(words)]])
        key = "" if fits else "\n" + ", ".join(f"{i + 1}: {w}" for i, w in enumerate(words))
        self.prob_plot.setToolTip(tr_("p_i = e^(y_i) / Σ_j e^(y_j); the predicted word is the tallest bar") + key)

    def _draw_hidden(self, T: int) -> None:
        hs = rnn_text.hidden_states(self.steps, self.t)      # t = 0 … current
        while len(self.hidden_curves) < hs.shape[1]:
            i = len(self.hidden_curves)
            colour = CURVE_COLOURS[i % len(CURVE_COLOURS)]
            self.hidden_curves.append(self.hidden_plot.plot(
                [], [], pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=7,
                symbolBrush=colour, name=f"h[{i + 1}]"))
        ts = np.arange(hs.shape[0])
        for i, curve in enumerate(self.hidden_curves):
            curve.setData(ts, hs[:, i]) if i < hs.shape[1] else curve.setData([], [])
            curve.setVisible(i < hs.shape[1])
        self.now_line.setValue(self.t)
        self.hidden_plot.setXRange(0, T, padding=0.05)
        self.hidden_plot.getAxis("bottom").setTicks([[(i, str(i)) for i in range(T + 1)]])

    # ---------------------------------------------------------------- check my answer
    def set_answer(self, key: str, text: str) -> None:
        self.answers.set_answer(key, text)

    def check_answers(self) -> rnn.AnswerCheck | None:
        if not self.steps:
            return None
        return self.answers.check(self.current_step(), self.vocab(), self.form.value("tolerance"))

    def new_exercise(self, number: int) -> None:
        """Variant ``number`` of exercise 3: a fresh problem of seed 003's shape."""
        problems = self.apply_state(variants.make("3", number))
        if problems:
            raise ValueError("; ".join(problems))

    # ---------------------------------------------------------------- export
    def worked_text(self, suffix: str = ".md") -> str:
        """Every step's arithmetic: LaTeX for ``.tex``, else Markdown (with the attention page's)."""
        if suffix.lstrip(".") == "tex":
            return rnn.to_latex(self.steps, self.vocab())
        text = rnn.to_markdown(self.steps, self.vocab())
        att = self._attention()
        if att is not None:
            text += "\n" + attention.to_markdown(att)
        return text

    def _attention(self) -> attention.AttentionResult | None:
        try:
            return self.sibling("Attention").att
        except KeyError:               # a page on its own (tests): no attention page
            return None
