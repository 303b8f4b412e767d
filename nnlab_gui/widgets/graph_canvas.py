"""A small graph editor: click to add a node, drag node→node for an edge.

Mouse: left click on empty space adds a node; left drag from one node to another
adds an edge; right click deletes the node (or edge) under the cursor; double click
on a node edits its initial label (``ask_label`` — tests monkeypatch it).  ``undo()``
steps back one edit.  The canvas owns a networkx ``Graph`` (node attribute
``label``) and node positions in the unit square; ``set_colouring({node: label})``
paints nodes by a WL colouring and writes that label in them.  Signals: ``changed``
after every edit.  ``node_pos_in_widget(node)`` gives the widget point of a node
for tests that send real mouse events.  Keyboard: :mod:`nnlab_gui.widgets.graph_keys`
(arrows, N, Space, Delete, E, Enter) makes the same edits.

Painting never raises: whatever state the model is in (a label that is no integer or
text, a colouring for other nodes, a NaN or missing position, an empty graph, a drag
from a deleted node), every node and edge is drawn with a neutral placeholder where
something is missing (grey fill, ``?`` label, the centre as position); a paint that
still fails is logged and shows a placeholder, and the painter is always ended.

Colours come from the theme and node sizes from the presentation scale
(:mod:`nnlab_gui.widgets.appearance`); WL colours are the categorical palette's, and
each label is written in black or white, whichever reads better on its fill.
"""

from __future__ import annotations

import logging
import math
import numbers

import networkx as nx
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QInputDialog, QSizePolicy, QWidget

from nnlab_gui.engine import palette, wl_text
from nnlab_gui.engine.graph_io import component_layout, fit_unit_square, unit_xy
from nnlab_gui.engine.texts import N_, Problem
from nnlab_gui.i18n import tr_
from nnlab_gui.widgets import appearance
from nnlab_gui.widgets.graph_keys import GraphKeys, keys_tip

NODE_RADIUS = 15.0                 # at scale 1; ``node_radius()`` is the scaled one
log = logging.getLogger(__name__)


def _is_int(label) -> bool:
    return isinstance(label, numbers.Integral) and not isinstance(label, bool)


def label_text(label) -> str:
    """What is written in a node: an integer or a short text; ``?`` for anything else."""
    if _is_int(label):
        text = str(int(label)) if abs(int(label)) < 10 ** 12 else f"{float(label):.0e}"
    elif isinstance(label, str):
        text = label
    else:
        return "?"
    return text if len(text) <= 6 else text[:5] + "…"


def label_colour(label: int) -> QColor:
    """A distinct, stable colour per integer label (``engine.wl_text.label_colour``)."""
    return QColor(wl_text.label_colour(label))


def node_radius() -> float:
    return appearance.px(NODE_RADIUS)


def ask_label(parent: QWidget, current) -> int | None:
    """Dialog for a node's initial label; None when cancelled."""
    start = int(current) if _is_int(current) and 0 <= current <= 10**6 else 1
    value, ok = QInputDialog.getInt(parent, "Node label", "Initial label (integer ≥ 0):",
                                    start, 0, 10**6, 1)
    return int(value) if ok else None


