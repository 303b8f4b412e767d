"""The shared "Check my answer" box of every calculator (and its "New exercise" bar).

One line edit per quantity a student may work out (answers in numpy ``[1, 0.25]`` or MATLAB
``[1 0.25]`` notation, ``290,400``, ``55x55x96``), Check / Clear, a settable tolerance, the
page's own choosers (which layer, which query, which sample …) and the verdict.  A right
value turns green (✔), the first quantity where the arithmetic departs red (✘), a value that
follows correctly from an earlier slip orange; the verdict names the first slip and writes
its formula with the student's numbers (:mod:`nnlab_gui.engine.answer_check`).

The page gives ``provider``: a callable returning the current
:class:`~nnlab_gui.engine.answer_check.Quantity` list.  With ``exercise="4"`` the box also
has "New exercise" and a seed field: a new or typed number ("exercise 4-017", or just 17)
calls ``on_variant(number)``, which the page turns into a fresh problem
(:mod:`nnlab_gui.engine.variants`).  ``state()`` / ``apply_state()`` are the typed answers,
the tolerance and the exercise number: part of the page's state, so a session keeps them.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QWidget)

from nnlab_gui.engine import answer_check, variants
from nnlab_gui.engine.texts import N_, Problem
from nnlab_gui.i18n import error_text, tr_, translate
from nnlab_gui.widgets.section import Section

COLOURS = {"ok": "#2e7d32", "error": "#c62828", "info": "palette(text)"}


class AnswerCheck(Section):
    """The box: a :class:`~nnlab_gui.widgets.section.Section` that folds away (its header is the
    title), open unless ``expanded=False``; ``key`` remembers the user's choice."""

    check_requested = Signal()
    checked = Signal(object)          # the AnswerCheck result (None when the text did not read)

    def __init__(self, rows: Sequence[tuple[str, str]], controls: Sequence[QWidget] = (),
                 tolerance: Sequence[QWidget] | float = 0.005, exercise: str | None = None,
                 on_variant: Callable[[int], None] | None = None, columns: int = 2,
                 key: str = "", expanded: bool = True, parent: QWidget | None = None):
        super().__init__(tr_("Check my answer"), key=key, expanded=expanded, parent=parent)
        self.body.setToolTip(tr_("Type your own numbers for any of the quantities (e.g. 1 1, [1, 1] or [1 1]) "
                                 "and press Check: the first wrong one is named, with its formula"))
        self.provider: Callable[[], list[answer_check.Quantity]] | None = None
        self.exercise, self.on_variant, self.number = exercise, on_variant, None
        grid = QGridLayout(self.body)
        grid.setContentsMargins(12, 0, 6, 4)
        grid.setVerticalSpacing(2)
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.marks: dict[str, QLabel] = {}
        for i, (key, text) in enumerate(rows):
            r, c = divmod(i, columns)
            lab, edit, mark = QLabel(translate(text)), QLineEdit(), QLabel()
            edit.setPlaceholderText(tr_("your value"))
            edit.returnPressed.connect(self.check_requested)
            mark.setFixedWidth(18)
            grid.addWidget(lab, r, 3 * c)
            grid.addWidget(edit, r, 3 * c + 1)
            grid.addWidget(mark, r, 3 * c + 2)
            self.labels[key], self.edits[key], self.marks[key] = lab, edit, mark
        n = (len(rows) + columns - 1) // columns
        row = QHBoxLayout()
        self.check_button = QPushButton(tr_("Check"))
        self.check_button.clicked.connect(self.check_requested)
        self.clear_button = QPushButton(tr_("Clear"))
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.check_button)
        row.addWidget(self.clear_button)
        self.tolerance_box: QDoubleSpinBox | None = None
        if isinstance(tolerance, (int, float)):
            self.tolerance_box = QDoubleSpinBox()
            self.tolerance_box.setRange(0.0, 1e6)
            self.tolerance_box.setDecimals(4)
            self.tolerance_box.setSingleStep(0.001)
            self.tolerance_box.setValue(float(tolerance))
            self.tolerance_box.setToolTip(tr_("How far a typed value may be from the correct one (rounding): "
                                              "|yours − right| ≤ tol (counts and sizes must be exact)"))
            row.addWidget(QLabel(tr_("tolerance ±")))
            row.addWidget(self.tolerance_box)
        else:
            for w in tolerance:           # the page's own tolerance field: label and box
                row.addWidget(w)
        for w in controls:
            row.addWidget(w)
        row.addStretch(1)
        grid.addLayout(row, n, 0, 1, 3 * columns)
        if exercise is not None:
            grid.addLayout(self._exercise_row(), n + 1, 0, 1, 3 * columns)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.result, n + 2, 0, 1, 3 * columns)
        self.check_requested.connect(lambda: self.check() if self.provider is not None else None)

    def setTitle(self, title: str) -> None:  # noqa: N802 - the QGroupBox name the pages call
        self.set_title(title)

    def _exercise_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = QPushButton(tr_("New exercise"))
        self.new_button.setToolTip(tr_("A fresh problem of the same shape, numbered: the same number gives "
                                       "the same problem on every machine"))
        self.new_button.clicked.connect(lambda: self.new_exercise())
        self.seed_edit = QLineEdit()
        self.seed_edit.setPlaceholderText(f"{self.exercise}-017")
        self.seed_edit.setMaximumWidth(110)
        self.seed_edit.setToolTip(tr_("Type an exercise number (e.g. {example} or 17) and press Enter "
                                      "to get that problem again").format(example=f"{self.exercise}-017"))
        self.seed_edit.returnPressed.connect(self._on_seed_typed)
        self.exercise_label = QLabel(tr_("the course's problem"))
        row.addWidget(self.new_button)
        row.addWidget(QLabel(tr_("number")))
        row.addWidget(self.seed_edit)
        row.addWidget(self.exercise_label, 1)
        return row

    # ---------------------------------------------------------------- exercises
    def new_exercise(self, number: int | None = None) -> bool:
        """Number ``number`` (default: a random one) of this page's exercise, made and shown."""
        if number is None:
            number = int(np.random.default_rng().integers(1, variants.MAX_NUMBER + 1))
        try:
            number = variants.check_number(number)
            if self.on_variant is not None:
                self.on_variant(number)
        except ValueError as exc:
            self._show(error_text(exc), "error")
            return False
        self.show_exercise(number)
        self.set_expanded(True, remember=False)
        self._name_in_presets(variants.exercise_name(self.exercise, number))
        self.clear()
        self._show(tr_("New problem: {name}. Work it out and check your answers here.").format(
            name=variants.exercise_name(self.exercise, number)), "info")
        return True

    def _name_in_presets(self, name: str) -> None:
        """The page's preset list shows no preset now: the exercise's name stands in it."""
        w = self.parentWidget()
        while w is not None and getattr(w, "preset_picker", None) is None:
            w = w.parentWidget()
        picker = getattr(w, "preset_picker", None) if w is not None else None
        if picker is not None:
            picker.combo.setPlaceholderText(name)
            picker.combo.setCurrentIndex(-1)

    def show_exercise(self, number: int | None) -> None:
        self.number = number
        if self.exercise is not None:
            self.exercise_label.setText(tr_("the course's problem") if number is None else
                                        f"<b>{variants.exercise_name(self.exercise, number)}</b>")

    def show_exercise_state(self, number) -> None:
        """Apply a saved exercise number (None: the course's problem); ValueError if it is not one."""
        self.show_exercise(None if number is None else variants.check_number(number))

    def _on_seed_typed(self) -> None:
        try:
            number = variants.parse_number(self.seed_edit.text(), self.exercise)
        except ValueError as exc:
            self._show(error_text(exc), "error")
            return
        self.new_exercise(number)

    # ---------------------------------------------------------------- answers
    def tolerance(self) -> float:
        return self.tolerance_box.value() if self.tolerance_box is not None else 0.005

    def answers(self) -> dict[str, str]:
        return {k: e.text() for k, e in self.edits.items() if e.text().strip()}

    def set_answer(self, key: str, text: str) -> None:
        self.edits[key].setText(text)

    def set_row(self, key: str, label: str | Problem | None = None, tip: str | Problem = "",
                enabled: bool = True) -> None:
        """A row's label and tip (marked texts or the quantities' Problems, shown translated)."""
        if label is not None:
            self.labels[key].setText(shown(label))
        tip = shown(tip)
        self.labels[key].setToolTip(tip)
        self.edits[key].setToolTip(tip)
        for w in (self.labels[key], self.edits[key]):
            w.setEnabled(enabled)

    def clear(self) -> None:
        for key in self.edits:
            self.edits[key].clear()
            self.marks[key].clear()
            self.edits[key].setStyleSheet("")
        self.result.clear()

    def check(self) -> answer_check.AnswerCheck | None:
        """Mark the typed answers against the provider's quantities; None (reason shown) for bad text."""
        if self.provider is None:
            return None
        try:
            quantities = self.provider()
            keys = {q.key for q in quantities}
            answers = self.answers()
            off = [k for k in answers if k not in keys]
            if off:
                raise Problem(N_("{name}: nothing to check here now"), name=self.labels[off[0]].text())
            res = answer_check.check_answers(quantities, answers, atol=self.tolerance())
        except ValueError as exc:
            self._show(error_text(exc), "error")
            self.checked.emit(None)
            return None
        self.show_result(res)
        self.checked.emit(res)
        return res

    def show_result(self, res) -> None:
        """Marks and verdict of a result with ``verdict(key)``, ``first_wrong``, ``message``."""
        answered = {v.key for v in res.verdicts}
        for key in self.edits:
            self._mark(key, res if key in answered else None)
        problem = getattr(res, "problem", None)
        self._show(res.message if problem is None else error_text(problem), "ok" if res.all_right else ("info" if not res.verdicts else "error"))

    def _mark(self, key: str, res) -> None:
        mark, edit = self.marks[key], self.edits[key]
        if res is None:
            mark.clear()
            edit.setStyleSheet("")
            return
        v = res.verdict(key)
        if v.ok:
            mark.setText("✔")
            mark.setStyleSheet("color:#2e7d32; font-weight:bold")
            edit.setStyleSheet("background:#dcedc8; color:black")
        else:
            mark.setText("✘")
            mark.setStyleSheet("color:#c62828; font-weight:bold")
            edit.setStyleSheet("background:#ffcdd2; color:black" if key == res.first_wrong or not v.consistent
                               else "background:#ffe0b2; color:black")
            mark.setToolTip(shown(getattr(v, "problem", None) or v.detail))

    def _show(self, text: str, level: str) -> None:
        self.result.setStyleSheet(f"color:{COLOURS[level]}")
        self.result.setText(("✔ " if level == "ok" else "✘ " if level == "error" else "") + text)

    # ---------------------------------------------------------------- state
    def state(self) -> dict[str, Any]:
        out: dict[str, Any] = {"answers": self.answers(), "tolerance": self.tolerance()}
        if self.exercise is not None:
            out["exercise"] = self.number
        return out

    def apply_state(self, state: Any) -> None:
        """Typed answers, tolerance and exercise number; everything checked before anything changes."""
        if not isinstance(state, dict):
            raise Problem(N_("check: a table with answers, tolerance (and exercise)"))
        answers = state.get("answers", {})
        if not (isinstance(answers, dict) and set(answers) <= set(self.edits)
                and all(isinstance(v, str) for v in answers.values())):
            raise Problem(N_("check answers: a table of typed values for {keys}"), keys=", ".join(self.edits))
        tol = state.get("tolerance")
        if tol is not None and (isinstance(tol, bool) or not isinstance(tol, (int, float)) or not 0 <= tol <= 1e6):
            raise Problem(N_("check tolerance: a number from 0 to 1e6, got {value!r}"), value=tol)
        number = state.get("exercise")
        if number is not None:
            number = variants.check_number(number)
        self.clear()
        for key, text in answers.items():
            self.edits[key].setText(text)
        if answers:
            self.set_expanded(True, remember=False)      # typed answers are there to be seen
        if tol is not None and self.tolerance_box is not None:
            self.tolerance_box.setValue(float(tol))
        if "exercise" in state:
            self.show_exercise(number)


