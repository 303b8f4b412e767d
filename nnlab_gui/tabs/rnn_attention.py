"""RNN & attention tab: a step-by-step calculator (SPEC §4, exercises 3 and 3b).

Page "RNN": matrix editors for W_hx, W_hh, W_yh, b_h, b_y, h_0 and the input sequence,
the output vocabulary, Step / Back / Run all with every product written out, the softmax
of y_t as a bar chart, the hidden state across steps, and "Check my answer", which marks a
student's own numbers and names the first quantity where their arithmetic departs.

Page "Attention": Q, K, V editors (or queries = hidden states, keys = values = inputs),
scaling by √d_k on/off, scores, weights as a heatmap, the output and the mean baseline.

Everything here is instant, so it is computed on the GUI thread.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea,
                               QSplitter, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from nnlab_gui.engine import attention, rnn
from nnlab_gui.engine.matrix_text import format_number, parse_matrix
from nnlab_gui.tabs.base import LabTab
from nnlab_gui.widgets.export import PLOT_FILTER, ask_save_path, export_plot, save_csv
from nnlab_gui.widgets.matrix_editor import MatrixEditor

LOST_X3 = ("The report lost the fifth entry of x_3 (it reads x_3 = [0, −1, 1, 1, ·]). "
           "0 is a placeholder: type the value you believe it was.")
SEED_VOCAB_TIP = ("The report names only “Cat”, “staring” and “<stop>”; their positions follow its "
                  "own argmax readings (row 4 → Cat, row 5 → staring, row 2 → <stop>). The other "
                  "words are unknown: rename them as you like.")

RNN_PRESETS = {
    "Seed 003, exercise 3 (ReLU, 2 hidden, 6 words)": dict(
        W_hx=[[1, 0, 1, 1, 0], [0, 1, 1, 0, 1]], W_hh=[[0, 1], [1, 0]],
        W_yh=[[-5, -5], [0, 3], [1, 2], [2, 2], [3, -1], [2.9, 0]],
        b_h=[0, 0], b_y=[0] * 6, h0=[0, 0],
        xs=[[0, 0, 1, 1, 1], [1, -2, 0, 1, 1], [0, -1, 1, 1, 0]],
        vocab=["word 1", "<stop>", "word 3", "Cat", "staring", "word 6"], activation="relu",
        flags=[("xs", 2, 4, LOST_X3)]),
    "Bigger: tanh, 3 hidden, one-hot inputs “a b c a c”": dict(
        W_hx=[[1.0, -0.5, 0.3], [0.2, 0.8, -0.6], [-0.4, 0.3, 0.9]],
        W_hh=[[0.5, -0.3, 0.1], [0.2, 0.4, -0.5], [-0.1, 0.6, 0.3]],
        W_yh=[[1.5, -0.8, 0.2], [-0.6, 1.4, 0.3], [0.1, -0.2, 1.6], [-0.9, -0.7, -0.4]],
        b_h=[0.1, -0.1, 0.0], b_y=[0, 0, 0, 0.5], h0=[0, 0, 0],
        xs=[[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 0, 1]],
        vocab=["a", "b", "c", "<stop>"], activation="tanh", flags=[]),
}

INPUTS_3B = [[4, 0], [0, 4], [0, 0], [0, 0]]
ATTENTION_PRESETS = {
    "Exercise 3b: query h_0 = 0, keys = values = i_1…i_4": dict(Q=[[0, 0]], K=INPUTS_3B, V=INPUTS_3B),
    "Three queries over the same inputs": dict(Q=[[0, 0], [1, 0], [0, 2]], K=INPUTS_3B, V=INPUTS_3B),
    "Large scores (stable softmax)": dict(Q=[[100, 0], [0, -100]], K=INPUTS_3B, V=INPUTS_3B),
}

ACT_TIPS = {"relu": "ReLU(a) = max(0, a)", "tanh": "tanh(a)", "sigmoid": "σ(a) = 1 / (1 + e^(−a))",
            "identity": "identity: h = a"}
MONO = "font-family: 'DejaVu Sans Mono', monospace;"
CURVE_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"]


def _vec(a, digits: int = 4) -> str:
    return "[" + ", ".join(format_number(round(float(v), digits), digits + 2) for v in np.ravel(a)) + "]"


def _plot(title: str, x_label: str, y_label: str) -> pg.PlotWidget:
    w = pg.PlotWidget(background="w")
    w.setTitle(title, color="k")
    w.setLabel("bottom", x_label)
    w.setLabel("left", y_label)
    w.showGrid(x=True, y=True, alpha=0.25)
    w.setMenuEnabled(False)
    w.setMinimumHeight(170)
    for side in ("left", "bottom"):
        w.getAxis(side).enableAutoSIPrefix(False)
    return w


def _plot_svg(plot: pg.PlotWidget, path: str) -> None:
    """Vector drawing of a plot widget as it looks now (QGraphicsView.render into an SVG)."""
    size = plot.size()
    gen = QSvgGenerator()
    gen.setFileName(path)
    gen.setSize(QSize(size.width(), size.height()))
    gen.setViewBox(QRect(0, 0, size.width(), size.height()))
    painter = QPainter(gen)
    plot.render(painter, QRectF(0, 0, size.width(), size.height()), plot.viewport().rect())
    painter.end()


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class RnnAttentionTab(LabTab):
    TITLE = "RNN & attention"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.steps: list[rnn.RnnStep] = []
        self.t = 1                     # current step, 1-based
        self.att: attention.AttentionResult | None = None
        self._loading = True           # no recomputation while the pages are being built

        self.pages = QTabWidget()
        self.pages.addTab(self._build_rnn_page(), "RNN")
        self.pages.addTab(self._build_attention_page(), "Attention")
        lay = QVBoxLayout(self)
        lay.addWidget(self.pages, 1)
        lay.addWidget(self.messages)

        self._loading = False
        self.load_preset(next(iter(RNN_PRESETS)))
        self.load_attention_preset(next(iter(ATTENTION_PRESETS)))

    def inner_tabs(self) -> QTabWidget:
        return self.pages

    # ================================================================ RNN page
    def _build_rnn_page(self) -> QWidget:
        page = QSplitter(Qt.Orientation.Horizontal)

        left = QWidget()
        ll = QVBoxLayout(left)
        row = QHBoxLayout()
        self.preset_box = QComboBox()
        self.preset_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_box.setMinimumContentsLength(18)
        self.preset_box.addItems(list(RNN_PRESETS))
        self.preset_box.setToolTip("Load a worked exercise; every value stays editable")
        self.preset_box.activated.connect(lambda i: self.load_preset(self.preset_box.itemText(i)))
        row.addWidget(QLabel("Preset"))
        row.addWidget(self.preset_box, 1)
        ll.addLayout(row)
        row = QHBoxLayout()
        self.activation_box = QComboBox()
        for key, name in rnn.ACTIVATION_NAMES.items():
            self.activation_box.addItem(name, key)
            self.activation_box.setItemData(self.activation_box.count() - 1, ACT_TIPS[key],
                                            Qt.ItemDataRole.ToolTipRole)
        self.activation_box.setToolTip("h_t = f(a_t): the hidden activation f")
        self.activation_box.currentIndexChanged.connect(self._recompute)
        row.addWidget(QLabel("Activation f"))
        row.addWidget(self.activation_box, 1)
        ll.addLayout(row)

        tips = {
            "W_hx": "Input → hidden weights (H×D): a_t = W_hx x_t + …",
            "W_hh": "Hidden → hidden weights (H×H): … + W_hh h_{t−1} + …",
            "W_yh": "Hidden → output weights (V×H): y_t = W_yh h_t + b_y; one row per word",
            "b_h": "Hidden bias b_h (H entries), added to the pre-activation",
            "b_y": "Output bias b_y (one per word)",
            "h0": "Initial hidden state h_0 (H entries)",
            "xs": "The input sequence: row t is x_t (T×D). Add a row for one more time step.",
        }
        self.editors: dict[str, MatrixEditor] = {}
        for key, label, kw in (("W_hx", "W_hx", {}), ("W_hh", "W_hh", {}), ("W_yh", "W_yh", {}),
                               ("b_h", "b_h", dict(fixed_cols=1)), ("b_y", "b_y", dict(fixed_cols=1)),
                               ("h0", "h_0", dict(fixed_cols=1)),
                               ("xs", "inputs x_t", dict(row_prefix="x_"))):
            ed = MatrixEditor(label, tooltip=tips[key], **kw)
            ed.changed.connect(self._recompute)
            ed.problem.connect(self.messages.error)
            ll.addWidget(ed)
            self.editors[key] = ed
        self.fit_button = QPushButton("Fit b_h, b_y, h_0 to the weights")
        self.fit_button.setToolTip("Pad with zeros or cut the vectors so that their lengths match "
                                   "H (rows of W_hx) and the number of words (rows of W_yh)")
        self.fit_button.clicked.connect(self.fit_vectors)
        ll.addWidget(self.fit_button)
        vocab_label = QLabel("Output vocabulary (one word per row of W_yh, comma-separated)")
        vocab_label.setWordWrap(True)
        ll.addWidget(vocab_label)
        self.vocab_edit = QLineEdit()
        self.vocab_edit.editingFinished.connect(self._on_vocab_changed)
        ll.addWidget(self.vocab_edit)
        ll.addStretch(1)
        left_scroll = _scroll(left)
        left_scroll.setMinimumWidth(420)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page.addWidget(left_scroll)

        right = QWidget()
        rl = QVBoxLayout(right)
        nav = QHBoxLayout()
        self.back_button = QPushButton("◀ Back")
        self.step_button = QPushButton("Step ▶")
        self.run_all_button = QPushButton("Run all ▶▶")
        self.back_button.setToolTip("Show the previous time step")
        self.step_button.setToolTip("Show the next time step")
        self.run_all_button.setToolTip("Go to the last time step (the hidden-state plot shows all steps)")
        self.back_button.clicked.connect(self.step_back)
        self.step_button.clicked.connect(self.step_forward)
        self.run_all_button.clicked.connect(self.run_all)
        self.step_label = QLabel()
        for w in (self.back_button, self.step_button, self.run_all_button):
            nav.addWidget(w)
        nav.addWidget(self.step_label, 1)
        self.export_button = QPushButton("Export worked steps…")
        self.export_button.setToolTip("Save every step's arithmetic as Markdown (.md) or LaTeX (.tex)")
        self.export_button.clicked.connect(self._on_export_steps)
        nav.addWidget(self.export_button)
        rl.addLayout(nav)

        self.arith = QTextBrowser()
        self.arith.setOpenLinks(False)
        self.arith.setMinimumHeight(240)
        rl.addWidget(self.arith, 3)

        plots = QHBoxLayout()
        self.prob_plot = _plot("softmax(y_t)", "word", "probability")
        self.prob_plot.setYRange(0, 1.05, padding=0)
        self.prob_plot.setMouseEnabled(x=False, y=False)
        self.prob_bars = pg.BarGraphItem(x=[0], height=[0], width=0.6, brush="#90a4ae")
        self.prob_plot.addItem(self.prob_bars)
        self.prob_plot.setToolTip("p_i = e^(y_i) / Σ_j e^(y_j); the predicted word is the tallest bar")
        self.hidden_plot = _plot("hidden state h_t", "t", "h_t entries")
        self.hidden_plot.addLegend(offset=(5, 5))
        self.hidden_curves: list[pg.PlotDataItem] = []
        self.now_line = pg.InfiniteLine(pos=1, angle=90, pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine))
        self.hidden_plot.addItem(self.now_line)
        self.hidden_plot.setToolTip("Each entry of h_t against t, up to the current step (t = 0 is h_0)")
        for plot, name in ((self.prob_plot, "softmax"), (self.hidden_plot, "hidden")):
            box = QVBoxLayout()
            box.addWidget(plot, 1)
            b = QPushButton("Export plot…")
            b.setToolTip("Save this plot as PNG, SVG or CSV")
            b.clicked.connect(lambda _=False, p=plot, n=name: self._export_plot(p, n))
            box.addWidget(b, 0, Qt.AlignmentFlag.AlignRight)
            plots.addLayout(box, 1)
        rl.addLayout(plots, 2)

        rl.addWidget(self._build_check_box())
        page.addWidget(right)
        page.setStretchFactor(0, 0)
        page.setStretchFactor(1, 1)
        page.setSizes([430, 900])
        return page

    def _build_check_box(self) -> QGroupBox:
        box = QGroupBox("Check my answer")
        box.setToolTip("Type your own numbers for any of the quantities of the current step "
                       "(e.g. 1 1 or [1, 1]) and press Check")
        grid = QGridLayout(box)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(2)
        self.answer_labels: dict[str, QLabel] = {}
        self.answer_edits: dict[str, QLineEdit] = {}
        self.answer_marks: dict[str, QLabel] = {}
        for i, key in enumerate([k for k, _ in rnn.QUANTITIES] + ["prediction"]):
            r, c = divmod(i, 2)
            lab, edit, mark = QLabel(), QLineEdit(), QLabel()
            edit.setPlaceholderText("word, or its entry number" if key == "prediction" else "your value")
            edit.returnPressed.connect(self.check_answers)
            mark.setFixedWidth(18)
            grid.addWidget(lab, r, 3 * c)
            grid.addWidget(edit, r, 3 * c + 1)
            grid.addWidget(mark, r, 3 * c + 2)
            self.answer_labels[key], self.answer_edits[key], self.answer_marks[key] = lab, edit, mark
        n = (len(rnn.QUANTITIES) + 2) // 2
        row = QHBoxLayout()
        self.check_button = QPushButton("Check")
        self.check_button.clicked.connect(self.check_answers)
        clear = QPushButton("Clear")
        clear.clicked.connect(self.clear_answers)
        self.tolerance = QDoubleSpinBox()
        self.tolerance.setDecimals(4)
        self.tolerance.setRange(0.0, 1.0)
        self.tolerance.setSingleStep(0.001)
        self.tolerance.setValue(0.005)
        self.tolerance.setPrefix("± ")
        self.tolerance.setToolTip("How far a typed value may be from the correct one (rounding)")
        row.addWidget(self.check_button)
        row.addWidget(clear)
        row.addWidget(QLabel("tolerance"))
        row.addWidget(self.tolerance)
        row.addStretch(1)
        grid.addLayout(row, n, 0, 1, 6)
        self.check_result = QLabel()
        self.check_result.setWordWrap(True)
        self.check_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.check_result, n + 1, 0, 1, 6)
        return box

    # ---------------------------------------------------------------- presets
    def load_preset(self, name: str) -> None:
        p = RNN_PRESETS[name]
        self._loading = True
        try:
            for key, ed in self.editors.items():
                ed.clear_flags()
                ed.set_matrix(p[key], emit=False)
            for key, r, c, why in p["flags"]:
                self.editors[key].flag_cell(r, c, why)
            self.vocab_edit.setText(", ".join(p["vocab"]))
            self.vocab_edit.setToolTip(SEED_VOCAB_TIP if "Cat" in p["vocab"] else
                                       "The words the rows of W_yh stand for")
            self.activation_box.setCurrentIndex(self.activation_box.findData(p["activation"]))
            self.preset_box.setCurrentText(name)
        finally:
            self._loading = False
        self.t = 1
        self._recompute()
        if p["flags"]:
            self.messages.warning("Seed 003 loaded. The amber cell (x_3, entry 5) was lost in the report: "
                                  "0 is a placeholder, change it if you like.")
        else:
            self.messages.info(f"Preset loaded: {name}")

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

    def _on_vocab_changed(self) -> None:
        self._show_step()

    def _recompute(self, *_):
        if self._loading:
            return
        m = {k: ed.matrix() for k, ed in self.editors.items()}
        try:
            steps = rnn.run(m["W_hx"], m["W_hh"], m["W_yh"], m["xs"], m["b_h"], m["b_y"], m["h0"],
                            self.activation_box.currentData())
        except ValueError as exc:
            self.messages.error(f"{exc} — the steps shown are from the last valid matrices")
            return
        self.steps = steps
        self.t = min(max(self.t, 1), len(steps))
        if self.messages.level == "error":
            self.messages.info("Recomputed.")
        self._show_step()
        if self.link_box.isChecked():
            self._fill_from_rnn()

    # ---------------------------------------------------------------- navigation
    def step_forward(self) -> None:
        if self.t < len(self.steps):
            self.t += 1
            self._show_step()

    def step_back(self) -> None:
        if self.t > 1:
            self.t -= 1
            self._show_step()

    def run_all(self) -> None:
        self.t = len(self.steps)
        self._show_step()

    def current_step(self) -> rnn.RnnStep:
        return self.steps[self.t - 1]

    def _show_step(self) -> None:
        if not self.steps:
            return
        s = self.current_step()
        T = len(self.steps)
        self.step_label.setText(f"  step <b>t = {s.t}</b> of {T}")
        self.back_button.setEnabled(self.t > 1)
        self.step_button.setEnabled(self.t < T)
        self.run_all_button.setEnabled(self.t < T)
        vocab = self.vocab()
        self.arith.setHtml(self._step_html(s, vocab))
        # softmax bars
        n = len(s.probs)
        brushes = ["#e65100" if i == s.prediction else "#90a4ae" for i in range(n)]
        self.prob_bars.setOpts(x=np.arange(n), height=s.probs, width=0.6, brushes=brushes)
        self.prob_plot.getAxis("bottom").setTicks([[(i, self._word(i, vocab)) for i in range(n)]])
        self.prob_plot.setXRange(-0.6, n - 0.4, padding=0)
        self.prob_plot.setTitle(f"softmax(y_{s.t}) → “{html.escape(self._word(s.prediction, vocab))}”",
                                color="k")
        # hidden-state curves, t = 0 … current
        hs = np.array([self.steps[0].h_prev] + [st.h for st in self.steps[:self.t]])
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
        # check-my-answer labels follow the step
        for key, lab in self.answer_labels.items():
            if key == "prediction":
                lab.setText(f"predicted word at t = {s.t}")
                lab.setToolTip("The word whose entry of y_t is largest (type the word or its entry number, 1-based)")
                continue
            lab.setText(rnn.quantity_label(key, s.t).split(" = ")[0])
            lab.setToolTip(rnn.quantity_label(key, s.t))
        if getattr(self, "_answers_t", None) != s.t:
            self.clear_answers()
            self._answers_t = s.t

    def _word(self, i: int, vocab: list[str]) -> str:
        return vocab[i] if i < len(vocab) and vocab[i] else f"word {i + 1}"

    def _step_html(self, s: rnn.RnnStep, vocab: list[str]) -> str:
        t = s.t
        act = rnn.ACTIVATION_NAMES[s.activation]
        esc = html.escape

        def rows(W, v, names=None, bias=None):
            out = []
            for i in range(W.shape[0]):
                text = rnn.product_terms(W, v, i, digits=4)
                if bias is not None:
                    lhs, rhs = text.rsplit(" = ", 1)
                    b = bias[i]
                    bs = format_number(b, 4)
                    text = f"{lhs} + {bs if b >= 0 else '(' + bs + ')'} = {format_number(float(W[i] @ v + b), 4)}"
                lead = f"{esc(names[i])}: " if names else f"row {i + 1}: "
                out.append(lead + esc(text))
            return "<br>".join(out)

        def line(q, work, result, strong=False):
            res = f"<b>{esc(result)}</b>" if strong else esc(result)
            return (f"<tr><td style='padding:3px 8px; white-space:nowrap'><b>{q}</b></td>"
                    f"<td style='padding:3px 8px; {MONO}'>{work}</td>"
                    f"<td style='padding:3px 8px; {MONO}'>{res}</td></tr>")

        if s.activation == "relu":
            act_work = ", ".join(f"max(0, {format_number(a)}) = {format_number(h)}" for a, h in zip(s.pre, s.h))
        elif s.activation == "identity":
            act_work = "h = a"
        else:
            act_work = ", ".join(f"{act}({format_number(round(a, 4))}) = {format_number(round(h, 4))}"
                                 for a, h in zip(s.pre, s.h))
        words = [self._word(i, vocab) for i in range(len(s.y))]
        m = float(np.max(s.y))
        soft = (f"p_i = e^(y_i − {format_number(m)}) / Σ_j e^(y_j − {format_number(m)})<br>" +
                esc(", ".join(f"{w}: {format_number(round(p, 4))}" for w, p in zip(words, s.probs))))
        flagged = ""
        ed = self.editors["xs"]
        lost = [c for c in range(ed.shape()[1]) if ed.is_flagged(t - 1, c)]
        if lost:
            flagged = (f"<p style='color:#9a6700'>x_{t} entry {', '.join(str(c + 1) for c in lost)} is a "
                       f"placeholder (lost in the report): the numbers below use "
                       f"{', '.join(format_number(s.x[c]) for c in lost)}.</p>")
        body = "".join([
            line(f"W_hx x_{t}", rows(s.W_hx, s.x), _vec(s.Whx_x)),
            line(f"W_hh h_{t - 1}", rows(s.W_hh, s.h_prev), _vec(s.Whh_h)),
            line(f"a_{t} = W_hx x_{t} + W_hh h_{t - 1} + b_h",
                 esc(f"{_vec(s.Whx_x)} + {_vec(s.Whh_h)} + {_vec(s.b_h)}"), _vec(s.pre)),
            line(f"h_{t} = {act}(a_{t})", esc(act_work), _vec(s.h), strong=True),
            line(f"y_{t} = W_yh h_{t} + b_y", rows(s.W_yh, s.h, words, s.b_y), _vec(s.y)),
            line(f"softmax(y_{t})", soft, _vec(s.probs, 3)),
            line("prediction", esc(f"largest entry of y_{t}: entry {s.prediction + 1} "
                                   f"({format_number(s.y[s.prediction])})"),
                 f"“{words[s.prediction]}”", strong=True),
        ])
        return (f"<h3 style='margin:2px'>Step t = {t} &nbsp; <span style='font-weight:normal'>"
                f"x_{t} = {esc(_vec(s.x))}, h_{t - 1} = {esc(_vec(s.h_prev))}</span></h3>{flagged}"
                f"<table border='1' cellspacing='0' style='border-collapse:collapse; border-color:#ccc'>"
                f"{body}</table>")

    # ---------------------------------------------------------------- check my answer
    def clear_answers(self) -> None:
        for key in self.answer_edits:
            self.answer_edits[key].clear()
            self.answer_marks[key].clear()
            self.answer_edits[key].setStyleSheet("")
        self.check_result.clear()

    def set_answer(self, key: str, text: str) -> None:
        self.answer_edits[key].setText(text)

    def check_answers(self):
        if not self.steps:
            return None
        s = self.current_step()
        answers = {}
        for key, edit in self.answer_edits.items():
            text = edit.text().strip()
            if not text:
                continue
            try:
                answers[key] = self._word_index(text, len(s.y)) if key == "prediction" \
                    else parse_matrix(text).ravel()
            except ValueError as exc:
                name = "prediction" if key == "prediction" else rnn.quantity_label(key, s.t)
                self._show_check(f"{name}: {exc}", "error")
                return None
        try:
            res = rnn.check_step(s, answers, atol=self.tolerance.value(), rtol=1e-3)
        except ValueError as exc:
            self._show_check(str(exc), "error")
            return None
        for key in self.answer_edits:
            mark, edit = self.answer_marks[key], self.answer_edits[key]
            if key not in answers:
                mark.clear()
                edit.setStyleSheet("")
                continue
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
        level = "ok" if res.all_right else ("info" if not res.verdicts else "error")
        self._show_check(res.message, level)
        return res

    def _word_index(self, text: str, n: int) -> int:
        """A typed prediction: a vocabulary word (any case) or its 1-based entry number."""
        vocab = [w.lower() for w in self.vocab()]
        if text.lower() in vocab[:n]:
            return vocab.index(text.lower())
        if text.isdigit() and 1 <= int(text) <= n:
            return int(text) - 1
        raise ValueError(f"{text!r} is neither a word of the vocabulary nor an entry number 1–{n}")

    def _show_check(self, text: str, level: str) -> None:
        colour = {"ok": "#2e7d32", "error": "#c62828", "info": "palette(text)"}[level]
        self.check_result.setStyleSheet(f"color:{colour}")
        self.check_result.setText(("✔ " if level == "ok" else "✘ " if level == "error" else "") + text)

    # ---------------------------------------------------------------- export
    def worked_text(self, fmt: str = "md") -> str:
        if fmt == "tex":
            return rnn.to_latex(self.steps, self.vocab())
        text = rnn.to_markdown(self.steps, self.vocab())
        if self.att is not None:
            text += "\n" + attention.to_markdown(self.att)
        return text

    def _on_export_steps(self) -> None:
        path = ask_save_path(self, "Export worked steps", "Markdown (*.md);;LaTeX (*.tex)", "rnn_steps.md")
        if not path:
            return
        fmt = "tex" if path.lower().endswith(".tex") else "md"
        try:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(self.worked_text(fmt))
        except OSError as exc:
            self.messages.error(f"could not write {path}: {exc}")
            return
        self.messages.info(f"Worked steps saved to {path}")

    def _export_plot(self, plot, name: str) -> None:
        path = ask_save_path(self, f"Export {name} plot", PLOT_FILTER, f"{name}.png")
        if not path:
            return
        try:
            suffix = path.lower().rsplit(".", 1)[-1]
            if suffix == "svg":
                # pyqtgraph 0.14's SVG exporter fails on this Qt's path syntax: draw the widget instead
                _plot_svg(plot, path)
            elif suffix == "csv" and plot is self.heat_plot and self.att is not None:
                save_csv(path, self.att.weights, [f"k_{j + 1}" for j in range(self.att.weights.shape[1])])
            else:
                export_plot(plot, path)
        except (ValueError, OSError) as exc:
            self.messages.error(str(exc))
            return
        self.messages.info(f"Plot saved to {path}")

    # ================================================================ attention page
    def _build_attention_page(self) -> QWidget:
        page = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        row = QHBoxLayout()
        self.att_preset_box = QComboBox()
        self.att_preset_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.att_preset_box.setMinimumContentsLength(18)
        self.att_preset_box.addItems(list(ATTENTION_PRESETS))
        self.att_preset_box.activated.connect(
            lambda i: self.load_attention_preset(self.att_preset_box.itemText(i)))
        row.addWidget(QLabel("Preset"))
        row.addWidget(self.att_preset_box, 1)
        ll.addLayout(row)
        self.scale_box = QCheckBox("scale scores by 1/√d_k")
        self.scale_box.setChecked(True)
        self.scale_box.setToolTip("S̃ = Q Kᵀ / √d_k keeps the softmax from saturating when d_k is large")
        self.scale_box.toggled.connect(self._recompute_attention)
        ll.addWidget(self.scale_box)
        self.link_box = QCheckBox("queries = hidden states h_0…h_T, keys = values = inputs x_t")
        self.link_box.setToolTip("Take Q from the RNN page's hidden states and K = V from its inputs "
                                 "(needs H = D)")
        self.link_box.toggled.connect(self._on_link_toggled)
        ll.addWidget(self.link_box)
        self.att_editors: dict[str, MatrixEditor] = {}
        for key, tip in (("Q", "Queries, one per row (q×d_k)"), ("K", "Keys, one per row (k×d_k)"),
                         ("V", "Values, one per key (k×d_v)")):
            ed = MatrixEditor(key, tooltip=tip, row_prefix=key.lower() + "_")
            ed.changed.connect(self._recompute_attention)
            ed.problem.connect(self.messages.error)
            ll.addWidget(ed)
            self.att_editors[key] = ed
        ll.addStretch(1)
        left_scroll = _scroll(left)
        left_scroll.setMinimumWidth(400)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page.addWidget(left_scroll)

        right = QWidget()
        rl = QVBoxLayout(right)
        self.att_text = QTextBrowser()
        self.att_text.setMinimumHeight(200)
        rl.addWidget(self.att_text, 2)
        self.heat_plot = _plot("attention weights P", "key", "query")
        self.heat_plot.setMouseEnabled(x=False, y=False)
        self.heat_plot.invertY(True)
        self.heat_plot.setAspectLocked(False)
        self.heat_image = pg.ImageItem(axisOrder="row-major")
        self.heat_image.setColorMap(pg.colormap.get("viridis"))
        self.heat_plot.addItem(self.heat_image)
        self.heat_bar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=pg.colormap.get("viridis"),
                                        interactive=False, width=14)
        self.heat_bar.setImageItem(self.heat_image, insert_in=self.heat_plot.getPlotItem())
        self.heat_labels: list[pg.TextItem] = []
        self.heat_plot.setToolTip("P = softmax(Q Kᵀ / √d_k), row by row: each row sums to 1")
        rl.addWidget(self.heat_plot, 3)
        b = QPushButton("Export heatmap…")
        b.clicked.connect(lambda: self._export_plot(self.heat_plot, "attention"))
        rl.addWidget(b, 0, Qt.AlignmentFlag.AlignRight)
        page.addWidget(right)
        page.setSizes([420, 880])
        return page

    def load_attention_preset(self, name: str) -> None:
        p = ATTENTION_PRESETS[name]
        self.link_box.setChecked(False)
        self._loading = True
        try:
            for key in "QKV":
                self.att_editors[key].set_matrix(p[key], emit=False)
            self.att_preset_box.setCurrentText(name)
        finally:
            self._loading = False
        self._recompute_attention()

    def _on_link_toggled(self, on: bool) -> None:
        for ed in self.att_editors.values():
            ed.setEnabled(not on)
        if on:
            self._fill_from_rnn()

    def _fill_from_rnn(self) -> None:
        if not self.steps:
            return
        Q = np.array([self.steps[0].h_prev] + [s.h for s in self.steps])
        X = np.array([s.x for s in self.steps])
        self._loading = True
        try:
            self.att_editors["Q"].set_matrix(Q, emit=False)
            self.att_editors["K"].set_matrix(X, emit=False)
            self.att_editors["V"].set_matrix(X, emit=False)
        finally:
            self._loading = False
        self._recompute_attention()

    def _recompute_attention(self, *_):
        if self._loading:
            return
        Q, K, V = (self.att_editors[k].matrix() for k in "QKV")
        try:
            att = attention.scaled_dot_product(Q, K, V, scale=self.scale_box.isChecked())
        except ValueError as exc:
            self.messages.error(f"Attention: {exc}")
            return
        self.att = att
        self._show_attention()

    def _show_attention(self) -> None:
        att = self.att
        q, k = att.weights.shape
        self.heat_image.setImage(att.weights, levels=(0.0, 1.0))
        self.heat_image.setRect(-0.5, -0.5, k, q)
        if len(self.heat_labels) != q * k:
            for item in self.heat_labels:
                self.heat_plot.removeItem(item)
            self.heat_labels = []
            for _ in range(q * k):
                item = pg.TextItem(anchor=(0.5, 0.5))
                self.heat_plot.addItem(item)
                self.heat_labels.append(item)
        for n, item in enumerate(self.heat_labels):
            i, j = divmod(n, k)
            w = att.weights[i, j]
            item.setText(format_number(round(w, 3)), color="k" if w > 0.6 else "w")
            item.setPos(j, i)
        linked = self.link_box.isChecked()
        self.heat_plot.getAxis("bottom").setTicks([[(j, f"x_{j + 1}" if linked else f"k_{j + 1}")
                                                    for j in range(k)]])
        self.heat_plot.getAxis("left").setTicks([[(i, f"h_{i}" if linked else f"q_{i + 1}") for i in range(q)]])
        self.heat_plot.setXRange(-0.5, k - 0.5, padding=0)
        self.heat_plot.setYRange(-0.5, q - 0.5, padding=0)

        esc = html.escape
        mono = f"style='padding:3px 8px; {MONO}'"

        def mat(a, d=4):
            return "<br>".join(esc(_vec(r, d)) for r in np.atleast_2d(a))

        d_k = att.d_k
        scaled = (f"S / √{d_k} = S · {format_number(round(att.factor, 4))}" if att.scale
                  else "no scaling: S̃ = S")
        mean = attention.mean_context(att.V)
        same = [i for i in range(q) if np.allclose(att.output[i], mean)]
        if len(same) == q:
            same_text = " — equals Z: " + ("all weights are equal" if q == 1 else "for every query")
        elif same:
            same_text = " — equals Z for " + ", ".join(f"q_{i + 1}" for i in same) + " (equal weights)"
        else:
            same_text = " — differs from Z"
        shown = q if q * k <= 12 else 1
        work = "<br>".join(f"q_{i + 1}·k_{j + 1} = " + esc(rnn.product_terms(att.K, att.Q[i], j, digits=4))
                           for i in range(shown) for j in range(k))
        if shown < q:
            work += f"<br>… and likewise for q_2 … q_{q} (one dot product per query–key pair)"
        rows = [("scores S = Q Kᵀ", work, mat(att.scores)),
                (esc(scaled), "", mat(att.scaled)),
                ("weights P = softmax(S̃)", "each row: e^(s − max) / Σ e^(s − max)", mat(att.weights, 3)),
                ("output Z = P V", "row i: Σ_j P_ij v_j", mat(att.output)),
                ("mean of values C", esc(f"(1/{k}) Σ_j v_j{same_text}"), mat(mean))]
        body = "".join(f"<tr><td style='padding:3px 8px'><b>{a}</b></td><td {mono}>{b}</td>"
                       f"<td {mono}>{c}</td></tr>" for a, b, c in rows)
        self.att_text.setHtml(
            f"<h3 style='margin:2px'>Scaled dot-product attention &nbsp;<span style='font-weight:normal'>"
            f"Q {q}×{d_k}, K {k}×{d_k}, V {att.V.shape[0]}×{att.V.shape[1]}</span></h3>"
            f"<table border='1' cellspacing='0' style='border-collapse:collapse'>{body}</table>")
