"""The line at the top of a tab: what to do here (can be hidden, remembered), and the model used.

A tab package may declare ``HINT = "Pick a prior and press Resample (Ctrl+R) …"``; its
tab then opens with that line and a "Hide" button.  Hiding is remembered per tab in the
lab's settings (``hints/<tab>``, :mod:`nnlab_gui.settings`), and View → Show tab hints
(:func:`forget_hidden`) brings every hint back.  ``set_model(text)`` shows, on the right,
which model the current page uses ("Model: the bundled all-digits VAE"); an empty text
hides it.  The bar disappears when it has nothing to show.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from nnlab_gui import settings
from nnlab_gui.i18n import tr_, translate
from nnlab_gui.widgets import appearance

PREFIX = "hints"


def _key(tab: str) -> str:
    return f"{PREFIX}/{''.join(ch for ch in tab.lower() if ch.isalnum()) or 'tab'}"


def is_hidden(tab: str) -> bool:
    return bool(settings.load_json(_key(tab), False))


def forget_hidden() -> None:
    """Every tab's hint shows again (the next time a bar is refreshed)."""
    settings.forget(PREFIX)


class _WrappedLine(QLabel):
    """A word-wrapped label whose minimum height is that of its present width (a plain
    wrapped label asks for the height of a very narrow one, which makes pages too tall)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = max(self.width(), 600)
        return QSize(120, max(self.heightForWidth(width), self.fontMetrics().height()))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance(self.text()), self.minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.updateGeometry()            # two lines on a narrow window, one on a wide one


class HintBar(QWidget):
    def __init__(self, tab: str, hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.hint = hint
        self.label = _WrappedLine(translate(hint))   # a marked (N_) HINT of the tab
        self.label.setWordWrap(True)          # never elided: a narrow window gets two lines
        self.label.setObjectName("tabHint")
        self.label.setStyleSheet("QLabel#tabHint { color: palette(window-text); }")   # every theme
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.hide_button = QToolButton()
        self.hide_button.setText(tr_("Hide hint"))
        self.hide_button.setToolTip(tr_("Hide this tab's hint (View → Show tab hints brings it back)"))
        self.hide_button.setAutoRaise(True)
        self.hide_button.setStyleSheet("QToolButton { padding: 0px 4px; }")     # no taller than the text
        self.hide_button.clicked.connect(self.hide_hint)
        self.model = QLabel()
        self.model.setObjectName("tabModel")
        self.model.setToolTip(tr_("The model the page shown here uses"))
        self.model.setTextFormat(Qt.TextFormat.PlainText)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 0, 6, 0)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.hide_button)
        lay.addWidget(self.model)
        self.refresh()
        appearance.follow(self)

    def appearance_changed(self) -> None:
        """A widget with a style sheet takes its colours when it is polished: polished again,
        the hint and its button follow a theme chosen after the window was made."""
        for w in (self.label, self.hide_button):
            w.setStyleSheet(w.styleSheet())

    room = True                           # False: the tab is too short for the bar (it steps aside)

    def hint_shown(self) -> bool:
        return bool(self.hint) and not self.label.isHidden() and self.room

    def set_room(self, room: bool) -> None:
        """The page below comes first: on a window too short for both, the bar is not shown."""
        if room != self.room:
            self.room = room
            self.refresh()

    def hide_hint(self) -> None:
        settings.store_json(_key(self.tab), True)
        self.refresh()

    def show_hint(self) -> None:
        settings.store_json(_key(self.tab), False)
        self.refresh()

    def set_model(self, text: str) -> None:
        self.model.setText(tr_("Model: {model}").format(model=translate(text)) if text else "")
        self.refresh()

    def refresh(self) -> None:
        hint = bool(self.hint) and not is_hidden(self.tab)
        self.label.setVisible(hint)
        self.hide_button.setVisible(hint)
        self.model.setVisible(bool(self.model.text()))
        self.setVisible(self.room and (hint or bool(self.model.text())))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        # the wrapped line must not make the tab height-for-width: the window's scroll area
        # would then size the whole tab by a height-for-width guess, far taller than needed
        return False
