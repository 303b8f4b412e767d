"""Keyboard and screen readers: every control of every page is named and reached by Tab in
reading order; canvases, plots and image panels have names; the mask painter and the graph
editor are used with the keyboard alone and give what the mouse gives."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QRadioButton,
    QWidget,
)

from nnlab_gui import i18n
from nnlab_gui.widgets import appearance, reading_order
from nnlab_gui.widgets.feature_maps import FeatureMapDiagram
from nnlab_gui.widgets.graph_canvas import GraphCanvas
from nnlab_gui.widgets.image_view import ImagePanel
from nnlab_gui.widgets.paint_canvas import PaintCanvas


def focusable(page: QWidget) -> list[QWidget]:
    """Every control of the page Tab should stop at (tab focus, enabled, visible, no proxy)."""
    return [w for w in page.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled() and w.isVisible()
            and w.focusProxy() is None]


def spoken_name(w: QWidget, page: QWidget) -> str:
    """What a screen reader can say for ``w``: its accessible name, a label it is the buddy of
    (directly or as the focus of a compound control), or its own text."""
    if w.accessibleName().strip():
        return w.accessibleName()
    if isinstance(w, QAbstractButton) and w.text().strip():
        return w.text()
    owners = [w] + [p for p in (w.parentWidget(),) if p is not None and p.focusProxy() is w]
    for label in page.findChildren(QLabel):
        if label.buddy() in owners and label.isVisible() and label.text().strip():
            return label.text()
    return ""


def describe(w: QWidget) -> str:
    return f"{type(w).__name__}({w.objectName() or w.toolTip()[:30]!r})"


def tab_cycle(qtbot, first: QWidget, limit: int) -> list[QWidget]:
    """The widgets that get the focus pressing Tab from ``first`` until it comes back."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [QApplication.focusWidget()]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is seen[0]:
            break
        seen.append(now)
    return seen


def reached(w: QWidget, seen: list[QWidget]) -> bool:
    if w in seen:
        return True
    if isinstance(w, QRadioButton) and w.autoExclusive():   # Tab stops at a group's checked radio;
        siblings = [r for r in w.parentWidget().findChildren(QRadioButton)    # arrows move inside it
                    if r.autoExclusive() and r.group() is w.group()]
        return any(r in seen for r in siblings)
    return False


def test_every_control_of_every_page_is_named_and_reached_by_tab(window, qtbot):
    window.resize(1400, 900)
    unnamed, missed, counted = {}, {}, 0
    for path, _page in window.pages(build=True):
        page = window.show_page(path)
        QApplication.processEvents()
        controls = focusable(page)
        counted += len(controls)
        bad = [describe(w) for w in controls if not spoken_name(w, page)]
        if bad:
            unnamed[path] = bad
        first = reading_order.focus_order(page)[0]
        seen = tab_cycle(qtbot, first, 4 * len(controls) + 20)
        lost = [describe(w) for w in controls if not reached(w, seen)]
        if lost:
            missed[path] = lost
    assert counted > 300
    assert not unnamed, f"controls with no name a screen reader could say: {unnamed}"
    assert not missed, f"controls Tab never reaches: {missed}"


def page_order(qtbot, page: QWidget) -> list[QWidget]:
    controls = focusable(page)
    seen = tab_cycle(qtbot, reading_order.focus_order(page)[0], 4 * len(controls) + 20)
    return [w for w in seen if w in controls]


@pytest.mark.parametrize("code", ["en", "he"])
def test_tab_reads_the_run_row_in_the_layout_direction(qtbot, code):
    """Run then Cancel: left to right in English, right to left in Hebrew; the control
    column comes before the views."""
    from nnlab_gui.app import MainWindow

    i18n.set_language(code)
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        win.resize(1400, 900)
        win.show()
        page = win.show_page("Generator:Sampling:Gibbs")
        QApplication.processEvents()
        order = page_order(qtbot, page)
        run, cancel = page.run_panel.run_button, page.run_panel.cancel_button
        cancel.setEnabled(True)              # (disabled until a run starts: made a stop here)
        order = page_order(qtbot, page)
        assert order.index(run) + 1 == order.index(cancel)
        x_run = run.mapTo(win, QPoint(0, 0)).x()
        x_cancel = cancel.mapTo(win, QPoint(0, 0)).x()
        assert (x_run < x_cancel) if code == "en" else (x_run > x_cancel)
        plots = [w for w in order if isinstance(w, pg.PlotWidget)]
        assert plots and order.index(run) < order.index(plots[0])
        assert page.layoutDirection() == (Qt.LayoutDirection.RightToLeft if code == "he"
                                          else Qt.LayoutDirection.LeftToRight)
    finally:
        i18n.set_language("en")


