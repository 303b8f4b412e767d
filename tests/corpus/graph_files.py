"""Bad inputs: graph_files — graph files, TU datasets and WL engine values (see tests/corpus/__init__.py).

* ``graph_*``: GML, GraphML and edge-list files that ``graph_io.read_graph_file`` must refuse
  (File → Open on either WL kernel page: both pages open both kinds and hand a file to the
  page it belongs to);
* ``tu_*``: TU dataset folders (``T_A.txt``, ``T_graph_indicator.txt``, …) that
  ``tu_dataset.load_tu`` must refuse;
* ``wl_*`` / ``gdata_*``: values that ``wl.trace`` / ``wl.features`` / ``wl.kernel`` /
  ``wl.batch_from_graphs`` / ``GraphBatch.from_edges`` / ``graph_io.graph_from_data`` must refuse.
"""

from __future__ import annotations

import io

import networkx as nx
import numpy as np

from nnlab_gui.engine import wl
from nnlab_gui.engine.graph_io import MAX_EDGES, MAX_FILE_BYTES, MAX_NODES, graph_from_data, read_graph_file
from nnlab_gui.engine.tu_dataset import MAX_GRAPHS as TU_MAX_GRAPHS
from nnlab_gui.engine.tu_dataset import load_tu

from . import BadFile, BadValue

FILES: list[BadFile] = []
VALUES: list[BadValue] = []

PAGES = ("WL kernel:Two graphs", "WL kernel:Dataset")
RANDOM = np.random.default_rng(14).integers(0, 256, 600, dtype=np.uint8).tobytes()
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40)
MAT = b"MATLAB 5.0 MAT-file, Platform: GLNXA64" + bytes(100) + RANDOM[:200]


def _npz() -> bytes:
    buf = io.BytesIO()
    np.savez(buf, A_1=np.zeros((3, 3)))
    return buf.getvalue()


def graph_file(name, filename, content, why):
    data = content.encode("utf-8") if isinstance(content, str) else content
    FILES.append(BadFile(f"graph_{name}", filename, data, PAGES, (read_graph_file,), why))


# ------------------------------------------------------------------------------- GML
def gml(*nodes, edges=""):
    return "graph [\n" + "".join(f"  node [ {n} ]\n" for n in nodes) + edges + "]\n"


OK_NODE = "id 2 wl_label 1"
for name, label, why in [
    ("label_list", "[ a 1 ]", "a node label that is a list (the crash of issue 14)"),
    ("label_nested", "[ x [ y 1 ] ]", "a label that is a nested list"),
    ("label_twice", "1 wl_label 2", "two labels for one node (networkx makes a list)"),
    ("label_fraction", "1.5", "a label that is not a whole number"),
    ("label_nan", "NAN", "a NaN label"),
    ("label_inf", "INF", "an infinite label"),
    ("label_minus_inf", "-INF", "a minus-infinite label"),
    ("label_huge_int", "1" + "0" * 30, "a label beyond int64"),
    ("label_2_pow_63", str(2 ** 63), "a label just beyond int64"),
    ("label_empty_text", '""', "an empty text label"),
    ("label_long_text", '"' + "C" * 500 + '"', "a text label of 500 characters"),
    ("label_numeric_text", '"1.7"', "a text label that is a fractional number"),
    ("label_nan_text", '"nan"', "a text label that reads as NaN"),
]:
    graph_file(f"gml_{name}", f"{name}.gml", gml(f"id 1 wl_label {label}", OK_NODE,
                                                 edges="  edge [ source 1 target 2 ]\n"), why)
