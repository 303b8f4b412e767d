"""The graph editor's keyboard: everything the mouse does, with keys, through the same edits.

:class:`GraphKeys` is mixed into :class:`~nnlab_gui.widgets.graph_canvas.GraphCanvas`.  The
canvas takes the focus (Tab or a click) and shows a cursor (a dashed circle); the node under
the cursor is the selected one (a thick ring in the focus colour).

=====================  ======================================================
arrows                 move the cursor (Shift: finer steps)
N / Shift+N            jump to the next / previous node
Space or Insert        add a node at the cursor (as a click on empty space)
Delete or Backspace    delete the selected node (as a right click on it)
E                      on a node: start an edge (dashed ring); on another node: connect the
                       two, or disconnect them when they are connected; Esc forgets the start
Enter or F2            edit the selected node's label (as a double click)
=====================  ======================================================

Each key calls the method the mouse calls (``add_node``, ``remove_node``, ``add_edge``,
``remove_edge``, ``set_label``), so undo, ``changed`` and the page's state are the same.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen

from nnlab_gui.i18n import tr_
from nnlab_gui.widgets import appearance

STEP = 0.05                      # cursor step in the unit square (Shift: a fifth of it)
MOVES = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


def keys_tip() -> str:
    return tr_("Keys: arrows move the cursor · N: next node · Space: add a node · Delete: delete the "
               "node · E on one node, then E on another: connect or disconnect · Enter: edit the label")


class GraphKeys:
    """Keyboard cursor, selection and edge start for a graph canvas (see the module's table)."""

    def init_keys(self) -> None:
        self.cursor = (0.5, 0.5)                 # in the unit square
        self.edge_start = None                   # the node an E press started an edge from
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # ------------------------------------------------------------ selection
    def selected(self):
        """The node under the keyboard cursor (None when the cursor is on empty space)."""
        return self.node_at(self.to_widget(self.cursor))

    def move_cursor_to(self, xy: tuple[float, float]) -> None:
        self.cursor = (min(max(float(xy[0]), 0.0), 1.0), min(max(float(xy[1]), 0.0), 1.0))
        self.describe()
        self.update()

    def select_node(self, v) -> None:
        """Put the cursor on node ``v``."""
        if v in self.graph:
            self.move_cursor_to(self.pos.get(v, (0.5, 0.5)))

    def cycle(self, forward: bool = True) -> None:
        nodes = sorted(self.graph, key=str)
        if not nodes:
            return
        cur = self.selected()
        i = nodes.index(cur) if cur in nodes else (-1 if forward else 0)
        self.select_node(nodes[(i + (1 if forward else -1)) % len(nodes)])

    def describe(self) -> None:
        """The accessible description: the graph's size and what the cursor is on."""
        v = self.selected() if hasattr(self, "cursor") else None
        text = tr_("{n} nodes, {m} edges").format(n=self.graph.number_of_nodes(), m=self.graph.number_of_edges())
        if v is not None:
            text += "; " + tr_("node {v} selected, {d} neighbours").format(v=v, d=self.graph.degree(v))
        self.setAccessibleDescription(text)

    # ------------------------------------------------------------- keys
    def event(self, event) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and self.edge_start is not None
                and event.key() == Qt.Key.Key_Escape):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        v = self.selected()
        if key in MOVES:
            dx, dy = MOVES[key]
            step = STEP / 5 if shift else STEP
            self.move_cursor_to((self.cursor[0] + dx * step, self.cursor[1] + dy * step))
        elif key == Qt.Key.Key_N:
            self.cycle(forward=not shift)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Insert):
            if v is None:
                self.add_node(*self.cursor)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if v is not None:
                if self.edge_start == v:
                    self.edge_start = None
                self.remove_node(v)
        elif key == Qt.Key.Key_E:
            self.key_edge(v)
        elif key == Qt.Key.Key_Escape and self.edge_start is not None:
            self.edge_start = None
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and v is not None:
            self.edit_label(v)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def key_edge(self, v) -> None:
        """E: start an edge at ``v``, or end it there (connect, or disconnect when connected)."""
        start = self.edge_start
        if v is None:
            return
        if start is None or start not in self.graph or start == v:
            self.edge_start = None if start == v else v
            self.update()
            return
        self.edge_start = None
        if self.graph.has_edge(start, v):
            self.remove_edge(start, v)
        else:
            self.add_edge(start, v)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    # ------------------------------------------------------------ drawing
    def paint_keys(self, painter: QPainter, radius: float) -> None:
        """The cursor, the selected node's ring and a pending edge (only with the focus)."""
        if not self.hasFocus():
            return
        t, k = appearance.theme(), appearance.scale()
        focus = QColor(t.focus)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        start = self.edge_start if self.edge_start in self.graph else None
        c = self.to_widget(self.cursor)
        if start is not None:
            painter.setPen(QPen(focus, 2 * k, Qt.PenStyle.DashLine))
            painter.drawLine(self.to_widget(self.pos.get(start)), c)
            painter.drawEllipse(self.to_widget(self.pos.get(start)), radius + 4 * k, radius + 4 * k)
        v = self.selected()
        if v is not None:
            painter.setPen(QPen(focus, 3.5 * k))
            painter.drawEllipse(self.to_widget(self.pos.get(v)), radius + 3 * k, radius + 3 * k)
        else:
            painter.setPen(QPen(focus, 2 * k, Qt.PenStyle.DashLine))
            painter.drawEllipse(c, radius, radius)
            painter.setPen(QPen(focus, 1.5 * k))
            d = radius / 2
            painter.drawLine(QPointF(c.x() - d, c.y()), QPointF(c.x() + d, c.y()))
            painter.drawLine(QPointF(c.x(), c.y() - d), QPointF(c.x(), c.y() + d))
