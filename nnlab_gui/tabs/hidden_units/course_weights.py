"""Course weights: the course's trained ``ex4weights.mat`` — its hidden units, cost and accuracy.

The file holds Θ1 (25×401) and Θ2 (10×26) of a 400-25-10 sigmoid network trained on the
course's 20×20 digits, whose pixels are stored column-major and whose output unit k
means label k (1..10, 10 = digit 0).  On the bundled digits (fed column-major, Θ2's rows
rolled so row 0 is digit 0) the page shows::

    J(λ=0), J(λ=1), accuracy,   and   λ/(2m)(ΣΘ1[:,1:]² + ΣΘ2[:,1:]²) = J(λ=1) − J(λ=0)

The file is read and validated completely (``engine.course_files.read_course_weights``:
shapes, finite values, |Θ| ≤ 10⁶) and evaluated, and only then is anything on screen
replaced; weights whose cost is not finite are refused.  Ctrl+R opens the file dialog while nothing is loaded, and
re-evaluates the loaded weights afterwards.  The weights are the page's input, so they
are part of its state (nested lists).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from nnlab_gui.engine import mlp
from nnlab_gui.engine.datasets import load_digits
from nnlab_gui.engine.course_files import MAX_THETA, WEIGHT_SHAPES, read_course_weights
from nnlab_gui.engine.matfile import check_array
from nnlab_gui.pages import Page
from nnlab_gui.tabs.hidden_units.common import COURSE_FILTER, unit_tiles
from nnlab_gui.widgets import export
from nnlab_gui.widgets.empty_state import clear_empty, set_empty
from nnlab_gui.widgets.image_view import TileGrid
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, error_text, tr_

SHAPES = WEIGHT_SHAPES
EMPTY = N_("Press Open ex4weights.mat… (or Ctrl+R, File → Open…): the course network's 25 hidden "
         "units appear here as 20×20 pictures.")
INTRO = ("Open the course's ex4weights.mat (Theta1 25×401, Theta2 10×26) to see its "
         "hidden units and its cost on the bundled digits.")


def evaluate(thetas) -> dict[str, float]:
    """Cost (λ = 0 and 1), accuracy and penalty of course-ordered weights on the bundled digits.

    ValueError when a result is not finite (the page then keeps what it shows).
    """
    thetas0 = [thetas[0], np.roll(thetas[1], 1, axis=0)]     # course row 9 (label 10) is digit 0
    d = load_digits()
    X = d.images20.transpose(0, 2, 1).reshape(len(d), 400)   # column-major pixels, as the course's
    m = len(X)
    with np.errstate(all="ignore"):
        res = {"cost0": mlp.cost(thetas0, X, d.labels, 0.0), "cost1": mlp.cost(thetas0, X, d.labels, 1.0),
               "accuracy": mlp.accuracy(thetas0, X, d.labels), "penalty": mlp.penalty(thetas, 1.0, m), "m": m}
    bad = [k for k, v in res.items() if not np.isfinite(v)]
    if bad:
        raise Problem(N_("these weights give a non-finite {quantities} on the bundled digits (|Θ| up to {size:.3g}): "
                         "not usable"), quantities=", ".join(bad), size=max(float(np.max(np.abs(t))) for t in thetas))
    return res


class CourseWeightsPage(Page):
    TITLE = N_("Course weights")
    OPEN_FILTER = COURSE_FILTER

    def build(self) -> None:
        self.course_thetas: list[np.ndarray] | None = None
        self.course_results: dict[str, float] | None = None
        self.course_name = ""
        self.open_button = QPushButton(tr_("Open ex4weights.mat…"))
        self.open_button.setToolTip(tr_("Open the course's network weights (Ctrl+R while none are loaded; File → Open…)"))
        self.open_button.clicked.connect(self.choose_file)
        self.course_grid = TileGrid(pad=1, pad_value=1.0)
        self.course_grid.setToolTip(tr_("Θ1 rows without the bias, reshaped column-major to 20×20 (the course's order)"))
        self.course_label = QLabel(INTRO)
        self.course_label.setWordWrap(True)
        self.course_label.setTextFormat(Qt.TextFormat.RichText)
        self.add_export(N_("Hidden-unit tiles (PNG/SVG)…"), self._export_tiles)
        self.side_layout(self.course_grid, self.open_button, self.course_label, width=420)
        set_empty(self.course_grid, EMPTY)

    # ------------------------------------------------------------------ files
    def choose_file(self) -> bool:
        path = export.ask_open_path(self, "Open course weights", self.OPEN_FILTER)
        if not path:
            self.messages.info(N_("nothing loaded: Ctrl+R or File → Open… opens the course's ex4weights.mat"))
            return False
        return self.open_file(path)

    def open_file(self, path: str) -> bool:
        """Read, check and evaluate the weights; only then replace what the page shows."""
        try:
            thetas = read_course_weights(path)
            res = evaluate(thetas)
        except ValueError as exc:
            self.messages.error(tr_("Could not open {name}: {why}. The page keeps what it showed.").format(
                name=Path(path).name, why=error_text(exc)),
                                source="file")
            return False
        self._show(thetas, Path(path).name, res)
        self.record_file("weights", path, reread=False)        # the weights are in the state
        win = self.window()
        if hasattr(win, "show_page") and "/" in self.key:
            try:
                win.show_page(self.key.replace("/", ":"))
            except KeyError:
                pass
        self.messages.info(f"loaded {self.course_name}: accuracy {100 * self.course_results['accuracy']:.2f} % "
                           "on the bundled digits")
        return True

    def run_now(self) -> bool:
        """Ctrl+R: the file dialog while nothing is loaded, else evaluate the loaded weights again."""
        if self.course_thetas is None:
            self.messages.info(N_("Ctrl+R: no weights loaded yet, so choose the course's ex4weights.mat"))
            return self.choose_file()
        self._show(self.course_thetas, self.course_name)
        self.messages.info(f"Ctrl+R: re-evaluated the loaded {self.course_name} on the bundled digits: "
                           f"accuracy {100 * self.course_results['accuracy']:.2f} %")
        return True

    def _show(self, thetas: list[np.ndarray], name: str, res: dict[str, float] | None = None) -> None:
        res = evaluate(thetas) if res is None else res
        self.course_thetas, self.course_results, self.course_name = thetas, res, name
        c0, c1, m = res["cost0"], res["cost1"], res["m"]
        self.course_grid.set_tiles(unit_tiles(thetas[0], order="F"), cols=5)
        clear_empty(self.course_grid)
        self.course_label.setText(
            f"<b>{name}</b>: Θ1 25×401, Θ2 10×26.<br>"
            f"On the bundled {m} digits (20×20, fed in the course's column-major order):<br>"
            f"cost J(λ=0) = {c0:.6f}, J(λ=1) = {c1:.6f}, accuracy {100 * res['accuracy']:.2f} %.<br>"
            f"Regularisation term (λ = 1, m = {m}): λ/(2m)(ΣΘ1[:,1:]² + ΣΘ2[:,1:]²) = {c1 - c0:.6f}.<br>"
            "<i>The course reports 0.287629 / 0.383770 and 97.52 % on its own digits; the bundled digits are "
            "resampled MNIST, so the network sees slightly different pictures.</i>")

    def _export_tiles(self) -> None:
        if self.course_thetas is None:
            self.messages.warning(N_("nothing to export yet: open ex4weights.mat first"))
            return
        self.save_widget(self.course_grid, "course_hidden_units")

    # ------------------------------------------------------------------ state
    def extra_state(self) -> dict[str, Any]:
        if self.course_thetas is None:
            return {}
        return {"course_weights": {"name": self.course_name,
                                   **{k: t.tolist() for k, t in zip(SHAPES, self.course_thetas)}}}

    def apply_extra_state(self, state: dict[str, Any]) -> None:
        if "course_weights" not in state:
            return
        cw = state["course_weights"]
        if cw is None:
            self.course_thetas = self.course_results = None
            self.course_name = ""
            self.files.pop("weights", None)      # no weights, no file behind them
            self.course_grid.set_tiles(np.zeros((0, 1, 1)))
            set_empty(self.course_grid, EMPTY)
            self.course_label.setText(INTRO)
            return
        if not isinstance(cw, dict):
            raise Problem(N_("course_weights must be a dict with Theta1 and Theta2"))
        thetas = [check_array(k, cw.get(k), shape, "course_weights", MAX_THETA) for k, shape in SHAPES.items()]
        self._show(thetas, str(cw.get("name") or "course weights"), evaluate(thetas))
