"""A form built from declared fields: widgets, ``values()``, ``set_values()``, memory.

``Form(fields, key="Inpainting/Inpainting")`` makes one widget per field (spin box,
float box that shows ``1e-3``, labelled slider, combo box, check box, line edit) in a
grid of ``columns`` label/widget pairs.  ``values()`` is the dict the engine call takes;
``set_values(d)`` applies a (partial) dict in one step (a preset, a session, a lesson
step).  Every user edit emits ``changed(name)`` and is remembered in the lab's settings
under ``pages/<key>/<name>`` unless the field says ``persist=False`` (magicgui's
``persist``).  A typed text that does not parse emits ``problem(name, message)``; the
form keeps the last valid value, and ``values()`` raises ``ValueError`` with that
message until it is fixed (``fixed(name)``).
"""

from __future__ import annotations

from typing import Any, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QGridLayout, QLabel,
                               QLineEdit, QSpinBox, QWidget)
from superqt import QLabeledDoubleSlider

from nnlab_gui import settings
from nnlab_gui.i18n import error_text, tr_, translate
from nnlab_gui.pages.fields import Choice, Field, Flag, Float, Int, Numbers, Text
from nnlab_gui.widgets.section import Section

_BAD = "QLineEdit { border: 2px solid #c62828; }"


class FloatSpinBox(QDoubleSpinBox):
    """A float box that shows the shortest form (``1e-3``, ``0.25``) and reads ``1e-3`` too.

    With ``log=True`` the arrows walk 1, 2, 5, 10, 20, … (times a power of ten).
    """

    def __init__(self, spec: Float, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.setDecimals(spec.decimals if spec.decimals is not None else 15)
        self.setRange(spec.minimum, spec.maximum)
        self.setSingleStep(spec.step)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        return self.spec.text(value)

    def valueFromText(self, text: str) -> float:  # noqa: N802
        try:
            return float(text.replace(",", ".").strip() or "nan")
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):  # noqa: N802
        t = text.replace(",", ".").strip()
        if self.suffix():
            t = t.removesuffix(self.suffix().strip()).strip()
        try:
            v = float(t)
        except ValueError:
            ok = t in ("", "-", "+", ".") or t.lower().endswith(("e", "e-", "e+"))
            return (QValidator.State.Intermediate if ok else QValidator.State.Invalid), text, pos
        inside = self.minimum() <= v <= self.maximum()
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate), text, pos

    def stepBy(self, steps: int) -> None:  # noqa: N802
        if not self.spec.log:
            super().stepBy(steps)
            return
        v = self.value()
        for _ in range(abs(steps)):
            v = _step_125(v, up=steps > 0, floor=self.minimum())
        self.setValue(min(max(v, self.minimum()), self.maximum()))


def _step_125(v: float, up: bool, floor: float) -> float:
    import math

    if v <= 0:
        return max(floor, 1e-12) if up else 0.0
    e = math.floor(math.log10(v) + 1e-9)
    ladder = [m * 10.0 ** k for k in (e - 1, e, e + 1) for m in (1, 2, 5)]
    if up:
        return next(x for x in ladder if x > v * (1 + 1e-9))
    return next(x for x in reversed(ladder) if x < v * (1 - 1e-9))


