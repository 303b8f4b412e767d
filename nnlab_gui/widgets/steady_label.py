"""A word-wrapped label for a line a run rewrites every frame: its height only grows.

A plain wrapped label's height follows its text: a result line that grows from one line
to two in the middle of a run (the Gibbs statistics once enough samples are in), or
shrinks back at the next run, re-lays the page out and repaints every plot beside it
(tens of milliseconds on the GUI thread).  :class:`SteadyLabel` keeps the tallest height
its texts have needed at the present width (at least ``lines`` lines from the start: the
height a run's fullest line will need); its width never follows its text.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SteadyLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, lines: int = 1):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self._width = -1
        self._lines = lines             # the height reserved from the start, in lines

    def _floor(self) -> int:
        return self._lines * self.fontMetrics().lineSpacing() + 2 * self.margin()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self._hold()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.width() != self._width:        # another width: the tallest so far no longer applies
            self._width = self.width()
            self.setMinimumHeight(0)
        self._hold()

    def _hold(self) -> None:
        need = self.heightForWidth(self.width()) if self.width() > 0 else self.sizeHint().height()
        need = max(need, self._floor())
        if need > self.minimumHeight():
            self.setMinimumHeight(need)