def test_canvases_plots_and_image_panels_have_names(window):
    views = []
    for _path, page in window.pages(build=True):
        views += [w for w in page.findChildren(QWidget)
                  if isinstance(w, (pg.GraphicsView, PaintCanvas, GraphCanvas, FeatureMapDiagram))]
    kinds = {type(w).__name__ for w in views}
    assert {"PlotWidget", "ImagePanel", "TileGrid", "PaintCanvas", "GraphCanvas", "FeatureMapDiagram"} <= kinds
    nameless = [describe(w) for w in views if not w.accessibleName().strip()]
    assert not nameless
    undescribed = [describe(w) for w in views if not w.accessibleDescription().strip()]
    assert not undescribed
    inpaint = window.page("Inpainting:Inpainting")
    assert inpaint.canvas.accessibleName() == "mask painter"
    assert "Space" in inpaint.canvas.toolTip()


@pytest.mark.parametrize("path, canvas", [("Inpainting:Inpainting", "canvas"),
                                          ("Generator:Encode your own", "canvas"),
                                          ("WL kernel:Two graphs", "canvases")])
def test_canvases_take_the_focus_by_tab_and_show_the_focus_frame(window, qtbot, path, canvas):
    window.resize(1400, 900)
    page = window.show_page(path)
    QApplication.processEvents()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target = getattr(page, canvas)
    target = target[0] if isinstance(target, list) else target
    assert target.focusPolicy() == Qt.FocusPolicy.StrongFocus
    order = page_order(qtbot, page)
    i = order.index(target)
    if i > 0:                                           # Tab from the control before it
        order[i - 1].setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(order[i - 1], Qt.Key.Key_Tab)
    else:                                               # Shift+Tab from the one after it
        order[1].setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(order[1], Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is target
    ring = appearance.focus_ring()
    assert ring is not None and ring.widget() is target and ring.isVisible()


def test_image_panel_describes_what_it_shows(qtbot):
    from nnlab_gui.widgets.image_view import TileGrid

    panel = ImagePanel(title="ideal")
    qtbot.addWidget(panel)
    assert panel.accessibleName() == "ideal"
    panel.set_image(np.zeros((28, 20)))
    assert panel.accessibleDescription() == "grey image of 20×28 pixels"
    grid = TileGrid()
    qtbot.addWidget(grid)
    assert grid.accessibleName() == "tiles"
    grid.set_tiles(np.zeros((6, 8, 8)), cols=3)
    assert grid.accessibleDescription() == "6 tiles of 8×8 pixels in 3 columns"
    from nnlab_gui.widgets.plots import make_plot

    plot = make_plot("", "iteration", "J(z)")
    qtbot.addWidget(plot)
    assert plot.accessibleName() == "plot of J(z) against iteration"


def keys(qtbot, widget: QWidget, *presses) -> None:
    for press in presses:
        key, mod = press if isinstance(press, tuple) else (press, Qt.KeyboardModifier.NoModifier)
        qtbot.keyClick(widget, key, mod)


def test_keyboard_paints_the_mask_as_the_mouse_does(qtbot):
    from nnlab_gui.tabs.inpainting.page import InpaintingPage

    pages = []
    for _ in range(2):
        p = InpaintingPage("Inpainting/Inpainting")
        qtbot.addWidget(p)
        p.resize(1400, 900)
        p.show()
        p.mask_box.clear_mask()
        pages.append(p)
    by_keys, by_mouse = pages
    canvas = by_keys.canvas
    by_keys.activateWindow()
    qtbot.waitUntil(by_keys.isActiveWindow)
    canvas.setFocus()
    assert canvas.hasFocus() and canvas.cursor_cell == (14, 14)
    finished = []
    canvas.stroke_finished.connect(lambda: finished.append(1))
    keys(qtbot, canvas, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Up)
    assert canvas.cursor_cell == (13, 16)
    assert not canvas.array.any()                       # moving paints nothing
    keys(qtbot, canvas, Qt.Key.Key_Space)
    brush = int(by_keys.mask_box.form.value("brush_size"))
    assert brush == 3                                   # radius 1.5: the 3×3 cells around the cursor
    expected = np.zeros((28, 28), bool)
    expected[12:15, 15:18] = True
    assert np.array_equal(by_keys.mask_box.mask(), expected)
    assert finished == [1]

    other = by_mouse.canvas
    at = other.grid_to_widget(13, 16).toPoint()
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton, pos=at)
    assert np.array_equal(by_mouse.mask_box.mask(), expected)
    assert by_keys.state() == by_mouse.state()

    keys(qtbot, canvas, Qt.Key.Key_Left, (Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier))
    expected[12:15, 14:17] = False                      # erased around (13, 15)
    assert np.array_equal(by_keys.mask_box.mask(), expected)
    assert int(by_keys.mask_box.mask().sum()) == 3      # column 17 stays
    qtbot.mouseClick(other, Qt.MouseButton.RightButton, pos=other.grid_to_widget(13, 15).toPoint())
    assert by_keys.state() == by_mouse.state()
    keys(qtbot, canvas, Qt.Key.Key_Delete)
    assert not by_keys.mask_box.mask().any()
    for _ in range(40):                                 # the cursor stays on the grid
        keys(qtbot, canvas, Qt.Key.Key_Down, Qt.Key.Key_Left)
    assert canvas.cursor_cell == (27, 0)


