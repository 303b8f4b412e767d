"""Run / Cancel buttons and a progress bar bound to an :class:`EngineRunner`.

The tab supplies ``start`` (a callable that calls ``runner.start(...)``) and
reports progress with :meth:`RunControls.set_progress`; the buttons enable and
disable themselves from ``runner.running_changed``.  Shortcuts: Ctrl+R runs,
Esc cancels (active while the tab has focus).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from nnlab_gui.workers import EngineRunner


class RunControls(QWidget):
    def __init__(self, runner: EngineRunner, start: Callable[[], None], run_text: str = "Run",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self._start = start
        self.run_button = QPushButton(run_text)
        self.run_button.setToolTip(f"{run_text} (Ctrl+R)")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop at the next snapshot (Esc)")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.run_button)
        lay.addWidget(self.cancel_button)
        lay.addWidget(self.progress, 1)
        self.run_button.clicked.connect(self._on_run)
        self.cancel_button.clicked.connect(self.runner.cancel)
        runner.running_changed.connect(self._on_running_changed)
        runner.done.connect(lambda _v: self.progress.setValue(self.progress.maximum()))
        parent_for_shortcuts = parent if parent is not None else self
        QShortcut(QKeySequence("Ctrl+R"), parent_for_shortcuts, self._on_run,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), parent_for_shortcuts, self.runner.cancel,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _on_run(self) -> None:
        if self.runner.is_running():
            return
        self.progress.setValue(0)
        self._start()

    def _on_running_changed(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def set_progress(self, done: float, total: float) -> None:
        frac = 0.0 if total <= 0 else max(0.0, min(1.0, done / total))
        self.progress.setValue(int(round(frac * self.progress.maximum())))
