"""Tab order in reading order, and a name for every control a screen reader lands on.

:func:`focus_order(root)` lists the controls of ``root`` that Tab reaches, in reading
order: the order of the layouts (a vertical layout top to bottom, a horizontal one from its
first item, a grid row by row, a splitter pane by pane) and, for widgets outside any layout,
the order they were made.  Qt mirrors horizontal layouts, grids and splitters in a
right-to-left window, so this logical order is read right to left there with no special case.
A control that is one keyboard stop (a spin box, a table, a plot, a canvas) is not entered;
containers (scroll areas, group boxes, splitters, stacks) are.

:func:`apply(root)` chains those controls with ``QWidget.setTabOrder`` and makes sure Tab
can leave every one of them: tables move between cells with the arrow keys (not Tab), an
editable text box passes Tab on, and a scroll area whose content has controls of its own is
no stop itself (the content scrolls to the focused control).  Controls that have no name a
screen reader could announce (no accessible name, no label whose buddy they are, no text of
their own) are named from their tooltip, placeholder or the label just before them.

:func:`install(page)` re-applies both whenever the page is shown (widgets built or folded
since are included); the page machinery installs it on every page.
"""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QBoxLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

CONTAINERS = (QScrollArea, QSplitter, QStackedWidget, QTabWidget, QGroupBox)


def tab_policy(w: QWidget) -> bool:
    """True for a control that takes the focus by Tab (when shown and enabled)."""
    return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.focusProxy() is None


def takes_tab(w: QWidget) -> bool:
    """True for a control Tab stops at now (tab focus, enabled, shown, no focus proxy)."""
    return tab_policy(w) and w.isEnabled() and w.isVisible()


def _place(layout: QLayout, index: int) -> tuple:
    """Where item ``index`` of ``layout`` is read: (row, column) in a grid, else its order."""
    if isinstance(layout, QGridLayout):
        return tuple(layout.getItemPosition(index)[:2])
    if isinstance(layout, QBoxLayout) and layout.direction() in (
            QBoxLayout.Direction.RightToLeft, QBoxLayout.Direction.BottomToTop):
        return (layout.count() - 1 - index,)
    return (index,)


def _path(layout: QLayout, w: QWidget) -> tuple | None:
    """``w``'s position in the layout tree under ``layout`` (a tuple that sorts in reading order).

    Only indices are asked for (``indexOf``), never the layout items themselves: a Python
    wrapper of a ``QLayoutItem`` outlives the item (it is no QObject), and a later object at
    the same address (a new style) would be handed out as that stale wrapper."""
    i = layout.indexOf(w)
    if i >= 0:
        return _place(layout, i)
    for sub in layout.children():
        if isinstance(sub, QLayout):
            inner = _path(sub, w)
            if inner is not None:
                return _place(layout, layout.indexOf(sub)) + inner
    return None


def _layout_keys(layout: QLayout | None, widgets: list[QWidget]) -> dict:
    """widget → its position in ``layout`` (widgets outside it are left out)."""
    if layout is None:
        return {}
    keys = {w: _path(layout, w) for w in widgets}
    return {w: k for w, k in keys.items() if k is not None}


def _children_in_order(w: QWidget) -> list[QWidget]:
    kids = [c for c in w.children() if isinstance(c, QWidget) and not c.isWindow()]
    if isinstance(w, QSplitter):
        keys = {w.widget(i): (i,) for i in range(w.count())}
    elif isinstance(w, QScrollArea):
        keys = {}
        inner = w.widget()
        kids = [inner] if inner is not None else []
    else:
        keys = _layout_keys(w.layout(), kids)
    known = sorted((c for c in kids if c in keys), key=lambda c: keys[c])
    return known + [c for c in kids if c not in keys]


def focus_order(root: QWidget, shown_only: bool = True) -> list[QWidget]:
    """Every control of ``root`` that Tab reaches, in reading order (``shown_only=False``:
    also the hidden and disabled ones, e.g. in a folded section)."""
    out: list[QWidget] = []
    stop = takes_tab if shown_only else tab_policy

    def walk(w: QWidget) -> None:
        for c in _children_in_order(w):
            if shown_only and not c.isVisible():
                continue
            leaf = stop(c) and not isinstance(c, CONTAINERS)
            if stop(c) and not leaf and not isinstance(c, QAbstractScrollArea):
                out.append(c)                   # a checkable group box: itself, then its content
            if leaf:
                out.append(c)
            else:
                walk(c)

    walk(root)
    return out