for name, content, why in [
    ("truncated", "graph [ node [ id 1 ", "a GML file cut off in the middle"),
    ("hello", "hello, not a generator\n", "text that is not GML"),
    ("empty", "", "an empty file"),
    ("no_nodes", "graph [ ]\n", "a graph with no nodes"),
    ("duplicate_id", gml("id 1", "id 1"), "two nodes with the same id"),
    ("edge_to_missing", gml("id 1", "id 2", edges="  edge [ source 1 target 9 ]\n"), "an edge to node 9, not listed"),
    ("id_fraction", gml("id 1.5", "id 2"), "a node id that is a fraction"),
    ("id_missing", gml("wl_label 1", "id 2"), "a node without an id"),
    ("deep_nesting", "graph [ x " + "[ a " * 20000, "brackets nested 20 000 deep"),
    ("two_graphs", gml("id 1") + gml("id 2"), "two graph blocks in one file"),
    ("binary", RANDOM, "random bytes"),
    ("nul", b"graph [ node [ id 1 ] \x00\x00\x00 ]", "NUL bytes in the text"),
    ("latin1", 'graph [ node [ id 1 wl_label "\xe9" ] ]'.encode("latin-1"), "not UTF-8 text"),
    ("utf16", gml("id 1", "id 2").encode("utf-16"), "UTF-16 text (NUL bytes)"),
    ("png", PNG, "a PNG image named .gml"),
    ("too_many_nodes", gml(*(f"id {i}" for i in range(MAX_NODES + 1))), f"{MAX_NODES + 1} nodes (limit {MAX_NODES})"),
    ("too_many_edges", "".join(nx.generate_gml(nx.complete_graph(65))), "2 080 edges (limit 2 000)"),
    ("oversized", ("#" + "x" * 99 + "\n") * (MAX_FILE_BYTES // 100 + 1) + gml("id 1"),
     "a file larger than the limit"),
]:
    graph_file(f"gml_{name}", f"{name}.gml", content, why)

# --------------------------------------------------------------------------- GraphML
GRAPHML_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')


def graphml(label_type, label_value, extra=""):
    return (GRAPHML_HEAD + f'<key id="d0" for="node" attr.name="label" attr.type="{label_type}"/>\n'
            '<graph edgedefault="undirected">\n'
            f'<node id="a"><data key="d0">{label_value}</data></node>\n<node id="b"/>\n'
            f'<edge source="a" target="b"/>\n{extra}</graph>\n</graphml>\n')


for name, ltype, value, why in [
    ("label_nan", "double", "NaN", "a NaN label"),
    ("label_inf", "double", "INF", "an infinite label"),
    ("label_1e309", "double", "1e309", "a label that overflows to inf"),
    ("label_fraction", "double", "1.7", "a fractional label"),
    ("label_1e300", "double", "1e300", "a whole label far beyond int64"),
    ("label_bool", "boolean", "true", "a boolean label"),
    ("label_long_beyond_int64", "long", "1" + "0" * 30, "an integer label beyond int64"),
    ("label_text_fraction", "string", "1.7", "a text label that is a fractional number"),
    ("label_text_inf", "string", "inf", "a text label that reads as infinity"),
    ("label_text_long", "string", "N" * 300, "a text label of 300 characters"),
    ("label_text_empty", "string", "", "an empty text label"),
    ("label_int_not_int", "int", "abc", "an int-typed label that is text"),
    ("label_bad_type", "complex", "1", "an attribute type GraphML does not have"),
]:
    graph_file(f"graphml_{name}", f"{name}.graphml", graphml(ltype, value), why)
LOL = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol0 "lol">'
       + "".join(f'<!ENTITY lol{i + 1} "{("&lol%d;" % i) * 10}">' for i in range(9))
       + ']>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">'
       '<node id="&lol9;"/></graph></graphml>\n')
XXE = ('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
       '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">'
       '<node id="a"><data key="d0">&e;</data></node></graph></graphml>\n')
EMPTY_GRAPHML = GRAPHML_HEAD + '<graph edgedefault="undirected"></graph>\n</graphml>\n'
for name, content, why in [
    ("truncated", "<graphml><graph><node id='a'></graph>", "malformed XML"),
    ("hello", "hello, not a generator\n", "text that is not XML"),
    ("html", "<html><body><p>not a graph</p></body></html>", "XML without a graph"),
    ("empty", "", "an empty file"),
    ("no_nodes", EMPTY_GRAPHML, "a graph with no nodes"),
    ("billion_laughs", LOL, "an entity-expansion bomb"),
    ("external_entity", XXE, "an external entity (file:///etc/passwd)"),
    ("hyperedge", graphml("int", "1", '<hyperedge><endpoint node="a"/><endpoint node="b"/></hyperedge>\n'),
     "a hyperedge"),
    ("binary", RANDOM, "random bytes"),
    ("npz", _npz(), "a NumPy archive named .graphml"),
    ("too_many_nodes", "".join(nx.generate_graphml(nx.empty_graph(MAX_NODES + 1))), "too many nodes"),
    ("too_many_edges", "".join(nx.generate_graphml(nx.complete_graph(65))), "too many edges"),
    ("oversized", GRAPHML_HEAD + "<!--" + "x" * MAX_FILE_BYTES + "-->" + EMPTY_GRAPHML[len(GRAPHML_HEAD):],
     "a file larger than the limit"),
]:
    graph_file(f"graphml_{name}", f"{name}.graphml", content, why)