def shown(text: str | Problem) -> str:
    """A marked text or a Problem (a quantity's label, tip or verdict) in the current language."""
    return error_text(text) if isinstance(text, Problem) else translate(text)


def attach(page, box: AnswerCheck, controls: dict[str, tuple[Callable[[], Any], Callable[[Any], None]]] | None = None,
           key: str = "check") -> AnswerCheck:
    """Put ``box`` on ``page``: below its views (above the message bar), as ``page.answer_check``,
    and its state (with the page's choosers in ``controls``: name → (get, apply)) in the page state."""
    controls = controls or {}

    def get() -> dict[str, Any]:
        return {**box.state(), **{name: g() for name, (g, _a) in controls.items()}}

    def apply(state: Any) -> None:
        box.apply_state(state)
        for name, (_g, a) in controls.items():
            if isinstance(state, dict) and name in state:
                a(state[name])

    page.answer_check = box
    if not box.key and getattr(page, "key", ""):
        box.set_key(f"{page.key}/{key}")
    page.add_state_part(key, get, apply)
    lay = page.layout()
    lay.insertWidget(max(lay.count() - 1, 0), box)
    return box


def spin_control(spin) -> tuple[Callable[[], Any], Callable[[Any], None]]:
    """(get, apply) of a spin box for :func:`attach` (apply refuses a value out of range)."""
    def apply(v: Any) -> None:
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not spin.minimum() <= v <= spin.maximum():
            raise Problem(N_("{name}: {value!r} is outside {low:g} … {high:g}"),
                          name=spin.toolTip().split(":")[0] or Problem(N_("value")), value=v, low=spin.minimum(),
                          high=spin.maximum())
        spin.setValue(v)
    return spin.value, apply
