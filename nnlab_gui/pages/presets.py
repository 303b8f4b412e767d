"""One kind of preset picker: choosing a preset applies it (no separate "Load" click).

A preset is a :class:`~nnlab_gui.pages.fields.Preset`: a name and a (partial) page
state — field values and arrays alike — applied with ``page.apply_state``, the same
call a session file or a lesson step uses.  Choosing the preset already shown applies
it again (``activated``, not ``currentIndexChanged``), which is how a student gets a
worked exercise back after editing it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from nnlab_gui.i18n import N_, tr_, translate
from nnlab_gui.pages.fields import Preset

if TYPE_CHECKING:  # pragma: no cover
    from nnlab_gui.pages.page import Page


class PresetPicker(QWidget):
    def __init__(self, page: "Page", presets: Sequence[Preset], label: str = N_("Preset")):
        super().__init__(page)
        self.page = page
        self.presets = list(presets)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(14)
        for i, p in enumerate(self.presets):
            self.combo.addItem(translate(p.name), p.name)
            if p.tip:
                self.combo.setItemData(i, translate(p.tip), Qt.ItemDataRole.ToolTipRole)
        self.combo.setToolTip(tr_("Choose a worked example: it is applied at once; every value stays editable"))
        self.combo.activated.connect(self._on_activated)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(translate(label))
        lay.addWidget(self.label)
        lay.addWidget(self.combo, 1)

    def names(self) -> list[str]:
        return [p.name for p in self.presets]

    def choose(self, name_or_index: str | int) -> Preset:
        """Apply a preset by name (or index), as a click in the list would."""
        i = name_or_index if isinstance(name_or_index, int) else self.names().index(name_or_index)
        self.combo.setCurrentIndex(i)
        self._on_activated(i)
        return self.presets[i]

    def show_name(self, name: str) -> None:
        """Show ``name`` as the current preset without applying it."""
        if name in self.names():
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(self.names().index(name))
            self.combo.blockSignals(False)

    def _on_activated(self, i: int) -> None:
        if 0 <= i < len(self.presets):
            self.page.apply_preset(self.presets[i])
