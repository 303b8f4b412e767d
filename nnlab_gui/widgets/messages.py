"""A page's one message bar: what just happened, or what is wrong with the input.

Bad input never crashes the lab: the page catches the ``ValueError`` and calls
``self.messages.error(str(exc), source="density")``; the previous state stays as it
was.  An error stays until its input is fixed (``resolve(source)``) or the page
changes (the page calls :meth:`clear_message` when it is hidden).  The bar is the
page's own: nothing is mirrored to the window's status bar, which is kept for
window-level messages.  A message that is a marked literal (``N_``) is shown translated.  Tests read ``bar.text()`` and ``bar.level`` ("info",
"warning", "error").  Warning and error colours are the theme's (readable on its window).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from nnlab_gui.i18n import translate
from nnlab_gui.widgets import appearance


def _style(level: str) -> str:
    t = appearance.theme()
    if level == "info":
        return "color: palette(window-text);"
    return f"color: {t.warning if level == 'warning' else t.error}; font-weight: bold;"

_PREFIX = {"info": "", "warning": "⚠ ", "error": "✘ "}


class MessageBar(QLabel):
    shown = Signal(str, str)          # level, text

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.level = "info"
        self.source: str | None = None
        self._text = ""
        self._style = None
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._expire = QTimer(self)
        self._expire.setSingleShot(True)
        self._expire.timeout.connect(self._on_expired)
        appearance.follow(self)
        self._restyle()

    def text(self) -> str:  # the message without its ✘/⚠ mark
        return self._text

    def _show(self, text: str, level: str, source: str | None, timeout_ms: int = 0) -> None:
        self.level, self.source, self._text = level, source, translate(text if isinstance(text, str) else str(text))
        self._restyle()
        super().setText(_PREFIX[level] + self._text)
        self.setToolTip(self._text)
        self._expire.stop()
        if timeout_ms:
            self._expire.start(timeout_ms)
        self.shown.emit(level, self._text)

    def appearance_changed(self) -> None:
        self._style = None
        self._restyle()

    def _restyle(self) -> None:
        """The level's style, set only when it changes (a new style sheet re-polishes the
        label and lays the page out again: a whole-page repaint for every message of a run);
        the bar keeps at least one line's height, so a first message does not move the page."""
        style = _style(self.level)
        if style != self._style:
            self._style = style
            self.setStyleSheet(style)
            self.setMinimumHeight(self.fontMetrics().lineSpacing())

    def info(self, text: str, source: str | None = None) -> None:
        self._show(text, "info", source)

    def warning(self, text: str, source: str | None = None) -> None:
        self._show(text, "warning", source)

    def error(self, text: str, source: str | None = None) -> None:
        self._show(text, "error", source)

    def resolve(self, source: str) -> None:
        """The input ``source`` is valid again: clear its message, if it is the one shown."""
        if self.source == source and self.level != "info":
            self.clear_message()

    def clear_message(self) -> None:
        self.level, self.source, self._text = "info", None, ""
        self._restyle()
        super().setText("")
        self.setToolTip("")

    def _on_expired(self) -> None:
        if self.level == "info":
            self.clear_message()