class Form(QWidget):
    changed = Signal(str)            # a field the user edited ("*": set_values applied several)
    problem = Signal(str, str)       # field, message
    fixed = Signal(str)              # field whose typed text is valid again

    def __init__(self, fields: Iterable[Field], key: str = "", columns: int = 1,
                 persist: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.fields: dict[str, Field] = {f.name: f for f in fields}
        self.key = key
        self.persist = persist and bool(key)
        self._widgets: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._values: dict[str, Any] = {}
        self._invalid: dict[str, str] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.more: Section | None = None       # the folding "More settings" (advanced fields)
        basic = [f for f in self.fields.values() if not f.advanced]
        advanced = [f for f in self.fields.values() if f.advanced]
        self._lay_out(grid, basic, columns)
        if advanced:
            self.more = Section(tr_("More settings"), key=f"{key}/more" if key else "",
                                expanded=False, advanced=True)
            inner = QGridLayout(self.more.body)
            inner.setContentsMargins(12, 0, 0, 0)
            self._lay_out(inner, advanced, columns)
            grid.addWidget(self.more, grid.rowCount(), 0, 1, 2 * max(1, columns))
        if self.persist:
            self._restore()

    def _lay_out(self, grid: QGridLayout, fields: list[Field], columns: int) -> None:
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        for i, spec in enumerate(fields):
            r, c = divmod(i, max(1, columns))
            w = self._make(spec)
            self._widgets[spec.name] = w
            self._values[spec.name] = spec.default
            tip = translate(spec.tip or "")
            w.setToolTip(tip)
            if isinstance(spec, Flag):
                grid.addWidget(w, r, 2 * c, 1, 2)
            else:
                label = QLabel(translate(spec.label) + (f" ({translate(spec.unit)})" if spec.unit and not _has_suffix(w) else ""))
                label.setToolTip(tip)
                label.setBuddy(w)
                self._labels[spec.name] = label
                grid.addWidget(label, r, 2 * c)
                grid.addWidget(w, r, 2 * c + 1)
            self._show(spec.name, spec.default)
        for c in range(max(1, columns)):
            grid.setColumnStretch(2 * c + 1, 1)

    # ------------------------------------------------------------------ widgets
    def _make(self, spec: Field) -> QWidget:
        name = spec.name
        if isinstance(spec, Int):
            w = QSpinBox()
            w.setRange(spec.minimum, spec.maximum)
            w.setSingleStep(spec.step)
            if spec.unit:
                w.setSuffix(f" {translate(spec.unit)}")
            if spec.special:
                w.setSpecialValueText(translate(spec.special))
            w.valueChanged.connect(lambda v, n=name: self._edited(n, int(v)))
        elif isinstance(spec, Float) and spec.slider:
            w = QLabeledDoubleSlider(Qt.Orientation.Horizontal)
            w.setRange(spec.minimum, spec.maximum)
            w.setDecimals(spec.decimals if spec.decimals is not None else 3)
            w.setSingleStep(spec.step)
            w.valueChanged.connect(lambda v, n=name: self._edited(n, float(v)))
        elif isinstance(spec, Float):
            w = FloatSpinBox(spec)
            if spec.unit:
                w.setSuffix(f" {translate(spec.unit)}")
            w.valueChanged.connect(lambda v, n=name: self._edited(n, float(v)))
        elif isinstance(spec, Choice):
            w = QComboBox()
            for i, opt in enumerate(spec.options):
                w.addItem(translate(str(opt[1])), opt[0])
                if len(opt) > 2:
                    w.setItemData(i, translate(opt[2]), Qt.ItemDataRole.ToolTipRole)
            w.currentIndexChanged.connect(lambda i, n=name, c=w: self._edited(n, c.itemData(i)))
        elif isinstance(spec, Flag):
            w = QCheckBox(translate(spec.label))
            w.toggled.connect(lambda on, n=name: self._edited(n, bool(on)))
        elif isinstance(spec, (Text, Numbers)):
            w = QLineEdit()
            w.setPlaceholderText(translate(spec.placeholder))
            w.editingFinished.connect(lambda n=name: self._text_done(n))
            w.textEdited.connect(lambda _t, n=name: self._text_typed(n))
        else:
            raise TypeError(f"unknown field type {type(spec).__name__}")
        w.setObjectName(name)
        return w

    def _show(self, name: str, value: Any) -> None:
        """Put ``value`` on the widget without emitting anything."""
        spec, w = self.fields[name], self._widgets[name]
        w.blockSignals(True)
        try:
            if isinstance(spec, Choice):
                w.setCurrentIndex(max(0, w.findData(value)))
            elif isinstance(spec, Flag):
                w.setChecked(bool(value))
            elif isinstance(spec, Numbers):
                w.setText(spec.text(value))
                w.setStyleSheet("")
            elif isinstance(spec, Text):
                w.setText(value)
                w.setStyleSheet("")
            else:
                w.setValue(value)
        finally:
            w.blockSignals(False)

    # ------------------------------------------------------------------ edits
    def _edited(self, name: str, value: Any) -> None:
        self._values[name] = value
        self._remember(name)
        self.changed.emit(name)

    def _text_typed(self, name: str) -> None:
        """While typing: validate quietly (no message until editing finishes)."""
        w, spec = self._widgets[name], self.fields[name]
        try:
            spec.coerce(w.text())
        except ValueError:
            return
        w.setStyleSheet("")

    def _text_done(self, name: str) -> None:
        w, spec = self._widgets[name], self.fields[name]
        try:
            value = spec.coerce(w.text())
        except ValueError as exc:
            self._invalid[name] = error_text(exc)
            w.setStyleSheet(_BAD)
            self.problem.emit(name, error_text(exc))
            return
        w.setStyleSheet("")
        was_invalid = self._invalid.pop(name, None) is not None
        if was_invalid:
            self.fixed.emit(name)
        if value != self._values[name]:
            self._edited(name, value)

    def _remember(self, name: str) -> None:
        if self.persist and self.fields[name].persist:
            v = self._values[name]
            settings.store_json(f"pages/{self.key}/{name}", list(v) if isinstance(v, tuple) else v)

    def _restore(self) -> None:
        for name, spec in self.fields.items():
            if not spec.persist:
                continue
            stored = settings.load_json(f"pages/{self.key}/{name}", None)
            if stored is None:
                continue
            try:
                value = spec.coerce(stored)
            except ValueError:
                continue                 # a remembered value that no longer fits: default
            self._values[name] = value
            self._show(name, value)

    # ------------------------------------------------------------------ API
    def values(self) -> dict[str, Any]:
        """Every field's value; ValueError naming the field while a typed text is bad."""
        for name in self.fields:
            if name in self._invalid:
                raise ValueError(self._invalid[name])
        return dict(self._values)

    def value(self, name: str) -> Any:
        if name in self._invalid:
            raise ValueError(self._invalid[name])
        return self._values[name]

    def set_values(self, values: dict[str, Any], emit: bool = True, remember: bool = True) -> list[str]:
        """Apply the known keys of ``values`` in one step; returns messages for refused ones."""
        problems, applied = [], []
        for name, raw in values.items():
            spec = self.fields.get(name)
            if spec is None:
                continue
            try:
                value = spec.coerce(raw)
            except ValueError as exc:
                problems.append(error_text(exc))
                continue
            self._values[name] = value
            self._invalid.pop(name, None)
            self._show(name, value)
            applied.append(name)
            if remember:
                self._remember(name)
        if emit and applied:
            self.changed.emit(applied[0] if len(applied) == 1 else "*")
        return problems

    def set_value(self, name: str, value: Any, emit: bool = True) -> None:
        problems = self.set_values({name: value}, emit=emit)
        if problems:
            raise ValueError(problems[0])

    def reset(self) -> None:
        """Every field back to its declared default (and forget what was remembered)."""
        self.set_values({n: f.default for n, f in self.fields.items()})

    def widget(self, name: str) -> QWidget:
        return self._widgets[name]

    def label(self, name: str) -> QLabel | None:
        return self._labels.get(name)

    def set_enabled(self, name: str, on: bool) -> None:
        self._widgets[name].setEnabled(on)
        if name in self._labels:
            self._labels[name].setEnabled(on)

    def names(self) -> list[str]:
        return list(self.fields)


def _has_suffix(w: QWidget) -> bool:
    return isinstance(w, (QSpinBox, QDoubleSpinBox))
