"""Graph files and graph data: GraphML / GML / edge-list round trips, labels, the notes,
bad files, the JSON-able form pages keep, drawings and TU-path sniffing."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from nnlab_gui.engine import wl
from nnlab_gui.engine.graph_io import (MAX_EDGES, MAX_FILE_BYTES, MAX_NODES, component_layout, fit_unit_square, graph_from_data,
                                       graph_to_data, is_tu_path, read_graph_file, write_graph_file)


def labelled():
    """A triangle with a tail and an isolated node; labels 1, 1, 2, 3, 0; string and int ids."""
    g = nx.Graph()
    g.add_nodes_from([("a", {"label": 1}), ("b", {"label": 1}), ("c", {"label": 2}),
                      (7, {"label": 3}), ("lone", {"label": 0})])
    g.add_edges_from([("a", "b"), ("b", "c"), ("c", "a"), ("c", 7)])
    return g


def labels(g):
    return sorted((str(v), d["label"]) for v, d in g.nodes(data=True))


@pytest.mark.parametrize("suffix", [".graphml", ".gml"])
def test_graphml_and_gml_keep_labels_edges_and_isolated_nodes(tmp_path, suffix):
    g = labelled()
    path = tmp_path / f"g{suffix}"
    assert write_graph_file(g, path) == []
    back, notes = read_graph_file(path)
    assert notes == []
    assert nx.is_isomorphic(g, back, node_match=lambda x, y: x["label"] == y["label"])
    assert sorted(d["label"] for _v, d in back.nodes(data=True)) == [0, 1, 1, 2, 3]
    if suffix == ".graphml":                         # GML numbers its nodes: only GraphML keeps ids
        assert labels(back) == labels(g)
        assert 7 in back and "a" in back             # "7" read back as the integer id 7
    assert all(isinstance(d["label"], int) for _v, d in back.nodes(data=True))
    assert wl.kernel([g, back], iterations=3)[0, 1] == wl.kernel([g], iterations=3)[0, 0]


def test_gml_stores_labels_as_wl_label(tmp_path):
    path = tmp_path / "g.gml"
    write_graph_file(labelled(), path)
    assert "wl_label 3" in path.read_text()


def test_edge_list_keeps_edges_and_says_what_it_loses(tmp_path):
    g = labelled()
    path = tmp_path / "g.edgelist"
    notes = write_graph_file(g, path)
    assert notes == ["an edge list keeps no node labels (use GraphML or GML)",
                     "an edge list keeps no isolated nodes"]
    back, read_notes = read_graph_file(path)
    assert read_notes == []
    assert sorted(map(sorted, map(lambda e: map(str, e), back.edges()))) == \
        sorted(map(sorted, map(lambda e: map(str, e), g.edges())))
    assert "lone" not in back and all(d["label"] == 1 for _v, d in back.nodes(data=True))
    plain = nx.path_graph(4)
    assert write_graph_file(plain, tmp_path / "p.txt") == []        # nothing lost: no notes
    p2, _ = read_graph_file(tmp_path / "p.txt")
    assert sorted(p2.nodes) == [0, 1, 2, 3] and p2.number_of_edges() == 3


def test_directed_and_multigraph_files_are_noted(tmp_path):
    d = nx.DiGraph([(1, 2), (2, 1), (2, 3)])
    nx.write_graphml(d, tmp_path / "d.graphml")
    g, notes = read_graph_file(tmp_path / "d.graphml")
    assert notes == ["directed edges taken as undirected"]
    assert g.number_of_edges() == 2 and not g.is_directed()
    m = nx.MultiGraph([(1, 2), (1, 2), (2, 3)])
    nx.write_gml(m, tmp_path / "m.gml")
    g, notes = read_graph_file(tmp_path / "m.gml")
    assert notes == ["parallel edges collapsed"] and g.number_of_edges() == 2


def test_labels_read_from_files_become_integers_when_they_can(tmp_path):
    path = tmp_path / "s.graphml"
    g = nx.Graph()
    g.add_node("x", label="C")
    g.add_node("y", label="2.0")
    g.add_node("z", label=-3)
    g.add_edge("x", "y")
    nx.write_graphml(g, path)
    back, _ = read_graph_file(path)
    assert back.nodes["x"]["label"] == "C" and back.nodes["y"]["label"] == 2 and back.nodes["z"]["label"] == -3
    assert isinstance(back.nodes["y"]["label"], int)


def test_a_gml_label_that_is_a_list_is_refused_at_read_time(tmp_path):
    """Issue 14's crash: ``wl_label [ a 1 ]`` reached the WL trace and the painter."""
    path = tmp_path / "list.gml"
    path.write_text("graph [ node [ id 1 wl_label [ a 1 ] ] node [ id 2 wl_label 1 ] "
                    "edge [ source 1 target 2 ] ]")
    with pytest.raises(ValueError, match=r"list\.gml: node 1: label .* is not an integer or a text"):
        read_graph_file(path)


