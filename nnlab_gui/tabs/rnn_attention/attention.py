"""The "Attention" page: scaled dot-product attention, every intermediate shown (SPEC §4, ex. 3b).

With queries Q (q × d_k), keys K (k × d_k) and values V (k × d_v)::

    S = Q Kᵀ,   S̃ = S / √d_k (when scaled),   P = softmax(S̃) row by row,   Z = P V

and the exercise's baseline, the mean of the values C = (1/k) Σ_j v_j (= Z when all
weights are equal, e.g. for the query h_0 = 0).  Q, K and V are edited here, or linked to
the RNN page: queries = its hidden states h_0 … h_T, keys = values = its inputs x_t
(needs H = D), following every change there.  The weights P are drawn as a heatmap.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from nnlab_gui.engine import attention
from nnlab_gui.engine.numbers import DIGITS, fmt_row
from nnlab_gui.engine.rnn_text import attention_html
from nnlab_gui.pages import Flag, Page
from nnlab_gui.tabs.rnn_attention import attention_answers
from nnlab_gui.tabs.rnn_attention.presets import ATTENTION_EDITORS, ATTENTION_PRESETS
from nnlab_gui.tabs.rnn_attention.views import (checked_state, editor_state, make_editors, make_plot,
                                                resolve_inputs)
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, error_text, tr_, translate

NAMES = {"scores": N_("scores"), "scaled": N_("scaled"), "weights": N_("weights"), "output": N_("output")}


class AttentionPage(Page):
    TITLE = N_("Attention")
    FIELDS = [
        Flag("scale", N_("scale scores by 1/√d_k"), True,
             tip=N_("S̃ = Q Kᵀ / √d_k keeps the softmax from saturating when d_k is large")),
        Flag("link", N_("queries = hidden states h_0…h_T, keys = values = inputs x_t"), False, persist=False,
             tip=N_("Take Q from the RNN page's hidden states and K = V from its inputs (needs H = D)")),
    ]
    PRESETS = ATTENTION_PRESETS

    def build(self) -> None:
        self.att: attention.AttentionResult | None = None
        self._rnn = None               # the RNN page, once linked
        self.editors = make_editors(ATTENTION_EDITORS, self._recompute, self.messages)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.att_text = QTextBrowser()
        self.att_text.setMinimumHeight(200)
        self.att_text.setAccessibleName(tr_("attention arithmetic"))
        rl.addWidget(self.att_text, 2)
        self.heat_plot = make_plot(N_("attention weights P"), N_("key"), N_("query"))
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
        self.heat_plot.setToolTip(tr_("P = softmax(Q Kᵀ / √d_k), row by row: each row sums to 1"))
        rl.addWidget(self.heat_plot, 3)
        self.add_export(N_("Heatmap (PNG / SVG, CSV of the weights)…"),
                        lambda: self.save_plot(self.heat_plot, "attention", table=self.weights_table))
        self.side_layout(right, *self.editors.values(), width=420)
        attention_answers.install(self)          # check my answer, numbered exercises
        self.apply_preset(self.PRESETS[0])

    # ---------------------------------------------------------------- state
    def extra_state(self) -> dict[str, Any]:
        return editor_state(self.editors)

    def apply_extra_state(self, state: dict[str, Any]) -> None:
        mats = checked_state(self.editors, state)          # all three checked first
        for key, a in mats.items():
            self.editors[key].set_matrix(a, emit=False)

    def refresh(self) -> None:
        if self.form.value("link") and not self._fill_from_rnn():
            self.form.set_value("link", False, emit=False)      # nothing to link to: edit Q, K, V
        for ed in self.editors.values():
            ed.setEnabled(not self.form.value("link"))
        if not self.form.value("link"):
            self._recompute()

    def _on_changed(self, name: str) -> None:
        if name == "scale":
            self._recompute()
        else:                          # the link (or several fields at once)
            self.refresh()

    def run_now(self) -> bool:
        """Ctrl+R: recompute the attention (re-reading the RNN page when linked)."""
        before = self.att
        self.refresh()
        return self.att is not before

    def weights_table(self) -> tuple[np.ndarray, list[str]]:
        if self.att is None:
            raise Problem(N_("there are no attention weights yet"))
        return self.att.weights, [f"k_{j + 1}" for j in range(self.att.weights.shape[1])]

    # ---------------------------------------------------------------- link to the RNN page
    def _rnn_page(self):
        if self._rnn is None:
            try:
                self._rnn = self.sibling("RNN")
            except KeyError:
                return None
            self._rnn.steps_changed.connect(self._on_rnn_changed)
        return self._rnn

    def _on_rnn_changed(self) -> None:
        if self.form.value("link"):
            self._fill_from_rnn()

    def _fill_from_rnn(self) -> bool:
        """Q = h_0 … h_T, K = V = x_1 … x_T of the RNN page; False when there is none to read."""
        page = self._rnn_page()
        if page is None or not page.steps:
            self.messages.error(N_("There are no RNN steps to link to"), source="link")
            return False
        steps = page.steps
        X = np.array([s.x for s in steps])
        try:
            self.apply_extra_state({"Q": np.array([steps[0].h_prev] + [s.h for s in steps]), "K": X, "V": X})
        except ValueError as exc:
            self.messages.error(tr_("cannot link to the RNN page: {why}").format(why=error_text(exc)), source="link")
            return False
        self.messages.resolve("link")
        self._recompute()
        return True

    # ---------------------------------------------------------------- compute
    def _recompute(self) -> None:
        Q, K, V = (self.editors[k].matrix() for k in "QKV")
        try:
            att = attention.scaled_dot_product(Q, K, V, scale=self.form.value("scale"))
            for name in ("scores", "scaled", "weights", "output"):
                if not np.all(np.isfinite(getattr(att, name))):
                    raise Problem(N_("the {name} are not finite (the numbers are too large: they overflow) — the "
                                     "last valid attention is shown"), name=Problem(NAMES[name]))
        except (ValueError, ArithmeticError) as exc:
            self.messages.error(tr_("Attention: {why}").format(why=error_text(exc)), source="attention")
            return
        self.att = att
        resolve_inputs(self.messages, self.editors, "attention")
        self._draw_heatmap()
        self.att_text.setHtml(attention_html(att, translate))

    def _draw_heatmap(self) -> None:
        weights = self.att.weights
        q, k = weights.shape
        self.heat_image.setImage(weights, levels=(0.0, 1.0))
        self.heat_image.setRect(-0.5, -0.5, k, q)
        if len(self.heat_labels) != q * k:
            for item in self.heat_labels:
                self.heat_plot.removeItem(item)
            self.heat_labels = []
            for _ in range(q * k):
                item = pg.TextItem(anchor=(0.5, 0.5))
                self.heat_plot.addItem(item)
                self.heat_labels.append(item)
        texts = fmt_row(weights.ravel(), DIGITS["probability"])
        for n, item in enumerate(self.heat_labels):
            i, j = divmod(n, k)
            w = weights[i, j]
            item.setText(texts[n], color="k" if w > 0.6 else "w")
            item.setPos(j, i)
        linked = self.form.value("link")
        self.heat_plot.getAxis("bottom").setTicks([[(j, f"x_{j + 1}" if linked else f"k_{j + 1}")
                                                    for j in range(k)]])
        self.heat_plot.getAxis("left").setTicks([[(i, f"h_{i}" if linked else f"q_{i + 1}") for i in range(q)]])
        self.heat_plot.setXRange(-0.5, k - 0.5, padding=0)
        self.heat_plot.setYRange(-0.5, q - 0.5, padding=0)
