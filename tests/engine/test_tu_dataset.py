"""TU dataset reader: small hand-written folders, MUTAG when the course files exist."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from nnlab_gui.engine import wl
from nnlab_gui.engine.tu_dataset import dataset_name, load_tu


def write_tu(folder, name="TOY", node_labels=True, graph_labels=True):
    folder.mkdir(parents=True, exist_ok=True)
    # graph 1: triangle 1-2-3; graph 2: path 4-5-6 plus isolated node 7
    edges = [(1, 2), (2, 3), (3, 1), (4, 5), (5, 6)]
    (folder / f"{name}_A.txt").write_text("".join(f"{a}, {b}\n{b}, {a}\n" for a, b in edges))
    (folder / f"{name}_graph_indicator.txt").write_text("1\n1\n1\n2\n2\n2\n2\n")
    if node_labels:
        (folder / f"{name}_node_labels.txt").write_text("0\n1\n0\n2\n2\n0\n1\n")
    if graph_labels:
        (folder / f"{name}_graph_labels.txt").write_text("1\n-1\n")
    return folder


def test_reads_graphs_labels_and_classes(tmp_path):
    ds = load_tu(write_tu(tmp_path / "TOY"))
    assert ds.name == "TOY" and ds.n_graphs == 2 and ds.has_node_labels
    assert ds.graph_labels.tolist() == [1, -1]
    g1, g2 = ds.graphs()
    assert nx.is_isomorphic(g1, nx.cycle_graph(3))
    assert g2.number_of_nodes() == 4 and g2.number_of_edges() == 2
    assert [g2.nodes[v]["label"] for v in range(4)] == [2, 2, 0, 1]
    # the array batch and the networkx graphs give the same kernel
    assert np.array_equal(wl.kernel(ds.batch, 3), wl.kernel(ds.graphs(), 3))


def test_missing_node_labels_means_all_one(tmp_path):
    ds = load_tu(write_tu(tmp_path / "TOY", node_labels=False, graph_labels=False))
    assert not ds.has_node_labels and ds.graph_labels is None
    assert set(ds.batch.labels.tolist()) == {1}


def test_repeated_dataset_repeats_the_gram_matrix(tmp_path):
    ds = load_tu(write_tu(tmp_path / "TOY"))
    big = ds.repeated(3)
    K = wl.kernel(ds.batch, 2)
    Kb = wl.kernel(big.batch, 2)
    assert Kb.shape == (6, 6)
    assert np.array_equal(Kb, np.tile(K, (3, 3)))
    assert big.graph_labels.tolist() == [1, -1] * 3


@pytest.mark.parametrize("fname, content, match", [
    ("TOY_A.txt", "1, 2\n2, x\n", "TOY_A.txt, line 2"),
    ("TOY_A.txt", "1, 99\n", "outside"),
    ("TOY_A.txt", "1, 4\n", "two different graphs"),
    ("TOY_graph_indicator.txt", "2\n1\n1\n1\n1\n1\n1\n", "never decrease"),
    ("TOY_node_labels.txt", "0\n1\n", "2 lines for 7 nodes"),
    ("TOY_graph_labels.txt", "1\n", "1 lines for 2 graphs"),
    # issue 14: OverflowError / MemoryError / silent truncation before
    ("TOY_graph_indicator.txt", "1\n1\n1\n2\n2\n2\n1e400\n", r"TOY_graph_indicator.txt, line 7: '1e400' is not an integer"),
    ("TOY_graph_indicator.txt", "1\n1\n1\n2\n2\n2\n1000000000000\n", "graph id 1000000000000 .* 7 nodes"),
    ("TOY_node_labels.txt", "0\n1\n1.7\n2\n2\n0\n1\n", r"TOY_node_labels.txt, line 3: '1.7' is not an integer"),
    ("TOY_node_labels.txt", f"0\n1\n{2 ** 63}\n2\n2\n0\n1\n", "line 3: .* beyond"),
    ("TOY_node_labels.txt", "0\n1\nnan\n2\n2\n0\n1\n", "line 3: 'nan' is not an integer"),
    ("TOY_graph_labels.txt", "inf\n1\n", "line 1: 'inf' is not an integer"),
    ("TOY_A.txt", "1, 2\n2, 1e400\n", "TOY_A.txt, line 2"),
    ("TOY_A.txt", "hello, not a generator\n", "TOY_A.txt, line 1"),
    ("TOY_A.txt", "1, 2\n\x00\x00\n", "TOY_A.txt, line 2"),
])
def test_malformed_files_name_the_problem(tmp_path, fname, content, match):
    folder = write_tu(tmp_path / "TOY")
    (folder / fname).write_text(content)
    with pytest.raises(ValueError, match=match):
        load_tu(folder)


def test_whole_numbers_written_with_a_point_are_integers(tmp_path):
    folder = write_tu(tmp_path / "TOY")
    (folder / "TOY_node_labels.txt").write_text("0.0\n1\n0\n2.00\n2\n0\n+1\n")
    ds = load_tu(folder)
    assert ds.batch.labels.tolist() == [0, 1, 0, 2, 2, 0, 1]


def test_size_limits_are_stated_and_checked_before_reading(tmp_path, monkeypatch):
    from nnlab_gui.engine import tu_dataset

    folder = write_tu(tmp_path / "TOY")
    monkeypatch.setattr(tu_dataset, "MAX_NODES", 6)
    with pytest.raises(ValueError, match="7 nodes.*at most 6"):
        load_tu(folder)
    monkeypatch.setattr(tu_dataset, "MAX_NODES", 10 ** 6)
    monkeypatch.setattr(tu_dataset, "MAX_GRAPHS", 1)
    with pytest.raises(ValueError, match="2 graphs.*at most 1"):
        load_tu(folder)
    monkeypatch.setattr(tu_dataset, "MAX_GRAPHS", 5000)
    monkeypatch.setattr(tu_dataset, "MAX_EDGES", 9)
    with pytest.raises(ValueError, match="10 edge lines.*at most 9"):
        load_tu(folder)
    monkeypatch.setattr(tu_dataset, "MAX_EDGES", 10 ** 7)
    monkeypatch.setattr(tu_dataset, "MAX_FILE_BYTES", 20)
    with pytest.raises(ValueError, match="TOY_A.txt is larger than"):
        load_tu(folder)


def test_folder_checks(tmp_path):
    with pytest.raises(ValueError, match="not a folder"):
        dataset_name(tmp_path / "nope")
    (tmp_path / "e").mkdir()
    with pytest.raises(ValueError, match="NAME_A.txt"):
        dataset_name(tmp_path / "e")
    write_tu(tmp_path / "two", "A1")
    write_tu(tmp_path / "two", "B2")
    with pytest.raises(ValueError, match="several"):
        dataset_name(tmp_path / "two")


def test_mutag(course_path):
    ds = load_tu(course_path("MUTAG"))
    assert ds.name == "MUTAG" and ds.n_graphs == 188 and ds.batch.n_nodes == 3371
    assert sorted(np.unique(ds.graph_labels).tolist()) == [-1, 1]
    assert len(ds.batch.indices) == 7442      # both directions of 3,721 bonds
    K = wl.kernel(ds.batch, 1)
    F = wl.features(ds.graphs(), 1)
    assert np.array_equal(K, (F @ F.T).astype(float))
