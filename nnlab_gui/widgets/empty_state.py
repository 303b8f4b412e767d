"""Empty states: before its first run a plot or a panel says what to do, and shows nothing else.

:func:`set_empty` lays a centred, word-wrapped note over any widget ("Press Train all
(Ctrl+R) to train the three networks"); on a pyqtgraph plot it also hides the axes, the
grid and the legend, so no meaningless range (0…1, −0.4…1.4) or "(x0.001)" scaling is
shown.  :func:`clear_empty` takes the note away and gives the plot its axes back; the
page calls it when it draws its first result.  :func:`empty_text` is the note shown now
("" when none), which tests read.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from nnlab_gui.i18n import translate
from nnlab_gui.widgets import appearance

_NOTE = "_empty_note"


class _Note(QLabel):
    """The note: centred on its widget, follows its size, lets the mouse through."""

    def __init__(self, owner: QWidget):
        super().__init__(owner)
        self.setObjectName("emptyStateNote")
        self.setFont(QApplication.font())          # not a table's monospace cells
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # the theme's text colour (a fixed slate grey vanished on the dark and black themes)
        self.setStyleSheet("QLabel#emptyStateNote { color: palette(window-text); background: transparent; "
                           "font-size: 11pt; padding: 12px; }")
        owner.installEventFilter(self)
        self._fit()
        appearance.follow(self)

    def appearance_changed(self) -> None:
        self.setStyleSheet(self.styleSheet())      # polished again: the new theme's text colour

    def _fit(self) -> None:
        owner = self.parentWidget()
        if owner is not None:
            self.setGeometry(owner.rect())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit()
            self.raise_()
        return False


def _plot_item(widget):
    get = getattr(widget, "getPlotItem", None)
    return get() if callable(get) else None


EMPTY_AXIS_OPACITY = 0.001     # drawn (and so sized), but nothing shows: alpha rounds to 0


def set_empty(widget: QWidget, text: str) -> None:
    """Show ``text`` over ``widget`` (a plot: without axes, grid and legend) until :func:`clear_empty`."""
    note = getattr(widget, _NOTE, None)
    if note is None:
        # a table's cells are drawn on its viewport: the note goes there, above them
        host = widget.viewport() if isinstance(widget, QAbstractItemView) else widget
        note = _Note(host)
        setattr(widget, _NOTE, note)
    note.setText(translate(text))                # a marked (N_) text, in the current language
    note._fit()
    note.show()
    note.raise_()
    item = _plot_item(widget)
    if item is not None:
        for side in ("left", "bottom", "right", "top"):
            axis = item.getAxis(side) if side in item.axes else None
            if axis is not None and axis.isVisible() and axis.opacity() > EMPTY_AXIS_OPACITY:
                # transparent, not hidden: the axis keeps its room, so the first data do not
                # re-lay the plot out (a resized plot redraws all of itself: 20 ms a plot).  Not
                # quite 0: Qt skips painting a fully transparent item, and pyqtgraph sizes an
                # axis for its tick labels when it paints it (a first paint would re-lay out too)
                axis.setOpacity(EMPTY_AXIS_OPACITY)
                widget._empty_axes = getattr(widget, "_empty_axes", set()) | {side}
        if item.legend is not None:             # drawn (so sized) but not seen, like the axes
            item.legend.setOpacity(EMPTY_AXIS_OPACITY)
        # reference lines and curves drawn before any data (a density, a zero line) would
        # read as results: the whole view box is made transparent with the axes (each item
        # keeps its own visibility, which the page may change meanwhile) until clear_empty
        item.vb.setOpacity(0.0)                 # transparent, not hidden: showing it is no new layout


def clear_empty(widget: QWidget) -> None:
    """Remove the note of :func:`set_empty` (nothing happens when there is none)."""
    note = getattr(widget, _NOTE, None)
    if note is None or not note.isVisibleTo(widget) and not note.text():
        return
    note.hide()
    note.setText("")
    item = _plot_item(widget)
    if item is not None:
        for side in getattr(widget, "_empty_axes", set()):
            item.getAxis(side).setOpacity(1.0)
        widget._empty_axes = set()
        if item.legend is not None:
            item.legend.setOpacity(1.0)
        item.vb.setOpacity(1.0)


def empty_text(widget: QWidget) -> str:
    """The empty-state note shown over ``widget`` now, or ""."""
    note = getattr(widget, _NOTE, None)
    return note.text() if note is not None and not note.isHidden() else ""
