"""Property tests for graph files: whatever the bytes, ``read_graph_file`` refuses with
ValueError or returns a graph the WL engine takes, in bounded time.

Inputs: random bytes, random text, and structurally random GML, GraphML and edge lists
(ids and labels drawn from integers, huge integers, floats with NaN/inf, texts, lists).
A returned graph has node ids that are ints (within int64) or texts, labels that are ints
(within int64) or short texts that are not numbers, at most ``MAX_NODES`` nodes and
``MAX_EDGES`` edges, and its WL features are finite integers.  The hypothesis deadline
bounds the time of every example; the example counts keep the file fast (a few seconds).
"""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

import networkx as nx
import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnlab_gui.engine import wl
from nnlab_gui.engine.graph_io import MAX_EDGES, MAX_NODES, MAX_TEXT, read_graph_file

FOLDER = Path(tempfile.mkdtemp(prefix="nnlab-graph-props-"))
SUFFIXES = (".gml", ".graphml", ".edgelist", ".txt", ".edges")
SETTINGS = settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


def check(name: str, content: bytes) -> None:
    """The property: ValueError, or a graph that obeys the rules of graph_io's docstring."""
    path = FOLDER / name
    path.write_bytes(content)
    try:
        g, notes = read_graph_file(path)
    except ValueError as exc:
        assert str(exc).strip()
        return
    assert isinstance(g, nx.Graph) and not g.is_directed() and not g.is_multigraph()
    assert 0 < g.number_of_nodes() <= MAX_NODES and g.number_of_edges() <= MAX_EDGES
    assert all(isinstance(n, str) for n in notes)
    for v, data in g.nodes(data=True):
        assert (type(v) is int and -2 ** 63 <= v < 2 ** 63) or (type(v) is str and 0 < len(v) <= MAX_TEXT)
        lab = data["label"]
        if type(lab) is int:
            assert -2 ** 63 <= lab < 2 ** 63
        else:
            assert type(lab) is str and 0 < len(lab) <= MAX_TEXT and lab.isprintable()
            try:
                f = float(lab)
            except ValueError:
                f = None
            assert f is None or (math.isfinite(f) and f.is_integer())
    F = wl.features([g], iterations=2)
    assert F.dtype.kind == "i" and F.shape[0] == 1 and (F >= 0).all()


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(SUFFIXES))
def test_random_bytes(content, suffix):
    check(f"bytes{suffix}", content)


@SETTINGS
@given(st.text(max_size=500), st.sampled_from(SUFFIXES))
def test_random_text(text, suffix):
    check(f"text{suffix}", text.encode("utf-8"))


def _token():
    """Things that end up as ids or labels: numbers of every kind, texts, brackets."""
    return st.one_of(
        st.integers(-10, 10), st.integers(-2 ** 70, 2 ** 70), st.sampled_from(["NAN", "INF", "-INF", "1e400"]),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.text("abcxyzCNO019.-_:+/ ", min_size=0, max_size=8).map(lambda s: f'"{s}"'),
        st.sampled_from(["[ a 1 ]", "[ ]", "[ x [ y 2 ] ]", "", "]", "["]),
    )


@SETTINGS
@given(st.lists(st.tuples(_token(), st.one_of(st.none(), _token())), max_size=12),
       st.lists(st.tuples(_token(), _token()), max_size=12), st.booleans())
def test_structurally_random_gml(nodes, edges, directed):
    body = "".join(f"  node [ id {i} " + ("" if lab is None else f"wl_label {lab} ") + "]\n" for i, lab in nodes)
    body += "".join(f"  edge [ source {a} target {b} ]\n" for a, b in edges)
    check("struct.gml", f"graph [\n  directed {int(directed)}\n{body}]\n".encode("utf-8"))


@SETTINGS
@given(st.lists(st.tuples(st.text("abc0129", min_size=1, max_size=4),
                          st.sampled_from(["int", "long", "double", "float", "string", "boolean"]),
                          st.one_of(_token(), st.text(max_size=6))), max_size=8),
       st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=12))
def test_structurally_random_graphml(nodes, edges):
    keys = "".join(f'<key id="k{i}" for="node" attr.name="label" attr.type="{t}"/>'
                   for i, (_v, t, _l) in enumerate(nodes[:1]))
    xml_nodes = "".join(f'<node id="{v}">' + (f'<data key="k0">{str(lab).replace("<", "")}</data>' if i == 0 else "")
                        + "</node>" for i, (v, _t, lab) in enumerate(nodes))
    ids = [v for v, _t, _l in nodes] or ["x"]
    xml_edges = "".join(f'<edge source="{ids[a % len(ids)]}" target="{ids[b % len(ids)]}"/>' for a, b in edges)
    text = ('<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
            f'{keys}<graph edgedefault="undirected">{xml_nodes}{xml_edges}</graph></graphml>')
    check("struct.graphml", text.encode("utf-8"))


_ID_PART = st.one_of(st.integers(-5, 300).map(str), st.integers(-2 ** 70, 2 ** 70).map(str),
                     st.text("abcXYZ_.:+-/@é0123456789", min_size=1, max_size=6),
                     st.sampled_from(["#", "# comment", ",", ";", "{}", "'a'", "\t", "1.5", "nan", "x" * 70]))


@SETTINGS
@given(st.lists(st.lists(_ID_PART, min_size=0, max_size=4), max_size=40),
       st.sampled_from([" ", ", ", "\t", "  ", ","]), st.sampled_from(["\n", "\r\n"]))
def test_structurally_random_edge_lists(lines, sep, newline):
    text = newline.join(sep.join(parts) for parts in lines)
    check("struct.edgelist", text.encode("utf-8"))


def test_a_long_random_edge_list_stays_fast():
    """Within the limits: MAX_EDGES random edges on MAX_NODES nodes read and trace quickly."""
    rng = np.random.default_rng(0)
    pairs = rng.integers(0, MAX_NODES, (MAX_EDGES, 2))
    text = "".join(f"{a} {b}\n" for a, b in pairs)
    check("long.edgelist", text.encode())