class GraphCanvas(GraphKeys, QWidget):
    changed = Signal()

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.graph = nx.Graph()
        self.pos: dict = {}
        self.colouring: dict | None = None
        self._undo: list[tuple[nx.Graph, dict]] = []
        self._drag_from = None
        self._drag_to: QPointF | None = None
        self._press_pos: QPointF | None = None
        self.setMinimumSize(220, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.init_keys()
        self.setToolTip(tr_("Click: add node · drag node→node: add edge · right click: delete · "
                        "double click: edit label") + "\n" + keys_tip())
        self.setAccessibleName(tr_("graph editor {title}").format(title=title).strip())
        self.describe()

    # ---------------------------------------------------------------- model
    def _remember(self) -> None:
        self._undo.append((self.graph.copy(), dict(self.pos)))
        del self._undo[:-100]

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> bool:
        if not self._undo:
            return False
        self.graph, self.pos = self._undo.pop()
        self._after_edit()
        return True

    def _after_edit(self) -> None:
        self.colouring = None
        self.describe()
        self.update()
        self.changed.emit()

    def set_graph(self, graph: nx.Graph, pos: dict | None = None, remember: bool = True,
                  fit: bool = True) -> None:
        """Show ``graph``; ``pos`` is scaled to fill the canvas unless ``fit=False``
        (positions already in the unit square, e.g. a saved state); no ``pos``: a spring layout."""
        if remember:
            self._remember()
        g = nx.Graph()
        for v, data in graph.nodes(data=True):
            lab = data.get("label", 1)
            g.add_node(v, label=1 if lab is None else lab)
        g.add_edges_from(graph.edges())
        self.graph = g
        if pos and not fit:
            self.pos = {v: unit_xy(pos.get(v)) for v in g}
        else:
            self.pos = fit_unit_square(pos) if pos else fit_unit_square(self._layout_positions("spring"))
        self._after_edit()

    def clear(self) -> None:
        self.set_graph(nx.Graph())

    def _new_node_id(self):
        ints = [v for v in self.graph if isinstance(v, int)]
        return max(ints, default=-1) + 1 if len(ints) == len(self.graph) else \
            next(i for i in range(len(self.graph) + 1) if i not in self.graph)

    def add_node(self, x: float, y: float, label: int = 1):
        self._remember()
        v = self._new_node_id()
        self.graph.add_node(v, label=label)
        self.pos[v] = (min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0))
        self._after_edit()
        return v

    def add_edge(self, a, b) -> bool:
        if a == b or self.graph.has_edge(a, b):
            return False
        self._remember()
        self.graph.add_edge(a, b)
        self._after_edit()
        return True

    def remove_node(self, v) -> None:
        self._remember()
        self.graph.remove_node(v)
        self.pos.pop(v, None)
        self._after_edit()

    def remove_edge(self, a, b) -> None:
        self._remember()
        self.graph.remove_edge(a, b)
        self._after_edit()

    def set_label(self, v, label: int) -> None:
        self._remember()
        self.graph.nodes[v]["label"] = int(label)
        self._after_edit()

    def set_colouring(self, colouring: dict | None) -> None:
        self.colouring = colouring
        self.update()

    # --------------------------------------------------------------- layout
    def _layout_positions(self, kind: str) -> dict:
        g = self.graph
        if len(g) == 0:
            return {}
        if len(g) == 1:
            return {next(iter(g)): (0.5, 0.5)}
        if kind == "spring":
            p = nx.spring_layout(g, seed=1)
        elif kind in ("kamada_kawai", "kamada-kawai", "kk"):
            # Kamada–Kawai needs a connected graph for distances; lay out components side by side
            p = component_layout(g)
        elif kind == "circular":
            p = nx.circular_layout(g)
        else:
            raise Problem(N_("unknown layout {kind!r}"), kind=kind)
        return {v: (float(xy[0]), float(xy[1])) for v, xy in p.items()}

    def apply_layout(self, kind: str) -> None:
        self._remember()
        self.pos = fit_unit_square(self._layout_positions(kind))
        self.update()
        self.changed.emit()

    # ------------------------------------------------------------- geometry
    def _area(self) -> QRectF:
        m = node_radius() + 4
        top = m + (self.fontMetrics().height() + 4 if self.title else 0)
        return QRectF(m, top, max(1.0, self.width() - 2 * m), max(1.0, self.height() - top - m))

    def to_widget(self, xy: tuple[float, float]) -> QPointF:
        r = self._area()
        x, y = unit_xy(xy)
        return QPointF(r.left() + x * r.width(), r.top() + y * r.height())

    def _node_point(self, v) -> QPointF:
        """Widget point of node ``v`` (the centre when it has no usable position)."""
        return self.to_widget(self.pos.get(v))

    def to_unit(self, p: QPointF) -> tuple[float, float]:
        r = self._area()
        return ((p.x() - r.left()) / r.width(), (p.y() - r.top()) / r.height())

    def node_pos_in_widget(self, node):
        """Integer widget point (QPoint) at the centre of ``node``."""
        return self._node_point(node).toPoint()

    def node_at(self, p: QPointF):
        best, best_d = None, node_radius() + 2
        for v in self.graph:
            q = self._node_point(v)
            d = math.hypot(q.x() - p.x(), q.y() - p.y())
            if d <= best_d:
                best, best_d = v, d
        return best

    def edge_at(self, p: QPointF):
        for a, b in self.graph.edges():
            if a == b:
                continue
            pa, pb = self._node_point(a), self._node_point(b)
            dx, dy = pb.x() - pa.x(), pb.y() - pa.y()
            L2 = dx * dx + dy * dy or 1.0
            t = max(0.0, min(1.0, ((p.x() - pa.x()) * dx + (p.y() - pa.y()) * dy) / L2))
            if math.hypot(pa.x() + t * dx - p.x(), pa.y() + t * dy - p.y()) <= appearance.px(5):
                return (a, b)
        return None

    # ---------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        p = event.position()
        if event.button() == Qt.MouseButton.RightButton:
            v = self.node_at(p)
            if v is not None:
                self.remove_node(v)
                return
            e = self.edge_at(p)
            if e is not None:
                self.remove_edge(*e)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._press_pos = p
        self._drag_from = self.node_at(p)
        self._drag_to = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            self._drag_to = event.position()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press_pos is None:
            return
        p = event.position()
        start, self._drag_from, self._drag_to = self._drag_from, None, None
        press, self._press_pos = self._press_pos, None
        if start is None:
            if math.hypot(p.x() - press.x(), p.y() - press.y()) < 6 and self.node_at(p) is None:
                self.cursor = self.to_unit(p)
                self.add_node(*self.cursor)
            return
        end = self.node_at(p)
        if end is not None and end != start:
            self.add_edge(start, end)
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        v = self.node_at(event.position())
        if v is not None:
            self.edit_label(v)

    def edit_label(self, v) -> None:
        """Ask for node ``v``'s initial label and set it (double click, Enter)."""
        label = ask_label(self, self.graph.nodes[v].get("label", 1) if v in self.graph else 1)
        if label is not None:
            self.set_label(v, label)

    # -------------------------------------------------------------- drawing
    def sizeHint(self) -> QSize:
        return QSize(round(appearance.px(360)), round(appearance.px(300)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        except Exception:                       # never out of a paint event (the painter is active)
            log.exception("GraphCanvas %r: painting failed; drawing a placeholder", self.title)
            try:
                t = appearance.theme()
                painter.fillRect(self.rect(), QColor(t.canvas_bg))
                painter.setPen(QColor(t.canvas_muted))
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "(cannot draw this graph)")
            except Exception:                   # pragma: no cover - nothing more to do
                pass
        finally:
            painter.end()

    def _fill(self, v, data) -> tuple[QColor, str]:
        """(fill colour, text) of node ``v``: its WL colour and label, or neutral ones."""
        if self.colouring is not None:
            lab = self.colouring.get(v) if isinstance(self.colouring, dict) else None
            return (label_colour(lab) if _is_int(lab) else QColor(appearance.theme().node_fill)), label_text(lab)
        return QColor(appearance.theme().node_fill), label_text(data.get("label", 1))

    def _paint(self, painter: QPainter) -> None:
        t, R, k = appearance.theme(), node_radius(), appearance.scale()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(t.canvas_bg))
        painter.setPen(QPen(QColor(t.canvas_edge), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self.title:
            f = QFont(self.font())
            f.setBold(True)
            painter.setFont(f)
            painter.setPen(QColor(t.text))
            painter.drawText(QRectF(6, 2, self.width() - 12, self.fontMetrics().height() + 4),
                             Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.graph:
            painter.setPen(QColor(t.canvas_muted))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "click to add nodes")
        painter.setPen(QPen(QColor(t.canvas_edge), 2 * k))
        for a, b in self.graph.edges():
            if a == b:
                q = self._node_point(a)
                painter.drawEllipse(QRectF(q.x(), q.y() - 2 * R, 1.6 * R, 1.6 * R))
            else:
                painter.drawLine(self._node_point(a), self._node_point(b))
        if self._drag_from is not None and self._drag_to is not None and self._drag_from in self.graph:
            painter.setPen(QPen(QColor(t.focus), 2 * k, Qt.PenStyle.DashLine))
            painter.drawLine(self._node_point(self._drag_from), self._drag_to)
        f = QFont(self.font())
        f.setBold(True)
        painter.setFont(f)
        for v, data in self.graph.nodes(data=True):
            q = self._node_point(v)
            fill, text = self._fill(v, data)
            painter.setPen(QPen(QColor(t.canvas_edge), 1.5 * k))
            painter.setBrush(fill)
            painter.drawEllipse(q, R, R)
            painter.setPen(QColor(palette.text_on(fill.name())))
            painter.drawText(QRectF(q.x() - R, q.y() - R, 2 * R, 2 * R), Qt.AlignmentFlag.AlignCenter, text)
        self.paint_keys(painter, R)
