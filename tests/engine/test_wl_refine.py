"""The vectorised WL relabelling (``wl_relabel._refine``) against a plain dictionary reference.

Random graphs from a seeded generator and from hypothesis, with empty graphs, isolated
nodes, self-loops, hubs of many neighbours (several rounds of column packing), wide and
text labels; the labels of every iteration, the compression tables, φ and K must be
identical.  ``KEY_BITS`` lowered forces one neighbour column a round and the ``argsort``
fallback, which must give the same labels.
"""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnlab_gui.engine import wl, wl_relabel


def reference(graphs, h):
    """Textbook WL with dictionaries: (labels per iteration per graph, tables, φ)."""
    labels = [{v: g.nodes[v].get("label", 1) for v in g} for g in graphs]
    if any(isinstance(x, str) or not 0 <= x < 2 ** 31 for lab in labels for x in lab.values()):
        distinct = sorted({x for lab in labels for x in lab.values()},
                          key=lambda x: (isinstance(x, str), x if not isinstance(x, str) else 0, str(x)))
        code = {x: i + 1 for i, x in enumerate(distinct)}
        labels = [{v: code[x] for v, x in lab.items()} for lab in labels]
    counter = max([x for lab in labels for x in lab.values()], default=0) + 1
    history, tables = [labels], [{}]
    for _ in range(h):
        sigs = [{v: (lab[v],) + tuple(sorted(lab[u] for u in g.neighbors(v))) for v in g}
                for g, lab in zip(graphs, labels)]
        table = {}
        for s in sorted({s for sg in sigs for s in sg.values()}):
            table[s] = counter
            counter += 1
        labels = [{v: table[s] for v, s in sg.items()} for sg in sigs]
        history.append(labels)
        tables.append(table)
    ids = sorted({x for it in history for lab in it for x in lab.values()})
    col = {x: i for i, x in enumerate(ids)}
    F = np.zeros((len(graphs), len(ids)), dtype=np.int64)
    for it in history:
        for gi, lab in enumerate(it):
            for x in lab.values():
                F[gi, col[x]] += 1
    return history, tables, F


def mixed_graphs(rng: random.Random, count: int = 14):
    """Empty graphs, isolated nodes, self-loops, hubs, dense and sparse random graphs."""
    out = []
    for i in range(count):
        kind = i % 7
        if kind == 0:
            g = nx.Graph()                                   # no nodes at all
        elif kind == 1:
            g = nx.empty_graph(rng.randint(1, 5))            # isolated nodes only
        elif kind == 2:
            g = nx.star_graph(rng.randint(20, 70))           # a hub: many neighbour columns
        elif kind == 3:
            g = nx.complete_graph(rng.randint(2, 7))
        else:
            n = rng.randint(1, 14)
            g = nx.gnp_random_graph(n, rng.uniform(0.05, 0.5), seed=rng.randint(0, 10 ** 6))
            g.add_nodes_from(range(n, n + rng.randint(0, 3)))   # a few isolated nodes too
        for v in list(g):
            if rng.random() < 0.15:
                g.add_edge(v, v)                             # a self-loop: its own neighbour once
        for v in g:
            g.nodes[v]["label"] = rng.choice([0, 1, 1, 2, 3])
        out.append(g)
    return out


def assert_same_as_reference(graphs, h):
    history, tables, F_ref = reference(graphs, h)
    tr = wl.trace(graphs, iterations=h)
    for k in range(h + 1):
        assert list(tr.iterations[k].labels) == history[k], f"labels of iteration {k}"
        assert tr.iterations[k].table == tables[k], f"table of iteration {k}"
    assert np.array_equal(tr.F, F_ref)
    assert np.array_equal(wl.features(graphs, h, sparse=True).toarray(), F_ref)
    assert np.array_equal(wl.kernel(graphs, h), (F_ref @ F_ref.T).astype(float))