def test_keyboard_edits_the_graph(qtbot):
    canvas = GraphCanvas("G1")
    qtbot.addWidget(canvas)
    canvas.resize(400, 300)
    canvas.show()
    canvas.activateWindow()
    qtbot.waitUntil(canvas.isActiveWindow)
    canvas.setFocus()
    assert canvas.hasFocus()
    edits = []
    canvas.changed.connect(lambda: edits.append(1))
    keys(qtbot, canvas, Qt.Key.Key_Space)
    assert list(canvas.graph.nodes) == [0] and canvas.pos[0] == (0.5, 0.5)
    assert canvas.selected() == 0
    keys(qtbot, canvas, Qt.Key.Key_Space)               # a node is already here: nothing added
    assert canvas.graph.number_of_nodes() == 1
    keys(qtbot, canvas, *[Qt.Key.Key_Right] * 6, Qt.Key.Key_Insert)
    assert sorted(canvas.graph.nodes) == [0, 1]
    assert canvas.pos[1] == pytest.approx((0.8, 0.5))
    keys(qtbot, canvas, *[Qt.Key.Key_Down] * 6, Qt.Key.Key_Space)
    assert canvas.pos[2] == pytest.approx((0.8, 0.8))
    assert canvas.graph.number_of_edges() == 0
    keys(qtbot, canvas, Qt.Key.Key_N)                   # 2 → 0
    assert canvas.selected() == 0
    keys(qtbot, canvas, Qt.Key.Key_E, Qt.Key.Key_N, Qt.Key.Key_E)
    assert sorted(canvas.graph.edges) == [(0, 1)]
    keys(qtbot, canvas, Qt.Key.Key_E, Qt.Key.Key_N, Qt.Key.Key_E)
    assert sorted(map(sorted, canvas.graph.edges)) == [[0, 1], [1, 2]]
    keys(qtbot, canvas, Qt.Key.Key_E, (Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier), Qt.Key.Key_E)
    assert sorted(map(sorted, canvas.graph.edges)) == [[0, 1]]          # E again: disconnected
    assert canvas.accessibleDescription() == "3 nodes, 1 edges; node 1 selected, 1 neighbours"
    keys(qtbot, canvas, Qt.Key.Key_Delete)
    assert sorted(canvas.graph.nodes) == [0, 2] and canvas.graph.number_of_edges() == 0
    assert len(edits) == 7                              # 3 nodes, 2 edges, 1 removed edge, 1 removed node
    assert canvas.undo() and sorted(canvas.graph.edges) == [(0, 1)]     # the mouse's undo steps back
    assert canvas.accessibleName() == "graph editor G1"
