"""WL kernel tab: real mouse edits, iteration stepping, the seed preset, files, datasets,
Ctrl+R on both pages, state round trips, and closing the window during a Gram matrix."""

from __future__ import annotations

import json

import networkx as nx
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QToolButton

from nnlab_gui import workers
from nnlab_gui.engine import wl
from nnlab_gui.engine.tu_dataset import load_tu
from nnlab_gui.tabs.wl_kernel.dataset import DatasetPage
from nnlab_gui.tabs.wl_kernel.pair import MAX_ITER, PairPage
from nnlab_gui.widgets import export, graph_canvas

from conftest import python_threads


def _show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def tab(qtbot):
    """The Two graphs page on its own (it opens with the seed preset)."""
    return _show(qtbot, PairPage(key="test/wl-pair"))


@pytest.fixture
def ds(qtbot):
    return _show(qtbot, DatasetPage(key="test/wl-dataset"))


def export_named(page, start):
    return next(h for label, h in page.exports() if label.startswith(start))


def tool_button(page, text, which=0):
    return [b for b in page.findChildren(QToolButton) if b.text() == text][which]


# ------------------------------------------------------------------ Two graphs
def test_seed_preset_shows_65_and_the_tables(tab):
    tab.preset_picker.choose(0)
    tab.set_iteration(2)
    text = tab.kernel_label.text()
    assert "49 + 12 + 4 = 65" in text
    assert "0.7932" in text                       # 65 / sqrt(79 * 85)
    html = tab.table_view.toPlainText()
    assert "3,34" in html and "5,3333" in html
    assert "share no label" in tab.note_label.text()
    ids, F = tab.phi
    assert F[0].tolist() == [7, 1, 4, 1, 1, 1, 0, 2, 0, 2, 1, 0, 0, 0, 1]


def test_choosing_a_preset_applies_it_without_a_load_button(tab):
    assert not [b for b in tab.findChildren(QPushButton) if "Load" in b.text()]
    combo = tab.preset_picker.combo
    combo.setCurrentIndex(1)
    combo.activated.emit(1)                      # a real pick in the list
    g1, g2 = tab.graphs()
    assert g1.number_of_nodes() == g2.number_of_nodes() == 10 and nx.is_isomorphic(g1, g2)
    assert tab.messages.text() == "Preset: Isomorphic pair (Petersen, shuffled)"
    tab.canvases[0].clear()
    combo.activated.emit(1)                      # the same preset again: re-applied
    assert tab.canvases[0].graph.number_of_nodes() == 10
    assert tab.canvases[0].undo() and tab.canvases[0].graph.number_of_nodes() == 0   # presets can be undone


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
    tab.preset_picker.choose(0)
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
    tab.preset_picker.choose(2)
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
    assert not tab.open_file(str(bad2))
    assert tab.messages.level == "error" and "bad.gml" in tab.messages.text()
    assert sorted(map(sorted, tab.canvases[0].graph.edges())) == before


@pytest.mark.parametrize("suffix", [".graphml", ".gml", ".edgelist"])
def test_save_and_open_round_trip(tab, tmp_path, monkeypatch, suffix):
    tab.preset_picker.choose(0)
    g = tab.canvases[0].graph
    path = tmp_path / f"g1{suffix}"
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(path))
    tool_button(tab, "Save…", 0).click()          # G1's Save… button
    assert path.exists() and str(path) in tab.messages.text()
    tab.canvases[1].clear()
    monkeypatch.setattr(export, "ask_open_path", lambda *a, **k: str(path))
    tool_button(tab, "Open…", 1).click()          # G2's Open… button
    g2 = tab.canvases[1].graph
    assert nx.is_isomorphic(g, g2)
    tab.set_iteration(2)
    assert tab.trace is not None
    ids, F = tab.phi
    assert np.array_equal(F[0], F[1])