@pytest.mark.parametrize("ltype, value", [
    ("double", "NaN"), ("double", "1e309"), ("double", "1.7"), ("double", "1e300"), ("boolean", "true"),
    ("long", "1" + "0" * 30), ("string", "1.7"), ("string", "inf"), ("string", ""), ("string", "N" * 300),
])
def test_labels_that_are_not_integers_or_short_texts_are_refused(tmp_path, ltype, value):
    path = tmp_path / "bad.graphml"
    path.write_text('<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                    f'<key id="d0" for="node" attr.name="label" attr.type="{ltype}"/>'
                    f'<graph edgedefault="undirected"><node id="a"><data key="d0">{value}</data></node>'
                    '</graph></graphml>')
    with pytest.raises(ValueError, match=r"bad\.graphml: node 'a': label"):
        read_graph_file(path)


def test_the_gml_label_attribute_is_a_node_name_not_a_wl_label(tmp_path):
    path = tmp_path / "names.gml"
    nx.write_gml(nx.path_graph(3), path)                 # networkx writes label "0", "1", "2"
    g, _ = read_graph_file(path)
    assert [d["label"] for _v, d in g.nodes(data=True)] == [1, 1, 1]


def test_a_sentence_is_not_an_edge_list(tmp_path):
    """Issue 14: "hello, not a generator" opened as a WL edge list (hello, -- not)."""
    path = tmp_path / "hello.txt"
    path.write_text("hello, not a generator\n")
    with pytest.raises(ValueError, match=r"hello\.txt, line 1: expected two node ids"):
        read_graph_file(path)


def test_edge_list_lines_are_two_ids_with_comments_and_blank_lines(tmp_path):
    path = tmp_path / "g.edges"
    path.write_text("# a comment\n1 2\n2, 3   # an inline comment\n\n  a\tb  \r\n")
    g, notes = read_graph_file(path)
    assert notes == [] and sorted(map(str, g.nodes)) == ["1", "2", "3", "a", "b"]
    assert g.has_edge(1, 2) and g.has_edge(2, 3) and g.has_edge("a", "b")
    path.write_text("1 2\n" * 3 + "1 2 3\n")
    with pytest.raises(ValueError, match=r"g\.edges, line 4: expected two node ids"):
        read_graph_file(path)
    path.write_text("# only a comment\n")
    with pytest.raises(ValueError, match="no edge"):
        read_graph_file(path)


def test_graph_files_have_size_limits(tmp_path):
    ok = tmp_path / "ok.edgelist"
    ok.write_text("".join(f"{i} {i + 1}\n" for i in range(MAX_NODES - 1)))
    assert read_graph_file(ok)[0].number_of_nodes() == MAX_NODES
    big = tmp_path / "big.edgelist"
    big.write_text("".join(f"{i} {i + 1}\n" for i in range(MAX_NODES)))
    with pytest.raises(ValueError, match=f"{MAX_NODES + 1} nodes.*at most {MAX_NODES}"):
        read_graph_file(big)
    dense = tmp_path / "dense.gml"
    nx.write_gml(nx.complete_graph(65), dense)
    with pytest.raises(ValueError, match=f"2080 edges.*at most {MAX_EDGES}"):
        read_graph_file(dense)
    huge = tmp_path / "huge.graphml"
    huge.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(ValueError, match="larger than"):
        read_graph_file(huge)


@pytest.mark.parametrize("name, content", [
    ("bad.graphml", b"<graphml><graph><node id='a'></graph>"),
    ("bad.gml", b"graph [ node [ id 1 "),
    ("bad.edgelist", b"\xff\xfe\x00\x81 \x82\n"),          # not text
])
def test_a_bad_file_raises_value_error_naming_it(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValueError, match=name.replace(".", r"\.")):
        read_graph_file(path)


def test_a_missing_file_raises_value_error(tmp_path):
    with pytest.raises(ValueError, match="nothing.graphml"):
        read_graph_file(tmp_path / "nothing.graphml")


