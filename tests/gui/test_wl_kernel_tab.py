"""WL kernel tab: real mouse edits, iteration stepping, the seed preset, files, datasets."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from nnlab_gui.tabs import wl_kernel
from nnlab_gui.tabs.wl_kernel import WlKernelTab
from nnlab_gui.widgets import graph_canvas


@pytest.fixture
def tab(qtbot):
    t = WlKernelTab()
    qtbot.addWidget(t)
    t.resize(1300, 850)
    t.show()
    qtbot.waitExposed(t)
    return t


def test_seed_preset_shows_65_and_the_tables(tab):
    tab.load_preset(0)
    tab.set_iteration(2)
    text = tab.kernel_label.text()
    assert "49 + 12 + 4 = 65" in text
    assert "0.7932" in text                       # 65 / sqrt(79 * 85)
    html = tab.table_view.toPlainText()
    assert "3,34" in html and "5,3333" in html
    assert "share no label" in tab.note_label.text()
    ids, F = tab.phi
    assert F[0].tolist() == [7, 1, 4, 1, 1, 1, 0, 2, 0, 2, 1, 0, 0, 0, 1]


def test_clicks_build_a_graph(tab, qtbot):
    tab.canvases[0].clear()
    canvas = tab.canvases[0]
    assert canvas.graph.number_of_nodes() == 0
    w, h = canvas.width(), canvas.height()
    for x, y in ((0.25, 0.4), (0.7, 0.4), (0.5, 0.8)):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(w * x), int(h * y)))
    assert canvas.graph.number_of_nodes() == 3
    nodes = list(canvas.graph.nodes)
    # drag from node 0 to node 1 and from 1 to 2: two edges
    for a, b in ((nodes[0], nodes[1]), (nodes[1], nodes[2])):
        pa, pb = canvas.node_pos_in_widget(a), canvas.node_pos_in_widget(b)
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=pa)
        qtbot.mouseMove(canvas, pos=(pa + pb) / 2)
        qtbot.mouseMove(canvas, pos=pb)
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=pb)
    assert canvas.graph.number_of_edges() == 2
    assert canvas.graph.has_edge(nodes[0], nodes[1])
    # the trace follows the edit: a path on 3 nodes at iteration 1 -> two colours
    tab.set_iteration(1)
    assert len(set(tab.trace.iterations[1].labels[0].values())) == 2
    # right click deletes a node, undo brings it back
    qtbot.mouseClick(canvas, Qt.MouseButton.RightButton, pos=canvas.node_pos_in_widget(nodes[2]))
    assert canvas.graph.number_of_nodes() == 2
    canvas.undo()
    assert canvas.graph.number_of_nodes() == 3 and canvas.graph.number_of_edges() == 2


def test_double_click_edits_a_label(tab, qtbot, monkeypatch):
    monkeypatch.setattr(graph_canvas, "ask_label", lambda parent, current: 4)
    canvas = tab.canvases[1]
    v = next(iter(canvas.graph.nodes))
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.node_pos_in_widget(v))
    assert canvas.graph.nodes[v]["label"] == 4
    tab.set_iteration(0)
    assert tab.trace.iterations[0].labels[1][v] == 4


def test_stepping_changes_the_colouring(tab, qtbot):
    tab.load_preset(0)
    tab.set_iteration(0)
    c0 = dict(tab.canvases[0].colouring)
    assert set(c0.values()) == {1}
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert tab.iteration == 1
    c1 = dict(tab.canvases[0].colouring)
    assert c1 != c0 and set(c1.values()) == {2, 3, 4, 5}
    tab.next_button.click()
    assert set(tab.canvases[0].colouring.values()) == {6, 8, 10, 11, 15}
    tab.prev_button.click()
    assert tab.canvases[0].colouring == c1


def test_indistinguishable_preset_notes_stable_colouring(tab):
    tab.load_preset(2)
    tab.set_iteration(3)
    assert "stable" in tab.note_label.text()
    ids, F = tab.phi
    assert np.array_equal(F[0], F[1])


def test_malformed_file_is_refused_and_graphs_kept(tab, tmp_path):
    bad = tmp_path / "bad.graphml"
    bad.write_text("<graphml><graph><node id='a'></graph>")
    before = sorted(map(sorted, tab.canvases[0].graph.edges()))
    assert not tab.load_graph_file(str(bad), 0)
    assert tab.messages.level == "error"
    assert "bad.graphml" in tab.messages.text()
    assert sorted(map(sorted, tab.canvases[0].graph.edges())) == before and before
    bad2 = tmp_path / "bad.gml"
    bad2.write_text("graph [ node [ id 1 ")
    tab.open_file(str(bad2))
    assert tab.messages.level == "error"


@pytest.mark.parametrize("suffix", [".graphml", ".gml", ".edgelist"])
def test_save_and_open_round_trip(tab, tmp_path, monkeypatch, suffix):
    tab.load_preset(0)
    g = tab.canvases[0].graph
    path = tmp_path / f"g1{suffix}"
    monkeypatch.setattr(wl_kernel, "ask_save_path", lambda *a, **k: str(path))
    tab._on_save_graph(0)
    assert path.exists()
    tab.canvases[1].clear()
    assert tab.load_graph_file(str(path), 1)
    g2 = tab.canvases[1].graph
    assert nx.is_isomorphic(g, g2)
    tab.set_iteration(2)
    assert tab.trace is not None
    ids, F = tab.phi
    assert np.array_equal(F[0], F[1])


def _write_tu(folder, name="TOY"):
    folder.mkdir()
    # graph 1: triangle (nodes 1-3), graph 2: path 4-5-6, graph 3: single edge 7-8
    edges = [(1, 2), (2, 3), (3, 1), (4, 5), (5, 6), (7, 8)]
    (folder / f"{name}_A.txt").write_text("".join(f"{a}, {b}\n{b}, {a}\n" for a, b in edges))
    (folder / f"{name}_graph_indicator.txt").write_text("1\n1\n1\n2\n2\n2\n3\n3\n")
    (folder / f"{name}_graph_labels.txt").write_text("1\n-1\n1\n")
    return folder


def test_dataset_mode_computes_a_heatmap(tab, qtbot, tmp_path, monkeypatch):
    folder = _write_tu(tmp_path / "TOY")
    monkeypatch.setattr(wl_kernel, "ask_open_dir", lambda *a: str(folder))
    tab.h_spin.setValue(2)
    with qtbot.waitSignal(tab.ds_runner.done, timeout=20000):
        tab.open_dir_button.click()
    assert tab.gram.shape == (3, 3)
    # triangle: 3 nodes of label 1 in every iteration -> 9 per iteration
    assert tab.gram[0, 0] == 27
    assert "computed in" in tab.time_label.text()
    img = tab.heat_img.image
    assert img.shape == (3, 3)
    (x0, x1), (y0, y1) = tab.heat.getPlotItem().vb.viewRange()
    assert x0 <= 0 and x1 >= 3 and y0 <= 0 and y1 >= 3 and x1 - x0 < 6   # the view shows the matrix
    # sorted by class: class -1 (graph 2) first
    assert list(tab.gram_order) == [1, 0, 2]
    assert tab.describe_cell(1, 1) == "graph 1 (class 1) × graph 1 (class 1): K = 27"
    assert tab.describe_cell(5, 0) == ""
    # exports: the matrix as CSV, the heatmap as PNG
    for name in ("k.csv", "k.png"):
        monkeypatch.setattr(wl_kernel, "ask_save_path", lambda *a, name=name: str(tmp_path / name))
        tab.heat_export.click()
        assert (tmp_path / name).stat().st_size > 0, tab.messages.text()
    assert np.loadtxt(tmp_path / "k.csv", delimiter=",")[0, 0] == 27


def test_bad_dataset_folder_keeps_previous(tab, qtbot, tmp_path):
    folder = _write_tu(tmp_path / "TOY")
    with qtbot.waitSignal(tab.ds_runner.done, timeout=20000):
        assert tab.open_dataset(folder)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert not tab.open_dataset(empty)
    assert tab.messages.level == "error" and "NAME_A.txt" in tab.messages.text()
    assert tab.dataset.name == "TOY"
    # File → Open… on a NAME_A.txt opens the dataset too
    tab.h_spin.setValue(1)
    with qtbot.waitSignal(tab.ds_runner.done, timeout=20000):
        tab.open_file(str(folder / "TOY_A.txt"))
    assert tab.gram[0, 0] == 18


def test_mutag_dataset(tab, qtbot, course_path):
    folder = course_path("MUTAG")
    tab.h_spin.setValue(1)
    with qtbot.waitSignal(tab.ds_runner.done, timeout=60000):
        tab.open_dataset(folder)
    assert tab.gram.shape == (188, 188)
    assert np.allclose(tab.gram, tab.gram.T)


def test_main_window_page_selection(window):
    tab = window.select_tab("WL:Dataset")
    assert isinstance(tab, WlKernelTab)
    assert tab.tabs.currentIndex() == 1


def test_empty_graphs_do_not_break_the_view(tab):
    tab.canvases[0].clear()
    tab.canvases[1].clear()
    for k in (0, 1, 3):
        tab.set_iteration(k)
        assert "K(G1,G2)" in tab.kernel_label.text()
    ids, F = tab.phi
    assert F.shape == (2, 0)
    assert tab.messages.level != "error"
    tab.canvases[0].add_node(0.5, 0.5)           # one isolated node
    tab.set_iteration(2)
    assert tab.phi[1][0].tolist() == [1, 1, 1]


def test_bar_and_canvas_exports(tab, tmp_path, monkeypatch):
    tab.load_preset(0)
    tab.set_iteration(2)
    monkeypatch.setattr(wl_kernel, "ask_save_path", lambda *a: str(tmp_path / "phi.csv"))
    tab.bar_export.click()
    rows = np.loadtxt(tmp_path / "phi.csv", delimiter=",", skiprows=1)
    assert int((rows[:, 1] * rows[:, 2]).sum()) == 65
    monkeypatch.setattr(wl_kernel, "ask_save_path", lambda *a: str(tmp_path / "g1.png"))
    tab._on_export_canvas(0)
    assert (tmp_path / "g1.png").stat().st_size > 0
