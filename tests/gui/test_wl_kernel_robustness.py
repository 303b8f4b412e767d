"""WL kernel tab under bad input (issue 14): a GML label that is a list is refused and the
window keeps painting; the graph canvas paints any state without raising (unknown labels,
NaN or missing positions, an empty graph, a stale colouring); a bad TU folder opened on
"Two graphs" shows its message there and builds no other page."""

from __future__ import annotations

import networkx as nx
import pytest
from PySide6.QtCore import QPoint, Qt

from nnlab_gui.tabs.wl_kernel.pair import MAX_ITER, PairPage
from nnlab_gui.widgets import export, graph_canvas


@pytest.fixture
def tab(qtbot):
    page = PairPage(key="test/wl-pair-robust")
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    qtbot.waitExposed(page)
    return page


def _write_tu(folder, name="TOY"):
    folder.mkdir()
    edges = [(1, 2), (2, 3), (3, 1), (4, 5), (5, 6), (7, 8)]
    (folder / f"{name}_A.txt").write_text("".join(f"{a}, {b}\n{b}, {a}\n" for a, b in edges))
    (folder / f"{name}_graph_indicator.txt").write_text("1\n1\n1\n2\n2\n2\n3\n3\n")
    return folder


LIST_LABEL_GML = ("graph [ node [ id 1 wl_label [ a 1 ] ] node [ id 2 wl_label 1 ] "
                  "edge [ source 1 target 2 ] ]")


def test_a_gml_list_label_is_refused_and_the_window_keeps_painting(window, qtbot, tmp_path, monkeypatch):
    """Issue 14's crash: the trace raised, painting failed with the painter active, then a segfault."""
    path = tmp_path / "list.gml"
    path.write_text(LIST_LABEL_GML)
    page = window.show_page("WL kernel:Two graphs")
    before = page.state()
    monkeypatch.setattr(export, "ask_open_path", lambda *a, **k: str(path))
    window.open_action.trigger()
    assert page.messages.level == "error" and "label" in page.messages.text() and "list.gml" in page.messages.text()
    assert page.state() == before
    for k in range(MAX_ITER + 1):
        page.set_iteration(k)
        for canvas in page.canvases:
            assert not canvas.grab().isNull()
    window.close()


def test_a_label_the_trace_refuses_clears_the_colouring_and_painting_goes_on(tab):
    canvas = tab.canvases[0]
    v = next(iter(canvas.graph))
    canvas.graph.nodes[v]["label"] = ["a", 1]      # what a bad file used to leave on the canvas
    tab.refresh()
    assert tab.messages.level == "error" and "label" in tab.messages.text()
    assert tab.trace is None and all(c.colouring is None for c in tab.canvases)
    tab.set_iteration(3)                           # drawing with no trace: nothing stale is painted
    assert not canvas.grab().isNull()


def _odd_state(canvas, case):
    g = nx.path_graph(3)
    canvas.set_graph(g, {0: (0.1, 0.1), 1: (0.5, 0.5), 2: (0.9, 0.9)}, fit=False)
    if case == "unknown_label":
        canvas.graph.nodes[1]["label"] = {"a": [1]}
    elif case == "nan_position":
        canvas.pos[1] = (float("nan"), float("inf"))
    elif case == "missing_position":
        del canvas.pos[2]
    elif case == "empty":
        canvas.set_graph(nx.Graph())
    elif case == "stale_colouring":
        canvas.set_colouring({0: 2, 7: 3})         # node 1, 2 missing, node 7 unknown
    elif case == "odd_colouring":
        canvas.set_colouring({0: None, 1: "x", 2: 10 ** 400})
    elif case == "self_loop_and_dangling_drag":
        canvas.graph.add_edge(0, 0)
        canvas._drag_from, canvas._drag_to = 99, QPoint(5, 5).toPointF()


@pytest.mark.parametrize("case", ["unknown_label", "nan_position", "missing_position", "empty", "stale_colouring",
                                  "odd_colouring", "self_loop_and_dangling_drag"])
def test_the_graph_canvas_paints_any_state(qtbot, case):
    canvas = graph_canvas.GraphCanvas("G")
    qtbot.addWidget(canvas)
    canvas.resize(320, 260)
    canvas.show()
    qtbot.waitExposed(canvas)
    _odd_state(canvas, case)
    for _ in range(2):                             # a second paint: the painter was ended
        assert not canvas.grab().isNull()
    canvas.repaint()
    qtbot.mouseClick(canvas, Qt.MouseButton.RightButton, pos=QPoint(5, 5))   # hit tests cope too
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(300, 240))


def test_a_bad_tu_folder_opened_on_two_graphs_shows_its_message_there(window, tmp_path, monkeypatch):
    folder = _write_tu(tmp_path / "TOY")
    (folder / "TOY_graph_indicator.txt").write_text("1\n1\n1\n2\n2\n2\n3\n1e400\n")
    page = window.show_page("WL kernel:Two graphs")
    monkeypatch.setattr(export, "ask_open_path", lambda *a, **k: str(folder))
    window.open_action.trigger()
    assert window.current_page() is page
    assert page.messages.level == "error" and "1e400" in page.messages.text()
    assert "WL kernel:Dataset" not in dict(window.pages()) or window.page("WL kernel:Dataset").dataset is None