# ------------------------------------------------------------------------- edge lists
LATE = "".join(f"{i} {i + 1}\n" for i in range(100)) + "x y z\n"
for name, filename, content, why in [
    ("hello_txt", "hello.txt", "hello, not a generator\n", "a sentence, not an edge list (issue 14)"),
    ("hello_edgelist", "hello.edgelist", "hello, not a generator\n", "a sentence, not an edge list"),
    ("three_ids", "g.edgelist", "1 2\n1 2 3\n", "a line of three node ids"),
    ("one_id", "g.edgelist", "1 2\n3\n", "a line of one node id"),
    ("data_dict", "g.edgelist", "1 2 {'weight': 3}\n", "an edge with a data dict"),
    ("semicolon", "g.edges", "1;2\n", "ids separated by a semicolon"),
    ("quoted", "g.txt", '"a" "b"\n', "quoted ids"),
    ("json", "g.txt", '{"nodes": [], "edges": []}\n', "JSON, not an edge list"),
    ("python", "g.txt", "import os\nos.system('x')\n", "Python code"),
    ("gml_text", "g.txt", gml("id 1", "id 2"), "GML text in a .txt file"),
    ("graphml_text", "g.edges", graphml("int", "1"), "GraphML text in a .edges file"),
    ("late_bad_line", "g.edgelist", LATE, "a bad line after 100 good ones (line 101)"),
    ("control_char", "g.txt", "1\x07 2\n", "a control character in an id"),
    ("long_id", "g.txt", "a" * 200 + " b\n", "a node id of 200 characters"),
    ("huge_line", "g.txt", "1 " * 300_000 + "\n", "one line of 300 000 ids"),
    ("empty", "g.edgelist", "", "an empty file"),
    ("only_comments", "g.edgelist", "# nothing here\n#\n\n", "comments only, no edge"),
    ("binary", "g.edgelist", RANDOM, "random bytes"),
    ("nul", "g.txt", b"1 2\n\x00\x00 \x00\n", "NUL bytes"),
    ("latin1", "g.txt", "1 \xe9\n".encode("latin-1"), "not UTF-8 text"),
    ("utf16", "g.txt", "1 2\n2 3\n".encode("utf-16"), "UTF-16 text"),
    ("npz", "g.edgelist", _npz(), "a NumPy archive named .edgelist"),
    ("png", "g.txt", PNG, "a PNG image named .txt"),
    ("mat", "g.edges", MAT, "a MATLAB file named .edges"),
    ("too_many_nodes", "g.edgelist", "".join(f"{i} {i + 1}\n" for i in range(MAX_NODES)), "too many nodes"),
    ("too_many_edges", "g.edgelist", "".join(f"{a} {b}\n" for a, b in nx.complete_graph(65).edges()),
     "too many edges"),
    ("oversized", "g.txt", ("#" + "x" * 99 + "\n") * (MAX_FILE_BYTES // 100 + 1) + "1 2\n", "too large"),
]:
    graph_file(f"edgelist_{name}", filename, content, why)

# ------------------------------------------------------------------------ TU datasets
TU_OK = {"T_A.txt": "1, 2\n2, 1\n2, 3\n3, 2\n4, 5\n5, 4\n", "T_graph_indicator.txt": "1\n1\n1\n2\n2\n",
         "T_node_labels.txt": "0\n1\n0\n2\n2\n", "T_graph_labels.txt": "1\n-1\n"}


def tu(name, why, **files):
    folder = dict(TU_OK)
    for key, text in files.items():
        fname = f"T_{key}.txt"
        if text is None:
            folder.pop(fname)
        else:
            folder[fname] = text
    content = {k: v if isinstance(v, bytes) else v.encode("utf-8") for k, v in folder.items()}
    FILES.append(BadFile(f"tu_{name}", "T", content, PAGES, (load_tu,), why))


for name, text, why in [
    ("1e400", "1\n1\n1\n2\n1e400\n", "a graph id 1e400 (OverflowError before)"),
    ("id_1e12", "1\n1\n1\n2\n1000000000000\n", "a graph id of 10¹² (MemoryError before)"),
    ("id_beyond_nodes", "1\n1\n1\n2\n9\n", "graph id 9 with 5 nodes"),
    ("zero", "0\n1\n1\n2\n2\n", "graph ids start at 0"),
    ("negative", "-1\n1\n1\n2\n2\n", "a negative graph id"),
    ("decreasing", "2\n1\n1\n1\n1\n", "graph ids decrease"),
    ("fraction", "1\n1\n1.5\n2\n2\n", "a fractional graph id"),
    ("text", "1\n1\na\n2\n2\n", "a graph id that is text"),
    ("hello", "hello, not a generator\n", "a sentence"),
    ("empty", "", "no nodes"),
    ("two_columns", "1 1\n1 1\n1 1\n2 2\n2 2\n", "two numbers a line"),
    ("nan", "1\n1\nnan\n2\n2\n", "a NaN graph id"),
    ("inf", "1\n1\ninf\n2\n2\n", "an infinite graph id"),
    ("huge_digits", "1\n1\n1\n2\n" + "9" * 400 + "\n", "a 400-digit graph id"),
    ("binary", RANDOM, "random bytes"),
    ("too_many_graphs", "".join(f"{i}\n" for i in range(1, TU_MAX_GRAPHS + 2)), "more graphs than the limit"),
]:
    tu(f"indicator_{name}", why, graph_indicator=text,
       **({"node_labels": None, "graph_labels": None, "A": ""} if name == "too_many_graphs" else {}))
for name, text, why in [
    ("fraction", "0\n1\n1.7\n2\n2\n", "a node label 1.7 (truncated to 1 before)"),
    ("1e400", "0\n1\n1e400\n2\n2\n", "a node label 1e400"),
    ("exponent", "0\n1\n1e3\n2\n2\n", "a label in exponent notation"),
    ("beyond_int64", f"0\n1\n{2 ** 63}\n2\n2\n", "a label of 2⁶³, beyond int64"),
    ("huge", "0\n1\n" + "1" * 30 + "\n2\n2\n", "a 30-digit label"),
    ("nan", "0\n1\nNaN\n2\n2\n", "a NaN label"),
    ("minus_inf", "0\n1\n-inf\n2\n2\n", "a -inf label"),
    ("bool", "0\n1\nTrue\n2\n2\n", "a boolean label"),
    ("text", "0\n1\nC\n2\n2\n", "a text label"),
    ("too_few", "0\n1\n", "2 labels for 5 nodes"),
    ("too_many", "0\n1\n0\n2\n2\n3\n", "6 labels for 5 nodes"),
    ("two_columns", "0 1\n1 1\n0 1\n2 1\n2 1\n", "two numbers a line"),
]:
    tu(f"node_labels_{name}", why, node_labels=text)
for name, text, why in [
    ("fraction", "0.5\n1\n", "a fractional class"),
    ("inf", "inf\n1\n", "an infinite class"),
    ("huge", "1" * 25 + "\n1\n", "a class beyond int64"),
    ("too_few", "1\n", "1 class for 2 graphs"),
    ("text", "active\ninactive\n", "text classes"),
]:
    tu(f"graph_labels_{name}", why, graph_labels=text)
for name, text, why in [
    ("1e400", "1, 2\n2, 1e400\n", "a node id 1e400"),
    ("huge_id", "1, 2\n2, 1000000000000\n", "node 10¹² of 5"),
    ("zero_id", "0, 1\n", "node 0 (ids start at 1)"),
    ("negative_id", "-1, 2\n", "a negative node id"),
    ("three_columns", "1, 2, 3\n", "three numbers a line"),
    ("one_column", "1\n", "one number a line"),
    ("text", "1, 2\na, b\n", "text node ids"),
    ("fraction", "1, 2.5\n", "a fractional node id"),
    ("cross_graph", "1, 4\n", "an edge between graphs 1 and 2"),
    ("semicolon", "1; 2\n", "ids separated by a semicolon"),
    ("hello", "hello, not a generator\n", "a sentence"),
    ("binary", RANDOM, "random bytes"),
    ("nul", b"1, 2\n\x00\x00\n", "NUL bytes"),
    ("latin1", "1, 2\n\xe9, 1\n".encode("latin-1"), "not UTF-8 text"),
    ("huge_digits", "1, " + "9" * 5000 + "\n", "a 5000-digit node id"),
]:
    tu(f"A_{name}", why, A=text)
tu("missing_indicator", "no T_graph_indicator.txt", graph_indicator=None)
tu("only_indicator", "no T_A.txt (so no dataset name)", A=None)
tu("two_datasets", "two datasets in one folder", U_A="1, 2\n")
FILES.append(BadFile("tu_empty_folder", "T", {"readme.md": b"nothing here\n"}, PAGES, (load_tu,),
                     "a folder without NAME_A.txt"))
tu("indicator_blank_lines", "an indicator of blank lines only", graph_indicator="  \n\n \n")

# ------------------------------------------------------------------ engine values: WL
def path3(**label):
    g = nx.path_graph(3)
    for k, v in label.items():
        g.nodes[int(k[1:])]["label"] = v
    return g


def value(name, call, why):
    VALUES.append(BadValue(name, call, why))


G, H = path3(), nx.cycle_graph(4)
for fname, func in [("trace", wl.trace), ("features", wl.features), ("kernel", wl.kernel),
                    ("batch", wl.batch_from_graphs)]:
    value(f"wl_{fname}_empty_list", lambda f=func: f([]), "an empty list of graphs")
    value(f"wl_{fname}_not_a_graph", lambda f=func: f(["x"]), "a text in place of a graph")
    value(f"wl_{fname}_one_graph", lambda f=func: f(G), "one graph, not a list of graphs")
    value(f"wl_{fname}_label_list", lambda f=func: f([path3(n0=["a", 1])]), "a label that is a list")
    value(f"wl_{fname}_label_nan", lambda f=func: f([path3(n1=float("nan"))]), "a NaN label")
for name, labels, why in [
    ("label_dict", {"a": 1}, "a label that is a dict"),
    ("label_inf", float("inf"), "an infinite label"),
    ("label_fraction", 1.5, "a fractional label"),
    ("label_bool", True, "a boolean label"),
    ("label_beyond_int64", 2 ** 70, "a label beyond int64"),
    ("label_bytes", b"C", "a bytes label"),
    ("label_tuple", (1, 2), "a tuple label"),
    ("label_array", np.array([1, 2]), "an array label"),
    ("label_numpy_nan", np.float64("nan"), "a NumPy NaN label"),
    ("label_complex", 1j, "a complex label"),
]:
    value(f"wl_kernel_{name}", lambda v=labels: wl.kernel([G, path3(n2=v)]), why)
for name, kwargs, why in [
    ("iterations_negative", {"iterations": -1}, "h < 0"),
    ("iterations_fraction", {"iterations": 2.5}, "a fractional h"),
    ("iterations_text", {"iterations": "2"}, "h as text"),
    ("iterations_bool", {"iterations": True}, "h as a boolean"),
    ("iterations_none", {"iterations": None}, "h = None"),
    ("iterations_huge", {"iterations": 10 ** 9}, "h = 10⁹ (would run for ever)"),
    ("normalize_text", {"normalize": "yes"}, "normalize as text"),
]:
    value(f"wl_kernel_{name}", lambda kw=kwargs: wl.kernel([G, H], **kw), why)
    if name.startswith("iterations"):
        value(f"wl_trace_{name}", lambda kw=kwargs: wl.trace([G, H], **kw), why)
        value(f"wl_features_{name}", lambda kw=kwargs: wl.features([G, H], **kw), why)
value("wl_kernel_none", lambda: wl.kernel(None), "None in place of graphs")
value("wl_kernel_number", lambda: wl.kernel(5), "a number in place of graphs")
value("wl_kernel_mixed_list", lambda: wl.kernel([G, "x"]), "a list with one non-graph")
value("wl_kernel_directed", lambda: wl.kernel([nx.DiGraph([(0, 1)])]), "a directed graph")
value("wl_kernel_multigraph", lambda: wl.kernel([nx.MultiGraph([(0, 1), (0, 1)])]), "a multigraph")
value("wl_kernel_steps_empty", lambda: next(wl.kernel_steps([])), "kernel_steps of no graphs")
for name, args, why in [
    ("edge_outside", ([2], [[0, 5]]), "an edge to node 6 of 2"),
    ("edge_shape", ([3], [[0, 1, 2], [1, 2, 0]]), "edges of three columns"),
    ("negative_count", ([3, -1], []), "a graph of -1 nodes"),
    ("fraction_count", ([2.5], []), "a graph of 2.5 nodes"),
    ("label_fraction", ([2], [[0, 1]], np.array([1.5, 2.0])), "fractional labels"),
    ("label_nan", ([2], [[0, 1]], np.array([np.nan, 2.0])), "NaN labels"),
    ("label_count", ([2], [[0, 1]], np.array([1, 2, 3])), "three labels for two nodes"),
    ("edge_fraction", ([2], np.array([[0.5, 1.0]])), "a fractional node index"),
    ("no_graphs", ([], []), "no graphs"),
]:
    value(f"wl_from_edges_{name}", lambda a=args: wl.GraphBatch.from_edges(*a), why)

# ---------------------------------------------------------- engine values: graph data
ROW = ["a", 1, 0.5, 0.5]
for name, data, why in [
    ("not_dict", [1, 2], "a list, not a dict"),
    ("none", None, "None"),
    ("nodes_missing", {"edges": []}, "no 'nodes'"),
    ("nodes_not_list", {"nodes": "abc"}, "'nodes' is a text"),
    ("edges_not_list", {"nodes": [ROW], "edges": 5}, "'edges' is a number"),
    ("row_short", {"nodes": [["a", 1, 0.5]]}, "a node row of three entries"),
    ("row_not_list", {"nodes": ["a"]}, "a node row that is a text"),
    ("id_fraction", {"nodes": [[1.5, 1, 0.5, 0.5]]}, "a fractional node id"),
    ("id_bool", {"nodes": [[True, 1, 0.5, 0.5]]}, "a boolean node id"),
    ("id_none", {"nodes": [[None, 1, 0.5, 0.5]]}, "a None node id"),
    ("id_list", {"nodes": [[[1], 1, 0.5, 0.5]]}, "a list node id"),
    ("id_huge", {"nodes": [[10 ** 400, 1, 0.5, 0.5]]}, "a node id beyond int64"),
    ("id_long_text", {"nodes": [["v" * 500, 1, 0.5, 0.5]]}, "a node id of 500 characters"),
    ("label_list", {"nodes": [["a", ["a", 1], 0.5, 0.5]]}, "a list label"),
    ("label_fraction", {"nodes": [["a", 1.5, 0.5, 0.5]]}, "a fractional label"),
    ("label_nan", {"nodes": [["a", float("nan"), 0.5, 0.5]]}, "a NaN label"),
    ("label_bool", {"nodes": [["a", True, 0.5, 0.5]]}, "a boolean label"),
    ("label_huge", {"nodes": [["a", 10 ** 30, 0.5, 0.5]]}, "a label beyond int64"),
    ("label_long_text", {"nodes": [["a", "C" * 500, 0.5, 0.5]]}, "a label of 500 characters"),
    ("label_numeric_text", {"nodes": [["a", "1.7", 0.5, 0.5]]}, "a label text that is a fraction"),
    ("pos_nan", {"nodes": [["a", 1, float("nan"), 0.5]]}, "a NaN position"),
    ("pos_inf", {"nodes": [["a", 1, 0.5, float("inf")]]}, "an infinite position"),
    ("pos_text", {"nodes": [["a", 1, "x", 0.5]]}, "a text position"),
    ("pos_bool", {"nodes": [["a", 1, True, 0.5]]}, "a boolean position"),
    ("pos_huge_int", {"nodes": [["a", 1, 10 ** 400, 0.5]]}, "a 400-digit position (OverflowError before)"),
    ("duplicate", {"nodes": [ROW, ["a", 2, 0.1, 0.1]]}, "a node listed twice"),
    ("edge_missing_node", {"nodes": [ROW], "edges": [["a", "b"]]}, "an edge to a missing node"),
    ("edge_three", {"nodes": [ROW], "edges": [["a", "a", "a"]]}, "an edge of three nodes"),
    ("edge_list_node", {"nodes": [ROW], "edges": [[["a"], "a"]]}, "an edge to a list"),
    ("too_many_nodes", {"nodes": [[i, 1, 0.5, 0.5] for i in range(MAX_NODES + 1)]}, "too many nodes"),
    ("too_many_edges", {"nodes": [[i, 1, 0.5, 0.5] for i in range(65)],
                        "edges": [[a, b] for a, b in nx.complete_graph(65).edges()]}, "too many edges"),
]:
    value(f"gdata_{name}", lambda d=data: graph_from_data(d, "G1"), why)

assert MAX_EDGES < 65 * 64 // 2                  # the too_many_edges cases exceed the limit