def test_graph_data_round_trip_through_json():
    g = labelled()
    pos = {v: (0.1 * i, 1.0 - 0.1 * i) for i, v in enumerate(g)}
    data = json.loads(json.dumps(graph_to_data(g, pos)))
    assert data["nodes"][0] == ["a", 1, 0.0, 1.0]
    back, back_pos = graph_from_data(data)
    assert labels(back) == labels(g) and sorted(map(sorted, map(lambda e: map(str, e), back.edges()))) == \
        sorted(map(sorted, map(lambda e: map(str, e), g.edges())))
    assert set(back_pos) == set(pos) and all(back_pos[v] == pytest.approx(pos[v]) for v in pos)
    assert graph_to_data(back, back_pos) == data
    empty, empty_pos = graph_from_data({"nodes": [], "edges": []})
    assert empty.number_of_nodes() == 0 and empty_pos == {}


@pytest.mark.parametrize("data, message", [
    ([1, 2], "expected"),
    ({"nodes": [["a", 1, 0.5]]}, "G2, node 1: expected \\[id, label, x, y\\]"),
    ({"nodes": [["a", 1, 0.5, 0.5], ["a", 2, 0.1, 0.1]]}, "node 'a' is listed twice"),
    ({"nodes": [[1.5, 1, 0.5, 0.5]]}, "not a whole number or a text"),
    ({"nodes": [["a", True, 0.5, 0.5]]}, "label of node 'a'"),
    ({"nodes": [["a", 1, "x", 0.5]]}, "position 'x'"),
    ({"nodes": [["a", 1, float("nan"), 0.5]]}, "position nan"),
    ({"nodes": [["a", 1, 0.5, 0.5]], "edges": [["a", "b"]]}, "edge 1: no node 'b'"),
    ({"nodes": [["a", 1, 0.5, 0.5]], "edges": [["a"]]}, "edge 1: expected \\[a, b\\]"),
    ({"nodes": [["a", ["a", 1], 0.5, 0.5]]}, "label of node 'a'"),
    ({"nodes": [["a", 10 ** 30, 0.5, 0.5]]}, "label of node 'a'"),
    ({"nodes": [["a", 1, 10 ** 400, 0.5]]}, "position"),
    ({"nodes": [[i, 1, 0.5, 0.5] for i in range(MAX_NODES + 1)]}, f"at most {MAX_NODES}"),
])
def test_bad_graph_data_is_refused_with_the_entry_named(data, message):
    with pytest.raises(ValueError, match=message):
        graph_from_data(data, "G2")


def test_positions_are_clamped_into_the_unit_square():
    _g, pos = graph_from_data({"nodes": [["a", 1, -3, 2.5]], "edges": []})
    assert pos["a"] == (0.0, 1.0)


def test_fit_unit_square_fills_the_margins_and_centres_a_flat_axis():
    pos = fit_unit_square({"a": (2.0, 5.0), "b": (4.0, 5.0), "c": (3.0, 5.0)})
    assert pos["a"] == pytest.approx((0.08, 0.5)) and pos["b"] == pytest.approx((0.92, 0.5))
    assert pos["c"] == pytest.approx((0.5, 0.5))
    assert fit_unit_square({}) == {}
    assert fit_unit_square({"x": (7.0, -1.0)}, margin=0.1) == {"x": (0.5, 0.5)}


def test_component_layout_puts_components_side_by_side():
    g = nx.disjoint_union(nx.cycle_graph(4), nx.path_graph(3))
    g.add_node("alone")
    pos = component_layout(g)
    assert set(pos) == set(g)
    big = max(x for v, (x, _y) in pos.items() if v in range(4))
    assert all(pos[v][0] > big for v in (4, 5, 6, "alone"))      # the next component starts further right


def test_is_tu_path(tmp_path):
    (tmp_path / "MUTAG_A.txt").write_text("1, 2\n")
    (tmp_path / "g.txt").write_text("1 2\n")
    assert is_tu_path(tmp_path) and is_tu_path(tmp_path / "MUTAG_A.txt")
    assert not is_tu_path(tmp_path / "g.txt") and not is_tu_path(tmp_path / "g.graphml")


def test_an_edge_list_refuses_node_ids_with_spaces_and_writes_nothing(tmp_path):
    g = nx.Graph([("a b", "c"), ("c", "d")])
    path = tmp_path / "g.txt"
    with pytest.raises(ValueError, match="'a b'.*white space.*GraphML"):
        write_graph_file(g, path)
    assert not path.exists()
    write_graph_file(g, tmp_path / "g.graphml")            # GraphML keeps it
    back, _notes = read_graph_file(tmp_path / "g.graphml")
    assert sorted(back.nodes) == ["a b", "c", "d"]