@pytest.mark.parametrize("seed", range(8))
def test_relabelling_equals_the_dictionary_reference(seed):
    rng = random.Random(seed)
    assert_same_as_reference(mixed_graphs(rng), rng.randint(1, 5))


@pytest.mark.parametrize("key_bits", [0, 30, 45])
def test_one_column_a_round_and_the_argsort_fallback_give_the_same_labels(monkeypatch, key_bits):
    """KEY_BITS 0: every round compares one column through argsort; 30, 45: a mix."""
    graphs = mixed_graphs(random.Random(11), 21)
    fast = wl.trace(graphs, iterations=4)
    monkeypatch.setattr(wl_relabel, "KEY_BITS", key_bits)
    slow = wl.trace(graphs, iterations=4)
    for a, b in zip(fast.iterations, slow.iterations):
        assert a.labels == b.labels and a.table == b.table
    assert_same_as_reference(graphs, 4)


def test_wide_and_text_labels_take_the_sorted_paths():
    """Labels 0 and 2³¹ − 1 are kept as they are (a span too wide for a presence table);
    negative and text labels are mapped to 1…m first."""
    rng = random.Random(4)
    wide = mixed_graphs(rng, 7)
    for g in wide:
        for v in g:
            g.nodes[v]["label"] = rng.choice([0, 2 ** 31 - 1, 5])
    assert_same_as_reference(wide, 3)
    text = mixed_graphs(rng, 7)
    for g in text:
        for v in g:
            g.nodes[v]["label"] = rng.choice(["C", "N", "O", -4, 2 ** 40])
    assert_same_as_reference(text, 3)


def test_graphs_without_nodes_or_edges():
    assert wl.features([nx.Graph(), nx.Graph()], 3).shape == (2, 0)
    assert wl.kernel([nx.Graph(), nx.Graph()], 3).tolist() == [[0, 0], [0, 0]]
    assert_same_as_reference([nx.empty_graph(4), nx.Graph(), nx.empty_graph(1)], 3)
    loops = nx.Graph([(0, 0), (1, 1)])
    loops.add_node(2)
    assert_same_as_reference([loops, nx.Graph([(0, 0)])], 2)


def test_a_batch_from_arrays_equals_the_reference():
    """GraphBatch.from_edges (the TU reader's path), 300 graphs with edges listed both ways."""
    rng = np.random.default_rng(2)
    counts = rng.integers(0, 12, 300)
    offsets = np.concatenate([[0], np.cumsum(counts)])
    edges, graphs = [], []
    for g, c in enumerate(counts):
        pairs = [(u, v) for u in range(c) for v in range(u, c) if rng.random() < 0.25]
        edges += [(offsets[g] + u, offsets[g] + v) for u, v in pairs] + [(offsets[g] + v, offsets[g] + u)
                                                                          for u, v in pairs]
        G = nx.Graph()
        G.add_nodes_from(range(c))
        G.add_edges_from(pairs)
        graphs.append(G)
    labels = rng.integers(0, 4, int(offsets[-1]))
    for g, G in enumerate(graphs):
        for v in G:
            G.nodes[v]["label"] = int(labels[offsets[g] + v])
    batch = wl.GraphBatch.from_edges(counts, np.asarray(edges, dtype=np.int64).reshape(-1, 2), labels)
    _h, _t, F_ref = reference(graphs, 4)
    assert np.array_equal(wl.features(batch, 4), F_ref)


@st.composite
def graph_lists(draw):
    out = []
    for _ in range(draw(st.integers(1, 5))):
        n = draw(st.integers(0, 9))
        g = nx.empty_graph(n)
        if n:
            pairs = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
            g.add_edges_from(draw(st.lists(pairs, max_size=3 * n)))      # self-loops allowed
            for v in g:
                g.nodes[v]["label"] = draw(st.integers(0, 3))
        out.append(g)
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graph_lists(), st.integers(0, 4))
def test_relabelling_equals_the_reference_on_any_small_graphs(graphs, h):
    assert_same_as_reference(graphs, h)
