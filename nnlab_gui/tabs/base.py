"""What every tab shares: a message bar, an engine runner, and optional hooks.

A tab is a ``LabTab`` subclass.  Optional hooks the main window uses:

* ``OPEN_FILTER`` (str) and ``open_file(path)``: File → Open… on this tab;
* ``select_page(name)``: pick an inner page (``--screenshot --tab "Generator:Sampling"``);
* ``export_view_widget()``: the widget File → Export view renders (default: the tab).

Tabs live as long as the window, so their state survives switching tabs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from nnlab_gui.widgets.messages import MessageBar
from nnlab_gui.workers import EngineRunner


class LabTab(QWidget):
    TITLE = ""
    OPEN_FILTER: str | None = None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.messages = MessageBar(self)

    def make_runner(self, rate_hz: float = 30.0) -> EngineRunner:
        runner = EngineRunner(self, rate_hz=rate_hz)
        runner.failed.connect(self.messages.error)
        return runner

    def open_file(self, path: str) -> None:  # pragma: no cover - overridden
        self.messages.error(f"{self.TITLE or 'This tab'} opens no files")

    def inner_tabs(self) -> QTabWidget | None:
        return self.findChild(QTabWidget)

    def select_page(self, name: str) -> bool:
        tabs = self.inner_tabs()
        if tabs is None:
            return False
        key = _norm(name)
        for i in range(tabs.count()):
            if _norm(tabs.tabText(i)).startswith(key):
                tabs.setCurrentIndex(i)
                return True
        return False

    def export_view_widget(self) -> QWidget:
        return self


def _norm(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


class PlaceholderTab(LabTab):
    """A tab that only describes what it will hold."""

    DESCRIPTION = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        label = QLabel(f"<h2>{self.TITLE}</h2><p>{self.DESCRIPTION}</p>")
        label.setWordWrap(True)
        lay.addWidget(label)
        lay.addStretch(1)
        lay.addWidget(self.messages)