def _let_tab_out(w: QWidget) -> None:
    if isinstance(w, QAbstractItemView):
        w.setTabKeyNavigation(False)            # arrows move between cells; Tab leaves the table
    elif isinstance(w, (QTextEdit, QPlainTextEdit)):
        w.setTabChangesFocus(True)


def _scroll_area_stops(root: QWidget) -> None:
    """A scroll area is no Tab stop when its content has controls (they scroll into view)."""
    for area in root.findChildren(QScrollArea):
        inner = area.widget()
        if inner is not None and any(tab_policy(c) for c in inner.findChildren(QWidget)):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def _short(text: str) -> str:
    """The first clause of a tooltip or label, as a name (no markup, at most 80 characters)."""
    text = re.sub(r"<[^>]+>", "", text or "").replace("&", "").strip()
    text = re.split(r"(?<=[.:;·])\s|\n", text, maxsplit=1)[0].rstrip(":;· ")
    return text[:80]


def has_name(w: QWidget, root: QWidget | None = None) -> bool:
    """True when a screen reader has a name to say for ``w``."""
    if w.accessibleName().strip():
        return True
    if isinstance(w, QAbstractButton) and w.text().strip():
        return True
    return bool(buddy_text(w, root))


def buddy_text(w: QWidget, root: QWidget | None = None) -> str:
    """The text of a label whose buddy is ``w`` (or the compound control ``w`` is the focus of)."""
    labels = (root or w.window()).findChildren(QLabel)
    targets = [w] + [p for p in (w.parentWidget(),) if p is not None and p.focusProxy() is w]
    return next((lab.text() for lab in labels if lab.buddy() in targets and not lab.isHidden()
                 and lab.text().strip()), "")


def _label_before(w: QWidget) -> str:
    """The text of a label placed just before ``w`` in its parent's layout, if any."""
    parent = w.parentWidget()
    if parent is None:
        return ""
    keys = _layout_keys(parent.layout(), [c for c in parent.children() if isinstance(c, QWidget)])
    if w not in keys:
        return ""
    before = [(k, c) for c, k in keys.items() if isinstance(c, QLabel) and k < keys[w] and c.text().strip()]
    return max(before, key=lambda kc: kc[0])[1].text() if before else ""


def name_controls(root: QWidget) -> None:
    """Give every nameless control of ``root`` an accessible name (and its tooltip as description)."""
    for w in focus_order(root, shown_only=False):
        if not w.accessibleDescription() and w.toolTip():
            w.setAccessibleDescription(_short(w.toolTip()) if len(w.toolTip()) > 200 else
                                       re.sub(r"<[^>]+>", "", w.toolTip()))
        if has_name(w, root):
            continue
        placeholder = w.placeholderText() if isinstance(w, QLineEdit) else ""
        name = _short(w.toolTip()) or _short(placeholder) or _short(_label_before(w))
        if not name and w.parentWidget() is not None:     # a part of a named compound control
            name = w.parentWidget().accessibleName() or _short(w.parentWidget().toolTip())
        if name:
            w.setAccessibleName(name)


def _proxy_compounds(root: QWidget) -> None:
    """A labelled slider (a slider holding a slider and a number) is one stop: its inner slider."""
    for outer in root.findChildren(QAbstractSlider):
        inner = outer.findChildren(QAbstractSlider, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if inner and outer.focusProxy() is None:
            outer.setFocusProxy(inner[0])
            inner[0].setToolTip(inner[0].toolTip() or outer.toolTip())


def apply(root: QWidget) -> list[QWidget]:
    """Chain ``root``'s controls in reading order, let Tab out of each, name the nameless."""
    _proxy_compounds(root)
    _scroll_area_stops(root)
    order = focus_order(root, shown_only=False)
    for w in order:
        _let_tab_out(w)
    for a, b in itertools.pairwise(order):
        if a.window() is b.window():
            QWidget.setTabOrder(a, b)
    name_controls(root)
    return order


class _OnShow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.LayoutDirectionChange) and watched.isVisible():
            apply(watched)
        return False


def install(page: QWidget) -> None:
    """Apply the reading order to ``page`` now and each time it is shown."""
    page._reading_order = f = _OnShow(page)
    page.installEventFilter(f)