def test_an_edge_list_save_warns_what_it_loses(tab, tmp_path, monkeypatch):
    tab.canvases[0].set_label(next(iter(tab.canvases[0].graph)), 3)
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(tmp_path / "g.edgelist"))
    assert tab.save_graph(0)
    assert tab.messages.level == "warning" and "keeps no node labels" in tab.messages.text()


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
    tab.preset_picker.choose(0)
    tab.set_iteration(2)
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(tmp_path / "phi.csv"))
    export_named(tab, "Bars")()
    rows = np.loadtxt(tmp_path / "phi.csv", delimiter=",", skiprows=1)
    assert int((rows[:, 1] * rows[:, 2]).sum()) == 65
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(tmp_path / "g1.png"))
    tool_button(tab, "Export…", 0).click()
    assert (tmp_path / "g1.png").stat().st_size > 0
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(tmp_path / "g2.svg"))
    export_named(tab, "G2 drawing")()
    assert "<svg" in (tmp_path / "g2.svg").read_text()
    labels = [label for label, _h in tab.exports()]
    assert len(labels) == 5 and any(label.startswith("G2 as a graph file") for label in labels)


def test_state_round_trip_keeps_graphs_labels_drawing_and_k(tab, qtbot):
    canvas = tab.canvases[0]
    v = canvas.add_node(0.3, 0.2, label=7)        # a drawing that is not re-fitted
    canvas.add_edge(v, next(iter(canvas.graph)))
    tab.set_iteration(4)
    state = json.loads(json.dumps(tab.state()))  # JSON-serialisable
    assert state["k"] == 4 and len(state["graphs"]) == 2
    other = _show(qtbot, PairPage(key="test/wl-pair-2"))
    other.preset_picker.choose(2)
    assert other.apply_state(state) == []
    assert other.state() == state
    assert other.iteration == 4 and other.canvases[0].pos[v] == pytest.approx((0.3, 0.2))
    assert other.canvases[0].graph.nodes[v]["label"] == 7
    assert np.array_equal(other.phi[1], tab.phi[1]) and other.kernel_label.text() == tab.kernel_label.text()
    # a malformed state is refused as a whole: nothing on screen changes
    bad = {"graphs": [state["graphs"][0], {"nodes": [["x", 1, 0.5]], "edges": []}], "k": 1}
    problems = other.apply_state(bad)
    assert problems and "G2, node 1" in problems[0]
    assert other.state() == state
    assert other.apply_state({"k": 99}) and other.iteration == 4


def test_ctrl_r_steps_through_the_iterations_and_wraps(window, qtbot):
    page = window.show_page("WL kernel:Two graphs")
    assert isinstance(page, PairPage) and window.current_page() is page
    page.preset_picker.choose(0)                  # the seed pair: stable from iteration 3
    page.set_iteration(0)
    seen = []
    for _ in range(5):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        seen.append(page.iteration)
    assert seen == [1, 2, 3, 0, 1]
    assert page.runs == 5
    page.preset_picker.choose(2)                  # stable from iteration 1
    page.set_iteration(MAX_ITER)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.iteration == 0 and "stable" in page.messages.text()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.iteration == 1


# --------------------------------------------------------------------- Dataset
def _write_tu(folder, name="TOY"):
    folder.mkdir()
    # graph 1: triangle (nodes 1-3), graph 2: path 4-5-6, graph 3: single edge 7-8
    edges = [(1, 2), (2, 3), (3, 1), (4, 5), (5, 6), (7, 8)]
    (folder / f"{name}_A.txt").write_text("".join(f"{a}, {b}\n{b}, {a}\n" for a, b in edges))
    (folder / f"{name}_graph_indicator.txt").write_text("1\n1\n1\n2\n2\n2\n3\n3\n")
    (folder / f"{name}_graph_labels.txt").write_text("1\n-1\n1\n")
    return folder


def _write_random_tu(folder, graphs=4, nodes=400, edges=1200, seed=0):
    """A synthetic TU dataset of a few random graphs (repeated, it makes a long job)."""
    folder.mkdir()
    rng = np.random.default_rng(seed)
    lines, indicator = [], []
    for g in range(graphs):
        e = rng.integers(0, nodes, (edges, 2))
        e = e[e[:, 0] != e[:, 1]] + g * nodes + 1
        lines += [f"{a}, {b}\n{b}, {a}\n" for a, b in e]
        indicator += [f"{g + 1}\n"] * nodes
    (folder / "SYN_A.txt").write_text("".join(lines))
    (folder / "SYN_graph_indicator.txt").write_text("".join(indicator))
    (folder / "SYN_graph_labels.txt").write_text("".join(f"{g % 2}\n" for g in range(graphs)))
    return folder


