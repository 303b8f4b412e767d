"""What "a page fits" means, as checks on a shown window (used by test_fit.py).

* :func:`hidden_controls`: the run controls (Run, Cancel, progress) lie inside the window's
  central area and inside the viewport of every scroll area around them, at the scroll
  positions the user sees (mapped through each scroll area, not just "visible");
* :func:`elided_texts`: no label, button, check box, tab title, table header, table cell
  or progress bar text ("done · 1.43 s") is narrower than its text (font metrics ``horizontalAdvance`` against the widget width);
* :func:`horizontal_scrolling`: no scroll area needs a horizontal scroll bar, and the
  page itself fits the window's tab area (no vertical scrolling of the whole page).

Each returns a list of readable problems (empty: fine).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocumentFragment
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QCheckBox, QLabel, QProgressBar, QRadioButton,
                               QScrollArea, QTabBar, QTableWidget, QWidget)

# room a button or a check box needs around its text (frame, padding, indicator)
BUTTON_PAD = 6
INDICATOR_PAD = 22
HEADER_PAD = 2


def _rect_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def _name(w: QWidget) -> str:
    text = ""
    for attr in ("text", "title", "accessibleName"):
        fn = getattr(w, attr, None)
        if callable(fn):
            try:
                text = fn()
            except TypeError:
                continue
            if text:
                break
    return f"{type(w).__name__}({str(text)[:40]!r})"


def hidden_controls(window, page, extra=()) -> list[str]:
    """Run / Cancel / progress of ``page`` (and the widgets ``extra``) that the user cannot
    see whole without scrolling."""
    panel = getattr(page, "run_panel", None)
    widgets = list(extra) + ([panel.run_button, panel.cancel_button, panel.progress] if panel else [])
    problems = []
    top = window.centralWidget()
    central = top.rect()
    for w in widgets:
        if not w.isVisibleTo(top):
            problems.append(f"{_name(w)} is not shown")
            continue
        r = _rect_in(w, top)
        if not central.contains(r):
            problems.append(f"{_name(w)} at {r.getRect()} is outside the window's area {central.getRect()}")
            continue
        a = w.parentWidget()
        while a is not None:
            if isinstance(a, QAbstractScrollArea):
                vp = _rect_in(a.viewport(), top)
                if not vp.contains(r):
                    problems.append(f"{_name(w)} at {r.getRect()} is scrolled out of "
                                    f"{type(a).__name__} viewport {vp.getRect()}")
                    break
            a = a.parentWidget()
    return problems


def _plain(text: str) -> str:
    if Qt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _widest_line(fm: QFontMetrics, text: str) -> int:
    return max((fm.horizontalAdvance(line) for line in text.split("\n")), default=0)


def elided_texts(root: QWidget) -> list[str]:
    """Texts wider than the widget showing them, under ``root`` (visible widgets only)."""
    problems = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() <= 0:
            continue
        if isinstance(w, QLabel):
            if w.wordWrap() or not w.text() or w.pixmap() is not None and not w.pixmap().isNull():
                continue
            text = _plain(w.text())
            need = _widest_line(w.fontMetrics(), text)
            have = w.contentsRect().width() - 2 * w.margin() - max(w.indent(), 0) * 0
            if need > have + 1:
                problems.append(f"{_name(w)} needs {need} px, has {have}")
        elif isinstance(w, QAbstractButton) and not isinstance(w, QTabBar):
            text = _plain(w.text())
            if not text:
                continue
            pad = INDICATOR_PAD if isinstance(w, (QCheckBox, QRadioButton)) else BUTTON_PAD
            icon = w.iconSize().width() + 4 if not w.icon().isNull() else 0
            need = _widest_line(w.fontMetrics(), text) + pad + icon
            if need > w.width():
                problems.append(f"{_name(w)} needs {need} px, has {w.width()}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if not w.isTabVisible(i):
                    continue
                r, hint = w.tabRect(i), w.tabSizeHint(i)
                if r.width() < hint.width() - 1 or not w.rect().contains(r):
                    problems.append(f"tab {w.tabText(i)!r} is cut ({r.width()} of {hint.width()} px)")
        elif isinstance(w, QTableWidget):
            problems += _table_problems(w)
        elif isinstance(w, QProgressBar) and w.isTextVisible() and w.text():
            need = w.fontMetrics().horizontalAdvance(w.text()) + BUTTON_PAD
            if need > w.width():
                problems.append(f"progress bar text {w.text()!r} needs {need} px, has {w.width()}")
    return problems


def _table_problems(t: QTableWidget) -> list[str]:
    out = []
    header = t.horizontalHeader()
    fm = header.fontMetrics()
    last = t.columnCount() - 1
    for c in range(t.columnCount()):
        if t.isColumnHidden(c):
            continue
        item = t.horizontalHeaderItem(c)
        width = header.sectionSize(c)
        if item is not None and item.text():
            need = _widest_line(fm, item.text()) + HEADER_PAD
            if need > width and not (c == last and header.stretchLastSection() and width >= need - 1):
                out.append(f"table header {item.text()!r} needs {need} px, has {width}")
        cell_fm = t.fontMetrics()
        for r in range(t.rowCount()):
            it = t.item(r, c)
            if it is None or not it.text() or c == last and header.stretchLastSection():
                continue
            need = _widest_line(cell_fm, it.text()) + HEADER_PAD
            if need > width:
                out.append(f"table cell ({r + 1}, {c + 1}) {it.text()!r} needs {need} px, has {width}")
                break
    return out


def horizontal_scrolling(root: QWidget) -> list[str]:
    """Scroll areas under (and around) ``root`` whose content is wider than their viewport."""
    problems = []
    areas = [a for a in root.findChildren(QAbstractScrollArea) if a.isVisibleTo(root)]
    a = root.parentWidget()
    while a is not None:
        if isinstance(a, QAbstractScrollArea):
            areas.append(a)
            # the window's scroll area around a tab: the page fits, no vertical scrolling either
            if a.verticalScrollBar().maximum() > 0:
                problems.append(f"the page is {a.verticalScrollBar().maximum()} px taller than the window")
        a = a.parentWidget()
    for a in areas:
        bar = a.horizontalScrollBar()
        if bar.maximum() > 0:
            problems.append(f"{_name(a)} scrolls horizontally ({bar.maximum()} px)")
        elif isinstance(a, QScrollArea) and a.widget() is not None:
            over = a.widget().width() - a.viewport().width()
            if over > 0:
                problems.append(f"{_name(a)}: content {over} px wider than the viewport")
    return problems


def short_name(path: str) -> str:
    return re.sub(r"\W+", "_", path).strip("_")
