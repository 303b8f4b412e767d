"""A one-line message bar for a tab, mirrored to the main window's status bar.

Bad input never crashes the lab: a tab catches the ``ValueError`` and calls
``self.messages.error(str(exc))``; the previous state stays as it was.
Tests read ``bar.text()`` and ``bar.level`` ("info", "warning", "error").
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

_STYLES = {
    "info": "color: palette(text);",
    "warning": "color: #9a6700; font-weight: bold;",
    "error": "color: #c62828; font-weight: bold;",
}


class MessageBar(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.level = "info"
        self.setWordWrap(True)
        self.setTextInteractionFlags(self.textInteractionFlags())

    def _show(self, text: str, level: str, timeout_ms: int = 0) -> None:
        self.level = level
        self.setStyleSheet(_STYLES[level])
        self.setText(text)
        self.setToolTip(text)
        win = self.window()
        if isinstance(win, QMainWindow) and win.statusBar() is not None:
            prefix = {"info": "", "warning": "Warning: ", "error": "Error: "}[level]
            win.statusBar().showMessage(prefix + text, timeout_ms)

    def info(self, text: str) -> None:
        self._show(text, "info", 8000)

    def warning(self, text: str) -> None:
        self._show(text, "warning")

    def error(self, text: str) -> None:
        self._show(text, "error")

    def clear_message(self) -> None:
        self.level = "info"
        self.setText("")