def test_dataset_mode_computes_a_heatmap(ds, qtbot, tmp_path, monkeypatch):
    folder = _write_tu(tmp_path / "TOY")
    monkeypatch.setattr(export, "ask_open_dir", lambda *a, **k: str(folder))
    ds.form.widget("h").setValue(2)
    with qtbot.waitSignal(ds.run_panel.runner.done, timeout=20000):
        ds.open_dir_button.click()
    assert ds.gram.shape == (3, 3)
    # triangle: 3 nodes of label 1 in every iteration -> 9 per iteration
    assert ds.gram[0, 0] == 27
    assert "computed in" in ds.time_label.text() and "h = 2" in ds.time_label.text()
    img = ds.heat_img.image
    assert img.shape == (3, 3)
    (x0, x1), (y0, y1) = ds.heat.getPlotItem().vb.viewRange()
    assert x0 <= 0 and x1 >= 3 and y0 <= 0 and y1 >= 3 and x1 - x0 < 6   # the view shows the matrix
    # sorted by class: class -1 (graph 2) first
    assert list(ds.gram_order) == [1, 0, 2]
    assert ds.describe_cell(1, 1) == "graph 1 (class 1) × graph 1 (class 1): K = 27"
    assert ds.describe_cell(5, 0) == ""
    # exports: the matrix as CSV, the heatmap as PNG, the matrix as .npy
    for name in ("k.csv", "k.png"):
        monkeypatch.setattr(export, "ask_save_path", lambda *a, name=name, **k: str(tmp_path / name))
        export_named(ds, "Heatmap")()
        assert (tmp_path / name).stat().st_size > 0, ds.messages.text()
    assert np.loadtxt(tmp_path / "k.csv", delimiter=",")[0, 0] == 27
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(tmp_path / "k.npy"))
    export_named(ds, "Gram matrix")()
    assert np.array_equal(np.load(tmp_path / "k.npy"), ds.gram)


def test_exports_before_a_gram_matrix_say_so(ds, monkeypatch):
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: pytest.fail("no dialog without a matrix"))
    assert export_named(ds, "Heatmap")() is None
    assert ds.messages.level == "warning" and "Compute a Gram matrix first" in ds.messages.text()


def test_bad_dataset_folder_keeps_previous(ds, qtbot, tmp_path):
    folder = _write_tu(tmp_path / "TOY")
    with qtbot.waitSignal(ds.run_panel.runner.done, timeout=20000):
        assert ds.open_file(str(folder))
    empty = tmp_path / "empty"
    empty.mkdir()
    assert not ds.open_file(str(empty))
    assert ds.messages.level == "error" and "NAME_A.txt" in ds.messages.text()
    assert ds.dataset.name == "TOY" and "TOY" in ds.ds_label.text()
    nx.write_graphml(nx.path_graph(3), tmp_path / "p3.graphml")       # a graph file, no Two graphs page here
    assert not ds.open_file(str(tmp_path / "p3.graphml"))
    assert ds.messages.level == "error" and "Two graphs" in ds.messages.text() and ds.dataset.name == "TOY"
    # File → Open… on a NAME_A.txt opens the dataset too
    ds.form.widget("h").setValue(1)
    with qtbot.waitSignal(ds.run_panel.runner.done, timeout=20000):
        ds.open_file(str(folder / "TOY_A.txt"))
    assert ds.gram[0, 0] == 18


def test_mutag_dataset(ds, qtbot, course_path):
    folder = course_path("MUTAG")
    ds.form.widget("h").setValue(1)
    with qtbot.waitSignal(ds.run_panel.runner.done, timeout=60000):
        ds.open_file(str(folder))
    assert ds.gram.shape == (188, 188)
    assert np.allclose(ds.gram, ds.gram.T)


