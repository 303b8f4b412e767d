"""A part of a page that folds away: a header with an arrow, and the body below it.

Pages use it for what a first look does not need: a form's advanced settings
("More settings"), the calculators' "Check my answer" box.  The user's choice is
remembered under ``sections/<key>``; presenter mode folds every ``advanced`` section
(:func:`fold_advanced`) and gives each its own state back afterwards, without touching
what is remembered.

Written here rather than taken from superqt's ``QCollapsible``: that one animates a
fixed ``maximumHeight`` measured when it opens, so a body that grows afterwards (a
verdict that wraps, a larger scale, a longer translation) is cut off.  This body is
simply shown or hidden, and the layout does the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget

from nnlab_gui import settings


class Section(QWidget):
    toggled = Signal(bool)

    def __init__(self, title: str, key: str = "", expanded: bool = True, advanced: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.key, self.advanced = key, advanced
        self._held: bool | None = None          # the state before presenter mode folded it
        self.header = QToolButton()
        self.header.setObjectName("section_header")
        self.header.setCheckable(True)
        self.header.setAutoRaise(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.header.setStyleSheet("QToolButton#section_header { font-weight: bold; text-align: left; }")
        self.body = QWidget()
        self.body.setObjectName("section_body")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.header)
        lay.addWidget(self.body)
        self.set_title(title)
        self._apply(expanded)
        self.set_key(key)
        self.header.toggled.connect(self._clicked)

    def set_key(self, key: str) -> None:
        """Remember the user's choice under ``key`` from now on (and take a remembered one)."""
        self.key = key
        stored = settings.load_json(f"sections/{key}", None) if key else None
        if isinstance(stored, bool):
            self.set_expanded(stored, remember=False)

    def set_title(self, title: str) -> None:
        self.header.setText(title)
        self.header.setAccessibleName(title)

    def title(self) -> str:
        return self.header.text()

    def is_expanded(self) -> bool:
        return self.header.isChecked()

    def set_expanded(self, on: bool, remember: bool = True) -> None:
        """Open or fold the section (what the header click does)."""
        if on != self.is_expanded():
            self.header.blockSignals(True)
            try:
                self._apply(on)
            finally:
                self.header.blockSignals(False)
            self.toggled.emit(on)
        if remember:
            self._remember()

    def _clicked(self, on: bool) -> None:
        self._apply(on)
        self._held = None                       # the user chose: presenter mode gives nothing back
        self._remember()
        self.toggled.emit(on)

    def _apply(self, on: bool) -> None:
        self.header.setChecked(on)
        self.header.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)

    def _remember(self) -> None:
        if self.key:
            settings.store_json(f"sections/{self.key}", self.is_expanded())

    # -------------------------------------------------------------- presenter mode
    def hold_folded(self, on: bool) -> None:
        """Presenter mode: fold (on) and later give the previous state back (off)."""
        if on:
            if self._held is None:
                self._held = self.is_expanded()
            self.set_expanded(False, remember=False)
        elif self._held is not None:
            self.set_expanded(self._held, remember=False)
            self._held = None


def fold_advanced(root: QWidget, on: bool) -> int:
    """Fold (or give back) every advanced section under ``root``; returns how many."""
    sections = [s for s in root.findChildren(Section) if s.advanced]
    for s in sections:
        s.hold_folded(on)
    return len(sections)
