"""Declared controls: what a page's form holds, as data (Orange's ``Setting``, magicgui's fields).

A field states its key, label, default, range, step, unit and tooltip (the formula
it feeds); :class:`~nnlab_gui.pages.form.Form` builds the widget.  Each field also
knows how to check a value (``coerce``), so a remembered or session value that no
longer fits is refused field by field instead of breaking the form::

    FIELDS = [
        Int("restarts", "Restarts", 20, 1, 200, tip="random starts z ~ N(0, I)"),
        Float("lr", "Step μ", 1e-3, 1e-6, 1.0, log=True, tip="z ← z − μ g/√(P + 1e-7)"),
        Choice("optimizer", "Optimiser", "rmsprop", [("rmsprop", "RMSprop"), ("adam", "Adam")]),
        Flag("scale", "scale scores by 1/√d_k", True),
        Numbers("lams", "λ values", (0.0, 1.0, 20.0), minimum=0.0),
    ]

``values()`` of the form is then ``{"restarts": 20, "lr": 0.001, ...}``: the keyword
arguments of the engine call.
"""

from __future__ import annotations

import math
from dataclasses import KW_ONLY, dataclass, field
from typing import Any, Callable, Sequence

from nnlab_gui.engine import numbers
from nnlab_gui.engine.matrix_text import format_number
from nnlab_gui.i18n import N_, error_text, tr_, translate


@dataclass
class Field:
    name: str
    label: str
    default: Any
    _: KW_ONLY
    tip: str = ""
    unit: str = ""
    persist: bool = True          # remembered across runs (QSettings)
    advanced: bool = False        # shown under the form's folding "More settings"

    def coerce(self, value: Any) -> Any:
        """``value`` as this field's type, or ValueError naming the field."""
        return value

    def _fail(self, why: str) -> ValueError:
        return ValueError(f"{translate(self.label).rstrip(':')}: {why}")


@dataclass
class Int(Field):
    minimum: int = 0
    maximum: int = 2**31 - 1
    step: int = 1
    special: str = ""             # text shown at the minimum (e.g. "auto")

    def coerce(self, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise self._fail(tr_("{value} is not a whole number").format(value=repr(value)))
        try:
            v = int(value) if not isinstance(value, float) else (int(value) if value.is_integer() else None)
        except (TypeError, ValueError):
            v = None
        if v is None:
            raise self._fail(tr_("{value} is not a whole number").format(value=repr(value)))
        if not self.minimum <= v <= self.maximum:
            raise self._fail(tr_("{value} is outside {low}…{high}").format(value=v, low=self.minimum, high=self.maximum))
        return v


@dataclass
class Float(Field):
    minimum: float = 0.0
    maximum: float = 1e9
    step: float = 0.1
    log: bool = False             # arrows multiply/divide by 10^(1/step-ish): good for rates
    decimals: int | None = None   # None: shortest form (1e-3, 0.25); else fixed decimals
    slider: bool = False          # a labelled slider instead of a spin box

    def coerce(self, value: Any) -> float:
        try:
            v = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
        except (TypeError, ValueError):
            raise self._fail(tr_("{value} is not a number").format(value=repr(value))) from None
        if isinstance(value, bool) or not math.isfinite(v):
            raise self._fail(tr_("{value} is not a finite number").format(value=repr(value)))
        if not self.minimum <= v <= self.maximum:
            raise self._fail(tr_("{value} is outside {low}…{high}").format(
                value=format_number(v), low=format_number(self.minimum), high=format_number(self.maximum)))
        return v

    def text(self, v: float) -> str:
        if self.decimals is not None:
            return f"{v:.{self.decimals}f}"
        return format_float(v)


@dataclass
class Choice(Field):
    options: Sequence[tuple] = ()     # (value, label) or (value, label, tooltip)

    def values(self) -> list:
        return [o[0] for o in self.options]

    def coerce(self, value: Any) -> Any:
        if value not in self.values():
            raise self._fail(tr_("{value} is not one of {choices}").format(
                value=repr(value), choices=", ".join(map(str, self.values()))))
        return value


@dataclass
class Flag(Field):
    def coerce(self, value: Any) -> bool:
        if isinstance(value, bool):
            return value
        if value in (0, 1, "true", "false"):
            return value in (1, "true")
        raise self._fail(tr_("{value} is not on/off").format(value=repr(value)))


@dataclass
class Text(Field):
    placeholder: str = ""
    parse: Callable[[str], Any] | None = None   # raises ValueError on bad text
    max_length: int = 10_000

    def coerce(self, value: Any) -> str:
        if not isinstance(value, str):
            raise self._fail(tr_("{value} is not text").format(value=repr(value)))
        if len(value) > self.max_length:
            raise self._fail(tr_("longer than {n} characters").format(n=self.max_length))
        if self.parse is not None:
            try:
                self.parse(value)
            except ValueError as exc:
                raise self._fail(error_text(exc)) from None
        return value


@dataclass
class Numbers(Field):
    """A list of numbers typed as ``0, 1, 20`` (or separated by spaces / semicolons)."""

    minimum: float = -math.inf
    maximum: float = math.inf
    at_least: int = 1
    at_most: int = 64
    unique: bool = True
    integer: bool = False
    placeholder: str = N_("e.g. 0, 1, 20")

    def parse_text(self, text: str) -> tuple:
        parts = [p for p in text.replace(";", " ").replace(",", " ").split() if p]
        return self.coerce(parts)

    def coerce(self, value: Any) -> tuple:
        if isinstance(value, str):
            return self.parse_text(value)
        if not isinstance(value, (list, tuple)):
            raise self._fail(tr_("{value} is not a list of numbers").format(value=repr(value)))
        out = []
        for item in value:
            try:
                v = float(item)
            except (TypeError, ValueError):
                raise self._fail(tr_("{value} is not a number").format(value=repr(item))) from None
            if not math.isfinite(v):
                raise self._fail(tr_("{value} is not a finite number").format(value=repr(item)))
            if self.integer:
                if not v.is_integer():
                    raise self._fail(tr_("{value} is not a whole number").format(value=repr(item)))
                v = int(v)
            if not self.minimum <= v <= self.maximum:
                lo = "" if self.minimum == -math.inf else format_number(self.minimum)
                hi = "" if self.maximum == math.inf else format_number(self.maximum)
                rule = f"≥ {lo}" if not hi else f"≤ {hi}" if not lo else tr_("in {low}…{high}").format(low=lo, high=hi)
                raise self._fail(tr_("{value} is not {rule}").format(value=format_number(v), rule=rule))
            if self.unique and v in out:
                raise self._fail(tr_("{value} is listed twice").format(value=format_number(v)))
            out.append(v)
        if not self.at_least <= len(out) <= self.at_most:
            raise self._fail(tr_("give {low}…{high} values, not {n}").format(low=self.at_least, high=self.at_most, n=len(out)))
        return tuple(out)

    def text(self, value: Sequence[float]) -> str:
        return ", ".join(format_float(v) for v in value)


def format_float(v: float) -> str:
    """The lab's number format with 10 significant digits: 0.001 → 0.001 (never 0.001000),
    1e-05 → 1e-5, 0.25 → 0.25, 20 → 20."""
    return numbers.fmt(v, 10)


@dataclass
class Preset:
    """A named (partial) page state applied in one step: field values and arrays alike."""

    name: str
    values: dict = field(default_factory=dict)
    tip: str = ""