def test_changing_h_during_a_run_restarts_it_with_the_new_h(ds, qtbot, tmp_path):
    ds.show_dataset(load_tu(_write_random_tu(tmp_path / "SYN")).repeated(100))
    ds.form.set_value("h", 12)
    with qtbot.waitSignal(ds.run_panel.runner.yielded, timeout=20000):
        assert ds.compute()
    with qtbot.waitSignal(ds.run_panel.runner.done, timeout=60000):
        ds.form.widget("h").setValue(1)           # as the user would
    assert "h = 1," in ds.time_label.text()
    assert np.array_equal(ds.gram, wl.kernel(ds.dataset.batch, 1))


def test_main_window_page_selection(window):
    page = window.show_page("WL:Dataset")
    assert isinstance(page, DatasetPage) and window.current_page() is page
    assert window.tab("WL kernel").tabs.currentIndex() == 1


def test_file_open_hands_each_file_to_its_page(window, qtbot, tmp_path):
    pair = window.page("WL kernel:Two graphs")
    dataset = window.show_page("WL kernel:Dataset")
    assert pair.OPEN_FILTER == dataset.OPEN_FILTER and "*_A.txt" in dataset.OPEN_FILTER
    g = nx.cycle_graph(5)
    nx.write_graphml(g, tmp_path / "c5.graphml")
    pair.canvases[1].add_node(0.5, 0.5)           # G2 was edited last: the file goes there
    assert dataset.open_file(str(tmp_path / "c5.graphml"))
    assert window.current_page() is pair
    assert nx.is_isomorphic(pair.canvases[1].graph, g)
    folder = _write_tu(tmp_path / "TOY")
    with qtbot.waitSignal(dataset.run_panel.runner.done, timeout=20000):
        assert pair.open_file(str(folder / "TOY_A.txt"))
    assert window.current_page() is dataset and dataset.gram.shape == (3, 3)


def test_ctrl_r_computes_the_gram_matrix(window, qtbot, tmp_path):
    page = window.show_page("WL kernel:Dataset")
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert not page.is_running() and page.runs == 0
    assert page.messages.level == "error" and "Open a TU dataset folder first" in page.messages.text()
    with qtbot.waitSignal(page.run_panel.runner.done, timeout=20000):
        page.open_file(str(_write_tu(tmp_path / "TOY")))
    assert page.gram[0, 0] == 6 * 9               # h = 5: iterations 0..5, 9 each
    page.form.widget("h").setValue(1)
    with qtbot.waitSignal(page.run_panel.runner.done, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.gram[0, 0] == 18 and "h = 1," in page.time_label.text()


def test_dataset_form_survives_a_new_window(window, qtbot):
    from nnlab_gui.app import MainWindow

    page = window.page("WL kernel:Dataset")
    page.form.widget("h").setValue(3)
    page.form.widget("normalised").setChecked(True)
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.page("WL kernel:Dataset").form.values() == {"h": 3, "normalised": True}


def test_closing_the_window_during_a_gram_matrix_leaves_no_thread(window, qtbot, tmp_path, monkeypatch):
    reached = []                                  # iterations the engine finished, seen from its thread
    real = wl.dataset_steps

    def recording(*args, **kwargs):
        for snap in real(*args, **kwargs):
            reached.append(snap.done)
            yield snap

    monkeypatch.setattr(wl, "dataset_steps", recording)
    before = set(python_threads())
    page = window.show_page("WL kernel:Dataset")
    page.show_dataset(load_tu(_write_random_tu(tmp_path / "SYN")).repeated(300))
    page.form.set_value("h", 12)
    with qtbot.waitSignal(page.run_panel.runner.yielded, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.is_running()
    window.close()
    qtbot.waitUntil(lambda: not page.is_running() and workers.active_thread_count() == 0
                    and not set(python_threads()) - before, timeout=5000)
    assert page.gram is None and reached and max(reached) < 12 + 2   # it stopped: it did not finish
